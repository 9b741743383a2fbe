"""Optimistic locking for curated records: one mechanism in the normal UI, the admin and
the services.

A form remembers the record's ``updated_at`` as it was when the form was loaded (a hidden
field ``stand``). On save, **inside the saving transaction and with the row locked**
(``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` locks the file), the
stored ``updated_at`` is compared with it; if somebody saved in between, the save is refused
with a German message naming who changed which fields when (local time, from
django-simple-history), and the form is shown again with the user's input.

- Forms: ``KonfliktForm`` (a ModelForm) or ``KonfliktMixin`` with ``konflikt_objekt()`` for a
  form that guards another record (the minutes guard their Sitzung). A form without its
  token may not overwrite.
- Views: ``speichern(form, ...)`` validates and saves in one transaction, so the lock taken
  by the check holds until the save. The admin's change view runs in a transaction already.
- Services (angebote/redaktion/pruefung.py): ``stand_pruefen(obj, stand)`` raises ``Ueberholt``.
- Admin: ``KonfliktAdminMixin`` puts the token into the change form.
"""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.db import connection, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from sozialraum.werkzeuge.felder import auswahl_pruefen


def _feldnamen(model, namen) -> list[str]:
    ergebnis = []
    for name in namen:
        try:
            ergebnis.append(str(model._meta.get_field(name).verbose_name))
        except Exception:  # a field of the history model only
            ergebnis.append(name)
    return ergebnis


def aenderungen_seit(obj, stand) -> tuple[object | None, list[str]]:
    """Who saved ``obj`` last, and the verbose names of the fields changed after ``stand``."""
    history = getattr(obj, "history", None)
    if history is None:
        return None, []
    eintraege = list(
        history.select_related("history_user").order_by("-history_date", "-history_id")[:50]
    )
    if not eintraege:
        return None, []
    letzter = eintraege[0]
    # The version the form was loaded from is the newest history row whose copy of
    # ``updated_at`` is not after ``stand``. Not ``history_date``: simple-history stamps it in
    # post_save, a moment after ``auto_now`` set ``updated_at``, so it is always later than
    # ``stand`` and the loaded version's own changes would be listed as "changed meanwhile".
    if hasattr(letzter, "updated_at"):
        vorher = next((e for e in eintraege if e.updated_at and e.updated_at <= stand), None)
    else:
        vorher = next((e for e in eintraege if e.history_date <= stand), None)
    if vorher is None or vorher.pk == letzter.pk:
        return letzter, []
    try:
        diff = letzter.diff_against(vorher)
    except Exception:  # a history row of an older schema: no field list
        return letzter, []
    return letzter, _feldnamen(type(obj), [c.field for c in diff.changes])


def konflikt_meldung(obj, stand, *, wer=None, felder: list[str] | None = None) -> str:
    """The refusal: who saved ``obj`` when, and which fields changed since ``stand``.

    ``wer`` and ``felder`` default to what the record's history says; a caller that knows
    better (a proposal's own fields, the minutes' agenda items) passes them.
    """
    if felder is None:
        letzter, felder = aenderungen_seit(obj, stand)
        wer = getattr(letzter, "history_user", None) if letzter else None
        if getattr(letzter, "updated_at", obj.updated_at) != obj.updated_at:
            wer = None  # the last change left no history row (a queryset update): unknown
    wann = timezone.localtime(obj.updated_at)
    meldung = _(
        "Dieser Eintrag wurde inzwischen von %(wer)s geändert (%(wann)s Uhr). "
        "Ihre Änderungen wurden nicht gespeichert, damit nichts überschrieben wird."
    ) % {
        "wer": (wer.get_full_name() or wer.get_username()) if wer else _("jemand anderem"),
        "wann": date_format(wann, "d.m.Y H:i"),
    }
    if felder:
        meldung += " " + _("Geändert wurde: %(felder)s.") % {"felder": ", ".join(felder)}
    return (
        meldung
        + " "
        + _(
            "Bitte laden Sie die Seite neu, prüfen Sie den neuen Stand und tragen Sie Ihre Änderung erneut ein."
        )
    )


class Ueberholt(Exception):
    """The record was saved by somebody else since the form was loaded (German message)."""


def _aktueller_stand(obj):
    """``updated_at`` as stored now; the row stays locked until the transaction ends."""
    # No ordering (a model's default ordering may join other tables) and only this row
    # locked: PostgreSQL refuses FOR UPDATE on the nullable side of an outer join.
    zeilen = type(obj)._default_manager.filter(pk=obj.pk).order_by()
    if connection.in_atomic_block:
        zeilen = zeilen.select_for_update(of=("self",))
    return zeilen.values_list("updated_at", flat=True).first()


