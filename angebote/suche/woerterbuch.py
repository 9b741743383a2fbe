"""German words for the search: inflected forms of a query word, and compounds split at real
word boundaries.

* **Forms.** A query word finds itself and its inflections: "Familie" → familie, familien;
  "Schülerin" → schulerin, schuler, schulerinnen. :func:`formen` builds the candidates from
  a few German endings; only those that occur in the vocabulary count, so a made-up form
  costs nothing.
* **Compounds.** German joins words: "Drogensucht", "Suchtberatung". The search must find
  them for "Sucht", but never "besucht", "gesucht" or "untersucht", nor "Streit" for
  "Reiten". :func:`zerlegen` splits a word with a dictionary, the standard approach for
  German decompounding (Koehn & Knight 2003): a split is taken only where every part is a
  German word of the dictionary (after an optional linking element, "Erziehung|s|beratung"),
  choosing the split whose parts are most frequent, and only where the parts are more
  frequent than the whole word ("vergessen" is no verg|essen). Not split: short words;
  common words that are lexicalised on their own ("Kindergarten", "Freizeit",
  "Hausaufgaben": a query "Garten" should not find a Kita); splits whose left part is a
  preposition or particle ("unter|sucht", "aus|bildung"), which form verbs and their
  derivatives, not compounds.

The dictionary is the German word list of ``wordfreq`` (frequencies from Wikipedia,
subtitles, news, books and the web; data CC BY-SA 4.0, see docs/suche.md), folded like the
search text. It is loaded when first needed (about a second, some 40 MB) by the process that
indexes new words or splits a query word the vocabulary does not know; a search of known
words never loads it.
"""

from __future__ import annotations

import functools
import math
import re

from sozialraum.werkzeuge.suchtext import normalisieren

# The articles: a phrase of the thesaurus may be typed with or without them ("Hilfe bei
# Hausaufgaben" is "Hilfe bei den Hausaufgaben"; prepositions not: "Beratung im Umgang mit
# Medien" is no "Beratung zum Umgang"), normalised.
ARTIKEL = frozenset(
    ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"]
)
# Words a query and a phrase of the thesaurus are read without ("Hilfe bei den Hausaufgaben":
# "hilfe", "hausaufgaben"), normalised.
STOPPWOERTER = ARTIKEL | frozenset(
    [
        "und",
        "oder",
        "fur",
        "fuer",
        "mit",
        "von",
        "vom",
        "im",
        "in",
        "am",
        "an",
        "zu",
        "zum",
        "zur",
        "auf",
        "bei",
        "nach",
        "aus",
        "beim",
        "ins",
        "uber",
        "gegen",
        "um",
        "durch",
        "wegen",
        "als",
        # Prepositions of time and place ("Sprachförderung vor der Einschulung", "Kinder
        # unter drei"): "vor" is in every "vor Ort".
        *["vor", "ab", "bis", "seit", "unter", "neben", "zwischen", "hinter", "wahrend"],
        # Of a problem as she describes it ("Kind wird gemobbt", "Eltern trennen sich", "Baby
        # schläft nicht"): pronouns, auxiliaries and particles that only an offer's prose
        # holds, never what it is about.
        *[
            "ich",
            "du",
            "er",
            "sie",
            "es",
            "wir",
            "ihr",
            "man",
            "mich",
            "mir",
            "uns",
            "euch",
            "ihm",
            "ihn",
            "ihnen",
            "sich",
        ],
        *["mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine"],
        *[
            "sein",
            "seine",
            "seinen",
            "seinem",
            "seiner",
            "ihre",
            "ihren",
            "ihrem",
            "ihrer",
            "unser",
            "unsere",
        ],
        *[
            "wird",
            "werden",
            "wurde",
            "wurden",
            "ist",
            "sind",
            "war",
            "waren",
            "hat",
            "haben",
            "hatte",
            "hatten",
        ],
        *[
            "kann",
            "konnen",
            "muss",
            "mussen",
            "soll",
            "sollen",
            "will",
            "mochte",
            "mochten",
            "gibt",
        ],
        # What she does with the search, not what she looks for ("Hebamme gesucht",
        # "Praktikum finden", "Musik machen"): "gesucht" would be "Suche", "finden" a
        # "Findung".
        *["suche", "suchen", "gesucht", "finden", "brauche", "brauchen", "benotige", "machen"],
        *[
            "nicht",
            "kein",
            "keine",
            "keinen",
            "keinem",
            "keiner",
            "sehr",
            "auch",
            "noch",
            "schon",
            "nur",
            "so",
        ],
        *[
            "wie",
            "was",
            "wo",
            "wer",
            "wann",
            "welche",
            "welcher",
            "welches",
            "dass",
            "weil",
            "wenn",
            "ob",
            "aber",
        ],
    ]
)


