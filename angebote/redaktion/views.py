"""Editing offers in the normal UI, and the Jugendamt's review of the Redaktionen's changes.

Logic lives in ``angebote/redaktion/pruefung.py``; permissions in ``angebote/permissions.py``. Other
people's unpublished offers and proposals answer 404; a published offer one may see but not
edit answers 403, as does the review for a Redaktion looking at her own proposal.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from sozialraum.werkzeuge.felder import objekt_oder_404
from sozialraum.werkzeuge.konflikt import Ueberholt
from sozialraum.zugang.rollen import objektrechte
from sozialraum.zugang.zustaendigkeit import eigene_zuerst
from traeger.models import Traeger

from ..models import Aenderungsvorschlag, Angebot
from ..permissions import (
    can_edit_angebot,
    darf_angebot_anlegen,
    darf_angebot_sehen,
    darf_direkt_veroeffentlichen,
    darf_vorschlaege_pruefen,
    darf_vorschlag_pruefen,
    darf_vorschlag_sehen,
)
from . import pruefung, vergleich, werte
from .forms import AngebotForm, FreigabeForm, RueckgabeForm, zeiten_formset

PRO_SEITE = 50


def _angebot_zum_bearbeiten(request, pk: int) -> Angebot:
    angebot = get_object_or_404(
        Angebot.objects.select_related("traeger").prefetch_related(*werte.LISTEN_FELDER, "zeiten"),
        pk=pk,
    )
    if not can_edit_angebot(request.user, angebot):
        if not darf_angebot_sehen(request.user, angebot):
            raise Http404
        raise PermissionDenied
    return angebot


def angebot_bearbeiten(request, pk: int):
    angebot = _angebot_zum_bearbeiten(request, pk)
    return _formular(request, angebot.traeger, angebot)


def angebot_neu(request):
    """A new offer of the Träger given as ``?traeger=<id>`` (the link on the Träger page)."""
    traeger = objekt_oder_404(Traeger.objects.all(), request.GET.get("traeger", ""))
    if not darf_angebot_anlegen(request.user, traeger):
        raise PermissionDenied
    return _formular(request, traeger, None)


def _formular(request, traeger: Traeger, angebot: Angebot | None):
    direkt = darf_direkt_veroeffentlichen(request.user)
    # Before validation: a bound ModelForm writes the input into its instance.
    krume = (
        (angebot.titel, angebot.get_absolute_url())
        if angebot
        else (traeger.name, traeger.get_absolute_url())
    )
    vorschlag = pruefung.ausstehender_vorschlag(angebot) if angebot else None
    anfang = pruefung.formularwerte(angebot, None if direkt else vorschlag) if angebot else {}
    daten = request.POST if request.method == "POST" else None
    form = AngebotForm(
        daten,
        instance=angebot or Angebot(traeger=traeger),
        initial=anfang,
        vorschlag=None if direkt else vorschlag,
        mit_vorschlag=not direkt,
    )
    zeiten = zeiten_formset(daten, anfang.get("zeiten"))
    if daten is not None and all([form.is_valid(), zeiten.is_valid()]):
        neue_werte = werte.werte_aus_formular(form.cleaned_data, zeiten.zeiten())
        try:
            ziel = _speichern(request, form, angebot, vorschlag, neue_werte, direkt)
        except Ueberholt as fehler:
            form.add_error(None, ValidationError(str(fehler), code="konflikt"))
        except pruefung.PruefungFehler as fehler:
            form.add_error(None, str(fehler))
        else:
            return redirect(ziel)
    if angebot is None:
        titel = _("Neues Angebot")
    elif vorschlag is not None and not direkt and not vorschlag.neu:
        titel = _("Vorgeschlagene Änderungen bearbeiten")
    else:
        titel = _("Angebot bearbeiten")
    return render(
        request,
        "angebote/redaktion/formular.html",
        {
            "form": form,
            "zeiten": zeiten,
            "angebot": angebot,
            "traeger": traeger,
            "vorschlag": vorschlag,
            "direkt": direkt,
            "titel": titel,
            "krume": krume,
        },
    )


def _speichern(request, form, angebot, vorschlag, neue_werte: dict, direkt: bool) -> Angebot:
    traeger, staende = form.instance.traeger, form.staende()
    if direkt:
        gespeichert = pruefung.angebot_speichern(
            angebot, traeger, neue_werte, request.user, stand=staende["stand"]
        )
        if angebot is None:
            messages.success(request, _("Das Angebot ist angelegt und veröffentlicht."))
        else:
            messages.success(request, _("Das Angebot ist gespeichert."))
        return gespeichert
    neu = pruefung.vorschlag_einreichen(angebot, traeger, neue_werte, request.user, **staende)
    if neu is None:
        if vorschlag is not None:
            messages.info(
                request,
                _(
                    "Ihr Vorschlag enthielt keine Änderungen mehr gegenüber dem veröffentlichten "
                    "Angebot und ist zurückgezogen."
                ),
            )
        else:
            messages.info(request, _("Sie haben nichts geändert."))
        return angebot
    if neu.neu and angebot is None:
        messages.success(
            request,
            _(
                "Das Angebot ist angelegt und liegt dem Jugendamt zur Prüfung vor. In der Suche "
                "erscheint es, sobald es freigegeben ist."
            ),
        )
    elif neu.neu:
        messages.success(
            request,
            _("Ihre Angaben sind gespeichert und liegen dem Jugendamt zur Prüfung vor."),
        )
    else:
        messages.success(
            request,
            _(
                "Ihre Änderungen sind gespeichert und liegen dem Jugendamt zur Prüfung vor. Bis "
                "zur Freigabe sehen alle anderen die bisherige Fassung."
            ),
        )
    return neu.angebot


# Review ------------------------------------------------------------------------------------


@require_GET
def pruefliste(request):
    """The Jugendamt's queue: proposals waiting for review, the oldest first."""
    if not darf_vorschlaege_pruefen(request.user):
        raise PermissionDenied
    offen = eigene_zuerst(
        request.user,
        Aenderungsvorschlag.objects.offen().fuer_liste().order_by("eingereicht_am", "pk"),
        "angebot__einrichtungen__jugendamt",
    )
    seite = Paginator(offen, PRO_SEITE).get_page(request.GET.get("seite"))
    zurueckgegeben = list(
        Aenderungsvorschlag.objects.filter(status=Aenderungsvorschlag.Status.ZURUECKGEGEBEN)
        .fuer_liste()
        .order_by("-geprueft_am", "-pk")[:PRO_SEITE]
    )
    for vorschlag in [*seite, *zurueckgegeben]:
        vorschlag.feldnamen = [werte.feldname(f) for f in pruefung.vorschlag_felder(vorschlag)]
    return render(
        request,
        "angebote/redaktion/pruefliste.html",
        {"seite": seite, "zurueckgegeben": zurueckgegeben},
    )


