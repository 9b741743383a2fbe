"""The OpenAPI document the HSDA read API serves at /api/hsds/openapi.json (docs/hsds.md).

The vendored ``schema/openapi.json`` is served as published, with three changes a client (and
schemathesis, tests/test_hsda_schemathesis.py) needs to use it offline:

* ``info`` names this registry instead of the template's placeholders, and ``servers``
  points at our base path;
* the response schemas it references by URL (``https://raw.githubusercontent.com/
  openreferral/specification/3.0/schema/…``) are bundled into ``components/schemas`` from
  the vendored copies of exactly those files, and the references rewritten to them, so
  nothing is fetched from GitHub;
* ``/service_at_locations/{id}`` answers a service_at_location, as the specification's
  text ("return service at location data") and its example
  (``examples/service_at_location_full.json``) say; the published document references
  ``compiled/service.json`` there, a schema its own example fails (no ``name``,
  ``status``). The served copy references ``compiled/service_at_location.json``.
"""

import json
from functools import cache
from urllib.parse import urljoin

from angebote.hsds.schema import SCHEMA_DIR

# Where the published document expects the schemas; every $ref below this is bundled.
VEROEFFENTLICHT = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
HSDS_VERSION = "3.0"
# The correction described above: (path, status) → the schema file it should reference.
KORREKTUREN = {("/service_at_locations/{id}", "200"): "compiled/service_at_location.json"}


def _datei(relativ: str) -> dict:
    return json.loads((SCHEMA_DIR / relativ).read_text(encoding="utf-8"))


def _name(relativ: str) -> str:
    """``compiled/service_list.json`` → ``service_list``; ``taxonomy.json`` → ``taxonomy``."""
    return relativ.rsplit("/", 1)[-1].removesuffix(".json")


def _buendeln(knoten, basis: str, dateien: dict[str, str], komponenten: dict) -> object:
    """``knoten`` with every reference to a vendored schema file replaced by one to
    ``#/components/schemas/<name>``, the files added to ``komponenten`` (recursively: a
    file's own relative references, such as taxonomy_term.json's "taxonomy.json", too).
    ``dateien`` remembers which file each name stands for."""
    if isinstance(knoten, list):
        return [_buendeln(k, basis, dateien, komponenten) for k in knoten]
    if not isinstance(knoten, dict):
        return knoten
    ziel = knoten.get("$ref")
    if isinstance(ziel, str) and not ziel.startswith("#"):
        absolut = urljoin(basis, ziel)
        if not absolut.startswith(VEROEFFENTLICHT):
            raise ValueError(f"unexpected reference {ziel!r} in {basis}")
        relativ = absolut.removeprefix(VEROEFFENTLICHT)
        name = _name(relativ)
        if dateien.setdefault(name, relativ) != relativ:
            raise ValueError(f"two schema files are called {name}")
        if name not in komponenten:
            komponenten[name] = {}  # taken before descending: a cycle ends here
            komponenten[name] = _buendeln(_datei(relativ), absolut, dateien, komponenten)
        knoten = {**knoten, "$ref": f"#/components/schemas/{name}"}
    return {
        k: v if k == "$ref" else _buendeln(v, basis, dateien, komponenten)
        for k, v in knoten.items()
    }


@cache
def spezifikation(basis_pfad: str) -> dict:
    """The served document for an API mounted at ``basis_pfad`` (e.g. "/api/hsds")."""
    dokument = _datei("openapi.json")
    for (pfad, status), relativ in KORREKTUREN.items():
        antwort = dokument["paths"][pfad]["get"]["responses"][status]
        antwort["content"]["application/json"]["schema"] = {"$ref": VEROEFFENTLICHT + relativ}
    dokument["info"] = {
        "title": "Sozialraum-Register: HSDA-Lese-API",
        "version": HSDS_VERSION,
        "summary": "Veröffentlichte Angebote, Träger und Orte im Format HSDS 3.0 (Open Referral).",
        "description": (
            "Die veröffentlichten Angebote des Registers nach der Human Services Data API "
            "(HSDA) von Open Referral. Nur lesend; Zugang mit persönlichem API-Schlüssel "
            "(Authorization: Bearer …) oder, wenn die Installation offene Daten "
            "veröffentlicht, ohne Anmeldung."
        ),
        "license": {
            "name": "CC BY-SA 4.0 (HSDS-Spezifikation, Open Referral)",
            "url": "https://creativecommons.org/licenses/by-sa/4.0/",
        },
    }
    dokument["servers"] = [{"url": basis_pfad.rstrip("/")}]
    komponenten = dokument["components"]["schemas"]
    gebuendelt: dict = {}
    dokument["paths"] = _buendeln(
        dokument["paths"], VEROEFFENTLICHT + "openapi.json", {}, gebuendelt
    )
    for name, schema in sorted(gebuendelt.items()):
        if name in komponenten:
            raise ValueError(f"component {name} exists already")
        komponenten[name] = schema
    return dokument


@cache
def parameter_namen(pfad: str) -> tuple[str, ...]:
    """The query parameters the document lists for GET ``pfad`` (e.g. "/services")."""
    dokument = _datei("openapi.json")
    namen = []
    for parameter in dokument["paths"][pfad]["get"].get("parameters", []):
        if "$ref" in parameter:
            parameter = dokument["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        if parameter["in"] == "query":
            namen.append(parameter["name"])
    return tuple(namen)
