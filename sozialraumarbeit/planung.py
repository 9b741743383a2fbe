"""The start page of a Sozialraumkoordination: her Sozialräume, one row each.

Each row has columns (``SPALTEN``): the stale offers there (the Aktualität dashboard's rule,
angebote/aktualitaet/frische.py), the open barriers, the running measures and the next
meetings of the area's Gremien. A column is a
``Spalte``: a heading, a function that computes the cells of all her Sozialräume at once
(a fixed number of queries, whatever their number) and the template of one cell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from angebote.aktualitaet import frische
from angebote.models import Angebot
from gremien.models import Gremium, Sitzung
from sozialraum.models import Sozialraum
from sozialraum.werkzeuge.datenstand import behalten
from sozialraum.zugang.rollen import koordinierte_sozialraeume

from .massnahmen.regeln import LAUFEND
from .models import Barriere, Massnahme

# The next meetings shown per Sozialraum.
SITZUNGEN_JE_SOZIALRAUM = 3


@dataclass(frozen=True)
class Spalte:
    """One column of the rows: ``rechnen(request, ids)`` → ``{sozialraum_id: cell}``, a
    cell being whatever ``template`` (rendered with ``zelle`` and ``sozialraum``) needs; a
    Sozialraum missing from the result gets ``leer``."""

    titel: str
    rechnen: Callable[..., dict]
    template: str
    leer: object = None


def veraltete_angebote(request, ids: list[int]) -> dict:
    """Per Sozialraum the published offers due for checking, linked to the Aktualität
    dashboard narrowed to it; ``ungenau``: those at places known only at its Regionalraum
    (Berlin's imported places), which may lie in it.

    The same for everybody with these Sozialräume: kept per data state, day and Sozialräume
    (counting the stale offers of a city of 100,000 took 100–200 ms on every visit of the
    start page, bench/RESULTS.md round 6). If missing: five queries (frische.je_sozialraum,
    frische.ungenau_verortet), two more where there are such places."""
    return behalten(
        "planung_veraltete",
        [sorted(ids), timezone.localdate().isoformat()],
        lambda: _veraltete_angebote(ids),
    )


def _veraltete_angebote(ids: list[int]) -> dict:
    veraltete = Angebot.objects.veroeffentlicht().veraltet()
    # Not those counted in one of her Sozialräume already (exact for one Sozialraum).
    je_regionalraum = {
        z["gebiet"].pk: (z["anzahl"], z["gebiet"].name)
        for z in frische.ungenau_verortet(veraltete, ids)
    }
    ungenau, schluessel = {}, {}
    if je_regionalraum:
        for pk, regionalraum, kennung in Sozialraum.objects.filter(pk__in=ids).values_list(
            "pk", "regionalraum_id", "schluessel"
        ):
            if regionalraum in je_regionalraum:
                ungenau[pk], schluessel[pk] = je_regionalraum[regionalraum], kennung
    werte = {
        z["sozialraum"].pk: {"anzahl": z["anzahl"], "schluessel": z["sozialraum"].schluessel}
        for z in frische.je_sozialraum(veraltete, nur=ids)
    }
    if ungenau:
        for pk, (n, gebiet) in ungenau.items():
            wert = werte.setdefault(pk, {"anzahl": 0, "schluessel": schluessel[pk]})
            wert["ungenau"], wert["ungenau_gebiet"] = n, gebiet
    for wert in werte.values():
        wert["url"] = (
            reverse("angebote:aktualitaet") + "?" + urlencode({"sozialraum": wert["schluessel"]})
        )
    return werte


def naechste_sitzungen(request, ids: list[int]) -> dict:
    """Per Sozialraum the next meetings (not cancelled) of the Gremien she may see there,
    at most ``SITZUNGEN_JE_SOZIALRAUM``: one query (a row number per Sozialraum)."""
    sichtbar = Gremium.objects.sichtbar_fuer(request.user).filter(sozialraum__in=ids)
    sitzungen = (
        Sitzung.objects.filter(gremium__in=sichtbar.values("pk"), datum__gte=timezone.localdate())
        .exclude(status=Sitzung.Status.ABGESAGT)
        .annotate(
            sozialraum_id=F("gremium__sozialraum"),
            nr=Window(
                RowNumber(),
                partition_by=[F("gremium__sozialraum")],
                order_by=[F("datum").asc(), F("beginn").asc(), F("pk").asc()],
            ),
        )
        .filter(nr__lte=SITZUNGEN_JE_SOZIALRAUM)
        .select_related("gremium")
        .order_by("datum", "beginn", "pk")
    )
    ergebnis: dict[int, list] = {}
    for sitzung in sitzungen:
        ergebnis.setdefault(sitzung.sozialraum_id, []).append(sitzung)
    return ergebnis


def offene_barrieren(request, ids: list[int]) -> dict:
    """Per Sozialraum the barriers she may see that are open or being worked on, linked to
    the area page's section. One query."""
    zeilen = (
        Barriere.objects.sichtbar_fuer(request.user)
        .filter(sozialraum__in=ids, beendet_am__isnull=True)
        .exclude(status=Barriere.Status.BEHOBEN)
        .values("sozialraum", "sozialraum__schluessel")
        .annotate(anzahl=Count("pk"))
    )
    return {
        z["sozialraum"]: {
            "anzahl": z["anzahl"],
            "url": reverse("sozialraum", args=[z["sozialraum__schluessel"]]) + "#raumwissen-titel",
        }
        for z in zeilen
    }


def laufende_massnahmen(request, ids: list[int]) -> dict:
    """Per Sozialraum the agreed measures not yet ended, linked to the measure list narrowed
    to it. One query."""
    zeilen = (
        Massnahme.objects.filter(sozialraeume__in=ids, status__in=LAUFEND)
        .values("sozialraeume")
        .annotate(anzahl=Count("pk", distinct=True))
    )
    return {
        z["sozialraeume"]: {
            "anzahl": z["anzahl"],
            "url": reverse("sozialraumarbeit:massnahmen")
            + "?"
            + urlencode({"sozialraum": z["sozialraeume"]}),
        }
        for z in zeilen
    }


SPALTEN: list[Spalte] = [
    Spalte(
        _("Angebote zu prüfen"),
        veraltete_angebote,
        "sozialraumarbeit/_planung_veraltet.html",
        leer={"anzahl": 0},
    ),
    Spalte(
        _("Offene Barrieren"),
        offene_barrieren,
        "sozialraumarbeit/_planung_barrieren.html",
        leer={"anzahl": 0},
    ),
    Spalte(
        _("Laufende Maßnahmen"),
        laufende_massnahmen,
        "sozialraumarbeit/_planung_massnahmen.html",
        leer={"anzahl": 0},
    ),
    Spalte(
        _("Nächste Sitzungen"),
        naechste_sitzungen,
        "sozialraumarbeit/_planung_sitzungen.html",
        leer=[],
    ),
]


def meine_sozialraeume(request) -> dict | None:
    """On the start page, for whoever coordinates at least one Sozialraum: a row per
    Sozialraum with the ``SPALTEN``. Her object rights (one query, kept on the user), her
    Sozialräume, then each column's fixed number of queries."""
    ids = sorted(koordinierte_sozialraeume(request.user))
    if not ids:
        return None
    sozialraeume = list(
        Sozialraum.objects.filter(pk__in=ids).only("pk", "name", "schluessel").order_by("name")
    )
    ids = [s.pk for s in sozialraeume]
    werte = [(spalte, spalte.rechnen(request, ids)) for spalte in SPALTEN]
    zeilen = [
        {
            "sozialraum": s,
            "zellen": [
                {"template": spalte.template, "wert": ergebnis.get(s.pk, spalte.leer)}
                for spalte, ergebnis in werte
            ],
        }
        for s in sozialraeume
    ]
    return {
        "template": "sozialraumarbeit/_start_koordination.html",
        "spalten": [spalte.titel for spalte in SPALTEN],
        "zeilen": zeilen,
    }