def _vorschlag_fuer(request, pk: int, pruefen: bool = False) -> Aenderungsvorschlag:
    """The proposal if the user may see it (else 404), and review it when asked (else 403)."""
    vorschlag = get_object_or_404(Aenderungsvorschlag.objects.fuer_liste(), pk=pk)
    if not darf_vorschlag_sehen(request.user, vorschlag):
        raise Http404
    if pruefen and not darf_vorschlag_pruefen(request.user, vorschlag):
        raise PermissionDenied
    # The offer as it is now, with everything the diff needs.
    vorschlag.angebot = (
        Angebot.objects.select_related("traeger")
        .prefetch_related(*werte.LISTEN_FELDER, "zeiten")
        .get(pk=vorschlag.angebot_id)
    )
    return vorschlag


def _vorschlag_seite(request, vorschlag, freigabe=None, rueckgabe=None):
    if vorschlag.ausstehend or vorschlag.neu:
        stand = werte.werte_von(vorschlag.angebot)
    else:
        stand = vorschlag.basis  # done: what it changed, not how the offer looks today
    unterschiede = vergleich.unterschiede(vorschlag, stand)
    darf_pruefen = darf_vorschlag_pruefen(request.user, vorschlag)
    offen = vorschlag.status == Aenderungsvorschlag.Status.OFFEN
    return render(
        request,
        "angebote/redaktion/vorschlag.html",
        {
            "vorschlag": vorschlag,
            "angebot": vorschlag.angebot,
            "unterschiede": unterschiede,
            "darf_pruefen": darf_pruefen and offen,
            # The Redaktion's own buttons; the Jugendamt edits the offer itself instead.
            "darf_bearbeiten": vorschlag.ausstehend
            and not darf_direkt_veroeffentlichen(request.user)
            and can_edit_angebot(request.user, vorschlag.angebot),
            "freigabe": freigabe
            or FreigabeForm(vorschlag=vorschlag, konflikte=unterschiede.konflikte),
            "rueckgabe": rueckgabe or RueckgabeForm(vorschlag=vorschlag),
        },
    )


@require_GET
def vorschlag(request, pk: int):
    return _vorschlag_seite(request, _vorschlag_fuer(request, pk))


