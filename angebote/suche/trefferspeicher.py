"""Search results kept per search state: what a repeated search does not compute again.

A city's Fachkräfte ask the same few searches again and again (the start page without
input, "Hausaufgabenhilfe", a Sozialraum), while offers change a few times a day. A common
word matches tens of thousands of offers, and counting them with their facets costs
hundreds of milliseconds (bench/RESULTS.md); a page of 20 offers costs a few.

Kept in Django's cache (settings ``CACHES``; per process with the default local-memory
cache), under a key of

* the search state (suchstand.py): any committed change that can alter a result gives a
  new state, so an entry is never read after the data it was computed from changed;
* today's date (the filter "geprüft in den letzten 12 Monaten"), and the minute with
  "jetzt geöffnet";
* the search as it is run: the text and the filter form's cleaned values (not the raw
  parameters, which the search reads differently), and for a page's ids also the sort
  order and the page.

Entries: the understood query with the count and facets, a page's ids, the map's GeoJSON,
each result card's body (:func:`karten`), the body of an offer's page
(:func:`angebot_inhalt`), an area's offers and gaps (:func:`gespeichert`): what a
Fachkraft sees of offers, identical for everybody; the templates keep the filter form and the facet lists the same way
(``{% cache %}`` with the search state). Per user, and so never kept: the Merkliste
buttons and everything outside the results. Entries expire after
``SUCHSPEICHER_SEKUNDEN`` anyway, the safety net for a change written past the
application (SQL by hand).
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db.models import Model, Prefetch, QuerySet, prefetch_related_objects
from django.template.loader import render_to_string
from django.utils import timezone

from traeger.models import Einrichtung

from ..models import Angebot
from .suchstand import aktueller_stand


class Trefferspeicher:
    """The cache entries of one search request.

    The search state is read first (one query), before anything of the search is: what is
    computed afterwards is at least as new as the state it is kept under.
    """

    def __init__(self):
        self.stand = aktueller_stand()
        self._basis: list | None = None

    def fuer(self, filterset, text: str) -> Trefferspeicher:
        """Key the entries by what the search uses: ``text`` as searched, and the filter
        form's cleaned values (an invalid form searches without filters, views._gefiltert).
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

    def _schluessel(self, art: str, *extra) -> str:
        return _schluessel([art, *self._basis, *extra])

    def holen(self, art: str, rechnen, *extra):
        """The entry ``art`` (with ``extra`` in its key), computed by ``rechnen()`` if missing."""
        return _holen(self._schluessel(art, *extra), rechnen)


def kanonisch(wert):
    """A cleaned form value as JSON: objects by pk, several sorted."""
    if isinstance(wert, Model):
        return wert.pk
    if isinstance(wert, QuerySet | list | tuple | set):
        return sorted(kanonisch(w) for w in wert)
    if isinstance(wert, datetime.date | datetime.time | Decimal):
        return str(wert)
    return wert


def _schluessel(teile: list) -> str:
    text = json.dumps(teile, sort_keys=True, ensure_ascii=False)
    return "suche:" + hashlib.sha256(text.encode()).hexdigest()


def _holen(schluessel: str, rechnen):
    wert = cache.get(schluessel)
    if wert is None:
        wert = rechnen()
        cache.set(schluessel, wert, settings.SUCHSPEICHER_SEKUNDEN)
    return wert


def gespeichert(art: str, teile: list, rechnen):
    """``rechnen()``, kept under ``art`` and ``teile`` (JSON) per search state and day: for
    what pages other than the search show of the offers (an area's offers and gaps)."""
    stand = aktueller_stand()
    return _holen(_schluessel([art, stand, timezone.localdate().isoformat(), *teile]), rechnen)


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
    """The cards of the published offers ``ids``, in that order; the missing ones are read
    in one go (``fuer_liste``: a fixed number of queries) and rendered once."""
    heute = timezone.localdate().isoformat()  # "geprüft vor 3 Monaten"
    schluessel = {pk: f"karte:{stand}:{heute}:{pk}" for pk in ids}
    gefunden = cache.get_many(list(schluessel.values()))
    fehlend = [pk for pk in ids if schluessel[pk] not in gefunden]
    if fehlend:
        neu = {
            schluessel[a.pk]: Karte(
                a.pk,
                a.titel,
                a.get_absolute_url(),
                render_to_string("angebote/_karte_inhalt.html", {"angebot": a}),
            )
            for a in Angebot.objects.veroeffentlicht().fuer_liste().filter(pk__in=fehlend)
        }
        cache.set_many(neu, settings.SUCHSPEICHER_SEKUNDEN)
        gefunden.update(neu)
    return [gefunden[schluessel[pk]] for pk in ids if schluessel[pk] in gefunden]


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

    return _holen(f"angebot:{stand}:{angebot.pk}", rechnen)
