"""Import of the area hierarchy from CSV: all or nothing, idempotent, German errors.

Two layouts are understood, told apart by their header:

* Berlin's LOR file as published (``Prognoseraum (Nummer)``, ``Bezirksregion (Nummer)``,
  ``Planungsraum (Nummer)`` and their ``(Name)`` columns). The Bezirk (one Jugendamt each)
  is named in the ``Bezirk`` column; its key is the first two digits of every LOR key;
* the simple layout for other cities, documented in ``docs/gebiete-import.md``:
  ``regionalraum_schluessel, regionalraum_name, sozialraum_schluessel, sozialraum_name,
  quartier_schluessel, quartier_name`` (comma or semicolon separated), optionally with
  ``jugendamt_schluessel, jugendamt_name`` in front; without them every Regionalraum belongs
  to the installation's one Jugendamt (``Jugendamt.standard()``).

The whole file is read and checked first; only a file without any error is written, in one
transaction. Keys stay text, leading zeros included.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from ..models import Jugendamt, Quartier, Regionalraum, Sozialraum

LAYOUTS = {
    "berlin-lor": {
        # No key column: the Bezirk's key is the first two digits of the Prognoseraum's key.
        "jugendamt": ("Prognoseraum (Nummer)", "Bezirk"),
        "regionalraum": ("Prognoseraum (Nummer)", "Prognoseraum (Name)"),
        "sozialraum": ("Bezirksregion (Nummer)", "Bezirksregion (Name)"),
        "quartier": ("Planungsraum (Nummer)", "Planungsraum (Name)"),
    },
    "einfach": {
        "jugendamt": ("jugendamt_schluessel", "jugendamt_name"),
        "regionalraum": ("regionalraum_schluessel", "regionalraum_name"),
        "sozialraum": ("sozialraum_schluessel", "sozialraum_name"),
        "quartier": ("quartier_schluessel", "quartier_name"),
    },
}
EBENEN = ("jugendamt", "regionalraum", "sozialraum", "quartier")
EBENE_NAMEN = {
    "jugendamt": "Jugendamt",
    "regionalraum": "Regionalraum",
    "sozialraum": "Sozialraum",
    "quartier": "Quartier",
}
# Levels a file may leave out: the Jugendamt (then the installation's one), the Quartier.
OPTIONAL = ("jugendamt", "quartier")
MAX_FEHLER = 25
# How Berlin's open data asks to be credited (../shared/data/berlin/SOURCES.md).
BERLIN_NAMENSNENNUNG = "Geoportal Berlin / Amt für Statistik Berlin-Brandenburg, daten.berlin.de"


def ist_berliner_lor(text: str) -> bool:
    """Whether the CSV text is Berlin's LOR file (its header names the LOR columns)."""
    kopf = text.lstrip("\ufeff").split("\n", 1)[0]
    return LAYOUTS["berlin-lor"]["regionalraum"][0] in kopf


class ImportFehler(Exception):
    """The file cannot be imported; ``fehler`` lists every problem with its line."""

    def __init__(self, fehler: list[str]):
        self.fehler = fehler
        super().__init__("\n".join(fehler))


@dataclass
class Eintrag:
    schluessel: str
    name: str
    eltern: str | None
    zeile: int


@dataclass
class Ergebnis:
    angelegt: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EBENEN, 0))
    geaendert: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EBENEN, 0))
    unveraendert: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EBENEN, 0))
    nicht_in_datei: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EBENEN, 0))

    def in_datei(self, ebene: str) -> int:
        return self.angelegt[ebene] + self.geaendert[ebene] + self.unveraendert[ebene]

    @property
    def hat_aenderungen(self) -> bool:
        return any(self.angelegt.values()) or any(self.geaendert.values())


