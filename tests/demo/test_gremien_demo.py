"""The demo Gremien of Musterstadt: a year of meetings, minutes, decisions and tasks."""

import pytest
from django.test import RequestFactory
from django.utils import timezone

from gremien.bereiche import meine_gremienarbeit
from gremien.demo.gremien import ZUKUNFT_AB
from gremien.models import (
    Aufgabe,
    Beschluss,
    Gremium,
    Mitgliedschaft,
    Protokollversion,
    Sitzung,
    Tagesordnungspunkt,
    Teilnahme,
)
from gremien.sitzung.protokoll import markdown_html, stand
from sozialraum.models import User
from sozialraum.zugang.rollen import FACHKRAFT
from traeger.demo.stammdaten import STICHTAG

pytestmark = pytest.mark.django_db

G = Gremium.Art
# The demo's dates are fixed: past meetings before STICHTAG, planned ones from ZUKUNFT_AB on.
# Checks against the real date run only while ZUKUNFT_AB is still ahead of it.
VOR_DEN_PLANTERMINEN = timezone.localdate() < ZUKUNFT_AB


def _gremium(name: str) -> Gremium:
    return Gremium.objects.get(name=name)


def test_rund_zehn_gremien_aller_arten():
    assert 9 <= Gremium.objects.count() <= 13
    arten = {art: Gremium.objects.filter(art=art).count() for art in G.values}
    assert arten[G.AG78] == 4
    assert set(
        Gremium.objects.filter(art=G.AG78).values_list("regionalraum__schluessel", flat=True)
    ) == {
        "01",
        "02",
        "03",
        "04",
    }
    assert 2 <= arten[G.STADTTEILTISCH] <= 3
    for art in (G.SOZIALRAUMTEAM, G.LENKUNGSGRUPPE, G.FOKUSGRUPPE, G.KONFERENZ):
        assert arten[art] >= 1, art
    lindenhof = _gremium("Stadtteiltisch Lindenhof")
    assert lindenhof.sozialraum.schluessel == "0103"
    assert _gremium("AG 78 Nord").regionalraum.schluessel == "01"
    assert _gremium("Lenkungsgruppe Nord").regionalraum.schluessel == "01"
    sichtbarkeit = set(Gremium.objects.values_list("sichtbarkeit", flat=True))
    assert {Gremium.Sichtbarkeit.MITGLIEDER, Gremium.Sichtbarkeit.FACHKRAEFTE} <= sichtbarkeit
    assert Gremium.objects.filter(sichtbarkeit=Gremium.Sichtbarkeit.MITGLIEDER).count() > (
        Gremium.objects.count() / 2
    )
    for g in Gremium.objects.all():
        g.full_clean()
        assert g.rhythmus and g.beschreibung, g


def test_sitzungen_ueber_ein_jahr_und_naechste_termine():
    for g in Gremium.objects.all():
        vergangen = g.sitzungen.filter(datum__lt=STICHTAG)
        assert vergangen.count() >= 6, g
        if g.art != G.KONFERENZ:  # the conference meets twice a year, since 2023
            assert not vergangen.filter(datum__lt=STICHTAG.replace(year=STICHTAG.year - 1)).exists()
        assert not vergangen.filter(status__in=[Sitzung.Status.GEPLANT, Sitzung.Status.EINGELADEN])
        assert not g.sitzungen.filter(datum__gte=STICHTAG, datum__lt=ZUKUNFT_AB).exists()
        kuenftig = g.sitzungen.filter(datum__gte=ZUKUNFT_AB)
        assert 1 <= kuenftig.count() <= 3, g
        assert kuenftig.filter(status=Sitzung.Status.EINGELADEN).count() == 1, g
        if VOR_DEN_PLANTERMINEN:
            assert g.sitzungen.filter(datum__gte=timezone.localdate()).count() == kuenftig.count()
        assert not kuenftig.filter(status=Sitzung.Status.DURCHGEFUEHRT).exists()
        for s in g.sitzungen.all():
            s.full_clean()
            assert s.ort, s
    assert Sitzung.objects.filter(status=Sitzung.Status.ABGESAGT).count() == 1


