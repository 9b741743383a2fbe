"""What the budget pages and files show, from the arithmetic in massnahmen/budget.py.

The pages and the CSV/XLSX files read the same :class:`Uebersicht` and :class:`Monatstabelle`,
so a file has exactly the numbers of its page. The warning: a Regionalraum whose remaining
budget falls below :data:`WARNSCHWELLE` of its budget is "knapp" ("noch 8 % frei"), one with
a negative remainder "überbucht" ("überbucht um 1.250,00 €"), one with bound money but no
budget for the year "ohne Budget".
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from django.db.models import DecimalField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce, ExtractYear
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from ..massnahmen.budget import BINDEND, NULL, Jahresstand, euro, jahresstaende
from ..models import Auszahlung, Massnahme, Monatsbetrag

# Below this share of its budget still free, a Regionalraum is shown as "knapp".
WARNSCHWELLE = Decimal("0.10")
# The years the pages accept: from JAHR_MIN to ``JAHRE_VORAUS`` years after this one.
JAHR_MIN = 2000
JAHRE_VORAUS = 10

GELDFELD = DecimalField(max_digits=14, decimal_places=2)


def jahr_max() -> int:
    return timezone.localdate().year + JAHRE_VORAUS


def jahr_gueltig(jahr: int) -> bool:
    return JAHR_MIN <= jahr <= jahr_max()


def euro_text(betrag: Decimal | None) -> str:
    """German money: ``12.000,00 €`` (a non-breaking space before the sign)."""
    if betrag is None:
        return "–"
    return number_format(euro(betrag), 2, force_grouping=True) + "\u00a0€"


@dataclass(frozen=True)
class Hinweis:
    """The warning of one row: ``stufe`` (ok, knapp, ueberbucht, ohne, leer) and its text."""

    stufe: str
    text: str

    @property
    def warnt(self) -> bool:
        return self.stufe in ("knapp", "ueberbucht", "ohne")


def hinweis(betrag: Decimal | None, gebunden: Decimal) -> Hinweis:
    if betrag is None:
        if gebunden > 0:
            return Hinweis(
                "ohne",
                _("kein Budget festgelegt, aber %(betrag)s gebunden")
                % {"betrag": euro_text(gebunden)},
            )
        return Hinweis("leer", _("kein Budget festgelegt"))
    frei = euro(betrag - gebunden)
    if frei < 0:
        return Hinweis("ueberbucht", _("überbucht um %(betrag)s") % {"betrag": euro_text(-frei)})
    anteil = frei / betrag if betrag else Decimal(0)
    prozent = int((anteil * 100).to_integral_value(rounding=ROUND_DOWN))
    if anteil < WARNSCHWELLE:
        return Hinweis("knapp", _("noch %(prozent)s %% frei") % {"prozent": prozent})
    return Hinweis("ok", _("%(prozent)s %% frei") % {"prozent": prozent})


@dataclass
class Zeile:
    """A Regionalraum's year (or the totals): the four sums and the warning."""

    stand: Jahresstand | None
    name: str
    betrag: Decimal | None
    gebunden: Decimal
    ausgezahlt: Decimal

    @property
    def verfuegbar(self) -> Decimal | None:
        return None if self.betrag is None else euro(self.betrag - self.gebunden)

    @property
    def offen(self) -> Decimal:
        """Bound but not paid out yet."""
        return euro(self.gebunden - self.ausgezahlt)

    @property
    def hinweis(self) -> Hinweis:
        return hinweis(self.betrag, self.gebunden)


@dataclass
class Uebersicht:
    jahr: int
    zeilen: list[Zeile]
    summe: Zeile


def uebersicht(jahr: int, regionalraeume) -> Uebersicht:
    """Every Regionalraum of ``regionalraeume`` in ``jahr``, and the totals: the budgets of the
    Regionalräume that have one, everything bound and paid out (5 queries)."""
    zeilen = [
        Zeile(s, s.regionalraum.name, s.betrag, s.gebunden, s.ausgezahlt)
        for s in jahresstaende(jahr, regionalraeume)
    ]
    budgets = [z.betrag for z in zeilen if z.betrag is not None]
    summe = Zeile(
        None,
        _("Summe"),
        euro(sum(budgets, NULL)) if budgets else None,
        euro(sum((z.gebunden for z in zeilen), NULL)),
        euro(sum((z.ausgezahlt for z in zeilen), NULL)),
    )
    return Uebersicht(jahr, zeilen, summe)


