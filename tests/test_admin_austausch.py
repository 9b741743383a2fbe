"""Import and export in the admin with real CSV and XLSX files (sozialraum/austausch/admin.py).

Each import goes through the admin like a person: upload → preview → confirm. Tested: a
file with errors shows every row's errors (row number as in Excel, column, German text)
and saves nothing; a good file is saved only on confirmation, in one piece; the same file
a second time changes nothing (no new rows, no history rows, same ``updated_at``); offers
are findable in the search right after the import; personal data only for the
Jugendamt-Administration.
"""

import csv
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from angebote.models import Angebot, Angebotszeit, Kategorie
from angebote.suche.search import suchen
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    QuartierFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import Ansprechperson, Einrichtung, Traeger

pytestmark = pytest.mark.django_db

CSV, XLSX = "0", "1"  # the admin's format choices (sozialraum.austausch.zellen.FORMATE)


@pytest.fixture
def amt(client):
    """A Jugendamt-Administration in the admin."""
    user = UserFactory(username="amt", is_staff=True, rolle=JUGENDAMT_ADMINISTRATION)
    client.force_login(user)
    return user


def csv_datei(zeilen: list[list], trenner=";", kodierung="utf-8-sig") -> bytes:
    puffer = io.StringIO()
    csv.writer(puffer, delimiter=trenner).writerows(zeilen)
    return puffer.getvalue().encode(kodierung)


def xlsx_datei(zeilen: list[list]) -> bytes:
    mappe = openpyxl.Workbook()
    blatt = mappe.active
    for zeile in zeilen:
        blatt.append(zeile)
    puffer = io.BytesIO()
    mappe.save(puffer)
    return puffer.getvalue()


def hochladen(client, modell: str, name: str, inhalt: bytes, format_=CSV):
    """Upload a file to the import page of ``modell`` ("traeger_traeger"); the preview."""
    datei = io.BytesIO(inhalt)
    datei.name = name
    return client.post(
        reverse(f"admin:{modell}_import"),
        {"format": format_, "resource": "0", "import_file": datei},
    )


def bestaetigen(client, modell: str, vorschau):
    form = vorschau.context["confirm_form"]
    daten = {name: form.initial.get(name, "") for name in form.fields}
    return client.post(reverse(f"admin:{modell}_process_import"), daten)


def importieren(client, modell, name, inhalt, format_=CSV):
    vorschau = hochladen(client, modell, name, inhalt, format_)
    assert vorschau.status_code == 200
    assert vorschau.context.get("confirm_form"), vorschau.context.get("fehlerliste")
    return vorschau, bestaetigen(client, modell, vorschau)


def fehler(antwort) -> list[tuple]:
    return [(f["zeile"], f["spalte"], f["meldung"]) for f in antwort.context["fehlerliste"]]


# --- Träger and Einrichtungen --------------------------------------------------------------

TRAEGER_KOPF = ["externe_id", "name", "traegerschaft", "art", "email", "sozialraeume"]


