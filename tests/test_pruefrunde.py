"""Prüfrunden: the Jugendamt asks every Träger of a selection by e-mail whether its offers
and places are still true; the Träger answers through a signed link without a password.

A small Berlin: two Bezirke (Jugendämter) Mitte and Neukölln. In Mitte the Kinderhaus
Tiergarten e.V. (address, two offers and a place), the Jugendwerk Mitte gGmbH (address, one
offer, one place) and the Nachbarschaftsinitiative Moabit (no address); in Neukölln the
Neuköllner Jugendhilfe e.V. Anna is the Jugendamt-Administration, Fred a Fachkraft, Rita
the Redaktion of the Kinderhaus.
"""

import datetime
import io
import json
import re
import smtplib
from types import SimpleNamespace
from unittest import mock

import pytest
from django.core import signing
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import timezone
from guardian.shortcuts import assign_perm

from angebote.models import (
    Aenderungsvorschlag,
    Angebot,
    Kategorie,
    Pruefanfrage,
    Pruefposten,
    Pruefrunde,
)
from angebote.pruefrunde import ablauf, versand
from angebote.pruefrunde.auswahl import Kriterien, auswahl
from angebote.pruefrunde.token import anfrage_zum_token, token_fuer
from angebote.redaktion.pruefung import vorschlag_einreichen, werte_von
from sozialraum.datenschutz.anfragen import loeschen, person_aus, vorschau
from sozialraum.datenschutz.auskunft import auskunft_json
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION, TRAEGER_REDAKTION
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    JugendamtFactory,
    QuartierFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import Einrichtung

pytestmark = pytest.mark.django_db

LANGE_HER = datetime.date(2022, 6, 1)  # the open data's "Stand"


def _quartier(bezirk, schluessel: str, name: str, sozialraum: str):
    return QuartierFactory(
        schluessel=schluessel,
        name=name,
        sozialraum__schluessel=schluessel[:6],
        sozialraum__name=sozialraum,
        sozialraum__regionalraum__schluessel=schluessel[:4],
        sozialraum__regionalraum__name=f"Prognoseraum {schluessel[:4]}",
        sozialraum__regionalraum__jugendamt=bezirk,
    )


@pytest.fixture
def berlin():
    """The small Berlin of the module docstring."""
    b = SimpleNamespace()
    b.mitte = JugendamtFactory(schluessel="01", name="Mitte")
    b.neukoelln = JugendamtFactory(schluessel="08", name="Neukölln")
    b.tiergarten = _quartier(b.mitte, "01100101", "Stülerstraße", "Tiergarten Süd")
    b.moabit = _quartier(b.mitte, "01200205", "Huttenkiez", "Moabit West")
    b.schiller = _quartier(b.neukoelln, "08100102", "Schillerpromenade", "Schillerpromenade")
    b.familie = Kategorie.objects.create(name="Familienbildung", slug="familienbildung-test")
    b.freizeit = Kategorie.objects.create(name="Freizeit", slug="freizeit-test")

    b.kinderhaus = TraegerFactory(
        name="Kinderhaus Tiergarten e.V.", email="kontakt@kinderhaus-tiergarten.example"
    )
    b.kinderhaus_ort = EinrichtungFactory(
        traeger=b.kinderhaus, name="Kinderhaus am Tiergarten", quartier=b.tiergarten
    )
    b.elterncafe = AngebotFactory(
        titel="Elterncafé am Tiergarten",
        traeger=b.kinderhaus,
        einrichtungen=[b.kinderhaus_ort],
        kategorien=[b.familie],
        zeiten=[(2, "09:00", "11:00")],
    )
    b.spielgruppe = AngebotFactory(
        titel="Spielgruppe Krabbelkäfer",
        traeger=b.kinderhaus,
        einrichtungen=[b.kinderhaus_ort],
        kategorien=[b.freizeit],
        zuletzt_geprueft=LANGE_HER,
    )
    b.jugendwerk = TraegerFactory(name="Jugendwerk Mitte gGmbH", email="info@jugendwerk.example")
    b.jugendclub = EinrichtungFactory(
        traeger=b.jugendwerk, name="Jugendclub Huttenkiez", quartier=b.moabit
    )
    b.treff = AngebotFactory(
        titel="Offener Treff Huttenkiez",
        traeger=b.jugendwerk,
        einrichtungen=[b.jugendclub],
        kategorien=[b.freizeit],
        zuletzt_geprueft=timezone.localdate(),
    )
    b.initiative = TraegerFactory(name="Nachbarschaftsinitiative Moabit", telefon="030 3999 12")
    b.nachbarschaft = EinrichtungFactory(
        traeger=b.initiative, name="Nachbarschaftsladen Moabit", quartier=b.moabit
    )
    b.neukoellner = TraegerFactory(name="Neuköllner Jugendhilfe e.V.", email="post@nkjh.example")
    b.nk_ort = EinrichtungFactory(
        traeger=b.neukoellner, name="Jugendhaus Schillerpromenade", quartier=b.schiller
    )
    b.nk_treff = AngebotFactory(
        titel="Mädchentreff Schillerkiez", traeger=b.neukoellner, einrichtungen=[b.nk_ort]
    )
    b.anna = UserFactory(
        username="anna",
        first_name="Anna",
        last_name="Amtmann",
        email="anna.amtmann@ba-mitte.example",
        rolle=JUGENDAMT_ADMINISTRATION,
    )
    b.fred = UserFactory(username="fred", rolle=FACHKRAFT)
    b.rita = UserFactory(username="rita", rolle=TRAEGER_REDAKTION)
    assign_perm("traeger.change_traeger", b.rita, b.kinderhaus)
    return b


def _runde(berlin, kriterien=None, **angaben):
    angaben = {
        "titel": "Prüfrunde Mitte",
        "gueltig_bis": timezone.localdate() + datetime.timedelta(days=42),
        "basis_url": "https://register.example.de/",
        **angaben,
    }
    return ablauf.runde_anlegen(
        kriterien or Kriterien(jugendamt=berlin.mitte), berlin.anna, **angaben
    )


