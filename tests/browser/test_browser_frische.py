"""Aktualität in the browser: Rita (Redaktion of Kinderhaus Regenbogen) opens the dashboard,
finds her stale Krabbelgruppe at the top and confirms it with one click, "Noch aktuell".
"""

import datetime

from guardian.shortcuts import assign_perm
from playwright.sync_api import expect

from sozialraum.zugang.rollen import TRAEGER_REDAKTION
from tests.browser.conftest import anmelden, pruefe_barrierefreiheit
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory, UserFactory


def test_redaktion_bestaetigt_ein_veraltetes_angebot(page, live_server):
    kinderhaus = TraegerFactory(name="Kinderhaus Regenbogen e.V.")
    ort = EinrichtungFactory(traeger=kinderhaus, name="Kinderhaus am Park")
    AngebotFactory(titel="Offener Treff", einrichtungen=[EinrichtungFactory()])
    krabbelgruppe = AngebotFactory(
        titel="Krabbelgruppe",
        traeger=kinderhaus,
        einrichtungen=[ort],
        zuletzt_geprueft=datetime.date(2020, 3, 1),
    )
    rita = UserFactory(
        username="rita", first_name="Rita", last_name="Roth", rolle=TRAEGER_REDAKTION
    )
    assign_perm("traeger.change_traeger", rita, kinderhaus)

    anmelden(page, live_server, rita)
    page.get_by_role("link", name="Aktualität").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aktualität der Angebote")
    pruefe_barrierefreiheit(page)
    liste = page.get_by_role("table", name="Veraltete Angebote", exact=True)
    expect(liste.get_by_role("row").nth(1)).to_contain_text("Krabbelgruppe")

    liste.get_by_role("link", name="Krabbelgruppe").click()
    expect(page.locator(".frische")).to_contain_text("zuletzt geprüft vor")
    page.get_by_role("button", name="Noch aktuell").click()

    expect(page.locator(".meldungen[role=status]")).to_contain_text(
        "„Krabbelgruppe“ ist als noch aktuell bestätigt."
    )
    expect(page.locator(".frische")).to_have_text("diesen Monat geprüft")
    expect(page.get_by_text("von Rita Roth")).to_be_visible()
    pruefe_barrierefreiheit(page)
    krabbelgruppe.refresh_from_db()
    assert krabbelgruppe.geprueft_von == rita
