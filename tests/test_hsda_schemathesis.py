"""schemathesis against the HSDA read API, driven by the OpenAPI document the API serves
(/api/hsds/openapi.json: the specification's, bundled; angebote/hsds/api/spezifikation.py).

Every operation gets a bounded number of generated requests (valid and invalid parameters,
derandomised: the same requests on every run), sent through Django's WSGI application.
Random ids and filter values would nearly always miss (404, 400), so the hooks below swap
in, for part of the cases, ids and values of the records in the database.
Asserted: no server error, and every answer the document describes (200) valid against its
response schema. Other status codes (400 for bad parameters, 404 for unknown ids) are not
in the published document; that they carry German messages is tests/test_hsda_api.py's.
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.utils import timezone
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from angebote.hsds.ausgabe import abbilden
from angebote.models import Kategorie, Zielgruppe
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory
from traeger.models import Ansprechperson

BEISPIELE = 15


@pytest.fixture
def hsda_schema(db, settings, ohne_verbindungsabbau):
    """Open data on (no login to send), a little published data, and the served document
    loaded through the WSGI application, as a client would read it."""
    settings.OFFENE_DATEN = True
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    settings.HSDS_BUNDESLAND = "Sachsen-Anhalt"
    traeger = TraegerFactory(name="Kinderhilfe e.V.", beschreibung="Freier Träger.")
    ort = EinrichtungFactory(traeger=traeger, name="Jugendclub", plz="39104", lat=52.13, lon=11.63)
    Ansprechperson.objects.create(
        traeger=traeger,
        einrichtung=ort,
        name="Oskar Offen",
        oeffentlich=True,
        einwilligung_am=timezone.localdate(),
    )
    kategorie, zielgruppe = Kategorie.objects.first(), Zielgruppe.objects.first()
    angebote = [
        AngebotFactory(
            titel=titel,
            traeger=traeger,
            einrichtungen=[ort],
            kategorien=[kategorie],
            zielgruppen=[zielgruppe],
            zeiten=[(1, "14:00", "16:00")],
        )
        for titel in ("Hausaufgabenhilfe", "Offener Treff", "Elterncafé")
    ]
    geladen = schemathesis.openapi.from_wsgi("/api/hsds/openapi.json", WSGIHandler())
    taxonomien = [t["id"] for t in abbilden.taxonomies()]
    echte_ids = {
        "/services/{id}": [str(a.uuid) for a in angebote],
        "/organizations/{id}": [str(traeger.uuid)],
        "/service_at_locations/{id}": [
            abbilden.kennung(a.uuid, "service_at_location", ort.uuid) for a in angebote
        ],
        "/taxonomies/{id}": taxonomien,
        "/taxonomy_terms/{id}": [str(kategorie.uuid), str(zielgruppe.uuid)],
    }
    echte_werte = {
        "taxonomy_term_id": [str(kategorie.uuid), str(zielgruppe.uuid)],
        "taxonomy_id": taxonomien,
        "organization_id": [str(traeger.uuid)],
        "modified_after": ["2020-01-01T00:00:00Z", "2020-01-01"],
        "postcode": ["39104"],
        "proximity": ["52.13,11.63,2000", "5000"],
        "search": ["hausaufgaben", "Elterncafe"],
    }

    @geladen.hook
    def flatmap_path_parameters(context, path_parameters):
        ids = echte_ids.get(context.operation.path)
        if not ids or not path_parameters:
            return st.just(path_parameters)
        return st.one_of(st.just(path_parameters), st.sampled_from(ids).map(lambda i: {"id": i}))

    @geladen.hook
    def flatmap_query(context, query):
        if not query:
            return st.just(query)
        ersetzt = {
            name: st.sampled_from(echte_werte[name]) if name in echte_werte else st.just(wert)
            for name, wert in query.items()
        }
        return st.one_of(st.just(query), st.fixed_dictionaries(ersetzt))

    return geladen


schema = schemathesis.pytest.from_fixture("hsda_schema")


@schema.parametrize()
@settings(
    max_examples=BEISPIELE,
    derandomize=True,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_hsda_nach_spezifikation(case):
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
