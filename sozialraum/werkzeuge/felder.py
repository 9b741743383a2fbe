"""Choice fields for ids and keys that come in a URL, checked before the database sees them.

A link or a filter carries ids and keys as text. Some text is not "not found" for the
database but an error: an id beyond a 64-bit integer (SQLite raises OverflowError for it
in ``IN (…)`` and wherever Django does not guard the lookup, as it does ``pk=``), a NUL
character in a text key (PostgreSQL refuses the string). The fields below refuse such a
value with their own German error ("Bitte eine gültige Auswahl treffen …") before any
query, and :func:`objekt_oder_404` answers it with a 404 where the value is part of a path.

Based on django-filter's variants of Django's fields (a FilterSet uses them as they are;
without its null option they behave like Django's own), so forms, filters and views check
ids and keys the same way.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django_filters import fields as filterfelder

# Ids are BigAutoFields: signed 64-bit integers.
KLEINSTE_ID = -(2**63)
GROESSTE_ID = 2**63 - 1


def ist_id(text: str) -> bool:
    """Whether ``text`` is an id: ASCII digits (``int()`` also reads "١٢", ``isdigit()``
    accepts "²"), within the 64-bit range of a BigAutoField."""
    zahl = str(text).strip().removeprefix("-")
    return (
        zahl.isascii()
        and zahl.isdigit()
        and len(zahl) <= 20
        and KLEINSTE_ID <= int(text) <= GROESSTE_ID
    )


def moeglicher_wert(feld: models.Field, wert) -> bool:
    """Whether ``wert`` (text from a URL) can be a value of the model field ``feld`` at all:
    no NUL character, and for an integer key a whole number in the 64-bit range."""
    text = str(wert)
    if "\x00" in text:
        return False
    if isinstance(feld, models.ForeignKey):
        feld = feld.target_field
    if not isinstance(feld, models.IntegerField):  # AutoField and BigAutoField are ones
        return True
    return ist_id(text)


def wert_pruefen(feld, wert) -> None:
    """Raise the model choice ``feld``'s own German "invalid choice" error if ``wert`` cannot
    be a value of its key (pk or ``to_field_name``): the one check of raw ids and keys."""
    if wert in feld.empty_values or isinstance(wert, models.Model):
        return
    meta = feld.queryset.model._meta
    schluessel = meta.get_field(feld.to_field_name) if feld.to_field_name else meta.pk
    if not moeglicher_wert(schluessel, wert):
        raise ValidationError(
            feld.error_messages["invalid_choice"],
            code="invalid_choice",
            params={"value": str(wert).replace("\x00", "")},
        )


class _WerteGeprueft:
    """Each raw value must be possible for the key field (pk or ``to_field_name``)."""

    def _pruefen(self, wert) -> None:
        wert_pruefen(self, wert)


class AuswahlFeld(_WerteGeprueft, filterfelder.ModelChoiceField):
    """``forms.ModelChoiceField`` whose value is checked before the query."""

    def to_python(self, value):
        self._pruefen(value)
        return super().to_python(value)


class MehrfachAuswahlFeld(_WerteGeprueft, filterfelder.ModelMultipleChoiceField):
    """``forms.ModelMultipleChoiceField`` whose values are checked before the query."""

    def _check_values(self, value):
        for wert in value:
            self._pruefen(wert)
        return super()._check_values(value)


def objekt_oder_404(queryset: models.QuerySet, wert, to_field_name: str | None = None):
    """The object of ``queryset`` whose pk (or ``to_field_name``) is ``wert``, else 404:
    ``get_object_or_404`` for a value from the URL, which may be anything."""
    try:
        return AuswahlFeld(queryset, to_field_name=to_field_name).clean(wert)
    except ValidationError:
        raise Http404 from None


def auswahl_pruefen(form) -> None:
    """Check the raw ids of every model choice field of ``form`` before its query.

    For forms whose fields Django builds from the model (a ModelForm's foreign keys and
    links): an impossible id is the field's own German error, as in :class:`AuswahlFeld`.
    The curated forms call it (``sozialraum/werkzeuge/konflikt.py``); a hand-declared field uses
    ``AuswahlFeld``/``MehrfachAuswahlFeld`` directly.
    """
    from django import forms

    for feld in form.fields.values():
        if isinstance(feld, _WerteGeprueft) or not isinstance(feld, forms.ModelChoiceField):
            continue
        feld.clean = _mit_pruefung(feld, feld.clean)


def _mit_pruefung(feld, clean):
    def geprueft(value):
        for wert in value if isinstance(value, list | tuple) else [value]:
            wert_pruefen(feld, wert)
        return clean(value)

    return geprueft


def suchtext(daten, name: str, laenge: int = 200) -> str:
    """A free search text from the URL: without NUL characters (nobody can type one, and
    PostgreSQL refuses them), trimmed, at most ``laenge`` characters."""
    return daten.get(name, "").replace("\x00", "").strip()[:laenge]
