"""Data and checks shared by the HSDA read API tests (tests/test_hsda_api*.py): a small
world of published and unpublished offers, and validators of the specification's response
schemas (the vendored openapi.json, its references resolved offline)."""

import json

from django.urls import reverse
from django.utils import timezone
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from angebote.hsds.api.spezifikation import KORREKTUREN, VEROEFFENTLICHT
from angebote.hsds.ausgabe import abbilden
from angebote.hsds.schema import SCHEMA_DIR
from angebote.models import Angebot, Kategorie, Zielgruppe
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory
from traeger.models import Ansprechperson

LISTEN = ["services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms"]


# -- the specification's response schemas ----------------------------------------------------


def _registry() -> Registry:
    """Every vendored schema file under the URL the published openapi.json names it by,
    and openapi.json itself, so that its ``$ref``s resolve without the network."""
    ressourcen = []
    for datei in [*SCHEMA_DIR.glob("*.json"), *SCHEMA_DIR.glob("compiled/*.json")]:
        relativ = datei.relative_to(SCHEMA_DIR).as_posix()
        inhalt = json.loads(datei.read_text(encoding="utf-8"))
        ressourcen.append((VEROEFFENTLICHT + relativ, DRAFT202012.create_resource(inhalt)))
    return Registry().with_resources(ressourcen)


REGISTRY = _registry()


def validator(pfad: str) -> Draft202012Validator:
    """The validator of the 200 answer of GET ``pfad`` in the vendored openapi.json."""
    zeiger = pfad.replace("~", "~0").replace("/", "~1")
    ziel = f"openapi.json#/paths/{zeiger}/get/responses/200/content/application~1json/schema"
    if (pfad, "200") in KORREKTUREN:
        # The published document names compiled/service.json here, which its own example
        # of this answer fails; the served copy corrects it (api_spezifikation.py).
        ziel = KORREKTUREN[pfad, "200"]
    return Draft202012Validator(
        {"$ref": VEROEFFENTLICHT + ziel}, registry=REGISTRY, format_checker=FormatChecker()
    )


def gueltig(antwort, pfad: str) -> dict:
    """The JSON of a 200 answer, asserted valid against the spec's schema for ``pfad``."""
    assert antwort.status_code == 200, antwort.content[:500]
    daten = antwort.json()
    fehler = [f"{e.json_path}: {e.message}" for e in validator(pfad).iter_errors(daten)]
    assert not fehler, fehler[:5]
    return daten


# -- the data --------------------------------------------------------------------------------


def daten_bauen(settings) -> dict:
    """Two Träger with published offers at places with coordinates, an archived place, a
    draft of a Träger without published offers, public and internal contacts."""
    settings.HSDS_BUNDESLAND = "Sachsen-Anhalt"
    settings.HSDS_PRUEFSTELLE_EMAIL = "jugendamt@musterstadt.example"
    hilfe = TraegerFactory(name="Kinderhilfe Nord e.V.", beschreibung="Freier Träger.")
    bund = TraegerFactory(name="Familienbund e.V.")
    leer = TraegerFactory(name="Nur Entwürfe gGmbH")
    nord = EinrichtungFactory(
        traeger=hilfe, name="Jugendclub Nord", plz="39104", lat=52.1300, lon=11.6300
    )
    sued = EinrichtungFactory(
        traeger=hilfe, name="Familienzentrum Süd", plz="39110", lat=52.1000, lon=11.6200
    )
    alt = EinrichtungFactory(
        traeger=hilfe, name="Altes Haus", plz="39104", lat=52.1301, lon=11.6301, archiviert=True
    )
    berlin = EinrichtungFactory(
        traeger=bund, name="Elternhaus Mitte", plz="10115", lat=52.5310, lon=13.3850
    )
    entwurfshaus = EinrichtungFactory(traeger=leer, name="Entwurfshaus", lat=52.13, lon=11.63)
    Ansprechperson.objects.create(traeger=hilfe, einrichtung=nord, name="Ina Intern")
    Ansprechperson.objects.create(
        traeger=hilfe,
        einrichtung=nord,
        name="Oskar Offen",
        oeffentlich=True,
        einwilligung_am=timezone.localdate(),
    )
    bildung = Kategorie.objects.get(slug="bildung")
    kinder = Zielgruppe.objects.get(slug="kinder")
    return {
        "hilfe": hilfe,
        "bund": bund,
        "leer": leer,
        "nord": nord,
        "sued": sued,
        "alt": alt,
        "berlin": berlin,
        "bildung": bildung,
        "kinder": kinder,
        "hausaufgaben": AngebotFactory(
            titel="Hausaufgabenhilfe",
            beschreibung="Lernen in kleinen Gruppen.",
            traeger=hilfe,
            einrichtungen=[nord, sued, alt],
            kategorien=[bildung],
            zielgruppen=[kinder],
            zeiten=[(1, "14:00", "16:00")],
        ),
        "treff": AngebotFactory(
            titel="Offener Treff",
            beschreibung="Kicker, Musik und Hilfe bei den Hausaufgaben.",
            traeger=hilfe,
            einrichtungen=[nord],
            zielgruppen=[kinder],
        ),
        "cafe": AngebotFactory(titel="Elterncafé", traeger=bund, einrichtungen=[berlin]),
        "entwurf": AngebotFactory(
            titel="Geheimprojekt Entwurf",
            status=Angebot.Status.ENTWURF,
            traeger=leer,
            einrichtungen=[entwurfshaus],
            kategorien=[bildung],
        ),
        "archiviert": AngebotFactory(
            titel="Archiviertes Geheimangebot",
            status=Angebot.Status.ARCHIVIERT,
            traeger=hilfe,
            einrichtungen=[nord],
        ),
    }


def sal_id(angebot, ort) -> str:
    return abbilden.kennung(angebot.uuid, "service_at_location", ort.uuid)


def url(name: str, **kwargs) -> str:
    return reverse(f"hsda:{name}", kwargs=kwargs)


def ids(daten: dict) -> list[str]:
    return [eintrag["id"] for eintrag in daten["contents"]]
