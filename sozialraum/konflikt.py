"""Optimistic locking for curated records, in the normal UI and in the admin alike.

A form remembers the record's ``updated_at`` as it was when the form was loaded (a hidden
field ``stand``). On save it compares that with the record's current ``updated_at`` in the
database; if somebody saved in between, the save is refused with a German message naming
who changed it when and which fields changed meanwhile (from django-simple-history), and
the form is shown again with the user's input so that nothing typed is lost.

Usage: ``class AngebotForm(KonfliktForm): ...`` (a ModelForm whose model has ``updated_at``
and, for the list of changes, ``history``), and ``KonfliktAdminMixin`` on a ModelAdmin.
"""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext as _


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


def konflikt_meldung(obj, stand) -> str:
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


class KonfliktForm(forms.ModelForm):
    """A ModelForm that refuses to overwrite a record changed since the form was loaded."""

    stand = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and getattr(self.instance, "updated_at", None):
            stand = self.instance.updated_at
            if getattr(self.instance, "_history", None) is not None:
                # An old version from django-simple-history (restoring it): it replaces
                # what is stored now, so the token is the record's current state.
                stand = (
                    type(self.instance)
                    ._default_manager.filter(pk=self.instance.pk)
                    .values_list("updated_at", flat=True)
                    .first()
                ) or stand
            self.fields["stand"].initial = stand.isoformat()

    def clean(self):
        daten = super().clean()
        if not self.instance.pk:
            return daten
        geladen = parse_datetime(self.data.get(self.add_prefix("stand")) or "")
        aktuell = (
            type(self.instance)
            ._default_manager.filter(pk=self.instance.pk)
            .values_list("updated_at", flat=True)
            .first()
        )
        if geladen is None:
            # A form without its token (an old tab, a hand-made request) may not overwrite.
            raise forms.ValidationError(
                _("Das Formular ist unvollständig; bitte laden Sie die Seite neu."),
                code="konflikt",
            )
        if aktuell is not None and aktuell != geladen:
            aktuelles = type(self.instance)._default_manager.get(pk=self.instance.pk)
            raise forms.ValidationError(konflikt_meldung(aktuelles, geladen), code="konflikt")
        return daten


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
