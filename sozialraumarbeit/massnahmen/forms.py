"""The draft form with its partner and month-plan formsets (the step forms:
forms_schritte.py). The rules live in regeln.py; these forms read input and show its errors.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from sozialraum.models import Sozialraum
from sozialraum.werkzeuge.felder import auswahl_pruefen
from sozialraum.werkzeuge.konflikt import KonfliktForm
from sozialraum.zugang.rollen import koordinierte_sozialraeume
from traeger.models import Traeger

from ..models import Barriere, Kooperationspartner, Massnahme, Monatsbetrag
from .budget import monat_plus, monatsanfang
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
            "barrieren",
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
            "barrieren": forms.CheckboxSelectMultiple,
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

        # The barriers she may see that are still open, in the Sozialräume she may choose
        # (those already linked stay offered, so that saving does not drop them).
        offen = Barriere.objects.sichtbar_fuer(user).filter(beendet_am__isnull=True)
        schon = self.instance.barrieren.all() if self.instance.pk else Barriere.objects.none()
        self.fields["barrieren"].queryset = (
            (offen.exclude(status=Barriere.Status.BEHOBEN) | schon)
            .distinct()
            .select_related("sozialraum")
            .order_by("sozialraum__name", "titel")
        )
        self.fields["barrieren"].label_from_instance = lambda b: (
            f"{b.titel} ({b.sozialraum.name}, {b.get_status_display()})"
        )
        self.fields["barrieren"].help_text = _(
            "Barrieren aus „Ressourcen und Barrieren“ der gewählten Sozialräume, auf die die "
            "Maßnahme antwortet."
        )

    def clean(self):
        daten = super().clean()
        raeume = list(daten.get("sozialraeume") or [])
        fremde = [b for b in daten.get("barrieren") or [] if b.sozialraum not in raeume]
        if fremde:
            self.add_error(
                "barrieren",
                _("„%(titel)s“ liegt in keinem der gewählten Sozialräume.")
                % {"titel": fremde[0].titel},
            )
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
