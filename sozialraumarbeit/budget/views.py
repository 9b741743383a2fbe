"""The budget pages: the year overview, a Regionalraum's year, setting a budget, booking a payout.

Who may do what: permissions.py. The numbers: stand.py (from massnahmen/budget.py).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sozialraum.werkzeuge.konflikt import speichern

from ..models import Auszahlung, Budget
from .buchung import BuchungAbgelehnt, auszahlung_buchen
from .forms import AuszahlungForm, BudgetForm, JahrForm
from .permissions import (
    darf_buchen,
    darf_budgets_sehen,
    darf_festlegen,
    regionalraeume_lesbar,
    regionalraum_fuer,
)
from .stand import euro_text, jahr_gueltig, monatstabelle, uebersicht


class _Pfad:
    """Breadcrumbs after "Start": (title, url) pairs, the last one the page itself."""

    def __init__(self, *eintraege):
        self.eintraege = eintraege

    def brotkrumen(self) -> list[tuple[str, str]]:
        return list(self.eintraege)


def _pfad(jahr: int, regionalraum, *weiter: str) -> _Pfad:
    return _Pfad(
        (
            _("Budgets %(jahr)s") % {"jahr": jahr},
            reverse("sozialraumarbeit:budget_jahr", kwargs={"jahr": jahr}),
        ),
        (
            regionalraum.name,
            reverse(
                "sozialraumarbeit:budget_regionalraum", kwargs={"jahr": jahr, "pk": regionalraum.pk}
            ),
        ),
        *((w, "") for w in weiter),
    )


def jahr_oder_404(jahr: int | None) -> int:
    """The year of the URL (this year if none); a year outside the planning range is 404."""
    if jahr is None:
        return timezone.localdate().year
    if not jahr_gueltig(jahr):
        raise Http404
    return jahr


def budget_uebersicht(request, jahr: int | None = None):
    """Every Regionalraum she may read, in one year.

    Queries: the session and user, her object rights (one), the Regionalräume with their
    Jugendamt, the budgets, what is bound (plans, payouts of broken-off measures), what is
    paid out: the same number for any number of Regionalräume and measures.
    """
    if not darf_budgets_sehen(request.user):
        raise PermissionDenied
    jahr = jahr_oder_404(jahr)
    wahl = JahrForm(request.GET or None, initial={"jahr": jahr})
    if request.GET and wahl.is_valid():
        return redirect("sozialraumarbeit:budget_jahr", jahr=wahl.cleaned_data["jahr"])
    daten = uebersicht(jahr, regionalraeume_lesbar(request.user))
    return render(
        request,
        "sozialraumarbeit/budget/uebersicht.html",
        {
            "jahr": jahr,
            "wahl": wahl,
            "uebersicht": daten,
            "warnungen": [z for z in daten.zeilen if z.hinweis.warnt],
            "herunterladen": _links("sozialraumarbeit:budget_export", {"jahr": jahr}),
        },
    )


def _links(url_name: str, kwargs: dict) -> list[tuple[str, str]]:
    return [
        (reverse(url_name, kwargs={**kwargs, "format": f}), name)
        for f, name in (("csv", "CSV"), ("xlsx", "Excel (XLSX)"))
    ]


def budget_regionalraum(request, jahr: int, pk):
    """A Regionalraum's year: the months, the measures planned in it, payouts, the history.

    Queries: the session and user, her object rights, the Regionalraum, the budget, what is
    bound (two), what is paid out, the measures with their sums, the budget's history with
    who changed it, the year's payouts with the measure and who booked them.
    """
    regionalraum = regionalraum_fuer(request, pk)
    jahr = jahr_oder_404(jahr)
    tabelle = monatstabelle(regionalraum, jahr)
    budget = tabelle.stand.budget
    verlauf = (
        list(budget.history.select_related("history_user").order_by("-history_date")[:50])
        if budget
        else []
    )
    auszahlungen = (
        Auszahlung.objects.filter(massnahme__regionalraum=regionalraum, monat__year=jahr)
        .select_related("massnahme", "gebucht_von")
        .order_by("-monat", "-created_at", "-pk")
    )
    return render(
        request,
        "sozialraumarbeit/budget/regionalraum.html",
        {
            "jahr": jahr,
            "regionalraum": regionalraum,
            "tabelle": tabelle,
            "budget": budget,
            "verlauf": verlauf,
            "auszahlungen": auszahlungen,
            "pfad": _pfad(jahr, regionalraum),
            "darf_festlegen": darf_festlegen(request.user, regionalraum),
            "darf_buchen": darf_buchen(request.user, regionalraum),
            "herunterladen": _links(
                "sozialraumarbeit:budget_export_monate", {"jahr": jahr, "pk": regionalraum.pk}
            ),
        },
    )


def budget_festlegen(request, jahr: int, pk):
    """Set or change the Regionalraum's budget of the year (with the conflict check)."""
    regionalraum = regionalraum_fuer(request, pk, festlegen=True)
    jahr = jahr_oder_404(jahr)
    budget = Budget.objects.filter(regionalraum=regionalraum, jahr=jahr).first() or Budget(
        regionalraum=regionalraum, jahr=jahr
    )
    form = BudgetForm(request.POST or None, instance=budget)
    gespeichert = False
    if request.method == "POST":
        try:
            gespeichert = speichern(form)
        except IntegrityError:  # somebody set this year's budget at the same moment
            form.add_error(
                None,
                _(
                    "Inzwischen hat jemand anderes ein Budget für dieses Jahr festgelegt. Bitte "
                    "laden Sie die Seite neu und prüfen Sie den neuen Stand."
                ),
            )
    if gespeichert:
        stand = monatstabelle(regionalraum, jahr).zeile
        messages.success(
            request,
            _("Das Budget %(jahr)s für %(raum)s ist gespeichert: %(betrag)s.")
            % {"jahr": jahr, "raum": regionalraum.name, "betrag": euro_text(form.instance.betrag)},
        )
        if stand.hinweis.stufe == "ueberbucht":
            messages.warning(
                request,
                _(
                    "Achtung: Die vereinbarten Maßnahmen binden %(gebunden)s, das Budget ist "
                    "%(hinweis)s."
                )
                % {"gebunden": euro_text(stand.gebunden), "hinweis": stand.hinweis.text},
            )
        return redirect("sozialraumarbeit:budget_regionalraum", jahr=jahr, pk=regionalraum.pk)
    return render(
        request,
        "sozialraumarbeit/budget/festlegen.html",
        {
            "form": form,
            "jahr": jahr,
            "regionalraum": regionalraum,
            "budget": budget,
            "pfad": _pfad(jahr, regionalraum, _("Budget festlegen")),
        },
    )


