"""Gremien that work together, in the browser (issue #16): the coordinator of the Fokusgruppe
Bildung and the Lenkungsgruppe Nord sends a delegate with a stand-in into the Lenkungsgruppe,
passes an Empfehlung on, and records the Lenkungsgruppe's outcome, seen on both sides; then
she edits her Sozialraumdialog: it now belongs to the Lenkungsgruppe and meets on a rule,
and the tree shows it there. Desktop and a 390 px phone, axe on every new page."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from gremien.models import Beschluss, Mitgliedschaft, Tagesordnungspunkt
from sozialraum.zugang.rollen import FACHKRAFT, GREMIUM_KOORDINATION
from tests.browser.conftest import anmelden, bildschirmfoto, pruefe_barrierefreiheit
from tests.factories import (
    GremiumFactory,
    MitgliedschaftFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)

HANDY = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
HEUTE = timezone.localdate()
EMPFEHLUNG = (
    "Die Fokusgruppe empfiehlt eine zusätzliche Stelle Schulsozialarbeit an der Grundschule Nord."
)
ERGEBNIS = "Die Lenkungsgruppe beantragt die Stelle im Haushalt des Regionalraums."


@pytest.fixture
def gremien():
    konferenz = GremiumFactory(
        name="Sozialraumkonferenz Nord", art="konferenz", sichtbarkeit="fachkraefte"
    )
    lenkung = GremiumFactory(
        name="Lenkungsgruppe Nord", art="lenkungsgruppe", uebergeordnet=konferenz
    )
    fokus = GremiumFactory(name="Fokusgruppe Bildung", art="fokusgruppe", uebergeordnet=lenkung)
    greta = UserFactory(
        username="greta", first_name="Greta", last_name="Lorenz", rolle=GREMIUM_KOORDINATION
    )
    katrin = UserFactory(
        username="katrin", first_name="Katrin", last_name="Wagner", rolle=FACHKRAFT
    )
    jonas = UserFactory(username="jonas", first_name="Jonas", last_name="Petersen", rolle=FACHKRAFT)
    dialog = GremiumFactory(name="Sozialraumdialog Nord", art="sozialraumdialog")
    for g in (lenkung, fokus, dialog):
        MitgliedschaftFactory(gremium=g, person=greta, rolle="koordination")
    quelle = MitgliedschaftFactory(
        gremium=fokus, person=katrin, traeger=TraegerFactory(name="Lindenhof-Grundschule")
    )
    MitgliedschaftFactory(gremium=fokus, person=jonas)
    vorher = SitzungFactory(
        gremium=fokus, datum=HEUTE - datetime.timedelta(days=7), status="durchgefuehrt"
    )
    top = Tagesordnungspunkt.objects.create(sitzung=vorher, position=1, titel="Schulsozialarbeit")
    Beschluss.objects.create(sitzung=vorher, top=top, art="empfehlung", text=EMPFEHLUNG)
    naechste = SitzungFactory(gremium=lenkung, datum=HEUTE + datetime.timedelta(days=14))
    Tagesordnungspunkt.objects.create(sitzung=naechste, position=1, titel="Begrüßung")
    return {"lenkung": lenkung, "fokus": fokus, "dialog": dialog, "greta": greta,
            "quelle": quelle, "vorher": vorher, "naechste": naechste}  # fmt: skip


def _h1(page):
    return page.get_by_role("heading", level=1)


def _pruefen(page, name: str) -> None:
    pruefe_barrierefreiheit(page)
    bildschirmfoto(page, f"gremien_struktur_{name}")


def test_delegation_weitergabe_und_ergebnis(page, live_server, gremien):
    url = live_server.url
    anmelden(page, live_server, gremien["greta"])
    page.set_viewport_size(DESKTOP)

    # The structure on the list page.
    page.goto(f"{url}/gremien/")
    struktur = page.get_by_role("region", name="Gremienstruktur")
    expect(struktur).to_contain_text("Fokusgruppe Bildung")
    _pruefen(page, "liste")

    # Members of the Lenkungsgruppe: add Katrin, sent by the Fokusgruppe.
    page.goto(f"{url}{gremien['lenkung'].get_absolute_url()}")
    page.get_by_role("link", name="Mitglieder pflegen").click()
    expect(_h1(page)).to_have_text("Mitglieder")
    _pruefen(page, "mitglieder")
    page.get_by_role("link", name="Mitglied hinzufügen").click()
    expect(_h1(page)).to_have_text("Mitglied hinzufügen")
    _pruefen(page, "mitglied_neu")
    quelle = gremien["quelle"]
    page.get_by_label("entsandt von").select_option(label=f"Fokusgruppe Bildung: {quelle}")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_role("row", name="Katrin Wagner")).to_contain_text(
        "entsandt von Fokusgruppe Bildung"
    )

    # Her stand-in: Jonas.
    page.get_by_role("link", name="Mitglied hinzufügen").click()
    page.get_by_label("Person", exact=True).select_option(label="Jonas Petersen")
    page.get_by_label("Rolle").select_option(label="Vertretung")
    delegation = Mitgliedschaft.objects.get(gremium=gremien["lenkung"], entsandt_von=quelle)
    page.get_by_label("Vertretung für").select_option(label=str(delegation))
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_role("row", name="Jonas Petersen")).to_contain_text("vertritt Katrin Wagner")
    _pruefen(page, "mitglieder_mit_delegation")

    # Both Gremien show the delegation.
    page.goto(f"{url}{gremien['lenkung'].get_absolute_url()}")
    delegationen = page.get_by_role("region", name="Delegationen")
    expect(delegationen).to_contain_text("entsandt von Fokusgruppe Bildung")
    expect(delegationen).to_contain_text("Vertretung: Jonas Petersen")
    expect(page.locator(".daten")).to_contain_text("Sozialraumkonferenz Nord")
    _pruefen(page, "lenkung")
    page.goto(f"{url}{gremien['fokus'].get_absolute_url()}")
    delegationen = page.get_by_role("region", name="Delegationen")
    expect(delegationen).to_contain_text("entsendet in Lenkungsgruppe Nord:")
    expect(delegationen).to_contain_text("Vertretung: Jonas Petersen")
    _pruefen(page, "fokus")

    # Pass the Empfehlung on to the Lenkungsgruppe.
    page.goto(f"{url}{gremien['vorher'].get_absolute_url()}")
    page.get_by_role("link", name="weitergeben").click()
    expect(_h1(page)).to_have_text("Empfehlung weitergeben")
    _pruefen(page, "weitergeben")
    page.get_by_label("weitergegeben an").select_option(label="Lenkungsgruppe Nord")
    page.get_by_role("button", name="Weitergeben").click()
    expect(page.get_by_text("steht auf der Tagesordnung der Sitzung am")).to_be_visible()
    expect(page.locator(f"#beschluss-{Beschluss.objects.get(text=EMPFEHLUNG).pk}")).to_contain_text(
        "noch nicht beraten"
    )

    # The Lenkungsgruppe's next agenda: the proposed TOP, then its outcome.
    page.goto(f"{url}{gremien['naechste'].get_absolute_url()}")
    vorschlag = page.locator(".top").filter(has_text="Empfehlung aus „Fokusgruppe Bildung“")
    expect(vorschlag).to_contain_text("Vorschlag: Empfehlung aus „Fokusgruppe Bildung“")
    expect(vorschlag).to_contain_text("noch nicht beraten")
    _pruefen(page, "ziel_sitzung")
    page.get_by_role("link", name="Beschluss festhalten").click()
    page.get_by_label("zu TOP").select_option(index=2)
    page.get_by_label(re.compile(r"^Beschluss")).fill(ERGEBNIS)
    page.get_by_role("button", name="Speichern").click()
    expect(vorschlag).to_contain_text(f"Beschluss: {ERGEBNIS}")

    # Back on the original: the outcome.
    vorschlag.get_by_role(
        "link", name=re.compile(r"^Empfehlung aus „Fokusgruppe Bildung“ vom")
    ).click()
    expect(page.locator(".liste-kompakt li[id^=beschluss-]")).to_contain_text(
        f"Ergebnis: Beschluss: {ERGEBNIS}"
    )
    _pruefen(page, "original_mit_ergebnis")

    # The same pages on a phone.
    page.set_viewport_size(HANDY)
    for name, pfad in (
        ("handy_liste", "/gremien/"),
        ("handy_mitglieder", f"/gremien/{gremien['lenkung'].pk}/mitglieder/"),
        ("handy_mitglied_neu", f"/gremien/{gremien['lenkung'].pk}/mitglieder/neu/"),
        ("handy_beenden", f"/gremien/mitgliedschaft/{quelle.pk}/beenden/"),
        ("handy_lenkung", gremien["lenkung"].get_absolute_url()),
        ("handy_ziel_sitzung", gremien["naechste"].get_absolute_url()),
        ("handy_original", gremien["vorher"].get_absolute_url()),
        (
            "handy_weitergeben",
            f"/gremien/beschluss/{Beschluss.objects.get(text=EMPFEHLUNG).pk}/weitergeben/",
        ),
    ):
        page.goto(f"{url}{pfad}")
        _pruefen(page, name)

    # Ending Katrin's membership in the Fokusgruppe ends the delegation and the stand-in.
    page.set_viewport_size(DESKTOP)
    page.goto(f"{url}/gremien/mitgliedschaft/{quelle.pk}/beenden/")
    expect(page.locator(".hinweis-box")).to_contain_text("Lenkungsgruppe Nord")
    _pruefen(page, "beenden")
    page.get_by_label("endet am").fill((HEUTE - datetime.timedelta(days=1)).isoformat())
    page.get_by_role("button", name="Mitgliedschaft beenden").click()
    expect(page.get_by_text("Mit ihr enden auch")).to_be_visible()
    page.goto(f"{url}{gremien['lenkung'].get_absolute_url()}")
    expect(page.get_by_role("region", name="Delegationen")).to_have_count(0)

    # Gremium bearbeiten: the Sozialraumdialog joins the Lenkungsgruppe, on a rule.
    dialog = gremien["dialog"]
    page.goto(f"{url}{dialog.get_absolute_url()}")
    expect(page.locator(".daten")).not_to_contain_text("Gehört zu")
    page.get_by_role("link", name="Gremium bearbeiten").click()
    expect(_h1(page)).to_have_text("Gremium bearbeiten")
    _pruefen(page, "bearbeiten")
    expect(page.get_by_label("Art")).to_have_value("sozialraumdialog")
    page.get_by_label("gehört zu").select_option(label="Lenkungsgruppe Nord")
    page.get_by_label("Rhythmus-Regel").select_option(label="monatlich am n-ten Wochentag")
    page.get_by_label("Wochentag", exact=True).select_option(label="Samstag")
    page.get_by_label("alle … Wochen bzw. Monate").fill("6")
    page.get_by_role("button", name="Speichern").click()
    # Without "der wievielte": the summary names the field, the message stands at it.
    expect(page.locator(".fehleruebersicht")).to_contain_text(
        "Der wievielte Wochentag im Monat: Bitte angeben, der wievielte Wochentag im Monat."
    )
    _pruefen(page, "bearbeiten_fehler")
    page.get_by_label("der wievielte Wochentag im Monat").select_option(label="dritter")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_text("Das Gremium ist gespeichert.")).to_be_visible()
    daten = page.locator(".daten")
    expect(daten).to_contain_text("Sozialraumkonferenz Nord › Lenkungsgruppe Nord")
    expect(daten).to_contain_text("Alle 6 Monate am dritten Samstag")
    expect(daten).to_contain_text("nächster Termin nach der Regel: Samstag")
    _pruefen(page, "dialog_bearbeitet")
    # The tree: below the Lenkungsgruppe, and on the list.
    page.goto(f"{url}{gremien['lenkung'].get_absolute_url()}")
    expect(page.get_by_role("region", name="Zugehörige Gremien")).to_contain_text(
        "Sozialraumdialog Nord"
    )
    page.goto(f"{url}/gremien/")
    expect(page.get_by_role("region", name="Gremienstruktur")).to_contain_text(
        "Sozialraumdialog Nord"
    )
    page.set_viewport_size(HANDY)
    page.goto(f"{url}/gremien/{dialog.pk}/bearbeiten/")
    _pruefen(page, "handy_bearbeiten")
