"""The search as a request asks for it: the one entry point of every search the registry
answers (the start page, its map, the list downloads, ``/api/v1/angebote/`` and the HSDA
``search`` parameter).

The parameters go through the search form (``AngebotFilter`` over the published offers),
the text through :func:`angebote.suche.search.suchen`, the counts through
``facetten_zaehlen``; a typo correction that finds no published offer is not told, since
the vocabulary holds words of unpublished offers too.
"""

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

from ..filters import AngebotFilter
from ..models import Angebot
from .facetten import alle_veroeffentlichten, facetten_zaehlen
from .search import SORTIERUNGEN, Suchanfrage, rang_aus_posten, suchen

PRO_SEITE = 20
TEXT_LAENGE = 200


class BekannteAnzahl(Paginator):
    """A paginator told the number of results (counted with the facets), not counting again."""

    def __init__(self, object_list, per_page, anzahl: int):
        super().__init__(object_list, per_page)
        self._anzahl = anzahl

    @cached_property
    def count(self) -> int:
        return self._anzahl


def pruefen(params, stand: str | None = None) -> AngebotFilter:
    """The search form over ``params``, validated. ``stand``: the data state if the caller
    read it already."""
    filterset = AngebotFilter(params, queryset=Angebot.objects.veroeffentlicht(), stand=stand)
    filterset.is_valid()  # cleaned_data for what the page reads of the form
    return filterset


def basis(filterset: AngebotFilter) -> QuerySet[Angebot]:
    """The published offers the form's filters leave (all of them when a filter value is
    invalid: the page shows the form's error and everything). Built when asked: a repeated
    search takes its results from the cache and needs no queryset."""
    return filterset.qs if filterset.is_valid() else Angebot.objects.veroeffentlicht()


def gefiltert(params, stand: str | None = None) -> tuple[AngebotFilter, QuerySet[Angebot]]:
    """:func:`pruefen` and :func:`basis` in one."""
    filterset = pruefen(params, stand)
    return filterset, basis(filterset)


def suchtext(filterset: AngebotFilter) -> str:
    """The search text as the form took it (none if it is invalid), at most 200 characters."""
    return filterset.form.cleaned_data.get("q", "")[:TEXT_LAENGE]


def sortierung_aus(params) -> str:
    sortierung = params.get("sortierung", "relevanz")
    return sortierung if sortierung in SORTIERUNGEN else "relevanz"


def korrigieren_aus(filterset: AngebotFilter) -> bool:
    """Whether typos are corrected: unless she asked for her spelling (``genau``)."""
    return not (filterset.is_valid() and filterset.form.cleaned_data.get("genau"))


def verstehen_und_zaehlen(
    text: str, basis, sortierung: str, korrigieren: bool = True
) -> tuple[Suchanfrage, dict]:
    """The understood query and the counts with the facets; the first page's ids come along
    in the same statement (most searches are never paged)."""
    treffer, anfrage = suchen(text, basis, sortierung, korrigieren=korrigieren)
    # A text alone in all published offers: its postings rank it (facetten_zaehlen).
    posten = rang_aus_posten(anfrage) if alle_veroeffentlichten(basis) else None
    facetten = facetten_zaehlen(treffer, seite=(sortierung, PRO_SEITE), posten=posten)
    if anfrage.korrekturen and not facetten["gesamt"]:
        # A correction that finds no published offer would only tell of someone's draft.
        anfrage.unbekannt += list(anfrage.korrekturen)
        anfrage.korrekturen = {}
    if anfrage.erweiterungen and not facetten["gesamt"]:
        anfrage.unbekannt += [t for t in anfrage.erweiterungen if t not in anfrage.unbekannt]
        anfrage.erweiterungen = {}
    return anfrage, facetten
