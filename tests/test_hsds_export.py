"""HSDS 3.0 out: the mapping (angebote/hsds/ausgabe/abbilden.py), record by record, validated
against the published schemas (the command: test_hsds_export_befehl.py; the demo city:
tests/test_demo.py)."""

import uuid

import pytest
from django.utils import translation
from jsonschema import Draft202012Validator, FormatChecker

from angebote.hsds.ausgabe import abbilden
from angebote.hsds.schema import fehler, schema
from tests.factories import AngebotFactory, EinrichtungFactory
from tests.hsds_welt import text, welt_bauen

pytestmark = pytest.mark.django_db


@pytest.fixture
def welt(settings):
    return welt_bauen(settings)


def test_service_validiert_und_nutzt_die_felder_des_standards(welt):
    angebot = abbilden.oeffentliche_angebote().get(pk=welt["angebot"].pk)
    dienst = abbilden.service(angebot)
    assert fehler("service", dienst) == []
    assert dienst["id"] == str(welt["angebot"].uuid)
    assert dienst["status"] == "active"
    assert (dienst["minimum_age"], dienst["maximum_age"]) == (12, 17)
    assert dienst["assured_date"] == "2026-03-01"
    # The personal address of whoever checked never leaves; the Jugendamt's mailbox does.
    assert dienst["assurer_email"] == "jugendamt@musterstadt.example"
    assert "privat.person" not in text(dienst)
    assert dienst["eligibility_description"] == "nur Mädchen / junge Frauen"
    assert dienst["application_process"] == "Anmeldung nötig"
    assert dienst["fees_description"] == "2 € pro Termin"
    assert [k["option"] for k in dienst["cost_options"]] == sorted(
        ["Gebühr", "ermäßigt möglich"],
        key=lambda o: {
            "Gebühr": abbilden.kennung(welt["angebot"].uuid, "cost_option"),
            "ermäßigt möglich": abbilden.kennung(welt["angebot"].uuid, "cost_option", "ermaessigt"),
        }[o],
    )
    assert sorted(s["code"] for s in dienst["languages"]) == ["ar", "de"]
    assert dienst["service_areas"][0]["name"] == "Nordstadt"
    assert abbilden.gebietsschluessel_lesen(dienst["service_areas"][0]["description"]) == "0101"
    assert dienst["phones"][0]["number"] == "0391 333"
    assert dienst["url"] == "https://kinderhilfe.example/treff"


def test_woechentliche_zeiten_als_schedule(welt):
    dienst = abbilden.service(abbilden.oeffentliche_angebote().get(pk=welt["angebot"].pk))
    woechentlich = sorted(
        (s["byday"], s["opens_at"], s["closes_at"], s["freq"])
        for s in dienst["schedules"]
        if "byday" in s
    )
    assert woechentlich == [
        ("MO", "14:00:00", "18:00:00", "WEEKLY"),
        ("TH", "15:30:00", "19:00:00", "WEEKLY"),
    ]
    ids = {str(z.uuid) for z in welt["angebot"].zeiten.all()}
    assert ids <= {s["id"] for s in dienst["schedules"]}
    assert all(
        s["valid_from"] == "2026-01-01" and s["valid_to"] == "2026-12-31"
        for s in dienst["schedules"]
    )
    hinweis = [s for s in dienst["schedules"] if "byday" not in s]
    assert hinweis == [
        {
            "id": abbilden.kennung(welt["angebot"].uuid, "schedule"),
            "service_id": str(welt["angebot"].uuid),
            "description": "nicht in den Schulferien",
            "valid_from": "2026-01-01",
            "valid_to": "2026-12-31",
        }
    ]


def test_orte_ohne_archivierte_mit_adresse_und_barrierefreiheit(welt):
    dienst = abbilden.service(abbilden.oeffentliche_angebote().get(pk=welt["angebot"].pk))
    orte = dienst["service_at_locations"]
    assert [o["location_id"] for o in orte] == [str(welt["ort"].uuid)]
    ort = orte[0]["location"]
    assert ort["addresses"][0] | {"id": None} == {
        "id": None,
        "location_id": str(welt["ort"].uuid),
        "address_1": welt["ort"].strasse,
        "postal_code": "39100",
        "city": "Musterstadt",
        "state_province": "Sachsen-Anhalt",
        "country": "DE",
        "address_type": "physical",
    }
    assert ort["accessibility"][0]["description"] == "teilweise barrierefrei"
    assert ort["accessibility"][0]["details"] == "Rampe am Hintereingang"
    assert (ort["latitude"], ort["longitude"]) == (52.1, 11.6)
    assert (ort["external_identifier"], ort["external_identifier_type"]) == (
        "E-17",
        "Einrichtungsverzeichnis",
    )
    assert ort["schedules"][0]["description"] == "Mo–Fr 14–20 Uhr"
    assert "Altes Haus" not in text(dienst)


def test_nur_ansprechpersonen_mit_einwilligung(welt):
    dienst = abbilden.service(abbilden.oeffentliche_angebote().get(pk=welt["angebot"].pk))
    ort = dienst["service_at_locations"][0]["location"]
    assert [c["name"] for c in ort["contacts"]] == ["Anna Beispiel"]
    assert ort["contacts"][0]["title"] == "Leitung"
    assert ort["contacts"][0]["phones"][0]["number"] == "0391 444"
    assert [c["name"] for c in dienst["organization"]["contacts"]] == ["Bernd Vorstand"]
    inhalt = text(dienst)
    assert "Carla" not in inhalt and "Dora" not in inhalt


