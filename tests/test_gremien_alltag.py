"""The Koordination's everyday fixes (#16): TOP numbers alike everywhere, confirmation
before inviting to a past or releasing a future meeting, the next date from the Gremium's
rhythm, a VTIMEZONE in the calendar, German plurals."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse

from gremien.forms import AufgabeForm, BeschlussForm, ProtokollForm
from gremien.models import Tagesordnungspunkt
from sozialraum.zugang.rollen import FACHKRAFT, GREMIUM_KOORDINATION
from tests.factories import GremiumFactory, MitgliedschaftFactory, SitzungFactory, UserFactory

pytestmark = pytest.mark.django_db

# What every place must show, in this order.
REIHE = [
    ("1", "Begrüßung"),
    ("2", "Berichte aus den Einrichtungen"),
    ("2.1", "Kinderhaus"),
    ("2.2", "Jugendclub"),
    ("3", "Verschiedenes"),
]


@pytest.fixture
def ag():
    gremium = GremiumFactory(name="AG 78 Nord")
    koordination = UserFactory(
        username="greta", rolle=GREMIUM_KOORDINATION, email="greta@example.org"
    )
    mitglied = UserFactory(username="fatma", rolle=FACHKRAFT, email="fatma@example.org")
    MitgliedschaftFactory(gremium=gremium, person=koordination, rolle="koordination")
    MitgliedschaftFactory(gremium=gremium, person=mitglied)
    sitzung = SitzungFactory(gremium=gremium, datum=datetime.date(2026, 10, 6))
    return {"gremium": gremium, "koordination": koordination, "sitzung": sitzung}


@pytest.fixture
def agenda(ag):
    """Sub-items whose positions sort before and after their parent's: ordered by position
    alone, "Kinderhaus" (1) would come before "Berichte" (2) and "Jugendclub" (3) after
    "Verschiedenes" (3, made earlier)."""
    s = ag["sitzung"]
    neu = Tagesordnungspunkt.objects.create
    neu(sitzung=s, titel="Begrüßung", position=1)
    berichte = neu(sitzung=s, titel="Berichte aus den Einrichtungen", position=2)
    neu(sitzung=s, titel="Verschiedenes", position=3)
    neu(sitzung=s, titel="Jugendclub", position=3, eltern=berichte)
    neu(sitzung=s, titel="Kinderhaus", position=1, eltern=berichte)
    return s


def _reihe_im_text(text: str, muster: str) -> list[tuple[str, str]]:
    """The (number, title) pairs of REIHE in the order they appear in the text, each found
    by ``muster`` (with {n} and {t} for number and title)."""
    stellen = []
    for nummer, titel in REIHE:
        treffer = re.search(muster.format(n=re.escape(nummer), t=re.escape(titel)), text)
        assert treffer, (nummer, titel)
        stellen.append((treffer.start(), (nummer, titel)))
    return [paar for _stelle, paar in sorted(stellen)]


def test_sitzungsseite_und_druckansichten_gleich_nummeriert(client, ag, agenda):
    client.force_login(ag["koordination"])
    seite = client.get(agenda.get_absolute_url()).text
    assert _reihe_im_text(seite, r"TOP {n}</span>\s*<span[^>]*>{t}<") == REIHE
    einladung = client.get(reverse("gremien:einladung_drucken", args=[agenda.pk])).text
    assert _reihe_im_text(einladung, r"<td>{n}</td><td>{t}</td>") == REIHE
    protokoll = client.get(reverse("gremien:protokoll_drucken", args=[agenda.pk])).text
    assert _reihe_im_text(protokoll, r"TOP {n}: {t}</h2>") == REIHE


def test_einladungsmail_mit_unterpunkten(client, ag, agenda):
    client.force_login(ag["koordination"])
    client.post(reverse("gremien:einladen", args=[agenda.pk]), {"bestaetigt": "1"})
    text = mail.outbox[0].body
    assert _reihe_im_text(text, r"TOP {n}: {t}\n") == REIHE
    assert "    TOP 2.1: Kinderhaus" in text  # sub-items indented under their main item


def test_protokolleditor_in_der_reihenfolge_der_tagesordnung(ag, agenda):
    form = ProtokollForm(sitzung=agenda)
    assert [feld.label for _top, feld in form.top_felder()] == [f"TOP {n}: {t}" for n, t in REIHE]


@pytest.mark.parametrize("formular", [BeschlussForm, AufgabeForm])
def test_top_auswahl_nummeriert(ag, agenda, formular):
    form = formular(sitzung=agenda)
    auswahl = [label for wert, label in form.fields["top"].choices if wert]
    assert auswahl == [f"TOP {n}: {t}" for n, t in REIHE]


def test_beschluss_nennt_seine_topnummer(client, ag, agenda):
    kinderhaus = agenda.tops.get(titel="Kinderhaus")
    agenda.beschluesse.create(top=kinderhaus, text="Das Kinderhaus lädt ein.")
    client.force_login(ag["koordination"])
    assert "(TOP 2.1 „Kinderhaus“)" in client.get(agenda.get_absolute_url()).text


def test_protokollversion_haelt_nummern_fest(ag, agenda):
    from gremien.sitzung.protokoll import protokoll_freigeben

    version = protokoll_freigeben(agenda, ag["koordination"])
    assert [(t["nummer"], t["titel"]) for t in version.inhalt["tops"]] == REIHE


def test_oparl_nummern_wie_auf_der_seite(client, ag, agenda, settings):
    settings.OFFENE_DATEN = True
    ag["gremium"].sichtbarkeit = "oeffentlich"
    ag["gremium"].save()
    nummern = {}
    for top in agenda.tops.all():
        antwort = client.get(reverse("oparl:agenda_item", args=[top.pk]))
        assert antwort.status_code == 200, antwort.content[:300]
        nummern[antwort.json()["number"]] = top.titel
    assert sorted(nummern.items()) == REIHE


# --- confirmations ---------------------------------------------------------------------

VERGANGEN = datetime.date(2020, 3, 3)
ZUKUENFTIG = datetime.date(2099, 3, 3)


def test_einladung_fuer_vergangene_sitzung_fragt_nach(client, ag):
    sitzung = ag["sitzung"]
    sitzung.datum = VERGANGEN
    sitzung.save()
    client.force_login(ag["koordination"])
    url = reverse("gremien:einladen", args=[sitzung.pk])
    antwort = client.post(url)
    assert antwort.status_code == 200
    assert "Die Sitzung am 03.03.2020 liegt in der Vergangenheit." in antwort.text
    assert "Ja, trotzdem einladen" in antwort.text
    assert 'name="bestaetigt" value="1"' in antwort.text
    assert f'action="{url}"' in antwort.text
    assert not mail.outbox
    sitzung.refresh_from_db()
    assert sitzung.status == "geplant"
    antwort = client.post(url, {"bestaetigt": "1"})
    assert antwort.status_code == 302
    assert len(mail.outbox) == 1


def test_einladung_fuer_kuenftige_sitzung_ohne_rueckfrage(client, ag):
    ag["sitzung"].datum = ZUKUENFTIG
    ag["sitzung"].save()
    client.force_login(ag["koordination"])
    assert client.post(reverse("gremien:einladen", args=[ag["sitzung"].pk])).status_code == 302
    assert len(mail.outbox) == 1


def test_freigabe_vor_der_sitzung_fragt_einmal(client, ag):
    sitzung = ag["sitzung"]
    sitzung.datum = ZUKUENFTIG
    sitzung.status = "eingeladen"
    sitzung.save()
    client.force_login(ag["koordination"])
    url = reverse("gremien:freigeben", args=[sitzung.pk])
    antwort = client.post(url)
    assert antwort.status_code == 200
    assert "liegt in der Zukunft" in antwort.text and "Ja, trotzdem freigeben" in antwort.text
    sitzung.refresh_from_db()
    assert not sitzung.freigegeben and sitzung.status == "eingeladen"
    # The confirmed POST releases at once: no second question.
    antwort = client.post(url, {"bestaetigt": "1"}, follow=True)
    assert antwort.redirect_chain and "Ja, trotzdem" not in antwort.text
    assert "Das Protokoll ist freigegeben" in antwort.text
    sitzung.refresh_from_db()
    assert sitzung.freigegeben and sitzung.protokoll_version == 1
    assert sitzung.status == "durchgefuehrt"
    letzte = sitzung.history.first()
    assert letzte.status == "durchgefuehrt"
    assert letzte.history_change_reason == "Protokoll freigegeben"


def test_freigabe_nach_der_sitzung_ohne_rueckfrage_setzt_status(client, ag):
    sitzung = ag["sitzung"]
    sitzung.datum = VERGANGEN
    sitzung.save()
    client.force_login(ag["koordination"])
    antwort = client.post(reverse("gremien:freigeben", args=[sitzung.pk]))
    assert antwort.status_code == 302
    sitzung.refresh_from_db()
    assert sitzung.freigegeben and sitzung.status == "durchgefuehrt"
    assert sitzung.history.filter(status="durchgefuehrt").count() == 1


def test_abgesagte_sitzung_bleibt_abgesagt(ag):
    from gremien.sitzung.protokoll import protokoll_freigeben

    sitzung = ag["sitzung"]
    sitzung.status = "abgesagt"
    sitzung.save()
    protokoll_freigeben(sitzung, ag["koordination"])
    sitzung.refresh_from_db()
    assert sitzung.status == "abgesagt" and sitzung.freigegeben


def test_rueckfrage_nur_fuer_die_koordination(client, ag):
    ag["sitzung"].datum = ZUKUENFTIG
    ag["sitzung"].save()
    client.force_login(UserFactory(username="otto", rolle=FACHKRAFT))
    antwort = client.post(reverse("gremien:freigeben", args=[ag["sitzung"].pk]))
    assert antwort.status_code == 404


# --- calendar ----------------------------------------------------------------------------


def test_kalender_mit_vtimezone_europe_berlin(client, ag):
    from icalendar import Calendar

    winter = ag["sitzung"]  # 6.10.2026 is summer time, 1.12. is not
    SitzungFactory(gremium=ag["gremium"], datum=datetime.date(2026, 12, 1), beginn="14:00")
    client.force_login(ag["koordination"])
    client.get(reverse("gremien:kalender"))
    token = ag["koordination"].kalenderzugang.token
    antwort = client.get(reverse("gremien:kalender_gremium", args=[token, ag["gremium"].pk]))
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin" in antwort.text
    assert "DTSTART;TZID=Europe/Berlin:20261201T140000" in antwort.text
    assert "DTSTART;TZID=Europe/Berlin:20261006T140000" in antwort.text
    kalender = Calendar.from_ical(antwort.content)
    (zone,) = kalender.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Berlin"
    assert {k.name for k in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    beginn = {e.decoded("dtstart").date(): e.decoded("dtstart") for e in kalender.walk("VEVENT")}
    assert beginn[winter.datum].utcoffset() == datetime.timedelta(hours=2)
    assert beginn[datetime.date(2026, 12, 1)].utcoffset() == datetime.timedelta(hours=1)
    assert beginn[datetime.date(2026, 12, 1)].hour == 14


# --- plurals -----------------------------------------------------------------------------


def test_stimmen_im_richtigen_numerus(client, ag, agenda):
    agenda.beschluesse.create(text="Eins", ja=5, nein=1, enthaltung=1)
    agenda.beschluesse.create(text="Zwei", ja=4, nein=0, enthaltung=2)
    client.force_login(ag["koordination"])
    seite = client.get(agenda.get_absolute_url()).text
    druck = client.get(reverse("gremien:protokoll_drucken", args=[agenda.pk])).text
    for text in (seite, druck):
        assert "5 ja, 1 nein, 1 Enthaltung" in text and "1 Enthaltungen" not in text
        assert "4 ja, 0 nein, 2 Enthaltungen" in text


def test_einladung_an_ein_mitglied(client, ag):
    ag["sitzung"].datum = ZUKUENFTIG
    ag["sitzung"].save()
    ag["gremium"].mitgliedschaften.exclude(person=ag["koordination"]).delete()
    client.force_login(ag["koordination"])
    antwort = client.post(reverse("gremien:einladen", args=[ag["sitzung"].pk]), follow=True)
    assert "Die Einladung ist an 1 Mitglied verschickt." in antwort.text


def test_anwesenheit_des_traegers_im_numerus(client, ag):
    from gremien.models import Teilnahme
    from tests.factories import TraegerFactory

    traeger = TraegerFactory(name="Kinderhaus e.V.")
    m = MitgliedschaftFactory(gremium=ag["gremium"], traeger=traeger)
    Teilnahme.objects.create(sitzung=ag["sitzung"], mitgliedschaft=m, traeger=traeger)
    client.force_login(ag["koordination"])
    assert "bei 1 von 1 Sitzung anwesend" in client.get(traeger.get_absolute_url()).text


# --- rhythm ------------------------------------------------------------------------------

D = datetime.date
DI, DO = 1, 3  # Dienstag, Donnerstag


def _gremium_mit_sitzung(datum, **regel):
    gremium = GremiumFactory(**regel)
    if datum:
        SitzungFactory(gremium=gremium, datum=datum, beginn="09:30", ende="11:00")
    return gremium


@pytest.mark.parametrize(
    ("regel", "letzte", "heute", "erwartet"),
    [
        # every two weeks on Tuesday, counted from the last meeting
        (
            {"rhythmus_regel": "woechentlich", "rhythmus_intervall": 2, "rhythmus_wochentag": DI},
            D(2026, 11, 24),
            D(2026, 11, 26),
            D(2026, 12, 8),
        ),
        # first Tuesday of the month
        (
            {"rhythmus_regel": "monatlich", "rhythmus_nte": 1, "rhythmus_wochentag": DI},
            D(2026, 10, 6),
            D(2026, 10, 10),
            D(2026, 11, 3),
        ),
        # … not in November and December
        (
            {
                "rhythmus_regel": "monatlich",
                "rhythmus_nte": 1,
                "rhythmus_wochentag": DI,
                "rhythmus_pause": "11,12",
            },
            D(2026, 10, 6),
            D(2026, 10, 10),
            D(2027, 1, 5),
        ),
        # last Thursday of the month
        (
            {"rhythmus_regel": "monatlich_letzter", "rhythmus_wochentag": DO},
            D(2026, 10, 29),
            D(2026, 10, 29),
            D(2026, 11, 26),
        ),
        # the last meeting long ago: the next date is not in the past
        (
            {"rhythmus_regel": "monatlich", "rhythmus_nte": 1, "rhythmus_wochentag": DI},
            D(2026, 1, 6),
            D(2026, 10, 10),
            D(2026, 11, 3),
        ),
        # every three months on the second Tuesday
        (
            {
                "rhythmus_regel": "monatlich",
                "rhythmus_nte": 2,
                "rhythmus_wochentag": DI,
                "rhythmus_intervall": 3,
            },
            D(2026, 9, 8),
            D(2026, 9, 20),
            D(2026, 12, 8),
        ),
    ],
)
def test_naechster_termin_nach_der_regel(regel, letzte, heute, erwartet):
    from gremien.sitzung.rhythmus import naechste_sitzung

    vorschlag = naechste_sitzung(_gremium_mit_sitzung(letzte, **regel), heute=heute)
    assert vorschlag.datum == erwartet
    assert vorschlag.beginn == datetime.time(9, 30) and vorschlag.ende == datetime.time(11)


def test_ohne_regel_oder_ohne_sitzung():
    from gremien.sitzung.rhythmus import naechste_sitzung

    ohne = _gremium_mit_sitzung(D(2026, 10, 6), rhythmus="jeden ersten Dienstag")
    assert naechste_sitzung(ohne, heute=D(2026, 10, 10)) is None
    erste = _gremium_mit_sitzung(
        None, rhythmus_regel="monatlich", rhythmus_nte=1, rhythmus_wochentag=DI
    )
    vorschlag = naechste_sitzung(erste, heute=D(2026, 10, 10))
    assert vorschlag.datum == D(2026, 11, 3) and vorschlag.beginn is None


def test_regel_in_worten():
    from gremien.sitzung.rhythmus import in_worten

    assert (
        in_worten(
            GremiumFactory(
                rhythmus_regel="monatlich",
                rhythmus_nte=1,
                rhythmus_wochentag=DI,
                rhythmus_pause="8",
            )
        )
        == "am ersten Dienstag im Monat, nicht im August"
    )
    assert (
        in_worten(
            GremiumFactory(
                rhythmus_regel="woechentlich", rhythmus_intervall=2, rhythmus_wochentag=DO
            )
        )
        == "alle 2 Wochen am Donnerstag"
    )
    assert (
        in_worten(GremiumFactory(rhythmus_regel="monatlich_letzter", rhythmus_wochentag=DO))
        == "am letzten Donnerstag im Monat"
    )


@pytest.mark.parametrize(
    ("felder", "feld", "meldung"),
    [
        ({"rhythmus_regel": "woechentlich"}, "rhythmus_wochentag", "Wochentag"),
        ({"rhythmus_regel": "monatlich", "rhythmus_wochentag": DI}, "rhythmus_nte", "wievielte"),
        (
            {"rhythmus_regel": "woechentlich", "rhythmus_wochentag": DI, "rhythmus_pause": "13"},
            "rhythmus_pause",
            "1 bis 12",
        ),
        (
            {
                "rhythmus_regel": "woechentlich",
                "rhythmus_wochentag": DI,
                "rhythmus_pause": ",".join(str(m) for m in range(1, 13)),
            },
            "rhythmus_pause",
            "mindestens einem Monat",
        ),
    ],
)
def test_regel_wird_geprueft(felder, feld, meldung):
    from django.core.exceptions import ValidationError

    gremium = GremiumFactory.build(**felder)
    with pytest.raises(ValidationError) as fehler:
        gremium.full_clean()
    assert meldung in " ".join(fehler.value.message_dict[feld])


def test_sitzung_planen_schlaegt_termin_vor(client, ag):
    gremium = ag["gremium"]
    gremium.rhythmus_regel = "monatlich"
    gremium.rhythmus_nte = 1
    gremium.rhythmus_wochentag = DI
    gremium.save()
    SitzungFactory(gremium=gremium, datum=D(2099, 3, 3), beginn="09:30", ende="11:00")
    client.force_login(ag["koordination"])
    seite = client.get(reverse("gremien:sitzung_neu", args=[gremium.pk])).text
    assert 'value="2099-04-07"' in seite
    assert 'value="09:30"' in seite and 'value="11:00"' in seite
    assert "Vorschlag nach dem Rhythmus (am ersten Dienstag im Monat): Dienstag, 7. April 2099" in (
        seite
    )


def test_gremiumseite_nennt_regel_und_naechsten_termin(client, ag):
    gremium = ag["gremium"]
    gremium.rhythmus = "jeden ersten Dienstag"
    gremium.rhythmus_regel = "monatlich"
    gremium.rhythmus_nte = 1
    gremium.rhythmus_wochentag = DI
    gremium.save()
    SitzungFactory(gremium=gremium, datum=D(2099, 3, 3))
    client.force_login(ag["koordination"])
    seite = client.get(gremium.get_absolute_url()).text
    assert "Am ersten Dienstag im Monat (jeden ersten Dienstag)" in seite
    assert "nächster Termin nach der Regel: Dienstag, 7. April 2099" in seite


def test_sitzung_planen_ohne_regel_ohne_vorschlag(client, ag):
    client.force_login(ag["koordination"])
    seite = client.get(reverse("gremien:sitzung_neu", args=[ag["gremium"].pk])).text
    assert "Vorschlag nach dem Rhythmus" not in seite
    assert 'name="datum" value=' not in seite


def test_verwaltung_pflegt_die_regel(client):
    from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION

    gremium = GremiumFactory()
    client.force_login(UserFactory(username="amt", is_staff=True, rolle=JUGENDAMT_ADMINISTRATION))
    seite = client.get(reverse("admin:gremien_gremium_change", args=[gremium.pk])).text
    for feld in ("rhythmus_regel", "rhythmus_intervall", "rhythmus_wochentag", "rhythmus_nte"):
        assert f'name="{feld}"' in seite
    assert "monatlich am letzten Wochentag" in seite
