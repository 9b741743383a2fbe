"""The HSDA read API's search, filters and places (postcode, proximity): the same search
as the HTML page, cumulative filters, distances nearest first (docs/hsds.md)."""

import json
import math
from datetime import timedelta

import pytest
from django.utils import timezone
from pyproj import Geod

from angebote.hsds.api import abfragen
from angebote.hsds.api.abfragen import umgebendes_rechteck
from angebote.hsds.ausgabe import abbilden
from angebote.models import Angebot, Kategorie, Zielgruppe
from angebote.suche.search import Suchanfrage, suchen
from sozialraum.werkzeuge.suchtext import normalisieren
from tests.hsda_daten import daten_bauen, gueltig, ids, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def daten(settings):
    return daten_bauen(settings)


@pytest.fixture
def offen(client, settings):
    """A client without login, open data on: what everybody gets."""
    settings.OFFENE_DATEN = True
    return client


# -- search and filters ----------------------------------------------------------------------


def test_suche_wie_auf_der_suchseite(offen, daten):
    """The HTML search's entry point, on the published offers: same hits, same order
    (a title match ranks before a description match)."""
    treffer, _anfrage = suchen("hausaufgaben", Angebot.objects.veroeffentlicht(), "relevanz")
    erwartet = [str(a.uuid) for a in treffer]
    antwort = offen.get(url("services") + "?search=hausaufgaben").json()
    assert ids(antwort) == erwartet
    assert [d["name"] for d in antwort["contents"]] == ["Hausaufgabenhilfe", "Offener Treff"]
    # Typos and umlauts as on the search page.
    tippfehler, _anfrage = suchen("Hausaufgabenhife", Angebot.objects.veroeffentlicht())
    korrigiert = ids(offen.get(url("services") + "?search=Hausaufgabenhife").json())
    assert korrigiert == [str(a.uuid) for a in tippfehler]
    assert korrigiert[0] == str(daten["hausaufgaben"].uuid)
    assert ids(offen.get(url("services") + "?search=elterncafe").json()) == [
        str(daten["cafe"].uuid)
    ]
    assert offen.get(url("services") + "?search=geheimprojekt").json()["total_items"] == 0


def _auskunft(antwort) -> dict:
    return json.loads(antwort.headers["Search-Interpretation"])


def test_suchauskunft_sagt_was_gesucht_wurde(offen, daten):
    """A corrected, split or partial search is said in the header Search-Interpretation
    (ASCII JSON), on the three searchable lists; without ``search`` there is none."""
    antwort = offen.get(url("services") + "?search=Hausaufgabenhife")
    auskunft = _auskunft(antwort)
    assert auskunft["query"] == "Hausaufgabenhife"
    assert auskunft["corrected"] == {"hausaufgabenhife": "hausaufgabenhilfe"}
    assert auskunft["searched"] == "Hausaufgabenhilfe"  # as the offer writes it
    assert auskunft["partial"] is False and auskunft["complete"] is None
    antwort.headers["Search-Interpretation"].encode("ascii")
    # No offer holds both words: those holding one of them, said as partial.
    antwort = offen.get(url("services") + "?search=Hausaufgaben Elterncafé")
    assert _auskunft(antwort)["partial"] is True
    assert _auskunft(antwort)["complete"] == 0
    assert _auskunft(antwort)["unknown"] == []
    assert antwort.json()["total_items"] >= 2
    # Umlauts escaped, the text as sent.
    umlaut = offen.get(url("services") + "?search=Elterncafé")
    assert _auskunft(umlaut)["query"] == "Elterncafé"
    assert "\\u00e9" in umlaut.headers["Search-Interpretation"]
    # What HTTP forbids in a header (DEL) is escaped; a long text of umlauts, escaped six
    # times as long, is shortened to what was searched.
    antwort = offen.get(url("services"), {"search": "Elterncafé\x7f"})
    assert "\x7f" not in antwort.headers["Search-Interpretation"]
    assert _auskunft(antwort)["query"] == "Elterncafé\x7f"
    umlaute = " ".join(f"Äöü{chr(97 + i)}äöü" for i in range(20))  # 179 characters
    anfrage = Suchanfrage(text=umlaute, unbekannt=normalisieren(umlaute).split())
    lang = json.loads(abfragen.auskunft(anfrage))
    assert lang == {
        "searched": umlaute,
        "corrected": {},
        "partial": False,
        "age": None,
        "truncated": True,
    }
    # An age the text names is no word of the search, and said so.
    auskunft = _auskunft(offen.get(url("services"), {"search": "Hausaufgaben ab 14"}))
    assert auskunft["age"] == 14 and auskunft["searched"] == "Hausaufgaben"
    for liste in ("service_at_locations", "organizations"):
        auskunft = _auskunft(offen.get(url(liste) + "?search=Hausaufgabenhife"))
        assert auskunft["corrected"] == {"hausaufgabenhife": "hausaufgabenhilfe"}
    for liste in ("services", "service_at_locations", "organizations"):
        assert "Search-Interpretation" not in offen.get(url(liste)).headers


