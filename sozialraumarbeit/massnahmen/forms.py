"""The draft form with its partner and month-plan formsets, and one small form per step.

The rules live in ablauf.py; these forms read input and show its errors. Step forms carry the
measure's ``stand`` (sozialraum/werkzeuge/konflikt.py), which the operation checks with the
row locked.
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
from sozialraum.models import Sozialraum
from sozialraum.werkzeuge.felder import AuswahlFeld, auswahl_pruefen
from sozialraum.werkzeuge.konflikt import KonfliktForm, stand_von
from sozialraum.zugang.rollen import koordinierte_sozialraeume
from traeger.models import Traeger

from ..models import Kooperationspartner, Massnahme, Monatsbetrag
from .budget import monat_plus, monatsanfang, spaetestes_ende
from .permissions import ist_redaktion, ist_verwaltung, traeger_fuer_entwurf

S = Massnahme.Status
MONATSFORMATE = ["%Y-%m", "%Y-%m-%d", "%m/%Y", "%m.%Y", "%d.%m.%Y"]
DATUM = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class MonatsFeld(forms.DateField):
    """A month ("2026-03", as a browser's month input sends it), stored as its first day."""

    widget = forms.DateInput(attrs={"type": "month"}, format="%Y-%m")
    input_formats = MONATSFORMATE
    default_error_messages = {"invalid": _("Bitte einen Monat angeben, z. B. 2026-03.")}

    def to_python(self, value):
        tag = super().to_python(value)
        return monatsanfang(tag) if tag else tag


def plan_verteilen(summe: Decimal, ab: datetime.date, anzahl: int) -> dict:
    """``summe`` spread evenly over ``anzahl`` months from ``ab``, to the cent; the cents
    left over go to the last month."""
    from .budget import euro

    summe = euro(summe)
    teil = (summe / anzahl).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
    plan = {monat_plus(monatsanfang(ab), i): teil for i in range(anzahl)}
    letzter = monat_plus(monatsanfang(ab), anzahl - 1)
    plan[letzter] = euro(teil + summe - teil * anzahl)
    return plan


# The draft ----------------------------------------------------------------------------------


class MassnahmeForm(KonfliktForm):
    verteilen_ab = MonatsFeld(
        label=_("Gleichmäßig verteilen ab Monat"),
        required=False,
        help_text=_(
            "Nur wenn der Monatsplan unten leer ist: die Summe wird auf die Monate verteilt."
        ),
    )
    verteilen_monate = forms.IntegerField(
        label=_("über wie viele Monate"), required=False, min_value=1, max_value=12
    )

    class Meta:
        model = Massnahme
        fields = [
            "titel",
            "traeger",
            "sozialraeume",
            "zielgruppen",
            "bedarf",
            "ziele",
            "ueberpruefung",
            "beantragte_summe",
        ]
        widgets = {
            "bedarf": forms.Textarea(attrs={"rows": 4}),
            "ziele": forms.Textarea(attrs={"rows": 4}),
            "ueberpruefung": forms.Textarea(attrs={"rows": 3}),
            "sozialraeume": forms.SelectMultiple(attrs={"size": 6}),
            "zielgruppen": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["traeger"].queryset = traeger_fuer_entwurf(
            user, Traeger.objects.order_by("name")
        )
        self.fields["sozialraeume"].queryset = Sozialraum.objects.select_related(
            "regionalraum"
        ).order_by("regionalraum__name", "name")
        self.fields["sozialraeume"].label_from_instance = lambda s: (
            f"{s.name} ({s.regionalraum.name})"
        )
        self.fields["sozialraeume"].help_text = _(
            "Alle aus einem Regionalraum: aus dessen Budget wird die Maßnahme bezahlt."
        )

    def clean(self):
        daten = super().clean()
        raeume = list(daten.get("sozialraeume") or [])
        regionalraeume = {s.regionalraum_id for s in raeume}
        if len(regionalraeume) > 1:
            self.add_error(
                "sozialraeume",
                _("Die Sozialräume liegen in verschiedenen Regionalräumen; bitte nur einen."),
            )
        elif raeume:
            self.instance.regionalraum = raeume[0].regionalraum
        traeger = daten.get("traeger")
        if raeume and traeger and len(regionalraeume) == 1:
            # She must take part in what she drafts: the Redaktion of the leading Träger,
            # the Koordination of one of its Sozialräume, the administration of its Jugendamt.
            pruefling = Massnahme(traeger=traeger, regionalraum=raeume[0].regionalraum)
            eigene = koordinierte_sozialraeume(self.user)
            if not (
                ist_verwaltung(self.user, pruefling)
                or ist_redaktion(self.user, pruefling)
                or eigene & {s.pk for s in raeume}
            ):
                self.add_error(
                    "sozialraeume",
                    _(
                        "Bitte mindestens einen Sozialraum wählen, den Sie koordinieren "
                        "(oder einen Ihres Jugendamts)."
                    ),
                )
        if bool(daten.get("verteilen_ab")) != bool(daten.get("verteilen_monate")):
            self.add_error(
                "verteilen_monate",
                _("Zum Verteilen bitte den ersten Monat und die Zahl der Monate angeben."),
            )
        return daten


class PartnerForm(forms.ModelForm):
    class Meta:
        model = Kooperationspartner
        fields = ["traeger", "name", "art", "rolle"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        auswahl_pruefen(self)
        self.fields["traeger"].queryset = Traeger.objects.order_by("name")
        self.fields["traeger"].required = False

    def clean(self):
        daten = super().clean()
        if not daten.get("traeger") and not (daten.get("name") or "").strip():
            if daten.get("rolle"):
                raise forms.ValidationError(
                    _("Bitte einen Träger wählen oder den Partner benennen.")
                )
        elif daten.get("traeger") and not (daten.get("name") or "").strip():
            daten["art"] = Kooperationspartner.Art.TRAEGER
        return daten

    def has_changed(self):
        # An untouched empty row (only "Art" preselected) is no partner.
        felder = ("traeger", "name", "rolle")
        return any(self.data.get(self.add_prefix(f)) for f in felder) or bool(
            self.instance.pk and super().has_changed()
        )


class MonatsbetragForm(forms.ModelForm):
    monat = MonatsFeld(label=_("Monat"))

    class Meta:
        model = Monatsbetrag
        fields = ["monat", "betrag"]

    def clean_betrag(self):
        betrag = self.cleaned_data["betrag"]
        if betrag is not None and betrag < 0:
            raise forms.ValidationError(_("Der Betrag darf nicht negativ sein."))
        return betrag


class _PlanBasis(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        gesehen = set()
        for form in self.forms:
            if not form.cleaned_data or form in self.deleted_forms:
                continue
            monat = form.cleaned_data.get("monat")
            if monat in gesehen:
                raise forms.ValidationError(
                    _("Der Monat %(monat)s steht zweimal im Plan.") % {"monat": f"{monat:%m/%Y}"}
                )
            gesehen.add(monat)

    def plan(self) -> dict:
        return {
            f.cleaned_data["monat"]: f.cleaned_data["betrag"]
            for f in self.forms
            if f.cleaned_data and f not in self.deleted_forms and f.cleaned_data.get("monat")
        }


PartnerFormSet = forms.inlineformset_factory(
    Massnahme, Kooperationspartner, form=PartnerForm, extra=2, can_delete=True, max_num=30
)


def plan_formset(daten=None, instance=None):
    vorhanden = instance.monatsplan.count() if instance and instance.pk else 0
    klasse = forms.inlineformset_factory(
        Massnahme,
        Monatsbetrag,
        form=MonatsbetragForm,
        formset=_PlanBasis,
        extra=12 if not vorhanden else 2,
        can_delete=True,
        max_num=36,
        validate_max=True,
    )
    return klasse(daten, instance=instance, prefix="plan")


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