# Words a query for offers is read without, beside the stop words: what every entry of the
# registry is ("Angebote für Jungen" asks for Jungen; compounds such as "Ferienangebot" stay
# words of their own). Not for other searches (the Raumwissen's "kein Angebot für …").
ANGEBOTSWOERTER = frozenset(["angebot", "angebote", "angeboten", "angebots"])


def ohne_artikel(woerter: list[str]) -> list[str]:
    return [w for w in woerter if w not in ARTIKEL]


# Endings a form may have, and endings taken off a query word before adding them (never
# "er"/"ern": "Schüler" must not become "Schule").
ENDUNGEN = ("", "e", "n", "en", "s", "es", "er", "ern", "em", "in", "innen")
KURZ_ENDUNGEN = ("", "e", "n", "en")
ADJEKTIVISCH = ("lich", "ig", "isch", "end", "ell", "iv", "al", "ier")
LATEIN = (("ium", "ien"), ("um", "en"))
ABZUG = ("innen", "in", "en", "e", "n", "s", "es")
MIN_STAMM = 4
# Nouns whose forms would otherwise take in an adjective's: "Jungen" (boys) is not "junge"
# (young: "junge Frauen", "junge Eltern"). Their forms are exactly these.
EIGENE_FORMEN = {
    "jungen": frozenset({"jungen", "jungs"}),
    "jungs": frozenset({"jungen", "jungs"}),
}

# Linking elements between the parts of a compound (Fugenelemente), longest first.
FUGEN = ("ens", "es", "ns", "en", "er", "s", "n", "e", "")
MIN_TEIL = 3
MIN_WORT = 6
# Zipf frequency (×100) from which a word counts as lexicalised: not split.
LEXIKALISIERT = 350
# Parts must be at least this frequent (×100) to count as German words.
MIN_TEIL_HAEUFIGKEIT = 250
MIN_KURZ_HAEUFIGKEIT = 450
# Zipf ×100 from which words are read from wordfreq (rarer ones are mostly noise).
MIN_HAEUFIGKEIT = 180

# Prepositions, particles and pronouns: the left part of verbs and their derivatives
# ("unter|sucht", "be|sucht", "aus|bildung"), never the first part of a compound in the
# sense of the search. Folded like the search text.
PARTIKEL = frozenset(
    [
        "ab",
        "an",
        "auf",
        "aus",
        "bei",
        "dar",
        "durch",
        "ein",
        "empor",
        "entgegen",
        "entlang",
        "fort",
        "gegen",
        "her",
        "heran",
        "herauf",
        "heraus",
        "herbei",
        "herein",
        "herum",
        "herunter",
        "hervor",
        "hin",
        "hinab",
        "hinauf",
        "hinaus",
        "hinein",
        "hinter",
        "hinuber",
        "hinunter",
        "hinweg",
        "los",
        "mit",
        "nach",
        "nieder",
        "ob",
        "uber",
        "um",
        "umher",
        "unter",
        "vor",
        "voran",
        "voraus",
        "vorbei",
        "vorher",
        "voruber",
        "weg",
        "weiter",
        "wider",
        "wieder",
        "zu",
        "zuruck",
        "zusammen",
        "zwischen",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "und",
        "oder",
        "aber",
        "als",
        "wie",
        "was",
        "wer",
        "wo",
        "sich",
        "sie",
        "ihr",
        "wir",
        "ich",
        "man",
        "nicht",
        "noch",
        "schon",
        "sehr",
        "auch",
        "nur",
        "dass",
        "daß",
        "fur",
        "gegenuber",
        "seit",
        "ohne",
        "bis",
        "per",
        "pro",
        "be",
        "ge",
        "er",
        "ent",
        "emp",
        "ver",
        "zer",
        "miss",
    ]
)
_WORT = re.compile(r"^[a-zäöüß]+$")


