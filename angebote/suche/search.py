"""The search of offers: one entry point for HTML views, API, exports, benchmarks and tests.

Design (identical on SQLite and PostgreSQL, so one parametrised test suite covers both):

* **Four fields.** Every Angebot carries its words in four normalised columns, weighted in
  this order: ``suchtitel`` (the title), ``suchschlagworte`` (Kategorien and Zielgruppen),
  ``suchtext`` (description and notes), ``suchnamen`` (Träger and Einrichtungen). Addresses,
  phone numbers, languages and areas are not free text: they are filters and facets
  (suchindex.py builds the columns; ``sozialraum.werkzeuge.suchtext.normalisieren`` folds
  case, umlauts and ß).
* **Whole words.** A query word finds the vocabulary words (:class:`Suchwort`, every word of
  every offer) that are the word or one of its forms (woerterbuch.formen: "Familie" →
  "familien"), and the compounds that have it as a part at a real word boundary
  (:class:`Wortteil`, from the German dictionary: "Sucht" → "drogensucht",
  "suchtberatung", never "besucht"). A compound query word is also split: "Hausaufgabenhilfe"
  finds "Hausaufgabenbetreuung" through its parts and the thesaurus; a compound the
  vocabulary holds also finds its parts as separate words, ranked below the word itself
  ("Deutschkurs": "Deutsch im Alltag", described as "ein Kurs").
* **The thesaurus** (thesaurus.py): a word or phrase of a Synonymgruppe also finds the
  offers holding the group's other terms, and those of the groups under it (its
  ``oberbegriff``: "Kampfsport" finds "Judo", not the other way).
* **Postings.** Offers holding one of a set of vocabulary words are found in the postings
  (:class:`Vorkommen`: word, offer, the fields holding it as bits; suchindex.py keeps them):
  per term one grouped read of its words' postings (an index-only scan), joined to the
  offers as a CTE (django-cte) with the term's points. The same SQL on both databases;
  a common word's 38,000 offers are ranked without reading the offers' texts.
* **Ranking.** Per query term and field: the field's weight (title 8, or 6 for the words of
  the place a title ends with, keywords 4, text 2, names 1: ``FELDGEWICHTE``) × how the term was found
  there (the word itself, a form or a compound holding it 3, a synonym or the parts
  apart 1), summed; with several words typed apart, each term's
  points times its rarity (``_gewichte``: the log of all offers ÷ offers holding it,
  as BM25's IDF), so "Sport" outweighs "Kinder" in "Sport für Kinder". Ties: the most
  recently checked first, then the newest entry.
* **Corrections.** A word found nowhere is corrected to the closest vocabulary word when it
  is close enough for its length (one edit up to 7 letters, two from 8), and the correction
  is stated; a word found only through its parts or synonyms while a close word exists gets
  the correction offered ("Meinten Sie …?"), its own results shown.
* **Found nowhere.** A term no offer holds (after corrections and splitting) is searched as
  the preferred term of its broader group in the thesaurus ("Suchtberatung" → "Sucht"), else
  as the words of its family ("Pädagogik" → "pädagogisch", "Pädagogin"); a compound whose
  parts no offer holds together, as its first part ("Mädchensport" → "Mädchen"). A query
  whose terms no published offer holds all together finds the offers holding some, the
  rarer terms weighing more (``teilweise``). The page says so, with the way back to the
  exact search (``genau``: her spelling, every term).

Queries: the thesaurus, the vocabulary (forms and parts of every word in one go each), a
correction's candidates where needed, then the result query: constant in the number of
results.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import NamedTuple

import numpy as np
from django.db import connections, router
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    F,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Length, Lower
from django.db.models.lookups import IsNull
from django.db.models.sql.constants import INNER, LOUTER
from django_cte import CTE, with_cte
from django_cte.raw import raw_cte_sql
from rapidfuzz.distance import DamerauLevenshtein

from sozialraum.werkzeuge.datenstand import behalten
from sozialraum.werkzeuge.suchtext import normalisieren
from sozialraum.werkzeuge.suchtext import stamm as wortstamm
from sozialraum.werkzeuge.suchtext import woerter as woerter_von

from ..models import FELD_BITS, FELDGEWICHTE, ORT_IM_TITEL, Angebot, Suchwort, Vorkommen, Wortteil
from ..models.synonyme import MAX_TIEFE
from . import thesaurus as thesaurus_modul
from .altershinweis import alter_im_text, altersangaben
from .woerterbuch import (
    ANGEBOTSWOERTER,
    FUGEN,
    STOPPWOERTER,
    formen,
    ist_wort,
    ohne_artikel,
    verbalnomen,
    verbformen,
    zerlegung,
)

# The fields of the rank, each as its bits with their weights: the title and the place it
# names are one field (a word holds one of the two bits): a phrase of the thesaurus split
# between them ("Erziehungs- und Familienberatung in der Städtischen Erziehungs- und
# Familienberatungsstelle") counts once, as it would all in the title.
FELDER = (
    (
        (FELD_BITS["suchtitel"], FELDGEWICHTE[FELD_BITS["suchtitel"]]),
        (ORT_IM_TITEL, FELDGEWICHTE[ORT_IM_TITEL]),
    ),
    *(
        ((bit, gewicht),)
        for bit, gewicht in FELDGEWICHTE.items()
        if bit not in (FELD_BITS["suchtitel"], ORT_IM_TITEL)
    ),
)
# Where the words of a phrase of the thesaurus count only together (see _posten): in the
# title (with the place it names) or in the description.
PHRASENFELDER = (FELD_BITS["suchtitel"], ORT_IM_TITEL, FELD_BITS["suchtext"])
# How a term was found: the word itself or a form, a compound holding it, a synonym, a
# compound query word's parts as separate words ("Deutschkurs": "Deutsch", "Kurs").
GENAU, TEIL, SYNONYM, GETRENNT = 3, 2, 1, 0
# What each counts in the rank: a compound holding the word counts as the word itself
# ("Hebammensprechstunde" for "Hebamme"); a synonym and the parts apart less.
GEWICHT = {GENAU: 3, TEIL: 3, SYNONYM: 1, GETRENNT: 1}
# Correction: at most this many edits (Damerau-Levenshtein) for a word of up to n letters.
MAX_EDITS = ((4, 0), (7, 1))
MAX_EDITS_LANG = 2
# A correction is offered beside the query's own results from this length on.
MIN_ANGEBOT = 6
MAX_WOERTER = 10
# For the query's words together, in her order, in the title.
PHRASE = 24
# More vocabulary words than this for one set (a very common part): the most are kept.
MAX_MENGE = 3000
# More distinct sets than this in one term's alternatives: the later alternatives are left
# out (a posting's sets are bits of a 64-bit integer, above 4 bits of weight; facetten.py
# reads them shifted by 5 more bits, for the fields).
MAX_MENGEN = 54


@dataclass
class Alternative:
    """One way a term is found: all of ``mengen`` (each a set of vocabulary words, one of
    which an offer must hold), found as ``klasse`` (GENAU, TEIL, SYNONYM, GETRENNT)."""

    klasse: int
    mengen: list[list[str]]
    # Per set: how many postings its words have (Suchwort.anzahl), set when the query is
    # understood; empty: unknown (the sets' sizes in words stand in).
    umfang: tuple[int, ...] = ()

    def kleinste(self) -> list[str]:
        """The set that narrows the offers most: the fewest postings."""
        if len(self.umfang) != len(self.mengen):
            return min(self.mengen, key=len)
        return min(zip(self.umfang, self.mengen, strict=True), key=lambda p: p[0])[1]


@dataclass
class Begriff:
    """A term of the query (a word, or a phrase of the thesaurus) and its alternatives."""

    text: str
    alternativen: list[Alternative] = field(default_factory=list)
    synonyme: list[str] = field(default_factory=list)

    @property
    def gefunden(self) -> bool:
        return bool(self.alternativen)

    @property
    def genau(self) -> bool:
        return any(a.klasse == GENAU for a in self.alternativen)


@dataclass
class Suchanfrage:
    text: str = ""
    begriffe: list[Begriff] = field(default_factory=list)
    # Applied (the query found nothing without them): word → corrected word.
    korrekturen: dict[str, str] = field(default_factory=dict)
    # Offered ("Meinten Sie …?"): the results are those of the query as typed.
    vorschlaege: dict[str, str] = field(default_factory=dict)
    # Searched otherwise (a term found in no offer): term → (how, what as written): its
    # broader term ("oberbegriff"), related words ("wortfamilie"), a part ("wortteil").
    erweiterungen: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Compounds found only through all their parts ("Drogen|beratung").
    zerlegt: list[str] = field(default_factory=list)
    # No published offer holds all terms: the offers holding the most of them (see suchen),
    # each term weighted by how rare it is among the published offers.
    teilweise: bool = False
    seltenheit: list[int] = field(default_factory=list)
    # With ``teilweise``: how many published offers hold every term (0: none; else fewer
    # than ``MIN_GANZ``, shown first), and how many terms an offer shown must hold.
    ganz: int = 0
    mindestens: int = 1
    # Per term, when several are required: how much its points count (its rarity, see
    # ``_gewichte``); empty: all alike.
    gewichte: list[int] = field(default_factory=list)
    unbekannt: list[str] = field(default_factory=list)
    # A correction (``korrekturen``, ``vorschlaege``: normalised, "madchentreff") as a
    # published offer writes it ("Mädchentreff"), for the page.
    schreibweisen: dict[str, str] = field(default_factory=dict)
    # Some term stands in a group of the thesaurus that has a broader group.
    mit_oberbegriff: bool = False
    # A hyphenated word's head is found nowhere (see _kopf_unbekannt): no partial results.
    kopf_unbekannt: bool = False

    def __setstate__(self, zustand: dict) -> None:
        """Kept by an earlier version of the code (the shared cache outlives a deploy): the
        fields it did not know take their defaults."""
        for feld in fields(self):
            if feld.name not in zustand:
                zustand[feld.name] = (
                    feld.default_factory() if feld.default is MISSING else feld.default
                )
        self.__dict__.update(zustand)

    @property
    def nur_fuellwoerter(self) -> bool:
        """She typed words, yet none is a term: only stop words ("Angebote für die")."""
        woerter = woerter_von(self.text)
        alter = altersangaben(woerter)  # an age only: the page offers the age filter
        return not self.begriffe and any(
            len(w) >= 2 and w.isalpha() for i, w in enumerate(woerter) if i not in alter
        )

    @property
    def korrigierter_text(self) -> str:
        """The query with the offered corrections, for the "Meinten Sie" link."""
        return " ".join(
            self._geschrieben(self.vorschlaege[w], w)
            if w in self.vorschlaege
            else self._wie_geschrieben(w)
            for w in woerter_von(self.text)
        )

    def _geschrieben(self, ersatz: str, term: str) -> str:
        """The correction ``ersatz`` of ``term`` as an offer writes it, else capitalised
        if she typed ``term`` so."""
        if ersatz in self.schreibweisen and self.schreibweisen[ersatz] != ersatz:
            return self.schreibweisen[ersatz]
        if self._wie_geschrieben(term)[:1].isupper():
            return ersatz[:1].upper() + ersatz[1:]
        return ersatz

    @property
    def weiter_gefasst(self) -> list[tuple[str, str, str]]:
        """(the term as she typed it, how, what was searched instead) per term searched
        otherwise (see ``erweiterungen``)."""
        zeilen = []
        for term, (art, ersatz) in self.erweiterungen.items():
            eingabe = self._wie_geschrieben(term)
            if art != "oberbegriff":
                # A stem or the first part: the beginning of her word, as she wrote it.
                ersatz = next(
                    (
                        eingabe[:i]
                        for i in range(1, len(eingabe) + 1)
                        if normalisieren(eingabe[:i]) == ersatz
                    ),
                    ersatz,
                )
            zeilen.append((eingabe, art, ersatz))
        return zeilen

    @property
    def unbekannt_geschrieben(self) -> list[str]:
        """The terms found nowhere, as she typed them."""
        return [self._wie_geschrieben(t) for t in self.unbekannt]

    def _wie_geschrieben(self, term: str) -> str:
        """``term`` (normalised: a word or a phrase of the thesaurus) as she typed it."""
        return _wie_getippt(self.text, term)

    @property
    def alter(self) -> int | None:
        """The age her text names ("Jugendliche ab 14"): searched as no word, a filter the
        page offers (altershinweis)."""
        hinweis = alter_im_text(self.text)
        return hinweis.alter if hinweis else None

    @property
    def gesuchter_text(self) -> str:
        """The query as searched, with the corrections made (and a broader term where one
        was searched instead, see ``erweiterungen``), without an age it names."""
        hinweis = alter_im_text(self.text)
        statt = {
            term: ersatz
            for term, (art, ersatz) in self.erweiterungen.items()
            if art == "oberbegriff"
        }
        return " ".join(
            self._geschrieben(self.korrekturen[w], w)
            if w in self.korrekturen
            else statt.get(w, self._wie_geschrieben(w))
            for w in woerter_von(hinweis.rest if hinweis else self.text)
        )


# A typed stretch is compared with a term of this many words at most, and as many more
# (articles, the law of a paragraph): the query's length does not multiply the work.
MEHR_STUECKE = 3


@functools.lru_cache(maxsize=1024)
def _wie_getippt(text: str, term: str) -> str:
    """``term`` (normalised: a word or a phrase of the thesaurus) as she typed it in
    ``text``: the longest stretch of her words that normalises to it ("§ 28", not "28"),
    also without articles and by stems ("Hilfe bei Hausaufgaben", "Hausbesuche nach der
    Geburt"), also a part of a word she joined with hyphens ("Mädchen" of "Mädchen-Treff");
    ``term`` itself if none does."""

    # A phrase of the thesaurus typed with other articles, a paragraph without its law
    # ("Hilfe bei Hausaufgaben", "§ 28"): compared without them.
    def ohne(text: str) -> list[str]:
        woerter = normalisieren(text).split()
        if woerter[-len(GESETZ) :] == list(GESETZ):
            woerter = woerter[: -len(GESETZ)]
        return ohne_artikel(woerter)

    def gestammt(text: str) -> list[str]:  # a phrase typed inflected
        return [wortstamm(w) for w in ohne(text)]

    hoechstens = len(term.split()) + MEHR_STUECKE
    for trenner in (r"\s+", r"[\s-]+"):
        stuecke = [w.strip(".,;:!?\"'„“()") for w in re.split(trenner, text)]
        for vergleich in (normalisieren, ohne, gestammt):
            ziel = vergleich(term)
            for laenge in range(min(len(stuecke), hoechstens), 0, -1):
                for anfang in range(len(stuecke) - laenge + 1):
                    geschrieben = " ".join(stuecke[anfang : anfang + laenge])
                    if geschrieben and vergleich(geschrieben) == ziel:
                        return geschrieben
    return term


# --- Understanding the query -----------------------------------------------------------


def trigramme(wort: str) -> set[str]:
    """pg_trgm's trigrams of one word: padded with two spaces before and one after."""
    gepolstert = f"  {wort} "
    return {gepolstert[i : i + 3] for i in range(len(gepolstert) - 2)}


def aehnlichkeit(a: str, b: str) -> float:
    ta, tb = trigramme(a), trigramme(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def max_edits(wort: str) -> int:
    for laenge, edits in MAX_EDITS:
        if len(wort) <= laenge:
            return edits
    return MAX_EDITS_LANG


def _kandidaten(feld: str, begriff: str, erlaubt: int, enthaelt: str = "") -> Q:
    """Words of ``feld`` that may be within ``erlaubt`` edits of ``begriff``: of a length in
    reach, sharing an inner trigram or the first two letters (a short word with two letters
    swapped shares no trigram: "sprot" – "sport"). ``enthaelt``: the expression the trigram
    index is on, if not the field itself."""
    bedingung = Q(**{f"{feld}__startswith": begriff[:2]})
    for t in trigramme(begriff):
        if " " not in t:
            bedingung |= Q(**{f"{enthaelt or feld}__contains": t})
    return bedingung & Q(laenge__gte=len(begriff) - erlaubt, laenge__lte=len(begriff) + erlaubt)


def korrektur(begriff: str) -> str | None:
    """The vocabulary word or compound part closest to ``begriff`` if it is close enough for
    the word's length (``MAX_EDITS``): fewest edits, then most similar, then the same first
    letter, then alphabetical."""
    erlaubt = max_edits(begriff)
    if not erlaubt:
        return None
    # The vocabulary's words and the parts of its compounds ("schwimen" → "schwimm").
    kandidaten = set(
        # LOWER(wort): the expression of the vocabulary's trigram index (migration 0020).
        Suchwort.objects.annotate(laenge=Length("wort"), klein=Lower("wort"))
        .filter(_kandidaten("wort", begriff, erlaubt, enthaelt="klein"))
        .values_list("wort", flat=True)[:5000]
    ) | set(
        Wortteil.objects.annotate(laenge=Length("teil"))
        .filter(_kandidaten("teil", begriff, erlaubt))
        .values_list("teil", flat=True)
        .distinct()[:5000]
    )
    gewertet = [
        (edits, -aehnlichkeit(begriff, wort), wort[0] != begriff[0], wort)
        for wort in kandidaten - {begriff}
        if (edits := DamerauLevenshtein.distance(begriff, wort, score_cutoff=erlaubt)) <= erlaubt
    ]
    return min(gewertet)[3] if gewertet else None


_WORT_GESCHRIEBEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def wie_geschrieben(wort: str) -> str:
    """The vocabulary word ``wort`` (normalised: "madchentreff") as the title or description
    of a published offer holding it writes it ("Mädchentreff", "Mädchen-Treff"); ``wort``
    itself if none does (a compound's part, "schwimm"). Two short queries, only for a word
    corrected or offered: kept in the shared cache they cost more on the embedded database
    cache (a read of the data state, a read and a write) than they save."""
    # Where an offer writes it as prose: the title (and the place it names) or the
    # description, not a Träger's name or a keyword.
    prosa = FELD_BITS["suchtitel"] | ORT_IM_TITEL | FELD_BITS["suchtext"]
    ids = (
        Vorkommen.objects.filter(wort=wort)
        .alias(prosa=F("felder").bitand(prosa))
        .filter(prosa__gt=0)
        .values_list("angebot_id", flat=True)
    )
    texte = (
        Angebot.objects.veroeffentlicht()
        .filter(pk__in=ids)
        .order_by("pk")
        .values_list("titel", "beschreibung")[:5]
    )
    for titel, beschreibung in texte:
        for geschrieben in _WORT_GESCHRIEBEN.findall(f"{titel} {beschreibung}"):
            if normalisieren(geschrieben).replace(" ", "") == wort:
                return geschrieben
    return wort


def _anbieten(wort: str, ersatz: str) -> bool:
    """Offer a correction beside the word's own results only for a longer word one edit
    away: short words have many neighbours ("Paten" found in "Lesepaten" is not "Daten")."""
    return len(wort) >= MIN_ANGEBOT and DamerauLevenshtein.distance(wort, ersatz) == 1


def _fehler_im_kompositum(wort: str, ersatz: str) -> bool:
    """Whether ``ersatz`` may correct ``wort``: a compound of German words is no typo two
    edits away ("Stillgruppe" is Still|gruppe, not "Spielgruppe"), unless only the form of
    its first part differs ("Kindsschutz": "Kinderschutz"); one edit away it may be
    ("Sprachkurz": "Sprachkurs"), but only to a German word or a word of an offer, not to
    the tail of one ("Kindergruppe" is not the "findergruppe" of "Pfadfindergruppe")."""
    stuecke = glieder(wort)
    if not stuecke:
        return True
    if not ist_wort(ersatz) and not Suchwort.objects.filter(wort=ersatz).exists():
        return False
    if DamerauLevenshtein.distance(wort, ersatz) <= 1:
        return True
    andere = glieder(ersatz)
    return bool(andere) and andere[-1] == stuecke[-1] and andere[0] in formen(stuecke[0])


# A compound corrected in its first part: its head has at least this many letters, that
# part as many as the first word corrected at all (MAX_EDITS: one edit from 5 letters).
MIN_KOPF = 4
MIN_TEIL_VORN = 5


def _kompositum_korrigiert(
    wort: str, thes: thesaurus_modul.Thesaurus, vokabular: Vokabular
) -> tuple[str, Begriff] | None:
    """A compound with a typo in its first part ("Trenungsberatung"): its head a German word
    ("beratung"), its first part (without a linking element) no word but one edit away from
    one the registry holds ("trenung" → "trennung"); the corrected compound and how it is
    found, if it is. Only for a word the splitter cannot split (a compound of real words is
    no typo: woerterbuch.zerlegung) and that no regular correction reaches."""
    if ist_wort(wort) or glieder(wort):
        return None
    for ende in range(MIN_TEIL_VORN, len(wort) - MIN_KOPF + 1):
        kopf = wort[ende:]
        if not ist_wort(kopf):
            continue
        vorne = wort[:ende]
        staemme = [
            (vorne[: len(vorne) - len(fuge)], fuge)
            for fuge in FUGEN
            if vorne.endswith(fuge) and len(vorne) - len(fuge) >= MIN_TEIL_VORN
        ]
        staemme = [(stamm, fuge) for stamm, fuge in staemme if not ist_wort(stamm)]
        vokabular.ergaenzen({stamm for stamm, _fuge in staemme})
        if any(vokabular.alle(stamm) for stamm, _fuge in staemme):
            return None  # the registry holds the first part: no typo ("Zumba|kurs")
        for stamm, fuge in staemme:
            ersatz = korrektur(stamm)
            if ersatz and ist_wort(ersatz) and DamerauLevenshtein.distance(stamm, ersatz) == 1:
                neu = ersatz + fuge + kopf
                vokabular.ergaenzen({neu, ersatz, kopf} | _woerter_der_gruppe(neu, thes))
                begriff = _begriff(neu, thes, vokabular)
                if not begriff.gefunden:
                    begriff.alternativen += _zerlegt([ersatz, kopf], thes, vokabular)
                return (neu, begriff) if begriff.gefunden else None
        return None  # the longest head that is a word decides
    return None


def glieder(wort: str) -> list[str]:
    """The top-level parts of a compound query word ("kinderschutzzentrum" →
    kinderschutz, zentrum); none for a word more frequent than its parts (woerterbuch)."""
    teile, _grenzen = zerlegung(wort)
    return [teile[0], teile[-1]] if teile else []


class Vokabular:
    """The vocabulary words for the forms asked for: two queries per batch of words."""

    def __init__(self, woerter: set[str]):
        self.bekannt: set[str] = set()
        self.anzahl: dict[str, int] = {}  # postings per word (Suchwort.anzahl)
        self.mit_teil: dict[str, set[str]] = {}
        self.gefragt: set[str] = set()
        self.ergaenzen(woerter)

    def ergaenzen(self, woerter: set[str]) -> None:
        alle = set()
        for wort in woerter:
            alle |= formen(wort)
        alle -= self.gefragt
        if not alle:
            return
        self.gefragt |= alle
        # One query: the words themselves (part "") and the compounds holding one as a part.
        woerter = Suchwort.objects.filter(wort__in=alle).annotate(
            teil=Value("", output_field=CharField())
        )
        teile = Wortteil.objects.filter(teil__in=alle).annotate(name=F("wort__wort"))
        for wort, teil, anzahl in woerter.values_list("wort", "teil", "anzahl").union(
            teile.values_list("name", "teil", "wort__anzahl"), all=True
        ):
            self.anzahl[wort] = anzahl
            if teil:
                self.mit_teil.setdefault(teil, set()).add(wort)
            else:
                self.bekannt.add(wort)

    def genau(self, wort: str) -> set[str]:
        return formen(wort) & self.bekannt

    def umfang(self, begriff: Begriff) -> None:
        """Set each alternative's postings per set (``Alternative.umfang``)."""
        for alternative in begriff.alternativen:
            alternative.umfang = tuple(
                sum(self.anzahl.get(w, 0) for w in menge) for menge in alternative.mengen
            )

    def teile(self, wort: str) -> set[str]:
        ergebnis: set[str] = set()
        for form in formen(wort):
            ergebnis |= self.mit_teil.get(form, set())
        return ergebnis

    def alle(self, wort: str) -> set[str]:
        return self.genau(wort) | self.teile(wort)


def _menge(woerter: set[str]) -> list[str]:
    return sorted(woerter)[:MAX_MENGE]


def _inhaltswoerter(phrase: str) -> list[str]:
    return [w for w in phrase.split() if w not in STOPPWOERTER and len(w) >= 2]


def _woerter_der_gruppe(begriff: str, thes: thesaurus_modul.Thesaurus) -> set[str]:
    ergebnis = set(_inhaltswoerter(begriff))
    for synonym in thes.gruppe(begriff):
        ergebnis.update(_inhaltswoerter(synonym))
    return ergebnis


def _phrasenmengen(woerter: list[str], vokabular: Vokabular) -> list[set[str]]:
    """The sets of the words of a phrase: its last word with every compound holding it
    ("Sozialpädagogische Familienhilfe": the Familienhilfezentrum); every word before it
    with its forms and the compounds it is the head of ("Krisenberatung für Jugendliche":
    a Krisenberatung is a Beratung), not with every compound holding it ("Kinder- und
    Jugendhaus" is not a Kinderclub in a Jugendhaus)."""
    mengen = []
    for wort in woerter[:-1]:
        endungen = tuple(formen(wort))
        mengen.append(
            vokabular.genau(wort) | {c for c in vokabular.teile(wort) if c.endswith(endungen)}
        )
    return [*mengen, vokabular.alle(woerter[-1])]


def _zerlegte_form_mit_stoppwort(synonym: str, gruppe: tuple[str, ...]) -> bool:
    """Whether ``synonym`` is the words of a hyphenated term of the group, one of them a stop
    word ("ein eltern familie" of "Ein-Eltern-Familie"): without it the phrase would be any
    "Eltern" with a "Familie"; the term is searched as one word ("einelternfamilie")."""
    woerter = synonym.split()
    return (
        len(woerter) > 1 and "".join(woerter) in gruppe and any(w in STOPPWOERTER for w in woerter)
    )


def _alternativen(
    text: str, thes: thesaurus_modul.Thesaurus, vokabular: Vokabular
) -> list[Alternative]:
    """The ways ``text`` (a word or a phrase of the thesaurus) is found as it stands."""
    alternativen = []
    gruppe = thes.gruppe(text)
    if _zerlegte_form_mit_stoppwort(text, gruppe):
        text = text.replace(" ", "")  # "Ein-Eltern-Familie" typed: the one word
    woerter = _inhaltswoerter(text)
    if not woerter:
        return []
    if len(woerter) == 1:
        wort = woerter[0]
        if genau := vokabular.genau(wort):
            alternativen.append(Alternative(GENAU, [_menge(genau)]))
        if teile := vokabular.teile(wort) - genau:
            alternativen.append(Alternative(TEIL, [_menge(teile)]))
    else:
        mengen = _phrasenmengen(woerter, vokabular)
        if all(mengen):
            alternativen.append(Alternative(GENAU, [_menge(m) for m in mengen]))
    for synonym in gruppe:
        if synonym == text or _zerlegte_form_mit_stoppwort(synonym, gruppe):
            continue
        teile = _inhaltswoerter(synonym)
        mengen = _phrasenmengen(teile, vokabular) if teile else []
        if teile and all(mengen):
            # Another spelling of the word itself ("Circus" for "Zirkus", "Jugendklub" for
            # "Jugendclub") counts as the word.
            klasse = GENAU if _schreibweise(synonym) == _schreibweise(text) else SYNONYM
            alternativen.append(Alternative(klasse, [_menge(m) for m in mengen]))
    return alternativen


# Letters German writes one way or another in loanwords: "Circus"/"Zirkus", "Club"/"Klub",
# "Foto"/"Photo" (normalised words).
_SCHREIBWEISEN = (("ph", "f"), ("ck", "k"), ("c", "k"), ("z", "k"), ("th", "t"))


def _schreibweise(wort: str) -> str:
    """``wort`` with the letters of ``_SCHREIBWEISEN`` made one: two spellings of one word
    read alike, and only they (compared among the terms of one group)."""
    for von, zu in _SCHREIBWEISEN:
        wort = wort.replace(von, zu)
    return wort


def _zerlegt(
    stuecke: list[str], thes: thesaurus_modul.Thesaurus, vokabular: Vokabular
) -> list[Alternative]:
    """A compound query word the vocabulary does not hold, through its parts: all parts
    ("Drogenberatung": drogen and beratung), the head also through its synonyms
    ("Hausaufgabenhilfe": hausaufgaben and betreuung), the first part also through its
    synonyms ("Flüchtlingskinder": geflüchtete and Kinder); their words in one batch."""
    vokabular.ergaenzen(
        set(stuecke)
        | _woerter_der_gruppe(stuecke[-1], thes)
        | set(_einwortsynonyme(stuecke[0], thes))
    )
    mengen = [vokabular.alle(s) for s in stuecke]
    alternativen = []
    if all(mengen):
        alternativen.append(Alternative(TEIL, [_menge(m) for m in mengen]))
    return (
        alternativen
        + _kopfsynonyme(stuecke, thes, vokabular)
        + _vordersynonyme(stuecke, thes, vokabular)
    )


def _einwortsynonyme(wort: str, thes: thesaurus_modul.Thesaurus) -> list[str]:
    """The one-word terms of the group of ``wort``, but its own forms."""
    eigene = formen(wort)
    return [s for s in thes.gruppe(wort) if " " not in s and s not in eigene]


def _vordersynonyme(
    stuecke: list[str], thes: thesaurus_modul.Thesaurus, vokabular: Vokabular
) -> list[Alternative]:
    """A compound query word of two parts through a synonym of its first part and its head
    ("Flüchtlingskinder": geflüchtete and Kinder, in "Hausaufgabenhilfe für geflüchtete
    Kinder"); the first part's one-word synonyms only, both in one field."""
    if len(stuecke) != 2:
        return []
    vorne, kopf = stuecke
    woerter = _einwortsynonyme(vorne, thes)
    if not woerter:
        return []
    vokabular.ergaenzen({kopf, *woerter})  # asked for already by _zerlegt: no query
    synonyme: set[str] = set()
    for synonym in woerter:
        synonyme |= vokabular.alle(synonym)
    hinten = vokabular.alle(kopf)
    if not synonyme or not hinten:
        return []
    return [Alternative(SYNONYM, [_menge(synonyme), _menge(hinten)])]


def _kopfsynonyme(
    stuecke: list[str], thes: thesaurus_modul.Thesaurus, vokabular: Vokabular
) -> list[Alternative]:
    """A compound query word through its first parts and a synonym of its head
    ("Hausaufgabenhilfe": hausaufgaben and betreuung; "Musikkita": musik and
    kindergarten, in "Musikkindergarten")."""
    kopf = stuecke[-1]
    # Its head's one-word synonyms; none: no query for the vocabulary.
    woerter = [s for s in thes.gruppe(kopf) if s != kopf and " " not in s]
    if not woerter:
        return []
    vokabular.ergaenzen(set(stuecke) | _woerter_der_gruppe(kopf, thes))
    vorne = [vokabular.alle(s) for s in stuecke[:-1]]
    synonyme: set[str] = set()
    for synonym in woerter:
        synonyme |= vokabular.alle(synonym)
    if not synonyme or not all(vorne):
        return []
    return [Alternative(SYNONYM, [_menge(m) for m in vorne] + [_menge(synonyme)])]


# Parts of a compound searched apart: the head at least this long ("Koch|AG" is not), the
# first part as long as a first part searched alone (MIN_BESTIMMUNGSWORT: "Haus|aufgaben"
# is not "Haus" and "Aufgaben").
MIN_GETRENNT = 4


def _getrennt(term: str, vokabular: Vokabular) -> list[Alternative]:
    """A compound query word's top-level parts, each as a word of its own (its forms, not
    the compounds holding it: "Kurs" is in hundreds of them), all of them in one offer."""
    stuecke = glieder(term)
    if (
        len(stuecke) < 2
        or len(stuecke[0]) < MIN_BESTIMMUNGSWORT
        or any(len(s) < MIN_GETRENNT for s in stuecke)
    ):
        return []
    vokabular.ergaenzen(set(stuecke))
    mengen = [vokabular.genau(s) for s in stuecke]
    return [Alternative(GETRENNT, [_menge(m) for m in mengen])] if all(mengen) else []


# A term of the thesaurus naming a paragraph of a law, normalised ("33 sgb viii").
_EIGENER_PARAGRAF = re.compile(r"^\d+[a-z]? (sgb|bgb)\b")


def _eigene_leistung(term: str, thes: thesaurus_modul.Thesaurus) -> bool:
    """Whether ``term`` is a service the law names in a paragraph of its own (its group, or
    one under it, holds "§ 33 SGB VIII"): found nowhere, it is not searched as anything
    else, neither its broader group (the law's umbrella: "Pflegefamilie", § 33, is no
    Erziehungsberatung under § 27) nor its word family or first part ("Pflege…")."""
    return any(_EIGENER_PARAGRAF.match(t) for t in thes.gruppe(term))


def _weiter_gefasst(
    term: str,
    begriff: Begriff,
    thes: thesaurus_modul.Thesaurus,
    vokabular: Vokabular,
    anfrage: Suchanfrage,
) -> Begriff:
    """A term of the thesaurus that no offer holds, through its broader group, up to
    ``MAX_TIEFE`` levels ("Suchtberatung" → "Sucht", which also finds "Suchtprävention");
    recorded in ``anfrage.erweiterungen`` so that the page says so. ``begriff`` if none is
    found either, or if the term is a service of its own paragraph (:func:`_eigene_leistung`)."""
    if _eigene_leistung(term, thes):
        return begriff
    gesehen = {term}
    oben = thes.oberbegriff(term)
    for _tiefe in range(MAX_TIEFE):
        schluessel = normalisieren(oben)
        if not schluessel or schluessel in gesehen:
            break
        gesehen.add(schluessel)
        vokabular.ergaenzen(_woerter_der_gruppe(schluessel, thes))
        weiter = _begriff(schluessel, thes, vokabular)
        if weiter.gefunden:
            anfrage.erweiterungen[term] = ("oberbegriff", oben)
            return weiter
        oben = thes.oberbegriff(schluessel)
    return begriff


# Derivational endings dropped for a word's family ("Pädagogik" → "pädagog": "pädagogisch",
# "Pädagogin"), longest first; the family's stem keeps at least ``MIN_FAMILIE`` letters.
_ABLEITUNGEN = (
    "ischen",
    "isches",
    "ischer",
    "ische",
    "isch",
    "ungen",
    "innen",
    "ung",
    "ik",
    "ie",
    "in",
    "en",
    "e",
)
MIN_FAMILIE = 6
MAX_FAMILIE = 200
# What a word of the family has after the stem: a derivational ending (or none), then an
# inflectional one (or none): "pädagog|isch|e", "pädagog|in", "pädagog|en"; not the "ional"
# of "Internat|ional" (an Internat is no international school).
_FAMILIENENDUNG = re.compile(
    r"^(eut|ist)?(isch|lich|ig|ik|ie|ien|ung|er|heit|keit|schaft)?(in|innen)?"
    r"(e|en|er|es|em|n|s|nen|ungen)?$"
)


def _wortfamilie(term: str, vokabular: Vokabular, anfrage: Suchanfrage) -> Begriff | None:
    """A word no offer holds, through the vocabulary words of its family: those beginning
    with its stem ("Pädagogik": "pädagogisch", "Pädagogin", and the compounds holding them),
    recorded in ``anfrage.erweiterungen`` with the stem."""
    stamm = next(
        (
            term[: -len(endung)]
            for endung in _ABLEITUNGEN
            if term.endswith(endung) and len(term) - len(endung) >= MIN_FAMILIE
        ),
        term,
    )
    if len(stamm) < MIN_FAMILIE or not stamm.isalpha():
        return None
    verwandte = set(
        # LOWER(wort): the expression of the vocabulary's trigram index (migration 0020),
        # which also serves a LIKE 'stem%' on PostgreSQL.
        Suchwort.objects.annotate(klein=Lower("wort"))
        .filter(klein__startswith=stamm)
        .order_by("wort")
        .values_list("wort", flat=True)[: MAX_FAMILIE * 10]
    )
    # Its ending checked here: compounds beginning with the stem ("internationale…") do not
    # take the places of the family's words.
    verwandte = set(
        sorted(w for w in verwandte if _FAMILIENENDUNG.match(w[len(stamm) :]))[:MAX_FAMILIE]
    )
    if not verwandte:
        return None
    vokabular.ergaenzen(verwandte)
    teile = set()
    for wort in verwandte:
        teile |= vokabular.teile(wort)
    alternativen = [Alternative(GENAU, [_menge(verwandte)])]
    if teile - verwandte:
        alternativen.append(Alternative(TEIL, [_menge(teile - verwandte)]))
    anfrage.erweiterungen[term] = ("wortfamilie", stamm)
    return Begriff(term, alternativen)


def _einzahl(term: str) -> set[str]:
    """The singulars ``term`` may be the plural of ("schulen": schule, schul)."""
    return {term[:-1], term[:-2]} if term.endswith("n") else set()


def _verbalnomen_woerter(term: str) -> set[str]:
    """The words :func:`_verbalnomen` and :func:`_verbformen` look up for ``term`` (none if
    it can be neither a verb nor a verb's noun)."""
    kandidaten = verbalnomen(term)
    return (kandidaten | _einzahl(term) if kandidaten else set()) | verbformen(term)


def _verbformen(term: str, vokabular: Vokabular) -> Alternative | None:
    """A verb's noun she typed, through the verb where offers hold that ("Spielplatz mit
    Betreuung": the "pädagogisch betreuten Spielplatz"; "Jonglage": "Jonglieren, Akrobatik";
    "Fahrradreparatur": "Fahrräder werden repariert"), as a synonym: below the word as typed.
    Only the verb's own forms, not the compounds holding them."""
    woerter = verbformen(term) & vokabular.bekannt
    return Alternative(SYNONYM, [_menge(woerter)]) if woerter else None


def _verbalnomen(term: str, vokabular: Vokabular) -> Alternative | None:
    """A verb she typed, through its noun where offers hold that ("Eltern trennen sich": the
    Trennungsberatung; "gemobbt": Mobbing, Cybermobbing), as a synonym: below the word as
    typed. Not for a noun's plural whose singular offers hold ("Schulen" is no Schulung,
    "Zeiten" no Zeitung)."""
    kandidaten = verbalnomen(term)
    if not kandidaten:
        return None
    vokabular.ergaenzen(_verbalnomen_woerter(term))
    if _einzahl(term) & vokabular.bekannt:
        return None
    woerter: set[str] = set()
    for nomen in sorted(kandidaten & vokabular.bekannt):
        # The noun and the compounds it is the head of ("Cybermobbing"), not every compound
        # holding it ("Öffnungszeiten" is no Öffnung).
        endungen = tuple(formen(nomen))
        woerter |= vokabular.genau(nomen) | {
            c for c in vokabular.teile(nomen) if c.endswith(endungen)
        }
    return Alternative(SYNONYM, [_menge(woerter)]) if woerter else None


# The first part of a compound searched alone: at least this long ("Tag|esmutter" is not).
MIN_BESTIMMUNGSWORT = 5


def _bestimmungswort(
    stuecke: list[str],
    thes: thesaurus_modul.Thesaurus,
    vokabular: Vokabular,
) -> Begriff | None:
    """A compound no offer holds, not even through all its parts, through its first part,
    which names the topic in the field's compounds ("Mädchensport" → "Mädchen",
    "Zirkusschule" → "Zirkus"); the caller records it in ``Suchanfrage.erweiterungen``."""
    erstes = stuecke[0]
    if len(stuecke) < 2:
        return None
    if len(erstes) < MIN_BESTIMMUNGSWORT:
        # A verb's short stem, by its infinitive where offers hold that very word ("Malkurs"
        # → malen, "Bastelkurs" → basteln), not a short word ("Tag|esmutter") nor a noun's
        # plural ("Tierarzt" is no "Tieren").
        verben = [erstes + "en", erstes + "n"]
        vokabular.ergaenzen(set(verben))
        verb = next((v for v in verben if v in vokabular.bekannt), "")
        if len(verb) < MIN_BESTIMMUNGSWORT:
            return None
        # The verb as a word, not in compounds ("Singkreis": no "Schlesinger").
        begriff = Begriff(verb, [Alternative(GENAU, [_menge(vokabular.genau(verb))])])
        return begriff if begriff.gefunden else None
    vokabular.ergaenzen(_woerter_der_gruppe(erstes, thes))
    begriff = _begriff(erstes, thes, vokabular)
    return begriff if begriff.gefunden else None


def _wortteil(term: str, teil: str) -> str:
    """The first part ``teil`` searched for ``term``, for the page: the beginning of her word
    (shown as she typed it), or a verb's infinitive as the offers write it ("Malen")."""
    return teil if term.startswith(teil) else wie_geschrieben(teil)


# A concept of the thesaurus found nowhere is searched as its first part only where that
# part is in at most this share of the offers ("Ferien…", not "Kinder…" for "Kinderarzt").
MAX_ANTEIL_ERSTER_TEIL = 0.2


def _erster_teil_eines_begriffs(
    term: str, thes: thesaurus_modul.Thesaurus, vokabular: Vokabular, anfrage: Suchanfrage
) -> Begriff | None:
    """A concept of the thesaurus none of whose terms (nor its broader term's) an offer
    holds, through its compound's first part (:func:`_bestimmungswort`, said on the page):
    "Ferienfreizeit" → the Ferienprogramme. Only where the registry knows the head as a word
    (it offers something of the kind: "Freizeit", not the "Arzt" of "Kinderarzt") and the
    first part is rare enough to name a topic (not "Eltern…" for "Elternkurs")."""
    stuecke = glieder(term)
    if not stuecke:
        return None
    vokabular.ergaenzen({stuecke[-1]})
    if not vokabular.alle(stuecke[-1]):
        return None
    teil = _bestimmungswort(stuecke, thes, vokabular)
    if teil is None:
        return None
    vokabular.umfang(teil)
    reichweite = max(sum(a.umfang) for a in teil.alternativen)
    if reichweite > MAX_ANTEIL_ERSTER_TEIL * _angebote():
        return None
    anfrage.erweiterungen[term] = ("wortteil", _wortteil(term, teil.text))
    return teil


def _begriff(text: str, thes: thesaurus_modul.Thesaurus, vokabular: Vokabular) -> Begriff:
    begriff = Begriff(text, _alternativen(text, thes, vokabular))
    begriff.synonyme = [s for s in thes.gruppe(text) if s != text]
    return begriff


def _terme(woerter: list[str], thes: thesaurus_modul.Thesaurus) -> tuple[list[str], list[int]]:
    """The query's terms: phrases of the thesaurus kept together, stop words and ages
    dropped; and where each begins in ``woerter``."""
    terme, anfaenge, i = [], [], 0
    # An age ("ab 14", "3 Jahre") is a filter the page offers (altershinweis), no term.
    alter = altersangaben(woerter)
    while i < len(woerter):
        if i in alter:
            i += 1
            continue
        laenge, phrase = thes.phrase_begriff(woerter, i)
        if laenge:
            terme.append(phrase)
            anfaenge.append(i)
            i += laenge
            continue
        wort = woerter[i]
        i += 1
        if (
            wort not in STOPPWOERTER
            and wort not in ANGEBOTSWOERTER
            and len(wort) >= 2
            and wort not in terme
        ):
            terme.append(wort)
            anfaenge.append(i - 1)
    return terme, anfaenge


def _eingabewoerter(text: str) -> list[int]:
    """Per normalised word of ``text`` (``woerter_von``), the word she typed it in: words
    apart, or joined by hyphens into one ("Vater-Kind"). Empty if they do not line up."""
    nummern = []
    for nummer, eingabe in enumerate(re.findall(r"[^\s/,;+&|()]+", text)):
        nummern += [nummer] * len(woerter_von(eingabe))
    return nummern if len(nummern) == len(woerter_von(text)) else []


# A paragraph without its law: in a registry of youth welfare, one of SGB VIII ("§ 28").
# A law is named by its abbreviation after the number (and "Abs. 2"): a word that begins
# and ends with a capital ("SGB", "BGB", "AufenthG", "IfSG", "StPO"), or "ff.".
_PARAGRAF_OHNE_GESETZ = re.compile(
    r"§+\s*(\d+(?:\s?[a-zA-Z])?)\b"
    r"(?!\s*(?:[Aa]bs\.?\s*\d+\s*)?(?:[A-ZÄÖÜ]\w*[A-Z]\b|ff\b))"
)
GESETZ = ("sgb", "viii")


def _mit_gesetz(text: str) -> str:
    """``text`` with "SGB VIII" after a paragraph that names no law: "§ 28" and "§28" are
    "§ 28 SGB VIII", the term of the thesaurus (not every offer with "28 Plätzen")."""
    return _PARAGRAF_OHNE_GESETZ.sub(lambda m: f"§ {m.group(1).replace(' ', '')} SGB VIII", text)


def anfrage_verstehen(
    text: str, korrigieren: bool = True, teilweise: bool = False, weiter: bool = False
) -> Suchanfrage:
    """Split and normalise the query and expand it to vocabulary words; a word the
    vocabulary does not hold is corrected if it is a typo (unless ``korrigieren`` is off:
    the user asked for her spelling), else split into its parts if it is a compound
    (``teilweise``: searched as its first part instead, see :func:`suchen`). ``weiter``: a
    term of the thesaurus is searched as its broader term even where its own words are in
    the vocabulary (no published offer holds them together, see :func:`suchen`)."""
    anfrage = Suchanfrage(text=text.strip())
    getippt_text = text
    getippt = woerter_von(text)
    text = mit_gesetz = _mit_gesetz(text)
    woerter = woerter_von(text)[: MAX_WOERTER * 2]
    if not woerter:
        return anfrage
    thes = thesaurus_modul.laden()
    terme, anfaenge = _terme(woerter, thes)
    if mit_gesetz != getippt_text:
        # The law added to a paragraph counts only within a phrase of the thesaurus.
        behalten = [t not in GESETZ or t in getippt for t in terme]
        terme = [t for t, b in zip(terme, behalten, strict=True) if b]
        anfaenge = [a for a, b in zip(anfaenge, behalten, strict=True) if b]
    terme = terme[:MAX_WOERTER]
    benoetigt: set[str] = set()
    for term in terme:
        benoetigt |= _woerter_der_gruppe(term, thes)
        if " " not in term and not thes.gruppe(term):
            benoetigt |= _verbalnomen_woerter(term)  # looked up in the same batch
    vokabular = Vokabular(benoetigt)
    for term in terme:
        begriff = _begriff(term, thes, vokabular)
        if " " not in term and not thes.gruppe(term):
            for verb in (_verbalnomen(term, vokabular), _verbformen(term, vokabular)):
                if verb:
                    begriff.alternativen.append(verb)
        if " " not in term and begriff.genau:
            # A compound the vocabulary holds: also its parts as separate words, below the
            # word itself ("Deutschkurs": "Deutsch im Alltag … ein Kurs für Anfänger"); and
            # unless it is a concept of the thesaurus itself, its first parts with a synonym
            # of its head ("Musikkita": the Musikkindergarten).
            begriff.alternativen += _getrennt(term, vokabular)
            if not thes.gruppe(term) and (stuecke := glieder(term)):
                begriff.alternativen += _kopfsynonyme(stuecke, thes, vokabular)
        if " " not in term and not begriff.genau:
            # Not in the vocabulary as itself: found as a part or a synonym only (a close
            # word is offered), or a typo (corrected unless it is a German word: "Segeln" is
            # not "Regeln"), or a compound of known words (split).
            ersatz = korrektur(term) if korrigieren and not ist_wort(term) else None
            if ersatz and not _fehler_im_kompositum(term, ersatz):
                ersatz = None
            if begriff.gefunden:
                if ersatz and _anbieten(term, ersatz):
                    anfrage.vorschlaege[term] = ersatz
            elif ersatz:
                anfrage.korrekturen[term] = ersatz
                vokabular.ergaenzen(_woerter_der_gruppe(ersatz, thes))
                begriff = _begriff(ersatz, thes, vokabular)
            elif korrigieren and (korrigiert := _kompositum_korrigiert(term, thes, vokabular)):
                anfrage.korrekturen[term], begriff = korrigiert
            elif not thes.gruppe(term) and (stuecke := glieder(term)):
                # Not a concept of the thesaurus ("Tagesmutter" is not Tag + Mutter).
                teil = _bestimmungswort(stuecke, thes, vokabular) if teilweise else None
                if teil is not None:
                    anfrage.erweiterungen[term] = ("wortteil", _wortteil(term, teil.text))
                    begriff = teil
                else:
                    begriff.alternativen += _zerlegt(stuecke, thes, vokabular)
                    if begriff.gefunden:
                        anfrage.zerlegt.append(term)
        if weiter and korrigieren and begriff.gefunden:
            begriff = _weiter_gefasst(term, begriff, thes, vokabular, anfrage)
        if not begriff.gefunden and korrigieren and not _eigene_leistung(term, thes):
            # Found nowhere: its broader term, its word family, the first part of a compound.
            begriff = _weiter_gefasst(term, begriff, thes, vokabular, anfrage)
            if not begriff.gefunden and " " not in term:
                begriff = _wortfamilie(term, vokabular, anfrage) or begriff
            if not begriff.gefunden and " " not in term and thes.gruppe(term):
                begriff = _erster_teil_eines_begriffs(term, thes, vokabular, anfrage) or begriff
        if not begriff.gefunden:
            anfrage.unbekannt.append(term)
        anfrage.mit_oberbegriff |= bool(thes.oberbegriff(term))
        vokabular.umfang(begriff)
        anfrage.begriffe.append(begriff)
    for ersatz in {*anfrage.korrekturen.values(), *anfrage.vorschlaege.values()}:
        anfrage.schreibweisen[ersatz] = wie_geschrieben(ersatz)
    eingabe = _eingabewoerter(text)
    anfrage.gewichte = _gewichte(anfrage.begriffe, eingabe, anfaenge)
    anfrage.kopf_unbekannt = _kopf_unbekannt(anfrage.begriffe, eingabe, anfaenge)
    return anfrage


def _kopf_unbekannt(begriffe: list[Begriff], eingabe: list[int], anfaenge: list[int]) -> bool:
    """Whether a word she typed of several joined by hyphens has a last term (its head, what
    it names) found nowhere: "Mutter-Kind-Kur" is a Kur, not any offer for Mutter and Kind."""
    if not eingabe:
        return False
    je_wort: dict[int, list[Begriff]] = {}
    for begriff, anfang in zip(begriffe, anfaenge, strict=False):
        je_wort.setdefault(eingabe[anfang], []).append(begriff)
    return any(len(teile) > 1 and not teile[-1].gefunden for teile in je_wort.values())


# A term's points count this many times its inverse document frequency (log of all
# offers ÷ offers holding it), at least once: "Sport" (in 5 % of the offers) outweighs
# "Kinder" (in 40 %) in "Sport für Kinder", as in BM25.
JE_IDF = 10


def _angebote() -> int:
    """How many offers there are (of every status, like the postings), kept per data state."""
    return behalten("angebote_anzahl", [], lambda: Angebot.objects.count())


def _gewichte(begriffe: list[Begriff], eingabe: list[int], anfaenge: list[int]) -> list[int]:
    """Per term of a query of several words typed apart: the weight of its points in the
    rank, from how many offers hold it (estimated from its words' postings,
    ``Alternative.umfang``: each way it is found, by its narrowest set, summed). The terms of
    one word she typed ("Vater-Kind": ``eingabe``, the typed word of each normalised word;
    ``anfaenge``, each term's first normalised word) share their mean weight: one concept.
    One typed word: none (the points alone rank)."""
    if len(begriffe) < 2 or not all(b.gefunden for b in begriffe) or not eingabe:
        return []
    getippt = [eingabe[i] for i in anfaenge[: len(begriffe)]]
    if len(set(getippt)) < 2:
        return []
    # Suchwort.anzahl counts the postings of all offers (drafts and archived too).
    gesamt = _angebote()
    roh = []
    for begriff in begriffe:
        haeufig = min(sum(min(a.umfang) for a in begriff.alternativen if a.umfang), gesamt)
        roh.append(1 + JE_IDF * math.log((gesamt + 1) / (haeufig + 1)))
    gewichte = []
    for nummer in getippt:
        gleich = [w for w, n in zip(roh, getippt, strict=True) if n == nummer]
        gewichte.append(round(sum(gleich) / len(gleich)))
    return gewichte


# --- The postings ----------------------------------------------------------------------


def _punkte_je_wort(begriff: Begriff) -> dict[int, set[str]]:
    """The words of ``begriff`` per weight of how they were found (``GEWICHT``); a word found
    a better way counts that way only (the word and its compounds weigh the same)."""
    je_gewicht: dict[int, set[str]] = {}
    for alternative in begriff.alternativen:
        menge = je_gewicht.setdefault(GEWICHT[alternative.klasse], set())
        for woerter in alternative.mengen:
            menge.update(woerter)
    hoeher: set[str] = set()
    for wert in sorted(je_gewicht, reverse=True):
        je_gewicht[wert] -= hoeher
        hoeher |= je_gewicht[wert]
    return {wert: woerter for wert, woerter in je_gewicht.items() if woerter}


class Ganz(NamedTuple):
    """An alternative of a term with several sets (:class:`Posten`): the bits of its sets
    (``maske``), whether they count only together in one field (``phrase``,
    ``PHRASENFELDER``), what its words count (``gewicht``, ``GEWICHT``; 0 for an
    alternative of one set, whose words' points are in their code) and whether they count
    only in a field holding all its sets (``je_feld``: the parts of a word she typed with
    hyphens, "Mutter-Kind-Gruppe", count in the title that holds them all, not as "Mütter" in
    one title and "Gruppe" in its description)."""

    maske: int
    phrase: bool = False
    gewicht: int = 0
    je_feld: bool = False

    def bits(self) -> list[int]:
        return [b for b in (1 << i for i in range(4, 64)) if self.maske & b]


def _ganz_im_feld(bits: list[int], feld: int) -> str:
    """SQL: the offer holds a word of each set (``bits``) in the fields ``feld``."""
    return " AND ".join(
        f"MAX(CASE WHEN (code & {b}) > 0 THEN felder & {feld} ELSE 0 END) > 0" for b in bits
    )


@dataclass
class Posten:
    """A term's postings (:func:`_posten`). ``innen``, with ``params``, reads one row per
    posting: ``angebot_id``, ``felder`` and ``code`` (the bits of the word's sets above 4
    bits of how it was found). ``ganz``: where an alternative has several sets, one
    :class:`Ganz` per alternative; an offer holds the term if it holds one of them whole
    (empty: every offer with a posting holds it), and the words of an alternative of
    several sets count only where the offer holds it whole. ``groesste``: the SQL function
    of the largest of several values (GREATEST; SQLite: max)."""

    innen: str
    params: list
    ganz: list[Ganz]
    groesste: str = "GREATEST"

    @property
    def gruppiert(self) -> tuple[str, list]:
        """The SQL of ``(angebot_id, punkte)`` per offer holding the term, and its
        parameters (:func:`punkte_je_angebot` does the same with the postings read)."""
        gehalten = []
        for alternative in self.ganz:
            if alternative.phrase:
                # A phrase of the thesaurus ("Ein-Eltern-Familie" for "Alleinerziehende"),
                # or a query compound's first parts with a synonym of its head
                # ("Hausaufgaben" + "Betreuung"): its words together in the title, in the
                # place it names or in the description, not "Eltern" from a Zielgruppe's
                # name and "Familie" from the place's.
                gehalten.append(
                    " OR ".join(
                        f"({_ganz_im_feld(alternative.bits(), feld)})" for feld in PHRASENFELDER
                    )
                )
            else:
                gehalten.append(" AND ".join(f"MAX(code & {b}) > 0" for b in alternative.bits()))
        punkte = []
        for feld in FELDER:
            feldpunkte = " + ".join(_feldpunkte(b, g) for b, g in feld)
            werte = [f"MAX(({feldpunkte}) * (code & 15))"]
            for alternative, bedingung in zip(self.ganz, gehalten, strict=True):
                if not alternative.gewicht:
                    continue
                if alternative.je_feld:
                    bedingung = _ganz_im_feld(alternative.bits(), sum(b for b, _g in feld))
                # The words of an alternative of several sets: only where it is whole.
                werte.append(
                    f"CASE WHEN {bedingung} THEN MAX(CASE WHEN (code & {alternative.maske}) > 0 "
                    f"THEN {feldpunkte} ELSE 0 END) * {alternative.gewicht} ELSE 0 END"
                )
            punkte.append(werte[0] if len(werte) == 1 else f"{self.groesste}({', '.join(werte)})")
        bedingung = " HAVING " + " OR ".join(f"({g})" for g in gehalten) if gehalten else ""
        return (
            f"SELECT angebot_id, {' + '.join(punkte)} AS punkte FROM ({self.innen}) AS p "
            f"GROUP BY angebot_id{bedingung}",
            self.params,
        )


def _feldpunkte(bit: int, gewicht: int) -> str:
    """SQL: the field's weight if the posting's ``felder`` hold ``bit``, else 0."""
    if bit == gewicht:
        return f"(felder & {bit})"
    return f"((felder & {bit}) / {bit} * {gewicht})"


def punkte_je_angebot(
    angebot: np.ndarray, felder: np.ndarray, code: np.ndarray, ganz: list[Ganz]
) -> tuple[np.ndarray, np.ndarray]:
    """What :attr:`Posten.gruppiert` computes, from the postings read one by one (their
    ``angebot_id``, ``felder``, ``code``): the offers holding the term in ascending order,
    and their points, Σ over the fields of MAX(the field's weight × how the word was found)
    (the title and the place it names one field, ``FELDER``; a word of an alternative of
    several sets only where the offer holds that alternative whole)."""
    reihe = np.argsort(angebot, kind="stable")
    angebot, felder, code = angebot[reihe], felder[reihe], code[reihe]
    if not len(angebot):
        return angebot, np.zeros(0, dtype=np.int64)
    anfang = np.flatnonzero(np.r_[True, angebot[1:] != angebot[:-1]])
    wie = code & 15
    feldpunkte = [sum((felder & b) // b * g for b, g in feld) for feld in FELDER]
    je_feld = [np.maximum.reduceat(p * wie, anfang) for p in feldpunkte]
    angebot = angebot[anfang]
    if not ganz:
        return angebot, sum(je_feld)
    mengen = code & ~15
    gelesen: dict[int, np.ndarray] = {}

    def mengen_in(feld: int) -> np.ndarray:
        """Per offer: the sets of which it holds a word in the fields ``feld``."""
        if feld not in gelesen:
            gelesen[feld] = np.bitwise_or.reduceat(np.where(felder & feld, mengen, 0), anfang)
        return gelesen[feld]

    ueberall = np.bitwise_or.reduceat(mengen, anfang)
    behalten = np.zeros(len(angebot), dtype=bool)
    for alternative in ganz:
        maske = alternative.maske
        gehalten = np.zeros(len(angebot), dtype=bool)
        for feld in PHRASENFELDER if alternative.phrase else [-1]:
            gehalten |= ((ueberall if feld < 0 else mengen_in(feld)) & maske) == maske
        behalten |= gehalten
        if not alternative.gewicht or not gehalten.any():
            continue
        von_ihr = (code & maske) != 0
        for i, (feld, p) in enumerate(zip(FELDER, feldpunkte, strict=True)):
            hier = gehalten
            if alternative.je_feld:
                hier = (mengen_in(sum(b for b, _g in feld)) & maske) == maske
            punkte = np.maximum.reduceat(np.where(von_ihr, p, 0), anfang) * alternative.gewicht
            je_feld[i] = np.maximum(je_feld[i], np.where(hier, punkte, 0))
    return angebot[behalten], sum(je_feld)[behalten]


def _posten(begriff: Begriff) -> Posten | None:
    """The offers holding ``begriff`` (``angebot_id``) with its points there (``punkte``),
    from its words' postings grouped per offer; None if no word of the vocabulary stands for
    it. Raw SQL with its parameters (a CTE in :func:`_verbinden`), the same on SQLite and
    PostgreSQL but for how the word lists are bound.

    Points: per field its weight × how the term was found there (the best way there),
    summed over the fields. A title that names the term ranks first; among those, the
    offers whose keywords and description are about it too. An alternative of several sets
    (a compound's parts) needs a word of each set in the offer; a ``SYNONYM`` of several sets
    (a phrase of the thesaurus, a compound's head through its synonyms) all of them in its
    title or all in its description.

    Per posting, its word's way of being found (``wie``) and the sets it belongs to (bits
    of ``mengen``) are looked up once, as one code (``mengen`` × 16 + ``wie``), in a subquery
    that the database does not merge into the grouping: the grouping then does integer
    operations only. Asking per posting in every aggregate whether its word is in a set
    (``CASE WHEN wort IN …`` per field and per set) cost 120 of 310 ms for "Krabbelgruppe"
    (Eltern|Kind|Gruppe among its synonyms) at 100,000 offers. Joining the postings to a
    table of the words instead hid each word's frequency from PostgreSQL's estimates."""
    if not _punkte_je_wort(begriff):
        return None
    # ``wie`` (below 16: GEWICHT) in the code's low 4 bits, the sets above.
    bits: dict[str, int] = {}
    ganz: list[Ganz] = []
    kandidaten: list[str] = []
    alternativen = begriff.alternativen
    if any(len(a.mengen) > 1 for a in alternativen):
        nummer: dict[tuple[str, ...], int] = {}
        behalten = []
        for alternative in alternativen:
            neu = {tuple(m) for m in alternative.mengen} - set(nummer)
            if len(nummer) + len(neu) > MAX_MENGEN:
                continue  # past the code's 64 bits (the thesaurus has up to 10 sets)
            maske = 0
            for menge in alternative.mengen:
                maske |= 16 << nummer.setdefault(tuple(menge), len(nummer))
            mehrere = len(alternative.mengen) > 1
            ganz.append(
                Ganz(
                    maske,
                    phrase=alternative.klasse == SYNONYM and mehrere,
                    gewicht=GEWICHT[alternative.klasse] if mehrere else 0,
                    je_feld=mehrere and alternative.klasse == GENAU,
                )
            )
            behalten.append(alternative)
        if not behalten:
            return None
        alternativen = behalten
        for menge, i in nummer.items():
            for wort in menge:
                bits[wort] = bits.get(wort, 0) | (16 << i)
        # The compound she typed holds its parts: an offer holding "Waldorfschule" holds
        # "Waldorf" + "Schule" apart too, and the "Schule" in its title ("Johannes-Schule")
        # counts as that alternative's.
        zusammen = {
            w
            for a in alternativen
            if a.klasse in (GENAU, TEIL) and len(a.mengen) == 1
            for w in a.mengen[0]
        }
        for eintrag, alternative in zip(ganz, alternativen, strict=True):
            if alternative.klasse == GETRENNT:
                for wort in zusammen:
                    bits[wort] = bits.get(wort, 0) | eintrag.maske
        # Only the offers that can hold an alternative: a word of its set with the fewest
        # postings each (the first part of "Hausaufgaben|hilfe", not its head's thousands of
        # "…hilfe" postings; "Gruppe" of "Eltern|Kind|Gruppe", not the more common "Eltern").
        kandidaten = sorted(set().union(*(a.kleinste() for a in alternativen)))
    # How a word was found, in the code: by an alternative of one set; the words of the
    # others count only where the offer holds them whole (``ganz``; code 0 here):
    # "Mutter-Kind-Gruppe" gives the "Gruppe" of a Bewegungsgruppe nothing without "Mutter".
    einzeln = [a for a in alternativen if len(a.mengen) == 1] if ganz else alternativen
    wie = {
        w: wert
        for wert, woerter in _punkte_je_wort(Begriff(begriff.text, einzeln)).items()
        for w in woerter
    }
    for alternative in alternativen:
        for menge in alternative.mengen:
            for wort in menge:
                wie.setdefault(wort, 0)
    je_code: dict[int, list[str]] = {}
    for wort in sorted(wie):
        je_code.setdefault(bits.get(wort, 0) + wie[wort], []).append(wort)
    verbindung = connections[router.db_for_read(Vorkommen)]
    if verbindung.vendor == "postgresql":
        ist_in, liste = "= ANY(%s)", list
    else:
        ist_in, liste = "IN (SELECT value FROM json_each(%s))", json.dumps
    # The most common code last, as the ELSE: one lookup fewer for most postings.
    codes = sorted(je_code, key=lambda c: len(je_code[c]))
    params = []
    if len(codes) == 1:
        code = str(codes[0])
    elif verbindung.vendor == "postgresql":
        code = "(%s::jsonb ->> wort)::bigint"
        params.append(json.dumps({w: c for c, ws in je_code.items() for w in ws}))
    else:
        code = "CASE"
        for c in codes[:-1]:
            code += f" WHEN wort {ist_in} THEN {c}"
            params.append(liste(je_code[c]))
        code += f" ELSE {codes[-1]} END"
    tabelle = verbindung.ops.quote_name(Vorkommen._meta.db_table)
    innen = f"SELECT angebot_id, felder, {code} AS code FROM {tabelle} WHERE wort {ist_in}"
    params.append(liste(sorted(wie)))
    if kandidaten:
        # SQLite: "+", so that it does not probe the index for every word with every
        # candidate ("Krabbelgruppe": 40 words × 28,000 offers, 1.0 s instead of 0.2).
        spalte = "angebot_id" if verbindung.vendor == "postgresql" else "+angebot_id"
        innen += f" AND {spalte} IN (SELECT u.angebot_id FROM {tabelle} u WHERE u.wort {ist_in})"
        params.append(liste(kandidaten))
    # LIMIT -1 (SQLite) / ALL (PostgreSQL) with OFFSET 0: a subquery neither merges into
    # the grouping, so the code is computed once per posting.
    innen += " LIMIT ALL OFFSET 0" if verbindung.vendor == "postgresql" else " LIMIT -1 OFFSET 0"
    return Posten(innen, params, ganz, "GREATEST" if verbindung.vendor == "postgresql" else "MAX")


def _verbinden(
    queryset: QuerySet[Angebot],
    begriffe: list[Begriff],
    teilweise: bool = False,
    mindestens: int = 1,
) -> tuple[QuerySet[Angebot], list[CTE]]:
    """``queryset`` joined to each term's postings (:func:`_posten`, a CTE each): only the
    offers holding every term, or (``teilweise``) the offers holding ``mindestens`` of them
    at least. A term no word stands for: no offer (unless ``teilweise``)."""
    ctes = []
    ohne = queryset
    for i, begriff in enumerate(begriffe):
        posten = _posten(begriff)
        if posten is None:
            if not teilweise:
                # "1 = 0", not .none(): the counting compiles the SQL (facetten.py).
                return ohne.filter(RawSQL("1 = 0", [], output_field=BooleanField())), []
            ctes.append(None)
            continue
        cte = CTE(
            raw_cte_sql(
                *posten.gruppiert, {"angebot_id": IntegerField(), "punkte": IntegerField()}
            ),
            name=f"begriff{i}",
        )
        queryset = cte.join(
            queryset, pk=cte.col.angebot_id, _join_type=LOUTER if teilweise else INNER
        )
        ctes.append(cte)
    if teilweise:
        eins = Q()
        for cte in ctes:
            if cte is not None:
                eins |= Q(IsNull(cte.col.angebot_id, False))
        queryset = (
            queryset.filter(eins)
            if eins
            else queryset.filter(RawSQL("1 = 0", [], output_field=BooleanField()))
        )
        if mindestens > 1:
            queryset = queryset.alias(gehalten=_gehalten(ctes)).filter(gehalten__gte=mindestens)
    return queryset, ctes


def _gehalten(ctes: list[CTE | None]):
    """How many of the terms (their CTEs) an offer holds."""
    anzahl = Value(0, output_field=IntegerField())
    for cte in ctes:
        if cte is not None:
            anzahl = anzahl + Case(
                When(IsNull(cte.col.angebot_id, False), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
    return anzahl


def rang_aus_posten(anfrage: Suchanfrage) -> Posten | None:
    """The postings of the query's term (:func:`_posten`) when their points alone rank it:
    one term, typed as one word (no phrase in the title to add), all terms required. Then
    ``rang`` of :func:`text_filtern` is ``punkte``, and the offers' own columns are needed
    only to keep the published ones and to break ties: facetten.py does both from its
    index, without joining tens of thousands of hits to the offers (the join took more than
    half of a common word's statement). None otherwise."""
    if len(anfrage.begriffe) != 1 or anfrage.teilweise or " " in normalisieren(anfrage.text):
        return None
    return _posten(anfrage.begriffe[0])


# Per term an offer holds, when not all are required (``Suchanfrage.teilweise``): its
# rarity (log of published offers ÷ offers holding it) times this, far above any term's
# points: "Mobbing" in "Hilfe bei Mobbing in der Schule" outweighs "Hilfe" and "Schule".
JE_SELTENHEIT = 1000
# Fewer published offers than this holding every term of a query of several: after them,
# those holding all but one ("Verdacht auf Kindeswohlgefährdung": the one that says
# "Verdacht", then the other Kinderschutzberatung); far above any rank without it.
MIN_GANZ = 3
GANZ_VORAN = 10_000_000


# A hyphen between letters: the words of one compound ("Mädchen-Treff").
_BINDESTRICH = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def text_filtern(queryset: QuerySet[Angebot], anfrage: Suchanfrage) -> QuerySet[Angebot]:
    """The offers matching every term of ``anfrage`` (``teilweise``: at least one, those
    holding more of them first), annotated with ``rang``."""
    if not anfrage.begriffe:
        return queryset.annotate(rang=Value(0, output_field=IntegerField()))
    queryset, ctes = _verbinden(queryset, anfrage.begriffe, anfrage.teilweise, anfrage.mindestens)
    if not ctes:
        return queryset.annotate(rang=Value(0, output_field=IntegerField()))
    rang = Value(0, output_field=IntegerField())
    seltenheit = anfrage.seltenheit or [1] * len(ctes)
    gewichte = [1] * len(ctes)
    if anfrage.gewichte and (anfrage.ganz or not anfrage.teilweise):
        assert len(anfrage.gewichte) == len(ctes), "ein Gewicht je Begriff"
        gewichte = anfrage.gewichte
    for cte, selten, gewicht in zip(ctes, seltenheit, gewichte, strict=True):
        if cte is None:
            continue
        punkte = Coalesce(cte.col.punkte, Value(0), output_field=IntegerField())
        if gewicht != 1:
            punkte = punkte * Value(gewicht)
        if anfrage.teilweise:
            punkte = punkte + Case(
                When(IsNull(cte.col.angebot_id, False), then=Value(selten)),
                default=Value(0),
                output_field=IntegerField(),
            )
        rang = rang + punkte
    if anfrage.teilweise and anfrage.ganz:
        # The few offers holding every term before all others.
        rang = rang + Case(
            When(
                Q(*(IsNull(c.col.angebot_id, False) for c in ctes if c is not None)),
                then=Value(GANZ_VORAN),
            ),
            default=Value(0),
            output_field=IntegerField(),
        )
    phrase = normalisieren(anfrage.text)
    if " " in phrase:
        # The words as she typed them, together in the title ("Eltern-Kind-Gruppe"); a word
        # she joined with hyphens also as the title writes it in one ("Mädchen-Treff": the
        # "Mädchentreff", not the "Mädchengruppe im Stadtteiltreff").
        im_titel = Q(suchtitel__contains=phrase)
        if (zusammen := normalisieren(_BINDESTRICH.sub("", anfrage.text))) != phrase:
            im_titel |= Q(suchtitel__contains=zusammen)
        rang = rang + Case(
            When(im_titel, then=Value(PHRASE * max(gewichte))),
            default=Value(0),
            output_field=IntegerField(),
        )
    return with_cte(*[c for c in ctes if c is not None], select=queryset.annotate(rang=rang))


# Ties: the most recently checked first (a user understands "aktuell"), then the newest.
SORTIERUNGEN = {
    "relevanz": ("-rang", F("zuletzt_geprueft").desc(nulls_last=True), "-pk"),
    "name": ("titel", "pk"),
    "aktualitaet": (F("zuletzt_geprueft").desc(nulls_last=True), "-pk"),
}


def _seltenheit(anfrage: Suchanfrage, alle: QuerySet[Angebot]) -> list[int]:
    """Per term of ``anfrage``: how rare it is among the published offers ``alle``, as
    ``JE_SELTENHEIT`` × log(offers ÷ offers holding it); one count per term (only for a
    query no offer answers whole)."""
    gesamt = alle.count()
    werte = []
    for begriff in anfrage.begriffe:
        mit, ctes = _verbinden(alle, [begriff])
        anzahl = with_cte(*ctes, select=mit).count() if ctes else 0
        werte.append(int(JE_SELTENHEIT * math.log((gesamt + 1) / (anzahl + 1))) + 1)
    return werte


# A term whose words alone have this many postings is in some published offer (the check
# for none, a query over all its postings, is left out: "Erziehungsberatung" on a first
# request).
MIN_POSTEN_HAEUFIG = 50


def _haeufig(begriff: Begriff) -> bool:
    return any(
        len(a.mengen) == 1 and a.umfang and a.umfang[0] >= MIN_POSTEN_HAEUFIG
        for a in begriff.alternativen
    )


def suchen(
    text: str = "",
    queryset: QuerySet[Angebot] | None = None,
    sortierung: str = "relevanz",
    anfrage: Suchanfrage | None = None,
    korrigieren: bool = True,
) -> tuple[QuerySet[Angebot], Suchanfrage]:
    """Published offers matching ``text`` (already filtered ``queryset`` if given), sorted.

    ``anfrage``: ``text`` as understood before (kept by trefferspeicher.py), not again.
    """
    if queryset is None:
        queryset = Angebot.objects.veroeffentlicht()
    if anfrage is None:
        anfrage = anfrage_verstehen(text, korrigieren=korrigieren)
        # No published offer at all (not only none in the filters: those the page offers to
        # drop) holds all parts of a compound: its first part ("Mädchensport").
        alle = Angebot.objects.using(queryset.db).veroeffentlicht()
        if anfrage.zerlegt and korrigieren and not text_filtern(alle, anfrage).exists():
            anfrage = anfrage_verstehen(text, korrigieren=korrigieren, teilweise=True)
        # One term of the thesaurus whose words are in the vocabulary, but in no published
        # offer together ("Jungenarbeit" where the offers say "Schwerpunkt: Jungen"): its
        # broader term, said so on the page, as for a term found nowhere.
        elif (
            korrigieren
            and len(anfrage.begriffe) == 1
            and anfrage.begriffe[0].gefunden
            and not anfrage.erweiterungen
            and anfrage.mit_oberbegriff
            and not _haeufig(anfrage.begriffe[0])
            and not text_filtern(alle, anfrage).exists()
        ):
            weiter = anfrage_verstehen(text, korrigieren=korrigieren, weiter=True)
            if weiter.erweiterungen:
                anfrage = weiter
        # No published offer holds all the terms ("Sport für Mädchen", "Kita in der Nähe"):
        # those holding the most of them, said so on the page; not for a hyphenated word
        # whose head no offer holds ("Mutter-Kind-Kur").
        # Only one or two hold them all: after those, the offers holding all terms but one.
        if (
            korrigieren
            and len(anfrage.begriffe) > 1
            and any(b.gefunden for b in anfrage.begriffe)
            and not anfrage.kopf_unbekannt
        ):
            ganz = text_filtern(alle, anfrage)[:MIN_GANZ].count()
            if not ganz or (ganz < MIN_GANZ and all(b.gefunden for b in anfrage.begriffe)):
                anfrage.teilweise = True
                anfrage.ganz = ganz
                anfrage.mindestens = len(anfrage.begriffe) - 1 if ganz else 1
                anfrage.seltenheit = _seltenheit(anfrage, alle)
    if anfrage.teilweise and anfrage.ganz:
        # The page and the API say how many of the list shown (its filters) hold every term.
        streng = replace(anfrage, teilweise=False, ganz=0, mindestens=1)
        hier = text_filtern(queryset, streng)[:MIN_GANZ].count()
        if hier != anfrage.ganz:
            anfrage = replace(anfrage, ganz=hier)
    treffer = text_filtern(queryset, anfrage)
    ordnung = SORTIERUNGEN.get(sortierung, SORTIERUNGEN["relevanz"])
    return treffer.order_by(*ordnung), anfrage
