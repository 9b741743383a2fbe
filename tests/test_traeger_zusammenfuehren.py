"""Merging two Träger and splitting one (traeger/zusammenfuehren/, traeger/views/zusammenfuehren.py).

The world: the import created "AWO KV Musterstadt" (key T-4711) beside the typed-in "AWO
Kreisverband Musterstadt e.V.". Andrea (Jugendamt-Administration) merges the first into the
second: every reference moves (Einrichtung, Ansprechpersonen, Angebot, Kontakte, a
Gremium's Mitgliedschaft, a Zugehörigkeit, Rita's right to edit), each with a history row,
the going Träger's name and key are remembered, and it is deleted with a history row.
Splitting moves chosen Einrichtungen with their Angebote, and can undo a merge.
"""

import datetime

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from guardian.models import UserObjectPermission
from guardian.shortcuts import assign_perm

from angebote.models import Angebot
from gremien.models import Mitgliedschaft
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION, TRAEGER_REDAKTION
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    KontaktFactory,
    MitgliedschaftFactory,
    SozialraumFactory,
    TraegerFactory,
    TraegerZugehoerigkeitFactory,
    UserFactory,
)
from traeger.models import Ansprechperson, Einrichtung, Kontakt, Traeger, TraegerZugehoerigkeit
from traeger.zusammenfuehren.aufteilen import MITZIEHEN, frueherer_traeger, traeger_aufteilen
from traeger.zusammenfuehren.bezuege import ZusammenfuehrenFehler
from traeger.zusammenfuehren.zusammenlegen import quellkennungen, traeger_zusammenfuehren

pytestmark = pytest.mark.django_db

QUELLE = "Berliner Trägerliste"


@pytest.fixture
def amt(db):
    return UserFactory(
        username="andrea",
        first_name="Andrea",
        last_name="Amt",
        rolle=JUGENDAMT_ADMINISTRATION,
        is_staff=True,
    )


@pytest.fixture
def welt(db, amt):
    """Two spellings of one AWO; everything that can point to a Träger points to "geht"."""
    bleibt = TraegerFactory(
        name="AWO Kreisverband Musterstadt e.V.", email="info@awo-musterstadt.example"
    )
    geht = TraegerFactory(
        name="AWO KV Musterstadt",
        quelle=QUELLE,
        externe_id="T-4711",
        telefon="0391 555 0",
        email="kv@awo.example",
        strasse="Lindenweg 3",
        plz="39100",
        ort="Musterstadt",
    )
    geht.sozialraeume.add(SozialraumFactory(name="Altstadt-Nord"))
    haus = EinrichtungFactory(traeger=geht, name="Familienzentrum Lindenweg")
    leitung = Ansprechperson.objects.create(traeger=geht, einrichtung=haus, name="Lena Linde")
    zentrale = Ansprechperson.objects.create(traeger=geht, name="Zora Zentrale")
    angebot = AngebotFactory(traeger=geht, titel="Elterncafé am Lindenweg", einrichtungen=[haus])
    rita = UserFactory(
        username="rita", first_name="Rita", last_name="Roth", rolle=TRAEGER_REDAKTION
    )
    assign_perm("traeger.change_traeger", rita, geht)
    dora = UserFactory(username="dora", rolle=FACHKRAFT)
    TraegerZugehoerigkeitFactory(user=rita, traeger=geht)
    TraegerZugehoerigkeitFactory(user=dora, traeger=geht)
    TraegerZugehoerigkeitFactory(user=dora, traeger=bleibt)  # works for "both": once after
    kontakt = KontaktFactory(
        erfasst_von=dora, eigener_traeger=geht, thema="Übergang Kita", traeger=[geht]
    )
    privat = KontaktFactory(
        erfasst_von=dora, sichtbarkeit="privat", thema="Geheimabsprache", traeger=[geht, bleibt]
    )
    mitglied = MitgliedschaftFactory(
        gremium=GremiumFactory(name="AG 78 Mitte"), person=None, traeger=geht
    )
    return {
        "bleibt": bleibt,
        "geht": geht,
        "haus": haus,
        "leitung": leitung,
        "zentrale": zentrale,
        "angebot": angebot,
        "rita": rita,
        "dora": dora,
        "kontakt": kontakt,
        "privat": privat,
        "mitglied": mitglied,
        "amt": amt,
    }


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _vorschau_url(bleibt, geht) -> str:
    return reverse("traeger:zusammenfuehren_vorschau", args=[bleibt.pk, geht.pk])


