"""The HSDA read API at /api/hsds/: the published offers as HSDS 3.0 (docs/hsds.md).

The operations, their parameters and their answers are those of the OpenAPI document the
API serves at ``openapi.json`` (api_spezifikation.py: the vendored schema/openapi.json,
bundled). The records come from the export's mapping (abbilden.py), the selection from
api_abfragen.py, the checked parameters from api_parameter.py; this module only joins them.

Access (sozialraum/zugang/api.py): the browser session or a personal API token; without
either, only while ``OFFENE_DATEN`` is on. What is shown does not depend on who asks: the
published offers and what the export shows of them; anything else, including an id that
names a draft, answers 404.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import HttpError
from ninja.renderers import JSONRenderer

from angebote.hsds.api.abfragen import (
    angebot_oder_none,
    angebote_gefiltert,
    auskunft,
    begriff_oder_none,
    begriffe_gefiltert,
    ort_kennung_finden,
    orte_gefiltert,
    traeger_gefiltert,
    traeger_oder_none,
)
from angebote.hsds.api.parameter import Parameterfehler, parameter_lesen, seite
from angebote.hsds.api.spezifikation import HSDS_VERSION, parameter_namen, spezifikation
from angebote.hsds.ausgabe import abbilden
from sozialraum.zugang.api import api_zugang, deutsche_fehler, drossel

PROFIL = "https://docs.openreferral.org/en/latest/hsds/"


class Umlaute(JSONRenderer):
    """JSON as UTF-8 with its umlauts: people read these answers too."""

    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    title="HSDA",
    version=HSDS_VERSION,
    urls_namespace="hsda",
    auth=api_zugang(anonym_erlaubt=True),
    throttle=drossel(),
    renderer=Umlaute(),
    openapi_url=None,  # the served document is the specification's (openapi.json below)
    docs_url=None,
)
deutsche_fehler(api)


@api.exception_handler(Parameterfehler)
def _parameterfehler(request: HttpRequest, fehler: Parameterfehler):
    return api.create_response(
        request, {"detail": fehler.text, "errors": fehler.fehler}, status=400
    )


def _werte(request: HttpRequest, pfad: str) -> dict:
    """The checked values of the query parameters the document lists for ``pfad``."""
    return parameter_lesen(request.GET, parameter_namen(pfad))


def _auskunft(response: HttpResponse, anfrage) -> None:
    """The header ``Search-Interpretation``: what the search did with ``search``
    (abfragen.auskunft), on every list that searched."""
    if anfrage is not None and (wert := auskunft(anfrage)):
        response.headers["Search-Interpretation"] = wert


def _nicht_gefunden(was: str, kennung: str):
    return HttpError(
        404,
        _("%(was)s mit der Kennung „%(id)s“ gibt es nicht (oder es ist nicht veröffentlicht).")
        % {"was": was, "id": kennung[:80].replace("\x00", "")},
    )


@api.get("/", url_name="wurzel")
def wurzel(request: HttpRequest):
    """getAPIMetaInformation: the HSDS version and where the document is."""
    return {
        "version": HSDS_VERSION,
        "profile": PROFIL,
        "openapi_url": request.build_absolute_uri(reverse("hsda:openapi")),
    }


@api.get("/openapi.json", url_name="openapi")
def openapi(request: HttpRequest):
    """The served OpenAPI document (api_spezifikation.py)."""
    return spezifikation(reverse("hsda:wurzel"))


# -- services -------------------------------------------------------------------------------


@api.get("/services", url_name="services")
def services(request: HttpRequest, response: HttpResponse):
    """getPaginatedListOfServices: the list shape, ``full`` fully nested, ``minimal`` id,
    name, status and last_modified (service_list.json requires name and status)."""
    werte = _werte(request, "/services")
    treffer, anfrage = angebote_gefiltert(werte)
    _auskunft(response, anfrage)
    if werte.get("minimal"):
        # Four columns, nothing prefetched: "aim to return all services within one page".
        treffer = (
            treffer.prefetch_related(None).select_related(None).only("uuid", "titel", "updated_at")
        )
    blatt = seite(werte, treffer.count())
    angebote = list(treffer[blatt.bereich]) if blatt.bereich else []
    if werte.get("minimal"):
        inhalt = [abbilden.service(a, voll=False) for a in angebote]
    elif werte.get("full"):
        inhalt = [abbilden.service(a) for a in angebote]
    else:
        inhalt = [abbilden.service_liste(a) for a in angebote]
    return blatt.antwort(inhalt)


@api.get("/services/{id}", url_name="service")
def service(request: HttpRequest, id: str):
    """getFullyNestedServiceById."""
    angebot = angebot_oder_none(id)
    if angebot is None:
        raise _nicht_gefunden(_("Ein Angebot"), id)
    return abbilden.service(angebot)


# -- organizations --------------------------------------------------------------------------


def _flach(organisation: dict) -> dict:
    """Only the one-to-one fields (compiled/organization_list.json): the nested lists of
    :func:`abbilden.organization` left out."""
    return {k: v for k, v in organisation.items() if not isinstance(v, list)}


@api.get("/organizations", url_name="organizations")
def organizations(request: HttpRequest, response: HttpResponse):
    """getPaginatedListOfOrganizations: basic fields; ``full`` with places and contacts,
    ``full_service`` also with their services fully nested."""
    werte = _werte(request, "/organizations")
    traeger, anfrage = traeger_gefiltert(werte)
    _auskunft(response, anfrage)
    blatt = seite(werte, traeger.count())
    liste = list(traeger[blatt.bereich]) if blatt.bereich else []
    if werte.get("full_service"):
        je_traeger: dict[int, list] = {t.pk: [] for t in liste}
        for angebot in abbilden.oeffentliche_angebote().filter(traeger__in=liste):
            je_traeger[angebot.traeger_id].append(angebot)
        inhalt = [
            abbilden.organization(t, services="voll", angebote=je_traeger[t.pk]) for t in liste
        ]
    elif werte.get("full"):
        inhalt = [abbilden.organization(t) for t in liste]
    else:
        inhalt = [_flach(abbilden.organization(t)) for t in liste]
    return blatt.antwort(inhalt)


@api.get("/organizations/{id}", url_name="organization")
def organization(request: HttpRequest, id: str):
    """getOrganizationById: fully nested, its services in the list shape (``full_service``:
    fully nested)."""
    werte = _werte(request, "/organizations/{id}")
    traeger = traeger_oder_none(id)
    if traeger is None:
        raise _nicht_gefunden(_("Ein Träger"), id)
    return abbilden.organization(traeger, services="voll" if werte.get("full_service") else True)


# -- service_at_locations -------------------------------------------------------------------


@api.get("/service_at_locations", url_name="service_at_locations")
def service_at_locations(request: HttpRequest, response: HttpResponse):
    """getPaginatedListOfServiceAtLocation: each with its place and its service in the list
    shape; ``full``: the service fully nested."""
    werte = _werte(request, "/service_at_locations")
    zeilen, anfrage = orte_gefiltert(werte)
    _auskunft(response, anfrage)
    blatt = seite(werte, zeilen.count())
    paare = list(zeilen[blatt.bereich]) if blatt.bereich else []
    angebote = abbilden.oeffentliche_angebote().in_bulk([a for a, _o in paare])
    inhalt = []
    for angebot_pk, ort_pk in paare:
        angebot, ort = _am_ort(angebote.get(angebot_pk), ort_pk)
        if ort is None:
            continue  # unpublished or archived between the two queries
        if werte.get("full"):
            inhalt.append(abbilden.service_at_location(angebot, ort, mit_service=True))
        else:
            eintrag = abbilden.service_at_location(angebot, ort)
            inhalt.append(eintrag | {"service": abbilden.service_liste(angebot)})
    return blatt.antwort(inhalt)


@api.get("/service_at_locations/{id}", url_name="service_at_location")
def service_at_location(request: HttpRequest, id: str):
    """getServiceAtLocationWithNestedDataById: the place with its fully nested service."""
    paar = ort_kennung_finden(id)
    angebot, ort = (None, None)
    if paar is not None:
        angebot, ort = _am_ort(abbilden.oeffentliche_angebote().filter(pk=paar[0]).first(), paar[1])
    if ort is None:
        raise _nicht_gefunden(_("Ein Angebot an einem Ort"), id)
    return abbilden.service_at_location(angebot, ort, mit_service=True)


def _am_ort(angebot, ort_pk: int) -> tuple:
    """The offer and its place ``ort_pk`` among its public places, or (…, None)."""
    orte = angebot.hsds_orte if angebot is not None else []
    return angebot, next((o for o in orte if o.pk == ort_pk), None)


# -- taxonomies -----------------------------------------------------------------------------


@api.get("/taxonomies", url_name="taxonomies")
def taxonomies(request: HttpRequest):
    """getPaginatedListOfTaxonomies: Kategorien and Zielgruppen."""
    werte = _werte(request, "/taxonomies")
    alle = begriffe_gefiltert(abbilden.taxonomies(), werte.get("search", ""))
    blatt = seite(werte, len(alle))
    return blatt.antwort(alle[blatt.bereich] if blatt.bereich else [])


@api.get("/taxonomies/{id}", url_name="taxonomy")
def taxonomy(request: HttpRequest, id: str):
    """getTaxonomyById."""
    gefunden = next((t for t in abbilden.taxonomies() if t["id"] == id), None)
    if gefunden is None:
        raise _nicht_gefunden(_("Eine Taxonomie"), id)
    return gefunden


@api.get("/taxonomy_terms", url_name="taxonomy_terms")
def taxonomy_terms(request: HttpRequest):
    """The terms (Kategorien and Zielgruppen). Neither has sub-terms: ``top_only`` changes
    nothing, ``parent_id`` finds none."""
    werte = _werte(request, "/taxonomy_terms")
    alle = abbilden.taxonomy_terms()
    if werte.get("taxonomy_id"):
        alle = [t for t in alle if t["taxonomy_id"] == str(werte["taxonomy_id"])]
    if werte.get("parent_id"):
        alle = []
    alle = begriffe_gefiltert(alle, werte.get("search", ""))
    blatt = seite(werte, len(alle))
    return blatt.antwort(alle[blatt.bereich] if blatt.bereich else [])


@api.get("/taxonomy_terms/{id}", url_name="taxonomy_term")
def taxonomy_term(request: HttpRequest, id: str):
    """getTaxonomyTermById (the document swaps the two operation ids)."""
    begriff = begriff_oder_none(id)
    if begriff is None:
        raise _nicht_gefunden(_("Ein Begriff"), id)
    return abbilden.taxonomy_term(begriff)
