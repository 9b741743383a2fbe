"""Spreadsheet cells for import and export: widgets that read and write one value, and
the file formats (CSV as German Excel writes it, XLSX). See ``sozialraum/austausch/ressourcen.py``.

Cells are read as people type them in Excel: „ja“/„nein“, 31.01.2026 or 2026-01-31, choice
labels or their codes, names of Kategorien, Zielgruppen and Sprachen separated by „;“.
Each widget's ``clean`` raises ValueError with a German message, which the import shows for
the row and the column. Exports write what an import reads back. Cells that a spreadsheet
would run as a formula (=, +, -, @ at the start, OWASP "CSV injection") get a leading
apostrophe in CSV files (in XLSX only =, the one that becomes a formula there); imports
remove it again.
"""

from __future__ import annotations

import csv
import datetime
import io

import tablib
from django.db import models
from django.utils.translation import gettext as _
from import_export import widgets
from import_export.formats import base_formats

from sozialraum.werkzeuge.felder import ist_id
from sozialraum.werkzeuge.tabellen import FORMELZEICHEN, TRENNER
from sozialraum.werkzeuge.tabellen import formel_schuetzen as _geschuetzt


def text(wert) -> str:
    """A cell as text: None → "", 12.0 (Excel's numbers) → "12", a formula guard removed."""
    if wert is None:
        return ""
    if isinstance(wert, float) and wert.is_integer():
        wert = int(wert)
    ergebnis = str(wert).strip()
    if len(ergebnis) > 1 and ergebnis[0] == "'" and ergebnis[1] in FORMELZEICHEN:
        ergebnis = ergebnis[1:]
    return ergebnis


def formel_schuetzen(wert, nur_gleich: bool = False):
    """Prefix a cell that a spreadsheet would evaluate with an apostrophe (the one guard of
    sozialraum/werkzeuge/tabellen.py; ``nur_gleich``: only before "=")."""
    if nur_gleich:
        return "'" + wert if isinstance(wert, str) and wert.startswith("=") else wert
    return _geschuetzt(wert)


def _vergleich(wert: str) -> str:
    return " ".join(wert.split()).casefold()


# Widgets ----------------------------------------------------------------------------------


class TextWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        return text(value)

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class ZahlWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        wert = text(value)
        if not wert:
            return None
        try:
            return int(wert)
        except ValueError:
            raise ValueError(_("„%(wert)s“ ist keine ganze Zahl.") % {"wert": wert}) from None

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else str(value)