def test_traeger_import_erst_nach_bestaetigung_und_ein_zweites_mal_ohne_wirkung(client, amt):
    nord = SozialraumFactory(schluessel="0101", name="Nord")
    SozialraumFactory(schluessel="0102", name="Süd")
    datei = csv_datei(
        [
            TRAEGER_KOPF,
            [
                "T-1",
                "Kinderhilfe Nord e.V.",
                "frei",
                "Verein",
                "info@kinderhilfe.example",
                "0101; Süd",
            ],
            ["T-2", "Bezirksamt Mitte", "öffentlicher Träger", "behoerde", "", ""],
        ]
    )
    vorschau = hochladen(client, "traeger_traeger", "traeger.csv", datei)
    assert vorschau.context["summen"] == {"neu": 2, "geaendert": 0, "unveraendert": 0}
    assert "Import bestätigen" in vorschau.text
    assert not Traeger.objects.exists()  # the preview saved nothing

    antwort = bestaetigen(client, "traeger_traeger", vorschau)
    assert antwort.status_code == 302
    nord_traeger = Traeger.objects.get(externe_id="T-1")
    assert nord_traeger.art == Traeger.Art.VEREIN
    assert {s.name for s in nord_traeger.sozialraeume.all()} == {"Nord", "Süd"}
    amt_traeger = Traeger.objects.get(externe_id="T-2")
    assert amt_traeger.traegerschaft == Traeger.Traegerschaft.OEFFENTLICH
    eintrag = nord_traeger.history.get()
    assert (eintrag.history_user, eintrag.history_change_reason) == (amt, "Import aus traeger.csv")

    stand = dict(Traeger.objects.values_list("externe_id", "updated_at"))
    vorschau, antwort = importieren(client, "traeger_traeger", "traeger.csv", datei)
    assert vorschau.context["summen"] == {"neu": 0, "geaendert": 0, "unveraendert": 2}
    assert Traeger.objects.count() == 2
    assert dict(Traeger.objects.values_list("externe_id", "updated_at")) == stand
    assert Traeger.history.count() == 2
    assert nord in nord_traeger.sozialraeume.all()


def test_fehlerhafte_datei_zeigt_jede_zeile_und_speichert_nichts(client, amt):
    TraegerFactory(externe_id="T-1", name="Alt")
    datei = csv_datei(
        [
            TRAEGER_KOPF,
            ["T-1", "Neu, aber Zeile 3 ist falsch", "frei", "verein", "", ""],
            ["T-9", "", "halb", "verein", "kein-mail", "9999"],
            ["", "Ohne Kennung", "frei", "verein", "", ""],
        ]
    )
    antwort = hochladen(client, "traeger_traeger", "fehler.csv", datei)
    assert antwort.status_code == 200
    assert not antwort.context.get("confirm_form")
    liste = fehler(antwort)
    spalten_zeile_3 = {spalte for zeile, spalte, _ in liste if zeile == 3}
    assert spalten_zeile_3 == {"name", "traegerschaft", "email", "sozialraeume"}
    assert (3, "sozialraeume", "Unbekannt: „9999“. Mehrere Werte bitte mit „;“ trennen.") in liste
    assert any(
        z == 3 and s == "traegerschaft" and "möglich sind: frei, oeffentlich" in m
        for z, s, m in liste
    )
    assert any(z == 4 and s == "externe_id" for z, s, _ in liste)
    assert "es wurde nichts gespeichert" in antwort.text
    assert "Traceback" not in antwort.text
    assert Traeger.objects.get().name == "Alt"  # the good row 2 was not saved either
    assert Traeger.objects.count() == 1


def test_unbekannte_spalte_und_doppelte_zeile_werden_fuer_die_datei_gemeldet(client, amt):
    datei = csv_datei(
        [
            ["externe_id", "name", "telefonnummer"],
            ["T-1", "A", "1"],
            ["t-1", "B", "2"],
        ]
    )
    meldungen = [m for zeile, _s, m in fehler(hochladen(client, "traeger_traeger", "x.csv", datei))]
    assert any("Unbekannte Spalten: „telefonnummer“" in m for m in meldungen)
    assert any("Zeile 2 und Zeile 3 nennen denselben Eintrag" in m for m in meldungen)
    assert not Traeger.objects.exists()


def test_csv_mit_komma_und_windows_1252_aus_excel(client, amt):
    datei = csv_datei(
        [["externe_id", "name", "ort"], ["T-7", "Jugendwerk Süd", "Mühlhausen"]],
        trenner=",",
        kodierung="cp1252",
    )
    importieren(client, "traeger_traeger", "excel.csv", datei)
    assert Traeger.objects.get(externe_id="T-7").ort == "Mühlhausen"


