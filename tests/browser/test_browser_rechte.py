"""Rights in the browser.

Rita (Träger-Redaktion of Kinderhaus Regenbogen) corrects her Einrichtung and adds an
Ansprechperson; Andrea (Jugendamt-Administration) gives a new colleague a Träger on the
rights screen, found by typing; Kemal (Sozialraumkoordination Nord) confirms an offer in
his Sozialraum as "Noch aktuell". Every page is checked with axe and photographed.
"""

import datetime
import re

from guardian.shortcuts import assign_perm
from playwright.sync_api import expect

from sozialraum.zugang.rollen import (
    JUGENDAMT_ADMINISTRATION,
    KOORDINIEREN,
    SOZIALRAUMKOORDINATION,
    TRAEGER_REDAKTION,
    sozialraeume_von,
)
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    QuartierFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import Ansprechperson


def test_redaktion_pflegt_einrichtung_und_ansprechperson(page, live_server):
    kinderhaus = TraegerFactory(name="Kinderhaus Regenbogen e.V.")
    ort = EinrichtungFactory(traeger=kinderhaus, name="Kinderhaus am Park")
    QuartierFactory(name="Marktplatz", sozialraum__name="Altstadt-Nord")
    rita = UserFactory(
        username="rita", first_name="Rita", last_name="Roth", rolle=TRAEGER_REDAKTION
    )
    assign_perm("traeger.change_traeger", rita, kinderhaus)

    anmelden(page, live_server, rita)
    page.goto(f"{live_server.url}{kinderhaus.get_absolute_url()}")
    expect(page.get_by_role("link", name="Träger bearbeiten")).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "rechte_traegerseite_redaktion")

    page.get_by_role("link", name=re.compile(r"bearbeiten\s*: Kinderhaus am Park")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Einrichtung bearbeiten: Kinderhaus am Park"
    )
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "rechte_einrichtung_formular")
    page.get_by_label("Quartier").select_option(label="Marktplatz")
    page.get_by_label("Öffnungszeiten").fill("Mo–Fr 14–18 Uhr")
    page.locator("#id_barrierefrei").select_option(label="barrierefrei")
    page.get_by_role("button", name="Speichern").click()

    expect(page.get_by_role("status")).to_contain_text("Die Einrichtung ist gespeichert.")
    expect(page.get_by_text("Mo–Fr 14–18 Uhr")).to_be_visible()
    expect(page.locator(".frische")).to_have_text("diesen Monat geprüft")
    pruefe_barrierefreiheit(page)

    page.get_by_role("link", name="Ansprechperson hinzufügen").click()
    expect(page.get_by_text("ohne Einwilligung nur intern")).to_be_visible()
    page.get_by_label("Name").fill("Selin Yilmaz")
    page.get_by_label("Funktion").fill("Leitung")
    page.get_by_label("Telefon").fill("0391 555 12")
    page.get_by_label("öffentlich sichtbar").check()
    page.get_by_role("button", name="Speichern").click()
    # Public without a recorded consent is refused, with the reason at the field (and in
    # the error summary at the top).
    fehler = "Öffentlich nur mit dem Datum der Einwilligung."
    expect(page.locator(".formfeld--fehler").get_by_text(fehler)).to_be_visible()
    expect(page.locator(".fehleruebersicht")).to_contain_text(fehler)
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "rechte_ansprechperson_einwilligung")
    page.get_by_label("Einwilligung am").fill("2026-01-05")
    page.get_by_label("Umfang der Einwilligung").fill("Name, Funktion und Dienst-Telefon")
    page.get_by_role("button", name="Speichern").click()

    expect(page.get_by_role("status")).to_contain_text("„Selin Yilmaz“ ist als Ansprechperson")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kinderhaus am Park")
    expect(page.get_by_text("Selin Yilmaz", exact=True)).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "rechte_einrichtung_gespeichert")
    person = Ansprechperson.objects.get(name="Selin Yilmaz")
    assert person.einrichtung == ort and person.oeffentlich
    assert person.einwilligung_am == datetime.date(2026, 1, 5)


