"""The clock-time filter: "dienstags ab 15 Uhr" finds what is open then.

``wochentag=1&uhrzeit_von=15:00[&uhrzeit_bis=…]``: an offer matches when one of its weekly
slots on that weekday (any weekday without one) is open at some moment of the window
``[ab, bis)`` (angebote/zeitfenster.py). Day-part, weekday and clock times hold for the same
slot; "jetzt geöffnet" is a filter of its own. The same parameters work on the page, in
``/api/v1/angebote/`` and in the list downloads; bad input is the form's German error.
"""

import datetime
import json
import zoneinfo

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from angebote.filters import AngebotFilter
from angebote.models import Angebot
from tests.factories import AngebotFactory
from tests.test_angebote_abfragen import abfragen, angebote_anlegen

pytestmark = pytest.mark.django_db

MO, DI, MI, DO = 0, 1, 2, 3
UHRZEIT_FEHLER = "Bitte eine Uhrzeit zwischen 0:00 und 23:59 angeben, z. B. 15:00."
BIS_VOR_AB = "„bis“ muss nach „ab“ liegen."


@pytest.fixture
def woche():
    """Offers with their weekly slots (weekday, from, until)."""
    zeiten = {
        "Dienstagstreff": [(DI, "14:00", "16:00")],
        "Spätnachmittag": [(DI, "16:00", "18:00")],
        "Zweimal": [(DI, "09:00", "11:00"), (DO, "15:00", "17:00")],
        "Lücke": [(MO, "09:00", "11:00"), (MO, "17:00", "19:00")],
        "Mittwochs": [(MI, "15:00", "19:00")],
        "Nach Vereinbarung": [],
    }
    return {titel: AngebotFactory(titel=titel, zeiten=z) for titel, z in zeiten.items()}


def gefunden(**params) -> set[str]:
    filterset = AngebotFilter(params, queryset=Angebot.objects.all())
    assert filterset.is_valid(), filterset.form.errors
    return set(filterset.qs.values_list("titel", flat=True))


def fehler(**params) -> dict[str, list[str]]:
    filterset = AngebotFilter(params, queryset=Angebot.objects.all())
    assert not filterset.is_valid()
    return dict(filterset.form.errors)


# --- overlap of a slot with the window ---------------------------------------------------


@pytest.mark.parametrize(
    ("params", "erwartet"),
    [
        # "dienstags ab 15 Uhr": 14–16 is still open at 15, 16–18 opens later.
        ({"wochentag": DI, "uhrzeit_von": "15:00"}, {"Dienstagstreff", "Spätnachmittag"}),
        # ends exactly when the window starts: not open in it
        ({"wochentag": DI, "uhrzeit_von": "16:00"}, {"Spätnachmittag"}),
        # the window ends exactly when a slot starts: not open in it
        ({"wochentag": DI, "uhrzeit_bis": "14:00"}, {"Zweimal"}),
        ({"wochentag": DI, "uhrzeit_bis": "14:01"}, {"Zweimal", "Dienstagstreff"}),
        ({"wochentag": DI, "uhrzeit_von": "11:00", "uhrzeit_bis": "14:00"}, set()),
        ({"wochentag": DI, "uhrzeit_von": "10:59", "uhrzeit_bis": "14:00"}, {"Zweimal"}),
        ({"wochentag": DI, "uhrzeit_von": "15:00", "uhrzeit_bis": "15:30"}, {"Dienstagstreff"}),
        # the second of several slots counts, on its own weekday only
        ({"wochentag": DO, "uhrzeit_von": "15:00"}, {"Zweimal"}),
        ({"wochentag": DO, "uhrzeit_bis": "11:00"}, set()),
        # each slot on its own: 9–11 and 17–19 do not make 12–16 open
        ({"wochentag": MO, "uhrzeit_von": "12:00", "uhrzeit_bis": "16:00"}, set()),
        ({"wochentag": MO, "uhrzeit_von": "12:00", "uhrzeit_bis": "17:30"}, {"Lücke"}),
        # no weekday: any weekday
        ({"uhrzeit_von": "18:00"}, {"Mittwochs", "Lücke"}),
        (
            {"uhrzeit_von": "15:00"},
            {"Dienstagstreff", "Spätnachmittag", "Zweimal", "Lücke", "Mittwochs"},
        ),
        ({"uhrzeit_bis": "09:00"}, set()),
        (
            {"uhrzeit_von": "00:00", "uhrzeit_bis": "23:59"},
            {"Dienstagstreff", "Spätnachmittag", "Zweimal", "Lücke", "Mittwochs"},
        ),
    ],
)
def test_ueberschneidung(woche, params, erwartet):
    assert gefunden(**params) == erwartet


def test_ohne_uhrzeit_wie_bisher(woche):
    assert gefunden(wochentag=DI) == {"Dienstagstreff", "Spätnachmittag", "Zweimal"}
    assert "Nach Vereinbarung" in gefunden()


@pytest.mark.parametrize("wert", ["15", "1500", "15 Uhr", "15.00", "15:00:00", " 15:00 ", "15UHR"])
def test_schreibweisen_werden_verstanden(woche, wert):
    assert gefunden(wochentag=DI, uhrzeit_von=wert) == {"Dienstagstreff", "Spätnachmittag"}


