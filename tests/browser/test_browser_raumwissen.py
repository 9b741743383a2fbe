"""Resources and barriers in the browser: Kemal (Sozialraumkoordination Lindenhof) turns the
minutes of a Sozialraumdialog's TOP into a barrier and a room in one step, finds the barrier
on Lindenhof's page and marks it "in Arbeit", records the school's caretaker with the
school and its Träger (found by typing, by keyboard); Fatma (Fachkraft) searches "Raum für Gruppe"
and finds the school's room beside the offers. Desktop and a 390 px phone, axe on every page.
"""

import re

import pytest
from guardian.shortcuts import assign_perm
from playwright.sync_api import expect

from gremien.models import Tagesordnungspunkt
from sozialraum.zugang.rollen import FACHKRAFT, KOORDINIEREN, SOZIALRAUMKOORDINATION
from sozialraumarbeit.models import Barriere, Ressource
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    EinrichtungFactory,
    GremiumFactory,
    QuartierFactory,
    SitzungFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)

HANDY = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PROTOKOLL = """Die Runde sammelt in Kleingruppen, was im Lindenhof hilft und was hindert.

- Der Gruppenraum der Grundschule kann nachmittags von Gruppen genutzt werden.
- Kein Bus nach 20 Uhr: Jugendliche kommen abends nicht vom Jugendtreff nach Hause.
- Der Spielplatz an der Lindenallee ist gesperrt.
"""


@pytest.fixture
def lindenhof():
    quartier = QuartierFactory(
        schluessel="010301",
        name="Rosengarten",
        sozialraum__schluessel="0103",
        sozialraum__name="Lindenhof",
        sozialraum__regionalraum__schluessel="01",
        sozialraum__regionalraum__name="Nord",
    )
    sozialraum = quartier.sozialraum
    kemal = UserFactory(
        username="kemal", first_name="Kemal", last_name="Kaya", rolle=SOZIALRAUMKOORDINATION
    )
    assign_perm(KOORDINIEREN, kemal, sozialraum)
    fatma = UserFactory(username="fatma", first_name="Fatma", last_name="Fischer", rolle=FACHKRAFT)
    EinrichtungFactory(
        name="Grundschule am Lindenhof",
        traeger__name="Schulverein Lindenhof e.V.",
        quartier=quartier,
    )
    nordend = SozialraumFactory(
        schluessel="0201", name="Nordend", regionalraum=sozialraum.regionalraum
    )
    EinrichtungFactory(
        name="Kita Hafenkante", traeger__name="Kitaverbund Nord gGmbH", sozialraum=nordend
    )
    for n in range(20):
        TraegerFactory(name=f"Jugendhilfe Verbund {n:02d} e.V.")
    gremium = GremiumFactory(
        name="Stadtteiltisch Lindenhof",
        art="stadtteiltisch",
        sozialraum=sozialraum,
        sichtbarkeit="fachkraefte",
    )
    sitzung = SitzungFactory(gremium=gremium, titel="Sozialraumdialog Lindenhof")
    top = Tagesordnungspunkt.objects.create(
        sitzung=sitzung, position=1, titel="Was hilft, was hindert?", protokoll=PROTOKOLL
    )
    return {
        "sozialraum": sozialraum,
        "nordend": nordend,
        "kemal": kemal,
        "fatma": fatma,
        "top": top,
    }


