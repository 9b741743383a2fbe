"""The search of offers: one entry point for HTML views, admin, benchmarks and tests.

Design (identical on SQLite and PostgreSQL, so one parametrised test suite covers both):

* Every Angebot carries ``suchtitel`` and ``suchtext``: title, description, Träger and
  Einrichtung names and addresses, Kategorien, Zielgruppen, Sprachen and area names,
  normalised by :func:`sozialraum.werkzeuge.suchtext.normalisieren` (lower case, ä/ae→a, ß→ss …).
* A query is normalised the same way; each word is lightly stemmed and must occur as a
  substring. Substrings find compounds ("hausaufgaben" → "Hausaufgabenhilfe") and
  inflections ("Familie" ↔ "Familien").
* Wortindex: a query word contains no space, so it occurs in a search text exactly when one
  of the text's words contains it. The word is therefore expanded to the vocabulary words
  (:class:`Suchwort`, a few ten thousand short strings) that contain it, and offers holding
  one of those words are found in an index of whole words (migration ``0005_wortindex``:
  a GIN index over ``to_tsvector('simple', suchtext)`` on PostgreSQL, an FTS5 table on
  SQLite). Same results as ``suchtext LIKE '%wort%'``, without reading every search text.
  A very short word with more than ``MAX_ERWEITERUNG`` expansions falls back to ``LIKE``.
* A word that occurs nowhere is corrected against the vocabulary (:class:`Suchwort`, every
  word of every search text) by trigram similarity, computed the same way as pg_trgm's
  ``similarity()``: "Hausaufgabenhife" → "hausaufgabenhilfe".
* Ranking: a word in the title counts more than one elsewhere; ties by title.

The number of queries is constant in the number of results: one per query word for the
vocabulary expansion (plus one for a correction), then the result query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import (
    BooleanField,
    Case,
    Expression,
    F,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from sozialraum.werkzeuge.suchtext import stamm, woerter

from ..models import Angebot, Suchwort

STOPPWOERTER = {
    "und",
    "oder",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einen",
    "fur",
    "mit",
    "von",
    "im",
    "in",
    "am",
    "an",
    "zu",
    "zum",
    "zur",
    "auf",
    "bei",
    "fuer",
    "nach",
}
MIN_AEHNLICHKEIT = 0.4
# More vocabulary words than this for one query word (a two-letter word, say): use LIKE.
MAX_ERWEITERUNG = 2000


@dataclass
class Suchanfrage:
    text: str = ""
    begriffe: list[str] = field(default_factory=list)
    korrekturen: dict[str, str] = field(default_factory=dict)
    unbekannt: list[str] = field(default_factory=list)
    # Per search term the vocabulary words containing it (None: too many, use LIKE).
    erweiterungen: dict[str, list[str] | None] = field(default_factory=dict)


def trigramme(wort: str) -> set[str]:
    """pg_trgm's trigrams of one word: padded with two spaces before and one after."""
    gepolstert = f"  {wort} "
    return {gepolstert[i : i + 3] for i in range(len(gepolstert) - 2)}


def aehnlichkeit(a: str, b: str) -> float:
    ta, tb = trigramme(a), trigramme(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def korrektur(begriff: str) -> str | None:
    """The vocabulary word most similar to ``begriff`` (a word that occurs nowhere)."""
    innere = [t.strip() for t in trigramme(begriff) if " " not in t]
    if not innere:
        return None
    bedingung = Q()
    for t in innere:
        bedingung |= Q(wort__contains=t)
    kandidaten = Suchwort.objects.filter(bedingung).values_list("wort", flat=True)[:5000]
    bestes, beste = None, MIN_AEHNLICHKEIT
    for wort in kandidaten:
        wert = aehnlichkeit(begriff, wort)
        if wert > beste or (wert == beste and bestes is not None and wort < bestes):
            bestes, beste = wort, wert
    return bestes


def anfrage_verstehen(text: str) -> Suchanfrage:
    """Split, normalise and stem the query; correct words that occur nowhere."""
    anfrage = Suchanfrage(text=text.strip())
    for wort in woerter(text)[:10]:
        if wort in STOPPWOERTER or len(wort) < 2:
            continue
        begriff = stamm(wort)
        if begriff in anfrage.begriffe:
            continue
        erweiterung = erweitern(begriff)
        if not erweiterung:
            ersatz = korrektur(wort)
            if ersatz is None:
                anfrage.unbekannt.append(wort)
            else:
                anfrage.korrekturen[wort] = ersatz
                begriff = ersatz
                erweiterung = erweitern(begriff)
        anfrage.begriffe.append(begriff)
        anfrage.erweiterungen[begriff] = erweiterung
    return anfrage


def erweitern(begriff: str) -> list[str] | None:
    """The vocabulary words containing ``begriff`` (None: more than MAX_ERWEITERUNG)."""
    gefunden = list(
        Suchwort.objects.filter(wort__contains=begriff).values_list("wort", flat=True)[
            : MAX_ERWEITERUNG + 1
        ]
    )
    return None if len(gefunden) > MAX_ERWEITERUNG else gefunden


def _fts5_tabelle(connection) -> bool:
    """Whether SQLite has the FTS5 word index of migration 0005 (checked once per connection)."""
    vorhanden = getattr(connection, "_angebote_wortindex", None)
    if vorhanden is None:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'angebote_wortindex'"
            )
            vorhanden = cursor.fetchone() is not None
        connection._angebote_wortindex = vorhanden
    return vorhanden


