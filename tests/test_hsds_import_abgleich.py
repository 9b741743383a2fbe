"""HSDS 3.0 in, later runs: what the source changed reaches the registry (offers through
the review), what a person changed stays, proposals of people are not touched, the
registry's own records are never changed, contacts follow their consent at the source.
"""

import datetime
import re

import pytest
from django.urls import reverse

from angebote.models import Aenderungsvorschlag, Angebot
from angebote.redaktion.pruefung import angebot_veroeffentlichen, vorschlag_einreichen
from angebote.redaktion.werte import werte_von
from sozialraum.models import Quartier
from sozialraum.zugang.rollen import TRAEGER_REDAKTION
from tests import test_hsds_import as basis
from tests.factories import QuartierFactory, UserFactory
from tests.test_hsds_import import DATEN, exportieren, importieren, leeren, schreiben, stand
from traeger.models import Ansprechperson, Einrichtung, Traeger

pytestmark = pytest.mark.django_db

# The world and the reviewing administration of test_hsds_import.py.
amt = basis.amt
welt = basis.welt


@pytest.fixture
def importiert(welt, amt, tmp_path):
    """The world exported, emptied, imported and published: records an import owns."""
    datei = tmp_path / "export.json"
    daten = exportieren(datei)
    leeren()
    importieren(datei, "--benutzer", "amt", "--veroeffentlichen")
    return datei, daten


def _dienst(daten, titel):
    return next(d for d in daten if d["name"] == titel)


def test_aenderung_der_quelle_wird_vorschlag_zur_pruefung(importiert, tmp_path):
    datei, daten = importiert
    treff = _dienst(daten, "Offener Treff")
    treff["description"] = "Kicker, Musik, Hausaufgaben und Kochen."
    treff["minimum_age"] = 10
    schreiben(datei, daten)
    angebot = Angebot.objects.get(titel="Offener Treff")
    text = importieren(datei)
    assert "1 Änderungsvorschläge" in text
    angebot.refresh_from_db()
    assert angebot.status == "veroeffentlicht"
    assert angebot.beschreibung == "Kicker, Musik, Hausaufgaben."  # public as before
    vorschlag = Aenderungsvorschlag.objects.offen().get(angebot=angebot)
    assert not vorschlag.neu
    assert vorschlag.daten["beschreibung"] == "Kicker, Musik, Hausaufgaben und Kochen."
    assert vorschlag.daten["alter_von"] == 10
    # The same file again: the proposal stays as it is.
    vorher = stand()
    assert "Keine Änderungen" in importieren(datei)
    assert stand()["historie"] == vorher["historie"]
    # The source changes once more: the import's own proposal is updated, not duplicated.
    treff["minimum_age"] = 9
    schreiben(datei, daten)
    importieren(datei)
    vorschlag = Aenderungsvorschlag.objects.offen().get(angebot=angebot)
    assert vorschlag.daten["alter_von"] == 9


def test_was_eine_person_geaendert_hat_bleibt(importiert, amt, tmp_path):
    datei, daten = importiert
    traeger = Traeger.objects.get(name="Kinderhilfe e.V.")
    traeger.telefon = "0391 999"  # corrected in the registry
    traeger.save()
    org = _dienst(daten, "Offener Treff")["organization"]
    for dienst in daten:
        if dienst["organization"]["id"] == org["id"]:
            dienst["organization"]["phones"][0]["number"] = "0391 555"
            dienst["organization"]["email"] = "kontakt@kinderhilfe.example"
    schreiben(datei, daten)
    text = importieren(datei)
    traeger.refresh_from_db()
    assert traeger.telefon == "0391 999"
    assert traeger.email == "kontakt@kinderhilfe.example"  # only the source changed it
    assert re.search(
        r"Telefon im Register geändert \(„0391 999“\), die Quelle sagt „0391 555“", text
    )


