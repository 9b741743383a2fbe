from django import forms
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sozialraum.models import Jugendamt, Quartier, Sozialraum
from sozialraum.werkzeuge.felder import AuswahlFeld, auswahl_pruefen
from sozialraum.werkzeuge.konflikt import KonfliktForm
from sozialraum.zugang.rollen import ROLLEN

from .models import Ansprechperson, Einrichtung, Traeger
from .netzwerk import STANDARD_MONATE, ZEITRAEUME

# --- Träger-Redaktion: the Träger's own data, its Einrichtungen and Ansprechpersonen ---------


class SozialraeumeFeld(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.name


class TraegerForm(KonfliktForm):
    """The Träger's public data. Trägerschaft and import key stay with the Jugendamt (admin)."""

    sozialraeume = SozialraeumeFeld(
        queryset=Sozialraum.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("tätig in den Sozialräumen"),
    )

    class Meta:
        model = Traeger
        fields = [
            "name",
            "art",
            "beschreibung",
            "strasse",
            "plz",
            "ort",
            "telefon",
            "email",
            "website",
            "sozialraeume",
        ]
        widgets = {"beschreibung": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sozialraeume"].queryset = Sozialraum.objects.order_by("name")


class EinrichtungForm(KonfliktForm):
    """A place of the Träger; Sozialraum and Regionalraum follow from the Quartier."""

    class Meta:
        model = Einrichtung
        fields = [
            "name",
            "art",
            "beschreibung",
            "strasse",
            "plz",
            "ort",
            "quartier",
            "telefon",
            "email",
            "website",
            "oeffnungszeiten",
            "barrierefrei",
            "barrierefrei_hinweis",
            "lat",
            "lon",
        ]
        widgets = {
            "beschreibung": forms.Textarea(attrs={"rows": 4}),
            "oeffnungszeiten": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "quartier": _("Sozialraum und Regionalraum ergeben sich aus dem Quartier."),
            "oeffnungszeiten": _("z. B. „Mo–Fr 14–19 Uhr, in den Ferien geschlossen“"),
            "lat": _("Optional, für die Karte: Dezimalgrad, z. B. 51.9123"),
            "lon": _("Optional, für die Karte: Dezimalgrad, z. B. 11.6034"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A few hundred Quartiere at most, grouped by their Sozialraum.
        quartiere = Quartier.objects.select_related("sozialraum").order_by(
            "sozialraum__name", "name"
        )
        gruppen: dict[str, list] = {}
        for q in quartiere:
            gruppen.setdefault(q.sozialraum.name, []).append((q.pk, q.name))
        feld = self.fields["quartier"]
        feld.queryset = quartiere
        feld.choices = [("", _("– nicht angegeben –")), *gruppen.items()]


class AnsprechpersonForm(KonfliktForm):
    """A contact of the Träger. Public only with a recorded consent (date and scope)."""

    class Meta:
        model = Ansprechperson
        fields = [
            "name",
            "funktion",
            "einrichtung",
            "telefon",
            "email",
            "oeffentlich",
            "einwilligung_am",
            "einwilligung_umfang",
        ]
        widgets = {"einwilligung_am": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        help_texts = {
            "einrichtung": _("Leer lassen, wenn die Person für den ganzen Träger da ist."),
            "telefon": _("Dienstliche Nummer."),
            "email": _("Dienstliche Adresse."),
            "oeffentlich": _(
                "Nur ankreuzen, wenn die Person eingewilligt hat; sonst sehen die Angaben nur "
                "angemeldete Fachkräfte."
            ),
            "einwilligung_am": _("Wann die Person eingewilligt hat (Pflicht für „öffentlich“)."),
        }

    EINWILLIGUNG = ("oeffentlich", "einwilligung_am", "einwilligung_umfang")

    def __init__(self, *args, traeger: Traeger, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.traeger = traeger
        self.fields["einrichtung"].queryset = traeger.einrichtungen.order_by("name")
        self.fields["einrichtung"].empty_label = _("– der ganze Träger –")

    def personen_felder(self):
        return [f for f in self.visible_fields() if f.name not in self.EINWILLIGUNG]

    def einwilligung_felder(self):
        return [f for f in self.visible_fields() if f.name in self.EINWILLIGUNG]

    def clean_einwilligung_am(self):
        datum = self.cleaned_data["einwilligung_am"]
        if datum and datum > timezone.localdate():
            raise forms.ValidationError(_("Die Einwilligung kann nicht in der Zukunft liegen."))
        return datum

    def clean(self):
        daten = super().clean()
        if daten.get("oeffentlich") and not (daten.get("einwilligung_umfang") or "").strip():
            self.add_error(
                "einwilligung_umfang",
                _("Öffentlich nur mit dem Umfang der Einwilligung: Was darf gezeigt werden?"),
            )
        return daten


# --- Rights screen ------------------------------------------------------------------------


class RollenForm(forms.Form):
    rollen = forms.ModelMultipleChoiceField(
        queryset=Group.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("hat die Rollen"),
    )

    def __init__(self, *args, gruppen, **kwargs):
        super().__init__(*args, **kwargs)
        feld = self.fields["rollen"]
        feld.queryset = Group.objects.filter(pk__in=[g.pk for g in gruppen])
        feld.choices = [(g.pk, f"{g.name}: {ROLLEN[g.name]}") for g in gruppen]


class SozialraeumeZuweisenForm(forms.Form):
    """The Sozialräume a person coordinates, as checkboxes grouped by Regionalraum."""

    sozialraeume = forms.ModelMultipleChoiceField(
        queryset=Sozialraum.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("koordiniert die Sozialräume"),
    )

    def __init__(self, *args, auswahl=None, **kwargs):
        super().__init__(*args, **kwargs)
        raeume = (
            (Sozialraum.objects.all() if auswahl is None else auswahl)
            .select_related("regionalraum")
            .order_by("regionalraum__schluessel", "schluessel")
        )
        self._regionalraum = {s.pk: s.regionalraum.name for s in raeume}
        auswahl_pruefen(self)
        feld = self.fields["sozialraeume"]
        feld.queryset = raeume
        feld.choices = [(s.pk, s.name) for s in raeume]

    def gruppen(self) -> list[tuple[str, list]]:
        """The checkboxes per Regionalraum, for one fieldset each."""
        gruppen: dict[str, list] = {}
        for kaestchen in self["sozialraeume"]:
            name = self._regionalraum.get(kaestchen.data["value"], "")
            gruppen.setdefault(name, []).append(kaestchen)
        return list(gruppen.items())


# The parameters of the Vernetzung pages' URLs (views/vernetzung.py). A value that names
# nothing is left out, as a link may be old: the page opens with its defaults.


class KontaktVorgabeForm(forms.Form):
    """What a link fills in on "Kontakt festhalten" (``?traeger=<id>&sozialraum=<id>``)."""

    traeger = AuswahlFeld(Traeger.objects.all(), required=False)
    sozialraum = AuswahlFeld(Sozialraum.objects.all(), required=False)

    def vorgaben(self) -> dict:
        self.is_valid()
        return {name: self.cleaned_data.get(name) for name in self.fields}


class NetzwerkZeitraumForm(forms.Form):
    """The window of a Sozialraum's network (``?monate=12``)."""

    monate = forms.TypedChoiceField(
        choices=[(m, m) for m in ZEITRAEUME], coerce=int, required=False, empty_value=None
    )

    def monate_oder_standard(self) -> int:
        self.is_valid()
        return self.cleaned_data.get("monate") or STANDARD_MONATE


class JugendaemterZuweisenForm(forms.Form):
    """The Jugendämter a Jugendamt-Administration is scoped to (sozialraum/zugang/zustaendigkeit.py)."""

    jugendaemter = forms.ModelMultipleChoiceField(
        queryset=Jugendamt.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("verwaltet die Jugendämter"),
        help_text=_(
            "Leer: keine Beschränkung, sie pflegt das ganze Register. Sonst pflegt sie nur, was "
            "in diesen Jugendämtern liegt, und liest den Rest."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        auswahl_pruefen(self)
        feld = self.fields["jugendaemter"]
        feld.queryset = Jugendamt.objects.order_by("schluessel")
        feld.choices = [(j.pk, j.name) for j in feld.queryset]