def _erkenne_layout(header: list[str], ort: str) -> dict[str, tuple[str, str]]:
    spalten = set(header)
    for layout in LAYOUTS.values():
        if layout["regionalraum"][0] in spalten or layout["sozialraum"][0] in spalten:
            fehlend = [
                name
                for ebene in EBENEN
                for name in layout[ebene]
                if name not in spalten
                # The simple layout may leave out both columns of an optional level, not one.
                and not (
                    ebene in OPTIONAL
                    and layout is LAYOUTS["einfach"]
                    and not spalten & set(layout[ebene])
                )
            ]
            if fehlend:
                raise ImportFehler(
                    [
                        _("%(ort)s, Zeile 1: Spalte „%(spalte)s“ fehlt.")
                        % {"ort": ort, "spalte": spalte}
                        for spalte in fehlend
                    ]
                )
            return layout
    raise ImportFehler(
        [
            _(
                "%(ort)s, Zeile 1: Kopfzeile nicht erkannt. Erwartet wird die Berliner LOR-Datei "
                "oder das einfache Format mit den Spalten regionalraum_schluessel, "
                "regionalraum_name, sozialraum_schluessel, sozialraum_name, quartier_schluessel, "
                "quartier_name (siehe docs/gebiete-import.md)."
            )
            % {"ort": ort}
        ]
    )


