"""Import and export of curated records (django-import-export): the shared base resource.

The apps declare their resources in ``<app>/ressourcen.py`` on top of :class:`Ressource`,
which makes every import

- **all-or-nothing**: the admin imports in one transaction that is rolled back if any row
  has an error (see ``sozialraum/austausch/admin.py``); the preview lists every row's errors;
- **idempotent**: a record is found by its ``id`` or by a natural key (``externe_id``;
  Träger and Titel of an Angebot), and a row whose values equal the stored ones is skipped,
  so importing the same file twice changes nothing (no new history rows either);
- **German and precise**: each value is read by a widget from ``sozialraum/austausch/zellen.py`` that
  says in German what is wrong with it; the preview shows it with the row number and the
  column. Unknown or doubled columns, missing key columns and a record named twice in one
  file are reported for the whole file before any row is read;
- **only what the file says**: a column that is not in the file leaves its field as it is
  (an empty cell in a column that is there empties it). So a row must have a cell for every
  column: a CSV row with fewer or more cells than the header is an error of that row, never
  padded with empty cells (which would empty every field the row lacks), and so is a value
  under a column without a name. New records need their required columns
  (:meth:`Ressource.pflichtfelder`).
"""

from __future__ import annotations

import contextlib
import functools
from collections import defaultdict

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from import_export import resources, widgets
from import_export.fields import Field

from sozialraum.werkzeuge.felder import ist_id

from .vorschau import VorschauDiff
from .zeilen import zeilen_pruefen
from .zellen import (
    AuswahlWidget,
    DatumWidget,
    JaNeinWidget,
    KommazahlWidget,
    TextWidget,
    ZahlWidget,
    _vergleich,
    formel_schuetzen,
    text,
    widget_hinweis,
)

# The base resource ------------------------------------------------------------------------

STUECK = 500  # values per IN (…): well below SQLite's limit of parameters per statement


def _stuecke(werte: list) -> list[list]:
    return [werte[i : i + STUECK] for i in range(0, len(werte), STUECK)]


def _widget_fuer(feld: models.Field):
    if feld.choices:
        return functools.partial(AuswahlWidget, feld=feld)
    if isinstance(feld, models.BooleanField):
        return JaNeinWidget
    if isinstance(feld, models.DateField) and not isinstance(feld, models.DateTimeField):
        return DatumWidget
    if isinstance(feld, models.IntegerField | models.AutoField | models.BigAutoField):
        return ZahlWidget
    if isinstance(feld, models.FloatField):
        return KommazahlWidget
    return TextWidget


