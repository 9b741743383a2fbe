"""A Prüfrunde in the browser: Anna (Jugendamt-Administration, Bezirk Mitte) starts a round
over Mitte; the Kinderhaus Tiergarten opens the link from its e-mail on a phone, confirms
one offer and corrects another; Anna sees the progress and the correction.
"""

import datetime
import re

from django.core import mail
from playwright.sync_api import expect

from angebote.models import Aenderungsvorschlag, Pruefposten
from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    JugendamtFactory,
    QuartierFactory,
    TraegerFactory,
    UserFactory,
)

HANDY = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def _berlin():
    mitte = JugendamtFactory(schluessel="01", name="Mitte")
    JugendamtFactory(schluessel="08", name="Neukölln")
    quartier = QuartierFactory(
        schluessel="01100101",
        name="Stülerstraße",
        sozialraum__schluessel="011001",
        sozialraum__name="Tiergarten Süd",
        sozialraum__regionalraum__schluessel="0110",
        sozialraum__regionalraum__name="Zentrum",
        sozialraum__regionalraum__jugendamt=mitte,
    )
    kinderhaus = TraegerFactory(
        name="Kinderhaus Tiergarten e.V.", email="kontakt@kinderhaus-tiergarten.example"
    )
    ort = EinrichtungFactory(
        traeger=kinderhaus,
        name="Kinderhaus am Tiergarten",
        strasse="Lützowstraße 12",
        plz="10785",
        ort="Berlin",
        telefon="030 2612 345",
        quartier=quartier,
    )
    AngebotFactory(
        titel="Elterncafé am Tiergarten",
        traeger=kinderhaus,
        einrichtungen=[ort],
        zeiten=[(2, "09:00", "11:00")],
        zuletzt_geprueft=datetime.date(2022, 6, 1),
    )
    AngebotFactory(
        titel="Spielgruppe Krabbelkäfer mit einem recht langen Titel für kleine Bildschirme",
        traeger=kinderhaus,
        einrichtungen=[ort],
        zeiten=[(0, "15:00", "16:30"), (3, "15:00", "16:30")],
        telefon="030 2612 346",
    )
    jugendwerk = TraegerFactory(name="Jugendwerk Mitte gGmbH", email="info@jugendwerk.example")
    AngebotFactory(
        titel="Offener Treff",
        traeger=jugendwerk,
        einrichtungen=[
            EinrichtungFactory(traeger=jugendwerk, name="Jugendclub", quartier=quartier)
        ],
    )
    initiative = TraegerFactory(name="Nachbarschaftsinitiative Moabit", telefon="030 3999 12")
    EinrichtungFactory(traeger=initiative, name="Nachbarschaftsladen", quartier=quartier)
    return mitte


def test_pruefrunde_starten_bestaetigen_korrigieren(page, live_server, browser):
    mitte = _berlin()
    anna = UserFactory(
        username="anna",
        first_name="Anna",
        last_name="Amtmann",
        email="anna@ba-mitte.example",
        rolle=JUGENDAMT_ADMINISTRATION,
    )
    mail.outbox.clear()

    # Anna starts the round from her start page.
    anmelden(page, live_server, anna)
    bereich = page.get_by_role("region", name="Prüfrunden")
    bereich.get_by_role("link", name="Neue Prüfrunde").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Neue Prüfrunde")
    page.get_by_label("Jugendamt").select_option(label=str(mitte))
    page.get_by_role("button", name="Anzahl aktualisieren").click()
    vorschau = page.get_by_role("region", name="Diese Auswahl")
    expect(vorschau).to_contain_text("3 Träger: 2 bekommen eine E-Mail")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "pruefrunde_start")
    page.get_by_role("button", name="Prüfrunde starten und E-Mails senden").click()
    expect(page.get_by_role("status")).to_contain_text("2 E-Mails gesendet.")
    expect(page.get_by_text("0 von 6 Angaben beantwortet (0 %)")).to_be_visible()
    pruefe_barrierefreiheit(page)

    # The Kinderhaus opens its link on a phone, without an account.
    post = next(m for m in mail.outbox if m.to == ["kontakt@kinderhaus-tiergarten.example"])
    link = re.search(r"https?://\S+/angebote/rueckmeldung/\S+/", post.body).group(0)
    traeger = browser.new_context(locale="de-DE", viewport=HANDY)
    traeger.set_default_timeout(10_000)
    handy = traeger.new_page()
    handy.goto(link)
    expect(handy.get_by_role("heading", level=1)).to_have_text("Sind Ihre Angaben noch aktuell?")
    expect(handy.get_by_text("3 Angaben sind noch offen.")).to_be_visible()
    pruefe_barrierefreiheit(handy)
    bildschirmfoto(handy, "pruefrunde_traeger_handy")

    handy.get_by_role("button", name="Stimmt noch: Elterncafé am Tiergarten").click()
    expect(handy.get_by_role("status")).to_contain_text("1 Angabe ist als aktuell bestätigt.")
    expect(handy.get_by_text("2 Angaben sind noch offen.")).to_be_visible()

    handy.get_by_role("link", name=re.compile("^Korrigieren: Spielgruppe Krabbelkäfer")).click()
    expect(handy.get_by_role("heading", level=1)).to_contain_text("Angebot korrigieren")
    pruefe_barrierefreiheit(handy)
    handy.get_by_label("Hinweis zu den Zeiten").fill("nicht in den Schulferien")
    handy.get_by_role("button", name="Korrektur senden").click()
    expect(handy.get_by_role("status")).to_contain_text("liegt dem Jugendamt zur Prüfung vor")
    expect(handy.get_by_text("korrigiert am")).to_be_visible()
    pruefe_barrierefreiheit(handy)
    bildschirmfoto(handy, "pruefrunde_traeger_nach_antwort")
    handy.set_viewport_size(DESKTOP)
    pruefe_barrierefreiheit(handy)
    bildschirmfoto(handy, "pruefrunde_traeger_desktop")
    traeger.close()

    # Anna sees the progress and the correction, which waits in the review queue.
    page.reload()
    expect(page.get_by_text("2 von 6 Angaben beantwortet (33 %)")).to_be_visible()
    korrekturen = page.get_by_role("table", name="Korrekturen der Träger")
    expect(korrekturen).to_contain_text("Spielgruppe Krabbelkäfer")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "pruefrunde_runde")
    page.set_viewport_size(HANDY)
    pruefe_barrierefreiheit(page)
    page.set_viewport_size(DESKTOP)
    page.get_by_role("link", name="Nachfassliste (Telefon, Brief)").click()
    expect(
        page.get_by_role("heading", level=2, name="Nachbarschaftsinitiative Moabit")
    ).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "pruefrunde_nachfassliste")

    vorschlag = Aenderungsvorschlag.objects.get()
    assert vorschlag.eingereicht_von is None
    assert vorschlag.daten["zeiten_hinweis"] == "nicht in den Schulferien"
    assert Pruefposten.objects.filter(ergebnis="bestaetigt").count() == 1


def test_abgelaufener_link_auf_dem_handy(page, live_server):
    page.set_viewport_size(HANDY)
    page.goto(f"{live_server.url}/angebote/rueckmeldung/kaputt:1:abc/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dieser Link ist ungültig")
    pruefe_barrierefreiheit(page)
