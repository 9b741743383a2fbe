"""The search on a phone: 390 px wide (an iPhone held upright) and 320 px (400 % zoom).

The results come first, the filters wait behind "Filter (N aktiv)" and apply from there,
the map fits the screen, nothing scrolls sideways, and the Fachkraft's start page opens
with the search field at the top. Without JavaScript the filters are simply open.
"""

import re

import pytest
from playwright.sync_api import expect

from sozialraum.zugang.rollen import FACHKRAFT
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.browser.suchdaten import kleine_stadt
from tests.factories import UserFactory

TELEFON = {"width": 390, "height": 844}
ZOOM_400 = {"width": 320, "height": 844}

BREITE = "() => document.documentElement.scrollWidth"
# The box of an element in CSS pixels of the page, or null.
BOX = """(selektor) => { const el = document.querySelector(selektor); if (!el) return null;
  const r = el.getBoundingClientRect();
  return {links: r.left, rechts: r.right, oben: r.top + window.scrollY, hoehe: r.height}; }"""


@pytest.fixture
def telefon(browser, live_server, request):
    """A page in a phone's context: touch, overlay scrollbars, the whole width for the page."""
    context = browser.new_context(locale="de-DE", viewport=TELEFON, is_mobile=True, has_touch=True)
    context.set_default_timeout(10_000)
    seite = context.new_page()
    yield seite
    bericht = getattr(request.node, "rep_call", None)
    if bericht is not None and bericht.failed:
        bildschirmfoto(seite, request.node.name)
    context.close()


def nichts_seitlich(page, breite: int) -> None:
    assert page.evaluate(BREITE) <= breite, f"Die Seite scrollt bei {breite} px seitwärts."


def test_telefon_ergebnisse_zuerst_filter_im_panel(telefon, live_server):
    page = telefon
    fatma = UserFactory(rolle=FACHKRAFT)
    kleine_stadt(fachkraft=fatma)
    anmelden(page, live_server, fatma)

    # The start page: the search field at the top, her Gremien below it.
    suchfeld = page.get_by_label("Was wird gesucht?")
    expect(suchfeld).to_be_in_viewport()
    expect(page.get_by_role("heading", name="Meine Gremienarbeit")).to_be_visible()
    feld = page.evaluate(BOX, "#id_q")
    assert feld["oben"] < 400, feld
    assert page.evaluate(BOX, "#meine-arbeit")["oben"] > feld["oben"]
    nichts_seitlich(page, TELEFON["width"])
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "telefon-390-start")

    # A search: the results follow the search row; the filters are one button.
    suchfeld.fill("hausaufgaben")
    suchfeld.press("Enter")
    expect(page.locator("#treffer-zahl")).to_have_text("3 Angebote")
    expect(page.get_by_role("heading", name="Meine Gremienarbeit")).to_have_count(0)
    filterknopf = page.locator("#suche-filter > summary")
    expect(filterknopf).to_have_text(re.compile(r"Filter\s+\(0 aktiv\)"))
    expect(page.get_by_label("Sprache", exact=True)).to_be_hidden()
    erste = page.locator(".angebot-karte").first
    expect(erste).to_be_in_viewport()
    # The map, a supplement, comes after the list, and fits the screen.
    karte = page.evaluate(BOX, "#karte")
    assert karte["links"] >= 0 and karte["rechts"] <= TELEFON["width"], karte
    assert karte["oben"] > page.evaluate(BOX, ".treffer")["oben"]
    expect(page.locator("#karte .leaflet-marker-icon").first).to_be_attached()
    nichts_seitlich(page, TELEFON["width"])
    bildschirmfoto(page, "telefon-390-treffer")

    # The panel opens, counts what is chosen, and applies it.
    filterknopf.click()
    expect(page.get_by_label("Sprache", exact=True)).to_be_visible()
    page.get_by_label("Sprache", exact=True).select_option("ar")
    page.get_by_label("kostenfrei", exact=True).check()
    expect(filterknopf).to_have_text(re.compile(r"Filter\s+\(2 aktiv\)"))
    nichts_seitlich(page, TELEFON["width"])
    bildschirmfoto(page, "telefon-390-filter-offen")
    page.get_by_role("button", name="Filter anwenden").click()
    expect(page.locator("#treffer-zahl")).to_have_text("1 Angebot")
    expect(page.get_by_label("Sprache", exact=True)).to_be_hidden()  # closed again
    expect(page.locator("#treffer-zahl")).to_be_focused()
    expect(page.locator("#treffer-meldung")).to_have_text("1 Angebot gefunden")
    assert "sprache=ar" in page.url and "kostenfrei=on" in page.url
    # A reload shows the same, the count of filters from the server.
    page.reload()
    expect(filterknopf).to_have_text(re.compile(r"Filter\s+\(2 aktiv\)"))
    expect(page.locator("#treffer-zahl")).to_have_text("1 Angebot")
    pruefe_barrierefreiheit(page)  # axe at 390 px, and its own reflow check at 320 px

    # 400 % zoom: 320 px, with the panel closed and open; "Suchen" wholly on the screen.
    page.set_viewport_size(ZOOM_400)
    nichts_seitlich(page, ZOOM_400["width"])
    suchen = page.evaluate(BOX, ".suche__eingabe button")
    assert suchen["links"] >= 0 and suchen["rechts"] <= ZOOM_400["width"], suchen
    karte = page.evaluate(BOX, "#karte")
    assert karte["rechts"] <= ZOOM_400["width"], karte
    bildschirmfoto(page, "telefon-320-treffer")
    filterknopf.click()
    expect(page.get_by_role("button", name="Filter anwenden")).to_be_visible()
    nichts_seitlich(page, ZOOM_400["width"])
    bildschirmfoto(page, "telefon-320-filter-offen")


def test_telefon_ohne_javascript_filter_offen(browser, live_server):
    """Without JavaScript the panel is an open <details>: the form works as a plain GET."""
    fatma = UserFactory(rolle=FACHKRAFT)
    kleine_stadt()
    context = browser.new_context(
        locale="de-DE", viewport=TELEFON, is_mobile=True, java_script_enabled=False
    )
    page = context.new_page()
    try:
        anmelden(page, live_server, fatma)
        page.get_by_label("Was wird gesucht?").fill("hausaufgaben")
        page.get_by_label("Sprache", exact=True).select_option("ar")
        page.get_by_role("button", name="Filter anwenden").click()
        expect(page.locator("#treffer-zahl")).to_have_text("2 Angebote")
        expect(page.locator("#suche-filter > summary")).to_have_text(
            re.compile(r"Filter\s+\(1 aktiv\)")
        )
        # The sort select has its own button here.
        page.get_by_label("Sortieren nach").select_option("name")
        page.get_by_role("button", name="Sortieren").click()
        expect(page).to_have_url(re.compile("sortierung=name"))
        nichts_seitlich(page, TELEFON["width"])
    finally:
        context.close()