class EnthaeltWort(Expression):
    """True for offers whose search text holds one of ``woerter`` as a whole word.

    PostgreSQL: ``to_tsvector('simple', suchtext) @@ 'w1 | w2 | …'`` (served by the GIN
    index ``angebote_suchtext_woerter``); SQLite: ``id IN`` the FTS5 word index. Without either,
    ``suchtext LIKE '%begriff%'`` (identical results; see the module docstring).
    """

    output_field = BooleanField()
    conditional = True

    def __init__(self, begriff: str, woerter: list[str]):
        super().__init__()
        self.begriff = begriff
        self.woerter = woerter
        self.suchtext = F("suchtext")
        self.pk = F("pk")

    def get_source_expressions(self):
        return [self.suchtext, self.pk]

    def set_source_expressions(self, exprs):
        self.suchtext, self.pk = exprs

    def _like(self, compiler, connection):
        sql, params = compiler.compile(self.suchtext)
        muster = "%" + connection.ops.prep_for_like_query(self.begriff) + "%"
        return f"{sql} LIKE %s ESCAPE '\\'", [*params, muster]

    def as_sql(self, compiler, connection):
        return self._like(compiler, connection)

    def as_postgresql(self, compiler, connection):
        if not self.woerter:
            return "1 = 0", []
        sql, params = compiler.compile(self.suchtext)
        # Vocabulary words are [0-9a-z]+ (normalised), so they need no quoting in a tsquery.
        return (
            f"to_tsvector('simple'::regconfig, {sql}) @@ to_tsquery('simple'::regconfig, %s)",
            [*params, " | ".join(self.woerter)],
        )

    def as_sqlite(self, compiler, connection):
        if not _fts5_tabelle(connection):
            return self._like(compiler, connection)
        if not self.woerter:
            return "1 = 0", []
        sql, params = compiler.compile(self.pk)
        # Each word quoted: FTS5 reads bare words such as "not" or "near" as operators.
        ausdruck = " OR ".join(f'"{w}"' for w in self.woerter)
        return (
            f"{sql} IN (SELECT rowid FROM angebote_wortindex WHERE angebote_wortindex MATCH %s)",
            [*params, ausdruck],
        )


def text_filtern(queryset: QuerySet[Angebot], anfrage: Suchanfrage) -> QuerySet[Angebot]:
    for begriff in anfrage.begriffe:
        woerter = anfrage.erweiterungen.get(begriff)
        if woerter is None:
            queryset = queryset.filter(suchtext__contains=begriff)
        else:
            queryset = queryset.filter(EnthaeltWort(begriff, woerter))
    if not anfrage.begriffe:
        return queryset.annotate(rang=Value(0, output_field=IntegerField()))
    punkte = [
        Case(
            When(suchtitel__startswith=begriff, then=Value(12)),
            When(suchtitel__contains=f" {begriff}", then=Value(10)),
            When(suchtitel__contains=begriff, then=Value(8)),
            default=Value(1),
            output_field=IntegerField(),
        )
        for begriff in anfrage.begriffe
    ]
    rang = punkte[0]
    for p in punkte[1:]:
        rang = rang + p
    return queryset.annotate(rang=Coalesce(rang, Value(0)))


SORTIERUNGEN = {
    "relevanz": ("-rang", "titel", "pk"),
    "name": ("titel", "pk"),
    "aktualitaet": ("-zuletzt_geprueft", "titel", "pk"),
}


def suchen(
    text: str = "",
    queryset: QuerySet[Angebot] | None = None,
    sortierung: str = "relevanz",
    anfrage: Suchanfrage | None = None,
) -> tuple[QuerySet[Angebot], Suchanfrage]:
    """Published offers matching ``text`` (already filtered ``queryset`` if given), sorted.

    ``anfrage``: ``text`` as understood before (kept by trefferspeicher.py), not again.
    """
    if queryset is None:
        queryset = Angebot.objects.veroeffentlicht()
    if anfrage is None:
        anfrage = anfrage_verstehen(text)
    treffer = text_filtern(queryset, anfrage)
    if sortierung == "aktualitaet":
        return treffer.order_by(F("zuletzt_geprueft").desc(nulls_last=True), "titel", "pk"), anfrage
    return treffer.order_by(*SORTIERUNGEN.get(sortierung, SORTIERUNGEN["relevanz"])), anfrage