def _tokens(client, url) -> dict:
    form = client.get(url).context["form"]
    return {name: form[name].initial for name in ("stand", "stand_anderer")}


def _grund(obj) -> str:
    return obj.history.order_by("-history_date", "-history_id").first().history_change_reason


# --- Merging ------------------------------------------------------------------------------


def test_zusammenfuehren_zieht_jeden_bezug_um(welt, amt):
    bleibt, geht = welt["bleibt"], welt["geht"]
    geht_pk = geht.pk

    bleibt, posten = traeger_zusammenfuehren(bleibt, geht, akteur=amt)

    for obj in (welt["haus"], welt["leitung"], welt["zentrale"], welt["angebot"], welt["mitglied"]):
        obj.refresh_from_db()
        assert obj.traeger_id == bleibt.pk, obj
    welt["kontakt"].refresh_from_db()
    assert welt["kontakt"].eigener_traeger_id == bleibt.pk
    assert list(welt["kontakt"].traeger.all()) == [bleibt]
    assert list(welt["privat"].traeger.all()) == [bleibt]  # was linked to both: once
    zugehoerig = TraegerZugehoerigkeit.objects.filter(traeger=bleibt)
    assert sorted(zugehoerig.values_list("user__username", flat=True)) == ["dora", "rita"]
    assert welt["rita"].has_perm("traeger.change_traeger", bleibt)
    typ = ContentType.objects.get_for_model(Traeger)
    assert not UserObjectPermission.objects.filter(content_type=typ, object_pk=str(geht_pk))
    assert [s.name for s in bleibt.sozialraeume.all()] == ["Altstadt-Nord"]
    assert not Traeger.objects.filter(pk=geht_pk).exists()
    titel = {p.titel: p.anzahl for p in posten}
    assert titel["Einrichtungen"] == 1
    assert titel["Angebote"] == 1
    assert titel["Ansprechpersonen"] == 2
    assert titel["Mitgliedschaften"] == 1
    assert titel["Kontakte (mit Träger)"] == 2
    assert titel["Rechte zum Bearbeiten (Träger-Redaktion)"] == 1


def test_zusammenfuehren_schreibt_verlauf(welt, amt):
    bleibt, geht = welt["bleibt"], welt["geht"]
    geht_pk = geht.pk

    traeger_zusammenfuehren(bleibt, geht, akteur=amt)

    erwartet = "Träger „AWO KV Musterstadt“"
    for obj in (welt["haus"], welt["leitung"], welt["angebot"], welt["mitglied"], welt["kontakt"]):
        letzte = obj.history.order_by("-history_date", "-history_id").first()
        assert letzte.history_change_reason.startswith(erwartet), obj
        assert letzte.history_user == amt
    # The going Träger: deleted, its last version (with its key) kept in the history.
    geloescht = Traeger.history.filter(id=geht_pk).order_by("-history_date").first()
    assert geloescht.history_type == "-"
    assert geloescht.externe_id == "T-4711"
    assert "zusammengeführt" in geloescht.history_change_reason
    assert "zusammengeführt" in _grund(bleibt)
    # Rita's right on the rights screen's history of her account.
    eintrag = LogEntry.objects.get(object_id=str(welt["rita"].pk))
    assert "pflegt den Träger „AWO Kreisverband Musterstadt e.V.“" in eintrag.change_message


def test_zusammenfuehren_merkt_name_kennung_und_fuellt_leere_angaben(welt, amt):
    bleibt, geht = welt["bleibt"], welt["geht"]
    geht_pk = geht.pk

    bleibt, _posten = traeger_zusammenfuehren(bleibt, geht, akteur=amt)

    bleibt.refresh_from_db()
    assert bleibt.andere_namen == "AWO KV Musterstadt"
    assert bleibt.email == "info@awo-musterstadt.example"  # its own stays
    assert bleibt.telefon == "0391 555 0"  # empty before: taken over
    assert bleibt.adresse == "Lindenweg 3, 39100 Musterstadt"
    [eintrag] = bleibt.zusammengefuehrt
    assert eintrag["id"] == geht_pk
    assert (eintrag["quelle"], eintrag["externe_id"]) == (QUELLE, "T-4711")
    assert eintrag["von"] == "andrea"
    assert eintrag["einrichtungen"] == [welt["haus"].pk]
    # What an import looks up: the key now stands for the staying Träger.
    assert quellkennungen(QUELLE) == {"T-4711": bleibt.pk}
    assert quellkennungen("andere Quelle") == {}


