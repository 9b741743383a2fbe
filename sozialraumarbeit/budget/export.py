"""The year overview and a Regionalraum's month table as CSV and XLSX.

The files are written by the project's one table writer (sozialraum/werkzeuge/tabellen.py:
formula guard, German headers, file names) from the same numbers as the pages (stand.py).
Money cells are ``Decimal``: in the CSV with a decimal comma and no thousands separator
(``12000,00``, which German Excel and LibreOffice read as a number), in the XLSX as number
cells shown with two decimals, so they can be summed. No budget is an empty cell.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from sozialraum.werkzeuge.tabellen import Tabelle, format_oder_404, herunterladen

from .permissions import darf_budgets_sehen, regionalraeume_lesbar, regionalraum_fuer
from .stand import Monatstabelle, Uebersicht, monatstabelle, uebersicht
from .views import jahr_oder_404


def _kopf_summen() -> list[str]:
    return [_("Budget (€)"), _("gebunden (€)"), _("ausgezahlt (€)"), _("frei (€)")]


def uebersicht_tabelle(daten: Uebersicht) -> Tabelle:
    kopf = [_("Regionalraum"), _("Schlüssel"), *_kopf_summen(), _("Hinweis")]
    zeilen = [
        [
            z.name,
            z.stand.regionalraum.schluessel,
            z.betrag,
            z.gebunden,
            z.ausgezahlt,
            z.verfuegbar,
            z.hinweis.text,
        ]
        for z in daten.zeilen
    ]
    s = daten.summe
    zeilen.append([s.name, "", s.betrag, s.gebunden, s.ausgezahlt, s.verfuegbar, s.hinweis.text])
    titel = _("Budgets %(jahr)s") % {"jahr": daten.jahr}
    return Tabelle(titel, kopf, zeilen, [_("Budgets"), str(daten.jahr)])


def monate_tabelle(tabelle: Monatstabelle) -> Tabelle:
    kopf = [_("Monat"), _("gebunden (€)"), _("ausgezahlt (€)"), _("verbleibend (€)")]
    zeilen = [[m.name, m.gebunden, m.ausgezahlt, m.verbleibend] for m in tabelle.monate]
    z = tabelle.zeile
    zeilen.append([_("Summe"), z.gebunden, z.ausgezahlt, z.verfuegbar])
    raum, jahr = tabelle.stand.regionalraum.name, tabelle.stand.jahr
    titel = _("Budget %(raum)s %(jahr)s") % {"raum": raum, "jahr": jahr}
    return Tabelle(titel, kopf, zeilen, [_("Budget"), raum, str(jahr)])


@require_GET
def uebersicht_herunterladen(request, jahr: int, format: str):
    format_oder_404(format)
    if not darf_budgets_sehen(request.user):
        raise PermissionDenied
    jahr = jahr_oder_404(jahr)
    daten = uebersicht(jahr, regionalraeume_lesbar(request.user))
    return herunterladen(uebersicht_tabelle(daten), format)


@require_GET
def monate_herunterladen(request, jahr: int, pk, format: str):
    format_oder_404(format)
    regionalraum = regionalraum_fuer(request, pk)
    jahr = jahr_oder_404(jahr)
    return herunterladen(monate_tabelle(monatstabelle(regionalraum, jahr)), format)