@functools.cache
def haeufigkeiten() -> dict[str, int]:
    """Folded German word → Zipf frequency × 100 (the most frequent spelling wins)."""
    from wordfreq import get_frequency_list

    ergebnis: dict[str, int] = {}
    # Bucket i holds the words of Zipf frequency 9 - i/100 (wordfreq's centibel buckets).
    for i, woerter in enumerate(get_frequency_list("de", wordlist="large")):
        haeufigkeit = 900 - i
        if haeufigkeit < MIN_HAEUFIGKEIT:
            break
        for wort in woerter:
            if len(wort) >= MIN_TEIL and _WORT.match(wort):
                ergebnis.setdefault(normalisieren(wort), haeufigkeit)
    return ergebnis


def haeufigkeit(wort: str) -> int:
    return haeufigkeiten().get(wort, 0)


# The prefixes of a participle ("ge|trennt", "be|treut") and of verbs that take no "ge-"
# ("ver|mittelt", "er|zogen"); and the ending of a borrowed verb's ("integr|iert").
PARTIZIP_VORN = ("ge", "be", "ver", "er", "ent", "zer", "emp", "miss")


def _partizip(wort: str) -> bool:
    """A verb's participle in -t: a participle's prefix or -iert, and its verb is a word
    ("betreut": betreuen, "getrennt": trennen, "behindert": behindern); "berat" (beraten),
    "arbeit", "licht" (Lichter) and "meist" (Meister) are none."""
    if not (wort.endswith("t") and len(wort) > MIN_STAMM and ist_wort(wort)):
        return False
    if not (wort.startswith(PARTIZIP_VORN) or wort.endswith("iert")):
        return False
    basis = wort[:-1]
    verben = [basis + "en", basis + "n"]
    if basis.startswith("ge"):
        verben += [basis[2:] + "en", basis[2:] + "n"]
    return any(ist_wort(v) for v in verben)


def formen(wort: str) -> set[str]:
    """The word and the inflected forms the search accepts for it (see ``ENDUNGEN``); a
    word of three letters only with -e, -n, -en ("Kur" – "Kuren", never "Kurs")."""
    if eigene := EIGENE_FORMEN.get(wort):
        return set(eigene)
    if len(wort) < MIN_STAMM:
        return {wort + endung for endung in KURZ_ENDUNGEN}
    staemme = {wort}
    for endung in ABZUG:
        if wort.endswith(endung) and len(wort) - len(endung) >= MIN_STAMM:
            staemme.add(wort[: -len(endung)])
    # Adjectives and participles used as nouns: "Jugendlicher", "Alleinerziehender".
    for endung in ("er", "em", "es"):
        stamm = wort[: -len(endung)]
        # Also a participle as an adjective ("betreuter Spielplatz": the "betreuten"), not a
        # noun of a verb's stem in -er ("Berater" is no "beraten").
        if wort.endswith(endung) and (stamm.endswith(ADJEKTIVISCH) or _partizip(stamm)):
            staemme.add(stamm)
    ergebnis = {stamm + endung for stamm in staemme for endung in ENDUNGEN}
    # Latin plurals: "Gymnasium" – "Gymnasien", "Zentrum" – "Zentren".
    for einzahl, mehrzahl in LATEIN:
        if wort.endswith(einzahl):
            ergebnis.add(wort[: -len(einzahl)] + mehrzahl)
        elif wort.endswith(mehrzahl):
            ergebnis.add(wort[: -len(mehrzahl)] + einzahl)
    return ergebnis


