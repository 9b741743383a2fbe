"""Months on the calendar: the one rule for "older than N months", used everywhere.

A record checked on ``g`` is ``n`` whole months old on ``heute`` when ``g`` plus ``n``
calendar months falls on or before ``heute``. Adding months keeps the day and clamps it to
the end of a shorter month: 31 January plus one month is 28 (or 29) February. So an offer
checked on 31 January is a month old on 28 February, and one checked on 28 February is a
month old on 28 March.

An offer is stale (``veraltet``) when it was never checked or is at least
``PRUEFINTERVALL_MONATE`` months old. The freshness mark, the "geprüft" search filter, the
Aktualität dashboard, the reminder mails and the network's time window all ask this module.
"""

import calendar
import datetime

from django.conf import settings
from django.utils import timezone


def _letzter_tag(jahr: int, monat: int) -> int:
    return calendar.monthrange(jahr, monat)[1]


def monate_addieren(datum: datetime.date, monate: int) -> datetime.date:
    """``datum`` moved by ``monate`` calendar months (negative: back), the day clamped."""
    jahr, monat = divmod(datum.year * 12 + datum.month - 1 + monate, 12)
    monat += 1
    return datetime.date(jahr, monat, min(datum.day, _letzter_tag(jahr, monat)))


def monatsgrenze(heute: datetime.date, monate: int) -> datetime.date:
    """The latest date that is at least ``monate`` months before ``heute``.

    A date ``g`` is that old exactly when ``g <= monatsgrenze(heute, monate)``, which is the
    form a database filter needs. On the last day of a month every day of the target month
    counts (31 January is a month before 28 February).
    """
    ziel = monate_addieren(heute.replace(day=1), -monate)
    letzter = _letzter_tag(ziel.year, ziel.month)
    if heute.day == _letzter_tag(heute.year, heute.month):
        return ziel.replace(day=letzter)
    return ziel.replace(day=min(heute.day, letzter))


def monate_seit(datum: datetime.date, heute: datetime.date | None = None) -> int:
    """Whole months from ``datum`` to ``heute`` (0 in the first month; never negative)."""
    heute = heute or timezone.localdate()
    monate = (heute.year - datum.year) * 12 + heute.month - datum.month
    if monate > 0 and monate_addieren(datum, monate) > heute:
        monate -= 1
    return max(monate, 0)


def pruefgrenze(heute: datetime.date | None = None) -> datetime.date:
    """The latest check date that counts as stale today."""
    return monatsgrenze(heute or timezone.localdate(), settings.PRUEFINTERVALL_MONATE)


def ist_veraltet(geprueft: datetime.date | None, heute: datetime.date | None = None) -> bool:
    """Never checked, or checked ``PRUEFINTERVALL_MONATE`` months ago or longer."""
    return geprueft is None or geprueft <= pruefgrenze(heute)
