"""Cleaning the free-text fields of the open data: phone numbers, web addresses, text.

Nothing is invented: a value that cannot be read is kept as given (and reported by the
caller), a missing one stays empty. Each function returns ``(value, hinweis)``; the hint
(German, or "") says what could not be cleaned.
"""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

BERLIN = "030"
# Characters the files carry that are not text: bidi marks, no-break and zero-width spaces.
_UNSICHTBAR = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"))
_LEER = re.compile(r"\s+")
# Between two numbers in one field: ";", ",", "&", "und", "oder", "o."; a slash only where
# both sides are whole numbers ("030/2292018" is one number, "030 4458700 / 0173 619353"
# two).
_MEHRERE = re.compile(r"\s*(?:;|,|&|\bund\b|\boder\b|\bo\.)\s*")
_TRENNER = r"[\s\-/.–]*"


def text(wert) -> str:
    """A property as clean text: invisible characters gone, whitespace collapsed."""
    if wert is None:
        return ""
    wert = unicodedata.normalize("NFC", str(wert)).translate(_UNSICHTBAR)
    return _LEER.sub(" ", wert).strip()


def _eine_nummer(roh: str) -> str | None:
    """One number as "030 1234567" (extension kept as "-12"), or None if unreadable."""
    wert = roh.replace("(", " ").replace(")", " ").strip()
    wert = re.sub(r"^(?:\+|00)\s*49\s*", "0", wert)
    if not re.fullmatch(r"[\d\s\-/.–]+", wert) or not wert[0].isdigit():
        return None
    if wert.startswith("0"):
        # The area code as the file separates it; without a separator only Berlin's and
        # the mobile prefixes (015x, 016x, 017x) are known.
        getrennt = re.match(r"(0\d{2,4})[\s\-/.–]+(.*)", wert)
        if getrennt:
            vorwahl, rest = getrennt.groups()
        elif wert.startswith(BERLIN):
            vorwahl, rest = BERLIN, wert[len(BERLIN) :]
        elif wert.startswith("01"):
            vorwahl, rest = wert[:4], wert[4:]
        else:
            return None
        rest = re.sub(r"^" + _TRENNER, "", rest)
    else:
        vorwahl, rest = BERLIN, wert  # a Berlin number written without its area code
    # What is left: digit groups, optionally one hyphen before an extension.
    treffer = re.fullmatch(r"([\d\s]+?)(?:\s*[-–]\s*(\d{1,5}))?", rest.strip())
    if not treffer:
        return None
    nummer = re.sub(r"\s", "", treffer.group(1))
    if not 4 <= len(nummer) <= 11 or (nummer.startswith("0") and not vorwahl.startswith("01")):
        return None
    durchwahl = treffer.group(2)
    return f"{vorwahl} {nummer}" + (f"-{durchwahl}" if durchwahl else "")


def telefon(wert) -> tuple[str, str]:
    """Phone numbers in one format: "030 1234567"; several joined by ", "."""
    roh = text(wert)
    if not roh:
        return "", ""
    teile = []
    for teil in _MEHRERE.split(roh):
        stuecke = re.split(r"\s*/\s*", teil)
        if len(stuecke) == 2 and all(len(re.sub(r"\D", "", s)) >= 6 for s in stuecke):
            teile += stuecke
        elif teil.strip():
            teile.append(teil)
    sauber = [_eine_nummer(t) for t in teile]
    if all(sauber):
        return ", ".join(sauber), ""
    return roh, _("Telefon „%(wert)s“ nicht lesbar, wie angegeben übernommen") % {"wert": roh}


_UNLESBAR = _lazy("Webadresse „%(wert)s“ nicht lesbar, wie angegeben übernommen")
_SCHEMA = re.compile(r"^(?:h?t{1,3}ps?\s*(?::+/*|/{2,})\s*)+", re.IGNORECASE)
_URL = URLValidator(schemes=["http", "https"])
_EMAIL = EmailValidator()


def webadresse(wert) -> tuple[str, str, str]:
    """``(url, email, hinweis)``: "https://" added where the scheme is missing, "http://"
    kept as given, a broken scheme ("http:www.", "htttp://http://") repaired to the one
    given, a remark after the address ("(inaktiv)") dropped and reported. An e-mail address
    in the web field is returned as ``email``."""
    roh = text(wert)
    if not roh:
        return "", "", ""
    hinweis = ""
    adresse = roh
    # A remark in brackets or a second address after the first: kept out, reported.
    treffer = re.fullmatch(r"(\S+?)(?:[,;]?\s+(\(.*\))|[,;]\s*((?:https?:|www\.)\S*.*))", roh)
    if treffer:
        adresse, rest = treffer.group(1), treffer.group(2) or treffer.group(3)
        hinweis = _("Webadresse „%(wert)s“: Zusatz „%(rest)s“ weggelassen") % {
            "wert": roh,
            "rest": rest,
        }
    if "@" in adresse and "/" not in adresse:
        try:
            _EMAIL(adresse)
        except ValidationError:
            return roh, "", _UNLESBAR % {"wert": roh}
        return (
            "",
            adresse,
            _("Webadresse „%(wert)s“ ist eine E-Mail-Adresse, als E-Mail übernommen")
            % {"wert": roh},
        )
    schema = _SCHEMA.match(adresse)
    if schema:
        gegeben = "https" if "s" in schema.group(0).lower().rstrip(":/ ") else "http"
        url = f"{gegeben}://{adresse[schema.end() :]}"
    else:
        url = f"https://{adresse}"
    try:
        _URL(url)
    except ValidationError:
        if re.fullmatch(r"[\w\s.-]+", roh) and "." not in roh:
            return "", "", _("Webadresse „%(wert)s“ ist keine Adresse, weggelassen") % {"wert": roh}
        return roh, "", _UNLESBAR % {"wert": roh}
    return url, "", hinweis


def email(wert) -> tuple[str, str]:
    roh = text(wert)
    if not roh:
        return "", ""
    try:
        _EMAIL(roh)
    except ValidationError:
        return roh, _("E-Mail „%(wert)s“ nicht gültig, wie angegeben übernommen") % {"wert": roh}
    return roh, ""


def strasse(name, hausnummer, zusatz=None) -> str:
    """ "Schwedter Str. 234", "Musterweg 12-17" (e_zus "-17"), "Musterweg 8A" (e_zus "A")."""
    nummer = text(hausnummer)
    zusatz = text(zusatz).replace(" ", "")
    if zusatz:
        nummer = f"{nummer}{zusatz}"
    return " ".join(t for t in (text(name), nummer) if t)


def ganzzahl(wert) -> int | None:
    wert = text(wert)
    return int(wert) if wert.isdigit() else None
