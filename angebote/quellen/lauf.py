"""The state of one import run, shared by its steps (einrichtungen.py)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Protocol

from traeger.models import Einrichtung

from .bericht import Bericht
from .geojson import Datei
from .traeger_abgleich import Gruppe


class Fortschritt(Protocol):
    def schritt(self, titel: str, gesamt: int) -> None: ...

    def weiter(self, anzahl: int = 1) -> None: ...


class Stumm:
    def schritt(self, titel: str, gesamt: int) -> None:
        pass

    def weiter(self, anzahl: int = 1) -> None:
        pass


@dataclass
class Lauf:
    """State of one run, shared by its steps."""

    dateien: list[Datei]
    staende: dict[str, datetime.date]
    bericht: Bericht
    fortschritt: Fortschritt
    gruppe_von: dict[int, Gruppe] = field(default_factory=dict)  # id(Nennung) → group
    traeger_von: dict[int, int | None] = field(default_factory=dict)  # id(Gruppe) → Träger pk
    traeger_namen: dict[int, str] = field(default_factory=dict)
    einrichtungen: dict[tuple, Einrichtung] = field(default_factory=dict)
    geaenderte_traeger: set[int] = field(default_factory=set)
    geaenderte_einrichtungen: set[int] = field(default_factory=set)
    einrichtung_soll: dict[int, dict] = field(default_factory=dict)  # id(Merkmal) → values
    # A file missing many of its source's places is more likely truncated than the places
    # closed: archiving them all needs this (--archivieren-erlauben).
    archivieren_erlaubt: bool = False

    def wo(self, datei: Datei, externe: str, name: str) -> str:
        return f"{datei.name}, {datei.art.id_feld} {externe} „{name}“"

    def bestand_laden(self) -> None:
        """The Einrichtungen earlier runs imported from this run's datasets."""
        quellen = [d.art.quelle for d in self.dateien]
        for obj in Einrichtung.objects.filter(quelle__in=quellen).exclude(externe_id=""):
            self.einrichtungen[(obj.quelle, obj.externe_id)] = obj


def von_hand_zugeordnet(obj: Einrichtung | None) -> bool:
    """A person moved the Einrichtung to another Träger since the last import."""
    if obj is None:
        return False
    zuletzt = (obj.quelle_werte or {}).get("traeger")
    return zuletzt is not None and zuletzt != obj.traeger_id
