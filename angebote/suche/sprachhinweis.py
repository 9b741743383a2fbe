"""A language named in the search text: the page offers the language filter.

The language an offer is held in is a filter, not free text (issue #15: every offer held in
German would otherwise match "Deutsch", and "Nachhilfe Englisch" means English lessons). A
Fachkraft still types "Beratung auf Arabisch" or "ukrainisch"; the search then finds what the
words say, and the page offers, beside the results, the filter "Sprache: Arabisch" with the
rest of her text ("Beratung"): one click, and she sees what happens in that language.

Only languages some published offer is held in (else the link would lead to nothing), never
the registry's own language (German: every offer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sozialraum.werkzeuge.datenstand import behalten
from sozialraum.werkzeuge.suchtext import normalisieren

from ..models import Angebot, Sprache

# The registry's language: every offer is held in it, so it is never offered as a filter.
SPRACHE_DES_REGISTERS = "de"
# A language's adjective as typed: "arabisch", "arabische", "arabischsprachigen".
_FORM = r"(sprachig)?(e|en|er|es|em)?"
# Words that may name a language, checked before the languages are read (a cache read): the
# adjectives in -isch, and the words of the shipped languages' names without it (migration
# angebote 0002; a test keeps them in step). A language added by hand without -isch is
# not offered.
_ISCH = re.compile(r"isch" + _FORM + "$")
OHNE_ISCH = frozenset(
    [
        "hindi",
        "urdu",
        "tamil",
        "somali",
        "swahili",
        "lingala",
        "tigrinya",
        "paschtu",
        "farsi",
        "dari",
    ]
)
# Around the language's word, dropped with it: "auf Arabisch", "in arabischer Sprache".
_DAVOR = {"auf", "in"}
_DANACH = {"sprache", "sprechend", "sprechende", "sprechenden", "sprechender", "sprechendes"}
# Words that name no topic, left out of the rest ("Angebote auf Türkisch": all of them).
_ALLGEMEIN = {"angebot", "angebote", "angeboten"}


@dataclass(frozen=True)
class Sprachhinweis:
    code: str
    name: str
    # Her text without the language's words ("Beratung" of "Beratung auf Arabisch").
    rest: str


def _sprachen(stand: str | None) -> dict[str, tuple[str, str]]:
    """Per normalised word of a language's name (of the languages published offers are held
    in, but the registry's own): (code, name); kept per data state."""

    def rechnen():
        gehalten = (
            Sprache.objects.filter(angebote__status=Angebot.Status.VEROEFFENTLICHT)
            .exclude(code=SPRACHE_DES_REGISTERS)
            .distinct()
            .order_by("name")
        )
        return {
            wort: (s.code, s.name)
            for s in gehalten
            for wort in re.findall(r"\w+", normalisieren(s.name))
            # Words that can name a language ("Leichte Sprache" added by hand: not "sprache").
            if len(wort) > 2 and _moeglich(wort)
        }

    return behalten("sprachen_der_angebote", [], rechnen, stand)


def _moeglich(wort: str) -> bool:
    return bool(_ISCH.search(wort)) or re.sub(_FORM + "$", "", wort) in OHNE_ISCH


def sprache_im_text(text: str, stand: str | None = None) -> Sprachhinweis | None:
    """The first language ``text`` names, with the rest of her text; None if it names none.
    ``stand``: the data state if the caller read it already."""
    stuecke = text.split()
    normal = [normalisieren(s.strip(".,;:!?\"'„“()")) for s in stuecke]
    if not any(_moeglich(w) for w in normal):
        return None
    namen = _sprachen(stand)
    if not namen:
        return None
    muster = re.compile(
        "^("
        + "|".join(re.escape(n) for n in sorted(namen, key=len, reverse=True))
        + ")"
        + _FORM
        + "$"
    )
    for i, wort in enumerate(normal):
        if treffer := muster.match(wort):
            code, name = namen[treffer.group(1)]
            anfang = i - 1 if i > 0 and normal[i - 1] in _DAVOR else i
            ende = i + 2 if i + 1 < len(normal) and normal[i + 1] in _DANACH else i + 1
            rest = [
                stueck
                for j, stueck in enumerate(stuecke[:anfang] + stuecke[ende:])
                if normalisieren(stueck.strip(".,;:!?\"'„“()")) not in _ALLGEMEIN
            ]
            return Sprachhinweis(code, name, " ".join(rest))
    return None
