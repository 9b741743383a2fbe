"""The Regionalraum's budget to the cent (sozialraumarbeit/massnahmen/budget.py)."""

import datetime
from decimal import Decimal

import pytest

from sozialraumarbeit.massnahmen.budget import (
    engpaesse,
    jahresstand,
    laufzeit_monate,
    spaetestes_ende,
)
from sozialraumarbeit.models import Auszahlung, Budget, Massnahme, Monatsbetrag
from tests.factories import RegionalraumFactory, TraegerFactory, UserFactory

D = datetime.date


@pytest.mark.parametrize(
    ("beginn", "ende", "anzahl"),
    [
        (D(2026, 3, 1), D(2027, 2, 28), 12),
        (D(2026, 3, 15), D(2027, 3, 14), 12),
        (D(2026, 3, 15), D(2027, 3, 15), 13),
        (D(2026, 3, 15), D(2026, 3, 20), 1),
        (D(2026, 1, 1), D(2027, 12, 31), 24),
        (D(2026, 1, 1), D(2028, 1, 1), 25),
    ],
)
def test_laufzeit_in_monaten(beginn, ende, anzahl):
    assert laufzeit_monate(beginn, ende) == anzahl


def test_spaetestes_ende_nach_zwoelf_monaten():
    assert spaetestes_ende(D(2026, 3, 1), 12) == D(2027, 2, 28)
    assert spaetestes_ende(D(2026, 3, 15), 12) == D(2027, 3, 14)
    assert laufzeit_monate(D(2026, 3, 15), spaetestes_ende(D(2026, 3, 15), 12)) == 12


def _massnahme(regionalraum, status, plan):
    massnahme = Massnahme.objects.create(
        titel="Elterncafé am Spielplatz",
        traeger=TraegerFactory(),
        regionalraum=regionalraum,
        bedarf="b",
        ziele="z",
        ueberpruefung="u",
        beantragte_summe=sum(plan.values(), Decimal("0")),
        status=status,
    )
    for monat, betrag in plan.items():
        Monatsbetrag.objects.create(massnahme=massnahme, monat=monat, betrag=betrag)
    return massnahme


@pytest.mark.django_db
def test_gebunden_ausgezahlt_verbleibend_auf_den_cent():
    raum = RegionalraumFactory()
    Budget.objects.create(regionalraum=raum, jahr=2026, betrag=Decimal("12000.00"))
    plan = {D(2026, m, 1): Decimal("1000.01") for m in range(11, 13)}
    plan[D(2027, 1, 1)] = Decimal("999.99")
    laeuft = _massnahme(raum, Massnahme.Status.LAEUFT, plan)
    _massnahme(raum, Massnahme.Status.IDEE, {D(2026, 11, 1): Decimal("5000")})  # binds nothing
    abgebrochen = _massnahme(raum, Massnahme.Status.ABGEBROCHEN, {D(2026, 11, 1): Decimal("700")})
    wer = UserFactory()
    Auszahlung.objects.create(
        massnahme=abgebrochen, monat=D(2026, 11, 1), betrag=Decimal("0.50"), gebucht_von=wer
    )
    Auszahlung.objects.create(
        massnahme=laeuft, monat=D(2026, 11, 1), betrag=Decimal("1000.01"), gebucht_von=wer
    )

    stand = jahresstand(raum, 2026)

    assert stand.gebunden == Decimal("2000.52")
    assert stand.ausgezahlt == Decimal("1000.51")
    assert stand.verfuegbar == Decimal("9999.48")
    november, dezember = stand.monate[10], stand.monate[11]
    assert november.gebunden == Decimal("1000.51")
    assert november.verbleibend == Decimal("10999.49")
    assert dezember.verbleibend == Decimal("9999.48")
    assert jahresstand(raum, 2027).verfuegbar is None  # no budget for 2027 yet


@pytest.mark.django_db
def test_engpass_zaehlt_die_eigene_bindung_nicht_doppelt():
    raum = RegionalraumFactory()
    Budget.objects.create(regionalraum=raum, jahr=2026, betrag=Decimal("3000.00"))
    plan = {D(2026, 10, 1): Decimal("1500.00"), D(2026, 11, 1): Decimal("1500.00")}
    massnahme = _massnahme(raum, Massnahme.Status.VEREINBART, plan)

    assert engpaesse(massnahme, plan) == []
    mehr = {**plan, D(2026, 12, 1): Decimal("0.01")}
    (engpass,) = engpaesse(massnahme, mehr)
    assert (engpass.jahr, engpass.fehlbetrag) == (2026, Decimal("0.01"))
    (ohne_budget,) = engpaesse(massnahme, {D(2027, 1, 1): Decimal("1")})
    assert ohne_budget.verfuegbar is None


@pytest.mark.django_db
def test_mehr_ausgezahlt_als_geplant_ist_gebunden():
    """A payout beyond the plan (confirmed by the booker) is never counted as free."""
    raum = RegionalraumFactory()
    Budget.objects.create(regionalraum=raum, jahr=2026, betrag=Decimal("5000.00"))
    plan = {D(2026, 3, 1): Decimal("1000.00"), D(2026, 4, 1): Decimal("1000.00")}
    massnahme = _massnahme(raum, Massnahme.Status.LAEUFT, plan)
    wer = UserFactory()
    for monat, betrag in [(3, "1000.00"), (4, "1000.00"), (5, "300.25")]:
        Auszahlung.objects.create(
            massnahme=massnahme, monat=D(2026, monat, 1), betrag=Decimal(betrag), gebucht_von=wer
        )

    stand = jahresstand(raum, 2026)

    assert stand.gebunden == Decimal("2300.25")
    assert stand.monate[4].gebunden == Decimal("300.25")
    assert stand.verfuegbar == Decimal("2699.75")
    # Paid early, within the plan: nothing extra.
    Auszahlung.objects.filter(monat=D(2026, 5, 1)).delete()
    assert jahresstand(raum, 2026).gebunden == Decimal("2000.00")
