"""The query parameters of the HSDA read API, checked before any query (docs/hsds.md).

Names and types are those of the served OpenAPI document (``components/parameters`` of
schema/openapi.json); each operation reads only the parameters the document lists for it
and ignores others, as HTTP APIs do. A value that cannot be what the document says answers
400 with a German message naming the parameter, the value and the problem, never a
database error: integers and booleans as JSON writes them, ids as UUIDs, dates as ISO 8601,
ranges bounded so that no offset or coordinate can overflow a query.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

PRO_SEITE = 50
MAX_PRO_SEITE = 200
# ``minimal`` asks to "aim to return all services within one page": its rows are small.
MAX_PRO_SEITE_MINIMAL = 5000
# ``full_service`` nests every service of each organization in full: a few per page, or one
# request would carry most of the registry.
MAX_PRO_SEITE_VOLL = 20
MAX_SEITE = 1_000_000
# The search field of the HTML search takes as much (angebote/views/finden.py, ``_text``).
MAX_SUCHTEXT = 200
# A radius beyond a country is not a neighbourhood; keeping it below 1000 km also keeps the
# haversine formula far from antipodal points, where rounding could leave asin's domain.
MAX_RADIUS_M = 1_000_000
# A time before this year is "everything" (and converting year 1 to UTC would overflow).
FRUEHESTES_JAHR = 1900
ZAHL = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$", re.ASCII)


class Parameterfehler(Exception):
    """Bad query parameters: ``fehler`` maps each parameter to its German messages."""

    def __init__(self, fehler: dict[str, list[str]]):
        super().__init__(fehler)
        self.fehler = fehler

    @property
    def text(self) -> str:
        teile = [f"„{name}“: {' '.join(meldungen)}" for name, meldungen in self.fehler.items()]
        return _("Ungültige Parameter – %(teile)s") % {"teile": "; ".join(teile)}


@dataclass(frozen=True)
class Umkreis:
    """``proximity``: ``radius`` metres around (``lat``, ``lon``), or around the centre of
    the places with the given ``postcode`` when only a radius is given."""

    radius: float
    lat: float | None = None
    lon: float | None = None


class JaNeinFeld(forms.Field):
    """A boolean as JSON and the OpenAPI serialisation write it: true/false (or 1/0)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise ValidationError(_("Erwartet wird true oder false."), code="invalid")


def _kommazahl(text: str, name: str) -> float:
    text = text.strip()
    if not ZAHL.match(text):
        raise ValidationError(
            _("%(name)s „%(wert)s“ ist keine Zahl.") % {"name": name, "wert": text[:40]},
            code="invalid",
        )
    zahl = float(text)
    if not math.isfinite(zahl):
        raise ValidationError(_("%(name)s ist keine endliche Zahl.") % {"name": name})
    return zahl


class UmkreisFeld(forms.CharField):
    """``proximity``: "Breite,Länge,Radius" (WGS84 degrees, metres) or only "Radius"
    (around the ``postcode``)."""

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return None
        teile = text.split(",")
        if len(teile) not in (1, 3):
            raise ValidationError(
                _(
                    "Erwartet wird „Breite,Länge,Radius in Metern“ (z. B. 52.52,13.40,2000) "
                    "oder nur der Radius zusammen mit „postcode“."
                ),
                code="invalid",
            )
        radius = _kommazahl(teile[-1], _("Der Radius"))
        if not 0 < radius <= MAX_RADIUS_M:
            raise ValidationError(
                _("Der Radius muss größer als 0 und höchstens %(max)d Meter sein.")
                % {"max": MAX_RADIUS_M}
            )
        if len(teile) == 1:
            return Umkreis(radius)
        lat = _kommazahl(teile[0], _("Die Breite"))
        lon = _kommazahl(teile[1], _("Die Länge"))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValidationError(
                _("Breite (−90 bis 90) und Länge (−180 bis 180) liegen nicht in WGS84.")
            )
        return Umkreis(radius, lat, lon)


