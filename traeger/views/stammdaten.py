from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from ..bereiche import bereiche_fuer_traegerseite
from ..datenschutz import ansprechpersonen_sichtbar_fuer
from ..models import Ansprechperson, Einrichtung, Traeger
from ..permissions import can_edit_traeger


@require_GET
def traeger(request, pk: int):
    traeger = get_object_or_404(
        Traeger.objects.select_related("geprueft_von").prefetch_related("sozialraeume"), pk=pk
    )
    orte = list(traeger.einrichtungen.select_related("quartier", "sozialraum"))
    return render(
        request,
        "traeger/traeger.html",
        {
            "traeger": traeger,
            # An archived place (closed, or gone from its source) is no address for a family:
            # listed apart, so the Träger's page and its count show what exists today.
            "einrichtungen": [e for e in orte if not e.archiviert],
            "archivierte_einrichtungen": [e for e in orte if e.archiviert],
            # Without a role only the Ansprechpersonen who consented to publication.
            "ansprechpersonen": ansprechpersonen_sichtbar_fuer(
                request.user, Ansprechperson.objects.filter(traeger=traeger)
            ).select_related("einrichtung"),
            "darf_bearbeiten": can_edit_traeger(request.user, traeger),
            "bereiche": bereiche_fuer_traegerseite(request, traeger),
        },
    )


@require_GET
def einrichtung(request, pk: int):
    einrichtung = get_object_or_404(
        Einrichtung.objects.select_related("traeger", "quartier", "sozialraum", "regionalraum"),
        pk=pk,
    )
    return render(
        request,
        "traeger/einrichtung.html",
        {
            "einrichtung": einrichtung,
            "ansprechpersonen": ansprechpersonen_sichtbar_fuer(
                request.user, einrichtung.ansprechpersonen.all()
            ),
            "bereiche": bereiche_fuer_traegerseite(request, einrichtung),
        },
    )