def test_verwaltung_gibt_neuer_kollegin_einen_traeger(page, live_server):
    for i in range(30):
        TraegerFactory(name=f"Sportverein {i:02d} e.V.")
    kinderhaus = TraegerFactory(name="Kinderhaus Regenbogen e.V.")
    andrea = UserFactory(
        username="andrea",
        first_name="Andrea",
        last_name="Albrecht",
        rolle=JUGENDAMT_ADMINISTRATION,
        is_staff=True,
    )
    nina = UserFactory(username="nina", first_name="Nina", last_name="Neumann")
    for name, raeume in (("Nord", ["Altstadt-Nord", "Hafenviertel"]), ("Ost", ["Oststadt"])):
        for raum in raeume:
            SozialraumFactory(name=raum, regionalraum__name=name, regionalraum__schluessel=name)

    anmelden(page, live_server, andrea)
    page.get_by_role("link", name="Rechte", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rechte vergeben")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "rechte_liste")

    page.get_by_role("link", name="Nina Neumann").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nina Neumann")
    expect(page.get_by_text("Sie pflegt keinen Träger.")).to_be_visible()
    pruefe_barrierefreiheit(page)
    # Typing finds the Träger (htmx), without a select of every Träger in the city.
    page.get_by_label("Name oder Trägernummer").press_sequentially("regenbogen", delay=30)
    hinzufuegen = page.get_by_role(
        "button", name=re.compile(r"hinzufügen\s*: Kinderhaus Regenbogen e\.V\.")
    )
    expect(hinzufuegen).to_be_visible()
    assert page.locator("option").count() < 50
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "rechte_person_suche")
    hinzufuegen.click()

    expect(page.get_by_role("status")).to_contain_text(
        "pflegt den Träger „Kinderhaus Regenbogen e.V.“"
    )
    traeger_liste = page.locator("section").filter(has=page.locator("#traeger"))
    expect(traeger_liste.get_by_role("link", name="Kinderhaus Regenbogen e.V.")).to_be_visible()
    expect(page.get_by_label("Träger-Redaktion", exact=False)).to_be_checked()
    expect(
        page.get_by_role("cell", name="pflegt den Träger „Kinderhaus Regenbogen e.V.“")
    ).to_be_visible()
    pruefe_barrierefreiheit(page)

    page.get_by_role("group", name="Nord").get_by_label("Altstadt-Nord").check()
    page.get_by_role("button", name="Sozialräume speichern").click()
    expect(page.get_by_role("status")).to_contain_text(
        "Rolle „Sozialraumkoordination“ vergeben; koordiniert den Sozialraum „Altstadt-Nord“."
    )
    expect(page.get_by_label("Altstadt-Nord")).to_be_checked()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "rechte_person_gespeichert")
    nina.refresh_from_db()
    assert nina.has_perm("traeger.change_traeger", kinderhaus)
    assert [s.name for s in sozialraeume_von(nina)] == ["Altstadt-Nord"]


def test_koordination_bestaetigt_angebot_ihres_sozialraums(page, live_server):
    quartier = QuartierFactory(name="Marktplatz", sozialraum__name="Altstadt-Nord")
    ort = EinrichtungFactory(name="Stadtteiltreff Altstadt", quartier=quartier)
    elterncafe = AngebotFactory(
        titel="Elterncafé", einrichtungen=[ort], zuletzt_geprueft=datetime.date(2020, 3, 1)
    )
    kemal = UserFactory(
        username="kemal", first_name="Kemal", last_name="Kaya", rolle=SOZIALRAUMKOORDINATION
    )
    assign_perm(KOORDINIEREN, kemal, quartier.sozialraum)

    anmelden(page, live_server, kemal)
    page.goto(f"{live_server.url}{elterncafe.get_absolute_url()}")
    expect(page.locator(".frische")).to_contain_text("zuletzt geprüft vor")
    pruefe_barrierefreiheit(page)
    page.get_by_role("button", name="Noch aktuell").click()

    expect(page.get_by_role("status")).to_contain_text(
        "„Elterncafé“ ist als noch aktuell bestätigt."
    )
    expect(page.locator(".frische")).to_have_text("diesen Monat geprüft")
    expect(page.get_by_text("von Kemal Kaya")).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "rechte_koordination_noch_aktuell")
    elterncafe.refresh_from_db()
    assert elterncafe.geprueft_von == kemal
