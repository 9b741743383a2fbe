"""The Regionalräume's budgets in the browser: Andrea (Jugendamt-Administration) reads the year
overview with its warning, opens Nord's month table, raises Nord's budget and books a payout,
and sees what is still to pay out go down; the pages on a phone (390 px) too.
"""

import datetime
from decimal import Decimal

from playwright.sync_api import expect

from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION
from sozialraumarbeit.models import Massnahme
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import BudgetFactory, RegionalraumFactory, UserFactory, massnahme_mit_plan

HANDY = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
JAHR = 2026


def _stadt():
    nord = RegionalraumFactory(schluessel="01", name="Nord")
    ost = RegionalraumFactory(schluessel="02", name="Ost", jugendamt=nord.jugendamt)
    BudgetFactory(regionalraum=nord, jahr=JAHR, betrag=Decimal("24000.00"))
    BudgetFactory(regionalraum=ost, jahr=JAHR, betrag=Decimal("20000.00"))
    plan = {datetime.date(JAHR, m, 1): Decimal("1500.00") for m in range(1, 13)}
    sport = massnahme_mit_plan(nord, Massnahme.Status.LAEUFT, plan, titel="Sport im Park")
    plan = {datetime.date(JAHR, m, 1): Decimal("1550.00") for m in range(1, 13)}
    massnahme_mit_plan(ost, Massnahme.Status.LAEUFT, plan, titel="Mobile Jugendarbeit")
    return nord, sport


def test_budget_uebersicht_festlegen_und_auszahlung(page, live_server):
    _nord, sport = _stadt()
    andrea = UserFactory(
        username="andrea", first_name="Andrea", last_name="Albrecht", rolle=JUGENDAMT_ADMINISTRATION
    )
    anmelden(page, live_server, andrea)
    page.set_viewport_size(DESKTOP)

    page.goto(f"{live_server.url}/budget/{JAHR}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Budgets der Regionalräume {JAHR}")
    tabelle = page.get_by_role("table", name=f"Budgets der Regionalräume {JAHR}")
    expect(tabelle.get_by_role("row", name="Ost")).to_contain_text("noch 7 % frei")
    expect(tabelle.get_by_role("row", name="Summe")).to_contain_text("44.000,00 €")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "budget_uebersicht")

    tabelle.get_by_role("link", name="Nord").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Regionalraum Nord")
    monate = page.get_by_role("table", name=f"Budget Nord {JAHR} nach Monaten")
    expect(monate.get_by_role("row", name=f"März {JAHR}")).to_contain_text("19.500,00 €")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "budget_regionalraum")

    page.get_by_role("link", name="Budget ändern").click()
    page.get_by_label("Budget (€)").fill("-1")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_text("Das Budget kann nicht negativ sein.").first).to_be_visible()
    pruefe_barrierefreiheit(page)
    page.get_by_label("Budget (€)").fill("30000")
    page.get_by_label("Notiz").fill("Beschluss des Jugendhilfeausschusses vom 12.11.")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_role("status")).to_contain_text("ist gespeichert: 30.000,00 €")
    kennzahlen = page.locator(".budget-kennzahlen")
    expect(kennzahlen).to_contain_text("noch auszuzahlen18.000,00 €")
    expect(page.get_by_text("geändert auf 30.000,00 €")).to_be_visible()

    page.get_by_role("link", name="Auszahlung buchen").click()
    page.get_by_role("combobox", name="Maßnahme").select_option(
        label=f"Sport im Park ({sport.traeger.name}, läuft)"
    )
    page.get_by_role("combobox", name="Monat").select_option(label=f"März {JAHR}")
    page.get_by_label("Betrag (€)").fill("20000")
    page.get_by_role("button", name="Buchen").click()
    expect(page.get_by_text("bestätigen Sie es bitte ausdrücklich").first).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "budget_auszahlung_fehler")
    page.get_by_label("Betrag (€)").fill("1500")  # the box stays unticked
    page.get_by_role("button", name="Buchen").click()
    expect(page.get_by_role("status")).to_contain_text("Gebucht: 1.500,00 € an „Sport im Park“")
    expect(kennzahlen).to_contain_text("noch auszuzahlen16.500,00 €")
    expect(monate.get_by_role("row", name=f"März {JAHR}")).to_contain_text("1.500,00 €")
    pruefe_barrierefreiheit(page)

    page.set_viewport_size(HANDY)
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "budget_regionalraum_handy")
    page.goto(f"{live_server.url}/budget/{JAHR}/")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "budget_uebersicht_handy")
