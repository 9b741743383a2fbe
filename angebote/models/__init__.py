"""The models of offers: the offers with their taxonomy, times and proposals
(angebote.py), the Merklisten (merkliste.py) and the Prüfrunden (pruefrunde.py).
Import them from here."""

from .angebote import (
    FELD_BITS,
    FELDGEWICHTE,
    ORT_IM_TITEL,
    Aenderungsvorschlag,
    Angebot,
    AngebotQuerySet,
    Angebotszeit,
    Kategorie,
    Sprache,
    Suchwort,
    Vorkommen,
    VorschlagQuerySet,
    Wortteil,
    Zielgruppe,
)
from .merkliste import Merkliste, Merklisteneintrag
from .pruefrunde import Pruefanfrage, Pruefposten, Pruefrunde
from .synonyme import Synonymgruppe

__all__ = [
    "FELDGEWICHTE",
    "FELD_BITS",
    "ORT_IM_TITEL",
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
    "Vorkommen",
    "VorschlagQuerySet",
    "Wortteil",
    "Zielgruppe",
]
