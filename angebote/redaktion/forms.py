"""The Angebot form of the normal UI (Träger-Redaktion and Jugendamt) and the review forms."""

from django import forms
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from sozialraum.models import Sozialraum
from sozialraum.werkzeuge.konflikt import KonfliktForm

from ..models import Aenderungsvorschlag, Angebot, Angebotszeit
from .felder import ABSCHNITTE, FELDER, WANN
from .pruefung import vorschlag_konflikt_meldung


def _datum(attrs=None):
    return forms.DateInput(attrs={"type": "date", **(attrs or {})}, format="%Y-%m-%d")


class AngebotForm(KonfliktForm):
    """All that a Fachkraft needs to know about an offer; the Träger is fixed by the page.

    On top of the offer's own ``stand`` (``KonfliktForm``), a Redaktion's form carries the
    ``updated_at`` of the offer's pending proposal (``vorschlag_stand``): two people of the
    same Träger editing the same proposal must not overwrite each other either.
    """

    vorschlag_stand = forms.CharField(widget=forms.HiddenInput, required=False)
    alter_von = forms.IntegerField(
        label=_l("Alter von"),
        min_value=0,
        max_value=99,
        required=False,
        help_text=_l("in Jahren; leer = keine untere Grenze"),
    )
    alter_bis = forms.IntegerField(
        label=_l("Alter bis"),
        min_value=0,
        max_value=99,
        required=False,
        help_text=_l("in Jahren; leer = keine obere Grenze"),
    )

    class Meta:
        model = Angebot
        fields = FELDER
        widgets = {
            "beschreibung": forms.Textarea(attrs={"rows": 6}),
            "kategorien": forms.CheckboxSelectMultiple,
            "zielgruppen": forms.CheckboxSelectMultiple,
            "sprachen": forms.CheckboxSelectMultiple,
            "einrichtungen": forms.CheckboxSelectMultiple,
            "sozialraeume": forms.CheckboxSelectMultiple,
            "geschlecht": forms.RadioSelect,
            "kosten": forms.RadioSelect,
            "anmeldung": forms.RadioSelect,
            "barrierefrei": forms.RadioSelect,
            "gueltig_von": _datum(),
            "gueltig_bis": _datum(),
            "telefon": forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
        }
        help_texts = {
            "titel": _l(
                "So, wie Familien es nennen, z. B. „Hausaufgabenhilfe für Grundschulkinder“."
            ),
            "beschreibung": _l(
                "Was passiert dort, was bringt man mit, wie kommt man dazu? Keine Daten von "
                "Klientinnen und Klienten."
            ),
            "einrichtungen": _l("Wo das Angebot stattfindet; nur Einrichtungen dieses Trägers."),
            "sozialraeume": _l("Für wen aus welchen Sozialräumen es gedacht ist."),
            "kosten_hinweis": _l("Pflicht bei einer Gebühr, z. B. „5 € pro Termin“."),
            "sprachen": _l("In welchen Sprachen man sich dort verständigen kann."),
            "gueltig_von": _l("Nur für befristete Angebote."),
        }

    def __init__(self, *args, vorschlag: Aenderungsvorschlag | None = None, **kwargs):
        self.mit_vorschlag = kwargs.pop("mit_vorschlag", False)
        super().__init__(*args, **kwargs)
        self.vorschlag = vorschlag
        if vorschlag is not None:
            self.fields["vorschlag_stand"].initial = vorschlag.updated_at.isoformat()
        self.fields["einrichtungen"].queryset = self.instance.traeger.einrichtungen.order_by("name")
        sozialraeume = self.fields["sozialraeume"]
        sozialraeume.queryset = Sozialraum.objects.select_related("regionalraum").order_by(
            "regionalraum__name", "name"
        )
        sozialraeume.label_from_instance = lambda s: f"{s.name} ({s.regionalraum.name})"
        self.fields["titel"].widget.attrs["autocomplete"] = "off"

    def abschnitte(self) -> list[dict]:
        return [
            {"titel": titel, "felder": [self[n] for n in felder], "zeiten": WANN in felder}
            for titel, felder in ABSCHNITTE
        ]

    def staende(self) -> dict:
        """``updated_at`` of the offer and of its proposal as loaded, for the check under lock."""
        return {
            name: parse_datetime(self.data.get(self.add_prefix(name)) or "")
            for name in ("stand", "vorschlag_stand")
        }

    def clean(self):
        if self.mit_vorschlag and self.instance.pk:
            self._vorschlag_pruefen()
        return super().clean()

    def _vorschlag_pruefen(self) -> None:
        """Refuse the save if the pending proposal was saved by someone since the form loaded."""
        aktuell = (
            Aenderungsvorschlag.objects.ausstehend()
            .filter(angebot=self.instance.pk)
            .select_related("eingereicht_von")
            .first()
        )
        if aktuell is None:
            return  # none then and none now, or withdrawn meanwhile: nothing to overwrite
        geladen = parse_datetime(self.data.get(self.add_prefix("vorschlag_stand")) or "")
        if geladen != aktuell.updated_at:
            raise forms.ValidationError(
                vorschlag_konflikt_meldung(aktuell, geladen), code="konflikt"
            )


