"""The foundation in a real browser: login, the area tree, header, skip link, error pages.

Every page visited is checked with axe-core (WCAG 2.1 A/AA).
"""

import re

import pytest
from playwright.sync_api import expect

from sozialraum.zugang.rollen import FACHKRAFT
from tests.browser.conftest import (
    PASSWORT,
    anmelden,
    bildschirmfoto,
    pruefe_barrierefreiheit,
)
from tests.factories import QuartierFactory, UserFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def fatma():
    return UserFactory(
        username="fatma", first_name="Fatma", last_name="Özdemir-Weiß", rolle=FACHKRAFT
    )


@pytest.fixture
def aeussere_neustadt():
    """Regionalraum > Sozialraum > Quartier, with umlauts and ß on every level."""
    return QuartierFactory(
        schluessel="0207",
        name="Äußere Neustadt",
        sozialraum__schluessel="020",
        sozialraum__name="Großer Garten",
        sozialraum__regionalraum__schluessel="02",
        sozialraum__regionalraum__name="Nördliche Vorstädte",
    )


def pruefe_seite(page, ueberschrift: str | None, brotkrumen: list[str] | None = None) -> None:
    """Exactly one h1 (with this text); breadcrumbs as listed, the last one the current page.

    Without ``brotkrumen`` the page must have none (start page, login, error pages).
    """
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("h1")).not_to_be_empty()
    if ueberschrift is not None:
        expect(page.locator("h1")).to_have_text(ueberschrift)
    nav = page.get_by_role("navigation", name="Brotkrumen")
    if brotkrumen is None:
        expect(nav).to_have_count(0)
        return
    expect(nav.get_by_role("listitem")).to_have_text(brotkrumen)
    expect(nav.locator("[aria-current=page]")).to_have_text(brotkrumen[-1])
    expect(nav.get_by_role("link")).to_have_count(len(brotkrumen) - 1)


def test_gebietsbaum_durchklicken(page, live_server, fatma, aeussere_neustadt):
    anmelden(page, live_server, fatma)
    # The start page belongs to a higher floor (the search); here only what base.html gives.
    pruefe_seite(page, None)
    expect(page).to_have_title(re.compile(" \N{EN DASH} Sozialraum-Register Musterstadt$"))
    expect(page.locator(".kopf__benutzer")).to_have_text("Fatma Özdemir-Weiß")
    hauptnavigation = page.get_by_role("navigation", name="Hauptnavigation")
    expect(hauptnavigation.get_by_role("link", name="Start")).to_have_attribute(
        "aria-current", "page"
    )
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "ansicht-start")

    hauptnavigation.get_by_role("link", name="Gebiete").click()
    expect(page).to_have_url(f"{live_server.url}/gebiete/")
    pruefe_seite(page, "Gebiete", ["Start", "Gebiete"])
    expect(hauptnavigation.get_by_role("link", name="Gebiete")).to_have_attribute(
        "aria-current", "page"
    )
    zeile = page.get_by_role("row", name="Nördliche Vorstädte")
    expect(zeile.get_by_role("cell")).to_have_text(["02", "1", "1"])
    pruefe_barrierefreiheit(page)

    zeile.get_by_role("link", name="Nördliche Vorstädte").click()
    expect(page).to_have_url(f"{live_server.url}/gebiete/regionalraum/02/")
    pruefe_seite(page, "Nördliche Vorstädte", ["Start", "Gebiete", "Nördliche Vorstädte"])
    expect(page.locator("#unter-titel")).to_have_text("Sozialräume (1)")
    pruefe_barrierefreiheit(page)

    page.get_by_role("main").get_by_role("link", name="Großer Garten").click()
    expect(page).to_have_url(f"{live_server.url}/gebiete/sozialraum/020/")
    pruefe_seite(
        page, "Großer Garten", ["Start", "Gebiete", "Nördliche Vorstädte", "Großer Garten"]
    )
    expect(page.locator(".ueberzeile")).to_have_text("Sozialraum · Schlüssel 020")
    expect(page.locator("#unter-titel")).to_have_text("Quartiere (1)")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "ansicht-gebiet")

    page.get_by_role("main").get_by_role("link", name="Äußere Neustadt").click()
    expect(page).to_have_url(f"{live_server.url}/gebiete/quartier/0207/")
    pruefe_seite(
        page,
        "Äußere Neustadt",
        ["Start", "Gebiete", "Nördliche Vorstädte", "Großer Garten", "Äußere Neustadt"],
    )
    expect(page.get_by_role("main")).to_contain_text(
        "Liegt in Nördliche Vorstädte (Regionalraum), Großer Garten (Sozialraum)."
    )
    pruefe_barrierefreiheit(page)

    # Back up the tree through the breadcrumbs.
    page.get_by_role("navigation", name="Brotkrumen").get_by_role(
        "link", name="Nördliche Vorstädte"
    ).click()
    expect(page).to_have_url(f"{live_server.url}/gebiete/regionalraum/02/")
    page.get_by_role("navigation", name="Brotkrumen").get_by_role("link", name="Start").click()
    expect(page).to_have_url(f"{live_server.url}/")


