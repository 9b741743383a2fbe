"""The Fachkraft's journey: find a fitting offer for a family, check it, print a handout.

A mother from Sozialraum "Lindenhof" needs homework help for her 9-year-old, ideally in
Arabic, free of charge, on weekday afternoons.
"""

import datetime
import re

import pytest
from playwright.sync_api import expect

from angebote.models import Kategorie, Zielgruppe
from sozialraum.zugang.rollen import FACHKRAFT
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    QuartierFactory,
    TraegerFactory,
    UserFactory,
)

TITEL = "Hausaufgabenhilfe mit arabischer Unterstützung"


@pytest.fixture
def stadt():
    lindenhof = QuartierFactory(
        schluessel="010301",
        name="Rosengarten",
        sozialraum__schluessel="0103",
        sozialraum__name="Lindenhof",
        sozialraum__regionalraum__schluessel="01",
        sozialraum__regionalraum__name="Nord",
    )
    hafen = QuartierFactory(
        schluessel="010201",
        name="Hafenkante",
        sozialraum__schluessel="0102",
        sozialraum__name="Hafenviertel",
        sozialraum__regionalraum=lindenhof.sozialraum.regionalraum,
    )
    traeger = TraegerFactory(name="Nachbarschaftshaus Lindenhof e.V.", telefon="0391 5550-210")
    treff = EinrichtungFactory(
        traeger=traeger,
        name="Stadtteiltreff Lindenhof",
        strasse="Lindenallee 4",
        quartier=lindenhof,
        lat=51.95,
        lon=11.53,
        telefon="0391 5550-211",
    )
    hafentreff = EinrichtungFactory(name="Jugendclub Hafen", quartier=hafen, lat=51.95, lon=11.51)
    bildung = Kategorie.objects.get(slug="bildung")
    kinder = Zielgruppe.objects.get(slug="kinder")
    heute = datetime.date.today()
    AngebotFactory(
        titel=TITEL,
        beschreibung="Hilfe bei den Hausaufgaben, auch auf Arabisch.",
        traeger=traeger,
        einrichtungen=[treff],
        kategorien=[bildung],
        zielgruppen=[kinder],
        sprachen=["de", "ar"],
        alter_von=6,
        alter_bis=12,
        zeiten=[(1, "14:00", "16:00"), (3, "14:00", "16:00")],
        zeiten_hinweis="nicht in den Schulferien",
        zuletzt_geprueft=heute - datetime.timedelta(days=40),
        telefon="0391 5550-212",
    )
    AngebotFactory(
        titel="Hausaufgabenhilfe am Vormittag",
        traeger=traeger,
        einrichtungen=[treff],
        kategorien=[bildung],
        sprachen=["de"],
        alter_von=6,
        alter_bis=12,
        zeiten=[(1, "09:00", "11:00")],
        zuletzt_geprueft=heute,
    )
    AngebotFactory(
        titel="Hausaufgabenhilfe im Hafen",
        einrichtungen=[hafentreff],
        kategorien=[bildung],
        sprachen=["de", "ar"],
        alter_von=6,
        alter_bis=12,
        zeiten=[(2, "15:00", "17:00")],
        zuletzt_geprueft=heute - datetime.timedelta(days=500),
    )
    AngebotFactory(
        titel="Nachhilfe Mathe (Gebühr)",
        traeger=traeger,
        einrichtungen=[treff],
        kategorien=[bildung],
        sprachen=["de", "ar"],
        alter_von=8,
        alter_bis=14,
        kosten="gebuehr",
        kosten_hinweis="8 € pro Stunde",
        zeiten=[(1, "15:00", "16:00")],
    )
    return {"lindenhof": lindenhof, "traeger": traeger, "treff": treff}


