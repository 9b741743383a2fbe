"""The registry's own API at /api/v1/ (schnittstellen/): what it answers and to whom.

Who may see what is walked per role in the permission matrix (tests/rechte/zeilen_api.py);
here: the search gives what the HTML search gives, in the same order and with the same
facets; the detail, area and meeting answers; anonymous callers, tokens, the rate limit
and German error messages.
"""

import datetime
import json

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from angebote.models import Kategorie, Zielgruppe
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION
from sozialraum.zugang.schluessel import schluessel_anlegen, schluessel_widerrufen
from tests.bestand import gemeinsam_gebaut
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    MitgliedschaftFactory,
    QuartierFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def stadt(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction rolled back at the end (each test runs
    in a savepoint within it)."""
    yield from gemeinsam_gebaut(django_db_blocker, _stadt_bauen)


def _stadt_bauen() -> dict:
    """Two areas, a Träger with two places, 25 published offers (two pages) and a draft."""
    nord = QuartierFactory(
        schluessel="N0101",
        name="Nordhafen",
        sozialraum__schluessel="N01",
        sozialraum__name="Nordviertel",
        sozialraum__regionalraum__schluessel="N",
        sozialraum__regionalraum__name="Nord",
    )
    sued = QuartierFactory(
        schluessel="S0101", name="Südpark", sozialraum__schluessel="S01", sozialraum__name="Süd"
    )
    nord.sozialraum.grenze = {
        "type": "Polygon",
        "coordinates": [[[13.0, 52.0], [13.1, 52.0], [13.1, 52.1], [13.0, 52.0]]],
    }
    nord.sozialraum.save()
    traeger = TraegerFactory(name="Lernhaus e.V.")
    treff = EinrichtungFactory(traeger=traeger, name="Lerntreff Nord", quartier=nord)
    park = EinrichtungFactory(traeger=traeger, name="Parkhaus Süd", quartier=sued)
    bildung = Kategorie.objects.get(slug="bildung")
    kinder = Zielgruppe.objects.get(slug="kinder")
    angebote = []
    for i in range(25):
        angebote.append(
            AngebotFactory(
                titel=f"Hausaufgabenhilfe {i:02d}" if i % 2 else f"Lernwerkstatt {i:02d}",
                beschreibung="Hausaufgaben gemeinsam" if i % 3 == 0 else "Lernen",
                traeger=traeger,
                einrichtungen=[treff if i % 2 else park],
                kategorien=[bildung] if i % 4 else [],
                zielgruppen=[kinder],
                sprachen=["tr"] if i % 5 == 0 else [],
                alter_von=6 + i % 5,
                alter_bis=12,
                zeiten=[(i % 7, "14:00", "16:00")],
                zuletzt_geprueft=datetime.date(2025, 1, 1) + datetime.timedelta(days=i * 7),
            )
        )
    entwurf = AngebotFactory(titel="Hausaufgabenhilfe Entwurf", traeger=traeger, status="entwurf")
    return {
        "traeger": traeger,
        "treff": treff,
        "park": park,
        "nord": nord,
        "angebote": angebote,
        "entwurf": entwurf,
    }


def _json(antwort) -> dict:
    assert antwort["Content-Type"].startswith("application/json"), antwort.content[:200]
    return json.loads(antwort.content)


# --- the search: the same as the HTML search ------------------------------------------------

SUCHEN = [
    {},
    {"q": "hausaufgaben"},
    {"q": "hausaufgaben", "sortierung": "name"},
    {"q": "lernen", "sortierung": "aktualitaet", "seite": "2"},
    {"kategorie": "bildung", "alter": "7"},
    {"gebiet": "s-N01", "sprache": "tr"},
    {"wochentag": "2", "tageszeit": "nachmittags"},
    {"seite": "99"},  # beyond the last page: the last, as the HTML paginator does
]


@pytest.mark.parametrize("parameter", SUCHEN, ids=[json.dumps(p) for p in SUCHEN])
def test_suche_wie_die_startseite(client_fachkraft, stadt, parameter):
    html = client_fachkraft.get(reverse("start"), parameter)
    api = _json(client_fachkraft.get(reverse("api_v1:angebote"), parameter))
    seite = html.context["seite"]
    assert api["anzahl"] == seite.paginator.count
    assert [a["pk"] for a in api["ergebnisse"]] == [k.pk for k in seite.object_list]
    assert api["seiten"]["seite"] == seite.number
    assert api["seiten"]["seiten"] == seite.paginator.num_pages
    facetten = html.context["facetten"]
    for name, wert in (("kategorie", "slug"), ("zielgruppe", "slug"), ("traeger", "pk")):
        assert [(f["wert"], f["anzahl"]) for f in api["facetten"][name]] == [
            (str(getattr(o, wert)), o.n) for o in facetten[name]
        ]
    assert [(f["wert"], f["anzahl"]) for f in api["facetten"]["gebiet"]] == [
        (f"s-{o.schluessel}", o.n) for o in facetten["gebiet"]
    ]


def test_suche_findet_nur_veroeffentlichte_und_liefert_die_karte(client_fachkraft, stadt):
    daten = _json(client_fachkraft.get(reverse("api_v1:angebote"), {"q": "hausaufgabenhilfe"}))
    titel = [a["titel"] for a in daten["ergebnisse"]]
    assert "Hausaufgabenhilfe Entwurf" not in titel
    erstes = daten["ergebnisse"][0]
    angebot = next(a for a in stadt["angebote"] if a.pk == erstes["pk"])
    assert erstes["id"] == str(angebot.uuid)
    assert erstes["traeger"]["name"] == "Lernhaus e.V."
    assert erstes["orte"][0]["sozialraum"]["schluessel"] == "N01"
    assert erstes["zeiten"][0]["von"] == "14:00"
    assert daten["seiten"]["naechste"] is None or daten["seiten"]["naechste"] == 2


def test_suche_mehrere_kategorien_und_ankreuzfelder(client_fachkraft, stadt):
    url = reverse("api_v1:angebote")
    alle = _json(client_fachkraft.get(url))["anzahl"]
    beide = _json(client_fachkraft.get(f"{url}?kategorie=bildung&kategorie=familienbildung"))
    assert beide["anzahl"] == 18  # 25 offers, every fourth without a Kategorie
    assert _json(client_fachkraft.get(url, {"kostenfrei": "true"}))["anzahl"] == alle
    assert _json(client_fachkraft.get(url, {"barrierefrei": "true"}))["anzahl"] == 0
    assert _json(client_fachkraft.get(url, {"barrierefrei": "false"}))["anzahl"] == alle


@pytest.mark.parametrize(("seite", "abfragen"), [("1", 15), ("2", 16)])
def test_suche_mit_fester_zahl_von_abfragen(
    client_fachkraft, stadt, django_assert_num_queries, seite, abfragen
):
    """Session and user; whether there are several Jugendämter (cached, but each test starts
    without); the query word's vocabulary; the count, facets and first page's ids
    in one statement, then one query per facet for its names (5); on a later page its ids;
    the offers with their Träger, then their times, languages and places: the same for 25
    results as for 25,000."""
    with django_assert_num_queries(abfragen):
        antwort = client_fachkraft.get(reverse("api_v1:angebote"), {"q": "lernen", "seite": seite})
    assert len(_json(antwort)["ergebnisse"]) == (20 if seite == "1" else 5)


@pytest.mark.parametrize(
    ("parameter", "feld", "text"),
    [
        ({"alter": "zwölf"}, "alter", "ganze Zahl"),
        ({"alter": "121"}, "alter", "höchstens 120"),
        ({"gebiet": "x-999"}, "gebiet", "gültige"),
        ({"kategorie": "gibtsnicht"}, "kategorie", "gültige"),
        ({"traeger": "99999999999999999999999"}, "traeger", "höchstens"),
        ({"sortierung": "zufall"}, "sortierung", "Erlaubt sind"),
        ({"q": "a\x00b"}, "q", "Null"),
    ],
)
def test_ungueltige_eingaben_deutsch_mit_ort(client_fachkraft, stadt, parameter, feld, text):
    antwort = client_fachkraft.get(reverse("api_v1:angebote"), parameter)
    assert antwort.status_code == 422
    fehler = _json(antwort)["detail"]
    assert fehler[0]["loc"] == ["query", feld]
    assert f"„{feld}“" in fehler[0]["msg"] and text in fehler[0]["msg"], fehler


# --- details -----------------------------------------------------------------------------


def test_angebot_per_nummer_und_uuid(client_fachkraft, stadt):
    angebot = stadt["angebote"][1]
    for kennung in (angebot.pk, angebot.uuid):
        daten = _json(client_fachkraft.get(reverse("api_v1:angebot", args=[kennung])))
        assert daten["pk"] == angebot.pk and daten["id"] == str(angebot.uuid)
    assert daten["kategorien"] == [{"wert": "bildung", "name": "Bildung"}]
    assert daten["status"] == "veroeffentlicht"


@pytest.mark.parametrize("kennung", ["999999", "9999999999999999999", str(datetime.date.min)])
def test_unbekannte_kennung_ist_404_oder_422(client_fachkraft, stadt, kennung):
    antwort = client_fachkraft.get(f"/api/v1/angebote/{kennung}")
    assert antwort.status_code in (404, 422)
    assert "detail" in _json(antwort)


def test_fremder_entwurf_ist_404_fuer_die_redaktion_sichtbar(client, stadt):
    entwurf = stadt["entwurf"]
    url = reverse("api_v1:angebot", args=[entwurf.pk])
    client.force_login(UserFactory(rolle=FACHKRAFT))
    assert client.get(url).status_code == 404
    assert _json(client.get(url))["detail"].startswith("Nicht gefunden")
    client.force_login(UserFactory(rolle=JUGENDAMT_ADMINISTRATION))
    assert _json(client.get(url))["status"] == "entwurf"


def test_ansprechpersonen_wie_auf_der_seite(client, stadt):
    from traeger.models import Ansprechperson

    traeger = stadt["traeger"]
    Ansprechperson.objects.create(traeger=traeger, name="Ina Intern", telefon="1")
    Ansprechperson.objects.create(
        traeger=traeger,
        name="Otto Offen",
        oeffentlich=True,
        einwilligung_am=datetime.date(2025, 1, 1),
        einrichtung=stadt["treff"],
    )
    url = reverse("api_v1:traeger", args=[traeger.pk])
    client.force_login(UserFactory(rolle=FACHKRAFT))
    personen = {p["name"]: p for p in _json(client.get(url))["ansprechpersonen"]}
    assert personen["Ina Intern"]["intern"] and not personen["Otto Offen"]["intern"]
    client.force_login(UserFactory())  # without a role: only who consented
    daten = _json(client.get(url))
    assert [p["name"] for p in daten["ansprechpersonen"]] == ["Otto Offen"]
    assert {e["name"] for e in daten["einrichtungen"]} == {"Lerntreff Nord", "Parkhaus Süd"}
    assert len(daten["angebote"]) == 25  # published only
    ort = _json(client.get(reverse("api_v1:einrichtung", args=[stadt["treff"].uuid])))
    assert [p["name"] for p in ort["ansprechpersonen"]] == ["Otto Offen"]
    assert ort["sozialraum"]["name"] == "Nordviertel" and ort["traeger"]["name"] == "Lernhaus e.V."
    assert len(ort["angebote"]) == 12


# --- areas and meetings ----------------------------------------------------------------------


def test_gebiete_als_geojson(client_fachkraft, stadt):
    daten = _json(client_fachkraft.get(reverse("api_v1:gebiete")))
    assert daten["type"] == "FeatureCollection"
    nord = next(f for f in daten["features"] if f["properties"]["schluessel"] == "N01")
    assert nord["geometry"]["type"] == "Polygon" and nord["properties"]["eltern"] == "N"
    quartiere = _json(
        client_fachkraft.get(reverse("api_v1:gebiete"), {"ebene": "quartier", "in_gebiet": "N01"})
    )
    assert [f["id"] for f in quartiere["features"]] == ["quartier-N0101"]
    assert quartiere["features"][0]["geometry"] is None


def test_kommende_sitzungen_nur_sichtbarer_gremien(client, stadt):
    heute = timezone.localdate()
    person = UserFactory(rolle=FACHKRAFT)
    eigenes = GremiumFactory(name="AG eigen", sichtbarkeit="mitglieder")
    MitgliedschaftFactory(gremium=eigenes, person=person)
    fremdes = GremiumFactory(name="AG fremd", sichtbarkeit="mitglieder")
    offenes = GremiumFactory(name="AG offen", sichtbarkeit="fachkraefte")
    for gremium in (eigenes, fremdes, offenes):
        SitzungFactory(gremium=gremium, datum=heute + datetime.timedelta(days=7))
        SitzungFactory(gremium=gremium, datum=heute - datetime.timedelta(days=7))
    client.force_login(person)
    daten = _json(client.get(reverse("api_v1:sitzungen")))
    assert sorted(s["gremium"]["name"] for s in daten["ergebnisse"]) == ["AG eigen", "AG offen"]
    assert all(s["datum"] >= heute.isoformat() for s in daten["ergebnisse"])
    assert client.get(reverse("api_v1:sitzungen"), {"gremium": fremdes.pk}).status_code == 404
    frueher = {"ab": (heute - datetime.timedelta(days=30)).isoformat(), "gremium": eigenes.pk}
    assert _json(client.get(reverse("api_v1:sitzungen"), frueher))["anzahl"] == 2
    assert client.get(reverse("api_v1:sitzungen"), {"ab": "morgen"}).status_code == 422


# --- login, tokens, the limit ----------------------------------------------------------------


def test_anonym_401_json_statt_anmeldeseite(client, stadt):
    for url in ("/api/v1/", "/api/v1/angebote/", "/api/v1/openapi.json"):
        antwort = client.get(url)
        assert antwort.status_code == 401, url
        assert antwort["WWW-Authenticate"].startswith("Bearer")
        assert "API-Schlüssel" in _json(antwort)["detail"]
    # The HTML docs page is a page: to the login.
    assert client.get("/api/v1/docs")["Location"].startswith("/anmelden/")


def test_schluessel_statt_anmeldung(client, stadt):
    person = UserFactory(rolle=FACHKRAFT)
    schluessel, token = schluessel_anlegen(person, "Fachverfahren")
    kopf = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/angebote/", headers=kopf).status_code == 200
    assert client.get("/api/v1/openapi.json", headers=kopf).status_code == 200
    # Read-only: no other method, even with a valid token.
    assert client.post("/api/v1/angebote/", headers=kopf).status_code in (401, 403, 405)
    falsch = {"Authorization": f"Bearer {token[:-1]}x"}
    assert client.get("/api/v1/angebote/", headers=falsch).status_code == 401
    schluessel_widerrufen(schluessel, person)
    assert client.get("/api/v1/angebote/", headers=kopf).status_code == 401


def test_schluessel_eines_deaktivierten_kontos_gilt_nicht(client, stadt):
    person = UserFactory(rolle=FACHKRAFT)
    _schluessel, token = schluessel_anlegen(person, "Fachverfahren")
    person.is_active = False
    person.save()
    antwort = client.get("/api/v1/angebote/", headers={"Authorization": f"Bearer {token}"})
    assert antwort.status_code == 401


def test_schluessel_sieht_was_die_person_sieht(client, stadt):
    entwurf = stadt["entwurf"]
    _s, fachkraft = schluessel_anlegen(UserFactory(rolle=FACHKRAFT), "a")
    _s, verwaltung = schluessel_anlegen(UserFactory(rolle=JUGENDAMT_ADMINISTRATION), "b")
    url = reverse("api_v1:angebot", args=[entwurf.pk])
    assert client.get(url, headers={"Authorization": f"Bearer {fachkraft}"}).status_code == 404
    assert client.get(url, headers={"Authorization": f"Bearer {verwaltung}"}).status_code == 200


@pytest.fixture
def grenze():
    cache.clear()
    with override_settings(API_RATE="3/m"):
        yield
    cache.clear()


def test_zu_viele_anfragen_429_deutsch(client, stadt, grenze):
    person = UserFactory(rolle=FACHKRAFT)
    _s, token = schluessel_anlegen(person, "eins")
    _s, anderer = schluessel_anlegen(person, "zwei")
    kopf = {"Authorization": f"Bearer {token}"}
    for _ in range(3):
        assert client.get("/api/v1/gebiete/", headers=kopf).status_code == 200
    antwort = client.get("/api/v1/gebiete/", headers=kopf)
    assert antwort.status_code == 429
    assert 1 <= int(antwort["Retry-After"]) <= 60
    text = _json(antwort)["detail"]
    assert text.startswith("Zu viele Anfragen (höchstens 3 Anfragen je Minute)"), text
    assert "Sekunde" in text
    # Counted per token: the second one has its own budget.
    zweiter = {"Authorization": f"Bearer {anderer}"}
    assert client.get("/api/v1/gebiete/", headers=zweiter).status_code == 200


def test_grenze_je_benutzerin_und_je_ip(client, stadt, grenze):
    client.force_login(UserFactory(rolle=FACHKRAFT))
    for _ in range(3):
        assert client.get("/api/v1/gebiete/").status_code == 200
    assert client.get("/api/v1/gebiete/").status_code == 429
    client.force_login(UserFactory(rolle=FACHKRAFT))
    assert client.get("/api/v1/gebiete/").status_code == 200


def test_rate_lesen():
    from sozialraum.zugang.api import rate_lesen

    assert rate_lesen("600/h") == (600, 3600)
    assert rate_lesen("10/s") == (10, 1)
    assert rate_lesen("0") is None and rate_lesen("") is None
    for falsch in ("600", "x/h", "5/woche", "-1/m"):
        with pytest.raises(ValueError):
            rate_lesen(falsch)


def test_offene_daten_nur_wenn_eingeschaltet(rf):
    from django.contrib.auth.models import AnonymousUser

    from sozialraum.zugang.api import api_zugang

    offen = api_zugang(anonym_erlaubt=True)[-1]
    assert len(api_zugang()) == 2  # without anonym_erlaubt: session and token only
    anfrage = rf.get("/api/hsds/services")
    anfrage.user = AnonymousUser()
    with override_settings(OFFENE_DATEN=False):
        assert not offen(anfrage)
    with override_settings(OFFENE_DATEN=True):
        assert offen(anfrage) and not anfrage.user.is_authenticated


def test_keine_sicht_ueber_einen_fremden_traeger_hinaus(client, stadt):
    """A Redaktion's token reads her own Träger's draft, not another Träger's."""
    from guardian.shortcuts import assign_perm

    redaktion = UserFactory(rolle="Träger-Redaktion")
    andere = TraegerFactory()
    assign_perm("traeger.change_traeger", redaktion, andere)
    _s, token = schluessel_anlegen(redaktion, "r")
    url = reverse("api_v1:angebot", args=[stadt["entwurf"].pk])
    assert client.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 404
    assign_perm("traeger.change_traeger", redaktion, stadt["traeger"])
    redaktion = type(redaktion).objects.get(pk=redaktion.pk)
    assert client.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 200