def test_adresse_nur_als_ganzes(welt, amt):
    bleibt, geht = welt["bleibt"], welt["geht"]
    bleibt.ort = "Musterstadt"
    bleibt.save()
    bleibt, _posten = traeger_zusammenfuehren(bleibt, geht, akteur=amt)
    bleibt.refresh_from_db()
    assert (bleibt.strasse, bleibt.plz, bleibt.ort) == ("", "", "Musterstadt")


def test_kette_von_zusammenfuehrungen(welt, amt):
    """A Träger merged into one that is merged again: both keys lead to the last one."""
    dritter = TraegerFactory(name="Arbeiterwohlfahrt Musterstadt", quelle=QUELLE, externe_id="T-1")
    traeger_zusammenfuehren(welt["geht"], dritter, akteur=amt)
    bleibt, _posten = traeger_zusammenfuehren(welt["bleibt"], welt["geht"], akteur=amt)
    assert quellkennungen(QUELLE) == {"T-4711": bleibt.pk, "T-1": bleibt.pk}
    assert bleibt.andere_namen.splitlines() == [
        "AWO KV Musterstadt",
        "Arbeiterwohlfahrt Musterstadt",
    ]


def test_nicht_mit_sich_selbst(welt, amt):
    with pytest.raises(ZusammenfuehrenFehler, match="nicht mit sich selbst"):
        traeger_zusammenfuehren(welt["bleibt"], welt["bleibt"], akteur=amt)


def test_vorschau_zeigt_was_umzieht(welt, amt):
    antwort = _client(amt).get(_vorschau_url(welt["bleibt"], welt["geht"]))
    assert antwort.status_code == 200
    text = antwort.content.decode()
    assert "„AWO KV Musterstadt“ in „AWO Kreisverband Musterstadt e.V.“ aufgehen lassen" in text
    for name in ("Familienzentrum Lindenweg", "Elterncafé am Lindenweg", "Lena Linde", "Rita Roth"):
        assert name in text
    assert "Übergang Kita" in text
    assert "Geheimabsprache" not in text  # somebody's private contact: counted, not named
    assert "Kontakte (mit Träger): 2" in text
    assert "die Kennung „T-4711“ aus der Quelle" in text
    assert "Telefon: 0391 555 0" in text
    assert (
        reverse("traeger:zusammenfuehren_vorschau", args=[welt["geht"].pk, welt["bleibt"].pk])
        in text
    )
    assert Traeger.objects.filter(pk=welt["geht"].pk).exists()  # a preview changes nothing


def test_vorschau_mit_fester_zahl_von_abfragen(welt, amt):
    """The preview counts every kind and names at most a few: more records, same queries."""
    client, url = _client(amt), _vorschau_url(welt["bleibt"], welt["geht"])
    client.get(url)
    with CaptureQueriesContext(connection) as vorher:
        client.get(url)
    for nummer in range(12):
        ort = EinrichtungFactory(traeger=welt["geht"], name=f"Weiteres Haus {nummer}")
        Ansprechperson.objects.create(traeger=welt["geht"], einrichtung=ort, name=f"P {nummer}")
        AngebotFactory(traeger=welt["geht"], einrichtungen=[ort])
    with CaptureQueriesContext(connection) as nachher:
        antwort = client.get(url)
    assert "und 5 weitere Einträge" in antwort.content.decode()  # 13 Einrichtungen, 8 named
    assert len(nachher) == len(vorher)


def test_zusammenfuehren_ueber_die_seite(welt, amt):
    client, url = _client(amt), _vorschau_url(welt["bleibt"], welt["geht"])
    antwort = client.post(url, _tokens(client, url), follow=True)
    assert antwort.redirect_chain[-1][0] == welt["bleibt"].get_absolute_url()
    text = antwort.content.decode()
    assert (
        "„AWO KV Musterstadt“ ist mit „AWO Kreisverband Musterstadt e.V.“ zusammengeführt" in text
    )
    assert "Einrichtungen: 1" in text
    assert "auch bekannt als" in text
    assert not Traeger.objects.filter(name="AWO KV Musterstadt").exists()


