"""When an offer is open, as the search asks it: weekday, day-part, clock times.

"dienstags ab 15 Uhr" is ``wochentag=1&uhrzeit_von=15:00``. An offer matches when one of
its weekly slots (Angebotszeit: wochentag, von, bis) is open at some moment of the window
``[ab, bis)`` on that weekday (any weekday without one): the slot's ``von < bis`` of the
window and its ``bis > ab``. A window ending exactly when a slot starts does not meet it,
nor does one starting when it ends. With a day-part (``tageszeit``) the window is the
intersection of both; weekday, day-part and clock times always hold for the same slot.
"jetzt geöffnet" is a filter of its own (filters.py), ANDed with these.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import OuterRef, Q
from django.utils.translation import gettext_lazy as _

TAGESZEITEN = {
    "vormittags": (datetime.time(6), datetime.time(12)),
    "nachmittags": (datetime.time(12), datetime.time(17)),
    "abends": (datetime.time(17), datetime.time(23, 59)),
}
# How a clock time may be typed; <input type="time"> sends the first (or with seconds).
UHRZEIT_FORMATE = ("%H:%M", "%H:%M:%S", "%H.%M", "%H")


class UhrzeitFeld(forms.TimeField):
    """A clock time as the browser's time input sends it or as someone types it into the
    address: "15:30", "15.30", "15", "1530", "15 Uhr"; anything else is the field's German
    error (ASCII digits only, 0:00 to 23:59)."""

    widget = forms.TimeInput(format="%H:%M", attrs={"type": "time"})
    default_error_messages = {
        "invalid": _("Bitte eine Uhrzeit zwischen 0:00 und 23:59 angeben, z. B. 15:00."),
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.time):
            return value
        text = str(value).strip()
        if text[-3:].lower() == "uhr":
            text = text[:-3].strip()
        if re.fullmatch(r"[0-9]{3,4}", text):  # "1530", "930"
            text = f"{text[:-2]}:{text[-2:]}"
        if text.isascii():  # strptime would read "١٥" too
            for format_ in UHRZEIT_FORMATE:
                try:
                    return datetime.datetime.strptime(text, format_).time()
                except ValueError:
                    continue
        raise ValidationError(self.error_messages["invalid"], code="invalid")

    def bound_data(self, data, initial):
        # Shown as understood: a time input shows nothing for "15" or "1530" as typed.
        try:
            return self.to_python(data) or data
        except ValidationError:
            return data


def zeitfenster(daten: dict) -> tuple[datetime.time | None, datetime.time | None]:
    """The window ``[beginn, ende)`` of the clock times and the day-part of the form's
    cleaned ``daten`` (their intersection); None: open on that side."""
    beginne = [daten.get("uhrzeit_von")]
    enden = [daten.get("uhrzeit_bis")]
    if daten.get("tageszeit") in TAGESZEITEN:
        beginn, ende = TAGESZEITEN[daten["tageszeit"]]
        beginne.append(beginn)
        enden.append(ende)
    beginne = [b for b in beginne if b is not None]
    enden = [e for e in enden if e is not None]
    return (max(beginne) if beginne else None, min(enden) if enden else None)


def zeitfehler(daten: dict) -> tuple[str, str] | None:
    """``(field, German message)`` when the times of ``daten`` leave no window: "bis" not
    after "ab", or clock times outside the chosen day-part."""
    von, bis = daten.get("uhrzeit_von"), daten.get("uhrzeit_bis")
    if von is not None and bis is not None and bis <= von:
        return "uhrzeit_bis", str(_("„bis“ muss nach „ab“ liegen."))
    beginn, ende = zeitfenster(daten)
    if beginn is None or ende is None or beginn < ende:
        return None
    tageszeit = daten["tageszeit"]
    tag_beginn, tag_ende = TAGESZEITEN[tageszeit]
    meldung = _(
        "Die Uhrzeit liegt nicht „%(tageszeit)s“ (%(beginn)s–%(ende)s Uhr): bitte die Uhrzeit "
        "oder die Tageszeit ändern."
    ) % {"tageszeit": tageszeit, "beginn": f"{tag_beginn:%H:%M}", "ende": f"{tag_ende:%H:%M}"}
    return ("uhrzeit_von" if von is not None and von >= tag_ende else "uhrzeit_bis"), meldung


def zeitbedingung(daten: dict) -> Q:
    """The condition on an offer's slots (Angebotszeit, for an EXISTS per offer)."""
    bedingung = Q(angebot=OuterRef("pk"))
    if daten.get("wochentag") not in (None, ""):
        bedingung &= Q(wochentag=int(daten["wochentag"]))
    beginn, ende = zeitfenster(daten)
    if ende is not None:
        bedingung &= Q(von__lt=ende)
    if beginn is not None:
        bedingung &= Q(bis__gt=beginn)
    return bedingung
