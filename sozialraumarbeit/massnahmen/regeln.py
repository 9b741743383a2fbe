"""The rules of an SRAE measure's way, in one place (docs/massnahmen.md "Die Regeln"):
the states a step starts from, the longest periods, the month plan to the cent, the
Regionalraum's budget, when the evaluation is due. The steps (ablauf.py) apply them; each
broken rule raises :class:`MassnahmenFehler` with a German message.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from sozialraum.werkzeuge.fristen import monate_addieren

from ..models import Massnahme
from .budget import NULL, engpaesse, euro, laufzeit_monate, monatsanfang

S = Massnahme.Status
HOECHSTENS_MONATE = 12
INSGESAMT_MONATE = 24

# A draft may be edited until the Lenkungsgruppe recommends it.
ENTWURF = (S.IDEE, S.BERATEN, S.ZURUECKGESTELLT)
# Running: agreed and not yet ended; may be broken off.
LAUFEND = (S.VEREINBART, S.LAEUFT, S.EVALUIERT, S.VERLAENGERT)
# Evaluation is due a month before the end of the (extended) period.
EVALUATION_OFFEN = (S.VEREINBART, S.LAEUFT, S.VERLAENGERT)
ENTSCHEIDUNGEN = (S.EMPFOHLEN, S.ABGELEHNT, S.ZURUECKGESTELLT)


class MassnahmenFehler(Exception):
    """A step broke a rule of the way; the message is German and names what to do."""


def datum_text(tag: datetime.date) -> str:
    return date_format(tag, "d.m.Y")


def _euro_text(betrag: Decimal) -> str:
    return f"{betrag:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €"


# Rules ------------------------------------------------------------------------------------


def zeitraum_pruefen(beginn, ende, *, hoechstens: int = HOECHSTENS_MONATE) -> int:
    """A period of at most ``hoechstens`` months; returns its length in months."""
    if beginn is None or ende is None:
        raise MassnahmenFehler(_("Bitte Beginn und Ende des Zeitraums angeben."))
    if ende < beginn:
        raise MassnahmenFehler(_("Das Ende muss nach dem Beginn liegen."))
    monate = laufzeit_monate(beginn, ende)
    if monate > hoechstens:
        raise MassnahmenFehler(
            _(
                "Der Zeitraum umfasst %(n)d Monate; vereinbart werden höchstens %(max)d Monate "
                "am Stück."
            )
            % {"n": monate, "max": hoechstens}
        )
    return monate


def plan_pruefen(
    plan: dict[datetime.date, Decimal],
    summe: Decimal,
    beginn: datetime.date | None = None,
    ende: datetime.date | None = None,
) -> None:
    """The month plan adds up to ``summe`` to the cent and, if a period is given, lies in it."""
    try:
        summe = euro(summe)
        gesamt = euro(sum((euro(b) for b in plan.values()), NULL))
    except (InvalidOperation, TypeError) as fehler:
        raise MassnahmenFehler(_("Der Monatsplan enthält einen ungültigen Betrag.")) from fehler
    for monat, betrag in plan.items():
        if euro(betrag) < 0:
            raise MassnahmenFehler(
                _("Im Monatsplan ist der Betrag für %(monat)s negativ.")
                % {"monat": f"{monat:%m/%Y}"}
            )
        if beginn and ende and not (monatsanfang(beginn) <= monat <= monatsanfang(ende)):
            raise MassnahmenFehler(
                _(
                    "Der Monatsplan enthält %(monat)s; das liegt außerhalb des Zeitraums "
                    "%(beginn)s bis %(ende)s."
                )
                % {
                    "monat": f"{monat:%m/%Y}",
                    "beginn": datum_text(beginn),
                    "ende": datum_text(ende),
                }
            )
    if gesamt != summe:
        raise MassnahmenFehler(
            _(
                "Der Monatsplan ergibt %(plan)s, beantragt sind %(summe)s; beides muss auf den "
                "Cent übereinstimmen (Unterschied: %(diff)s)."
            )
            % {
                "plan": _euro_text(gesamt),
                "summe": _euro_text(summe),
                "diff": _euro_text(abs(summe - gesamt)),
            }
        )


def monatsplan(massnahme: Massnahme) -> dict[datetime.date, Decimal]:
    return {m.monat: euro(m.betrag) for m in massnahme.monatsplan.all()}


def budget_pruefen(
    massnahme: Massnahme, plan: dict, ueberschreiten: bool, begruendung: str
) -> bool:
    """Refuse binding ``plan`` beyond the Regionalraum's remaining budget, unless explicitly
    allowed with a reason; returns whether the budget is overcommitted (and allowed)."""
    luecken = engpaesse(massnahme, plan)
    if not luecken:
        return False
    if not ueberschreiten:
        teile = []
        for e in luecken:
            if e.verfuegbar is None:
                teile.append(
                    _("%(jahr)d: kein Budget eingetragen, benötigt %(benoetigt)s")
                    % {"jahr": e.jahr, "benoetigt": _euro_text(e.benoetigt)}
                )
            else:
                teile.append(
                    _("%(jahr)d: benötigt %(benoetigt)s, verfügbar %(verfuegbar)s")
                    % {
                        "jahr": e.jahr,
                        "benoetigt": _euro_text(e.benoetigt),
                        "verfuegbar": _euro_text(e.verfuegbar),
                    }
                )
        raise MassnahmenFehler(
            _(
                "Das Budget des Regionalraums reicht nicht (%(luecken)s). Wollen Sie es bewusst "
                "überschreiten, kreuzen Sie das an und begründen Sie es."
            )
            % {"luecken": "; ".join(teile)}
        )
    if not (begruendung or "").strip():
        raise MassnahmenFehler(
            _("Bitte begründen Sie, warum das Budget überschritten werden darf.")
        )
    return True


def evaluation_faellig_am(massnahme: Massnahme) -> datetime.date | None:
    """A month before the end of the running period; None when no evaluation is open."""
    if massnahme.status not in EVALUATION_OFFEN or massnahme.ende is None:
        return None
    return monate_addieren(massnahme.ende, -1)


def verlaengert_schon(massnahme: Massnahme) -> bool:
    return massnahme.schritte.filter(status=S.VERLAENGERT).exists()
