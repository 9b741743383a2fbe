"""The OParl endpoints: the System, its Bodies (one per Jugendamt), their lists, and every
object at its own URL. What is not public does not exist here: 404.

A django-ninja API like the registry's others, for what they share
(sozialraum/zugang/api.py): the login, a personal API token or ``OFFENE_DATEN``, the rate
limit, German 401/429 answers. OParl describes itself by its schemas, so no OpenAPI
document; the JSON is built here (objekte.py), parameters are read by liste.py, and their
errors answer 400 with a German ``detail``.
"""

from uuid import UUID

from django.db.models import Max, Min
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import NinjaAPI

from sozialraum.werkzeuge.felder import ist_id
from sozialraum.zugang.api import api_zugang, deutsche_fehler, drossel

from ..anhang import als_download
from ..sitzung.protokoll import tagesordnung
from . import abfragen
from .liste import listenseite
from .objekte import Ausgabe
from .zugang import (
    NichtGefunden,
    OparlFehler,
    fuer_alle_lesbar,
    json_antwort,
    oeffentliche_gremien,
)

api = NinjaAPI(
    title="OParl",
    version="1.1",
    urls_namespace="oparl",
    auth=api_zugang(anonym_erlaubt=True),
    throttle=drossel(),
    openapi_url=None,
    docs_url=None,
)
deutsche_fehler(api)


@api.exception_handler(OparlFehler)
def _oparl_fehler(request: HttpRequest, fehler: OparlFehler):
    return json_antwort({"detail": fehler.meldung}, status=fehler.status)


def _eins(queryset, wert, feld: str = "pk"):
    """The object of ``queryset`` with ``feld`` = ``wert``, else 404 (a URL id can be any
    number: beyond 64 bits it is not asked for)."""
    if feld == "pk" and not ist_id(str(wert)):
        raise NichtGefunden(_("Dieses Objekt gibt es nicht oder es ist nicht öffentlich."))
    objekt = queryset.filter(**{feld: wert}).first()
    if objekt is None:
        raise NichtGefunden(_("Dieses Objekt gibt es nicht oder es ist nicht öffentlich."))
    return objekt


def _liste(request, queryset, darstellen):
    return json_antwort(listenseite(request, queryset, darstellen))


# --- System and Body ----------------------------------------------------------------------


@api.get("/", url_name="system")
def system(request: HttpRequest):
    zeiten = abfragen.jugendaemter().aggregate(
        erstellt=Min("created_at"), geaendert=Max("updated_at")
    )
    return json_antwort(Ausgabe(request).system(zeiten["erstellt"], zeiten["geaendert"]))


@api.get("/body/", url_name="body_list")
def body_list(request: HttpRequest):
    ausgabe = Ausgabe(request)
    return _liste(
        request, abfragen.jugendaemter(), lambda aemter: [ausgabe.body(a) for a in aemter]
    )


def _jugendamt(pk: int):
    return _eins(abfragen.jugendaemter(), pk)


@api.get("/body/{int:pk}/", url_name="body")
def body(request: HttpRequest, pk: int):
    return json_antwort(Ausgabe(request).body(_jugendamt(pk)))


@api.get("/body/{int:pk}/organization/", url_name="body_organization")
def body_organization(request: HttpRequest, pk: int):
    ausgabe = Ausgabe(request)
    gremien = abfragen.organisationen(_jugendamt(pk))
    return _liste(request, gremien, lambda seite: [ausgabe.organization(g) for g in seite])


@api.get("/body/{int:pk}/membership/", url_name="body_membership")
def body_membership(request: HttpRequest, pk: int):
    ausgabe = Ausgabe(request)
    mitgliedschaften = abfragen.mitgliedschaften(_jugendamt(pk))
    return _liste(request, mitgliedschaften, lambda seite: [ausgabe.membership(m) for m in seite])


def _meetings(ausgabe: Ausgabe):
    def darstellen(seite) -> list[dict]:
        protokolle = abfragen.freigegebene_protokolle(s.pk for s in seite)
        return [ausgabe.meeting(s, protokolle.get(s.pk)) for s in seite]

    return darstellen


@api.get("/body/{int:pk}/meeting/", url_name="body_meeting")
def body_meeting(request: HttpRequest, pk: int):
    sitzungen = abfragen.sitzungen(_jugendamt(pk))
    return _liste(request, sitzungen, _meetings(Ausgabe(request)))


