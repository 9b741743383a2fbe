"""Rows of a Sozialraum's resources and barriers (sozialraumarbeit/raumwissen/).

Design (sozialraumarbeit/raumwissen/permissions.py, docs/ressourcen-barrieren.md): every role
records entries; an entry is seen as a Vernetzung contact is ("nur ich", "mein Träger", "alle
Fachkräfte", for every role alike), else it does not exist (404). Who recorded it, the
Sozialraumkoordination of its Sozialraum and the Jugendamt-Administration (scoped: within her
Jugendamt) change, check, end it and set a barrier's status; who only sees it gets 403. A TOP's
minutes are taken over by who edits the Gremium; who reads the Sitzung but does not edit it
gets 403, who may not read it 404.
"""

from .erwartung import ERLAUBT, Zeile, erwarte, fall, pk
from .welt import (
    GREMIUM_BEARBEITER,
    GREMIUM_LESER,
    KOORDINATION,
    MIT_ROLLE,
    UEBERALL,
    VERWALTUNG,
)
from .welt_raumwissen import EINTRAEGE

_SEHEN = {schluessel: frozenset(sichtbar) for schluessel, *_r, sichtbar in EINTRAEGE}
_TYP = {schluessel: typ for schluessel, typ, *_r in EINTRAEGE}
_WER = {schluessel: wer for schluessel, _t, wer, *_r in EINTRAEGE}
_GEBIET = {schluessel: gebiet for schluessel, _t, _w, gebiet, *_r in EINTRAEGE}


def _bearbeiter(schluessel: str) -> frozenset:
    """Recorder, the area's Sozialraumkoordination and administration, of those who see it."""
    eigen = _GEBIET[schluessel] == "eigen"
    darf = {_WER[schluessel]} | (VERWALTUNG | {KOORDINATION} if eigen else UEBERALL)
    return frozenset(darf) & _SEHEN[schluessel]


def _eintrag(schluessel: str):
    return lambda welt, rolle: {"typ": _TYP[schluessel], "pk": welt.o[schluessel].pk}


def _daten(typ: str):
    def daten(welt):
        werte = {
            "sozialraum": welt.o["sozialraum_eigen"].pk,
            "art": "ort",
            "titel": "Geändert durch die Matrix",
            "sichtbarkeit": "alle",
        }
        if typ == "barriere":
            werte["status"] = "in_arbeit"
        return werte

    return daten


def _daten_von(schluessel: str):
    return _daten(_TYP[schluessel])


# Editing does not depend on the Sichtbarkeit among one's own entries: one own private,
# one own Träger-internal, one shared of each area, the invisible ones.
BEARBEITEN = [s for s in _SEHEN if s != "barriere_eigen_alle"] + ["barriere_eigen_alle"]


def _uebernahme(art: str):
    def daten(welt):
        return {
            "zeile-TOTAL_FORMS": "1",
            "zeile-INITIAL_FORMS": "1",
            "zeile-0-typ": "barriere:sonstiges",
            "zeile-0-titel": "Aus der Matrix übernommen",
            "zeile-0-sozialraum": welt.o[f"sozialraum_{'eigen' if art == 'eigen' else 'fremd'}"].pk,
        }

    return daten


def _top_fall(art: str, stand: str):
    bearbeiter = GREMIUM_BEARBEITER[art]
    leser = GREMIUM_LESER[art]
    return fall(
        f"{art}_{stand}",
        pk(f"top_{art}_{stand}"),
        get=erwarte((bearbeiter, 200), (leser, 403), sonst=404),
        post=erwarte((bearbeiter, ERLAUBT), (leser, 403), sonst=404),
        daten=_uebernahme(art),
    )


NUR_MIT_ROLLE = erwarte((MIT_ROLLE, 200), sonst=403)

ZEILEN = [
    Zeile(
        "sozialraumarbeit:raumwissen:anlegen",
        tuple(
            fall(
                typ,
                lambda welt, rolle, typ=typ: {"typ": typ},
                get=NUR_MIT_ROLLE,
                post=erwarte((MIT_ROLLE, ERLAUBT), sonst=403),
                daten=_daten(typ),
            )
            for typ in ("ressource", "barriere")
        ),
        grund="jede Rolle erfasst Ressourcen und Barrieren",
    ),
    Zeile(
        "sozialraumarbeit:raumwissen:auswahl",
        tuple(
            fall(
                f"{typ}_{teil}",
                lambda welt, rolle, typ=typ: {"typ": typ},
                get=NUR_MIT_ROLLE,
                query=lambda welt, teil=teil: {
                    "teil": teil,
                    "sozialraum": welt.o["sozialraum_fremd"].pk,
                    "traeger_suche": "Träger",
                    "traeger": welt.o["B"].pk,
                },
            )
            for typ in ("ressource", "barriere")
            for teil in ("orte", "traeger")
        ),
        grund="Teil des Formulars: jede Rolle, wie das Erfassen",
    ),
    Zeile(
        "sozialraumarbeit:raumwissen:eintrag",
        tuple(fall(s, _eintrag(s), get=erwarte((_SEHEN[s], 200), sonst=404)) for s in _SEHEN),
        grund="sichtbar wie Vernetzungskontakte; sonst gibt es den Eintrag nicht (404)",
    ),
    Zeile(
        "sozialraumarbeit:raumwissen:bearbeiten",
        tuple(
            fall(
                s,
                _eintrag(s),
                get=erwarte((_bearbeiter(s), 200), (_SEHEN[s], 403), sonst=404),
                post=erwarte((_bearbeiter(s), ERLAUBT), (_SEHEN[s], 403), sonst=404),
                daten=_daten_von(s),
            )
            for s in BEARBEITEN
        ),
        grund="Erfasserin, Sozialraumkoordination und Jugendamt-Administration (ihres Jugendamts)",
    ),
    *(
        Zeile(
            f"sozialraumarbeit:raumwissen:{name}",
            tuple(
                fall(
                    s,
                    _eintrag(s),
                    post=erwarte((_bearbeiter(s), ERLAUBT), (_SEHEN[s], 403), sonst=404),
                )
                for s in BEARBEITEN
            ),
            grund="wie Bearbeiten",
        )
        for name in ("pruefen", "beenden")
    ),
    Zeile(
        "sozialraumarbeit:raumwissen:status",
        tuple(
            fall(
                s,
                pk(s),
                post=erwarte((_bearbeiter(s), ERLAUBT), (_SEHEN[s], 403), sonst=404),
                daten=lambda welt: {"status": "behoben"},
            )
            for s in BEARBEITEN
            if _TYP[s] == "barriere"
        ),
        grund="wie Bearbeiten",
    ),
    Zeile(
        "sozialraumarbeit:raumwissen:aus_top",
        tuple(
            _top_fall(art, stand)
            for art in ("eigen", "fremd", "offen")
            for stand in ("entwurf", "frei")
        ),
        grund="wer das Gremium bearbeitet (Koordination, Sozialraumkoordination, Jugendamt); "
        "wer die Sitzung nur lesen darf: 403",
    ),
    Zeile(
        "sozialraumarbeit:raumwissen:export",
        tuple(
            fall(
                gebiet,
                lambda welt, rolle, gebiet=gebiet: {
                    "ebene": "sozialraum",
                    "schluessel": welt.o[f"sozialraum_{gebiet}"].schluessel,
                    "format": "csv",
                },
                get=NUR_MIT_ROLLE,
            )
            for gebiet in ("eigen", "fremd")
        ),
        grund="jede Rolle; in der Datei nur, was sie sehen darf",
    ),
]
