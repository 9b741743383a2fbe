import logging

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from sozialraum.erweiterungen.bereiche import bereiche_fuer
from sozialraum.werkzeuge.felder import objekt_oder_404

from .gesundheit import datenbank_schreibbar
from .karte import gebiet_grenzen
from .models import Jugendamt, Quartier, Regionalraum, Sozialraum, mehrere_jugendaemter

log = logging.getLogger(__name__)


@login_not_required
@never_cache
@require_GET
def healthz(request):
    """200 when the database takes a write, 503 when it does not (for load balancers and cron).

    A database that answers reads but refuses writes (a long write lock on SQLite, a
    read-only PostgreSQL) would lose every save: the probe writes a session row
    in a transaction that is rolled back, and gives up after ``HEALTHZ_TIMEOUT`` seconds.
    """
    try:
        datenbank_schreibbar(settings.HEALTHZ_TIMEOUT)
    except DatabaseError:
        log.warning("healthz: Datenbank nimmt keine Schreibzugriffe an", exc_info=True)
        return HttpResponse(
            "Datenbank nimmt keine Schreibzugriffe an\n", status=503, content_type="text/plain"
        )
    return HttpResponse("ok\n", content_type="text/plain")


def gebiete(request):
    regionalraeume = (
        # Without boundaries: the table needs names and counts, and Berlin's 58 + 12
        # boundaries cost more than the rest of the page.
        Regionalraum.objects.select_related("jugendamt")
        .defer("grenze", "jugendamt__grenze")
        .annotate(
            anzahl_sozialraeume=Count("sozialraeume", distinct=True),
            anzahl_quartiere=Count("sozialraeume__quartiere", distinct=True),
        )
        .order_by("schluessel")
    )
    jugendaemter = []
    if mehrere_jugendaemter():
        jugendaemter = (
            Jugendamt.objects.defer("grenze")
            .annotate(
                anzahl_regionalraeume=Count("regionalraeume", distinct=True),
                anzahl_sozialraeume=Count("regionalraeume__sozialraeume", distinct=True),
            )
            .order_by("schluessel")
        )
    return render(
        request,
        "sozialraum/gebiete.html",
        {"regionalraeume": regionalraeume, "jugendaemter": jugendaemter},
    )


def _gebiet_seite(request, gebiet, unter_gebiete, unter_ebene: int | None):
    unter_gebiete = list(unter_gebiete)  # one query, for the tiles and the map alike
    return render(
        request,
        "sozialraum/gebiet.html",
        {
            "gebiet": gebiet,
            "unter_gebiete": unter_gebiete,
            "unter_ebene": unter_ebene,
            "grenzen": gebiet_grenzen(gebiet, unter_gebiete),
            "bereiche": bereiche_fuer(request, gebiet),
        },
    )


def jugendamt(request, schluessel: str):
    gebiet = objekt_oder_404(Jugendamt.objects.all(), schluessel, "schluessel")
    unter = gebiet.regionalraeume.annotate(anzahl_sozialraeume=Count("sozialraeume")).order_by(
        "schluessel"
    )
    return _gebiet_seite(request, gebiet, unter, 1)


def regionalraum(request, schluessel: str):
    gebiet = objekt_oder_404(
        Regionalraum.objects.select_related("jugendamt"), schluessel, "schluessel"
    )
    unter = gebiet.sozialraeume.annotate(anzahl_quartiere=Count("quartiere")).order_by("schluessel")
    return _gebiet_seite(request, gebiet, unter, 2)


def sozialraum(request, schluessel: str):
    gebiet = objekt_oder_404(
        Sozialraum.objects.select_related("regionalraum__jugendamt"), schluessel, "schluessel"
    )
    return _gebiet_seite(request, gebiet, gebiet.quartiere.all(), 3)


def quartier(request, schluessel: str):
    gebiet = objekt_oder_404(
        Quartier.objects.select_related("sozialraum__regionalraum__jugendamt"),
        schluessel,
        "schluessel",
    )
    return _gebiet_seite(request, gebiet, [], None)


def fehler_403(request, exception=None):
    return render(request, "403.html", status=403)


def fehler_404(request, exception=None):
    return render(request, "404.html", status=404)


def fehler_500(request):
    # No context processors: whatever broke may be one of them.
    return HttpResponse(loader.get_template("500.html").render(), status=500)
