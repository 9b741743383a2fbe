"""The Gremium's rhythm as a rule (RFC 5545 recurrence via dateutil's rrule): the next date
that "Sitzung planen" proposes, and the rule in words."""

import datetime
from dataclasses import dataclass

from dateutil import rrule
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import Gremium, Sitzung

_TAGE = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)


def pausenmonate(gremium: Gremium) -> list[int]:
    teile = (gremium.rhythmus_pause or "").split(",")
    return sorted({int(t) for t in teile if t.strip().isdigit() and 1 <= int(t) <= 12})


def regel(gremium: Gremium, anker: datetime.date) -> rrule.rrule | None:
    """The dates of the rule from ``anker`` on (the week or month that ``alle n`` counts
    from); None without a rule."""
    art = gremium.rhythmus_regel
    if not art or gremium.rhythmus_wochentag is None:
        return None
    tag = _TAGE[gremium.rhythmus_wochentag]
    monate = [m for m in range(1, 13) if m not in pausenmonate(gremium)] or None
    beginn = datetime.datetime.combine(anker, datetime.time())
    intervall = max(gremium.rhythmus_intervall or 1, 1)
    if art == Gremium.Rhythmusregel.WOECHENTLICH:
        return rrule.rrule(
            rrule.WEEKLY, dtstart=beginn, interval=intervall, byweekday=tag, bymonth=monate
        )
    if art == Gremium.Rhythmusregel.MONATLICH and gremium.rhythmus_nte:
        tag = tag(gremium.rhythmus_nte)
    elif art == Gremium.Rhythmusregel.MONATLICH_LETZTER:
        tag = tag(-1)
    else:
        return None
    # Months count from the anchor's month, so that its own day is not skipped.
    beginn = beginn.replace(day=1)
    return rrule.rrule(
        rrule.MONTHLY, dtstart=beginn, interval=intervall, byweekday=tag, bymonth=monate
    )


@dataclass(frozen=True)
class Vorschlag:
    datum: datetime.date
    beginn: datetime.time | None
    ende: datetime.time | None


def naechste_sitzung(gremium: Gremium, heute: datetime.date | None = None) -> Vorschlag | None:
    """The next date by the rule: after the last Sitzung and not in the past, at the time
    of the last Sitzung. None without a rule."""
    heute = heute or timezone.localdate()
    letzte = Sitzung.objects.filter(gremium=gremium).order_by("-datum", "-beginn").first()
    anker = letzte.datum if letzte else heute
    regel_ = regel(gremium, anker)
    if regel_ is None:
        return None
    ab = max(anker + datetime.timedelta(days=1), heute) if letzte else heute
    treffer = regel_.after(datetime.datetime.combine(ab, datetime.time()), inc=True)
    if treffer is None:
        return None
    return Vorschlag(
        treffer.date(), letzte.beginn if letzte else None, letzte.ende if letzte else None
    )


def in_worten(gremium: Gremium) -> str:
    """The rule as people say it: "am ersten Dienstag im Monat, nicht im August"."""
    art = gremium.rhythmus_regel
    if not art or gremium.rhythmus_wochentag is None:
        return ""
    tag = gremium.get_rhythmus_wochentag_display()
    n = max(gremium.rhythmus_intervall or 1, 1)
    if art == Gremium.Rhythmusregel.WOECHENTLICH:
        text = ngettext("jeden %(tag)s", "alle %(n)d Wochen am %(tag)s", n) % {"tag": tag, "n": n}
    else:
        welcher = (
            _("letzten")
            if art == Gremium.Rhythmusregel.MONATLICH_LETZTER
            else {1: _("ersten"), 2: _("zweiten"), 3: _("dritten"), 4: _("vierten")}.get(
                gremium.rhythmus_nte, ""
            )
        )
        text = ngettext(
            "am %(welcher)s %(tag)s im Monat",
            "alle %(n)d Monate am %(welcher)s %(tag)s",
            n,
        ) % {"welcher": welcher, "tag": tag, "n": n}
    pause = pausenmonate(gremium)
    if pause:
        namen = ", ".join(str(MONTHS[m]) for m in pause)
        text += ", " + ngettext("nicht im %(monate)s", "nicht in %(monate)s", len(pause)) % {
            "monate": namen
        }
    return text