def _anfrage(runde, traeger) -> Pruefanfrage:
    return runde.anfragen.get(traeger=traeger)


def _url(anfrage, name="angebote:pruefrunde_antwort", *args) -> str:
    return reverse(name, args=[token_fuer(anfrage), *args])


def _link_zu(pfad: str, name="angebote:pruefrunde_antwort"):
    """The request a personal link leads to (its page ``name``)."""
    treffer = resolve(pfad)
    assert f"{treffer.namespace}:{treffer.url_name}" == name
    return anfrage_zum_token(treffer.kwargs["token"])


def _link_aus(mail) -> str:
    """The path of the personal link in a mail's text."""
    zeile = next(z for z in mail.body.splitlines() if "/angebote/rueckmeldung/" in z)
    return zeile.strip().removeprefix("https://register.example.de")


# --- the selection ----------------------------------------------------------------------------


def test_auswahl_nach_jugendamt_sozialraum_kategorie_und_alter(berlin):
    mitte = auswahl(Kriterien(jugendamt=berlin.mitte), berlin.anna)
    assert set(mitte.angebote) == {berlin.elterncafe, berlin.spielgruppe, berlin.treff}
    assert set(mitte.einrichtungen) == {
        berlin.kinderhaus_ort,
        berlin.jugendclub,
        berlin.nachbarschaft,
    }
    sozialraum = auswahl(Kriterien(sozialraum=berlin.moabit.sozialraum), berlin.anna)
    assert set(sozialraum.angebote) == {berlin.treff}
    assert set(sozialraum.einrichtungen) == {berlin.jugendclub, berlin.nachbarschaft}
    # A Kategorie: its offers, and the places where they run.
    freizeit = auswahl(Kriterien(jugendamt=berlin.mitte, kategorie=berlin.freizeit), berlin.anna)
    assert set(freizeit.angebote) == {berlin.spielgruppe, berlin.treff}
    assert set(freizeit.einrichtungen) == {berlin.kinderhaus_ort, berlin.jugendclub}
    # Older than twelve months, never checked included; the Treff was checked today.
    alt = auswahl(Kriterien(jugendamt=berlin.mitte, monate=12), berlin.anna)
    assert set(alt.angebote) == {berlin.elterncafe, berlin.spielgruppe}
    assert alt.kriterien.beschreibung() == (
        "Jugendamt Mitte · seit mindestens 12 Monaten nicht geprüft"
    )


def test_auswahl_ohne_entwuerfe_und_archiviertes(berlin):
    berlin.elterncafe.status = Angebot.Status.ENTWURF
    berlin.elterncafe.save()
    Einrichtung.objects.filter(pk=berlin.nachbarschaft.pk).update(archiviert=True)
    mitte = auswahl(Kriterien(jugendamt=berlin.mitte), berlin.anna)
    assert berlin.elterncafe not in set(mitte.angebote)
    assert berlin.nachbarschaft not in set(mitte.einrichtungen)


def test_auswahl_nur_mit_recht(berlin):
    nichts = auswahl(Kriterien(), berlin.fred)
    assert not nichts.angebote.exists() and not nichts.einrichtungen.exists()


def test_vorschau_zaehlt_traeger_mit_und_ohne_adresse(berlin, client):
    client.force_login(berlin.anna)
    antwort = client.post(
        reverse("angebote:pruefrunde_neu"),
        {"aktion": "vorschau", "titel": "x", "jugendamt": berlin.mitte.pk, "gueltig_bis": ""},
    )
    assert antwort.status_code == 200
    assert antwort.context["vorschau"] == {
        "angebote": 3,
        "einrichtungen": 3,
        "traeger": 3,
        "mit_email": 2,
        "ohne_email": 1,
        "schon_angefragt": 0,
    }
    assert not Pruefanfrage.objects.exists()


# --- starting: one mail per Träger ---------------------------------------------------------------


def _starten(client, berlin, **daten):
    client.force_login(berlin.anna)
    return client.post(
        reverse("angebote:pruefrunde_neu"),
        {
            "aktion": "starten",
            "titel": "Prüfrunde Mitte 2026",
            "jugendamt": berlin.mitte.pk,
            "gueltig_bis": (timezone.localdate() + datetime.timedelta(days=42)).isoformat(),
            "erinnerung_1_tage": 14,
            "erinnerung_2_tage": 28,
            **daten,
        },
    )


def test_start_sendet_je_traeger_eine_mail_mit_seiner_liste(berlin, client, mailoutbox):
    antwort = _starten(client, berlin)
    runde = Pruefrunde.objects.get()
    assert antwort.status_code == 302 and antwort["Location"] == runde.get_absolute_url()
    assert sorted(m.to[0] for m in mailoutbox) == [
        "info@jugendwerk.example",
        "kontakt@kinderhaus-tiergarten.example",
    ]
    kinderhaus = next(m for m in mailoutbox if m.to == ["kontakt@kinderhaus-tiergarten.example"])
    assert "Sind Ihre Angaben noch aktuell?" in kinderhaus.subject
    for titel in (
        "Elterncafé am Tiergarten",
        "Spielgruppe Krabbelkäfer",
        "Kinderhaus am Tiergarten",
    ):
        assert titel in kinderhaus.body
    for fremd in ("Offener Treff", "Jugendclub", "Mädchentreff", "Nachbarschaftsladen"):
        assert fremd not in kinderhaus.body
    assert kinderhaus.reply_to == ["anna.amtmann@ba-mitte.example"]
    html, art = kinderhaus.alternatives[0]
    assert art == "text/html" and "Elterncafé am Tiergarten" in html
    assert "/angebote/rueckmeldung/" in html
    # Neukölln is not in the selection; the initiative has no address: on the follow-up list.
    assert runde.anfragen.count() == 3
    initiative = _anfrage(runde, berlin.initiative)
    assert initiative.email == "" and initiative.gesendet_am is None
    assert {a.traeger for a in runde.anfragen.filter(gesendet_am__isnull=False)} == {
        berlin.kinderhaus,
        berlin.jugendwerk,
    }


