"""The end of a login in the browser: the warning before it, and no typed text lost after it.

The page's clock is Playwright's (``page.clock``): fast-forwarding it fires sitzung.js's
timers at once, while the server's idle time is moved by writing the session row directly,
so no test waits 28 minutes.
"""

import datetime
import re
from importlib import import_module

import pytest
from django.conf import settings
from django.utils import timezone
from guardian.shortcuts import assign_perm
from playwright.sync_api import expect

from angebote.models import Aenderungsvorschlag, Angebot
from gremien.models import Tagesordnungspunkt
from sozialraum.zugang import sitzung
from sozialraum.zugang.rollen import GREMIUM_KOORDINATION, TRAEGER_REDAKTION
from tests.browser.conftest import PASSWORT, anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    AngebotFactory,
    GremiumFactory,
    MitgliedschaftFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)

PROTOKOLL = (
    "Die Träger stellen ihre Ferienangebote vor.\n\n"
    "- Kinderhaus Lindenhof: drei Wochen im Juli\n- Jugendclub: Fahrt an die Ostsee"
)
BESCHREIBUNG = "Spielen, Singen und Turnen für die Kleinsten – jetzt auch donnerstags."
HANDY = {"width": 390, "height": 844}


@pytest.fixture
def ag():
    gremium = GremiumFactory(name="AG 78 Mitte")
    greta = UserFactory(
        username="greta", first_name="Greta", last_name="Lorenz", rolle=GREMIUM_KOORDINATION
    )
    MitgliedschaftFactory(gremium=gremium, person=greta, rolle="koordination")
    termin = SitzungFactory(gremium=gremium, datum=datetime.date(2026, 11, 3))
    top = Tagesordnungspunkt.objects.create(sitzung=termin, titel="Ferienprogramm", position=1)
    Tagesordnungspunkt.objects.create(sitzung=termin, titel="Verschiedenes", position=2)
    return {"greta": greta, "sitzung": termin, "top": top}


@pytest.fixture
def rita():
    kinderhaus = TraegerFactory(name="Kinderhaus Regenbogen e.V.")
    AngebotFactory(titel="Krabbelgruppe", beschreibung="Spielen und Singen.", traeger=kinderhaus)
    rita = UserFactory(
        username="rita", first_name="Rita", last_name="Roth", rolle=TRAEGER_REDAKTION
    )
    assign_perm("traeger.change_traeger", rita, kinderhaus)
    return rita


def _protokoll_url(live_server, ag) -> str:
    return f"{live_server.url}/gremien/sitzung/{ag['sitzung'].pk}/protokoll/"


def _sitzung(page):
    """The server-side session of the browser's login."""
    schluessel = next(
        c["value"] for c in page.context.cookies() if c["name"] == settings.SESSION_COOKIE_NAME
    )
    return import_module(settings.SESSION_ENGINE).SessionStore(session_key=schluessel)


def _verschieben(page, schluessel: str, sekunden_her: float) -> None:
    """Set a time in the browser's session to ``sekunden_her`` seconds ago."""
    s = _sitzung(page)
    s[schluessel] = timezone.now().timestamp() - sekunden_her
    s.save()


def _bis_kurz_vor_dem_ende(page) -> None:
    """Let the page's clock run to the moment sitzung.js asks the server (28 min later)."""
    page.clock.fast_forward("28:30")


def _neu_anmelden(page, user) -> None:
    page.get_by_label("Benutzername").fill(user.username)
    page.get_by_label("Passwort").fill(PASSWORT)
    page.get_by_role("button", name="Anmelden").click()


def _schauen(page, name: str) -> None:
    bildschirmfoto(page, name)
    vorher = page.viewport_size
    page.set_viewport_size(HANDY)
    bildschirmfoto(page, f"{name}-handy")
    page.set_viewport_size(vorher)


