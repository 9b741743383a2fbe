"""The Träger's pages behind its personal link: no login, the signed token decides.

The token (``token.py``) names one request; only its records can be seen, confirmed or
corrected, and ids in a form are checked against them (another record: 404). A tampered
link answers 404, an expired one or one of a closed round 410, each with a German page
saying whom to ask. Reading changes nothing; every change is a POST with CSRF protection.
"""

import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from sozialraum.werkzeuge.felder import ist_id
from sozialraum.werkzeuge.konflikt import Ueberholt

from ..models import Angebot, Pruefposten
from ..redaktion import pruefung, werte
from ..redaktion.forms import AngebotForm, zeiten_formset
from .antworten import (
    AntwortFehler,
    angebot_korrigieren,
    einrichtung_korrigieren,
    korrektur_gesperrt,
    posten_bestaetigen,
)
from .forms import EinrichtungKorrekturForm
from .token import LinkFehler, LinkUngueltig, RundeGeschlossen, anfrage_zum_token
from .versand import kontakt


def _fehlerseite(request, fehler: LinkFehler):
    if isinstance(fehler, LinkUngueltig):
        return render(
            request, "angebote/pruefrunde/link_fehler.html", {"art": "ungueltig"}, status=404
        )
    runde = fehler.anfrage.runde
    return render(
        request,
        "angebote/pruefrunde/link_fehler.html",
        {
            "art": "geschlossen" if isinstance(fehler, RundeGeschlossen) else "abgelaufen",
            "runde": runde,
            "kontakt": kontakt(runde),
        },
        status=410,
    )


def _mit_link(view):
    """Resolve the token first; a bad one ends with its German page."""

    @functools.wraps(view)
    def mit_anfrage(request, token: str, **kwargs):
        try:
            anfrage = anfrage_zum_token(token)
        except LinkFehler as fehler:
            return _fehlerseite(request, fehler)
        return view(request, anfrage, token, **kwargs)

    return mit_anfrage


def _posten(anfrage):
    """The request's records with everything the page shows, in a fixed number of queries."""
    angebote = Angebot.objects.prefetch_related("zeiten", "einrichtungen")
    return (
        anfrage.posten.select_related("einrichtung", "vorschlag")
        .prefetch_related(Prefetch("angebot", queryset=angebote))
        .order_by("pk")
    )


@login_not_required
@require_GET
@_mit_link
def antwort(request, anfrage, token: str):
    posten = list(_posten(anfrage))
    return render(
        request,
        "angebote/pruefrunde/antwort.html",
        {
            "anfrage": anfrage,
            "runde": anfrage.runde,
            "token": token,
            "angebote": [p for p in posten if p.angebot_id],
            "einrichtungen": [p for p in posten if p.einrichtung_id],
            "offen": sum(p.ergebnis == Pruefposten.Ergebnis.OFFEN for p in posten),
            "kontakt": kontakt(anfrage.runde),
        },
    )


@login_not_required
@require_POST
@_mit_link
def bestaetigen(request, anfrage, token: str):
    """ "Stimmt noch" for one record (``posten``), or "Alles bestätigen" (``alle``)."""
    if request.POST.get("alle"):
        ids = None
    else:
        roh = request.POST.getlist("posten")
        if not roh or not all(ist_id(w) for w in roh):
            raise Http404
        ids = [int(w) for w in roh]
        if anfrage.posten.filter(pk__in=ids).count() != len(set(ids)):
            raise Http404  # a record of another request
    try:
        anzahl = posten_bestaetigen(anfrage, ids)
    except AntwortFehler as fehler:
        messages.error(request, str(fehler))
    else:
        if anzahl:
            messages.success(
                request,
                ngettext(
                    "Vielen Dank! %(n)d Angabe ist als aktuell bestätigt.",
                    "Vielen Dank! %(n)d Angaben sind als aktuell bestätigt.",
                    anzahl,
                )
                % {"n": anzahl},
            )
    return redirect(reverse("angebote:pruefrunde_antwort", args=[token]))


@login_not_required
@_mit_link
def korrigieren(request, anfrage, token: str, pk: int):
    posten = anfrage.posten.select_related("einrichtung", "vorschlag").filter(pk=pk).first()
    if posten is None:
        raise Http404
    if posten.einrichtung_id:
        return _einrichtung(request, anfrage, token, posten)
    return _angebot(request, anfrage, token, posten)


def _zurueck(token: str):
    return redirect(reverse("angebote:pruefrunde_antwort", args=[token]))


def _einrichtung(request, anfrage, token, posten):
    daten = request.POST if request.method == "POST" else None
    form = EinrichtungKorrekturForm(daten, initial={"anmerkung": posten.anmerkung})
    if daten is not None and form.is_valid():
        try:
            einrichtung_korrigieren(anfrage, posten, form.cleaned_data["anmerkung"])
        except AntwortFehler as fehler:
            form.add_error(None, str(fehler))
        else:
            messages.success(
                request,
                _("Vielen Dank! Das Jugendamt übernimmt Ihre Angaben zu „%(name)s“.")
                % {"name": posten.einrichtung.name},
            )
            return _zurueck(token)
    return render(
        request,
        "angebote/pruefrunde/korrigieren.html",
        {
            "anfrage": anfrage,
            "token": token,
            "posten": posten,
            "form": form,
            "objekt": posten.einrichtung,
            "sperre": "",
        },
    )


def _angebot(request, anfrage, token, posten):
    posten.angebot = (
        Angebot.objects.select_related("traeger")
        .prefetch_related(*werte.LISTEN_FELDER, "zeiten")
        .get(pk=posten.angebot_id)
    )
    sperre = korrektur_gesperrt(posten)
    kontext = {
        "anfrage": anfrage,
        "token": token,
        "posten": posten,
        "objekt": posten.angebot,
        "sperre": sperre,
    }
    if sperre:
        return render(request, "angebote/pruefrunde/korrigieren.html", kontext)
    vorschlag = pruefung.ausstehender_vorschlag(posten.angebot)  # only this link's own
    anfang = pruefung.formularwerte(posten.angebot, vorschlag)
    daten = request.POST if request.method == "POST" else None
    form = AngebotForm(
        daten, instance=posten.angebot, initial=anfang, vorschlag=vorschlag, mit_vorschlag=True
    )
    zeiten = zeiten_formset(daten, anfang.get("zeiten"))
    if daten is not None and all([form.is_valid(), zeiten.is_valid()]):
        neue_werte = werte.werte_aus_formular(form.cleaned_data, zeiten.zeiten())
        try:
            vorschlag = angebot_korrigieren(anfrage, posten, neue_werte, **form.staende())
        except Ueberholt as fehler:
            form.add_error(None, ValidationError(str(fehler), code="konflikt"))
        except (pruefung.PruefungFehler, AntwortFehler) as fehler:
            form.add_error(None, str(fehler))
        else:
            if vorschlag is None:
                messages.info(
                    request,
                    _("Sie haben nichts geändert. Stimmt alles, klicken Sie bitte „Stimmt noch“."),
                )
            else:
                messages.success(
                    request,
                    _(
                        "Vielen Dank! Ihre Korrektur zu „%(titel)s“ liegt dem Jugendamt zur "
                        "Prüfung vor."
                    )
                    % {"titel": posten.angebot.titel},
                )
            return _zurueck(token)
    return render(
        request,
        "angebote/pruefrunde/korrigieren.html",
        {**kontext, "form": form, "zeiten": zeiten, "vorschlag": vorschlag},
    )
