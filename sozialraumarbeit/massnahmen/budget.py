"""The arithmetic of a Regionalraum's budget, to the cent (docs/massnahmen.md "Budget").

- A measure **binds** its month plan (``Monatsbetrag``) in its Regionalraum's budget of each
  month's year from the moment it is agreed (states in :data:`BINDEND`). A measure broken
  off binds only what was paid out to it; one not (yet) agreed binds nothing.
- A bound measure paid **more than its plan** (only with an explicit confirmation,
  sozialraumarbeit/budget/buchung.py) binds the excess too, in the month of its last payout:
  money paid out is never "free".
- **Paid out** is the sum of its ``Auszahlung`` rows per month.
- **Remaining** (per year) is the budget minus what is bound in that year; per month the
  table shows what remains after the months up to it.

All sums are ``Decimal`` quantized to cents; no float is ever involved. Queries: one per
kind of sum, grouped in the database, whatever the number of measures.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import DecimalField, Max, Sum
from django.db.models.functions import ExtractYear

from sozialraum.models import Regionalraum

from ..models import Auszahlung, Budget, Massnahme, Monatsbetrag

CENT = Decimal("0.01")
NULL = Decimal("0.00")

BINDEND = (
    Massnahme.Status.VEREINBART,
    Massnahme.Status.LAEUFT,
    Massnahme.Status.EVALUIERT,
    Massnahme.Status.VERLAENGERT,
    Massnahme.Status.BEENDET,
)


def euro(wert) -> Decimal:
    return (Decimal(wert) if wert is not None else NULL).quantize(CENT)


def monatsanfang(tag: datetime.date) -> datetime.date:
    return tag.replace(day=1)


def monat_plus(monat: datetime.date, anzahl: int) -> datetime.date:
    index = monat.year * 12 + monat.month - 1 + anzahl
    return datetime.date(index // 12, index % 12 + 1, 1)


def monate(beginn: datetime.date, ende: datetime.date) -> list[datetime.date]:
    """The first days of the months from ``beginn``'s month to ``ende``'s month."""
    ergebnis, monat = [], monatsanfang(beginn)
    while monat <= ende:
        ergebnis.append(monat)
        monat = monat_plus(monat, 1)
    return ergebnis


def laufzeit_monate(beginn: datetime.date, ende: datetime.date) -> int:
    """How many months a period takes, begun months counted in full after the last whole one:
    1 Mar – 28 Feb is 12, 15 Mar – 14 Mar is 12, 15 Mar – 15 Mar of the next year is 13."""
    ganze = (ende.year - beginn.year) * 12 + ende.month - beginn.month
    naechster = _gleicher_tag(beginn, ganze)
    if naechster <= ende:
        ganze += 1
    return max(ganze, 1) if ende >= beginn else 0


def _gleicher_tag(beginn: datetime.date, monate_spaeter: int) -> datetime.date:
    monat = monat_plus(monatsanfang(beginn), monate_spaeter)
    letzter = (monat_plus(monat, 1) - datetime.timedelta(days=1)).day
    return monat.replace(day=min(beginn.day, letzter))


def spaetestes_ende(beginn: datetime.date, monate_hoechstens: int) -> datetime.date:
    """The last day of a period of ``monate_hoechstens`` months starting on ``beginn``."""
    return _gleicher_tag(beginn, monate_hoechstens) - datetime.timedelta(days=1)


@dataclass
class Monatszeile:
    monat: datetime.date
    gebunden: Decimal = NULL
    ausgezahlt: Decimal = NULL
    verbleibend: Decimal | None = None  # budget minus what is bound up to this month


@dataclass
class Jahresstand:
    regionalraum: Regionalraum
    jahr: int
    budget: Budget | None
    monate: list[Monatszeile] = field(default_factory=list)

    @property
    def betrag(self) -> Decimal | None:
        return euro(self.budget.betrag) if self.budget else None

    @property
    def gebunden(self) -> Decimal:
        return euro(sum((m.gebunden for m in self.monate), NULL))

    @property
    def ausgezahlt(self) -> Decimal:
        return euro(sum((m.ausgezahlt for m in self.monate), NULL))

    @property
    def verfuegbar(self) -> Decimal | None:
        return None if self.betrag is None else euro(self.betrag - self.gebunden)

    @property
    def ueberbucht(self) -> bool:
        return self.verfuegbar is not None and self.verfuegbar < 0


def _summen(
    queryset, jahre: Collection[int], ohne: Massnahme | None, raeume: list[int] | None = None
) -> dict[tuple[int, datetime.date], Decimal]:
    if ohne is not None:
        queryset = queryset.exclude(massnahme=ohne)
    if raeume is not None:
        queryset = queryset.filter(massnahme__regionalraum__in=raeume)
    zeilen = (
        queryset.annotate(jahr=ExtractYear("monat"))
        .filter(jahr__in=jahre)
        .values("massnahme__regionalraum", "monat")
        .annotate(summe=Sum("betrag", output_field=DecimalField(max_digits=14, decimal_places=2)))
    )
    return {(z["massnahme__regionalraum"], z["monat"]): euro(z["summe"]) for z in zeilen}


def _ueberzahlt(
    jahre: Collection[int], ohne: Massnahme | None, raeume: list[int] | None = None
) -> dict[tuple[int, datetime.date], Decimal]:
    """What bound measures were paid beyond their whole plan, at the month of their last
    payout if it lies in one of ``jahre``. Two grouped queries over the bound measures."""
    betrag = DecimalField(max_digits=14, decimal_places=2)
    plan = Monatsbetrag.objects.filter(massnahme__status__in=BINDEND)
    bezahlt = Auszahlung.objects.filter(massnahme__status__in=BINDEND)
    if ohne is not None:
        plan, bezahlt = plan.exclude(massnahme=ohne), bezahlt.exclude(massnahme=ohne)
    if raeume is not None:
        plan = plan.filter(massnahme__regionalraum__in=raeume)
        bezahlt = bezahlt.filter(massnahme__regionalraum__in=raeume)
    geplant = dict(
        plan.values("massnahme")
        .annotate(s=Sum("betrag", output_field=betrag))
        .values_list("massnahme", "s")
    )
    ergebnis: dict = defaultdict(lambda: NULL)
    for zeile in bezahlt.values("massnahme", "massnahme__regionalraum").annotate(
        s=Sum("betrag", output_field=betrag), letzter=Max("monat")
    ):
        mehr = euro(zeile["s"]) - euro(geplant.get(zeile["massnahme"]))
        if mehr > 0 and zeile["letzter"].year in jahre:
            schluessel = (zeile["massnahme__regionalraum"], zeile["letzter"])
            ergebnis[schluessel] = euro(ergebnis[schluessel] + mehr)
    return ergebnis


def gebunden_je_monat(
    jahre: Collection[int], ohne: Massnahme | None = None, raeume: list[int] | None = None
) -> dict:
    """{(regionalraum_id, month): bound amount} in ``jahre``, in the Regionalräume of the ids
    ``raeume`` (None: all). Four queries."""
    geplant = _summen(
        Monatsbetrag.objects.filter(massnahme__status__in=BINDEND), jahre, ohne, raeume
    )
    bezahlt = _summen(
        Auszahlung.objects.filter(massnahme__status=Massnahme.Status.ABGEBROCHEN),
        jahre,
        ohne,
        raeume,
    )
    ergebnis: dict = defaultdict(lambda: NULL)
    for quelle in (geplant, bezahlt, _ueberzahlt(jahre, ohne, raeume)):
        for schluessel, betrag in quelle.items():
            ergebnis[schluessel] = euro(ergebnis[schluessel] + betrag)
    return ergebnis


def jahresstaende_je_jahr(
    jahre: Iterable[int], regionalraeume=None, ohne: Massnahme | None = None
) -> dict[int, list[Jahresstand]]:
    """Each Regionalraum's years: budget, bound, paid and remaining per month, 6 queries for
    any number of years (a measure's page asks for the two or three years of its plan)."""
    jahre = sorted(set(jahre))
    if regionalraeume is None:
        regionalraeume = Regionalraum.objects.order_by("schluessel")
    regionalraeume = list(regionalraeume)
    budgets = {
        (b.regionalraum_id, b.jahr): b
        for b in Budget.objects.filter(jahr__in=jahre, regionalraum__in=regionalraeume)
    }
    # Summed in the database for these Regionalräume only (a measure's page asks for one).
    raeume = [r.pk for r in regionalraeume]
    gebunden = gebunden_je_monat(jahre, ohne, raeume)
    ausgezahlt = _summen(Auszahlung.objects.all(), jahre, ohne, raeume)
    ergebnis: dict[int, list[Jahresstand]] = {}
    for jahr in jahre:
        staende = ergebnis.setdefault(jahr, [])
        for regionalraum in regionalraeume:
            stand = Jahresstand(regionalraum, jahr, budgets.get((regionalraum.pk, jahr)))
            rest = stand.betrag
            for nummer in range(1, 13):
                monat = datetime.date(jahr, nummer, 1)
                zeile = Monatszeile(
                    monat,
                    gebunden.get((regionalraum.pk, monat), NULL),
                    ausgezahlt.get((regionalraum.pk, monat), NULL),
                )
                if rest is not None:
                    rest = euro(rest - zeile.gebunden)
                    zeile.verbleibend = rest
                stand.monate.append(zeile)
            staende.append(stand)
    return ergebnis


def jahresstaende(
    jahr: int, regionalraeume=None, ohne: Massnahme | None = None
) -> list[Jahresstand]:
    """Each Regionalraum's year: budget, bound, paid and remaining per month (6 queries)."""
    return jahresstaende_je_jahr([jahr], regionalraeume, ohne)[jahr]


def jahresstand(
    regionalraum: Regionalraum, jahr: int, ohne: Massnahme | None = None
) -> Jahresstand:
    return jahresstaende(jahr, [regionalraum], ohne)[0]


@dataclass
class Engpass:
    """A year in which a measure's plan needs more than the budget has left."""

    jahr: int
    benoetigt: Decimal
    verfuegbar: Decimal | None  # None: no budget for that year

    @property
    def fehlbetrag(self) -> Decimal:
        return euro(self.benoetigt - (self.verfuegbar or NULL))


def plan_je_jahr(plan: dict[datetime.date, Decimal]) -> dict[int, Decimal]:
    jahre: dict[int, Decimal] = defaultdict(lambda: NULL)
    for monat, betrag in plan.items():
        jahre[monat.year] = euro(jahre[monat.year] + euro(betrag))
    return dict(jahre)


def engpaesse(massnahme: Massnahme, plan: dict[datetime.date, Decimal]) -> list[Engpass]:
    """The years where binding ``plan`` would overcommit the budget of the measure's
    Regionalraum. ``plan`` (month → amount) is the measure's *whole* month plan after the step
    (an extension: the agreed months and the new ones), as its present binding is left out."""
    ergebnis = []
    je_jahr = plan_je_jahr(plan)
    staende = jahresstaende_je_jahr(je_jahr, [massnahme.regionalraum], ohne=massnahme)
    for jahr, benoetigt in sorted(je_jahr.items()):
        stand = staende[jahr][0]
        if stand.verfuegbar is None or benoetigt > stand.verfuegbar:
            ergebnis.append(Engpass(jahr, benoetigt, stand.verfuegbar))
    return ergebnis
