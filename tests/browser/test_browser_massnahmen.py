"""An SRAE measure in the browser, from the idea to its extension, each step by its role.

Nordstadt (Regionalraum) with the Sozialraum "Am Hafen": Rita keeps the Träger
"Hafenkinder e.V." (Träger-Redaktion), Karla coordinates "Am Hafen" and its Sozialraumteam
(Sozialraumkoordination), Lena coordinates the Lenkungsgruppe Nordstadt
(Gremium-Koordination), Vera is the Jugendamt-Administration.
"""

import datetime
import re
from decimal import Decimal

import pytest
from django.utils import timezone
from guardian.shortcuts import assign_perm
from playwright.sync_api import expect

from sozialraum.zugang import rollen
from sozialraumarbeit.models import Budget, Massnahme
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    GremiumFactory,
    MitgliedschaftFactory,
    RegionalraumFactory,
    SitzungFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)

TITEL = "Elterncafé am Hafen"
HANDY = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
JAHR = 2031


@pytest.fixture
def nordstadt():
    raum = RegionalraumFactory(name="Nordstadt")
    for jahr in (JAHR, JAHR + 1):
        Budget.objects.create(regionalraum=raum, jahr=jahr, betrag=Decimal("40000.00"))
    hafen = SozialraumFactory(name="Am Hafen", regionalraum=raum)
    traeger = TraegerFactory(name="Hafenkinder e.V.")
    rita = UserFactory(
        username="rita", first_name="Rita", last_name="Sommer", rolle=rollen.TRAEGER_REDAKTION
    )
    assign_perm("traeger.change_traeger", rita, traeger)
    karla = UserFactory(
        username="karla", first_name="Karla", last_name="Nowak", rolle=rollen.SOZIALRAUMKOORDINATION
    )
    assign_perm(rollen.KOORDINIEREN, karla, hafen)
    lena = UserFactory(
        username="lena", first_name="Lena", last_name="Brandt", rolle=rollen.GREMIUM_KOORDINATION
    )
    vera = UserFactory(
        username="vera",
        first_name="Vera",
        last_name="Amt",
        rolle=rollen.JUGENDAMT_ADMINISTRATION,
        is_staff=True,
    )
    team = GremiumFactory(name="Sozialraumteam Am Hafen", art="sozialraumteam", sozialraum=hafen)
    lenkung = GremiumFactory(
        name="Lenkungsgruppe Nordstadt", art="lenkungsgruppe", regionalraum=raum
    )
    MitgliedschaftFactory(gremium=team, person=karla, rolle="koordination")
    MitgliedschaftFactory(gremium=lenkung, person=lena, rolle="koordination")
    assign_perm("gremien.change_gremium", lena, lenkung)
    heute = timezone.localdate()
    SitzungFactory(gremium=team, datum=heute + datetime.timedelta(days=7))
    SitzungFactory(gremium=lenkung, datum=heute + datetime.timedelta(days=14))
    return {"rita": rita, "karla": karla, "lena": lena, "vera": vera, "team": team}


def _h1(page):
    return page.get_by_role("heading", level=1)


def _abmelden(page):
    page.get_by_role("button", name="Abmelden").click()


def _zur_massnahme(page, live_server):
    page.goto(f"{live_server.url}/massnahmen/")
    page.get_by_role("link", name=TITEL).click()
    expect(_h1(page)).to_have_text(TITEL)


def _speichern(page):
    page.get_by_role("button", name="Speichern").click()


def _beide_groessen(page, name):
    """axe at desktop and phone size, with a screenshot of each."""
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"massnahmen_{name}")
    page.set_viewport_size(HANDY)
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"massnahmen_{name}_handy")
    page.set_viewport_size(DESKTOP)


