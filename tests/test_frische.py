"""Aktualität: "Noch aktuell", the dashboard of stale offers and the reminder e-mails.

Personas: Rita keeps the offers of Kinderhaus Regenbogen current (guardian right on the
Träger), Bernd works for Jugendclub Nord with the role Träger-Redaktion (Zugehörigkeit),
Anna is Jugendamt-Administration, Fred a Fachkraft, Vera the Redaktion of another Träger.
"""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from guardian.shortcuts import assign_perm

from angebote.aktualitaet.frische import angebot_bestaetigen
from angebote.models import Angebot
from sozialraum.werkzeuge.fristen import pruefgrenze
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION, TRAEGER_REDAKTION
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    JugendamtFactory,
    RegionalraumFactory,
    SozialraumFactory,
    TraegerFactory,
    TraegerZugehoerigkeitFactory,
    UserFactory,
)
from traeger.models import Erinnerung

pytestmark = pytest.mark.django_db

LANGE_HER = datetime.date(2020, 3, 1)


@pytest.fixture
def kinderhaus():
    return TraegerFactory(name="Kinderhaus Regenbogen e.V.")


@pytest.fixture
def jugendclub():
    return TraegerFactory(name="Jugendclub Nord e.V.")


@pytest.fixture
def rita(kinderhaus):
    rita = UserFactory(username="rita", email="rita@kinderhaus.example", rolle=TRAEGER_REDAKTION)
    assign_perm("traeger.change_traeger", rita, kinderhaus)
    return rita


@pytest.fixture
def bernd(jugendclub):
    bernd = UserFactory(username="bernd", email="bernd@jugendclub.example", rolle=TRAEGER_REDAKTION)
    TraegerZugehoerigkeitFactory(user=bernd, traeger=jugendclub)
    return bernd


@pytest.fixture
def personen(rita, kinderhaus):
    vera = UserFactory(username="vera", rolle=TRAEGER_REDAKTION)
    assign_perm("traeger.change_traeger", vera, TraegerFactory(name="Anderer Träger"))
    return {
        "rita": rita,
        "anna": UserFactory(username="anna", rolle=JUGENDAMT_ADMINISTRATION),
        "fred": UserFactory(username="fred", rolle=FACHKRAFT),
        "vera": vera,
    }


@pytest.fixture
def krabbelgruppe(kinderhaus):
    return AngebotFactory(titel="Krabbelgruppe", traeger=kinderhaus, zuletzt_geprueft=LANGE_HER)


def bestaetigen(client, user, angebot, **daten):
    client.force_login(user)
    return client.post(reverse("angebote:bestaetigen", args=[angebot.pk]), daten)


# "Noch aktuell" ------------------------------------------------------------------------------


@pytest.mark.parametrize("wer", ["rita", "anna"])
def test_noch_aktuell_bestaetigt_und_schreibt_die_geschichte(client, personen, krabbelgruppe, wer):
    user = personen[wer]
    vorher = krabbelgruppe.history.count()

    response = bestaetigen(client, user, krabbelgruppe, next="/angebote/aktualitaet/?seite=2")

    assert response.status_code == 302
    assert response["Location"] == "/angebote/aktualitaet/?seite=2"
    krabbelgruppe.refresh_from_db()
    assert krabbelgruppe.zuletzt_geprueft == timezone.localdate()
    assert krabbelgruppe.geprueft_von == user
    assert krabbelgruppe.history.count() == vorher + 1
    eintrag = krabbelgruppe.history.first()
    assert eintrag.history_user == user
    assert eintrag.zuletzt_geprueft == timezone.localdate()
    assert eintrag.history_change_reason == "als noch aktuell bestätigt"
    seite = client.get(krabbelgruppe.get_absolute_url()).text
    assert "„Krabbelgruppe“ ist als noch aktuell bestätigt." in seite
    assert "diesen Monat geprüft" in seite


def test_noch_aktuell_geht_nur_auf_eigene_seiten_zurueck(client, rita, krabbelgruppe):
    response = bestaetigen(client, rita, krabbelgruppe, next="https://boese.example/")
    assert response["Location"] == krabbelgruppe.get_absolute_url()