def test_start_prueft_frist_und_erinnerungen(berlin, client, mailoutbox):
    antwort = _starten(
        client,
        berlin,
        gueltig_bis=timezone.localdate().isoformat(),
        erinnerung_1_tage=20,
        erinnerung_2_tage=10,
    )
    assert antwort.status_code == 200
    fehler = antwort.context["form"].errors
    assert "nach dem heutigen Tag" in fehler["gueltig_bis"][0]
    assert "nach der 1. Erinnerung" in fehler["erinnerung_2_tage"][0]
    assert not mailoutbox and not Pruefanfrage.objects.exists()


def test_leere_auswahl_startet_nichts(berlin, client, mailoutbox):
    antwort = _starten(client, berlin, kategorie=berlin.familie.pk, monate=1, jugendamt="")
    assert antwort.status_code == 302  # the Elterncafé was never checked: it is in
    Angebot.objects.update(zuletzt_geprueft=timezone.localdate())
    Einrichtung.objects.update(zuletzt_geprueft=timezone.localdate())
    antwort = _starten(client, berlin, kategorie=berlin.familie.pk, monate=1, jugendamt="")
    assert antwort.status_code == 200
    assert "keine Angebote oder Einrichtungen" in antwort.text


def test_zweimal_gestartet_fragt_nichts_doppelt(berlin, client, mailoutbox):
    """A start clicked twice, or a second selection over the same records: no Träger gets a
    second mail about a record that an open round asks about already."""
    _starten(client, berlin)
    gesendet = len(mailoutbox)
    antwort = _starten(client, berlin)
    assert antwort.status_code == 200
    assert "schon in einer offenen Prüfrunde angefragt" in antwort.text
    assert Pruefrunde.objects.count() == 1 and len(mailoutbox) == gesendet
    vorschau = client.post(
        reverse("angebote:pruefrunde_neu"),
        {"aktion": "vorschau", "titel": "x", "jugendamt": "", "gueltig_bis": ""},
    )
    # Neukölln's records are left; Mitte's six are counted as asked already.
    assert vorschau.context["vorschau"]["schon_angefragt"] == 6
    assert "6 weitere Datensätze der Auswahl sind schon" in vorschau.text
    zweite = _starten(client, berlin, jugendamt="")
    assert zweite.status_code == 302
    neu = Pruefrunde.objects.latest("pk")
    assert berlin.kinderhaus not in {a.traeger for a in neu.anfragen.all()}


def test_nach_abschluss_oder_ablauf_wieder_anfragbar(berlin, client, mailoutbox):
    _starten(client, berlin)
    runde = Pruefrunde.objects.get()
    Pruefrunde.objects.filter(pk=runde.pk).update(
        gueltig_bis=timezone.localdate() - datetime.timedelta(days=1)
    )
    assert _starten(client, berlin).status_code == 302  # the links have expired
    neu = Pruefrunde.objects.latest("pk")
    Pruefrunde.objects.filter(pk=neu.pk).update(geschlossen_am=timezone.now())
    assert _starten(client, berlin).status_code == 302  # closed
    assert Pruefrunde.objects.count() == 3


def test_grosse_runde_sendet_den_rest_spaeter(berlin, client, mailoutbox, monkeypatch):
    monkeypatch.setattr(versand, "JE_ANFRAGE", 1)
    _starten(client, berlin)
    assert len(mailoutbox) == 1
    runde = Pruefanfrage.objects.first().runde
    assert ablauf.fortschritt(runde)["nicht_gesendet"] == 1
    call_command("pruefrunden_erinnern", stdout=io.StringIO())
    assert len(mailoutbox) == 2
    call_command("pruefrunden_erinnern", stdout=io.StringIO())
    assert len(mailoutbox) == 2


def test_backendfehler_macht_unzustellbar(berlin, client, mailoutbox, monkeypatch):
    senden = EmailBackend.send_messages

    def abweisen(self, nachrichten):
        if nachrichten[0].to == ["info@jugendwerk.example"]:
            raise smtplib.SMTPRecipientsRefused({"info@jugendwerk.example": (550, b"unknown")})
        return senden(self, nachrichten)

    monkeypatch.setattr(EmailBackend, "send_messages", abweisen)
    _starten(client, berlin)
    runde = Pruefanfrage.objects.first().runde
    jugendwerk = _anfrage(runde, berlin.jugendwerk)
    assert jugendwerk.status == Pruefanfrage.Status.UNZUSTELLBAR
    assert "info@jugendwerk.example" in jugendwerk.fehler
    assert [m.to for m in mailoutbox] == [["kontakt@kinderhaus-tiergarten.example"]]
    liste = client.get(reverse("angebote:pruefrunde_nachfassen", args=[runde.pk])).text
    assert "Jugendwerk Mitte gGmbH" in liste and "E-Mail unzustellbar" in liste
    assert "Nachbarschaftsinitiative Moabit" in liste and "030 3999 12" in liste
    assert "Kinderhaus Tiergarten" not in liste


def test_unzustellbar_von_hand(berlin, client, mailoutbox):
    _starten(client, berlin)
    runde = Pruefanfrage.objects.first().runde
    kinderhaus = _anfrage(runde, berlin.kinderhaus)
    antwort = client.post(reverse("angebote:pruefanfrage_unzustellbar", args=[kinderhaus.pk]))
    assert antwort.status_code == 302
    kinderhaus.refresh_from_db()
    assert kinderhaus.status == Pruefanfrage.Status.UNZUSTELLBAR
    liste = client.get(reverse("angebote:pruefrunde_nachfassen", args=[runde.pk])).text
    assert "Kinderhaus Tiergarten e.V." in liste and "Elterncafé am Tiergarten" in liste


