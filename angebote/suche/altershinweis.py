"""An age named in the search text: the page offers the age filter.

The age an offer is for is a filter ("Alter des Kindes / der Person"), not free text: a
Fachkraft still types "Jugendliche ab 14", "Kinder unter 3" or "schwanger mit 16". As words
the number found the 14 of "14. Schule" and of every "Alsenstr. 14" (Berlin); it is no term
of the search now (:func:`altersangaben`), and the page offers the filter with the rest of
her text: one click, and she sees the offers for that age.

An age is a number of at most ``MAX_ALTER`` after "ab", "bis", "unter", "über", "mit" or
"von", or before "Jahre", "Jahren", "-Jährige" ("3 Jahre alt", "14-Jährige"). "unter 3" is
the filter's age 2, "über 16" its 17. A paragraph ("§ 28") or a number alone ("Haus 12")
is no age.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sozialraum.werkzeuge.suchtext import normalisieren

# Youth welfare's ages: up to 27 (§ 7 SGB VIII, junge Volljährige).
MAX_ALTER = 27
# Before the number (normalised) and what it makes of it: "unter 3" is at most 2.
_DAVOR = {"ab": 0, "bis": 0, "mit": 0, "von": 0, "unter": -1, "uber": 1}
# After the number, dropped with it: "3 Jahre", "14-Jährige", "2 J.".
_JAHRE = re.compile(r"^(j|jahr|jahre|jahren|jahrig|jahrige|jahrigen|jahriger|jahriges)$")
_ALT = {"alt", "alte", "alten", "alter"}
# Dropped from the rest when before an age.
_MIT_WEG = {*_DAVOR, "fur", "zwischen"}


def altersangaben(woerter: list[str]) -> dict[int, int]:
    """Per index of a normalised word of the query that is part of an age (the number, the
    "Jahre" after it; not the preposition, a stop word anyway): the age it names."""
    stellen: dict[int, int] = {}
    for i, wort in enumerate(woerter):
        if not wort.isdigit() or int(wort) > MAX_ALTER:
            continue
        davor = woerter[i - 1] if i else ""
        danach = woerter[i + 1] if i + 1 < len(woerter) else ""
        if davor in _DAVOR:
            alter = max(0, int(wort) + _DAVOR[davor])
        elif _JAHRE.match(danach):
            alter = int(wort)
        else:
            continue
        stellen[i] = alter
        j = i + 1
        while j < len(woerter) and (_JAHRE.match(woerter[j]) or woerter[j] in _ALT):
            stellen[j] = alter
            j += 1
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
