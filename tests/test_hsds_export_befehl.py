"""HSDS 3.0 out: ``manage.py export_hsds`` as JSON and as a Tabular Data Package (each CSV's
header and cells checked against compiled/tabular.json), deterministic, with German
errors."""

import csv
import datetime
import io
import json
import re
import uuid
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from angebote.hsds.ausgabe import abbilden, tabellarisch
from angebote.hsds.schema import fehler, schema
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory
from tests.hsds_welt import exportieren, welt_bauen

pytestmark = pytest.mark.django_db


@pytest.fixture
def welt(settings):
    return welt_bauen(settings)


def test_export_nur_veroeffentlichtes_und_jedes_element_validiert(welt):
    dienste = json.loads(exportieren())
    assert [d["name"] for d in dienste] == ["Offener Treff"]
    assert [d["id"] for d in dienste] == sorted(d["id"] for d in dienste)
    for dienst in dienste:
        assert fehler("service", dienst) == []
    text = exportieren()
    for geheim in ("Geheimer Entwurf", "Altes Angebot", "Altes Haus", "Carla", "Dora", "privat."):
        assert geheim not in text


def test_export_ist_bytegleich_und_stabil(welt, tmp_path):
    erster = exportieren()
    assert exportieren() == erster
    ziel = tmp_path / "hsds.json"
    ausgabe = exportieren("--ausgabe", str(ziel))
    assert "1 Angebote nach" in ausgabe
    assert ziel.read_text(encoding="utf-8") == erster
    # Keys sorted at every level, ids taken from the records.
    dienst = json.loads(erster)[0]
    assert list(dienst) == sorted(dienst)
    assert dienst["id"] == str(welt["angebot"].uuid)
    assert dienst["organization_id"] == str(welt["traeger"].uuid)


def test_ungueltige_adressen_bleiben_draussen(welt):
    Angebot = type(welt["angebot"])
    Angebot.objects.filter(pk=welt["angebot"].pk).update(
        email="kein-at-zeichen", website="www.ohne-schema.example"
    )
    dienst = abbilden.service(abbilden.oeffentliche_angebote().get(pk=welt["angebot"].pk))
    assert "email" not in dienst and "url" not in dienst
    assert fehler("service", dienst) == []


def test_export_mit_pruefung_nennt_angebot_und_feld(welt, monkeypatch, tmp_path):
    def kaputt(angebot):
        return {"id": str(angebot.uuid), "name": angebot.titel, "email": "kein-at-zeichen"}

    monkeypatch.setattr("angebote.hsds.ausgabe.export.service", kaputt)
    ziel = tmp_path / "hsds.json"
    with pytest.raises(CommandError) as fehlschlag:
        exportieren("--pruefen", "--ausgabe", str(ziel))
    meldung = str(fehlschlag.value)
    assert "verletzt das HSDS-Schema; nichts geschrieben" in meldung
    assert "„Offener Treff“" in meldung and "$.email" in meldung
    assert "'status' is a required property" in meldung
    assert str(welt["angebot"].uuid) in meldung
    assert not ziel.exists()


def test_export_in_fehlenden_ordner_meldet_deutsch(welt, tmp_path):
    with pytest.raises(CommandError, match="existiert nicht"):
        exportieren("--ausgabe", str(tmp_path / "fehlt" / "hsds.json"))
    (tmp_path / "datei").write_text("x")
    with pytest.raises(CommandError, match="ist kein Ordner"):
        exportieren("--tabellarisch", str(tmp_path / "datei"))


def test_abfragen_bleiben_begrenzt(welt, django_assert_max_num_queries):
    for _ in range(5):
        AngebotFactory(
            traeger=TraegerFactory(),
            einrichtungen=[EinrichtungFactory()],
            kategorien=[welt["kategorie"]],
            zeiten=[(1, "10:00", "11:00")],
        ).sozialraeume.add(welt["raum"])
    # 1 offers with their Träger, 2 places, 3 the places' public contacts, 4 the Träger's
    # public contacts, 5 times, 6 languages, 7 Kategorien, 8 Zielgruppen, 9 Sozialräume.
    with django_assert_max_num_queries(9):
        dienste = [abbilden.service(a) for a in abbilden.oeffentliche_angebote()]
    assert len(dienste) == 6


