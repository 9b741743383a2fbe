"""The page maps: what area, Einrichtung and Angebot pages hand to static/js/karte.js.

The data sits in the page as JSON scripts (no endpoint of its own): ``karte-grenzen`` from the
area page (sozialraum/karte.py), ``karte-orte-…`` from the Träger floor (traeger/karte.py).
The browser side is tests/browser/test_browser_karten.py.
"""

import datetime
import json
import re

import pytest
from django.urls import reverse

from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    JugendamtFactory,
    QuartierFactory,
    RegionalraumFactory,
    SozialraumFactory,
    TraegerFactory,
)

pytestmark = pytest.mark.django_db


def quadrat(lon: float, lat: float, d: float = 0.01) -> dict:
    return {
        "type": "Polygon",
        "coordinates": [
            [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]
        ],
    }


def json_daten(response, element_id: str):
    """The JSON of ``<script id="element_id" type="application/json">`` (None: not there)."""
    treffer = re.search(
        rf'<script id="{re.escape(element_id)}" type="application/json">(.*?)</script>',
        response.text,
        re.S,
    )
    return json.loads(treffer.group(1)) if treffer else None


def marker_namen(response) -> set[str]:
    daten = json_daten(response, "karte-orte-einrichtungen")
    return {o["name"] for o in daten["orte"]} if daten else set()


@pytest.fixture
def bezirk():
    """A Bezirk (Jugendamt) > Prognoseraum > Bezirksregion > two Planungsräume, with
    boundaries, and places: current, archived, without coordinates, and one elsewhere."""
    jugendamt = JugendamtFactory(
        schluessel="07", name="Tempelhof-Schöneberg", grenze=quadrat(13.3, 52.4, 0.2)
    )
    regionalraum = RegionalraumFactory(
        schluessel="0701", name="Schöneberg", jugendamt=jugendamt, grenze=quadrat(13.3, 52.45, 0.1)
    )
    sozialraum = SozialraumFactory(
        schluessel="070101",
        name="Schöneberg Nord",
        regionalraum=regionalraum,
        grenze=quadrat(13.33, 52.48, 0.04),
    )
    nord = QuartierFactory(
        schluessel="07010101",
        name="Nollendorfplatz",
        sozialraum=sozialraum,
        grenze=quadrat(13.34, 52.49, 0.01),
    )
    sued = QuartierFactory(
        schluessel="07010102",
        name="Kleistpark",
        sozialraum=sozialraum,
        grenze=quadrat(13.35, 52.49, 0.01),
    )
    anderswo = QuartierFactory(
        schluessel="99010101",
        name="Anderswo",
        sozialraum__regionalraum__jugendamt=JugendamtFactory(schluessel="99", name="Nachbarkreis"),
    )
    traeger = TraegerFactory(name="Pestalozzi-Fröbel-Haus")
    orte = {
        "treff": EinrichtungFactory(
            traeger=traeger,
            name="Jugendtreff Nolle",
            quartier=nord,
            lat=52.4951234,
            lon=13.3456789,
            art="jugendclub",
        ),
        "kita": EinrichtungFactory(
            traeger=traeger,
            name="Kita Kleistpark",
            quartier=sued,
            lat=52.493,
            lon=13.355,
            art="kita",
        ),
        "archiviert": EinrichtungFactory(
            traeger=traeger,
            name="Alter Treff (geschlossen)",
            quartier=nord,
            lat=52.494,
            lon=13.345,
            archiviert=True,
        ),
        "ohne_koordinaten": EinrichtungFactory(
            traeger=traeger, name="Büro ohne Koordinaten", quartier=sued
        ),
        "anderswo": EinrichtungFactory(
            name="Treff Anderswo", quartier=anderswo, lat=51.9, lon=11.5
        ),
    }
    return {
        "jugendamt": jugendamt,
        "regionalraum": regionalraum,
        "sozialraum": sozialraum,
        "nord": nord,
        "sued": sued,
        "orte": orte,
    }


@pytest.mark.parametrize("ebene", ["jugendamt", "regionalraum", "sozialraum"])
def test_gebietsseite_zeigt_orte_darin_und_darunter(client_fachkraft, bezirk, ebene):
    response = client_fachkraft.get(bezirk[ebene].get_absolute_url())
    assert response.status_code == 200
    # Current places with coordinates, in the area's Quartiere: not archived, not elsewhere.
    assert marker_namen(response) == {"Jugendtreff Nolle", "Kita Kleistpark"}
    # The list: every current place, with or without coordinates; no archived one.
    liste = response.text.split('id="einrichtungen-hier"')[1].split("</div>")[0]
    assert "Büro ohne Koordinaten" in liste
    assert "Jugendtreff Nolle" in liste
    assert "Alter Treff" not in response.text
    assert "Treff Anderswo" not in response.text
    assert 'data-karte="seite"' in response.text


