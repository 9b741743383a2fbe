"""Planning views in the browser (#16): Kim coordinates Lindenhof. Her start page lists it
with the offers to check and the next meeting; the number leads to the Aktualität dashboard
narrowed to Lindenhof, and one link widens it. Lindenhof's gap table counts the offer for
all ages once, and the Kitas without an offer by kind; each number leads to its list. Rita
records a contact, finding the Träger by typing and ticking it with the keyboard. Desktop
and a 390 px phone, with axe.
"""

import datetime
import re

import pytest
from django.utils import timezone
from guardian.shortcuts import assign_perm
from playwright.sync_api import expect

from angebote.models import Kategorie
from sozialraum.zugang.rollen import FACHKRAFT, KOORDINIEREN, SOZIALRAUMKOORDINATION
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    QuartierFactory,
    SitzungFactory,
    TraegerFactory,
    TraegerZugehoerigkeitFactory,
    UserFactory,
)
from traeger.models import Ansprechperson, Kontakt

HANDY = {"width": 390, "height": 844}
LANGE_HER = datetime.date(2020, 1, 1)


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
    kinderhaus = TraegerFactory(name="Kinderhaus Lindenhof e.V.")
    treff = EinrichtungFactory(
        traeger=kinderhaus, name="Kinderhaus am Rosengarten", quartier=quartier
    )
    bildung = Kategorie.objects.get(slug="bildung")
    AngebotFactory(titel="Hausaufgabenhilfe", einrichtungen=[treff], kategorien=[bildung],
                   alter_von=6, alter_bis=12, zuletzt_geprueft=LANGE_HER)  # fmt: skip
    AngebotFactory(titel="Familiencafé", einrichtungen=[treff], kategorien=[bildung],
                   zuletzt_geprueft=timezone.localdate())  # fmt: skip
    for name in ("Kita Sonnenschein", "Kita Regenbogen"):
        EinrichtungFactory(name=name, art="kita", quartier=quartier)
    jugendclub = TraegerFactory(name="Jugendclub Nord e.V.")
    EinrichtungFactory(traeger=jugendclub, name="Jugendclub Oase", quartier=quartier)
    Ansprechperson.objects.create(traeger=jugendclub, name="Jana Jung", funktion="Leitung")
    for n in range(40):
        TraegerFactory(name=f"Verein {n:02d} e.V.")
    kim = UserFactory(
        username="kim", first_name="Kim", last_name="Kaya", rolle=SOZIALRAUMKOORDINATION
    )
    assign_perm(KOORDINIEREN, kim, sozialraum)
    rita = UserFactory(username="rita", first_name="Rita", last_name="Roth", rolle=FACHKRAFT)
    TraegerZugehoerigkeitFactory(user=rita, traeger=kinderhaus)
    ag = GremiumFactory(name="AG 78 Lindenhof", sozialraum=sozialraum)
    SitzungFactory(gremium=ag, datum=timezone.localdate() + datetime.timedelta(days=7))
    return {"sozialraum": sozialraum, "kim": kim, "rita": rita, "jugendclub": jugendclub}


def _handy(browser, live_server, user):
    context = browser.new_context(locale="de-DE", viewport=HANDY)
    context.set_default_timeout(10_000)
    seite = context.new_page()
    anmelden(seite, live_server, user)
    return context, seite


def test_startseite_der_koordination_und_aktualitaet(page, browser, live_server, lindenhof):
    anmelden(page, live_server, lindenhof["kim"])
    abschnitt = page.locator("section", has=page.get_by_role("heading", name="Mein Sozialraum"))
    expect(abschnitt).to_contain_text("Lindenhof")
    expect(abschnitt).to_contain_text("AG 78 Lindenhof")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "planung-startseite")

    abschnitt.get_by_role("link", name=re.compile("1 Angebot")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aktualität der Angebote")
    expect(page.locator("#eingrenzung")).to_contain_text("Lindenhof")
    expect(page.locator("main")).to_contain_text("Hausaufgabenhilfe")
    pruefe_barrierefreiheit(page)
    page.get_by_role("link", name="Alle Sozialräume zeigen").click()
    expect(page.get_by_role("link", name="Nur meine Sozialräume zeigen")).to_be_visible()
    page.get_by_role("link", name="Nur meine Sozialräume zeigen").click()
    expect(page.locator("#eingrenzung")).to_contain_text("Ihren Sozialräumen")
    bildschirmfoto(page, "planung-aktualitaet")

    context, handy = _handy(browser, live_server, lindenhof["kim"])
    try:
        expect(handy.get_by_role("heading", name="Mein Sozialraum")).to_be_visible()
        pruefe_barrierefreiheit(handy)
        bildschirmfoto(handy, "planung-startseite-handy")
    finally:
        context.close()


def test_lueckentabelle(page, browser, live_server, lindenhof):
    anmelden(page, live_server, lindenhof["kim"])
    page.goto(live_server.url + lindenhof["sozialraum"].get_absolute_url())
    luecken = page.locator("section", has=page.get_by_role("heading", name="Wo fehlen Angebote?"))
    kopf = luecken.locator("table.luecken").first.get_by_role("columnheader")
    expect(kopf.last).to_have_text("für alle Altersgruppen")
    bildung = luecken.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name="Bildung", exact=True)
    )
    # 6–12: in 6–9 and 10–13; the Familiencafé (no age limits) only under "für alle".
    expect(bildung.locator("td")).to_have_text(["–", "–", "1", "1", "–", "–", "–", "1"])
    kitas = luecken.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name="Kita", exact=True)
    )
    expect(kitas).to_contain_text("2")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(luecken, "planung-luecken")

    bildung.locator("td").nth(7).get_by_role("link").click()
    expect(page.locator("#treffer-zahl")).to_have_text("1 Angebot")
    expect(page.locator("main")).to_contain_text("Familiencafé")
    expect(page.get_by_label("Altersgruppe")).to_have_value("alle")
    page.go_back()
    kitas.get_by_role("link").click()
    expect(page.get_by_role("heading", level=2).first).to_have_text(
        "2 Einrichtungen der Art „Kita“"
    )
    pruefe_barrierefreiheit(page)

    context, handy = _handy(browser, live_server, lindenhof["kim"])
    try:
        handy.goto(live_server.url + lindenhof["sozialraum"].get_absolute_url())
        expect(handy.get_by_role("heading", name="Wo fehlen Angebote?")).to_be_visible()
        pruefe_barrierefreiheit(handy)
        bildschirmfoto(
            handy.locator("section", has=handy.get_by_role("heading", name="Wo fehlen Angebote?")),
            "planung-luecken-handy",
        )
    finally:
        context.close()


