"""The parameters of the search page: its filters (django-filter) and its text.

The filter set is the one list of the search's parameters: the view's suggestions, the
template tags' links (``MEHRFACH``) and the facets (``VERKNUEPFUNGEN``) are derived from it
below. Every parameter goes through a form field, ids and keys through the checked fields of
sozialraum/werkzeuge/felder.py: a bad value is the form's error, never a database error. The text
itself is searched by search.py.
"""

import functools
import html

import django_filters as filters
from django import forms
from django.conf import settings
from django.db.models import Exists, Model, OuterRef, Q
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.choices import BaseChoiceIterator
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from sozialraum.models import Jugendamt, Quartier, Regionalraum, Sozialraum, mehrere_jugendaemter
from sozialraum.werkzeuge.datenstand import behalten
from sozialraum.werkzeuge.felder import AuswahlFeld, MehrfachAuswahlFeld
from sozialraum.werkzeuge.fristen import pruefgrenze
from traeger.models import Barrierefreiheit, Traeger

from . import altersgruppen
from .models import Angebot, Angebotszeit, Kategorie, Sprache, Zielgruppe
from .zeitfenster import UhrzeitFeld, zeitbedingung, zeitfehler

EBENEN = {"j": Jugendamt, "r": Regionalraum, "s": Sozialraum, "q": Quartier}


def gebiet_aus_wert(wert: str, mit_grenze: bool = False):
    """``"s-011001"`` → the Sozialraum with that key, or None; its boundary (GeoJSON, up to
    hundreds of kilobytes) only ``mit_grenze``."""
    ebene, _, schluessel = (wert or "").partition("-")
    model = EBENEN.get(ebene)
    if model is None or not schluessel:
        return None
    gebiete = model.objects.filter(schluessel=schluessel)
    return (gebiete if mit_grenze else gebiete.defer("grenze")).first()


class Normalisiert(BaseChoiceIterator):
    """Choices that are already in Django's normalised form (pairs; groups as a label with a
    list of pairs): Django takes a choice iterator as it is. Otherwise it normalises a
    callable's choices again on every walk, that is Berlin's 755 areas twice per search
    (validation, widget): a fifth of a repeated search's time."""

    def __init__(self, auswahl: list):
        self.auswahl = auswahl

    def __iter__(self):
        return iter(self.auswahl)


def gebiet_auswahl_behalten(stand: str | None = None) -> Normalisiert:
    """:func:`gebiet_auswahl` as plain text, kept per data state and language (a city has
    hundreds of areas: four queries, and a search with an area validates against them)."""

    def rechnen():
        return [
            (
                str(gruppe),
                [(w, str(t)) for w, t in inhalt] if isinstance(inhalt, list) else str(inhalt),
            )
            for gruppe, inhalt in gebiet_auswahl()
        ]

    return Normalisiert(behalten("gebiet_auswahl", [get_language()], rechnen, stand=stand))


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
    if mehrere_jugendaemter():
        ebene = settings.GEBIETSEBENEN[0][1]
        auswahl.append(
            (
                ebene,
                [
                    (f"j-{schluessel}", _("%(name)s (ganzer Bereich)") % {"name": name})
                    for schluessel, name in Jugendamt.objects.order_by("name").values_list(
                        "schluessel", "name"
                    )
                ],
            )
        )
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
            # The standard library's escape, as Django's escape() calls it: without the lazy
            # wrapper and SafeString of each of the ~1,500 calls (a third of the select).
            return (
                f'<option value="{html.escape(wert)}"{markiert}>{html.escape(str(text))}</option>'
            )

        for gruppe, inhalt in self.choices:
            if isinstance(inhalt, list | tuple):
                teile.append(f'<optgroup label="{html.escape(str(gruppe))}">')
                teile += [option(wert, text) for wert, text in inhalt]
                teile.append("</optgroup>")
            else:
                teile.append(option(gruppe, inhalt))
        teile.append("</select>")
        return mark_safe("\n".join(teile))