def budget_auszahlung(request, jahr: int, pk):
    """Book a payout to an agreed measure of the Regionalraum (rules: buchung.py)."""
    regionalraum = regionalraum_fuer(request, pk, buchen=True)
    jahr = jahr_oder_404(jahr)

    def formular(bestaetigung: bool) -> AuszahlungForm:
        return AuszahlungForm(
            request.POST or None, regionalraum=regionalraum, jahr=jahr, bestaetigung=bestaetigung
        )

    form = formular("mehr_bestaetigt" in request.POST)
    if request.method == "POST" and form.is_valid():
        daten = form.cleaned_data
        try:
            auszahlung = auszahlung_buchen(
                daten["massnahme"],
                form.monat_datum,
                daten["betrag"],
                request.user,
                notiz=daten["notiz"],
                mehr_bestaetigt=daten.get("mehr_bestaetigt", False),
            )
        except BuchungAbgelehnt as fehler:
            if fehler.ueber_plan and "mehr_bestaetigt" not in form.fields:
                form = formular(True)  # now offer the confirmation, with the input kept
                form.is_valid()
            form.add_error("mehr_bestaetigt" if fehler.ueber_plan else "massnahme", str(fehler))
        else:
            messages.success(
                request,
                _("Gebucht: %(betrag)s an „%(titel)s“ im %(monat)s.")
                % {
                    "betrag": euro_text(auszahlung.betrag),
                    "titel": auszahlung.massnahme.titel,
                    "monat": form.fields["monat"].choices[auszahlung.monat.month - 1][1],
                },
            )
            return redirect("sozialraumarbeit:budget_regionalraum", jahr=jahr, pk=regionalraum.pk)
    return render(
        request,
        "sozialraumarbeit/budget/auszahlung.html",
        {
            "form": form,
            "jahr": jahr,
            "regionalraum": regionalraum,
            "pfad": _pfad(jahr, regionalraum, _("Auszahlung buchen")),
            "keine_massnahme": not form.fields["massnahme"].queryset.exists(),
        },
    )
