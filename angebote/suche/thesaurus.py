"""The thesaurus as the search reads it, and the shipped groups.

:class:`~angebote.models.Synonymgruppe` holds the groups the Jugendamt curates; a search
reads the active ones in one query (a few hundred short rows) and looks a query word or
phrase up by its normalised form and by its inflected forms ("Kitas" → "kita").

The registry ships its groups in ``synonyme.json`` (next to this module). They reach the
database by migration ``0016_synonyme_laden`` and by ``manage.py synonyme_laden``, which adds
the groups a newer release ships and leaves every group a person has already, changed or
not, as it is (matched by the preferred term).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.utils import timezone

from sozialraum.werkzeuge.suchtext import gekoppelt, normalisieren, stamm

from ..models.synonyme import MAX_TIEFE
from .woerterbuch import EIGENE_FORMEN, STOPPWOERTER, formen, ohne_artikel

DATEI = Path(__file__).with_name("synonyme.json")
# The longest phrase looked up in a query, in words ("Hilfe für junge Volljährige").
MAX_PHRASE = 6


@dataclass(frozen=True)
class Thesaurus:
    """Normalised term → the normalised terms of its groups and of the groups under them
    (the term itself included)."""

    gruppen: dict[str, tuple[str, ...]]
    # Normalised term → the preferred term of its group's broader group (as written).
    oben: dict[str, str] = field(default_factory=dict)
    # A phrase without its articles → the phrase ("hilfe bei hausaufgaben" → "hilfe bei den
    # hausaufgaben"), for phrases with articles.
    ohne_artikel: dict[str, str] = field(default_factory=dict)
    # A phrase's words of content, each as its stem (suchtext.stamm) → the phrase: typed
    # inflected ("Hausbesuche nach der Geburt" is the term "hausbesuch nach der geburt").
    gestammt: dict[str, str] = field(default_factory=dict)

    def oberbegriff(self, begriff: str) -> str:
        """The preferred term of the broader group of ``begriff`` (or of one of its forms),
        as written ("Suchtberatung" → "Sucht"); "" if its group stands under none."""
        if begriff in self.oben:
            return self.oben[begriff]
        if " " not in begriff:
            for form in _andere_formen(begriff):
                if form in self.oben:
                    return self.oben[form]
        return ""

    def gruppe(self, begriff: str) -> tuple[str, ...]:
        """The terms sharing a group with ``begriff`` or with one of its forms."""
        gefunden = self.gruppen.get(begriff)
        if gefunden:
            return gefunden
        if " " in begriff:
            return ()
        for form in _andere_formen(begriff):
            if form in self.gruppen:
                return self.gruppen[form]
        return ()

    def phrase(self, woerter: list[str], start: int) -> int:
        """The number of words (≥ 2) of the longest phrase of the thesaurus at ``start``, or 0."""
        return self.phrase_begriff(woerter, start)[0]

    def phrase_begriff(self, woerter: list[str], start: int) -> tuple[int, str]:
        """The longest phrase of the thesaurus at ``start``: its number of words (≥ 2; 0 if
        none) and its term. Its articles may differ ("Hilfe bei Hausaufgaben" is the term
        "hilfe bei den hausaufgaben"); it begins and ends with a word of content."""
        for laenge in range(min(MAX_PHRASE, len(woerter) - start), 1, -1):
            stueck = woerter[start : start + laenge]
            if " ".join(stueck) in self.gruppen:
                return laenge, " ".join(stueck)
            if stueck[0] in STOPPWOERTER or stueck[-1] in STOPPWOERTER:
                continue
            inhalt = ohne_artikel(stueck)
            if len(inhalt) >= 2 and (
                begriff := self.ohne_artikel.get(" ".join(inhalt))
                or self.gestammt.get(" ".join(stamm(w) for w in inhalt))
            ):
                return laenge, begriff
        return 0, ""


def _andere_formen(begriff: str) -> list[str]:
    """The forms of ``begriff`` under which its group is looked up, sorted; not a noun with
    forms of its own (woerterbuch.EIGENE_FORMEN) that only looks like one: "junge" (young)
    does not lead to the group of "Jungen" (boys)."""
    if begriff in EIGENE_FORMEN:
        return sorted(formen(begriff))
    return sorted(f for f in formen(begriff) if f not in EIGENE_FORMEN)


@functools.lru_cache(maxsize=4)
def _gebaut(zeilen: tuple[tuple[int, str, str, int | None], ...]) -> Thesaurus:
    """The thesaurus of these rows (pk, preferred term, terms, broader group), built once
    while they stay the same (every search reads the rows; building costs more)."""
    nummer = {pk: i for i, (pk, _b, _t, _o) in enumerate(zeilen)}
    return bauen(
        [[bevorzugt, *begriffe.splitlines()] for _pk, bevorzugt, begriffe, _o in zeilen],
        [nummer.get(oberbegriff) for _pk, _b, _t, oberbegriff in zeilen],
    )


def bauen(gruppen: list[list[str]], oberbegriffe: list[int | None] | None = None) -> Thesaurus:
    """From the groups' terms as written; a term in several groups gets all their terms.

    ``oberbegriffe[i]``: the index of group i's broader group (or None). A term of a group
    also gets the terms of its narrower groups, down to ``MAX_TIEFE`` levels ("Kampfsport"
    finds "Judo"), never those of its broader group ("Judo" does not find every Kampfsport).
    """
    normal = [list(dict.fromkeys(n for b in g for n in _normal(b) if n)) for g in gruppen]
    unter: dict[int, list[int]] = {}
    for i, oben in enumerate(oberbegriffe or []):
        if oben is not None and oben != i:
            unter.setdefault(oben, []).append(i)

    def mit_unterbegriffen(i: int) -> list[str]:
        begriffe, ebene, gesehen = list(normal[i]), [i], {i}
        for _tiefe in range(MAX_TIEFE):
            ebene = [k for j in ebene for k in unter.get(j, ()) if k not in gesehen]
            if not ebene:
                break
            gesehen.update(ebene)
            for k in ebene:
                begriffe += [b for b in normal[k] if b not in begriffe]
        return begriffe

    zuordnung: dict[str, list[str]] = {}
    for i, eigene in enumerate(normal):
        alle = mit_unterbegriffen(i)
        for begriff in eigene:
            bisher = zuordnung.setdefault(begriff, [])
            bisher += [b for b in alle if b not in bisher]
    oben: dict[str, str] = {}
    for i, j in enumerate(oberbegriffe or []):
        if j is not None and j != i and gruppen[j]:
            for begriff in normal[i]:
                oben.setdefault(begriff, gruppen[j][0].strip())
    ohne: dict[str, str] = {}
    gestammt: dict[str, str] = {}
    for begriff in zuordnung:
        woerter = begriff.split()
        inhalt = ohne_artikel(woerter)
        # Not the words of a hyphenated term ("ein eltern familie" of Ein-Eltern-Familie:
        # "Eltern und Familie" is no Ein-Eltern-Familie).
        if len(inhalt) < 2 or "".join(woerter) in zuordnung:
            continue
        if len(inhalt) < len(woerter):
            ohne.setdefault(" ".join(inhalt), begriff)
        gestammt.setdefault(" ".join(stamm(w) for w in inhalt), begriff)
    return Thesaurus({b: tuple(t) for b, t in zuordnung.items()}, oben, ohne, gestammt)


def _normal(begriff: str) -> tuple[str, ...]:
    """A term as the thesaurus holds it: normalised; a compound written with hyphens also
    as one word ("Ein-Eltern-Familie" → "ein eltern familie" and "einelternfamilie", as the
    search indexes it, see suchtext.gekoppelt). As one word it finds the offers that write
    it, with or without hyphens; as a phrase, the offers holding its words together in the
    title or the description ("Jungen treffen sich" for "Jungs-Treff", search._posten)."""
    einzeln = normalisieren(begriff)
    zusammen = einzeln.replace(" ", "")
    return (einzeln, zusammen) if gekoppelt(begriff.strip()) == [zusammen] else (einzeln,)


def laden() -> Thesaurus:
    """The active groups of the database (one query)."""
    from ..models import Synonymgruppe

    zeilen = Synonymgruppe.objects.filter(aktiv=True).order_by("pk")
    return _gebaut(tuple(zeilen.values_list("pk", "bevorzugt", "begriffe", "oberbegriff_id")))


def mitgeliefert() -> list[dict]:
    """The shipped groups: ``{"bevorzugt", "begriffe": [...], "bereich"}``, and
    ``"oberbegriff"`` (the preferred term of the broader group) where there is one."""
    return json.loads(DATEI.read_text(encoding="utf-8"))


def mitgelieferte_laden(modell, nur: set[str] | None = None) -> int:
    """Add the shipped groups missing in ``modell``'s table (matched by the normalised
    preferred term; ``nur``: only those of these preferred terms); return how many.
    ``modell``: the model, or the migration's version."""
    vorhanden = {normalisieren(b) for b in modell.objects.values_list("bevorzugt", flat=True)}
    erlaubt = {normalisieren(b) for b in nur} if nur is not None else None
    neu = []
    for gruppe in mitgeliefert():
        schluessel = normalisieren(gruppe["bevorzugt"])
        if schluessel in vorhanden or (erlaubt is not None and schluessel not in erlaubt):
            continue
        vorhanden.add(schluessel)
        neu.append(
            modell(
                bevorzugt=gruppe["bevorzugt"],
                begriffe="\n".join(gruppe["begriffe"]),
                bereich=gruppe.get("bereich", ""),
            )
        )
    angelegt = modell.objects.bulk_create(neu)
    mit_oberbegriff = _hat_oberbegriff(modell)
    if mit_oberbegriff:
        # Only the groups added now: a shipped group a person has is left as it is.
        oberbegriffe_verknuepfen(modell, {g.pk for g in angelegt}, verlauf=False)
    # Their first version in the history (as a save in the admin would leave it).
    _verlauf(modell, modell.objects.filter(pk__in=[g.pk for g in angelegt]), "+", "")
    return len(neu)


