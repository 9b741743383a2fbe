"""Änderungsverlauf in the admin: what changed per version (field: old → new) and restoring one.

Builds on django-simple-history (every curated model has ``history``). ``VerlaufAdmin``
replaces its history pages with German, accessible ones:

- the history list shows per version who changed what, with values as people read them
  (choice labels, „ja“/„nein“, dates as 31.01.2026, related records by name);
- a version page shows what restoring it would change against the current state and,
  for those allowed to change the record, a button to restore it.

Restoring takes the fields of the admin's change form from the old version and keeps
everything else as it is now: counters, release states, check marks set by others, and the
links that the history does not record (Kategorien, Zielgruppen, Sprachen, Orte and the
rows of inlines such as Zeiten or Tagesordnungspunkte). It is an ordinary save: it goes
through the form's validation and the conflict check (``sozialraum/werkzeuge/konflikt.py``), writes
a new history row with the reason „Version vom … wiederhergestellt“, and keeps the
versions in between.

Permissions: the history and a version need the permission to view the record (as
simple-history does); restoring needs the permission to change it, checked again on POST
(simple-history itself only checks the view permission when the form is sent). Both pages
load the record through the admin's ``get_object``, like its change page, so they show
only records the admin's queryset holds for the person (``SichtbarkeitAdminMixin`` in
sozialraum/admin.py); simple-history would fall back to the newest history row of a record
outside it, or of a deleted one.
"""

from __future__ import annotations

import dataclasses
import datetime

from django.contrib import messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from sozialraum.werkzeuge.konflikt import speichern

LEER = "—"
HOECHSTENS = 160  # characters of a long text shown in a list of changes


def wert_text(feld: models.Field, wert) -> str:
    """A stored value as a person reads it (choice label, „ja“, 31.01.2026, a name)."""
    if wert is None or wert == "":
        return LEER
    if getattr(feld, "flatchoices", None):
        return str(dict(feld.flatchoices).get(wert, wert))
    if isinstance(feld, models.BooleanField):
        return _("ja") if wert else _("nein")
    if isinstance(wert, datetime.datetime):
        return date_format(timezone.localtime(wert), "d.m.Y H:i")
    if isinstance(wert, datetime.date):
        return date_format(wert, "d.m.Y")
    if isinstance(wert, datetime.time):
        return wert.strftime("%H:%M")
    return Truncator(str(wert)).chars(HOECHSTENS)


@dataclasses.dataclass(frozen=True)
class Unterschied:
    feld: str
    alt: str
    neu: str


class VerlaufHelper(HistoricalRecordContextHelper):
    """Formats simple-history's per-version changes with :func:`wert_text`."""

    def format_delta_change(self, change):
        feld = self.model._meta.get_field(change.field)
        return dataclasses.replace(
            change,
            field=capfirst(feld.verbose_name),
            old=wert_text(feld, change.old),
            new=wert_text(feld, change.new),
        )


def formularfelder(model, form_class) -> list[models.Field]:
    """The model fields the change form edits that a history row records (no m2m)."""
    felder = []
    for name in form_class.base_fields:
        try:
            feld = model._meta.get_field(name)
        except Exception:
            continue
        if feld.concrete and not feld.many_to_many and not feld.primary_key:
            felder.append(feld)
    return felder


def _anzeige(obj, feld: models.Field) -> str:
    if feld.is_relation:
        try:
            return wert_text(feld, getattr(obj, feld.name))
        except feld.related_model.DoesNotExist:
            return _("(gelöscht)")
    return wert_text(feld, getattr(obj, feld.attname))


def unterschiede(aktuell, version, felder) -> list[Unterschied]:
    """What restoring ``version`` (a model instance) would change in ``aktuell``."""
    ergebnis = []
    for feld in felder:
        if getattr(aktuell, feld.attname) != getattr(version, feld.attname):
            ergebnis.append(
                Unterschied(
                    capfirst(feld.verbose_name), _anzeige(aktuell, feld), _anzeige(version, feld)
                )
            )
    return ergebnis


class VerlaufAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin with German change lists per version and a checked restore."""

    object_history_template = "admin/verlauf/verlauf.html"
    object_history_list_template = "admin/verlauf/_versionen.html"
    object_history_form_template = "admin/verlauf/version.html"
    history_list_per_page = 50

    def get_historical_record_context_helper(self, request, historical_record):
        return VerlaufHelper(self.model, historical_record)

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        super().set_history_delta_changes(request, historical_records, foreign_keys_are_objs)
        # The oldest row of a page has its predecessor on the next page: one more query.
        eintraege = list(historical_records)
        if eintraege and eintraege[-1].history_type == "~":
            letzter = eintraege[-1]
            vorher = letzter.prev_record
            if vorher is not None:
                delta = letzter.diff_against(vorher, foreign_keys_are_objs=foreign_keys_are_objs)
                helper = self.get_historical_record_context_helper(request, letzter)
                letzter.history_delta_changes = helper.context_for_delta_changes(delta)

    def history_view(self, request, object_id, extra_context=None):
        if self.get_object(request, unquote(object_id)) is None:
            raise Http404(_("Diesen Eintrag gibt es nicht (mehr)."))
        return super().history_view(request, object_id, extra_context)

    def history_view_title(self, request, obj):
        return _("Änderungsverlauf: %(obj)s") % {"obj": obj}

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        request.current_app = self.admin_site.name
        opts = self.model._meta
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404(_("Diesen Eintrag gibt es nicht (mehr)."))
        if not self.has_view_history_or_change_history_permission(request, obj):
            raise PermissionDenied
        version = get_object_or_404(
            self.model.history.filter(**{opts.pk.attname: obj.pk}), history_id=version_id
        )
        darf_wiederherstellen = not self.revert_disabled(request, obj)
        if request.method == "POST" and not darf_wiederherstellen:
            raise PermissionDenied

        fieldsets = self.get_fieldsets(request, obj)
        form_class = self.get_form(request, obj, change=True, fields=flatten_fieldsets(fieldsets))
        felder = formularfelder(self.model, form_class)
        alt = version.instance
        liste = unterschiede(obj, alt, felder)
        for feld in felder:  # the form shows (and saves) the old version's values
            setattr(obj, feld.attname, getattr(alt, feld.attname))
        datum = date_format(timezone.localtime(version.history_date), "d.m.Y H:i")

        if request.method == "POST":
            form = form_class(request.POST, request.FILES, instance=obj)

            def wiederherstellen(form):
                neu = self.save_form(request, form, change=True)
                neu._change_reason = _("Version vom %(datum)s wiederhergestellt") % {"datum": datum}
                self.save_model(request, neu, form, change=True)
                form.save_m2m()
                self.log_change(request, neu, neu._change_reason)
                return True

            # Validated and saved in one transaction: the conflict check's lock holds, and a
            # failure part-way leaves nothing half restored (sozialraum/werkzeuge/konflikt.py).
            if speichern(form, wiederherstellen):
                self.message_user(
                    request,
                    _("Die Version vom %(datum)s ist wiederhergestellt.") % {"datum": datum},
                    messages.SUCCESS,
                )
                return redirect(
                    reverse(
                        f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history",
                        args=[obj.pk],
                    )
                )
        else:
            form = form_class(instance=obj)

        readonly = self.get_readonly_fields(request, obj)
        if not darf_wiederherstellen:
            readonly = flatten_fieldsets(fieldsets)
        admin_form = helpers.AdminForm(
            form, fieldsets, self.get_prepopulated_fields(request, obj), readonly, model_admin=self
        )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Version vom %(datum)s: %(obj)s") % {"datum": datum, "obj": obj},
            "subtitle": None,
            "adminform": admin_form,
            "object_id": object_id,
            "original": obj,
            "version": version,
            "version_datum": datum,
            "unterschiede": liste,
            "darf_wiederherstellen": darf_wiederherstellen,
            "is_popup": False,
            "to_field": None,
            "media": self.media + admin_form.media,
            "inline_admin_formsets": [],
            "errors": helpers.AdminErrorList(form, []),
            "app_label": opts.app_label,
            "opts": opts,
            "add": False,
            "change": True,
            "has_view_permission": True,
            "has_add_permission": False,
            "has_change_permission": darf_wiederherstellen,
            "has_delete_permission": False,
            "has_editable_inline_admin_formsets": False,
            "has_file_field": False,
            "has_absolute_url": False,
            "form_url": "",
            "save_as": False,
            "save_on_top": False,
            "content_type_id": None,
            "history_url": reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history",
                args=[obj.pk],
            ),
            **(extra_context or {}),
        }
        return TemplateResponse(request, self.object_history_form_template, context)
