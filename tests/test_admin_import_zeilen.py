"""The shape of an imported file: missing columns, short and long rows, required columns.

A column that is not in the file leaves its field as it is; an empty cell in a column that
is in the file empties it. A CSV row with fewer or more cells than the header is an error of
that row (a spreadsheet's grid has no row length: there an empty cell is empty), and so is a
value under a column without a name. New records need their required columns. Every case
for each resource the admin imports, through the admin's pages like a person: the preview
names row and column in German, and nothing is saved while any row has an error.
"""

import csv
import datetime
import io
import os
import tempfile

import openpyxl
import pytest
from django.contrib import admin
from django.urls import reverse
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from angebote.models import Kategorie, Zielgruppe
from angebote.redaktion.forms import WANN, AngebotForm
from sozialraum.austausch.admin import AustauschAdmin
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    QuartierFactory,
    SozialraumFactory,
    TraegerFactory,
)
from tests.test_admin_austausch import (
    CSV,
    XLSX,
    amt,  # noqa: F401 (the fixture, used by pytestmark)
    bestaetigen,
    csv_datei,
    fehler,
    hochladen,
    importieren,
    xlsx_datei,
)
from traeger.models import Ansprechperson, Einrichtung, Traeger

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("amt")]  # in the admin

MODELLE = ["traeger_traeger", "traeger_einrichtung", "traeger_ansprechperson", "angebote_angebot"]
GEPRUEFT = datetime.date(2026, 1, 15)


def test_jede_ressource_mit_import_ist_hier_dabei():
    mit_import = {
        f"{model._meta.app_label}_{model._meta.model_name}"
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, AustauschAdmin)
    }
    assert mit_import == set(MODELLE)


# --- Records with every column filled ------------------------------------------------------


def _traeger(nr: int, sozialraum) -> Traeger:
    traeger = TraegerFactory(
        externe_id=f"T-{nr}",
        name=f"Kinderhilfe {nr} e.V.",
        art="verein",
        beschreibung="Offene Kinder- und Jugendarbeit im Kiez",
        strasse=f"Hauptstraße {nr}",
        plz="39100",
        ort="Musterstadt",
        telefon=f"030 123{nr}",
        email=f"info{nr}@kinderhilfe.example",
        website=f"https://kinderhilfe{nr}.example",
        zuletzt_geprueft=GEPRUEFT,
    )
    traeger.sozialraeume.add(sozialraum)
    return traeger


def _einrichtung(traeger: Traeger, nr: int, quartier) -> Einrichtung:
    return EinrichtungFactory(
        traeger=traeger,
        externe_id=f"E-{nr}",
        name=f"Jugendclub {nr}",
        art="jugendclub",
        beschreibung="Treff mit Werkstatt",
        telefon=f"030 456{nr}",
        email=f"club{nr}@kinderhilfe.example",
        website=f"https://club{nr}.example",
        lat=52.5,
        lon=13.4,
        quartier=quartier,
        sozialraum=quartier.sozialraum,
        regionalraum=quartier.sozialraum.regionalraum,
        barrierefrei="teilweise",
        barrierefrei_hinweis="Rampe am Hintereingang",
        oeffnungszeiten="Mo-Fr 14-20 Uhr",
        zuletzt_geprueft=GEPRUEFT,
    )


