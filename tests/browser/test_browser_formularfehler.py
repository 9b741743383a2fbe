"""Form errors in the browser (WCAG 3.3.1): every form sent with errors comes back with an
error summary at its top, the focus on it, "Fehler:" at the start of the page title, and one
link per wrong field that leads to that field.

The forms are a representative set of the project's three ways to render one: ``{{ form }}``
(login, Träger, Sitzung, TOP), fields laid out by hand (Vernetzung) and a form with a
formset (Angebot with its weekly times). Andrea (Jugendamt-Administration) may edit all.
``pruefe_barrierefreiheit`` checks the same on every page the browser tests visit.
"""

import re

import pytest
from playwright.sync_api import expect

from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)


@pytest.fixture
def andrea(db):
    return UserFactory(
        username="andrea",
        first_name="Andrea",
        last_name="Albrecht",
        is_staff=True,
        rolle=JUGENDAMT_ADMINISTRATION,
    )


@pytest.fixture
def kinderhaus(db):
    kinderhaus = TraegerFactory(name="Kinderhaus Regenbogen e.V.")
    ort = EinrichtungFactory(traeger=kinderhaus, name="Kinderhaus am Park")
    AngebotFactory(
        titel="Krabbelgruppe",
        traeger=kinderhaus,
        einrichtungen=[ort],
        zeiten=[(1, "09:30", "11:00")],
    )
    return kinderhaus


def pruefe_fehler(page, links: dict[str, str]) -> None:
    """The summary has the focus, the title starts with "Fehler:", and ``links`` (the
    beginning of each link's text → the id of its field) are there; the first one leads to
    its field."""
    uebersicht = page.locator(".fehleruebersicht")
    expect(uebersicht).to_be_focused()
    expect(uebersicht).to_have_attribute("role", "alert")
    expect(page).to_have_title(re.compile(r"^Fehler: "))
    for text, feld_id in links.items():
        link = uebersicht.get_by_role("link", name=re.compile("^" + re.escape(text)))
        expect(link).to_have_attribute("href", f"#{feld_id}")
    pruefe_barrierefreiheit(page)
    if links:
        text, feld_id = next(iter(links.items()))
        uebersicht.get_by_role("link", name=re.compile("^" + re.escape(text))).click()
        expect(page.locator(f"#{feld_id}")).to_be_focused()
        expect(page.locator(f"#{feld_id}")).to_be_in_viewport()


def test_anmeldung(page, live_server, andrea):
    page.goto(f"{live_server.url}/anmelden/")
    page.get_by_label("Benutzername").fill("andrea")
    page.get_by_role("button", name="Anmelden").click()
    pruefe_fehler(page, {"Passwort: Dieses Feld ist zwingend erforderlich.": "id_password"})
    expect(page).to_have_title(re.compile(r"^Fehler: Anmelden – "))

    # An error of the whole form is listed too, without a link.
    page.get_by_label("Passwort").fill("falsch-und-lang")
    page.get_by_role("button", name="Anmelden").click()
    uebersicht = page.locator(".fehleruebersicht")
    expect(uebersicht).to_contain_text("Bitte Benutzername und Passwort eingeben.")
    expect(uebersicht.get_by_role("link")).to_have_count(0)
    pruefe_fehler(page, {})


def test_angebot_mit_zeiten(page, live_server, andrea, kinderhaus):
    anmelden(page, live_server, andrea)
    angebot = kinderhaus.angebote.get()
    page.goto(f"{live_server.url}/angebote/{angebot.pk}/bearbeiten/")
    page.get_by_label("Titel").fill("")
    page.get_by_label("Ende, Zeile 1").fill("09:00")  # before its beginning
    page.get_by_role("button", name="Speichern").click()
    pruefe_fehler(
        page,
        {
            "Titel: Dieses Feld ist zwingend erforderlich.": "id_titel",
            "Zeile 1, bis: Das Ende muss nach dem Beginn liegen.": "id_zeiten-0-bis",
        },
    )
    bildschirmfoto(page, "formularfehler-angebot")
    # The other link, too, leads to its field (a cell of the times table).
    page.locator(".fehleruebersicht").get_by_role("link", name=re.compile("^Zeile 1")).click()
    expect(page.get_by_label("Ende, Zeile 1")).to_be_focused()


def test_traeger(page, live_server, andrea, kinderhaus):
    anmelden(page, live_server, andrea)
    page.goto(f"{live_server.url}/traeger/{kinderhaus.pk}/bearbeiten/")
    # By accessible name: the label's text also holds the (aria-hidden) asterisk.
    page.get_by_role("textbox", name="Name", exact=True).fill("")
    page.get_by_label("E-Mail").fill("kinderhaus-at-example")
    page.get_by_role("button", name="Speichern").click()
    pruefe_fehler(
        page,
        {
            "Name: Dieses Feld ist zwingend erforderlich.": "id_name",
            "E-Mail: ": "id_email",
        },
    )


def test_sitzung_und_tagesordnungspunkt(page, live_server, andrea):
    gremium = GremiumFactory(name="AG 78 Lindenhof")
    anmelden(page, live_server, andrea)
    page.goto(f"{live_server.url}/gremien/{gremium.pk}/sitzung/neu/")
    page.get_by_role("button", name="Speichern").click()
    pruefe_fehler(
        page,
        {
            "Datum: Dieses Feld ist zwingend erforderlich.": "id_datum",
            "Ort (Freitext): Bitte einen Ort angeben": "id_ort_text",
        },
    )
    bildschirmfoto(page, "formularfehler-sitzung")

    sitzung = SitzungFactory(gremium=gremium)
    page.goto(f"{live_server.url}/gremien/sitzung/{sitzung.pk}/top/neu/")
    page.get_by_role("button", name="Speichern", exact=True).click()
    pruefe_fehler(page, {"Titel: Dieses Feld ist zwingend erforderlich.": "id_titel"})


def test_vernetzung(page, live_server, andrea, kinderhaus):
    anmelden(page, live_server, andrea)
    page.goto(f"{live_server.url}/traeger/kontakte/neu/")
    page.locator("details.weitere-angaben summary").click()  # folded away
    page.get_by_label("Datum").fill("2099-01-01")
    page.get_by_role("button", name="Kontakt speichern").click()
    pruefe_fehler(
        page,
        {
            "Thema: Dieses Feld ist zwingend erforderlich.": "id_thema",
            "Datum: Kontakte werden im Nachhinein festgehalten": "id_datum",
        },
    )
    # The second link leads into the folded part, which is open after an error.
    page.locator(".fehleruebersicht").get_by_role("link", name=re.compile("^Datum")).click()
    expect(page.get_by_label("Datum")).to_be_focused()