def test_link_neu_senden_an_die_korrigierte_adresse(berlin, client, mailoutbox):
    """A bounce, the address corrected at the Träger, a new link: the old one is void, the
    answers given so far stay."""
    _starten(client, berlin)
    runde = Pruefrunde.objects.get()
    kinderhaus = _anfrage(runde, berlin.kinderhaus)
    alter_link = token_fuer(kinderhaus)
    posten = kinderhaus.posten.order_by("pk").first()
    client.post(
        reverse("angebote:pruefrunde_bestaetigen", args=[alter_link]), {"posten": posten.pk}
    )
    versand.als_unzustellbar_markieren(kinderhaus, "550 mailbox unavailable")
    berlin.kinderhaus.email = "neu@kinderhaus-tiergarten.example"
    berlin.kinderhaus.save()
    mailoutbox.clear()

    antwort = client.post(
        reverse("angebote:pruefanfrage_neu_senden", args=[kinderhaus.pk]), follow=True
    )

    assert "Ein neuer Link ist an neu@kinderhaus-tiergarten.example gesendet" in antwort.text
    (mail,) = mailoutbox
    assert mail.to == ["neu@kinderhaus-tiergarten.example"]
    kinderhaus.refresh_from_db()
    assert kinderhaus.status == Pruefanfrage.Status.TEILWEISE and kinderhaus.fehler == ""
    # The token carries its time of signing: taken from the mail, not signed again here.
    neuer_link = re.search(r"/angebote/rueckmeldung/([^/\s]+)/", mail.body).group(1)
    assert neuer_link != alter_link and alter_link not in mail.body
    assert client.get(reverse("angebote:pruefrunde_antwort", args=[alter_link])).status_code == 404
    assert client.get(reverse("angebote:pruefrunde_antwort", args=[neuer_link])).status_code == 200
    posten.refresh_from_db()
    assert posten.ergebnis == posten.Ergebnis.BESTAETIGT


def test_link_neu_senden_ohne_adresse_oder_nach_frist(berlin, client, mailoutbox):
    _starten(client, berlin)
    runde = Pruefrunde.objects.get()
    initiative = _anfrage(runde, berlin.initiative)
    antwort = client.post(
        reverse("angebote:pruefanfrage_neu_senden", args=[initiative.pk]), follow=True
    )
    assert "hat keine E-Mail-Adresse" in antwort.text
    Pruefrunde.objects.filter(pk=runde.pk).update(
        gueltig_bis=timezone.localdate() - datetime.timedelta(days=1)
    )
    mailoutbox.clear()
    kinderhaus = _anfrage(runde, berlin.kinderhaus)
    antwort = client.post(
        reverse("angebote:pruefanfrage_neu_senden", args=[kinderhaus.pk]), follow=True
    )
    assert "Frist ist vorbei" in antwort.text and not mailoutbox


def test_aufteilen_nimmt_die_offenen_fragen_mit(berlin, client, mailoutbox):
    """A Träger split during a round: its link no longer lists the moved records; they go to
    a request of the new Träger, sent with the pending mails; answers given stay."""
    from traeger.zusammenfuehren.aufteilen import traeger_aufteilen

    kita = EinrichtungFactory(
        traeger=berlin.kinderhaus, name="Kita Huttenkiez", quartier=berlin.moabit
    )
    _starten(client, berlin)
    runde = Pruefrunde.objects.get()
    alt = _anfrage(runde, berlin.kinderhaus)
    posten_cafe = alt.posten.get(angebot=berlin.elterncafe)
    client.post(
        reverse("angebote:pruefrunde_bestaetigen", args=[token_fuer(alt)]),
        {"posten": posten_cafe.pk},
    )
    neu = TraegerFactory(name="Kinderhaus Tiergarten gGmbH", email="post@kh-ggmbh.example")
    mailoutbox.clear()

    traeger_aufteilen(berlin.kinderhaus, [berlin.kinderhaus_ort], neu, akteur=berlin.anna)

    # The answered Elterncafé moved as an offer, but its answer stays with the old request.
    assert set(alt.posten.values_list("angebot", "einrichtung")) == {
        (berlin.elterncafe.pk, None),
        (None, kita.pk),
    }
    neue_anfrage = _anfrage(runde, neu)
    assert neue_anfrage.gesendet_am is None and neue_anfrage.email == "post@kh-ggmbh.example"
    assert set(neue_anfrage.posten.values_list("angebot", "einrichtung")) == {
        (berlin.spielgruppe.pk, None),
        (None, berlin.kinderhaus_ort.pk),
    }
    seite = client.get(reverse("angebote:pruefrunde_antwort", args=[token_fuer(alt)])).text
    assert "Kita Huttenkiez" in seite and "Spielgruppe Krabbelkäfer" not in seite
    versand.anfragen_senden(runde)
    (mail,) = mailoutbox
    assert mail.to == ["post@kh-ggmbh.example"] and "Spielgruppe Krabbelkäfer" in mail.body


# --- the link -----------------------------------------------------------------------------------


def test_seite_des_links_zeigt_nur_die_eigenen_angaben(berlin, client):
    runde = _runde(berlin)
    antwort = client.get(_url(_anfrage(runde, berlin.kinderhaus)))
    assert antwort.status_code == 200
    text = antwort.text
    assert "Sind Ihre Angaben noch aktuell?" in text
    for eigen in (
        "Elterncafé am Tiergarten",
        "Spielgruppe Krabbelkäfer",
        "Kinderhaus am Tiergarten",
    ):
        assert eigen in text
    for fremd in ("Offener Treff", "Jugendclub Huttenkiez", "Nachbarschaftsladen"):
        assert fremd not in text
    assert "anna.amtmann@ba-mitte.example" in text  # whom to ask


def test_seite_des_links_mit_fester_zahl_von_abfragen(berlin, client):
    runde = _runde(berlin)
    anfrage = _anfrage(runde, berlin.kinderhaus)
    client.get(_url(anfrage))  # warm caches (the number of Jugendämter) first
    with CaptureQueriesContext(connection) as wenige:
        client.get(_url(anfrage))
    for n in range(6):
        ort = EinrichtungFactory(traeger=berlin.kinderhaus, quartier=berlin.tiergarten)
        angebot = AngebotFactory(
            traeger=berlin.kinderhaus, einrichtungen=[ort], zeiten=[(n, "10:00", "11:00")]
        )
        Pruefposten.objects.create(anfrage=anfrage, angebot=angebot)
        Pruefposten.objects.create(anfrage=anfrage, einrichtung=ort)
    with CaptureQueriesContext(connection) as viele:
        client.get(_url(anfrage))
    # Request with round and Träger; its records with places and proposals; the offers;
    # their times; their places. The session and the CSRF token add none.
    assert len(viele) == len(wenige), [q["sql"][:90] for q in viele]
    assert len(viele) == 5


