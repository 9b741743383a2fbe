"""``GET /api/v1/angebote/{kennung}``, ``/einrichtungen/{kennung}``, ``/traeger/{kennung}``:
one record as its page shows it, to whom its page shows it.

``kennung`` is the record's number (as in the page's URL) or its UUID (``id``). Who sees
what comes from the functions the HTML views use: an offer through
``angebote.permissions.darf_angebot_sehen`` (published ones everybody; the others only
those who may edit them, and every administration), Ansprechpersonen through
``traeger.datenschutz.ansprechpersonen_sichtbar_fuer``, the offers of a Träger or a place
as their pages list them (published ones). A record one may not see answers 404, like one
that does not exist.
"""

import uuid
from typing import Annotated

from django.db.models import Prefetch
from django.http import Http404
from ninja import Path, Router

from angebote.models import Angebot
from angebote.permissions import darf_angebot_sehen
from sozialraum.werkzeuge.felder import ist_id
from traeger.datenschutz import ansprechpersonen_sichtbar_fuer
from traeger.models import Ansprechperson, Einrichtung, Traeger

from . import ausgabe
from .schemas import Angebot as AngebotSchema
from .schemas import Einrichtung as EinrichtungSchema
from .schemas import Fehler
from .schemas import Traeger as TraegerSchema

router = Router(tags=["Angebote, Einrichtungen, Träger"])

Kennung = Annotated[
    str,
    Path(
        pattern=r"^([0-9]{1,19}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
        description="Nummer (pk) oder UUID (id) des Eintrags",
    ),
]
ANTWORTEN = {401: Fehler, 404: Fehler, 422: Fehler, 429: Fehler}


def _holen(queryset, kennung: str):
    """The record with that number or UUID, else 404 (never a database error)."""
    if ist_id(kennung):
        bedingung = {"pk": int(kennung)}
    else:
        try:
            bedingung = {"uuid": uuid.UUID(kennung)}
        except ValueError:
            raise Http404 from None
    obj = queryset.filter(**bedingung).first()
    if obj is None:
        raise Http404
    return obj


_ORTE = Prefetch("einrichtungen", queryset=Einrichtung.objects.select_related("sozialraum"))


@router.get(
    "/angebote/{kennung}",
    response={200: AngebotSchema, **ANTWORTEN},
    url_name="angebot",
    summary="Ein Angebot",
)
def angebot(request, kennung: Kennung):
    angebot = _holen(Angebot.objects.select_related("traeger"), kennung)
    if not darf_angebot_sehen(request.user, angebot):
        raise Http404
    angebot = (
        Angebot.objects.select_related("traeger")
        .prefetch_related("zeiten", "sprachen", "kategorien", "zielgruppen", "sozialraeume", _ORTE)
        .get(pk=angebot.pk)
    )
    return ausgabe.angebot(angebot)


def _personen(request, queryset):
    return ansprechpersonen_sichtbar_fuer(request.user, queryset).select_related("einrichtung")


@router.get(
    "/einrichtungen/{kennung}",
    response={200: EinrichtungSchema, **ANTWORTEN},
    url_name="einrichtung",
    summary="Eine Einrichtung (ein Ort)",
)
def einrichtung(request, kennung: Kennung):
    ort = _holen(
        Einrichtung.objects.select_related(
            "traeger", "quartier", "sozialraum", "regionalraum", "jugendamt"
        ),
        kennung,
    )
    angebote = Angebot.objects.veroeffentlicht().filter(einrichtungen=ort).order_by("titel", "pk")
    personen = _personen(request, ort.ansprechpersonen.all())
    return ausgabe.einrichtung(ort, personen, angebote)


@router.get(
    "/traeger/{kennung}",
    response={200: TraegerSchema, **ANTWORTEN},
    url_name="traeger",
    summary="Ein Träger",
)
def traeger(request, kennung: Kennung):
    traeger = _holen(Traeger.objects.prefetch_related("sozialraeume"), kennung)
    # In the order of the Träger's page (the models' default order).
    einrichtungen = traeger.einrichtungen.select_related("sozialraum")
    personen = _personen(request, Ansprechperson.objects.filter(traeger=traeger))
    angebote = traeger.angebote.veroeffentlicht().order_by("titel", "pk")
    return ausgabe.traeger(traeger, einrichtungen, personen, angebote)
