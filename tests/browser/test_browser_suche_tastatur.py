"""The search with the keyboard alone, and what a screen reader hears (BITV 2.0).

After each step the test says where the focus is: the first Tab reaches "Zur Suche", which
leads into the search field; Enter searches and only a short live region announces the
count; "Zu den Ergebnissen" jumps over the filters to the results; the sort select applies
at once, and the focus stays on it.
"""

import re

from playwright.sync_api import expect

from sozialraum.zugang.rollen import FACHKRAFT
from tests.browser.conftest import anmelden, pruefe_barrierefreiheit
from tests.browser.suchdaten import HAUSAUFGABEN, kleine_stadt
from tests.factories import UserFactory


def fokus(page) -> str:
    """The focused element, as its id or its tag and text."""
    return page.evaluate(
        "() => { const el = document.activeElement; return el.id ? '#' + el.id"
        " : el.tagName.toLowerCase() + ': ' + el.textContent.trim(); }"
    )


def test_suche_nur_mit_tastatur(page, live_server):
    fatma = UserFactory(rolle=FACHKRAFT)
    kleine_stadt(fachkraft=fatma)
    anmelden(page, live_server, fatma)
    suchfeld = page.get_by_label("Was wird gesucht?")
    ergebnisse = page.locator("#ergebnisse")
    meldung = page.locator("#treffer-meldung")
    # The results are no live region: only the short line is.
    assert ergebnisse.get_attribute("aria-live") is None
    expect(meldung).to_have_attribute("aria-live", "polite")
    expect(meldung).to_have_attribute("role", "status")
    expect(meldung).to_be_empty()

    # 1. The first Tab: "Zur Suche"; Enter puts the focus into the search field.
    page.keyboard.press("Tab")
    zur_suche = page.get_by_role("link", name="Zur Suche")
    expect(zur_suche).to_be_focused()
    expect(zur_suche).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(suchfeld).to_be_focused()

    # 2. Type and Enter: the results change in place, the focus stays in the field, and the
    # live region says the count.
    page.keyboard.type("hausaufgaben")
    page.keyboard.press("Enter")
    expect(page.locator("#treffer-zahl")).to_have_text("3 Angebote")
    expect(meldung).to_have_text("3 Angebote gefunden")
    expect(suchfeld).to_be_focused()
    expect(page).to_have_url(re.compile(r"q=hausaufgaben"))

    # 3. Past "Suchen", "Zu den Ergebnissen" (shown when focused) skips the filters.
    page.keyboard.press("Tab")
    assert fokus(page) == "button: Suchen"
    page.keyboard.press("Tab")
    zu_ergebnissen = page.get_by_role("link", name="Zu den Ergebnissen")
    expect(zu_ergebnissen).to_be_focused()
    expect(zu_ergebnissen).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("#treffer-zahl")).to_be_focused()

    # 4. The next Tab is the sort select; an arrow key applies the new order at once, the
    # focus stays on the select (htmx puts it back after the swap), and it is announced.
    page.keyboard.press("Tab")
    sortierung = page.get_by_label("Sortieren nach")
    expect(sortierung).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(page).to_have_url(re.compile(r"sortierung=name"))
    expect(sortierung).to_have_value("name")
    expect(page.locator(".angebot-karte__titel")).to_have_text(HAUSAUFGABEN)
    expect(sortierung).to_be_focused()
    expect(meldung).to_have_text("3 Angebote gefunden, Sortieren nach Name")
    # Where scripts run, the sort needs no button of its own.
    expect(page.get_by_role("button", name="Sortieren")).to_be_hidden()

    pruefe_barrierefreiheit(page)
