"""Resources found by the offers' search ("Raum für Gruppe" finds a school's rooms).

Why not the offers' own search engine (angebote/suche/search.py)? It finds offers through
their word index (FTS5 / tsvector over ``Suchwort``, the vocabulary of the *offers*): a word
that only a Ressource holds ("Turnhalle") is not in that vocabulary, and a second index with
triggers and a vocabulary for a few hundred entries per city would be a second search engine.
So the entries keep one column of whole words instead, and the query is understood with the
offer search's own parts, so that both searches read words the same way:

* ``normalisieren``/``woerter`` (sozialraum/werkzeuge/suchtext.py) fold case, umlauts, ß;
* ``STOPPWOERTER`` (search.py) drop "für", "mit" …;
* ``woerterbuch.formen`` accepts the same inflected forms ("Gruppe" – "Gruppen", "Raum" –
  "Räume");
* ``woerterbuch.zerlegen`` splits the entries' compounds at real word boundaries when they
  are saved ("Gruppenraum" holds "gruppe" and "raum"; "besucht" never holds "sucht"; the
  column is written by ``models.raumwissen.suchwoerter_fuer``);
* the thesaurus (thesaurus.laden, the Jugendamt's curated groups) adds a word's synonyms.

An entry matches when each query word (or one of its forms or synonyms) is one of its words.
The words are compared in Python, as sets: a query word stands for a hundred forms and
synonyms ("Zirkus": "circus", "jugendzirkus" and their endings), and a ``LIKE`` per form over
every entry cost 40–60 ms at 1,200 entries (bench/RESULTS.md, round 6), reading the entries'
ids and words and comparing sets about 4 ms. Queries: the thesaurus (one, as the offer
search reads it) and the ids and words of the entries in question, whatever the number of
hits.
"""

from __future__ import annotations

from django.db.models import QuerySet

from angebote.suche import thesaurus as thesaurus_modul
from angebote.suche.search import STOPPWOERTER
from angebote.suche.woerterbuch import formen
from sozialraum.werkzeuge.suchtext import woerter

MAX_WOERTER = 6
MAX_TREFFER = 10


def _begriffe(text: str, thes) -> list[set[str]]:
    """Per query word, the words an entry may hold for it: its forms and its synonyms'."""
    begriffe = []
    for wort in woerter(text)[: MAX_WOERTER * 2]:
        if wort in STOPPWOERTER or len(wort) < 2:
            continue
        erlaubt = set(formen(wort))
        for synonym in thes.gruppe(wort):
            if " " not in synonym:
                erlaubt |= formen(synonym)
        begriffe.append(erlaubt)
    return begriffe[:MAX_WOERTER]


def passende_ids(eintraege: QuerySet, text: str) -> list[int]:
    """The ids of those of ``eintraege`` holding every query word (one of its forms or
    synonyms) as one of their words; none if the query has no words."""
    begriffe = _begriffe(text, thesaurus_modul.laden())
    if not begriffe:
        return []
    ids = []
    for pk, spalte in eintraege.order_by().values_list("pk", "suchwoerter"):
        worte = set(spalte.split())
        if all(not erlaubt.isdisjoint(worte) for erlaubt in begriffe):
            ids.append(pk)
    return ids