def test_verwaltung_bestaetigt_mehrere_auf_einmal(client, personen, krabbelgruppe):
    anna = personen["anna"]
    anna.is_staff = True
    anna.save()
    zweites = AngebotFactory(traeger=krabbelgruppe.traeger)
    client.force_login(anna)
    response = client.post(
        reverse("admin:angebote_angebot_changelist"),
        {"action": "als_geprueft_markieren", "_selected_action": [krabbelgruppe.pk, zweites.pk]},
    )
    assert response.status_code == 302
    for angebot in (krabbelgruppe, zweites):
        eintrag = angebot.history.first()
        assert (eintrag.zuletzt_geprueft, eintrag.history_user) == (timezone.localdate(), anna)


@pytest.mark.parametrize("wer", ["fred", "vera"])
def test_noch_aktuell_verboten_fuer_andere(client, personen, krabbelgruppe, wer):
    assert bestaetigen(client, personen[wer], krabbelgruppe).status_code == 403
    krabbelgruppe.refresh_from_db()
    assert krabbelgruppe.zuletzt_geprueft == LANGE_HER


@pytest.mark.parametrize("wer", ["fred", "vera"])
def test_fremde_entwuerfe_gibt_es_nicht(client, personen, krabbelgruppe, wer):
    krabbelgruppe.status = Angebot.Status.ENTWURF
    krabbelgruppe.save()
    assert bestaetigen(client, personen[wer], krabbelgruppe).status_code == 404


def test_eigene_entwuerfe_lassen_sich_bestaetigen(client, rita, krabbelgruppe):
    krabbelgruppe.status = Angebot.Status.ENTWURF
    krabbelgruppe.save()
    assert bestaetigen(client, rita, krabbelgruppe).status_code == 302


def test_noch_aktuell_nur_per_post(client, rita, krabbelgruppe):
    client.force_login(rita)
    url = reverse("angebote:bestaetigen", args=[krabbelgruppe.pk])
    assert client.get(url).status_code == 405


@pytest.mark.parametrize(("wer", "sichtbar"), [("rita", True), ("anna", True), ("fred", False)])
def test_knopf_nur_fuer_wer_bestaetigen_darf(client, personen, krabbelgruppe, wer, sichtbar):
    client.force_login(personen[wer])
    seite = client.get(krabbelgruppe.get_absolute_url()).text
    assert ("Noch aktuell" in seite) is sichtbar


# Dashboard -----------------------------------------------------------------------------------


def test_pruefgrenze_entspricht_der_frischemarke(settings):
    settings.PRUEFINTERVALL_MONATE = 1
    assert pruefgrenze(datetime.date(2026, 3, 31)) == datetime.date(2026, 2, 28)
    assert pruefgrenze(datetime.date(2026, 3, 15)) == datetime.date(2026, 2, 15)
    settings.PRUEFINTERVALL_MONATE = 12
    assert pruefgrenze(datetime.date(2026, 1, 10)) == datetime.date(2025, 1, 10)
    heute = timezone.localdate()
    grenze = pruefgrenze()
    assert AngebotFactory(zuletzt_geprueft=grenze).veraltet
    assert not AngebotFactory(zuletzt_geprueft=grenze + datetime.timedelta(days=1)).veraltet
    assert grenze < heute


def test_aktualitaet_zaehlt_je_traeger_und_sozialraum(client, personen, kinderhaus, jugendclub):
    mitte, nord = SozialraumFactory(name="Mitte"), SozialraumFactory(name="Nord")
    im_park = EinrichtungFactory(traeger=kinderhaus, sozialraum=mitte)
    am_markt = EinrichtungFactory(traeger=kinderhaus, sozialraum=mitte)
    # Placed twice in Mitte and serving it: counts once there.
    doppelt = AngebotFactory(
        titel="Elterncafé", traeger=kinderhaus, einrichtungen=[im_park, am_markt]
    )
    doppelt.sozialraeume.add(mitte, nord)
    AngebotFactory(titel="Krabbelgruppe", traeger=kinderhaus, zuletzt_geprueft=LANGE_HER)
    AngebotFactory(
        titel="Frisch geprüft", traeger=kinderhaus, zuletzt_geprueft=timezone.localdate()
    )
    AngebotFactory(titel="Entwurf", traeger=kinderhaus, status="entwurf")
    for n in range(3):
        AngebotFactory(titel=f"Club {n}", traeger=jugendclub, zuletzt_geprueft=LANGE_HER)
    AngebotFactory(titel="Club im Park", traeger=jugendclub, einrichtungen=[im_park])

    client.force_login(personen["anna"])
    response = client.get(reverse("angebote:aktualitaet"))

    assert response.status_code == 200
    je_traeger = {z["traeger__name"]: z["anzahl"] for z in response.context["je_traeger"]}
    assert je_traeger == {"Jugendclub Nord e.V.": 4, "Kinderhaus Regenbogen e.V.": 2}
    je_sozialraum = {z["name"]: z["anzahl"] for z in response.context["je_sozialraum"]}
    assert je_sozialraum == {"Mitte": 2, "Nord": 1}
    titel = [a.titel for a in response.context["seite"]]
    assert "Frisch geprüft" not in titel and "Entwurf" not in titel
    assert titel[:2] == ["Club im Park", "Elterncafé"]  # never checked first
    assert response.context["seite"].paginator.count == 6


