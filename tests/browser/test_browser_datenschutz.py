"""The data-protection journey of a Jugendamt admin in the Django admin: export a person's
data as JSON, then erase her after reading the summary. Both steps (our templates in
templates/admin/datenschutz/) are checked with axe-core and photographed."""

import json
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from sozialraum.models import User
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import AngebotFactory, KontaktFactory, TraegerFactory, UserFactory
from traeger.models import Ansprechperson

NAME = "Jördis Wiesenthal-Quast"
MAIL = "j.wiesenthal@beispiel-traeger.de"


@pytest.fixture
def personen(db):
    admin = UserFactory(
        username="andrea",
        first_name="Andrea",
        last_name="Albrecht",
        rolle=JUGENDAMT_ADMINISTRATION,
        is_staff=True,
    )
    joerdis = UserFactory(
        username="jwiesenthal",
        first_name="Jördis",
        last_name="Wiesenthal-Quast",
        email=MAIL,
        rolle=FACHKRAFT,
    )
    traeger = TraegerFactory(name="Kinderhaus Nord e.V.")
    person = Ansprechperson.objects.create(
        traeger=traeger,
        name=NAME,
        email=MAIL,
        funktion="Leitung",
        oeffentlich=True,
        einwilligung_am=timezone.localdate(),
    )
    KontaktFactory(erfasst_von=joerdis, traeger=[traeger], thema="Übergang Hort")
    AngebotFactory(
        titel="Elterncafé am Park", traeger=traeger, beschreibung=f"Mit {NAME}.", email=MAIL
    )
    return admin, joerdis, person


def aktion_waehlen(page, live_server, pfad, pk, aktion):
    page.goto(f"{live_server.url}{pfad}")
    page.locator(f"input[name='_selected_action'][value='{pk}']").check()
    page.locator("select[name='action']").first.select_option(label=aktion)
    page.locator("button[name='index']").first.click()


def test_auskunft_und_loeschung_in_der_verwaltung(page, live_server, personen):
    admin, joerdis, person = personen
    anmelden(page, live_server, admin)

    # 1. Auskunft: the account is selected, her Ansprechperson is offered with the same e-mail.
    aktion_waehlen(
        page,
        live_server,
        "/admin/sozialraum/user/",
        joerdis.pk,
        "Auskunft über die Person (JSON, Art. 15/20 DSGVO)",
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Auskunft über die Person: Datensätze wählen"
    )
    vorschlag = page.get_by_label(f"Ansprechperson „{NAME}“ (Leitung)", exact=False)
    expect(vorschlag).to_be_visible()
    pruefe_barrierefreiheit(page)
    vorschlag.check()
    bildschirmfoto(page, "datenschutz_auskunft_auswahl")
    with page.expect_download() as laden:
        page.get_by_role("button", name="Auskunft herunterladen (JSON)").click()
    datei = laden.value
    assert datei.suggested_filename.startswith("personendaten-")
    daten = json.loads(Path(datei.path()).read_text(encoding="utf-8"))
    assert {d["modell"] for d in daten["person"]["datensaetze"]} == {
        "sozialraum.user",
        "traeger.ansprechperson",
    }
    assert set(daten["daten"]) >= {"sozialraum.user", "traeger.ansprechperson", "traeger.kontakt"}

    # 2. Löschung from the Ansprechperson: choose, read the summary, confirm.
    aktion_waehlen(
        page,
        live_server,
        "/admin/traeger/ansprechperson/",
        person.pk,
        "Person löschen bzw. anonymisieren (Art. 17 DSGVO) …",
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Person löschen: Datensätze wählen")
    page.get_by_label("Benutzerkonto „jwiesenthal“", exact=False).check()
    page.get_by_role("button", name="Weiter zur Zusammenfassung").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Person löschen: Zusammenfassung")
    expect(page.get_by_role("heading", name="Was die Löschung bewirkt")).to_be_visible()
    expect(page.locator("#content")).to_contain_text("Das Benutzerkonto wird anonymisiert")
    expect(page.locator("#content")).to_contain_text("„E-Mail für Rückfragen“")
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, "datenschutz_loeschen_zusammenfassung")
    page.get_by_label("Ich habe die Zusammenfassung gelesen", exact=False).check()
    page.get_by_role("button", name="Endgültig löschen").click()

    expect(page.locator(".messagelist")).to_contain_text("gelöscht bzw. anonymisiert (Vorgang")
    bildschirmfoto(page, "datenschutz_geloescht")
    assert not Ansprechperson.objects.filter(pk=person.pk).exists()
    konto = User.objects.get(pk=joerdis.pk)
    assert not konto.is_active and konto.email == "" and str(konto) == "Gelöschte Person"
