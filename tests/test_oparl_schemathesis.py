"""schemathesis against OParl at /oparl/v1/ (gremien/oparl/).

OParl describes itself by its JSON schemas, not by OpenAPI; django-ninja still knows every
operation and its path parameters, so the test takes ninja's document for the OParl API
and adds the query parameters every OParl list reads (page, elementsPerPage and the four
time filters), typed loosely so that schemathesis also sends junk. Each operation gets at
most ``BEISPIELE`` derandomised requests through the WSGI application, with ids of the
test world swapped in for part of them. Asserted: never a server error; a 200 is an OParl
object valid against its schema (gremien/oparl/schema/) or a valid list page whose objects
are; every other answer is a German JSON error (400, 404); other methods than GET are
refused.
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from gremien.oparl.views import api
from tests.oparl_welt import pruefen, seite_pruefen, welt_bauen

BEISPIELE = 10
LISTENPARAMETER = [
    {"in": "query", "name": name, "required": False, "schema": {"type": "string"}}
    for name in (
        "page",
        "elementsPerPage",
        "created_since",
        "created_until",
        "modified_since",
        "modified_until",
    )
]


def _dokument() -> dict:
    dokument = api.get_openapi_schema(path_prefix="/oparl/v1")
    for pfad, operationen in dokument["paths"].items():
        for operation in operationen.values():
            operation["operationId"] = pfad  # ninja names the four empty lists alike
            # Lists read them; objects must ignore them.
            operation.setdefault("parameters", []).extend(LISTENPARAMETER)
    return dokument


@pytest.fixture
def oparl_schema(db, settings, tmp_path, ohne_verbindungsabbau):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    settings.MEDIA_ROOT = tmp_path
    settings.OFFENE_DATEN = True
    welt = welt_bauen()
    geladen = schemathesis.openapi.from_dict(_dokument())
    geladen.app = WSGIHandler()
    echte = {
        "pk": [
            welt["amt_a"].pk,
            welt["gremium"].pk,
            welt["mitgliedschaft"].pk,
            welt["benannt"].pk,
            welt["sitzung"].pk,
            welt["top"].pk,
        ],
        "uid": [str(welt["anhang"].uid)],
    }
    werte = ["2020-01-01T00:00:00+01:00", "2099-01-01T00:00:00Z", "1", "2"]

    @geladen.hook
    def flatmap_path_parameters(context, path_parameters):
        if not path_parameters:
            return st.just(path_parameters)
        ersetzt = {n: st.sampled_from(echte[n]) for n in path_parameters if n in echte}
        return st.one_of(st.just(path_parameters), st.fixed_dictionaries(ersetzt))

    @geladen.hook
    def flatmap_query(context, query):
        if not query:
            return st.just(query)
        return st.one_of(
            st.just(query), st.fixed_dictionaries({n: st.sampled_from(werte) for n in query})
        )

    return geladen


schema = schemathesis.pytest.from_fixture("oparl_schema")


@schema.parametrize()
@settings(
    max_examples=BEISPIELE,
    derandomize=True,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_oparl_ohne_serverfehler_und_valide(case):
    antwort = case.call()
    assert antwort.status_code < 500, (case.method, case.path, case.path_parameters, case.query)
    if case.method != "GET":
        # OParl is read-only: other methods are refused (CSRF 403 or 405), never served.
        assert antwort.status_code in (403, 405), (case.method, antwort.status_code)
        return
    if case.path.endswith("/download/"):
        assert antwort.status_code in (200, 404)
        return
    # schemathesis keeps each header as a list of values.
    typen = {k.lower(): v for k, v in antwort.headers.items()}.get("content-type", [""])
    if not typen[0].startswith("application/json"):
        # An id that is no whole number matches no route: the site's own 404 page.
        assert antwort.status_code == 404, (case.path, antwort.status_code)
        return
    daten = antwort.json()
    if antwort.status_code == 200:
        if "pagination" in daten:
            seite_pruefen(daten)
            for objekt in daten["data"]:
                pruefen(objekt)
        else:
            pruefen(daten)
    else:
        assert antwort.status_code in (400, 404), antwort.status_code
        assert daten["detail"], daten
