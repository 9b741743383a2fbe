import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from sozialraum.erweiterungen.bereiche import startbereiche_fuer
from sozialraum.werkzeuge.datenstand import aktueller_stand, holen, schluessel

from .. import merkliste
from ..aktualitaet import frische
from ..bereiche import gebiet_wert
from ..erweiterungen import suchbereiche
from ..filters import SUCHPARAMETER, AngebotFilter, gebiet_aus_wert
from ..models import Angebot
from ..permissions import can_edit_angebot, darf_angebot_sehen
from ..suche.altershinweis import alter_im_text
from ..suche.eingang import (
    PRO_SEITE,
    BekannteAnzahl,
    basis,
    korrigieren_aus,
    pruefen,
    sortierung_aus,
    suchtext,
    verstehen_und_zaehlen,
)
from ..suche.karte import karten_daten
from ..suche.search import suchen
from ..suche.sprachhinweis import sprache_im_text
from ..suche.trefferspeicher import Karte, Trefferspeicher, angebot_inhalt, karten


class ZweiSchritte:
    """A result list for the paginator that fetches a page in two steps: first the page's
    ids (``ids(slice)``: a narrow sorted query over the offers alone, or the cache), then
    their cards (kept, or read with their Träger, times, languages and places). A common
    word matches tens of thousands of offers; sorting them without joining the Träger to
    every one of them first is what keeps the page fast (bench/RESULTS.md)."""

    def __init__(self, ids, stand: str):
        self.ids = ids
        self.stand = stand

    def __getitem__(self, teil: slice) -> list[Karte]:
        return karten(self.ids(teil), self.stand)


def _treffer(params, sortierung: str):
    filterset = pruefen(params)
    treffer, anfrage = suchen(
        suchtext(filterset), basis(filterset), sortierung, korrigieren=korrigieren_aus(filterset)
    )
    return filterset, treffer, anfrage


def _vorschlaege(params, gewaehlt: str = "") -> list[dict]:
    """For an empty result: the nearest larger area with results, if an area was chosen
    (``gewaehlt``, as the valid form took it; a Berlin Bezirksregion holds no imported
    place: they sit in their Prognoseraum), and how many results each dropped criterion
    would give."""
    groesser = _im_groesseren_gebiet(params, gewaehlt) if gewaehlt else []
    vorschlaege = []
    for name in SUCHPARAMETER:
        if name not in params:
            continue
        ohne = params.copy()
        ohne.pop(name)
        ohne.pop("seite", None)
        _f, treffer, _a = _treffer(ohne, "relevanz")
        anzahl = treffer.count()
        if anzahl:
            label = AngebotFilter.base_filters[name].label
            vorschlaege.append({"name": label, "anzahl": anzahl, "abfrage": ohne.urlencode()})
    return [*groesser, *sorted(vorschlaege, key=lambda v: -v["anzahl"])][:4]


def _vorschlaege_behalten(request, speicher, filterset, anfrage) -> list[dict]:
    """:func:`_vorschlaege`, kept per data state, day and the parameters as typed (its links
    keep them): a search per dropped filter and larger area, on every empty result (the
    form refreshes the results as she changes it). The larger area only for a valid form
    and known words: an invalid filter searches without filters, and an unknown word finds
    nothing anywhere."""
    gewaehlt = ""
    if filterset.is_valid() and not anfrage.unbekannt:
        gewaehlt = filterset.form.cleaned_data.get("gebiet", "")
    schluessel_ = schluessel(
        ["vorschlaege", speicher.formular(request.GET), request.GET.getlist("q"), gewaehlt]
    )
    return holen(schluessel_, lambda: _vorschlaege(request.GET, gewaehlt))


def _im_groesseren_gebiet(params, gewaehlt: str) -> list[dict]:
    """The chosen area's nearest larger area (as the page names them: ``eltern``) in which
    the same search finds something, as a suggestion; none if there is no such area."""
    gebiet = gebiet_aus_wert(gewaehlt)
    for groesser in reversed(gebiet.eltern if gebiet else []):
        mit = params.copy()
        mit["gebiet"] = gebiet_wert(groesser)
        mit.pop("seite", None)
        _f, treffer, _a = _treffer(mit, "relevanz")
        anzahl = treffer.count()
        if anzahl:
            return [
                {
                    "name": groesser.name,
                    "ebene": groesser.ebene_name,
                    "anzahl": anzahl,
                    "abfrage": mit.urlencode(),
                    "groesser": True,
                }
            ]
    return []


def _sprachhinweis(request, filterset, text: str, stand: str) -> dict | None:
    """A language named in the text, with no language filter set: the link to the filter
    with the rest of her text (angebote/suche/sprachhinweis.py)."""
    if not text or not filterset.is_valid() or filterset.form.cleaned_data.get("sprache"):
        return None
    hinweis = sprache_im_text(text, stand)
    if hinweis is None:
        return None
    params = request.GET.copy()
    for name in ("seite", "genau"):
        params.pop(name, None)
    params["q"] = hinweis.rest
    params["sprache"] = hinweis.code
    return {"name": hinweis.name, "rest": hinweis.rest, "abfrage": params.urlencode()}


