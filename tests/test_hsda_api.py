"""The HSDA read API at /api/hsds/ (angebote/hsds/api.py, docs/hsds.md): access, the
published set only, answers valid against the specification's response schemas, pages, bad
parameters and the number of queries. Search, filters and places: test_hsda_api_suche.py."""

import json

import pytest
from django.test import Client

from angebote.hsds.api.parameter import Parameter
from angebote.hsds.api.spezifikation import parameter_namen
from angebote.hsds.ausgabe import abbilden
from angebote.hsds.schema import SCHEMA_DIR
from sozialraum.zugang.schluessel import schluessel_anlegen, schluessel_widerrufen
from tests.factories import AngebotFactory, EinrichtungFactory, UserFactory
from tests.hsda_daten import LISTEN, daten_bauen, gueltig, ids, sal_id, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def daten(settings):
    return daten_bauen(settings)


@pytest.fixture
def offen(client, settings):
    """A client without login, open data on: what everybody gets."""
    settings.OFFENE_DATEN = True
    return client


# -- access ----------------------------------------------------------------------------------


def _alle_urls(daten) -> list[str]:
    return [
        url("wurzel"),
        url("openapi"),
        *(url(name) for name in LISTEN),
        url("service", id=daten["hausaufgaben"].uuid),
        url("organization", id=daten["hilfe"].uuid),
        url("service_at_location", id=sal_id(daten["hausaufgaben"], daten["nord"])),
        url("taxonomy", id=abbilden.kennung("taxonomy", "kategorien")),
        url("taxonomy_term", id=daten["bildung"].uuid),
    ]


def test_ohne_anmeldung_401_solange_offene_daten_aus(client, daten, settings):
    settings.OFFENE_DATEN = False
    for adresse in _alle_urls(daten):
        antwort = client.get(adresse)
        assert antwort.status_code == 401, adresse
        assert "API-Schlüssel" in antwort.json()["detail"]
        assert antwort["WWW-Authenticate"].startswith("Bearer")


def test_mit_offenen_daten_ohne_anmeldung_lesbar(client, daten, settings):
    settings.OFFENE_DATEN = True
    for adresse in _alle_urls(daten):
        assert client.get(adresse).status_code == 200, adresse


def test_persoenlicher_schluessel(client, daten, settings):
    settings.OFFENE_DATEN = False
    person = UserFactory()
    schluessel, token = schluessel_anlegen(person, "Familienportal")
    kopf = {"Authorization": f"Bearer {token}"}
    for adresse in _alle_urls(daten):
        assert client.get(adresse, headers=kopf).status_code == 200, adresse
    falsch = {"Authorization": "Bearer sr_falsch"}
    assert client.get(url("services"), headers=falsch).status_code == 401
    schluessel_widerrufen(schluessel, person)
    assert client.get(url("services"), headers=kopf).status_code == 401


def test_sitzung_reicht(client_fachkraft, daten, settings):
    settings.OFFENE_DATEN = False
    assert client_fachkraft.get(url("services")).status_code == 200


def test_alle_sehen_dasselbe(client, client_fachkraft, daten, settings):
    """The answer does not depend on who asks: an administration sees no drafts here."""
    settings.OFFENE_DATEN = True
    admin = UserFactory(is_superuser=True, is_staff=True)
    verwaltung = Client()
    verwaltung.force_login(admin)
    adresse = url("services") + "?per_page=100"
    assert verwaltung.get(adresse).json() == client.get(adresse).json()
    assert client_fachkraft.get(adresse).json() == client.get(adresse).json()


# -- the published set only ------------------------------------------------------------------


def test_nur_veroeffentlichtes(offen, daten):
    texte = []
    for name in LISTEN:
        texte.append(offen.get(url(name) + "?full=true&full_service=true").content.decode())
    texte.append(offen.get(url("service", id=daten["hausaufgaben"].uuid)).content.decode())
    alles = " ".join(texte)
    assert "Hausaufgabenhilfe" in alles and "Oskar Offen" in alles
    for geheim in ("Geheimprojekt", "Archiviertes Geheimangebot", "Ina Intern", "Nur Entwürfe"):
        assert geheim not in alles
    assert "Altes Haus" not in alles  # archived place
    assert "Entwurfshaus" not in alles