def test_vom_sozialraumdialog_zur_gebietsseite(page, live_server, lindenhof):
    anmelden(page, live_server, lindenhof["kemal"])
    top = lindenhof["top"]
    page.goto(live_server.url + top.sitzung.get_absolute_url())
    page.get_by_role(
        "link", name="Als Ressourcen/Barrieren übernehmen: Was hilft, was hindert?"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Als Ressourcen und Barrieren übernehmen"
    )
    expect(page.locator("#hinweis-personen")).to_contain_text("keine Namen von Privatpersonen")
    # One row per bullet (and the opening paragraph), titles and Sozialraum filled in.
    expect(page.locator("fieldset.uebernahme-zeile")).to_have_count(4)
    expect(page.locator("#id_zeile-2-titel")).to_have_value("Kein Bus nach 20 Uhr")
    pruefe_barrierefreiheit(page)
    page.locator("#id_zeile-1-typ").select_option("ressource:raum")
    page.locator("#id_zeile-1-titel").fill("Gruppenraum der Grundschule")
    page.locator("#id_zeile-2-typ").select_option(label="Erreichbarkeit, Verkehr")
    # A chosen row without a title: nothing is saved, the row says why.
    page.locator("#id_zeile-3-typ").select_option("barriere:ort")
    page.locator("#id_zeile-3-titel").fill("")
    page.get_by_role("button", name="Gewählte Zeilen übernehmen").click()
    expect(page.locator(".fehleruebersicht").first).to_contain_text("Gespeichert wurde nichts")
    expect(page.locator("main")).to_contain_text("Bitte einen Titel angeben.")
    assert not Barriere.objects.exists()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "raumwissen_aus_top_fehler")
    page.locator("#id_zeile-3-typ").select_option("")
    page.get_by_role("button", name="Gewählte Zeilen übernehmen").click()

    # Back on the Sitzung: the TOP lists what was taken over.
    expect(page.locator(".meldungen, main").first).to_contain_text("2 Einträge übernommen.")
    expect(page.get_by_role("link", name="Barriere: Kein Bus nach 20 Uhr")).to_be_visible()
    assert Ressource.objects.get().sitzung == top.sitzung

    # The area page: the barrier, open, with the way to add another.
    page.goto(live_server.url + lindenhof["sozialraum"].get_absolute_url())
    abschnitt = page.locator("section.raumwissen")
    expect(abschnitt.get_by_role("heading", name="Ressourcen und Barrieren")).to_be_visible()
    expect(abschnitt).to_contain_text("Kein Bus nach 20 Uhr")
    expect(abschnitt).to_contain_text("offen")
    expect(abschnitt).to_contain_text("Erreichbarkeit, Verkehr")
    expect(abschnitt.get_by_role("link", name="Barriere erfassen")).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "raumwissen_gebiet")

    abschnitt.get_by_role("link", name="Kein Bus nach 20 Uhr").click()
    expect(page.locator("main")).to_contain_text("Stadtteiltisch Lindenhof")
    page.get_by_role("button", name="Als „in Arbeit“ markieren").click()
    expect(page.locator("main")).to_contain_text("Status: in Arbeit.")
    expect(page.locator(".daten")).to_contain_text("in Arbeit")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "raumwissen_barriere")
    assert Barriere.objects.get().status == "in_arbeit"

    # A resource recorded directly from the area page: the form warns about private names,
    # offers Lindenhof's places only and finds the Träger by typing, all by keyboard.
    page.goto(live_server.url + lindenhof["sozialraum"].get_absolute_url())
    page.locator("section.raumwissen").get_by_role("link", name="Ressource erfassen").click()
    expect(page.locator("#hinweis-personen")).to_contain_text("keine Namen von Privatpersonen")
    expect(page.locator("#id_sozialraum")).to_have_value(str(lindenhof["sozialraum"].pk))
    einrichtung = page.get_by_label("Einrichtung")
    expect(einrichtung.locator("option")).to_have_text(
        ["---------", "Grundschule am Lindenhof (Schulverein Lindenhof e.V.)"]
    )
    expect(page.locator("input[name=traeger]")).to_have_count(1)  # "kein Träger", no list
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "raumwissen_formular")
    # Another Sozialraum chosen: its places come (htmx), and back.
    page.get_by_label("Sozialraum").select_option(str(lindenhof["nordend"].pk))
    expect(einrichtung.locator("option")).to_have_text(
        ["---------", "Kita Hafenkante (Kitaverbund Nord gGmbH)"]
    )
    expect(page.locator("#orte-meldung")).to_have_text("1 Einrichtung im gewählten Sozialraum")
    page.get_by_label("Sozialraum").select_option(str(lindenhof["sozialraum"].pk))
    expect(einrichtung.locator("option")).to_have_count(2)
    expect(einrichtung.locator("option").nth(1)).to_have_text(re.compile("Grundschule"))
    page.locator("#id_art").select_option(label="Person in ihrer Rolle")
    page.locator("#id_titel").fill("Hausmeister der Grundschule")
    page.get_by_label("Träger suchen").focus()
    page.keyboard.type("schulverein")
    treffer = page.get_by_role("radio", name="Schulverein Lindenhof e.V.")
    expect(treffer).to_be_visible()
    expect(page.locator("#traeger-treffer-meldung")).to_have_text("1 Treffer für „schulverein“")
    page.wait_for_function(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"
    )
    page.keyboard.press("Tab")  # the button "Suchen"
    page.keyboard.press("Tab")  # the radio group: "kein Träger", chosen
    expect(page.get_by_role("radio", name="kein Träger")).to_be_focused()
    page.keyboard.press("ArrowDown")  # the hit
    expect(treffer).to_be_checked()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "raumwissen_formular_traeger")
    einrichtung.select_option(label="Grundschule am Lindenhof (Schulverein Lindenhof e.V.)")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hausmeister der Grundschule")
    expect(page.locator(".daten")).to_contain_text("von einer Fachkraft erfasst")
    expect(page.locator(".daten")).to_contain_text("Schulverein Lindenhof e.V.")
    ressource = Ressource.objects.get(titel="Hausmeister der Grundschule")
    assert ressource.traeger.name == "Schulverein Lindenhof e.V."
    assert ressource.einrichtung.name == "Grundschule am Lindenhof"

    # On a phone: the area page and the barrier.
    page.set_viewport_size(HANDY)
    page.goto(live_server.url + lindenhof["sozialraum"].get_absolute_url())
    expect(page.locator("section.raumwissen")).to_contain_text("in Arbeit")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "raumwissen_gebiet_handy")
    page.goto(live_server.url + reverse_uebernahme(top))
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "raumwissen_aus_top_handy")
    page.goto(live_server.url + ressource.get_absolute_url())
    page.get_by_role("link", name="Bearbeiten").click()
    expect(page.get_by_label("Einrichtung")).to_have_value(str(ressource.einrichtung_id))
    page.get_by_label("Träger suchen").fill("verbund")
    expect(page.locator("#traeger-treffer-titel")).to_contain_text("Die ersten 12 Treffer")
    expect(page.get_by_role("radio", name="Schulverein Lindenhof e.V.")).to_be_checked()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "raumwissen_formular_handy")


