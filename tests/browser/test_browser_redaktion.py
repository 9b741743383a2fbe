"""Träger-Redaktion and Jugendamt in the browser: edit an offer, review, approve, send back.

Rita keeps the offers of Kinderhaus Regenbogen; Andrea (Jugendamt-Administration) reviews.
Each page is checked with axe-core and photographed (``test-results/``).
"""

import datetime

import pytest
from guardian.shortcuts import assign_perm
from playwright.sync_api import expect

from angebote.models import Aenderungsvorschlag, Angebot, Kategorie
from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION, TRAEGER_REDAKTION
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory, UserFactory


@pytest.fixture
def kinderhaus():
    kinderhaus = TraegerFactory(name="Kinderhaus Regenbogen e.V.")
    ort = EinrichtungFactory(traeger=kinderhaus, name="Kinderhaus am Park")
    AngebotFactory(
        titel="Krabbelgruppe",
        beschreibung="Spielen und Singen für die Kleinsten.",
        traeger=kinderhaus,
        einrichtungen=[ort],
        kategorien=[Kategorie.objects.get(slug="fruehe-hilfen")],
        zeiten=[(1, "09:30", "11:00")],
        alter_von=0,
        alter_bis=3,
        zuletzt_geprueft=datetime.date(2025, 3, 1),
    )
    return kinderhaus


@pytest.fixture
def rita(kinderhaus):
    rita = UserFactory(
        username="rita",
        first_name="Rita",
        last_name="Roth",
        email="rita@kinderhaus.example",
        rolle=TRAEGER_REDAKTION,
    )
    assign_perm("traeger.change_traeger", rita, kinderhaus)
    return rita


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
def zweites_fenster(browser, live_server):
    kontexte = []

    def oeffnen():
        kontext = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
        kontext.set_default_timeout(10_000)
        kontexte.append(kontext)
        return kontext.new_page()

    yield oeffnen
    for kontext in kontexte:
        kontext.close()


def suche(page, live_server, wort):
    page.goto(f"{live_server.url}/?q={wort}")
    return page.locator(".treffer")


def test_redaktion_aendert_jugendamt_gibt_frei(page, live_server, rita, andrea, zweites_fenster):
    anmelden(page, live_server, rita)
    page.goto(f"{live_server.url}/angebote/{Angebot.objects.get().pk}/")
    page.get_by_role("link", name="Angebot bearbeiten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Angebot bearbeiten")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "redaktion_formular")

    page.get_by_label("Titel").fill("Krabbeltreff am Park")
    page.get_by_label("Wochentag, Zeile 2").select_option(label="Donnerstag")
    page.get_by_label("Beginn, Zeile 2").fill("09:30")
    page.get_by_label("Ende, Zeile 2").fill("11:00")
    page.get_by_role("group", name="Zielgruppen").get_by_label("Eltern und Familien").check()
    page.get_by_role("button", name="Zur Prüfung einreichen").click()

    expect(page.get_by_role("status")).to_contain_text("liegen dem Jugendamt zur Prüfung vor")
    expect(page.locator(".vorschlag-hinweis")).to_contain_text("Änderungen in Prüfung")
    expect(page.get_by_role("heading", level=1)).to_have_text("Krabbelgruppe")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "redaktion_angebot_in_pruefung")
    treffer = suche(page, live_server, "krabbel")
    expect(treffer).to_contain_text("Krabbelgruppe")
    expect(treffer).not_to_contain_text("Krabbeltreff am Park")

    amt = zweites_fenster()
    anmelden(amt, live_server, andrea)
    amt.get_by_role("link", name="Prüfung (1 offener Vorschlag)").click()
    expect(amt.get_by_role("heading", level=1)).to_have_text("Prüfung der Änderungen")
    pruefe_barrierefreiheit(amt)
    bildschirmfoto(amt, "redaktion_pruefliste")
    zeile = amt.get_by_role("row").filter(has_text="Krabbelgruppe")
    expect(zeile).to_contain_text("Kinderhaus Regenbogen e.V.")
    expect(zeile).to_contain_text("Rita Roth")
    zeile.get_by_role("link", name="Krabbelgruppe").click()

    vergleich = amt.get_by_role("table", name="Veröffentlichte und vorgeschlagene Angaben")
    expect(vergleich.get_by_role("row").filter(has_text="Titel")).to_contain_text(
        "Krabbeltreff am Park"
    )
    expect(vergleich.get_by_role("row").filter(has_text="Zeiten")).to_contain_text(
        "Donnerstag 09:30–11:00"
    )
    expect(vergleich.get_by_role("row").filter(has_text="Zielgruppen")).to_contain_text(
        "Eltern und Familien"
    )
    pruefe_barrierefreiheit(amt)
    bildschirmfoto(amt, "redaktion_vorschlag_pruefen")
    amt.get_by_role("button", name="Freigeben").click()

    expect(amt.get_by_role("status")).to_contain_text("ist freigegeben und veröffentlicht")
    expect(amt.get_by_text("Nichts zu prüfen.")).to_be_visible()
    treffer = suche(amt, live_server, "krabbel")
    expect(treffer).to_contain_text("Krabbeltreff am Park")
    angebot = Angebot.objects.get()
    assert angebot.history.first().history_user == andrea
    assert angebot.zuletzt_geprueft == datetime.date.today()


