"""A Träger found by typing, not picked from a list of every Träger of the city.

A form with :class:`TraegerSuche` offers in its field ``traeger`` (checkboxes for several,
radio buttons for one) only the chosen Träger and the hits of its search text
``traeger_suche``. The search runs while typing (htmx: the form's own fragment view renders
``traeger/_traeger_treffer.html`` anew) or, without JavaScript, by the button "Suchen"
(``SUCHEN``), which sends the form back with the hits and saves nothing: the view shows
``form.als_vorgabe()`` in a new, unbound form when ``form.nur_suchen``. The templates:
``traeger/_traeger_suche.html`` (the search box), ``traeger/_traeger_treffer.html`` (the
chosen Träger and the hits).

Used by the Vernetzung's contact form (several Träger) and by the resources and barriers
(one Träger).
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sozialraum.werkzeuge.felder import moeglicher_wert

from .models import Traeger
from .rechte import traeger_suchen

# Hits of the Träger search shown at once.
TREFFER = 12
# The button that searches instead of saving (without JavaScript).
SUCHEN = "traeger_suchen"


class TraegerSuche:
    """Mixin for a (model) form with a Träger field ``traeger``; before the form class."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["traeger_suche"] = forms.CharField(
            label=_("Träger suchen"),
            required=False,
            max_length=100,
            help_text=_("Ein Wort des Namens, z. B. „Kinderhaus“."),
        )
        self.gewaehlt = gewaehlt = self.gewaehlte_traeger()
        # The choices: the chosen Träger and the hits of the search, never all of them.
        # One more than shown: whether to ask her to type more.
        treffer = traeger_suchen(self.suche, TREFFER + 1 + len(gewaehlt)) if self.suche else []
        treffer_ids = [t.pk for t in treffer if t.pk not in gewaehlt]
        self.treffer_ids, self.mehr_treffer = treffer_ids[:TREFFER], len(treffer_ids) > TREFFER
        self.fields["traeger"].queryset = (
            Traeger.objects.filter(pk__in=[*gewaehlt, *self.treffer_ids])
            .only("pk", "name")
            .order_by("name", "pk")
        )

    @property
    def suche(self) -> str:
        quelle = self.data if self.is_bound else self.initial
        return (
            str(quelle.get(self.add_prefix("traeger_suche")) or "")
            .replace("\x00", "")
            .strip()[:100]
        )

    @property
    def nur_suchen(self) -> bool:
        """The button "Suchen" with a search text: show the hits, save nothing. (Enter in
        another field presses the form's first button, this one: with no search text the
        form is saved as she meant.)"""
        return self.is_bound and SUCHEN in self.data and bool(self.suche)

    def als_vorgabe(self) -> dict:
        """The sent values as the initial values of a new, unbound form (the form shown
        again after a search, without error messages for what is not filled in yet)."""
        vorgabe = {}
        for name, feld in self.fields.items():
            schluessel = self.add_prefix(name)
            if isinstance(feld, forms.MultipleChoiceField | forms.ModelMultipleChoiceField):
                vorgabe[name] = self.data.getlist(schluessel)
            elif schluessel in self.data:
                vorgabe[name] = self.data.get(schluessel)
        return vorgabe

    def gewaehlte_traeger(self) -> list[int]:
        """The ids of the chosen Träger: sent, or the initial values (a ModelForm's come
        from its instance: a list of Träger for several, an id for one)."""
        if self.is_bound:
            werte = self.data.getlist(self.add_prefix("traeger"))
        else:
            wert = self.initial.get("traeger")
            einzeln = wert is None or isinstance(wert, str | int | Traeger)
            werte = [wert] if einzeln else list(wert)
        werte = [getattr(w, "pk", w) for w in werte if w not in (None, "")]
        return [int(w) for w in werte if moeglicher_wert(Traeger._meta.pk, w)]
