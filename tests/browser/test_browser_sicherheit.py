"""The Content-Security-Policy in a real browser: pages work and nothing is blocked.

Chromium reports every blocked script, style, image or connection as a
``securitypolicyviolation`` event (and a console error); both are collected from the first
page on. Map tiles are answered locally (no network in CI), from the host the CSP allows.
"""

import base64
import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from sozialraum.zugang.rollen import FACHKRAFT
from tests.browser.conftest import anmelden
from tests.factories import AngebotFactory, EinrichtungFactory, QuartierFactory, UserFactory

pytestmark = pytest.mark.browser

# A 1×1 transparent PNG for every map tile.
KACHEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)

BEOBACHTER = """
window.__cspVerstoesse = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspVerstoesse.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.fixture
def csp_page(page):
    """The page, recording CSP violations and console errors; asserts none at the end."""
    konsole = []
    page.add_init_script(BEOBACHTER)
    page.on(
        "console",
        lambda m: (
            konsole.append(m.text) if m.type == "error" or "Security Policy" in m.text else None
        ),
    )
    page.route(
        "https://tile.openstreetmap.org/**",
        lambda route: route.fulfill(status=200, content_type="image/png", body=KACHEL),
    )
    page.konsole = konsole
    yield page
    pruefe_keine_verstoesse(page)


def pruefe_keine_verstoesse(page):
    verstoesse = page.evaluate("window.__cspVerstoesse || []")
    csp_meldungen = [m for m in page.konsole if "Content Security Policy" in m]
    assert not verstoesse, f"CSP-Verstöße auf {page.url}: {verstoesse}"
    assert not csp_meldungen, f"CSP-Meldungen in der Konsole: {csp_meldungen}"


@pytest.fixture
def angebot_mit_ort():
    quartier = QuartierFactory(
        schluessel="0301", name="Altstadt", sozialraum__name="Mitte", sozialraum__schluessel="03"
    )
    ort = EinrichtungFactory(name="Jugendtreff Altstadt", quartier=quartier, lat=51.95, lon=11.53)
    return AngebotFactory(titel="Mädchentreff am Markt", einrichtungen=[ort])


def test_seiten_ohne_csp_verstoesse(csp_page, live_server, angebot_mit_ort):
    page = csp_page
    assert (
        "https://tile.openstreetmap.org"
        in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]
    )

    # The login page, also after a failed attempt (error messages, the form re-rendered).
    page.goto(f"{live_server.url}/anmelden/")
    page.get_by_label("Benutzername").fill("niemand")
    page.get_by_label("Passwort").fill("falsch")
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("alert")).to_be_visible()

    # The search with its map (Leaflet, marker clusters, tiles), then an htmx update.
    anmelden(page, live_server, UserFactory(rolle=FACHKRAFT))
    expect(page.locator("#karte .leaflet-marker-icon").first).to_be_visible()
    expect(page.locator("#karte img.leaflet-tile-loaded").first).to_be_attached()
    page.get_by_label("Was wird gesucht?").fill("mädchentreff")
    page.get_by_role("button", name="Suchen").click()
    expect(page.locator("#treffer-zahl")).to_have_text("1 Angebot")
    # htmx pushed the search into the history (before going back and forth in it).
    expect(page).to_have_url(re.compile(r"\?q=m%C3%A4dchentreff"))
    expect(page.locator("#karte .leaflet-marker-icon").first).to_be_visible()
    page.locator("#karte .leaflet-marker-icon").first.click()
    expect(page.locator(".leaflet-popup")).to_contain_text("Jugendtreff Altstadt")
    # Back and forward: htmx restores its copy of the page, the map is drawn anew.
    page.go_back()
    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.locator("#karte .leaflet-marker-icon").first).to_be_visible()
    page.go_forward()
    expect(page).to_have_url(re.compile(r"\?q=m%C3%A4dchentreff"))
    expect(page.locator("#karte .leaflet-marker-icon").first).to_be_visible()
    pruefe_keine_verstoesse(page)

    # Detail page, areas, the 404 page.
    page.get_by_role("link", name="Mädchentreff am Markt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mädchentreff am Markt")
    page.goto(f"{live_server.url}/gebiete/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Gebiete")
    page.goto(f"{live_server.url}/gibt-es-nicht/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Seite nicht gefunden")


def test_verwaltung_ohne_csp_verstoesse(csp_page, live_server, angebot_mit_ort):
    page = csp_page
    UserFactory(username="andrea", is_staff=True, is_superuser=True)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Benutzername").fill("andrea")
    page.get_by_label("Passwort").fill("geheim-und-lang")
    page.get_by_role("button", name="Anmelden").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/angebote/angebot/")
    expect(page.get_by_role("link", name="Mädchentreff am Markt")).to_be_visible()
    page.get_by_role("link", name="Mädchentreff am Markt").click()
    expect(page.locator("#angebot_form")).to_be_visible()
    page.goto(f"{live_server.url}/admin/sozialraum/user/")
    expect(page.get_by_role("link", name="andrea")).to_be_visible()


def test_sperrseite(csp_page, live_server):
    page = csp_page
    UserFactory(username="fatma", rolle=FACHKRAFT)
    page.goto(f"{live_server.url}/anmelden/")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        page.get_by_label("Benutzername").fill("fatma")
        page.get_by_label("Passwort").fill("falsch-geraten")
        page.get_by_role("button", name="Anmelden").click()
        page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text("Anmeldung vorübergehend gesperrt")
    expect(page.get_by_role("main")).to_contain_text("wieder anmelden")
    # The lockout page has no form; the login page again, now with the right password.
    page.get_by_role("link", name="Zur Anmeldung").click()
    page.get_by_label("Benutzername").fill("fatma")
    page.get_by_label("Passwort").fill("geheim-und-lang")
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Anmeldung vorübergehend gesperrt")