def stand_pruefen(obj, stand, *, meldung: Callable | None = None) -> None:
    """Lock ``obj``'s row and raise ``Ueberholt`` if it was saved after ``stand``.

    Call it inside the transaction that saves. ``meldung(aktuell, stand)`` builds the
    message (default: ``konflikt_meldung``). A deleted record is no conflict here: the save
    itself will say so.
    """
    aktuell = _aktueller_stand(obj)
    if aktuell is not None and aktuell != stand:
        neu = type(obj)._default_manager.get(pk=obj.pk)
        raise Ueberholt((meldung or konflikt_meldung)(neu, stand))


def stand_von(obj) -> str:
    """The token a form carries for ``obj``."""
    return obj.updated_at.isoformat() if getattr(obj, "updated_at", None) else ""


class KonfliktMixin:
    """For any form that saves a curated record: the hidden ``stand`` and its check.

    ``konflikt_objekt()`` returns the guarded record (default: a ModelForm's saved
    instance); ``konflikt_text(aktuell, stand)`` may name the changes better than the
    record's own history.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        auswahl_pruefen(self)  # an impossible id is a field error, not a 500
        if "stand" not in self.fields:
            self.fields["stand"] = forms.CharField(widget=forms.HiddenInput, required=False)
        obj = self.konflikt_objekt()
        if obj is not None:
            self.fields["stand"].initial = self._geladener_stand(obj)

    def konflikt_objekt(self):
        instance = getattr(self, "instance", None)
        return instance if instance is not None and instance.pk else None

    def konflikt_text(self, aktuell, stand) -> str:
        return konflikt_meldung(aktuell, stand)

    @staticmethod
    def _geladener_stand(obj) -> str:
        if getattr(obj, "_history", None) is not None:
            # An old version from django-simple-history (restoring it): it replaces what is
            # stored now, so the token is the record's current state.
            jetzt = type(obj)._default_manager.filter(pk=obj.pk).first()
            return stand_von(jetzt or obj)
        return stand_von(obj)

    def clean(self):
        daten = super().clean()
        obj = self.konflikt_objekt()
        if obj is None:
            return daten
        geladen = parse_datetime(self.data.get(self.add_prefix("stand")) or "")
        if geladen is None:
            # A form without its token (an old tab, a hand-made request) may not overwrite.
            raise forms.ValidationError(
                _("Das Formular ist unvollständig; bitte laden Sie die Seite neu."),
                code="konflikt",
            )
        try:
            stand_pruefen(obj, geladen, meldung=self.konflikt_text)
        except Ueberholt as fehler:
            raise forms.ValidationError(str(fehler), code="konflikt") from fehler
        return daten


class KonfliktForm(KonfliktMixin, forms.ModelForm):
    """A ModelForm that refuses to overwrite a record changed since the form was loaded."""

    # Declared, not only added in __init__: the admin names it in its fieldsets.
    stand = forms.CharField(widget=forms.HiddenInput, required=False)


def speichern(form, speichern: Callable | None = None):
    """Validate ``form`` and save it in one transaction; None if it has errors.

    The conflict check in ``clean()`` locks the record's row, and the lock holds until
    ``speichern(form)`` (default ``form.save()``) has written. Returns what it returns.
    """
    with transaction.atomic():
        if not form.is_valid():
            return None
        return speichern(form) if speichern else form.save()


class KonfliktZeileForm(KonfliktForm):
    """A row of an admin inline: checked only when the row itself was changed (an untouched
    row is not saved, so it overwrites nothing; refusing it would block unrelated saves)."""

    def has_changed(self) -> bool:
        return any(name != "stand" for name in self.changed_data)

    def clean(self):
        if not self.has_changed():
            return forms.ModelForm.clean(self)
        return super().clean()


class KonfliktInlineMixin:
    """InlineModelAdmin mixin: each row carries its own ``stand`` and refuses a stale save."""

    form = KonfliktZeileForm

    def get_fields(self, request, obj=None):
        felder = list(super().get_fields(request, obj))
        return felder if "stand" in felder else [*felder, "stand"]


class KonfliktAdminMixin:
    """ModelAdmin mixin: the change form carries ``stand`` and refuses stale saves."""

    form = KonfliktForm

    def get_fields(self, request, obj=None):
        felder = list(super().get_fields(request, obj))
        return [f for f in felder if f != "stand"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if not issubclass(form, KonfliktForm):
            raise TypeError(f"{type(self).__name__}.form must subclass KonfliktForm")
        return form

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not self.has_change_permission(request, obj):
            # Nothing to protect: a new record, or a read-only view (where the token would
            # show up as an empty read-only field).
            return fieldsets
        # The hidden token travels in the first fieldset (rendered as a hidden input).
        erster, optionen = fieldsets[0]
        felder = list(optionen.get("fields", ()))
        if "stand" not in felder:
            optionen = {**optionen, "fields": [*felder, "stand"]}
        return [(erster, optionen), *fieldsets[1:]]
