"""Rows of the list downloads (CSV, Excel): search results, Merkliste, gap table, attendance.

Design (angebote/exporte/, gremien/views/export.py, docs/angebote-finden.md "Listen
herunterladen"): a download shows exactly the list of its page, to exactly those who see
that page, so each row mirrors the row of its page (zeilen_angebote.py,
zeilen_sozialraum.py, zeilen_gremien.py). The search and the Merkliste hold published
offers only: the leak check reads the CSV, where a draft's marker word would show (an
XLSX file is compressed, so its cases check the status; tests/test_exporte.py opens the
files and looks inside). A format other than csv or xlsx does not exist (404).
"""

from .erwartung import Zeile, erwarte, fall, fuer_alle
from .welt import GREMIUM_LESER
from .zeilen_angebote import _alle_gemerkt, _tippfehler
from .zeilen_gremien import ARTEN

FORMATE = ("csv", "xlsx")


def _format(art: str, **weitere):
    return lambda welt, rolle: {"format": art, **{k: f(welt) for k, f in weitere.items()}}


def _gebiet(ebene: str, objekt: str):
    return {"ebene": lambda welt: ebene, "schluessel": lambda welt: welt.o[objekt].schluessel}


def _gremium(art: str):
    return {"pk": lambda welt: welt.o[f"gremium_{art}"].pk}


SUCHE = (
    *(fall(art, _format(art), get=fuer_alle(200)) for art in FORMATE),
    # Same parameters as the page: a typo near a word of someone's draft finds nothing of it.
    *(
        fall(
            f"tippfehler_{kurz}_{status}",
            _format("csv"),
            get=fuer_alle(200),
            query=_tippfehler(kurz, status),
        )
        for kurz, status in (("A", "archiviert"), ("B", "entwurf"))
    ),
    fall("format_unbekannt", _format("pdf"), get=fuer_alle(404)),
)

GEBIETE = (
    ("jugendamt", "jugendamt"),
    ("regionalraum", "regionalraum"),
    ("sozialraum", "sozialraum_eigen"),
    ("sozialraum", "sozialraum_fremd"),
    ("quartier", "quartier_eigen"),
)

ZEILEN = [
    Zeile(
        "angebote:export_suche",
        SUCHE,
        grund="wie die Suche: jede angemeldete Person, veröffentlichte Angebote",
    ),
    Zeile(
        "angebote:export_merkliste",
        (
            *(
                fall(f"alles_gemerkt_{art}", _format(art), get=fuer_alle(200), vorher=_alle_gemerkt)
                for art in FORMATE
            ),
            fall("leer", _format("csv"), get=fuer_alle(200)),
        ),
        grund="die eigene Merkliste aus der eigenen Sitzung, nur veröffentlichte Angebote",
    ),
    Zeile(
        "angebote:export_luecken",
        (
            *(
                fall(
                    f"{objekt}_{art}",
                    _format(art, **_gebiet(ebene, objekt)),
                    get=fuer_alle(200),
                    query=lambda welt: {"zielgruppe": "kinder"},
                )
                for ebene, objekt in GEBIETE
                for art in FORMATE
            ),
            fall(
                "ebene_unbekannt",
                _format("csv", **_gebiet("bezirk", "sozialraum_eigen")),
                get=fuer_alle(404),
            ),
            fall(
                "schluessel_unbekannt",
                _format("csv", ebene=lambda welt: "sozialraum", schluessel=lambda welt: "XX99"),
                get=fuer_alle(404),
            ),
        ),
        grund="wie die Gebietsseiten: jede angemeldete Person (nur Zahlen veröffentlichter "
        "Angebote)",
    ),
    Zeile(
        "gremien:export_anwesenheit",
        (
            *(
                fall(
                    f"{a}_{art}",
                    _format(art, **_gremium(a)),
                    get=erwarte((GREMIUM_LESER[a], 200), sonst=404),
                )
                for a in ARTEN
                for art in FORMATE
            ),
            fall("format_unbekannt", _format("pdf", **_gremium("offen")), get=fuer_alle(404)),
        ),
        grund="wie die Seite des Gremiums: wer es lesen darf; für alle anderen gibt es es nicht",
    ),
]