def test_tagesordnungen_mit_unterpunkten():
    for s in Sitzung.objects.prefetch_related("tops"):
        tops = list(s.tops.all())
        haupt = [t for t in tops if t.eltern_id is None]
        assert 3 <= len(haupt) <= 6, s
        assert len({t.position for t in tops}) == len(tops)
        assert all(t.eltern is None or t.eltern.sitzung_id == s.pk for t in tops)
    assert Tagesordnungspunkt.objects.filter(eltern__isnull=False).count() >= 20
    assert Tagesordnungspunkt.objects.filter(verantwortlich__isnull=False).count() >= 300
    titel = set(Tagesordnungspunkt.objects.values_list("titel", flat=True))
    for erwartet in (
        "Begrüßung und Protokollkontrolle",
        "Bericht aus dem Jugendamt",
        "Verschiedenes",
    ):
        assert erwartet in titel


def test_protokolle_freigegeben_ausser_dem_letzten():
    for g in Gremium.objects.all():
        durchgefuehrt = list(
            g.sitzungen.filter(status=Sitzung.Status.DURCHGEFUEHRT).order_by("datum")
        )
        *frueher, letzte = durchgefuehrt
        assert letzte.protokoll_status == Sitzung.Protokollstatus.ENTWURF, g
        assert not letzte.protokollversionen.exists()
        assert len(frueher) >= 5
        for s in frueher:
            assert s.freigegeben, s
            versionen = list(s.protokollversionen.all())
            assert [v.version for v in versionen] == [1] == [s.protokoll_version]
            assert versionen[0].inhalt == stand(s)
            assert s.datum < versionen[0].freigegeben_am.date() < STICHTAG
        for s in durchgefuehrt:
            assert all(t.protokoll for t in s.tops.all()), s
    geplant = Sitzung.objects.exclude(status=Sitzung.Status.DURCHGEFUEHRT)
    assert not Tagesordnungspunkt.objects.filter(sitzung__in=geplant).exclude(protokoll="")
    assert not Protokollversion.objects.filter(sitzung__in=geplant).exists()


def test_protokolle_sind_markdown_ohne_platzhalter():
    texte = list(
        Tagesordnungspunkt.objects.exclude(protokoll="").values_list("protokoll", flat=True)
    )
    texte += list(Beschluss.objects.values_list("text", flat=True))
    texte += list(Aufgabe.objects.values_list("was", flat=True))
    texte += list(Sitzung.objects.values_list("einladungstext", flat=True))
    assert not [t for t in texte if "{" in t or "}" in t or ".." in t]
    assert any("<ul>" in markdown_html(t) for t in texte)
    assert any("<ol>" in markdown_html(t) for t in texte)


def test_anwesenheit_realistisch():
    for s in Sitzung.objects.exclude(status=Sitzung.Status.DURCHGEFUEHRT):
        assert not s.teilnahmen.exists(), s
    for s in Sitzung.objects.filter(status=Sitzung.Status.DURCHGEFUEHRT):
        assert s.teilnahmen.filter(
            mitgliedschaft__rolle=Mitgliedschaft.Rolle.KOORDINATION,
            status=Teilnahme.Status.ANWESEND,
        ).exists(), s
    alle = Teilnahme.objects.filter(mitgliedschaft__isnull=False).count()
    anwesend = Teilnahme.objects.filter(status=Teilnahme.Status.ANWESEND).count()
    assert 0.55 <= anwesend / alle <= 0.85
    assert Teilnahme.objects.filter(status=Teilnahme.Status.ENTSCHULDIGT).exists()
    assert Teilnahme.objects.filter(status=Teilnahme.Status.FEHLT).exists()
    assert Teilnahme.objects.exclude(gast_name="").count() >= 10
    assert Teilnahme.objects.filter(traeger__isnull=False).count() >= 0.8 * alle
    assert Teilnahme.objects.filter(mitgliedschaft__rolle=Mitgliedschaft.Rolle.VERTRETUNG).exists()


