"""Reading a facility file: recognise the dataset, check every feature, convert to WGS84.

A file is recognised by the properties of its features, never by its name, so a renamed
download still finds its records. Every problem is collected with file, feature number
(from 1) and source id, in German; a file with any problem is not imported at all
(``ImportFehler``, as in ``sozialraum.austausch.gebiete``).

Coordinates are converted with pyproj from the CRS the file names in its ``crs`` member
(GeoJSON without one is WGS84). A point outside the area of use of that CRS cannot be
right: typically longitude/latitude in a file that says EPSG:25833.
"""

from __future__ import annotations

import datetime
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy
from django.utils.translation import gettext as _
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError, ProjError

from sozialraum.austausch.gebiete import ImportFehler

MAX_FEHLER = 25
# Slack around a CRS's published area of use: facilities a little beyond it are fine,
# degrees in a metre-based file are thousands of kilometres off.
RAND_GRAD = 1.0


@dataclass(frozen=True)
class Datensatzart:
    """One of the datasets the importer understands."""

    kennung: str
    quelle: str  # Herkunft.quelle of every record from it: stable across downloads
    titel: str
    stand: datetime.date  # the data's date (SOURCES.md), unless --stand says otherwise
    id_feld: str
    merkmale: frozenset[str]  # properties that identify the dataset


JFE = Datensatzart(
    "jfe",
    "Geoportal Berlin – Jugendfreizeiteinrichtungen",
    "Jugendfreizeiteinrichtungen",
    datetime.date(2022, 12, 1),
    "e_nr",
    frozenset({"e_nr", "e_name", "e_bez_nr", "e_art", "t_name", "t_art", "zielgr1", "gend1"}),
)
KITA = Datensatzart(
    "kita",
    "Geoportal Berlin – Kindertagesstätten",
    "Kindertagesstätten",
    datetime.date(2022, 12, 1),
    "e_nr",
    frozenset({"e_nr", "e_name", "e_bez_nr", "e_platz", "ang_1", "t_nr", "t_name", "t_art"}),
)
SCHULEN = Datensatzart(
    "schulen",
    "Geoportal Berlin – Schulen",
    "Schulen",
    datetime.date(2023, 10, 1),
    "bsn",
    frozenset({"bsn", "name", "schulart", "schultyp", "traeger", "bezirk"}),
)
# The order a run works in, whatever the order on the command line: Kitas first, so that
# a Träger with a Kita Träger number is keyed by it before the other files find it by name.
ARTEN = (KITA, JFE, SCHULEN)


@dataclass
class Merkmal:
    """One feature: its number in the file, its source id, properties, WGS84 position."""

    nummer: int
    externe_id: str
    werte: dict
    lon: float
    lat: float
    nennung: object = None  # the Träger it names (traeger_abgleich.Nennung), set by the run


@dataclass
class Datei:
    pfad: Path
    art: Datensatzart
    crs: str
    merkmale: list[Merkmal]

    @property
    def name(self) -> str:
        return self.pfad.name


def _erkennen(features: list, ort: str) -> Datensatzart:
    vorhanden: set[str] = set()
    for feature in features[:20]:
        if isinstance(feature, dict) and isinstance(feature.get("properties"), dict):
            vorhanden |= feature["properties"].keys()
    for art in ARTEN:
        if art.merkmale <= vorhanden:
            return art
    erwartet = "; ".join(f"{a.titel}: {', '.join(sorted(a.merkmale))}" for a in ARTEN)
    raise ImportFehler(
        [
            _(
                "%(ort)s: Datei nicht erkannt. Die Features haben die Eigenschaften "
                "%(vorhanden)s; erwartet werden die einer dieser Dateien: %(erwartet)s."
            )
            % {
                "ort": ort,
                "vorhanden": ", ".join(sorted(vorhanden)) or "keine",
                "erwartet": erwartet,
            }
        ]
    )


def _crs(daten: dict, ort: str) -> CRS:
    angabe = daten.get("crs")
    if angabe is None:
        return CRS.from_epsg(4326)  # RFC 7946: GeoJSON without "crs" is WGS84
    name = (angabe.get("properties") or {}).get("name") if isinstance(angabe, dict) else None
    try:
        return CRS.from_user_input(str(name))
    except CRSError as exc:
        raise ImportFehler(
            [
                _("%(ort)s: Koordinatensystem „%(crs)s“ unbekannt, nicht umrechenbar (%(grund)s).")
                % {"ort": ort, "crs": name, "grund": exc}
            ]
        ) from exc


