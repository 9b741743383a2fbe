"""Aktualität: the "Noch aktuell" button and the dashboard of stale offers."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from sozialraum.models import Sozialraum
from sozialraum.werkzeuge.datenstand import aktueller_stand, behalten
from sozialraum.werkzeuge.fristen import pruefgrenze
from sozialraum.zugang.rollen import koordinierte_sozialraeume
from sozialraum.zugang.zustaendigkeit import verwaltete_jugendaemter

from ..models import Angebot
from ..permissions import darf_angebot_sehen
from . import frische

PRO_SEITE = 50

TRAEGER_ZEILEN = 30


@require_POST
def bestaetigen(request, pk: int):
    """One click: the offer is still as described. 404 for drafts the user may not see.

    Allowed for those who may edit the offer and for the Sozialraumkoordination of a
    Sozialraum it runs in or serves (``frische.darf_bestaetigen``).
    """
    angebot = get_object_or_404(Angebot.objects.select_related("traeger"), pk=pk)
    if not frische.darf_bestaetigen(request.user, angebot):
        if not darf_angebot_sehen(request.user, angebot):
            raise Http404
        raise PermissionDenied
    frische.angebot_bestaetigen(angebot, request.user)
    messages.success(
        request, _("„%(titel)s“ ist als noch aktuell bestätigt.") % {"titel": angebot.titel}
    )
    weiter = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(weiter, {request.get_host()}, request.is_secure()):
        weiter = angebot.get_absolute_url()
    return redirect(weiter)


def eingegrenzt(request) -> dict:
    """Which Sozialräume the dashboard shows: ``?sozialraum=<schluessel>`` one of them; a
    Sozialraumkoordination opens it on hers (``?alle=1`` for the whole city); everybody else
    sees everything. An unknown key shows everything, saying so, rather than a 404."""
    schluessel = request.GET.get("sozialraum", "")
    if schluessel:
        # PostgreSQL refuses a NUL character in a string: no key has one.
        eine = Sozialraum.objects.filter(schluessel=schluessel[:50]).only(
            "pk", "name", "schluessel"
        )
        eine = [] if "\x00" in schluessel else list(eine)
        return {"sozialraeume": eine, "unbekannt": not eine, "eigene": False}
    if request.GET.get("alle"):
        return {"sozialraeume": [], "unbekannt": False, "eigene": False}
    ids = koordinierte_sozialraeume(request.user)  # one query, kept on the user
    eigene = Sozialraum.objects.filter(pk__in=ids).only("pk", "name", "schluessel")
    eigene = list(eigene.order_by("name")) if ids else []
    return {"sozialraeume": eigene, "unbekannt": False, "eigene": bool(eigene)}


def _zeile(gebiet, anzahl: int, ebene: str) -> dict:
    """An area's row as the page shows it (kept: names and links, not the area rows)."""
    return {"name": gebiet.name, "url": gebiet.get_absolute_url(), "anzahl": anzahl, "ebene": ebene}


