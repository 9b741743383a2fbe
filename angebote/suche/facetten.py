"""Facet counts for the current result set, and its size: the hits' ids from one statement,
counted in memory against a facet index kept per search state.

Where the time went (bench/RESULTS.md, ``EXPLAIN ANALYZE`` at 100,000 offers on PostgreSQL):
not in finding the hits but in counting them. Splitting the facet keys of 92,000 hits
(``Angebot.facetten``, 520,000 keys) and grouping them took 150–330 ms, grouping them by
Träger with their names 50–110 ms, and reading the wide rows of the offers for their keys
most of the rest; the empty start page did all of that for every published offer.

So the keys are read once per search state (sozialraum/werkzeuge/datenstand.py), not per search: the **facet
index** (:class:`Facettenindex`) holds every offer's keys and Träger as numpy arrays (a few
MB at city scale), built from ``Angebot.facetten`` (kept current by suchindex.py; the same
keys on every database) once per state in each process. A search then needs
from the database only its hits' ids (one aggregated string) and its first page, in one
statement: counting them is a ``bincount`` over the index (a few milliseconds for 92,000
hits). The empty start page (all published offers, no filter) is counted from the index
alone. The first request after a change builds the index once (one pass over the offers).

A word typed alone in all published offers (the most common first search: „familie“) is
ranked by its postings alone (search.rang_aus_posten): the statement reads the postings, the
worker groups them per offer (search.punkte_je_angebot), and the index keeps the published
ones and breaks the ties (it holds each offer's date of last check). Joining 41,000 grouped
postings to the 92,000 published offers to read their status and date had taken more than
half of that statement, the grouping most of the rest.

The names come from the small tables, sorted by the database (count descending, then
name). Queries: one for the hits and the first page, one per facet for its objects, plus
building the index once per state; constant in the number of hits.

The link facets are the search's link filters (filters.VERKNUEPFUNGEN): a facet per filter,
of its name, over its link table, linking by the value the filter takes.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import numpy as np
from django.db import connections, models

from sozialraum.models import Jugendamt, Sozialraum, mehrere_jugendaemter
from sozialraum.werkzeuge.datenstand import aktueller_stand
from traeger.models import Traeger

from ..filters import VERKNUEPFUNGEN
from ..models import Angebot
from .search import Posten, punkte_je_angebot

GRENZEN = {"sprache": 12, "gebiet": 12, "traeger": 10, "jugendamt": 20}
# The facet keys as suchindex.facettenschluessel writes them (the facet index counts those).
VORSILBEN = (
    ("s:", "sprache"),
    ("k", "kategorie"),
    ("z", "zielgruppe"),
    ("g", "gebiet"),
    ("j", "jugendamt"),
)
# Facet → the model it counts: the link filters' models, then the areas and the Träger.
MODELLE: dict[str, type[models.Model]] = {
    **{name: filter_.queryset.model for name, filter_ in VERKNUEPFUNGEN.items()},
    "gebiet": Sozialraum,
    "jugendamt": Jugendamt,
    "traeger": Traeger,
}


# The search's sort orders (search.SORTIERUNGEN) over the columns of ``treffer``.
ORDNUNGEN = {
    "relevanz": "rang DESC, geprueft DESC NULLS LAST, id DESC",
    "name": "titel ASC, id ASC",
    "aktualitaet": "geprueft DESC NULLS LAST, id DESC",
}
# The columns each order reads from the hits besides ``id`` (in ``treffer``: the offer's
# field): only those, so that the hits kept for the top-N stay narrow (a common word's
# 38,000 hits with their titles spilled to a temporary file on PostgreSQL).
SORTIERSPALTEN = {
    "relevanz": {"rang": "rang", "geprueft": "zuletzt_geprueft"},
    "name": {"titel": "titel"},
    "aktualitaet": {"geprueft": "zuletzt_geprueft"},
}


def _sortierspalten(sortierung: str) -> dict[str, str]:
    return SORTIERSPALTEN.get(sortierung, SORTIERSPALTEN["relevanz"])


def _erste_seite(sortierung: str, anzahl: int) -> str:
    """The first page's ids with their place, sorted as the search sorts (top-N, then
    numbered): the result list needs no second pass over the hits."""
    ordnung = ORDNUNGEN.get(sortierung, ORDNUNGEN["relevanz"])
    spalten = ", ".join(["id", *_sortierspalten(sortierung)])
    return (
        f"SELECT 'seite', CAST(id AS TEXT), ROW_NUMBER() OVER (ORDER BY {ordnung}) FROM "
        f"(SELECT {spalten} FROM treffer ORDER BY {ordnung} LIMIT {int(anzahl)}) s"
    )


def _verketten(verbindung) -> str:
    """The database's aggregate that joins a column's values into one string."""
    return "string_agg" if verbindung.vendor == "postgresql" else "group_concat"


def _sql(verbindung, innen: str, seite: tuple[str, int] | None = None) -> str:
    """The hits' ids as one string, and the first page's ids with their place."""
    ids = f"{_verketten(verbindung)}(CAST(id AS TEXT), ' ')"
    teile = [f"SELECT 'ids', {ids}, CAST(NULL AS BIGINT) FROM treffer"]
    spalten = "id"
    if seite:
        teile.append(_erste_seite(*seite))
        spalten = ", ".join(["id", *_sortierspalten(seite[0])])
    materialisiert = "MATERIALIZED " if _materialisiert(verbindung) else ""
    return f"WITH treffer ({spalten}) AS {materialisiert}({innen}) " + " UNION ALL ".join(
        f"SELECT * FROM ({t}) f{i}" for i, t in enumerate(teile)
    )


def _materialisiert(verbindung) -> bool:
    if verbindung.vendor == "postgresql":
        return True
    if verbindung.vendor == "sqlite":
        return verbindung.Database.sqlite_version_info >= (3, 35)
    return False


def zahlen(text: str | None) -> np.ndarray:
    """The integers of ``text``, separated by spaces (an aggregated column): numpy's text
    parser, a sixth of the time of splitting the string and converting the parts (5 against
    30 ms for 91,000 numbers)."""
    return np.fromstring(text or "", dtype=np.int64, sep=" ")


def _schluessel_je_zeile(pks: np.ndarray, zeilen: list[str]):
    """The (offer, key number) pairs of the offers ``pks`` with the space-separated keys
    ``zeilen``, and the keys' names. Offers share their few combinations of keys (a city's
    offers: a fifth as many combinations as offers), so each distinct combination is split
    once and the pairs are gathered by numpy, not built key by key in Python."""
    position: dict[str, int] = {}
    welche = np.fromiter(
        (position.setdefault(z, len(position)) for z in zeilen), dtype=np.int64, count=len(zeilen)
    )
    nummern: dict[str, int] = {}
    je_kombination = [[nummern.setdefault(n, len(nummern)) for n in z.split()] for z in position]
    laengen = np.fromiter(map(len, je_kombination), dtype=np.int64, count=len(je_kombination))
    flach = np.fromiter(
        chain.from_iterable(je_kombination), dtype=np.int32, count=int(laengen.sum())
    )
    anfang = np.cumsum(laengen) - laengen  # of each combination in ``flach``
    anzahl = laengen[welche]  # keys per offer
    gesamt = int(anzahl.sum())
    # Per pair: its combination's start, plus its place within the offer's keys.
    versatz = np.repeat(anfang[welche] - (np.cumsum(anzahl) - anzahl), anzahl)
    schluessel = flach[versatz + np.arange(gesamt)] if gesamt else np.zeros(0, dtype=np.int32)
    angebot = np.repeat(pks, anzahl).astype(np.int32)
    return angebot, schluessel.astype(np.int32), list(nummern)


@dataclass
class Facettenindex:
    """Every offer's facet keys and Träger, as arrays (per search state, see above).

    ``angebot``/``schluessel``: one entry per (offer, key) pair, the key as its number in
    ``namen``; ``traeger``: per offer id, the number of its Träger in ``traeger_ids``
    (-1: no such offer); ``veroeffentlicht``: the published offers' ids; per offer id,
    ``offen``: whether it is published, ``geprueft``: when it was last checked (YYYYMMDD,
    0: never), for ranking a search's hits (:func:`erste_seite_im_speicher`).
    """

    namen: list[str]
    angebot: np.ndarray
    schluessel: np.ndarray
    traeger_ids: np.ndarray
    traeger: np.ndarray
    veroeffentlicht: np.ndarray
    offen: np.ndarray
    geprueft: np.ndarray

    @classmethod
    def bauen(cls, using: str) -> Facettenindex:
        """From one statement: every offer's id, Träger, keys and whether it is published,
        each as one aggregated string (the rows of one scan, in the same order in each
        aggregate), taken apart by C-level string methods and numpy. Row by row through a
        cursor, with a dict lookup per key, it took 420 instead of 230–280 ms on PostgreSQL
        and 370 instead of 130–170 ms on SQLite at 100,000 offers (567,000 keys); the
        strings and their parts need about 45 MB while it runs."""
        verbindung = connections[using]
        q = verbindung.ops.quote_name
        meta = Angebot._meta
        agg = _verketten(verbindung)
        pk = q(meta.pk.column)
        traeger = q(meta.get_field("traeger").column)
        status = q(meta.get_field("status").column)
        facetten = q(meta.get_field("facetten").column)
        geprueft = q(meta.get_field("zuletzt_geprueft").column)
        # The date of the last check as YYYYMMDD, 0 for never (SQLite keeps ISO text;
        # PostgreSQL's text of a date follows the server's DateStyle, so TO_CHAR).
        geprueft = (
            f"TO_CHAR({geprueft}, 'YYYYMMDD')"
            if verbindung.vendor == "postgresql"
            else f"REPLACE({geprueft}, '-', '')"
        )
        # Published as ``Angebot.objects.veroeffentlicht()`` filters (a test holds them equal).
        sql = (
            f"SELECT {agg}(CAST({pk} AS TEXT), ' '), {agg}(CAST({traeger} AS TEXT), ' '), "
            f"{agg}({facetten}, '|'), "
            f"{agg}(CASE WHEN {status} = %s THEN '1' ELSE '0' END, ''), "
            f"{agg}(COALESCE({geprueft}, '0'), ' ') "
            f"FROM {q(meta.db_table)}"
        )
        with verbindung.cursor() as cursor:
            cursor.execute(sql, [Angebot.Status.VEROEFFENTLICHT])
            ids, traeger, facetten, offen, geprueft = (wert or "" for wert in cursor.fetchone())
        pks = zahlen(ids)
        traeger = zahlen(traeger)
        geprueft = zahlen(geprueft)
        zeilen = facetten.split("|") if pks.size else []
        if not (len(pks) == len(traeger) == len(zeilen) == len(offen) == len(geprueft)):
            raise RuntimeError("Facettenindex: die Spalten haben verschieden viele Zeilen.")
        angebot, schluessel, namen = _schluessel_je_zeile(pks, zeilen)
        ist_offen = np.frombuffer(offen.encode("ascii"), dtype=np.uint8) == ord("1")
        traeger_ids, traeger_nummer = np.unique(traeger, return_inverse=True)
        groesse = int(pks.max()) + 1 if len(pks) else 1
        je_angebot = np.full(groesse, -1, dtype=np.int32)
        je_angebot[pks] = traeger_nummer
        offen_je_angebot = np.zeros(groesse, dtype=bool)
        offen_je_angebot[pks] = ist_offen
        geprueft_je_angebot = np.zeros(groesse, dtype=np.int64)
        geprueft_je_angebot[pks] = geprueft
        return cls(
            namen=namen,
            angebot=angebot,
            schluessel=schluessel,
            traeger_ids=traeger_ids,
            traeger=je_angebot,
            veroeffentlicht=pks[ist_offen],
            offen=offen_je_angebot,
            geprueft=geprueft_je_angebot,
        )

    def veroeffentlichte(self, ids: np.ndarray, *werte: np.ndarray):
        """Of ``ids`` (and their ``werte``, element by element) the published offers'."""
        behalten = np.zeros(len(ids), dtype=bool)
        bekannt = ids < len(self.offen)
        behalten[bekannt] = self.offen[ids[bekannt]]
        return (ids[behalten], *(w[behalten] for w in werte))

    def zaehlen(self, treffer_ids: np.ndarray) -> tuple[dict[str, int], dict[int, int]]:
        """Per facet key and per Träger id: how many of ``treffer_ids`` have it."""
        groesse = len(self.traeger)
        treffer_ids = treffer_ids[treffer_ids < groesse]
        maske = np.zeros(groesse, dtype=bool)
        maske[treffer_ids] = True
        je_schluessel = np.bincount(self.schluessel[maske[self.angebot]], minlength=len(self.namen))
        schluessel = {self.namen[i]: int(je_schluessel[i]) for i in np.flatnonzero(je_schluessel)}
        nummern = self.traeger[treffer_ids]
        je_traeger = np.bincount(nummern[nummern >= 0], minlength=len(self.traeger_ids))
        # Only what the list shows: the Träger with at least the 10th-largest count (ties
        # included, the database orders them by name).
        grenze = GRENZEN["traeger"]
        if len(je_traeger) > grenze:
            mindestens = max(int(np.partition(je_traeger, -grenze)[-grenze]), 1)
        else:
            mindestens = 1
        oben = np.flatnonzero(je_traeger >= mindestens)
        traeger = {int(self.traeger_ids[i]): int(je_traeger[i]) for i in oben}
        return schluessel, traeger


