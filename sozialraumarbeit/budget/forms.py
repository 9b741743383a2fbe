"""Forms of the budget pages and of the admin: a year's budget, a payout, the year switcher."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from sozialraum.werkzeuge.felder import AuswahlFeld
from sozialraum.werkzeuge.konflikt import KonfliktForm

from ..massnahmen.budget import BINDEND
from ..models import Budget, Massnahme
from .stand import JAHR_MIN, jahr_max

GROESSTER_BETRAG = Decimal("9999999999.99")  # max_digits=12, decimal_places=2


def _betrag_pruefen(betrag: Decimal | None, feldname: str) -> Decimal | None:
    if betrag is not None and betrag < 0:
        raise forms.ValidationError(
            _("%(feld)s kann nicht negativ sein.") % {"feld": feldname}, code="negativ"
        )
    return betrag


def _jahr_pruefen(jahr: int | None) -> int | None:
    if jahr is not None and not JAHR_MIN <= jahr <= jahr_max():
        raise forms.ValidationError(
            _("Bitte ein Jahr zwischen %(von)s und %(bis)s angeben.")
            % {"von": JAHR_MIN, "bis": jahr_max()},
            code="jahr",
        )
    return jahr


class BudgetForm(KonfliktForm):
    """The budget of one Regionalraum and year (both given by the page)."""

    class Meta:
        model = Budget
        fields = ["betrag", "notiz"]
        widgets = {"notiz": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "betrag": _("in Euro, z. B. 48000 oder 48000,50"),
            "notiz": _("z. B. Beschluss des Jugendhilfeausschusses, Datum"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["betrag"].localize = True
        self.fields["betrag"].widget.is_localized = True
        self.fields["betrag"].widget.attrs["inputmode"] = "decimal"

    def clean_betrag(self):
        return _betrag_pruefen(self.cleaned_data.get("betrag"), _("Das Budget"))


class BudgetAdminForm(BudgetForm):
    class Meta(BudgetForm.Meta):
        fields = ["regionalraum", "jahr", "betrag", "notiz"]

    def clean_jahr(self):
        return _jahr_pruefen(self.cleaned_data.get("jahr"))


class JahrForm(forms.Form):
    """The year switcher of the overview (GET)."""

    jahr = forms.IntegerField(
        label=_("Jahr"),
        error_messages={"invalid": _("Bitte ein Jahr als Zahl angeben, z. B. 2027.")},
    )

    def clean_jahr(self):
        return _jahr_pruefen(self.cleaned_data.get("jahr"))


def zahlbare_massnahmen(regionalraum):
    """The agreed measures of the Regionalraum, those a payout may go to."""
    return (
        Massnahme.objects.filter(regionalraum=regionalraum, status__in=BINDEND)
        .select_related("traeger")
        .order_by("titel", "pk")
    )


class MassnahmeFeld(AuswahlFeld):
    def label_from_instance(self, obj):
        return f"{obj.titel} ({obj.traeger.name}, {obj.get_status_display()})"


class AuszahlungForm(forms.Form):
    """A payout: which agreed measure, which month of the page's year, how much."""

    massnahme = MassnahmeFeld(
        queryset=Massnahme.objects.none(),
        label=_("Maßnahme"),
        empty_label=_("– bitte wählen –"),
        help_text=_("nur vereinbarte Maßnahmen dieses Regionalraums"),
    )
    monat = forms.TypedChoiceField(label=_("Monat"), coerce=int)
    betrag = forms.DecimalField(
        label=_("Betrag (€)"),
        max_digits=12,
        decimal_places=2,
        localize=True,
        help_text=_("z. B. 1000 oder 1000,50"),
    )
    notiz = forms.CharField(
        label=_("Notiz"),
        max_length=300,
        required=False,
        help_text=_("z. B. Rechnungs- oder Bescheidnummer"),
    )
    mehr_bestaetigt = forms.BooleanField(
        label=_("Ja, mehr auszahlen als der Monatsplan der Maßnahme vorsieht"),
        required=False,
        help_text=_("nur, wenn es so vereinbart ist; sonst wird die Buchung abgelehnt"),
    )

    def __init__(self, *args, regionalraum, jahr: int, bestaetigung: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.jahr = jahr
        if not bestaetigung:
            # Offered only once a payout beyond the plan was refused (views.budget_auszahlung).
            del self.fields["mehr_bestaetigt"]
        self.fields["massnahme"].queryset = zahlbare_massnahmen(regionalraum)
        self.fields["monat"].choices = [
            (n, date_format(datetime.date(jahr, n, 1), "F Y")) for n in range(1, 13)
        ]
        self.fields["betrag"].widget.attrs["inputmode"] = "decimal"

    def clean_betrag(self):
        betrag = self.cleaned_data.get("betrag")
        if betrag is not None and betrag <= 0:
            raise forms.ValidationError(
                _("Der Betrag muss größer als 0,00 € sein."), code="nicht_positiv"
            )
        return betrag

    @property
    def monat_datum(self) -> datetime.date:
        return datetime.date(self.jahr, self.cleaned_data["monat"], 1)
