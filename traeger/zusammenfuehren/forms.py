"""The forms of merging and splitting: both Träger guarded against concurrent edits.

The project's conflict check (sozialraum/werkzeuge/konflikt.py) guards one record per form; a merge
or split changes two Träger, so the form carries a second token for the other one and
checks it the same way, inside the saving transaction (``konflikt.speichern``).
"""

from django import forms
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sozialraum.werkzeuge.felder import MehrfachAuswahlFeld
from sozialraum.werkzeuge.konflikt import (
    KonfliktMixin,
    Ueberholt,
    konflikt_meldung,
    stand_pruefen,
    stand_von,
)

from ..models import Einrichtung, Traeger


class ZweiTraegerMixin(KonfliktMixin):
    """``KonfliktMixin`` for ``traeger``, and a token ``stand_anderer`` for ``anderer``."""

    def __init__(self, *args, traeger: Traeger, anderer: Traeger | None = None, **kwargs):
        self.traeger, self.anderer = traeger, anderer
        super().__init__(*args, **kwargs)
        if anderer is not None:
            self.fields["stand_anderer"] = forms.CharField(
                widget=forms.HiddenInput, required=False, initial=stand_von(anderer)
            )

    def konflikt_objekt(self):
        return self.traeger

    def konflikt_text(self, aktuell, stand) -> str:
        # Two Träger on one page: say which one was changed.
        return f"„{aktuell.name}“: {konflikt_meldung(aktuell, stand)}"

    def clean(self):
        daten = super().clean()
        if self.anderer is None:
            return daten
        geladen = parse_datetime(self.data.get(self.add_prefix("stand_anderer")) or "")
        if geladen is None:
            raise forms.ValidationError(
                _("Das Formular ist unvollständig; bitte laden Sie die Seite neu."),
                code="konflikt",
            )
        try:
            stand_pruefen(self.anderer, geladen, meldung=self.konflikt_text)
        except Ueberholt as fehler:
            raise forms.ValidationError(str(fehler), code="konflikt") from fehler
        return daten


class ZusammenfuehrenForm(ZweiTraegerMixin, forms.Form):
    """Confirm merging ``anderer`` into ``traeger`` (nothing to fill in but the tokens)."""


class EinrichtungenFeld(MehrfachAuswahlFeld):
    def label_from_instance(self, obj) -> str:
        teile = [obj.name, obj.adresse, obj.sozialraum.name if obj.sozialraum_id else ""]
        return " · ".join(t for t in teile if t)


class AufteilenForm(ZweiTraegerMixin, forms.Form):
    """Which Einrichtungen of ``traeger`` go to the other Träger; for a new one also its
    name and kind (``neu=True``)."""

    einrichtungen = EinrichtungenFeld(
        queryset=Einrichtung.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Einrichtungen, die zum anderen Träger gehören"),
        help_text=gettext_lazy(
            "Mit ihnen ziehen ihre Ansprechpersonen um und die Angebote, die nur an diesen "
            "Einrichtungen stattfinden."
        ),
        error_messages={"required": gettext_lazy("Bitte wählen Sie mindestens eine Einrichtung.")},
    )

    def __init__(self, *args, neu: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["einrichtungen"].queryset = self.traeger.einrichtungen.select_related(
            "sozialraum"
        ).order_by("name", "pk")
        if neu:
            self.fields["name"] = forms.CharField(label=_("Name des neuen Trägers"), max_length=300)
            self.fields["traegerschaft"] = forms.ChoiceField(
                label=_("Trägerschaft"),
                choices=Traeger.Traegerschaft.choices,
                initial=self.traeger.traegerschaft,
            )
            self.fields["art"] = forms.ChoiceField(
                label=_("Art"), choices=Traeger.Art.choices, initial=self.traeger.art
            )
            # The tokens travel last; the new Träger's fields come after the Einrichtungen.
            for name in ("stand", "stand_anderer"):
                if name in self.fields:
                    self.fields[name] = self.fields.pop(name)

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        if Traeger.objects.filter(name=name).exists():
            raise forms.ValidationError(
                _(
                    "Einen Träger „%(name)s“ gibt es schon. Wählen Sie ihn als Ziel "
                    "(„an einen bestehenden Träger“) oder geben Sie einen anderen Namen ein."
                ),
                params={"name": name},
            )
        return name

    def neuer_traeger(self) -> Traeger:
        """The new Träger, unsaved, from the form's values."""
        return Traeger(
            name=self.cleaned_data["name"],
            traegerschaft=self.cleaned_data["traegerschaft"],
            art=self.cleaned_data["art"],
        )