def test_warnung_vor_dem_leerlauf_und_verlaengern_mit_der_tastatur(page, live_server, ag):
    page.clock.install()
    anmelden(page, live_server, ag["greta"])
    page.goto(_protokoll_url(live_server, ag))
    feld = page.get_by_label("Ferienprogramm")
    feld.fill("Erste Notizen")
    warnung = page.get_by_role("alertdialog", name="Ihre Sitzung endet bald")
    expect(warnung).to_be_hidden()

    _verschieben(page, sitzung.ZULETZT_AKTIV, settings.SESSION_IDLE_TIMEOUT - 100)
    _bis_kurz_vor_dem_ende(page)

    expect(warnung).to_be_visible()
    expect(warnung).to_have_attribute("aria-describedby", "sitzung-text")
    expect(warnung.locator("#sitzung-text")).to_contain_text(
        re.compile(r"Um \d\d:\d\d Uhr werden Sie deshalb abgemeldet")
    )
    expect(warnung.get_by_role("timer")).to_have_text(re.compile(r"Noch 1:\d\d Minuten"))
    knopf = warnung.get_by_role("button", name="Sitzung verlängern")
    expect(knopf).to_be_focused()  # a keyboard or screen-reader user is right there
    pruefe_barrierefreiheit(page)
    _schauen(page, "sitzungsende-warnung")

    # Tab away and back, then Enter: no mouse needed.
    page.keyboard.press("Tab")
    expect(knopf).not_to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(knopf).to_be_focused()
    vorher = _sitzung(page)[sitzung.ZULETZT_AKTIV]
    page.keyboard.press("Enter")

    expect(warnung).to_be_hidden()
    expect(feld).to_be_focused()  # back where she was typing
    expect(page.locator("#sitzung-ansage")).to_have_text("Ihre Sitzung ist verlängert.")
    assert _sitzung(page)[sitzung.ZULETZT_AKTIV] > vorher + 60
    expect(feld).to_have_value("Erste Notizen")


def test_warnung_nimmt_beim_tippen_keinen_buchstaben_weg(page, live_server, ag):
    page.clock.install()
    anmelden(page, live_server, ag["greta"])
    page.goto(_protokoll_url(live_server, ag))
    feld = page.get_by_label("Ferienprogramm")
    feld.click()
    _verschieben(page, sitzung.ZULETZT_AKTIV, settings.SESSION_IDLE_TIMEOUT - 100)
    # The server's answer waits until she is typing, so the warning comes mid-sentence.
    angefragt = []

    def festhalten(route):
        angefragt.append(route)

    page.route("**/sitzung/status/", festhalten)
    _bis_kurz_vor_dem_ende(page)
    page.keyboard.type("Wir sammeln ", delay=80)
    assert angefragt, "sitzung.js hat nicht nach der Restzeit gefragt"
    angefragt[0].continue_()
    page.unroute("**/sitzung/status/")
    page.keyboard.type("bis Freitag alle Angebote der Einrichtungen.", delay=80)

    expect(page.get_by_role("alertdialog")).to_be_visible()
    # No key landed on the button (a space there would have extended and closed it).
    expect(feld).to_have_value("Wir sammeln bis Freitag alle Angebote der Einrichtungen.")
    # After a pause in typing the focus moves to the button.
    expect(page.get_by_role("button", name="Sitzung verlängern")).to_be_focused()


def test_hoechstdauer_laesst_sich_nicht_verlaengern(page, live_server, ag):
    page.clock.install()
    anmelden(page, live_server, ag["greta"])
    page.goto(_protokoll_url(live_server, ag))
    _verschieben(page, sitzung.ANGEMELDET_UM, settings.SESSION_COOKIE_AGE - 100)
    _bis_kurz_vor_dem_ende(page)

    warnung = page.get_by_role("alertdialog", name=re.compile(r"Ihre Sitzung endet um \d\d:\d\d"))
    expect(warnung).to_be_visible()
    expect(warnung).to_contain_text("Nach 8 Stunden endet jede Anmeldung")
    expect(warnung.get_by_role("button", name="Sitzung verlängern")).to_have_count(0)
    verstanden = warnung.get_by_role("button", name="Verstanden")
    expect(verstanden).to_be_focused()
    pruefe_barrierefreiheit(page)
    page.keyboard.press("Escape")
    expect(warnung).to_be_hidden()


