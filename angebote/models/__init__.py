"""The models of offers: the offers with their taxonomy, times and proposals
(angebote.py), the Merklisten (merkliste.py) and the Prüfrunden (pruefrunde.py).
Import them from here."""

from .angebote import (
    Aenderungsvorschlag,
    Angebot,
    AngebotQuerySet,
    Angebotszeit,
    Kategorie,
    Sprache,
    Suchwort,
    VorschlagQuerySet,
    Wortteil,
    Zielgruppe,
)
from .merkliste import Merkliste, Merklisteneintrag
from .pruefrunde import Pruefanfrage, Pruefposten, Pruefrunde
from .synonyme import Synonymgruppe

__all__ = [
    "Aenderungsvorschlag",
    "Angebot",
    "AngebotQuerySet",
    "Angebotszeit",
    "Kategorie",
    "Merkliste",
    "Merklisteneintrag",
    "Pruefanfrage",
    "Pruefposten",
    "Pruefrunde",
    "Sprache",
    "Suchwort",
    "Synonymgruppe",
    "VorschlagQuerySet",
    "Wortteil",
    "Zielgruppe",
]