# Each process keeps the index of the newest search state it has seen (a few MB at city
# scale). Not in the shared cache: writing 6 MB into the database cache took longer than
# building the index (measured: 0.6 s against 0.3–0.7 s on the loaded 2-core machine).
_im_prozess: dict[str, Facettenindex] = {}


def facettenindex(using: str = "default") -> Facettenindex:
    """The facet index of the current search state, built on first use in this process."""
    stand = aktueller_stand(using)
    index = _im_prozess.get(stand)
    if index is None:
        index = Facettenindex.bauen(using)  # read after the state: at least as new
        _im_prozess.clear()
        _im_prozess[stand] = index
    return index


def alle_veroeffentlichten(treffer) -> bool:
    """Whether ``treffer`` are all published offers (the start page without input)."""

    def sql(qs):
        return qs.order_by().values_list("pk").query.sql_with_params()

    return sql(treffer) == sql(Angebot.objects.using(treffer.db).veroeffentlicht())


# The orders the index can rank in (it holds no titles).
IM_SPEICHER = ("relevanz", "aktualitaet")


def _posten_lesen(verbindung, posten: Posten) -> tuple[np.ndarray, np.ndarray]:
    """The offers holding a term and its points there (search.rang_aus_posten), as arrays:
    the postings read one by one (offer; code and fields as one number) and grouped here
    (search.punkte_je_angebot). Grouping the 88,000 postings of „familie“ per offer took
    PostgreSQL 75 ms, reading them 30; „Krabbelgruppe“'s 91,000, sorted on disk and
    filtered for the phrase, 180 ms."""
    agg = _verketten(verbindung)
    with verbindung.cursor() as cursor:
        cursor.execute(
            f"SELECT {agg}(CAST(angebot_id AS TEXT), ' '), "
            f"{agg}(CAST(code * 32 + felder AS TEXT), ' ') FROM ({posten.innen}) AS p",
            posten.params,
        )
        ids, werte = (wert or "" for wert in cursor.fetchone())
    werte = zahlen(werte)
    return punkte_je_angebot(zahlen(ids), werte & 31, werte >> 5, posten.ganz)