def test_manipulierter_link_404_ohne_abfrage(berlin, client):
    runde = _runde(berlin)
    token = token_fuer(_anfrage(runde, berlin.kinderhaus))
    kaputt = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")
    with CaptureQueriesContext(connection) as abfragen:
        antwort = client.get(reverse("angebote:pruefrunde_antwort", args=[kaputt]))
    assert antwort.status_code == 404
    assert "Dieser Link ist ungültig" in antwort.text
    assert not [q for q in abfragen if "pruefanfrage" in q["sql"]]
    # Another request's id in a genuine signature needs its nonce too.
    fremd = signing.dumps(
        [_anfrage(runde, berlin.jugendwerk).pk, "geraten"], salt="angebote.pruefrunde.link"
    )
    assert client.get(reverse("angebote:pruefrunde_antwort", args=[fremd])).status_code == 404
    # A new nonce revokes the link.
    anfrage = _anfrage(runde, berlin.kinderhaus)
    anfrage.nonce = "neu"
    anfrage.save()
    assert client.get(reverse("angebote:pruefrunde_antwort", args=[token])).status_code == 404


def test_abgelaufener_link_sagt_wen_man_fragt(berlin, client):
    runde = _runde(berlin)
    anfrage = _anfrage(runde, berlin.kinderhaus)
    vor_200_tagen = int(timezone.now().timestamp()) - 200 * 24 * 3600
    with mock.patch.object(
        signing.TimestampSigner, "timestamp", return_value=signing.b62_encode(vor_200_tagen)
    ):
        alt = token_fuer(anfrage)
    antwort = client.get(reverse("angebote:pruefrunde_antwort", args=[alt]))
    assert antwort.status_code == 410
    assert "Dieser Link ist abgelaufen" in antwort.text
    assert "anna.amtmann@ba-mitte.example" in antwort.text
    # The round's answer period is over: the same, also for a fresh signature.
    runde.gueltig_bis = timezone.localdate() - datetime.timedelta(days=1)
    runde.save()
    antwort = client.get(_url(anfrage))
    assert antwort.status_code == 410 and "endete am" in antwort.text
    antwort = client.post(_url(anfrage, "angebote:pruefrunde_bestaetigen"), {"alle": "1"})
    assert antwort.status_code == 410
    assert not Pruefposten.objects.exclude(ergebnis="offen").exists()


def test_post_verlangt_csrf(berlin):
    anfrage = _anfrage(_runde(berlin), berlin.kinderhaus)
    streng = Client(enforce_csrf_checks=True)
    antwort = streng.post(_url(anfrage, "angebote:pruefrunde_bestaetigen"), {"alle": "1"})
    assert antwort.status_code == 403
    assert not anfrage.posten.exclude(ergebnis="offen").exists()


# --- answers ---------------------------------------------------------------------------------------


def test_einen_bestaetigen_dann_alle(berlin, client):
    runde = _runde(berlin)
    anfrage = _anfrage(runde, berlin.kinderhaus)
    elterncafe = anfrage.posten.get(angebot=berlin.elterncafe)
    antwort = client.post(
        _url(anfrage, "angebote:pruefrunde_bestaetigen"), {"posten": elterncafe.pk}
    )
    # Back to her page: the link of the same request (signed anew, so its time may differ).
    assert antwort.status_code == 302 and _link_zu(antwort["Location"]) == anfrage
    berlin.elterncafe.refresh_from_db()
    assert berlin.elterncafe.zuletzt_geprueft == timezone.localdate()
    assert berlin.elterncafe.geprueft_von is None
    eintrag = berlin.elterncafe.history.first()
    assert (
        eintrag.history_change_reason == "bestätigt durch den Träger (Prüfrunde „Prüfrunde Mitte“)"
    )
    assert eintrag.history_user is None
    anfrage.refresh_from_db()
    assert anfrage.status == Pruefanfrage.Status.TEILWEISE
    seite = client.get(_url(anfrage)).text
    assert "Vielen Dank! 1 Angabe ist als aktuell bestätigt." in seite
    assert "2 Angaben sind noch offen." in seite

    client.post(_url(anfrage, "angebote:pruefrunde_bestaetigen"), {"alle": "1"})
    anfrage.refresh_from_db()
    assert anfrage.status == Pruefanfrage.Status.BESTAETIGT
    berlin.kinderhaus_ort.refresh_from_db()
    assert berlin.kinderhaus_ort.zuletzt_geprueft == timezone.localdate()
    assert (
        "bestätigt durch den Träger" in berlin.kinderhaus_ort.history.first().history_change_reason
    )
    assert "Alle Angaben sind beantwortet" in client.get(_url(anfrage)).text


def test_fremde_posten_sind_nicht_erreichbar(berlin, client):
    runde = _runde(berlin)
    kinderhaus, jugendwerk = _anfrage(runde, berlin.kinderhaus), _anfrage(runde, berlin.jugendwerk)
    fremder = jugendwerk.posten.first()
    bestaetigen = _url(kinderhaus, "angebote:pruefrunde_bestaetigen")
    for posten in ([fremder.pk], [kinderhaus.posten.first().pk, fremder.pk], ["abc"], [str(2**64)]):
        assert client.post(bestaetigen, {"posten": posten}).status_code == 404
    korrigieren = _url(kinderhaus, "angebote:pruefrunde_korrigieren", fremder.pk)
    assert client.get(korrigieren).status_code == 404
    assert client.post(korrigieren, {"anmerkung": "überschrieben"}).status_code == 404
    assert not Pruefposten.objects.exclude(ergebnis="offen").exists()


def _korrekturdaten(angebot, **aenderungen) -> dict:
    """The correction form filled with the offer's values and ``aenderungen``."""
    werte = werte_von(angebot)
    daten = {k: v for k, v in werte.items() if k != "zeiten" and v not in (None, False)}
    daten.update(aenderungen)
    daten["stand"] = angebot.updated_at.isoformat()
    zeiten = werte["zeiten"]
    daten.update({"zeiten-TOTAL_FORMS": len(zeiten) + 1, "zeiten-INITIAL_FORMS": len(zeiten)})
    for i, (tag, von, bis) in enumerate(zeiten):
        daten.update({f"zeiten-{i}-wochentag": tag, f"zeiten-{i}-von": von, f"zeiten-{i}-bis": bis})
    return daten