def test_mitgliedschaften():
    rollen = set(Mitgliedschaft.objects.values_list("rolle", flat=True))
    assert rollen == set(Mitgliedschaft.Rolle.values)
    for g in Gremium.objects.all():
        assert g.mitgliedschaften.filter(rolle=Mitgliedschaft.Rolle.KOORDINATION).count() == 1
        assert g.mitgliedschaften.filter(traeger__isnull=False, person__isnull=True).exists(), g
    vertretung = Mitgliedschaft.objects.get(
        rolle=Mitgliedschaft.Rolle.VERTRETUNG, gremium__name="AG 78 Nord"
    )
    assert vertretung.vertretung_fuer.gremium_id == vertretung.gremium_id
    assert vertretung.vertretung_fuer.traeger_id == vertretung.traeger_id
    for m in Mitgliedschaft.objects.all():
        m.full_clean()
    # The Träger of an AG 78 have an Einrichtung in its Regionalraum.
    ag = _gremium("AG 78 Ost")
    for m in ag.mitgliedschaften.filter(traeger__isnull=False, rolle=Mitgliedschaft.Rolle.MITGLIED):
        assert m.traeger.einrichtungen.filter(regionalraum=ag.regionalraum).exists(), m
    personen = User.objects.filter(
        email__endswith="@musterstadt.example", mitgliedschaften__isnull=False
    )
    weitere = personen.exclude(
        username__in=["admin", "koordination", "redaktion", "gremium", "fachkraft"]
    )
    assert weitere.distinct().count() >= 5
    for user in weitere.distinct():
        assert not user.has_usable_password()
        assert user.groups.filter(name=FACHKRAFT).exists()


def test_gremium_koordination_darf_ag_78_nord_bearbeiten():
    gremium = User.objects.get(username="gremium")
    koordiniert = [
        g.name for g in Gremium.objects.all() if gremium.has_perm("gremien.change_gremium", g)
    ]
    assert "AG 78 Nord" in koordiniert
    assert "Stadtteiltisch Lindenhof" in koordiniert
    assert 2 <= len(koordiniert) <= 3
    assert not gremium.has_perm("gremien.change_gremium", _gremium("AG 78 Ost"))
    koordination = User.objects.get(username="koordination")
    assert koordination.has_perm("gremien.change_gremium", _gremium("Lenkungsgruppe Nord"))
    fachkraft = User.objects.get(username="fachkraft")
    assert not any(fachkraft.has_perm("gremien.change_gremium", g) for g in Gremium.objects.all())


def test_fachkraft_ist_mitglied_und_hat_offene_aufgaben():
    fachkraft = User.objects.get(username="fachkraft")
    mitglied = Mitgliedschaft.objects.aktiv().filter(person=fachkraft)
    assert set(mitglied.values_list("gremium__name", "rolle")) == {
        ("AG 78 Nord", Mitgliedschaft.Rolle.MITGLIED),
        ("Stadtteiltisch Lindenhof", Mitgliedschaft.Rolle.MITGLIED),
    }
    offen = list(Aufgabe.objects.offen().filter(person=fachkraft))
    assert 1 <= len(offen) <= 2
    assert sum(a.faellig < STICHTAG for a in offen) == 1
    assert any(a.ueberfaellig for a in offen)
    anfrage = RequestFactory().get("/")
    anfrage.user = fachkraft
    start = meine_gremienarbeit(anfrage)
    assert start is not None
    assert {a.pk for a in start["aufgaben"]} == {a.pk for a in offen}
    if VOR_DEN_PLANTERMINEN:
        assert sum(a.ueberfaellig for a in offen) == 1
        assert start["sitzungen"]


def test_aufgaben_meist_erledigt_einige_offen_wenige_ueberfaellig():
    alle = Aufgabe.objects.count()
    assert alle >= 60
    erledigt = Aufgabe.objects.filter(status=Aufgabe.Status.ERLEDIGT)
    assert erledigt.count() > alle / 2
    assert not erledigt.filter(erledigt_am__isnull=True).exists()
    assert not erledigt.filter(erledigt_am__gte=STICHTAG).exists()
    offen = Aufgabe.objects.offen()
    ueberfaellig = offen.filter(faellig__lt=STICHTAG)
    assert offen.filter(faellig__gte=ZUKUNFT_AB).count() >= 5
    assert not offen.filter(faellig__gte=STICHTAG, faellig__lt=ZUKUNFT_AB).exists()
    assert 3 <= ueberfaellig.count() < alle / 4
    assert all(a.ueberfaellig for a in ueberfaellig)
    for a in Aufgabe.objects.select_related("sitzung"):
        a.full_clean()
        assert a.gremium_id == a.sitzung.gremium_id
        assert a.faellig > a.sitzung.datum
        assert a.sitzung.status == Sitzung.Status.DURCHGEFUEHRT