def test_massnahme_von_der_idee_bis_zur_verlaengerung(page, live_server, nordstadt):
    # Rita drafts the idea for her Träger.
    anmelden(page, live_server, nordstadt["rita"])
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Maßnahmen"
    ).click()
    expect(_h1(page)).to_have_text("Maßnahmen")
    page.get_by_role("link", name="Neue Maßnahme").click()
    expect(_h1(page)).to_have_text("Neue Maßnahme")
    _beide_groessen(page, "entwurf")
    page.get_by_label("Titel").fill(TITEL)
    page.get_by_label("federführender Träger").select_option(label="Hafenkinder e.V.")
    page.get_by_label("Sozialräume").select_option(label="Am Hafen (Nordstadt)")
    page.get_by_label("Bedarf").fill("Junge Eltern im Hafenviertel finden kaum Anschluss.")
    page.get_by_role("textbox", name="Ziele", exact=True).fill(
        "Ein offener Treff an zwei Nachmittagen je Woche."
    )
    page.get_by_label("Überprüfung der Ziele").fill("Besuche zählen, Befragung nach sechs Monaten.")
    page.get_by_label("beantragte Summe (€)").fill("12000.00")
    page.get_by_label("Name (Partner 1)").fill("Grundschule am Hafen")
    page.get_by_label("Art (Partner 1)").select_option(label="Schule")
    page.get_by_label("Rolle in der Maßnahme (Partner 1)").fill("Räume und Elternabende")
    page.get_by_label("Gleichmäßig verteilen ab Monat").fill(f"{JAHR}-01")
    page.get_by_label("über wie viele Monate").fill("12")
    _speichern(page)
    expect(_h1(page)).to_have_text(TITEL)
    expect(page.get_by_text("Idee", exact=True).first).to_be_visible()
    expect(page.get_by_text("Grundschule am Hafen")).to_be_visible()
    _abmelden(page)

    # Karla puts it on the Sozialraumteam's agenda and records the discussion.
    anmelden(page, live_server, nordstadt["karla"])
    page.goto(f"{live_server.url}/massnahmen/")
    expect(page.get_by_text("Gezeigt werden die Maßnahmen der Sozialräume")).to_be_visible()
    _beide_groessen(page, "liste")
    page.get_by_role("link", name=TITEL).click()
    page.get_by_role("link", name="Auf die Tagesordnung einer Sitzung setzen").click()
    expect(_h1(page)).to_have_text("Auf die Tagesordnung setzen")
    page.get_by_label("Sitzung").select_option(index=0)
    pruefe_barrierefreiheit(page)
    _speichern(page)
    expect(page.get_by_text("steht jetzt auf der Tagesordnung")).to_be_visible()
    # The minutes point at the measure.
    page.get_by_role("link", name=re.compile("Sozialraumteam Am Hafen, .*Maßnahme beraten")).click()
    expect(page.get_by_role("link", name=re.compile(f"Maßnahme: {TITEL}"))).to_be_visible()
    page.get_by_role("link", name=re.compile(f"Maßnahme: {TITEL}")).click()
    page.get_by_role("link", name="Beratung im Sozialraumteam festhalten").click()
    page.get_by_label("Beraten unter").select_option(index=0)
    page.get_by_label("Ergebnis der Beratung").fill("Das Team unterstützt die Idee einstimmig.")
    _beide_groessen(page, "beraten")
    _speichern(page)
    expect(page.get_by_text("ist jetzt „im Sozialraumteam beraten“")).to_be_visible()
    _abmelden(page)

    # Lena takes it to the Lenkungsgruppe, records the Beschluss and the recommendation.
    anmelden(page, live_server, nordstadt["lena"])
    _zur_massnahme(page, live_server)
    page.get_by_role("link", name="Auf die Tagesordnung einer Sitzung setzen").click()
    expect(page.get_by_label("Sitzung")).to_contain_text("Lenkungsgruppe Nordstadt")
    page.get_by_label("Sitzung").select_option(index=0)
    _speichern(page)
    page.get_by_role(
        "link", name=re.compile("Lenkungsgruppe Nordstadt, .*Maßnahme beraten")
    ).click()
    page.get_by_role("link", name="Beschluss festhalten").click()
    # Its only agenda item: numbered as everywhere (gremien/protokoll.py).
    page.get_by_label("zu TOP").select_option(label=f"TOP 1: Maßnahme beraten: {TITEL}")
    page.get_by_label("Beschluss").fill("Die Lenkungsgruppe empfiehlt das Elterncafé.")
    _speichern(page)
    page.get_by_role("link", name=re.compile(f"Maßnahme: {TITEL}")).click()
    page.get_by_role("link", name="Entscheidung der Lenkungsgruppe festhalten").click()
    page.get_by_label("empfohlen", exact=True).check()
    page.get_by_role("combobox", name="Beschluss").select_option(index=0)
    _beide_groessen(page, "entscheiden")
    _speichern(page)
    expect(page.get_by_text("ist jetzt „Lenkungsgruppe: empfohlen“")).to_be_visible()
    _abmelden(page)

    # Vera agrees it: the period is proposed from the month plan.
    anmelden(page, live_server, nordstadt["vera"])
    _zur_massnahme(page, live_server)
    page.get_by_role("link", name="Vereinbaren").click()
    expect(page.get_by_label("Beginn")).to_have_value(f"{JAHR}-01-01")
    expect(page.get_by_label("Ende")).to_have_value(f"{JAHR}-12-31")
    _beide_groessen(page, "vereinbaren")
    _speichern(page)
    expect(page.get_by_text(f"Evaluation fällig am 30.11.{JAHR}")).to_be_visible()
    _abmelden(page)

    # Rita notes the start and, later, the evaluation.
    anmelden(page, live_server, nordstadt["rita"])
    _zur_massnahme(page, live_server)
    page.get_by_role("link", name="Start festhalten").click()
    _speichern(page)
    page.get_by_role("link", name="Evaluieren").click()
    page.get_by_label("Ziele teilweise erreicht").check()
    page.get_by_label("Was wurde gelernt?").fill("Nachmittags kommen viele, abends kaum jemand.")
    _beide_groessen(page, "evaluieren")
    _speichern(page)
    expect(page.get_by_text("ist jetzt „evaluiert“")).to_be_visible()
    expect(page.get_by_role("link", name="Verlängern")).to_have_count(0)  # the administration's
    _abmelden(page)

    # Vera extends it once by twelve months.
    anmelden(page, live_server, nordstadt["vera"])
    _zur_massnahme(page, live_server)
    page.get_by_role("link", name="Verlängern").click()
    expect(page.get_by_label("neues Ende")).to_have_value(f"{JAHR + 1}-12-31")
    page.get_by_label("zusätzliche Summe (€)").fill("6000.00")
    _beide_groessen(page, "verlaengern")
    _speichern(page)
    expect(page.get_by_text("ist jetzt „verlängert“")).to_be_visible()

    # The timeline tells the whole way, with who and where.
    verlauf = page.locator(".zeitleiste")
    for schritt in (
        "Idee",
        "im Sozialraumteam beraten",
        "Lenkungsgruppe: empfohlen",
        "vereinbart",
        "läuft",
        "evaluiert",
        "verlängert",
    ):
        expect(verlauf.get_by_text(schritt, exact=True)).to_be_visible()
    expect(verlauf.get_by_text("von Karla Nowak")).to_be_visible()
    expect(verlauf.get_by_role("link", name="Beschluss")).to_be_visible()
    page.get_by_role("heading", name="Verlauf").scroll_into_view_if_needed()
    _beide_groessen(page, "verlauf")

    massnahme = Massnahme.objects.get(titel=TITEL)
    assert massnahme.status == Massnahme.Status.VERLAENGERT
    assert massnahme.ende == datetime.date(JAHR + 1, 12, 31)
    assert massnahme.beantragte_summe == Decimal("18000.00")
    assert massnahme.monatsplan.count() == 24