def reverse_uebernahme(top) -> str:
    from django.urls import reverse

    return reverse("sozialraumarbeit:raumwissen:aus_top", args=[top.pk])


@pytest.mark.parametrize("groesse", [DESKTOP, HANDY], ids=["desktop", "handy"])
def test_suche_findet_den_raum(page, live_server, lindenhof, groesse):
    Ressource.objects.create(
        sozialraum=lindenhof["sozialraum"],
        art="raum",
        titel="Gruppenraum der Grundschule",
        beschreibung="Nachmittags für Gruppen nutzbar; Schlüssel beim Hausmeister der Schule.",
        erfasst_von=lindenhof["kemal"],
    )
    page.set_viewport_size(groesse)
    anmelden(page, live_server, lindenhof["fatma"])
    page.get_by_label("Was wird gesucht?").fill("Raum für Gruppe")
    page.get_by_label("Was wird gesucht?").press("Enter")
    kasten = page.locator("aside.raumwissen-suche")
    expect(kasten.get_by_role("heading", name="Passende Ressourcen im Sozialraum")).to_be_visible()
    expect(kasten.get_by_role("link", name="Gruppenraum der Grundschule")).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"raumwissen_suche_{'handy' if groesse == HANDY else 'desktop'}")
    kasten.get_by_role("link", name="Gruppenraum der Grundschule").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gruppenraum der Grundschule")
    pruefe_barrierefreiheit(page)
