"""The filters of the search page (django-filter). The text query is in search.py."""

import datetime
import functools

import django_filters as filters
from django import forms
from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from sozialraum.fristen import pruefgrenze
from sozialraum.models import Quartier, Regionalraum, Sozialraum
from traeger.models import Barrierefreiheit

from .models import Angebot, Angebotszeit, Kategorie, Sprache, Zielgruppe

EBENEN = {"r": Regionalraum, "s": Sozialraum, "q": Quartier}
TAGESZEITEN = {
    "vormittags": (datetime.time(6), datetime.time(12)),
    "nachmittags": (datetime.time(12), datetime.time(17)),
    "abends": (datetime.time(17), datetime.time(23, 59)),
}


def gebiet_aus_wert(wert: str):
    """``"s-011001"`` → the Sozialraum with that key, or None."""
    ebene, _, schluessel = (wert or "").partition("-")
    model = EBENEN.get(ebene)
    if model is None or not schluessel:
        return None
    return model.objects.filter(schluessel=schluessel).first()


def gebiet_auswahl():
    """Grouped choices of every area, for the area select (one query per level).

    Plain rows, not model instances: the boundaries (GeoJSON) of hundreds of areas are not
    needed here and cost more than the rest of the search page.
    """
    sozialraeume = {}
    for pk, schluessel, name, eltern in Sozialraum.objects.order_by("name").values_list(
        "pk", "schluessel", "name", "regionalraum_id"
    ):
        sozialraeume.setdefault(eltern, []).append((pk, schluessel, name))
    quartiere = {}
    for schluessel, name, eltern in Quartier.objects.order_by("name").values_list(
        "schluessel", "name", "sozialraum_id"
    ):
        quartiere.setdefault(eltern, []).append((schluessel, name))
    auswahl = [("", _("ganze Stadt"))]
    for pk, schluessel, name in Regionalraum.objects.order_by("name").values_list(
        "pk", "schluessel", "name"
    ):
        gruppe = [(f"r-{schluessel}", _("%(name)s (ganzer Bereich)") % {"name": name})]
        for s_pk, s_schluessel, s_name in sozialraeume.get(pk, []):
            gruppe.append((f"s-{s_schluessel}", s_name))
            gruppe += [(f"q-{q}", f"– {q_name}") for q, q_name in quartiere.get(s_pk, [])]
        auswahl.append((name, gruppe))
    return auswahl


class SchnelleAuswahl(forms.Select):
    """A select rendered in Python, markup as Django's template renders it.

    The area select of a city has hundreds of options; through the form templates each
    option costs a template include (bench/RESULTS.md: most of a search page's time).
    """

    def render(self, name, value, attrs=None, renderer=None):
        # Straight from the choices: Django's optgroups() builds a dict of attributes and
        # runs flatatt() for each of the hundreds of options.
        ausgewaehlt = set(self.format_value(value))
        teile = [
            format_html('<select name="{}"{}>', name, flatatt(self.build_attrs(self.attrs, attrs)))
        ]

        def option(wert, text) -> str:
            wert = "" if wert is None else str(wert)
            markiert = " selected" if wert in ausgewaehlt else ""
            return f'<option value="{escape(wert)}"{markiert}>{escape(text)}</option>'

        for gruppe, inhalt in self.choices:
            if isinstance(inhalt, list | tuple):
                teile.append(f'<optgroup label="{escape(gruppe)}">')
                teile += [option(wert, text) for wert, text in inhalt]
                teile.append("</optgroup>")
            else:
                teile.append(option(gruppe, inhalt))
        teile.append("</select>")
        return mark_safe("\n".join(teile))


class CheckboxFilter(filters.BooleanFilter):
    """A checkbox: its method filters when ticked; unticked means "no matter"."""

    field_class = forms.BooleanField


def nur_wenn_angekreuzt(methode):
    def gefiltert(self, qs, name, value):
        return methode(self, qs, name, value) if value else qs

    return gefiltert


