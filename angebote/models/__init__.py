"""The models of offers: the offers with their taxonomy, times and proposals
(angebote.py), the Merklisten (merkliste.py), the Prüfrunden (pruefrunde.py) and the search
state's rows (suchstand.py).
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
from .suchstand import Suchstand
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
    "Suchstand",
    "Suchwort",
    "Synonymgruppe",
    "VorschlagQuerySet",
    "Wortteil",
    "Zielgruppe",
]
