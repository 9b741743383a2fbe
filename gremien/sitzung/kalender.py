"""iCalendar for Sitzungen (RFC 5545 via icalendar): feeds and invitation attachments."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from icalendar import Calendar, Event

DAUER_OHNE_ENDE = datetime.timedelta(hours=2)


def _zeit(datum, uhrzeit):
    return datetime.datetime.combine(datum, uhrzeit, tzinfo=ZoneInfo(settings.TIME_ZONE))


def kalender(sitzungen, basis_url: str, name: str, methode: str | None = None) -> bytes:
    """One VEVENT per Sitzung with a stable UID (the Sitzung's uid), link back, status.

    Times are local (DTSTART;TZID=Europe/Berlin) with a VTIMEZONE, so that calendars keep
    a meeting at 14:00 across the change to and from summer time."""
    cal = Calendar()
    cal.add("prodid", "-//Sozialraum-Register//DE")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    if methode:
        cal.add("method", methode)
    for s in sitzungen:
        ereignis = Event()
        ereignis.add("uid", f"{s.uid}@sozialraum-register")
        ereignis.add("summary", f"{s.gremium.name}: {s}")
        beginn = _zeit(s.datum, s.beginn)
        ereignis.add("dtstart", beginn)
        ereignis.add("dtend", _zeit(s.datum, s.ende) if s.ende else beginn + DAUER_OHNE_ENDE)
        ereignis.add("dtstamp", s.updated_at)
        ereignis.add("last-modified", s.updated_at)
        ereignis.add("sequence", s.version)
        if s.ort:
            ereignis.add("location", s.ort)
        url = basis_url + s.get_absolute_url()
        ereignis.add("url", url)
        ereignis.add("description", f"{s.einladungstext}\n\n{url}".strip())
        ereignis.add("status", "CANCELLED" if s.status == s.Status.ABGESAGT else "CONFIRMED")
        cal.add_component(ereignis)
    # The VTIMEZONE's transitions for the years the meetings span.
    jahre = [s.datum.year for s in sitzungen]
    if jahre:
        cal.add_missing_timezones(
            first_date=datetime.date(min(jahre) - 1, 1, 1),
            last_date=datetime.date(max(jahre) + 1, 12, 31),
        )
    return cal.to_ical()
