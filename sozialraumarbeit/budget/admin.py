"""Budgets and payouts in the admin, for the Jugendamt-Administration (permissions.py).

A scoped administration changes only the records of her Jugendamt's Regionalräume and reads
the others. A payout is booked, never changed (no change permission for any role): a wrong
one is deleted, which its history keeps, and booked anew; booking here follows the same rule
as the budget page (buchung.py).
"""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from sozialraum.admin import SichtbarkeitAdminMixin
from sozialraum.verwaltung.verlauf import VerlaufAdmin
from sozialraum.werkzeuge.konflikt import KonfliktAdminMixin, KonfliktForm

from ..models import Auszahlung, Budget
from .buchung import BuchungAbgelehnt, auszahlung_buchen, auszahlung_pruefen
from .forms import BudgetAdminForm
from .permissions import budgets_im_jugendamt_bearbeitbar


def _budgets_lesbar(user, queryset):
    from .permissions import regionalraeume_lesbar

    return queryset.filter(regionalraum__in=regionalraeume_lesbar(user))


def _auszahlungen_lesbar(user, queryset):
    from .permissions import regionalraeume_lesbar

    return queryset.filter(massnahme__regionalraum__in=regionalraeume_lesbar(user))


@admin.register(Budget)
class BudgetAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    form = BudgetAdminForm
    sichtbar = staticmethod(_budgets_lesbar)
    bearbeitbar = staticmethod(budgets_im_jugendamt_bearbeitbar)
    list_display = ["regionalraum", "jahr", "betrag"]
    list_filter = ["jahr", "regionalraum"]
    list_select_related = ["regionalraum"]
    search_fields = ["regionalraum__name", "notiz"]
    autocomplete_fields = ["regionalraum"]


class AuszahlungAdminForm(KonfliktForm):
    mehr_bestaetigt = forms.BooleanField(
        label=_("Ja, mehr auszahlen als der Monatsplan der Maßnahme vorsieht"), required=False
    )

    class Meta:
        model = Auszahlung
        fields = ["massnahme", "monat", "betrag", "notiz"]

    def clean(self):
        daten = super().clean()
        massnahme, betrag = daten.get("massnahme"), daten.get("betrag")
        if massnahme is not None and betrag is not None and not self.instance.pk:
            try:
                auszahlung_pruefen(
                    massnahme, betrag, mehr_bestaetigt=daten.get("mehr_bestaetigt", False)
                )
            except BuchungAbgelehnt as fehler:
                self.add_error("mehr_bestaetigt" if fehler.ueber_plan else "massnahme", str(fehler))
        return daten


@admin.register(Auszahlung)
class AuszahlungAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    form = AuszahlungAdminForm
    sichtbar = staticmethod(_auszahlungen_lesbar)
    bearbeitbar = staticmethod(
        lambda user, queryset: budgets_im_jugendamt_bearbeitbar(
            user, queryset, "massnahme__regionalraum__"
        )
    )
    list_display = ["massnahme", "monat", "betrag", "gebucht_von", "created_at"]
    list_filter = ["massnahme__regionalraum"]
    list_select_related = ["massnahme", "gebucht_von"]
    search_fields = ["massnahme__titel", "notiz"]
    date_hierarchy = "monat"
    readonly_fields = ["gebucht_von", "created_at"]

    def get_fields(self, request, obj=None):
        felder = ["massnahme", "monat", "betrag", "notiz"]
        return [*felder, "gebucht_von", "created_at"] if obj else [*felder, "mehr_bestaetigt"]

    def has_change_permission(self, request, obj=None):
        return False  # booked, never changed; not even by a superuser

    def save_model(self, request, obj, form, change):
        gebucht = auszahlung_buchen(
            obj.massnahme,
            obj.monat,
            obj.betrag,
            request.user,
            notiz=obj.notiz,
            mehr_bestaetigt=form.cleaned_data.get("mehr_bestaetigt", False),
        )
        obj.pk, obj.monat = gebucht.pk, gebucht.monat
