"""Gremien in the browser: a Sitzung from planning to released minutes, read by a member.

AG 78 Lindenhof (visible to members only): Greta coordinates it, Fatma (Kinderhaus
Lindenhof e.V.) and Jonas are members, Otto is a Fachkraft from elsewhere.
"""

import datetime
import re

import pytest
from playwright.sync_api import expect

from gremien.models import Aufgabe, Kalenderzugang, Sitzung, Teilnahme
from sozialraum.zugang.rollen import FACHKRAFT, GREMIUM_KOORDINATION
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    GremiumFactory,
    MitgliedschaftFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)

GREMIUM = "AG 78 Lindenhof"
AUFGABE = "Flyer für das Ferienprogramm drucken"
BESCHLUSS = "Das Ferienprogramm findet vom 6. bis 24. Juli statt."


@pytest.fixture
def ag():
    gremium = GremiumFactory(
        name=GREMIUM, sichtbarkeit="mitglieder", rhythmus="jeden ersten Dienstag im Monat"
    )
    greta = UserFactory(
        username="greta", first_name="Greta", last_name="Lorenz", rolle=GREMIUM_KOORDINATION
    )
    fatma = UserFactory(username="fatma", first_name="Fatma", last_name="Yılmaz", rolle=FACHKRAFT)
    jonas = UserFactory(username="jonas", first_name="Jonas", last_name="Berg", rolle=FACHKRAFT)
    MitgliedschaftFactory(gremium=gremium, person=greta, rolle="koordination")
    MitgliedschaftFactory(
        gremium=gremium, person=fatma, traeger=TraegerFactory(name="Kinderhaus Lindenhof e.V.")
    )
    MitgliedschaftFactory(gremium=gremium, person=jonas)
    GremiumFactory(name="Stadtteiltisch Hafen", sichtbarkeit="fachkraefte")
    return {
        "gremium": gremium,
        "greta": greta,
        "fatma": fatma,
        "jonas": jonas,
        "otto": UserFactory(username="otto", rolle=FACHKRAFT),
    }


def _h1(page):
    return page.get_by_role("heading", level=1)


def _hauptnavigation(page, name):
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role("link", name=name).click()


def _speichern_und_weiter(page):
    page.get_by_role("button", name="Speichern und nächsten Punkt").click()