def erste_seite_im_speicher(
    index: Facettenindex, ids: np.ndarray, punkte: np.ndarray, sortierung: str, anzahl: int
) -> list[int]:
    """The first ``anzahl`` of the published hits ``ids`` with their ``punkte`` (the rank)
    in the order of ``sortierung`` (``ORDNUNGEN``: the rank, then the last check, never
    checked last, then the newest entry), ranked in the index."""
    if sortierung == "relevanz" and len(ids) > anzahl:
        # Only the hits with at least the anzahl-th highest rank can be on the page.
        oben = punkte >= np.partition(punkte, -anzahl)[-anzahl]
        ids, punkte = ids[oben], punkte[oben]
    schluessel = [-ids, -index.geprueft[ids]]
    if sortierung == "relevanz":
        schluessel.append(-punkte)
    reihe = np.lexsort(schluessel)  # the last key first
    return [int(i) for i in ids[reihe[:anzahl]]]


def _sortiert(queryset, zaehler: dict, grenze: int | None = None) -> list:
    """The objects with ``n``: count descending, then name as the database sorts names.

    The database orders by name (its collation: umlauts where a German reader expects
    them); Python's stable sort by count keeps that order among equal counts. The same
    order as ``ORDER BY n DESC, name`` without sending every count into the query as a
    ``CASE`` (which cost more than the counting for the 120 Sozialräume of a city).
    """
    if not zaehler:
        return []
    objekte = list(queryset.filter(pk__in=list(zaehler)).order_by("name", "pk"))
    for obj in objekte:
        obj.n = zaehler[obj.pk]
    objekte.sort(key=lambda obj: -obj.n)
    return objekte[:grenze] if grenze else objekte


