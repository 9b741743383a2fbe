"""Downloads of the search results, the Merkliste and an area's gap table."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from sozialraum.models import Jugendamt, Quartier, Regionalraum, Sozialraum
from sozialraum.werkzeuge.felder import objekt_oder_404
from sozialraum.werkzeuge.tabellen import Tabelle, format_oder_404, herunterladen

from .. import merkliste
from ..bereiche import angebote_und_luecken
from ..models import Angebot
from ..suche.eingang import gefiltert, korrigieren_aus, sortierung_aus, suchtext
from ..suche.search import suchen
from .spalten import angebot_zeilen, kopf_angebote


def _zur_suche(request, meldung: str):
    """Back to the search with the same parameters; the page shows why (and the form's
    errors, if the filters were wrong)."""
    messages.error(request, meldung)
    abfrage = request.GET.urlencode()
    return redirect(reverse("start") + (f"?{abfrage}" if abfrage else ""))


@require_GET
def suche_herunterladen(request, format: str):
    """All results of the search the page shows (same parameters, same order), every page.

    Queries: the text's vocabulary (one per word, as the page), the ids in order (a narrow
    query over the offers, as the page's ``ZweiSchritte``), the offers with Träger and their
    three prefetches. More than ``EXPORT_GRENZE`` results: no file cut short without
    notice, but the search page with the request to narrow it down.
    """
    format_oder_404(format)
    filterset, basis = gefiltert(request.GET)
    if not filterset.is_valid():
        return _zur_suche(
            request,
            _(
                "Die Liste lässt sich erst herunterladen, wenn alle Filter gültig sind; was "
                "nicht stimmt, steht bei den Filtern."
            ),
        )
    treffer, _anfrage = suchen(
        suchtext(filterset),
        basis,
        sortierung_aus(request.GET),
        korrigieren=korrigieren_aus(filterset),
    )
    grenze = settings.EXPORT_GRENZE
    ids = list(treffer.values_list("pk", flat=True)[: grenze + 1])
    if len(ids) > grenze:
        return _zur_suche(
            request,
            _(
                "Zum Herunterladen sind es zu viele Treffer (mehr als %(grenze)s). Bitte "
                "grenzen Sie die Suche mit Filtern ein."
            )
            % {"grenze": number_format(grenze, force_grouping=True)},
        )
    # in_bulk reads in batches where the database limits parameters (SQLite: 999 ids).
    angebote = Angebot.objects.veroeffentlicht().fuer_liste().in_bulk(ids)
    # An offer archived between the two queries is left out, as the page would.
    reihe = (angebote[pk] for pk in ids if pk in angebote)
    zeilen = angebot_zeilen(reihe, request.build_absolute_uri)
    tabelle = Tabelle(_("Angebote"), kopf_angebote(), zeilen, [_("Angebote")])
    return herunterladen(tabelle, format)


@require_GET
def merkliste_herunterladen(request, format: str):
    """The Merkliste in its order: published offers only, as on its page."""
    format_oder_404(format)
    zeilen = angebot_zeilen(merkliste.gemerkte(request), request.build_absolute_uri)
    tabelle = Tabelle(_("Merkliste"), kopf_angebote(), zeilen, [_("Merkliste")])
    return herunterladen(tabelle, format)


EBENEN = {
    "jugendamt": Jugendamt.objects.all(),
    "regionalraum": Regionalraum.objects.select_related("jugendamt"),
    "sozialraum": Sozialraum.objects.select_related("regionalraum__jugendamt"),
    "quartier": Quartier.objects.select_related("sozialraum__regionalraum__jugendamt"),
}


@require_GET
def luecken_herunterladen(request, ebene: str, schluessel: str, format: str):
    """The gap table of an area page ("Wo fehlen Angebote?"), for its ``?zielgruppe=``."""
    format_oder_404(format)
    if ebene not in EBENEN:
        raise Http404
    gebiet = objekt_oder_404(EBENEN[ebene].all(), schluessel, "schluessel")
    bereich = angebote_und_luecken(gebiet, request.GET.get("zielgruppe", ""))
    # One sheet that can be filtered: the offers per Kategorie and age group, then the
    # Einrichtungen without an offer per kind, their count in the last column.
    angebote, einrichtungen = _("Angebote"), _("Einrichtungen ohne Angebot")
    baender = [_("%(band)s Jahre") % {"band": b} for b in bereich["baender"]]
    kopf = [_("Teil"), _("Kategorie / Art"), *baender, _("für alle Altersgruppen"), _("Anzahl")]
    zeilen = [
        [angebote, z["kategorie"].name, *(zelle["n"] for zelle in z["zellen"]), None]
        for z in bereich["luecken"]
    ]
    leer = [None] * (len(baender) + 1)
    zeilen += [[einrichtungen, e["name"], *leer, e["n"]] for e in bereich["einrichtungen"]]
    zielgruppe = bereich["zielgruppe"]
    titel = _("Lücken %(gebiet)s") % {"gebiet": gebiet.name}
    if zielgruppe:
        titel += f" ({zielgruppe.name})"
    datei = [_("Lücken"), gebiet.name, zielgruppe.name if zielgruppe else ""]
    return herunterladen(Tabelle(titel, kopf, zeilen, datei), format)