def test_vorschlag_einer_person_wird_nicht_ueberschrieben(importiert, tmp_path):
    datei, daten = importiert
    angebot = Angebot.objects.get(titel="Elterncafé")
    rita = UserFactory(username="rita", rolle=TRAEGER_REDAKTION)
    werte = werte_von(angebot) | {"beschreibung": "Mit Kinderbetreuung."}
    vorschlag_einreichen(angebot, angebot.traeger, werte, rita)
    _dienst(daten, "Elterncafé")["description"] = "Jeden Mittwoch."
    schreiben(datei, daten)
    text = importieren(datei)
    assert "1 zurückgestellt" in text
    vorschlag = Aenderungsvorschlag.objects.offen().get(angebot=angebot)
    assert vorschlag.eingereicht_von == rita
    assert vorschlag.daten["beschreibung"] == "Mit Kinderbetreuung."


def test_eigene_eintraege_des_registers_bleiben_unberuehrt(welt, tmp_path):
    """Re-importing a registry's own export (or another's copy of it) changes none of the
    records it typed in: they are not the import's."""
    datei = tmp_path / "export.json"
    daten = exportieren(datei)
    _dienst(daten, "Offener Treff")["name"] = "Offener Treff (alt)"
    schreiben(datei, daten)
    vorher = stand()
    text = importieren(datei)
    assert stand() == {**vorher, "importlaeufe": vorher["importlaeufe"] + 1}
    assert "im Register gepflegt, nicht aus einem HSDS-Import; nicht übernommen: Titel" in text


def test_kontakt_nicht_mehr_in_der_quelle_ist_nicht_mehr_oeffentlich(importiert):
    datei, daten = importiert
    for dienst in daten:
        for sal in dienst["service_at_locations"]:
            sal["location"]["contacts"] = []
    schreiben(datei, daten)
    anna = Ansprechperson.objects.get(name="Anna Beispiel")
    assert anna.oeffentlich and anna.einwilligung_umfang.startswith("HSDS-Import: ")
    text = importieren(datei)
    anna.refresh_from_db()
    assert not anna.oeffentlich
    assert "„Anna Beispiel“: in der Quelle nicht mehr aufgeführt" in text
    assert Ansprechperson.objects.get(name="Bernd Vorstand").oeffentlich


def test_angebot_in_pruefung_folgt_der_quelle(welt, tmp_path):
    """Not yet published: the source's change goes straight into the offer waiting for
    review, and its one proposal (new) follows."""
    datei = tmp_path / "export.json"
    daten = exportieren(datei)
    leeren()
    importieren(datei)
    _dienst(daten, "Elterncafé")["maximum_age"] = 6
    schreiben(datei, daten)
    text = importieren(datei)
    angebot = Angebot.objects.get(titel="Elterncafé")
    assert angebot.status == "pruefung" and angebot.alter_bis == 6
    vorschlag = Aenderungsvorschlag.objects.offen().get(angebot=angebot)
    assert vorschlag.neu and vorschlag.daten["alter_bis"] == 6
    assert Aenderungsvorschlag.objects.filter(angebot=angebot).count() == 1
    assert "1 Angebote zur Prüfung" in text


def test_veroeffentlichen_gibt_auch_aenderungen_frei(importiert, amt):
    datei, daten = importiert
    _dienst(daten, "Offener Treff")["name"] = "Offener Treff Nord"
    schreiben(datei, daten)
    importieren(datei, "--benutzer", "amt", "--veroeffentlichen")
    angebot = Angebot.objects.get(titel="Offener Treff Nord")
    assert angebot.status == "veroeffentlicht"
    vorschlag = Aenderungsvorschlag.objects.filter(angebot=angebot).latest("pk")
    assert vorschlag.status == "uebernommen" and vorschlag.geprueft_von == amt


def test_archiviertes_angebot_bleibt_archiviert(importiert):
    datei, daten = importiert
    angebot = Angebot.objects.get(titel="Elterncafé")
    Angebot.objects.filter(pk=angebot.pk).update(status="archiviert")
    _dienst(daten, "Elterncafé")["description"] = "Wieder da."
    schreiben(datei, daten)
    text = importieren(datei)
    angebot.refresh_from_db()
    assert angebot.status == "archiviert"
    assert "im Register archiviert; Änderungen der Quelle nicht übernommen" in text
    assert not Aenderungsvorschlag.objects.ausstehend().filter(angebot=angebot).exists()


