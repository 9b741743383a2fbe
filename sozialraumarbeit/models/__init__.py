"""Models of the Sozialraumarbeit, one module per subject."""

from .budget import Budget
from .massnahmen import (
    Auszahlung,
    Kooperationspartner,
    Massnahme,
    Massnahmenschritt,
    MassnahmenTop,
    Monatsbetrag,
)
from .raumwissen import Barriere, Ressource

__all__ = [
    "Auszahlung",
    "Barriere",
    "Budget",
    "Kooperationspartner",
    "Massnahme",
    "MassnahmenTop",
    "Massnahmenschritt",
    "Monatsbetrag",
    "Ressource",
]
