from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Case, Q, When
from django.utils.translation import gettext_lazy as _

from sozialraum.models import Regionalraum, Sozialraum
from sozialraum.werkzeuge.konflikt import KonfliktForm, KonfliktMixin, konflikt_meldung
from traeger.models import Einrichtung, Traeger

from .anhang import datei_pruefen
from .models import (
    Aufgabe,
    Beschluss,
    Gremium,
    Mitgliedschaft,
    Sitzung,
    Tagesordnungspunkt,
    Teilnahme,
)
from .sitzung.protokoll import top_bezeichnung, tops_in_reihenfolge


def mitglieder_personen(gremium):
    return (
        get_user_model()
        .objects.filter(
            pk__in=Mitgliedschaft.objects.aktiv().filter(gremium=gremium).values("person")
        )
        .order_by("last_name", "first_name")
    )


def top_auswahl(feld, sitzung) -> None:
    """A TOP choice in agenda order, each named with its number ("TOP 2.1: …"), as on the
    Sitzung page (protokoll.tagesordnung)."""
    reihe = tops_in_reihenfolge(sitzung.tops.all())
    nummern = {top.pk: nummer for top, nummer in reihe}
    stelle = [When(pk=top.pk, then=i) for i, (top, _nummer) in enumerate(reihe)]
    feld.queryset = sitzung.tops.order_by(Case(*stelle, default=len(reihe)), "pk")
    feld.label_from_instance = lambda top: top_bezeichnung(top, nummern.get(top.pk, ""))


