"""Pages of the SRAE measures: the list, a measure with its timeline, the draft form, one form
per step, and putting a measure on a Sitzung's agenda (docs/massnahmen.md)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from gremien.permissions import darf_lesen as gremium_lesen
from sozialraum.models import Regionalraum, Sozialraum
from sozialraum.werkzeuge.felder import AuswahlFeld, objekt_oder_404
from sozialraum.werkzeuge.konflikt import Ueberholt, speichern
from sozialraum.zugang.rollen import koordinierte_sozialraeume
from traeger.models import Traeger

from ..models import Barriere, Massnahme
from . import ablauf
from .budget import BINDEND, jahresstaende_je_jahr, plan_je_jahr
from .forms import MassnahmeForm, PartnerFormSet, plan_formset, plan_verteilen
from .forms_schritte import (
    TagesordnungForm,
    ZusatzplanFormSet,
)
from .permissions import (
    darf_anlegen,
    darf_auf_tagesordnung,
    darf_bearbeiten,
    darf_massnahmen_sehen,
)
from .schritte import SCHRITT_TEXTE, SCHRITTE

S = Massnahme.Status
# Rows of the measure list per page.
PRO_SEITE = 50


def _krumen(massnahme: Massnahme | None = None) -> dict:
    """The breadcrumbs' steps: the list, and the measure (its stored title)."""
    krumen = {"liste_krume": (_("Maßnahmen"), reverse("sozialraumarbeit:massnahmen"))}
    if massnahme is not None and massnahme.pk:
        krumen["massnahme_krume"] = (massnahme.titel, massnahme.get_absolute_url())
    return krumen


def massnahme_fuer(request, pk) -> Massnahme:
    """The measure if the user may see it, else 404."""
    if not darf_massnahmen_sehen(request.user):
        raise Http404
    return objekt_oder_404(
        Massnahme.objects.select_related("traeger", "regionalraum", "erstellt_von"), pk
    )


# The list -----------------------------------------------------------------------------------


class FilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Stand"),
        choices=[("", gettext_lazy("alle")), *S.choices],
        required=False,
    )
    regionalraum = AuswahlFeld(
        queryset=Regionalraum.objects.order_by("name"),
        label=gettext_lazy("Regionalraum"),
        required=False,
        empty_label=gettext_lazy("alle"),
    )
    sozialraum = AuswahlFeld(
        queryset=Sozialraum.objects.order_by("name"),
        label=gettext_lazy("Sozialraum"),
        required=False,
        empty_label=gettext_lazy("alle"),
    )
    traeger = AuswahlFeld(
        queryset=Traeger.objects.filter(massnahmen__isnull=False).distinct().order_by("name"),
        label=gettext_lazy("Träger"),
        required=False,
        empty_label=gettext_lazy("alle"),
    )
    alle = forms.BooleanField(required=False, widget=forms.HiddenInput)


@require_GET
def massnahmen_liste(request):
    if not darf_massnahmen_sehen(request.user):
        raise Http404
    filter_form = FilterForm(request.GET or None)
    werte = {}
    if filter_form.is_bound:
        filter_form.is_valid()  # a wrong value is left out and named at its field
        werte = filter_form.cleaned_data
    massnahmen = Massnahme.objects.select_related("traeger", "regionalraum").prefetch_related(
        Prefetch("sozialraeume", queryset=Sozialraum.objects.order_by("name"))
    )
    if werte.get("status"):
        massnahmen = massnahmen.filter(status=werte["status"])
    if werte.get("regionalraum"):
        massnahmen = massnahmen.filter(regionalraum=werte["regionalraum"])
    if werte.get("sozialraum"):
        massnahmen = massnahmen.filter(sozialraeume=werte["sozialraum"])
    if werte.get("traeger"):
        massnahmen = massnahmen.filter(traeger=werte["traeger"])
    # A Sozialraumkoordination starts with the measures of her Sozialräume.
    eigene = koordinierte_sozialraeume(request.user)
    eingegrenzt = bool(eigene) and not werte.get("alle") and not werte.get("sozialraum")
    if eingegrenzt:
        massnahmen = massnahmen.filter(sozialraeume__in=eigene).distinct()
    weiten = request.GET.copy()
    weiten["alle"] = "1"
    weiten.pop("seite", None)
    seite = Paginator(massnahmen.order_by("-created_at", "-pk"), PRO_SEITE).get_page(
        request.GET.get("seite")
    )
    return render(
        request,
        "sozialraumarbeit/massnahmen/liste.html",
        {
            "seite": seite,
            "filter_form": filter_form,
            "eingegrenzt": eingegrenzt,
            "weiten_query": weiten.urlencode(),
            "darf_anlegen": darf_anlegen(request.user),
        },
    )


# A measure ------------------------------------------------------------------------------------


