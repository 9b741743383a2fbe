"""All matrix rows, and the flat list of test cases built from them."""

from dataclasses import replace

from .erwartung import ANMELDUNG, erwarte
from .welt import ANONYM
from .zeilen_angebote import ZEILEN as ANGEBOTE
from .zeilen_api import ZEILEN as API
from .zeilen_budget import ZEILEN as BUDGET
from .zeilen_exporte import ZEILEN as EXPORTE
from .zeilen_gremien import ZEILEN as GREMIEN
from .zeilen_gremien_struktur import ZEILEN as GREMIEN_STRUKTUR
from .zeilen_hsda import ZEILEN as HSDA
from .zeilen_massnahmen import ZEILEN as MASSNAHMEN
from .zeilen_merkliste import ZEILEN as MERKLISTE
from .zeilen_oparl import ZEILEN as OPARL
from .zeilen_planung import ZEILEN as PLANUNG
from .zeilen_pruefrunde import ZEILEN as PRUEFRUNDE
from .zeilen_raumwissen import ZEILEN as RAUMWISSEN
from .zeilen_rechte import ZEILEN as RECHTE
from .zeilen_sozialraum import ZEILEN as SOZIALRAUM
from .zeilen_traeger import ZEILEN as TRAEGER
from .zeilen_traeger_zusammenfuehren import ZEILEN as ZUSAMMENFUEHREN


def _get_verboten(zeile):
    """A URL that only takes POST (it changes something) answers GET with 405, before it
    looks at any object: checked once per row, with its first case."""
    if any("GET" in fall.erwartet for fall in zeile.faelle):
        return zeile
    erster, *weitere = zeile.faelle
    erster = replace(erster, erwartet={"GET": erwarte(sonst=405), **erster.erwartet})
    return replace(zeile, faelle=(erster, *weitere))


ZEILEN = [
    _get_verboten(z)
    for z in (
        *SOZIALRAUM,
        *TRAEGER,
        *ZUSAMMENFUEHREN,
        *RECHTE,
        *ANGEBOTE,
        *MERKLISTE,
        *PRUEFRUNDE,
        *GREMIEN,
        *GREMIEN_STRUKTUR,
        *OPARL,
        *EXPORTE,
        *API,
        *HSDA,
        *BUDGET,
        *RAUMWISSEN,
        *MASSNAHMEN,
        *PLANUNG,
    )
]


def matrixfaelle():
    """(row, case, method, role) for every expectation.

    An anonymous visitor who is sent to the login is asked once per row and method, not for
    every object: the login middleware answers before any view looks at the object.
    """
    for zeile in ZEILEN:
        anonym_gefragt = set()
        for fall in zeile.faelle:
            for methode, je_rolle in fall.erwartet.items():
                for rolle, token in je_rolle.items():
                    if rolle == ANONYM and token == ANMELDUNG:
                        if methode in anonym_gefragt:
                            continue
                        anonym_gefragt.add(methode)
                    yield zeile, fall, methode, rolle


def matrixfall_id(wert) -> str:
    zeile, fall, methode, rolle = wert
    return f"{zeile.name}[{fall.name}]-{methode}-{rolle}"