@require_GET
def aktualitaet(request):
    """Stale published offers per Träger and Sozialraum, and the stalest ones; read-only.

    The counts are alike for everybody who looks at the same Sozialräume: kept per data
    state and day (datenstand.py; "Noch aktuell" renews the state). Per user: her own
    Träger first, and the page of offers."""
    stand = aktueller_stand()  # before anything is read: what is kept is at least as new
    grenze = pruefgrenze()
    veroeffentlichte = Angebot.objects.veroeffentlicht()
    eingrenzung = eingegrenzt(request)
    nur = [s.pk for s in eingrenzung["sozialraeume"]]
    if nur:
        veroeffentlichte = frische.in_sozialraeumen(veroeffentlichte, nur)
    veraltete = veroeffentlichte.veraltet()

    def zaehlen() -> dict:
        # As the rows are shown: a city has hundreds of Sozialräume. The whole city also
        # counts the places known only at a coarser level (Berlin's imported places).
        je_sozialraum = [
            _zeile(z["sozialraum"], z["anzahl"], "")
            for z in frische.je_sozialraum(veraltete, nur or None)
        ]
        groeber = [] if nur else frische.je_groeberem_gebiet(veraltete)
        groeber = [_zeile(z["gebiet"], z["anzahl"], z["ebene"]) for z in groeber]
        gebiete = sorted(je_sozialraum + groeber, key=lambda z: (-z["anzahl"], z["name"]))
        ungenau = (
            frische.ungenau_verortet(Angebot.objects.veroeffentlicht().veraltet(), nur)
            if nur
            else []
        )
        ungenau = [_zeile(z["gebiet"], z["anzahl"], z["gebiet"].ebene_name) for z in ungenau]
        return {
            "ungenau": ungenau,
            "je_sozialraum": je_sozialraum,
            "groeber": groeber,
            "html": render_to_string(
                "angebote/_aktualitaet_gebiete.html",
                {"gebiete": gebiete, "mit_groeberen": bool(groeber)},
            ),
        }

    # Alike for everybody who looks at the same Sozialräume: per data state, day, language.
    zahlen = behalten(
        "aktualitaet_gebiete",
        [grenze.isoformat(), sorted(nur), get_language()],
        zaehlen,
        stand=stand,
    )

    eigene = frische.eigene_traeger_ids(request.user)
    jugendaemter = verwaltete_jugendaemter(request.user)
    if jugendaemter is not None:
        # A Jugendamt-Administration scoped to her Jugendamt: its Träger first.
        eigene |= frische.traeger_der_jugendaemter(jugendaemter, stand)

    def traeger_tabelle() -> dict:
        # A city of 1,600 Träger with unchecked offers: the first rows (own ones first, then
        # the most stale), the rest summed up; the list below pages through every offer.
        # The counts per Träger (1,600 rows in Berlin) are read only here, when the table
        # of this set of own Träger is not kept yet.
        gezaehlt = behalten(
            "aktualitaet_je_traeger",
            [grenze.isoformat(), sorted(nur)],
            lambda: frische.je_traeger(veraltete),
            stand=stand,
        )
        je_traeger = frische.eigene_zuerst(gezaehlt, eigene)
        kontext = {
            "je_traeger": je_traeger[:TRAEGER_ZEILEN],
            "weitere_traeger": len(je_traeger[TRAEGER_ZEILEN:]),
            "weitere_summe": sum(z["anzahl"] for z in je_traeger[TRAEGER_ZEILEN:]),
        }
        return {
            "je_traeger": kontext["je_traeger"],
            "html": render_to_string("angebote/_aktualitaet_traeger.html", kontext),
            "umfang": frische.umfang(je_traeger),
        }

    # The Träger table rendered, and the list's parts counted, once per data state, day,
    # language and set of own Träger (a Bezirk's Administration: 30 rows of 1,600 Träger).
    traeger = behalten(
        "aktualitaet_traeger",
        [grenze.isoformat(), sorted(nur), get_language(), sorted(eigene)],
        traeger_tabelle,
        stand=stand,
    )
    seite = Paginator(
        frische.am_laengsten_ungeprueft(veroeffentlichte, traeger["umfang"], grenze), PRO_SEITE
    ).get_page(request.GET.get("seite"))
    return render(
        request,
        "angebote/aktualitaet.html",
        {
            "seite": seite,
            # Rendered by our templates above (a SafeString survives the cache's pickling).
            "traeger_tabelle": traeger["html"],
            "gebiete_tabelle": zahlen["html"],
            "je_traeger": traeger["je_traeger"],
            "je_sozialraum": zahlen["je_sozialraum"],
            "groeber": zahlen["groeber"],
            "ungenau": zahlen["ungenau"],
            "eingrenzung": eingrenzung,
            "koordiniert": bool(koordinierte_sozialraeume(request.user)),
            "grenze": grenze,
            # Own Träger with stale offers (a right on a deleted Träger is no Träger of hers).
            "hat_eigene": bool(traeger["umfang"]["eigene"]),
        },
    )
