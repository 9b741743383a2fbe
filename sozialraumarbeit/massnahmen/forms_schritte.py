"""One small form per step of a measure, and the form that puts it on an agenda.

Each carries the measure's ``stand`` (sozialraum/werkzeuge/konflikt.py), which the operation
checks with the row locked (ablauf.py); they show only what their step needs.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from gremien.models import Beschluss, Gremium, Sitzung, Tagesordnungspunkt
from gremien.permissions import darf_bearbeiten as gremium_bearbeiten
from gremien.permissions import darf_lesen as gremium_lesen
from gremien.permissions import darf_protokollentwurf_lesen as entwurf_lesen
from sozialraum.werkzeuge.felder import AuswahlFeld, auswahl_pruefen
from sozialraum.werkzeuge.konflikt import stand_von

from ..models import Massnahme
from .budget import monat_plus, spaetestes_ende
from .forms import DATUM, MonatsFeld

S = Massnahme.Status


# The steps ----------------------------------------------------------------------------------


class SchrittForm(forms.Form):
    """What every step form carries: the measure's ``stand`` and the TOP/Beschluss choices
    of its agenda items."""

    stand = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, massnahme: Massnahme, user=None, **kwargs):
        self.massnahme = massnahme
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["stand"].initial = stand_von(massnahme)
        auswahl_pruefen(self)

    def geladener_stand(self):
        """The ``stand`` the form was loaded with; a form without it may not act."""
        stand = parse_datetime(self.data.get(self.add_prefix("stand")) or "")
        if stand is None:
            raise forms.ValidationError(
                _("Das Formular ist unvollständig; bitte laden Sie die Seite neu.")
            )
        return stand

    def werte(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k != "stand"}


def _top_text(top: Tagesordnungspunkt) -> str:
    return f"{top.sitzung.gremium.name}, {top.sitzung.datum:%d.%m.%Y}: {top.titel}"


class BeratenForm(SchrittForm):
    top = AuswahlFeld(
        queryset=Tagesordnungspunkt.objects.none(),
        label=_("Beraten unter"),
        empty_label=None,
        help_text=_("Der Tagesordnungspunkt der Sitzung des Sozialraumteams."),
    )
    bemerkung = forms.CharField(
        label=_("Ergebnis der Beratung"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        feld = self.fields["top"]
        tops = Tagesordnungspunkt.objects.filter(
            massnahme_beraten__massnahme=self.massnahme
        ).select_related("sitzung__gremium")
        # Only agenda items of Gremien she may read (a members-only Gremium stays hidden).
        lesbar = [t.pk for t in tops if gremium_lesen(self.user, t.sitzung.gremium)]
        feld.queryset = tops.filter(pk__in=lesbar).order_by("-sitzung__datum", "pk")
        feld.label_from_instance = _top_text


class EntscheidenForm(SchrittForm):
    ergebnis = forms.ChoiceField(
        label=_("Entscheidung der Lenkungsgruppe"),
        choices=[
            (S.EMPFOHLEN, _("empfohlen")),
            (S.ABGELEHNT, _("abgelehnt")),
            (S.ZURUECKGESTELLT, _("zurückgestellt")),
        ],
        widget=forms.RadioSelect,
    )
    beschluss = AuswahlFeld(
        queryset=Beschluss.objects.none(),
        label=_("Beschluss"),
        empty_label=None,
        help_text=_("Die Beschlüsse der Sitzungen, auf deren Tagesordnung die Maßnahme steht."),
    )
    bemerkung = forms.CharField(
        label=_("Bemerkung"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Bei „zurückgestellt“: was bis zur nächsten Beratung zu klären ist."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        feld = self.fields["beschluss"]
        beschluesse = Beschluss.objects.filter(
            sitzung__tops__massnahme_beraten__massnahme=self.massnahme
        ).select_related("sitzung__gremium")
        # Decisions of draft minutes only for those who may read the draft.
        lesbar = [
            b.pk
            for b in beschluesse
            if (b.sitzung.freigegeben and gremium_lesen(self.user, b.sitzung.gremium))
            or entwurf_lesen(self.user, b.sitzung.gremium)
        ]
        feld.queryset = (
            Beschluss.objects.filter(pk__in=lesbar)
            .select_related("sitzung__gremium")
            .order_by("-sitzung__datum", "pk")
        )
        feld.label_from_instance = lambda b: (
            f"{b.sitzung.gremium.name}, {b.sitzung.datum:%d.%m.%Y}: {b.text[:120]}"
        )


class BudgetFelder(forms.Form):
    budget_ueberschreiten = forms.BooleanField(
        label=_("Budget bewusst überschreiten"),
        required=False,
        help_text=_("Nur mit Begründung unten; sie steht im Verlauf der Maßnahme."),
    )
    bemerkung = forms.CharField(
        label=_("Bemerkung oder Begründung"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class VereinbarenForm(BudgetFelder, SchrittForm):
    beginn = forms.DateField(label=_("Beginn"), widget=DATUM)
    ende = forms.DateField(label=_("Ende"), widget=DATUM, help_text=_("höchstens 12 Monate"))

    field_order = ["beginn", "ende", "budget_ueberschreiten", "bemerkung"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        monate = list(self.massnahme.monatsplan.values_list("monat", flat=True))
        if monate:
            beginn = min(monate)
            letzter = monat_plus(max(monate), 1) - datetime.timedelta(days=1)
            self.fields["beginn"].initial = beginn
            self.fields["ende"].initial = min(letzter, spaetestes_ende(beginn, 12))


class StartenForm(SchrittForm):
    bemerkung = forms.CharField(
        label=_("Bemerkung"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class EvaluierenForm(SchrittForm):
    zielerreichung = forms.ChoiceField(
        label=_("Zielerreichung"),
        choices=Massnahme.Zielerreichung.choices,
        widget=forms.RadioSelect,
    )
    erkenntnisse = forms.CharField(
        label=_("Was wurde gelernt?"), widget=forms.Textarea(attrs={"rows": 5})
    )
    evaluiert_am = forms.DateField(label=_("evaluiert am"), widget=DATUM)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evaluiert_am"].initial = timezone.localdate()


class VerlaengernForm(BudgetFelder, SchrittForm):
    neues_ende = forms.DateField(
        label=_("neues Ende"), widget=DATUM, help_text=_("höchstens 12 Monate mehr, 24 insgesamt")
    )
    zusatzsumme = forms.DecimalField(
        label=_("zusätzliche Summe (€)"), max_digits=12, decimal_places=2, min_value=0
    )

    field_order = ["neues_ende", "zusatzsumme", "budget_ueberschreiten", "bemerkung"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.massnahme.ende:
            ab = self.massnahme.ende + datetime.timedelta(days=1)
            self.fields["neues_ende"].initial = spaetestes_ende(ab, 12)


class ZusatzplanZeile(forms.Form):
    monat = MonatsFeld(label=_("Monat"), required=False)
    betrag = forms.DecimalField(
        label=_("Betrag (€)"), max_digits=12, decimal_places=2, min_value=0, required=False
    )

    def clean(self):
        daten = super().clean()
        if bool(daten.get("monat")) != (daten.get("betrag") is not None):
            raise forms.ValidationError(_("Bitte Monat und Betrag angeben."))
        return daten


class _ZusatzplanBasis(forms.BaseFormSet):
    def plan(self) -> dict:
        plan = {}
        for f in self.forms:
            if f.cleaned_data and f.cleaned_data.get("monat"):
                monat = f.cleaned_data["monat"]
                plan[monat] = plan.get(monat, Decimal("0")) + f.cleaned_data["betrag"]
        return plan


ZusatzplanFormSet = forms.formset_factory(
    ZusatzplanZeile, formset=_ZusatzplanBasis, extra=12, max_num=12, validate_max=True
)


class BeendenForm(SchrittForm):
    bemerkung = forms.CharField(
        label=_("Bemerkung"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class AbbrechenForm(SchrittForm):
    grund = forms.CharField(label=_("Grund des Abbruchs"), widget=forms.Textarea(attrs={"rows": 4}))


# The agenda --------------------------------------------------------------------------------


def sitzungen_fuer_beratung(user):
    """Planned Sitzungen (today or later) of Sozialraumteams and Lenkungsgruppen that ``user``
    may edit: where she may put a measure on the agenda."""
    kandidaten = (
        Sitzung.objects.filter(
            status__in=(Sitzung.Status.GEPLANT, Sitzung.Status.EINGELADEN),
            datum__gte=timezone.localdate(),
            gremium__aktiv=True,
        )
        .filter(
            Q(gremium__art=Gremium.Art.SOZIALRAUMTEAM) | Q(gremium__art=Gremium.Art.LENKUNGSGRUPPE)
        )
        .select_related("gremium")
        .order_by("datum", "beginn")
    )
    erlaubt: dict[int, bool] = {}
    ids = []
    for sitzung in kandidaten[:200]:
        gremium = sitzung.gremium
        if gremium.pk not in erlaubt:
            erlaubt[gremium.pk] = gremium_bearbeiten(user, gremium)
        if erlaubt[gremium.pk]:
            ids.append(sitzung.pk)
    return Sitzung.objects.filter(pk__in=ids).select_related("gremium").order_by("datum", "beginn")


class TagesordnungForm(SchrittForm):
    sitzung = AuswahlFeld(
        queryset=Sitzung.objects.none(),
        label=_("Sitzung"),
        empty_label=None,
        help_text=_(
            "Geplante Sitzungen der Sozialraumteams und Lenkungsgruppen, die Sie bearbeiten dürfen."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        feld = self.fields["sitzung"]
        feld.queryset = sitzungen_fuer_beratung(self.user)
        feld.label_from_instance = lambda s: (
            f"{s.gremium.name} ({s.gremium.get_art_display()}), {s.datum:%d.%m.%Y}"
        )
