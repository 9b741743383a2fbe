"""The Berlin registry in a browser: real areas and boundaries (LOR 2021), real facilities
(samples of the three Geoportal files, tests/daten/berlin/), the demo logins of
`make berlin`.

A Fachkraft in Mitte searches Kitas in one area, finds one on the map, opens its offer and
sees it on the offer's small map. With the shipped boundary files the finest area a place
is placed in is the Prognoseraum (docs/einrichtungen-import.md); that is the area searched.
"""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from playwright.sync_api import expect

from angebote.models import Angebot
from tests.browser.conftest import bildschirmfoto, pruefe_barrierefreiheit
from traeger.management.commands.berlin_zugaenge import PASSWORT

DATEN = Path(settings.BASE_DIR).parent / "shared" / "data" / "berlin"
PROBEN = Path(__file__).resolve().parent.parent / "daten" / "berlin"
HANDY = {"width": 390, "height": 844}


EBENEN = [
    ("Bezirk", "Bezirke"),
    ("Prognoseraum", "Prognoseräume"),
    ("Bezirksregion", "Bezirksregionen"),
    ("Planungsraum", "Planungsräume"),
]
BERLIN = {"GEBIETSEBENEN": EBENEN, "STADT_NAME": "Berlin", "KARTE_KACHEL_URL": ""}


@pytest.fixture(scope="module")
def _berlin_eingelesen(_playwright, django_db_blocker):
    """Berlin imported once for the module, as ``make berlin`` does it.

    Browser tests end by emptying the database, and before each the rows Django serialized
    after the migrations come back (tests/transaktional.py). Here those rows and Berlin's
    are serialized once, after the import, and come back before each test of the module
    instead: a second of loading instead of three of importing."""
    from django.db import connection

    vorher = connection._test_serialized_contents
    with override_settings(**BERLIN), django_db_blocker.unblock():
        connection.creation.deserialize_db_from_string(vorher)
        try:
            leise = io.StringIO()
            call_command("import_gebiete", str(DATEN / "LOR_2021.csv"), stdout=leise)
            for grenzen in ("lor_prognoseraeume_2021_wgs84.geojson", "bezirke_wgs84.geojson"):
                call_command("import_gebiete", "--grenzen", str(DATEN / grenzen), stdout=leise)
            call_command(
                "import_einrichtungen",
                *(str(p) for p in sorted(PROBEN.glob("*.geojson"))),
                stdout=leise,
            )
            call_command("berlin_zugaenge", "--erzwingen", stdout=leise)
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()
        finally:
            # As after a test (also after a failed import, so that nothing of Berlin stays
            # for the next module): the sequences go on, the snapshot's ids stay unused.
            call_command(
                "flush",
                interactive=False,
                verbosity=0,
                inhibit_post_migrate=True,
                reset_sequences=False,
            )
    yield
    connection._test_serialized_contents = vorher


@pytest.fixture
def berlin(_berlin_eingelesen, settings):
    """Berlin's settings and data; the Prognoseraum with the most Kitas of the samples."""
    for name, wert in BERLIN.items():
        setattr(settings, name, wert)
    # Nothing an earlier module's pages left in the cache (the sources named in the footer).
    cache.clear()
    kitas = Angebot.objects.filter(
        einrichtungen__art="kita", einrichtungen__regionalraum__isnull=False
    )
    return max(
        {a.einrichtungen.first().regionalraum.schluessel for a in kitas},
        key=lambda s: kitas.filter(einrichtungen__regionalraum__schluessel=s).count(),
    )


def _anmelden(page, live_server, username):
    page.goto(f"{live_server.url}/anmelden/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORT)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")


@pytest.mark.parametrize("groesse", [None, HANDY], ids=["desktop", "handy"])
def test_kita_in_einem_gebiet_finden_und_auf_der_karte_oeffnen(page, live_server, berlin, groesse):
    if groesse:
        page.set_viewport_size(groesse)
    _anmelden(page, live_server, "fachkraft")
    page.goto(f"{live_server.url}/?q=Kita&gebiet=r-{berlin}")
    treffer = page.locator(".ergebnisse")
    expect(treffer).to_contain_text("Kindertagesbetreuung")
    # The Bezirk facet: the level above the Prognoseraum, as Berlin names it (folded away
    # on a phone, behind "Treffer eingrenzen").
    if groesse:
        page.get_by_text("Treffer eingrenzen", exact=True).click()
    expect(page.locator(".facette__titel", has_text="Bezirk")).to_be_visible()
    pruefe_barrierefreiheit(page)
    marker = page.locator(".karte .leaflet-marker-icon:not(.marker-cluster)").first
    cluster = page.locator(".karte .marker-cluster").first
    # A cluster zooms in on click until single markers show.
    for _ in range(6):
        if marker.count() and marker.is_visible():
            break
        cluster.click()
        page.wait_for_timeout(400)
    marker.click()
    link = page.locator(".leaflet-popup-content a").first
    expect(link).to_be_visible()
    page.wait_for_timeout(400)  # the popup pans the map into view first (autoPan)
    name = link.inner_text()
    with page.expect_navigation():
        link.click()
    expect(page.locator("h1")).to_contain_text(name.split(" (")[0][:20])
    expect(page.locator(".karte--seite .leaflet-marker-icon").first).to_be_visible()
    expect(page.locator("main")).to_contain_text("Quelle: Geoportal Berlin")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"berlin-angebot-{'handy' if groesse else 'desktop'}")