@pytest.fixture
def vollstaendig(db):
    """Two records of each kind with every importable column filled."""
    quartier = QuartierFactory(schluessel="01100101", sozialraum__schluessel="011001")
    sozialraum = SozialraumFactory(schluessel="0102", name="Süd")
    for nr in (1, 2):
        traeger = _traeger(nr, sozialraum)
        ort = _einrichtung(traeger, nr, quartier)
        Ansprechperson.objects.create(
            traeger=traeger,
            einrichtung=ort,
            name=f"Petra Muster {nr}",
            funktion="Leitung",
            telefon="030 999",
            email=f"petra{nr}@kinderhilfe.example",
            oeffentlich=True,
            einwilligung_am=GEPRUEFT,
            einwilligung_umfang="Name und Telefon",
            zuletzt_geprueft=GEPRUEFT,
        )
        angebot = AngebotFactory(
            titel=f"Hausaufgabenhilfe {nr}",
            traeger=traeger,
            beschreibung="Hilfe bei den Hausaufgaben",
            einrichtungen=[ort],
            kategorien=[Kategorie.objects.get(slug="bildung")],
            zielgruppen=[Zielgruppe.objects.order_by("pk").first()],
            alter_von=6,
            alter_bis=12,
            geschlecht="alle",
            sprachen=["de", "tr"],
            kosten="gebuehr",
            kosten_hinweis="5 € im Monat",
            ermaessigt_moeglich=True,
            anmeldung="erforderlich",
            barrierefrei="ja",
            zeiten=[(0, "14:00", "16:00")],
            zeiten_hinweis="nicht in den Ferien",
            gueltig_von=datetime.date(2026, 1, 1),
            gueltig_bis=datetime.date(2026, 12, 31),
            telefon="030 777",
            email="hilfe@kinderhilfe.example",
            website="https://hilfe.example",
            zuletzt_geprueft=GEPRUEFT,
        )
        angebot.sozialraeume.add(sozialraum)


def exportieren(client, modell: str) -> list[list[str]]:
    """The model's admin export as CSV: the header and one list of cells per record."""
    antwort = client.post(reverse(f"admin:{modell}_export"), {"format": CSV})
    assert antwort.status_code == 200
    return list(csv.reader(io.StringIO(antwort.content.decode("utf-8-sig")), delimiter=";"))


def datei(zeilen: list[list], format_: str) -> bytes:
    return csv_datei(zeilen) if format_ == CSV else xlsx_datei(zeilen)


def bestaetigen_mit(client, modell: str, vorschau, inhalt: bytes):
    """Confirm a preview, but with another file behind it (as if it changed meanwhile)."""
    name = vorschau.context["confirm_form"].initial["import_file_name"]
    with open(os.path.join(tempfile.gettempdir(), name), "wb") as ablage:
        ablage.write(inhalt)
    return bestaetigen(client, modell, vorschau)


# --- Short and long CSV rows ---------------------------------------------------------------


@pytest.mark.parametrize("modell", MODELLE)
def test_kurze_csv_zeile_ist_ein_fehler_und_leert_nichts(client, vollstaendig, modell):
    vorher = exportieren(client, modell)
    kopf, erste = vorher[0], vorher[1]
    assert all(erste), dict(zip(kopf, erste, strict=True))  # really every column filled
    antwort = hochladen(client, modell, "kurz.csv", csv_datei([kopf, erste[:3]]))

    assert antwort.status_code == 200
    assert not antwort.context.get("confirm_form")
    liste = fehler(antwort)
    assert len(liste) == 1
    zeile, spalte, meldung = liste[0]
    assert (zeile, spalte) == (2, kopf[3])
    assert meldung.startswith(f"Die Zeile hat nur 3 Zellen, die Kopfzeile {len(kopf)} Spalten")
    assert all(f"„{name}“" in meldung for name in kopf[3:])
    assert "Die Datei ist fehlerfrei" not in antwort.text
    assert meldung in antwort.text  # the admin's page shows it
    assert exportieren(client, modell) == vorher


def test_kurze_zeile_leert_beim_traeger_nichts(client, vollstaendig):
    """The case of the issue: id, externe_id and name only, as a CSV row of 3 cells."""
    traeger = Traeger.objects.get(externe_id="T-1")
    kopf = exportieren(client, "traeger_traeger")[0]
    zeile = [traeger.pk, "T-1", "Kinderhilfe 1 e.V. (neu)"]
    antwort = hochladen(client, "traeger_traeger", "kurz.csv", csv_datei([kopf, zeile]))
    assert not antwort.context.get("confirm_form")
    traeger.refresh_from_db()
    assert traeger.name == "Kinderhilfe 1 e.V."
    assert traeger.beschreibung == "Offene Kinder- und Jugendarbeit im Kiez"
    assert (traeger.strasse, traeger.plz, traeger.ort) == ("Hauptstraße 1", "39100", "Musterstadt")
    assert (traeger.telefon, traeger.email) == ("030 1231", "info1@kinderhilfe.example")
    assert traeger.website == "https://kinderhilfe1.example"
    assert [s.name for s in traeger.sozialraeume.all()] == ["Süd"]
    assert traeger.zuletzt_geprueft == GEPRUEFT


