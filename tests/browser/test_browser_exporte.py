"""Lists as files in the browser: the search results, the Merkliste, an area's gap table and a
Gremium's attendance each have "Herunterladen: CSV · Excel" beside the list, on the desktop
and on a phone, and a click saves the file (Playwright's ``expect_download``).

Fatma (Fachkraft, member of the AG 78 Lindenhof) looks for homework help in Lindenhof.
"""

import csv
import io
import re
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import expect

from angebote.models import Kategorie
from gremien.models import Teilnahme
from sozialraum.zugang.rollen import FACHKRAFT
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    MitgliedschaftFactory,
    QuartierFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)

HANDY = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
KOPF = (
    "Titel;Träger;Orte;Wann;Alter;Sprachen;Kosten;Anmeldung;Barrierefreiheit;zuletzt geprüft;Link"
)


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
    traeger = TraegerFactory(name="Nachbarschaftshaus Lindenhof e.V.")
    treff = EinrichtungFactory(
        traeger=traeger, name="Stadtteiltreff Lindenhof", strasse="Lindenallee 4", quartier=quartier
    )
    bildung = Kategorie.objects.get(slug="bildung")
    for titel, von, bis in (
        ("Hausaufgabenhilfe mit arabischer Unterstützung", 6, 12),
        ("Hausaufgabenhilfe am Vormittag", 6, 12),
        ("Lernwerkstatt für Jugendliche", 13, 17),
    ):
        AngebotFactory(
            titel=titel,
            traeger=traeger,
            einrichtungen=[treff],
            kategorien=[bildung],
            sprachen=["de", "ar"],
            alter_von=von,
            alter_bis=bis,
            zeiten=[(1, "14:00", "16:00")],
        )
    fatma = UserFactory(username="fatma", first_name="Fatma", last_name="Yılmaz", rolle=FACHKRAFT)
    gremium = GremiumFactory(name="AG 78 Lindenhof", sozialraum=quartier.sozialraum)
    for person, rolle in ((fatma, "mitglied"), (UserFactory(last_name="Lorenz"), "koordination")):
        mitgliedschaft = MitgliedschaftFactory(gremium=gremium, person=person, rolle=rolle)
        Teilnahme.objects.create(
            sitzung=SitzungFactory(gremium=gremium), mitgliedschaft=mitgliedschaft
        )
    return {"sozialraum": quartier.sozialraum, "gremium": gremium, "fatma": fatma}


def herunterladen(page, bereich, name: str) -> tuple[str, bytes]:
    """Click the link ``name`` ("CSV", "Excel") inside ``bereich``; the saved file."""
    link = bereich.get_by_role("link", name=re.compile(f"^{name} "))
    expect(link).to_be_visible()
    with page.expect_download() as erwartet:
        link.click()
    datei = erwartet.value
    return datei.suggested_filename, Path(datei.path()).read_bytes()


def csv_text(inhalt: bytes) -> str:
    assert inhalt.startswith("\ufeff".encode())
    return inhalt.decode("utf-8-sig")


def xlsx_zeilen(inhalt: bytes) -> list[tuple]:
    return list(openpyxl.load_workbook(io.BytesIO(inhalt)).active.iter_rows(values_only=True))