def test_aktualitaet_zaehlt_orte_ohne_sozialraum_beim_groeberen_gebiet(
    client, personen, kinderhaus, settings
):
    """Berlin's imported places sit in their Prognoseraum (no finer boundaries): their stale
    offers count there, and at the Jugendamt for places known only there, the level named
    as the installation names it. A Sozialraum's own view leaves them out."""
    settings.GEBIETSEBENEN = [
        ("Bezirk", "Bezirke"),
        ("Prognoseraum", "Prognoseräume"),
        ("Bezirksregion", "Bezirksregionen"),
        ("Planungsraum", "Planungsräume"),
    ]
    prognoseraum = RegionalraumFactory(name="Zentrum")
    bezirk = JugendamtFactory(name="Mitte")
    region = SozialraumFactory(name="Moabit West")
    im_zentrum = EinrichtungFactory(traeger=kinderhaus, regionalraum=prognoseraum)
    nur_bezirk = EinrichtungFactory(traeger=kinderhaus, jugendamt=bezirk)
    in_region = EinrichtungFactory(traeger=kinderhaus, sozialraum=region)
    AngebotFactory(titel="Kita Zentrum", traeger=kinderhaus, einrichtungen=[im_zentrum])
    AngebotFactory(titel="Zweimal", traeger=kinderhaus, einrichtungen=[im_zentrum, in_region])
    AngebotFactory(titel="Kita Bezirk", traeger=kinderhaus, einrichtungen=[nur_bezirk])

    client.force_login(personen["anna"])
    antwort = client.get(reverse("angebote:aktualitaet"))

    assert {z["name"]: z["anzahl"] for z in antwort.context["je_sozialraum"]} == {"Moabit West": 1}
    zeilen = {(z["name"], z["ebene"]): z["anzahl"] for z in antwort.context["groeber"]}
    assert zeilen == {("Zentrum", "Prognoseraum"): 2, ("Mitte", "Bezirk"): 1}
    assert (
        "Angebote an Orten, deren Bezirksregion nicht bekannt ist, zählen beim nächstgröberen"
        " bekannten Gebiet (Ebene in Klammern)." in antwort.text
    )
    assert "Zentrum</a> (Prognoseraum)" in antwort.text

    eine = client.get(reverse("angebote:aktualitaet"), {"sozialraum": region.schluessel})
    assert eine.context["groeber"] == []


