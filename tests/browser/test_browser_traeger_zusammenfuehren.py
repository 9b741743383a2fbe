"""Merging and splitting Träger in the browser.

The import brought "AWO KV Musterstadt" beside the Jugendamt's own "AWO Kreisverband
Musterstadt e.V.". Andrea (Jugendamt-Administration) finds the double by typing, checks the
preview, merges, and later restores the merged one (a split), on a desktop and on a 390 px
phone. Every page is checked with axe and photographed.
"""

import re

from playwright.sync_api import expect

from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory, UserFactory
from traeger.models import Ansprechperson, Einrichtung, Traeger

HANDY = {"width": 390, "height": 844}


def _welt():
    bleibt = TraegerFactory(
        name="AWO Kreisverband Musterstadt e.V.", email="info@awo-musterstadt.example"
    )
    geht = TraegerFactory(
        name="AWO KV Musterstadt",
        quelle="Berliner Trägerliste",
        externe_id="T-4711",
        telefon="0391 555 0",
    )
    haus = EinrichtungFactory(traeger=geht, name="Familienzentrum Lindenweg")
    Ansprechperson.objects.create(traeger=geht, einrichtung=haus, name="Lena Linde")
    AngebotFactory(traeger=geht, titel="Elterncafé am Lindenweg", einrichtungen=[haus])
    for i in range(5):
        TraegerFactory(name=f"Sportverein {i:02d} e.V.")
    andrea = UserFactory(
        username="andrea",
        first_name="Andrea",
        last_name="Albrecht",
        rolle=JUGENDAMT_ADMINISTRATION,
        is_staff=True,
    )
    return bleibt, geht, haus, andrea


def test_verwaltung_fuehrt_zwei_traeger_zusammen(page, live_server):
    bleibt, geht, haus, andrea = _welt()
    geht_pk = geht.pk

    anmelden(page, live_server, andrea)
    page.goto(f"{live_server.url}{bleibt.get_absolute_url()}")
    page.get_by_role("link", name="mit anderem Träger zusammenführen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Träger zusammenführen")
    pruefe_barrierefreiheit(page)
    # Typing finds the double (htmx), also by a word of the other spelling.
    page.get_by_label("Name, andere Schreibweise oder Trägernummer").press_sequentially(
        "AWO KV", delay=30
    )
    auswaehlen = page.get_by_role("link", name=re.compile(r"auswählen\s*: AWO KV Musterstadt"))
    expect(auswaehlen).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "traeger_zusammenfuehren_suche")
    auswaehlen.click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "„AWO KV Musterstadt“ in „AWO Kreisverband Musterstadt e.V.“ aufgehen lassen"
    )
    umzug = page.locator("section").filter(has=page.locator("#umzug-titel"))
    expect(umzug).to_contain_text("Einrichtungen: 1")
    expect(umzug.get_by_role("link", name="Elterncafé am Lindenweg")).to_be_visible()
    expect(page.get_by_text("die Kennung „T-4711“ aus der Quelle")).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "traeger_zusammenfuehren_vorschau")

    page.set_viewport_size(HANDY)
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "traeger_zusammenfuehren_vorschau_handy")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_role("button", name="Jetzt zusammenführen").click()
    expect(page.get_by_role("status")).to_contain_text(
        "„AWO KV Musterstadt“ ist mit „AWO Kreisverband Musterstadt e.V.“ zusammengeführt"
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("AWO Kreisverband Musterstadt e.V.")
    expect(page.get_by_text("AWO KV Musterstadt", exact=True)).to_be_visible()  # also known as
    expect(page.get_by_role("link", name="Familienzentrum Lindenweg").first).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "traeger_zusammenfuehren_ergebnis")
    assert not Traeger.objects.filter(pk=geht_pk).exists()
    assert Einrichtung.objects.get(pk=haus.pk).traeger_id == bleibt.pk

    # The merge was wrong after all: restore "AWO KV Musterstadt" with its Einrichtung.
    page.set_viewport_size(HANDY)
    page.get_by_role("link", name="Träger aufteilen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Träger aufteilen")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "traeger_aufteilen_auswahl_handy")
    page.get_by_role("link", name=re.compile(r"wiederherstellen\s*: AWO KV Musterstadt")).click()
    expect(page.get_by_label(re.compile("Familienzentrum Lindenweg"))).to_be_checked()
    pruefe_barrierefreiheit(page)
    page.get_by_role("button", name="Weiter zur Vorschau").click()
    expect(page.get_by_role("heading", level=2, name=re.compile("Vorschau"))).to_be_visible()
    expect(page.get_by_text("Angebote: 1")).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "traeger_aufteilen_vorschau_handy")
    page.get_by_role("button", name="Jetzt aufteilen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("AWO KV Musterstadt")
    expect(page.get_by_role("status")).to_contain_text("An „AWO KV Musterstadt“ übergeben")
    pruefe_barrierefreiheit(page)
    wieder = Traeger.objects.get(pk=geht_pk)
    assert wieder.externe_id == "T-4711"
    assert Einrichtung.objects.get(pk=haus.pk).traeger_id == geht_pk


def test_aufteilen_ohne_auswahl_zeigt_fehler(page, live_server):
    _bleibt, geht, _haus, andrea = _welt()
    anmelden(page, live_server, andrea)
    page.goto(f"{live_server.url}{geht.get_absolute_url()}")
    page.get_by_role("link", name="Träger aufteilen").click()
    page.get_by_role("link", name="an einen neuen Träger").click()
    page.get_by_label("Name des neuen Trägers").fill("Familienzentrum Lindenweg gGmbH")
    page.get_by_role("button", name="Weiter zur Vorschau").click()
    expect(page.locator(".fehleruebersicht")).to_contain_text(
        "Bitte wählen Sie mindestens eine Einrichtung."
    )
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "traeger_aufteilen_fehler")