def test_einrichtung_xlsx_mit_traeger_und_quartier(client, amt):
    traeger = TraegerFactory(externe_id="T-1")
    quartier = QuartierFactory(schluessel="01100101")
    kopf = ["externe_id", "traeger", "name", "art", "quartier", "lat", "lon", "barrierefrei"]
    datei = xlsx_datei(
        [kopf, ["E-1", "T-1", "Jugendclub Nord", "Jugendclub", "01100101", 52.5, "13,4", "ja"]]
    )
    importieren(client, "traeger_einrichtung", "orte.xlsx", datei, XLSX)
    ort = Einrichtung.objects.get(externe_id="E-1")
    assert (ort.traeger, ort.quartier, ort.art) == (traeger, quartier, "jugendclub")
    assert (ort.sozialraum, ort.regionalraum) == (
        quartier.sozialraum,
        quartier.sozialraum.regionalraum,
    )
    assert (ort.lat, ort.lon, ort.barrierefrei) == (52.5, 13.4, "ja")
    # The coarser areas are derived on save; the same file again still changes nothing.
    vorschau, _antwort = importieren(client, "traeger_einrichtung", "orte.xlsx", datei, XLSX)
    assert vorschau.context["summen"]["unveraendert"] == 1
    assert ort.history.count() == 1


# --- Angebote ------------------------------------------------------------------------------

ANGEBOT_KOPF = [
    "titel",
    "traeger",
    "einrichtungen",
    "kategorien",
    "zielgruppen",
    "sprachen",
    "alter_von",
    "alter_bis",
    "kosten",
    "zeiten",
    "status",
    "gueltig_von",
]


@pytest.fixture
def orte(db):
    traeger = TraegerFactory(externe_id="T-1", name="Kinderhilfe Nord e.V.")
    return traeger, EinrichtungFactory(traeger=traeger, externe_id="E-1")


def test_angebote_aus_xlsx_mit_namen_zeiten_und_sofort_in_der_suche(client, amt, orte):
    traeger, ort = orte
    zeile = [
        "Hausaufgabenhilfe Leuchtturm",
        "T-1",
        "E-1",
        "Bildung; Jugendarbeit",
        "kinder",
        "Deutsch; ar",
        6,
        12,
        "kostenfrei",
        "Mo, Mi 14:00-16:00; Fr 9:30-11:30",
        "veröffentlicht",
        "01.09.2026",
    ]
    datei = xlsx_datei([ANGEBOT_KOPF, zeile])
    importieren(client, "angebote_angebot", "angebote.xlsx", datei, XLSX)
    angebot = Angebot.objects.get(titel="Hausaufgabenhilfe Leuchtturm")
    assert angebot.traeger == traeger
    assert list(angebot.einrichtungen.all()) == [ort]
    assert set(angebot.kategorien.values_list("slug", flat=True)) == {"bildung", "jugendarbeit"}
    assert set(angebot.sprachen.values_list("code", flat=True)) == {"de", "ar"}
    assert (angebot.alter_von, angebot.alter_bis, angebot.status) == (6, 12, "veroeffentlicht")
    assert str(angebot.gueltig_von) == "2026-09-01"
    assert sorted(angebot.zeiten.values_list("wochentag", flat=True)) == [0, 2, 4]
    # Search index: built for the imported offer (by title, category and place).
    treffer, _anfrage = suchen("leuchtturm")
    assert list(treffer) == [angebot]
    assert "bildung" in angebot.__class__.objects.get(pk=angebot.pk).suchschlagworte

    vorschau, _antwort = importieren(client, "angebote_angebot", "angebote.xlsx", datei, XLSX)
    assert vorschau.context["summen"] == {"neu": 0, "geaendert": 0, "unveraendert": 1}
    assert Angebot.objects.count() == 1
    # Imported, then published the review's way (checked today, by her): two versions.
    assert angebot.history.count() == 2
    assert (angebot.zuletzt_geprueft, angebot.geprueft_von) == (timezone.localdate(), amt)
    assert Angebotszeit.objects.filter(angebot=angebot).count() == 3