def test_korrektur_eines_angebots_landet_in_der_pruefung(berlin, client):
    runde = _runde(berlin)
    anfrage = _anfrage(runde, berlin.kinderhaus)
    posten = anfrage.posten.get(angebot=berlin.elterncafe)
    url = _url(anfrage, "angebote:pruefrunde_korrigieren", posten.pk)
    formular = client.get(url)
    assert formular.status_code == 200 and "Angebot korrigieren" in formular.text
    antwort = client.post(
        url, _korrekturdaten(berlin.elterncafe, zeiten_hinweis="nicht in den Sommerferien")
    )
    assert antwort.status_code == 302, antwort.context["form"].errors
    vorschlag = Aenderungsvorschlag.objects.get(angebot=berlin.elterncafe)
    assert vorschlag.status == Aenderungsvorschlag.Status.OFFEN
    assert vorschlag.eingereicht_von is None
    assert vorschlag.daten["zeiten_hinweis"] == "nicht in den Sommerferien"
    berlin.elterncafe.refresh_from_db()
    assert berlin.elterncafe.zeiten_hinweis == ""  # published as before until approved
    posten.refresh_from_db()
    assert posten.ergebnis == Pruefposten.Ergebnis.KORRIGIERT and posten.vorschlag == vorschlag
    anfrage.refresh_from_db()
    assert anfrage.status == Pruefanfrage.Status.TEILWEISE
    # In the Jugendamt's queue, by "Träger über Prüfrunde", and on the round's page.
    client.force_login(berlin.anna)
    warteschlange = client.get(reverse("angebote:pruefliste")).text
    assert "Elterncafé am Tiergarten" in warteschlange and "Träger über Prüfrunde" in warteschlange
    seite = client.get(runde.get_absolute_url()).text
    assert vorschlag.get_absolute_url() in seite


def test_korrektur_ohne_aenderung_ist_keine(berlin, client):
    anfrage = _anfrage(_runde(berlin), berlin.kinderhaus)
    posten = anfrage.posten.get(angebot=berlin.elterncafe)
    url = _url(anfrage, "angebote:pruefrunde_korrigieren", posten.pk)
    antwort = client.post(url, _korrekturdaten(berlin.elterncafe), follow=True)
    assert "Sie haben nichts geändert" in antwort.text
    assert not Aenderungsvorschlag.objects.exists()
    posten.refresh_from_db()
    assert posten.ergebnis == Pruefposten.Ergebnis.OFFEN


def test_korrektur_bei_anderem_offenen_vorschlag_gesperrt(berlin, client):
    """Rita's pending proposal is hers: the link holder neither sees nor overwrites it."""
    werte = {**werte_von(berlin.elterncafe), "titel": "Ritas geheimer Entwurf"}
    vorschlag_einreichen(berlin.elterncafe, berlin.kinderhaus, werte, berlin.rita)
    anfrage = _anfrage(_runde(berlin), berlin.kinderhaus)
    posten = anfrage.posten.get(angebot=berlin.elterncafe)
    url = _url(anfrage, "angebote:pruefrunde_korrigieren", posten.pk)
    seite = client.get(url)
    assert seite.status_code == 200
    assert "bereits eine Änderung zur Prüfung vor" in seite.text
    assert "Ritas geheimer Entwurf" not in seite.text
    client.post(url, _korrekturdaten(berlin.elterncafe, titel="Überschrieben"))
    assert Aenderungsvorschlag.objects.get().daten["titel"] == "Ritas geheimer Entwurf"


def test_korrektur_einer_einrichtung_als_hinweis(berlin, client):
    runde = _runde(berlin)
    anfrage = _anfrage(runde, berlin.kinderhaus)
    posten = anfrage.posten.get(einrichtung=berlin.kinderhaus_ort)
    url = _url(anfrage, "angebote:pruefrunde_korrigieren", posten.pk)
    leer = client.post(url, {"anmerkung": ""})
    assert leer.status_code == 200 and "Bitte beschreiben Sie" in leer.text
    client.post(url, {"anmerkung": "Neue Telefonnummer: 030 123 456"})
    posten.refresh_from_db()
    assert posten.ergebnis == Pruefposten.Ergebnis.KORRIGIERT
    client.force_login(berlin.anna)
    seite = client.get(runde.get_absolute_url()).text
    assert "Neue Telefonnummer: 030 123 456" in seite
    assert reverse("traeger:einrichtung_bearbeiten", args=[berlin.kinderhaus_ort.pk]) in seite


def test_telefonisch_bestaetigt_vermerkt_die_administration(berlin, client):
    runde = _runde(berlin)
    initiative = _anfrage(runde, berlin.initiative)
    client.force_login(berlin.anna)
    client.post(reverse("angebote:pruefanfrage_bestaetigen", args=[initiative.pk]))
    initiative.refresh_from_db()
    assert initiative.status == Pruefanfrage.Status.BESTAETIGT
    berlin.nachbarschaft.refresh_from_db()
    assert berlin.nachbarschaft.geprueft_von == berlin.anna
    liste = client.get(reverse("angebote:pruefrunde_nachfassen", args=[runde.pk])).text
    assert "Nachbarschaftsinitiative" not in liste
    # After the answer period too (the phone calls come late), until the round is closed.
    runde.gueltig_bis = timezone.localdate() - datetime.timedelta(days=3)
    runde.save()
    client.post(
        reverse("angebote:pruefanfrage_bestaetigen", args=[_anfrage(runde, berlin.jugendwerk).pk])
    )
    assert _anfrage(runde, berlin.jugendwerk).status == Pruefanfrage.Status.BESTAETIGT


# --- reminders and closing ------------------------------------------------------------------------