def test_kurze_schreibweisen():
    from angebote.zeitfenster import UhrzeitFeld

    feld = UhrzeitFeld(required=False)
    assert feld.clean("930") == datetime.time(9, 30)
    assert feld.clean("0") == datetime.time(0)
    assert feld.clean("23:59") == datetime.time(23, 59)
    assert feld.clean("") is None


@pytest.mark.parametrize(
    "wert",
    [
        "25:00",
        "24:00",
        "15:60",
        "abc",
        "-1",
        "1e3",
        "12345",
        "15:00 Uhr Uhr",
        "a\x00",
        "١٥",
        "１５",
        "²",
    ],
)
def test_unsinn_ist_der_fehler_des_feldes(woche, wert):
    assert fehler(uhrzeit_von=wert) == {"uhrzeit_von": [UHRZEIT_FEHLER]}
    assert fehler(uhrzeit_bis=wert) == {"uhrzeit_bis": [UHRZEIT_FEHLER]}


@pytest.mark.parametrize(("von", "bis"), [("15:00", "14:00"), ("15:00", "15:00"), ("23:59", "0")])
def test_bis_vor_ab_ist_ein_fehler(woche, von, bis):
    assert fehler(uhrzeit_von=von, uhrzeit_bis=bis) == {"uhrzeit_bis": [BIS_VOR_AB]}


# --- together with the day-part, the weekday and "jetzt geöffnet" --------------------------


def test_mit_tageszeit_gilt_die_schnittmenge_fuer_denselben_termin(woche):
    nachmittags = {"wochentag": DI, "tageszeit": "nachmittags"}
    assert gefunden(**nachmittags) == {"Dienstagstreff", "Spätnachmittag"}
    # nachmittags (12–17) and from 16:30: 16:30–17:00
    assert gefunden(**nachmittags, uhrzeit_von="16:30") == {"Spätnachmittag"}
    assert gefunden(**nachmittags, uhrzeit_bis="14:00") == set()
    # abends (from 17) until 18 on any day: open some time in 17–18
    assert gefunden(tageszeit="abends", uhrzeit_bis="18:00") == {
        "Spätnachmittag",
        "Lücke",
        "Mittwochs",
    }
    # the same slot: Zweimal is open on Tuesday mornings and on Thursday afternoons, never
    # on a Tuesday afternoon
    assert gefunden(wochentag=DI, tageszeit="vormittags", uhrzeit_von="10:00") == {"Zweimal"}
    assert gefunden(wochentag=DI, tageszeit="nachmittags", uhrzeit_von="15:00") == {
        "Dienstagstreff",
        "Spätnachmittag",
    }


@pytest.mark.parametrize(
    ("params", "feld"),
    [
        ({"tageszeit": "vormittags", "uhrzeit_von": "12:00"}, "uhrzeit_von"),
        ({"tageszeit": "nachmittags", "uhrzeit_von": "18:00"}, "uhrzeit_von"),
        ({"tageszeit": "nachmittags", "uhrzeit_bis": "12:00"}, "uhrzeit_bis"),
        ({"tageszeit": "abends", "uhrzeit_von": "08:00", "uhrzeit_bis": "17:00"}, "uhrzeit_bis"),
    ],
)
def test_uhrzeit_ausserhalb_der_tageszeit_ist_ein_fehler(woche, params, feld):
    meldungen = fehler(**params)
    assert list(meldungen) == [feld]
    assert f"Die Uhrzeit liegt nicht „{params['tageszeit']}“" in meldungen[feld][0]


def test_jetzt_geoeffnet_bleibt_ein_eigener_filter(woche, monkeypatch):
    """ "jetzt geöffnet" asks whether a slot runs now, the times ask for a slot in the window:
    two conditions, both must hold (not necessarily on the same slot)."""
    donnerstag = datetime.datetime(2026, 1, 8, 15, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))
    monkeypatch.setattr(timezone, "now", lambda: donnerstag)
    assert gefunden(jetzt="on") == {"Zweimal"}
    # open now (Thursday 15:30) and on Tuesdays before 10
    assert gefunden(jetzt="on", wochentag=DI, uhrzeit_bis="10:00") == {"Zweimal"}
    assert gefunden(jetzt="on", uhrzeit_von="18:00") == set()
    assert gefunden(jetzt="on", wochentag=DI, uhrzeit_von="15:00") == set()


# --- the page, the cache, the API, the downloads -------------------------------------------


def treffer(antwort) -> int:
    assert antwort.status_code == 200
    return antwort.context["seite"].paginator.count