def test_angebot_export_und_reimport_ist_unveraendert(client, amt, orte):
    traeger, ort = orte
    AngebotFactory(
        titel="=Elterncafé",  # a spreadsheet would run this as a formula
        traeger=traeger,
        einrichtungen=[ort],
        kategorien=[Kategorie.objects.get(slug="familienbildung")],
        sprachen=["de", "tr"],
        zeiten=[(1, "09:00", "11:00")],
        telefon="+49 30 1234",
    )
    antwort = client.post(reverse("admin:angebote_angebot_export"), {"format": CSV})
    assert antwort.status_code == 200
    assert antwort["Content-Disposition"].startswith('attachment; filename="Angebote-')
    inhalt = antwort.content
    text = inhalt.decode("utf-8-sig")
    zeilen = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert zeilen[0]["titel"] == "'=Elterncafé"
    assert zeilen[0]["telefon"] == "'+49 30 1234"
    assert zeilen[0]["traeger"] == "T-1"
    assert zeilen[0]["kategorien"] == "Familienbildung und -beratung"
    assert zeilen[0]["sprachen"] == "Deutsch; Türkisch"
    assert zeilen[0]["zeiten"] == "Di 09:00-11:00"

    vorschau, _ = importieren(client, "angebote_angebot", "export.csv", inhalt)
    assert vorschau.context["summen"] == {"neu": 0, "geaendert": 0, "unveraendert": 1}
    assert Angebot.objects.get().titel == "=Elterncafé"


def test_zeilen_ohne_id_ueber_den_schluessel_neben_zeilen_mit_id(client, amt):
    """A file with an id column whose id is empty in some rows: those rows are found by
    their natural key (the Träger's external id), the others by their id."""
    a = TraegerFactory(externe_id="T-1", name="Kinderhilfe Nord e.V.")
    b = TraegerFactory(externe_id="T-2", name="Jugendwerk Süd e.V.")
    antwort = client.post(reverse("admin:traeger_traeger_export"), {"format": CSV})
    # Every row with its id: the records are read by id only, not a second time by key.
    with CaptureQueriesContext(connection) as abfragen:
        vorschau = hochladen(client, "traeger_traeger", "traeger.csv", antwort.content)
    assert vorschau.context["summen"]["unveraendert"] == 2
    assert not [a for a in abfragen if '"externe_id" IN' in a["sql"]]
    zeilen = list(csv.DictReader(io.StringIO(antwort.content.decode("utf-8-sig")), delimiter=";"))
    for zeile in zeilen:
        if zeile["externe_id"] == "T-2":
            zeile["id"] = ""
            zeile["name"] = "Jugendwerk Süd gGmbH"
    datei = csv_datei([list(zeilen[0]), *[list(z.values()) for z in zeilen]])
    vorschau, _ = importieren(client, "traeger_traeger", "traeger.csv", datei)
    assert vorschau.context["summen"] == {"neu": 0, "geaendert": 1, "unveraendert": 1}
    b.refresh_from_db()
    assert b.name == "Jugendwerk Süd gGmbH"
    assert Traeger.objects.count() == 2 and Traeger.objects.get(pk=a.pk).name == a.name


def test_xlsx_export_ohne_formeln_mit_datumszellen(client, amt, orte):
    AngebotFactory(
        titel='=HYPERLINK("http://boese.example")',
        traeger=orte[0],
        telefon="+49 30 1234",
        gueltig_von="2026-09-01",
    )
    antwort = client.post(reverse("admin:angebote_angebot_export"), {"format": XLSX})
    blatt = openpyxl.load_workbook(io.BytesIO(antwort.content)).active
    kopf = [zelle.value for zelle in blatt[1]]
    zeile = dict(zip(kopf, blatt[2], strict=True))
    assert zeile["titel"].data_type == "s"  # text, not a formula
    assert zeile["titel"].value.startswith("'=HYPERLINK")
    assert zeile["telefon"].value == "+49 30 1234"  # harmless in xlsx: unchanged
    assert zeile["gueltig_von"].is_date
    vorschau, _ = importieren(client, "angebote_angebot", "export.xlsx", antwort.content, XLSX)
    assert vorschau.context["summen"] == {"neu": 0, "geaendert": 0, "unveraendert": 1}


