"""Vernetzung in the browser: Rita (Kinderhaus e.V.) phones the Jugendclub Nord and records
it from the Träger page in a few clicks, naming its Ansprechperson and, with the keyboard,
Jonas, who works there and has an account; her colleague Carla then finds her under "Wer
kennt wen?" and sees the new edge in Lindenhof's network; Rita's private note stays hers
(404).
"""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from sozialraum.zugang.rollen import FACHKRAFT
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    EinrichtungFactory,
    KontaktFactory,
    QuartierFactory,
    TraegerFactory,
    TraegerZugehoerigkeitFactory,
    UserFactory,
)
from traeger.models import Ansprechperson, Kontakt


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
    kinderhaus = TraegerFactory(name="Kinderhaus Lindenhof e.V.")
    EinrichtungFactory(traeger=kinderhaus, name="Kinderhaus am Rosengarten", quartier=quartier)
    jugendclub = TraegerFactory(name="Jugendclub Nord e.V.")
    EinrichtungFactory(traeger=jugendclub, name="Jugendclub Oase", quartier=quartier)
    Ansprechperson.objects.create(traeger=jugendclub, name="Jana Jung", funktion="Leitung")
    andere = {}
    for name in (
        "Grundschule am Rosengarten",
        "Elterncafé Lindenhof",
        "Sportverein Lindenhof 1920 e.V.",
    ):
        andere[name] = TraegerFactory(name=name)
        EinrichtungFactory(traeger=andere[name], quartier=quartier)
    rita = UserFactory(username="rita", first_name="Rita", last_name="Roth", rolle=FACHKRAFT)
    carla = UserFactory(username="carla", first_name="Carla", last_name="Chen", rolle=FACHKRAFT)
    for user in (rita, carla):
        TraegerZugehoerigkeitFactory(user=user, traeger=kinderhaus)
    jonas = UserFactory(username="jonas", first_name="Jonas", last_name="Jahn", rolle=FACHKRAFT)
    TraegerZugehoerigkeitFactory(user=jonas, traeger=jugendclub)
    heute = timezone.localdate()
    KontaktFactory(
        erfasst_von=rita,
        eigener_traeger=kinderhaus,
        traeger=[andere["Grundschule am Rosengarten"]],
        sozialraum=quartier.sozialraum,
        thema="Übergang Kita – Grundschule",
        sichtbarkeit="traeger",
        datum=heute - datetime.timedelta(days=40),
        wiedervorlage=heute - datetime.timedelta(days=2),
    )
    return {
        "jugendclub": jugendclub,
        "rita": rita,
        "carla": carla,
        "jonas": jonas,
        "sozialraum": quartier.sozialraum,
    }