def test_erinnerungen_nach_zwei_und_vier_wochen(berlin, mailoutbox):
    runde = _runde(berlin)
    versand.anfragen_senden(runde)
    kinderhaus, jugendwerk = _anfrage(runde, berlin.kinderhaus), _anfrage(runde, berlin.jugendwerk)
    client = Client()
    client.post(_url(jugendwerk, "angebote:pruefrunde_bestaetigen"), {"alle": "1"})
    start = kinderhaus.gesendet_am
    mailoutbox.clear()

    def lauf(tage: int) -> list:
        for _ in range(2):  # cron twice: no second mail
            versand.erinnerungen_senden(runde, jetzt=start + datetime.timedelta(days=tage))
        gesendet = list(mailoutbox)
        mailoutbox.clear()
        return gesendet

    assert lauf(13) == []
    erste = lauf(14)
    assert [m.to for m in erste] == [["kontakt@kinderhaus-tiergarten.example"]]
    assert erste[0].subject.startswith("[Sozialraum-Register] Erinnerung:")
    assert lauf(20) == []
    # Confirm one: the second reminder lists only what is still open.
    client.post(
        _url(kinderhaus, "angebote:pruefrunde_bestaetigen"),
        {"posten": kinderhaus.posten.get(angebot=berlin.elterncafe).pk},
    )
    zweite = lauf(28)
    assert [m.to for m in zweite] == [["kontakt@kinderhaus-tiergarten.example"]]
    assert "Spielgruppe Krabbelkäfer" in zweite[0].body
    assert "Elterncafé" not in zweite[0].body
    assert lauf(40) == []
    kinderhaus.refresh_from_db()
    assert kinderhaus.erinnert_1_am and kinderhaus.erinnert_2_am


def test_erinnerungsbefehl_schickt_je_art_hoechstens_eine(berlin, mailoutbox):
    runde = _runde(berlin)
    versand.anfragen_senden(runde)
    Pruefanfrage.objects.update(gesendet_am=timezone.now() - datetime.timedelta(days=15))
    mailoutbox.clear()
    ausgabe = io.StringIO()
    call_command("pruefrunden_erinnern", "--trockenlauf", stdout=ausgabe)
    assert "2 fällig für Erinnerung 1" in ausgabe.getvalue() and not mailoutbox
    call_command("pruefrunden_erinnern", stdout=io.StringIO())
    call_command("pruefrunden_erinnern", stdout=io.StringIO())
    assert sorted(m.to[0] for m in mailoutbox) == [
        "info@jugendwerk.example",
        "kontakt@kinderhaus-tiergarten.example",
    ]


def test_abschliessen_markiert_unbeantwortetes(berlin, client, mailoutbox):
    runde = _runde(berlin)
    versand.anfragen_senden(runde)
    kinderhaus, jugendwerk = _anfrage(runde, berlin.kinderhaus), _anfrage(runde, berlin.jugendwerk)
    client.post(
        _url(kinderhaus, "angebote:pruefrunde_bestaetigen"),
        {"posten": kinderhaus.posten.get(angebot=berlin.elterncafe).pk},
    )
    client.force_login(berlin.anna)
    stand = runde.updated_at.isoformat()
    antwort = client.post(
        reverse("angebote:pruefrunde_schliessen", args=[runde.pk]), {"stand": stand}, follow=True
    )
    assert "Die Prüfrunde ist abgeschlossen. 5 Angaben blieben unbeantwortet." in antwort.text
    kinderhaus.refresh_from_db()
    jugendwerk.refresh_from_db()
    assert kinderhaus.status == Pruefanfrage.Status.TEILWEISE
    assert jugendwerk.status == Pruefanfrage.Status.UNBEANTWORTET
    assert set(kinderhaus.posten.values_list("ergebnis", flat=True)) == {
        "bestaetigt",
        "unbeantwortet",
    }
    # Closed twice (an old tab): refused with a message.
    antwort = client.post(
        reverse("angebote:pruefrunde_schliessen", args=[runde.pk]), {"stand": stand}, follow=True
    )
    assert "inzwischen geändert" in antwort.text
    # The links end, nothing is reminded any more.
    abgeschlossen = Client().get(_url(jugendwerk))
    assert abgeschlossen.status_code == 410 and "Prüfrunde ist abgeschlossen" in abgeschlossen.text
    mailoutbox.clear()
    runde.refresh_from_db()
    versand.erinnerungen_senden(runde, jetzt=timezone.now() + datetime.timedelta(days=30))
    assert not mailoutbox


def test_fortschritt_zaehlt(berlin, client):
    runde = _runde(berlin)
    versand.anfragen_senden(runde)
    kinderhaus = _anfrage(runde, berlin.kinderhaus)
    client.post(_url(kinderhaus, "angebote:pruefrunde_bestaetigen"), {"alle": "1"})
    versand.als_unzustellbar_markieren(_anfrage(runde, berlin.jugendwerk), "550")
    stand = ablauf.fortschritt(runde)
    assert stand["traeger"] == 3
    assert (stand["bestaetigt"], stand["korrigiert"], stand["offen"]) == (3, 0, 3)
    assert stand["unzustellbar"] == 1 and stand["ohne_email"] == 1
    assert stand["prozent"] == 50
    client.force_login(berlin.anna)
    seite = client.get(runde.get_absolute_url())
    assert "3 von 6 Angaben beantwortet (50 %)" in seite.text
    gefiltert = client.get(runde.get_absolute_url(), {"status": "unzustellbar"})
    assert [a.traeger for a in gefiltert.context["seite"]] == [berlin.jugendwerk]
    # An unknown filter value shows all, never an error.
    assert client.get(runde.get_absolute_url(), {"status": "x\x00"}).status_code == 200


# --- permissions, start page, data protection -----------------------------------------------------