@pytest.mark.parametrize("wer", ["bleibt", "geht"])
def test_konflikt_wenn_ein_traeger_inzwischen_geaendert_wurde(welt, amt, wer):
    client, url = _client(amt), _vorschau_url(welt["bleibt"], welt["geht"])
    tokens = _tokens(client, url)
    kollegin = UserFactory(first_name="Karla", last_name="Kollegin", rolle=JUGENDAMT_ADMINISTRATION)
    geaendert = Traeger.objects.get(pk=welt[wer].pk)
    geaendert.telefon = "0391 999"
    geaendert._history_user = kollegin
    geaendert.save()

    antwort = client.post(url, tokens)

    assert antwort.status_code == 200
    text = antwort.content.decode()
    assert "Nicht gespeichert: jemand war schneller" in text
    assert (
        f"„{welt[wer].name}“: Dieser Eintrag wurde inzwischen von Karla Kollegin geändert" in text
    )
    assert "Geändert wurde: Telefon." in text
    assert Traeger.objects.filter(pk=welt["geht"].pk).exists()
    welt["haus"].refresh_from_db()
    assert welt["haus"].traeger_id == welt["geht"].pk


def test_ohne_token_wird_nicht_zusammengefuehrt(welt, amt):
    antwort = _client(amt).post(_vorschau_url(welt["bleibt"], welt["geht"]), {})
    assert antwort.status_code == 200
    assert "Das Formular ist unvollständig" in antwort.content.decode()
    assert Traeger.objects.filter(pk=welt["geht"].pk).exists()


# --- Who ----------------------------------------------------------------------------------


def _alle_urls(welt) -> list[str]:
    b, g = welt["bleibt"].pk, welt["geht"].pk
    return [
        reverse("traeger:zusammenfuehren", args=[b]),
        reverse("traeger:zusammenfuehren_vorschau", args=[b, g]),
        reverse("traeger:aufteilen", args=[g]),
        reverse("traeger:aufteilen_neu", args=[g]),
        reverse("traeger:aufteilen_an", args=[g, b]),
    ]


@pytest.mark.parametrize("wer", ["rita", "dora"])
def test_nur_die_jugendamt_administration(welt, wer):
    """Rita edits "geht" (Träger-Redaktion), Dora is a Fachkraft: neither merges (403), and
    neither sees the links on the Träger page."""
    client = _client(welt[wer])
    for url in _alle_urls(welt):
        assert client.get(url).status_code == 403, url
    for url in [_alle_urls(welt)[i] for i in (1, 3, 4)]:  # the pages that act on POST
        assert client.post(url, {"aktion": "aufteilen"}).status_code == 403, url
    assert Traeger.objects.filter(pk=welt["geht"].pk).exists()
    seite = client.get(welt["geht"].get_absolute_url()).content.decode()
    assert "zusammenführen" not in seite


def test_anonym_zur_anmeldung(welt):
    for url in _alle_urls(welt):
        antwort = Client().get(url)
        assert antwort.status_code == 302 and antwort.url.startswith("/anmelden/"), url


def test_links_auf_der_traegerseite(welt, amt):
    seite = _client(amt).get(welt["geht"].get_absolute_url()).content.decode()
    assert reverse("traeger:zusammenfuehren", args=[welt["geht"].pk]) in seite
    assert reverse("traeger:aufteilen", args=[welt["geht"].pk]) in seite


def test_keine_500_bei_falschen_ids(welt, amt):
    client, b = _client(amt), welt["bleibt"].pk
    riesig = 10**25
    for url in (
        reverse("traeger:zusammenfuehren", args=[riesig]),
        reverse("traeger:zusammenfuehren_vorschau", args=[b, riesig]),
        reverse("traeger:zusammenfuehren_vorschau", args=[b, b]),  # with itself
        reverse("traeger:aufteilen_an", args=[b, riesig]),
        reverse("traeger:aufteilen_an", args=[b, b]),
        reverse("traeger:aufteilen_wiederherstellen", args=[b, 4711]),
    ):
        assert client.get(url).status_code == 404, url
    suche = reverse("traeger:zusammenfuehren", args=[b])
    assert client.get(suche, {"suche": "AWO\x00"}).status_code == 200
    url = reverse("traeger:aufteilen_neu", args=[welt["geht"].pk])
    for falsch in ("²", str(riesig), "1\x00", "abc"):
        antwort = client.post(url, {"einrichtungen": [falsch], "name": "Neu", "aktion": "vorschau"})
        assert antwort.status_code == 200
        assert "Bitte eine gültige Auswahl treffen" in antwort.content.decode()


