"""The Regionalraum's budget pages: overview, months, setting a budget, payouts, files."""

import csv
import datetime
import io
from decimal import Decimal
from unittest import mock

import pytest
from django.urls import reverse
from guardian.shortcuts import assign_perm
from openpyxl import load_workbook

from sozialraum.zugang.rollen import (
    FACHKRAFT,
    JUGENDAMT_ADMINISTRATION,
    KOORDINIEREN,
    SOZIALRAUMKOORDINATION,
    TRAEGER_REDAKTION,
)
from sozialraum.zugang.zustaendigkeit import VERWALTEN
from sozialraumarbeit.budget import views
from sozialraumarbeit.budget.buchung import BuchungAbgelehnt, auszahlung_buchen
from sozialraumarbeit.budget.stand import hinweis
from sozialraumarbeit.models import Auszahlung, Budget, Massnahme
from tests.factories import (
    BudgetFactory,
    JugendamtFactory,
    RegionalraumFactory,
    SozialraumFactory,
    UserFactory,
    massnahme_mit_plan,
)

pytestmark = pytest.mark.django_db

D = datetime.date
S = Massnahme.Status


@pytest.fixture
def nord():
    return RegionalraumFactory(schluessel="01", name="Nord")


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(rolle=JUGENDAMT_ADMINISTRATION, first_name="Andrea"))
    return client


def _laeuft(raum, betrag="1000.00", monate=range(1, 13), titel="Sport im Park"):
    plan = {D(2026, m, 1): Decimal(betrag) for m in monate}
    return massnahme_mit_plan(raum, S.LAEUFT, plan, titel=titel)


def test_hinweis_schwelle_und_ueberbuchung():
    assert hinweis(Decimal("10000"), Decimal("9200")).text == "noch 8 % frei"
    assert hinweis(Decimal("10000"), Decimal("9200")).stufe == "knapp"
    assert hinweis(Decimal("10000"), Decimal("9000")).stufe == "ok"  # exactly 10 %: fine
    ueber = hinweis(Decimal("10000"), Decimal("11250.5"))
    assert (ueber.stufe, ueber.text) == ("ueberbucht", "überbucht um 1.250,50\u00a0€")
    assert hinweis(None, Decimal("5")).stufe == "ohne"


def test_uebersicht_zeigt_summen_warnung_und_gesamtzeile(admin_client, nord):
    ost = RegionalraumFactory(schluessel="02", name="Ost", jugendamt=nord.jugendamt)
    BudgetFactory(regionalraum=nord, jahr=2026, betrag=Decimal("12000.00"))
    BudgetFactory(regionalraum=ost, jahr=2026, betrag=Decimal("10000.00"))
    _laeuft(nord)  # binds all 12.000,00
    _laeuft(ost, "766.67", titel="Elternlotsen")  # 9.200,04: under 10 % free
    massnahme_mit_plan(ost, S.EMPFOHLEN, {D(2026, 5, 1): Decimal("900")})  # binds nothing

    antwort = admin_client.get(reverse("sozialraumarbeit:budget_jahr", kwargs={"jahr": 2026}))

    text = antwort.content.decode()
    assert antwort.status_code == 200
    assert "22.000,00\u00a0€" in text  # both budgets
    assert "21.200,04\u00a0€" in text  # bound in all
    assert "noch 7 % frei" in text  # Ost: 799,96 of 10.000
    assert "noch 0 % frei" in text  # Nord: nothing left
    assert "2 Regionalräume brauchen Aufmerksamkeit" in text


def test_ueberbucht_wird_gewarnt(admin_client, nord):
    BudgetFactory(regionalraum=nord, jahr=2026, betrag=Decimal("10000.00"))
    _laeuft(nord)
    antwort = admin_client.get(reverse("sozialraumarbeit:budget_jahr", kwargs={"jahr": 2026}))
    assert "überbucht um 2.000,00\u00a0€" in antwort.content.decode()


def test_jahreswahl_prueft_das_jahr(admin_client, nord):
    url = reverse("sozialraumarbeit:budget_uebersicht")
    assert admin_client.get(url, {"jahr": "2027"})["Location"] == "/budget/2027/"
    antwort = admin_client.get(url, {"jahr": "1850"})
    assert antwort.status_code == 200
    assert "Bitte ein Jahr zwischen 2000 und" in antwort.content.decode()
    assert admin_client.get(url, {"jahr": "zwanzig"}).status_code == 200
    assert admin_client.get("/budget/1850/").status_code == 404
    assert admin_client.get("/budget/99999999999999999999/").status_code == 404


