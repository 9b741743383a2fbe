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

__all__ = [
    "Auszahlung",
    "Budget",
    "Kooperationspartner",
    "Massnahme",
    "MassnahmenTop",
    "Massnahmenschritt",
    "Monatsbetrag",
]