def test_angebot_fehler_in_namen_zeiten_und_regeln(client, amt, orte):
    datei = csv_datei(
        [
            ANGEBOT_KOPF,
            ["Gut", "T-1", "E-1", "Bildung", "", "", "", "", "", "", "", ""],
            [
                "Schlecht",
                "T-404",
                "E-9",
                "Bastelei",
                "Kinder",
                "Klingonisch",
                "12",
                "6",
                "teuer",
                "Mo 16-14",
                "",
                "31.02.2026",
            ],
        ]
    )
    antwort = hochladen(client, "angebote_angebot", "angebote.csv", datei)
    liste = fehler(antwort)
    assert {spalte for zeile, spalte, _ in liste if zeile == 3} >= {
        "traeger",
        "einrichtungen",
        "kategorien",
        "sprachen",
        "kosten",
        "zeiten",
        "gueltig_von",
    }
    meldungen = {spalte: m for zeile, spalte, m in liste if zeile == 3}
    assert "T-404" in meldungen["traeger"]
    assert meldungen["kategorien"].startswith("Unbekannt: „Bastelei“")
    assert "das Ende muss nach dem Beginn liegen" in meldungen["zeiten"]
    assert "kein Datum" in meldungen["gueltig_von"]
    assert not any(zeile == 2 for zeile, _s, _m in liste)
    assert not Angebot.objects.exists()

    # A rule of the model (age from ≤ age to) is reported for its column as well.
    datei = csv_datei([ANGEBOT_KOPF, ["Alter", "T-1", "", "", "", "", "12", "6", "", "", "", ""]])
    assert "alter_bis" in {
        s for _z, s, _m in fehler(hochladen(client, "angebote_angebot", "a.csv", datei))
    }


def test_bestaetigung_bricht_ganz_ab_wenn_sich_inzwischen_etwas_aendert(client, amt, orte):
    datei = csv_datei(
        [
            ["titel", "traeger", "einrichtungen"],
            ["Erstes", "T-1", ""],
            ["Zweites", "T-1", "E-1"],
        ]
    )
    vorschau = hochladen(client, "angebote_angebot", "a.csv", datei)
    assert vorschau.context["confirm_form"]
    Einrichtung.objects.filter(externe_id="E-1").update(externe_id="E-1-alt")  # meanwhile
    antwort = bestaetigen(client, "angebote_angebot", vorschau)
    assert antwort.status_code == 200
    assert "Der Import wurde abgebrochen; es wurde nichts gespeichert." in antwort.text
    assert (3, "einrichtungen") in [(z, s) for z, s, _m in fehler(antwort)]
    assert not Angebot.objects.exists()  # not even the first, valid row


def test_aenderung_ueber_id_aendert_nur_genannte_spalten(client, amt, orte):
    angebot = AngebotFactory(titel="Alt", traeger=orte[0], status="entwurf", telefon="123")
    datei = csv_datei([["id", "status"], [angebot.pk, "archiviert"]])
    vorschau, _ = importieren(client, "angebote_angebot", "status.csv", datei)
    assert vorschau.context["summen"]["geaendert"] == 1
    angebot.refresh_from_db()
    assert (angebot.titel, angebot.status, angebot.telefon) == ("Alt", "archiviert", "123")
    unbekannt = csv_datei([["id", "status"], [999999, "archiviert"]])
    assert (2, "id") in [
        (z, s) for z, s, _m in fehler(hochladen(client, "angebote_angebot", "x.csv", unbekannt))
    ]


