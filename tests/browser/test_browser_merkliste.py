"""The Merkliste in the browser, on the desktop and on a phone (390 px), with the keyboard.

Fatma (Fachkraft) notes homework offers for a family with Enter and Space: the focus stays
on the pressed button, which says "Gemerkt", and a polite live region says what happened
(issue #15, BITV check: before, the focus fell to the page and the offer page said
nothing). Then she names a list, prints the handout with the place's phone number, and
deletes a list after the question. Screenshots: test-results/merkliste_*.png.
"""

import re

import pytest
from playwright.sync_api import expect

from sozialraum.zugang.rollen import FACHKRAFT
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory, UserFactory

HANDY = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# A function for page.evaluate (a string ending in a function would be called at once).
DRUCKEN_ABFANGEN = "() => { window.gedruckt = 0; window.print = () => { window.gedruckt += 1; }; }"


@pytest.fixture
def angebote():
    traeger = TraegerFactory(name="Nachbarschaftshaus Lindenhof e.V.", telefon="0391 5550-210")
    treff = EinrichtungFactory(
        traeger=traeger,
        name="Stadtteiltreff Lindenhof",
        strasse="Lindenallee 4",
        telefon="0391 5550-211",
    )
    erstes = AngebotFactory(
        titel="Hausaufgabenhilfe mit arabischer Unterstützung",
        traeger=traeger,
        einrichtungen=[treff],
        zeiten=[(1, "14:00", "16:00")],
    )
    zweites = AngebotFactory(
        titel="Hausaufgabenhilfe am Vormittag", traeger=traeger, einrichtungen=[treff]
    )
    return erstes, zweites


def fokus_id(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def druecken_und_pruefen(page, angebot, taste: str, gemerkt: bool, meldung: str) -> None:
    """Press ``taste`` on the focused Merken button: the focus stays on it, its state and
    text follow, the live region says ``meldung``."""
    knopf = page.locator(f"#merken-{angebot.pk}")
    page.keyboard.press(taste)
    expect(knopf).to_have_attribute("aria-pressed", "true" if gemerkt else "false")
    expect(knopf).to_contain_text("Gemerkt" if gemerkt else "Merken")
    expect(page.locator("#merkliste-meldung")).to_have_text(meldung)
    assert fokus_id(page) == f"merken-{angebot.pk}"


@pytest.mark.parametrize("groesse", [DESKTOP, HANDY], ids=["desktop", "handy"])
def test_merken_mit_der_tastatur_und_liste_drucken(page, live_server, angebote, groesse):
    erstes, zweites = angebote
    page.set_viewport_size(groesse)
    geraet = "handy" if groesse == HANDY else "desktop"
    fatma = UserFactory(username="fatma", rolle=FACHKRAFT)
    anmelden(page, live_server, fatma)

    # Results: focus on "Merken", Enter notes it, Space takes it off, Enter again.
    page.goto(f"{live_server.url}/?q=hausaufgaben")
    region = page.locator("#merkliste-meldung")
    expect(region).to_have_attribute("aria-live", "polite")
    expect(region).to_have_attribute("aria-live", "polite")
    page.locator(f"#merken-{erstes.pk}").focus()
    druecken_und_pruefen(page, erstes, "Enter", True, "Zur Merkliste „Merkliste“ hinzugefügt.")
    expect(page.locator("#merkliste-link")).to_have_text("Merkliste (1)")
    druecken_und_pruefen(page, erstes, "Space", False, "Von der Merkliste „Merkliste“ entfernt.")
    expect(page.locator("#merkliste-link")).to_have_text("Merkliste (0)")
    druecken_und_pruefen(page, erstes, "Enter", True, "Zur Merkliste „Merkliste“ hinzugefügt.")
    # The keyboard goes on from the pressed button, not from the top of the page: one step
    # back is the title of the same card.
    page.keyboard.press("Shift+Tab")
    expect(page.get_by_role("link", name=erstes.titel)).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator(f"#merken-{erstes.pk}")).to_be_focused()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"merkliste-suche-gemerkt-{geraet}")

    # The offer page gives the same feedback (before: none).
    page.goto(live_server.url + zweites.get_absolute_url())
    page.locator(f"#merken-{zweites.pk}").focus()
    druecken_und_pruefen(page, zweites, "Enter", True, "Zur Merkliste „Merkliste“ hinzugefügt.")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"merkliste-angebot-gemerkt-{geraet}")

    # The list, after logging out and in again: it lasts.
    page.get_by_role("button", name="Abmelden").click()
    anmelden(page, live_server, fatma)
    page.goto(f"{live_server.url}/angebote/merkliste/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Merkliste")
    karten = page.locator(".angebot-karte h3")
    expect(karten).to_have_text([erstes.titel, zweites.titel])
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"merkliste_liste_{geraet}")

    # "Liste drucken" appears with the script and prints the page.
    page.evaluate(DRUCKEN_ABFANGEN)
    page.get_by_role("button", name="Liste drucken").click()
    assert page.evaluate("window.gedruckt") == 1

    # The handout: the place's phone with the place, a print button.
    page.get_by_role("link", name="Druckansicht für die Familie").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Angebote für Sie")
    handzettel = page.locator("main")
    expect(handzettel).to_contain_text("Telefon: 0391 5550-211")
    expect(handzettel).not_to_contain_text("0391 5550-210")
    pruefe_barrierefreiheit(page)
    page.evaluate(DRUCKEN_ABFANGEN)
    page.get_by_role("button", name="Drucken").click()
    assert page.evaluate("window.gedruckt") == 1
    page.emulate_media(media="print")
    bildschirmfoto(page, f"merkliste-handzettel-druck-{geraet}")
    page.emulate_media(media="screen")