def test_uebersicht_feste_anzahl_abfragen(admin_client, django_assert_max_num_queries):
    for nummer in range(6):
        raum = RegionalraumFactory(schluessel=f"0{nummer}")
        BudgetFactory(regionalraum=raum, jahr=2026)
        _laeuft(raum, "10.00")
    url = reverse("sozialraumarbeit:budget_jahr", kwargs={"jahr": 2026})
    # session, user, her groups' permissions, her object rights, the Regionalräume with
    # their Jugendamt, the budgets, bound by plans, bound by payouts of broken-off
    # measures, paid out; the page's navigation asks for open proposals: at most 12.
    with django_assert_max_num_queries(12):
        assert admin_client.get(url).status_code == 200


def test_monatstabelle_und_massnahmen(admin_client, nord):
    BudgetFactory(regionalraum=nord, jahr=2026, betrag=Decimal("5000.00"))
    sport = _laeuft(nord, "400.01", range(3, 6))
    massnahme_mit_plan(nord, S.IDEE, {D(2026, 4, 1): Decimal("300")}, titel="Bolzplatz-Liga")
    Auszahlung.objects.create(
        massnahme=sport, monat=D(2026, 3, 1), betrag=Decimal("400.01"), gebucht_von=UserFactory()
    )
    url = reverse("sozialraumarbeit:budget_regionalraum", kwargs={"jahr": 2026, "pk": nord.pk})

    text = admin_client.get(url).content.decode()

    assert "März 2026" in text
    assert "4.599,99\u00a0€" in text  # remaining after March
    assert "3.799,97\u00a0€" in text  # after May, and the year's free amount
    assert "Sport im Park" in text and "Bolzplatz-Liga" in text
    assert "Beantragt, bindet noch nichts" in text


def test_budget_festlegen_mit_verlauf_und_fehlern(admin_client, nord):
    url = reverse("sozialraumarbeit:budget_festlegen", kwargs={"jahr": 2027, "pk": nord.pk})
    antwort = admin_client.post(url, {"betrag": "-5", "notiz": ""})
    assert "Das Budget kann nicht negativ sein." in antwort.content.decode()
    assert not Budget.objects.exists()

    antwort = admin_client.post(url, {"betrag": "48000,50", "notiz": "JHA 12.11."})
    assert antwort.status_code == 302
    budget = Budget.objects.get(regionalraum=nord, jahr=2027)
    assert budget.betrag == Decimal("48000.50")

    alt = budget.updated_at.isoformat()
    assert admin_client.post(url, {"betrag": "50000", "stand": alt}).status_code == 302
    # A second tab with the old token is refused, in German.
    antwort = admin_client.post(url, {"betrag": "1", "stand": alt})
    assert "inzwischen von Andrea" in antwort.content.decode()
    budget.refresh_from_db()
    assert budget.betrag == Decimal("50000.00")

    seite = admin_client.get(
        reverse("sozialraumarbeit:budget_regionalraum", kwargs={"jahr": 2027, "pk": nord.pk})
    ).content.decode()
    assert "festgelegt auf 48.000,50\u00a0€" in seite
    assert "geändert auf 50.000,00\u00a0€" in seite


def test_auszahlung_nur_an_vereinbarte_und_im_plan(nord):
    wer = UserFactory()
    idee = massnahme_mit_plan(nord, S.IDEE, {D(2026, 1, 1): Decimal("100")})
    with pytest.raises(BuchungAbgelehnt, match="nur an vereinbarte"):
        auszahlung_buchen(idee, D(2026, 1, 1), Decimal("10"), wer)
    sport = _laeuft(nord, "100.00", range(1, 3))
    auszahlung_buchen(sport, D(2026, 1, 15), Decimal("150.00"), wer)
    with pytest.raises(BuchungAbgelehnt, match="50,00") as fehler:
        auszahlung_buchen(sport, D(2026, 2, 1), Decimal("50.01"), wer)
    assert fehler.value.ueber_plan
    auszahlung_buchen(sport, D(2026, 2, 1), Decimal("50.01"), wer, mehr_bestaetigt=True)
    assert [a.monat for a in Auszahlung.objects.order_by("pk")] == [D(2026, 1, 1), D(2026, 2, 1)]