def test_aenderung_von_verknuepfungen_und_zeiten_mit_vorschau(client, amt, orte):
    angebot = AngebotFactory(
        titel="Treff",
        traeger=orte[0],
        kategorien=[Kategorie.objects.get(slug="bildung")],
        zeiten=[(0, "14:00", "16:00")],
    )
    datei = csv_datei([["id", "kategorien", "zeiten"], [angebot.pk, "Sport", "Di 10-12"]])
    vorschau, _ = importieren(client, "angebote_angebot", "neu.csv", datei)
    assert vorschau.context["summen"]["geaendert"] == 1
    zellen = " ".join(str(z) for z in vorschau.context["vorschau"][0]["diff"])
    assert "Sport" in zellen and "Di 10:00-12:00" in zellen
    assert "Bildung" in zellen and "Mo 14:00-16:00" in zellen  # the old values, struck out
    angebot.refresh_from_db()
    assert list(angebot.kategorien.values_list("slug", flat=True)) == ["sport"]
    assert [z.kurz for z in angebot.zeiten.all()] == ["Di 10:00–12:00"]
    assert angebot.history.count() == 2
    treffer, _anfrage = suchen("sport treff")
    assert angebot in treffer


# --- Permissions ---------------------------------------------------------------------------


def test_ansprechpersonen_nur_fuer_jugendamt_administration(client, orte):
    traeger, _ort = orte
    Ansprechperson.objects.create(traeger=traeger, name="Petra Privat", telefon="0170 1")
    # A staff user with the model permissions but without the role: no import, no export.
    from django.contrib.auth.models import Permission

    andere = UserFactory(username="technik", is_staff=True)
    andere.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="traeger", codename__endswith="_ansprechperson"
        )
    )
    client.force_login(andere)
    liste = client.get(reverse("admin:traeger_ansprechperson_changelist"))
    assert liste.status_code == 200
    assert reverse("admin:traeger_ansprechperson_export") not in liste.text
    assert client.get(reverse("admin:traeger_ansprechperson_export")).status_code == 403
    assert (
        client.post(reverse("admin:traeger_ansprechperson_export"), {"format": CSV}).status_code
        == 403
    )
    assert client.get(reverse("admin:traeger_ansprechperson_import")).status_code == 403

    amt = UserFactory(username="amt", is_staff=True, rolle=JUGENDAMT_ADMINISTRATION)
    client.force_login(amt)
    antwort = client.post(reverse("admin:traeger_ansprechperson_export"), {"format": CSV})
    assert antwort.status_code == 200
    assert "Petra Privat" in antwort.content.decode("utf-8-sig")


def test_oeffentlich_nur_mit_einwilligung_beim_import(client, amt, orte):
    datei = csv_datei(
        [
            ["traeger", "name", "oeffentlich", "einwilligung_am"],
            ["T-1", "Ohne Einwilligung", "ja", ""],
            ["T-1", "Mit Einwilligung", "ja", "01.03.2026"],
        ]
    )
    liste = fehler(hochladen(client, "traeger_ansprechperson", "personen.csv", datei))
    assert [(z, s) for z, s, _m in liste] == [(2, "einwilligung_am")]
    assert not Ansprechperson.objects.exists()


@pytest.mark.parametrize("modell", ["traeger_traeger", "angebote_angebot", "traeger_einrichtung"])
def test_ohne_rechte_weder_import_noch_export(client, modell):
    fachkraft = UserFactory(username="fachkraft", is_staff=True, rolle=FACHKRAFT)
    client.force_login(fachkraft)  # may view, not add or change
    assert client.get(reverse(f"admin:{modell}_import")).status_code == 403
    assert client.post(reverse(f"admin:{modell}_process_import"), {}).status_code == 403
    assert client.get(reverse(f"admin:{modell}_export")).status_code == 200
