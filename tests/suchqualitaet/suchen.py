"""The searches the cases are run through: the registry's own and its two peers.

Each takes the query as typed and returns the pks of the published offers found, in the
order shown.
"""

from django.db import connection
from django.db.models import F, Q


def register(text: str) -> list[int]:
    """The registry's search as the start page runs it: the search form (angebote/suche/
    eingang.py ``gefiltert``) over ``q`` alone, then ``suchen`` sorted by relevance. The
    page shows its first page and count as computed with the facets (a word alone is ranked
    from its postings there, facetten.py): held equal to the search's here, for every case."""
    from angebote.suche.eingang import PRO_SEITE, gefiltert, suchtext, verstehen_und_zaehlen
    from angebote.suche.search import suchen

    filterset, basis = gefiltert({"q": text})
    text = suchtext(filterset) if filterset.is_valid() else text
    treffer, _anfrage = suchen(text, basis, "relevanz")
    gefunden = list(treffer.values_list("pk", flat=True))
    _anfrage, facetten = verstehen_und_zaehlen(text, basis, "relevanz")
    seite = facetten["erste_seite"]["ids"]
    if seite != gefunden[:PRO_SEITE] or facetten["gesamt"] != len(gefunden):
        raise AssertionError(
            f"„{text}“: die erste Seite der Facetten ({facetten['gesamt']}: {seite}) ist nicht "
            f"die der Suche ({len(gefunden)}: {gefunden[:PRO_SEITE]})"
        )
    return gefunden


def naiv(text: str) -> list[int]:
    """A plain Django search (bench/urls.py): every word ``icontains`` title, description or
    Träger name; ordered by title."""
    from angebote.models import Angebot

    qs = Angebot.objects.veroeffentlicht()
    for wort in text.split():
        qs = qs.filter(
            Q(titel__icontains=wort)
            | Q(beschreibung__icontains=wort)
            | Q(traeger__name__icontains=wort)
        )
    return list(qs.order_by("titel", "pk").values_list("pk", flat=True))


def volltext(text: str) -> list[int]:
    """PostgreSQL's German full-text search over title and description, ranked by SearchRank
    (PostgreSQL only)."""
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    from angebote.models import Angebot

    vektor = SearchVector("titel", "beschreibung", config="german")
    anfrage = SearchQuery(text, config="german", search_type="websearch")
    qs = (
        Angebot.objects.veroeffentlicht()
        .annotate(dokument=vektor, rang=SearchRank(vektor, anfrage))
        .filter(dokument=anfrage)
        .order_by(F("rang").desc(), "pk")
    )
    return list(qs.values_list("pk", flat=True))


def suchen_je_name() -> dict:
    """The searches to compare on the current database (full text only on PostgreSQL)."""
    suchen = {"register": register}
    if connection.vendor == "postgresql":
        suchen["volltext"] = volltext
    suchen["naiv"] = naiv
    return suchen
