"""Rows whose cells do not fit the header: checked before any row of an import is read."""

from collections import defaultdict

from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from openpyxl.utils import get_column_letter

from .zellen import text


def _namen(spalten: list[str]) -> str:
    return ", ".join(f"„{s}“" for s in spalten)


def zeilen_pruefen(dataset) -> dict[int, dict[str, list[str]]]:
    """The errors of rows whose cells do not fit the header, by row number (1: the first).

    A CSV row of another length than the header (``dataset.zellen_je_zeile``, kept by
    ``zellen.CSV``): a line cut off, or a „;“ inside an unquoted value that shifts the
    values to the right. A value under a column without a name (CSV or XLSX; Excel adds
    such columns when cells right of the table were once formatted) would be lost. Without
    these checks tablib's padding would make the missing cells empty values.
    """
    kopf = [text(h) for h in dataset.headers or []]
    ohne_namen = [i for i, h in enumerate(kopf) if not h]
    zellen_je_zeile = getattr(dataset, "zellen_je_zeile", None)
    fehler: dict[int, dict[str, list[str]]] = {}
    for nummer, zeile in enumerate(dataset, start=1):
        meldungen = defaultdict(list)
        zellen = zellen_je_zeile[nummer - 1] if zellen_je_zeile else len(kopf)
        fehlend = [h for h in kopf[zellen:] if h]  # missing cells of unnamed columns: harmless
        if fehlend:
            meldungen[fehlend[0]].append(
                ngettext(
                    "Die Zeile hat nur %(zellen)d Zelle, die Kopfzeile %(spalten)d Spalten: "
                    "keine Zelle für %(namen)s. Ist die Zeile abgeschnitten? Auch ein leerer "
                    "Wert braucht seine Zelle (zwei Trennzeichen hintereinander).",
                    "Die Zeile hat nur %(zellen)d Zellen, die Kopfzeile %(spalten)d Spalten: "
                    "keine Zelle für %(namen)s. Ist die Zeile abgeschnitten? Auch ein leerer "
                    "Wert braucht seine Zelle (zwei Trennzeichen hintereinander).",
                    zellen,
                )
                % {"zellen": zellen, "spalten": len(kopf), "namen": _namen(fehlend)}
            )
        elif zellen > len(kopf):
            meldungen[NON_FIELD_ERRORS].append(
                _(
                    "Die Zeile hat %(zellen)d Zellen, die Kopfzeile nur %(spalten)d Spalten. Steht "
                    "ein Trennzeichen ohne Anführungszeichen in einem Wert? Dann sind die Werte "
                    "danach verrutscht."
                )
                % {"zellen": zellen, "spalten": len(kopf)}
            )
        for i in ohne_namen:
            if wert := text(zeile[i]):
                meldungen[NON_FIELD_ERRORS].append(
                    _(
                        "In Spalte %(nummer)d (%(buchstabe)s) steht „%(wert)s“, aber die Kopfzeile "
                        "hat dort keinen Namen: bitte den Spaltennamen eintragen oder den Wert "
                        "löschen."
                    )
                    % {"nummer": i + 1, "buchstabe": get_column_letter(i + 1), "wert": wert}
                )
        if meldungen:
            fehler[nummer] = dict(meldungen)
    return fehler