def test_ansprechperson_nur_ohne_aenderung_durch_eine_person(importiert):
    datei, daten = importiert
    bernd = Ansprechperson.objects.get(name="Bernd Vorstand")
    for dienst in daten:
        for kontakt in dienst["organization"]["contacts"]:
            kontakt["title"] = "Vorsitz"
    schreiben(datei, daten)
    importieren(datei)
    bernd.refresh_from_db()
    assert bernd.funktion == "Vorsitz"  # only imports ever changed him
    bernd.funktion = "Schatzmeister"
    bernd.save()  # a person's change
    for dienst in daten:
        for kontakt in dienst["organization"]["contacts"]:
            kontakt["title"] = "Vorstand"
    schreiben(datei, daten)
    text = importieren(datei)
    bernd.refresh_from_db()
    assert bernd.funktion == "Schatzmeister"
    assert "„Bernd Vorstand (Schatzmeister)“" in text and "nicht übernommen: Funktion" in text


def test_einrichtung_ueber_externe_kennung_zugeordnet(welt, tmp_path):
    """A place another registry exported under its own id, but with the source's key of
    a place the registry has: the same place, not a second one."""
    datei = tmp_path / "export.json"
    daten = exportieren(datei)
    club = welt["club"]
    for dienst in daten:
        for sal in dienst["service_at_locations"]:
            if sal["location"]["id"] == str(club.uuid):
                sal["location"]["id"] = "0f1e2d3c-4b5a-4678-9abc-def012345678"
                sal["location_id"] = sal["location"]["id"]
    for dienst in daten:
        dienst["id"] = dienst["id"][:-4] + "aaaa"  # offers new to the registry
    schreiben(datei, daten)
    vorher = Einrichtung.objects.count()
    text = importieren(datei)
    assert Einrichtung.objects.count() == vorher
    assert "über die externe Kennung der Einrichtung „Jugendclub Nord“ zugeordnet" in text
    neu = Angebot.objects.get(uuid=str(welt["treff"].uuid)[:-4] + "aaaa")
    assert list(neu.einrichtungen.all()) == [club]


def test_neue_einrichtung_nach_grenzen_verortet(tmp_path):
    quadrat = {
        "type": "Polygon",
        "coordinates": [[[11.6, 52.1], [11.7, 52.1], [11.7, 52.2], [11.6, 52.2], [11.6, 52.1]]],
    }
    quartier = QuartierFactory(name="Breiter Weg", grenze=quadrat)
    importieren(DATEN / "musterstadt.json")
    ort = Einrichtung.objects.get(uuid="aedf01a8-e3bf-4fd2-9fa9-df528eb3012a")
    assert ort.quartier == quartier
    assert ort.sozialraum == quartier.sozialraum
    assert Quartier.objects.count() == 1


def test_zuletzt_geprueft_bleibt_die_angabe_der_quelle(welt, amt, tmp_path):
    datei = tmp_path / "export.json"
    exportieren(datei)
    leeren()
    importieren(datei, "--benutzer", "amt", "--veroeffentlichen")
    treff = Angebot.objects.get(titel="Offener Treff")
    assert treff.zuletzt_geprueft == datetime.date(2026, 3, 1) and treff.geprueft_von is None
    assert Angebot.objects.get(titel="Elterncafé").zuletzt_geprueft is None
    # Without --veroeffentlichen the approving person checked it: today.
    leeren()
    importieren(datei)
    treff = Angebot.objects.get(titel="Offener Treff")
    angebot_veroeffentlichen(treff, amt)
    treff.refresh_from_db()
    assert treff.zuletzt_geprueft == datetime.date.today() and treff.geprueft_von == amt


def test_importierte_angebote_in_der_pruefliste(welt, amt, client, tmp_path):
    datei = tmp_path / "export.json"
    exportieren(datei)
    leeren()
    importieren(datei)
    client.force_login(amt)
    liste = client.get(reverse("angebote:pruefliste"))
    assert liste.status_code == 200
    assert "Offener Treff" in liste.content.decode()
    vorschlag = Aenderungsvorschlag.objects.offen().get(angebot__titel="Offener Treff")
    seite = client.get(vorschlag.get_absolute_url())
    assert seite.status_code == 200
    assert "Kicker, Musik, Hausaufgaben." in seite.content.decode()