@require_POST
def freigeben(request, pk: int):
    vorschlag = _vorschlag_fuer(request, pk, pruefen=True)
    strittig = pruefung.konflikte(vorschlag, werte.werte_von(vorschlag.angebot))
    form = FreigabeForm(request.POST, vorschlag=vorschlag, konflikte=strittig)
    if not form.is_valid():
        return _vorschlag_seite(request, vorschlag, freigabe=form)
    try:
        angebot = pruefung.vorschlag_freigeben(
            vorschlag,
            request.user,
            ueberschreiben=form.cleaned_data.get("ueberschreiben", False),
            basis_url=request.build_absolute_uri("/"),
            **form.staende(),
        )
    except pruefung.Konflikt as fehler:
        form.add_error("ueberschreiben" if "ueberschreiben" in form.fields else None, str(fehler))
        return _vorschlag_seite(request, vorschlag, freigabe=form)
    except pruefung.PruefungFehler as fehler:
        messages.error(request, str(fehler))
        return redirect(vorschlag)
    messages.success(
        request, _("„%(titel)s“ ist freigegeben und veröffentlicht.") % {"titel": angebot.titel}
    )
    return redirect("angebote:pruefliste")


@require_POST
def zurueckgeben(request, pk: int):
    vorschlag = _vorschlag_fuer(request, pk, pruefen=True)
    form = RueckgabeForm(request.POST, vorschlag=vorschlag)
    if not form.is_valid():
        return _vorschlag_seite(request, vorschlag, rueckgabe=form)
    try:
        pruefung.vorschlag_zurueckgeben(
            vorschlag,
            request.user,
            form.cleaned_data["kommentar"],
            vorschlag_stand=form.staende()["vorschlag_stand"],
            basis_url=request.build_absolute_uri("/"),
        )
    except pruefung.PruefungFehler as fehler:
        messages.error(request, str(fehler))
        return redirect(vorschlag)
    messages.success(
        request,
        _("„%(titel)s“ ist an die Redaktion zurückgegeben; sie bekommt Ihren Kommentar per E-Mail.")
        % {"titel": vorschlag.angebot.titel},
    )
    return redirect("angebote:pruefliste")


@require_POST
def zurueckziehen(request, pk: int):
    """The Redaktion takes her proposal back; the published offer stays as it is."""
    vorschlag = _vorschlag_fuer(request, pk)
    if not can_edit_angebot(request.user, vorschlag.angebot):
        raise PermissionDenied
    try:
        pruefung.vorschlag_zurueckziehen(vorschlag, request.user)
    except pruefung.PruefungFehler as fehler:
        messages.error(request, str(fehler))
        return redirect(vorschlag)
    messages.success(request, _("Ihr Vorschlag ist zurückgezogen."))
    return redirect(vorschlag.angebot)


# On the Träger page ------------------------------------------------------------------------


def redaktion_auf_traegerseite(request, obj) -> dict | None:
    """For those who keep this Träger's offers: "Neues Angebot", pending and unpublished ones."""
    if not isinstance(obj, Traeger) or not darf_angebot_anlegen(request.user, obj):
        return None
    ausstehend = list(
        Aenderungsvorschlag.objects.ausstehend()
        .filter(angebot__traeger=obj)
        .select_related("angebot", "eingereicht_von")
        .order_by("-eingereicht_am", "-pk")
    )
    unveroeffentlicht = list(
        obj.angebote.exclude(status=Angebot.Status.VEROEFFENTLICHT)
        .exclude(pk__in=[v.angebot_id for v in ausstehend])
        .order_by("titel")[:100]
    )
    return {
        "template": "angebote/redaktion/_auf_traegerseite.html",
        "traeger": obj,
        "ausstehend": ausstehend,
        "unveroeffentlicht": unveroeffentlicht,
    }


def meine_traeger_auf_startseite(request) -> dict | None:
    """Start page of a Träger-Redaktion: her Träger, with what waits for her and the Jugendamt.

    Only for holders of the object right on a Träger (not for the Jugendamt, who has all).
    """
    user = request.user
    if not user.is_authenticated or user.has_perm("angebote.change_angebot"):
        return None
    # Her object rights are read once per request (objektrechte); most users have none on a
    # Träger, and their start page needs no further query for this section.
    eigene = objektrechte(user).get("traeger.change_traeger")
    if not eigene:
        return None
    traeger = list(
        Traeger.objects.filter(pk__in=[int(pk) for pk in eigene])
        .annotate(
            in_pruefung=Count(
                "angebote__vorschlaege",
                filter=Q(angebote__vorschlaege__status=Aenderungsvorschlag.Status.OFFEN),
            ),
            zurueckgegeben=Count(
                "angebote__vorschlaege",
                filter=Q(angebote__vorschlaege__status=Aenderungsvorschlag.Status.ZURUECKGEGEBEN),
            ),
        )
        .order_by("name")[:20]
    )
    if not traeger:
        return None
    return {"template": "angebote/redaktion/_start.html", "traeger": traeger}
