"""Forms of Gremien that work together (issue #16): memberships with delegations and
stand-ins, ending them, passing a Beschluss on. Kept by whoever edits the Gremium
(views/mitglieder.py, views/weitergabe.py)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sozialraum.werkzeuge.konflikt import KonfliktForm, KonfliktMixin
from traeger.models import Traeger

from ..models import Gremium, Mitgliedschaft, Weitergabe
from ..permissions import waehlbare_personen


class MitgliedschaftWahl(forms.ModelChoiceField):
    """A membership named with its Gremium: "Fokusgruppe Bildung: Katrin Wagner, Moderation"."""

    def label_from_instance(self, obj):
        return f"{obj.gremium.name}: {obj}"


class MitgliedschaftForm(KonfliktForm):
    """A membership of a Gremium, kept by whoever edits the Gremium (views/mitglieder.py)."""

    class Meta:
        model = Mitgliedschaft
        fields = ["person", "traeger", "rolle", "von", "bis", "entsandt_von", "vertretung_fuer"]
        field_classes = {"entsandt_von": MitgliedschaftWahl}
        widgets = {
            "von": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "bis": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "person": _(
                "Eine Person, die in einem Ihrer Gremien mitarbeitet, oder leer, wenn ein Träger "
                "Mitglied ist. Wer noch in keinem Gremium ist, trägt die Jugendamt-Administration "
                "ein."
            ),
            "vertretung_fuer": _("Nur bei der Rolle Vertretung: wen diese Person vertritt."),
        }

    def __init__(self, *args, gremium, user, **kwargs):
        self.gremium = gremium
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = waehlbare_personen(user, gremium)
        self.fields["traeger"].queryset = Traeger.objects.order_by("name")
        andere = Gremium.objects.sichtbar_fuer(user).exclude(pk=gremium.pk)
        quellen = Q(
            pk__in=Mitgliedschaft.objects.aktiv()
            .filter(gremium__in=andere.values("pk"))
            .values("pk")
        )
        if self.instance.entsandt_von_id:  # the current one stays a choice
            quellen |= Q(pk=self.instance.entsandt_von_id)
        self.fields["entsandt_von"].queryset = (
            Mitgliedschaft.objects.filter(quellen)
            .select_related("gremium", "person", "traeger")
            .order_by("gremium__name", "person__last_name", "traeger__name", "pk")
        )
        self.fields["entsandt_von"].help_text = _(
            "Nur für Delegierte: ihre Mitgliedschaft im entsendenden Gremium. Person und Träger "
            "werden von dort übernommen, wenn sie hier leer bleiben."
        )
        vertretene = Mitgliedschaft.objects.filter(gremium=gremium).select_related(
            "person", "traeger"
        )
        if self.instance.pk:
            vertretene = vertretene.exclude(pk=self.instance.pk)
        self.fields["vertretung_fuer"].queryset = vertretene

    def clean(self):
        daten = super().clean()
        quelle = daten.get("entsandt_von")
        if quelle and not daten.get("person") and not daten.get("traeger"):
            daten["person"], daten["traeger"] = quelle.person, quelle.traeger
        return daten


class MitgliedschaftBeendenForm(KonfliktMixin, forms.Form):
    """Ending a membership on a date; guarded by the membership's ``updated_at``."""

    bis = forms.DateField(
        label=_("endet am"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Delegationen aus dieser Mitgliedschaft und ihre Vertretungen enden mit."),
    )

    def __init__(self, *args, mitgliedschaft, **kwargs):
        self.mitgliedschaft = mitgliedschaft
        super().__init__(*args, **kwargs)

    def konflikt_objekt(self):
        return self.mitgliedschaft


class WeitergabeForm(KonfliktMixin, forms.ModelForm):
    """Passing a Beschluss on; guarded by the Beschluss' ``updated_at`` (what is passed on
    is the text as loaded)."""

    class Meta:
        model = Weitergabe
        fields = ["ziel_gremium", "titel", "hinweis"]
        widgets = {"hinweis": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, beschluss, user, **kwargs):
        self.beschluss = beschluss
        super().__init__(*args, **kwargs)
        self.fields["ziel_gremium"].queryset = (
            Gremium.objects.sichtbar_fuer(user)
            .filter(aktiv=True)
            .exclude(pk=beschluss.sitzung.gremium_id)
            .order_by("name")
        )
        self.fields["ziel_gremium"].help_text = _(
            "Der Punkt kommt auf die Tagesordnung der nächsten geplanten Sitzung dieses "
            "Gremiums, sonst auf die nächste, die angelegt wird."
        )

    def konflikt_objekt(self):
        return self.beschluss

    def _post_clean(self):
        # The operation (gremien/weitergabe.py) sets the rest and checks the rules.
        pass