def test_fachkraft_findet_angebot_und_druckt_handzettel(page, live_server, stadt):
    anmelden(page, live_server, UserFactory(rolle=FACHKRAFT))
    expect(page.get_by_role("heading", level=1)).to_have_text("Angebote finden")
    pruefe_barrierefreiheit(page)

    # Text and filters; with JavaScript the results update in place (htmx).
    expect(page.locator("#treffer-zahl")).to_have_text("4 Angebote")  # all published ones
    page.get_by_label("Was wird gesucht?").fill("hausaufgaben")
    page.get_by_role("button", name="Suchen").click()
    expect(page.locator("#treffer-zahl")).to_have_text("3 Angebote")
    page.get_by_label("Gebiet", exact=True).select_option("s-0103")
    expect(page.locator("#treffer-zahl")).to_have_text("2 Angebote")
    page.get_by_label("Alter des Kindes / der Person").fill("9")
    page.get_by_label("Sprache", exact=True).select_option("ar")
    page.get_by_label("kostenfrei", exact=True).check()
    page.get_by_label("Wochentag", exact=True).select_option("1")
    page.get_by_label("Tageszeit", exact=True).select_option("nachmittags")
    expect(page.locator("#treffer-zahl")).to_have_text("1 Angebot")
    karte = page.locator(".angebot-karte").first
    expect(karte).to_contain_text(TITEL)
    expect(karte).to_contain_text("Nachbarschaftshaus Lindenhof e.V.")
    expect(karte).to_contain_text("Di 14:00–16:00")
    expect(karte).to_contain_text("6–12 Jahre")
    expect(karte).to_contain_text("Arabisch")
    expect(karte).to_contain_text("kostenfrei")
    expect(karte).to_contain_text("zuletzt geprüft vor 1 Monat")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "ansicht-suche")

    # The URL holds the whole search: shareable, and a reload shows the same.
    assert re.search(r"q=hausaufgaben", page.url)
    for teil in (
        "gebiet=s-0103",
        "alter=9",
        "sprache=ar",
        "kostenfrei=on",
        "wochentag=1",
        "tageszeit=nachmittags",
    ):
        assert teil in page.url
    assert "csrfmiddlewaretoken" not in page.url
    page.reload()
    expect(page.locator("#treffer-zahl")).to_have_text("1 Angebot")
    expect(page.get_by_label("Sprache", exact=True)).to_have_value("ar")

    # Collect it for the family, open the detail page.
    karte.get_by_role("button", name=re.compile("Merken")).click()
    expect(
        page.locator(".angebot-karte").first.get_by_role("button", name=re.compile("Gemerkt"))
    ).to_be_visible()
    page.get_by_role("link", name=TITEL).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITEL)
    expect(page.locator("main")).to_contain_text("Lindenallee 4")
    expect(page.locator("main")).to_contain_text("Dienstag 14:00–16:00")
    expect(page.locator("main")).to_contain_text("nicht in den Schulferien")
    expect(page.locator("main")).to_contain_text("0391 5550-212")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "ansicht-angebot")

    # Back to the search: the back button restores it.
    page.go_back()
    expect(page.locator("#treffer-zahl")).to_have_text("1 Angebot")

    # Merkliste and the A4 handout.
    page.get_by_role("link", name=re.compile("Merkliste")).click()
    expect(page.locator("main")).to_contain_text(TITEL)
    pruefe_barrierefreiheit(page)
    page.get_by_role("link", name="Druckansicht für die Familie").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Angebote für Sie")
    handzettel = page.locator("main")
    for erwartet in (
        TITEL,
        "Stadtteiltreff Lindenhof",
        "Lindenallee 4",
        "Dienstag 14:00–16:00",
        "0391 5550-212",
    ):
        expect(handzettel).to_contain_text(erwartet)
    pruefe_barrierefreiheit(page)
    page.emulate_media(media="print")
    bildschirmfoto(page, "ansicht-handzettel")


def test_traeger_einrichtung_und_gebiet(page, live_server, stadt):
    anmelden(page, live_server, UserFactory(rolle=FACHKRAFT))
    page.goto(live_server.url + stadt["traeger"].get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Nachbarschaftshaus Lindenhof e.V.")
    expect(page.locator("main")).to_contain_text(TITEL)
    pruefe_barrierefreiheit(page)
    page.get_by_role("link", name="Stadtteiltreff Lindenhof").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stadtteiltreff Lindenhof")
    expect(page.locator("main")).to_contain_text(TITEL)
    pruefe_barrierefreiheit(page)
    page.get_by_role("link", name="Lindenhof", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lindenhof")
    expect(page.locator("main")).to_contain_text("Wo fehlen Angebote?")
    expect(page.locator("main")).to_contain_text("Stadtteiltreff Lindenhof")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "ansicht-gebiet-luecken")


def test_stale_und_leeres_ergebnis(page, live_server, stadt):
    anmelden(page, live_server, UserFactory(rolle=FACHKRAFT))
    page.goto(f"{live_server.url}/?q=hausaufgaben&gebiet=s-0102")
    expect(page.locator(".frische--veraltet").first).to_contain_text(
        "zuletzt geprüft vor 16 Monaten"
    )
    page.goto(f"{live_server.url}/?q=hausaufgaben&barrierefrei=on")
    expect(page.locator("#treffer-zahl")).to_have_text("0 Angebote")
    expect(page.locator(".leer")).to_contain_text("ohne „barrierefrei“: 3 Angebote")
    page.goto(f"{live_server.url}/?q=Hausaufgabenhife")
    expect(page.locator(".hinweis-box")).to_contain_text("Hausaufgabenhilfe")
    pruefe_barrierefreiheit(page)


def test_suche_ohne_javascript(browser, live_server, stadt):
    user = UserFactory(rolle=FACHKRAFT)
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    try:
        anmelden(page, live_server, user)
        page.get_by_label("Was wird gesucht?").fill("hausaufgaben")
        page.get_by_label("Sprache", exact=True).select_option("ar")
        page.get_by_role("button", name="Filter anwenden").click()
        expect(page.locator("#treffer-zahl")).to_have_text("2 Angebote")
        page.locator(".angebot-karte").first.get_by_role(
            "button", name=re.compile("Merken")
        ).click()
        expect(
            page.locator(".angebot-karte").first.get_by_role("button", name=re.compile("Gemerkt"))
        ).to_be_visible()
    finally:
        context.close()
