"""``GET /api/v1/gebiete/``: the areas of one level with their boundaries, as GeoJSON.

Every logged-in person sees every area (the pages under /gebiete/ are open to all). A
boundary goes out as stored (WGS84, simplified by the import, docs/gebiete-import.md); an
area without one has ``"geometry": null``, as GeoJSON allows.
"""

from typing import Annotated, Literal

from ninja import Query, Router

from sozialraum.models import Jugendamt, Quartier, Regionalraum, Sozialraum

from . import ausgabe
from .schemas import Fehler, Gebiete

router = Router(tags=["Gebiete"])

EBENEN = {
    "jugendamt": (Jugendamt, None),
    "regionalraum": (Regionalraum, "jugendamt"),
    "sozialraum": (Sozialraum, "regionalraum"),
    "quartier": (Quartier, "sozialraum"),
}


@router.get(
    "/gebiete/",
    response={200: Gebiete, 401: Fehler, 422: Fehler, 429: Fehler},
    url_name="gebiete",
    summary="Gebiete einer Ebene mit ihren Grenzen (GeoJSON)",
)
def gebiete(
    request,
    ebene: Annotated[
        Literal["jugendamt", "regionalraum", "sozialraum", "quartier"],
        Query(description="die Ebene der Gebiete"),
    ] = "sozialraum",
    in_gebiet: Annotated[
        str,
        Query(
            max_length=20,
            description="nur Gebiete unter dem Gebiet der Ebene darüber mit diesem Schlüssel",
        ),
    ] = "",
):
    modell, eltern = EBENEN[ebene]
    gebiete = modell.objects.order_by("schluessel")
    if eltern:
        gebiete = gebiete.select_related(eltern).defer(f"{eltern}__grenze")
        if in_gebiet:
            gebiete = gebiete.filter(**{f"{eltern}__schluessel": in_gebiet})
    elif in_gebiet:
        gebiete = gebiete.none()
    features = []
    for gebiet in gebiete:
        oben = getattr(gebiet, eltern) if eltern else None
        features.append(
            {
                "type": "Feature",
                "id": f"{ebene}-{gebiet.schluessel}",
                "geometry": gebiet.grenze or None,
                "properties": {
                    "ebene": ebene,
                    "ebene_text": ausgabe.ebene_text(gebiet),
                    "schluessel": gebiet.schluessel,
                    "name": gebiet.name,
                    "eltern": oben.schluessel if oben else None,
                    "url": gebiet.get_absolute_url(),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}