def _schluessel(facette: str, text: str):
    """A counted key as the facet's model has it: a number, or text (Sprache: its code)."""
    return int(text) if isinstance(MODELLE[facette]._meta.pk, models.IntegerField) else text


def facetten_zaehlen(
    treffer, seite: tuple[str, int] | None = None, posten: Posten | None = None
) -> dict:
    """``{"gesamt": int, "kategorie": [...], "zielgruppe": …, "sprache", "gebiet", "traeger"}``.

    ``seite=(sortierung, n)``: also the ids of the first ``n`` hits in that order, as
    ``"erste_seite": {"sortierung": …, "ids": […]}``, from the same statement as the hits
    (``treffer`` from ``search.suchen``, which annotates ``rang``).

    ``posten``: the hits are the published offers among those of this term's postings,
    ranked by their points (``search.rang_aus_posten``, for a search in all published
    offers): the postings are read without the offers, which the index stands in for.
    """
    verbindung = connections[treffer.db]
    index = facettenindex(treffer.db)
    erste: dict[int, int] = {}
    if alle_veroeffentlichten(treffer):
        ids = index.veroeffentlicht
        if seite:
            erste = dict(enumerate(treffer.values_list("pk", flat=True)[: seite[1]]))
    elif posten is not None and (not seite or seite[0] in IM_SPEICHER):
        ids, punkte = index.veroeffentlichte(*_posten_lesen(verbindung, posten))
        if seite:
            erste = dict(enumerate(erste_seite_im_speicher(index, ids, punkte, *seite)))
    else:
        spalten = ["pk"]
        if seite:
            spalten += list(_sortierspalten(seite[0]).values())
        innen, params = treffer.order_by().values_list(*spalten).query.sql_with_params()
        ids = np.zeros(0, dtype=np.int64)
        with verbindung.cursor() as cursor:
            cursor.execute(_sql(verbindung, innen, seite), params)
            for art, wert, n in cursor.fetchall():
                if art == "ids":
                    ids = zahlen(wert)
                else:
                    erste[n] = int(wert)
    gezaehlt, traeger = index.zaehlen(ids)
    zaehler: dict[str, dict] = {facette: {} for facette in MODELLE}
    for name, n in gezaehlt.items():
        for vorsilbe, facette in VORSILBEN:
            if name.startswith(vorsilbe):
                zaehler[facette][_schluessel(facette, name[len(vorsilbe) :])] = n
                break
    # The Jugendamt facet only where there are several (Berlin's Bezirke, a Land).
    mehrere = mehrere_jugendaemter()
    # Only what the facet lists show: no boundaries, no descriptions; the link facets with
    # the value their filter takes (?kategorie=<slug>, ?sprache=<code>).
    ergebnis = {"gesamt": len(ids)}
    for name, filter_ in VERKNUEPFUNGEN.items():
        objekte = MODELLE[name]._default_manager.only("name", filter_.wertfeld)
        ergebnis[name] = _sortiert(objekte, zaehler[name], GRENZEN.get(name))
    ergebnis["gebiet"] = _sortiert(
        Sozialraum.objects.only("name", "schluessel"), zaehler["gebiet"], GRENZEN["gebiet"]
    )
    ergebnis["jugendamt"] = (
        _sortiert(
            Jugendamt.objects.only("name", "schluessel"),
            zaehler["jugendamt"],
            GRENZEN["jugendamt"],
        )
        if mehrere
        else []
    )
    ergebnis["traeger"] = _sortiert(Traeger.objects.only("name"), traeger, GRENZEN["traeger"])
    if seite:
        ergebnis["erste_seite"] = {"sortierung": seite[0], "ids": [erste[i] for i in sorted(erste)]}
    return ergebnis