class SchnelleHaekchen(forms.CheckboxSelectMultiple):
    """Checkboxes rendered in Python, each in its ``<label class="haken">`` (the markup of
    Django's option template inside the search form's label): a template include per
    option cost more than the rest of the filter form (bench/RESULTS.md)."""

    def render(self, name, value, attrs=None, renderer=None):
        ausgewaehlt = {str(v) for v in self.format_value(value)}
        basis = self.build_attrs(self.attrs, attrs)
        kennung = basis.pop("id", None)
        teile = []
        for nummer, (wert, text) in enumerate(self.choices):
            wert = "" if wert is None else str(wert)
            eigene = dict(basis)
            if kennung:
                eigene["id"] = self.id_for_label(kennung, nummer)
            if wert in ausgewaehlt:
                eigene["checked"] = True
            teile.append(
                format_html(
                    '<label class="haken"><input type="checkbox" name="{}" value="{}"{}> {}</label>',
                    name,
                    wert,
                    flatatt(eigene),
                    text,
                )
            )
        return mark_safe("".join(teile))


class CheckboxFilter(filters.BooleanFilter):
    """A checkbox: its method filters when ticked; unticked means "no matter"."""

    field_class = forms.BooleanField


def nur_wenn_angekreuzt(methode):
    def gefiltert(self, qs, name, value):
        return methode(self, qs, name, value) if value else qs

    return gefiltert


class UhrzeitFilter(filters.Filter):
    field_class = UhrzeitFeld


class Suchformular(forms.Form):
    """The search form: its fields come from the filter set, the times are checked together."""

    def clean(self):
        daten = super().clean()
        fehler = zeitfehler(daten)
        if fehler:
            self.add_error(*fehler)
        return daten


class Suchtext(filters.CharFilter):
    """The search text: validated with the filters (a NUL character is the form's error),
    searched by search.suchen on top of them (ranking, corrections), not here."""

    def filter(self, qs, value):
        return qs


class AuswahlFilter(filters.ModelChoiceFilter):
    """A model choice whose value is checked before any query (sozialraum/werkzeuge/felder.py)."""

    field_class = AuswahlFeld


class MehrfachAuswahlFilter(filters.ModelMultipleChoiceFilter):
    """Several model choices, each checked before any query (sozialraum/werkzeuge/felder.py)."""

    field_class = MehrfachAuswahlFeld


class Verknuepfung:
    """A filter over one of the offer's links, the many-to-many field ``field_name``: offers
    linked to one of the chosen objects (EXISTS on the link table). The search counts a
    facet of the same name over the same link table (facetten.py)."""

    @property
    def wertfeld(self) -> str:
        """The field of the linked model that names it in the URL (``?kategorie=<slug>``)."""
        return self.extra.get("to_field_name") or "pk"

    def filter(self, qs, value):
        werte = [value] if isinstance(value, Model) else value
        if not werte:
            return qs
        feld = Angebot._meta.get_field(self.field_name)
        links = feld.remote_field.through.objects.filter(
            **{feld.m2m_field_name(): OuterRef("pk"), f"{feld.m2m_reverse_field_name()}__in": werte}
        )
        return qs.filter(Exists(links))


class Verknuepfungen(Verknuepfung, MehrfachAuswahlFilter):
    """Several linked objects to choose (checkboxes): offers linked to any of them."""


class EineVerknuepfung(Verknuepfung, AuswahlFilter):
    """One linked object to choose (a select)."""


