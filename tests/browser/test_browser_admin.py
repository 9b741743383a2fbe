"""The admin of the Jugendamt-Administration in Chromium: the offer list with its bulk
actions, an import whose preview lists the errors, the Änderungsverlauf of an offer with
its differences, and the conflict when two tabs save the same offer.

Each page is checked with axe-core (WCAG 2.1 AA) as a whole, with one exception on change
forms: the search box that select2 (Django's autocomplete widget, needed for 10,000 Träger)
puts inside a multiple-choice field has no label. That is stock Django admin JavaScript we
cannot change here, so ``pruefe_formular`` leaves ``.select2-container`` out; the field
itself is labelled.
"""

import pytest
from playwright.sync_api import expect

from angebote.models import Angebot
from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION
from tests.browser.conftest import (
    AXE_OPTIONEN,
    AXE_SCHWER,
    _axe_laden,
    anmelden,
    bildschirmfoto,
    pruefe_barrierefreiheit,
)
from tests.factories import AngebotFactory, TraegerFactory, UserFactory


def pruefe_formular(page) -> None:
    """axe-core like ``pruefe_barrierefreiheit``, without select2's unlabelled search box."""
    page.wait_for_load_state("load")
    _axe_laden(page)
    verstoesse = page.evaluate(
        "async ([kontext, optionen]) => (await axe.run(kontext, optionen)).violations",
        [{"exclude": [[".select2-container"]]}, AXE_OPTIONEN],
    )
    schwer = [
        f"{v['id']}: {v['help']} ({', '.join(' '.join(map(str, n['target'])) for n in v['nodes'][:3])})"
        for v in verstoesse
        if v.get("impact") in AXE_SCHWER
    ]
    if schwer:
        pytest.fail(f"axe-core auf {page.url}:\n" + "\n".join(schwer), pytrace=False)


def _amt():
    return UserFactory(
        username="andrea",
        first_name="Andrea",
        last_name="Albrecht",
        is_staff=True,
        rolle=JUGENDAMT_ADMINISTRATION,
    )


def test_angebotsliste_mit_sammelaktion(page, live_server):
    traeger = TraegerFactory(name="Kinderhilfe Nord e.V.", externe_id="T-1")
    for titel in ("Elterncafé", "Hausaufgabenhilfe", "Mädchentreff"):
        AngebotFactory(titel=titel, traeger=traeger, status="entwurf")
    anmelden(page, live_server, _amt())
    page.goto(f"{live_server.url}/admin/angebote/angebot/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Angebot")
    pruefe_barrierefreiheit(page, AXE_OPTIONEN)
    page.locator("#action-toggle").check()
    page.get_by_label("Aktion:").select_option(label="Veröffentlichen")
    page.get_by_role("button", name="Ausführen").click()
    expect(page.locator(".messagelist")).to_contain_text("3 Angebote veröffentlicht.")
    bildschirmfoto(page, "admin_angebotsliste")
    assert Angebot.objects.filter(status="veroeffentlicht").count() == 3


def test_import_vorschau_zeigt_fehler(page, live_server):
    TraegerFactory(name="Kinderhilfe Nord e.V.", externe_id="T-1")
    anmelden(page, live_server, _amt())
    page.goto(f"{live_server.url}/admin/angebote/angebot/import/")
    pruefe_barrierefreiheit(page)
    datei = "titel;traeger;kategorien;alter_von;alter_bis\nLernhilfe;T-1;Bildung;6;10\nTöpfern;T-9;Basteln;12;8\n"
    page.get_by_label("Zu importierende Datei").set_input_files(
        {"name": "angebote.csv", "mimeType": "text/csv", "buffer": datei.encode()}
    )
    page.get_by_label("Dateiformat").select_option(label="csv")
    page.get_by_role("button", name="Datei prüfen").click()
    fehler = page.get_by_role("table", name="Fehler je Zeile und Spalte")
    expect(fehler).to_contain_text("„T-9“ nicht gefunden")
    expect(fehler).to_contain_text("Unbekannt: „Basteln“")
    expect(
        page.get_by_role("heading", name="3 Fehler – es wurde nichts gespeichert")
    ).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "admin_import_fehler")
    assert not Angebot.objects.exists()

    page.get_by_label("Zu importierende Datei").set_input_files(
        {
            "name": "angebote.csv",
            "mimeType": "text/csv",
            "buffer": datei.splitlines()[0].encode() + b"\n" + datei.splitlines()[1].encode(),
        }
    )
    page.get_by_label("Dateiformat").select_option(label="csv")
    page.get_by_role("button", name="Datei prüfen").click()
    expect(page.get_by_text("Die Datei ist fehlerfrei: 1 neu")).to_be_visible()
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "admin_import_vorschau")
    page.get_by_role("button", name="Import bestätigen").click()
    expect(page.locator(".messagelist")).to_contain_text("Import abgeschlossen (Angebote): 1 neu")
    assert Angebot.objects.get().titel == "Lernhilfe"


