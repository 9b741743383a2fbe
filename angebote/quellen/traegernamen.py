"""Träger names as the open data spell them: normalising, Bezirke, public offices, kinds.

The rules are deliberately conservative (docs/einrichtungen-import.md): two spellings are
one Träger when they differ only in case, whitespace, punctuation and the spelling of the
legal form ("e.V."/"e. V."/"eV"), or when one of them lacks the legal form and exactly
one spelling with a legal form has the same name. Typos are not guessed at: the report
lists the groups, and a person merges the rest in the registry.
"""

from __future__ import annotations

import re
from collections import Counter

from traeger.models import Traeger

from .bereinigen import text

# Berlin's twelve Bezirke (one Jugendamt each) by their LOR key (SOURCES.md).
BEZIRKE = {
    "01": "Mitte",
    "02": "Friedrichshain-Kreuzberg",
    "03": "Pankow",
    "04": "Charlottenburg-Wilmersdorf",
    "05": "Spandau",
    "06": "Steglitz-Zehlendorf",
    "07": "Tempelhof-Schöneberg",
    "08": "Neukölln",
    "09": "Treptow-Köpenick",
    "10": "Marzahn-Hellersdorf",
    "11": "Lichtenberg",
    "12": "Reinickendorf",
}
# Every part of a Bezirk's name names it: "BA Friedrichshain Jugendförderung" is 02.
_BEZIRK_WORT = {teil.casefold(): k for k, name in BEZIRKE.items() for teil in name.split("-")}
# A Bezirksamt or Jugendamt, typos of the files included ("Berzirksamt", "Bezirksmt").
_AMT = re.compile(r"\b(?:ba|bezirksamt|berzirksamt|bezirksmt|bezirksam|jugendamt)\b")

# Legal forms, after normalising: the words that may end a name.
RECHTSFORMEN = {"ev", "gev", "ggmbh", "gmbh", "mbh", "gug", "ug", "haftungsbeschränkt", "kdör"}
RECHTSFORMEN |= {"ag", "gag"}


def vergleichstext(wert: str) -> str:
    """Case, punctuation, hyphens and slashes gone, whitespace collapsed."""
    return " ".join(re.sub(r"[\W_]+", " ", text(wert).casefold()).split())


def namensschluessel(name: str) -> str:
    """The conservative key of a Träger name (see the module docstring)."""
    n = text(name).casefold()
    n = re.sub(r"^träger\s*:\s*", "", n)
    n = re.sub(r"(?<=[a-zäöüß])ggmbh\b", " ggmbh", n)  # "AlbatrosgGmbH", "padgGmbH"
    n = re.sub(r"\bgemeinnützige\s+gmbh\b", "ggmbh", n)
    n = re.sub(r"\bg\.?\s?e\.\s?v\b\.?", " gev ", n)  # "g.e.V."
    n = re.sub(r"\be\.?\s?v\s?\.?(?=\s|$|[,;)])", " ev ", n)  # "e.V.", "e. V.", "eV", "e V ."
    n = re.sub(r"\bk\.?\s?d\.?\s?ö\.?\s?r\b\.?", " kdör ", n)
    return vergleichstext(n)


def ohne_rechtsform(schluessel: str) -> tuple[str, str]:
    """``(name, legal form)`` of a key: "fipp ev" → ("fipp", "ev")."""
    woerter = schluessel.split()
    form = []
    while len(woerter) > 1 and woerter[-1] in RECHTSFORMEN:
        form.insert(0, woerter.pop())
    return " ".join(woerter), " ".join(form)


def ist_amt(name: str) -> bool:
    """Whether the name is a Bezirksamt or Jugendamt in one of the files' spellings."""
    return bool(_AMT.search(vergleichstext(name)))


def bezirk_im_namen(name: str) -> str | None:
    """The key of the one Bezirk a name mentions ("Bezirksamt Tempelhof -Schöneberg")."""
    gefunden = {_BEZIRK_WORT[w] for w in vergleichstext(name).split() if w in _BEZIRK_WORT}
    return gefunden.pop() if len(gefunden) == 1 else None


def bezirk_nach_name(name: str) -> str | None:
    """The key of a Bezirk given by its full name, however hyphenated ("Steglitz Zehlendorf")."""
    gesucht = vergleichstext(name)
    for schluessel, bezirk in BEZIRKE.items():
        if vergleichstext(bezirk) == gesucht:
            return schluessel
    return None


_KIRCHE = re.compile(r"kirchengemeinde|kirchenkreis|\bpfarrei\b|\bgemeinde\b|kirche\b")
_WOHLFAHRT = re.compile(
    r"\bdiakoni(?:e|sches)\b|\bcaritas|\bawo\b|arbeiterwohlfahrt|\bdrk\b|rotes kreuz"
    r"|paritätisch|volkssolidarität|johanniter|malteser|\basb\b|arbeiter samariter"
)
_INITIATIVE = re.compile(r"\bekt\b|elterninitiativ|eltern initiativ")
_SPORT = re.compile(r"\bsport|\bsc\b|\bsv\b|\btsv\b|turn")
_GESELLSCHAFT = {"ggmbh", "gmbh", "mbh", "gug", "ug", "ag", "gag"}
# Kita Träger kinds of the file (t_art) that name a welfare association.
_VERBAND_T_ART = {"diakonisches werk", "deutscher caritasverband", "arbeiterwohlfahrt"}


def traeger_art(name: str, t_arten: set[str], kita: bool) -> str:
    """The Träger's kind from the name's words and legal form and the files' ``t_art``.

    The name decides first (a Kirchengemeinde in the Diakonie's column is a church), the
    file's kind second; a Träger of the Kita file that says nothing else is a Kita-Träger.
    """
    schluessel = namensschluessel(name)
    woerter = schluessel.split()
    form = set(woerter[1:]) & RECHTSFORMEN  # not the first word: "Ev. Kirchengemeinde"
    t_arten = {vergleichstext(t) for t in t_arten}
    if _KIRCHE.search(schluessel):
        return Traeger.Art.KIRCHE
    if _WOHLFAHRT.search(schluessel):
        return Traeger.Art.WOHLFAHRTSVERBAND
    if "stiftung" in schluessel:
        return Traeger.Art.STIFTUNG
    if "ekt" in t_arten or _INITIATIVE.search(schluessel):
        return Traeger.Art.INITIATIVE
    if form & {"ev", "gev"} and _SPORT.search(schluessel):
        return Traeger.Art.SPORTVEREIN
    if form & _GESELLSCHAFT:
        return Traeger.Art.GGMBH
    if form & {"ev", "gev"}:
        return Traeger.Art.VEREIN
    if t_arten & _VERBAND_T_ART:
        return Traeger.Art.WOHLFAHRTSVERBAND
    if kita:
        return Traeger.Art.KITA_TRAEGER
    return Traeger.Art.SONSTIGE


def hat_rechtsform(name: str) -> bool:
    """A private legal form (e.V., gGmbH, GmbH, UG, KdöR …) anywhere but in front."""
    return bool(set(namensschluessel(name).split()[1:]) & RECHTSFORMEN)


def haeufigste(werte) -> str:
    """The most frequent non-empty value; ties go to the longer, then the alphabetically first."""
    zaehler = Counter(w for w in werte if w)
    if not zaehler:
        return ""
    return min(zaehler, key=lambda w: (-zaehler[w], -len(w), w))
