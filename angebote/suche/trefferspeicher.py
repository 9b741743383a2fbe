"""Search results kept per search state: what a repeated search does not compute again.

A city's Fachkräfte ask the same few searches again and again (the start page without
input, "Hausaufgabenhilfe", a Sozialraum), while offers change a few times a day. A common
word matches tens of thousands of offers, and counting them with their facets costs
hundreds of milliseconds (bench/RESULTS.md); a page of 20 offers costs a few.

Kept in Django's cache (settings ``CACHES``: shared by all worker processes, a table in the
registry's database or Redis; docs/betrieb.md), under a key of

* the data state (sozialraum/werkzeuge/datenstand.py): one version in the same cache, renewed after every
  committed change that can alter a result, so an entry is not read after the data it was
  computed from changed (up to the moment between a commit and its renewal, see there);
* today's date (the filter "geprüft in den letzten 12 Monaten"), and the minute with
  "jetzt geöffnet";
* the search as it is run: the text and the filter form's cleaned values (not the raw
  parameters, which the search reads differently), and for a page's ids also the sort
  order and the page.

Entries: the understood query with the count and facets, a page's ids, the map's GeoJSON,
each result card's body (:func:`karten`), the body of an offer's page
(:func:`angebot_inhalt`): what a Fachkraft sees of offers, identical for everybody; the
templates keep the filter form and the facet lists the same way (``{% cache %}`` with the
search state). The area pages keep their sections through the same state
(``sozialraum.erweiterungen.bereiche.abschnitt_behalten``). Per user, and so never kept: the Merkliste
buttons and everything outside the results. Entries expire after
``SUCHSPEICHER_SEKUNDEN`` anyway, the safety net for a change written past the
application (SQL by hand).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Model, Prefetch, QuerySet, prefetch_related_objects
from django.template.loader import render_to_string
from django.utils import timezone

from sozialraum.werkzeuge.datenstand import aktueller_stand, holen, schluessel
from traeger.models import Einrichtung

from ..models import Angebot


class Trefferspeicher:
    """The cache entries of one search request.

    The search state is read first (one cache read), before anything of the search is: what
    is computed afterwards is at least as new as the state it is kept under.
    """

    def __init__(self):
        self.stand = aktueller_stand()
        self._basis: list | None = None

    def fuer(self, filterset, text: str) -> Trefferspeicher:
        """Key the entries by what the search uses: ``text`` as searched, and the filter
        form's cleaned values (an invalid form searches without filters, eingang.basis).
        Not by the raw parameters: ``?q=a&q=`` searches for nothing, ``?q=a`` for "a"."""
        if filterset.is_valid():
            werte = {n: kanonisch(w) for n, w in filterset.form.cleaned_data.items()}
            filter_ = {n: w for n, w in werte.items() if w not in (None, "", False, [])}
        else:
            filter_ = {"ungueltig": True}
        zeit = timezone.localtime()
        self._basis = [
            self.stand,
            zeit.strftime("%Y-%m-%d %H:%M" if filter_.get("jetzt") else "%Y-%m-%d"),
            filter_,
            text,
        ]
        return self

    @property
    def fragment(self) -> str:
        """For the templates' ``{% cache %}``: state, day or minute, the search."""
        return self._schluessel("fragment")

    def formular(self, params) -> str:
        """For the ``{% cache %}`` of the filter form, which shows the filters as typed (with
        their errors) but not the text: the state, the day and the raw parameters except
        ``q`` and ``seite``. A new text with the same filters (most first searches) reuses
        the form; its area select alone has hundreds of options."""
        # By name, each name's values in their order: a single-value field takes the last
        # one ("?alter=1&alter=2" is not "?alter=2&alter=1").
        rest = sorted(
            (name, list(werte)) for name, werte in params.lists() if name not in ("q", "seite")
        )
        return schluessel(["formular", self.stand, timezone.localdate().isoformat(), rest])

    def _schluessel(self, art: str, *extra) -> str:
        return schluessel([art, *self._basis, *extra])

    def holen(self, art: str, rechnen, *extra):
        """The entry ``art`` (with ``extra`` in its key), computed by ``rechnen()`` if missing."""
        return holen(self._schluessel(art, *extra), rechnen)


def kanonisch(wert):
    """A cleaned form value as JSON: objects by pk, several sorted."""
    if isinstance(wert, Model):
        return wert.pk
    if isinstance(wert, QuerySet | list | tuple | set):
        return sorted(kanonisch(w) for w in wert)
    if isinstance(wert, datetime.date | datetime.time | Decimal):
        return str(wert)
    return wert


@dataclass(frozen=True)
class Karte:
    """A result card as kept: what _karte.html needs besides the user's Merkliste."""

    pk: int
    titel: str
    url: str
    inhalt: str  # the rendered body (_karte_inhalt.html), safe HTML

    def get_absolute_url(self) -> str:
        return self.url


def karten(ids: list[int], stand: str) -> list[Karte]:
    """The cards of the published offers ``ids``, in that order, kept as one entry (one
    read, one write: a write to the database cache costs about a millisecond, so twenty of
    them would cost more than reading and rendering the cards); if missing, read in one go
    (``fuer_liste``: a fixed number of queries) and rendered."""
    heute = timezone.localdate().isoformat()  # "geprüft vor 3 Monaten"

    def rechnen() -> list[Karte]:
        angebote = Angebot.objects.veroeffentlicht().fuer_liste().in_bulk(ids)
        return [
            Karte(
                a.pk,
                a.titel,
                a.get_absolute_url(),
                render_to_string("angebote/_karte_inhalt.html", {"angebot": a}),
            )
            for a in (angebote.get(pk) for pk in ids)
            if a is not None
        ]

    return holen(schluessel(["karten", stand, heute, ids]), rechnen)


def angebot_inhalt(angebot: Angebot, stand: str) -> str:
    """The body of ``angebot``'s page (_angebot_inhalt.html: description, for whom, when,
    where, contact); its links are read only when it is not kept (a query each)."""

    def rechnen():
        prefetch_related_objects(
            [angebot],
            "zeiten",
            "sprachen",
            "kategorien",
            "zielgruppen",
            "sozialraeume",
            Prefetch(
                "einrichtungen",
                queryset=Einrichtung.objects.select_related("quartier", "sozialraum"),
            ),
        )
        return render_to_string("angebote/_angebot_inhalt.html", {"angebot": angebot})

    return holen(f"angebot:{stand}:{angebot.pk}", rechnen)