class Parameter(forms.Form):
    """Every parameter of the document; an operation keeps those it lists (``namen``)."""

    search = forms.CharField(required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_SEITE)
    per_page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PRO_SEITE_MINIMAL)
    format = forms.ChoiceField(
        required=False,
        choices=[("json", "json")],
        error_messages={
            "invalid_choice": gettext_lazy("Dieses Format gibt es hier nicht; nur „json“.")
        },
    )
    taxonomy_term_id = forms.UUIDField(required=False)
    taxonomy_id = forms.UUIDField(required=False)
    organization_id = forms.UUIDField(required=False)
    parent_id = forms.UUIDField(required=False)
    modified_after = forms.DateTimeField(required=False)
    minimal = JaNeinFeld(required=False)
    full = JaNeinFeld(required=False)
    full_service = JaNeinFeld(required=False)
    top_only = JaNeinFeld(required=False)
    postcode = forms.CharField(required=False, max_length=10)
    proximity = UmkreisFeld(required=False)

    def __init__(self, daten, namen: tuple[str, ...]):
        super().__init__(daten)
        for name in list(self.fields):
            if name not in namen:
                del self.fields[name]

    def clean_search(self) -> str:
        # As the HTML search: at most MAX_SUCHTEXT characters are searched.
        return self.cleaned_data["search"][:MAX_SUCHTEXT]

    def clean_modified_after(self):
        zeitpunkt = self.cleaned_data["modified_after"]
        if zeitpunkt is None or zeitpunkt.year < FRUEHESTES_JAHR:
            return None
        try:
            return zeitpunkt.astimezone(UTC)
        except OverflowError:  # 9999-12-31T23:00-05:00 is in year 10000 in UTC
            raise ValidationError(_("Dieser Zeitpunkt liegt außerhalb des Kalenders.")) from None

    def clean(self):
        daten = super().clean()
        umkreis = daten.get("proximity")
        if umkreis and umkreis.lat is None and not daten.get("postcode"):
            self.add_error(
                "proximity",
                _(
                    "Nur ein Radius braucht „postcode“ als Mittelpunkt, sonst „Breite,Länge,Radius“."
                ),
            )
        pro_seite = daten.get("per_page")
        if pro_seite and pro_seite > MAX_PRO_SEITE_VOLL and daten.get("full_service"):
            self.add_error(
                "per_page",
                _("Mit full_service=true höchstens %(max)d je Seite.")
                % {"max": MAX_PRO_SEITE_VOLL},
            )
        elif pro_seite and pro_seite > MAX_PRO_SEITE and not daten.get("minimal"):
            self.add_error(
                "per_page",
                _("Höchstens %(max)d je Seite (mit minimal=true bis %(minimal)d).")
                % {"max": MAX_PRO_SEITE, "minimal": MAX_PRO_SEITE_MINIMAL},
            )
        return daten


def parameter_lesen(abfrage, namen: tuple[str, ...]) -> dict:
    """The checked values of ``namen`` from the query string ``abfrage`` (a QueryDict), or
    :class:`Parameterfehler`. Absent parameters are None (``search``: "")."""
    form = Parameter(abfrage, namen)
    if not form.is_valid():
        fehler = {}
        for name, meldungen in form.errors.items():
            wert = abfrage.get(name, "")
            zusatz = _("(Wert: „%(wert)s“)") % {"wert": wert[:60].replace("\x00", "")}
            fehler[name] = [*meldungen, zusatz]
        raise Parameterfehler(fehler)
    return form.cleaned_data


@dataclass(frozen=True)
class Seite:
    """One page of ``gesamt`` results: what to fetch and the page fields HSDA asks for."""

    nummer: int
    pro_seite: int
    gesamt: int

    @property
    def seiten(self) -> int:
        return math.ceil(self.gesamt / self.pro_seite)

    @property
    def bereich(self) -> slice | None:
        """The slice of the results on this page (None: beyond the last page)."""
        if self.nummer > self.seiten:
            return None
        anfang = (self.nummer - 1) * self.pro_seite
        return slice(anfang, anfang + self.pro_seite)

    def antwort(self, inhalt: list) -> dict:
        return {
            "total_items": self.gesamt,
            "total_pages": self.seiten,
            "page_number": self.nummer,
            "size": len(inhalt),
            "first_page": self.nummer == 1,
            "last_page": self.nummer >= self.seiten,
            "empty": not inhalt,
            "contents": inhalt,
        }


def seite(werte: dict, gesamt: int) -> Seite:
    standard = MAX_PRO_SEITE_VOLL if werte.get("full_service") else PRO_SEITE
    return Seite(werte.get("page") or 1, werte.get("per_page") or standard, gesamt)
