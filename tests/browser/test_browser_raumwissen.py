"""Resources and barriers in the browser: Kemal (Sozialraumkoordination Lindenhof) turns the
minutes of a Sozialraumdialog's TOP into a barrier and a room in one step, finds the barrier
on Lindenhof's page and marks it "in Arbeit"; Fatma (Fachkraft) searches "Raum für Gruppe"
and finds the school's room beside the offers. Desktop and a 390 px phone, axe on every page.
"""

import pytest
from guardian.shortcuts import assign_perm
from playwright.sync_api import expect

from gremien.models import Tagesordnungspunkt
from sozialraum.zugang.rollen import FACHKRAFT, KOORDINIEREN, SOZIALRAUMKOORDINATION
from sozialraumarbeit.models import Barriere, Ressource
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import GremiumFactory, QuartierFactory, SitzungFactory, UserFactory

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
    return {"sozialraum": sozialraum, "kemal": kemal, "fatma": fatma, "top": top}


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

    # A resource recorded directly from the area page: the form warns about private names.
    page.goto(live_server.url + lindenhof["sozialraum"].get_absolute_url())
    page.locator("section.raumwissen").get_by_role("link", name="Ressource erfassen").click()
    expect(page.locator("#hinweis-personen")).to_contain_text("keine Namen von Privatpersonen")
    expect(page.locator("#id_sozialraum")).to_have_value(str(lindenhof["sozialraum"].pk))
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "raumwissen_formular")
    page.locator("#id_art").select_option(label="Person in ihrer Rolle")
    page.locator("#id_titel").fill("Hausmeister der Grundschule")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hausmeister der Grundschule")
    expect(page.locator(".daten")).to_contain_text("von einer Fachkraft erfasst")

    # On a phone: the area page and the barrier.
    page.set_viewport_size(HANDY)
    page.goto(live_server.url + lindenhof["sozialraum"].get_absolute_url())
    expect(page.locator("section.raumwissen")).to_contain_text("in Arbeit")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "raumwissen_gebiet_handy")
    page.goto(live_server.url + reverse_uebernahme(top))
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "raumwissen_aus_top_handy")


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
