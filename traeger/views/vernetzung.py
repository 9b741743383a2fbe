"""Vernetzung: record a contact in seconds, my contacts, a Sozialraum's contacts and network."""

import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from sozialraum.models import Sozialraum
from sozialraum.werkzeuge.felder import ist_id, objekt_oder_404
from sozialraum.werkzeuge.konflikt import speichern
from sozialraum.zugang.rollen import koordinierte_sozialraeume

from ..forms import KontaktVorgabeForm, NetzwerkZeitraumForm
from ..forms_vernetzung import KontaktForm, eigener_sozialraum, sozialraum_vorschlag
from ..models import Kontakt, Traeger
from ..netzwerk import ZEITRAEUME, netzwerk_berechnen, netzwerk_csv, zeichnung
from ..permissions import darf_kontakt_bearbeiten, darf_kontakt_sehen, darf_vernetzung_nutzen

PRO_SEITE = 50


def _nur_mit_rolle(request) -> None:
    if not darf_vernetzung_nutzen(request.user):
        raise PermissionDenied


def kontakt_fuer(request, pk: int, bearbeiten: bool = False) -> Kontakt:
    """The contact, if the user may see it (else 404) and edit it when asked (else 403)."""
    kontakt = get_object_or_404(
        Kontakt.objects.select_related("erfasst_von", "eigener_traeger", "sozialraum"), pk=pk
    )
    if not darf_kontakt_sehen(request.user, kontakt):
        raise Http404
    if bearbeiten and not darf_kontakt_bearbeiten(request.user, kontakt):
        raise PermissionDenied
    return kontakt


