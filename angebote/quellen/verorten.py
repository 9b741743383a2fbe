"""Placing facilities: the finest area whose boundary contains the point.

The boundaries are the areas' ``grenze`` (GeoJSON in WGS84, ``import_gebiete --grenzen``);
each level gets one STRtree, queried for all points at once. A point is checked against its
Bezirk as the file states it (``e_bez_nr``, for schools the Bezirk's name): if the area
found lies in another Bezirk, or no boundary contains the point, the facility is placed in
its Bezirk's Jugendamt only and the report says why. Without a Jugendamt for that Bezirk
it stays unplaced.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
import shapely
from django.conf import settings
from django.utils.translation import gettext as _
from shapely.geometry import shape

from sozialraum.models import Jugendamt, Quartier, Regionalraum, Sozialraum

from .traegernamen import BEZIRKE, bezirk_nach_name, vergleichstext

# Finest first. Per level: the model and the path from it to the four levels' ids.
EBENEN = (
    (
        "quartier",
        Quartier,
        (
            "pk",
            "sozialraum_id",
            "sozialraum__regionalraum_id",
            "sozialraum__regionalraum__jugendamt_id",
        ),
    ),
    ("sozialraum", Sozialraum, (None, "pk", "regionalraum_id", "regionalraum__jugendamt_id")),
    ("regionalraum", Regionalraum, (None, None, "pk", "jugendamt_id")),
    ("jugendamt", Jugendamt, (None, None, None, "pk")),
)


def ebene_name(ebene: str) -> str:
    """The level's name as the installation calls it (GEBIETSEBENEN: "Prognoseraum" …)."""
    model = next(m for name, m, _pfad in EBENEN if name == ebene)
    return settings.GEBIETSEBENEN[model.EBENE][0]


@dataclass
class Verortung:
    gebiet: list  # ids of Quartier, Sozialraum, Regionalraum, Jugendamt (None: not placed)
    ebene: str  # "quartier" … "jugendamt", "" when unplaced
    hinweis: str = ""


class Verorter:
    """The boundaries of all areas, loaded once per run."""

    def __init__(self):
        jugendaemter = list(Jugendamt.objects.values_list("pk", "schluessel", "name"))
        self.nach_schluessel = {s: pk for pk, s, _n in jugendaemter}
        self.nach_name = {vergleichstext(n): pk for pk, _s, n in jugendaemter}
        self.namen = {pk: n for pk, _s, n in jugendaemter}
        self.baeume = []
        for ebene, model, pfad in EBENEN:
            felder = [f for f in pfad if f] + ["name", "grenze"]
            zeilen = list(model.objects.filter(grenze__isnull=False).values_list(*felder))
            if not zeilen:
                continue
            geometrien, ids, namen = [], [], []
            for zeile in zeilen:
                werte = iter(zeile)
                kette = [next(werte) if f else None for f in pfad]
                name, grenze = next(werte), next(werte)
                try:
                    geometrien.append(shape(grenze))
                except (KeyError, TypeError, ValueError, AttributeError):
                    continue  # a broken boundary places nothing
                ids.append(kette)
                namen.append(name)
            self.baeume.append((ebene, shapely.STRtree(geometrien), ids, namen))

    def jugendamt(self, bezirk_schluessel: str = "", bezirk_name: str = "") -> int | None:
        """The Jugendamt of a Bezirk given by key (``e_bez_nr``) or by name (schools)."""
        if bezirk_schluessel:
            return self.nach_schluessel.get(bezirk_schluessel)
        pk = self.nach_name.get(vergleichstext(bezirk_name))
        if pk is None:
            schluessel = bezirk_nach_name(bezirk_name)
            pk = self.nach_schluessel.get(schluessel) if schluessel else None
        return pk

    def verorten(self, punkte: list[tuple[float, float]], bezirke: list[tuple]) -> list[Verortung]:
        """Place every ``(lon, lat)``; ``bezirke`` holds per point ``(Jugendamt pk or None,
        the Bezirk as the file says)``."""
        gefunden: list[tuple | None] = [None] * len(punkte)
        offen = numpy.arange(len(punkte))
        geometrien = shapely.points(numpy.array(punkte, dtype=float).reshape(-1, 2))
        for ebene, baum, ids, namen in self.baeume:
            if not len(offen):
                break
            eingabe, treffer = baum.query(geometrien[offen], predicate="within")
            for i, t in zip(eingabe, treffer, strict=True):
                punkt = offen[i]
                if gefunden[punkt] is None:
                    gefunden[punkt] = (ebene, ids[t], namen[t])
            offen = numpy.array([p for p in offen if gefunden[p] is None], dtype=int)
        return [self._entscheiden(f, b) for f, b in zip(gefunden, bezirke, strict=True)]

    def _entscheiden(self, fund, bezirk) -> Verortung:
        jugendamt, angabe = bezirk
        nur_bezirk = [None, None, None, jugendamt]
        if jugendamt is None:
            return Verortung(
                [None] * 4,
                "",
                _("Bezirk „%(bezirk)s“ ist kein Jugendamt im Register; nicht verortet")
                % {"bezirk": angabe},
            )
        name = self.namen[jugendamt]
        if fund is None:
            return Verortung(
                nur_bezirk,
                "jugendamt",
                _("liegt außerhalb aller Grenzen; nur dem Bezirk %(name)s zugeordnet")
                % {"name": name},
            )
        ebene, ids, gebiet = fund
        if ids[3] != jugendamt:
            return Verortung(
                nur_bezirk,
                "jugendamt",
                _(
                    "liegt in %(ebene)s „%(gebiet)s“ (Bezirk %(dort)s), die Datei sagt Bezirk "
                    "%(angabe)s; nur dem Bezirk %(name)s zugeordnet"
                )
                % {
                    "ebene": ebene_name(ebene),
                    "gebiet": gebiet,
                    "dort": self.namen.get(ids[3], "?"),
                    "angabe": angabe,
                    "name": name,
                },
            )
        return Verortung(list(ids), ebene)


def bezirk_angabe(werte: dict, schule: bool) -> str:
    """The Bezirk as a row states it, for the report: "01 (Mitte)" or the school's name."""
    if schule:
        return str(werte.get("bezirk") or "")
    schluessel = str(werte.get("e_bez_nr") or "").strip()
    return f"{schluessel} ({BEZIRKE.get(schluessel, werte.get('e_bez') or '?')})"
