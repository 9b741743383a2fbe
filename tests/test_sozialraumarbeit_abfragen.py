"""The Sozialraumarbeit at city scale: the bench data (bench/sozialraumarbeit.py) is what the
app would write, and its pages need as many SQL queries with many measures as with few."""

from itertools import pairwise

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bench.gremien import bench_gremien_anlegen, bench_gremien_entfernen
from bench.sozialraumarbeit import (
    BUDGET_MARKE,
    MARKE,
    PERSON_MARKE,
    bench_koordination,
    bench_massnahmen,
    bench_sozialraumarbeit_anlegen,
    bench_sozialraumarbeit_entfernen,
    laengste_massnahme,
)
from gremien.models import Gremium, Sitzung
from sozialraum.models import User
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION, koordinierte_sozialraeume
from sozialraumarbeit.massnahmen.budget import BINDEND, jahresstand, laufzeit_monate, monat_plus
from sozialraumarbeit.massnahmen.regeln import plan_pruefen
from sozialraumarbeit.massnahmen.schritte import SCHRITTE
from sozialraumarbeit.models import Barriere, Budget, Massnahme, MassnahmenTop, Ressource
from sozialraumarbeit.models.raumwissen import suchwoerter_fuer
from tests.factories import (
    EinrichtungFactory,
    QuartierFactory,
    RegionalraumFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import Traeger

pytestmark = pytest.mark.django_db
S = Massnahme.Status
# The step of sozialraumarbeit/massnahmen/schritte.py that leads to each state.
SCHRITT_ZU = {
    S.BERATEN: "beraten",
    S.EMPFOHLEN: "entscheiden",
    S.ABGELEHNT: "entscheiden",
    S.ZURUECKGESTELLT: "entscheiden",
    S.VEREINBART: "vereinbaren",
    S.LAEUFT: "starten",
    S.EVALUIERT: "evaluieren",
    S.VERLAENGERT: "verlaengern",
    S.BEENDET: "beenden",
    S.ABGEBROCHEN: "abbrechen",
}
STILL = {"ausgabe": lambda text: None}


@pytest.fixture
def stadt():
    """A small synthetic city as generate_daten marks it: two Regionalräume "G01", "G02" with
    three Sozialräume of two Quartiere each, 45 generated Träger serving two Sozialräume each
    with a place in the first; the bench Gremien (an AG 78 per Regionalraum, one Sozialraum-AG)."""
    srs = []
    for r, region in enumerate(("Nord", "Süd"), start=1):
        regionalraum = RegionalraumFactory(schluessel=f"G0{r}", name=f"Bezirk {region}")
        for i, name in enumerate(("feld", "hof", "au"), start=1):
            sr = SozialraumFactory(
                schluessel=f"G0{r}0{i}", name=f"{region}{name}", regionalraum=regionalraum
            )
            for q in (1, 2):
                QuartierFactory(schluessel=f"G0{r}0{i}{q}", sozialraum=sr)
            srs.append(sr)
    for i in range(45):
        traeger = TraegerFactory(externe_id=f"gen-t-{i:06d}")
        traeger.sozialraeume.add(srs[i % 6], srs[(i + 1) % 6])
        EinrichtungFactory(traeger=traeger, externe_id=f"gen-e-{i:06d}", sozialraum=srs[i % 6])
    UserFactory(username="bench-fachkraft", rolle=FACHKRAFT)
    bench_gremien_anlegen(anzahl=3, mitglieder=(6, 6), sitzungen=(30, 30), **STILL)
    return srs


def _weg_wie_die_app(massnahme: Massnahme) -> None:
    schritte = list(massnahme.schritte.order_by("wann", "pk"))
    assert (schritte[0].von_status, schritte[0].status) == ("", S.IDEE)
    for vorher, schritt in pairwise(schritte):
        assert schritt.von_status == vorher.status and schritt.wann >= vorher.wann
        art = SCHRITTE[SCHRITT_ZU[schritt.status]]
        erlaubt = (S.EVALUIERT,) if callable(art.von) else art.von
        assert schritt.von_status in erlaubt, (massnahme, schritt)
        if schritt.sitzung_id:  # at that meeting, under its agenda item, linked both ways
            assert schritt.wann.date() == schritt.sitzung.datum
            assert schritt.top.sitzung_id == schritt.sitzung_id
            assert MassnahmenTop.objects.filter(massnahme=massnahme, top=schritt.top).exists()
    assert schritte[-1].status == massnahme.status
    assert schritte[-1].wann <= timezone.now()
    assert massnahme.erstellt_von.username.startswith(PERSON_MARKE)


def _geld_wie_die_app(massnahme: Massnahme) -> None:
    plan = {m.monat: m.betrag for m in massnahme.monatsplan.all()}
    if plan:
        assert sum(plan.values()) == massnahme.beantragte_summe
    if massnahme.status in BINDEND:
        plan_pruefen(plan, massnahme.beantragte_summe, massnahme.beginn, massnahme.ende)
        assert laufzeit_monate(massnahme.beginn, massnahme.vereinbart_bis) <= 12
        assert laufzeit_monate(massnahme.beginn, massnahme.ende) <= 24
    heute = timezone.localdate()
    for auszahlung in massnahme.auszahlungen.all():
        assert massnahme.status in (*BINDEND, S.ABGEBROCHEN)
        assert auszahlung.betrag == plan[auszahlung.monat]
        assert monat_plus(auszahlung.monat, 1) <= heute and auszahlung.monat <= massnahme.ende
        if massnahme.status == S.ABGEBROCHEN:  # its months until it was broken off
            assert monat_plus(auszahlung.monat, 1) <= massnahme.ende


def test_bench_sozialraumarbeit_wie_die_app(stadt):
    assert bench_sozialraumarbeit_anlegen(massnahmen=(12, 14), **STILL) >= 26
    heute = timezone.localdate()
    for regionalraum in (s.regionalraum for s in stadt[::3]):
        massnahmen = bench_massnahmen().filter(regionalraum=regionalraum)
        assert set(massnahmen.values_list("status", flat=True)) == set(S.values)
        for jahr in (heute.year - 1, heute.year, heute.year + 1):
            stand = jahresstand(regionalraum, jahr)
            assert stand.budget.notiz.startswith(BUDGET_MARKE)
            assert stand.verfuegbar >= 0  # no Regionalraum overcommitted
        assert jahresstand(regionalraum, heute.year).gebunden > 0
    for massnahme in bench_massnahmen():
        assert massnahme.titel.startswith(MARKE)
        assert massnahme.sozialraeume.exists() and massnahme.partner.exists()
        _weg_wie_die_app(massnahme)
        _geld_wie_die_app(massnahme)
    assert MassnahmenTop.objects.exists()  # some steps at the AG 78's meetings
    laengste = laengste_massnahme()
    assert laengste.status == S.VERLAENGERT and laengste.n_schritte == 13
    assert laengste.schritte.filter(status=S.ZURUECKGESTELLT).count() == 3
    assert laengste.monatsplan.count() == 24 and laengste.barrieren.count() == 3

    for model in (Ressource, Barriere):
        je_sr = [model.objects.filter(sozialraum=s).count() for s in stadt]
        assert je_sr[0] == 15 and all(5 <= n <= 15 for n in je_sr)
        for eintrag in model.objects.select_related("traeger"):
            assert eintrag.suchwoerter == suchwoerter_fuer(eintrag) != ""
            assert eintrag.erfasst_von.username.startswith(PERSON_MARKE)
            if eintrag.einrichtung_id:
                assert eintrag.einrichtung.sozialraum_id == eintrag.sozialraum_id
    assert Ressource.objects.filter(sitzung__isnull=False).exists()

    assert bench_sozialraumarbeit_anlegen(**STILL) == 0  # no duplicates
    n = bench_massnahmen().count()
    assert bench_sozialraumarbeit_entfernen() == n
    assert not Massnahme.objects.exists() and not MassnahmenTop.objects.exists()
    assert not Ressource.objects.exists() and not Barriere.objects.exists()
    assert not Budget.objects.exists()
    assert not User.objects.filter(username__startswith=PERSON_MARKE).exists()
    assert Traeger.objects.count() == 45 and Gremium.objects.count() == 3

    # Removing the bench Gremien takes the Sozialraumarbeit pointing at their meetings along.
    bench_sozialraumarbeit_anlegen(massnahmen=(12, 12), eintraege=(5, 5), **STILL)
    assert bench_gremien_entfernen() == 3
    connection.check_constraints()
    assert not Sitzung.objects.exists() and not Massnahme.objects.exists()


def abfragen(client, url: str) -> int:
    client.get(url)  # warm process-wide caches (content types, the search's cache) first
    with CaptureQueriesContext(connection) as erfasst:
        antwort = client.get(url)
    assert antwort.status_code == 200, url
    return len(erfasst)


def seiten_abfragen(client, admin, fachkraft, koordination, sozialraum) -> dict:
    massnahme = laengste_massnahme()
    jahr = timezone.localdate().year
    seiten = {
        admin: {
            "liste": "/massnahmen/",
            "massnahme": f"/massnahmen/{massnahme.pk}/",
            "budgets": f"/budget/{jahr}/",
            "budget": f"/budget/{jahr}/{massnahme.regionalraum_id}/",
            "export": f"/budget/{jahr}/uebersicht.xlsx",
        },
        koordination: {"liste eingegrenzt": "/massnahmen/", "start": "/"},
        fachkraft: {"sozialraum": sozialraum.get_absolute_url()},
    }
    zahlen = {}
    for user, urls in seiten.items():
        client.force_login(user)
        for seite, url in urls.items():
            zahlen[seite] = abfragen(client, url)
    return zahlen


def test_seiten_konstant(stadt, client):
    admin = UserFactory(username="verwaltung", rolle=JUGENDAMT_ADMINISTRATION)
    fachkraft = User.objects.get(username="bench-fachkraft")
    koordination = bench_koordination()
    assert len(koordinierte_sozialraeume(koordination)) == 6  # all six of the small city
    assert bench_koordination() == koordination
    bench_sozialraumarbeit_anlegen(massnahmen=(12, 12), eintraege=(5, 5), **STILL)
    wenige = seiten_abfragen(client, admin, fachkraft, koordination, stadt[0])
    bench_sozialraumarbeit_entfernen()
    bench_sozialraumarbeit_anlegen(massnahmen=(40, 40), **STILL)
    assert bench_massnahmen().count() == 80
    viele = seiten_abfragen(client, admin, fachkraft, koordination, stadt[0])
    assert wenige == viele
    # The measure with the longest way (its plan spans three years), as the administration:
    # session, user, her two model permission lists, the measure, its steps, agenda items
    # and month plan, her object rights, its Regionalraum's budget with and without it
    # (2 × 6: budgets, plans, payouts of broken-off measures, plan and paid per measure,
    # paid per month; each for all three years at once: it was 2 × 6 per year), its
    # Sozialräume, Zielgruppen, barriers and partners.
    assert viele["massnahme"] == 25