def test_zurueckgeben_mit_kommentar(page, live_server, kinderhaus, rita, andrea, zweites_fenster):
    anmelden(page, live_server, rita)
    page.goto(f"{live_server.url}{kinderhaus.get_absolute_url()}")
    page.get_by_role("link", name="Neues Angebot").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Neues Angebot")
    page.get_by_label("Titel").fill("Elterncafé im Hof")
    page.get_by_label("Beschreibung").fill("Kaffee, Kuchen und Austausch.")
    page.get_by_role("group", name="Orte (Einrichtungen)").get_by_label(
        "Kinderhaus am Park"
    ).check()
    page.get_by_role("group", name="Kosten", exact=True).get_by_label("Gebühr").check()
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    # A fee needs a note: the form says so and keeps the input.
    expect(page.get_by_role("alert")).to_contain_text("Hinweis zu Kosten")
    expect(page.get_by_label("Titel")).to_have_value("Elterncafé im Hof")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "redaktion_formular_fehler")
    page.get_by_label("Hinweis zu Kosten").fill("2 € für Kaffee und Kuchen")
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    expect(page.locator(".vorschlag-hinweis")).to_contain_text("Neues Angebot in Prüfung")
    page.goto(f"{live_server.url}{kinderhaus.get_absolute_url()}")
    expect(page.locator(".redaktion-bereich")).to_contain_text("Elterncafé im Hof")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "redaktion_traegerseite")

    amt = zweites_fenster()
    anmelden(amt, live_server, andrea)
    vorschlag = Aenderungsvorschlag.objects.get()
    amt.goto(f"{live_server.url}{vorschlag.get_absolute_url()}")
    expect(amt.get_by_role("heading", level=1)).to_have_text("Neues Angebot: Elterncafé im Hof")
    amt.get_by_role("button", name="Zurückgeben").click()
    # At the field, and as a link in the error summary at the top of the form.
    fehler = "Bitte schreiben Sie, was die Redaktion ändern soll."
    expect(amt.locator(".formfeld--fehler").get_by_text(fehler)).to_be_visible()
    expect(amt.locator(".fehleruebersicht").get_by_role("link")).to_contain_text(fehler)
    amt.get_by_label("Was soll die Redaktion ändern?").fill(
        "Bitte die Zeiten ergänzen: wann findet das Café statt?"
    )
    amt.get_by_role("button", name="Zurückgeben").click()
    expect(amt.get_by_role("status")).to_contain_text("ist an die Redaktion zurückgegeben")
    pruefe_barrierefreiheit(amt)

    page.goto(f"{live_server.url}{vorschlag.angebot.get_absolute_url()}")
    hinweis = page.locator(".vorschlag-hinweis")
    expect(hinweis).to_contain_text("Vom Jugendamt zurückgegeben")
    expect(hinweis).to_contain_text("Bitte die Zeiten ergänzen: wann findet das Café statt?")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "redaktion_zurueckgegeben")
    page.get_by_role("link", name="Angebot bearbeiten").click()
    expect(page.get_by_label("Hinweis zu Kosten")).to_have_value("2 € für Kaffee und Kuchen")
    page.get_by_label("Wochentag, Zeile 1").select_option(label="Mittwoch")
    page.get_by_label("Beginn, Zeile 1").fill("15:00")
    page.get_by_label("Ende, Zeile 1").fill("17:00")
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    expect(page.locator(".vorschlag-hinweis")).to_contain_text("Neues Angebot in Prüfung")
    vorschlag.refresh_from_db()
    assert vorschlag.status == Aenderungsvorschlag.Status.OFFEN


def test_zweites_speichern_bekommt_die_meldung(
    page, live_server, kinderhaus, rita, andrea, zweites_fenster
):
    angebot = Angebot.objects.get()
    bearbeiten = f"{live_server.url}/angebote/{angebot.pk}/bearbeiten/"
    anmelden(page, live_server, rita)
    page.goto(bearbeiten)
    amt = zweites_fenster()
    anmelden(amt, live_server, andrea)
    amt.goto(bearbeiten)

    amt.get_by_label("Beschreibung").fill("Spielen, Singen und Turnen für die Kleinsten.")
    amt.get_by_role("button", name="Speichern").click()
    expect(amt.get_by_role("status")).to_contain_text("Das Angebot ist gespeichert.")

    page.get_by_label("Titel").fill("Ritas Krabbelgruppe")
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    meldung = page.get_by_role("alert")
    expect(meldung).to_contain_text("Nicht gespeichert: jemand war schneller")
    expect(meldung).to_contain_text("inzwischen von Andrea Albrecht geändert")
    expect(meldung).to_contain_text("Beschreibung")
    expect(page.get_by_label("Titel")).to_have_value("Ritas Krabbelgruppe")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "redaktion_konflikt")
    assert not Aenderungsvorschlag.objects.exists()

    meldung.get_by_role("link", name="Aktuellen Stand laden").click()
    expect(page.get_by_label("Beschreibung")).to_have_value(
        "Spielen, Singen und Turnen für die Kleinsten."
    )
    page.get_by_label("Titel").fill("Ritas Krabbelgruppe")
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    expect(page.locator(".vorschlag-hinweis")).to_contain_text("Änderungen in Prüfung")
    assert Aenderungsvorschlag.objects.get().daten["titel"] == "Ritas Krabbelgruppe"
