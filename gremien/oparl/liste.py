"""OParl's external object lists: pages with ``data``, ``pagination`` and ``links``, and the
filters ``created_since``, ``created_until``, ``modified_since``, ``modified_until`` that
every list must take (OParl 1.1, "Objektlisten und Paginierung").

A queryset given here carries the annotations ``oparl_erstellt`` and ``oparl_geaendert``
(objekte.py), the ``created`` and ``modified`` the objects show, so a filter and the
output never disagree. Pages are sorted by primary key: stable, as OParl demands.
"""

import datetime
import math
import re
from collections.abc import Callable
from urllib.parse import urlencode

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from .zugang import NichtGefunden, OparlFehler

# OParl recommends pages for lists of more than 100 entries; a client may ask for fewer.
JE_SEITE = 100

FILTER = {
    "created_since": ("oparl_erstellt", "gte"),
    "created_until": ("oparl_erstellt", "lte"),
    "modified_since": ("oparl_geaendert", "gte"),
    "modified_until": ("oparl_geaendert", "lte"),
}
_ZAHL = re.compile(r"[0-9]{1,18}")


def _gezeigt(wert: str) -> str:
    """A bad value as the message names it: without NUL, not endlessly long."""
    wert = wert.replace("\x00", "")
    return wert if len(wert) <= 40 else wert[:40] + "…"


def zeitpunkt(name: str, wert: str):
    """A filter's value: a full ISO 8601 date-time. A "+" of the offset that arrives as a
    space (not URL-encoded, as OParl asks) is read as the "+" it was."""
    text = wert.strip()
    kandidaten = [text]
    if " " in text:
        kandidaten.append(text.replace(" ", "+"))
    for kandidat in kandidaten:
        try:
            ergebnis = parse_datetime(kandidat) if len(kandidat) <= 40 else None
            if ergebnis is not None:
                if timezone.is_naive(ergebnis):
                    ergebnis = timezone.make_aware(ergebnis)
                # The database compares in UTC: a time at the edge of year 1 or 9999 must
                # fail here, not in the database adapter.
                return ergebnis.astimezone(datetime.UTC)
        except (ValueError, OverflowError):  # well-formed but impossible: 2024-02-30T10:00
            continue
    raise OparlFehler(
        _(
            "Der Parameter „%(name)s“ erwartet einen Zeitpunkt nach ISO 8601 mit Datum und "
            "Uhrzeit, z. B. 2024-01-31T00:00:00+01:00 (das „+“ als %%2B kodiert), nicht "
            "„%(wert)s“."
        )
        % {"name": name, "wert": _gezeigt(wert)}
    )


def ganzzahl(name: str, wert: str) -> int:
    """A page number or page size: a whole number from 1."""
    if not _ZAHL.fullmatch(wert) or int(wert) < 1:
        raise OparlFehler(
            _("Der Parameter „%(name)s“ erwartet eine ganze Zahl ab 1, nicht „%(wert)s“.")
            % {"name": name, "wert": _gezeigt(wert)}
        )
    return int(wert)


class Listenanfrage:
    """The list parameters of a request, checked before any query."""

    def __init__(self, request):
        self.request = request
        daten = request.GET
        self.filter = {
            name: zeitpunkt(name, daten[name]) for name in FILTER if daten.get(name, "") != ""
        }
        self.seite = ganzzahl("page", daten["page"]) if daten.get("page") else 1
        gewuenscht = daten.get("elementsPerPage")
        # A client may ask for fewer per page; OParl lets the server keep to its maximum.
        self.je_seite = (
            min(ganzzahl("elementsPerPage", gewuenscht), JE_SEITE) if gewuenscht else JE_SEITE
        )
        # Only what the server understood travels on into the links: filters as read (UTC),
        # the page size as kept, no junk.
        self.beibehalten = [(name, wert.isoformat()) for name, wert in self.filter.items()]
        if gewuenscht:
            self.beibehalten.append(("elementsPerPage", str(self.je_seite)))

    def gefiltert(self, queryset):
        for name, wert in self.filter.items():
            feld, vergleich = FILTER[name]
            queryset = queryset.filter(**{f"{feld}__{vergleich}": wert})
        return queryset

    def url(self, seite: int) -> str:
        basis = self.request.build_absolute_uri(self.request.path)
        return f"{basis}?{urlencode([*self.beibehalten, ('page', seite)])}"


def listenseite(request, queryset, darstellen: Callable[[list], list[dict]]) -> dict:
    """One page of an external object list; ``queryset`` None stands for a list we keep
    empty (OParl asks for it, the registry has no such objects: Paper, Consultation,
    LegislativeTerm, Person). ``darstellen`` turns the page's objects into their JSON."""
    anfrage = Listenanfrage(request)
    if queryset is None:
        anzahl, objekte = 0, []
    else:
        queryset = anfrage.gefiltert(queryset)
        anzahl = queryset.count()
    seiten = max(1, math.ceil(anzahl / anfrage.je_seite))
    if anfrage.seite > seiten:
        raise NichtGefunden(
            _("Die Seite %(seite)d gibt es nicht; die Liste hat %(seiten)d Seite(n).")
            % {"seite": anfrage.seite, "seiten": seiten}
        )
    if queryset is not None:
        anfang = (anfrage.seite - 1) * anfrage.je_seite
        objekte = list(queryset.order_by("pk")[anfang : anfang + anfrage.je_seite])
    links = {
        "first": anfrage.url(1),
        "self": anfrage.url(anfrage.seite),
        "last": anfrage.url(seiten),
    }
    if anfrage.seite > 1:
        links["prev"] = anfrage.url(anfrage.seite - 1)
    if anfrage.seite < seiten:
        links["next"] = anfrage.url(anfrage.seite + 1)
    return {
        "data": darstellen(objekte),
        "pagination": {
            "totalElements": anzahl,
            "elementsPerPage": anfrage.je_seite,
            "currentPage": anfrage.seite,
            "totalPages": seiten,
        },
        "links": links,
    }