class KommazahlWidget(widgets.Widget):
    """Decimal numbers such as coordinates: 51.9 or 51,9."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        wert = text(value)
        if not wert:
            return None
        try:
            return float(wert.replace(",", "."))
        except ValueError:
            raise ValueError(_("„%(wert)s“ ist keine Zahl.") % {"wert": wert}) from None

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else str(value)


class JaNeinWidget(widgets.Widget):
    JA = {"ja", "j", "x", "1", "true", "wahr", "yes"}
    NEIN = {"nein", "n", "0", "false", "falsch", "no", ""}

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        wert = _vergleich(text(value))
        if wert in self.JA:
            return True
        if wert in self.NEIN:
            return False
        raise ValueError(_("„%(wert)s“: bitte „ja“ oder „nein“.") % {"wert": text(value)})

    def render(self, value, obj=None, **kwargs):
        return _("ja") if value else _("nein")


class DatumWidget(widgets.Widget):
    FORMATE = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y")

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        wert = text(value)
        if not wert:
            return None
        for format_ in self.FORMATE:
            try:
                return datetime.datetime.strptime(wert, format_).date()
            except ValueError:
                continue
        raise ValueError(
            _("„%(wert)s“ ist kein Datum; bitte TT.MM.JJJJ, z. B. 31.01.2026.") % {"wert": wert}
        )

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else value.isoformat()


class AuswahlWidget(widgets.Widget):
    """A choice: its code („veroeffentlicht“) or its label („veröffentlicht“)."""

    def __init__(self, feld: models.Field, **kwargs):
        super().__init__(**kwargs)
        self.feld = feld

    def clean(self, value, row=None, **kwargs):
        wert = text(value)
        if not wert:
            return self.feld.get_default()
        gesucht = _vergleich(wert)
        for code, label in self.feld.flatchoices:
            if gesucht in (_vergleich(str(code)), _vergleich(str(label))):
                return code
        erlaubt = ", ".join(str(code) for code, _label in self.feld.flatchoices)
        raise ValueError(
            _("„%(wert)s“ gibt es hier nicht; möglich sind: %(erlaubt)s.")
            % {"wert": wert, "erlaubt": erlaubt}
        )

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


def _schluessel_von(obj, feld: str) -> str:
    """How a record is referred to in a file: its key field, or „id:17“ if it has none."""
    wert = getattr(obj, feld, "")
    return str(wert) if wert else f"id:{obj.pk}"


def _suchen(model, feld: str, wert: str, namensfeld: str | None):
    """Records matching a reference: the key field, „id:17“, or (if given) the exact name."""
    if (pk := _id_verweis(wert)) is not None:
        return list(model._default_manager.filter(pk=pk))
    treffer = list(model._default_manager.filter(**{feld: wert})[:2])
    if not treffer and namensfeld:
        treffer = list(model._default_manager.filter(**{namensfeld: wert})[:2]) or list(
            model._default_manager.filter(**{f"{namensfeld}__iexact": wert})[:2]
        )
    return treffer


def _id_verweis(wert: str) -> int | None:
    rest = wert[3:].strip()
    return int(rest) if wert.lower().startswith("id:") and ist_id(rest) else None


def _vorladen(model, feld: str, werte: set[str]) -> dict[str, list]:
    """:func:`_suchen` (key field and „id:…“, not names) for many references, in batches."""
    ergebnis: dict[str, list] = {w: [] for w in werte}
    ids = {w: pk for w in werte if (pk := _id_verweis(w)) is not None}
    schluessel = sorted(w for w in werte if w not in ids)
    for i in range(0, len(schluessel), 500):
        for obj in model._default_manager.filter(**{f"{feld}__in": schluessel[i : i + 500]}):
            ergebnis[str(getattr(obj, feld))].append(obj)
    nach_pk = {}
    pks = sorted(set(ids.values()))
    for i in range(0, len(pks), 500):
        nach_pk.update((o.pk, o) for o in model._default_manager.filter(pk__in=pks[i : i + 500]))
    for wert, pk in ids.items():
        ergebnis[wert] = [nach_pk[pk]] if pk in nach_pk else []
    return ergebnis


class SchluesselWidget(widgets.ForeignKeyWidget):
    """A foreign key by a stable key (e.g. a Träger's ``externe_id``), „id:17“ or its name."""

    def __init__(self, model, feld: str, namensfeld: str | None = None, **kwargs):
        super().__init__(model, field=feld, **kwargs)
        self.namensfeld = namensfeld
        self._gefunden: dict[str, list] = {}  # per import (resources copy their widgets)

    def clean(self, value, row=None, **kwargs):
        wert = text(value)
        if not wert:
            return None
        if wert not in self._gefunden:
            self._gefunden[wert] = _suchen(self.model, self.field, wert, self.namensfeld)
        treffer = self._gefunden[wert]
        name = self.model._meta.verbose_name
        if not treffer:
            raise ValueError(
                _("%(model)s „%(wert)s“ nicht gefunden (gesucht: %(wie)s).")
                % {"model": name, "wert": wert, "wie": self._wie()}
            )
        if len(treffer) > 1:
            raise ValueError(
                _("„%(wert)s“ passt auf mehrere Einträge (%(model)s); bitte „id:…“ angeben.")
                % {"wert": wert, "model": name}
            )
        return treffer[0]

    def vorladen(self, spalte) -> None:
        """Look up all references of a file's column at once (before its rows are read)."""
        for wert, treffer in _vorladen(
            self.model, self.field, {text(v) for v in spalte} - {""}
        ).items():
            if treffer or not self.namensfeld:  # names are looked up one by one, if at all
                self._gefunden[wert] = treffer

    def _wie(self) -> str:
        feld = str(self.model._meta.get_field(self.field).verbose_name)
        if self.namensfeld:
            return _("%(feld)s, „id:…“ oder genauer Name") % {"feld": feld}
        return _("%(feld)s oder „id:…“") % {"feld": feld}

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else _schluessel_von(value, self.field)


class ListenWidget(widgets.ManyToManyWidget):
    """Many-to-many by names or keys, separated by „;“ (Kategorien, Sprachen, Orte …).

    ``felder`` are the fields a value may match, the first is written on export. For small
    tables (``klein``) values are matched ignoring case and spaces; for large ones (Orte by
    ``externe_id``) exactly, or as „id:17“.
    """

    def __init__(self, model, felder: tuple[str, ...], klein: bool = True, **kwargs):
        super().__init__(model, separator=TRENNER, field=felder[0], **kwargs)
        self.felder = felder
        self.klein = klein
        self._tabelle = None
        self._tabelle_gross: dict[str, object] = {}

    def _werte(self, value) -> list[str]:
        roh = text(value).replace("\n", TRENNER)
        return [w.strip() for w in roh.split(TRENNER) if w.strip()]

    def _nachschlagen(self, wert: str):
        if self.klein:
            if self._tabelle is None:
                self._tabelle = {}
                for obj in self.model._default_manager.all():
                    for feld in self.felder:
                        self._tabelle.setdefault(_vergleich(str(getattr(obj, feld))), obj)
            return self._tabelle.get(_vergleich(wert))
        if wert not in self._tabelle_gross:
            treffer = _suchen(self.model, self.felder[0], wert, None)
            self._tabelle_gross[wert] = treffer[0] if len(treffer) == 1 else None
        return self._tabelle_gross[wert]

    def vorladen(self, spalte) -> None:
        """Look up all values of a file's column at once (large tables only)."""
        if self.klein:
            return
        werte = {w for zelle in spalte for w in self._werte(zelle)}
        for wert, treffer in _vorladen(self.model, self.felder[0], werte).items():
            self._tabelle_gross[wert] = treffer[0] if len(treffer) == 1 else None

    def clean(self, value, row=None, **kwargs):
        gefunden, fehlend = [], []
        for wert in self._werte(value):
            obj = self._nachschlagen(wert)
            if obj is None:
                fehlend.append(f"„{wert}“")
            elif obj not in gefunden:
                gefunden.append(obj)
        if fehlend:
            raise ValueError(
                _("Unbekannt: %(werte)s. Mehrere Werte bitte mit „;“ trennen.")
                % {"werte": ", ".join(fehlend)}
            )
        return gefunden

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return f"{TRENNER} ".join(_schluessel_von(o, self.felder[0]) for o in value.all())


# Formats ----------------------------------------------------------------------------------


class CSV(base_formats.CSV):
    """CSV as German Excel writes and reads it: „;“, UTF-8 with BOM on export.

    Reads „;“, „,“ or tab (from the header line), UTF-8 with or without BOM and, failing
    that, Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)"). Handled as bytes so that
    the encoding can be detected here.
    """

    def is_binary(self):
        return True

    def get_read_mode(self):
        return "rb"

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            try:
                in_stream = in_stream.decode("utf-8-sig")
            except UnicodeDecodeError:
                in_stream = in_stream.decode("cp1252", errors="strict")
        in_stream = in_stream.lstrip("\ufeff")
        kopf = in_stream.split("\n", 1)[0]
        trenner = max((";", ",", "\t"), key=kopf.count)
        return tabelle(csv.reader(io.StringIO(in_stream, newline=""), delimiter=trenner))

    def export_data(self, dataset, **kwargs):
        return ("\ufeff" + dataset.export("csv", delimiter=";")).encode("utf-8")


def tabelle(zeilen) -> tablib.Dataset:
    """The rows of a CSV file (the first is the header) as a dataset, for the import.

    Each row is padded or cut to the header's width, as a dataset needs it, but unlike
    tablib's own CSV reader it keeps how many cells each row had (``zellen_je_zeile``): a
    row's missing cells must not become empty values. The import refuses such rows
    (``zeilen.zeilen_pruefen``). Blank lines are skipped, as tablib does.
    """
    dataset = tablib.Dataset()
    dataset.zellen_je_zeile = []
    for zeile in zeilen:
        if not zeile:
            continue
        if dataset.headers is None:
            dataset.headers = zeile
            continue
        breite = len(dataset.headers)
        dataset.zellen_je_zeile.append(len(zeile))
        dataset.append((zeile + [""] * breite)[:breite])
    return dataset


# XLSX as django-import-export has it: it recognises it by its exact class to write dates and
# numbers as typed cells (``force_native_type``).
FORMATE = [CSV, base_formats.XLSX]


def widget_hinweis(widget) -> str:
    if isinstance(widget, AuswahlWidget):
        return _("einer von: %(werte)s") % {
            "werte": ", ".join(f"{code} ({label})" for code, label in widget.feld.flatchoices)
        }
    if isinstance(widget, JaNeinWidget):
        return _("ja oder nein")
    if isinstance(widget, DatumWidget):
        return _("Datum TT.MM.JJJJ")
    if isinstance(widget, ListenWidget):
        return _("mehrere mit „;“ getrennt")
    if isinstance(widget, SchluesselWidget):
        return widget._wie()
    return ""
