"""Aktualität: the "Noch aktuell" button and the dashboard of stale offers."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from sozialraum.werkzeuge.fristen import pruefgrenze
from sozialraum.zugang.zustaendigkeit import verwaltete_jugendaemter
from traeger.models import Traeger
from traeger.permissions import traeger_im_jugendamt

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


@require_GET
def aktualitaet(request):
    """Stale published offers per Träger and Sozialraum, and the stalest ones; read-only."""
    veraltete = Angebot.objects.veroeffentlicht().veraltet()
    eigene = frische.eigene_traeger_ids(request.user)
    jugendaemter = verwaltete_jugendaemter(request.user)
    if jugendaemter is not None:
        # A Jugendamt-Administration scoped to her Jugendamt: its Träger first.
        eigene |= set(
            traeger_im_jugendamt(Traeger.objects.all(), jugendaemter).values_list("pk", flat=True)
        )
    # A city of 1,600 Träger with unchecked offers: the first rows (own ones first, then the
    # most stale), the rest summed up; the list below pages through every offer.
    je_traeger = frische.je_traeger(veraltete, eigene)
    seite = Paginator(frische.am_laengsten_ungeprueft(veraltete, eigene), PRO_SEITE).get_page(
        request.GET.get("seite")
    )
    return render(
        request,
        "angebote/aktualitaet.html",
        {
            "seite": seite,
            "je_traeger": je_traeger[:TRAEGER_ZEILEN],
            "weitere_traeger": je_traeger[TRAEGER_ZEILEN:],
            "weitere_summe": sum(z["anzahl"] for z in je_traeger[TRAEGER_ZEILEN:]),
            "je_sozialraum": frische.je_sozialraum(veraltete),
            "grenze": pruefgrenze(),
            "hat_eigene": bool(eigene),
            "eigene": eigene,
        },
    )