@pytest.mark.parametrize("modell", MODELLE)
def test_lange_csv_zeile_ist_ein_fehler(client, vollstaendig, modell):
    vorher = exportieren(client, modell)
    kopf = vorher[0]
    zeilen = [kopf, vorher[1], [*vorher[2], "verrutscht"]]
    liste = fehler(hochladen(client, modell, "lang.csv", csv_datei(zeilen)))
    assert len(liste) == 1
    zeile, _spalte, meldung = liste[0]
    assert zeile == 3
    assert meldung.startswith(
        f"Die Zeile hat {len(kopf) + 1} Zellen, die Kopfzeile nur {len(kopf)}"
    )
    assert exportieren(client, modell) == vorher


@pytest.mark.parametrize("modell", MODELLE)
def test_eine_kurze_zeile_und_nichts_wird_gespeichert(client, vollstaendig, modell):
    """A good row that changes something, then a short one: the preview refuses; and a
    confirmation with the short row behind it (a file changed meanwhile) saves nothing."""
    vorher = exportieren(client, modell)
    kopf, erste, zweite = vorher
    telefon = kopf.index("telefon")
    gut = [*erste[:telefon], "0800 111", *erste[telefon + 1 :]]
    antwort = hochladen(client, modell, "a.csv", csv_datei([kopf, gut, zweite[:5]]))
    assert [(z, s) for z, s, _m in fehler(antwort)] == [(3, kopf[5])]

    vorschau = hochladen(client, modell, "a.csv", csv_datei([kopf, gut, zweite]))
    assert vorschau.context["summen"]["geaendert"] == 1
    antwort = bestaetigen_mit(client, modell, vorschau, csv_datei([kopf, gut, zweite[:5]]))
    assert antwort.status_code == 200
    assert "Der Import wurde abgebrochen; es wurde nichts gespeichert." in antwort.text
    assert [(z, s) for z, s, _m in fehler(antwort)] == [(3, kopf[5])]
    assert exportieren(client, modell) == vorher


# --- Columns that are not in the file ------------------------------------------------------


@pytest.mark.parametrize("format_", [CSV, XLSX])
@pytest.mark.parametrize("modell", MODELLE)
def test_nur_die_spalten_der_datei_aendern_sich(client, vollstaendig, modell, format_):
    """Columns id, telefon and email: telefon changes, the empty email cell empties the
    e-mail, and every other column (texts, links, dates, times) stays as it was."""
    vorher = exportieren(client, modell)
    kopf = vorher[0]
    spalten = [kopf.index(s) for s in ("id", "telefon", "email")]
    zeilen = [["id", "telefon", "email"], *([z[i] for i in spalten] for z in vorher[1:])]
    zeilen[1][1:] = ["0800 111", ""]
    importieren(client, modell, "teil", datei(zeilen, format_), format_)

    nachher = exportieren(client, modell)
    erwartet = [list(z) for z in vorher]
    erwartet[1][spalten[1]], erwartet[1][spalten[2]] = "0800 111", ""
    assert nachher == erwartet


def test_importseite_nennt_die_pflichtspalten(client):
    spalten = dict(client.get(reverse("admin:traeger_einrichtung_import")).context["spalten"])
    pflicht = {
        s for s, beschreibung in spalten.items() if "Pflicht für neue Einträge" in beschreibung
    }
    assert pflicht == {"externe_id", "traeger", "name"}


@pytest.mark.parametrize("format_", [CSV, XLSX])
@pytest.mark.parametrize(
    ("modell", "pflicht"),
    [
        ("traeger_traeger", ["externe_id", "name"]),
        ("traeger_einrichtung", ["externe_id", "name", "traeger"]),
        ("traeger_ansprechperson", ["name", "traeger"]),
        ("angebote_angebot", ["titel", "traeger"]),
    ],
)
def test_neuer_eintrag_ohne_pflichtspalte(client, vollstaendig, modell, pflicht, format_):
    vorher = exportieren(client, modell)
    inhalt = datei([["id", "telefon"], ["", "0800 222"]], format_)
    antwort = hochladen(client, modell, "neu", inhalt, format_)
    liste = fehler(antwort)
    assert [(z, s) for z, s, _m in liste] == [(2, s) for s in pflicht]
    for _z, spalte, meldung in liste:
        assert meldung.startswith(f"Die Spalte „{spalte}“ fehlt in der Datei; neue Einträge")
    assert exportieren(client, modell) == vorher