@pytest.mark.parametrize(
    "name, objekt",
    [
        ("service", lambda d: d["entwurf"].uuid),
        ("service", lambda d: d["archiviert"].uuid),
        ("service", lambda d: "kein-uuid"),
        ("service", lambda d: d["hilfe"].uuid),  # a Träger's id is no service id
        ("organization", lambda d: d["leer"].uuid),  # only a draft
        ("organization", lambda d: "00000000-0000-0000-0000-000000000000"),
        ("service_at_location", lambda d: sal_id(d["hausaufgaben"], d["alt"])),  # archived
        ("service_at_location", lambda d: sal_id(d["entwurf"], d["entwurf"].einrichtungen.get())),
        ("service_at_location", lambda d: "x" * 300),
        ("taxonomy", lambda d: d["bildung"].uuid),
        ("taxonomy_term", lambda d: "%00"),
    ],
)
def test_nicht_oeffentliches_ist_404(offen, daten, name, objekt):
    antwort = offen.get(url(name, id=objekt(daten)))
    assert antwort.status_code == 404
    assert "gibt es nicht" in antwort.json()["detail"]


def test_dieselbe_menge_wie_der_export(offen, daten):
    export = {str(a.uuid) for a in abbilden.oeffentliche_angebote()}
    assert set(ids(offen.get(url("services") + "?per_page=200").json())) == export
    traeger = {str(t.uuid) for t in abbilden.oeffentliche_traeger()}
    assert set(ids(offen.get(url("organizations")).json())) == traeger


# -- answers valid against the specification -------------------------------------------------


@pytest.mark.parametrize(
    "abfrage",
    ["", "?full=true", "?minimal=true", "?search=hausaufgaben", "?full=true&full_service=true"],
)
def test_listen_gueltig(offen, daten, abfrage):
    for name in LISTEN:
        antwort = offen.get(url(name) + abfrage)
        gueltig(antwort, "/" + name)


def test_einzelne_gueltig(offen, daten):
    gueltig(offen.get(url("wurzel")), "/")
    angebot = daten["hausaufgaben"]
    dienst = gueltig(offen.get(url("service", id=angebot.uuid)), "/services/{id}")
    assert dienst == abbilden.service(abbilden.oeffentliche_angebote().get(pk=angebot.pk))
    for abfrage in ("", "?full_service=true"):
        organisation = gueltig(
            offen.get(url("organization", id=daten["hilfe"].uuid) + abfrage),
            "/organizations/{id}",
        )
        assert {s["name"] for s in organisation["services"]} == {
            "Hausaufgabenhilfe",
            "Offener Treff",
        }
    ort = gueltig(
        offen.get(url("service_at_location", id=sal_id(angebot, daten["sued"]))),
        "/service_at_locations/{id}",
    )
    assert ort["id"] == sal_id(angebot, daten["sued"])
    assert ort["location"]["name"] == "Familienzentrum Süd"
    assert ort["service"]["name"] == "Hausaufgabenhilfe"
    taxonomie = abbilden.kennung("taxonomy", "zielgruppen")
    gueltig(offen.get(url("taxonomy", id=taxonomie)), "/taxonomies/{id}")
    begriff = gueltig(
        offen.get(url("taxonomy_term", id=daten["kinder"].uuid)), "/taxonomy_terms/{id}"
    )
    assert begriff["taxonomy_id"] == taxonomie


def test_wurzel(offen, daten):
    wurzel = offen.get(url("wurzel")).json()
    assert wurzel["version"] == "3.0"
    assert wurzel["openapi_url"] == "http://testserver/api/hsds/openapi.json"


