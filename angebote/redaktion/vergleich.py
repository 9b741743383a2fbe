"""The field-by-field comparison on the review page: the offer now and as proposed."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from django.utils.dateparse import parse_date
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..models import Aenderungsvorschlag, Angebot, Angebotszeit
from .pruefung import konflikte, seit_vorschlag_geaendert, vorschlag_felder
from .werte import DATUMSFELDER, LISTEN_FELDER, TEXTFELDER, feldname


@dataclass
class Zeile:
    feld: str
    name: str
    alt: str = ""
    neu: str = ""
    hinzu: list[str] = field(default_factory=list)
    weg: list[str] = field(default_factory=list)
    woerter: list[tuple[str, str]] = field(default_factory=list)  # (gleich|weg|neu, text)
    konflikt: bool = False

    @property
    def ist_liste(self) -> bool:
        return self.feld in LISTEN_FELDER or self.feld == "zeiten"


def _namen(werte_listen: list[dict]) -> dict[str, dict]:
    """Display names of every linked id in the given value dicts: one query per kind."""
    namen = {}
    for f, model in LISTEN_FELDER.items():
        ids = {i for werte in werte_listen for i in werte.get(f) or []}
        namen[f] = dict(model.objects.filter(pk__in=ids).values_list("pk", "name")) if ids else {}
    return namen


def _anzeige(f: str, wert, namen: dict) -> str:
    if f in LISTEN_FELDER:
        return ", ".join(sorted(str(namen[f].get(i, i)) for i in wert or [])) or "–"
    if f == "zeiten":
        return ", ".join(_zeit_text(z) for z in wert or []) or "–"
    if wert in (None, ""):
        return "–"
    if isinstance(wert, bool):
        return str(_("ja") if wert else _("nein"))
    modellfeld = Angebot._meta.get_field(f)
    if modellfeld.choices:
        return str(dict(modellfeld.flatchoices).get(wert, wert))
    if f in DATUMSFELDER:
        return date_format(parse_date(wert), "d.m.Y")
    return str(wert)


def _zeit_text(z) -> str:
    tag = Angebotszeit.Wochentag(z[0]).label
    return f"{tag} {z[1]}–{z[2]}"


def _wortdiff(alt: str, neu: str) -> list[tuple[str, str]]:
    """Word by word: which words of ``alt`` go and which of ``neu`` come."""
    a, b = re.split(r"(\s+)", alt or ""), re.split(r"(\s+)", neu or "")
    teile = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            teile.append(("gleich", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            teile.append(("weg", "".join(a[i1:i2])))
        if j2 > j1:
            teile.append(("neu", "".join(b[j1:j2])))
    return teile


@dataclass
class Unterschiede:
    zeilen: list[Zeile]
    konflikte: list[str]  # field names changed by both
    inzwischen: list[str]  # field names changed meanwhile that the approval keeps


def unterschiede(vorschlag: Aenderungsvorschlag, aktuell: dict) -> Unterschiede:
    """Field by field: the offer now (``aktuell``) and after the approval."""
    felder = vorschlag_felder(vorschlag)
    strittig = konflikte(vorschlag, aktuell)
    seither = seit_vorschlag_geaendert(vorschlag, aktuell)
    namen = _namen([aktuell, vorschlag.daten])
    zeilen = []
    for f in felder:
        alt, neu = aktuell.get(f), vorschlag.daten.get(f)
        if not vorschlag.neu and alt == neu:
            continue  # the offer was changed the same way meanwhile
        zeile = Zeile(
            feld=f,
            name=feldname(f),
            alt=_anzeige(f, alt, namen),
            neu=_anzeige(f, neu, namen),
            konflikt=f in strittig,
        )
        if f in LISTEN_FELDER or f == "zeiten":
            zeile.hinzu = [_anzeige(f, [w], namen) for w in neu or [] if w not in (alt or [])]
            zeile.weg = [_anzeige(f, [w], namen) for w in alt or [] if w not in (neu or [])]
        elif f in TEXTFELDER and not vorschlag.neu:
            zeile.woerter = _wortdiff(alt or "", neu or "")
        zeilen.append(zeile)
    return Unterschiede(
        zeilen=zeilen,
        konflikte=[feldname(f) for f in strittig],
        inzwischen=[feldname(f) for f in seither if f not in strittig],
    )
