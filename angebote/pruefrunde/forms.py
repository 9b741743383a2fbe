"""Forms of the Prüfrunden: starting one, closing it, the Träger's note on a place."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from sozialraum.models import Jugendamt, Sozialraum, mehrere_jugendaemter
from sozialraum.werkzeuge.felder import AuswahlFeld

from ..models import Kategorie
from .auswahl import Kriterien
from .token import LAENGSTE_FRIST_TAGE

FRIST_TAGE = 42  # six weeks: two reminders and two weeks after the second


def _datum():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class SozialraumFeld(AuswahlFeld):
    def label_from_instance(self, obj) -> str:
        return f"{obj.name} ({obj.regionalraum.name})"


class StartForm(forms.Form):
    """The selection and the schedule of a new round; the preview counts come from it too."""

    titel = forms.CharField(label=_l("Titel"), max_length=200)
    jugendamt = AuswahlFeld(
        Jugendamt.objects.order_by("name"), required=False, label=_l("Jugendamt")
    )
    sozialraum = SozialraumFeld(
        Sozialraum.objects.select_related("regionalraum").order_by("regionalraum__name", "name"),
        required=False,
        label=_l("Sozialraum"),
        empty_label=_l("alle"),
    )
    kategorie = AuswahlFeld(
        Kategorie.objects.all(), required=False, label=_l("Kategorie"), empty_label=_l("alle")
    )
    monate = forms.IntegerField(
        label=_l("Nur was seit mindestens … Monaten nicht geprüft wurde"),
        min_value=1,
        max_value=120,
        required=False,
        help_text=_l("Leer: unabhängig von der letzten Prüfung. Nie Geprüftes ist immer dabei."),
    )
    gueltig_bis = forms.DateField(
        label=_l("Antwort bis"),
        widget=_datum(),
        help_text=_l("Bis zu diesem Tag gelten die Links in den E-Mails."),
    )
    erinnerung_1_tage = forms.IntegerField(
        label=_l("1. Erinnerung nach … Tagen"),
        min_value=1,
        max_value=LAENGSTE_FRIST_TAGE,
        required=False,
        help_text=_l("Leer: keine Erinnerung."),
    )
    erinnerung_2_tage = forms.IntegerField(
        label=_l("2. Erinnerung nach … Tagen"),
        min_value=1,
        max_value=LAENGSTE_FRIST_TAGE,
        required=False,
        help_text=_l("Leer: keine zweite Erinnerung."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        heute = timezone.localdate()
        self.fields["titel"].initial = _("Prüfrunde %(monat)s") % {
            "monat": date_format(heute, "F Y")
        }
        self.fields["gueltig_bis"].initial = heute + datetime.timedelta(days=FRIST_TAGE)
        self.fields["erinnerung_1_tage"].initial = 14
        self.fields["erinnerung_2_tage"].initial = 28
        if mehrere_jugendaemter():
            self.fields["jugendamt"].empty_label = _("alle")
        else:
            del self.fields["jugendamt"]  # the one Jugendamt is everything anyway
        self.fields["titel"].widget.attrs["autocomplete"] = "off"

    def auswahlfelder(self):
        return [
            self[n] for n in ("jugendamt", "sozialraum", "kategorie", "monate") if n in self.fields
        ]

    def zeitplanfelder(self):
        return [self[n] for n in ("gueltig_bis", "erinnerung_1_tage", "erinnerung_2_tage")]

    def clean_gueltig_bis(self):
        bis = self.cleaned_data["gueltig_bis"]
        heute = timezone.localdate()
        if bis <= heute:
            raise forms.ValidationError(_("Die Frist muss nach dem heutigen Tag liegen."))
        if bis > heute + datetime.timedelta(days=LAENGSTE_FRIST_TAGE):
            raise forms.ValidationError(
                _("Die Frist darf höchstens %(n)d Tage in der Zukunft liegen.")
                % {"n": LAENGSTE_FRIST_TAGE}
            )
        return bis

    def clean(self):
        daten = super().clean()
        erste, zweite = daten.get("erinnerung_1_tage"), daten.get("erinnerung_2_tage")
        if erste and zweite and zweite <= erste:
            self.add_error(
                "erinnerung_2_tage", _("Die 2. Erinnerung muss nach der 1. Erinnerung kommen.")
            )
        if bis := daten.get("gueltig_bis"):
            tage = (bis - timezone.localdate()).days
            for name in ("erinnerung_1_tage", "erinnerung_2_tage"):
                if (wert := daten.get(name)) and wert >= tage and name not in self.errors:
                    self.add_error(name, _("Die Erinnerung muss vor der Frist liegen."))
        return daten

    def kriterien(self) -> Kriterien:
        """The selection from a valid form, or from whatever is valid of it (the preview)."""
        daten = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        return Kriterien(
            jugendamt=daten.get("jugendamt"),
            sozialraum=daten.get("sozialraum"),
            kategorie=daten.get("kategorie"),
            monate=daten.get("monate"),
        )

    def angaben(self) -> dict:
        daten = self.cleaned_data
        return {
            "titel": daten["titel"],
            "gueltig_bis": daten["gueltig_bis"],
            "erinnerung_1_tage": daten.get("erinnerung_1_tage"),
            "erinnerung_2_tage": daten.get("erinnerung_2_tage"),
        }


class SchliessenForm(forms.Form):
    """Carries the round's ``updated_at`` as the page showed it (sozialraum/werkzeuge/konflikt.py)."""

    stand = forms.CharField(widget=forms.HiddenInput, required=False)

    def stand_wert(self) -> datetime.datetime | None:
        return parse_datetime(self.data.get("stand") or "")


class EinrichtungKorrekturForm(forms.Form):
    anmerkung = forms.CharField(
        label=_l("Was hat sich geändert?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=2000,
        help_text=_l(
            "z. B. neue Adresse, Telefonnummer oder Öffnungszeiten, oder dass es die Einrichtung "
            "nicht mehr gibt. Das Jugendamt übernimmt Ihre Angaben. Bitte keine Daten von "
            "Klientinnen und Klienten."
        ),
        error_messages={"required": _l("Bitte beschreiben Sie, was sich geändert hat.")},
    )
