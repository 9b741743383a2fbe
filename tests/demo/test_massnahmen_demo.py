"""The demo's measures and budgets (sozialraumarbeit/demo/massnahmen.py)."""

from decimal import Decimal

import pytest
from django.db.models import Sum

from gremien.models import Beschluss
from sozialraum.models import Regionalraum
from sozialraumarbeit.budget.stand import uebersicht
from sozialraumarbeit.massnahmen.budget import BINDEND, laufzeit_monate
from sozialraumarbeit.models import Auszahlung, Budget, Massnahme, MassnahmenTop
from traeger.demo.stammdaten import STICHTAG

pytestmark = pytest.mark.django_db

S = Massnahme.Status
JAHR = STICHTAG.year
VORHER = {
    S.IDEE: {""},
    S.BERATEN: {S.IDEE},
    S.EMPFOHLEN: {S.BERATEN},
    S.ABGELEHNT: {S.BERATEN},
    S.ZURUECKGESTELLT: {S.BERATEN},
    S.VEREINBART: {S.EMPFOHLEN},
    S.LAEUFT: {S.VEREINBART},
    S.EVALUIERT: {S.LAEUFT},
    S.VERLAENGERT: {S.EVALUIERT},
    S.BEENDET: {S.EVALUIERT},
    S.ABGEBROCHEN: {S.LAEUFT, S.VEREINBART},
}


def test_jeder_stand_kommt_vor():
    assert set(Massnahme.objects.values_list("status", flat=True)) == set(S.values)


def test_monatsplaene_ergeben_die_beantragte_summe_auf_den_cent():
    for m in Massnahme.objects.annotate(plan=Sum("monatsplan__betrag")):
        assert m.plan == m.beantragte_summe, m
        assert m.monatsplan.filter(monat__day=1).count() == m.monatsplan.count()


def test_schritte_folgen_den_regeln():
    for m in Massnahme.objects.prefetch_related("schritte"):
        schritte = list(m.schritte.order_by("wann", "pk"))
        assert schritte[-1].status == m.status, m
        for schritt in schritte:
            assert schritt.von_status in VORHER[schritt.status], (m, schritt)
        zeiten = [s.wann for s in schritte]
        assert zeiten == sorted(zeiten), m
        perioden = [s for s in schritte if s.status in (S.VEREINBART, S.VERLAENGERT)]
        for p in perioden:
            assert laufzeit_monate(p.beginn, p.ende) <= 12, m
        assert sum(laufzeit_monate(p.beginn, p.ende) for p in perioden) <= 24, m
        if m.status == S.VERLAENGERT:
            assert schritte[-2].status == S.EVALUIERT
            assert m.ende == perioden[-1].ende


def test_auszahlungen_nur_an_vereinbarte_und_im_plan():
    for m in (
        Massnahme.objects.annotate(plan=Sum("monatsplan__betrag", distinct=True))
        .filter(auszahlungen__isnull=False)
        .distinct()
    ):
        assert m.status in (*BINDEND, S.ABGEBROCHEN), m
        bezahlt = Auszahlung.objects.filter(massnahme=m).aggregate(s=Sum("betrag"))["s"]
        assert bezahlt <= m.beantragte_summe, m
        assert not Auszahlung.objects.filter(massnahme=m, monat__gte=STICHTAG).exists()
    laufende = Massnahme.objects.filter(status=S.LAEUFT, beginn__lt=STICHTAG.replace(day=1))
    assert laufende.exists()
    for m in laufende:
        assert m.auszahlungen.exists(), m


def test_budgets_fuer_dieses_und_naechstes_jahr_und_nur_ost_knapp():
    raeume = Regionalraum.objects.filter(budgets__isnull=False).distinct().order_by("schluessel")
    assert raeume.count() == 4
    for jahr in (JAHR, JAHR + 1):
        assert Budget.objects.filter(jahr=jahr).count() == 4
        for zeile in uebersicht(jahr, raeume).zeilen:
            assert zeile.hinweis.stufe != "ueberbucht", (jahr, zeile.name)
            knapp = (jahr, zeile.name) == (JAHR, "Ost")
            assert (zeile.hinweis.stufe == "knapp") == knapp, (jahr, zeile.name)


def test_die_empfehlung_der_lenkungsgruppe_ist_eine_echte_massnahme():
    beschluss = Beschluss.objects.filter(text__contains="empfiehlt die Maßnahme „").first()
    assert beschluss is not None
    assert "führt die Maßnahme im Register" in beschluss.text
    schritt = beschluss.massnahmenschritte.get()
    massnahme = schritt.massnahme
    assert schritt.status == S.EMPFOHLEN
    assert schritt.sitzung == beschluss.sitzung
    assert f"„{massnahme.titel}“" in beschluss.text
    beratung = MassnahmenTop.objects.get(massnahme=massnahme)
    assert beratung.top.sitzung == beschluss.sitzung
    assert massnahme.status in BINDEND
    assert massnahme.beantragte_summe in (
        Decimal(b.replace(".", "")) for b in ("12.000", "15.000", "18.000", "24.000", "30.000")
    )