def test_kontakt_mit_tastatur(page, browser, live_server, lindenhof):
    anmelden(page, live_server, lindenhof["rita"])
    page.goto(live_server.url + "/traeger/kontakte/neu/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kontakt festhalten")
    expect(page.locator("#id_sozialraum")).to_have_value(str(lindenhof["sozialraum"].pk))
    expect(page.locator("input[name=traeger]")).to_have_count(0)  # not 40 Träger to scroll
    pruefe_barrierefreiheit(page)

    suche = page.get_by_label("Träger suchen")
    suche.focus()
    page.keyboard.type("jugendclub")
    treffer = page.get_by_role("checkbox", name="Jugendclub Nord e.V.", exact=True)
    expect(treffer).to_be_visible()
    expect(page.locator("#traeger-treffer-meldung")).to_have_text("1 Treffer für „jugendclub“")
    # The swapped-in list takes its htmx triggers when it settles; a person is slower than that.
    page.wait_for_function(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"
    )
    page.wait_for_timeout(100)
    page.keyboard.press("Tab")  # the button "Suchen"
    page.keyboard.press("Tab")  # the first hit
    expect(treffer).to_be_focused()
    with page.expect_response(lambda r: "teil=personen" in r.url, timeout=15_000):
        page.keyboard.press("Space")
    expect(treffer).to_be_checked()
    expect(treffer).to_be_focused()  # only the people below were swapped
    person = page.get_by_role("checkbox", name=re.compile("Jana Jung"))
    expect(person).to_be_visible(timeout=15_000)  # after the request for the people
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "planung-kontakt-formular")

    # Searching on keeps the ticked Träger.
    suche.fill("verein 1")
    expect(page.get_by_role("checkbox", name="Verein 10 e.V.", exact=True)).to_be_visible()
    expect(treffer).to_be_checked()
    person.check()
    page.get_by_label("mit wem (Funktion)").fill("Leitung")
    page.get_by_label("Thema").fill("Ferienprogramm abgestimmt")
    page.get_by_role("button", name="Kontakt speichern").click()
    expect(page.locator(".meldungen")).to_contain_text("Der Kontakt ist festgehalten.")
    kontakt = Kontakt.objects.get(thema="Ferienprogramm abgestimmt")
    assert list(kontakt.traeger.all()) == [lindenhof["jugendclub"]]
    assert kontakt.mit_rolle == "Leitung"
    assert kontakt.sozialraum == lindenhof["sozialraum"]
    assert [p.name for p in kontakt.ansprechpersonen.all()] == ["Jana Jung"]

    context, handy = _handy(browser, live_server, lindenhof["rita"])
    try:
        handy.goto(live_server.url + "/traeger/kontakte/neu/")
        handy.get_by_label("Träger suchen").fill("Jugendclub")
        expect(
            handy.get_by_role("checkbox", name="Jugendclub Nord e.V.", exact=True)
        ).to_be_visible()
        pruefe_barrierefreiheit(handy)
        bildschirmfoto(handy, "planung-kontakt-formular-handy")
    finally:
        context.close()


def test_kontakt_ohne_javascript(browser, live_server, lindenhof):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    try:
        seite = context.new_page()
        anmelden(seite, live_server, lindenhof["rita"])
        seite.goto(live_server.url + "/traeger/kontakte/neu/")
        seite.get_by_label("Thema").fill("Ohne Skript")
        seite.get_by_label("Träger suchen").fill("Jugendclub")
        seite.get_by_role("button", name="Suchen").click()
        seite.get_by_role("checkbox", name="Jugendclub Nord e.V.", exact=True).check()
        expect(seite.get_by_label("Thema")).to_have_value("Ohne Skript")
        seite.get_by_role("button", name="Kontakt speichern").click()
        expect(seite.locator(".meldungen")).to_contain_text("Der Kontakt ist festgehalten.")
        assert Kontakt.objects.get(thema="Ohne Skript").traeger.get() == lindenhof["jugendclub"]
    finally:
        context.close()