def test_kontakt_festhalten_und_im_netzwerk_sehen(page, browser, live_server, lindenhof):
    anmelden(page, live_server, lindenhof["rita"])
    # The due follow-up greets her on the start page.
    expect(page.get_by_role("heading", name="Fällige Wiedervorlagen")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Übergang Kita – Grundschule")
    pruefe_barrierefreiheit(page)

    # Record the phone call from the Jugendclub's page: Träger, Sozialraum, today, phone
    # call and "mein Träger" are filled in; a topic and one tick are all she adds.
    page.goto(live_server.url + lindenhof["jugendclub"].get_absolute_url())
    page.get_by_role("link", name="Kontakt festhalten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kontakt festhalten")
    expect(page.locator("main")).to_contain_text(
        "Keine Namen oder Daten von Klientinnen und Klienten"
    )
    expect(page.get_by_label("Art")).to_have_value("telefonat")
    page.get_by_label("Thema").fill("Ferienprogramm gemeinsam planen")
    page.get_by_label(re.compile("Jana Jung")).check()
    # The colleague with an account, in her own group right below: Tab, Space.
    kolleginnen = page.get_by_role("group", name="Kolleg:innen der gewählten Träger im Register")
    jonas = kolleginnen.get_by_role("checkbox", name="Jonas Jahn, Jugendclub Nord e.V.")
    page.keyboard.press("Tab")
    expect(jonas).to_be_focused()
    page.keyboard.press("Space")
    expect(jonas).to_be_checked()
    expect(kolleginnen.get_by_role("checkbox")).to_have_count(1)  # not Rita herself
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "vernetzung-formular")
    # On a phone the two groups of people stay readable (checked by eye in the screenshot;
    # reflow at 320 px by pruefe_barrierefreiheit).
    groesse = page.viewport_size
    page.set_viewport_size({"width": 390, "height": 844})
    bildschirmfoto(page, "vernetzung-formular-handy")
    page.set_viewport_size(groesse)
    page.get_by_role("button", name="Kontakt speichern").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jugendclub Nord e.V.")
    expect(page.locator(".meldungen")).to_contain_text("Der Kontakt ist festgehalten.")
    kontakt = Kontakt.objects.get(thema="Ferienprogramm gemeinsam planen")
    assert kontakt.sozialraum == lindenhof["sozialraum"]
    assert kontakt.sichtbarkeit == "traeger"
    assert [u.username for u in kontakt.kolleginnen.all()] == ["jonas"]

    # A second, private one.
    page.get_by_role("link", name="Kontakt festhalten").click()
    page.get_by_label("Thema").fill("Persönliche Einschätzung")
    page.get_by_label("nur ich").check()
    page.get_by_role("button", name="Kontakt speichern").click()
    expect(page.locator(".meldungen")).to_contain_text("Der Kontakt ist festgehalten.")
    privat = Kontakt.objects.get(thema="Persönliche Einschätzung")

    # Carla, her colleague, sees who knows whom at the Jugendclub.
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    carla = context.new_page()
    try:
        anmelden(carla, live_server, lindenhof["carla"])
        carla.goto(live_server.url + lindenhof["jugendclub"].get_absolute_url())
        abschnitt = carla.locator(
            "section", has=carla.get_by_role("heading", name="Wer kennt wen?")
        )
        expect(abschnitt).to_contain_text("Rita Roth")
        expect(abschnitt).to_contain_text("Jana Jung, Jonas Jahn")
        # The contact's own date: a walk across midnight must not expect the next day.
        expect(abschnitt).to_contain_text(kontakt.datum.strftime("%-d.%-m.%Y"))
        pruefe_barrierefreiheit(carla)

        # Her Vernetzung page, then Lindenhof's network.
        carla.get_by_role("link", name="Vernetzung").click()
        expect(carla.get_by_role("heading", level=1)).to_have_text("Meine Kontakte")
        pruefe_barrierefreiheit(carla)
        carla.get_by_label("Netzwerk eines Sozialraums").select_option("0103")
        carla.get_by_role("button", name="ansehen").click()
        expect(carla.get_by_role("heading", level=1)).to_have_text("Netzwerk Lindenhof")
        expect(
            carla.get_by_role("img", name=re.compile("Netzwerk der Träger in Lindenhof"))
        ).to_be_visible()
        tabelle = carla.locator("table.netzwerk-tabelle")
        zeile = tabelle.get_by_role("row").filter(has_text="Jugendclub Nord e.V.")
        expect(zeile).to_contain_text("Kinderhaus Lindenhof e.V.")
        expect(zeile.locator("td").nth(2)).to_have_text(
            "1"
        )  # one contact: Carla cannot see the private one
        nie = carla.locator(
            "section", has=carla.get_by_role("heading", name=re.compile("Mit wem arbeiten wir nie"))
        )
        expect(nie).to_contain_text("Elterncafé Lindenhof")
        expect(nie).not_to_contain_text("Jugendclub Nord e.V.")
        pruefe_barrierefreiheit(carla)
        bildschirmfoto(carla, "vernetzung-netzwerk")

        carla.get_by_label("Zeitraum").select_option("3")
        carla.get_by_role("button", name="anzeigen").click()
        expect(carla).to_have_url(re.compile(r"monate=3"))
        expect(zeile).to_be_visible()

        carla.get_by_role("link", name="Kontakte in diesem Sozialraum").first.click()
        expect(carla.get_by_role("heading", level=1)).to_have_text("Kontakte in Lindenhof")
        expect(carla.locator("main")).not_to_contain_text("Persönliche Einschätzung")
        pruefe_barrierefreiheit(carla)
        carla.get_by_role("link", name="Ferienprogramm gemeinsam planen").click()
        expect(carla.get_by_role("heading", level=1)).to_have_text(
            "Ferienprogramm gemeinsam planen"
        )
        expect(carla.locator("dl.daten")).to_contain_text("Jana Jung (Leitung), Jonas Jahn")
        expect(carla.get_by_role("link", name="bearbeiten")).to_have_count(0)
        pruefe_barrierefreiheit(carla)

        # Rita's private contact does not exist for Carla.
        antwort = carla.goto(f"{live_server.url}/traeger/kontakte/{privat.pk}/")
        assert antwort.status == 404
        antwort = carla.goto(f"{live_server.url}/traeger/kontakte/{privat.pk}/bearbeiten/")
        assert antwort.status == 404
    finally:
        context.close()

    # Rita's own list: the due follow-up, marked; done with one click.
    page.get_by_role("link", name="Vernetzung").click()
    faellig = page.locator(".wiedervorlagen li").first
    expect(faellig).to_contain_text("fällig")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "vernetzung-meine-kontakte")
    faellig.get_by_role("button", name=re.compile("erledigt")).click()
    expect(page.locator(".meldungen")).to_contain_text("Die Wiedervorlage ist erledigt.")
    expect(page.locator("main")).to_contain_text("Keine Wiedervorlage ist fällig.")

    # Jonas has left the Jugendclub since. Rita corrects the contact: unticking and ticking
    # the Träger again refreshes the people, and Jonas, named before, stays ticked.
    lindenhof["jonas"].traeger_zugehoerigkeiten.all().delete()
    page.goto(f"{live_server.url}/traeger/kontakte/{kontakt.pk}/bearbeiten/")
    jugendclub = page.get_by_role("checkbox", name="Jugendclub Nord e.V.", exact=True)
    jonas = page.get_by_role("checkbox", name="Jonas Jahn, bisher genannt")
    expect(jonas).to_be_checked()
    jugendclub.uncheck()
    expect(page.get_by_label(re.compile("Jana Jung"))).to_have_count(0)
    jugendclub.check()
    expect(page.get_by_label(re.compile("Jana Jung"))).to_be_visible()
    expect(jonas).to_be_checked()
    page.get_by_role("button", name="Kontakt speichern").click()
    expect(page.locator(".meldungen")).to_contain_text("Der Kontakt ist gespeichert.")
    assert [u.username for u in kontakt.kolleginnen.all()] == ["jonas"]