class AngebotFilter(filters.FilterSet):
    q = Suchtext(label=_("Suchbegriff"))
    # Her spelling as typed, uncorrected: the way back from a correction (suche/eingang.py
    # korrigieren_aus); set by a link, not a field of the form.
    genau = CheckboxFilter(label=_("genau diese Schreibweise"), method="filter_genau")
    gebiet = filters.ChoiceFilter(
        label=_("Gebiet"), method="filter_gebiet", empty_label=None, widget=SchnelleAuswahl
    )
    kategorie = Verknuepfungen(
        label=_("Kategorie"),
        field_name="kategorien",
        to_field_name="slug",
        queryset=Kategorie.objects.all(),
        widget=SchnelleHaekchen,
    )
    zielgruppe = Verknuepfungen(
        label=_("Zielgruppe"),
        field_name="zielgruppen",
        to_field_name="slug",
        queryset=Zielgruppe.objects.all(),
        widget=SchnelleHaekchen,
    )
    alter = filters.NumberFilter(
        label=_("Alter des Kindes / der Person"), method="filter_alter", min_value=0, max_value=120
    )
    # The columns of an area's gap table ("Wo fehlen Angebote?", bereiche.py), whose cells
    # link here: an age band without the offers for all ages, or just those.
    altersgruppe = filters.ChoiceFilter(
        label=_("Altersgruppe"),
        choices=altersgruppen.auswahl,
        method="filter_altersgruppe",
        empty_label=_("egal"),
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
    # "dienstags ab 15 Uhr": a slot open at some moment of [ab, bis), with the weekday and
    # the day-part on the same slot (filter_zeit).
    uhrzeit_von = UhrzeitFilter(label=_("ab"), method="filter_zeit")
    uhrzeit_bis = UhrzeitFilter(label=_("bis"), method="filter_zeit")
    jetzt = CheckboxFilter(label=_("jetzt geöffnet"), method="filter_jetzt")
    sprache = EineVerknuepfung(
        label=_("Sprache"),
        field_name="sprachen",
        queryset=Sprache.objects.all(),
        empty_label=_("egal"),
        widget=SchnelleAuswahl,
    )
    kostenfrei = CheckboxFilter(label=_("kostenfrei"), method="filter_kostenfrei")
    barrierefrei = CheckboxFilter(label=_("barrierefrei"), method="filter_barrierefrei")
    ohne_anmeldung = CheckboxFilter(label=_("ohne Anmeldung"), method="filter_ohne_anmeldung")
    geprueft = CheckboxFilter(
        label=_("geprüft in den letzten 12 Monaten"), method="filter_geprueft"
    )
    traeger = AuswahlFilter(
        label=_("Träger"), queryset=Traeger.objects.only("pk"), widget=forms.HiddenInput
    )

    class Meta:
        model = Angebot
        fields: list[str] = []
        form = Suchformular

    def __init__(self, *args, stand: str | None = None, **kwargs):
        """``stand``: the data state if the caller read it already (datenstand.py)."""
        super().__init__(*args, **kwargs)
        # Read once per filter set: validation and rendering both walk the choices.
        self.filters["gebiet"].extra["choices"] = functools.cache(
            functools.partial(gebiet_auswahl_behalten, stand)
        )
        self.filters["geprueft"].label = _("geprüft in den letzten %(n)d Monaten") % {
            "n": settings.PRUEFINTERVALL_MONATE
        }

    def filter_gebiet(self, qs, name, value):
        gebiet = gebiet_aus_wert(value)
        return qs.im_gebiet(gebiet) if gebiet else qs

    def filter_alter(self, qs, name, value):
        if value is None:
            return qs
        return qs.filter(Q(alter_von__isnull=True) | Q(alter_von__lte=value)).filter(
            Q(alter_bis__isnull=True) | Q(alter_bis__gte=value)
        )

    def filter_altersgruppe(self, qs, name, value):
        bedingung = altersgruppen.bedingung(value)
        return qs.filter(bedingung) if bedingung is not None else qs

    def filter_zeit(self, qs, name, value):
        # Weekday, day-part and clock times act together on the same slot: one that is open
        # at some moment of the window (zeitfenster) on that weekday, any weekday without
        # one. Applied once, by whichever of the four filters runs first.
        if getattr(self, "_zeit_gefiltert", False):
            return qs
        self._zeit_gefiltert = True
        bedingung = zeitbedingung(self.form.cleaned_data)
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

    def filter_genau(self, qs, name, value):
        return qs  # read by the search (eingang.korrigieren_aus), filters nothing

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


# Derived from the filter set, the one list of the search's parameters.
# What narrows the search ("genau" only tells how to read its text).
SUCHPARAMETER: list[str] = [n for n in AngebotFilter.base_filters if n != "genau"]
# Parameters that take several values (?kategorie=a&kategorie=b).
MEHRFACH = frozenset(
    name
    for name, filter_ in AngebotFilter.base_filters.items()
    if isinstance(filter_, filters.MultipleChoiceFilter)
)
# The filters over the offer's links, each counted as a facet of its name (facetten.py).
VERKNUEPFUNGEN: dict[str, Verknuepfung] = {
    name: filter_
    for name, filter_ in AngebotFilter.base_filters.items()
    if isinstance(filter_, Verknuepfung)
}
