"""Map data: the places of the current results and the boundary of the chosen area.

A fixed number of queries whatever the number of results: one for the places (all pages
of the results, capped), one for the area (or, without one, one for the Regionalräume).
"""

from django.urls import reverse

from sozialraum.models import Regionalraum
from traeger.models import Einrichtung

from ..filters import gebiet_aus_wert
from ..models import Angebot

MAX_ORTE = 3000
ALS_MENGE = 10_000_000


def _adresse(ort: dict) -> str:
    return ", ".join(t for t in (ort["strasse"], f"{ort['plz']} {ort['ort']}".strip()) if t)


def _grenze(name: str, geometrie: dict) -> dict:
    return {"type": "Feature", "geometry": geometrie, "properties": {"name": name}}


def karten_daten(treffer, gebiet_wert: str = "") -> dict:
    """``{"orte": FeatureCollection of Points, "grenzen": [Feature, …]}`` for ``treffer``."""
    # A plain IN over the link table, not EXISTS per place: SQLite would evaluate the
    # result query again for each of thousands of places (bench/RESULTS.md). The LIMIT (far
    # above any city) keeps the results one set: without it PostgreSQL probed the search
    # condition offer by offer, recomputing each text's words (0.8 s for "familie").
    angeboten = Angebot.einrichtungen.through.objects.filter(
        angebot__in=treffer.order_by().values("pk")[:ALS_MENGE]
    ).values("einrichtung_id")
    orte = (
        Einrichtung.objects.filter(pk__in=angeboten, lat__isnull=False, lon__isnull=False)
        .order_by("pk")
        .values("pk", "name", "strasse", "plz", "ort", "lat", "lon")[:MAX_ORTE]
    )
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [o["lon"], o["lat"]]},
            "properties": {
                "name": o["name"],
                "adresse": _adresse(o),
                "url": reverse("traeger:einrichtung", args=[o["pk"]]),
            },
        }
        for o in orte
    ]
    gebiet = gebiet_aus_wert(gebiet_wert, mit_grenze=True)
    if gebiet is not None:
        grenzen = [_grenze(gebiet.name, gebiet.grenze)] if gebiet.grenze else []
    else:
        grenzen = [
            _grenze(r["name"], r["grenze"])
            for r in Regionalraum.objects.filter(grenze__isnull=False)
            .order_by("schluessel")
            .values("name", "grenze")
            if r["grenze"]
        ]
    return {"orte": {"type": "FeatureCollection", "features": features}, "grenzen": grenzen}