def test_filter(offen, daten):
    def namen(abfrage, name="services"):
        return sorted(
            d.get("name") or d["service"]["name"]
            for d in offen.get(url(name) + abfrage).json()["contents"]
        )

    assert namen(f"?taxonomy_term_id={daten['bildung'].uuid}") == ["Hausaufgabenhilfe"]
    assert namen(f"?taxonomy_term_id={daten['kinder'].uuid}") == [
        "Hausaufgabenhilfe",
        "Offener Treff",
    ]
    kategorien = abbilden.kennung("taxonomy", "kategorien")
    assert namen(f"?taxonomy_id={kategorien}") == ["Hausaufgabenhilfe"]
    assert namen("?taxonomy_id=00000000-0000-0000-0000-000000000000") == []
    assert namen(f"?organization_id={daten['bund'].uuid}") == ["Elterncafé"]
    # Cumulative (AND).
    assert namen(f"?organization_id={daten['bund'].uuid}&taxonomy_id={kategorien}") == []
    assert namen(f"?search=hausaufgaben&taxonomy_term_id={daten['bildung'].uuid}") == [
        "Hausaufgabenhilfe"
    ]
    Angebot.objects.filter(pk=daten["cafe"].pk).update(
        updated_at=timezone.now() - timedelta(days=30)
    )
    vor_einer_woche = (timezone.now() - timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert namen(f"?modified_after={vor_einer_woche}") == ["Hausaufgabenhilfe", "Offener Treff"]
    assert len(namen("?modified_after=2000-01-01")) == 3
    assert namen(f"?taxonomy_term_id={daten['kinder'].uuid}", "service_at_locations") == [
        "Hausaufgabenhilfe",
        "Hausaufgabenhilfe",
        "Offener Treff",
    ]


def test_organisationen_suchen(offen, daten):
    def namen(abfrage):
        return [d["name"] for d in offen.get(url("organizations") + abfrage).json()["contents"]]

    assert namen("") == ["Familienbund e.V.", "Kinderhilfe Nord e.V."]
    assert namen("?search=hausaufgaben") == ["Kinderhilfe Nord e.V."]
    assert namen("?search=familienbund") == ["Familienbund e.V."]
    flach = offen.get(url("organizations")).json()["contents"][0]
    assert "locations" not in flach
    voll = offen.get(url("organizations") + "?full=true").json()["contents"][1]
    assert [o["name"] for o in voll["locations"]] == sorted(
        ["Jugendclub Nord", "Familienzentrum Süd"],
        key=lambda n: str(daten["nord" if "Nord" in n else "sued"].uuid),
    )
    mit = offen.get(url("organizations") + "?full_service=true").json()["contents"][1]
    assert {s["name"] for s in mit["services"]} == {"Hausaufgabenhilfe", "Offener Treff"}
    assert all("service_at_locations" in s for s in mit["services"])


def test_begriffe(offen, daten):
    alle = offen.get(url("taxonomy_terms") + "?per_page=200").json()
    assert alle["total_items"] == Kategorie.objects.count() + Zielgruppe.objects.count()
    zielgruppen = abbilden.kennung("taxonomy", "zielgruppen")
    nur = offen.get(url("taxonomy_terms") + f"?taxonomy_id={zielgruppen}&per_page=200").json()
    assert nur["total_items"] == Zielgruppe.objects.count()
    suche = offen.get(url("taxonomy_terms") + "?search=Madchen").json()
    assert "Mädchen" in " ".join(t["name"] for t in suche["contents"])
    assert offen.get(url("taxonomy_terms") + f"?parent_id={zielgruppen}").json()["empty"]
    oben = offen.get(url("taxonomy_terms") + "?top_only=true&per_page=200").json()
    assert oben["total_items"] == alle["total_items"]  # no term has sub-terms
    assert [
        t["name"] for t in offen.get(url("taxonomies") + "?search=ziel").json()["contents"]
    ] == ["Zielgruppen"]


# -- places: postcode and proximity ----------------------------------------------------------


def test_orte_je_angebot_und_ort(offen, daten):
    antwort = gueltig(offen.get(url("service_at_locations")), "/service_at_locations")
    paare = {(d["service"]["name"], d["location"]["name"]) for d in antwort["contents"]}
    assert paare == {
        ("Hausaufgabenhilfe", "Jugendclub Nord"),
        ("Hausaufgabenhilfe", "Familienzentrum Süd"),
        ("Offener Treff", "Jugendclub Nord"),
        ("Elterncafé", "Elternhaus Mitte"),
    }
    for eintrag in antwort["contents"]:
        assert offen.get(url("service_at_location", id=eintrag["id"])).json()["id"] == eintrag["id"]
    voll = offen.get(url("service_at_locations") + "?full=true").json()["contents"][0]
    assert "schedules" in voll["service"]


def test_postleitzahl(offen, daten):
    antwort = offen.get(url("service_at_locations") + "?postcode=39104").json()
    assert {d["location"]["name"] for d in antwort["contents"]} == {"Jugendclub Nord"}
    assert antwort["total_items"] == 2


def test_umkreis_naechste_zuerst(offen, daten):
    # 52.1290, 11.6290: ~130 m from Nord, ~3.3 km from Süd, ~125 km from Berlin.
    antwort = gueltig(
        offen.get(url("service_at_locations") + "?proximity=52.1290,11.6290,5000"),
        "/service_at_locations",
    )
    orte = [d["location"]["name"] for d in antwort["contents"]]
    assert orte == ["Jugendclub Nord", "Jugendclub Nord", "Familienzentrum Süd"]
    nah = offen.get(url("service_at_locations") + "?proximity=52.1290,11.6290,1000").json()
    assert [d["location"]["name"] for d in nah["contents"]] == ["Jugendclub Nord"] * 2
    weit = offen.get(url("service_at_locations") + "?proximity=52.1290,11.6290,200000").json()
    assert [d["location"]["name"] for d in weit["contents"]][-1] == "Elternhaus Mitte"
    # Only a radius: around the centre of the postcode's places.
    plz = offen.get(url("service_at_locations") + "?postcode=39110&proximity=4000").json()
    assert {d["location"]["name"] for d in plz["contents"]} == {
        "Familienzentrum Süd",
        "Jugendclub Nord",
    }
    assert plz["contents"][0]["location"]["name"] == "Familienzentrum Süd"


def test_abstand_wie_auf_dem_ellipsoid(offen, daten):
    """The haversine distance in SQL agrees with the WGS84 geodesic (pyproj) to 0.5 %:
    a radius just beyond the geodesic distance to Süd includes it, just below excludes it."""
    _az, _rueck, meter = Geod(ellps="WGS84").inv(11.6290, 52.1290, 11.6200, 52.1000)
    for faktor, drin in ((1.005, True), (0.995, False)):
        abfrage = f"?proximity=52.1290,11.6290,{meter * faktor:.1f}"
        orte = {
            d["location"]["name"]
            for d in offen.get(url("service_at_locations") + abfrage).json()["contents"]
        }
        assert ("Familienzentrum Süd" in orte) is drin, (faktor, meter)


def test_rechteck_ueber_die_datumsgrenze():
    """The box splits at ±180° and holds every longitude around a pole."""
    bedingung = str(umgebendes_rechteck(0.0, 179.99, 5000))
    assert "OR" in bedingung and "-179.9" in bedingung
    assert "lon" not in str(umgebendes_rechteck(89.99, 10.0, 5000))
    halb = math.degrees(5000 / 6_371_008.8)
    assert f"{52.0 - halb:.6f}"[:7] in str(umgebendes_rechteck(52.0, 13.0, 5000))