def test_quartiersseite_nur_eigene_orte(client_fachkraft, bezirk):
    response = client_fachkraft.get(bezirk["nord"].get_absolute_url())
    assert marker_namen(response) == {"Jugendtreff Nolle"}
    grenzen = json_daten(response, "karte-grenzen")
    assert [g["properties"] for g in grenzen] == [{"name": "Nollendorfplatz", "art": "haupt"}]


def test_marker_nur_mit_dem_noetigsten(client_fachkraft, bezirk):
    """A Bezirk holds ~400 places: per marker id, name, lat, lon, art; the link is one pattern."""
    response = client_fachkraft.get(bezirk["sozialraum"].get_absolute_url())
    daten = json_daten(response, "karte-orte-einrichtungen")
    treff = next(o for o in daten["orte"] if o["name"] == "Jugendtreff Nolle")
    assert set(treff) == {"id", "name", "lat", "lon", "art"}
    assert (treff["lat"], treff["lon"]) == (52.49512, 13.34568)
    assert (
        daten["url"].replace("{id}", str(treff["id"])) == bezirk["orte"]["treff"].get_absolute_url()
    )
    assert daten["arten"] == {
        "jugendclub": "Jugendfreizeiteinrichtung / Jugendclub",
        "kita": "Kita",
    }


def test_grenzen_des_gebiets_und_seiner_teilgebiete(client_fachkraft, bezirk):
    response = client_fachkraft.get(bezirk["sozialraum"].get_absolute_url())
    grenzen = json_daten(response, "karte-grenzen")
    assert [g["properties"] for g in grenzen] == [
        {"name": "Nollendorfplatz", "art": "unter", "url": bezirk["nord"].get_absolute_url()},
        {"name": "Kleistpark", "art": "unter", "url": bezirk["sued"].get_absolute_url()},
        {"name": "Schöneberg Nord", "art": "haupt"},
    ]
    assert grenzen[-1]["geometry"] == bezirk["sozialraum"].grenze


def test_gebiet_ohne_grenze_und_orte_zeigt_keine_daten(client_fachkraft):
    quartier = QuartierFactory(name="Leeres Quartier")
    response = client_fachkraft.get(quartier.get_absolute_url())
    assert response.status_code == 200
    assert json_daten(response, "karte-grenzen") is None
    assert json_daten(response, "karte-orte-einrichtungen") is None
    # The frame is there but hidden; karte.js leaves it so when there is nothing to draw.
    assert '<div class="karte-rahmen nicht-drucken" hidden>' in response.text


def test_ohne_kachel_url_keine_kacheln(client_fachkraft, bezirk, settings):
    settings.KARTE_KACHEL_URL = ""
    response = client_fachkraft.get(bezirk["sozialraum"].get_absolute_url())
    assert 'data-kacheln=""' in response.text
    settings.KARTE_KACHEL_URL = "https://kacheln.example.org/{z}/{x}/{y}.png"
    response = client_fachkraft.get(bezirk["sozialraum"].get_absolute_url())
    assert 'data-kacheln="https://kacheln.example.org/{z}/{x}/{y}.png"' in response.text


def _viele_orte(sozialraum, anzahl: int, beginn: int = 0) -> None:
    quartier = QuartierFactory(sozialraum=sozialraum)
    for i in range(beginn, beginn + anzahl):
        EinrichtungFactory(
            name=f"Ort {i:03d}", quartier=quartier, lat=52.48 + i / 10000, lon=13.33 + i / 10000
        )


def test_bezirk_mit_vielen_orten_seitenweise_und_fest_viele_abfragen(
    client_fachkraft, django_assert_max_num_queries
):
    """120 places: the list 50 to a page, the map all of them, in as many queries as 5."""
    sozialraum = SozialraumFactory(name="Großer Sozialraum", grenze=quadrat(13.3, 52.47, 0.1))
    jugendamt = sozialraum.regionalraum.jugendamt
    _viele_orte(sozialraum, 5)
    # Once before counting: the offers section is kept per search state (trefferspeicher.py),
    # and new places start a new state.
    client_fachkraft.get(jugendamt.get_absolute_url())
    # 12 queries: session, user, the area, its children; the Einrichtungen section: the
    # list's count and page, the Träger with their counts, the markers; the offers section
    # (kept): its Zielgruppen and the search state; the user's permissions (two).
    with django_assert_max_num_queries(12) as wenige:
        client_fachkraft.get(jugendamt.get_absolute_url())
    mit_fuenf = len(wenige)  # now: the next request empties the connection's query log
    _viele_orte(sozialraum, 115, beginn=5)
    client_fachkraft.get(jugendamt.get_absolute_url())
    with django_assert_max_num_queries(mit_fuenf):
        response = client_fachkraft.get(jugendamt.get_absolute_url())

    assert len(marker_namen(response)) == 120
    liste = response.text.split('id="einrichtungen-hier"')[1].split("</div>")[0]
    assert liste.count("<li>") == 50
    assert "Ort 000" in liste and "Ort 049" in liste and "Ort 050" not in liste
    assert "Seite 1 von 3" in liste
    # 120 Träger (one each): folded away, so that the Einrichtungen stay in view.
    assert '<details class="traeger-liste"><summary>Alle 120 Träger anzeigen</summary>' in (
        response.text
    )

    response = client_fachkraft.get(jugendamt.get_absolute_url(), {"seite": "3"})
    liste = response.text.split('id="einrichtungen-hier"')[1].split("</div>")[0]
    assert liste.count("<li>") == 20
    assert "Ort 119" in liste and "Seite 3 von 3" in liste
    assert len(marker_namen(response)) == 120  # the map does not page

    # Nonsense page numbers: the nearest page, no error.
    for seite in ("0", "x", "99999999999999999999"):
        response = client_fachkraft.get(jugendamt.get_absolute_url(), {"seite": seite})
        assert response.status_code == 200