def test_aktualitaet_eines_sozialraums_nennt_ungenau_verortete(client, personen, kinderhaus):
    """A Sozialraum's view (a coordination's own): stale offers at places known only at its
    Regionalraum may lie in it; the page names them instead of saying all is checked."""
    region = SozialraumFactory(name="Tiergarten Süd")
    nebenan = SozialraumFactory(name="Anderswo")
    grob = EinrichtungFactory(traeger=kinderhaus, regionalraum=region.regionalraum)
    anderswo = EinrichtungFactory(traeger=kinderhaus, regionalraum=nebenan.regionalraum)
    AngebotFactory(titel="Kita Zentrum", traeger=kinderhaus, einrichtungen=[grob])
    AngebotFactory(titel="Kita Anderswo", traeger=kinderhaus, einrichtungen=[anderswo])

    client.force_login(personen["anna"])
    antwort = client.get(reverse("angebote:aktualitaet"), {"sozialraum": region.schluessel})

    assert antwort.context["seite"].paginator.count == 0
    assert antwort.context["ungenau"] == [
        {
            "name": region.regionalraum.name,
            "ebene": "Regionalraum",
            "url": region.regionalraum.get_absolute_url(),
            "anzahl": 1,
        }
    ]
    assert "Sie können in den gezeigten Gebieten liegen" in antwort.text
    assert "Alle veröffentlichten Angebote sind aktuell geprüft." not in antwort.text
    assert "In den gezeigten Sozialräumen ist kein veröffentlichtes Angebot veraltet" in (
        antwort.text
    )
    # The whole city names none: there they count at their Regionalraum (table per area).
    assert client.get(reverse("angebote:aktualitaet")).context["ungenau"] == []

    # Counted once: an offer placed in the Sozialraum too, or serving it, is counted there
    # and not again in the note; an archived place is not counted (as on the area pages).
    dort = EinrichtungFactory(traeger=kinderhaus, sozialraum=region)
    AngebotFactory(titel="Zweimal", traeger=kinderhaus, einrichtungen=[grob, dort])
    AngebotFactory(titel="Versorgt", traeger=kinderhaus, einrichtungen=[grob]).sozialraeume.add(
        region
    )
    alt = EinrichtungFactory(traeger=kinderhaus, regionalraum=region.regionalraum, archiviert=True)
    AngebotFactory(titel="Archiviert", traeger=kinderhaus, einrichtungen=[alt])
    antwort = client.get(reverse("angebote:aktualitaet"), {"sozialraum": region.schluessel})
    assert antwort.context["seite"].paginator.count == 2
    assert [z["anzahl"] for z in antwort.context["ungenau"]] == [1]


def test_aktualitaet_zeigt_der_redaktion_ihren_traeger_zuerst(client, rita, kinderhaus, jugendclub):
    for n in range(3):
        AngebotFactory(titel=f"Club {n}", traeger=jugendclub)
    AngebotFactory(titel="Krabbelgruppe", traeger=kinderhaus, zuletzt_geprueft=LANGE_HER)

    client.force_login(rita)
    response = client.get(reverse("angebote:aktualitaet"))

    assert response.context["je_traeger"][0]["traeger__name"] == "Kinderhaus Regenbogen e.V."
    assert response.context["seite"][0].titel == "Krabbelgruppe"
    assert "Die Angebote Ihrer Träger stehen jeweils oben." in response.text


def test_aktualitaet_auch_ueber_die_zugehoerigkeit(client, bernd, kinderhaus, jugendclub):
    AngebotFactory(titel="Krabbelgruppe", traeger=kinderhaus)
    AngebotFactory(titel="Club", traeger=jugendclub, zuletzt_geprueft=LANGE_HER)
    client.force_login(bernd)
    response = client.get(reverse("angebote:aktualitaet"))
    assert response.context["seite"][0].titel == "Club"


def _abfragen(client, anzahl: int) -> int:
    sozialraum = SozialraumFactory()
    for _n in range(anzahl):
        traeger = TraegerFactory()
        ort = EinrichtungFactory(traeger=traeger, sozialraum=sozialraum)
        angebot = AngebotFactory(traeger=traeger, einrichtungen=[ort], zuletzt_geprueft=LANGE_HER)
        angebot.sozialraeume.add(SozialraumFactory())
    with CaptureQueriesContext(connection) as erfasst:
        assert client.get(reverse("angebote:aktualitaet")).status_code == 200
    return len(erfasst)


def test_aktualitaet_tabellen_je_person_ihre_traeger(
    client, rita, bernd, personen, kinderhaus, jugendclub
):
    """The Träger table is kept rendered per set of own Träger: Rita, Bernd and a Fachkraft,
    one after the other on the same data, each see their own Träger first and marked, and
    nobody else's marked."""
    AngebotFactory(titel="Krabbelgruppe", traeger=kinderhaus)
    AngebotFactory(titel="Club", traeger=jugendclub)

    def zeilen(person) -> list[str]:
        client.force_login(person)
        html = client.get(reverse("angebote:aktualitaet")).text
        tabelle = html[html.index('id="je-traeger"') : html.index('id="je-sozialraum"')]
        return tabelle[tabelle.index("<tbody") :].split("</tr>")[:2]

    for _ in range(2):
        erste, zweite = zeilen(rita)
        assert "Kinderhaus Regenbogen" in erste and "(Ihr Träger)" in erste
        assert "(Ihr Träger)" not in zweite
        erste, zweite = zeilen(bernd)
        assert "Jugendclub Nord" in erste and "(Ihr Träger)" in erste
        assert "Kinderhaus" in zweite and "(Ihr Träger)" not in zweite
        assert not any("(Ihr Träger)" in z for z in zeilen(personen["fred"]))