def test_ausgelieferte_spezifikation(offen):
    dokument = offen.get(url("openapi")).json()
    assert dokument["openapi"] == "3.1.0"
    assert dokument["servers"] == [{"url": "/api/hsds"}]
    text = json.dumps(dokument)
    assert "raw.githubusercontent.com" not in text  # bundled: nothing to fetch
    vendored = json.loads((SCHEMA_DIR / "openapi.json").read_text(encoding="utf-8"))
    assert dokument["paths"].keys() == vendored["paths"].keys()
    assert dokument["components"]["parameters"] == vendored["components"]["parameters"]
    sal = dokument["paths"]["/service_at_locations/{id}"]["get"]["responses"]["200"]
    assert sal["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/service_at_location"
    }


def test_jeder_parameter_der_beschreibung_wird_geprueft():
    """The operations read the parameters the document lists; each has a checked field."""
    vendored = json.loads((SCHEMA_DIR / "openapi.json").read_text(encoding="utf-8"))
    for pfad in vendored["paths"]:
        assert set(parameter_namen(pfad)) <= set(Parameter.base_fields), pfad
    assert parameter_namen("/service_at_locations") == (
        "search",
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
        "full",
        "page",
        "per_page",
        "format",
        "postcode",
        "proximity",
    )


# -- pages -----------------------------------------------------------------------------------


def test_seiten(offen, daten):
    erste = gueltig(offen.get(url("services") + "?per_page=2"), "/services")
    assert {k: v for k, v in erste.items() if k != "contents"} == {
        "total_items": 3,
        "total_pages": 2,
        "page_number": 1,
        "size": 2,
        "first_page": True,
        "last_page": False,
        "empty": False,
    }
    zweite = offen.get(url("services") + "?per_page=2&page=2").json()
    assert (zweite["size"], zweite["first_page"], zweite["last_page"]) == (1, False, True)
    assert not set(ids(erste)) & set(ids(zweite))
    hinter = offen.get(url("services") + "?per_page=2&page=7").json()
    assert (hinter["size"], hinter["empty"], hinter["contents"], hinter["page_number"]) == (
        0,
        True,
        [],
        7,
    )
    leer = offen.get(url("services") + "?search=zzzqqq").json()
    assert (leer["total_items"], leer["total_pages"], leer["empty"]) == (0, 0, True)
    assert leer["first_page"] and leer["last_page"]


# -- bad parameters: 400 with a German message, never 500 ------------------------------------


@pytest.mark.parametrize(
    "name, abfrage, parameter",
    [
        ("services", "page=0", "page"),
        ("services", "page=-3", "page"),
        ("services", "page=eins", "page"),
        ("services", "page=99999999999999999999999", "page"),
        ("services", "per_page=0", "per_page"),
        ("services", "per_page=201", "per_page"),
        ("services", "per_page=1.5", "per_page"),
        ("services", "full=vielleicht", "full"),
        ("services", "minimal=ja", "minimal"),
        ("services", "format=xml", "format"),
        ("services", "taxonomy_term_id=bildung", "taxonomy_term_id"),
        ("services", "organization_id=%00", "organization_id"),
        ("services", "modified_after=gestern", "modified_after"),
        ("services", "modified_after=9999-12-31T23:00:00-05:00", "modified_after"),
        ("services", "search=a%00b", "search"),
        ("organizations", "full_service=2", "full_service"),
        ("service_at_locations", "proximity=abc", "proximity"),
        ("service_at_locations", "proximity=52.1,13.4", "proximity"),
        ("service_at_locations", "proximity=91,13.4,1000", "proximity"),
        ("service_at_locations", "proximity=52.1,13.4,-5", "proximity"),
        ("service_at_locations", "proximity=52.1,13.4,nan", "proximity"),
        ("service_at_locations", "proximity=52.1,13.4,1e400", "proximity"),
        ("service_at_locations", "proximity=52.1,13.4,5000000", "proximity"),
        ("service_at_locations", "proximity=2000", "proximity"),  # radius without postcode
        ("service_at_locations", "proximity=2000&postcode=99999", "postcode"),
        ("service_at_locations", "postcode=" + "9" * 11, "postcode"),
        ("taxonomy_terms", "top_only=yes", "top_only"),
        ("taxonomy_terms", "parent_id=1", "parent_id"),
    ],
)
def test_falsche_parameter(offen, daten, name, abfrage, parameter):
    antwort = offen.get(f"{url(name)}?{abfrage}")
    assert antwort.status_code == 400, antwort.content
    inhalt = antwort.json()
    assert parameter in inhalt["errors"]
    assert f"„{parameter}“" in inhalt["detail"] and "Ungültige Parameter" in inhalt["detail"]