# A verb's noun (Verbalnomen): its stem with -ung ("trennen" → "Trennung", "beraten" →
# "Beratung") or, in borrowed verbs, -ing ("gemobbt" → "Mobbing").
VERBALNOMEN = ("ung", "ing")
# Nouns in -ung whose meaning has left the verb's (normalised): "sitzen" is no Sitzung,
# "tauschen" (folded) no Täuschung, "leiten" no Kitaleitung.
KEIN_VERBALNOMEN = frozenset(
    [
        "sitzung",
        "richtung",
        "haltung",
        "zahlung",
        "rechnung",
        "ziehung",
        "tauschung",
        "losung",
        "zeitung",
        "wohnung",
        "stellung",
        "leitung",
        "ordnung",
        "meinung",
        "stimmung",
        "wirkung",
        "spannung",
        "dichtung",
        "kleidung",
    ]
)


def verbalnomen(wort: str) -> set[str]:
    """The nouns ``wort`` would have if it is a form of a verb (normalised, none checked
    against any vocabulary): its stem from the infinitive ("trennen", "wandern", "betreuen",
    folded to "betreun"), the present's third person or the participle ("trennt",
    "betreut", "gemobbt", "überfordert", "gearbeitet") with -ung or -ing; a stem in -el or
    -er also without its e ("handeln" → "Handlung"). "-et" only after a stem in t or d
    ("bildet"; "Planet" is no Planung, "geöffnet" no Öffnung). Empty for a word that cannot
    be one (too short, no verb ending), and none of ``KEIN_VERBALNOMEN``."""
    staemme = set()
    if wort.endswith("en"):
        staemme.add(wort[:-2])
    elif wort.endswith(("eln", "ern", "un")):
        staemme.add(wort[:-1])
    elif wort.endswith("t"):
        stamm = wort[:-1]
        if wort.endswith(("tet", "det")):
            stamm = wort[:-2]
        elif wort.endswith("et"):
            stamm = ""
        staemme.add(stamm)
        if stamm.startswith("ge"):
            staemme.add(stamm[2:])
    # A verb's present or participle: also its infinitive and the noun that is its bare stem
    # ("Baby schläft schlecht": "Schlafen", "Schlaf"; "spielt": "Spiel").
    # Only where the infinitive is a German word and neither is a stop word ("Nacht" is no
    # "nach", "Gesicht" no "sich").
    konjugiert = {
        stamm + endung
        for stamm in staemme
        if wort.endswith("t")
        and len(stamm) >= MIN_STAMM
        and stamm.isalpha()
        and stamm not in STOPPWOERTER
        and stamm + "en" not in STOPPWOERTER
        and ist_wort(stamm + "en")
        for endung in ("", "en")
    }
    for stamm in list(staemme):
        if stamm.endswith(("el", "er")):
            staemme.add(stamm[:-2] + stamm[-1])
    return {
        stamm + endung
        for stamm in staemme
        if len(stamm) >= MIN_STAMM and stamm.isalpha()
        for endung in VERBALNOMEN
    } - KEIN_VERBALNOMEN | (konjugiert - {wort})


# Nouns of borrowed verbs in -ieren: "Jonglage" (jonglieren), "Reparatur" (reparieren).
# Not -ation: "Integration" is no "Integrierte Sekundarschule", "Information" no
# "informiert".
VERBALNOMEN_IEREN = ("age", "atur")
# A participle's endings as an adjective ("betreute", "betreuten").
PARTIZIP_ENDUNGEN = ("", "e", "en", "er", "es", "em")


