"""Rows of the planning views (#16): the Einrichtungen behind a number of the gap table,
the Träger search of the contact form.

Design (angebote/views/luecken.py, traeger/views/vernetzung.py, docs/planung.md): the
Einrichtungen list is read like the area page whose table links to it, by every logged-in
user (Einrichtungen are visible to all; a wrong area is the form's message, not a 404). The
Träger search of the contact form is part of that form: only with a role, like the form.
"""

from .erwartung import Zeile, erwarte, fall, fuer_alle
from .welt import MIT_ROLLE


def _gebiet(objekt: str, **weitere):
    return lambda welt: {"gebiet": f"s-{welt.o[objekt].schluessel}", **weitere}


def _kontakt(welt, wer: str, sicht: str) -> dict:
    kontakt = welt.kontakte[wer, sicht]
    return {"teil": "personen", "traeger": [welt.o["A"].pk], "kontakt": kontakt.pk}


ZEILEN = [
    Zeile(
        "angebote:einrichtungen_ohne_angebot",
        (
            fall("eigen", get=fuer_alle(200), query=_gebiet("sozialraum_eigen")),
            fall("fremd_kita", get=fuer_alle(200), query=_gebiet("sozialraum_fremd", art="kita")),
            fall("ohne_gebiet", get=fuer_alle(200)),
        ),
        grund="wie die Gebietsseite: jede angemeldete Person, Einrichtungen sind für alle sichtbar",
    ),
    Zeile(
        "traeger:kontakt_auswahl",
        (
            fall(
                "traeger_suche",
                get=erwarte((MIT_ROLLE, 200), sonst=403),
                query=lambda welt: {"traeger_suche": "Träger", "traeger": [welt.o["B"].pk]},
            ),
            fall(
                "personen",
                get=erwarte((MIT_ROLLE, 200), sonst=403),
                query=lambda welt: {"teil": "personen", "traeger": [welt.o["A"].pk]},
            ),
            # Editing a contact, the form sends it along: only who may edit it.
            fall(
                "personen_fremder_privater_kontakt",
                get=erwarte((MIT_ROLLE, 404), sonst=403),
                query=lambda welt: _kontakt(welt, "verschwiegen", "privat"),
            ),
            fall(
                "personen_sichtbarer_fremder_kontakt",
                get=erwarte(sonst=403),
                query=lambda welt: _kontakt(welt, "fremde_fachkraft", "alle"),
            ),
        ),
        grund="Teil des Kontaktformulars: nur mit einer Rolle, wie das Formular",
    ),
]