# -- the command: the tabular data package ----------------------------------------------


def _zelle_pruefen(feld: dict, wert: str) -> None:
    typ = feld.get("datapackage_type", feld["type"])
    if typ == "number":
        float(wert)
    elif typ == "date":
        datetime.date.fromisoformat(wert)
    elif typ == "time":
        assert re.fullmatch(r"\d\d:\d\d:\d\d", wert)
    elif typ == "datetime":
        datetime.datetime.fromisoformat(wert.replace("Z", "+00:00"))
    else:
        assert typ == "string"
    if feld.get("format") == "uuid":
        assert str(uuid.UUID(wert)) == wert
    elif feld.get("format") == "email":
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", wert)
    elif feld.get("format") == "uri":
        teile = urlsplit(wert)
        assert teile.scheme and teile.netloc
    if "enum" in feld:
        assert wert in feld["enum"]


def test_tabellarisches_datenpaket_validiert(welt, tmp_path):
    ausgabe = exportieren("--tabellarisch", str(tmp_path))
    assert "Tabellarisches Datenpaket" in ausgabe
    paket = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert paket["profile"] == "tabular-data-package"
    definitionen = schema("tabular")["properties"]
    gezaehlt = {}
    for ressource in paket["resources"]:
        definition = definitionen[ressource["name"]]["items"]
        assert ressource["path"] == definition["path"]
        felder = {
            name: feld
            for name, feld in definition["properties"].items()
            if feld["type"] not in ("array", "object")
        }
        assert [f["name"] for f in ressource["schema"]["fields"]] == list(felder)
        pflicht = set(definition["required"]) | set(definition.get("tabular_required", []))
        with open(tmp_path / ressource["path"], encoding="utf-8", newline="") as datei:
            zeilen = list(csv.reader(datei))
        assert zeilen[0] == list(felder), ressource["path"]
        for zeile in zeilen[1:]:
            werte = dict(zip(zeilen[0], zeile, strict=True))
            for name, wert in werte.items():
                if name in pflicht:
                    assert wert != "", (ressource["path"], name)
                if wert != "":
                    _zelle_pruefen(felder[name], wert)
        gezaehlt[ressource["name"]] = len(zeilen) - 1
    assert gezaehlt["service"] == 1
    assert gezaehlt["organization"] == 1
    assert gezaehlt["location"] == 1  # the archived place stays out
    assert gezaehlt["contact"] == 2  # Anna (at the place) and Bernd (at the Träger)
    assert gezaehlt["schedule"] == 4  # two weekly slots, the hint, the opening hours
    assert gezaehlt["phone"] == 4  # Träger, place, offer, Anna; Bernd has none
    assert gezaehlt["attribute"] == 2 and gezaehlt["taxonomy_term"] == 2
    assert gezaehlt["taxonomy"] == 2
    assert gezaehlt["cost_option"] == 2 and gezaehlt["language"] == 2
    # Nothing of the JSON is lost on the way: every scalar field has its column.
    for tabelle, zeilen in tabellarisch.tabellen(json.loads(exportieren())).items():
        for zeile in zeilen:
            assert set(zeile) <= set(tabellarisch.spalten(tabelle)), tabelle


def test_tabellarisch_zweimal_gleich(welt, tmp_path):
    exportieren("--tabellarisch", str(tmp_path / "a"))
    exportieren("--tabellarisch", str(tmp_path / "b"))
    dateien = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert dateien == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in dateien:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_ohne_bundesland_ein_hinweis_und_trotzdem_gueltiges_json(welt, settings):
    settings.HSDS_BUNDESLAND = ""
    ausgabe, hinweise = io.StringIO(), io.StringIO()
    call_command("export_hsds", stdout=ausgabe, stderr=hinweise)
    assert "HSDS_BUNDESLAND ist nicht gesetzt" in hinweise.getvalue()
    dienste = json.loads(ausgabe.getvalue())
    assert dienste[0]["service_at_locations"][0]["location"]["addresses"][0]["state_province"] == ""
    assert all(fehler("service", d) == [] for d in dienste)
