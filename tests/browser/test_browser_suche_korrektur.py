"""A typo corrected on the search page, and the one-click way back to her own spelling.

"Hausaufgabenhife" finds nothing as typed: the page shows the results for
"Hausaufgabenhilfe" (as an offer writes it), says so above the list, and offers the exact search for what she typed,
which then says plainly that nothing was found. Both states pass axe, on a desktop and on a
phone (the note stands between the count and the first result, inside the screen).
"""

import pytest
from playwright.sync_api import expect

from angebote.models import Synonymgruppe
from sozialraum.zugang.rollen import FACHKRAFT
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.browser.suchdaten import HAUSAUFGABEN, kleine_stadt
from tests.factories import AngebotFactory, UserFactory


@pytest.mark.parametrize("breite", [1280, 390], ids=["desktop", "telefon"])
def test_korrektur_angezeigt_und_weg_zurueck(page, live_server, breite):
    fatma = UserFactory(rolle=FACHKRAFT)
    kleine_stadt(fachkraft=fatma)
    page.set_viewport_size({"width": breite, "height": 844})
    anmelden(page, live_server, fatma)

    page.get_by_label("Was wird gesucht?").fill("Hausaufgabenhife")
    page.get_by_label("Was wird gesucht?").press("Enter")

    hinweis = page.locator("#korrektur")
    expect(hinweis).to_contain_text("Ergebnisse für Hausaufgabenhilfe")
    expect(hinweis).to_contain_text("„Hausaufgabenhife“ kommt in keinem Angebot vor")
    expect(page.locator(".angebot-karte__titel").first).to_be_visible()
    titel = page.locator(".angebot-karte__titel").all_inner_texts()
    assert set(titel) >= {HAUSAUFGABEN[0], HAUSAUFGABEN[1]}
    # The note comes before the first result, so a screen reader meets it first.
    oben = page.evaluate(
        "() => [document.querySelector('#korrektur'), document.querySelector('.angebot-karte')]"
        ".map(el => el.getBoundingClientRect().top)"
    )
    assert oben[0] < oben[1]
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"suche-korrektur-{breite}")

    hinweis.get_by_role("link", name="Stattdessen genau nach „Hausaufgabenhife“ suchen").click()
    expect(page.get_by_text("Keine passenden Angebote gefunden")).to_be_visible()
    expect(page.locator("#korrektur")).to_have_count(0)
    expect(page.get_by_label("Was wird gesucht?")).to_have_value("Hausaufgabenhife")
    pruefe_barrierefreiheit(page)


@pytest.mark.parametrize("breite", [1280, 390], ids=["desktop", "telefon"])
def test_oberbegriff_angezeigt_und_weg_zurueck(page, live_server, breite):
    """A term no offer holds, searched as its broader term: stated above the results, with
    the way back to the exact search (angebote/suche/search.py ``_weiter_gefasst``)."""
    fatma = UserFactory(rolle=FACHKRAFT)
    kleine_stadt(fachkraft=fatma)
    sucht, _neu = Synonymgruppe.objects.get_or_create(
        bevorzugt="Sucht", defaults={"begriffe": "Abhängigkeit"}
    )
    Synonymgruppe.objects.update_or_create(
        bevorzugt="Suchtberatung", defaults={"begriffe": "Drogenberatung", "oberbegriff": sucht}
    )
    workshop = AngebotFactory(titel="Workshop Medien und Sucht")
    page.set_viewport_size({"width": breite, "height": 844})
    anmelden(page, live_server, fatma)

    page.get_by_label("Was wird gesucht?").fill("Suchtberatung")
    page.get_by_label("Was wird gesucht?").press("Enter")

    hinweis = page.locator("#korrektur")
    expect(hinweis).to_contain_text(
        "„Suchtberatung“ steht in keinem Angebot: Ergebnisse für den Oberbegriff Sucht."
    )
    expect(page.locator(".angebot-karte__titel").first).to_have_text(workshop.titel)
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"suche-oberbegriff-{breite}")

    hinweis.get_by_role("link", name="Stattdessen genau nach „Suchtberatung“ suchen").click()
    expect(page.get_by_text("Keine passenden Angebote gefunden")).to_be_visible()
    expect(page.locator("#korrektur")).to_have_count(0)
    pruefe_barrierefreiheit(page)