@pytest.mark.parametrize("groesse", [DESKTOP, HANDY], ids=["desktop", "handy"])
def test_jede_liste_laesst_sich_herunterladen(page, live_server, lindenhof, groesse):
    page.set_viewport_size(groesse)
    anmelden(page, live_server, lindenhof["fatma"])
    handy = groesse == HANDY

    # The search: the control sits in the results' head, and follows the search (htmx).
    page.get_by_label("Was wird gesucht?").fill("hausaufgaben")
    page.get_by_role("button", name="Suchen").click()
    expect(page.locator("#treffer-zahl")).to_have_text("2 Angebote")
    kopf = page.locator(".ergebnisse__kopf")
    expect(kopf.get_by_text("Herunterladen:")).to_be_visible()
    expect(kopf.get_by_role("link", name=re.compile("^CSV "))).to_have_attribute(
        "href", re.compile(r"/angebote/export/suche\.csv\?.*q=hausaufgaben")
    )
    pruefe_barrierefreiheit(page)
    if handy:
        bildschirmfoto(page, "export_suche_handy")
    name, inhalt = herunterladen(page, kopf, "CSV")
    assert re.fullmatch(r"angebote-\d{4}-\d\d-\d\d\.csv", name)
    zeilen = list(csv.reader(io.StringIO(csv_text(inhalt)), delimiter=";"))
    assert ";".join(zeilen[0]) == KOPF
    assert sorted(z[0] for z in zeilen[1:]) == [
        "Hausaufgabenhilfe am Vormittag",
        "Hausaufgabenhilfe mit arabischer Unterstützung",
    ]
    name, inhalt = herunterladen(page, kopf, "Excel")
    assert name.endswith(".xlsx")
    assert len(xlsx_zeilen(inhalt)) == 3

    # The Merkliste: bookmark one, then the control beside the print button.
    page.locator(".angebot-karte").first.get_by_role("button", name=re.compile("Merken")).click()
    expect(
        page.locator(".angebot-karte").first.get_by_role("button", name=re.compile("Gemerkt"))
    ).to_be_visible()
    page.goto(f"{live_server.url}/angebote/merkliste/")
    werkzeuge = page.locator(".werkzeugleiste")
    expect(werkzeuge.get_by_text("Herunterladen:")).to_be_visible()
    pruefe_barrierefreiheit(page)
    if handy:
        bildschirmfoto(page, "export_merkliste_handy")
    name, inhalt = herunterladen(page, werkzeuge, "Excel")
    assert re.fullmatch(r"merkliste-\d{4}-\d\d-\d\d\.xlsx", name)
    assert len(xlsx_zeilen(inhalt)) == 2

    # The gap table of the Sozialraum, for one Zielgruppe.
    page.goto(live_server.url + lindenhof["sozialraum"].get_absolute_url())
    luecken = page.locator("section", has=page.get_by_role("heading", name="Wo fehlen Angebote?"))
    luecken.get_by_label("Zielgruppe").select_option("kinder")
    luecken.get_by_role("button", name="Anzeigen").click()
    expect(luecken.get_by_text("Herunterladen:")).to_be_visible()
    pruefe_barrierefreiheit(page)
    name, inhalt = herunterladen(page, luecken, "CSV")
    assert name.startswith("luecken-lindenhof-kinder-")
    assert csv_text(inhalt).startswith("Teil;Kategorie / Art;0–2 Jahre;3–5 Jahre;")

    # The attendance of her Gremium.
    page.goto(live_server.url + lindenhof["gremium"].get_absolute_url())
    mitglieder = page.locator(
        "section", has=page.get_by_role("heading", name="Mitglieder und Anwesenheit")
    )
    expect(mitglieder.get_by_text("Herunterladen:")).to_be_visible()
    pruefe_barrierefreiheit(page)
    if handy:
        bildschirmfoto(page, "export_anwesenheit_handy")
    name, inhalt = herunterladen(page, mitglieder, "Excel")
    assert name.startswith("anwesenheit-ag-78-lindenhof-")
    zeilen = xlsx_zeilen(inhalt)
    assert zeilen[0] == ("Mitglied", "Rolle", "anwesend", "entschuldigt", "gefehlt")
    assert ("Fatma Yılmaz", "Mitglied", 1, 0, 0) in zeilen


def test_herunterladen_ohne_javascript(browser, live_server, lindenhof):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    try:
        anmelden(page, live_server, lindenhof["fatma"])
        page.get_by_label("Was wird gesucht?").fill("lernwerkstatt")
        page.get_by_role("button", name="Filter anwenden").click()
        expect(page.locator("#treffer-zahl")).to_have_text("1 Angebot")
        name, inhalt = herunterladen(page, page.locator(".ergebnisse__kopf"), "CSV")
        assert name.endswith(".csv")
        assert "Lernwerkstatt für Jugendliche" in csv_text(inhalt)
    finally:
        context.close()