def test_beschluesse_teils_mit_abstimmung():
    mit_stimmen = Beschluss.objects.filter(ja__isnull=False)
    assert mit_stimmen.exists()
    assert Beschluss.objects.filter(ja__isnull=True).exists()
    for b in mit_stimmen.select_related("sitzung"):
        anwesend = b.sitzung.teilnahmen.filter(
            status=Teilnahme.Status.ANWESEND, mitgliedschaft__isnull=False
        ).count()
        assert b.ja + b.nein + b.enthaltung <= anwesend
        assert b.ja > b.nein


def test_rhythmus_als_regel_wie_im_text():
    """Every Gremium meeting on a rule has it as a rule too, and the next date it proposes
    after its last meeting is one the text promises."""
    from gremien.sitzung.rhythmus import in_worten, naechste_sitzung

    nord = _gremium("AG 78 Nord")
    assert in_worten(nord) == "am ersten Dienstag im Monat, nicht im August"
    assert _gremium("AG 78 West").get_rhythmus_regel_display() == "monatlich am letzten Wochentag"
    for g in Gremium.objects.exclude(rhythmus_regel=""):
        letzte = g.sitzungen.order_by("-datum").first()
        vorschlag = naechste_sitzung(g, heute=letzte.datum)
        assert vorschlag.datum > letzte.datum, g
        assert vorschlag.datum.weekday() == g.rhythmus_wochentag, g
        assert str(vorschlag.datum.month) not in g.rhythmus_pause.split(","), g
        assert vorschlag.beginn == letzte.beginn, g
    vorschlag = naechste_sitzung(nord, heute=nord.sitzungen.order_by("-datum").first().datum)
    assert vorschlag.datum.day <= 7
    assert Gremium.objects.filter(rhythmus_regel="").count() <= 2  # conferences: fixed dates


def test_gremien_arbeiten_zusammen():
    """Issue #16: structure, delegations with a stand-in, a passed-on Empfehlung decided."""
    from gremien.demo.struktur import struktur_laden
    from gremien.models import Weitergabe

    lenkung = _gremium("Lenkungsgruppe Nord")
    assert lenkung.uebergeordnet == _gremium("Sozialraumkonferenz Nord")
    assert _gremium("Fokusgruppe Bildung Nord").uebergeordnet == lenkung
    assert _gremium("Sozialraumteam Altstadt-Nord").uebergeordnet == lenkung
    delegation = lenkung.mitgliedschaften.get(person__username="katrin.wagner")
    assert delegation.entsandt_von.gremium.name == "Fokusgruppe Bildung Nord"
    vertretung = delegation.vertretungen.get()
    assert vertretung.person.username == "frank.hartmann"
    assert lenkung.mitgliedschaften.get(person__username="claudia.hoffmann").entsandt_von
    for m in Mitgliedschaft.objects.filter(entsandt_von__isnull=False):
        m.full_clean()
    weitergabe = Weitergabe.objects.select_related("beschluss__sitzung__gremium").get()
    assert weitergabe.beschluss.art == Beschluss.Art.EMPFEHLUNG
    assert weitergabe.beschluss.sitzung.gremium.uebergeordnet == lenkung
    assert weitergabe.top.sitzung.gremium == lenkung
    assert weitergabe.top.sitzung.datum > weitergabe.beschluss.sitzung.datum
    assert weitergabe.ergebnis.text.startswith("Die Lenkungsgruppe folgt der Empfehlung")
    # A second run changes nothing.
    zeilen = []
    struktur_laden(zeilen.append)
    assert zeilen == [
        "Gremienstruktur: 0 aktualisiert; Delegationen: 0 aktualisiert, Vertretungen: 0 neu; "
        "Empfehlungen: 0 markiert; Weitergaben: 0 neu"
    ]
