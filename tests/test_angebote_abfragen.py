"""The number of SQL queries per page does not grow with the number of results.

Each test renders a page with 10 and with 100 rows and asserts the same count: the
querysets settle N+1 with select_related / prefetch_related / aggregate facets. Pages with
parts in the search cache (angebote/suche/trefferspeicher.py) are counted as a first request
(cache empty) and as served from the cache.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from angebote.models import Kategorie, Zielgruppe
from angebote.signals import suchindex_pausiert
from angebote.suche.suchindex import reindex
from tests.factories import AngebotFactory, EinrichtungFactory, QuartierFactory, TraegerFactory

pytestmark = pytest.mark.django_db


def angebote_anlegen(anzahl, traeger=None, quartier=None):
    """``anzahl`` offers, each at its own place; the search index built once at the end."""
    traeger = traeger or TraegerFactory()
    quartier = quartier or QuartierFactory()
    kategorie = Kategorie.objects.get(slug="bildung")
    zielgruppe = Zielgruppe.objects.get(slug="kinder")
    ids = []
    with suchindex_pausiert():
        for i in range(anzahl):
            ort = EinrichtungFactory(traeger=traeger, quartier=quartier, lat=51.9, lon=11.6)
            angebot = AngebotFactory(
                titel=f"Hausaufgabenhilfe {i}",
                traeger=traeger,
                einrichtungen=[ort],
                kategorien=[kategorie],
                zielgruppen=[zielgruppe],
                sprachen=["de", "ar"],
                zeiten=[(0, "14:00", "16:00"), (2, "14:00", "16:00")],
                zuletzt_geprueft="2026-01-01",
            )
            ids.append(angebot.pk)
    reindex(ids)
    return traeger, quartier


def abfragen(client, url, params=None, kalt=False):
    """Queries of the second request; ``kalt``: with the search results' cache emptied
    before it (angebote/suche/trefferspeicher.py), as for a search nobody asked before."""
    client.get(url, params or {})  # warm process-wide caches (content types) first
    if kalt:
        cache.clear()
    with CaptureQueriesContext(connection) as erfasst:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(erfasst)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "hausaufgaben"},
        {"q": "hausaufgaben", "alter": "9", "sprache": "ar", "kategorie": "bildung"},
        {"wochentag": "0", "tageszeit": "nachmittags", "kostenfrei": "on"},
    ],
)
@pytest.mark.parametrize("kalt", [True, False], ids=["erste-anfrage", "gespeichert"])
def test_suche_konstant(client_fachkraft, params, kalt):
    traeger, quartier = angebote_anlegen(10)
    wenige = abfragen(client_fachkraft, reverse("start"), params, kalt)
    angebote_anlegen(90, traeger, quartier)  # 100 results: five full pages
    viele = abfragen(client_fachkraft, reverse("start"), params, kalt)
    # First request: session, user, search state, text check, count with facets, page,
    # the cards (offers with 3 prefetches), facet names, area choices (3), filter choices.
    # Kept: session, user, search state and what the cache does not hold (the start page's
    # own sections, the Merkliste).
    assert wenige == viele
    if not kalt:
        assert viele < abfragen(client_fachkraft, reverse("start"), params, kalt=True)


@pytest.mark.parametrize("kalt", [True, False], ids=["erste-anfrage", "gespeichert"])
def test_detailseiten_konstant(client_fachkraft, kalt):
    traeger, quartier = angebote_anlegen(10)
    angebot = traeger.angebote.first()
    einrichtung = traeger.einrichtungen.first()
    urls = [angebot.get_absolute_url(), traeger.get_absolute_url(), einrichtung.get_absolute_url()]
    vorher = [abfragen(client_fachkraft, url, kalt=kalt) for url in urls]
    angebote_anlegen(90, traeger, quartier)
    angebot.einrichtungen.add(*traeger.einrichtungen.all()[:10])
    nachher = [abfragen(client_fachkraft, url, kalt=kalt) for url in urls]
    assert vorher == nachher


@pytest.mark.parametrize("kalt", [True, False], ids=["erste-anfrage", "gespeichert"])
def test_gebietsseiten_konstant(client_fachkraft, kalt):
    _traeger, quartier = angebote_anlegen(10)
    urls = [
        quartier.get_absolute_url(),
        quartier.sozialraum.get_absolute_url(),
        quartier.sozialraum.regionalraum.get_absolute_url(),
    ]
    vorher = [abfragen(client_fachkraft, url, kalt=kalt) for url in urls]
    angebote_anlegen(90, quartier=quartier)
    nachher = [abfragen(client_fachkraft, url, kalt=kalt) for url in urls]
    assert vorher == nachher


def test_merkliste_und_karte_konstant(client_fachkraft):
    traeger, quartier = angebote_anlegen(10)
    for angebot in traeger.angebote.all():
        client_fachkraft.post(reverse("angebote:merken", args=[angebot.pk]))
    urls = [
        reverse("angebote:merkliste"),
        reverse("angebote:merkliste_drucken"),
        reverse("angebote:karte"),
    ]
    vorher = [abfragen(client_fachkraft, url, kalt=True) for url in urls]
    angebote_anlegen(90, traeger, quartier)
    for angebot in traeger.angebote.all()[10:]:
        client_fachkraft.post(reverse("angebote:merken", args=[angebot.pk]))
    nachher = [abfragen(client_fachkraft, url, kalt=True) for url in urls]
    assert vorher == nachher
