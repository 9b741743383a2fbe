"""API tokens and the API's docs page in the browser.

Frieda (Fachkraft) opens "API-Schlüssel", creates a token for her Fachverfahren, sees it
once, finds it in the list, revokes it; at desktop and phone size, each state checked with
axe-core. The docs page (/api/v1/docs, Swagger UI from ninja's vendored files) renders the
API's operations under the registry's CSP, without a single violation or console error.
"""

from playwright.sync_api import expect

from sozialraum.models import Zugangsschluessel
from sozialraum.zugang.rollen import FACHKRAFT
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.browser.test_browser_sicherheit import BEOBACHTER
from tests.factories import UserFactory

HANDY = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def test_schluessel_anlegen_einmal_sehen_widerrufen(page, live_server):
    frieda = UserFactory(username="frieda", first_name="Frieda", rolle=FACHKRAFT)
    anmelden(page, live_server, frieda)
    for groesse, name in ((DESKTOP, "desktop"), (HANDY, "handy")):
        page.set_viewport_size(groesse)
        page.goto(f"{live_server.url}/konto/api-schluessel/")
        expect(page.get_by_role("heading", level=1)).to_have_text("API-Schlüssel")
        pruefe_barrierefreiheit(page)

        # Without a name: the form says what is missing.
        page.get_by_role("button", name="Schlüssel anlegen").click()
        expect(page.locator(".kern-error")).to_be_visible()
        pruefe_barrierefreiheit(page)

        page.get_by_label("Name des Schlüssels").fill(f"Fachverfahren {name}")
        page.get_by_role("button", name="Schlüssel anlegen").click()
        feld = page.get_by_label("Ihr Schlüssel")
        expect(feld).to_be_visible()
        token = feld.input_value()
        assert token.startswith("sr_")
        expect(page.get_by_text("nur dieses eine Mal angezeigt")).to_be_visible()
        pruefe_barrierefreiheit(page)
        bildschirmfoto(page, f"api_schluessel_neu_{name}")

        # Shown once: the list afterwards has the name and the beginning only.
        page.goto(f"{live_server.url}/konto/api-schluessel/")
        assert token not in page.content()
        zeile = page.get_by_role("row", name=f"Fachverfahren {name}")
        expect(zeile).to_contain_text(token[:11])
        expect(zeile).to_contain_text("noch nie")

        zeile.get_by_role("button", name="widerrufen").click()
        expect(page.get_by_role("status").first).to_contain_text("ist widerrufen")
        expect(page.get_by_role("row", name=f"Fachverfahren {name}")).to_contain_text(
            "widerrufen am"
        )
        pruefe_barrierefreiheit(page)
        bildschirmfoto(page, f"api_schluessel_liste_{name}")
    assert Zugangsschluessel.objects.filter(user=frieda, revoked_at__isnull=False).count() == 2


def test_dokumentation_ohne_csp_verstoesse(page, live_server):
    konsole = []
    page.add_init_script(BEOBACHTER)
    page.on("console", lambda m: konsole.append(m.text) if m.type == "error" else None)
    anmelden(page, live_server, UserFactory(rolle=FACHKRAFT))
    page.goto(f"{live_server.url}/api/v1/docs")
    expect(page.get_by_text("Sozialraum-Register API").first).to_be_visible()
    # Swagger UI has read /api/v1/openapi.json with the session and lists the operations.
    expect(page.locator(".opblock-summary-path").first).to_be_visible()
    pfade = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/v1/angebote/" in pfade and "/api/v1/sitzungen/" in pfade
    bildschirmfoto(page, "api_dokumentation")
    verstoesse = page.evaluate("window.__cspVerstoesse || []")
    assert not verstoesse, verstoesse
    assert not konsole, konsole