def _laden(pfad: Path) -> tuple[dict, list]:
    ort = str(pfad)
    try:
        daten = json.loads(pfad.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise ImportFehler([_("%(ort)s: Datei nicht gefunden.") % {"ort": ort}]) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ImportFehler(
            [_("%(ort)s: kein gültiges GeoJSON (%(grund)s).") % {"ort": ort, "grund": exc}]
        ) from exc
    features = daten.get("features") if isinstance(daten, dict) else None
    if not isinstance(features, list) or not features:
        raise ImportFehler([_("%(ort)s: keine FeatureCollection mit Features.") % {"ort": ort}])
    return daten, features


def lese_datei(pfad: Path) -> Datei:
    """Read and check one file completely; raise ImportFehler listing what is wrong."""
    ort = str(pfad)
    daten, features = _laden(pfad)
    art = _erkennen(features, ort)
    crs = _crs(daten, ort)
    fehler: list[str] = []
    gesehen: dict[str, int] = {}
    merkmale: list[Merkmal] = []
    xs: list[float] = []
    ys: list[float] = []

    for nummer, feature in enumerate(features, start=1):
        werte = feature.get("properties") if isinstance(feature, dict) else None
        werte = werte if isinstance(werte, dict) else {}
        kennung = str(werte.get(art.id_feld) or "").strip()
        wo = _("%(ort)s, Feature %(n)d (%(feld)s=%(id)s)") % {
            "ort": ort,
            "n": nummer,
            "feld": art.id_feld,
            "id": kennung or _("leer"),
        }
        fehlend = sorted(art.merkmale - werte.keys())
        if fehlend:
            fehler.append(
                _("%(wo)s: Eigenschaft fehlt: %(namen)s.") % {"wo": wo, "namen": ", ".join(fehlend)}
            )
        elif not kennung:
            fehler.append(_("%(wo)s: keine Kennung (%(feld)s).") % {"wo": wo, "feld": art.id_feld})
        elif kennung in gesehen:
            fehler.append(
                _("%(wo)s: Kennung steht schon in Feature %(frueher)d.")
                % {"wo": wo, "frueher": gesehen[kennung]}
            )
        else:
            gesehen[kennung] = nummer
        geometrie = feature.get("geometry") if isinstance(feature, dict) else None
        punkt = _punkt(geometrie)
        if punkt is None:
            fehler.append(
                _("%(wo)s: keine Geometrie.") % {"wo": wo}
                if not geometrie
                else _("%(wo)s: Punkt mit zwei Zahlen erwartet, gefunden: %(geo)s.")
                % {"wo": wo, "geo": json.dumps(geometrie)[:80]}
            )
            punkt = (math.nan, math.nan)
        xs.append(punkt[0])
        ys.append(punkt[1])
        merkmale.append(Merkmal(nummer, kennung, werte, math.nan, math.nan))
        if len(fehler) >= MAX_FEHLER:
            break
    if not fehler:
        fehler += _umrechnen(merkmale, xs, ys, crs, ort, art)
    if fehler:
        if len(fehler) >= MAX_FEHLER:
            fehler.append(_("Abbruch nach %(n)d Fehlern.") % {"n": MAX_FEHLER})
        raise ImportFehler(fehler)
    return Datei(pfad, art, crs.to_string(), merkmale)


def _punkt(geometrie) -> tuple[float, float] | None:
    if not isinstance(geometrie, dict) or geometrie.get("type") != "Point":
        return None
    koordinaten = geometrie.get("coordinates")
    if not isinstance(koordinaten, list) or len(koordinaten) < 2:
        return None
    x, y = koordinaten[0], koordinaten[1]
    if not all(isinstance(z, (int, float)) and not isinstance(z, bool) for z in (x, y)):
        return None
    if not (math.isfinite(x) and math.isfinite(y)):
        return None
    return float(x), float(y)


def _umrechnen(merkmale, xs, ys, crs: CRS, ort: str, art: Datensatzart) -> list[str]:
    """Convert all points at once; return an error per point that cannot be in ``crs``."""
    try:
        umrechnung = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
        lon, lat = umrechnung.transform(numpy.array(xs), numpy.array(ys))
    except (CRSError, ProjError) as exc:
        return [
            _(
                "%(ort)s: Koordinatensystem %(crs)s lässt sich nicht nach WGS84 umrechnen (%(grund)s)."
            )
            % {"ort": ort, "crs": crs.to_string(), "grund": exc}
        ]
    west, sued, ost, nord = crs.area_of_use.bounds if crs.area_of_use else (-180, -90, 180, 90)
    fehler = []
    for merkmal, x, y, lo, la in zip(merkmale, xs, ys, lon, lat, strict=True):
        if (
            math.isfinite(lo)
            and math.isfinite(la)
            and west - RAND_GRAD <= lo <= ost + RAND_GRAD
            and sued - RAND_GRAD <= la <= nord + RAND_GRAD
        ):
            merkmal.lon, merkmal.lat = round(float(lo), 7), round(float(la), 7)
            continue
        fehler.append(
            _(
                "%(ort)s, Feature %(n)d (%(feld)s=%(id)s): Koordinaten (%(x)s, %(y)s) können "
                "nicht in %(crs)s liegen, wie die Datei angibt (umgerechnet außerhalb des "
                "Gültigkeitsbereichs). Längen- und Breitengrade in einer Datei in Metern?"
            )
            % {
                "ort": ort,
                "n": merkmal.nummer,
                "feld": art.id_feld,
                "id": merkmal.externe_id or _("leer"),
                "x": x,
                "y": y,
                "crs": crs.to_string(),
            }
        )
        if len(fehler) >= MAX_FEHLER:
            break
    return fehler
