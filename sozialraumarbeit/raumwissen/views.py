"""A Sozialraum's resources and barriers: record, read, change, take over from a TOP."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from gremien.models import Tagesordnungspunkt
from gremien.permissions import darf_protokollentwurf_lesen
from gremien.views.zugriff import sitzung_fuer
from sozialraum.models import Quartier, Sozialraum
from sozialraum.werkzeuge.felder import objekt_oder_404
from sozialraum.werkzeuge.konflikt import speichern
from sozialraumarbeit.models import Massnahme
from sozialraumarbeit.models.raumwissen import TYPEN

from ..massnahmen.permissions import massnahmen_sichtbar_fuer
from .erfassung import (
    RaumwissenFehler,
    barriere_status_setzen,
    eintraege_aus_top_uebernehmen,
    eintrag_beenden,
    eintrag_pruefen,
    zeilen_aus_protokoll,
)
from .forms import FORMULARE, UebernahmeFormset
from .permissions import darf_aus_top_uebernehmen, darf_bearbeiten, darf_erfassen


def _modell(typ: str):
    model = TYPEN.get(typ)
    if model is None:
        raise Http404
    return model


def eintrag_fuer(request, typ: str, pk: int, bearbeiten: bool = False):
    """The entry if ``request.user`` may see it (else 404) and, if asked, change it (else 403)."""
    model = _modell(typ)
    eintrag = get_object_or_404(
        model.objects.sichtbar_fuer(request.user)
        .fuer_liste()
        .select_related("sozialraum__regionalraum", "geprueft_von"),
        pk=pk,
    )
    eintrag.recht_bearbeiten = darf_bearbeiten(request.user, eintrag)
    if bearbeiten and not eintrag.recht_bearbeiten:
        raise PermissionDenied
    return eintrag


@require_GET
def eintrag(request, typ: str, pk: int):
    eintrag = eintrag_fuer(request, typ, pk)
    return render(
        request,
        "sozialraumarbeit/raumwissen/eintrag.html",
        {
            "eintrag": eintrag,
            "art_name": type(eintrag)._meta.verbose_name,
            "status_auswahl": TYPEN["barriere"].Status.choices,
            # The SRAE measures that answer a barrier (their Bedarf names it).
            "massnahmen": massnahmen_sichtbar_fuer(
                request.user,
                eintrag.massnahmen.order_by("-created_at")
                if eintrag.typ == "barriere"
                else Massnahme.objects.none(),
            ),
        },
    )


def _formular(request, typ: str, form, kontext: dict):
    """The entry's form; after "Suchen" or "Einrichtungen zeigen" (without JavaScript) shown
    again with the hits or the places and what she entered, without error messages for what
    is still missing."""
    if form.nur_zeigen:
        form = FORMULARE[typ](initial=form.als_vorgabe(), instance=form.instance, user=request.user)
    return render(
        request,
        "sozialraumarbeit/raumwissen/formular.html",
        {"form": form, "typ": typ, **kontext},
    )


def anlegen(request, typ: str):
    model = _modell(typ)
    if not darf_erfassen(request.user, model):
        raise PermissionDenied
    # Preset from the area page it was opened on; that page is the way back.
    vorgabe, zurueck = {}, None
    if schluessel := request.GET.get("quartier"):
        zurueck = objekt_oder_404(
            Quartier.objects.select_related("sozialraum"), schluessel, "schluessel"
        )
        vorgabe = {"quartier": zurueck, "sozialraum": zurueck.sozialraum}
    elif schluessel := request.GET.get("sozialraum"):
        zurueck = objekt_oder_404(Sozialraum.objects.all(), schluessel, "schluessel")
        vorgabe = {"sozialraum": zurueck}
    form = FORMULARE[typ](
        request.POST or None,
        user=request.user,
        initial=vorgabe,
        instance=model(erfasst_von=request.user),
    )
    if request.method == "POST" and not form.nur_zeigen and (neu := speichern(form)):
        messages.success(request, _("„%(titel)s“ ist festgehalten.") % {"titel": neu.titel})
        return redirect(neu)
    titel = _("Ressource erfassen") if typ == "ressource" else _("Barriere erfassen")
    return _formular(request, typ, form, {"titel": titel, "zurueck": zurueck})


def bearbeiten(request, typ: str, pk: int):
    eintrag = eintrag_fuer(request, typ, pk, bearbeiten=True)
    form = FORMULARE[typ](request.POST or None, user=request.user, instance=eintrag)
    if request.method == "POST" and not form.nur_zeigen and speichern(form):
        messages.success(request, _("Die Änderung ist gespeichert."))
        return redirect(eintrag)
    titel = _("Ressource bearbeiten") if typ == "ressource" else _("Barriere bearbeiten")
    return _formular(request, typ, form, {"titel": titel, "eintrag": eintrag})


@require_GET
def auswahl(request, typ: str):
    """Part of the entry's form, for htmx: the Quartiere and Einrichtungen of the chosen
    Sozialraum (``teil=orte``), or the Träger (chosen and hits of ``traeger_suche``)."""
    model = _modell(typ)
    if not darf_erfassen(request.user, model):
        raise PermissionDenied
    teil = "orte" if request.GET.get("teil") == "orte" else "traeger"
    namen = ("sozialraum", "quartier", "einrichtung", "traeger", "traeger_suche")
    vorgabe = {name: request.GET.get(name, "") for name in namen}
    form = FORMULARE[typ](initial=vorgabe, user=request.user)
    return render(
        request,
        "sozialraumarbeit/raumwissen/_auswahl.html",
        {"form": form, "typ": typ, "teil": teil, "htmx": True},
    )


@require_POST
def pruefen(request, typ: str, pk: int):
    eintrag = eintrag_fuer(request, typ, pk, bearbeiten=True)
    eintrag_pruefen(eintrag, request.user)
    messages.success(request, _("Als geprüft markiert."))
    return redirect(eintrag)


@require_POST
def beenden(request, typ: str, pk: int):
    eintrag = eintrag_fuer(request, typ, pk, bearbeiten=True)
    try:
        eintrag_beenden(eintrag)
    except RaumwissenFehler as fehler:
        messages.error(request, str(fehler))
    else:
        messages.success(request, _("Der Eintrag ist beendet und wird nicht mehr angezeigt."))
    return redirect(eintrag)


@require_POST
def status(request, pk: int):
    barriere = eintrag_fuer(request, "barriere", pk, bearbeiten=True)
    try:
        barriere_status_setzen(barriere, request.POST.get("status", ""), request.user)
    except RaumwissenFehler as fehler:
        messages.error(request, str(fehler))
    else:
        messages.success(
            request,
            _("Status: %(status)s.") % {"status": barriere.get_status_display()},
        )
    return redirect(barriere)


def aus_top(request, pk: int):
    """Turn a TOP's minutes into resources and barriers in one step (all or nothing)."""
    top = get_object_or_404(Tagesordnungspunkt.objects.only("pk", "sitzung_id"), pk=pk)
    sitzung = sitzung_fuer(request, top.sitzung_id)  # 404 for who may not read it
    gremium = sitzung.gremium
    top = get_object_or_404(sitzung.tops.all(), pk=pk)
    sichtbar = sitzung.freigegeben or darf_protokollentwurf_lesen(
        request.user, gremium, gremium.recht_bearbeiten
    )
    if not darf_aus_top_uebernehmen(request.user, gremium, sichtbar):
        raise PermissionDenied
    vorschlaege = [
        {**z, "typ": "", "sozialraum": gremium.sozialraum_id}
        for z in zeilen_aus_protokoll(top.protokoll)
    ]
    formset = UebernahmeFormset(request.POST or None, initial=vorschlaege, prefix="zeile")
    fehler = ""
    if request.method == "POST" and formset.is_valid():
        try:
            neu = eintraege_aus_top_uebernehmen(top, formset.cleaned_data, request.user)
        except (RaumwissenFehler, ValidationError) as e:
            fehler = " ".join(e.messages) if isinstance(e, ValidationError) else str(e)
        else:
            messages.success(
                request,
                ngettext("%(n)d Eintrag übernommen.", "%(n)d Einträge übernommen.", len(neu))
                % {"n": len(neu)},
            )
            return redirect(sitzung.get_absolute_url() + f"#top-{top.pk}")
    return render(
        request,
        "sozialraumarbeit/raumwissen/aus_top.html",
        {
            "top": top,
            "sitzung": sitzung,
            "gremium": gremium,
            "formset": formset,
            "fehler": fehler,
            "titel": _("Als Ressourcen und Barrieren übernehmen"),
        },
    )
