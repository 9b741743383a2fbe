"""The Koordination's everyday fixes in the browser: the next date proposed from the
Gremium's rhythm, the confirm steps before inviting to a past meeting and releasing the
minutes of a future one, TOP numbers with sub-items on a phone.

AG 78 Lindenhof meets on the first Tuesday of the month; Greta coordinates it, Fatma is a
member. Dates lie far in the past (2020) or future (2099), whatever today is.
"""

import datetime

from playwright.sync_api import expect

from gremien.models import Sitzung, Tagesordnungspunkt
from sozialraum.zugang.rollen import FACHKRAFT, GREMIUM_KOORDINATION
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import GremiumFactory, MitgliedschaftFactory, SitzungFactory, UserFactory

HANDY = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def _ag():
    gremium = GremiumFactory(
        name="AG 78 Lindenhof",
        rhythmus="jeden ersten Dienstag im Monat, 9:30–11 Uhr",
        rhythmus_regel="monatlich",
        rhythmus_nte=1,
        rhythmus_wochentag=1,
    )
    greta = UserFactory(
        username="greta",
        first_name="Greta",
        last_name="Lorenz",
        rolle=GREMIUM_KOORDINATION,
        email="greta@example.org",
    )
    fatma = UserFactory(
        username="fatma",
        first_name="Fatma",
        last_name="Yılmaz",
        rolle=FACHKRAFT,
        email="fatma@example.org",
    )
    MitgliedschaftFactory(gremium=gremium, person=greta, rolle="koordination")
    MitgliedschaftFactory(gremium=gremium, person=fatma)
    return gremium, greta


def _h1(page):
    return page.get_by_role("heading", level=1)


def test_naechster_termin_aus_dem_rhythmus(page, live_server):
    gremium, greta = _ag()
    SitzungFactory(gremium=gremium, datum=datetime.date(2099, 3, 3), beginn="09:30", ende="11:00")
    anmelden(page, live_server, greta)
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + gremium.get_absolute_url())
    page.get_by_role("link", name="Sitzung planen").click()
    expect(_h1(page)).to_have_text("Sitzung planen")
    expect(page.get_by_label("Datum")).to_have_value("2099-04-07")
    expect(page.get_by_label("Beginn")).to_have_value("09:30")
    expect(page.get_by_label("Ende")).to_have_value("11:00")
    expect(page.locator("main")).to_contain_text(
        "Vorschlag nach dem Rhythmus (am ersten Dienstag im Monat): Dienstag, 7. April 2099."
    )
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "gremien-alltag-termin-vorschlag")
    page.get_by_label("Ort (Freitext)").fill("Stadtteiltreff Lindenhof")
    page.get_by_role("button", name="Speichern", exact=True).click()
    expect(_h1(page)).to_have_text("Sitzung am 07.04.2099")
    expect(page.locator("main")).to_contain_text("Dienstag, 7. April 2099, 09:30–11:00 Uhr")


def test_einladung_fuer_vergangene_sitzung_mit_rueckfrage(page, live_server):
    gremium, greta = _ag()
    sitzung = SitzungFactory(gremium=gremium, datum=datetime.date(2020, 3, 3))
    neu = Tagesordnungspunkt.objects.create
    neu(sitzung=sitzung, titel="Begrüßung", position=1)
    berichte = neu(sitzung=sitzung, titel="Berichte aus den Einrichtungen", position=2)
    neu(sitzung=sitzung, titel="Verschiedenes", position=3)
    neu(sitzung=sitzung, titel="Jugendclub", position=3, eltern=berichte)
    neu(sitzung=sitzung, titel="Kinderhaus", position=1, eltern=berichte)
    anmelden(page, live_server, greta)

    # On a phone: the agenda numbered with its sub-items right under their main item.
    page.set_viewport_size(HANDY)
    page.goto(live_server.url + sitzung.get_absolute_url())
    nummern = page.locator(".tagesordnung .top__nummer")
    expect(nummern).to_have_text(["TOP 1", "TOP 2", "TOP 2.1", "TOP 2.2", "TOP 3"])
    expect(page.locator(".tagesordnung .top__titel").nth(2)).to_have_text("Kinderhaus")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "gremien-alltag-sitzung-handy")

    for groesse, name in ((HANDY, "handy"), (DESKTOP, "desktop")):
        page.set_viewport_size(groesse)
        page.goto(live_server.url + sitzung.get_absolute_url())
        page.get_by_role("button", name="Einladung per E-Mail senden").click()
        expect(_h1(page)).to_have_text("Einladung senden?")
        expect(page.get_by_role("alert")).to_contain_text(
            "Die Sitzung am 03.03.2020 liegt in der Vergangenheit."
        )
        pruefe_barrierefreiheit(page)
        bildschirmfoto(page, f"gremien-alltag-einladung-rueckfrage-{name}")
    # No: back to the meeting, nothing sent.
    page.get_by_role("link", name="Nein, zurück zur Sitzung").click()
    expect(_h1(page)).to_have_text("Sitzung am 03.03.2020")
    sitzung.refresh_from_db()
    assert sitzung.status == Sitzung.Status.GEPLANT
    # Yes: sent.
    page.get_by_role("button", name="Einladung per E-Mail senden").click()
    page.get_by_role("button", name="Ja, trotzdem einladen").click()
    expect(page.locator("main")).to_contain_text("Die Einladung ist an 2 Mitglieder verschickt.")
    sitzung.refresh_from_db()
    assert sitzung.status == Sitzung.Status.EINGELADEN


def test_freigabe_vor_der_sitzung_mit_einer_rueckfrage(page, live_server):
    gremium, greta = _ag()
    sitzung = SitzungFactory(gremium=gremium, datum=datetime.date(2099, 3, 3))
    Tagesordnungspunkt.objects.create(
        sitzung=sitzung, titel="Begrüßung", position=1, protokoll="Alle sind da."
    )
    anmelden(page, live_server, greta)
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + sitzung.get_absolute_url())
    page.get_by_role("button", name="Protokoll freigeben").click()
    expect(_h1(page)).to_have_text("Protokoll freigeben?")
    expect(page.get_by_role("alert")).to_contain_text(
        "Die Sitzung am 03.03.2099 liegt in der Zukunft."
    )
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "gremien-alltag-freigabe-rueckfrage")
    page.get_by_role("button", name="Ja, trotzdem freigeben").click()
    # Released at once: no second question, the meeting counts as held.
    expect(page.locator("main")).to_contain_text("Das Protokoll ist freigegeben")
    expect(page.locator("main .ueberzeile")).to_contain_text("durchgeführt")
    expect(page.locator("main")).to_contain_text("Freigegeben, Version 1.")
    pruefe_barrierefreiheit(page)