class Ressource(resources.ModelResource):
    """Base of all resources: German widgets, keys, skip unchanged rows, formula guard.

    Subclasses set ``schluessel``: the natural key columns that find an existing record
    when the row has no ``id`` (e.g. ``("externe_id",)``); they are required for new rows.
    """

    schluessel: tuple[str, ...] = ()
    #: Loaded with every record (select_related / prefetch_related): for the export, and for
    #: the records an imported file names, which are fetched in a few batches up front (so a
    #: file of thousands of rows needs a few queries per row, not dozens).
    verwandte: tuple[str, ...] = ()
    vorab: tuple[str, ...] = ()
    # Read by ``get_instance`` to find the record, never written: a row matched by its
    # natural key must not get its id emptied by an empty cell.
    id = Field(attribute="id", column_name="id", widget=ZahlWidget(), readonly=True)

    class Meta:
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True
        chunk_size = 2000

    @classmethod
    def widget_from_django_field(cls, f, default=widgets.Widget):
        return _widget_fuer(f)

    @classmethod
    def widget_kwargs_for_field(cls, field_name, django_field):
        return {}

    # Loading -----------------------------------------------------------------------------

    @classmethod
    def get_diff_class(cls):
        return VorschauDiff

    def after_init_instance(self, instance, new, row, **kwargs):
        self._geladen = instance  # read by VorschauDiff before the row changes it

    def mit_verwandten(self, queryset):
        if self.verwandte:
            queryset = queryset.select_related(*self.verwandte)
        if self.vorab:
            queryset = queryset.prefetch_related(*self.vorab)
        return queryset

    def filter_export(self, queryset, **kwargs):
        return self.mit_verwandten(queryset)

    def _schluessel_feld(self, spalte: str) -> models.Field:
        return self._meta.model._meta.get_field(self.fields[spalte].attribute)

    def before_import(self, dataset, **kwargs):
        """Fetch the records the file names, by ``id`` and by the natural key, in batches."""
        super().before_import(dataset, **kwargs)
        self._nach_pk: dict[int, models.Model] = {}
        self._nach_schluessel: dict[tuple, list] | None = None
        kopf = dataset.headers or []
        basis = self.mit_verwandten(self.get_queryset())
        if "id" in kopf:
            ids = sorted({int(t) for t in map(text, dataset["id"]) if ist_id(t)})
            for stueck in _stuecke(ids):
                self._nach_pk.update((o.pk, o) for o in basis.filter(pk__in=stueck))
        einfach = [s for s in self.schluessel if not self._schluessel_feld(s).is_relation]
        if einfach and all(s in kopf for s in self.schluessel):
            self._nach_schluessel = defaultdict(list)
            attribut = self.fields[einfach[0]].attribute
            # Only rows without an id are looked up by their natural key (get_instance): a
            # file exported from the registry names every record by its id, and reading
            # its records a second time by their keys doubled the import's reads.
            ohne_id = (
                [z for z, i in zip(dataset[einfach[0]], dataset["id"], strict=True) if not text(i)]
                if "id" in kopf
                else dataset[einfach[0]]
            )
            werte = sorted({text(v) for v in ohne_id if text(v)})
            for stueck in _stuecke(werte):
                for obj in basis.filter(**{f"{attribut}__in": stueck}):
                    schluessel = tuple(
                        getattr(obj, self._schluessel_feld(s).attname) for s in self.schluessel
                    )
                    self._nach_schluessel[schluessel].append(obj)
        for feld in self.get_import_fields():
            vorladen = getattr(feld.widget, "vorladen", None)
            if vorladen and not feld.readonly and feld.column_name in kopf:
                vorladen(dataset[feld.column_name])

    # Keys ------------------------------------------------------------------------------

    def schluessel_filter(self, row) -> dict | None:
        """The lookup for the natural key of ``row``, or None if it is incomplete."""
        filter_ = {}
        for spalte in self.schluessel:
            try:
                wert = self.fields[spalte].clean(row)
            except (KeyError, ValueError):
                return None
            if wert in (None, ""):
                return None
            filter_[self.fields[spalte].attribute] = wert
        return filter_ or None

    def get_instance(self, instance_loader, row):
        pk = text(row.get("id"))
        if pk:
            if not ist_id(pk):
                raise ValidationError(
                    {"id": _("„%(wert)s“ ist keine ID (ganze Zahl).") % {"wert": pk}}
                )
            obj = getattr(self, "_nach_pk", {}).get(int(pk))
            if obj is None:
                obj = self.mit_verwandten(self.get_queryset()).filter(pk=int(pk)).first()
            if obj is None:
                raise ValidationError(
                    {
                        "id": _(
                            "Es gibt keinen Eintrag mit der ID %(id)s. Für einen neuen Eintrag "
                            "die Spalte „id“ leer lassen."
                        )
                        % {"id": pk}
                    }
                )
            return obj
        filter_ = self.schluessel_filter(row)
        if filter_ is None:
            return None
        if getattr(self, "_nach_schluessel", None) is not None:
            treffer = self._nach_schluessel.get(
                tuple(getattr(w, "pk", w) for w in filter_.values()), []
            )
        else:
            treffer = list(self.mit_verwandten(self.get_queryset()).filter(**filter_)[:2])
        if len(treffer) > 1:
            raise ValidationError(
                _(
                    "Mehrere Einträge passen zu %(spalten)s dieser Zeile; bitte die Spalte „id“ "
                    "angeben."
                )
                % {"spalten": ", ".join(self.schluessel)}
            )
        return treffer[0] if treffer else None

    def doppelte_zeilen(self, dataset) -> list[str]:
        """Rows of the file that name the same record twice (by id or natural key)."""
        fehler = []
        for spalten in (("id",), self.schluessel):
            if not spalten or not all(s in dataset.headers for s in spalten):
                continue
            gesehen: dict[tuple, int] = {}
            for nummer, zeile in enumerate(dataset.dict, start=2):
                schluessel = tuple(_vergleich(text(zeile.get(s))) for s in spalten)
                if not all(schluessel):
                    continue
                if schluessel in gesehen:
                    fehler.append(
                        _("Zeile %(a)d und Zeile %(b)d nennen denselben Eintrag (%(spalten)s).")
                        % {"a": gesehen[schluessel], "b": nummer, "spalten": ", ".join(spalten)}
                    )
                else:
                    gesehen[schluessel] = nummer
        return fehler

    # Checks of the whole file ----------------------------------------------------------

    def kopfzeile_pruefen(self, dataset) -> list[str]:
        bekannt = {f.column_name for f in self.get_import_fields()}
        kopf = [text(h) for h in dataset.headers or []]
        fehler = [
            _("Die Spalte „%(spalte)s“ steht mehrmals in der Kopfzeile.") % {"spalte": h}
            for i, h in enumerate(kopf)
            if kopf[:i].count(h) == 1  # once per name, at its second place
        ]
        unbekannt = [h for h in kopf if h not in bekannt]
        if unbekannt:
            fehler.append(
                _("Unbekannte Spalten: %(spalten)s. Möglich sind: %(bekannt)s.")
                % {
                    "spalten": ", ".join(f"„{h}“" for h in unbekannt),
                    "bekannt": ", ".join(f.column_name for f in self.get_import_fields()),
                }
            )
        if "id" not in kopf and not all(s in kopf for s in self.schluessel):
            fehler.append(
                _("Es fehlt die Spalte „id“ oder %(spalten)s: daran wird ein Eintrag erkannt.")
                % {"spalten": ", ".join(f"„{s}“" for s in self.schluessel)}
            )
        return fehler + self.doppelte_zeilen(dataset)

    def import_data(self, dataset, **kwargs):
        if dataset.headers:
            dataset.headers = [text(h) for h in dataset.headers]
        self._zeilenfehler = zeilen_pruefen(dataset)
        while "" in (dataset.headers or []):  # columns without a name, checked to be empty
            del dataset[""]
        fehler = self.kopfzeile_pruefen(dataset)
        if not fehler:
            return super().import_data(dataset, **kwargs)
        result = self.get_result_class()()
        result.diff_headers = self.get_diff_headers()
        result.total_rows = len(dataset)
        for meldung in fehler:
            result.append_base_error(self.get_error_result_class()(ValueError(meldung)))
        for nummer, zeilenfehler in self._zeilenfehler.items():  # shown with the file's errors
            zeile = dict(zip(dataset.headers, dataset[nummer - 1], strict=True))
            result.append_invalid_row(nummer, zeile, ValidationError(zeilenfehler))
        return result

    # Rows ------------------------------------------------------------------------------

    def before_import_row(self, row, **kwargs):
        """A row whose cells do not fit the header is not read at all (see ``zeilen_pruefen``)."""
        super().before_import_row(row, **kwargs)
        if fehler := getattr(self, "_zeilenfehler", {}).get(kwargs.get("row_number")):
            raise ValidationError(fehler)

    def pflichtfelder(self) -> list[Field]:
        """The columns a new record needs: its natural key and the model's required fields.

        A required model field has no default and may not be blank (a Träger's name); every
        other column may be absent, and a new record then gets the field's default.
        """
        modell = self._meta.model._meta
        felder = []
        for feld in self.get_import_fields():
            if feld.readonly or not feld.attribute:
                continue
            try:
                modellfeld = modell.get_field(feld.attribute)
            except FieldDoesNotExist:
                continue
            erforderlich = not modellfeld.blank and not modellfeld.has_default()
            if feld.column_name in self.schluessel or (modellfeld.editable and erforderlich):
                felder.append(feld)
        return felder

    def import_instance(self, instance, row, **kwargs):
        fehler = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as e:
            fehler = e.update_error_dict(fehler)
        # Many-to-many values are set after the save; check them now, so that an unknown
        # name is a validation error of this row and column, not an error of the import.
        for feld in self.get_import_fields():
            if isinstance(feld.widget, widgets.ManyToManyWidget) and feld.column_name in row:
                try:
                    feld.clean(row)
                except ValueError as e:
                    fehler[feld.attribute] = [str(e)]
        if instance.pk is None:
            for feld in self.pflichtfelder():
                if feld.attribute in fehler:
                    continue
                if feld.column_name not in row:
                    fehler[feld.attribute] = [
                        _("Die Spalte „%(spalte)s“ fehlt in der Datei; neue Einträge brauchen sie.")
                        % {"spalte": feld.column_name}
                    ]
                elif feld.column_name in self.schluessel and feld.get_value(instance) in (None, ""):
                    fehler[feld.attribute] = [
                        _(
                            "Neue Einträge brauchen hier einen Wert: daran erkennt ein späterer Import sie wieder."
                        )
                    ]
        try:
            self.nach_import(instance, row)
        except ValidationError as e:
            fehler = e.update_error_dict(fehler)
        if fehler:
            raise ValidationError(fehler)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        fehler = dict(import_validation_errors or {})
        # Like a ModelForm: fields nobody edits (search texts, counters, timestamps) are
        # filled by the model itself and not validated here.
        nicht_editierbar = {f.name for f in instance._meta.fields if not f.editable}
        try:
            instance.full_clean(
                exclude=set(fehler) | nicht_editierbar, validate_unique=validate_unique
            )
        except ValidationError as e:
            fehler = e.update_error_dict(fehler)
        if fehler:
            raise ValidationError(fehler)

    def nach_import(self, instance, row) -> None:
        """Hook: after the row's values are set, before validation and the unchanged check."""

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if import_validation_errors or original is None or instance.pk is None:
            return False
        for feld in self.get_import_fields():
            if feld.readonly or not feld.attribute or feld.column_name not in row:
                continue
            if isinstance(feld.widget, widgets.ManyToManyWidget):
                neu = {o.pk for o in feld.clean(row)}
                # Links are set only after the save, so ``instance`` still has the stored
                # ones, prefetched (the deep copy ``original`` would query them again).
                alt = {o.pk for o in feld.get_value(instance).all()}
                if neu != alt:
                    return False
            elif feld.get_value(instance) != feld.get_value(original):
                return False
        return self.zusaetze_unveraendert(instance, row)

    def zusaetze_unveraendert(self, instance, row) -> bool:
        """Hook for values outside the fields (e.g. an offer's weekly times)."""
        return True

    def before_save_instance(self, instance, row, **kwargs):
        datei = kwargs.get("file_name") or _("einer Datei")
        instance._change_reason = _("Import aus %(datei)s") % {"datei": datei}
        if kwargs.get("user") is not None:
            instance._history_user = kwargs["user"]

    # Export ----------------------------------------------------------------------------

    def export_field(self, field, instance, **kwargs):
        wert = super().export_field(field, instance, **kwargs)
        return formel_schuetzen(wert, nur_gleich=bool(kwargs.get("force_native_type")))

    beschreibungen: dict[str, str] = {}

    def spalten(self) -> list[tuple[str, str]]:
        """(column, German description) for the import and export pages."""
        ergebnis = []
        modell = self._meta.model._meta
        pflicht = {f.column_name for f in self.pflichtfelder()}
        for feld in self.get_import_fields():
            teile = []
            with contextlib.suppress(Exception):  # a column without a model field
                teile.append(str(capfirst(modell.get_field(feld.attribute).verbose_name)))
            if feld.column_name in self.beschreibungen:
                teile = [str(self.beschreibungen[feld.column_name])]
            teile.append(widget_hinweis(feld.widget))
            if feld.readonly and feld.column_name != "id":
                teile.append(_("nur Export, wird beim Import nicht gelesen"))
            if feld.column_name in pflicht:
                teile.append(_("Pflicht für neue Einträge"))
            ergebnis.append((feld.column_name, "; ".join(t for t in teile if t)))
        return ergebnis
