"""Rows of the Regionalräume's budgets (sozialraumarbeit/budget/, docs/massnahmen-budget.md).

Design (sozialraumarbeit/budget/permissions.py): the administration reads every budget and
sets budgets and books payouts within her Jugendamt (``bezirk``: the Regionalraum "eigen"
only; the other she reads, changing it is 403). The Sozialraumkoordination reads the budget
of her Regionalraum ("eigen"); the other one does not exist for her (404), changing hers is
403. Every other role has no budget pages: 403 before any Regionalraum is looked at.
A year outside the planning range is 404 to those who read budgets.

Before each request (``vorher``) a running measure with a month plan is made in each
Regionalraum, so that a payout posted by an allowed role is really booked.
"""

import datetime
from decimal import Decimal

from .erwartung import ERLAUBT, Zeile, erwarte, fall
from .welt import BEZIRK, KOORDINATION, UEBERALL, VERWALTUNG

JAHR = 2026
LESER = VERWALTUNG | {KOORDINATION}
LESEN = erwarte((LESER, 200), sonst=403)
LESEN_FREMD = erwarte((VERWALTUNG, 200), (frozenset({KOORDINATION}), 404), sonst=403)
AENDERN = erwarte((VERWALTUNG, ERLAUBT), sonst=403)
AENDERN_FREMD = erwarte((UEBERALL, ERLAUBT), (frozenset({KOORDINATION}), 404), sonst=403)
GRUND = "Budgets: die Administration (eine beschränkte ändert nur ihr Jugendamt), die Koordination liest ihren Regionalraum"


def _raum(gebiet: str):
    def holen(welt):
        return (
            welt.o["regionalraum"] if gebiet == "eigen" else welt.o["sozialraum_fremd"].regionalraum
        )

    return holen


def _massnahmen(client, welt) -> None:
    from sozialraumarbeit.models import Massnahme
    from tests.factories import massnahme_mit_plan

    for gebiet in ("eigen", "fremd"):
        plan = {datetime.date(JAHR, m, 1): Decimal("500.00") for m in range(1, 13)}
        welt.o[f"massnahme_budget_{gebiet}"] = massnahme_mit_plan(
            _raum(gebiet)(welt), Massnahme.Status.LAEUFT, plan, titel=f"Matrixmaßnahme {gebiet}"
        )


def _kw(gebiet: str, jahr: int = JAHR, **weitere):
    return lambda welt, rolle: {"jahr": jahr, "pk": _raum(gebiet)(welt).pk, **weitere}


def _zahlung(gebiet: str):
    return lambda welt: {
        "massnahme": welt.o[f"massnahme_budget_{gebiet}"].pk,
        "monat": "3",
        "betrag": "250,00",
    }


def _faelle(**weitere):
    """Reading a Regionalraum's budget: "eigen" and "fremd"."""
    return tuple(
        fall(gebiet, _kw(gebiet, **weitere), get=erwartet)
        for gebiet, erwartet in (("eigen", LESEN), ("fremd", LESEN_FREMD))
    )


ZEILEN = [
    Zeile(
        "sozialraumarbeit:budget_uebersicht",
        (fall("ohne", get=LESEN),),
        grund=GRUND + "; die Koordination sieht nur ihre Regionalräume",
    ),
    Zeile(
        "sozialraumarbeit:budget_jahr",
        (
            fall("jahr", lambda welt, rolle: {"jahr": JAHR}, get=LESEN),
            fall(
                "jahr_unmoeglich",
                lambda welt, rolle: {"jahr": 1850},
                get=erwarte((LESER, 404), sonst=403),
            ),
        ),
        grund=GRUND,
    ),
    Zeile(
        "sozialraumarbeit:budget_export",
        tuple(
            fall(f, lambda welt, rolle, f=f: {"jahr": JAHR, "format": f}, get=LESEN)
            for f in ("csv", "xlsx")
        ),
        grund=GRUND,
    ),
    Zeile(
        "sozialraumarbeit:budget_regionalraum",
        (
            *_faelle(),
            fall("jahr_unmoeglich", _kw("eigen", 1850), get=erwarte((LESER, 404), sonst=403)),
        ),
        grund=GRUND,
    ),
    Zeile("sozialraumarbeit:budget_export_monate", _faelle(format="csv"), grund=GRUND),
    Zeile(
        "sozialraumarbeit:budget_festlegen",
        tuple(
            fall(
                gebiet,
                _kw(gebiet),
                get=erwartet,
                post=erwartet,
                daten=lambda welt: {"betrag": "48000,00", "notiz": "Matrix"},
            )
            for gebiet, erwartet in (("eigen", AENDERN), ("fremd", AENDERN_FREMD))
        ),
        grund=GRUND,
    ),
    Zeile(
        "sozialraumarbeit:budget_auszahlung",
        tuple(
            fall(
                gebiet,
                _kw(gebiet),
                get=erwartet,
                post=erwartet,
                daten=_zahlung(gebiet),
                vorher=_massnahmen,
            )
            for gebiet, erwartet in (("eigen", AENDERN), ("fremd", AENDERN_FREMD))
        ),
        grund=GRUND,
    ),
]

# ``bezirk`` is scoped to the Jugendamt of "eigen": named here for the reader of the rows.
assert BEZIRK in VERWALTUNG and BEZIRK not in UEBERALL