def test_verlauf_mit_unterschieden_und_wiederherstellen(page, live_server):
    amt = _amt()
    angebot = AngebotFactory(titel="Elterncafé", status="entwurf", telefon="030 1")
    erste = angebot.history.get()
    angebot.titel = "Elterncafé am Park"
    angebot.status = "veroeffentlicht"
    angebot._history_user = amt
    angebot.save()
    anmelden(page, live_server, amt)
    page.goto(f"{live_server.url}/admin/angebote/angebot/{angebot.pk}/change/")
    page.get_by_role("link", name="Geschichte").click()
    tabelle = page.get_by_role("table", name="2 gespeicherte Versionen")
    expect(tabelle).to_contain_text("Titel: Elterncafé → Elterncafé am Park")
    expect(tabelle).to_contain_text("Status: Entwurf → veröffentlicht")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "admin_verlauf")

    page.goto(f"{live_server.url}/admin/angebote/angebot/{angebot.pk}/history/{erste.pk}/")
    # The status is not restored: it changes only through the review (read-only here).
    vergleich = page.get_by_role("table", name="Das Wiederherstellen dieser Version ändert 1 Feld:")
    expect(vergleich).to_contain_text("Elterncafé am Park")
    pruefe_formular(page)
    bildschirmfoto(page, "admin_version")
    page.get_by_role("button", name="Diese Version wiederherstellen").click()
    expect(page.locator(".messagelist")).to_contain_text("ist wiederhergestellt")
    angebot.refresh_from_db()
    assert (angebot.titel, angebot.status) == ("Elterncafé", "veroeffentlicht")


def test_konflikt_zweier_tabs(page, live_server, browser):
    amt = _amt()
    kollegin = UserFactory(
        username="karla",
        first_name="Karla",
        last_name="Kollegin",
        is_staff=True,
        rolle=JUGENDAMT_ADMINISTRATION,
    )
    angebot = AngebotFactory(titel="Ferienprogramm")
    url = f"{live_server.url}/admin/angebote/angebot/{angebot.pk}/change/"

    anmelden(page, live_server, amt)
    page.goto(url)
    zweiter = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    try:
        seite_karla = zweiter.new_page()
        anmelden(seite_karla, live_server, kollegin)
        seite_karla.goto(url)
        seite_karla.get_by_label("Titel:").fill("Ferienprogramm Sommer")
        seite_karla.get_by_role("button", name="Sichern", exact=True).click()
        expect(seite_karla.locator(".messagelist")).to_contain_text("erfolgreich geändert")
    finally:
        zweiter.close()

    page.get_by_label("Titel:").fill("Ferienprogramm Herbst")
    page.get_by_role("button", name="Sichern", exact=True).click()
    expect(page.locator(".errorlist.nonfield")).to_contain_text(
        "Dieser Eintrag wurde inzwischen von Karla Kollegin geändert"
    )
    expect(page.locator(".errorlist.nonfield")).to_contain_text("Geändert wurde: Titel.")
    expect(page.get_by_label("Titel:")).to_have_value("Ferienprogramm Herbst")
    pruefe_formular(page)
    bildschirmfoto(page, "admin_konflikt")
    angebot.refresh_from_db()
    assert angebot.titel == "Ferienprogramm Sommer"


def test_thesaurus_mit_oberbegriff_und_ohne_kreis(page, live_server):
    """The thesaurus in the admin: a group put under its broader group, and the German
    message when a chain would lead back to the group itself."""
    from angebote.models import Synonymgruppe

    Synonymgruppe.objects.filter(bevorzugt__in=["Kampfsport", "Judo"]).delete()
    kampfsport = Synonymgruppe.objects.create(bevorzugt="Kampfsport", begriffe="Kampfkunst")
    judo = Synonymgruppe.objects.create(bevorzugt="Judo", begriffe="Judotraining")
    anmelden(page, live_server, _amt())
    page.goto(f"{live_server.url}/admin/angebote/synonymgruppe/{judo.pk}/change/")
    page.get_by_label("Oberbegriff").select_option(label="Kampfsport")
    page.get_by_role("button", name="Sichern", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("Judo")
    judo.refresh_from_db()
    assert judo.oberbegriff == kampfsport
    # The list shows each group's broader group.
    expect(page.locator("#result_list")).to_contain_text("Kampfsport")
    pruefe_barrierefreiheit(page, AXE_OPTIONEN)

    page.goto(f"{live_server.url}/admin/angebote/synonymgruppe/{kampfsport.pk}/change/")
    page.get_by_label("Oberbegriff").select_option(label="Judo")
    page.get_by_role("button", name="Sichern", exact=True).click()
    expect(page.locator(".errorlist")).to_contain_text(
        "„Kampfsport“ kann nicht unter sich selbst stehen: Kampfsport › Judo › Kampfsport."
    )
    pruefe_formular(page)
    bildschirmfoto(page, "admin_thesaurus_kreis")
    kampfsport.refresh_from_db()
    assert kampfsport.oberbegriff is None
