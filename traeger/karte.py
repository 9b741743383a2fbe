"""The places this floor puts on page maps: Einrichtungen as markers.

A page carries them as a ``json_script`` with an id starting ``karte-orte`` (area pages
through the section of ``bereiche.py``, Einrichtung and Angebot pages through the
``karten_orte`` filter of ``templatetags/orte.py``); static/js/karte.js draws every such
script on the page's map beside the boundaries of ``sozialraum/karte.py``.

Per place only what a marker needs (id, name, lat, lon, art): a Bezirk holds some 400
places. The link is built in the browser from one URL pattern.
"""

from collections.abc import Iterable

from django.urls import reverse

from .models import Einrichtung

# Columns a marker needs; the area query loads nothing else.
FELDER = ("pk", "name", "lat", "lon", "art", "archiviert")
# Far above any city's Bezirk (Berlin's largest: some 500 places); a cap, not a page.
MAX_ORTE = 3000


def einrichtung_url_muster() -> str:
    """The Einrichtung page's URL with ``{id}`` for the browser to fill in."""
    return reverse("traeger:einrichtung", args=[0]).replace("/0/", "/{id}/")


def karten_orte(einrichtungen: Iterable[Einrichtung]) -> dict:
    """``{"url": pattern, "arten": {art: label}, "orte": [{id, name, lat, lon, art}]}``.

    Archived places and places without coordinates get no marker (the lists show the latter).
    """
    arten = dict(Einrichtung.Art.choices)
    orte = [
        {
            "id": e.pk,
            "name": e.name,
            # Five decimals are about a metre: enough for a marker, a fifth fewer bytes.
            "lat": round(e.lat, 5),
            "lon": round(e.lon, 5),
            "art": e.art,
        }
        for e in einrichtungen
        if not e.archiviert and e.lat is not None and e.lon is not None
    ]
    return {
        "url": einrichtung_url_muster(),
        "arten": {a: str(arten[a]) for a in sorted({o["art"] for o in orte}) if a in arten},
        "orte": orte,
    }


def orte_im_gebiet(gebiet) -> dict:
    """The markers of every current place in ``gebiet`` and below (one query)."""
    einrichtungen = (
        Einrichtung.objects.im_gebiet(gebiet)
        .filter(archiviert=False, lat__isnull=False, lon__isnull=False)
        .only(*FELDER)
        .order_by("pk")[:MAX_ORTE]
    )
    return karten_orte(einrichtungen)
