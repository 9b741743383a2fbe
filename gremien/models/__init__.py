"""The models of the Gremien: Gremien, memberships, Sitzungen with agenda, attendance,
decisions, tasks and released minutes (gremien.py), and attachments (anhang.py)."""

from .anhang import Anhang
from .gremien import (
    Aufgabe,
    AufgabeQuerySet,
    Beschluss,
    Gremium,
    GremiumQuerySet,
    Kalenderzugang,
    Mitgliedschaft,
    MitgliedschaftQuerySet,
    Protokollversion,
    Sitzung,
    Tagesordnungspunkt,
    Teilnahme,
)

__all__ = [
    "Anhang",
    "Aufgabe",
    "AufgabeQuerySet",
    "Beschluss",
    "Gremium",
    "GremiumQuerySet",
    "Kalenderzugang",
    "Mitgliedschaft",
    "MitgliedschaftQuerySet",
    "Protokollversion",
    "Sitzung",
    "Tagesordnungspunkt",
    "Teilnahme",
]
