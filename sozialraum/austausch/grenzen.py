"""Attach area boundaries from a GeoJSON file, matched by official key.

Coordinates in another reference system (Berlin's Geoportal publishes EPSG:25833) are
transformed to WGS84 with pyproj; geometries are checked and lightly simplified with
shapely so that maps stay fast. All or nothing, like the CSV import.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy
from django.db import transaction
from django.utils.translation import gettext as _
from pyproj import Transformer
from shapely import make_valid, transform
from shapely.geometry import mapping, shape

from ..models import Jugendamt, Quartier, Regionalraum, Sozialraum
from .gebiete import ImportFehler

# About 5 metres: invisible on a city map, shrinks Berlin's Prognoseräume about tenfold.
VEREINFACHUNG_GRAD = 0.00005


def _crs_von(daten: dict) -> str | None:
    name = (daten.get("crs") or {}).get("properties", {}).get("name", "")
    treffer = re.search(r"EPSG:{1,2}(\d+)", name)
    if treffer and treffer.group(1) != "4326":
        return f"EPSG:{treffer.group(1)}"
    return None


def _runde(geometrie: dict) -> dict:
    def rund(koordinaten):
        if isinstance(koordinaten[0], (int, float)):
            return [round(koordinaten[0], 6), round(koordinaten[1], 6)]
        return [rund(k) for k in koordinaten]

    return {"type": geometrie["type"], "coordinates": rund(geometrie["coordinates"])}


def grenzen_importieren(pfad: Path, feld: str | None = None) -> dict[str, int]:
    """Set ``grenze`` of every area whose key a feature names; return counts per level."""
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

    gebiete = {}
    for model in (Jugendamt, Regionalraum, Sozialraum, Quartier):
        gebiete.update({g.schluessel: g for g in model.objects.all()})
    if feld is None:
        feld = _erkenne_schluesselfeld(features, gebiete.keys(), ort)

    crs = _crs_von(daten)
    umrechnen = Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform if crs else None

    fehler, zuordnung = [], []
    for nummer, feature in enumerate(features, start=1):
        schluessel = str((feature.get("properties") or {}).get(feld, "")).strip()
        wo = _("%(ort)s, Feature %(n)d (%(feld)s=%(wert)s)") % {
            "ort": ort,
            "n": nummer,
            "feld": feld,
            "wert": schluessel or "leer",
        }
        gebiet = gebiete.get(schluessel)
        if gebiet is None:
            fehler.append(_("%(wo)s: kein Gebiet mit diesem Schlüssel.") % {"wo": wo})
            continue
        try:
            geometrie = shape(feature["geometry"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            fehler.append(_("%(wo)s: Geometrie unlesbar (%(grund)s).") % {"wo": wo, "grund": exc})
            continue
        if geometrie.geom_type not in ("Polygon", "MultiPolygon"):
            fehler.append(
                _("%(wo)s: Fläche erwartet, %(typ)s gefunden.")
                % {"wo": wo, "typ": geometrie.geom_type}
            )
            continue
        if umrechnen:
            # shapely.ops.transform is deprecated since shapely 2.2; this works from 2.0 on.
            geometrie = transform(geometrie, lambda xy: numpy.column_stack(umrechnen(*xy.T)))
        minx, miny, maxx, maxy = geometrie.bounds
        if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
            fehler.append(
                _("%(wo)s: Koordinaten liegen nicht in WGS84; fehlt die Angabe „crs“?") % {"wo": wo}
            )
            continue
        if not geometrie.is_valid:
            geometrie = make_valid(geometrie)
        geometrie = geometrie.simplify(VEREINFACHUNG_GRAD, preserve_topology=True)
        zuordnung.append((gebiet, _runde(mapping(geometrie))))
    if fehler:
        raise ImportFehler(fehler[:25])

    zaehler = {"Jugendamt": 0, "Regionalraum": 0, "Sozialraum": 0, "Quartier": 0, "unverändert": 0}
    with transaction.atomic():
        for gebiet, grenze in zuordnung:
            if gebiet.grenze == grenze:
                zaehler["unverändert"] += 1
                continue
            gebiet.grenze = grenze
            gebiet.save(update_fields=["grenze", "updated_at"])
            zaehler[type(gebiet).__name__] += 1
    return zaehler


def _erkenne_schluesselfeld(features: list, schluessel: set[str] | object, ort: str) -> str:
    """The property whose values match the most known area keys."""
    bekannte = set(schluessel)
    treffer: dict[str, int] = {}
    for feature in features:
        for name, wert in (feature.get("properties") or {}).items():
            if wert is not None and str(wert).strip() in bekannte:
                treffer[name] = treffer.get(name, 0) + 1
    if not treffer:
        raise ImportFehler(
            [
                _(
                    "%(ort)s: Kein Feld der Features passt zu den Schlüsseln der Gebiete. "
                    "Erst die Gebiete importieren oder das Feld mit --feld angeben."
                )
                % {"ort": ort}
            ]
        )
    return max(treffer, key=treffer.get)