def _zurueck(request, ersatz: str) -> str:
    ziel = request.POST.get("next") or request.GET.get("next")
    if ziel and url_has_allowed_host_and_scheme(
        ziel, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ziel
    return ersatz


def _formular(request, form: KontaktForm, kontext: dict):
    """The contact form; after "Suchen" (without JavaScript) shown again with the hits and
    what she entered, without error messages for what is still missing."""
    if form.nur_suchen:
        form = KontaktForm(initial=form.als_vorgabe(), instance=form.instance, user=request.user)
    return render(request, "traeger/kontakt_form.html", {"form": form, **kontext})


def kontakt_neu(request):
    _nur_mit_rolle(request)
    vorgabe = KontaktVorgabeForm(request.GET).vorgaben()
    traeger, sozialraum = vorgabe["traeger"], vorgabe["sozialraum"]
    eigene = list(Traeger.objects.filter(zugehoerigkeiten__user=request.user)[:2])
    initial = {
        "traeger": [traeger] if traeger else [],
        # Visible and filled in: where she works, unless the link names the place.
        "sozialraum": sozialraum
        or sozialraum_vorschlag(traeger)
        or eigener_sozialraum(request.user, eigene),
        "datum": timezone.localdate(),
        "art": Kontakt.Art.TELEFONAT,
        # Shared with the colleagues by default; "nur ich" for someone without a Träger.
        "sichtbarkeit": Kontakt.Sichtbarkeit.TRAEGER if eigene else Kontakt.Sichtbarkeit.PRIVAT,
        "eigener_traeger": eigene[0] if len(eigene) == 1 else None,
    }
    form = KontaktForm(request.POST or None, initial=initial, user=request.user)
    if request.method == "POST" and not form.nur_suchen and form.is_valid():
        kontakt = form.save(commit=False)
        kontakt.erfasst_von = request.user
        kontakt.save()
        form.save_m2m()
        messages.success(request, _("Der Kontakt ist festgehalten."))
        return redirect(_zurueck(request, reverse("traeger:kontakte")))
    return _formular(
        request,
        form,
        {
            "titel": _("Kontakt festhalten"),
            "traeger": traeger,
            "zurueck": _zurueck(request, reverse("traeger:kontakte")),
        },
    )


def kontakt_bearbeiten(request, pk: int):
    kontakt = kontakt_fuer(request, pk, bearbeiten=True)
    form = KontaktForm(request.POST or None, instance=kontakt, user=request.user)
    if request.method == "POST" and not form.nur_suchen and speichern(form):
        messages.success(request, _("Der Kontakt ist gespeichert."))
        return redirect(_zurueck(request, kontakt.get_absolute_url()))
    return _formular(
        request,
        form,
        {
            "titel": _("Kontakt bearbeiten"),
            "kontakt": kontakt,
            "zurueck": _zurueck(request, kontakt.get_absolute_url()),
        },
    )


@require_GET
def kontakt_auswahl(request):
    """Part of the contact form while she types, for htmx: the Träger (chosen and hits of
    ``traeger_suche``) or, after she ticked one, the people of the chosen Träger (their
    Ansprechpersonen and the colleagues with an account).

    Editing a contact, the form sends its ``kontakt`` along (she must be allowed to edit it):
    a colleague named on it who has left the Träger since stays offered, as on the form
    itself, and is not dropped when she ticks another Träger."""
    _nur_mit_rolle(request)
    teil = "personen" if request.GET.get("teil") == "personen" else "traeger"
    kontakt = None
    if wert := request.GET.get("kontakt"):
        if not ist_id(wert):
            raise Http404
        kontakt = kontakt_fuer(request, int(wert), bearbeiten=True)
    vorgabe = {
        "traeger": request.GET.getlist("traeger"),
        "traeger_suche": request.GET.get("traeger_suche", ""),
        "ansprechpersonen": request.GET.getlist("ansprechpersonen"),
        "kolleginnen": request.GET.getlist("kolleginnen"),
    }
    form = KontaktForm(initial=vorgabe, instance=kontakt, user=request.user)
    return render(
        request, "traeger/_kontakt_auswahl.html", {"form": form, "teil": teil, "htmx": True}
    )


@require_GET
def kontakt(request, pk: int):
    kontakt = kontakt_fuer(request, pk)
    # Whom she spoke with: Ansprechpersonen and colleagues, each with the function, and the
    # role typed in.
    personen = [(p.name, p.funktion) for p in kontakt.ansprechpersonen.order_by("name")] + [
        (str(u), u.funktion)
        for u in kontakt.kolleginnen.order_by("last_name", "first_name", "username")
    ]
    mit_wem = [f"{name} ({funktion})" if funktion else name for name, funktion in personen]
    return render(
        request,
        "traeger/kontakt.html",
        {
            "kontakt": kontakt,
            "traeger_liste": kontakt.traeger.order_by("name"),
            "mit_wem": [*mit_wem, kontakt.mit_rolle] if kontakt.mit_rolle else mit_wem,
            "darf_bearbeiten": darf_kontakt_bearbeiten(request.user, kontakt),
        },
    )


@require_POST
def wiedervorlage_erledigt(request, pk: int):
    kontakt = kontakt_fuer(request, pk, bearbeiten=True)
    kontakt.wiedervorlage = None
    kontakt.save(update_fields=["wiedervorlage", "updated_at"])
    messages.success(request, _("Die Wiedervorlage ist erledigt."))
    return redirect(_zurueck(request, reverse("traeger:kontakte")))


@require_GET
def meine_kontakte(request):
    _nur_mit_rolle(request)
    meine = Kontakt.objects.filter(erfasst_von=request.user)
    seite = Paginator(meine.fuer_liste(), PRO_SEITE).get_page(request.GET.get("seite"))
    return render(
        request,
        "traeger/meine_kontakte.html",
        {
            "faellige": list(meine.faellig().fuer_liste().order_by("wiedervorlage")[:20]),
            "seite": seite,
            "sozialraeume": Sozialraum.objects.order_by("name").only("schluessel", "name"),
        },
    )


@require_GET
def netzwerk_waehlen(request):
    """The choice of a Sozialraum's network: the chooser on "Meine Kontakte" submits here
    (a form cannot fill a path) and goes on to it (an unknown one: 404); without a
    Sozialraum, a page to choose one, hers first."""
    _nur_mit_rolle(request)
    if "sozialraum" in request.GET:
        sozialraum = objekt_oder_404(
            Sozialraum.objects.all(), request.GET.get("sozialraum"), "schluessel"
        )
        return redirect("traeger:netzwerk", schluessel=sozialraum.schluessel)
    alle = list(Sozialraum.objects.order_by("name").only("pk", "schluessel", "name"))
    eigene = koordinierte_sozialraeume(request.user)
    return render(
        request,
        "traeger/netzwerk_waehlen.html",
        {"sozialraeume": alle, "eigene": [s for s in alle if s.pk in eigene]},
    )


@require_GET
def kontakte_im_sozialraum(request, schluessel: str):
    _nur_mit_rolle(request)
    sozialraum = objekt_oder_404(Sozialraum.objects.all(), schluessel, "schluessel")
    kontakte = Kontakt.objects.sichtbar_fuer(request.user).filter(sozialraum=sozialraum)
    seite = Paginator(kontakte.fuer_liste(), PRO_SEITE).get_page(request.GET.get("seite"))
    return render(
        request, "traeger/kontakte_sozialraum.html", {"sozialraum": sozialraum, "seite": seite}
    )


def _netzwerk(request, schluessel: str):
    _nur_mit_rolle(request)
    sozialraum = objekt_oder_404(
        Sozialraum.objects.select_related("regionalraum"), schluessel, "schluessel"
    )
    monate = NetzwerkZeitraumForm(request.GET).monate_oder_standard()
    return netzwerk_berechnen(sozialraum, request.user, monate)


@require_GET
def netzwerk(request, schluessel: str):
    netz = _netzwerk(request, schluessel)
    return render(
        request,
        "traeger/netzwerk.html",
        {
            "netz": netz,
            "sozialraum": netz.sozialraum,
            "zeichnung": zeichnung(netz),
            "zeitraeume": ZEITRAEUME,
        },
    )


@require_GET
def netzwerk_export(request, schluessel: str):
    netz = _netzwerk(request, schluessel)
    antwort = HttpResponse(content_type="text/csv; charset=utf-8")
    schluessel = re.sub(r"[^\w-]", "", netz.sozialraum.schluessel)
    dateiname = f"netzwerk-{schluessel}-{netz.monate}-monate.csv"
    antwort["Content-Disposition"] = f'attachment; filename="{dateiname}"'
    antwort.write("\ufeff")  # BOM: spreadsheet programs then read UTF-8 umlauts correctly
    netzwerk_csv(netz, antwort)
    return antwort