def test_suche_findet_andere_schreibweisen_und_kennungen(welt, amt):
    client = _client(amt)
    welt["bleibt"].andere_namen = "Arbeiterwohlfahrt Musterstadt"
    welt["bleibt"].save()
    url = reverse("traeger:zusammenfuehren", args=[welt["geht"].pk])
    for suche in ("Arbeiterwohlfahrt", "kreisverband", "AWO"):
        text = client.get(url, {"suche": suche}).content.decode()
        assert "AWO Kreisverband Musterstadt e.V." in text, suche
        assert _vorschau_url(welt["geht"], welt["bleibt"]) in text
    # htmx asks for the hits alone.
    fragment = client.get(url, {"suche": "Kreisverband"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in fragment and "AWO Kreisverband" in fragment
    leer = client.get(url, {"suche": "Diakonie"}).content.decode()
    assert "Kein Träger passt zu „Diakonie“" in leer


# --- Splitting ----------------------------------------------------------------------------


@pytest.fixture
def verein(db):
    """A Träger with two houses: one offer only at the first, one at both, one at the second."""
    traeger = TraegerFactory(name="Kinder- und Jugendhilfe Nord e.V.")
    erstes = EinrichtungFactory(traeger=traeger, name="Jugendclub Nord")
    zweites = EinrichtungFactory(traeger=traeger, name="Kita Sonnenschein")
    person = Ansprechperson.objects.create(traeger=traeger, einrichtung=erstes, name="Jens Nord")
    return {
        "traeger": traeger,
        "erstes": erstes,
        "zweites": zweites,
        "person": person,
        "nur_erstes": AngebotFactory(
            traeger=traeger, titel="Offener Treff", einrichtungen=[erstes]
        ),
        "beide": AngebotFactory(
            traeger=traeger, titel="Ferienfahrt", einrichtungen=[erstes, zweites]
        ),
        "nur_zweites": AngebotFactory(
            traeger=traeger, titel="Krabbelgruppe", einrichtungen=[zweites]
        ),
    }


def test_mitziehen_von_angebote_registriert():
    assert "angebote.traeger_aufteilen" in {f.__module__ for f in MITZIEHEN}


def test_aufteilen_an_neuen_traeger_ueber_die_seite(verein, amt):
    client = _client(amt)
    url = reverse("traeger:aufteilen_neu", args=[verein["traeger"].pk])
    form = client.get(url).context["form"]
    daten = {
        "einrichtungen": [verein["erstes"].pk],
        "name": "Jugendclub Nord gGmbH",
        "traegerschaft": "frei",
        "art": "ggmbh",
        "stand": form["stand"].initial,
    }

    vorschau = client.post(url, {**daten, "aktion": "vorschau"})
    text = vorschau.content.decode()
    assert (
        "Vorschau: Das zieht von „Kinder- und Jugendhilfe Nord e.V.“ zu „Jugendclub Nord gGmbH“ um"
        in text
    )
    assert "Angebote: 1" in text and "Offener Treff" in text
    assert "1 weitere Angebote finden auch an Einrichtungen statt, die bleiben" in text
    assert not Traeger.objects.filter(name="Jugendclub Nord gGmbH").exists()

    antwort = client.post(url, {**daten, "aktion": "aufteilen"}, follow=True)
    neu = Traeger.objects.get(name="Jugendclub Nord gGmbH")
    assert antwort.redirect_chain[-1][0] == neu.get_absolute_url()
    assert (
        "An „Jugendclub Nord gGmbH“ übergeben: Einrichtungen: 1; Ansprechpersonen: 1; Angebote: 1."
        in antwort.content.decode()
    )
    assert (neu.traegerschaft, neu.art) == ("frei", "ggmbh")
    for schluessel, traeger in (
        ("erstes", neu),
        ("person", neu),
        ("nur_erstes", neu),
        ("zweites", verein["traeger"]),
        ("beide", verein["traeger"]),
        ("nur_zweites", verein["traeger"]),
    ):
        verein[schluessel].refresh_from_db()
        assert verein[schluessel].traeger_id == traeger.pk, schluessel
    assert "verschoben" in _grund(verein["erstes"])
    assert "verschoben" in _grund(verein["nur_erstes"])
    assert "abgegeben" in _grund(verein["traeger"])
    assert "angelegt" in _grund(neu)


def test_aufteilen_an_bestehenden_traeger(verein, amt):
    ziel = TraegerFactory(name="Kita-Verbund Süd")
    nach, posten = traeger_aufteilen(verein["traeger"], [verein["zweites"]], ziel, akteur=amt)
    assert nach == ziel
    assert {p.titel: p.anzahl for p in posten} == {"Einrichtungen": 1, "Angebote": 1}
    verein["nur_zweites"].refresh_from_db()
    assert verein["nur_zweites"].traeger_id == ziel.pk
    assert Angebot.objects.get(pk=verein["beide"].pk).traeger_id == verein["traeger"].pk


def test_aufteilen_ohne_auswahl_und_fremde_einrichtung(verein, amt):
    client = _client(amt)
    url = reverse("traeger:aufteilen_neu", args=[verein["traeger"].pk])
    antwort = client.post(url, {"name": "Neu", "traegerschaft": "frei", "art": "verein"})
    assert "Bitte wählen Sie mindestens eine Einrichtung." in antwort.content.decode()
    fremd = EinrichtungFactory(name="Fremdes Haus")
    with pytest.raises(ZusammenfuehrenFehler, match="nicht mehr zu"):
        traeger_aufteilen(verein["traeger"], [fremd], TraegerFactory(), akteur=amt)
    doppelt = client.post(
        url,
        {
            "einrichtungen": [verein["erstes"].pk],
            "name": "Kinder- und Jugendhilfe Nord e.V.",
            "traegerschaft": "frei",
            "art": "verein",
        },
    )
    assert (
        "Einen Träger „Kinder- und Jugendhilfe Nord e.V.“ gibt es schon."
        in doppelt.content.decode()
    )


def test_konflikt_beim_aufteilen(verein, amt):
    client = _client(amt)
    ziel = TraegerFactory(name="Kita-Verbund Süd")
    url = reverse("traeger:aufteilen_an", args=[verein["traeger"].pk, ziel.pk])
    form = client.get(url).context["form"]
    daten = {
        "einrichtungen": [verein["zweites"].pk],
        "stand": form["stand"].initial,
        "stand_anderer": form["stand_anderer"].initial,
        "aktion": "aufteilen",
    }
    ziel.beschreibung = "inzwischen geändert"
    ziel.save()
    antwort = client.post(url, daten)
    assert "„Kita-Verbund Süd“: Dieser Eintrag wurde inzwischen" in antwort.content.decode()
    verein["zweites"].refresh_from_db()
    assert verein["zweites"].traeger_id == verein["traeger"].pk


def test_falsche_zusammenfuehrung_rueckgaengig_machen(welt, amt):
    """Merge, then restore the merged-away Träger: same number, name and key, its
    Einrichtung (preselected) and the Angebot there come back; the key leads to it again."""
    bleibt, geht = welt["bleibt"], welt["geht"]
    geht_pk = geht.pk
    bleibt, _posten = traeger_zusammenfuehren(bleibt, geht, akteur=amt)

    client = _client(amt)
    auswahl = client.get(reverse("traeger:aufteilen", args=[bleibt.pk])).content.decode()
    url = reverse("traeger:aufteilen_wiederherstellen", args=[bleibt.pk, geht_pk])
    assert url in auswahl and "Eine Zusammenführung rückgängig machen" in auswahl
    form = client.get(url).context["form"]
    assert form["einrichtungen"].initial == [welt["haus"].pk]
    antwort = client.post(
        url,
        {"einrichtungen": [welt["haus"].pk], "stand": form["stand"].initial, "aktion": "aufteilen"},
        follow=True,
    )

    wieder = Traeger.objects.get(pk=geht_pk)
    assert antwort.redirect_chain[-1][0] == wieder.get_absolute_url()
    assert (wieder.name, wieder.quelle, wieder.externe_id) == (
        "AWO KV Musterstadt",
        QUELLE,
        "T-4711",
    )
    assert wieder.telefon == "0391 555 0"
    for obj in (welt["haus"], welt["leitung"], welt["angebot"]):
        obj.refresh_from_db()
        assert obj.traeger_id == geht_pk, obj
    bleibt.refresh_from_db()
    assert bleibt.zusammengefuehrt == [] and bleibt.andere_namen == ""
    assert quellkennungen(QUELLE) == {"T-4711": geht_pk}
    assert "wiederhergestellt" in _grund(wieder)
    # Once restored, there is nothing left to restore.
    assert client.get(url).status_code == 404


def test_wiederherstellen_wenn_kennung_vergeben(welt, amt):
    bleibt, _posten = traeger_zusammenfuehren(welt["bleibt"], welt["geht"], akteur=amt)
    TraegerFactory(name="Neu importiert", quelle=QUELLE, externe_id="T-4711")
    [eintrag] = bleibt.zusammengefuehrt
    with pytest.raises(
        ZusammenfuehrenFehler, match="gehört inzwischen dem Träger „Neu importiert“"
    ):
        traeger_aufteilen(
            bleibt,
            list(Einrichtung.objects.filter(pk=welt["haus"].pk)),
            frueherer_traeger(eintrag),
            akteur=amt,
            frueher=eintrag,
        )
    assert not Traeger.objects.filter(pk=eintrag["id"]).exists()


# --- Admin --------------------------------------------------------------------------------


def test_admin_aktion_fuehrt_zur_vorschau(welt, amt):
    client = _client(amt)
    liste = reverse("admin:traeger_traeger_changelist")
    assert "Ausgewählte zwei Träger zusammenführen" in client.get(liste).content.decode()
    antwort = client.post(
        liste,
        {"action": "zusammenfuehren", "_selected_action": [welt["geht"].pk, welt["bleibt"].pk]},
    )
    assert antwort.status_code == 302
    assert antwort.url == _vorschau_url(welt["bleibt"], welt["geht"])  # the older one stays

    einer = client.post(
        liste, {"action": "zusammenfuehren", "_selected_action": [welt["geht"].pk]}, follow=True
    )
    assert "Bitte wählen Sie genau zwei Träger aus" in einer.content.decode()

    aufteilen = client.post(liste, {"action": "aufteilen", "_selected_action": [welt["geht"].pk]})
    assert aufteilen.url == reverse("traeger:aufteilen", args=[welt["geht"].pk])


def test_admin_aktion_nur_mit_dem_recht(welt):
    """Rita has staff status and edits her Träger in the admin, but may not merge."""
    welt["rita"].is_staff = True
    welt["rita"].save()
    client = _client(welt["rita"])
    liste = reverse("admin:traeger_traeger_changelist")
    assert "zusammenführen" not in client.get(liste).content.decode()


def test_history_verweist_nicht_ins_leere(welt, amt):
    """The Mitgliedschaft's Gremium and the Kontakt stay unchanged apart from the Träger."""
    traeger_zusammenfuehren(welt["bleibt"], welt["geht"], akteur=amt)
    mitglied = Mitgliedschaft.objects.get(pk=welt["mitglied"].pk)
    assert mitglied.gremium.name == "AG 78 Mitte"
    kontakt = Kontakt.objects.get(pk=welt["kontakt"].pk)
    assert kontakt.thema == "Übergang Kita" and kontakt.datum <= datetime.date.today()


def test_was_nur_einmal_vorkommen_darf_verhindert_das_zusammenfuehren(welt, amt, monkeypatch):
    """Records of both Träger under a unique rule that say more than the link (a Prüfanfrage
    of the same round, say) are not dropped silently: the preview names them, no button."""
    from traeger.zusammenfuehren import bezuege

    monkeypatch.setattr(bezuege, "_nur_verknuepfung", lambda model, felder: False)
    antwort = _client(amt).get(_vorschau_url(welt["bleibt"], welt["geht"]))
    text = antwort.content.decode()
    assert "So lassen sich die beiden nicht zusammenführen" in text
    assert "den es je Träger nur einmal geben darf" in text
    assert "Jetzt zusammenführen" not in text
    with pytest.raises(ZusammenfuehrenFehler, match="Bitte bereinigen Sie das zuerst"):
        traeger_zusammenfuehren(welt["bleibt"], welt["geht"], akteur=amt)
    assert Traeger.objects.filter(pk=welt["geht"].pk).exists()
    assert Einrichtung.objects.get(pk=welt["haus"].pk).traeger_id == welt["geht"].pk