# --- Cells outside the named columns -------------------------------------------------------


@pytest.mark.parametrize("format_", [CSV, XLSX])
@pytest.mark.parametrize("modell", MODELLE)
def test_wert_unter_einer_spalte_ohne_namen(client, vollstaendig, modell, format_):
    vorher = exportieren(client, modell)
    kopf, erste, zweite = vorher
    zeilen = [[*kopf, ""], [*erste, ""], [*zweite, "vergessen"]]
    antwort = hochladen(client, modell, "x", datei(zeilen, format_), format_)
    assert fehler(antwort) == [
        (
            3,
            "",
            f"In Spalte {len(kopf) + 1} ({get_column_letter(len(kopf) + 1)}) steht „vergessen“, "
            "aber die Kopfzeile hat dort keinen Namen: bitte den Spaltennamen eintragen oder den "
            "Wert löschen.",
        )
    ]
    assert exportieren(client, modell) == vorher


def test_leere_formatierte_spalten_rechts_stoeren_nicht(client, vollstaendig):
    """Excel often saves formatted but empty columns right of the table: no error."""
    vorher = exportieren(client, "traeger_traeger")
    mappe = openpyxl.Workbook()
    blatt = mappe.active
    for zeile in vorher:
        blatt.append(zeile)
    for nummer in range(1, len(vorher) + 1):
        blatt.cell(row=nummer, column=len(vorher[0]) + 2).fill = PatternFill("solid", "FFFF00")
    puffer = io.BytesIO()
    mappe.save(puffer)
    vorschau, _ = importieren(client, "traeger_traeger", "x.xlsx", puffer.getvalue(), XLSX)
    assert vorschau.context["summen"] == {"neu": 0, "geaendert": 0, "unveraendert": 2}


def test_doppelte_spalte_ist_ein_fehler_der_datei(client, vollstaendig):
    datei_ = csv_datei([["externe_id", "name", "name"], ["T-1", "A", "B"]])
    meldungen = [m for _z, _s, m in fehler(hochladen(client, "traeger_traeger", "x.csv", datei_))]
    assert meldungen == ["Die Spalte „name“ steht mehrmals in der Kopfzeile."]


def test_fehler_der_datei_und_der_zeilen_zusammen(client, vollstaendig):
    """An unknown column stops the import before any row is read; short rows are shown too."""
    inhalt = csv_datei([["externe_id", "name", "ort", "fax"], ["T-1", "A"], ["T-2", "B", "C", "D"]])
    liste = fehler(hochladen(client, "traeger_traeger", "x.csv", inhalt))
    assert [(z, s) for z, s, _m in liste] == [(None, ""), (2, "ort")]
    assert liste[0][2].startswith("Unbekannte Spalten: „fax“.")
    assert "keine Zelle für „ort“, „fax“." in liste[1][2]


# --- The offer's columns come from its form ------------------------------------------------


def test_angebotsspalten_folgen_dem_formular(client):
    kopf = exportieren(client, "angebote_angebot")[0]
    formular = [f for f in AngebotForm._meta.fields if f != "titel"]
    formular.insert(formular.index(WANN), "zeiten")
    # status and zuletzt_geprueft are set by the Verwaltung only, not in the form
    assert kopf == [
        "id",
        "titel",
        "traeger",
        "traeger_name",
        *formular,
        "status",
        "zuletzt_geprueft",
    ]


@pytest.mark.parametrize("wert", ["²", "99999999999999999999999"])
def test_unmoegliche_id_ist_ein_deutscher_fehler_der_zeile(client, wert):
    """An id cell that no id can be: the German error of that row and column, never 500."""
    TraegerFactory(name="Da", externe_id="T-1")
    datei = csv_datei([["id", "externe_id", "name"], [wert, "T-9", "Neu"]])
    antwort = hochladen(client, "traeger_traeger", "traeger.csv", datei)
    assert antwort.status_code == 200
    assert ("2", "id") in [(str(z), s) for z, s, _m in fehler(antwort)]
    assert "keine ID" in " ".join(m for _z, _s, m in fehler(antwort))
