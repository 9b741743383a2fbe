"""The models of the Gremien: Gremien, memberships, Sitzungen with agenda, attendance,
decisions, tasks and released minutes: gremien.py (Gremien, memberships, calendar tokens),
sitzungen.py (meetings and all that belongs to them), anhang.py (attachments),
weitergabe.py (decisions passed on to another Gremium)."""

from .anhang import Anhang
from .gremien import (
    Gremium,
    GremiumQuerySet,
    Kalenderzugang,
    Mitgliedschaft,
    MitgliedschaftQuerySet,
)
from .sitzungen import (
    Aufgabe,
    AufgabeQuerySet,
    Beschluss,
    Protokollversion,
    Sitzung,
    Tagesordnungspunkt,
    Teilnahme,
)
from .weitergabe import Weitergabe

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
    "Weitergabe",
]