def test_aktualitaet_recht_auf_geloeschten_traeger_ist_kein_eigener(client, personen):
    """Guardian keeps object rights of a deleted Träger: that is no Träger of hers, and the
    page does not say her Träger stand first."""
    fred = personen["fred"]
    weg = TraegerFactory(name="Aufgelöst e.V.")
    assign_perm("traeger.change_traeger", fred, weg)
    weg.delete()
    AngebotFactory(titel="Club", zuletzt_geprueft=LANGE_HER)
    client.force_login(fred)
    antwort = client.get(reverse("angebote:aktualitaet"))
    assert [a.titel for a in antwort.context["seite"]] == ["Club"]
    assert "Die Angebote Ihrer Träger stehen jeweils oben." not in antwort.text
    assert "(Ihr Träger)" not in antwort.text


def test_aktualitaet_blaettert_in_einer_reihenfolge(
    client, rita, kinderhaus, jugendclub, monkeypatch
):
    """The list is read in four parts (own Träger / others, each never checked then by the
    oldest check), each sized by the counts per Träger: page by page it is the one order
    of the whole list, whichever page a part starts or ends on."""
    monkeypatch.setattr("angebote.aktualitaet.views.PRO_SEITE", 3)
    daten = [None, LANGE_HER, LANGE_HER - datetime.timedelta(days=400), None]
    angebote = [
        AngebotFactory(titel=f"{traeger.name[:4]} {n:02d}", traeger=traeger, zuletzt_geprueft=d)
        for traeger, anzahl in ((kinderhaus, 5), (jugendclub, 6))
        for n, d in zip(range(anzahl), daten * 2, strict=False)
    ]
    AngebotFactory(titel="Frisch", traeger=kinderhaus, zuletzt_geprueft=timezone.localdate())
    erwartet = sorted(
        angebote,
        key=lambda a: (
            a.traeger != kinderhaus,  # Rita's Träger first
            a.zuletzt_geprueft is not None,
            a.zuletzt_geprueft or LANGE_HER,
            a.titel,
        ),
    )
    client.force_login(rita)
    gesehen, eigen = [], []
    for nummer in range(1, 5):
        seite = client.get(reverse("angebote:aktualitaet"), {"seite": nummer}).context["seite"]
        assert seite.paginator.count == 11 and seite.paginator.num_pages == 4
        gesehen += [a.titel for a in seite]
        eigen += [a.eigen for a in seite]
    assert gesehen == [a.titel for a in erwartet]
    assert eigen == [a.traeger == kinderhaus for a in erwartet]


def test_aktualitaet_mit_fester_zahl_von_abfragen(client, rita):
    client.force_login(rita)
    SozialraumFactory()  # the city's Jugendamt: whether there are several is kept
    client.get(reverse("angebote:aktualitaet"))  # fills the ContentType cache
    # Session and user (2); her own Träger: Zugehörigkeit (1); her object rights, for her
    # own Träger and whether she coordinates Sozialräume (1); per Träger (1); per
    # Sozialraum: placed, serving, both, names (4); places known only at a coarser level,
    # per Regionalraum (1, no names where there are none; per Jugendamt only where there are
    # several); the list's page (1, its parts sized by the counts per Träger); the
    # permissions behind the navigation (user and group permissions, 2).
    zehn = _abfragen(client, 10)
    Angebot.objects.all().delete()
    assert _abfragen(client, 30) == zehn == 13
    # Asked again without a change: the counts per Träger and Sozialraum are kept per data
    # state (angebote/aktualitaet/views.py), the rest is per user.
    with CaptureQueriesContext(connection) as erfasst:
        assert client.get(reverse("angebote:aktualitaet")).status_code == 200
    assert len(erfasst) == 13 - 6