def test_auszahlung_buchen_in_der_oberflaeche(admin_client, nord):
    BudgetFactory(regionalraum=nord, jahr=2026, betrag=Decimal("20000"))
    sport = _laeuft(nord)
    url = reverse("sozialraumarbeit:budget_auszahlung", kwargs={"jahr": 2026, "pk": nord.pk})
    daten = {"massnahme": sport.pk, "monat": "3", "betrag": "1000,00"}
    antwort = admin_client.post(url, daten, follow=True)
    text = antwort.content.decode()
    assert "Gebucht: 1.000,00\u00a0€ an „Sport im Park“ im März 2026." in text
    assert "11.000,00\u00a0€" in text  # still to pay out
    antwort = admin_client.post(url, {**daten, "betrag": "11000,01"})
    assert "bestätigen Sie es bitte ausdrücklich" in antwort.content.decode()
    text = antwort.content.decode()
    assert "Ja, mehr auszahlen als der Monatsplan" in text  # offered only now
    antwort = admin_client.post(url, {**daten, "betrag": "11000,01", "mehr_bestaetigt": "on"})
    assert antwort.status_code == 302
    assert admin_client.get(url).content.decode().count("Ja, mehr auszahlen") == 0
    antwort = admin_client.post(url, {**daten, "betrag": "0"})
    assert "Der Betrag muss größer als 0,00 € sein." in antwort.content.decode()
    assert Auszahlung.objects.count() == 2


def _koordination_von(raum):
    user = UserFactory(rolle=SOZIALRAUMKOORDINATION)
    assign_perm(KOORDINIEREN, user, SozialraumFactory(regionalraum=raum))
    return user


def test_koordination_liest_ihre_regionalraeume(client, nord):
    ost = RegionalraumFactory(schluessel="02", name="Ost")
    client.force_login(_koordination_von(nord))
    seite = client.get(reverse("sozialraumarbeit:budget_jahr", kwargs={"jahr": 2026}))
    assert "Nord" in seite.content.decode() and "Ost" not in seite.content.decode()
    kw = {"jahr": 2026, "pk": ost.pk}
    assert client.get(reverse("sozialraumarbeit:budget_regionalraum", kwargs=kw)).status_code == 404
    kw = {"jahr": 2026, "pk": nord.pk}
    assert client.get(reverse("sozialraumarbeit:budget_regionalraum", kwargs=kw)).status_code == 200
    assert client.get(reverse("sozialraumarbeit:budget_festlegen", kwargs=kw)).status_code == 403


@pytest.mark.parametrize("rolle", [FACHKRAFT, TRAEGER_REDAKTION])
def test_andere_rollen_sehen_keine_budgets(client, nord, rolle):
    client.force_login(UserFactory(rolle=rolle))
    assert client.get(reverse("sozialraumarbeit:budget_uebersicht")).status_code == 403
    kw = {"jahr": 2026, "pk": nord.pk}
    assert client.get(reverse("sozialraumarbeit:budget_regionalraum", kwargs=kw)).status_code == 403


def test_eingegrenzte_administration_aendert_nur_ihr_jugendamt(client, nord):
    fremd = RegionalraumFactory(
        schluessel="09", name="Fremdregion", jugendamt=JugendamtFactory(schluessel="X9")
    )
    user = UserFactory(rolle=JUGENDAMT_ADMINISTRATION)
    assign_perm(VERWALTEN, user, nord.jugendamt)
    client.force_login(user)
    for raum, erwartet in ((nord, 200), (fremd, 403)):
        kw = {"jahr": 2026, "pk": raum.pk}
        assert (
            client.get(reverse("sozialraumarbeit:budget_festlegen", kwargs=kw)).status_code
            == erwartet
        )
        assert (
            client.get(reverse("sozialraumarbeit:budget_regionalraum", kwargs=kw)).status_code
            == 200
        )