def _hat_oberbegriff(modell) -> bool:
    """Whether ``modell`` (perhaps a migration's version) has the field yet."""
    return any(f.name == "oberbegriff" for f in modell._meta.get_fields())


def _verlauf(modell, gruppen, art: str, grund: str) -> None:
    """A history row per group, as a save in the admin would leave it."""
    verlauf = modell._meta.apps.get_model("angebote", "HistoricalSynonymgruppe")
    mit_oberbegriff = _hat_oberbegriff(modell)
    jetzt = timezone.now()
    verlauf.objects.bulk_create(
        [
            verlauf(
                id=gruppe.pk,
                bevorzugt=gruppe.bevorzugt,
                begriffe=gruppe.begriffe,
                bereich=gruppe.bereich,
                aktiv=gruppe.aktiv,
                updated_at=gruppe.updated_at,
                **({"oberbegriff_id": gruppe.oberbegriff_id} if mit_oberbegriff else {}),
                history_date=jetzt,
                history_type=art,
                history_change_reason="mitgeliefert (synonyme.json)" + grund,
            )
            for gruppe in gruppen
        ]
    )


def begriffe_ergaenzen(modell, ergaenzt: dict[str, tuple[list[str], list[str]]]) -> int:
    """For a release that adds terms to shipped groups (data migrations): per preferred term
    (its terms as shipped before, the terms added), the terms added where the group is still
    exactly as shipped before (a group a person edited stays as it is), with a history
    entry; return how many groups changed."""
    return begriffe_ersetzen(
        modell, {b: (bisher, bisher + neu) for b, (bisher, neu) in ergaenzt.items()}, "ergänzt"
    )