def verbformen(wort: str) -> set[str]:
    """The forms of the verb ``wort`` is the noun of (normalised, none checked against any
    vocabulary), the other way round from :func:`verbalnomen`: "Betreuung" → betreuen,
    betreut, betreuten; "Trennung" → trennen, getrennt; "Jonglage" → jonglieren;
    "Reparatur" → repariert. Empty for other words and those of ``KEIN_VERBALNOMEN``."""
    if wort in KEIN_VERBALNOMEN:
        return set()
    staemme = {wort[: -len(e)] for e in VERBALNOMEN if wort.endswith(e)}
    staemme |= {wort[: -len(e)] + "ier" for e in VERBALNOMEN_IEREN if wort.endswith(e)}
    ergebnis: set[str] = set()
    for stamm in staemme:
        if len(stamm) < MIN_STAMM or not stamm.isalpha():
            continue
        weich = stamm.endswith(("el", "er")) and not stamm.endswith("ier")
        ergebnis.add(stamm + ("n" if weich else "en"))
        partizipien = {stamm + ("et" if stamm.endswith(("t", "d")) else "t")}
        if not stamm.startswith(PARTIZIP_VORN) and not stamm.endswith("ier"):
            partizipien |= {"ge" + p for p in partizipien}
        ergebnis |= {p + e for p in partizipien for e in PARTIZIP_ENDUNGEN}
    return ergebnis


def _ist_teil(wort: str) -> bool:
    """A German word that can be a part of a compound: not a particle, frequent enough
    (three-letter words much more so: the web's word lists are full of fragments)."""
    if len(wort) < MIN_TEIL or wort in PARTIKEL:
        return False
    return haeufigkeit(wort) >= (
        MIN_KURZ_HAEUFIGKEIT if len(wort) == MIN_TEIL else MIN_TEIL_HAEUFIGKEIT
    )


def ist_wort(wort: str) -> bool:
    """A German word of the dictionary (not a typo, even where no offer holds it)."""
    return haeufigkeit(wort) >= MIN_TEIL_HAEUFIGKEIT


def _als_bestimmungswort(basis: str) -> bool:
    """A word, or the stem of a verb ("koch|kurs", "krabbel|gruppe", "wohn|gruppe"; four
    letters at least: "unt|er|sucht" is no compound)."""
    if _ist_teil(basis):
        return True
    return len(basis) > MIN_TEIL and (_ist_teil(basis + "en") or _ist_teil(basis + "n"))


