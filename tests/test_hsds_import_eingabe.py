"""HSDS 3.0 in from files written by others: the specification's examples, an HSDA list
page, a file written by hand (tests/daten/hsds/musterstadt.json); bad input, which gets
German messages naming the file, the entry, its id and the field, and saves nothing; the
command's options.
"""

import json
from pathlib import Path

import pytest
from django.core.management.base import CommandError

from angebote.hsds.einlesen.lauf import hsds_importieren
from angebote.models import Angebot, Kategorie, Sprache
from sozialraum.austausch.gebiete import ImportFehler
from sozialraum.models import Importlauf
from sozialraum.zugang.rollen import FACHKRAFT
from tests.factories import SozialraumFactory, UserFactory
from tests.test_hsds_import import DATEN, importieren, schreiben, stand
from traeger.models import Ansprechperson

pytestmark = pytest.mark.django_db


# -- files written by others ------------------------------------------------------------


def test_beispiel_der_spezifikation_service_full(tmp_path):
    text = importieren(DATEN / "service_full.json")
    angebot = Angebot.objects.get(uuid="ac148810-d857-441c-9679-408f346de14b")
    assert angebot.status == "pruefung"
    assert angebot.titel == "Community Counselling"
    assert (angebot.alter_von, angebot.alter_bis) == (12, 100)
    assert angebot.kosten == "gebuehr"
    assert angebot.traeger.name == "Example Organization Inc."
    assert [s.code for s in angebot.sprachen.all()] == ["ur"]
    ort = angebot.einrichtungen.get()
    assert (ort.name, ort.strasse, ort.plz, ort.ort) == (
        "MyCity Civic Center",
        "1-30 Main Street, MyVillage",
        "ABC 1234",
        "MyCity",
    )
    assert ort.lat is None  # 100/101 is no WGS84 position: reported, not stored
    assert angebot.zeiten.count() == 0  # a weekly rule with byweekno, count, until …
    assert "Zeitplan nicht übernommen" in text
    assert "liegt nicht in WGS84" in text
    assert "als Kategorie angelegt" in text
    assert Kategorie.objects.filter(uuid="3f7b145d-84af-42d7-8fae-eaca714b02b2").exists()
    # Public at the source; internal here until the Jugendamt checked the consent.
    kontakt = Ansprechperson.objects.get(uuid="1e7efce3-639b-4880-940c-b95cd30cdb50")
    assert not kontakt.oeffentlich and not kontakt.einwilligung_am
    assert "öffentlich laut Quelle" in kontakt.einwilligung_umfang
    assert "Importlauf" in text or Importlauf.objects.filter(art="hsds").exists()


def test_hsda_listenseite(tmp_path):
    text = importieren(DATEN / "service_list.json")
    assert "(Quelle „HSDS: service_list.json“): 1 Dienste gelesen" in text
    angebot = Angebot.objects.get(uuid="ac148810-d857-441c-9679-408f346de14b")
    assert angebot.status == "pruefung"
    assert str(angebot.traeger.uuid) == "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
    # The list shape states no places, times or languages: none invented.
    assert not angebot.einrichtungen.exists() and not angebot.zeiten.exists()


def test_handgeschriebene_datei(tmp_path):
    """tests/daten/hsds/musterstadt.json: written by hand from the specification's examples,
    in German, the way another registry would describe its offers."""
    Sprache.objects.get_or_create(code="tr", defaults={"name": "Türkisch"})
    Kategorie.objects.get_or_create(
        name="Familienbildung", defaults={"slug": "familienbildung-test"}
    )
    nord = SozialraumFactory(name="Altstadt", schluessel="0303")
    text = importieren(DATEN / "musterstadt.json", "--quelle", "Familienportal Nachbarkreis")
    assert "Import abgeschlossen" in text
    angebot = Angebot.objects.get(uuid="5b1f1c3e-9d2a-4f7e-8a51-2f0c6e9b7d10")
    assert angebot.quelle == "HSDS: Familienportal Nachbarkreis"
    assert sorted(
        (z.wochentag, f"{z.von:%H:%M}", f"{z.bis:%H:%M}") for z in angebot.zeiten.all()
    ) == [
        (1, "15:00", "17:30"),
        (3, "15:00", "17:30"),
    ]
    assert sorted(angebot.sprachen.values_list("code", flat=True)) == ["de", "tr"]
    assert list(angebot.sozialraeume.all()) == [nord]
    assert angebot.kategorien.get().name == "Familienbildung"
    assert angebot.kosten == "kostenfrei" and angebot.ermaessigt_moeglich is False
    assert (angebot.alter_von, angebot.alter_bis) == (6, 10)
    assert angebot.anmeldung == "offen"
    ort = angebot.einrichtungen.get()
    assert (ort.lat, ort.lon) == (52.130516, 11.627624)
    assert ort.barrierefrei == "ja"
    assert "über den Namen" in text  # the Kategorie had another id in the other registry
    assert "freq MONTHLY" in text  # the monthly parents' evening: reported, not invented
    assert "2 Dienste gelesen" in text
    cafe = Angebot.objects.get(uuid="6c20a142-ac5e-4b9f-b04e-3a7e2d4c8f21")
    assert list(cafe.einrichtungen.all()) == [ort]  # the place by its id alone
    assert cafe.kosten == "gebuehr" and cafe.kosten_hinweis == "Frühstück 1 € Spende"
    assert cafe.zielgruppen.get().name == "Eltern mit Kleinkindern"  # a new term, reported
    assert "Zielgruppe „Eltern mit Kleinkindern“" in text
    assert "„Eltern mit Kindern bis drei Jahre“ ist keine Angabe des Registers" in text
    murat = Ansprechperson.objects.get(name="Murat Yılmaz")
    assert murat.einrichtung == ort and not murat.oeffentlich


