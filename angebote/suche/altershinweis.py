"""An age named in the search text: the page offers the age filter.

The age an offer is for is a filter ("Alter des Kindes / der Person"), not free text: a
Fachkraft still types "Jugendliche ab 14", "Kinder unter 3" or "schwanger mit 16". As words
the number found the 14 of "14. Schule" and of every "Alsenstr. 14" (Berlin); it is no term
of the search now (:func:`altersangaben`), and the page offers the filter with the rest of
her text: one click, and she sees the offers for that age.

An age is a number of at most ``MAX_ALTER`` before "Jahre", "Jahren", "-Jährige" ("3 Jahre
alt", "14-Jährige"), or after "ab", "bis", "unter", "über", "mit", "von" or "zwischen" where
no word follows that says what it counts ("ab 18 Uhr", "ab 6 Monaten", "mit 3 Kindern" are
none). "unter 3" is the filter's age 2, "über 16" its 17; of a range ("3-6 Jahre",
"zwischen 14 und 18") both numbers go and the lower is offered. A number alone ("Haus 12")
and any number of a query naming the SGB ("§§ 22 bis 24 SGB VIII") stay words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sozialraum.werkzeuge.suchtext import normalisieren

from .woerterbuch import STOPPWOERTER

# Youth welfare's ages: up to 27 (§ 7 SGB VIII, junge Volljährige).
MAX_ALTER = 27
# Before the number (normalised) and what it makes of it: "unter 3" is at most 2.
_DAVOR = {"ab": 0, "bis": 0, "mit": 0, "von": 0, "zwischen": 0, "unter": -1, "uber": 1}
# Between the two numbers of a range.
_BIS = {"bis", "und"}
# After the number, dropped with it: "3 Jahre", "14-Jährige", "2 J.".
_JAHRE = re.compile(r"^(j|jahr|jahre|jahren|jahrig|jahrige|jahrigen|jahriger|jahriges)$")
_ALT = {"alt", "alte", "alten", "alter"}
# Dropped from the rest when before an age.
_MIT_WEG = {*_DAVOR, *_BIS, "fur"}


def altersangaben(woerter: list[str]) -> dict[int, int]:
    """Per index of a normalised word of the query that is part of an age (the numbers, the
    "Jahre" after them; not the preposition, a stop word anyway): the age it names, the
    lower bound of a range ("3-6 Jahre", "von 3 bis 6": 3). None in a paragraph's query
    ("§§ 22 bis 24 SGB VIII")."""
    if "sgb" in woerter:
        return {}
    stellen: dict[int, int] = {}
    for i, wort in enumerate(woerter):
        if not wort.isdigit() or int(wort) > MAX_ALTER:
            continue
        davor = woerter[i - 1] if i else ""
        danach = woerter[i + 1] if i + 1 < len(woerter) else ""
        if _JAHRE.match(danach):
            alter = int(wort) + _DAVOR.get(davor, 0)
        elif davor in _DAVOR and (not danach or danach in STOPPWOERTER or danach.isdigit()):
            # Not a number of something else: "ab 18 Uhr", "mit 3 Kindern", "ab 6 Monaten".
            alter = int(wort) + _DAVOR[davor]
        else:
            continue
        if not 0 <= alter <= MAX_ALTER:
            continue
        stellen[i] = alter
        j = i + 1
        while j < len(woerter) and (_JAHRE.match(woerter[j]) or woerter[j] in _ALT):
            stellen[j] = alter
            j += 1
    # A range: the other number joined by a hyphen, "bis" or "und" ("3-6 Jahre", "von 3 bis
    # 6", "zwischen 14 und 18"); the first is the age offered.
    for i in sorted(stellen):
        for k in (i - 1, i - 2, i + 2):
            zwischen = woerter[min(i, k) + 1 : max(i, k)]
            if (
                0 <= k < len(woerter)
                and k not in stellen
                and woerter[k].isdigit()
                and int(woerter[k]) <= MAX_ALTER
                and all(w in _BIS for w in zwischen)
            ):
                stellen[k] = int(woerter[k])
    return stellen


@dataclass(frozen=True)
class Altershinweis:
    alter: int
    # Her text without the age's words ("Jugendliche" of "Jugendliche ab 14").
    rest: str


def alter_im_text(text: str) -> Altershinweis | None:
    """The first age ``text`` names, with the rest of her text; None if it names none."""
    stuecke = text.split()
    # One typed piece may hold two words ("14-Jährige"): the pieces' words in order.
    woerter, stueck_von = [], []
    for n, stueck in enumerate(stuecke):
        for wort in normalisieren(stueck).split():
            woerter.append(wort)
            stueck_von.append(n)
    stellen = altersangaben(woerter)
    if not stellen:
        return None
    weg = {stueck_von[i] for i in stellen}
    # The preposition before an age goes with it ("ab 14", "von 3 bis 6", "für 2 Jahre").
    weg |= {stueck_von[i - 1] for i in stellen if i and woerter[i - 1] in _MIT_WEG}
    rest = " ".join(s for n, s in enumerate(stuecke) if n not in weg)
    return Altershinweis(stellen[min(stellen)], rest)