def begriffe_ersetzen(
    modell, ersetzt: dict[str, tuple[list[str], list[str]]], wie: str = "geändert"
) -> int:
    """For a release that changes the terms of shipped groups (data migrations): per
    preferred term (its terms as shipped before, its terms now), the terms now where the
    group is still exactly as shipped before (a group a person edited stays as it is), with
    a history entry and the time of the change; return how many groups changed."""
    geaendert = []
    for bevorzugt, (bisher, jetzt) in ersetzt.items():
        for gruppe in modell.objects.filter(bevorzugt=bevorzugt, begriffe="\n".join(bisher)):
            gruppe.begriffe = "\n".join(jetzt)
            gruppe.save(update_fields=["begriffe", "updated_at"])
            geaendert.append(gruppe)
    if geaendert:
        _verlauf(modell, geaendert, "~", f": Begriffe {wie}")
    return len(geaendert)


def neue_verknuepfungen(modell, bevorzugte) -> int:
    """For a release that ships new links: :func:`oberbegriffe_verknuepfen` for the groups
    of these preferred terms only (matched normalised). Called by data migrations."""
    namen = {normalisieren(n) for n in bevorzugte}
    nur = {g.pk for g in modell.objects.all() if normalisieren(g.bevorzugt) in namen}
    return oberbegriffe_verknuepfen(modell, nur)


def oberbegriffe_verknuepfen(modell, nur: set[int] | None = None, verlauf: bool = True) -> int:
    """Give the shipped groups (those of ``nur``, or all) their shipped broader group where
    they have none; return how many. Matched by the normalised preferred terms; a group
    whose broader group is missing or switched off, or stands (through others) under this
    group, stays as it is."""
    alle = list(modell.objects.all())
    vorhanden = {normalisieren(g.bevorzugt): g for g in alle}
    darueber = {g.pk: g.oberbegriff_id for g in alle}
    geaendert = []
    for eintrag in mitgeliefert():
        gruppe = vorhanden.get(normalisieren(eintrag["bevorzugt"]))
        oben = vorhanden.get(normalisieren(eintrag.get("oberbegriff", "")))
        if gruppe is None or oben is None or oben.pk == gruppe.pk or not oben.aktiv:
            continue
        if gruppe.oberbegriff_id is not None or (nur is not None and gruppe.pk not in nur):
            continue
        # Never a cycle: a person may have put the broader group under this one.
        kette, schritt = set(), oben.pk
        while schritt is not None and schritt not in kette and schritt != gruppe.pk:
            kette.add(schritt)
            schritt = darueber.get(schritt)
        if schritt == gruppe.pk:
            continue
        gruppe.oberbegriff_id = oben.pk
        darueber[gruppe.pk] = oben.pk
        geaendert.append(gruppe)
    modell.objects.bulk_update(geaendert, ["oberbegriff"])
    if verlauf and geaendert:
        _verlauf(modell, geaendert, "~", ": Oberbegriff")
    return len(geaendert)
