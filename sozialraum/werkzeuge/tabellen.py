"""Lists as files: one table (German headers, rows of cells) as CSV or Excel (XLSX).

Every list a page offers for download goes through here (the search results, the
Merkliste, an area's gap table, a Gremium's attendance), so that all files look alike and
share one guard. The views build the rows from the same querysets as their pages; this
module only writes them.

CSV: UTF-8 with a byte order mark, ``;`` between cells, CRLF line ends. German Excel opens
a double-clicked CSV file with the list separator of its locale (``;``) and reads it as
UTF-8 only with the BOM; LibreOffice and scripts read it too (Python: ``encoding=
"utf-8-sig"``, ``delimiter=";"``). Dates as ISO 8601 (2026-01-31), which every spreadsheet
recognises, numbers as plain digits; amounts of money (``Decimal``) with a decimal comma and
no thousands separator (``12000,00``), which German Excel and LibreOffice read as a number
(a decimal point would be read as a thousands separator there).

XLSX (openpyxl): one sheet, bold header row that stays in view (frozen) with Excel's
filter buttons, columns as wide as their longest cell (at most ``BREITE_MAX``), dates as
date cells shown as 31.01.2026, amounts of money (``Decimal``) as number cells with two
decimals (``#,##0.00``, shown as 12.000,00 in a German Excel).

Formula injection (OWASP "CSV Injection"): a cell text that begins with ``= + - @``, a
tab or a carriage return is run as a formula by spreadsheet programs, so a title such as
``=HYPERLINK("http://…")`` typed into an offer would act on the computer of whoever opens
the list. CSV: such a cell gets a leading apostrophe (OWASP's advice). XLSX: such a cell is
written as a text cell (openpyxl would otherwise store ``=…`` as a formula) with Excel's
quote prefix, which is what Excel itself stores when someone types ``'=…``: the text stays
exactly as entered (a phone number "+49 …" keeps no stray apostrophe), is shown as text,
and stays text when the cell is edited.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

Zelle = str | int | float | Decimal | datetime.date | None

# First characters that make a spreadsheet read a cell as a formula (OWASP).
FORMELZEICHEN = ("=", "+", "-", "@", "\t", "\r")
TRENNER = ";"
BREITE_MIN, BREITE_MAX = 8, 60
CSV_TYP = "text/csv; charset=utf-8"
XLSX_TYP = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATE = ("csv", "xlsx")


@dataclass(frozen=True)
class Tabelle:
    """A list as the page shows it: German column headers and the rows, in page order.

    ``datei``: the words of the file name (the date of today is added), e.g.
    ``["angebote", "suche"]``; ``titel``: the sheet's name and the document title.
    """

    titel: str
    kopf: Sequence[str]
    zeilen: Sequence[Sequence[Zelle]]
    datei: Sequence[str]


def gefaehrlich(wert: Zelle) -> bool:
    """Whether a spreadsheet would run this cell as a formula."""
    return isinstance(wert, str) and wert.startswith(FORMELZEICHEN)


def formel_schuetzen(wert: Zelle) -> Zelle:
    """The CSV form of a cell: a leading apostrophe before a formula character."""
    return "'" + wert if gefaehrlich(wert) else wert


def dateiname(teile: Iterable[str], endung: str) -> str:
    """ASCII file name from words and today's date: ``angebote-suche-2026-01-31.csv``.

    Umlauts are spelt out (ä → ae, ß → ss) before ``slugify`` would drop them.
    """
    woerter = []
    for teil in teile:
        text = str(teil)
        for umlaut, ersatz in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe")):
            text = text.replace(umlaut, ersatz)
        text = text.replace("Ü", "Ue").replace("ß", "ss")
        if wort := slugify(text)[:50].strip("-"):
            woerter.append(wort)
    woerter.append(timezone.localdate().isoformat())
    return f"{'-'.join(woerter)}.{endung}"


def _csv_text(wert: Zelle) -> str | int | float:
    if wert is None:
        return ""
    if isinstance(wert, bool):
        return "ja" if wert else "nein"
    if isinstance(wert, datetime.date):
        return wert.isoformat()
    if isinstance(wert, Decimal):
        return format(wert, "f").replace(".", ",")
    if isinstance(wert, int | float):
        return wert
    return formel_schuetzen(str(wert))


def als_csv(tabelle: Tabelle) -> bytes:
    puffer = io.StringIO(newline="")
    schreiber = csv.writer(puffer, delimiter=TRENNER, lineterminator="\r\n")
    schreiber.writerow([_csv_text(k) for k in tabelle.kopf])
    for zeile in tabelle.zeilen:
        schreiber.writerow([_csv_text(z) for z in zeile])
    return ("\ufeff" + puffer.getvalue()).encode("utf-8")


def blattname(titel: str) -> str:
    """An Excel sheet name: at most 31 characters, none of ``[]:*?/\\``."""
    name = re.sub(r"[\[\]:*?/\\]", " ", ILLEGAL_CHARACTERS_RE.sub("", titel)).strip()
    return name[:31].strip() or "Liste"


def _zelle_setzen(blatt, zeile: int, spalte: int, wert: Zelle):
    zelle = blatt.cell(row=zeile, column=spalte)
    if isinstance(wert, bool):
        wert = "ja" if wert else "nein"
    if isinstance(wert, str):
        # Control characters are not allowed in XLSX (openpyxl refuses them).
        text = ILLEGAL_CHARACTERS_RE.sub("", wert)
        zelle.value = text
        # Always a text cell: openpyxl makes "=…" a formula and "#N/A" an error otherwise.
        zelle.data_type = "s"
        if gefaehrlich(text):
            zelle.quotePrefix = True
    else:
        zelle.value = wert
        if isinstance(wert, datetime.date):
            zelle.number_format = "DD.MM.YYYY"
        elif isinstance(wert, Decimal):
            zelle.number_format = "#,##0.00"
    return zelle


def _breite(wert: Zelle) -> int:
    if wert is None:
        return 0
    if isinstance(wert, datetime.date):
        return 10
    return max((len(z) for z in str(wert).splitlines()), default=0)


def als_xlsx(tabelle: Tabelle) -> bytes:
    mappe = Workbook()
    blatt = mappe.active
    blatt.title = blattname(tabelle.titel)
    mappe.properties.title = ILLEGAL_CHARACTERS_RE.sub("", tabelle.titel)
    fett = Font(bold=True)
    breiten = [_breite(k) for k in tabelle.kopf]
    for spalte, kopf in enumerate(tabelle.kopf, start=1):
        _zelle_setzen(blatt, 1, spalte, kopf).font = fett
    for nummer, zeile in enumerate(tabelle.zeilen, start=2):
        for spalte, wert in enumerate(zeile, start=1):
            _zelle_setzen(blatt, nummer, spalte, wert)
            breiten[spalte - 1] = max(breiten[spalte - 1], _breite(wert))
    for spalte, breite in enumerate(breiten, start=1):
        blatt.column_dimensions[get_column_letter(spalte)].width = min(
            max(breite + 2, BREITE_MIN), BREITE_MAX
        )
    blatt.freeze_panes = "A2"
    if tabelle.kopf:
        blatt.auto_filter.ref = f"A1:{get_column_letter(len(tabelle.kopf))}{blatt.max_row}"
    puffer = io.BytesIO()
    mappe.save(puffer)
    return puffer.getvalue()


def herunterladen(tabelle: Tabelle, format: str) -> HttpResponse:
    """The table as a file to download; an unknown ``format`` is a 404 (not ours to guess)."""
    if format == "csv":
        inhalt, typ = als_csv(tabelle), CSV_TYP
    elif format == "xlsx":
        inhalt, typ = als_xlsx(tabelle), XLSX_TYP
    else:
        raise Http404
    name = dateiname(tabelle.datei, format)
    return HttpResponse(
        inhalt,
        content_type=typ,
        headers={"Content-Disposition": content_disposition_header(True, name)},
    )


def format_oder_404(format: str) -> str:
    """Check the format before any query: a view asked for ``.pdf`` does no work."""
    if format not in FORMATE:
        raise Http404
    return format
