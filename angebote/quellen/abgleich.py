"""Comparing what the source says with the registry, field by field, and writing in bulk.

Every imported record keeps in ``quelle_werte`` the values the last import wrote. For each
field the source states:

- registry value = source value: nothing to do;
- registry value = last imported value: only the source changed, the field is updated;
- otherwise a person changed it since (in a review, in the admin): it is kept and
  reported, and ``quelle_werte`` keeps the last imported value, so that the field stays
  "changed by hand" until the source agrees with it.

Values are compared as JSON (ids, ISO dates, rounded coordinates, sorted id lists).
Writes go through django-simple-history's bulk helpers: one history row per created or
changed record, none for a record that did not change.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

STUECK = 500
_FEHLT = object()


def als_text(wert) -> str:
    """A value for the report."""
    if wert is None or wert == "":
        return _("leer")
    if isinstance(wert, bool):
        return _("ja") if wert else _("nein")
    if isinstance(wert, list):
        return ", ".join(als_text(w) for w in wert)
    return str(wert)


@dataclass
class Feld:
    name: str  # the key in quelle_werte
    titel: str  # German, for the report
    modellfelder: tuple[str, ...]
    lesen: Callable[[Any], Any]
    schreiben: Callable[[Any, Any], None]
    anzeigen: Callable[[Any], str] = als_text
    # A date the registry may only move forward: a later check by a person is no change
    # by hand, an older source date does not undo it ("zuletzt geprüft").
    nur_neuer: bool = False


def einfach(model, name: str) -> Feld:
    modellfeld = model._meta.get_field(name)
    auswahl = dict(modellfeld.flatchoices) if modellfeld.choices else {}

    def schreiben(obj, wert):
        setattr(obj, name, wert)

    def anzeigen(wert):
        return str(auswahl.get(wert, als_text(wert)))

    return Feld(
        name,
        str(modellfeld.verbose_name),
        (name,),
        lambda obj: getattr(obj, name),
        schreiben,
        anzeigen,
    )


def datum(model, name: str, nur_neuer: bool = False) -> Feld:
    titel = str(model._meta.get_field(name).verbose_name)

    def lesen(obj):
        wert = getattr(obj, name)
        return wert.isoformat() if wert else None

    def schreiben(obj, wert):
        setattr(obj, name, datetime.date.fromisoformat(wert) if wert else None)

    return Feld(name, titel, (name,), lesen, schreiben, nur_neuer=nur_neuer)


def fremdschluessel(model, name: str, anzeigen: Callable[[Any], str] = str) -> Feld:
    titel = str(model._meta.get_field(name).verbose_name)
    spalte = f"{name}_id"

    def schreiben(obj, wert):
        setattr(obj, spalte, wert)

    return Feld(name, titel, (name,), lambda obj: getattr(obj, spalte), schreiben, anzeigen)


def zusammengesetzt(name: str, titel: str, felder: tuple[str, ...], runden=None) -> Feld:
    """Several model fields compared as one value (the four area levels, lat/lon)."""

    def lesen(obj):
        werte = [getattr(obj, f) for f in felder]
        return [round(w, runden) if runden and w is not None else w for w in werte]

    def schreiben(obj, wert):
        for f, w in zip(felder, wert, strict=True):
            setattr(obj, f, w)

    return Feld(name, titel, felder, lesen, schreiben)


@dataclass
class Vergleich:
    geaendert: list[Feld] = field(default_factory=list)
    behalten: list[tuple[Feld, Any, Any]] = field(default_factory=list)
    quelle_werte: dict = field(default_factory=dict)
    nur_quelle_werte: bool = False  # nothing visible changed, only the record of the source

    def behalten_zeilen(self, obj, wo: str) -> list[str]:
        """For an import's report: one line per field kept because a person changed it."""
        return [
            _(
                "%(model)s „%(name)s“ (%(wo)s): %(feld)s im Register geändert („%(ist)s“), "
                "die Quelle sagt „%(soll)s“; beibehalten"
            )
            % {
                "model": obj._meta.verbose_name,
                "name": obj,
                "wo": wo,
                "feld": feld.titel,
                "ist": feld.anzeigen(ist),
                "soll": feld.anzeigen(soll),
            }
            for feld, ist, soll in self.behalten
        ]


def vergleichen(obj, soll: dict, felder: dict[str, Feld]) -> Vergleich:
    """Apply ``soll`` to ``obj`` where the registry did not change a field by hand."""
    zuletzt = obj.quelle_werte or {}
    ergebnis = Vergleich(quelle_werte=dict(zuletzt))
    for name, wert in soll.items():
        feld = felder[name]
        ist = feld.lesen(obj)
        if ist == wert:
            ergebnis.quelle_werte[name] = wert
            continue
        if feld.nur_neuer and ist and wert and ist > wert:
            continue
        frueher = zuletzt.get(name, _FEHLT)
        if frueher is _FEHLT or ist == frueher:
            feld.schreiben(obj, wert)
            ergebnis.geaendert.append(feld)
            ergebnis.quelle_werte[name] = wert
        elif wert not in (None, "", []):
            # A value the source does not have is nothing to report.
            ergebnis.behalten.append((feld, ist, wert))
    ergebnis.nur_quelle_werte = not ergebnis.geaendert and ergebnis.quelle_werte != zuletzt
    obj.quelle_werte = ergebnis.quelle_werte
    return ergebnis


def neu(model, soll: dict, felder: dict[str, Feld], **fest) -> Any:
    """A new record holding ``soll`` (plus the fixed values ``fest``)."""
    obj = model(**fest)
    for name, wert in soll.items():
        felder[name].schreiben(obj, wert)
    obj.quelle_werte = dict(soll)
    return obj


@dataclass
class Schreiber:
    """Collects the writes of one model and does them in a few bulk queries."""

    model: type
    grund: str
    anlegen: list = field(default_factory=list)
    aendern: list = field(default_factory=list)
    modellfelder: set = field(default_factory=set)
    still: list = field(default_factory=list)  # only quelle_werte: no history row

    def geaendert(self, obj, vergleich: Vergleich) -> None:
        if vergleich.geaendert:
            obj._change_reason = f"{self.grund}: " + ", ".join(f.titel for f in vergleich.geaendert)
            self.aendern.append(obj)
            for feld in vergleich.geaendert:
                self.modellfelder.update(feld.modellfelder)
        elif vergleich.nur_quelle_werte:
            self.still.append(obj)

    def ausfuehren(self) -> list:
        """Write everything; return the created records (with their pks)."""
        jetzt = timezone.now()
        erstellt = []
        if self.anlegen:
            erstellt = bulk_create_with_history(
                self.anlegen,
                self.model,
                batch_size=STUECK,
                default_change_reason=self.grund,
                default_date=jetzt,
            )
        if self.aendern:
            for obj in self.aendern:
                obj.updated_at = jetzt
            bulk_update_with_history(
                self.aendern,
                self.model,
                sorted(self.modellfelder | {"updated_at", "quelle_werte"}),
                batch_size=STUECK,
                default_date=jetzt,
            )
        if self.still:
            self.model._default_manager.bulk_update(self.still, ["quelle_werte"], batch_size=STUECK)
        return erstellt
