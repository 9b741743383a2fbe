"""The Vernetzung forms: a contact in seconds (``KontaktForm``), what a link fills in, the
network's time window.

The Träger of a contact are found by typing (traeger/suche.py), not picked from a list of
every Träger of the city: the form offers as checkboxes only the chosen ones and the hits
of the search. While typing, htmx asks ``traeger:kontakt_auswahl``.
"""

from collections import Counter

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sozialraum.models import Sozialraum
from sozialraum.werkzeuge.konflikt import KonfliktForm
from sozialraum.zugang.rollen import koordinierte_sozialraeume

from .models import Ansprechperson, Kontakt, Traeger, TraegerZugehoerigkeit
from .suche import TraegerSuche

KEINE_KLIENTEN = _(
    "Keine Namen oder Daten von Klientinnen und Klienten: Kontakte sind Absprachen zwischen "
    "Fachkräften und Organisationen, nie über einen Fall."
)


def sozialraum_vorschlag(traeger: Traeger | None) -> Sozialraum | None:
    """Where a Träger mostly works: the Sozialraum of most of its Einrichtungen."""
    if traeger is None:
        return None
    orte = Counter(
        traeger.einrichtungen.filter(sozialraum__isnull=False).values_list("sozialraum", flat=True)
    )
    if orte:
        return Sozialraum.objects.filter(pk=orte.most_common(1)[0][0]).first()
    return traeger.sozialraeume.order_by("schluessel").first()


def eigener_sozialraum(user, eigene_traeger: list[Traeger]) -> Sozialraum | None:
    """The Sozialraum a new contact of ``user`` most likely belongs to: the one she
    coordinates (the first by name, if several), else the one of her Träger."""
    koordiniert = koordinierte_sozialraeume(user)
    if koordiniert:
        return Sozialraum.objects.filter(pk__in=koordiniert).order_by("name").first()
    if eigene_traeger:
        return sozialraum_vorschlag(eigene_traeger[0])
    return None