def _lesbare_gremien(user, schritte, beratungen) -> set[int]:
    gremien = {s.sitzung.gremium for s in schritte if s.sitzung_id}
    gremien |= {b.top.sitzung.gremium for b in beratungen}
    return {g.pk for g in gremien if gremium_lesen(user, g)}


def _budgetwirkung(massnahme: Massnahme, plan: dict) -> list[dict]:
    """Per year of the plan the Regionalraum's budget with and without the measure: twelve
    queries for all years (massnahmen/budget.py), not twelve per year."""
    je_jahr = plan_je_jahr(plan)
    mit = jahresstaende_je_jahr(je_jahr, [massnahme.regionalraum])
    ohne_sie = jahresstaende_je_jahr(je_jahr, [massnahme.regionalraum], ohne=massnahme)
    zeilen = []
    for jahr, betrag in sorted(je_jahr.items()):
        stand, ohne = mit[jahr][0], ohne_sie[jahr][0]
        zeilen.append(
            {
                "jahr": jahr,
                "betrag": betrag,
                "budget": stand.betrag,
                "gebunden": stand.gebunden,
                "verfuegbar": stand.verfuegbar,
                "verfuegbar_ohne": ohne.verfuegbar,
                "reicht": ohne.verfuegbar is not None and ohne.verfuegbar >= betrag,
                "bindet": massnahme.status in BINDEND,
            }
        )
    return zeilen


@require_GET
def massnahme(request, pk: int):
    massnahme = massnahme_fuer(request, pk)
    user = request.user
    schritte = list(
        massnahme.schritte.select_related("wer", "sitzung__gremium", "top", "beschluss").order_by(
            "wann", "pk"
        )
    )
    beratungen = list(
        massnahme.beratungen.select_related("top__sitzung__gremium").order_by(
            "top__sitzung__datum", "pk"
        )
    )
    plan = ablauf.monatsplan(massnahme)
    aktionen = [
        (name, text)
        for name, text in SCHRITT_TEXTE.items()
        if SCHRITTE[name].moeglich(massnahme) and SCHRITTE[name].darf(user, massnahme)
    ]
    return render(
        request,
        "sozialraumarbeit/massnahmen/massnahme.html",
        {
            "massnahme": massnahme,
            "schritte": schritte,
            "beratungen": beratungen,
            "lesbare_gremien": _lesbare_gremien(user, schritte, beratungen),
            "partner": massnahme.partner.select_related("traeger"),
            "plan": sorted(plan.items()),
            "plan_summe": sum(plan.values()) if plan else None,
            "budget": _budgetwirkung(massnahme, plan) if plan else [],
            "sozialraeume": massnahme.sozialraeume.order_by("name"),
            "zielgruppen": massnahme.zielgruppen.all(),
            "barrieren": Barriere.objects.sichtbar_fuer(user)
            .filter(massnahmen=massnahme)
            .select_related("sozialraum")
            .order_by("sozialraum__name", "titel"),
            "evaluation_faellig": ablauf.evaluation_faellig_am(massnahme),
            "darf_bearbeiten": darf_bearbeiten(user, massnahme),
            "darf_tagesordnung": darf_auf_tagesordnung(user, massnahme)
            and massnahme.status in (*ablauf.ENTWURF, S.EMPFOHLEN, *ablauf.LAUFEND),
            "aktionen": aktionen,
            **_krumen(massnahme),
        },
    )


# The draft ------------------------------------------------------------------------------------


def massnahme_neu(request):
    if not darf_massnahmen_sehen(request.user):
        raise Http404
    if not darf_anlegen(request.user):
        raise PermissionDenied
    return _formular(request, None)


def massnahme_bearbeiten(request, pk: int):
    massnahme = massnahme_fuer(request, pk)
    if not darf_bearbeiten(request.user, massnahme):
        raise PermissionDenied
    return _formular(request, massnahme)


