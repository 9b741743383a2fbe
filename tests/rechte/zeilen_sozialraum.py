"""Rows of the ground floor: health check, areas, login and password pages."""

from .erwartung import ERLAUBT, WEITER, Zeile, erwarte, fall, fuer_alle


def _schluessel(gebiet: str):
    return lambda welt, rolle: {"schluessel": welt.o[gebiet].schluessel}


ZEILEN = [
    Zeile(
        "healthz",
        (fall("ohne", get=fuer_alle(200, anonym=200)),),
        grund="für Lastverteiler und Überwachung, zeigt nur „ok“ (PUBLIC_URLS)",
    ),
    Zeile("gebiete", (fall("ohne", get=fuer_alle(200)),)),
    Zeile("jugendamt", (fall("gebiet", _schluessel("jugendamt"), get=fuer_alle(200)),)),
    Zeile("regionalraum", (fall("gebiet", _schluessel("regionalraum"), get=fuer_alle(200)),)),
    Zeile(
        "sozialraum",
        tuple(
            fall(g, _schluessel(f"sozialraum_{g}"), get=fuer_alle(200)) for g in ("eigen", "fremd")
        ),
        grund="jede angemeldete Person; Gremien und Kontakte nur, soweit sie sie sehen darf",
    ),
    Zeile("quartier", (fall("eigen", _schluessel("quartier_eigen"), get=fuer_alle(200)),)),
    Zeile(
        "anmelden",
        (
            fall(
                "ohne",
                get=erwarte(sonst=WEITER, anonym=200),
                post=erwarte(sonst=WEITER, anonym=ERLAUBT),
            ),
        ),
        grund="Anmeldeformular; Angemeldete werden zur Startseite weitergeleitet",
    ),
    Zeile(
        "abmelden",
        (fall("ohne", get=erwarte(sonst=405), post=erwarte(sonst=WEITER)),),
        grund="Abmelden nur per POST; danach geht es (ohne next) zur Anmeldeseite",
    ),
    Zeile("passwort_aendern", (fall("ohne", get=fuer_alle(200), post=fuer_alle(ERLAUBT)),)),
    Zeile("password_change_done", (fall("ohne", get=fuer_alle(200)),)),
    Zeile(
        "sitzung_status",
        (fall("ohne", get=fuer_alle(200)),),
        grund="Restzeit der eigenen Anmeldung (JSON für static/js/sitzung.js); verlängert nichts",
    ),
    Zeile(
        "sitzung_verlaengern",
        (fall("ohne", post=fuer_alle(200)),),
        grund="verlängert nur die eigene Anmeldung (Leerlaufzeit beginnt neu); GET 405",
    ),
]