def test_anmeldeseite(page, live_server, fatma):
    page.goto(f"{live_server.url}/gebiete/")
    expect(page).to_have_url(f"{live_server.url}/anmelden/?next=/gebiete/")
    pruefe_seite(page, "Anmelden")
    expect(page.get_by_role("navigation", name="Hauptnavigation")).to_have_count(0)
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "ansicht-anmelden")

    page.get_by_label("Benutzername").fill("fatma")
    page.get_by_label("Passwort").fill("falsch")
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("alert")).to_contain_text("Bitte Benutzername und Passwort eingeben")
    pruefe_barrierefreiheit(page)

    page.get_by_label("Passwort").fill(PASSWORT)
    page.get_by_role("button", name="Anmelden").click()
    expect(page).to_have_url(f"{live_server.url}/gebiete/")


def test_abmelden_fuehrt_zur_anmeldung(page, live_server, fatma):
    anmelden(page, live_server, fatma)
    page.get_by_role("banner").get_by_role("button", name="Abmelden").click()
    expect(page).to_have_url(f"{live_server.url}/anmelden/")
    pruefe_seite(page, "Anmelden")
    expect(page.get_by_role("button", name="Abmelden")).to_have_count(0)

    page.goto(f"{live_server.url}/")
    expect(page).to_have_url(f"{live_server.url}/anmelden/?next=/")


def test_sprunglink_setzt_fokus_auf_inhalt(page, live_server, fatma, aeussere_neustadt):
    anmelden(page, live_server, fatma)
    page.goto(f"{live_server.url}/gebiete/")
    sprunglink = page.get_by_role("link", name="Zum Inhalt springen")
    expect(sprunglink).not_to_be_in_viewport()

    page.keyboard.press("Tab")
    expect(sprunglink).to_be_focused()
    expect(sprunglink).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page.locator("#inhalt")).to_be_focused()
    expect(page).to_have_url(f"{live_server.url}/gebiete/#inhalt")
    expect(sprunglink).not_to_be_in_viewport()
    # The next Tab continues inside the main content, not in the header: on the table (a
    # region that can be scrolled with the keyboard on a narrow screen), then its first link.
    page.keyboard.press("Tab")
    expect(page.get_by_role("region", name="Regionalräume")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("main").get_by_role("link", name="Nördliche Vorstädte")).to_be_focused()


def test_passwort_zu_kurz(page, live_server, fatma):
    anmelden(page, live_server, fatma)
    page.get_by_role("banner").get_by_role("link", name="Passwort ändern").click()
    expect(page).to_have_url(f"{live_server.url}/passwort/aendern/")
    pruefe_seite(page, "Passwort ändern", ["Start", "Passwort ändern"])
    pruefe_barrierefreiheit(page)

    # By accessible name: the label's text also holds the (aria-hidden) asterisk.
    page.get_by_role("textbox", name="Altes Passwort").fill(PASSWORT)
    page.get_by_role("textbox", name="Neues Passwort", exact=True).fill("Kurz-1")
    page.get_by_role("textbox", name="Neues Passwort bestätigen").fill("Kurz-1")
    page.get_by_role("main").get_by_role("button", name="Passwort ändern").click()

    expect(page).to_have_url(f"{live_server.url}/passwort/aendern/")
    fehler = page.locator(".formfeld--fehler .kern-error")
    expect(fehler).to_have_count(1)
    expect(fehler).to_contain_text("Dieses Passwort ist zu kurz.")
    expect(fehler).to_contain_text("mindestens 10 Zeichen")
    feld = page.get_by_role("textbox", name="Neues Passwort bestätigen")
    expect(feld).to_have_attribute("aria-invalid", "true")
    expect(feld).to_have_accessible_description(re.compile("Dieses Passwort ist zu kurz"))
    pruefe_barrierefreiheit(page)
    fatma.refresh_from_db()
    assert fatma.check_password(PASSWORT)


def test_404_seite(page, live_server, fatma):
    anmelden(page, live_server, fatma)
    antwort = page.goto(f"{live_server.url}/gebiete/quartier/gibt-es-nicht/")
    assert antwort is not None
    assert antwort.status == 404
    pruefe_seite(page, "Seite nicht gefunden")
    expect(page.get_by_role("navigation", name="Hauptnavigation")).to_be_visible()
    pruefe_barrierefreiheit(page)

    page.get_by_role("main").get_by_role("link", name="Zur Startseite").click()
    expect(page).to_have_url(f"{live_server.url}/")
