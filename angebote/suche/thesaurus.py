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
from dataclasses import dataclass
from pathlib import Path

from django.utils import timezone

from sozialraum.werkzeuge.suchtext import normalisieren

from .woerterbuch import formen

DATEI = Path(__file__).with_name("synonyme.json")
# The longest phrase looked up in a query, in words ("Hilfe für junge Volljährige").
MAX_PHRASE = 6


@dataclass(frozen=True)
class Thesaurus:
    """Normalised term → the normalised terms of its groups (the term itself included)."""

    gruppen: dict[str, tuple[str, ...]]

    def gruppe(self, begriff: str) -> tuple[str, ...]:
        """The terms sharing a group with ``begriff`` or with one of its forms."""
        gefunden = self.gruppen.get(begriff)
        if gefunden:
            return gefunden
        if " " in begriff:
            return ()
        for form in sorted(formen(begriff)):
            if form in self.gruppen:
                return self.gruppen[form]
        return ()

    def phrase(self, woerter: list[str], start: int) -> int:
        """The number of words (≥ 2) of the longest phrase of the thesaurus at ``start``, or 0."""
        for laenge in range(min(MAX_PHRASE, len(woerter) - start), 1, -1):
            if " ".join(woerter[start : start + laenge]) in self.gruppen:
                return laenge
        return 0


@functools.lru_cache(maxsize=4)
def _gebaut(zeilen: tuple[tuple[str, str], ...]) -> Thesaurus:
    """The thesaurus of these rows, built once while they stay the same (every search
    reads the rows; building costs more than reading them)."""
    return bauen([[bevorzugt, *begriffe.splitlines()] for bevorzugt, begriffe in zeilen])


def bauen(gruppen: list[list[str]]) -> Thesaurus:
    """From the groups' terms as written; a term in several groups gets all their terms."""
    zuordnung: dict[str, list[str]] = {}
    for begriffe in gruppen:
        normal = list(dict.fromkeys(n for n in (normalisieren(b) for b in begriffe) if n))
        for begriff in normal:
            bisher = zuordnung.setdefault(begriff, [])
            bisher += [b for b in normal if b not in bisher]
    return Thesaurus({b: tuple(t) for b, t in zuordnung.items()})


def laden() -> Thesaurus:
    """The active groups of the database (one query)."""
    from ..models import Synonymgruppe

    zeilen = Synonymgruppe.objects.filter(aktiv=True).order_by("pk")
    return _gebaut(tuple(zeilen.values_list("bevorzugt", "begriffe")))


def mitgeliefert() -> list[dict]:
    """The shipped groups: ``{"bevorzugt", "begriffe": [...], "bereich"}``."""
    return json.loads(DATEI.read_text(encoding="utf-8"))


def mitgelieferte_laden(modell) -> int:
    """Add the shipped groups missing in ``modell``'s table (matched by the normalised
    preferred term); return how many. ``modell``: the model, or the migration's version."""
    vorhanden = {normalisieren(b) for b in modell.objects.values_list("bevorzugt", flat=True)}
    neu = []
    for gruppe in mitgeliefert():
        schluessel = normalisieren(gruppe["bevorzugt"])
        if schluessel in vorhanden:
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
    # Their first version in the history (as a save in the admin would leave it).
    verlauf = modell._meta.apps.get_model("angebote", "HistoricalSynonymgruppe")
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
                history_date=jetzt,
                history_type="+",
                history_change_reason="mitgeliefert (synonyme.json)",
            )
            for gruppe in angelegt
        ]
    )
    return len(neu)
