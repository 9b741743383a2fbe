"""The models of this floor, by subject: Träger, Einrichtungen, Ansprechpersonen
(stammdaten.py), Vernetzung contacts and memberships (kontakte.py), reminder log
(erinnerungen.py). Import them from here: ``from traeger.models import Traeger``."""

from .erinnerungen import Erinnerung
from .kontakte import Kontakt, TraegerZugehoerigkeit
from .stammdaten import (
    Ansprechperson,
    Barrierefreiheit,
    Einrichtung,
    EinrichtungQuerySet,
    Herkunft,
    Kennung,
    Kontaktdaten,
    Pruefbar,
    Traeger,
)

__all__ = [
    "Ansprechperson",
    "Barrierefreiheit",
    "Einrichtung",
    "EinrichtungQuerySet",
    "Erinnerung",
    "Herkunft",
    "Kennung",
    "Kontakt",
    "Kontaktdaten",
    "Pruefbar",
    "Traeger",
    "TraegerZugehoerigkeit",
]