# -- bad input --------------------------------------------------------------------------


def _fehler(pfad: Path) -> str:
    vorher = stand()
    with pytest.raises(CommandError) as fehler:
        importieren(pfad)
    assert stand() == vorher  # nothing saved, not even an Importlauf
    return str(fehler.value)


def test_kaputtes_json_mit_zeile_und_spalte(tmp_path):
    pfad = tmp_path / "kaputt.json"
    pfad.write_text(
        '[\n  {"id": "ac148810-d857-441c-9679-408f346de14b",\n   "name": "x",,}\n]',
        encoding="utf-8",
    )
    meldung = _fehler(pfad)
    assert "nichts wurde gespeichert" in meldung
    assert "kaputt.json, Zeile 3, Spalte 16: kein gültiges JSON" in meldung


def test_schemafehler_mit_eintrag_id_und_feld(tmp_path):
    daten = json.loads((DATEN / "service_full.json").read_text(encoding="utf-8"))
    gut = json.loads(json.dumps(daten))
    daten["minimum_age"] = "zwölf"
    daten["schedules"][0]["freq"] = "DAILY"
    del daten["organization"]["name"]
    pfad = schreiben(
        tmp_path / "schema.json", [gut | {"id": "0b7c2a52-3f0e-4c55-9a0f-7d8e1c2b3a41"}, daten]
    )
    meldung = _fehler(pfad)
    ort = "schema.json, Eintrag 2 (id „ac148810-d857-441c-9679-408f346de14b“)"
    assert f"{ort}, Feld „minimum_age“: erwartet Zahl, gefunden zwölf" in meldung
    assert (
        f"{ort}, Feld „schedules[0].freq“: „DAILY“ ist nicht erlaubt; erlaubt: WEEKLY, MONTHLY"
        in meldung
    )
    assert f"{ort}, Feld „organization.name“: Pflichtfeld fehlt" in meldung
    assert "Eintrag 1" not in meldung


def test_falsche_uuid(tmp_path):
    daten = json.loads((DATEN / "service_full.json").read_text(encoding="utf-8"))
    daten["id"] = "ac148810-d857-441c-9679-408f346de14"
    daten["organization"]["id"] = "Träger 17"
    meldung = _fehler(schreiben(tmp_path / "uuid.json", [daten]))
    assert (
        "Eintrag 1 (id „ac148810-d857-441c-9679-408f346de14“), Feld „id“: „ac148810-d857-441c-9679-408f346de14“ ist nicht gültig (erwartet: UUID)"
        in meldung
    )
    assert "Feld „organization.id“: „Träger 17“ ist nicht gültig (erwartet: UUID)" in meldung


def test_fehlende_organisation(tmp_path):
    daten = json.loads((DATEN / "service_full.json").read_text(encoding="utf-8"))
    del daten["organization"]
    ohne = dict(daten, id="0b7c2a52-3f0e-4c55-9a0f-7d8e1c2b3a41")
    fremd = dict(
        daten,
        id="1c8d3b63-4f1f-4d66-8b10-8e9f2d3c4b52",
        organization_id="9e0f4c74-5a2a-4e77-9c21-9f0a3e4d5c63",
    )
    meldung = _fehler(schreiben(tmp_path / "ohne.json", [ohne, fremd]))
    assert (
        "Eintrag 1 (id „0b7c2a52-3f0e-4c55-9a0f-7d8e1c2b3a41“), Feld „organization“: fehlt"
        in meldung
    )
    assert (
        "Eintrag 2 (id „1c8d3b63-4f1f-4d66-8b10-8e9f2d3c4b52“), Feld „organization_id“: Organisation "
        "9e0f4c74-5a2a-4e77-9c21-9f0a3e4d5c63 steht weder in der Datei noch im Register" in meldung
    )