def test_sitzung_von_der_planung_bis_zum_freigegebenen_protokoll(page, live_server, ag, browser):
    anmelden(page, live_server, ag["greta"])

    # Gremien → her Gremium → plan a Sitzung.
    _hauptnavigation(page, "Gremien")
    expect(_h1(page)).to_have_text("Gremien")
    expect(page.get_by_role("row").nth(1)).to_contain_text(GREMIUM)  # members' first
    pruefe_barrierefreiheit(page)
    page.get_by_role("link", name=GREMIUM).click()
    expect(_h1(page)).to_have_text(GREMIUM)
    pruefe_barrierefreiheit(page)
    page.get_by_role("link", name="Sitzung planen").click()
    expect(_h1(page)).to_have_text("Sitzung planen")
    page.get_by_label("Datum").fill("2026-12-01")
    page.get_by_label("Beginn").fill("14:00")
    page.get_by_label("Ende").fill("16:00")
    page.get_by_label("Ort (Freitext)").fill("Stadtteiltreff Lindenhof, großer Saal")
    page.get_by_label("Einladungstext").fill("Liebe Mitglieder, wir planen den Sommer.")
    pruefe_barrierefreiheit(page)
    page.get_by_role("button", name="Speichern", exact=True).click()
    expect(_h1(page)).to_have_text("Sitzung am 01.12.2026")
    expect(page.locator("main")).to_contain_text("Dienstag, 1. Dezember 2026, 14:00–16:00 Uhr")
    expect(page.locator("main")).to_contain_text("Stadtteiltreff Lindenhof, großer Saal")
    sitzung = Sitzung.objects.get(gremium=ag["gremium"])
    sitzung_url = live_server.url + sitzung.get_absolute_url()

    # Agenda: two items in a row.
    page.get_by_role("link", name="Tagesordnungspunkt hinzufügen").click()
    expect(_h1(page)).to_have_text("Tagesordnungspunkt hinzufügen")
    pruefe_barrierefreiheit(page)
    page.get_by_label("Titel").fill("Begrüßung")
    page.get_by_label("geplante Dauer (Minuten)").fill("5")
    _speichern_und_weiter(page)
    expect(page.locator("main")).to_contain_text("Der Tagesordnungspunkt ist gespeichert.")
    expect(page.get_by_label("Titel")).to_have_value("")
    page.get_by_label("Titel").fill("Ferienprogramm Sommer")
    page.get_by_label("verantwortlich").select_option(label="Fatma Yılmaz")
    page.get_by_label("geplante Dauer (Minuten)").fill("45")
    _speichern_und_weiter(page)
    expect(page.get_by_label("Titel")).to_have_value("")
    page.get_by_role("link", name="Abbrechen").click()
    expect(page).to_have_url(sitzung_url)
    tops = page.locator(".tagesordnung .top")
    expect(tops).to_have_count(2)
    expect(tops.nth(0)).to_contain_text("TOP 1")
    expect(tops.nth(0)).to_contain_text("Begrüßung")
    expect(tops.nth(1)).to_contain_text("TOP 2")
    expect(tops.nth(1)).to_contain_text("Ferienprogramm Sommer")
    expect(tops.nth(1)).to_contain_text("Fatma Yılmaz · 45 Min.")

    # Attendance: Jonas is excused, one guest.
    page.get_by_role("link", name="Anwesenheit erfassen").click()
    expect(_h1(page)).to_have_text("Anwesenheit erfassen")
    page.get_by_role("row", name=re.compile("Fatma Yılmaz")).get_by_label("anwesend").check()
    page.get_by_role("row", name=re.compile("Jonas Berg")).get_by_label("entschuldigt").check()
    page.get_by_label("Gäste").fill("Petra Muster (Polizei, Kontaktbereich)")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "gremien-anwesenheit")
    page.get_by_role("button", name="Anwesenheit speichern").click()
    anwesenheit = page.locator("section", has=page.locator("#anwesenheit"))
    expect(anwesenheit).to_contain_text("Fatma Yılmaz (Kinderhaus Lindenhof e.V.): anwesend")
    expect(anwesenheit).to_contain_text("Jonas Berg: entschuldigt")
    expect(anwesenheit).to_contain_text("Petra Muster (Polizei, Kontaktbereich) (Gast): anwesend")
    assert sitzung.teilnahmen.filter(status=Teilnahme.Status.ANWESEND).count() == 3

    # Minutes per item, in Markdown.
    page.get_by_role("link", name="Protokoll schreiben").click()
    expect(_h1(page)).to_have_text("Protokoll schreiben")
    page.get_by_label("Begrüßung").fill("Greta begrüßt alle. **Neu dabei:** Jonas (entschuldigt).")
    page.get_by_label("Ferienprogramm Sommer").fill(
        "Wir planen **drei Wochen** im Juli.\n\n- Ausflug in den Zoo\n- Zirkusprojekt"
    )
    pruefe_barrierefreiheit(page)
    page.get_by_role("button", name="Protokoll speichern").click()
    expect(page.locator("main")).to_contain_text("Der Protokollentwurf ist gespeichert.")
    expect(page.locator(".top__protokoll strong").first).to_have_text("Neu dabei:")
    expect(page.locator("main")).to_contain_text("Entwurf: nur die Koordination sieht")

    # A decision with votes, a task for Fatma.
    page.get_by_role("link", name="Beschluss festhalten").click()
    expect(_h1(page)).to_have_text("Beschluss festhalten")
    page.get_by_label("zu TOP").select_option(label="TOP 2: Ferienprogramm Sommer")
    page.get_by_label(re.compile(r"^Beschluss")).fill(BESCHLUSS)
    page.get_by_label("Ja", exact=True).fill("7")
    page.get_by_label("Nein", exact=True).fill("1")
    page.get_by_label("Enthaltungen").fill("2")
    pruefe_barrierefreiheit(page)
    page.get_by_role("button", name="Speichern", exact=True).click()
    expect(page.locator("main")).to_contain_text("Der Beschluss ist festgehalten.")
    expect(page.locator("main")).to_contain_text(
        f"{BESCHLUSS} (TOP 2 „Ferienprogramm Sommer“) – 7 ja, 1 nein, 2 Enthaltungen"
    )

    page.get_by_role("link", name="Aufgabe festhalten").click()
    expect(_h1(page)).to_have_text("Aufgabe festhalten")
    page.get_by_label("zu TOP").select_option(label="TOP 2: Ferienprogramm Sommer")
    page.get_by_label("Was ist zu tun?").fill(AUFGABE)
    page.get_by_label("wer (Person)").select_option(label="Fatma Yılmaz")
    page.get_by_label("bis wann").fill("2026-12-15")
    pruefe_barrierefreiheit(page)
    page.get_by_role("button", name="Speichern", exact=True).click()
    expect(page.locator("main")).to_contain_text("Die Aufgabe ist festgehalten.")
    expect(page.locator("#aufgaben + .aufgaben")).to_contain_text(
        f"{AUFGABE} Fatma Yılmaz · bis 15.12.2026"
    )

    # Release: afterwards no release button, version 1.
    page.get_by_role("button", name="Protokoll freigeben").click()
    expect(page.locator("main")).to_contain_text("Das Protokoll ist freigegeben")
    expect(page.locator("main")).to_contain_text("Freigegeben, Version 1.")
    expect(page.get_by_role("button", name="Protokoll freigeben")).to_have_count(0)
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "gremien-sitzung-mit-protokoll")

    # Print views.
    page.get_by_role("link", name="Einladung drucken").click()
    expect(_h1(page)).to_have_text("Einladung: Sitzung am 01.12.2026")
    expect(page.locator("table")).to_contain_text("Ferienprogramm Sommer")
    pruefe_barrierefreiheit(page)
    page.goto(sitzung_url)
    page.get_by_role("link", name="Protokoll drucken").click()
    expect(_h1(page)).to_have_text("Protokoll: Sitzung am 01.12.2026")
    druck = page.locator("main")
    expect(druck).to_contain_text("freigegeben, Version 1")
    anwesend = druck.locator("dt", has_text="Anwesend").locator("xpath=following-sibling::dd[1]")
    for name in ("Greta Lorenz", "Fatma Yılmaz", "Petra Muster (Polizei, Kontaktbereich)"):
        expect(anwesend).to_contain_text(name)
    expect(anwesend).not_to_contain_text("Jonas")
    entschuldigt = druck.locator("dt", has_text="Entschuldigt")
    expect(entschuldigt.locator("xpath=following-sibling::dd[1]")).to_have_text("Jonas Berg")
    expect(druck.locator("strong", has_text="drei Wochen")).to_be_visible()
    expect(druck).to_contain_text(BESCHLUSS)
    expect(druck).to_contain_text(AUFGABE)
    pruefe_barrierefreiheit(page)

    # The next Sitzung brings the open task back onto the agenda.
    naechste = SitzungFactory(gremium=ag["gremium"], datum=datetime.date(2027, 1, 12))
    page.goto(live_server.url + ag["gremium"].get_absolute_url())
    page.get_by_role("link", name=re.compile(r"12\. Januar 2027")).click()
    expect(_h1(page)).to_have_text("Sitzung am 12.01.2027")
    offen = page.locator(".offene-aufgaben")
    expect(offen.get_by_role("heading", name="Offene Aufgaben (1)")).to_be_visible()
    expect(offen).to_contain_text(AUFGABE)
    expect(offen).to_contain_text("aus der Sitzung vom 1.12.2026")
    pruefe_barrierefreiheit(page)
    page.goto(f"{live_server.url}/gremien/sitzung/{naechste.pk}/einladung/drucken/")
    expect(page.locator("main")).to_contain_text(AUFGABE)

    # Fatma, in her own browser context, reads the minutes and ticks off her task.
    kontext = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    kontext.set_default_timeout(10_000)
    mitglied = kontext.new_page()
    try:
        anmelden(mitglied, live_server, ag["fatma"])
        arbeit = mitglied.get_by_role("region", name="Meine Gremienarbeit")
        expect(arbeit).to_contain_text(AUFGABE)
        expect(arbeit).to_contain_text("bis 15.12.2026")
        pruefe_barrierefreiheit(mitglied)
        bildschirmfoto(mitglied, "gremien-startseite")
        mitglied.goto(sitzung_url)
        expect(mitglied.locator(".top__protokoll strong", has_text="drei Wochen")).to_be_visible()
        expect(mitglied.locator("main")).to_contain_text("7 ja, 1 nein, 2 Enthaltungen")
        expect(mitglied.locator("main")).to_contain_text(BESCHLUSS)
        expect(mitglied.locator("main")).to_contain_text(AUFGABE)
        expect(mitglied.get_by_role("link", name="Protokoll schreiben")).to_have_count(0)
        pruefe_barrierefreiheit(mitglied)

        mitglied.goto(live_server.url)
        arbeit.get_by_role("button", name=re.compile("erledigt")).click()
        expect(mitglied.locator("main")).to_contain_text("Aufgabe: erledigt.")
        assert Aufgabe.objects.get(was=AUFGABE).status == Aufgabe.Status.ERLEDIGT
        mitglied.goto(live_server.url)
        expect(mitglied.locator("main")).not_to_contain_text(AUFGABE)
        mitglied.goto(sitzung_url)
        expect(mitglied.locator("#aufgaben + .aufgaben")).to_contain_text(
            f"{AUFGABE} Fatma Yılmaz · bis 15.12.2026 · aus der Sitzung vom 1.12.2026 · erledigt"
        )

        # Calendar subscription: a personal feed address.
        _hauptnavigation(mitglied, "Gremien")
        mitglied.get_by_role("link", name=re.compile("im eigenen Kalender abonnieren")).click()
        expect(_h1(mitglied)).to_have_text("Kalender abonnieren")
        token = Kalenderzugang.objects.get(user=ag["fatma"]).token
        feed = f"{live_server.url}/gremien/kalender/{token}/meine.ics"
        expect(mitglied.locator("code").first).to_have_text(feed)
        pruefe_barrierefreiheit(mitglied)
        antwort = mitglied.request.get(feed)
        assert antwort.ok and "BEGIN:VCALENDAR" in antwort.text()
        assert f"UID:{sitzung.uid}@sozialraum-register" in antwort.text()
    finally:
        kontext.close()


def test_aussenstehende_sehen_das_gremium_nicht(page, live_server, ag):
    sitzung = SitzungFactory(gremium=ag["gremium"], datum=datetime.date(2026, 12, 1))
    anmelden(page, live_server, ag["otto"])
    _hauptnavigation(page, "Gremien")
    expect(_h1(page)).to_have_text("Gremien")
    expect(page.locator("main")).to_contain_text("Stadtteiltisch Hafen")
    expect(page.locator("main")).not_to_contain_text(GREMIUM)
    pruefe_barrierefreiheit(page)
    for url in (ag["gremium"].get_absolute_url(), sitzung.get_absolute_url()):
        antwort = page.goto(live_server.url + url)
        assert antwort.status == 404, url
        expect(_h1(page)).to_have_text("Seite nicht gefunden")
        expect(page.locator("main")).not_to_contain_text(GREMIUM)
        pruefe_barrierefreiheit(page)