def test_traegerliste_ohne_archivierte(client_fachkraft, bezirk):
    response = client_fachkraft.get(bezirk["sozialraum"].get_absolute_url())
    eintrag = response.text.split("Pestalozzi-Fröbel-Haus</a>")[1]
    # Jugendtreff, Kita, Büro: three current places; the archived one does not count.
    assert eintrag.startswith(' <span class="zahl">3</span>')


def test_einrichtungsseite_mit_karte(client_fachkraft, bezirk):
    treff = bezirk["orte"]["treff"]
    response = client_fachkraft.get(treff.get_absolute_url())
    orte = json_daten(response, "karte-orte-einrichtung")
    assert [(o["name"], o["id"]) for o in orte["orte"]] == [("Jugendtreff Nolle", treff.pk)]
    grenzen = json_daten(response, "karte-grenzen")
    assert [g["properties"]["name"] for g in grenzen] == ["Nollendorfplatz"]
    assert "karte--klein" in response.text
    assert "leaflet.js" in response.text


def test_einrichtung_ohne_koordinaten_ohne_karte(client_fachkraft, bezirk):
    response = client_fachkraft.get(bezirk["orte"]["ohne_koordinaten"].get_absolute_url())
    assert response.status_code == 200
    assert 'data-karte="seite"' not in response.text
    assert json_daten(response, "karte-orte-einrichtung") is None


def test_angebotsseite_zeigt_seine_orte(client_fachkraft, bezirk):
    orte = bezirk["orte"]
    angebot = AngebotFactory(
        titel="Offene Tür",
        einrichtungen=[orte["treff"], orte["kita"], orte["archiviert"], orte["ohne_koordinaten"]],
    )
    response = client_fachkraft.get(angebot.get_absolute_url())
    daten = json_daten(response, "karte-orte-angebot")
    assert {o["name"] for o in daten["orte"]} == {"Jugendtreff Nolle", "Kita Kleistpark"}
    assert 'data-karte="seite"' in response.text


def test_angebot_ohne_ort_ohne_karte(client_fachkraft):
    angebot = AngebotFactory(titel="Telefonberatung")
    response = client_fachkraft.get(angebot.get_absolute_url())
    assert 'data-karte="seite"' not in response.text


def test_namen_im_json_sicher(client_fachkraft):
    quartier = QuartierFactory()
    EinrichtungFactory(name="</script><b>Treff</b>", quartier=quartier, lat=52.5, lon=13.4)
    response = client_fachkraft.get(quartier.get_absolute_url())
    assert "</script><b>" not in response.text
    assert marker_namen(response) == {"</script><b>Treff</b>"}


def test_quelle_und_stand_auf_den_seiten(client_fachkraft, bezirk):
    stand = datetime.date(2025, 3, 1)
    traeger = TraegerFactory(
        name="Importierter Träger", quelle="Berliner Kita-Verzeichnis", quelle_stand=stand
    )
    einrichtung = EinrichtungFactory(
        traeger=traeger,
        quartier=bezirk["nord"],
        quelle="Berliner Kita-Verzeichnis",
        quelle_stand=stand,
    )
    angebot = AngebotFactory(traeger=traeger, quelle="Familienportal Berlin")
    erwartet = {
        traeger.get_absolute_url(): "Quelle: Berliner Kita-Verzeichnis, Stand 03/2025",
        einrichtung.get_absolute_url(): "Quelle: Berliner Kita-Verzeichnis, Stand 03/2025",
        angebot.get_absolute_url(): "Quelle: Familienportal Berlin",
    }
    for url, zeile in erwartet.items():
        assert f'<p class="herkunft">{zeile}</p>' in client_fachkraft.get(url).text

    # Records typed into the registry: no line.
    for url in (
        bezirk["orte"]["treff"].get_absolute_url(),
        reverse("traeger:traeger", args=[bezirk["orte"]["treff"].traeger_id]),
    ):
        assert 'class="herkunft"' not in client_fachkraft.get(url).text