def test_organisation_mit_rechtsform_die_sich_zuruecklesen_laesst(welt):
    dienst = abbilden.service(abbilden.oeffentliche_angebote().get(pk=welt["angebot"].pk))
    org = dienst["organization"]
    assert org["legal_status"] == "freier Träger, Verein"
    assert abbilden.rechtsform_lesen(org["legal_status"]) == ("frei", "verein")
    assert org["phones"][0]["number"] == "0391 111"
    assert "locations" not in org  # the service's places are its service_at_locations


def test_taxonomien_und_begriffe(welt):
    dienst = abbilden.service(abbilden.oeffentliche_angebote().get(pk=welt["angebot"].pk))
    begriffe = {a["taxonomy_term"]["name"]: a for a in dienst["attributes"]}
    assert set(begriffe) == {"Testfeld Jugendarbeit", "Testgruppe Jugendliche"}
    kategorie = begriffe["Testfeld Jugendarbeit"]
    assert kategorie["taxonomy_term_id"] == str(welt["kategorie"].uuid)
    assert kategorie["link_id"] == dienst["id"] and kategorie["link_entity"] == "service"
    assert kategorie["taxonomy_term"]["taxonomy"] == "Kategorien"
    assert kategorie["taxonomy_term"]["code"] == "testfeld"
    taxonomien = abbilden.taxonomies()
    assert {t["name"] for t in taxonomien} == {"Kategorien", "Zielgruppen"}
    assert kategorie["taxonomy_term"]["taxonomy_id"] in {t["id"] for t in taxonomien}
    terms = abbilden.taxonomy_terms()
    assert {str(welt["kategorie"].uuid), str(welt["zielgruppe"].uuid)} <= {t["id"] for t in terms}
    # The vendored taxonomy_term.json refers to taxonomy.json by a relative URL; the compiled
    # service schema holds both dereferenced.
    begriff = schema("service")["properties"]["attributes"]["items"]["properties"]
    pruefer = Draft202012Validator(begriff["taxonomy_term"], format_checker=FormatChecker())
    for term in terms:
        assert list(pruefer.iter_errors(term)) == []
    pruefer = Draft202012Validator(
        begriff["taxonomy_term"]["properties"]["taxonomy_detail"], format_checker=FormatChecker()
    )
    for taxonomie in taxonomien:
        assert list(pruefer.iter_errors(taxonomie)) == []


def test_andere_formen_validieren(welt):
    angebot = abbilden.oeffentliche_angebote().get(pk=welt["angebot"].pk)
    assert fehler("service_list", abbilden.service(angebot, voll=False)) == []
    assert set(abbilden.service(angebot, voll=False)) == {"id", "name", "status", "last_modified"}
    assert fehler("service_list", abbilden.service_liste(angebot)) == []
    org = abbilden.organization(welt["traeger"], services=True)
    assert fehler("organization", org) == []
    assert [s["name"] for s in org["services"]] == ["Offener Treff"]
    assert [o["name"] for o in org["locations"]] == ["Jugendclub Nord"]
    assert fehler("organization", abbilden.organization(welt["traeger"], services="voll")) == []
    ort = abbilden.service_at_location(angebot, welt["ort"], mit_service=True)
    assert fehler("service_at_location", ort) == []
    assert ort["service"]["id"] == str(welt["angebot"].uuid)


def test_kennung_ist_stabil_und_dokumentiert():
    # Pinned: an id that changed would make every consumer see new records.
    assert abbilden.kennung("taxonomy", "kategorien") == "d8a33ba4-be9c-58cd-b25d-414e3be9c65b"
    eigen = uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert abbilden.kennung(eigen, "address") == abbilden.kennung(str(eigen), "address")
    assert abbilden.kennung(eigen, "address") != abbilden.kennung(eigen, "phone")


def test_kostenfrei_mit_betrag_null(welt):
    angebot = AngebotFactory(traeger=welt["traeger"], kosten="kostenfrei")
    dienst = abbilden.service(abbilden.oeffentliche_angebote().get(pk=angebot.pk))
    assert dienst["fees_description"] == "kostenfrei"
    assert dienst["cost_options"] == [
        {
            "id": abbilden.kennung(angebot.uuid, "cost_option"),
            "service_id": str(angebot.uuid),
            "option": "kostenfrei",
            "amount": 0,
            "currency": "EUR",
        }
    ]
    assert "eligibility_description" not in dienst
    assert fehler("service", dienst) == []


def test_ohne_pruefstelle_keine_assurer_email(welt, settings):
    settings.HSDS_PRUEFSTELLE_EMAIL = ""
    dienst = abbilden.service(abbilden.oeffentliche_angebote().get(pk=welt["angebot"].pk))
    assert "assurer_email" not in dienst
    assert dienst["assured_date"] == "2026-03-01"


def test_fremde_sprache_aendert_nichts(welt):
    angebot = abbilden.oeffentliche_angebote().get(pk=welt["angebot"].pk)
    deutsch = abbilden.service(angebot)
    with translation.override("en"):
        assert abbilden.service(angebot) == deutsch


def test_ort_eines_partners_gehoert_dem_partner(welt, django_assert_max_num_queries):
    partner = EinrichtungFactory(name="Schule am Park")
    angebot = AngebotFactory(traeger=welt["traeger"], einrichtungen=[partner])
    with django_assert_max_num_queries(9):
        dienst = abbilden.service(abbilden.oeffentliche_angebote().get(pk=angebot.pk))
    ort = dienst["service_at_locations"][0]["location"]
    assert ort["organization_id"] == str(partner.traeger.uuid)
    assert dienst["organization_id"] == str(welt["traeger"].uuid)
    assert fehler("service", dienst) == []
