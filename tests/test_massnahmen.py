"""SRAE measures from idea to evaluation: the rules of each step (sozialraumarbeit/massnahmen/
ablauf.py), who may take it (permissions.py), the pages, the agenda link and the reminder."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from guardian.shortcuts import assign_perm

from gremien.models import Beschluss, Gremium, Sitzung
from sozialraum.werkzeuge.konflikt import stand_von
from sozialraum.zugang import rollen
from sozialraum.zugang.zustaendigkeit import VERWALTEN
from sozialraumarbeit.massnahmen import ablauf
from sozialraumarbeit.massnahmen.ablauf import MassnahmenFehler
from sozialraumarbeit.massnahmen.erinnerung import erinnerungen_senden
from sozialraumarbeit.massnahmen.schritte import SCHRITTE
from sozialraumarbeit.models import Budget, Massnahme, Massnahmenschritt, MassnahmenTop
from tests.factories import (
    GremiumFactory,
    JugendamtFactory,
    MassnahmeFactory,
    MitgliedschaftFactory,
    RegionalraumFactory,
    SitzungFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

D = datetime.date
S = Massnahme.Status
JAHR = 2031


def _plan(ab: D, monate: int, betrag: str = "1000.00") -> dict:
    plan = {}
    for i in range(monate):
        index = ab.year * 12 + ab.month - 1 + i
        plan[D(index // 12, index % 12 + 1, 1)] = Decimal(betrag)
    return plan


@pytest.fixture
def raum():
    raum = RegionalraumFactory(name="Nordstadt")
    Budget.objects.create(regionalraum=raum, jahr=JAHR, betrag=Decimal("50000.00"))
    Budget.objects.create(regionalraum=raum, jahr=JAHR + 1, betrag=Decimal("50000.00"))
    return raum


@pytest.fixture
def sozialraum(raum):
    return SozialraumFactory(regionalraum=raum, name="Am Hafen")


@pytest.fixture
def traeger():
    return TraegerFactory(name="Hafenkinder e.V.")


@pytest.fixture
def redaktion(traeger):
    user = UserFactory(username="redaktion", rolle=rollen.TRAEGER_REDAKTION)
    assign_perm("traeger.change_traeger", user, traeger)
    return user


@pytest.fixture
def koordination(sozialraum):
    user = UserFactory(username="koordination", rolle=rollen.SOZIALRAUMKOORDINATION)
    assign_perm(rollen.KOORDINIEREN, user, sozialraum)
    return user


@pytest.fixture
def verwaltung():
    return UserFactory(username="verwaltung", rolle=rollen.JUGENDAMT_ADMINISTRATION, is_staff=True)


@pytest.fixture
def fachkraft():
    return UserFactory(username="fachkraft", rolle=rollen.FACHKRAFT)


@pytest.fixture
def massnahme(raum, sozialraum, traeger, redaktion):
    m = MassnahmeFactory(
        titel="Elterncafé am Hafen",
        traeger=traeger,
        regionalraum=raum,
        sozialraeume=[sozialraum],
        plan=_plan(D(JAHR, 1, 1), 12),
    )
    ablauf.massnahme_idee_festhalten(m, redaktion)
    return m


@pytest.fixture
def sitzung(sozialraum):
    gremium = GremiumFactory(
        name="Sozialraumteam Hafen", art=Gremium.Art.SOZIALRAUMTEAM, sozialraum=sozialraum
    )
    return SitzungFactory(gremium=gremium, datum=timezone.localdate() + datetime.timedelta(days=7))


def _frisch(m):
    return Massnahme.objects.get(pk=m.pk)


def _bis_empfohlen(m, sitzung, wer):
    beratung = ablauf.massnahme_auf_tagesordnung(m, sitzung, wer)
    ablauf.massnahme_beraten(_frisch(m), wer, top=beratung.top)
    beschluss = Beschluss.objects.create(
        sitzung=sitzung, top=beratung.top, text="Die Lenkungsgruppe empfiehlt die Maßnahme."
    )
    ablauf.massnahme_entscheiden(_frisch(m), wer, ergebnis=S.EMPFOHLEN, beschluss=beschluss)
    return beschluss


def _bis_evaluiert(m, sitzung, wer):
    _bis_empfohlen(m, sitzung, wer)
    ablauf.massnahme_vereinbaren(_frisch(m), wer, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31))
    ablauf.massnahme_starten(_frisch(m), wer)
    ablauf.massnahme_evaluieren(
        _frisch(m), wer, zielerreichung="erreicht", erkenntnisse="Gut besucht."
    )
    return _frisch(m)


# The way, step by step ----------------------------------------------------------------------


def test_der_ganze_weg_schreibt_je_schritt_einen_eintrag(massnahme, sitzung, verwaltung):
    beschluss = _bis_empfohlen(massnahme, sitzung, verwaltung)
    ablauf.massnahme_vereinbaren(
        _frisch(massnahme), verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31)
    )
    ablauf.massnahme_starten(_frisch(massnahme), verwaltung)
    ablauf.massnahme_evaluieren(
        _frisch(massnahme), verwaltung, zielerreichung="teilweise", erkenntnisse="Mehr Abende."
    )
    ablauf.massnahme_verlaengern(
        _frisch(massnahme),
        verwaltung,
        neues_ende=D(JAHR + 1, 6, 30),
        zusatzplan=_plan(D(JAHR + 1, 1, 1), 6, "500.00"),
        zusatzsumme=Decimal("3000.00"),
    )
    ablauf.massnahme_evaluieren(
        _frisch(massnahme), verwaltung, zielerreichung="erreicht", erkenntnisse="Trägt sich."
    )
    ablauf.massnahme_beenden(_frisch(massnahme), verwaltung)

    m = _frisch(massnahme)
    assert m.status == S.BEENDET
    assert (m.beginn, m.vereinbart_bis, m.ende) == (
        D(JAHR, 1, 1),
        D(JAHR, 12, 31),
        D(JAHR + 1, 6, 30),
    )
    assert m.beantragte_summe == Decimal("15000.00")
    assert [s.status for s in m.schritte.order_by("wann", "pk")] == [
        S.IDEE, S.BERATEN, S.EMPFOHLEN, S.VEREINBART, S.LAEUFT, S.EVALUIERT,
        S.VERLAENGERT, S.EVALUIERT, S.BEENDET,
    ]  # fmt: skip
    entscheidung = m.schritte.get(status=S.EMPFOHLEN)
    assert entscheidung.beschluss == beschluss and entscheidung.sitzung == sitzung
    assert entscheidung.von_status == S.BERATEN and entscheidung.wer == verwaltung


def test_zurueckgestellt_geht_zurueck_in_die_beratung(massnahme, sitzung, verwaltung):
    beratung = ablauf.massnahme_auf_tagesordnung(massnahme, sitzung, verwaltung)
    ablauf.massnahme_beraten(_frisch(massnahme), verwaltung, top=beratung.top)
    beschluss = Beschluss.objects.create(sitzung=sitzung, text="Zurückgestellt.")
    with pytest.raises(MassnahmenFehler, match="was bis zur nächsten Beratung"):
        ablauf.massnahme_entscheiden(
            _frisch(massnahme), verwaltung, ergebnis=S.ZURUECKGESTELLT, beschluss=beschluss
        )
    ablauf.massnahme_entscheiden(
        _frisch(massnahme),
        verwaltung,
        ergebnis=S.ZURUECKGESTELLT,
        beschluss=beschluss,
        bemerkung="Kostenplan für Räume nachreichen.",
    )
    ablauf.massnahme_beraten(_frisch(massnahme), verwaltung, top=beratung.top)
    assert _frisch(massnahme).status == S.BERATEN


def test_beraten_nur_unter_einem_top_der_massnahme(massnahme, sitzung, verwaltung):
    with pytest.raises(MassnahmenFehler, match="Tagesordnungspunkt nennen"):
        ablauf.massnahme_beraten(massnahme, verwaltung, top=None)
    fremder_top = sitzung.tops.create(titel="Verschiedenes", position=1)
    with pytest.raises(MassnahmenFehler, match="berät nicht diese Maßnahme"):
        ablauf.massnahme_beraten(massnahme, verwaltung, top=fremder_top)


def test_entscheiden_braucht_einen_beschluss_der_beratenden_sitzung(massnahme, sitzung, verwaltung):
    beratung = ablauf.massnahme_auf_tagesordnung(massnahme, sitzung, verwaltung)
    ablauf.massnahme_beraten(_frisch(massnahme), verwaltung, top=beratung.top)
    with pytest.raises(MassnahmenFehler, match="Beschluss der Lenkungsgruppe"):
        ablauf.massnahme_entscheiden(
            _frisch(massnahme), verwaltung, ergebnis=S.EMPFOHLEN, beschluss=None
        )
    andere = SitzungFactory(gremium=sitzung.gremium)
    fremd = Beschluss.objects.create(sitzung=andere, text="Etwas anderes.")
    with pytest.raises(MassnahmenFehler, match="nicht beraten hat"):
        ablauf.massnahme_entscheiden(
            _frisch(massnahme), verwaltung, ergebnis=S.EMPFOHLEN, beschluss=fremd
        )


def test_schritt_im_falschen_stand_abgelehnt(massnahme, verwaltung):
    with pytest.raises(
        MassnahmenFehler, match="„Vereinbaren“ geht nicht, solange die Maßnahme „Idee“"
    ):
        ablauf.massnahme_vereinbaren(
            massnahme, verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31)
        )
    with pytest.raises(MassnahmenFehler, match="Abbrechen"):
        ablauf.massnahme_abbrechen(massnahme, verwaltung, grund="Kein Personal")


def test_veralteter_stand_wird_abgelehnt(massnahme, sitzung, verwaltung):
    alt = stand_von(massnahme)
    Massnahme.objects.get(pk=massnahme.pk).save()  # somebody saved meanwhile
    beratung = ablauf.massnahme_auf_tagesordnung(massnahme, sitzung, verwaltung)
    with pytest.raises(MassnahmenFehler, match="inzwischen"):
        ablauf.massnahme_beraten(
            massnahme, verwaltung, top=beratung.top, stand=datetime.datetime.fromisoformat(alt)
        )
    assert _frisch(massnahme).status == S.IDEE


# Rules of the agreement -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("beginn", "ende", "erlaubt"),
    [
        (D(JAHR, 1, 1), D(JAHR, 12, 31), True),  # 12 months exactly
        (D(JAHR, 1, 15), D(JAHR + 1, 1, 14), True),  # 12 months from mid-month
        (D(JAHR, 1, 1), D(JAHR + 1, 1, 1), False),  # 13 months (one day more)
    ],
)
def test_hoechstens_zwoelf_monate(massnahme, sitzung, verwaltung, beginn, ende, erlaubt):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    if erlaubt:
        ablauf.massnahme_vereinbaren(_frisch(massnahme), verwaltung, beginn=beginn, ende=ende)
        assert _frisch(massnahme).status == S.VEREINBART
    else:
        with pytest.raises(MassnahmenFehler):
            ablauf.massnahme_vereinbaren(_frisch(massnahme), verwaltung, beginn=beginn, ende=ende)


def test_zeitraum_ueber_zwoelf_monate_mit_deutscher_meldung():
    with pytest.raises(MassnahmenFehler, match="13 Monate; vereinbart werden höchstens 12"):
        ablauf.zeitraum_pruefen(D(JAHR, 1, 1), D(JAHR + 1, 1, 1))
    with pytest.raises(MassnahmenFehler, match="Ende muss nach dem Beginn"):
        ablauf.zeitraum_pruefen(D(JAHR, 5, 1), D(JAHR, 4, 30))
    assert ablauf.zeitraum_pruefen(D(JAHR, 3, 15), D(JAHR + 1, 3, 14)) == 12


def test_monatsplan_ausserhalb_des_zeitraums(massnahme, sitzung, verwaltung):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    with pytest.raises(MassnahmenFehler, match="12/2031; das liegt außerhalb des Zeitraums"):
        ablauf.massnahme_vereinbaren(
            _frisch(massnahme), verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 11, 30)
        )


def test_monatsplan_muss_auf_den_cent_stimmen(massnahme, sitzung, verwaltung):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    Massnahme.objects.filter(pk=massnahme.pk).update(beantragte_summe=Decimal("12000.01"))
    with pytest.raises(MassnahmenFehler, match=r"Unterschied: 0,01 €"):
        ablauf.massnahme_vereinbaren(
            _frisch(massnahme), verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31)
        )


def test_plan_pruefen_ohne_zeitraum():
    ablauf.plan_pruefen(
        {D(JAHR, 1, 1): Decimal("0.10"), D(JAHR, 2, 1): Decimal("0.20")}, Decimal("0.3")
    )
    with pytest.raises(MassnahmenFehler, match="negativ"):
        ablauf.plan_pruefen({D(JAHR, 1, 1): Decimal("-1")}, Decimal("-1"))


def test_budget_reicht_nicht_ohne_ausdrueckliche_ueberschreitung(
    massnahme, sitzung, verwaltung, raum
):
    Budget.objects.filter(regionalraum=raum, jahr=JAHR).update(betrag=Decimal("11999.99"))
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    with pytest.raises(
        MassnahmenFehler, match=r"2031: benötigt 12\.000,00 €, verfügbar 11\.999,99 €"
    ):
        ablauf.massnahme_vereinbaren(
            _frisch(massnahme), verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31)
        )
    with pytest.raises(MassnahmenFehler, match="begründen"):
        ablauf.massnahme_vereinbaren(
            _frisch(massnahme),
            verwaltung,
            beginn=D(JAHR, 1, 1),
            ende=D(JAHR, 12, 31),
            budget_ueberschreiten=True,
        )
    schritt = ablauf.massnahme_vereinbaren(
        _frisch(massnahme),
        verwaltung,
        beginn=D(JAHR, 1, 1),
        ende=D(JAHR, 12, 31),
        budget_ueberschreiten=True,
        bemerkung="Rest kommt aus der Umschichtung im Herbst.",
    )
    assert schritt.budget_ueberschritten
    assert schritt.bemerkung == "Rest kommt aus der Umschichtung im Herbst."


def test_ohne_budget_des_jahres_nur_mit_ueberschreitung(massnahme, sitzung, verwaltung, raum):
    Budget.objects.filter(regionalraum=raum).delete()
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    with pytest.raises(MassnahmenFehler, match="kein Budget eingetragen"):
        ablauf.massnahme_vereinbaren(
            _frisch(massnahme), verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31)
        )


# Rules of the extension ---------------------------------------------------------------------


def _verlaengern(m, wer, neues_ende, ab, monate, **kw):
    return ablauf.massnahme_verlaengern(
        _frisch(m),
        wer,
        neues_ende=neues_ende,
        zusatzplan=_plan(ab, monate, "100.00"),
        zusatzsumme=Decimal("100.00") * monate,
        **kw,
    )


def test_keine_verlaengerung_ohne_evaluation(massnahme, sitzung, verwaltung):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    ablauf.massnahme_vereinbaren(
        _frisch(massnahme), verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31)
    )
    ablauf.massnahme_starten(_frisch(massnahme), verwaltung)
    with pytest.raises(MassnahmenFehler, match="erst nach einer Evaluation"):
        _verlaengern(massnahme, verwaltung, D(JAHR + 1, 3, 31), D(JAHR + 1, 1, 1), 3)


def test_nur_einmal_verlaengern(massnahme, sitzung, verwaltung):
    _bis_evaluiert(massnahme, sitzung, verwaltung)
    _verlaengern(massnahme, verwaltung, D(JAHR + 1, 3, 31), D(JAHR + 1, 1, 1), 3)
    ablauf.massnahme_evaluieren(
        _frisch(massnahme), verwaltung, zielerreichung="erreicht", erkenntnisse="Weiter so."
    )
    with pytest.raises(MassnahmenFehler, match="nur einmal verlängert"):
        _verlaengern(massnahme, verwaltung, D(JAHR + 1, 6, 30), D(JAHR + 1, 4, 1), 3)


def test_verlaengerung_hoechstens_zwoelf_monate(massnahme, sitzung, verwaltung):
    _bis_evaluiert(massnahme, sitzung, verwaltung)
    with pytest.raises(MassnahmenFehler, match="13 Monate"):
        _verlaengern(massnahme, verwaltung, D(JAHR + 2, 1, 1), D(JAHR + 1, 1, 1), 12)
    _verlaengern(massnahme, verwaltung, D(JAHR + 1, 12, 31), D(JAHR + 1, 1, 1), 12)
    assert _frisch(massnahme).status == S.VERLAENGERT


def test_insgesamt_hoechstens_24_monate(massnahme, sitzung, verwaltung):
    m = _bis_evaluiert(massnahme, sitzung, verwaltung)
    # A period agreed before the registry kept the rule (14 months, entered by hand).
    Massnahme.objects.filter(pk=m.pk).update(beginn=D(JAHR - 1, 11, 1))
    with pytest.raises(MassnahmenFehler, match="26 Monate; insgesamt sind höchstens 24"):
        _verlaengern(m, verwaltung, D(JAHR + 1, 12, 31), D(JAHR + 1, 1, 1), 12)


def test_verlaengerung_neues_ende_nach_dem_alten(massnahme, sitzung, verwaltung):
    _bis_evaluiert(massnahme, sitzung, verwaltung)
    with pytest.raises(MassnahmenFehler, match="nach dem bisherigen Ende"):
        _verlaengern(massnahme, verwaltung, D(JAHR, 12, 31), D(JAHR + 1, 1, 1), 1)


def test_verlaengerung_prueft_budget_und_plan(massnahme, sitzung, verwaltung, raum):
    _bis_evaluiert(massnahme, sitzung, verwaltung)
    with pytest.raises(MassnahmenFehler, match="außerhalb des Zeitraums"):
        _verlaengern(massnahme, verwaltung, D(JAHR + 1, 2, 28), D(JAHR + 1, 1, 1), 3)
    Budget.objects.filter(regionalraum=raum, jahr=JAHR + 1).update(betrag=Decimal("100"))
    with pytest.raises(MassnahmenFehler, match="Budget des Regionalraums reicht nicht"):
        _verlaengern(massnahme, verwaltung, D(JAHR + 1, 3, 31), D(JAHR + 1, 1, 1), 3)
    schritt = _verlaengern(
        massnahme,
        verwaltung,
        D(JAHR + 1, 3, 31),
        D(JAHR + 1, 1, 1),
        3,
        budget_ueberschreiten=True,
        bemerkung="Beschluss des JHA vom 3.3.",
    )
    assert schritt.budget_ueberschritten and schritt.beginn == D(JAHR + 1, 1, 1)


def test_beenden_erst_nach_evaluation_abbrechen_mit_grund(massnahme, sitzung, verwaltung):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    ablauf.massnahme_vereinbaren(
        _frisch(massnahme), verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31)
    )
    ablauf.massnahme_starten(_frisch(massnahme), verwaltung)
    with pytest.raises(MassnahmenFehler, match="zuerst evaluieren"):
        ablauf.massnahme_beenden(_frisch(massnahme), verwaltung)
    with pytest.raises(MassnahmenFehler, match="Grund des Abbruchs"):
        ablauf.massnahme_abbrechen(_frisch(massnahme), verwaltung, grund="  ")
    ablauf.massnahme_abbrechen(_frisch(massnahme), verwaltung, grund="Fachkraft fehlt.")
    m = _frisch(massnahme)
    assert m.status == S.ABGEBROCHEN and m.abbruchgrund == "Fachkraft fehlt."


# The agenda ---------------------------------------------------------------------------------


def test_auf_die_tagesordnung_einer_geplanten_sitzung(massnahme, sitzung, koordination):
    beratung = ablauf.massnahme_auf_tagesordnung(massnahme, sitzung, koordination)
    assert beratung.top.titel == "Maßnahme beraten: Elterncafé am Hafen"
    assert beratung.top.sitzung == sitzung
    with pytest.raises(MassnahmenFehler, match="schon auf der Tagesordnung"):
        ablauf.massnahme_auf_tagesordnung(massnahme, sitzung, koordination)
    vergangen = SitzungFactory(
        gremium=sitzung.gremium, datum=timezone.localdate() - datetime.timedelta(days=1)
    )
    with pytest.raises(MassnahmenFehler, match="geplante Sitzung"):
        ablauf.massnahme_auf_tagesordnung(massnahme, vergangen, koordination)


def test_sitzung_verweist_auf_die_massnahme(client, massnahme, sitzung, koordination):
    ablauf.massnahme_auf_tagesordnung(massnahme, sitzung, koordination)
    client.force_login(koordination)
    seite = client.get(sitzung.get_absolute_url()).content.decode()
    assert "Maßnahme: Elterncafé am Hafen" in seite
    assert massnahme.get_absolute_url() in seite
    ohne_rolle = UserFactory(username="ohne")
    MitgliedschaftFactory(gremium=sitzung.gremium, person=ohne_rolle)
    client.force_login(ohne_rolle)
    seite = client.get(sitzung.get_absolute_url()).content.decode()
    assert "Maßnahme beraten: Elterncafé am Hafen" in seite  # the TOP itself
    assert massnahme.get_absolute_url() not in seite


# Permissions and pages ----------------------------------------------------------------------


def _url(name, m, *args):
    return reverse(f"sozialraumarbeit:{name}", args=[m.pk, *args])


def test_jede_rolle_sieht_massnahmen_ohne_rolle_niemand(client, massnahme, fachkraft):
    client.force_login(fachkraft)
    assert (
        "Elterncafé am Hafen" in client.get(reverse("sozialraumarbeit:massnahmen")).content.decode()
    )
    assert client.get(massnahme.get_absolute_url()).status_code == 200
    assert client.get(_url("massnahme_bearbeiten", massnahme)).status_code == 403
    assert client.get(_url("massnahme_schritt", massnahme, "beraten")).status_code == 403
    client.force_login(UserFactory(username="ohne_rolle"))
    assert client.get(reverse("sozialraumarbeit:massnahmen")).status_code == 404
    assert client.get(massnahme.get_absolute_url()).status_code == 404


def test_nur_die_verwaltung_vereinbart(
    client, massnahme, sitzung, koordination, redaktion, verwaltung
):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    for wer in (koordination, redaktion):
        client.force_login(wer)
        assert client.get(_url("massnahme_schritt", massnahme, "vereinbaren")).status_code == 403
    client.force_login(verwaltung)
    m = _frisch(massnahme)
    antwort = client.post(
        _url("massnahme_schritt", m, "vereinbaren"),
        {"stand": stand_von(m), "beginn": "2031-01-01", "ende": "2031-12-31"},
    )
    assert antwort.status_code == 302
    assert _frisch(m).status == S.VEREINBART


def test_verwaltung_eines_anderen_jugendamts_vereinbart_nicht(
    client, massnahme, sitzung, verwaltung
):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    bezirk = UserFactory(username="bezirk", rolle=rollen.JUGENDAMT_ADMINISTRATION, is_staff=True)
    assign_perm(VERWALTEN, bezirk, JugendamtFactory(schluessel="ANDERS"))
    client.force_login(bezirk)
    assert client.get(massnahme.get_absolute_url()).status_code == 200
    assert client.get(_url("massnahme_schritt", massnahme, "vereinbaren")).status_code == 403


def test_fremde_redaktion_bearbeitet_nicht(client, massnahme):
    andere = UserFactory(username="andere", rolle=rollen.TRAEGER_REDAKTION)
    assign_perm("traeger.change_traeger", andere, TraegerFactory())
    client.force_login(andere)
    assert client.get(_url("massnahme_bearbeiten", massnahme)).status_code == 403
    assert client.get(_url("massnahme_tagesordnung", massnahme)).status_code == 403


def test_koordination_des_gremiums_haelt_beratung_fest(client, massnahme, sitzung, redaktion):
    ablauf.massnahme_auf_tagesordnung(massnahme, sitzung, redaktion)
    leitung = UserFactory(username="leitung", rolle=rollen.GREMIUM_KOORDINATION)
    assign_perm("gremien.change_gremium", leitung, sitzung.gremium)
    client.force_login(leitung)
    m = _frisch(massnahme)
    top = MassnahmenTop.objects.get(massnahme=m).top
    antwort = client.post(
        _url("massnahme_schritt", m, "beraten"),
        {"stand": stand_von(m), "top": top.pk, "bemerkung": "Einstimmig unterstützt."},
    )
    assert antwort.status_code == 302
    schritt = Massnahmenschritt.objects.get(massnahme=m, status=S.BERATEN)
    assert schritt.wer == leitung and schritt.top == top
    # The Redaktion may not record the discussion.
    client.force_login(redaktion)
    assert client.get(_url("massnahme_schritt", m, "entscheiden")).status_code == 403


def test_schritt_formular_zeigt_regelverstoss(client, massnahme, sitzung, verwaltung):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    client.force_login(verwaltung)
    m = _frisch(massnahme)
    antwort = client.post(
        _url("massnahme_schritt", m, "vereinbaren"),
        {"stand": stand_von(m), "beginn": "2031-01-01", "ende": "2032-01-31"},
    )
    assert antwort.status_code == 200
    assert "13 Monate; vereinbart werden höchstens 12 Monate" in antwort.content.decode()
    assert _frisch(m).status == S.EMPFOHLEN


def test_unbekannter_schritt_404(client, massnahme, verwaltung):
    client.force_login(verwaltung)
    assert client.get(_url("massnahme_schritt", massnahme, "zaubern")).status_code == 404


def test_budgetueberschreitung_steht_im_verlauf(client, massnahme, sitzung, verwaltung, raum):
    Budget.objects.filter(regionalraum=raum, jahr=JAHR).update(betrag=Decimal("100"))
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    client.force_login(verwaltung)
    m = _frisch(massnahme)
    daten = {"stand": stand_von(m), "beginn": "2031-01-01", "ende": "2031-12-31"}
    antwort = client.post(_url("massnahme_schritt", m, "vereinbaren"), daten)
    assert "Budget des Regionalraums reicht nicht" in antwort.content.decode()
    daten.update(budget_ueberschreiten="on", bemerkung="Sondermittel zugesagt.")
    client.post(_url("massnahme_schritt", m, "vereinbaren"), daten)
    seite = client.get(m.get_absolute_url()).content.decode()
    assert "Budget bewusst überschritten." in seite
    assert "Sondermittel zugesagt." in seite


def test_entwurf_anlegen_mit_partnern_und_verteiltem_plan(client, redaktion, traeger, sozialraum):
    client.force_login(redaktion)
    daten = {
        "titel": "Spielplatzpaten",
        "traeger": traeger.pk,
        "sozialraeume": [sozialraum.pk],
        "bedarf": "Der Spielplatz verwahrlost.",
        "ziele": "Paten aus dem Haus kümmern sich.",
        "ueberpruefung": "Begehung alle drei Monate.",
        "beantragte_summe": "1000.00",
        "verteilen_ab": "2031-01",
        "verteilen_monate": "3",
        "partner-TOTAL_FORMS": "2",
        "partner-INITIAL_FORMS": "0",
        "partner-0-name": "Grundschule am Hafen",
        "partner-0-art": "schule",
        "partner-0-rolle": "Elternabende",
        "partner-1-art": "traeger",
        "plan-TOTAL_FORMS": "1",
        "plan-INITIAL_FORMS": "0",
    }
    antwort = client.post(reverse("sozialraumarbeit:massnahme_neu"), daten)
    assert antwort.status_code == 302, antwort.content.decode()
    m = Massnahme.objects.get(titel="Spielplatzpaten")
    assert m.regionalraum == sozialraum.regionalraum
    assert [p.name for p in m.partner.all()] == ["Grundschule am Hafen"]
    assert [b.betrag for b in m.monatsplan.all()] == [
        Decimal("333.33"), Decimal("333.33"), Decimal("333.34")
    ]  # fmt: skip
    assert m.schritte.get().status == S.IDEE


def test_entwurf_plan_muss_zur_summe_passen(client, redaktion, traeger, sozialraum):
    client.force_login(redaktion)
    daten = {
        "titel": "Spielplatzpaten",
        "traeger": traeger.pk,
        "sozialraeume": [sozialraum.pk],
        "bedarf": "b",
        "ziele": "z",
        "ueberpruefung": "u",
        "beantragte_summe": "1000.00",
        "partner-TOTAL_FORMS": "0",
        "partner-INITIAL_FORMS": "0",
        "plan-TOTAL_FORMS": "2",
        "plan-INITIAL_FORMS": "0",
        "plan-0-monat": "2031-01",
        "plan-0-betrag": "500.00",
        "plan-1-monat": "2031-02",
        "plan-1-betrag": "499.99",
    }
    antwort = client.post(reverse("sozialraumarbeit:massnahme_neu"), daten)
    assert antwort.status_code == 200
    assert "Unterschied: 0,01 €" in antwort.content.decode()
    assert not Massnahme.objects.filter(titel="Spielplatzpaten").exists()


def test_redaktion_legt_nur_fuer_den_eigenen_traeger_an(client, redaktion, sozialraum):
    client.force_login(redaktion)
    fremd = TraegerFactory(name="Fremder Träger")
    seite = client.get(reverse("sozialraumarbeit:massnahme_neu")).content.decode()
    fuehrend = seite[
        seite.index('name="traeger"') : seite.index("</select>", seite.index('name="traeger"'))
    ]
    assert "Hafenkinder e.V." in fuehrend and "Fremder Träger" not in fuehrend
    assert "Fremder Träger" in seite  # as a partner, every Träger of the registry
    client.force_login(UserFactory(username="fk2", rolle=rollen.FACHKRAFT))
    assert client.get(reverse("sozialraumarbeit:massnahme_neu")).status_code == 403
    assert fremd.pk


def test_liste_der_koordination_eingegrenzt_und_erweiterbar(
    client, massnahme, koordination, django_assert_max_num_queries
):
    andere = MassnahmeFactory(titel="Jugendbude Weststadt")
    client.force_login(koordination)
    # Session and user, her object rights, the filter form's three choice lists, the
    # measures with Träger and Regionalraum, their Sozialräume (prefetch).
    with django_assert_max_num_queries(12):
        seite = client.get(reverse("sozialraumarbeit:massnahmen")).content.decode()
    assert "Elterncafé am Hafen" in seite and andere.titel not in seite
    assert "Alle Maßnahmen zeigen" in seite
    seite = client.get(reverse("sozialraumarbeit:massnahmen") + "?alle=1").content.decode()
    assert andere.titel in seite
    seite = client.get(
        reverse("sozialraumarbeit:massnahmen") + "?alle=1&status=laeuft"
    ).content.decode()
    assert andere.titel not in seite and "Keine Maßnahmen gefunden." in seite


def test_liste_seitenweise_mit_filter(client, fachkraft, massnahme):
    from sozialraumarbeit.massnahmen.views import PRO_SEITE

    MassnahmeFactory.create_batch(PRO_SEITE, status=Massnahme.Status.IDEE)
    client.force_login(fachkraft)
    liste = reverse("sozialraumarbeit:massnahmen")
    erste = client.get(liste, {"status": "idee"}).content.decode()
    assert f"{PRO_SEITE + 1} Maßnahmen" in erste and "Seite 1 von 2" in erste
    # The next page keeps the filter.
    assert "?status=idee&amp;seite=2" in erste
    zweite = client.get(liste, {"status": "idee", "seite": 2})
    assert len(zweite.context["seite"]) == 1
    assert client.get(liste, {"seite": "99"}).context["seite"].number == 2  # the last one
    assert client.get(liste, {"seite": "x"}).context["seite"].number == 1


def test_liste_filter_mit_unsinnigen_werten(client, fachkraft, massnahme):
    client.force_login(fachkraft)
    antwort = client.get(reverse("sozialraumarbeit:massnahmen") + "?regionalraum=x&status=nix")
    assert antwort.status_code == 200


def test_massnahmenseite_zeigt_evaluation_faellig(client, massnahme, sitzung, verwaltung):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    ablauf.massnahme_vereinbaren(
        _frisch(massnahme), verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31)
    )
    client.force_login(verwaltung)
    seite = client.get(massnahme.get_absolute_url()).content.decode()
    assert "Evaluation fällig am 30.11.2031" in seite
    assert "Sozialraumteam Hafen" in seite


# The reminder -------------------------------------------------------------------------------


def test_erinnerung_einmal_an_redaktion_und_koordination(
    massnahme, sitzung, verwaltung, redaktion, koordination
):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    ablauf.massnahme_vereinbaren(
        _frisch(massnahme), verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31)
    )
    assert erinnerungen_senden("https://register.example", heute=D(JAHR, 10, 30)) == []
    gesendet = erinnerungen_senden("https://register.example/", heute=D(JAHR, 11, 30))
    assert len(gesendet) == 1 and len(mail.outbox) == 1
    nachricht = mail.outbox[0]
    assert sorted(nachricht.to) == sorted([redaktion.email, koordination.email])
    assert "Evaluation fällig: Elterncafé am Hafen" in nachricht.subject
    assert "fällig am 30.11.2031" in nachricht.body
    assert f"https://register.example{massnahme.get_absolute_url()}" in nachricht.body
    assert erinnerungen_senden("https://register.example", heute=D(JAHR, 12, 1)) == []
    assert len(mail.outbox) == 1
    assert _frisch(massnahme).erinnert_am == D(JAHR, 11, 30)


def test_befehl_massnahmen_erinnern(massnahme, sitzung, verwaltung, redaktion):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    heute = timezone.localdate()
    m = _frisch(massnahme)
    Massnahme.objects.filter(pk=m.pk).update(
        status=S.LAEUFT, beginn=heute, ende=heute + datetime.timedelta(days=20)
    )
    call_command("massnahmen_erinnern", "--trockenlauf", stdout=io.StringIO())
    assert mail.outbox == []
    call_command("massnahmen_erinnern", "--basis-url", "https://r.example", stdout=io.StringIO())
    call_command("massnahmen_erinnern", "--basis-url", "https://r.example", stdout=io.StringIO())
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [redaktion.email]


def test_verlaengerung_setzt_die_erinnerung_zurueck(massnahme, sitzung, verwaltung):
    m = _bis_evaluiert(massnahme, sitzung, verwaltung)
    Massnahme.objects.filter(pk=m.pk).update(erinnert_am=D(JAHR, 11, 30))
    _verlaengern(m, verwaltung, D(JAHR + 1, 3, 31), D(JAHR + 1, 1, 1), 3)
    assert _frisch(m).erinnert_am is None
    assert ablauf.evaluation_faellig_am(_frisch(m)) == D(JAHR + 1, 2, 29)  # a leap year


def test_lenkungsgruppe_als_sitzung_waehlbar(client, massnahme, koordination, sozialraum):
    lenkung = GremiumFactory(
        name="Lenkungsgruppe Nord", art=Gremium.Art.LENKUNGSGRUPPE, sozialraum=sozialraum
    )
    ag = GremiumFactory(name="AG 78 Nord", art=Gremium.Art.AG78, sozialraum=sozialraum)
    for g in (lenkung, ag):
        SitzungFactory(gremium=g, datum=timezone.localdate() + datetime.timedelta(days=3))
    client.force_login(koordination)
    seite = client.get(_url("massnahme_tagesordnung", massnahme)).content.decode()
    assert "Lenkungsgruppe Nord" in seite and "AG 78 Nord" not in seite
    sitzung = Sitzung.objects.get(gremium=lenkung)
    antwort = client.post(
        _url("massnahme_tagesordnung", massnahme),
        {"stand": stand_von(massnahme), "sitzung": sitzung.pk},
    )
    assert antwort.status_code == 302
    assert sitzung.tops.get().titel == "Maßnahme beraten: Elterncafé am Hafen"


def test_koordination_einer_lenkungsgruppe_setzt_auf_ihre_tagesordnung(client, massnahme):
    lenkung = GremiumFactory(name="Lenkungsgruppe Nord", art=Gremium.Art.LENKUNGSGRUPPE)
    sitzung = SitzungFactory(
        gremium=lenkung, datum=timezone.localdate() + datetime.timedelta(days=5)
    )
    lena = UserFactory(username="lena", rolle=rollen.GREMIUM_KOORDINATION)
    client.force_login(lena)
    assert client.get(_url("massnahme_tagesordnung", massnahme)).status_code == 403
    assign_perm("gremien.change_gremium", lena, lenkung)
    seite = client.get(massnahme.get_absolute_url()).content.decode()
    assert "Auf die Tagesordnung einer Sitzung setzen" in seite
    assert "Beratung im Sozialraumteam festhalten" not in seite  # not on her agenda yet
    client.post(
        _url("massnahme_tagesordnung", massnahme),
        {"stand": stand_von(massnahme), "sitzung": sitzung.pk},
    )
    ablauf.massnahme_beraten(
        _frisch(massnahme), lena, top=MassnahmenTop.objects.get(massnahme=massnahme).top
    )
    seite = client.get(massnahme.get_absolute_url()).content.decode()
    assert "Entscheidung der Lenkungsgruppe festhalten" in seite
    assert "Vereinbaren" not in seite


def _entwurf_daten(massnahme, **aenderungen):
    daten = {
        "titel": massnahme.titel,
        "traeger": massnahme.traeger_id,
        "sozialraeume": [s.pk for s in massnahme.sozialraeume.all()],
        "bedarf": massnahme.bedarf,
        "ziele": massnahme.ziele,
        "ueberpruefung": massnahme.ueberpruefung,
        "beantragte_summe": "12000.00",
        "stand": stand_von(massnahme),
        "partner-TOTAL_FORMS": "1",
        "partner-INITIAL_FORMS": "0",
        "plan-TOTAL_FORMS": "0",
        "plan-INITIAL_FORMS": "0",
    }
    # The stored month plan, as the form shows it.
    plan = list(massnahme.monatsplan.all())
    daten["plan-TOTAL_FORMS"] = daten["plan-INITIAL_FORMS"] = str(len(plan))
    for i, zeile in enumerate(plan):
        daten[f"plan-{i}-id"] = zeile.pk
        daten[f"plan-{i}-massnahme"] = massnahme.pk
        daten[f"plan-{i}-monat"] = f"{zeile.monat:%Y-%m}"
        daten[f"plan-{i}-betrag"] = str(zeile.betrag)
    daten.update(aenderungen)
    return daten


def test_entwurf_bearbeiten_mit_konfliktpruefung(client, massnahme, redaktion, koordination):
    alt = _entwurf_daten(massnahme, titel="Elterncafé am Hafen (neu)")  # loaded by Karla
    client.force_login(redaktion)
    antwort = client.post(
        _url("massnahme_bearbeiten", massnahme), _entwurf_daten(massnahme, ziele="Neu.")
    )
    assert antwort.status_code == 302
    client.force_login(koordination)
    antwort = client.post(_url("massnahme_bearbeiten", massnahme), alt)
    assert antwort.status_code == 200
    assert "inzwischen" in antwort.content.decode()
    assert _frisch(massnahme).titel == "Elterncafé am Hafen"


def test_partner_nur_mit_rolle_ist_ein_fehler(client, massnahme, redaktion):
    client.force_login(redaktion)
    daten = _entwurf_daten(massnahme, **{"partner-0-rolle": "Räume", "partner-0-art": "schule"})
    antwort = client.post(_url("massnahme_bearbeiten", massnahme), daten)
    assert "Bitte einen Träger wählen oder den Partner benennen." in antwort.content.decode()


def test_verwaltung_eines_jugendamts_legt_nur_dort_an(client, traeger):
    fremd = SozialraumFactory(
        name="Woanders",
        regionalraum=RegionalraumFactory(jugendamt=JugendamtFactory(schluessel="X2")),
    )
    eigenes_amt = JugendamtFactory(schluessel="X1")
    bezirk = UserFactory(username="bezirk", rolle=rollen.JUGENDAMT_ADMINISTRATION)
    assign_perm(VERWALTEN, bezirk, eigenes_amt)
    client.force_login(bezirk)
    daten = {
        "titel": "Woanders",
        "traeger": traeger.pk,
        "sozialraeume": [fremd.pk],
        "bedarf": "b",
        "ziele": "z",
        "ueberpruefung": "u",
        "beantragte_summe": "10.00",
        "partner-TOTAL_FORMS": "0",
        "partner-INITIAL_FORMS": "0",
        "plan-TOTAL_FORMS": "0",
        "plan-INITIAL_FORMS": "0",
    }
    antwort = client.post(reverse("sozialraumarbeit:massnahme_neu"), daten)
    assert antwort.status_code == 200
    assert "oder einen Ihres Jugendamts" in antwort.content.decode()


def test_nach_der_empfehlung_passt_nur_die_verwaltung_den_entwurf_an(
    client, massnahme, sitzung, verwaltung, redaktion
):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    client.force_login(redaktion)
    assert client.get(_url("massnahme_bearbeiten", massnahme)).status_code == 403
    client.force_login(verwaltung)
    m = _frisch(massnahme)
    antwort = client.post(
        _url("massnahme_bearbeiten", m), _entwurf_daten(m, beantragte_summe="12000.00")
    )
    assert antwort.status_code == 302
    ablauf.massnahme_vereinbaren(_frisch(m), verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31))
    assert client.get(_url("massnahme_bearbeiten", m)).status_code == 403


@pytest.mark.parametrize("schritt", sorted(SCHRITTE))
def test_jeder_schritt_im_falschen_stand_ohne_500(client, massnahme, verwaltung, schritt):
    client.force_login(verwaltung)
    daten = {
        "stand": stand_von(massnahme),
        "beginn": "2031-01-01",
        "ende": "2031-12-31",
        "neues_ende": "2032-06-30",
        "zusatzsumme": "10.00",
        "zielerreichung": "erreicht",
        "erkenntnisse": "x",
        "evaluiert_am": "2031-11-01",
        "grund": "x",
        "ergebnis": "empfohlen",
        "plan-TOTAL_FORMS": "0",
        "plan-INITIAL_FORMS": "0",
    }
    antwort = client.post(_url("massnahme_schritt", massnahme, schritt), daten)
    assert antwort.status_code == 200
    assert _frisch(massnahme).status == S.IDEE


def test_koordination_bricht_ab_fachkraft_nicht(
    client, massnahme, sitzung, verwaltung, koordination, fachkraft
):
    _bis_empfohlen(massnahme, sitzung, verwaltung)
    ablauf.massnahme_vereinbaren(
        _frisch(massnahme), verwaltung, beginn=D(JAHR, 1, 1), ende=D(JAHR, 12, 31)
    )
    m = _frisch(massnahme)
    daten = {"stand": stand_von(m), "grund": "Die Räume fallen weg."}
    client.force_login(fachkraft)
    assert client.post(_url("massnahme_schritt", m, "abbrechen"), daten).status_code == 403
    client.force_login(koordination)
    seite = client.get(m.get_absolute_url()).content.decode()
    assert "Maßnahme abbrechen" in seite and "Vereinbaren" not in seite
    antwort = client.post(_url("massnahme_schritt", m, "abbrechen"), daten)
    assert antwort.status_code == 302
    m = _frisch(m)
    assert m.status == S.ABGEBROCHEN
    seite = client.get(m.get_absolute_url()).content.decode()
    assert "Die Räume fallen weg." in seite


def test_datenschutz_auskunft_und_loeschung_erfassen_den_verlauf(massnahme, redaktion, verwaltung):
    """The general data-protection machinery (sozialraum/datenschutz/) reaches measures: her
    steps are in the export, and after erasure they stay as the anonymised account's, her
    name replaced in their remarks."""
    from sozialraum.datenschutz.anfragen import loeschen, person_aus
    from sozialraum.datenschutz.auskunft import auskunft_json

    redaktion.first_name, redaktion.last_name = "Rita", "Sommerfeld"
    redaktion.save()
    Massnahmenschritt.objects.create(
        massnahme=massnahme,
        status=S.IDEE,
        wer=verwaltung,
        bemerkung="Mit Rita Sommerfeld besprochen.",
    )
    person = person_aus({"sozialraum.user": [redaktion.pk]})
    export = auskunft_json(person)
    assert "sozialraumarbeit.massnahmenschritt" in export.lower()  # her idea's first step
    loeschen(person, ausgefuehrt_von=verwaltung)
    schritt = massnahme.schritte.get(wer=redaktion)
    assert schritt.wer.get_full_name() != "Rita Sommerfeld"
    assert "Sommerfeld" not in massnahme.schritte.get(wer=verwaltung).bemerkung


def test_bedarf_verweist_auf_barrieren_des_sozialraums(client, redaktion, traeger, sozialraum):
    """The need a measure answers: barriers of its Sozialräume, shown on both pages; one of
    another Sozialraum is refused at the field."""
    from tests.factories import BarriereFactory

    bus = BarriereFactory(sozialraum=sozialraum, titel="Kein Bus nach 20 Uhr")
    fremd = BarriereFactory(titel="Spielplatz gesperrt")
    client.force_login(redaktion)
    daten = {
        "titel": "Abendshuttle zum Jugendclub",
        "traeger": traeger.pk,
        "sozialraeume": [sozialraum.pk],
        "bedarf": "Jugendliche kommen abends nicht nach Hause.",
        "barrieren": [bus.pk, fremd.pk],
        "ziele": "z",
        "ueberpruefung": "u",
        "beantragte_summe": "100.00",
        "partner-TOTAL_FORMS": "0",
        "partner-INITIAL_FORMS": "0",
        "plan-TOTAL_FORMS": "1",
        "plan-INITIAL_FORMS": "0",
        "plan-0-monat": "2031-01",
        "plan-0-betrag": "100.00",
    }
    antwort = client.post(reverse("sozialraumarbeit:massnahme_neu"), daten)
    assert "liegt in keinem der gewählten Sozialräume" in antwort.content.decode()
    daten["barrieren"] = [bus.pk]
    antwort = client.post(reverse("sozialraumarbeit:massnahme_neu"), daten)
    assert antwort.status_code == 302
    m = Massnahme.objects.get(titel="Abendshuttle zum Jugendclub")
    assert list(m.barrieren.all()) == [bus]
    seite = client.get(m.get_absolute_url()).content.decode()
    assert "Kein Bus nach 20 Uhr" in seite and "Lückentabelle Am Hafen" in seite
    assert "Abendshuttle zum Jugendclub" in client.get(bus.get_absolute_url()).content.decode()
