"""Rows of the Merkliste's own lists: a new list, choosing, renaming and deleting one.

Design (angebote/merkliste.py, docs/angebote-finden.md "Merkliste und Handzettel"): every
logged-in person has her own lists and nobody else's, whatever her role (the Jugendamt-
Administration and superusers included): another person's list does not exist for her
(404, and nothing is written). The lists of the world are made before each case
(``_listen``): one per person, and one of the colleague at Träger A whose name carries a
marker nobody may see. The rows of the list page, the handout, emptying and the download
(``?liste=``) are in zeilen_angebote.py and zeilen_exporte.py; tests/test_merkliste.py tries
another person's list id on each of them.
"""

from .erwartung import ERLAUBT, Zeile, eigen_oder, fall, fuer_alle
from .welt import NIEMAND

EIGENE = "Matrixliste"
FREMDE_MARKE = "fremdmerkliste"


def _listen(client, welt) -> None:
    """Each person's list "Matrixliste" (active), and the colleague's with a marker."""
    from angebote.models import Merkliste

    if not any(g.marke == FREMDE_MARKE for g in welt.geheimnisse):
        welt.geheim(FREMDE_MARKE, NIEMAND, "Name der Merkliste einer Kollegin")
    for user in welt.nutzer.values():
        Merkliste.objects.get_or_create(owner=user, name=EIGENE, defaults={"aktiv": True})
    Merkliste.objects.get_or_create(owner=welt.nutzer["kollegin"], name=f"Beratung {FREMDE_MARKE}")


def _eigene(welt, rolle) -> dict:
    from angebote.models import Merkliste

    return {"pk": Merkliste.objects.get(owner=welt.nutzer[eigen_oder(rolle)], name=EIGENE).pk}


def _fremde(welt, rolle) -> dict:
    from angebote.models import Merkliste

    return {
        "pk": Merkliste.objects.get(owner=welt.nutzer["kollegin"], name__contains="Beratung").pk
    }


def _eigen(**erwartet):
    return fall("eigene", _eigene, vorher=_listen, **erwartet)


def _fremd(**erwartet):
    return fall("fremde", _fremde, vorher=_listen, **erwartet)


ZEILEN = [
    Zeile(
        "angebote:merkliste_neu",
        (
            fall(
                "ohne",
                get=fuer_alle(200),
                post=fuer_alle(ERLAUBT),
                daten=lambda welt: {"name": "Runde Nord"},
                vorher=_listen,
            ),
        ),
        grund="jede angemeldete Person legt eigene Listen an",
    ),
    Zeile(
        "angebote:merkliste_aktivieren",
        (_eigen(post=fuer_alle(ERLAUBT)), _fremd(post=fuer_alle(404))),
        grund="nur eigene Listen; eine fremde gibt es nicht (404), auch für die Verwaltung",
    ),
    Zeile(
        "angebote:merkliste_umbenennen",
        (
            _eigen(get=fuer_alle(200), post=fuer_alle(ERLAUBT)),
            _fremd(get=fuer_alle(404), post=fuer_alle(404)),
        ),
        grund="nur eigene Listen; eine fremde gibt es nicht (404)",
    ),
    Zeile(
        "angebote:merkliste_loeschen",
        (
            _eigen(get=fuer_alle(200), post=fuer_alle(ERLAUBT)),
            _fremd(get=fuer_alle(404), post=fuer_alle(404)),
        ),
        grund="nur eigene Listen, nach Rückfrage (GET); eine fremde gibt es nicht (404)",
    ),
]