class ZeitForm(forms.Form):
    """One weekly slot; a row left empty (or marked "entfernen") is dropped."""

    wochentag = forms.TypedChoiceField(
        label=_l("Wochentag"),
        choices=[("", "–"), *Angebotszeit.Wochentag.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    von = forms.TimeField(
        label=_l("von"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    bis = forms.TimeField(
        label=_l("bis"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )

    def clean(self):
        daten = super().clean()
        werte = [daten.get("wochentag"), daten.get("von"), daten.get("bis")]
        if self.errors:
            return daten
        if all(w is None for w in werte):
            return {}
        if any(w is None for w in werte):
            raise forms.ValidationError(
                _("Bitte Wochentag, Beginn und Ende angeben – oder die Zeile ganz leeren.")
            )
        if daten["von"] >= daten["bis"]:
            self.add_error("bis", _("Das Ende muss nach dem Beginn liegen."))
        return daten


class _ZeitenBasis(forms.BaseFormSet):
    def zeiten(self) -> list[dict]:
        """The cleaned slots of a valid formset, without removed and empty rows."""
        return [
            f.cleaned_data for f in self.forms if f not in self.deleted_forms and f.cleaned_data
        ]


ZeitenFormSet = forms.formset_factory(
    ZeitForm, formset=_ZeitenBasis, extra=2, can_delete=True, max_num=30, validate_max=True
)


def zeiten_formset(daten=None, werte: list | None = None) -> _ZeitenBasis:
    """The formset for the weekly times, filled from JSON values ``[[tag, "HH:MM", "HH:MM"]]``."""
    initial = [{"wochentag": t, "von": von, "bis": bis} for t, von, bis in werte or []]
    return ZeitenFormSet(daten, initial=initial, prefix="zeiten")


# Review ------------------------------------------------------------------------------------


class _StandForm(forms.Form):
    """Carries ``updated_at`` of the proposal (and the offer) as the reviewer saw them."""

    vorschlag_stand = forms.CharField(widget=forms.HiddenInput, required=False)
    angebot_stand = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, vorschlag: Aenderungsvorschlag, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["vorschlag_stand"].initial = vorschlag.updated_at.isoformat()
        self.fields["angebot_stand"].initial = vorschlag.angebot.updated_at.isoformat()

    def staende(self) -> dict:
        return {
            name: parse_datetime(self.cleaned_data.get(name) or "")
            for name in ("vorschlag_stand", "angebot_stand")
        }


class FreigabeForm(_StandForm):
    ueberschreiben = forms.BooleanField(
        label=_l("Ja, der Vorschlag soll die zwischenzeitlichen Änderungen überschreiben."),
        required=False,
    )

    def __init__(self, *args, konflikte: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        if not konflikte:
            del self.fields["ueberschreiben"]


class RueckgabeForm(_StandForm):
    kommentar = forms.CharField(
        label=_l("Was soll die Redaktion ändern?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_l("Die Redaktion sieht den Kommentar am Angebot und bekommt ihn per E-Mail."),
        error_messages={
            "required": _l("Bitte schreiben Sie, was die Redaktion ändern soll."),
        },
    )
