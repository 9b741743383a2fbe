"""The steps of a measure as a table: for each, its form, who may take it, from which
states it is offered, and the operation of ablauf.py it calls (views.massnahme_schritt)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from ..models import Massnahme
from . import ablauf
from .budget import laufzeit_monate
from .forms import plan_verteilen
from .forms_schritte import (
    AbbrechenForm,
    BeendenForm,
    BeratenForm,
    EntscheidenForm,
    EvaluierenForm,
    StartenForm,
    VereinbarenForm,
    VerlaengernForm,
)
from .permissions import darf_beraten, darf_mitwirken, darf_vereinbaren

S = Massnahme.Status


@dataclass(frozen=True)
class Schritt:
    form: type
    darf: Callable  # permissions.py: who may take it
    von: tuple | Callable  # the states it is offered in, or a test of the measure
    ausfuehren: Callable  # (measure, user, form values, stand, extra formset) -> step
    hinweis: str = ""

    def moeglich(self, massnahme) -> bool:
        if callable(self.von):
            return self.von(massnahme)
        return massnahme.status in self.von


def _verlaengerbar(massnahme) -> bool:
    return massnahme.status == S.EVALUIERT and not ablauf.verlaengert_schon(massnahme)


def _verlaengern(massnahme, user, werte, stand, zusatz):
    plan = zusatz.plan()
    if not plan and massnahme.ende is not None:  # none agreed: ablauf.py says so
        ab = massnahme.ende + datetime.timedelta(days=1)
        anzahl = max(laufzeit_monate(ab, werte["neues_ende"]), 1)
        anzahl = min(anzahl, 12)
        plan = plan_verteilen(werte["zusatzsumme"], ab, anzahl)
    return ablauf.massnahme_verlaengern(
        massnahme,
        user,
        neues_ende=werte["neues_ende"],
        zusatzplan=plan,
        zusatzsumme=werte["zusatzsumme"],
        budget_ueberschreiten=werte["budget_ueberschreiten"],
        bemerkung=werte["bemerkung"],
        stand=stand,
    )


SCHRITTE = {
    "beraten": Schritt(
        BeratenForm,
        darf_beraten,
        (S.IDEE, S.ZURUECKGESTELLT),
        lambda m, u, w, s, z: ablauf.massnahme_beraten(m, u, stand=s, **w),
    ),
    "entscheiden": Schritt(
        EntscheidenForm,
        darf_beraten,
        (S.BERATEN,),
        lambda m, u, w, s, z: ablauf.massnahme_entscheiden(m, u, stand=s, **w),
    ),
    "vereinbaren": Schritt(
        VereinbarenForm,
        darf_vereinbaren,
        (S.EMPFOHLEN,),
        lambda m, u, w, s, z: ablauf.massnahme_vereinbaren(m, u, stand=s, **w),
        gettext_lazy(
            "Höchstens 12 Monate. Der Monatsplan muss im Zeitraum liegen und die beantragte "
            "Summe auf den Cent ergeben."
        ),
    ),
    "starten": Schritt(
        StartenForm,
        darf_mitwirken,
        (S.VEREINBART,),
        lambda m, u, w, s, z: ablauf.massnahme_starten(m, u, stand=s, **w),
    ),
    "evaluieren": Schritt(
        EvaluierenForm,
        darf_mitwirken,
        (S.LAEUFT, S.VERLAENGERT),
        lambda m, u, w, s, z: ablauf.massnahme_evaluieren(m, u, stand=s, **w),
    ),
    "verlaengern": Schritt(
        VerlaengernForm,
        darf_vereinbaren,
        _verlaengerbar,
        _verlaengern,
        gettext_lazy(
            "Einmal, um höchstens 12 Monate (24 insgesamt). Bleibt der Monatsplan leer, wird "
            "die zusätzliche Summe gleichmäßig auf die neuen Monate verteilt."
        ),
    ),
    "beenden": Schritt(
        BeendenForm,
        darf_mitwirken,
        (S.EVALUIERT,),
        lambda m, u, w, s, z: ablauf.massnahme_beenden(m, u, stand=s, **w),
    ),
    "abbrechen": Schritt(
        AbbrechenForm,
        darf_mitwirken,
        ablauf.LAUFEND,
        lambda m, u, w, s, z: ablauf.massnahme_abbrechen(m, u, stand=s, **w),
    ),
}

SCHRITT_TEXTE = {
    "beraten": gettext_lazy("Beratung im Sozialraumteam festhalten"),
    "entscheiden": gettext_lazy("Entscheidung der Lenkungsgruppe festhalten"),
    "vereinbaren": gettext_lazy("Vereinbaren"),
    "starten": gettext_lazy("Start festhalten"),
    "evaluieren": gettext_lazy("Evaluieren"),
    "verlaengern": gettext_lazy("Verlängern"),
    "beenden": gettext_lazy("Maßnahme beenden"),
    "abbrechen": gettext_lazy("Maßnahme abbrechen"),
}