def test_unbekannte_parameter_stoeren_nicht(offen, daten):
    assert offen.get(url("services") + "?foo=bar&proximity=quatsch").status_code == 200
    assert offen.get(url("taxonomies") + "?organization_id=kaputt").status_code == 200


def test_grosse_zahlen_und_fruehe_zeiten(offen, daten):
    assert offen.get(url("services") + "?page=1000000").json()["empty"]
    assert offen.get(url("services") + "?minimal=true&per_page=5000").json()["total_items"] == 3
    assert (
        offen.get(url("services") + "?modified_after=0001-01-01T00:00:00%2B14:00").json()[
            "total_items"
        ]
        == 3
    )


def test_nur_lesen(offen, daten):
    assert offen.post(url("services")).status_code == 405


# -- a fixed number of queries, whatever the number of results --------------------------------


@pytest.fixture
def viele(daten):
    for nummer in range(5):
        ort = EinrichtungFactory(traeger=daten["bund"], lat=52.13, lon=11.63 + nummer / 1000)
        AngebotFactory(
            titel=f"Hausaufgaben Gruppe {nummer}",
            traeger=daten["bund"],
            einrichtungen=[ort, daten["nord"]],
            kategorien=[daten["bildung"]],
            zielgruppen=[daten["kinder"]],
            zeiten=[(2, "10:00", "11:00")],
        )


@pytest.mark.parametrize(
    "name, abfrage, hoechstens",
    [
        # count, page with its Träger (select_related), 8 prefetches (places, their
        # contacts, Träger contacts, times, languages, Kategorien, Zielgruppen, Sozialräume)
        ("services", "?full=true&per_page=100", 10),
        ("services", "?per_page=100", 10),
        # count, the page of four columns
        ("services", "?minimal=true&per_page=100", 2),
        # + one vocabulary query for the search word
        ("services", "?search=hausaufgaben&full=true", 12),
        # count, the page's (offer, place) rows, the offers with their 8 prefetches
        ("service_at_locations", "?full=true&per_page=100", 11),
        ("service_at_locations", "?proximity=52.13,11.63,3000&per_page=100", 11),
        # count, page, places, their contacts, Träger contacts; full_service: + the offers
        ("organizations", "?per_page=100", 5),
        ("organizations", "?full_service=true&per_page=20", 14),
        # Kategorien, Zielgruppen
        ("taxonomy_terms", "?per_page=100", 2),
    ],
)
def test_abfragen_begrenzt(offen, viele, django_assert_max_num_queries, name, abfrage, hoechstens):
    """OFFENE_DATEN: no session or token query; the numbers are the API's own."""
    with django_assert_max_num_queries(hoechstens):
        antwort = offen.get(url(name) + abfrage)
    assert antwort.status_code == 200
    assert antwort.json()["total_items"] >= 2


def test_full_service_nur_wenige_je_seite(offen, daten):
    """Every service of each organization nested in full: at most 20 a page, or one request
    would carry most of the registry."""
    antwort = offen.get(f"{url('organizations')}?full_service=true&per_page=21")
    assert antwort.status_code == 400
    assert "full_service=true höchstens 20" in antwort.json()["errors"]["per_page"][0]