def _formular(request, massnahme: Massnahme | None):
    krumen = _krumen(massnahme)
    daten = request.POST if request.method == "POST" else None
    instanz = massnahme or Massnahme(erstellt_von=request.user)
    form = MassnahmeForm(daten, instance=instanz, user=request.user)
    partner = PartnerFormSet(daten, instance=instanz, prefix="partner")
    plan = plan_formset(daten, instanz)

    def sichern(form):
        summe = form.cleaned_data["beantragte_summe"]
        werte = plan.plan()
        if not werte and form.cleaned_data.get("verteilen_ab"):
            werte = plan_verteilen(
                summe, form.cleaned_data["verteilen_ab"], form.cleaned_data["verteilen_monate"]
            )
        if werte:
            try:
                ablauf.plan_pruefen(werte, summe)
            except ablauf.MassnahmenFehler as fehler:
                form.add_error("beantragte_summe", str(fehler))
                return None
        neu = form.instance.pk is None
        gespeichert = form.save()
        partner.instance = gespeichert
        partner.save()
        plan.instance = gespeichert
        plan.save()  # its rows, and the rows marked for removal
        if werte and not plan.plan():  # spread evenly
            for monat, betrag in werte.items():
                gespeichert.monatsplan.create(monat=monat, betrag=betrag)
        if neu:
            ablauf.massnahme_idee_festhalten(gespeichert, request.user)
        return gespeichert

    if daten is not None:
        formsets_gueltig = all([partner.is_valid(), plan.is_valid()])
        if formsets_gueltig:
            with transaction.atomic():
                gespeichert = speichern(form, sichern)
                if gespeichert is None:
                    transaction.set_rollback(True)
            if gespeichert is not None:
                messages.success(request, _("Die Maßnahme ist gespeichert."))
                return redirect(gespeichert)
        else:
            form.is_valid()
    titel = _("Maßnahme bearbeiten") if massnahme else _("Neue Maßnahme")
    return render(
        request,
        "sozialraumarbeit/massnahmen/formular.html",
        {
            "form": form,
            "partner": partner,
            "plan": plan,
            "massnahme": massnahme,
            "titel": titel,
            **krumen,
        },
    )


# The agenda -----------------------------------------------------------------------------------


def massnahme_tagesordnung(request, pk: int):
    massnahme = massnahme_fuer(request, pk)
    if not darf_auf_tagesordnung(request.user, massnahme):
        raise PermissionDenied
    form = TagesordnungForm(request.POST or None, massnahme=massnahme, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            beratung = ablauf.massnahme_auf_tagesordnung(
                massnahme, form.cleaned_data["sitzung"], request.user, stand=form.geladener_stand()
            )
        except (ablauf.MassnahmenFehler, ValidationError) as fehler:
            form.add_error(None, _fehlertext(fehler))
        else:
            messages.success(
                request,
                _("Die Maßnahme steht jetzt auf der Tagesordnung: %(top)s.")
                % {"top": beratung.top.titel},
            )
            return redirect(massnahme)
    return render(
        request,
        "sozialraumarbeit/massnahmen/schritt.html",
        {
            "form": form,
            "massnahme": massnahme,
            "titel": _("Auf die Tagesordnung setzen"),
            "hinweis": _(
                "Es entsteht ein Tagesordnungspunkt „Maßnahme beraten: …“ in der gewählten Sitzung."
            ),
            "keine_auswahl": not form.fields["sitzung"].queryset.exists(),
            "zusatz": None,
            "plan": None,
            "budget": [],
            **_krumen(massnahme),
        },
    )


def _fehlertext(fehler) -> str:
    if isinstance(fehler, ValidationError):
        return " ".join(fehler.messages)
    return str(fehler)


# The steps ------------------------------------------------------------------------------------


def massnahme_schritt(request, pk: int, schritt: str):
    if schritt not in SCHRITTE:
        raise Http404
    massnahme = massnahme_fuer(request, pk)
    art = SCHRITTE[schritt]
    if not art.darf(request.user, massnahme):
        raise PermissionDenied
    daten = request.POST if request.method == "POST" else None
    form = art.form(daten, massnahme=massnahme, user=request.user)
    zusatz = ZusatzplanFormSet(daten, prefix="plan") if schritt == "verlaengern" else None
    plan = ablauf.monatsplan(massnahme)
    if daten is not None and all([form.is_valid(), zusatz is None or zusatz.is_valid()]):
        try:
            art.ausfuehren(massnahme, request.user, form.werte(), form.geladener_stand(), zusatz)
        except (ablauf.MassnahmenFehler, ValidationError) as fehler:
            form.add_error(None, _fehlertext(fehler))
        except Ueberholt as fehler:
            form.add_error(None, str(fehler))
        else:
            massnahme.refresh_from_db()
            messages.success(
                request,
                _("Gespeichert: die Maßnahme ist jetzt „%(stand)s“.")
                % {"stand": massnahme.get_status_display()},
            )
            return redirect(massnahme.get_absolute_url() + "#verlauf")
    elif daten is None and not art.moeglich(massnahme):
        messages.info(
            request,
            _("Dieser Schritt ist im Stand „%(stand)s“ nicht möglich.")
            % {"stand": massnahme.get_status_display()},
        )
    return render(
        request,
        "sozialraumarbeit/massnahmen/schritt.html",
        {
            "form": form,
            "zusatz": zusatz,
            "massnahme": massnahme,
            "titel": SCHRITT_TEXTE[schritt],
            "hinweis": art.hinweis,
            "plan": sorted(plan.items()) if schritt == "vereinbaren" else None,
            "budget": _budgetwirkung(massnahme, plan) if schritt == "vereinbaren" and plan else [],
            "keine_auswahl": False,
            **_krumen(massnahme),
        },
    )