@functools.lru_cache(maxsize=20000)
def zerlegung(wort: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The best split of ``wort`` (see :func:`zerlegen`): its parts (a compound left part
    also as a whole) and where the parts that follow the first begin; ``((), ())`` if none.

    Of all splits "left part (+ linking element) + head", where the head is a word and the
    left part a word, a verb's stem or itself a compound, the one wins whose left part is a
    word, then the one with the fewest parts, then the one whose parts are most frequent
    (geometric mean); of the splits whose parts are more frequent than the word itself
    (Koehn & Knight 2003, "Empirical Methods for Compound Splitting"): "kindertagesstätten"
    is kinder|tages|stätten, not the rarer kindertag|es|stätten.
    """
    if len(wort) < MIN_WORT or not wort.isalpha():
        return (), ()
    bestes: tuple | None = None
    eigenes = haeufigkeit(wort)
    for grenze in range(MIN_TEIL, len(wort) - MIN_TEIL + 1):
        kopf = wort[grenze:]
        if not _ist_teil(kopf):
            continue
        links = wort[:grenze]
        for fuge in FUGEN:
            if fuge and not links.endswith(fuge):
                continue
            basis = links[: len(links) - len(fuge)] if fuge else links
            if len(basis) < MIN_TEIL or basis in PARTIKEL:
                continue
            direkt = _als_bestimmungswort(basis)
            innen, innen_grenzen = zerlegung(basis) if len(basis) >= MIN_WORT else ((), ())
            if direkt:
                # A common word on the left keeps only its head, as on its own (zerlegen).
                eigene = innen[-1:] if haeufigkeit(basis) >= LEXIKALISIERT else innen
                teile, glieder = (basis, *eigene), [basis, kopf]
            elif innen:
                teile = (basis, *innen)
                glieder = [t for t in innen if not zerlegung(t)[0]] + [kopf]
            else:
                continue
            if eigenes * len(glieder) >= sum(haeufigkeit(t) for t in glieder):
                # Koehn & Knight (2003): a split only where its parts are more frequent than
                # the word itself (the geometric mean of their frequencies: the mean of their
                # Zipf values). A common word that merely holds other words is none:
                # "vergessen" is not "verg|essen", "Angebote" not "ange|bote", "verbringen"
                # not "Verb|ringen"; "Grundschule" is one.
                continue
            wert = math.exp(sum(math.log(max(haeufigkeit(t), 1)) for t in glieder) / len(glieder))
            grenzen = (*innen_grenzen, grenze)
            kandidat = (direkt, -len(glieder), wert, (*teile, kopf), grenzen)
            if bestes is None or kandidat[:3] > bestes[:3]:
                bestes = kandidat
    return (bestes[3], bestes[4]) if bestes else ((), ())


@functools.lru_cache(maxsize=20000)
def zerlegen(wort: str) -> tuple[str, ...]:
    """The parts of a compound at real word boundaries, or ``()`` if ``wort`` is not split:
    its parts (a compound left part also as a whole), those of a compound head
    (:func:`_vor_dem_kopf`) and every tail from a boundary on ("sommerferienprogramm" →
    sommerferien, sommer, ferien, programm, ferienprogramm).
    A common word of its own ("Grundschule", "Kindergarten") keeps only its head: a
    "Schule" query finds the Grundschule, a "Kinder" query not every Kindergarten.

    "drogensucht" → ("drogen", "sucht"); "kinderschutzzentrum" → ("kinderschutz",
    "kinder", "schutz", "zentrum", "schutzzentrum")."""
    teile, grenzen = zerlegung(wort)
    if not teile:
        return ()
    if haeufigkeit(wort) >= LEXIKALISIERT:
        return (teile[-1],)
    schwaenze = tuple(wort[g:] for g in grenzen[:-1] if wort[g:] not in teile)
    return tuple(dict.fromkeys((*teile, *_vor_dem_kopf(wort, teile[-1]), *schwaenze)))


def _vor_dem_kopf(wort: str, kopf: str) -> tuple[str, ...]:
    """Where the head of ``wort`` is itself a compound: its parts, and ``wort`` up to each
    of its boundaries where that is a word or a compound attested in the word list, more
    frequent than ``wort`` itself, and the split there passes the test of
    :func:`zerlegung` with it as one part (Koehn & Knight: the parts more frequent than the
    word). "Familienbildungsstätte" is familien|bildungsstätte; from the head come bildung,
    stätte and "familienbildung" (familienbildung|s|stätte), so that "Familienbildung"
    finds the Familienbildungsstätte. Not "kindertag" in "Kindertagesstätte" or
    "Kindertagespflege" (each more frequent than "Kindertag"), nor "schulsozial" in
    "Schulsozialarbeit" (not in the word list). A common head ("Kindergarten") is not split
    further, as on its own."""
    if haeufigkeit(kopf) >= LEXIKALISIERT:
        return ()
    innen, innen_grenzen = zerlegung(kopf)
    if not innen:
        return ()
    vorne = []
    beginn = len(wort) - len(kopf)
    eigenes = haeufigkeit(wort)
    for grenze in innen_grenzen:
        links, rest = wort[: beginn + grenze], wort[beginn + grenze :]
        for fuge in FUGEN:
            basis = links[: len(links) - len(fuge)] if fuge else links
            if (
                links.endswith(fuge)
                and len(basis) >= MIN_WORT
                and haeufigkeit(basis) > eigenes
                and (ist_wort(basis) or zerlegung(basis)[0])
                and eigenes * 2 < haeufigkeit(basis) + haeufigkeit(rest)
            ):
                vorne.append(basis)
                break
    return (*zerlegen(kopf), *vorne)
