"""Text normalisation for search, shared by every floor.

German users type "Mädchen", "maedchen" or "madchen", "Straße" or "Strasse"; the
registry folds all of them to one form, in the stored search text and in the query alike,
so that plain substring matching (backed by trigram indexes) finds them all.
"""

import re
import unicodedata

_FALTUNG = [("ß", "ss"), ("ä", "a"), ("ö", "o"), ("ü", "u"), ("ae", "a"), ("oe", "o"), ("ue", "u")]
_NICHT_WORT = re.compile(r"[^0-9a-z]+")
_NICHT_ASCII = re.compile(r"[^\x00-\x7f]+")

# Inflection endings stripped from query words (longest first), keeping a stem of 4+ letters:
# "Familien" -> "famili" finds "Familie"; "Jugendlichen" -> "jugendlich" finds "Jugendliche".
_ENDUNGEN = ("innen", "ern", "en", "er", "es", "em", "in", "e", "n", "s")


def _ohne_akzente(treffer: re.Match) -> str:
    return "".join(c for c in treffer.group() if not unicodedata.combining(c))


def normalisieren(text: str) -> str:
    """Lower case, umlauts and ß folded, accents dropped, words separated by one space."""
    text = (text or "").lower()
    for alt, neu in _FALTUNG:
        text = text.replace(alt, neu)
    if not text.isascii():  # accents: "é" -> "e"; only non-ASCII runs are looked at
        text = _NICHT_ASCII.sub(_ohne_akzente, unicodedata.normalize("NFKD", text))
    return " ".join(_NICHT_WORT.split(text)).strip()


# A compound written with hyphens ("Eltern-Kind-Gruppe", "Ein-Eltern-Familie"): letters only
# in each part, so "U3-Gruppe", "030-1234" and "Kinder- und Jugendhilfe" are none.
_KOPPLUNG = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def gekoppelt(text: str) -> list[str]:
    """The hyphenated compounds of ``text``, each as one normalised word, in their order
    ("Treff im Eltern-Kind-Zentrum" → ["elternkindzentrum"]). German writes a concept of
    several words with hyphens; :func:`normalisieren` separates them, and the search
    indexes them as one word too (angebote/suche/suchindex.py)."""
    return [
        w for teil in _KOPPLUNG.findall(text or "") if (w := normalisieren(teil).replace(" ", ""))
    ]


def stamm(wort: str) -> str:
    """A light German stem of a normalised query word (never shorter than 4 letters)."""
    for endung in _ENDUNGEN:
        if wort.endswith(endung) and len(wort) - len(endung) >= 4:
            return wort[: -len(endung)]
    return wort


def woerter(text: str) -> list[str]:
    return [w for w in normalisieren(text).split(" ") if w]
