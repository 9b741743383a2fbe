from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sozialraum.models import Quartier, Sozialraum
from sozialraum.werkzeuge.felder import moeglicher_wert
from sozialraum.werkzeuge.konflikt import KonfliktForm
from sozialraumarbeit.models import Barriere, Ressource
from sozialraumarbeit.models.raumwissen import HINWEIS_PERSONEN
from traeger.models import Einrichtung, Kontakt, Traeger
from traeger.models.kontakte import eigene_traeger_ids
from traeger.suche import TraegerSuche

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
# Rendered by sozialraumarbeit/raumwissen/_auswahl.html (and swapped by htmx): the Quartiere
# and Einrichtungen of the chosen Sozialraum, the Träger found by typing.
ORTE = ("quartier", "einrichtung")
INHALT = ("art", "titel", "beschreibung")
AUSWAHL = ("traeger", "traeger_suche", *ORTE)
# The button (without JavaScript) that shows the Quartiere and Einrichtungen of the
# Sozialraum chosen since the page was loaded, and the hidden field naming the one they are of.
ORTE_ZEIGEN = "orte_zeigen"
ORTE_VON = "orte_von"


class EinrichtungFeld(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.name} ({obj.traeger.name})"


class EintragForm(TraegerSuche, KonfliktForm):
    """A Ressource or a Barriere in the normal UI (the model is chosen by the view).

    Never a list of every Träger or Einrichtung of the city: the Träger is found by typing
    (traeger/suche.py), the Quartier and the Einrichtung are those of the chosen Sozialraum
    (and the chosen one, so that a stored choice is shown, and refused at its field if it
    lies elsewhere)."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sozialraum"].queryset = Sozialraum.objects.order_by("name")
        self.sozialraum_id = self._gewaehlt("sozialraum")
        im_sozialraum = Q(sozialraum_id=self.sozialraum_id) if self.sozialraum_id else Q(pk=None)
        self.fields["quartier"].queryset = Quartier.objects.filter(
            im_sozialraum | Q(pk=self._behalten("quartier"))
        ).order_by("name")
        self.fields["einrichtung"].queryset = (
            Einrichtung.objects.filter(
                (im_sozialraum & Q(archiviert=False)) | Q(pk=self._behalten("einrichtung"))
            )
            .select_related("traeger")
            .only("pk", "name", "sozialraum_id", "traeger_id", "traeger__name")
            .order_by("name", "pk")
        )
        self.fields["einrichtung"].help_text = _(
            "Die Einrichtungen des gewählten Sozialraums. Ohne gewählten Träger wird der "
            "Träger der Einrichtung übernommen."
        )
        self.fields["traeger"].empty_label = _("kein Träger")
        self.fields["traeger"].help_text = _(
            "Wenn es zu einem Träger gehört (eine Schule, ein Verein): suchen, dann in den "
            "Treffern darunter wählen."
        )
        self.fields["eigener_traeger"].queryset = Traeger.objects.filter(
            pk__in=eigene_traeger_ids(user)
        ).order_by("name")
        self.fields["titel"].help_text = HINWEIS_PERSONEN

    def _gewaehlt(self, name: str) -> int | None:
        """The id chosen in field ``name``: sent, or the initial value (or the stored one)."""
        wert = self.data.get(self.add_prefix(name)) if self.is_bound else self.initial.get(name)
        return self._id(name, wert)

    def _behalten(self, name: str) -> int | None:
        """The id offered in field ``name`` even outside the Sozialraum: the sent one (to be
        refused at its field by ``clean``), or the stored one (shown as it is). A choice
        carried over from another Sozialraum (htmx, "Einrichtungen zeigen") is dropped."""
        if self.is_bound:
            return self._id(name, self.data.get(self.add_prefix(name)))
        return getattr(self.instance, f"{name}_id", None)

    def _id(self, name: str, wert) -> int | None:
        wert = getattr(wert, "pk", wert)
        feld = self._meta.model._meta.get_field(name)
        return int(wert) if wert not in (None, "") and moeglicher_wert(feld, wert) else None

    def einrichtungen_im_sozialraum(self) -> int:
        """How many Einrichtungen are offered from the chosen Sozialraum (read out)."""
        return sum(
            1 for e in self.fields["einrichtung"].queryset if e.sozialraum_id == self.sozialraum_id
        )

    @property
    def nur_zeigen(self) -> bool:
        """Without JavaScript: search the Träger ("Suchen"), or show the Quartiere and
        Einrichtungen of a Sozialraum chosen after loading ("Einrichtungen zeigen"); save
        nothing. (Enter in a field presses the form's first button: once the lists fit the
        Sozialraum, the form is saved as she meant.)"""
        if self.nur_suchen:
            return True
        if not (self.is_bound and ORTE_ZEIGEN in self.data):
            return False
        return str(self.sozialraum_id or "") != self.data.get(self.add_prefix(ORTE_VON), "")

    def inhalt_felder(self):
        """What the entry is: its Art, title and description."""
        return [self[name] for name in INHALT]

    def weitere_felder(self):
        """After the Träger: who sees it, and a barrier's status."""
        ausser = ("sozialraum", *INHALT, *AUSWAHL)
        return [f for f in self.visible_fields() if f.name not in ausser]

    def clean(self):
        daten = super().clean()
        sozialraum, quartier = daten.get("sozialraum"), daten.get("quartier")
        if sozialraum and quartier and quartier.sozialraum_id != sozialraum.pk:
            self.add_error("quartier", _("Das Quartier liegt nicht in diesem Sozialraum."))
        einrichtung = daten.get("einrichtung")
        if sozialraum and einrichtung and einrichtung.sozialraum_id != sozialraum.pk:
            self.add_error("einrichtung", _("Die Einrichtung liegt nicht in diesem Sozialraum."))
        traeger = daten.get("traeger")
        if einrichtung and not traeger and "traeger" not in self.errors:
            daten["traeger"] = einrichtung.traeger
        elif traeger and einrichtung and einrichtung.traeger_id != traeger.pk:
            self.add_error("einrichtung", _("Die Einrichtung gehört nicht zu diesem Träger."))
        if daten.get("sichtbarkeit") == Kontakt.Sichtbarkeit.TRAEGER and not daten.get(
            "eigener_traeger"
        ):
            self.add_error(
                "eigener_traeger",
                _("Für „mein Träger“ bitte Ihren Träger wählen."),
            )
        return daten


WIDGETS = {
    "beschreibung": forms.Textarea(attrs={"rows": 4}),
    "traeger": forms.RadioSelect,
}


class RessourceForm(EintragForm):
    class Meta:
        model = Ressource
        fields = GEMEINSAME_FELDER
        widgets = WIDGETS
        field_classes = {"einrichtung": EinrichtungFeld}


class BarriereForm(EintragForm):
    class Meta:
        model = Barriere
        fields = [*GEMEINSAME_FELDER, "status"]
        widgets = WIDGETS
        field_classes = {"einrichtung": EinrichtungFeld}


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