class AnsprechpersonenFeld(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        teile = [obj.name, obj.funktion, obj.traeger.name]
        return ", ".join(t for t in teile if t)


class KolleginnenFeld(forms.ModelMultipleChoiceField):
    """Colleagues with an account: "Name, Träger" (the chosen Träger she works for, prefetched
    as ``gewaehlte_zugehoerigkeiten`` by :meth:`KontaktForm._kolleginnen`)."""

    def label_from_instance(self, obj) -> str:
        traeger = [z.traeger.name for z in getattr(obj, "gewaehlte_zugehoerigkeiten", [])]
        return f"{obj}, {' / '.join(traeger) or _('bisher genannt')}"


class KontaktForm(TraegerSuche, KonfliktForm):
    """Few fields, filled in: today, a phone call, the Träger of the page one came from, the
    Sozialraum she works in."""

    # Folded away unless needed.
    WEITERE = ("datum", "eigener_traeger")
    # Rendered together by traeger/_kontakt_auswahl.html (and swapped by htmx).
    AUSWAHL = ("traeger", "traeger_suche", "ansprechpersonen", "kolleginnen")

    ansprechpersonen = AnsprechpersonenFeld(
        queryset=Ansprechperson.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Ansprechpersonen der gewählten Träger"),
    )
    kolleginnen = KolleginnenFeld(
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Kolleg:innen der gewählten Träger im Register"),
        # The choices are the check: only who works for a chosen Träger is offered.
        error_messages={
            "invalid_choice": _(
                "Bitte nur Kolleg:innen wählen, die für einen der gewählten Träger arbeiten."
            )
        },
    )

    class Meta:
        model = Kontakt
        fields = [
            "traeger",
            "ansprechpersonen",
            "kolleginnen",
            "mit_rolle",
            "thema",
            "art",
            "notiz",
            "wiedervorlage",
            "sichtbarkeit",
            "sozialraum",
            "datum",
            "eigener_traeger",
        ]
        widgets = {
            "traeger": forms.CheckboxSelectMultiple,
            "datum": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "wiedervorlage": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "notiz": forms.Textarea(attrs={"rows": 3}),
            "sichtbarkeit": forms.RadioSelect,
        }
        help_texts = {
            "thema": _("z. B. „Übergang Kita – Schule abgestimmt“"),
            "notiz": KEINE_KLIENTEN,
            "sozialraum": _("Der Sozialraum, in dem der Kontakt zählt (Netzwerk, Kontakte)."),
            "wiedervorlage": _(
                "Wann Sie wieder nachfassen wollen; erscheint dann auf Ihrer Startseite."
            ),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["sozialraum"].queryset = Sozialraum.objects.order_by("name")
        eigene = list(Traeger.objects.filter(zugehoerigkeiten__user=user).order_by("name"))
        if eigene:
            self.fields["eigener_traeger"].queryset = Traeger.objects.filter(
                pk__in=[t.pk for t in eigene]
            )
            self.fields["eigener_traeger"].label = _("für meinen Träger")
        else:
            # "mein Träger" would mean "nobody but me" for someone without a Träger.
            del self.fields["eigener_traeger"]
            self.fields["sichtbarkeit"].choices = [
                c for c in Kontakt.Sichtbarkeit.choices if c[0] != Kontakt.Sichtbarkeit.TRAEGER
            ]
        self.fields["traeger"].label = _("mit Träger")
        self.fields["traeger"].help_text = _(
            "Die Organisationen, mit denen Sie Kontakt hatten: suchen, dann in den Treffern "
            "darunter ankreuzen, auch mehrere."
        )
        self.fields["ansprechpersonen"].queryset = (
            Ansprechperson.objects.filter(traeger__in=self.gewaehlt)
            .select_related("traeger")
            .order_by("traeger__name", "name")
        )
        self.fields["kolleginnen"].queryset = self._kolleginnen(self.gewaehlt)

    def _kolleginnen(self, gewaehlt: list[int]):
        """Who may be named: active accounts working for one of the chosen Träger who did not
        object (``in_kontakten_nennbar``), not she herself; and who is already named on this contact (she may since have left the
        Träger: editing the topic must not drop her silently)."""
        zugehoerig = TraegerZugehoerigkeit.objects.filter(traeger__in=gewaehlt)
        bedingung = Q(is_active=True, in_kontakten_nennbar=True, pk__in=zugehoerig.values("user"))
        if self.instance.pk:
            bedingung |= Q(pk__in=self.instance.kolleginnen.values("pk"))
        return (
            get_user_model()
            .objects.filter(bedingung)
            .exclude(pk=self.user.pk)
            .prefetch_related(
                Prefetch(
                    "traeger_zugehoerigkeiten",
                    queryset=zugehoerig.select_related("traeger").order_by("traeger__name"),
                    to_attr="gewaehlte_zugehoerigkeiten",
                )
            )
            .order_by("last_name", "first_name", "username")
        )

    def haupt_felder(self):
        ausser = (*self.WEITERE, *self.AUSWAHL)
        return [f for f in self.visible_fields() if f.name not in ausser]

    def weitere_felder(self):
        return [f for f in self.visible_fields() if f.name in self.WEITERE]

    def clean_datum(self):
        datum = self.cleaned_data["datum"]
        if datum and datum > timezone.localdate():
            raise forms.ValidationError(
                _(
                    "Kontakte werden im Nachhinein festgehalten; für Künftiges die Wiedervorlage nutzen."
                )
            )
        return datum

    def clean(self):
        daten = super().clean()
        eigener = daten.get("eigener_traeger")
        traeger = daten.get("traeger")
        if traeger is not None and not [t for t in traeger if t != eigener]:
            self.add_error(
                "traeger",
                _("Bitte mindestens eine Organisation außer Ihrem eigenen Träger angeben."),
            )
        if daten.get("sichtbarkeit") == Kontakt.Sichtbarkeit.TRAEGER and not eigener:
            self.add_error(
                "sichtbarkeit", _("„mein Träger“ geht nur, wenn Sie Ihren Träger angeben.")
            )
        wiedervorlage, datum = daten.get("wiedervorlage"), daten.get("datum")
        if wiedervorlage and datum and wiedervorlage < datum:
            self.add_error("wiedervorlage", _("Die Wiedervorlage liegt vor dem Kontakt."))
        return daten
