"""Operations on a Sozialraum's resources and barriers: taking them over from a TOP's minutes,
a barrier's status, the last check, ending an entry. Called by views, admin and tests alike."""

from __future__ import annotations

import re

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sozialraumarbeit.models import Barriere
from sozialraumarbeit.models.raumwissen import TYPEN, Herkunft

# A bullet ("-", "*", "•", "1.") at the start of a line of Markdown minutes.
_AUFZAEHLUNG = re.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+")
_UEBERSCHRIFT = re.compile(r"^\s*#+\s*")
TITEL_LAENGE = 200


class RaumwissenFehler(Exception):
    """An operation refused, with a German message for the user."""


def zeilen_aus_protokoll(text: str) -> list[dict]:
    """One proposal per bullet line, else per paragraph, of a TOP's minutes: its first
    sentence (at most 200 characters) as the title, the whole as the description."""
    zeilen: list[str] = []
    absatz: list[str] = []
    for roh in (text or "").splitlines():
        if _AUFZAEHLUNG.match(roh):
            if absatz:
                zeilen.append(" ".join(absatz))
                absatz = []
            zeilen.append(_AUFZAEHLUNG.sub("", roh))
        elif roh.strip():
            absatz.append(_UEBERSCHRIFT.sub("", roh.strip()))
        elif absatz:
            zeilen.append(" ".join(absatz))
            absatz = []
    if absatz:
        zeilen.append(" ".join(absatz))
    vorschlaege = []
    for zeile in zeilen:
        zeile = zeile.replace("**", "").strip()
        if not zeile:
            continue
        titel = re.split(r"(?<=[.!?:])\s", zeile, maxsplit=1)[0].rstrip(".:")
        if len(titel) > TITEL_LAENGE:
            titel = titel[: TITEL_LAENGE - 1].rstrip() + "…"
        vorschlaege.append({"titel": titel, "beschreibung": zeile if zeile != titel else ""})
    return vorschlaege


def eintraege_aus_top_uebernehmen(top, zeilen: list[dict], user) -> list:
    """Create the chosen rows (``typ`` "ressource"/"barriere", its ``art``, ``titel``,
    ``beschreibung``, ``sozialraum``) as entries from ``top``'s Sitzung, all or none."""
    gewaehlt = [z for z in zeilen if z.get("typ")]
    if not gewaehlt:
        raise RaumwissenFehler(_("Bitte mindestens eine Zeile als Ressource oder Barriere wählen."))
    neu = []
    with transaction.atomic():
        for zeile in gewaehlt:
            eintrag = TYPEN[zeile["typ"]](
                sozialraum=zeile["sozialraum"],
                art=zeile["art"],
                titel=zeile["titel"],
                beschreibung=zeile.get("beschreibung", ""),
                herkunft=Herkunft.SITZUNG,
                sitzung=top.sitzung,
                top=top,
                erfasst_von=user,
                zuletzt_geprueft=top.sitzung.datum,
            )
            eintrag.full_clean(exclude=["geprueft_von"])
            eintrag.save()
            neu.append(eintrag)
    return neu


def barriere_status_setzen(barriere: Barriere, status: str, user) -> None:
    if status not in Barriere.Status.values:
        raise RaumwissenFehler(_("Diesen Status gibt es nicht."))
    if barriere.beendet_am:
        raise RaumwissenFehler(_("Der Eintrag ist beendet; sein Status bleibt, wie er war."))
    barriere.status = status
    barriere.zuletzt_geprueft = timezone.localdate()
    barriere.geprueft_von = user
    barriere.save(update_fields=["status", "zuletzt_geprueft", "geprueft_von", "updated_at"])


def eintrag_pruefen(eintrag, user) -> None:
    """ "Stimmt noch": the entry was checked today."""
    eintrag.zuletzt_geprueft = timezone.localdate()
    eintrag.geprueft_von = user
    eintrag.save(update_fields=["zuletzt_geprueft", "geprueft_von", "updated_at"])


def eintrag_beenden(eintrag) -> None:
    """The resource is gone or the entry no longer true: kept, but no longer shown."""
    if eintrag.beendet_am:
        raise RaumwissenFehler(_("Der Eintrag ist schon beendet."))
    eintrag.beendet_am = timezone.localdate()
    eintrag.save(update_fields=["beendet_am", "updated_at"])
