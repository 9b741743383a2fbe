"""The state of one HSDS import run, shared by its steps, and the rules they share."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext as _

from angebote.hsds.einlesen.bericht import Bericht
from angebote.hsds.einlesen.plan import Plan

# In ``quelle_werte``: the mark of a record an HSDS import created, with its source. Only
# such records are updated by later imports (field by field, keeping what people changed);
# a record typed into the registry, or from another import, is the registry's own.
MARKE = "hsds"
# In an offer's ``quelle_werte``: [pk, updated_at] of the proposal the import submitted,
# to tell it from a proposal a person made or touched since.
VORSCHLAG = "_vorschlag"
# Change reasons in the history start so; contacts (which keep no ``quelle_werte``) are
# updated only while every history entry carries it, i.e. no person changed them.
GRUND = "HSDS-Import"


@dataclass
class Lauf:
    plan: Plan
    quelle: str
    bericht: Bericht
    fortschritt: object
    benutzer: object = None  # the account the run acts for (--benutzer), or None
    veroeffentlichen: bool = False
    traeger_pk: dict[str, int] = field(default_factory=dict)  # uuid -> pk
    orte_pk: dict[str, tuple[int, int]] = field(default_factory=dict)  # uuid -> (pk, Träger pk)
    begriffe_pk: dict[str, tuple[str, int]] = field(default_factory=dict)  # uuid -> (taxonomy, pk)
    geaenderte_traeger: set[int] = field(default_factory=set)
    geaenderte_orte: set[int] = field(default_factory=set)
    angebote: set[int] = field(default_factory=set)  # offers written (to reindex)

    def grund(self, was: str) -> str:
        return f"{GRUND} ({self.quelle}): {was}"

    def speichern(self, obj: models.Model, was: str) -> None:
        """Save with a history entry naming the import and what it did."""
        obj._change_reason = self.grund(was)[:100]
        obj._history_user = self.benutzer
        obj.save()


def von_hsds(obj) -> bool:
    """The record was created by an HSDS import (and is kept current by later ones)."""
    return MARKE in (obj.quelle_werte or {})


def nicht_uebernommen(lauf: Lauf, obj, felder: list[str], wo: str) -> None:
    """A record the registry keeps itself: what the file says differently is reported."""
    if felder:
        lauf.bericht.behalten.append(
            _(
                "%(model)s „%(name)s“ (%(wo)s): im Register gepflegt, nicht aus einem "
                "HSDS-Import; nicht übernommen: %(felder)s"
            )
            % {
                "model": obj._meta.verbose_name,
                "name": obj,
                "wo": wo,
                "felder": ", ".join(felder),
            }
        )