def test_bezirksseite_mit_karte_und_liste(page, live_server, berlin):
    _anmelden(page, live_server, "mitte")
    page.goto(f"{live_server.url}/gebiete/jugendamt/01/")
    expect(page.locator("h1")).to_have_text("Mitte")
    expect(page.locator(".karte--seite .leaflet-overlay-pane path").first).to_be_attached()
    expect(page.locator("main")).to_contain_text("Prognoseräume (4)")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "berlin-bezirk")
    # The footer credits the open data.
    expect(page.locator("footer")).to_contain_text("Amt für Statistik Berlin-Brandenburg")


@pytest.mark.parametrize("groesse", [None, HANDY], ids=["desktop", "handy"])
def test_aktualitaet_mit_orten_im_prognoseraum(page, live_server, berlin, groesse):
    """Berlin's places sit in their Prognoseraum: the Bezirks-Administration sees the stale
    offers per Prognoseraum, the coordination of a Bezirksregion those that may lie in it."""
    if groesse:
        page.set_viewport_size(groesse)
    _anmelden(page, live_server, "mitte")
    page.goto(f"{live_server.url}/angebote/aktualitaet/")
    expect(page.locator("#je-sozialraum").locator("xpath=..")).to_contain_text("(Prognoseraum)")
    pruefe_barrierefreiheit(page)
    page.context.clear_cookies()  # a second person at the same browser
    _anmelden(page, live_server, "koordination")
    page.goto(f"{live_server.url}/angebote/aktualitaet/")
    expect(page.locator("#eingrenzung")).to_contain_text("Tiergarten Süd")
    expect(page.locator("#ungenau")).to_contain_text("Sie können in den gezeigten Gebieten")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"berlin-aktualitaet-koordination-{'handy' if groesse else 'desktop'}")


@pytest.mark.parametrize("groesse", [None, HANDY], ids=["desktop", "handy"])
def test_bezirksregion_nennt_orte_im_prognoseraum(page, live_server, berlin, groesse):
    """No boundaries of the Bezirksregionen: a Bezirksregion's page says which places may lie
    there (known only in their Prognoseraum) rather than reading as empty."""
    if groesse:
        page.set_viewport_size(groesse)
    _anmelden(page, live_server, "fachkraft")
    page.goto(f"{live_server.url}/gebiete/sozialraum/011001/")
    expect(page.locator("h1")).to_have_text("Tiergarten Süd")
    expect(page.locator("#ungenau-verortet")).to_contain_text("(Prognoseraum)")
    expect(page.locator("#luecken-ungenau")).to_contain_text("ohne genauere Lage")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"berlin-bezirksregion-{'handy' if groesse else 'desktop'}")


@pytest.mark.parametrize("groesse", [None, HANDY], ids=["desktop", "handy"])
def test_suche_in_bezirksregion_fuehrt_zum_prognoseraum(page, live_server, berlin, groesse):
    """A Fachkraft searches Kitas in a Bezirksregion, where no imported place is placed: the
    page offers the Prognoseraum around it, and one click finds its Kitas."""
    if groesse:
        page.set_viewport_size(groesse)
    _anmelden(page, live_server, "fachkraft")
    page.goto(f"{live_server.url}/?q=Kita&gebiet=s-011001")
    leer = page.locator(".leer")
    expect(leer).to_contain_text("Keine passenden Angebote gefunden.")
    vorschlag = leer.get_by_role("link", name="im größeren Gebiet Zentrum (Prognoseraum)")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"berlin-suche-bezirksregion-{'handy' if groesse else 'desktop'}")
    vorschlag.click()
    expect(page.locator(".ergebnisse")).to_contain_text("Kindertagesbetreuung")
    expect(page).to_have_url(f"{live_server.url}/?q=Kita&gebiet=r-0110")
