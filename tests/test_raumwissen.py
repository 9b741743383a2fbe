"""A Sozialraum's resources and barriers: recording, visibility, the area page, taking them
over from a Sozialraumdialog's TOP, the offers' search, the download, data protection, demo."""

import csv
import io

import pytest
from django.urls import reverse
from guardian.shortcuts import assign_perm

from gremien.models import Tagesordnungspunkt
from sozialraum.zugang.rollen import (
    FACHKRAFT,
    GREMIUM_KOORDINATION,
    JUGENDAMT_ADMINISTRATION,
    KOORDINIEREN,
    SOZIALRAUMKOORDINATION,
)
from sozialraumarbeit.models import Barriere, Ressource
from sozialraumarbeit.raumwissen.erfassung import zeilen_aus_protokoll
from tests.factories import (
    BarriereFactory,
    GremiumFactory,
    JugendamtFactory,
    RessourceFactory,
    SitzungFactory,
    SozialraumFactory,
    TraegerFactory,
    TraegerZugehoerigkeitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

PROTOKOLL = """Die Runde sammelt, was hilft und was hindert.

- Der Gruppenraum der Grundschule kann nachmittags genutzt werden. Schlüssel beim Hausmeister.
- Kein Bus nach 20 Uhr
- Spielplatz an der Lindenallee gesperrt
"""


def _url(name, *args):
    return reverse(f"sozialraumarbeit:raumwissen:{name}", args=args)


@pytest.fixture
def sozialraum():
    return SozialraumFactory(name="Lindenhof", schluessel="0103")


@pytest.fixture
def koordination(sozialraum):
    person = UserFactory(username="kemal", rolle=SOZIALRAUMKOORDINATION)
    assign_perm(KOORDINIEREN, person, sozialraum)
    return person


@pytest.fixture
def top(sozialraum):
    gremium = GremiumFactory(
        name="Stadtteiltisch Lindenhof", sozialraum=sozialraum, sichtbarkeit="fachkraefte"
    )
    sitzung = SitzungFactory(gremium=gremium, titel="Sozialraumdialog Lindenhof")
    return Tagesordnungspunkt.objects.create(
        sitzung=sitzung, position=1, titel="Was hilft, was hindert?", protokoll=PROTOKOLL
    )


# --- Visibility and rights ---------------------------------------------------------------


def test_sichtbarkeit_wie_bei_kontakten(client, sozialraum):
    erfasserin = UserFactory(rolle=FACHKRAFT)
    kollegin = UserFactory(rolle=FACHKRAFT)
    fremde = UserFactory(rolle=FACHKRAFT)
    traeger = TraegerFactory()
    TraegerZugehoerigkeitFactory(user=erfasserin, traeger=traeger)
    TraegerZugehoerigkeitFactory(user=kollegin, traeger=traeger)
    privat = RessourceFactory(sozialraum=sozialraum, erfasst_von=erfasserin, sichtbarkeit="privat")
    intern = RessourceFactory(
        sozialraum=sozialraum,
        erfasst_von=erfasserin,
        sichtbarkeit="traeger",
        eigener_traeger=traeger,
    )
    alle = RessourceFactory(sozialraum=sozialraum, erfasst_von=erfasserin)

    def sieht(person):
        return set(Ressource.objects.sichtbar_fuer(person))

    assert sieht(erfasserin) == {privat, intern, alle}
    assert sieht(kollegin) == {intern, alle}
    assert sieht(fremde) == {alle}
    client.force_login(fremde)
    assert client.get(_url("eintrag", "ressource", privat.pk)).status_code == 404
    assert client.get(_url("eintrag", "ressource", alle.pk)).status_code == 200


def test_aendern_darf_erfasserin_koordination_und_jugendamt(client, sozialraum, koordination):
    erfasserin = UserFactory(rolle=FACHKRAFT)
    barriere = BarriereFactory(sozialraum=sozialraum, erfasst_von=erfasserin)
    andere_koordination = UserFactory(rolle=SOZIALRAUMKOORDINATION)
    assign_perm(KOORDINIEREN, andere_koordination, SozialraumFactory())
    admin = UserFactory(rolle=JUGENDAMT_ADMINISTRATION)
    eingegrenzt = UserFactory(rolle=JUGENDAMT_ADMINISTRATION)
    assign_perm("sozialraum.verwalten_jugendamt", eingegrenzt, JugendamtFactory())
    erwartet = {
        erfasserin: 200,
        koordination: 200,
        admin: 200,
        UserFactory(rolle=FACHKRAFT): 403,
        andere_koordination: 403,
        eingegrenzt: 403,
    }
    for person, status in erwartet.items():
        client.force_login(person)
        antwort = client.get(_url("bearbeiten", "barriere", barriere.pk))
        assert antwort.status_code == status, person


def test_formular_warnt_vor_privaten_namen_und_speichert(client_fachkraft, sozialraum):
    url = _url("anlegen", "ressource") + f"?sozialraum={sozialraum.schluessel}"
    antwort = client_fachkraft.get(url)
    assert "Bitte keine Namen von Privatpersonen." in antwort.content.decode()
    assert "Hausmeister der Grundschule" in antwort.content.decode()
    antwort = client_fachkraft.post(
        url,
        {
            "sozialraum": sozialraum.pk,
            "art": "raum",
            "titel": "Gruppenraum im Gemeindehaus",
            "sichtbarkeit": "alle",
        },
    )
    ressource = Ressource.objects.get()
    assert antwort.url == ressource.get_absolute_url()
    assert ressource.erfasst_von.username == "fachkraft"
    assert ressource.herkunft == "fachkraft"


def test_quartier_eines_anderen_sozialraums_wird_abgelehnt(client_fachkraft, sozialraum, quartier):
    antwort = client_fachkraft.post(
        _url("anlegen", "barriere"),
        {
            "sozialraum": sozialraum.pk,
            "quartier": quartier.pk,
            "art": "ort",
            "titel": "Spielplatz gesperrt",
            "sichtbarkeit": "alle",
            "status": "offen",
        },
    )
    assert antwort.status_code == 200
    assert "Das Quartier liegt nicht in diesem Sozialraum." in antwort.content.decode()
    assert not Barriere.objects.exists()


def test_status_geprueft_und_beenden(client, sozialraum, koordination):
    barriere = BarriereFactory(sozialraum=sozialraum, titel="Kein Bus nach 20 Uhr")
    client.force_login(koordination)
    client.post(_url("status", barriere.pk), {"status": "in_arbeit"})
    barriere.refresh_from_db()
    assert barriere.status == "in_arbeit"
    assert barriere.zuletzt_geprueft is not None
    antwort = client.post(_url("status", barriere.pk), {"status": "gibtsnicht"}, follow=True)
    assert "Diesen Status gibt es nicht." in antwort.content.decode()
    client.post(_url("pruefen", "barriere", barriere.pk))
    client.post(_url("beenden", "barriere", barriere.pk))
    barriere.refresh_from_db()
    assert barriere.beendet_am is not None
    assert barriere.history.count() >= 4
    seite = client.get(sozialraum.get_absolute_url()).content.decode()
    assert "Kein Bus nach 20 Uhr" not in seite


def test_fachkraft_darf_fremden_status_nicht_aendern(client_fachkraft, sozialraum):
    barriere = BarriereFactory(sozialraum=sozialraum)
    antwort = client_fachkraft.post(_url("status", barriere.pk), {"status": "behoben"})
    assert antwort.status_code == 403
    barriere.refresh_from_db()
    assert barriere.status == "offen"


# --- Area page ---------------------------------------------------------------------------


def test_gebietsseite_offene_barrieren_zuerst(
    client_fachkraft, sozialraum, django_assert_max_num_queries
):
    BarriereFactory(sozialraum=sozialraum, titel="Aaa behoben", status="behoben")
    BarriereFactory(sozialraum=sozialraum, titel="Zzz offen", status="offen")
    RessourceFactory(sozialraum=sozialraum, titel="Gruppenraum der Grundschule", art="raum")
    client_fachkraft.get(sozialraum.get_absolute_url())  # warm caches (session, rights)
    # Every section of the page; this one: barriers (1) and resources (1).
    with django_assert_max_num_queries(40) as erfasst:
        seite = client_fachkraft.get(sozialraum.get_absolute_url()).content.decode()
    vorher = len(erfasst.captured_queries)
    for n in range(5):
        BarriereFactory(sozialraum=sozialraum, titel=f"Barriere mehr {n}")
        RessourceFactory(sozialraum=sozialraum, titel=f"Ressource mehr {n}")
    with django_assert_max_num_queries(vorher):
        client_fachkraft.get(sozialraum.get_absolute_url())
    assert "Ressourcen und Barrieren" in seite
    assert seite.index("Zzz offen") < seite.index("Aaa behoben")
    assert "Gruppenraum der Grundschule" in seite
    assert _url("anlegen", "barriere") + f"?sozialraum={sozialraum.schluessel}" in seite


def test_regionalraum_zeigt_zusammenfassung(client_fachkraft, sozialraum):
    BarriereFactory(sozialraum=sozialraum)
    RessourceFactory(sozialraum=sozialraum)
    seite = client_fachkraft.get(sozialraum.regionalraum.get_absolute_url()).content.decode()
    assert "1 offene Barriere" in seite
    assert "1 Ressource" in seite


# --- From a Sozialraumdialog's TOP --------------------------------------------------------


def test_zeilen_aus_protokoll_je_punkt_und_absatz():
    zeilen = zeilen_aus_protokoll(PROTOKOLL)
    assert [z["titel"] for z in zeilen] == [
        "Die Runde sammelt, was hilft und was hindert",
        "Der Gruppenraum der Grundschule kann nachmittags genutzt werden",
        "Kein Bus nach 20 Uhr",
        "Spielplatz an der Lindenallee gesperrt",
    ]
    assert "Schlüssel beim Hausmeister" in zeilen[1]["beschreibung"]


def test_verweis_an_top_nur_fuer_wer_das_gremium_bearbeitet(
    client, client_fachkraft, top, koordination
):
    sitzung_url = top.sitzung.get_absolute_url()
    assert (
        "Als Ressourcen/Barrieren übernehmen"
        not in client_fachkraft.get(sitzung_url).content.decode()
    )
    assert client_fachkraft.get(_url("aus_top", top.pk)).status_code == 403
    client.force_login(koordination)
    assert "Als Ressourcen/Barrieren übernehmen" in client.get(sitzung_url).content.decode()


def test_aus_top_uebernehmen_in_einem_schritt(client, top, koordination, sozialraum):
    client.force_login(koordination)
    seite = client.get(_url("aus_top", top.pk))
    formset = seite.context["formset"]
    assert len(formset.forms) == 4
    assert formset.forms[2].initial["titel"] == "Kein Bus nach 20 Uhr"
    assert formset.forms[2].initial["sozialraum"] == sozialraum.pk
    daten = {"zeile-TOTAL_FORMS": "4", "zeile-INITIAL_FORMS": "4"}
    for i, form in enumerate(formset.forms):
        daten[f"zeile-{i}-titel"] = form.initial["titel"]
        daten[f"zeile-{i}-beschreibung"] = form.initial["beschreibung"]
        daten[f"zeile-{i}-sozialraum"] = sozialraum.pk
        daten[f"zeile-{i}-typ"] = ["", "ressource:raum", "barriere:mobilitaet", "barriere:ort"][i]
    # A chosen row without a title: nothing is saved, the row says why.
    fehlerhaft = {**daten, "zeile-3-titel": ""}
    antwort = client.post(_url("aus_top", top.pk), fehlerhaft)
    assert "Bitte einen Titel angeben." in antwort.content.decode()
    assert not Barriere.objects.exists() and not Ressource.objects.exists()

    antwort = client.post(_url("aus_top", top.pk), daten)
    assert antwort.status_code == 302
    assert Ressource.objects.count() == 1 and Barriere.objects.count() == 2
    bus = Barriere.objects.get(titel="Kein Bus nach 20 Uhr")
    assert (bus.sitzung, bus.top, bus.herkunft) == (top.sitzung, top, "sitzung")
    assert (bus.art, Ressource.objects.get().art) == ("mobilitaet", "raum")
    assert top.sitzung.get_absolute_url() in client.get(bus.get_absolute_url()).content.decode()
    sitzung = client.get(top.sitzung.get_absolute_url()).content.decode()
    assert "Barriere: Kein Bus nach 20 Uhr" in sitzung


def test_aus_top_ohne_auswahl_sagt_es(client, top, koordination, sozialraum):
    client.force_login(koordination)
    daten = {"zeile-TOTAL_FORMS": "1", "zeile-INITIAL_FORMS": "1", "zeile-0-titel": "x"}
    antwort = client.post(_url("aus_top", top.pk), daten)
    assert "Bitte mindestens eine Zeile" in antwort.content.decode()


# --- The offers' search ------------------------------------------------------------------


def test_suche_findet_raum_fuer_gruppe(client_fachkraft, sozialraum, django_assert_max_num_queries):
    raum = RessourceFactory(
        sozialraum=sozialraum,
        art="raum",
        titel="Gruppenraum der Grundschule",
        beschreibung="Nachmittags nutzbar, Schlüssel beim Hausmeister.",
    )
    RessourceFactory(sozialraum=sozialraum, titel="Sportverein", beschreibung="Fußball")
    geheim = RessourceFactory(
        sozialraum=sozialraum, titel="Raum für Gruppen im Keller", sichtbarkeit="privat"
    )
    seite = client_fachkraft.get(reverse("start"), {"q": "Raum für Gruppe"}).content.decode()
    assert "Passende Ressourcen im Sozialraum" in seite
    assert raum.get_absolute_url() in seite
    assert "Sportverein" not in seite
    assert geheim.get_absolute_url() not in seite
    # Inflected forms and umlauts as in the offer search.
    seite = client_fachkraft.get(reverse("start"), {"q": "Räume Gruppen"}).content.decode()
    assert raum.get_absolute_url() in seite
    # The area filter narrows it.
    andere = SozialraumFactory(schluessel="0201")
    seite = client_fachkraft.get(
        reverse("start"), {"q": "Gruppenraum", "gebiet": f"s-{andere.schluessel}"}
    ).content.decode()
    assert raum.get_absolute_url() not in seite
    for n in range(5):
        RessourceFactory(sozialraum=sozialraum, art="raum", titel=f"Gruppenraum {n}")
    client_fachkraft.get(reverse("start"), {"q": "Gruppenraum"})
    with django_assert_max_num_queries(60) as erfasst:
        client_fachkraft.get(reverse("start"), {"q": "Gruppenraum"})
    for n in range(5, 9):
        RessourceFactory(sozialraum=sozialraum, art="raum", titel=f"Gruppenraum {n}")
    with django_assert_max_num_queries(len(erfasst.captured_queries)):
        client_fachkraft.get(reverse("start"), {"q": "Gruppenraum"})


def test_suche_ohne_treffer_zeigt_keinen_abschnitt(client_fachkraft, sozialraum):
    RessourceFactory(sozialraum=sozialraum, titel="Gruppenraum")
    seite = client_fachkraft.get(reverse("start"), {"q": "Schwimmbad"}).content.decode()
    assert "Passende Ressourcen" not in seite


# --- Download ----------------------------------------------------------------------------


def test_export_csv_und_xlsx_mit_formelschutz(client_fachkraft, sozialraum):
    BarriereFactory(sozialraum=sozialraum, titel='=HYPERLINK("http://x")', status="offen")
    RessourceFactory(sozialraum=sozialraum, titel="Gruppenraum")
    RessourceFactory(sozialraum=sozialraum, titel="Geheim", sichtbarkeit="privat")
    antwort = client_fachkraft.get(_url("export", "sozialraum", sozialraum.schluessel, "csv"))
    zeilen = list(csv.reader(io.StringIO(antwort.content.decode("utf-8-sig")), delimiter=";"))
    assert zeilen[0][:3] == ["Eintrag", "Art", "Titel"]
    assert zeilen[1][2] == '\'=HYPERLINK("http://x")'
    assert [z[2] for z in zeilen[1:]] == ['\'=HYPERLINK("http://x")', "Gruppenraum"]
    antwort = client_fachkraft.get(_url("export", "sozialraum", sozialraum.schluessel, "xlsx"))
    assert antwort["Content-Type"].startswith("application/vnd.openxmlformats")
    seite = client_fachkraft.get(sozialraum.get_absolute_url()).content.decode()
    assert _url("export", "sozialraum", sozialraum.schluessel, "csv") in seite


# --- Data protection, demo ---------------------------------------------------------------


def test_loeschanfrage_entfernt_private_und_behaelt_geteilte(sozialraum):
    from sozialraum.datenschutz.anfragen import loeschen, person_aus

    erfasserin = UserFactory(rolle=FACHKRAFT)
    admin = UserFactory(rolle=JUGENDAMT_ADMINISTRATION, is_staff=True)
    RessourceFactory(sozialraum=sozialraum, erfasst_von=erfasserin, sichtbarkeit="privat")
    geteilt = BarriereFactory(sozialraum=sozialraum, erfasst_von=erfasserin)
    loeschen(person_aus({"sozialraum.user": [erfasserin.pk]}), ausgefuehrt_von=admin)
    assert not Ressource.objects.exists()
    assert Barriere.objects.get() == geteilt


def test_demo_schritt_ist_wiederholbar(sozialraum):
    from sozialraumarbeit.demo.raumwissen import raumwissen_laden

    GremiumFactory(name="Stadtteiltisch Lindenhof", sozialraum=sozialraum)
    SozialraumFactory(name="Altstadt-Nord")
    for username, rolle in (
        ("gremium", GREMIUM_KOORDINATION),
        ("fachkraft", FACHKRAFT),
        ("admin", JUGENDAMT_ADMINISTRATION),
    ):
        UserFactory(username=username, rolle=rolle)
    meldungen = []
    raumwissen_laden(meldungen.append)
    anzahl = (Ressource.objects.count(), Barriere.objects.count())
    assert anzahl[0] >= 3 and anzahl[1] >= 4
    aus_dialog = Barriere.objects.get(titel="Kein Bus nach 20 Uhr")
    assert aus_dialog.top.titel == "Ressourcen und Barrieren im Lindenhof"
    assert aus_dialog.sitzung.freigegeben
    raumwissen_laden(meldungen.append)
    assert (Ressource.objects.count(), Barriere.objects.count()) == anzahl
    assert meldungen[-1] == "Ressourcen und Barrieren: 0 neu"


def test_quartiersseite_und_vorbelegung(client_fachkraft, quartier):
    BarriereFactory(sozialraum=quartier.sozialraum, quartier=quartier, titel="Im Quartier")
    BarriereFactory(sozialraum=quartier.sozialraum, titel="Anderswo im Sozialraum")
    seite = client_fachkraft.get(quartier.get_absolute_url()).content.decode()
    assert "Im Quartier" in seite and "Anderswo im Sozialraum" not in seite
    formular = client_fachkraft.get(
        _url("anlegen", "barriere") + f"?quartier={quartier.schluessel}"
    )
    assert formular.context["form"].initial["sozialraum"] == quartier.sozialraum


def test_gleichzeitiges_bearbeiten_ueberschreibt_nichts(client, sozialraum):
    erfasserin = UserFactory(rolle=FACHKRAFT)
    ressource = RessourceFactory(sozialraum=sozialraum, erfasst_von=erfasserin, titel="Alt")
    client.force_login(erfasserin)
    url = _url("bearbeiten", "ressource", ressource.pk)
    stand = client.get(url).context["form"]["stand"].value()
    daten = {
        "sozialraum": sozialraum.pk,
        "art": "raum",
        "titel": "Erste Änderung",
        "sichtbarkeit": "alle",
        "stand": stand,
    }
    assert client.post(url, daten).status_code == 302
    antwort = client.post(url, {**daten, "titel": "Zweite Änderung"})
    assert "inzwischen" in antwort.content.decode()
    ressource.refresh_from_db()
    assert ressource.titel == "Erste Änderung"
