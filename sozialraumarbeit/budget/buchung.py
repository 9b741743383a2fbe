"""Booking a payout to a measure (docs/massnahmen-budget.md "Auszahlungen buchen").

The rule: money goes only to an agreed measure (vereinbart, läuft, evaluiert, verlängert,
beendet: the states that bind its plan, massnahmen/budget.py ``BINDEND``), on a month, as a
positive amount; and all payouts of a measure together stay within its whole month plan,
unless whoever books confirms that more is paid out (``mehr_bestaetigt``), e.g. a cost the
plan did not foresee. The measure's row is locked while its payouts are summed, so two
bookings at the same moment cannot both slip under the limit.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from ..massnahmen.budget import BINDEND, NULL, euro, monatsanfang
from ..models import Auszahlung, Massnahme
from .stand import euro_text, jahr_gueltig


class BuchungAbgelehnt(Exception):
    """A payout that may not be booked (German message). ``ueber_plan``: only because it
    goes beyond the plan; confirming that lets it pass."""

    def __init__(self, meldung: str, *, ueber_plan: bool = False):
        super().__init__(meldung)
        self.ueber_plan = ueber_plan


def rest_laut_plan(massnahme: Massnahme) -> Decimal:
    """What the measure's whole month plan leaves to pay out (may be negative)."""
    plan = massnahme.monatsplan.aggregate(s=Sum("betrag"))["s"]
    bezahlt = massnahme.auszahlungen.aggregate(s=Sum("betrag"))["s"]
    return euro(euro(plan) - euro(bezahlt))


def auszahlung_buchen(
    massnahme: Massnahme,
    monat: datetime.date,
    betrag: Decimal,
    wer,
    *,
    notiz: str = "",
    mehr_bestaetigt: bool = False,
) -> Auszahlung:
    """Book ``betrag`` paid to ``massnahme`` on ``monat``; raises :class:`BuchungAbgelehnt`."""
    betrag = euro(betrag)
    if betrag <= 0:
        raise BuchungAbgelehnt(_("Der Betrag muss größer als 0,00 € sein."))
    if not jahr_gueltig(monat.year):
        raise BuchungAbgelehnt(_("Dieser Monat liegt außerhalb des Planungszeitraums."))
    with transaction.atomic():
        # Lock the measure: its state and its payouts stay as read until this one is booked.
        massnahme = (
            Massnahme.objects.select_for_update(of=("self",))
            .order_by()
            .select_related("regionalraum")
            .get(pk=massnahme.pk)
        )
        auszahlung_pruefen(massnahme, betrag, mehr_bestaetigt=mehr_bestaetigt)
        return Auszahlung.objects.create(
            massnahme=massnahme,
            monat=monatsanfang(monat),
            betrag=betrag,
            notiz=notiz,
            gebucht_von=wer,
        )


def auszahlung_pruefen(massnahme: Massnahme, betrag: Decimal, *, mehr_bestaetigt: bool) -> None:
    """The rule of the module doc; raises :class:`BuchungAbgelehnt` (the admin's form asks it
    first, for a message at the field; :func:`auszahlung_buchen` asks again, locked)."""
    betrag = euro(betrag)
    if massnahme.status not in BINDEND:
        raise BuchungAbgelehnt(
            _(
                "An „%(titel)s“ kann nichts ausgezahlt werden (Stand: %(stand)s). Ausgezahlt "
                "wird nur an vereinbarte Maßnahmen."
            )
            % {"titel": massnahme.titel, "stand": massnahme.get_status_display()}
        )
    rest = rest_laut_plan(massnahme)
    if betrag > rest and not mehr_bestaetigt:
        raise BuchungAbgelehnt(
            _(
                "Der Monatsplan von „%(titel)s“ lässt noch %(rest)s zur Auszahlung; "
                "%(betrag)s wären %(mehr)s mehr als geplant. Wenn das so vereinbart ist, "
                "bestätigen Sie es bitte ausdrücklich."
            )
            % {
                "titel": massnahme.titel,
                "rest": euro_text(max(rest, NULL)),
                "betrag": euro_text(betrag),
                "mehr": euro_text(betrag - max(rest, NULL)),
            },
            ueber_plan=True,
        )
