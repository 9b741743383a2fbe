"""The search of offers: one entry point for HTML views, admin, benchmarks and tests.

Design (identical on SQLite and PostgreSQL, so one parametrised test suite covers both):

* Every Angebot carries ``suchtitel`` and ``suchtext``: title, description, Träger and
  Einrichtung names and addresses, Kategorien, Zielgruppen, Sprachen and area names,
  normalised by :func:`sozialraum.suchtext.normalisieren` (lower case, ä/ae→a, ß→ss …).
* A query is normalised the same way; each word is lightly stemmed and must occur as a
  substring. Substrings find compounds ("hausaufgaben" → "Hausaufgabenhilfe") and
  inflections ("Familie" ↔ "Familien"). On PostgreSQL a GIN trigram index (pg_trgm)
  serves these ``LIKE '%…%'`` filters.
* A word that occurs nowhere is corrected against the vocabulary (:class:`Suchwort`, every
  word of every search text) by trigram similarity, computed the same way as pg_trgm's
  ``similarity()``: "Hausaufgabenhife" → "hausaufgabenhilfe".
* Ranking: a word in the title counts more than one elsewhere; ties by title.

The number of queries is constant in the number of results: one per query word for the
vocabulary check (plus one for a correction), then the result query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce

from sozialraum.suchtext import stamm, woerter

from .models import Angebot, Suchwort

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


@dataclass
class Suchanfrage:
    text: str = ""
    begriffe: list[str] = field(default_factory=list)
    korrekturen: dict[str, str] = field(default_factory=dict)
    unbekannt: list[str] = field(default_factory=list)


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
        if not Suchwort.objects.filter(wort__contains=begriff).exists():
            ersatz = korrektur(wort)
            if ersatz is None:
                anfrage.unbekannt.append(wort)
            else:
                anfrage.korrekturen[wort] = ersatz
                begriff = ersatz
        anfrage.begriffe.append(begriff)
    return anfrage


def text_filtern(queryset: QuerySet[Angebot], anfrage: Suchanfrage) -> QuerySet[Angebot]:
    for begriff in anfrage.begriffe:
        queryset = queryset.filter(suchtext__contains=begriff)
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
) -> tuple[QuerySet[Angebot], Suchanfrage]:
    """Published offers matching ``text`` (already filtered ``queryset`` if given), sorted."""
    if queryset is None:
        queryset = Angebot.objects.veroeffentlicht()
    anfrage = anfrage_verstehen(text)
    treffer = text_filtern(queryset, anfrage)
    if sortierung == "aktualitaet":
        return treffer.order_by(F("zuletzt_geprueft").desc(nulls_last=True), "titel", "pk"), anfrage
    return treffer.order_by(*SORTIERUNGEN.get(sortierung, SORTIERUNGEN["relevanz"])), anfrage