class GremiumForm(KonfliktForm):
    """What the Koordination keeps of her Gremium in the normal UI (views/bearbeiten.py):
    everything but the admin's own (active or not, the members inline). "gehört zu" offers
    the Gremien she may see; the model's ``clean`` refuses a circle."""

    ABSCHNITTE = (
        (_("Das Gremium"), ("name", "art", "beschreibung")),
        (_("Gebiet und Zugehörigkeit"), ("sozialraum", "regionalraum", "uebergeordnet")),
        (
            _("Rhythmus"),
            (
                "rhythmus",
                "rhythmus_regel",
                "rhythmus_wochentag",
                "rhythmus_nte",
                "rhythmus_intervall",
                "rhythmus_pause",
            ),
        ),
        (_("Protokolle"), ("sichtbarkeit",)),
    )

    class Meta:
        model = Gremium
        fields = [
            "name",
            "art",
            "beschreibung",
            "sozialraum",
            "regionalraum",
            "uebergeordnet",
            "rhythmus",
            "rhythmus_regel",
            "rhythmus_wochentag",
            "rhythmus_nte",
            "rhythmus_intervall",
            "rhythmus_pause",
            "sichtbarkeit",
        ]
        widgets = {
            "beschreibung": forms.Textarea(attrs={"rows": 4}),
            "sichtbarkeit": forms.RadioSelect,
        }
        help_texts = {
            "sozialraum": _(
                "Leer lassen, wenn das Gremium für einen ganzen Regionalraum oder "
                "die ganze Stadt zuständig ist."
            ),
            "sichtbarkeit": _(
                "„öffentlich“ zeigt das Gremium, seine Sitzungen und freigegebenen Protokolle "
                "auch in den offenen Daten (OParl)."
            ),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        sozialraeume = self.fields["sozialraum"]
        # Names only: an area's boundary is large.
        sozialraeume.queryset = (
            Sozialraum.objects.select_related("regionalraum")
            .only("name", "regionalraum__name")
            .order_by("regionalraum__name", "name")
        )
        sozialraeume.label_from_instance = lambda s: f"{s.name} ({s.regionalraum.name})"
        self.fields["regionalraum"].queryset = Regionalraum.objects.only(
            "name", "schluessel"
        ).order_by("name")
        self.fields["rhythmus_pause"].widget.attrs["inputmode"] = "numeric"
        self._uebergeordnet_waehlen(user)

    def _uebergeordnet_waehlen(self, user) -> None:
        sichtbar = Gremium.objects.sichtbar_fuer(user)
        eltern_id = self.instance.uebergeordnet_id
        # A parent she may not see is neither named nor offered: the field goes, the link
        # stays (construct_instance sets only the form's fields); the page says so.
        self.uebergeordnet_verborgen = bool(
            eltern_id and not sichtbar.filter(pk=eltern_id).exists()
        )
        if self.uebergeordnet_verborgen:
            del self.fields["uebergeordnet"]
            return
        auswahl = sichtbar.filter(Q(aktiv=True) | Q(pk=eltern_id or 0))
        if self.instance.pk:
            auswahl = auswahl.exclude(pk=self.instance.pk)
        feld = self.fields["uebergeordnet"]
        feld.queryset = auswahl.only("name").order_by("name", "pk")
        feld.help_text = _(
            "Das übergeordnete Gremium, z. B. die Lenkungsgruppe einer Fokusgruppe. Zur Wahl "
            "stehen die Gremien, die Sie sehen dürfen."
        )

    def abschnitte(self) -> list[dict]:
        return [
            {"titel": titel, "felder": [self[n] for n in namen if n in self.fields]}
            for titel, namen in self.ABSCHNITTE
        ]


class SitzungForm(KonfliktForm):
    class Meta:
        model = Sitzung
        fields = [
            "titel",
            "datum",
            "beginn",
            "ende",
            "ort_einrichtung",
            "ort_text",
            "status",
            "einladungstext",
        ]
        widgets = {
            "datum": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "beginn": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "ende": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "einladungstext": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, gremium, **kwargs):
        super().__init__(*args, **kwargs)
        orte = Einrichtung.objects.select_related("traeger").order_by("name")
        if gremium.sozialraum_id:
            orte = orte.filter(sozialraum=gremium.sozialraum_id)
        elif gremium.regionalraum_id:
            orte = orte.filter(regionalraum=gremium.regionalraum_id)
        self.fields["ort_einrichtung"].queryset = orte

    def clean(self):
        daten = super().clean()
        if not daten.get("ort_einrichtung") and not daten.get("ort_text"):
            self.add_error(
                "ort_text", _("Bitte einen Ort angeben: eine Einrichtung oder als Text.")
            )
        return daten


class TopForm(KonfliktForm):
    class Meta:
        model = Tagesordnungspunkt
        fields = ["titel", "eltern", "verantwortlich", "dauer_minuten"]

    def __init__(self, *args, sitzung, **kwargs):
        super().__init__(*args, **kwargs)
        andere = sitzung.tops.filter(eltern__isnull=True)
        if self.instance.pk:
            andere = andere.exclude(pk=self.instance.pk)
        self.fields["eltern"].queryset = andere
        self.fields["verantwortlich"].queryset = mitglieder_personen(sitzung.gremium)


class TeilnahmeForm(KonfliktMixin, forms.Form):
    """One radio group per active member, plus guests, one per line; guarded by the
    Sitzung's ``updated_at``, which every save of the attendance moves on."""

    gaeste = forms.CharField(
        label=_("Gäste"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Ein Gast je Zeile, z. B. „Petra Muster (Polizei, Kontaktbereich)“."),
    )

    def __init__(self, *args, sitzung, **kwargs):
        self.sitzung = sitzung
        super().__init__(*args, **kwargs)
        vorhanden = {
            t.mitgliedschaft_id: t.status
            for t in sitzung.teilnahmen.filter(mitgliedschaft__isnull=False)
        }
        self.mitgliedschaften = list(
            Mitgliedschaft.objects.aktiv(sitzung.datum)
            .filter(gremium=sitzung.gremium)
            .exclude(rolle=Mitgliedschaft.Rolle.GAST)
            .select_related("person", "traeger")
        )
        for m in self.mitgliedschaften:
            self.fields[f"m_{m.pk}"] = forms.ChoiceField(
                label=str(m),
                choices=Teilnahme.Status.choices,
                widget=forms.RadioSelect,
                initial=vorhanden.get(m.pk, Teilnahme.Status.ANWESEND),
            )
        if not self.is_bound:
            self.fields["gaeste"].initial = "\n".join(
                t.gast_name for t in sitzung.teilnahmen.filter(mitgliedschaft__isnull=True)
            )

    def konflikt_objekt(self):
        return self.sitzung

    def mitglieder_felder(self):
        return [self[f"m_{m.pk}"] for m in self.mitgliedschaften]


class ProtokollForm(KonfliktMixin, forms.Form):
    """The minutes of all agenda items at once; guarded by the Sitzung's ``updated_at``,
    which every save of the minutes moves on."""

    grund = forms.CharField(
        label=_("Grund der Änderung"),
        required=False,
        max_length=500,
        help_text=_(
            "Das Protokoll ist freigegeben; jede Änderung wird als neue Version festgehalten."
        ),
    )

    def __init__(self, *args, sitzung, **kwargs):
        self.sitzung = sitzung
        super().__init__(*args, **kwargs)
        reihe = tops_in_reihenfolge(sitzung.tops.all())
        self.tops = [top for top, _nummer in reihe]
        for top, nummer in reihe:
            self.fields[f"top_{top.pk}"] = forms.CharField(
                label=top_bezeichnung(top, nummer),
                required=False,
                initial=top.protokoll,
                widget=forms.Textarea(attrs={"rows": 6}),
                help_text=_("Markdown: **fett**, *kursiv*, - Aufzählung, [Link](https://…)"),
            )
        if not sitzung.freigegeben:
            del self.fields["grund"]

    def clean(self):
        daten = super().clean()
        if self.sitzung.freigegeben and not daten.get("grund"):
            self.add_error(
                "grund", _("Bitte angeben, warum das freigegebene Protokoll geändert wird.")
            )
        return daten

    def konflikt_objekt(self):
        return self.sitzung

    def konflikt_text(self, aktuell, stand) -> str:
        """Name the agenda items whose minutes changed since the form was loaded."""
        spaeter = list(
            Tagesordnungspunkt.history.filter(sitzung_id=aktuell.pk, updated_at__gt=stand)
            .select_related("history_user")
            .order_by("-history_date")
        )
        if not spaeter:
            return konflikt_meldung(aktuell, stand)
        titel = list(dict.fromkeys(eintrag.titel for eintrag in spaeter))
        return konflikt_meldung(
            aktuell,
            stand,
            wer=spaeter[0].history_user,
            felder=[_("Protokoll zu „%(top)s“") % {"top": t} for t in titel],
        )

    def top_felder(self):
        return [(top, self[f"top_{top.pk}"]) for top in self.tops]


class BeschlussForm(forms.ModelForm):
    class Meta:
        model = Beschluss
        fields = ["top", "art", "text", "ja", "nein", "enthaltung"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, sitzung, **kwargs):
        super().__init__(*args, **kwargs)
        top_auswahl(self.fields["top"], sitzung)
        # Without a choice (an older form, a script) it is a Beschluss.
        self.fields["art"].required = False

    def clean_art(self):
        return self.cleaned_data.get("art") or Beschluss.Art.BESCHLUSS


class AufgabeForm(forms.ModelForm):
    class Meta:
        model = Aufgabe
        fields = ["top", "was", "person", "traeger", "faellig"]
        widgets = {
            "was": forms.Textarea(attrs={"rows": 2}),
            "faellig": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, sitzung, **kwargs):
        super().__init__(*args, **kwargs)
        top_auswahl(self.fields["top"], sitzung)
        self.fields["person"].queryset = mitglieder_personen(sitzung.gremium)
        self.fields["traeger"].queryset = Traeger.objects.filter(
            pk__in=Mitgliedschaft.objects.aktiv().filter(gremium=sitzung.gremium).values("traeger")
        )


class AnhangForm(forms.Form):
    datei = forms.FileField(label=_("Datei"))

    def clean_datei(self):
        datei = self.cleaned_data["datei"]
        self.endung, self.mime = datei_pruefen(datei)
        return datei