def test_seite_und_speicher(client_fachkraft, woche):
    cache.clear()
    start = reverse("start")
    assert treffer(client_fachkraft.get(start, {"wochentag": DI, "uhrzeit_von": "15:00"})) == 2
    # kept per parameters: another time is another search
    assert treffer(client_fachkraft.get(start, {"wochentag": DI, "uhrzeit_von": "16:00"})) == 1
    assert treffer(client_fachkraft.get(start, {"wochentag": DI, "uhrzeit_von": "15:00"})) == 2
    # understood as written, shown as understood
    antwort = client_fachkraft.get(start, {"wochentag": DI, "uhrzeit_von": "1500"})
    assert treffer(antwort) == 2
    assert str(antwort.context["form"]["uhrzeit_von"]) == (
        '<input type="time" name="uhrzeit_von" value="15:00" id="id_uhrzeit_von">'
    )
    assert antwort.context["form"]["uhrzeit_von"].label == "ab"
    assert antwort.context["form"]["uhrzeit_bis"].label == "bis"


@pytest.mark.parametrize(
    ("params", "meldung"),
    [
        ({"uhrzeit_von": "25:00"}, UHRZEIT_FEHLER),
        ({"uhrzeit_von": "abc"}, UHRZEIT_FEHLER),
        ({"uhrzeit_von": "15:00", "uhrzeit_bis": "14:00"}, BIS_VOR_AB),
    ],
)
def test_fehler_auf_der_seite(client_fachkraft, woche, params, meldung):
    antwort = client_fachkraft.get(reverse("start"), {"wochentag": DI, **params})
    # as every invalid form: the error, and the search without filters
    assert treffer(antwort) == len(woche)
    assert meldung in str(antwort.context["form"].errors)


def _api(client, params) -> tuple[int, dict]:
    antwort = client.get(reverse("api_v1:angebote"), params)
    return antwort.status_code, json.loads(antwort.content)


def test_api_wie_die_seite(client_fachkraft, woche):
    params = {"wochentag": DI, "uhrzeit_von": "15:00", "uhrzeit_bis": "16:30"}
    status, daten = _api(client_fachkraft, params)
    assert status == 200
    assert {a["titel"] for a in daten["ergebnisse"]} == {"Dienstagstreff", "Spätnachmittag"}
    assert daten["anzahl"] == treffer(client_fachkraft.get(reverse("start"), params))
    assert _api(client_fachkraft, {"uhrzeit_von": "15 Uhr"})[1]["anzahl"] == 5


@pytest.mark.parametrize(
    ("params", "feld", "meldung"),
    [
        ({"uhrzeit_von": "25:00"}, "uhrzeit_von", UHRZEIT_FEHLER),
        ({"uhrzeit_bis": "abc"}, "uhrzeit_bis", UHRZEIT_FEHLER),
        ({"uhrzeit_von": "15:00", "uhrzeit_bis": "15:00"}, "uhrzeit_bis", BIS_VOR_AB),
    ],
)
def test_api_fehler_nennt_den_parameter(client_fachkraft, woche, params, feld, meldung):
    status, daten = _api(client_fachkraft, params)
    assert status == 422
    assert [f["loc"] for f in daten["detail"]] == [["query", feld]]
    assert meldung in daten["detail"][0]["msg"]


def test_api_beschreibt_die_parameter(client_fachkraft):
    schema = json.loads(client_fachkraft.get("/api/v1/openapi.json").content)
    parameter = {p["name"]: p for p in schema["paths"]["/api/v1/angebote/"]["get"]["parameters"]}
    assert "HH:MM" in parameter["uhrzeit_von"]["description"]
    assert "HH:MM" in parameter["uhrzeit_bis"]["description"]


def test_herunterladen_mit_uhrzeit(client_fachkraft, woche):
    url = reverse("angebote:export_suche", args=["csv"])
    antwort = client_fachkraft.get(url, {"wochentag": DI, "uhrzeit_von": "15:00"})
    assert antwort.status_code == 200
    text = antwort.content.decode("utf-8-sig")
    assert "Dienstagstreff" in text and "Spätnachmittag" in text
    assert "Zweimal" not in text and "Mittwochs" not in text
    # invalid: back to the search, which shows the error
    antwort = client_fachkraft.get(url, {"uhrzeit_von": "15:00", "uhrzeit_bis": "14:00"})
    assert antwort.status_code == 302
    assert "uhrzeit_bis=14%3A00" in antwort.url


# --- the number of queries ----------------------------------------------------------------


@pytest.mark.parametrize("kalt", [True, False], ids=["erste-anfrage", "gespeichert"])
def test_abfragen_konstant(client_fachkraft, kalt):
    """The times are one more condition in the EXISTS of the weekday: as many queries for
    10 as for 100 results, and as many as the weekday alone."""
    mit_uhrzeit = {"wochentag": MO, "uhrzeit_von": "15:00", "uhrzeit_bis": "18:00"}
    traeger, quartier = angebote_anlegen(10)  # Monday and Wednesday 14–16
    wenige = abfragen(client_fachkraft, reverse("start"), mit_uhrzeit, kalt)
    angebote_anlegen(90, traeger, quartier)
    viele = abfragen(client_fachkraft, reverse("start"), mit_uhrzeit, kalt)
    assert wenige == viele
    assert viele == abfragen(client_fachkraft, reverse("start"), {"wochentag": MO}, kalt)
    assert treffer(client_fachkraft.get(reverse("start"), mit_uhrzeit)) == 100