def test_listen_anlegen_umbenennen_loeschen(page, live_server, angebote):
    erstes, zweites = angebote
    page.set_viewport_size(HANDY)
    anmelden(page, live_server, UserFactory(username="fatma", rolle=FACHKRAFT))
    page.goto(live_server.url + erstes.get_absolute_url())
    page.get_by_role("button", name=re.compile("^Merken")).click()
    expect(page.locator(f"#merken-{erstes.pk}")).to_have_attribute("aria-pressed", "true")

    # A named list: the hint says no family, and the new list becomes active.
    page.goto(f"{live_server.url}/angebote/merkliste/")
    feld = page.get_by_label("Name der Liste")
    expect(page.locator("main")).to_contain_text("Keine Namen oder Angaben von Familien")
    feld.fill("Beratung Lindenhof, Mai")
    page.get_by_role("button", name="Neue Liste anlegen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Beratung Lindenhof, Mai")
    expect(page.locator("main")).to_contain_text("ist angelegt und aktiv")
    pruefe_barrierefreiheit(page)

    page.goto(live_server.url + zweites.get_absolute_url())
    page.locator(f"#merken-{zweites.pk}").focus()
    druecken_und_pruefen(
        page, zweites, "Enter", True, "Zur Merkliste „Beratung Lindenhof, Mai“ hinzugefügt."
    )

    # Rename it: a name already taken is explained in the form, with focus on the summary.
    page.goto(f"{live_server.url}/angebote/merkliste/")
    page.get_by_role("link", name=re.compile("Liste umbenennen")).click()
    page.get_by_label("Name der Liste").fill("merkliste")
    page.get_by_role("button", name="Namen speichern").click()
    expect(page.locator(".fehleruebersicht")).to_contain_text("Sie haben schon eine Liste")
    pruefe_barrierefreiheit(page)
    page.get_by_label("Name der Liste").fill("Runde Süd")
    page.get_by_role("button", name="Namen speichern").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Runde Süd")
    bildschirmfoto(page, "merkliste-liste-benannt-handy")

    # The other list, made active again from its page.
    page.get_by_role("link", name="Merkliste", exact=True).click()
    expect(page.locator(".angebot-karte h3")).to_have_text([erstes.titel])
    page.get_by_role("button", name="Diese Liste aktiv setzen").click()
    expect(page.locator("main")).to_contain_text("ist jetzt Ihre aktive Liste")

    # Delete "Runde Süd" after the question.
    page.get_by_role("link", name="Runde Süd").click()
    page.get_by_role("link", name=re.compile("Liste löschen")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Liste „Runde Süd“ löschen?")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "merkliste-loeschen-frage-handy")
    page.get_by_role("button", name="Ja, Liste löschen").click()
    expect(page.locator("main")).to_contain_text("Die Liste „Runde Süd“ ist gelöscht.")
    expect(page.get_by_role("link", name="Runde Süd")).to_have_count(0)
    expect(page.get_by_role("heading", level=1)).to_have_text("Merkliste")