@pytest.mark.parametrize("breite", [1280, 390], ids=["desktop", "telefon"])
def test_wenige_mit_allen_woertern_dann_die_mit_einem_teil(page, live_server, breite):
    """One offer holds every word: it comes first, then those holding one of them, said
    above the results; the exact search keeps to the one (search.py ``MIN_GANZ``)."""
    fatma = UserFactory(rolle=FACHKRAFT)
    kleine_stadt(fachkraft=fatma)
    ganz = AngebotFactory(
        titel="Kinderschutzberatung beim Notdienst",
        beschreibung="Bei Verdacht auf Kindeswohlgefährdung rund um die Uhr.",
    )
    teil = AngebotFactory(
        titel="Kinderschutzberatung im Zentrum", beschreibung="Wenn Kindeswohlgefährdung droht."
    )
    page.set_viewport_size({"width": breite, "height": 844})
    anmelden(page, live_server, fatma)

    page.get_by_label("Was wird gesucht?").fill("Verdacht auf Kindeswohlgefährdung")
    page.get_by_label("Was wird gesucht?").press("Enter")

    hinweis = page.locator("#korrektur")
    expect(hinweis).to_contain_text("Nur 1 Angebot enthält alle Suchwörter, es steht oben.")
    titel = page.locator(".angebot-karte__titel")
    expect(titel).to_have_text([ganz.titel, teil.titel])
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"suche-wenige-ganz-{breite}")

    hinweis.get_by_role(
        "link", name="Stattdessen genau nach „Verdacht auf Kindeswohlgefährdung“ suchen"
    ).click()
    expect(titel).to_have_text([ganz.titel])
    expect(page.locator("#korrektur")).to_have_count(0)


@pytest.mark.parametrize("breite", [1280, 390], ids=["desktop", "telefon"])
def test_sprache_im_suchtext_bietet_den_filter_an(page, live_server, breite):
    """ "Beratung auf Arabisch": the language is a filter, not a word of the offers; the page
    offers it with the rest of her text, and the link sets it (sprachhinweis.py)."""
    from angebote.models import Sprache

    fatma = UserFactory(rolle=FACHKRAFT)
    kleine_stadt(fachkraft=fatma)
    arabisch = AngebotFactory(
        titel="Beratung für Familien", sprachen=[Sprache.objects.get(code="ar")]
    )
    page.set_viewport_size({"width": breite, "height": 844})
    anmelden(page, live_server, fatma)

    page.get_by_label("Was wird gesucht?").fill("Beratung auf Arabisch")
    page.get_by_label("Was wird gesucht?").press("Enter")
    hinweis = page.locator("#sprachhinweis")
    expect(hinweis).to_contain_text("Die Sprache eines Angebots ist ein Filter")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"suche-sprachhinweis-{breite}")

    hinweis.get_by_role("link", name="„Beratung“ auf Arabisch suchen").click()
    expect(page.get_by_label("Was wird gesucht?")).to_have_value("Beratung")
    expect(page.locator(".angebot-karte__titel")).to_have_text([arabisch.titel])
    expect(page.locator("#sprachhinweis")).to_have_count(0)
    pruefe_barrierefreiheit(page)


@pytest.mark.parametrize("breite", [1280, 390], ids=["desktop", "telefon"])
def test_alter_im_suchtext_bietet_den_filter_an(page, live_server, breite):
    """ "Jugendliche ab 14": the age is a filter, not a word of the offers; the page offers it
    with the rest of her text, and the link sets it (altershinweis.py)."""
    fatma = UserFactory(rolle=FACHKRAFT)
    kleine_stadt(fachkraft=fatma)
    jung = AngebotFactory(titel="Jugendclub Mitte", beschreibung="Für Jugendliche.")
    jung.alter_von, jung.alter_bis = 12, 18
    jung.save()
    alt = AngebotFactory(titel="Jugendclub Süd", beschreibung="Für junge Jugendliche.")
    alt.alter_von, alt.alter_bis = 18, 27
    alt.save()
    page.set_viewport_size({"width": breite, "height": 844})
    anmelden(page, live_server, fatma)

    page.get_by_label("Was wird gesucht?").fill("Jugendliche ab 14")
    page.get_by_label("Was wird gesucht?").press("Enter")
    hinweis = page.locator("#altershinweis")
    expect(hinweis).to_contain_text("Das Alter ist ein Filter")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"suche-altershinweis-{breite}")

    hinweis.get_by_role("link", name="„Jugendliche“ für das Alter 14 suchen").click()
    expect(page.get_by_label("Was wird gesucht?")).to_have_value("Jugendliche")
    expect(page.get_by_label("Alter des Kindes / der Person")).to_have_value("14")
    expect(page.locator(".angebot-karte__titel")).to_have_text([jung.titel])
    expect(page.locator("#altershinweis")).to_have_count(0)