@dataclass
class Monat:
    monat: datetime.date
    gebunden: Decimal
    ausgezahlt: Decimal
    verbleibend: Decimal | None

    @property
    def name(self) -> str:
        return date_format(self.monat, "F Y")


@dataclass
class Massnahmenzeile:
    massnahme: Massnahme
    url: str
    geplant: Decimal  # its month plan within the year
    bindet: Decimal  # what it binds of the year's budget
    ausgezahlt: Decimal  # paid out within the year
    plan_gesamt: Decimal  # its whole month plan
    ausgezahlt_gesamt: Decimal  # everything paid out to it

    @property
    def mehr_ausgezahlt(self) -> Decimal:
        """Paid out beyond the whole plan (a confirmed payout beyond it), else 0."""
        return max(euro(self.ausgezahlt_gesamt - self.plan_gesamt), NULL)


@dataclass
class Monatstabelle:
    stand: Jahresstand
    zeile: Zeile
    monate: list[Monat]
    massnahmen: list[Massnahmenzeile]

    @property
    def bindende(self) -> list[Massnahmenzeile]:
        return [m for m in self.massnahmen if m.bindet > 0]

    @property
    def beantragt(self) -> list[Massnahmenzeile]:
        """Planned in the year but not (yet) binding: ideas, discussed, recommended, deferred."""
        return [m for m in self.massnahmen if m.bindet == 0]


def _summe_im_jahr(model, jahr: int | None):
    zeilen = model.objects.filter(massnahme=OuterRef("pk"))
    if jahr is not None:
        zeilen = zeilen.annotate(jahr=ExtractYear("monat")).filter(jahr=jahr)
    summe = zeilen.order_by().values("massnahme").annotate(s=Sum("betrag")).values("s")
    return Coalesce(Subquery(summe, output_field=GELDFELD), Value(NULL), output_field=GELDFELD)


def massnahmen_im_jahr(regionalraum, jahr: int) -> list[Massnahmenzeile]:
    """The measures of ``regionalraum`` with a month plan or a payout in ``jahr`` (1 query):
    the binding ones first, each with what it binds, as massnahmen/budget.py counts it."""
    massnahmen = (
        Massnahme.objects.filter(regionalraum=regionalraum)
        .select_related("traeger")
        .annotate(
            geplant=_summe_im_jahr(Monatsbetrag, jahr),
            bezahlt=_summe_im_jahr(Auszahlung, jahr),
            plan_gesamt=_summe_im_jahr(Monatsbetrag, None),
            bezahlt_gesamt=_summe_im_jahr(Auszahlung, None),
        )
        .filter(Q(geplant__gt=0) | Q(bezahlt__gt=0))
        .order_by("titel", "pk")
    )
    zeilen = []
    for m in massnahmen:
        if m.status in BINDEND:
            bindet = euro(m.geplant)
        elif m.status == Massnahme.Status.ABGEBROCHEN:
            bindet = euro(m.bezahlt)
        else:
            bindet = NULL
        zeilen.append(
            Massnahmenzeile(
                m,
                massnahme_url(m),
                euro(m.geplant),
                bindet,
                euro(m.bezahlt),
                euro(m.plan_gesamt),
                euro(m.bezahlt_gesamt),
            )
        )
    zeilen.sort(key=lambda z: z.bindet == 0)
    return zeilen


def massnahme_url(massnahme: Massnahme) -> str:
    """The measure's page, once the measure pages exist (``sozialraumarbeit:massnahme``)."""
    try:
        return massnahme.get_absolute_url()
    except NoReverseMatch:
        return ""


def monatstabelle(regionalraum, jahr: int) -> Monatstabelle:
    """The Regionalraum's year month by month, and the measures planned in it (6 queries)."""
    stand = jahresstaende(jahr, [regionalraum])[0]
    zeile = Zeile(stand, regionalraum.name, stand.betrag, stand.gebunden, stand.ausgezahlt)
    monate = [Monat(m.monat, m.gebunden, m.ausgezahlt, m.verbleibend) for m in stand.monate]
    return Monatstabelle(stand, zeile, monate, massnahmen_im_jahr(regionalraum, jahr))
