"""The page maps in a browser: an area page with its boundary, its child areas and its
places; an Einrichtung page with its point; an Angebot page with its places. On a desktop
and a 390 px phone, with axe, without tiles (no request leaves this machine) and with them.

A planner in Schöneberg Nord opens her Bezirksregion, finds the youth club on the map,
and follows the marker to the Einrichtung's page.
"""

import base64
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from sozialraum.zugang.rollen import FACHKRAFT
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    QuartierFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)

HANDY = {"width": 390, "height": 844}
KACHELN = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
# A 1×1 transparent PNG for every map tile.
KACHEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)

MARKER = ".karte--seite .leaflet-marker-icon"
GRENZEN = ".karte--seite .leaflet-overlay-pane path"


def rechteck(lon: float, lat: float, breite: float, hoehe: float) -> dict:
    ecken = [[lon, lat], [lon + breite, lat], [lon + breite, lat + hoehe], [lon, lat + hoehe]]
    return {"type": "Polygon", "coordinates": [[*ecken, ecken[0]]]}


@pytest.fixture
def schoeneberg():
    """A Bezirksregion with three Planungsräume side by side and five places (one
    archived, one without coordinates: neither gets a marker)."""
    sozialraum = SozialraumFactory(
        schluessel="070101",
        name="Schöneberg Nord",
        regionalraum__schluessel="0701",
        regionalraum__name="Schöneberg",
        grenze=rechteck(13.33, 52.485, 0.045, 0.02),
    )
    quartiere = [
        QuartierFactory(
            schluessel=f"0701010{i + 1}",
            name=name,
            sozialraum=sozialraum,
            grenze=rechteck(13.33 + i * 0.015, 52.485, 0.015, 0.02),
        )
        for i, name in enumerate(["Nollendorfplatz", "Kleistpark", "Bülowstraße"])
    ]
    traeger = TraegerFactory(name="Nachbarschaftsheim Schöneberg e.V.")
    orte = {
        "nolle": EinrichtungFactory(
            traeger=traeger,
            name="Jugendtreff Nolle",
            art="jugendclub",
            strasse="Maaßenstraße 1",
            quartier=quartiere[0],
            lat=52.4975,
            lon=13.3365,
        ),
        "kita": EinrichtungFactory(
            traeger=traeger,
            name="Kita Kleistpark",
            art="kita",
            quartier=quartiere[1],
            lat=52.492,
            lon=13.353,
        ),
        "familie": EinrichtungFactory(
            traeger=traeger,
            name="Familienzentrum Bülow",
            art="familienzentrum",
            quartier=quartiere[2],
            lat=52.4965,
            lon=13.368,
        ),
        "archiviert": EinrichtungFactory(
            traeger=traeger,
            name="Alter Treff",
            quartier=quartiere[0],
            lat=52.49,
            lon=13.34,
            archiviert=True,
        ),
        "ohne": EinrichtungFactory(
            traeger=traeger, name="Büro Geschäftsstelle", quartier=quartiere[1]
        ),
    }
    return {"sozialraum": sozialraum, "quartiere": quartiere, "orte": orte}


@pytest.fixture
def anfragen(page):
    """Every URL the page asks for, from the first request on; and no CSP violation (Leaflet
    styles through the DOM, which style-src 'self' allows; a style attribute it would not)."""
    urls = []
    page.on("request", lambda anfrage: urls.append(anfrage.url))
    page.add_init_script(CSP_BEOBACHTER)
    yield urls
    assert not page.evaluate("window.__cspVerstoesse || []")


CSP_BEOBACHTER = """
window.__cspVerstoesse = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspVerstoesse.push(`${e.violatedDirective} ${e.blockedURI}`);
});
"""


def nur_von_hier(urls: list[str]) -> list[str]:
    """The URLs that went to another machine than the test server."""
    return [
        u
        for u in urls
        if urlsplit(u).scheme in ("http", "https")
        and urlsplit(u).hostname not in ("127.0.0.1", "localhost")
    ]


