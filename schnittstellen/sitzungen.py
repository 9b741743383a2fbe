"""``GET /api/v1/sitzungen/``: the coming Sitzungen of the Gremien the caller may open.

Which Gremien: ``gremien.permissions.gremien_sichtbar_fuer`` (the Gremien list's rule,
the query form of ``darf_lesen``); a Gremium nobody showed her does not exist (404 when
asked for by ``gremium``). Only what the Gremium's page lists of its meetings: title,
date, times, place, status; no agenda texts, minutes or attendance.
"""

import datetime
from typing import Annotated

from django.core.paginator import Paginator
from django.http import Http404
from django.utils import timezone
from ninja import Query, Router

from gremien.models import Gremium, Sitzung
from gremien.permissions import gremien_sichtbar_fuer

from . import ausgabe
from .schemas import Fehler, Sitzungen
from .suche import GROESSTE_ID

router = Router(tags=["Gremien"])

PRO_SEITE = 50


def _sitzung(s: Sitzung) -> dict:
    return {
        "id": s.uid,
        "pk": s.pk,
        "titel": str(s),
        "datum": s.datum,
        "beginn": s.beginn.strftime("%H:%M"),
        "ende": s.ende.strftime("%H:%M") if s.ende else None,
        "ort": s.ort,
        "status": s.status,
        "status_text": s.get_status_display(),
        "gremium": {
            "pk": s.gremium.pk,
            "name": s.gremium.name,
            "url": s.gremium.get_absolute_url(),
        },
        "url": s.get_absolute_url(),
    }


@router.get(
    "/sitzungen/",
    response={200: Sitzungen, 401: Fehler, 404: Fehler, 422: Fehler, 429: Fehler},
    url_name="sitzungen",
    summary="Kommende Sitzungen der Gremien, die man sehen darf",
)
def sitzungen(
    request,
    gremium: Annotated[
        int | None, Query(ge=1, le=GROESSTE_ID, description="nur dieses Gremium (pk)")
    ] = None,
    ab: Annotated[datetime.date | None, Query(description="ab diesem Tag (ohne: heute)")] = None,
    bis: Annotated[
        datetime.date | None, Query(description="bis zu diesem Tag (einschließlich)")
    ] = None,
    seite: Annotated[int, Query(ge=1, le=GROESSTE_ID)] = 1,
):
    gremien = gremien_sichtbar_fuer(request.user, Gremium.objects.all())
    if gremium is not None:
        gremien = gremien.filter(pk=gremium)
        if not gremien.exists():
            raise Http404
    liste = (
        Sitzung.objects.filter(
            gremium__in=gremien.values("pk"), datum__gte=ab or timezone.localdate()
        )
        .select_related("gremium", "ort_einrichtung")
        .order_by("datum", "beginn", "pk")
    )
    if bis is not None:
        liste = liste.filter(datum__lte=bis)
    seiten = Paginator(liste, PRO_SEITE).get_page(seite)
    return {
        "anzahl": seiten.paginator.count,
        "seiten": ausgabe.seiten(seiten),
        "ergebnisse": [_sitzung(s) for s in seiten],
    }
