from django import forms
from django.utils.translation import gettext_lazy as _

from sozialraum.models import Quartier, Sozialraum
from sozialraum.werkzeuge.konflikt import KonfliktForm
from sozialraumarbeit.models import Barriere, Ressource
from sozialraumarbeit.models.raumwissen import HINWEIS_PERSONEN
from traeger.models import Einrichtung, Kontakt, Traeger
from traeger.models.kontakte import eigene_traeger_ids

GEMEINSAME_FELDER = [
    "sozialraum",
    "quartier",
    "art",
    "titel",
    "beschreibung",
    "traeger",
    "einrichtung",
    "sichtbarkeit",
    "eigener_traeger",
]


class EintragForm(KonfliktForm):
    """A Ressource or a Barriere in the normal UI (the model is chosen by the view)."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sozialraum"].queryset = Sozialraum.objects.order_by("name")
        self.fields["quartier"].queryset = Quartier.objects.order_by("name")
        self.fields["traeger"].queryset = Traeger.objects.order_by("name")
        self.fields["einrichtung"].queryset = Einrichtung.objects.order_by("name")
        self.fields["eigener_traeger"].queryset = Traeger.objects.filter(
            pk__in=eigene_traeger_ids(user)
        ).order_by("name")
        self.fields["titel"].help_text = HINWEIS_PERSONEN

    def clean(self):
        daten = super().clean()
        sozialraum, quartier = daten.get("sozialraum"), daten.get("quartier")
        if sozialraum and quartier and quartier.sozialraum_id != sozialraum.pk:
            self.add_error("quartier", _("Das Quartier liegt nicht in diesem Sozialraum."))
        traeger, einrichtung = daten.get("traeger"), daten.get("einrichtung")
        if traeger and einrichtung and einrichtung.traeger_id != traeger.pk:
            self.add_error("einrichtung", _("Die Einrichtung gehört nicht zu diesem Träger."))
        if daten.get("sichtbarkeit") == Kontakt.Sichtbarkeit.TRAEGER and not daten.get(
            "eigener_traeger"
        ):
            self.add_error(
                "eigener_traeger",
                _("Für „mein Träger“ bitte Ihren Träger wählen."),
            )
        return daten


class RessourceForm(EintragForm):
    class Meta:
        model = Ressource
        fields = GEMEINSAME_FELDER
        widgets = {"beschreibung": forms.Textarea(attrs={"rows": 4})}


class BarriereForm(EintragForm):
    class Meta:
        model = Barriere
        fields = [*GEMEINSAME_FELDER, "status"]
        widgets = {"beschreibung": forms.Textarea(attrs={"rows": 4})}


FORMULARE = {"ressource": RessourceForm, "barriere": BarriereForm}


def _uebernahme_auswahl():
    """ "nicht übernehmen", then each kind of Ressource and of Barriere, grouped: one choice
    says both what the row becomes and its Art ("barriere:mobilitaet")."""
    return [
        ("", _("nicht übernehmen")),
        (_("als Ressource"), [(f"ressource:{w}", n) for w, n in Ressource.Art.choices]),
        (_("als Barriere"), [(f"barriere:{w}", n) for w, n in Barriere.Art.choices]),
    ]


class UebernahmeZeile(forms.Form):
    """One bullet or paragraph of a TOP's minutes, to become a Ressource, a Barriere, or nothing."""

    typ = forms.ChoiceField(label=_("übernehmen als"), choices=_uebernahme_auswahl, required=False)
    titel = forms.CharField(label=_("Titel"), max_length=200, required=False)
    beschreibung = forms.CharField(
        label=_("Beschreibung"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    sozialraum = forms.ModelChoiceField(
        label=_("Sozialraum"), queryset=Sozialraum.objects.order_by("name"), required=False
    )

    def clean(self):
        daten = super().clean()
        typ, _trenner, art = (daten.get("typ") or "").partition(":")
        daten["typ"], daten["art"] = typ, art
        if not typ:
            return daten
        if not daten.get("titel"):
            self.add_error("titel", _("Bitte einen Titel angeben."))
        if not daten.get("sozialraum"):
            self.add_error("sozialraum", _("Bitte einen Sozialraum wählen."))
        return daten


UebernahmeFormset = forms.formset_factory(UebernahmeZeile, extra=0, max_num=60, validate_max=True)