def test_protokoll_nach_ablauf_wieder_im_editor(page, live_server, ag):
    top = ag["top"]
    url = _protokoll_url(live_server, ag)
    anmelden(page, live_server, ag["greta"])
    page.goto(url)
    page.get_by_label("Ferienprogramm").fill(PROTOKOLL)
    page.get_by_label("Verschiedenes").fill("Nächste Sitzung im Jugendclub.")

    # She typed for more than 30 minutes without a request.
    _verschieben(page, sitzung.ZULETZT_AKTIV, settings.SESSION_IDLE_TIMEOUT + 60)
    page.get_by_role("button", name="Protokoll speichern").click()

    page.wait_for_url(re.compile(r"/anmelden/\?next="))
    expect(page.get_by_role("status")).to_contain_text(
        "ohne Aktivität abgemeldet. Bitte melden Sie sich erneut an. "
        "Ihre Eingaben sind nicht verloren"
    )
    top.refresh_from_db()
    assert top.protokoll == ""
    _neu_anmelden(page, ag["greta"])

    page.wait_for_url(url)
    expect(page.get_by_label("Ferienprogramm")).to_have_value(PROTOKOLL)
    expect(page.get_by_label("Verschiedenes")).to_have_value("Nächste Sitzung im Jugendclub.")
    hinweis = page.locator("#sitzung-eingaben")
    expect(hinweis).to_contain_text(
        re.compile(
            r"Ihre Eingaben von \d\d:\d\d Uhr wurden wiederhergestellt\. "
            r"Bitte prüfen und speichern Sie erneut\."
        )
    )
    expect(hinweis.get_by_text("sind aufbewahrt, stehen aber nicht im Formular")).to_be_hidden()
    top.refresh_from_db()
    assert top.protokoll == ""  # restored, not saved: she decides
    pruefe_barrierefreiheit(page)
    _schauen(page, "sitzungsende-protokoll-wiederhergestellt")

    page.get_by_role("button", name="Protokoll speichern").click()
    expect(page.get_by_role("status")).to_contain_text("Der Protokollentwurf ist gespeichert.")
    top.refresh_from_db()
    assert top.protokoll == PROTOKOLL.replace("\n", "\r\n")


def test_angebot_nach_ablauf_zurueck_und_die_konfliktpruefung_gilt(page, live_server, rita):
    angebot = Angebot.objects.get()
    url = f"{live_server.url}/angebote/{angebot.pk}/bearbeiten/"
    page.clock.install()
    anmelden(page, live_server, rita)
    page.goto(url)
    page.get_by_label("Beschreibung").fill(BESCHREIBUNG)

    # The login ends while she types; the page learns it when it asks before warning.
    _verschieben(page, sitzung.ZULETZT_AKTIV, settings.SESSION_IDLE_TIMEOUT + 60)
    _bis_kurz_vor_dem_ende(page)
    warnung = page.get_by_role("alertdialog", name="Ihre Sitzung ist abgelaufen")
    expect(warnung).to_contain_text("Ihre Eingaben auf dieser Seite gehen trotzdem nicht verloren")
    pruefe_barrierefreiheit(page)
    _schauen(page, "sitzungsende-abgelaufen")
    warnung.get_by_role("button", name="Verstanden").click()

    # Meanwhile the Jugendamt edits the same offer.
    angebot.refresh_from_db()
    angebot.titel = "Krabbelgruppe am Park"
    angebot.save()

    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    page.wait_for_url(re.compile(r"/anmelden/\?next="))
    expect(page.get_by_role("status")).to_contain_text(
        "Sie sind nicht mehr angemeldet. Ihre Eingaben sind nicht verloren"
    )
    _neu_anmelden(page, rita)

    page.wait_for_url(url)
    expect(page.get_by_label("Beschreibung")).to_have_value(BESCHREIBUNG)
    expect(page.locator("#sitzung-eingaben")).to_contain_text("wurden wiederhergestellt")
    assert not Aenderungsvorschlag.objects.exists()
    pruefe_barrierefreiheit(page)
    _schauen(page, "sitzungsende-angebot-wiederhergestellt")

    # Saving again meets the conflict check with the version she had loaded.
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    expect(page.get_by_role("alert")).to_contain_text("Nicht gespeichert: jemand war schneller")
    expect(page.get_by_label("Beschreibung")).to_have_value(BESCHREIBUNG)
    assert not Aenderungsvorschlag.objects.exists()