def test_doppelte_ids(tmp_path):
    daten = json.loads((DATEN / "service_full.json").read_text(encoding="utf-8"))
    meldung = _fehler(schreiben(tmp_path / "doppelt.json", [daten, daten]))
    assert (
        "doppelt.json, Eintrag 2 (id „ac148810-d857-441c-9679-408f346de14b“), Feld „id“: dieselbe "
        "id wie Eintrag 1; jede id nur einmal" in meldung
    )


@pytest.mark.parametrize(
    "inhalt, meldung",
    [
        ("", "Die Datei ist leer"),
        ('{"name": "kein Dienst"}', "Erwartet wird eine Liste von HSDS-Diensten"),
        ("[]", "enthält keine Dienste"),
        ("[1]", "Eintrag 1 (ohne id): ist kein Objekt"),
    ],
)
def test_unbrauchbare_dateien(tmp_path, inhalt, meldung):
    pfad = tmp_path / "datei.json"
    pfad.write_text(inhalt, encoding="utf-8")
    assert meldung in _fehler(pfad)


def test_nicht_utf8_und_fehlende_datei(tmp_path):
    pfad = tmp_path / "latin1.json"
    pfad.write_bytes('[{"name": "Mädchentreff"}]'.encode("latin-1"))
    assert "latin1.json, Zeile 1: Die Datei ist nicht UTF-8-kodiert" in _fehler(pfad)
    assert "Datei nicht gefunden" in _fehler(tmp_path / "fehlt.json")


def test_unlesbare_uhrzeit_und_datum(tmp_path):
    daten = json.loads((DATEN / "musterstadt.json").read_text(encoding="utf-8"))
    daten[0]["schedules"][0]["opens_at"] = "25:00"
    daten[0]["assured_date"] = "gestern"
    meldung = _fehler(schreiben(tmp_path / "zeit.json", daten))
    assert "Feld „schedules[0].opens_at“: „25:00“ ist keine Uhrzeit" in meldung
    assert "Feld „assured_date“: „gestern“ ist kein Datum (JJJJ-MM-TT)" in meldung


# -- options ----------------------------------------------------------------------------


def test_veroeffentlichen_nur_durch_die_jugendamt_administration(tmp_path):
    UserFactory(username="fachkraft", rolle=FACHKRAFT)
    with pytest.raises(CommandError, match="--veroeffentlichen nur mit --benutzer"):
        importieren(DATEN / "service_full.json", "--veroeffentlichen")
    with pytest.raises(CommandError, match="--veroeffentlichen nur mit --benutzer"):
        importieren(DATEN / "service_full.json", "--veroeffentlichen", "--benutzer", "fachkraft")
    with pytest.raises(CommandError, match="kein aktives Konto"):
        importieren(DATEN / "service_full.json", "--benutzer", "niemand")
    assert not Angebot.objects.exists()


def test_pruefen_speichert_nichts(tmp_path):
    vorher = stand()
    text = importieren(DATEN / "service_full.json", "--pruefen")
    assert "Probelauf (--pruefen): nichts gespeichert." in text
    assert "Zeitplan nicht übernommen" in text  # the full report
    assert stand() == vorher


def test_importlauf_und_namensnennung(tmp_path):
    importieren(DATEN / "service_full.json", "--namensnennung", "Daten: Example Org, CC BY 4.0")
    lauf = Importlauf.objects.get(art="hsds")
    assert lauf.dateien.endswith("service_full.json")
    assert lauf.namensnennung == "Daten: Example Org, CC BY 4.0"
    assert lauf.zaehler["angebote"] == {"neu": 1, "geaendert": 0, "unveraendert": 0}
    assert lauf.zaehler["neue_begriffe"] == 1
    assert "Zeitplan nicht übernommen" in lauf.bericht


def test_funktion_ohne_befehl(tmp_path):
    bericht = hsds_importieren(DATEN / "service_list.json", quelle="Beispiel")
    assert bericht.quelle == "HSDS: Beispiel"
    assert bericht.zaehler["angebote"]["neu"] == 1
    with pytest.raises(ImportFehler):
        hsds_importieren(tmp_path / "fehlt.json")


def test_nan_ist_kein_json(tmp_path):
    daten = json.loads((DATEN / "musterstadt.json").read_text(encoding="utf-8"))
    text = json.dumps(daten).replace('"minimum_age": 6', '"minimum_age": NaN')
    pfad = tmp_path / "nan.json"
    pfad.write_text(text, encoding="utf-8")
    assert "nan.json: enthält NaN; das ist kein gültiges JSON" in _fehler(pfad)


def test_zu_tief_verschachtelt(tmp_path):
    pfad = tmp_path / "tief.json"
    pfad.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "tief.json: Die Daten sind zu tief verschachtelt" in _fehler(pfad)