def test_gebietsseite_mit_grenzen_und_orten(page, live_server, schoeneberg, anfragen, settings):
    settings.KARTE_KACHEL_URL = ""  # no tiles: the map must ask no other server
    anmelden(page, live_server, UserFactory(rolle=FACHKRAFT))
    page.goto(live_server.url + schoeneberg["sozialraum"].get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Schöneberg Nord")

    karte = page.get_by_role("region", name="Karte von Schöneberg Nord")
    expect(karte).to_be_visible()
    # Three Planungsräume and the Bezirksregion itself; three markers (not the archived
    # place, not the one without coordinates).
    expect(page.locator(GRENZEN)).to_have_count(4)
    expect(page.locator(MARKER)).to_have_count(3)
    expect(page.locator(".karte--seite .leaflet-tile")).to_have_count(0)
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "karte-gebiet")

    # The map takes no focus of its own: from the link before it, Tab passes its zoom
    # buttons and attribution link and goes on to the list of Planungsräume.
    page.locator("#inhalt").get_by_role("link", name="Schöneberg", exact=True).focus()
    in_der_karte = 0
    for _ in range(8):
        page.keyboard.press("Tab")
        if not page.evaluate("document.activeElement.closest('.karte')"):
            break
        in_der_karte += 1
    assert in_der_karte == 3, "Die Karte hält den Fokus fest."  # +, −, "Leaflet"
    expect(page.locator(":focus")).to_have_text("Nollendorfplatz")

    # On the phone: the map stays inside the screen.
    page.set_viewport_size(HANDY)
    page.reload()
    expect(page.locator(MARKER)).to_have_count(3)
    box = karte.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= HANDY["width"]
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "karte-gebiet-handy")

    # A child area is a link (in its popup); a marker's popup leads to the Einrichtung.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.reload()
    bulow = page.locator(GRENZEN).nth(2)
    box = bulow.bounding_box()
    bulow.click(position={"x": box["width"] / 2, "y": box["height"] * 0.9})
    expect(
        page.locator(".leaflet-popup").get_by_role("link", name="Bülowstraße")
    ).to_have_attribute("href", schoeneberg["quartiere"][2].get_absolute_url())
    page.locator(".leaflet-popup-close-button").click()
    expect(page.locator(".leaflet-popup")).to_have_count(0)
    page.locator(f'{MARKER}[title="Jugendtreff Nolle"]').click()
    popup = page.locator(".leaflet-popup")
    expect(popup).to_contain_text("Jugendfreizeiteinrichtung / Jugendclub")
    popup.get_by_role("link", name="Jugendtreff Nolle").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jugendtreff Nolle")
    expect(page.locator(MARKER)).to_have_count(1)
    expect(page.locator(GRENZEN)).to_have_count(1)  # its Planungsraum

    assert not nur_von_hier(anfragen), f"Anfragen nach außen: {nur_von_hier(anfragen)}"


def test_einrichtungsseite_mit_karte(page, live_server, schoeneberg, anfragen, settings):
    settings.KARTE_KACHEL_URL = ""
    anmelden(page, live_server, UserFactory(rolle=FACHKRAFT))
    page.goto(live_server.url + schoeneberg["orte"]["kita"].get_absolute_url())
    karte = page.get_by_role("region", name="Karte: Lage von Kita Kleistpark")
    expect(karte).to_be_visible()
    expect(page.locator(MARKER)).to_have_count(1)
    expect(page.locator(GRENZEN)).to_have_count(1)
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "karte-einrichtung")

    page.set_viewport_size(HANDY)
    page.reload()
    expect(page.locator(MARKER)).to_have_count(1)
    box = karte.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= HANDY["width"]
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "karte-einrichtung-handy")

    # Without coordinates: no map, no empty box.
    page.goto(live_server.url + schoeneberg["orte"]["ohne"].get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Büro Geschäftsstelle")
    expect(page.locator(".karte")).to_have_count(0)
    assert not nur_von_hier(anfragen), f"Anfragen nach außen: {nur_von_hier(anfragen)}"


def test_angebotsseite_mit_karte_und_kacheln(page, live_server, schoeneberg, settings):
    """With a tile server: tiles load (answered locally here), the attribution shows."""
    settings.KARTE_KACHEL_URL = KACHELN
    page.route(
        "https://tile.openstreetmap.org/**",
        lambda route: route.fulfill(status=200, content_type="image/png", body=KACHEL),
    )
    orte = schoeneberg["orte"]
    angebot = AngebotFactory(
        titel="Offene Tür für Familien", einrichtungen=[orte["nolle"], orte["familie"]]
    )
    anmelden(page, live_server, UserFactory(rolle=FACHKRAFT))
    page.goto(live_server.url + angebot.get_absolute_url())
    expect(page.get_by_role("region", name="Karte der Orte dieses Angebots")).to_be_visible()
    expect(page.locator(MARKER)).to_have_count(2)
    expect(page.locator(".karte--seite img.leaflet-tile-loaded").first).to_be_attached()
    expect(page.locator(".karte--seite .leaflet-control-attribution")).to_contain_text(
        "OpenStreetMap"
    )
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "karte-angebot")


def test_bezirk_mit_vielen_orten_gebuendelt(page, live_server, settings):
    """60 places: the markers are clustered, the list shows 50 and a second page."""
    settings.KARTE_KACHEL_URL = ""
    sozialraum = SozialraumFactory(name="Großsiedlung", grenze=rechteck(13.3, 52.4, 0.1, 0.06))
    quartier = QuartierFactory(sozialraum=sozialraum)
    for i in range(60):
        EinrichtungFactory(
            name=f"Ort {i:02d}",
            quartier=quartier,
            lat=52.41 + (i % 10) * 0.004,
            lon=13.31 + (i // 10) * 0.012,
        )
    anmelden(page, live_server, UserFactory(rolle=FACHKRAFT))
    page.goto(live_server.url + sozialraum.get_absolute_url())
    expect(page.locator(".karte--seite .marker-cluster").first).to_be_visible()
    expect(page.locator("#einrichtungen-hier li")).to_have_count(50)
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "karte-gebiet-viele")
    page.locator("#einrichtungen-hier").get_by_role("link", name="weiter").click()
    expect(page.locator("#einrichtungen-hier li")).to_have_count(10)
    expect(page.locator(".karte--seite .marker-cluster").first).to_be_visible()
