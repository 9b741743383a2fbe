"""Import and export in the admin (django-import-export), as the Jugendamt needs it.

``AustauschAdmin`` is mixed into a ModelAdmin next to ``resource_classes``:

- formats CSV (German Excel: „;“, UTF-8) and XLSX (``sozialraum.austausch.zellen.FORMATE``);
- upload → preview (a dry run in a transaction that is rolled back) → confirm. Any row
  with an error means no confirm button; the page lists every row's errors with the
  row number of the file and the column (a row that does not fit the header, too:
  ``sozialraum.austausch.zeilen.zeilen_pruefen``). The confirmed import runs in one transaction
  that is rolled back on *any* error, also on validation errors (django-import-export
  would otherwise commit the good rows), and then shows the errors instead of success;
- permissions: import needs add and change permission on the model (and an administration
  not scoped to one Jugendamt), export the view permission; for personal data (``personendaten = True``, Ansprechpersonen) both are
  reserved to the Jugendamt-Administration (and superusers);
- German pages (``templates/admin/austausch/``) without tracebacks, hover-only error
  boxes or inline scripts.
"""

from __future__ import annotations

from django.contrib import messages
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportMixin
from import_export.forms import ExportForm
from import_export.results import RowResult

from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION
from sozialraum.zugang.zustaendigkeit import ist_eingegrenzt

from .zellen import FORMATE


def ist_jugendamt_administration(user) -> bool:
    """May handle the registry's personal data in bulk (export, import)."""
    return user.is_active and (
        user.is_superuser or user.groups.filter(name=JUGENDAMT_ADMINISTRATION).exists()
    )


def fehler_auflisten(result) -> list[dict]:
    """Every error of an import as (Zeile, Spalte, Meldung), without tracebacks.

    ``Zeile`` is the line in the file as a spreadsheet numbers it: the header is line 1,
    so the first record is line 2.
    """
    fehler = [{"zeile": None, "spalte": "", "meldung": str(e.error)} for e in result.base_errors]
    for nummer, fehler_der_zeile in result.row_errors():
        for e in fehler_der_zeile:
            fehler.append({"zeile": nummer + 1, "spalte": "", "meldung": str(e.error)})
    for zeile in result.invalid_rows:
        for spalte, meldungen in zeile.field_specific_errors.items():
            for meldung in meldungen:
                fehler.append({"zeile": zeile.number + 1, "spalte": spalte, "meldung": meldung})
        for meldung in zeile.non_field_specific_errors:
            fehler.append({"zeile": zeile.number + 1, "spalte": "", "meldung": meldung})
    return sorted(fehler, key=lambda f: (f["zeile"] or 0, f["spalte"]))


def vorschau(result) -> list[dict]:
    """The rows an import would add or change, with their line in the file."""
    zeilen = []
    id_spalte = result.diff_headers.index("id") if "id" in result.diff_headers else None
    for nummer, zeile in enumerate(result.rows, start=2):
        if zeile.import_type in (RowResult.IMPORT_TYPE_NEW, RowResult.IMPORT_TYPE_UPDATE):
            diff = list(zeile.diff or [])
            if zeile.import_type == RowResult.IMPORT_TYPE_NEW and id_spalte is not None:
                diff[id_spalte] = ""  # the preview's id is rolled back with it
            zeilen.append({"zeile": nummer, "typ": zeile.import_type, "diff": diff})
    return zeilen


class AustauschAdmin(ImportExportMixin):
    formats = FORMATE
    import_template_name = "admin/austausch/import.html"
    export_template_name = "admin/austausch/export.html"
    export_form_class = ExportForm
    #: Personal data: import and export only for the Jugendamt-Administration.
    personendaten = False

    def _personendaten_erlaubt(self, request) -> bool:
        return not self.personendaten or ist_jugendamt_administration(request.user)

    def has_import_permission(self, request):
        # An import changes records by id, wherever they lie: not for an administration
        # scoped to her Jugendamt (sozialraum/zugang/zustaendigkeit.py), whose rights are per record.
        return (
            self.has_add_permission(request)
            and self.has_change_permission(request)
            and self._personendaten_erlaubt(request)
            and not ist_eingegrenzt(request.user)
        )

    def has_export_permission(self, request):
        return self.has_view_permission(request) and self._personendaten_erlaubt(request)

    def get_import_data_kwargs(self, **kwargs):
        kwargs = super().get_import_data_kwargs(**kwargs)
        kwargs.pop("request", None)
        # All or nothing: a row failing validation rolls the whole import back.
        kwargs["rollback_on_validation_errors"] = True
        return kwargs

    def get_export_filename(self, request, queryset, file_format):
        name = str(self.model._meta.verbose_name_plural).replace(" ", "-")
        datum = timezone.localdate().isoformat()
        return f"{name}-{datum}.{file_format.get_extension()}"

    @staticmethod
    def _spalten(resource_classes) -> list[tuple[str, str]]:
        """The columns of the (one) resource with a German description each."""
        return resource_classes[0]().spalten()

    def import_action(self, request, **kwargs):
        antwort = super().import_action(request, **kwargs)
        if isinstance(antwort, TemplateResponse):
            self._ergebnis_aufbereiten(request, antwort.context_data)
        return antwort

    def _ergebnis_aufbereiten(self, request, context) -> None:
        context["spalten"] = self._spalten(self.get_import_resource_classes(request))
        result = context.get("result")
        if result is not None:
            context["fehlerliste"] = fehler_auflisten(result)
            context["vorschau"] = vorschau(result)
            context["summen"] = {
                "neu": result.totals[RowResult.IMPORT_TYPE_NEW],
                "geaendert": result.totals[RowResult.IMPORT_TYPE_UPDATE],
                "unveraendert": result.totals[RowResult.IMPORT_TYPE_SKIP],
            }

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            # Something changed between preview and confirmation (or a database error):
            # the transaction was rolled back; show what went wrong instead of "done".
            messages.error(request, _("Der Import wurde abgebrochen; es wurde nichts gespeichert."))
            form_class = self.get_import_form_class(request)
            context = {
                **self.admin_site.each_context(request),
                "title": _("Import"),
                "opts": self.model._meta,
                "result": result,
                "form": form_class(
                    self.get_import_formats(), self.get_import_resource_classes(request)
                ),
            }
            self._ergebnis_aufbereiten(request, context)
            return TemplateResponse(request, [self.import_template_name], context)
        return super().process_result(result, request)

    def add_success_message(self, result, request):
        summen = result.totals
        teile = [
            ngettext("%(n)d neu", "%(n)d neu", summen[RowResult.IMPORT_TYPE_NEW])
            % {"n": summen[RowResult.IMPORT_TYPE_NEW]},
            ngettext("%(n)d geändert", "%(n)d geändert", summen[RowResult.IMPORT_TYPE_UPDATE])
            % {"n": summen[RowResult.IMPORT_TYPE_UPDATE]},
            ngettext("%(n)d unverändert", "%(n)d unverändert", summen[RowResult.IMPORT_TYPE_SKIP])
            % {"n": summen[RowResult.IMPORT_TYPE_SKIP]},
        ]
        messages.success(
            request,
            _("Import abgeschlossen (%(name)s): %(teile)s.")
            % {"name": self.model._meta.verbose_name_plural, "teile": ", ".join(teile)},
        )

    def export_action(self, request):
        antwort = super().export_action(request)
        if isinstance(antwort, TemplateResponse):
            antwort.context_data["spalten"] = self._spalten(
                self.get_export_resource_classes(request)
            )
        return antwort