def test_aktualitaet_zaehlt_nach_noch_aktuell_neu(client, rita, kinderhaus):
    """A confirmation renews the data state: the kept counts are not shown again."""
    client.force_login(rita)
    angebote = [
        AngebotFactory(titel=f"Angebot {n}", traeger=kinderhaus, zuletzt_geprueft=LANGE_HER)
        for n in range(3)
    ]

    def zahl() -> int:
        antwort = client.get(reverse("angebote:aktualitaet"))
        return {z["traeger__name"]: z["anzahl"] for z in antwort.context["je_traeger"]}[
            kinderhaus.name
        ]

    assert zahl() == 3
    angebot_bestaetigen(angebote[0], rita)
    assert zahl() == 2


# Reminders -----------------------------------------------------------------------------------


@pytest.fixture
def veraltet(kinderhaus, jugendclub):
    return {
        "krabbel": AngebotFactory(
            titel="Krabbelgruppe", traeger=kinderhaus, zuletzt_geprueft=LANGE_HER
        ),
        "eltern": AngebotFactory(titel="Elterncafé", traeger=kinderhaus),
        "frisch": AngebotFactory(
            titel="Frisch geprüft", traeger=kinderhaus, zuletzt_geprueft=timezone.localdate()
        ),
        "club": AngebotFactory(titel="Offener Treff", traeger=jugendclub),
        "fremd": AngebotFactory(titel="Fremdes Angebot"),
    }


def senden(*args):
    call_command("erinnerungen_senden", *args, stdout=io.StringIO())


def test_erinnerungen_je_redaktion_mit_ihren_angeboten(rita, bernd, jugendclub, veraltet):
    # A colleague without the role Träger-Redaktion gets nothing; so does one without e-mail.
    TraegerZugehoerigkeitFactory(user=UserFactory(rolle=FACHKRAFT), traeger=jugendclub)
    ohne = UserFactory(rolle=TRAEGER_REDAKTION, email="")
    TraegerZugehoerigkeitFactory(user=ohne, traeger=jugendclub)

    senden("--basis-url", "https://register.example.de/")

    an = {m.to[0]: m for m in mail.outbox}
    assert set(an) == {"rita@kinderhaus.example", "bernd@jugendclub.example"}
    fuer_rita = an["rita@kinderhaus.example"]
    assert fuer_rita.subject.endswith("2 Angebote warten auf Ihre Prüfung")
    assert "Krabbelgruppe" in fuer_rita.body and "zuletzt geprüft am 1.3.2020" in fuer_rita.body
    assert "Elterncafé" in fuer_rita.body and "nie geprüft" in fuer_rita.body
    assert f"https://register.example.de/angebote/{veraltet['krabbel'].pk}/" in fuer_rita.body
    assert "https://register.example.de/angebote/aktualitaet/" in fuer_rita.body
    for fehlt in ("Frisch geprüft", "Offener Treff", "Fremdes Angebot", "{{", "&quot;"):
        assert fehlt not in fuer_rita.body
    fuer_bernd = an["bernd@jugendclub.example"]
    assert "Offener Treff" in fuer_bernd.body and "Krabbelgruppe" not in fuer_bernd.body
    assert Erinnerung.objects.count() == 2


def test_erinnerungen_hoechstens_einmal_je_zeitraum(rita, veraltet):
    senden()
    assert len(mail.outbox) == 1

    senden()
    assert len(mail.outbox) == 1  # within 30 days: nothing

    Erinnerung.objects.update(gesendet_am=timezone.now() - datetime.timedelta(days=8))
    senden("--tage", "7")
    assert len(mail.outbox) == 2

    Erinnerung.objects.update(gesendet_am=timezone.now() - datetime.timedelta(days=31))
    senden()
    assert len(mail.outbox) == 3
    assert Erinnerung.objects.filter(user=rita).count() == 3


def test_trockenlauf_sendet_und_vermerkt_nichts(rita, veraltet):
    senden("--trockenlauf")
    assert mail.outbox == []
    assert not Erinnerung.objects.exists()


def test_keine_erinnerung_ohne_veraltete_angebote(rita, kinderhaus):
    AngebotFactory(traeger=kinderhaus, zuletzt_geprueft=timezone.localdate())
    senden()
    assert mail.outbox == []