def _agenda_items(ausgabe: Ausgabe):
    def darstellen(seite) -> list[dict]:
        agenda, protokolle = abfragen.agenda_und_protokolle(t.sitzung_id for t in seite)
        stellen = {
            eintrag["top"].pk: (eintrag["nummer"], reihenfolge)
            for tops in agenda.values()
            for reihenfolge, eintrag in enumerate(tagesordnung(tops), start=1)
        }
        # An item below a sub-item has no place in the numbered agenda (the meeting page
        # leaves it out too): no number, after all others.
        ohne_platz = ("", len(stellen) + 1)
        return [
            ausgabe.agenda_item(
                top,
                *stellen.get(top.pk, ohne_platz),
                protokolle.get(top.sitzung_id),
                top.oparl_geaendert,
                list(top.anhaenge.all()),
            )
            for top in seite
        ]

    return darstellen


@api.get("/body/{int:pk}/agendaitem/", url_name="body_agenda_item")
def body_agenda_item(request: HttpRequest, pk: int):
    tops = abfragen.tops(_jugendamt(pk))
    return _liste(request, tops, _agenda_items(Ausgabe(request)))


@api.get("/body/{int:pk}/location/", url_name="body_location")
def body_location(request: HttpRequest, pk: int):
    ausgabe = Ausgabe(request)
    orte = abfragen.orte(_jugendamt(pk))
    return _liste(request, orte, lambda seite: [ausgabe.location(s) for s in seite])


@api.get("/body/{int:pk}/file/", url_name="body_file")
def body_file(request: HttpRequest, pk: int):
    ausgabe = Ausgabe(request)
    anhaenge = abfragen.anhaenge(_jugendamt(pk))
    return _liste(request, anhaenge, lambda seite: [ausgabe.file(a) for a in seite])


@api.get("/body/{int:pk}/person/", url_name="body_person")
def body_person(request: HttpRequest, pk: int):
    ausgabe = Ausgabe(request)
    personen = abfragen.personen(_jugendamt(pk))
    return _liste(request, personen, lambda seite: [ausgabe.person(p) for p in seite])


@api.get("/body/{int:pk}/paper/", url_name="body_paper")
@api.get("/body/{int:pk}/consultation/", url_name="body_consultation")
@api.get("/body/{int:pk}/legislativeterm/", url_name="body_legislative_term")
def body_leer(request: HttpRequest, pk: int):
    """Papers, consultations and legislative terms: OParl asks every Body for these lists;
    the registry has no such objects, so they are empty, with their parameters checked
    like any list's."""
    _jugendamt(pk)
    return _liste(request, None, lambda seite: [])


# --- objects at their own URL -------------------------------------------------------------


@api.get("/person/{int:pk}/", url_name="person")
def person(request: HttpRequest, pk: int):
    return json_antwort(Ausgabe(request).person(_eins(abfragen.personen(), pk)))


@api.get("/organization/{int:pk}/", url_name="organization")
def organization(request: HttpRequest, pk: int):
    return json_antwort(Ausgabe(request).organization(_eins(abfragen.organisationen(), pk)))


@api.get("/organization/{int:pk}/meeting/", url_name="organization_meeting")
def organization_meeting(request: HttpRequest, pk: int):
    gremium = _eins(oeffentliche_gremien(), pk)
    sitzungen = abfragen.sitzungen(gremium_pk=gremium.pk)
    return _liste(request, sitzungen, _meetings(Ausgabe(request)))


@api.get("/membership/{int:pk}/", url_name="membership")
def membership(request: HttpRequest, pk: int):
    return json_antwort(Ausgabe(request).membership(_eins(abfragen.mitgliedschaften(), pk)))


@api.get("/meeting/{int:pk}/", url_name="meeting")
def meeting(request: HttpRequest, pk: int):
    return json_antwort(_meetings(Ausgabe(request))([_eins(abfragen.sitzungen(), pk)])[0])


@api.get("/agendaitem/{int:pk}/", url_name="agenda_item")
def agenda_item(request: HttpRequest, pk: int):
    return json_antwort(_agenda_items(Ausgabe(request))([_eins(abfragen.tops(), pk)])[0])


@api.get("/location/{int:pk}/", url_name="location")
def location(request: HttpRequest, pk: int):
    return json_antwort(Ausgabe(request).location(_eins(abfragen.orte(), pk)))


@api.get("/file/{uuid:uid}/", url_name="file")
def file(request: HttpRequest, uid: UUID):
    return json_antwort(Ausgabe(request).file(_eins(abfragen.anhaenge(), uid, "uid")))


@api.get("/file/{uuid:uid}/download/", url_name="file_download")
def file_download(request: HttpRequest, uid: UUID):
    """The file of a public attachment, for whoever may read OParl. Sent as a download with
    the same headers as the Gremium pages' attachment view (gremien/views/lesen.py, anhang), which asks
    for a login and so cannot serve open data."""
    anhang = _eins(abfragen.anhaenge(), uid, "uid")
    try:
        return fuer_alle_lesbar(als_download(anhang))
    except Http404 as fehler:
        raise NichtGefunden(str(fehler)) from None
