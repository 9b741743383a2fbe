"""HSDS 3.0 with the whole demo city (Musterstadt): every exported service validates, the
queries stay bounded, the tabular package holds the same records; and the round trip:
export, empty the registry of its Träger, places, contacts and offers, import, export
again: the same document (``last_modified`` aside), and a second import changes nothing.

The demo is loaded once for this module (tests/conftest.py ``demo_geladen``, rolled back
at the end); loading it takes most of this module's time.
"""

import json
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from angebote.hsds.ausgabe import abbilden, tabellarisch
from angebote.hsds.ausgabe.export import als_json, services
from angebote.hsds.schema import fehler
from angebote.models import Aenderungsvorschlag, Angebot
from sozialraum.models import Importlauf
from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION
from tests.factories import UserFactory
from tests.test_hsds_import import exportieren, importieren, leeren, ordnungsfrei, stand

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_geladen")]


@pytest.fixture
def bundesland(settings):
    settings.HSDS_BUNDESLAND = "Sachsen-Anhalt"


def _uris(knoten):
    """Every value of a field the schema declares as a URI (jsonschema checks their format
    only with an extra package, so the test does)."""
    if isinstance(knoten, list):
        for kind in knoten:
            yield from _uris(kind)
    elif isinstance(knoten, dict):
        for feld, wert in knoten.items():
            if feld in ("url", "website", "uri", "term_uri", "schedule_link"):
                yield wert
            yield from _uris(wert)


def test_jeder_service_der_demo_validiert(bundesland, django_assert_max_num_queries):
    # 1 the published offers with their Träger, 2 their places (not archived), 3 the places'
    # public contacts, 4 the Träger's other public contacts, 5 times, 6 languages,
    # 7 Kategorien, 8 Zielgruppen, 9 Sozialräume: the same for 800 offers as for one.
    with django_assert_max_num_queries(9):
        dienste = services()
    assert len(dienste) == Angebot.objects.veroeffentlicht().count() >= 600
    verstoesse = {d["id"]: fehler("service", d) for d in dienste}
    assert {k: v for k, v in verstoesse.items() if v} == {}
    for uri in _uris(dienste):
        teile = urlsplit(uri)
        assert teile.scheme in ("http", "https") and teile.netloc, uri
    # The demo's data reaches the standard's fields.
    assert any("minimum_age" in d for d in dienste)
    assert any(d["schedules"] for d in dienste)
    assert any(d["languages"] for d in dienste)
    assert any(d["service_areas"] for d in dienste)
    assert any(d["attributes"] for d in dienste)
    assert any(o["location"].get("contacts") for d in dienste for o in d["service_at_locations"])
    # Two runs give the same bytes; two records of one table never share an id
    # (tabellen() also refuses two different records under one id).
    assert als_json(services()) == als_json(dienste)
    for tabelle, zeilen in tabellarisch.tabellen(dienste).items():
        ids = [z["id"] for z in zeilen]
        assert len(ids) == len(set(ids)), tabelle


def test_demo_tabellarisch(bundesland, tmp_path):
    call_command("export_hsds", "--tabellarisch", str(tmp_path), "--pruefen")
    paket = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in paket["resources"]} == {p.name for p in tmp_path.glob("*.csv")}
    assert len((tmp_path / "services.csv").read_text(encoding="utf-8").splitlines()) - 1 == (
        Angebot.objects.veroeffentlicht().count()
    )


def test_demo_organisationen_validieren(bundesland):
    for traeger in abbilden.oeffentliche_traeger()[:20]:
        assert fehler("organization", abbilden.organization(traeger, services=True)) == []


def test_rundreise_mit_der_demo_stadt(settings, tmp_path):
    settings.HSDS_BUNDESLAND = "Sachsen-Anhalt"
    settings.HSDS_PRUEFSTELLE_EMAIL = "jugendamt@musterstadt.example"
    UserFactory(username="hsds-amt", rolle=JUGENDAMT_ADMINISTRATION)
    datei = tmp_path / "demo.json"
    vorher = exportieren(datei)
    anzahl = len(vorher)
    assert anzahl == Angebot.objects.veroeffentlicht().count() >= 600
    leeren()
    assert not Angebot.objects.exists()
    text = importieren(datei, "--benutzer", "hsds-amt", "--veroeffentlichen")
    assert f"{anzahl} Dienste gelesen" in text
    assert f"{anzahl} veröffentlicht" in text
    nachher = exportieren(tmp_path / "nachher.json")
    assert ordnungsfrei(nachher) == ordnungsfrei(vorher)
    assert not Aenderungsvorschlag.objects.offen().exists()
    # And once more: nothing to do.
    vorher_stand = stand()
    assert "Keine Änderungen" in importieren(datei)
    assert stand() == {**vorher_stand, "importlaeufe": vorher_stand["importlaeufe"] + 1}
    assert Importlauf.objects.filter(art="hsds").count() == 2