def lese_gebiete(text: str, ort: str) -> dict[str, dict[str, Eintrag]]:
    """Parse and check the whole file; return the entries per level or raise ImportFehler."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ImportFehler([_("%(ort)s: Die Datei ist leer.") % {"ort": ort}])
    erste_zeile = text.splitlines()[0]
    trenner = ";" if erste_zeile.count(";") > erste_zeile.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=trenner)
    header = [spalte.strip().lstrip("\ufeff") for spalte in next(reader)]
    layout = _erkenne_layout(header, ort)
    index = {name: i for i, name in enumerate(header)}

    gebiete: dict[str, dict[str, Eintrag]] = {ebene: {} for ebene in EBENEN}
    fehler: list[str] = []

    def melde(zeile: int, text: str) -> None:
        fehler.append(
            _("%(ort)s, Zeile %(zeile)d: %(text)s") % {"ort": ort, "zeile": zeile, "text": text}
        )

    for row in reader:
        zeile = reader.line_num
        if not any(wert.strip() for wert in row):
            continue
        if len(row) < len(header):
            melde(
                zeile,
                _("%(ist)d Felder statt %(soll)d; fehlt ein Trennzeichen?")
                % {"ist": len(row), "soll": len(header)},
            )
            continue
        eltern = None
        for ebene in EBENEN:
            schluessel_spalte, name_spalte = layout[ebene]
            if schluessel_spalte not in index:
                if ebene == "jugendamt":
                    continue  # the installation's one Jugendamt
                break
            schluessel = row[index[schluessel_spalte]].strip()
            name = row[index[name_spalte]].strip()
            if ebene == "jugendamt" and layout is LAYOUTS["berlin-lor"]:
                schluessel = schluessel[:2]
            if ebene == "quartier" and not schluessel and not name:
                break  # a line may stop at the Sozialraum
            if not schluessel:
                melde(zeile, _("Schlüssel für %(ebene)s ist leer.") % {"ebene": EBENE_NAMEN[ebene]})
                break
            if not name:
                melde(
                    zeile,
                    _("Name für %(ebene)s %(schluessel)s ist leer.")
                    % {"ebene": EBENE_NAMEN[ebene], "schluessel": schluessel},
                )
                break
            if len(schluessel) > 20 or len(name) > 200:
                melde(
                    zeile,
                    _("%(ebene)s %(schluessel)s: Schlüssel (max. 20) oder Name (max. 200) zu lang.")
                    % {"ebene": EBENE_NAMEN[ebene], "schluessel": schluessel[:20]},
                )
                break
            frueher = gebiete[ebene].get(schluessel)
            if frueher is None:
                gebiete[ebene][schluessel] = Eintrag(schluessel, name, eltern, zeile)
            elif ebene == "quartier":
                melde(
                    zeile,
                    _("Quartier %(schluessel)s steht schon in Zeile %(frueher)d.")
                    % {"schluessel": schluessel, "frueher": frueher.zeile},
                )
                break
            elif frueher.name != name:
                melde(
                    zeile,
                    _(
                        "%(ebene)s %(schluessel)s heißt hier „%(name)s“, in Zeile %(frueher)d aber „%(alt)s“."
                    )
                    % {
                        "ebene": EBENE_NAMEN[ebene],
                        "schluessel": schluessel,
                        "name": name,
                        "frueher": frueher.zeile,
                        "alt": frueher.name,
                    },
                )
                break
            elif frueher.eltern != eltern:
                melde(
                    zeile,
                    _(
                        "%(ebene)s %(schluessel)s gehört hier zu %(eltern)s, in Zeile %(frueher)d "
                        "aber zu %(alt)s."
                    )
                    % {
                        "ebene": EBENE_NAMEN[ebene],
                        "schluessel": schluessel,
                        "eltern": eltern,
                        "frueher": frueher.zeile,
                        "alt": frueher.eltern,
                    },
                )
                break
            eltern = schluessel
        if len(fehler) >= MAX_FEHLER:
            fehler.append(_("Abbruch nach %(n)d Fehlern.") % {"n": MAX_FEHLER})
            break

    # The same key must not stand on two levels: URLs and placement rely on it.
    for oben, unten in (
        ("jugendamt", "regionalraum"),
        ("regionalraum", "sozialraum"),
        ("sozialraum", "quartier"),
    ):
        for schluessel in gebiete[oben].keys() & gebiete[unten].keys():
            melde(
                gebiete[unten][schluessel].zeile,
                _("Schlüssel %(schluessel)s steht auf zwei Ebenen.") % {"schluessel": schluessel},
            )
    if not gebiete["regionalraum"] and not fehler:
        fehler.append(_("%(ort)s: Die Datei enthält keine Gebiete.") % {"ort": ort})
    if fehler:
        raise ImportFehler(fehler)
    return gebiete


def lese_datei(pfad: Path, encoding: str = "utf-8") -> str:
    try:
        return pfad.read_text(encoding=encoding)
    except FileNotFoundError as exc:
        raise ImportFehler([_("%(ort)s: Datei nicht gefunden.") % {"ort": pfad}]) from exc
    except UnicodeDecodeError as exc:
        zeile = pfad.read_bytes()[: exc.start].count(b"\n") + 1
        raise ImportFehler(
            [
                _(
                    "%(ort)s, Zeile %(zeile)d: Die Datei ist nicht %(encoding)s-kodiert. "
                    "Aus Excel gespeichert? Dann mit --encoding cp1252 importieren."
                )
                % {"ort": pfad, "zeile": zeile, "encoding": encoding.upper()}
            ]
        ) from exc


def _schreibe_ebene(model, eintraege: dict[str, Eintrag], eltern_feld, eltern, ergebnis, ebene):
    bestehend = {g.schluessel: g for g in model.objects.all()}
    for schluessel, eintrag in eintraege.items():
        gebiet = bestehend.get(schluessel)
        eltern_obj = None
        if eltern_feld:
            eltern_obj = eltern[eintrag.eltern] if eintrag.eltern else Jugendamt.standard()
        if gebiet is None:
            gebiet = model(schluessel=schluessel, name=eintrag.name)
            if eltern_feld:
                setattr(gebiet, eltern_feld, eltern_obj)
            gebiet.save()
            ergebnis.angelegt[ebene] += 1
        elif gebiet.name != eintrag.name or (
            eltern_feld and getattr(gebiet, f"{eltern_feld}_id") != eltern_obj.pk
        ):
            gebiet.name = eintrag.name
            if eltern_feld:
                setattr(gebiet, eltern_feld, eltern_obj)
            gebiet.save()
            ergebnis.geaendert[ebene] += 1
        else:
            ergebnis.unveraendert[ebene] += 1
        bestehend[schluessel] = gebiet
    ergebnis.nicht_in_datei[ebene] = len(bestehend.keys() - eintraege.keys())
    return bestehend


def gebiete_importieren(text: str, ort: str = "Datei", trockenlauf: bool = False) -> Ergebnis:
    """Check the file, then create new areas, rename and re-parent changed ones.

    Areas missing from the file are kept (and counted): curated data is never deleted.
    """
    gebiete = lese_gebiete(text, ort)
    ergebnis = Ergebnis()
    with transaction.atomic():
        jugendaemter = _schreibe_ebene(
            Jugendamt, gebiete["jugendamt"], None, None, ergebnis, "jugendamt"
        )
        regionalraeume = _schreibe_ebene(
            Regionalraum,
            gebiete["regionalraum"],
            "jugendamt",
            jugendaemter,
            ergebnis,
            "regionalraum",
        )
        sozialraeume = _schreibe_ebene(
            Sozialraum,
            gebiete["sozialraum"],
            "regionalraum",
            regionalraeume,
            ergebnis,
            "sozialraum",
        )
        _schreibe_ebene(
            Quartier, gebiete["quartier"], "sozialraum", sozialraeume, ergebnis, "quartier"
        )
        if trockenlauf:
            transaction.set_rollback(True)
    return ergebnis