def _altershinweis(request, filterset, text: str) -> dict | None:
    """An age named in the text, with no age filter set: the link to the filter with the
    rest of her text (angebote/suche/altershinweis.py)."""
    if not text or not filterset.is_valid() or filterset.form.cleaned_data.get("alter") is not None:
        return None
    hinweis = alter_im_text(text)
    if hinweis is None:
        return None
    params = request.GET.copy()
    for name in ("seite", "genau"):
        params.pop(name, None)
    params["q"] = hinweis.rest
    params["alter"] = str(hinweis.alter)
    return {"alter": hinweis.alter, "rest": hinweis.rest, "abfrage": params.urlencode()}


@require_GET
def suche(request):
    """The Fachkraft's start page: text, filters, facets, results, map.

    The understood query, the count with the facets, the page's ids and the result cards
    are kept per search state (trefferspeicher.py); a first search gets its facets and its
    first page in one statement. Per user, always fresh: the Merkliste buttons.
    """
    sortierung = sortierung_aus(request.GET)
    speicher = Trefferspeicher()
    filterset = pruefen(request.GET, speicher.stand)
    text = suchtext(filterset)
    speicher.fuer(filterset, text)
    korrigieren = korrigieren_aus(filterset)
    anfrage, facetten = speicher.holen(
        "facetten",
        lambda: verstehen_und_zaehlen(text, basis(filterset), sortierung, korrigieren),
    )

    def seite_ids(teil: slice) -> list[int]:
        erste = facetten.get("erste_seite")
        if (
            teil.start == 0
            and erste
            and erste["sortierung"] == sortierung
            and teil.stop <= len(erste["ids"])
        ):
            return erste["ids"][: teil.stop]

        def rechnen():
            treffer, _a = suchen(text, basis(filterset), sortierung, anfrage=anfrage)
            return list(treffer.values_list("pk", flat=True)[teil])

        return speicher.holen("seite", rechnen, sortierung, teil.start, teil.stop)

    seite = BekannteAnzahl(
        ZweiSchritte(seite_ids, speicher.stand), PRO_SEITE, facetten["gesamt"]
    ).get_page(request.GET.get("seite"))
    kontext = {
        "filter": filterset,
        "form": filterset.form,
        "anfrage": anfrage,
        "seite": seite,
        "sortierung": sortierung,
        "facetten": facetten,
        "merkliste": set(merkliste.ids(request)),
        "vorschlaege": _vorschlaege_behalten(request, speicher, filterset, anfrage)
        if seite.paginator.count == 0
        else [],
        "abfrage": request.GET.urlencode(),
        "hat_suche": any(request.GET.get(p) for p in SUCHPARAMETER),
        # For the {% cache %} of the facets (with "abfrage") and of the filter form.
        "suchfragment": speicher.fragment,
        "formularfragment": speicher.formular(request.GET),
        "speicher_sekunden": settings.SUCHSPEICHER_SEKUNDEN,
    }
    kontext["sprachhinweis"] = _sprachhinweis(request, filterset, text, speicher.stand)
    kontext["altershinweis"] = _altershinweis(request, filterset, text)
    # Sections of higher floors beside the offers (angebote/erweiterungen.py), per user.
    gewaehlt = filterset.form.cleaned_data.get("gebiet", "") if filterset.is_valid() else ""
    kontext["suchbereiche"] = suchbereiche(
        request, text, gebiet_aus_wert(gewaehlt) if text and gewaehlt else None
    )
    kontext["startbereiche"] = (
        startbereiche_fuer(request) if not request.htmx and not kontext["hat_suche"] else []
    )
    vorlage = "angebote/_ergebnisse.html" if request.htmx else "angebote/suche.html"
    return render(request, vorlage, kontext)


@require_GET
def karte(request):
    """GeoJSON of the places of the current results, for the map beside the list."""

    speicher = Trefferspeicher()
    filterset = pruefen(request.GET, speicher.stand)
    text = suchtext(filterset)
    speicher.fuer(filterset, text)
    # The area as the form took it: the results ignore the filters of an invalid form, and
    # so does the map (it is kept under the same key).
    gebiet = filterset.form.cleaned_data.get("gebiet", "") if filterset.is_valid() else ""

    def rechnen() -> str:
        # Kept as the JSON text: thousands of places, not encoded again for each request.
        treffer, _a = suchen(
            text, basis(filterset), "relevanz", korrigieren=korrigieren_aus(filterset)
        )
        return json.dumps(karten_daten(treffer, gebiet), cls=DjangoJSONEncoder)

    return HttpResponse(speicher.holen("karte", rechnen), content_type="application/json")


def _angebot_fuer(request, pk: int) -> Angebot:
    """Published offers for everybody; drafts only for those who may see them, else 404."""
    angebot = get_object_or_404(Angebot.objects.select_related("traeger", "geprueft_von"), pk=pk)
    if not darf_angebot_sehen(request.user, angebot):
        raise Http404
    return angebot


@require_GET
def angebot(request, pk: int):
    stand = aktueller_stand()  # before the offer is read: its body is kept under this state
    angebot = _angebot_fuer(request, pk)
    darf_bearbeiten = can_edit_angebot(request.user, angebot)
    return render(
        request,
        "angebote/angebot.html",
        {
            "angebot": angebot,
            "auf_merkliste": angebot.pk in merkliste.ids(request),
            "darf_bearbeiten": darf_bearbeiten,
            "darf_bestaetigen": frische.darf_bestaetigen(request.user, angebot, darf_bearbeiten),
            "inhalt": angebot_inhalt(angebot, stand),
        },
    )