def test_nur_die_jugendamt_administration(berlin, client):
    runde = _runde(berlin)
    anfrage = _anfrage(runde, berlin.kinderhaus)
    for user in (berlin.fred, berlin.rita):
        client.force_login(user)
        for name, args in (
            ("angebote:pruefrunden", []),
            ("angebote:pruefrunde_neu", []),
            ("angebote:pruefrunde", [runde.pk]),
            ("angebote:pruefrunde_nachfassen", [runde.pk]),
        ):
            assert client.get(reverse(name, args=args)).status_code == 403
        for name, pk in (
            ("angebote:pruefrunde_senden", runde.pk),
            ("angebote:pruefrunde_schliessen", runde.pk),
            ("angebote:pruefanfrage_bestaetigen", anfrage.pk),
            ("angebote:pruefanfrage_unzustellbar", anfrage.pk),
        ):
            assert client.post(reverse(name, args=[pk])).status_code == 403
        assert "Prüfrunden" not in client.get(reverse("start")).text
    client.force_login(berlin.anna)
    start = client.get(reverse("start")).text
    assert "Prüfrunde Mitte" in start and "0 von 6 Angaben beantwortet" in start
    assert client.get(reverse("angebote:pruefrunden")).status_code == 200


def test_datenschutz_auskunft_und_vorschau(berlin):
    runde = _runde(berlin)
    person = person_aus({"sozialraum.user": [berlin.anna.pk]})
    export = json.loads(auskunft_json(person))
    text = json.dumps(export, ensure_ascii=False)
    assert "Prüfrunde Mitte" in text
    anfrage = _anfrage(runde, berlin.kinderhaus)
    assert anfrage.nonce not in text
    assert any("Prüfrunde hat sie gestartet" in z for z in vorschau(person))


def test_datenschutz_loeschen_leert_die_adresse(berlin):
    """The Träger's address was her personal one: erased, the request stays."""
    runde = _runde(berlin)
    versand.als_unzustellbar_markieren(
        _anfrage(runde, berlin.kinderhaus), "550 kontakt@kinderhaus-tiergarten.example unknown"
    )
    berlin.rita.email = "kontakt@kinderhaus-tiergarten.example"
    berlin.rita.save()
    rita = person_aus({"sozialraum.user": [berlin.rita.pk]})
    assert any("Prüfanfrage ging an ihre Adresse" in z for z in vorschau(rita))
    loeschen(rita)
    anfrage = _anfrage(runde, berlin.kinderhaus)
    assert anfrage.email == ""
    assert "kinderhaus-tiergarten" not in anfrage.fehler


# --- end to end ----------------------------------------------------------------------------------


def test_berlin_von_anfang_bis_ende(berlin, client, mailoutbox):
    """The issue's "done": a round over the Berlin Träger with an address, mails, confirm,
    correct, reminder, close."""
    _starten(client, berlin, jugendamt="")  # all of Berlin
    runde = Pruefanfrage.objects.first().runde
    assert sorted(m.to[0] for m in mailoutbox) == [
        "info@jugendwerk.example",
        "kontakt@kinderhaus-tiergarten.example",
        "post@nkjh.example",
    ]
    post = {m.to[0]: m for m in mailoutbox}
    traeger = Client()  # the Träger's browser, nobody logged in

    # The Kinderhaus corrects one offer and confirms the rest.
    link = _link_aus(post["kontakt@kinderhaus-tiergarten.example"])
    assert "Elterncafé am Tiergarten" in traeger.get(link).text
    anfrage = _anfrage(runde, berlin.kinderhaus)
    posten = anfrage.posten.get(angebot=berlin.spielgruppe)
    traeger.post(
        f"{link}korrigieren/{posten.pk}/",
        _korrekturdaten(berlin.spielgruppe, kosten="gebuehr", kosten_hinweis="2 € pro Termin"),
    )
    traeger.post(f"{link}bestaetigen/", {"alle": "1"})
    anfrage.refresh_from_db()
    assert anfrage.status == Pruefanfrage.Status.KORRIGIERT

    # The Jugendwerk confirms its one offer and forgets the place; Neukölln does nothing.
    link = _link_aus(post["info@jugendwerk.example"])
    jugendwerk = _anfrage(runde, berlin.jugendwerk)
    traeger.post(f"{link}bestaetigen/", {"posten": jugendwerk.posten.get(angebot=berlin.treff).pk})

    # Two weeks later cron reminds the Jugendwerk (one place open) and Neukölln, once each.
    mailoutbox.clear()
    spaeter = runde.anfragen.filter(gesendet_am__isnull=False)
    spaeter.update(gesendet_am=timezone.now() - datetime.timedelta(days=14, hours=1))
    call_command("pruefrunden_erinnern", stdout=io.StringIO())
    call_command("pruefrunden_erinnern", stdout=io.StringIO())
    assert sorted(m.to[0] for m in mailoutbox) == ["info@jugendwerk.example", "post@nkjh.example"]
    assert (
        "Jugendclub Huttenkiez" in mailoutbox[0].body
        or "Jugendclub Huttenkiez" in mailoutbox[1].body
    )

    # The Jugendamt approves the correction from its queue.
    client.force_login(berlin.anna)
    vorschlag = Aenderungsvorschlag.objects.get(angebot=berlin.spielgruppe)
    antwort = client.post(
        reverse("angebote:freigeben", args=[vorschlag.pk]),
        {
            "vorschlag_stand": vorschlag.updated_at.isoformat(),
            "angebot_stand": berlin.spielgruppe.updated_at.isoformat(),
        },
    )
    assert antwort.status_code == 302
    berlin.spielgruppe.refresh_from_db()
    assert berlin.spielgruppe.kosten_hinweis == "2 € pro Termin"

    # The round's page, then closing it.
    seite = client.get(runde.get_absolute_url())
    fortschritt = seite.context["fortschritt"]
    assert (fortschritt["bestaetigt"], fortschritt["korrigiert"], fortschritt["offen"]) == (3, 1, 4)
    client.post(
        reverse("angebote:pruefrunde_schliessen", args=[runde.pk]),
        {"stand": runde.updated_at.isoformat()},
    )
    status = dict(runde.anfragen.values_list("traeger__name", "status"))
    assert status == {
        "Kinderhaus Tiergarten e.V.": "korrigiert",
        "Jugendwerk Mitte gGmbH": "teilweise",
        "Nachbarschaftsinitiative Moabit": "unbeantwortet",
        "Neuköllner Jugendhilfe e.V.": "unbeantwortet",
    }
    assert traeger.get(link).status_code == 410
