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
Whole words are found by ``contains`` on the space-delimited, normalised column, which is
plain ASCII, so SQLite's case rules do not matter. Queries: the thesaurus (one, as the offer
search reads it) and the entries (one, with what a row shows), whatever the number of hits.
"""

from __future__ import annotations

from django.db.models import Q

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


def bedingung(text: str) -> Q | None:
    """The condition "every query word is one of the entry's words", or None (no words)."""
    begriffe = _begriffe(text, thesaurus_modul.laden())
    if not begriffe:
        return None
    gesamt = Q()
    for erlaubt in begriffe:
        eines = Q()
        for form in sorted(erlaubt):
            eines |= Q(suchwoerter__contains=f" {form} ")
        gesamt &= eines
    return gesamt
