"""The area page's Träger, places, offers and gaps are kept rendered per data state
(sozialraum/werkzeuge/datenstand.py): a repeated request reads them from the cache, and any
change of a Träger, an Einrichtung, an offer or an area shows at once."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from angebote.models import Zielgruppe
from sozialraum.verwaltung.sammelaktionen import sammel_aendern
from tests.factories import AngebotFactory, EinrichtungFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def seite(quartier):
    return reverse("sozialraum", args=[quartier.sozialraum.schluessel])


def ohne_token(html: str) -> str:
    """The page without its CSRF token (masked anew in every response)."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


def _abrufen(client, url, **parameter) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as abfragen:
        antwort = client.get(url, parameter)
    assert antwort.status_code == 200
    return antwort.content.decode(), len(abfragen)


def test_wiederholt_aus_dem_speicher_und_jede_aenderung_sofort(
    client_fachkraft, quartier, seite, fachkraft
):
    kita = EinrichtungFactory(quartier=quartier, name="Kita Sonnenschein", art="kita")
    AngebotFactory(titel="Krabbelgruppe", einrichtungen=[kita])
    erste, abfragen_erst = _abrufen(client_fachkraft, seite)
    zweite, abfragen_dann = _abrufen(client_fachkraft, seite)
    assert ohne_token(zweite) == ohne_token(erste)
    assert abfragen_dann < abfragen_erst - 5  # the sections' queries are not run again

    # A new place, a renamed Träger, a new offer: each shows on the next request.
    EinrichtungFactory(quartier=quartier, name="Jugendclub Nord", art="jugendclub")
    assert "Jugendclub Nord" in _abrufen(client_fachkraft, seite)[0]
    kita.traeger.name = "Kinderland e. V."
    kita.traeger.save()
    assert "Kinderland e. V." in _abrufen(client_fachkraft, seite)[0]
    AngebotFactory(titel="Elterncafé", einrichtungen=[kita])
    assert "Elterncafé" in _abrufen(client_fachkraft, seite)[0]
    # An admin bulk action (no save signals) too.
    sammel_aendern(
        type(kita).objects.filter(name="Jugendclub Nord"), fachkraft, "Test", archiviert=True
    )
    assert "Jugendclub Nord" not in _abrufen(client_fachkraft, seite)[0]
    # And a renamed area (its places' list does not name it, the page's title does).
    quartier.sozialraum.name = "Tiergarten Mitte"
    quartier.sozialraum.save()
    assert "Tiergarten Mitte" in _abrufen(client_fachkraft, seite)[0]


def test_je_zielgruppe_und_seite_ein_eintrag(client_fachkraft, quartier, seite):
    kinder = Zielgruppe.objects.get(slug="kinder")
    kita = EinrichtungFactory(quartier=quartier, name="Kita Sonnenschein", art="kita")
    AngebotFactory(titel="Krabbelgruppe", einrichtungen=[kita], zielgruppen=[kinder])
    alle = _abrufen(client_fachkraft, seite)[0]
    nur_kinder = _abrufen(client_fachkraft, seite, zielgruppe="kinder")[0]
    assert '<option value="kinder" selected>' in nur_kinder
    assert '<option value="kinder" selected>' not in alle
    # The download link keeps the query string of the request it was rendered for.
    assert "?zielgruppe=kinder" in nur_kinder and "?zielgruppe=kinder" not in alle


def test_fremde_parameter_weder_im_schluessel_noch_in_den_links(client_fachkraft, quartier, seite):
    kinder = Zielgruppe.objects.get(slug="kinder")
    kita = EinrichtungFactory(quartier=quartier, name="Kita Sonnenschein", art="kita")
    AngebotFactory(titel="Krabbelgruppe", einrichtungen=[kita], zielgruppen=[kinder])
    erste, _n = _abrufen(client_fachkraft, seite, zielgruppe="kinder", x="<fremd>")
    assert "fremd" not in erste
    # The same entry for another junk parameter: no query of the sections runs again.
    _html, abfragen = _abrufen(client_fachkraft, seite, zielgruppe="kinder", y="1")
    _html, abfragen_ohne = _abrufen(client_fachkraft, seite, zielgruppe="kinder")
    assert abfragen == abfragen_ohne