class AngebotFilter(filters.FilterSet):
    gebiet = filters.ChoiceFilter(
        label=_("Gebiet"), method="filter_gebiet", empty_label=None, widget=SchnelleAuswahl
    )
    kategorie = filters.ModelMultipleChoiceFilter(
        label=_("Kategorie"),
        field_name="kategorien__slug",
        to_field_name="slug",
        queryset=Kategorie.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        method="filter_exists_kategorie",
    )
    zielgruppe = filters.ModelMultipleChoiceFilter(
        label=_("Zielgruppe"),
        to_field_name="slug",
        queryset=Zielgruppe.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        method="filter_exists_zielgruppe",
    )
    alter = filters.NumberFilter(
        label=_("Alter des Kindes / der Person"), method="filter_alter", min_value=0, max_value=120
    )
    wochentag = filters.ChoiceFilter(
        label=_("Wochentag"),
        choices=Angebotszeit.Wochentag.choices,
        method="filter_zeit",
        empty_label=_("egal"),
    )
    tageszeit = filters.ChoiceFilter(
        label=_("Tageszeit"),
        choices=[
            ("vormittags", _("vormittags")),
            ("nachmittags", _("nachmittags")),
            ("abends", _("abends")),
        ],
        method="filter_zeit",
        empty_label=_("egal"),
    )
    jetzt = CheckboxFilter(label=_("jetzt geöffnet"), method="filter_jetzt")
    sprache = filters.ModelChoiceFilter(
        label=_("Sprache"),
        queryset=Sprache.objects.all(),
        method="filter_exists_sprache",
        empty_label=_("egal"),
    )
    kostenfrei = CheckboxFilter(label=_("kostenfrei"), method="filter_kostenfrei")
    barrierefrei = CheckboxFilter(label=_("barrierefrei"), method="filter_barrierefrei")
    ohne_anmeldung = CheckboxFilter(label=_("ohne Anmeldung"), method="filter_ohne_anmeldung")
    geprueft = CheckboxFilter(
        label=_("geprüft in den letzten 12 Monaten"), method="filter_geprueft"
    )
    traeger = filters.NumberFilter(
        label=_("Träger"), field_name="traeger_id", widget=forms.HiddenInput
    )

    class Meta:
        model = Angebot
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Computed once per filter set: validation and rendering both walk the choices.
        self.filters["gebiet"].extra["choices"] = functools.cache(gebiet_auswahl)
        self.filters["geprueft"].label = _("geprüft in den letzten %(n)d Monaten") % {
            "n": settings.PRUEFINTERVALL_MONATE
        }

    def filter_gebiet(self, qs, name, value):
        gebiet = gebiet_aus_wert(value)
        return qs.im_gebiet(gebiet) if gebiet else qs

    def _exists(self, qs, feld, werte):
        if not werte:
            return qs
        through = getattr(Angebot, feld).through
        spalte = {"kategorien": "kategorie", "zielgruppen": "zielgruppe", "sprachen": "sprache"}[
            feld
        ]
        return qs.filter(
            Exists(through.objects.filter(angebot=OuterRef("pk"), **{f"{spalte}__in": werte}))
        )

    def filter_exists_kategorie(self, qs, name, value):
        return self._exists(qs, "kategorien", value)

    def filter_exists_zielgruppe(self, qs, name, value):
        return self._exists(qs, "zielgruppen", value)

    def filter_exists_sprache(self, qs, name, value):
        return self._exists(qs, "sprachen", [value] if value else [])

    def filter_alter(self, qs, name, value):
        if value is None:
            return qs
        return qs.filter(Q(alter_von__isnull=True) | Q(alter_von__lte=value)).filter(
            Q(alter_bis__isnull=True) | Q(alter_bis__gte=value)
        )

    def filter_zeit(self, qs, name, value):
        # Weekday and time of day act together on the same slot; applied once, by whichever
        # of the two filters runs first.
        if getattr(self, "_zeit_gefiltert", False):
            return qs
        self._zeit_gefiltert = True
        daten = self.form.cleaned_data
        bedingung = Q(angebot=OuterRef("pk"))
        if daten.get("wochentag") not in (None, ""):
            bedingung &= Q(wochentag=int(daten["wochentag"]))
        if daten.get("tageszeit") in TAGESZEITEN:
            beginn, ende = TAGESZEITEN[daten["tageszeit"]]
            bedingung &= Q(von__lt=ende, bis__gt=beginn)
        return qs.filter(Exists(Angebotszeit.objects.filter(bedingung)))

    @nur_wenn_angekreuzt
    def filter_jetzt(self, qs, name, value):
        jetzt = timezone.localtime()
        zeit = Angebotszeit.objects.filter(
            angebot=OuterRef("pk"),
            wochentag=jetzt.weekday(),
            von__lte=jetzt.time(),
            bis__gt=jetzt.time(),
        )
        heute = jetzt.date()
        return qs.filter(Exists(zeit)).filter(
            Q(gueltig_von__isnull=True) | Q(gueltig_von__lte=heute),
            Q(gueltig_bis__isnull=True) | Q(gueltig_bis__gte=heute),
        )

    @nur_wenn_angekreuzt
    def filter_kostenfrei(self, qs, name, value):
        return qs.filter(kosten=Angebot.Kosten.KOSTENFREI)

    @nur_wenn_angekreuzt
    def filter_barrierefrei(self, qs, name, value):
        return qs.filter(barrierefrei=Barrierefreiheit.JA)

    @nur_wenn_angekreuzt
    def filter_ohne_anmeldung(self, qs, name, value):
        return qs.filter(anmeldung=Angebot.Anmeldung.OFFEN)

    @nur_wenn_angekreuzt
    def filter_geprueft(self, qs, name, value):
        # Not stale: the same rule as the freshness mark and the Aktualität dashboard.
        return qs.filter(zuletzt_geprueft__gt=pruefgrenze())