def _csv(antwort):
    text = antwort.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_export_hat_die_zahlen_der_seite_auf_den_cent(admin_client, nord):
    BudgetFactory(regionalraum=nord, jahr=2026, betrag=Decimal("10000.00"))
    sport = _laeuft(nord, "1000.01", range(1, 12))  # 11.000,11: overcommitted
    Auszahlung.objects.create(
        massnahme=sport, monat=D(2026, 2, 1), betrag=Decimal("0.99"), gebucht_von=UserFactory()
    )
    zeilen = _csv(
        admin_client.get(
            reverse("sozialraumarbeit:budget_export", kwargs={"jahr": 2026, "format": "csv"})
        )
    )
    assert zeilen[0][:6] == [
        "Regionalraum",
        "Schlüssel",
        "Budget (€)",
        "gebunden (€)",
        "ausgezahlt (€)",
        "frei (€)",
    ]
    assert zeilen[1] == [
        "Nord",
        "01",
        "10000,00",
        "11000,11",
        "0,99",
        "-1000,11",
        "überbucht um 1.000,11\u00a0€",
    ]
    assert zeilen[-1][0] == "Summe"

    kw = {"jahr": 2026, "pk": nord.pk, "format": "xlsx"}
    antwort = admin_client.get(reverse("sozialraumarbeit:budget_export_monate", kwargs=kw))
    blatt = load_workbook(io.BytesIO(antwort.content)).active
    werte = list(blatt.iter_rows(values_only=True))
    assert werte[0] == ("Monat", "gebunden (€)", "ausgezahlt (€)", "verbleibend (€)")
    assert werte[2] == ("Februar 2026", 1000.01, 0.99, 7999.98)
    assert werte[13] == ("Summe", 11000.11, 0.99, -1000.11)
    assert blatt["B2"].number_format == "#,##0.00"

    monate = _csv(
        admin_client.get(
            reverse("sozialraumarbeit:budget_export_monate", kwargs={**kw, "format": "csv"})
        )
    )
    assert monate[12] == ["Dezember 2026", "0,00", "0,00", "-1000,11"]


def test_monatstabelle_feste_anzahl_abfragen(admin_client, nord, django_assert_max_num_queries):
    BudgetFactory(regionalraum=nord, jahr=2026)
    wer = UserFactory()
    for nummer in range(5):
        m = _laeuft(nord, "10.00", titel=f"Maßnahme {nummer}")
        Auszahlung.objects.create(massnahme=m, monat=D(2026, 1, 1), betrag=1, gebucht_von=wer)
    url = reverse("sozialraumarbeit:budget_regionalraum", kwargs={"jahr": 2026, "pk": nord.pk})
    # session, user, her groups' permissions, her object rights, the Regionalraum, the
    # budget, bound (plans, payouts of broken-off measures), paid out, the measures with
    # their sums and Träger, the budget's history with its users, the payouts with measure
    # and who booked them, open proposals of the navigation: at most 16, for any number.
    with django_assert_max_num_queries(16):
        assert admin_client.get(url).status_code == 200


def test_auszahlung_in_der_verwaltung_nach_derselben_regel(client, nord):
    andrea = UserFactory(rolle=JUGENDAMT_ADMINISTRATION, is_staff=True)
    client.force_login(andrea)
    sport = _laeuft(nord, "100.00", range(1, 3))
    url = reverse("admin:sozialraumarbeit_auszahlung_add")
    daten = {"massnahme": sport.pk, "monat": "2026-01-01", "betrag": "200.01", "notiz": ""}
    antwort = client.post(url, daten)
    assert "bestätigen Sie es bitte ausdrücklich" in antwort.content.decode()
    assert client.post(url, {**daten, "betrag": "200.00"}).status_code == 302
    auszahlung = Auszahlung.objects.get()
    assert (auszahlung.betrag, auszahlung.gebucht_von) == (Decimal("200.00"), andrea)
    aendern = reverse("admin:sozialraumarbeit_auszahlung_change", args=[auszahlung.pk])
    assert client.post(aendern, {**daten, "betrag": "1"}).status_code == 403


def test_gleichzeitig_angelegtes_budget_ist_eine_meldung(admin_client, nord):
    url = reverse("sozialraumarbeit:budget_festlegen", kwargs={"jahr": 2027, "pk": nord.pk})
    formular = admin_client.get(url)  # opened before the other one saved
    assert formular.status_code == 200
    BudgetFactory(regionalraum=nord, jahr=2027, betrag=Decimal("1000"))
    leer = Budget.objects.none()
    with mock.patch.object(views.Budget.objects, "filter", return_value=leer):
        antwort = admin_client.post(url, {"betrag": "2000"})
    assert "Inzwischen hat jemand anderes ein Budget" in antwort.content.decode()
    assert Budget.objects.get().betrag == Decimal("1000.00")
