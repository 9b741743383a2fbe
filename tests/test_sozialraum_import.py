"""import_gebiete: areas from CSV (Berlin's real LOR file and the simple format), boundaries
from GeoJSON. All or nothing, idempotent, German error messages naming file and line."""

import csv
import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from sozialraum.austausch.gebiete import ImportFehler, gebiete_importieren, lese_datei, lese_gebiete
from sozialraum.austausch.grenzen import grenzen_importieren
from sozialraum.models import Quartier, Regionalraum, Sozialraum
from tests.factories import RegionalraumFactory

BERLIN = Path(settings.BASE_DIR).parent / "shared/data/berlin"
LOR = BERLIN / "LOR_2021.csv"
PROGNOSERAEUME = BERLIN / "lor_prognoseraeume_2021_wgs84.geojson"
berlin_daten = pytest.mark.skipif(
    not (LOR.exists() and PROGNOSERAEUME.exists()), reason=f"Berliner Daten fehlen in {BERLIN}"
)

KOPF = (
    "regionalraum_schluessel,regionalraum_name,sozialraum_schluessel,sozialraum_name,"
    "quartier_schluessel,quartier_name"
)
# A small city in the simple format: two Regionalräume, three Sozialräume, four Quartiere.
BASIS = f"""{KOPF}
0110,Zentrum,011001,Tiergarten Süd,01100101,Stülerstraße
0110,Zentrum,011001,Tiergarten Süd,01100102,Großer Tiergarten
0110,Zentrum,011002,Regierungsviertel,01100205,Wilhelmstraße
0120,Moabit,012001,Moabit West,01200101,Beusselstraße
"""


# --- helpers -------------------------------------------------------------------------------


def importieren(*dateien, **optionen) -> str:
    """Run ``import_gebiete`` like an admin would; return what it printed."""
    ausgabe = io.StringIO()
    call_command("import_gebiete", *[str(d) for d in dateien], stdout=ausgabe, **optionen)
    return ausgabe.getvalue()


def lor_importieren() -> str:
    return importieren(LOR)


def datei(tmp_path: Path, inhalt: str, name: str = "gebiete.csv", encoding="utf-8") -> Path:
    pfad = tmp_path / name
    pfad.write_bytes(inhalt.encode(encoding))
    return pfad


def lor_abwandeln(tmp_path: Path, aendern) -> Path:
    """A copy of Berlin's LOR file (BOM, CRLF) with ``aendern(row)`` applied to every row."""
    with LOR.open(encoding="utf-8-sig", newline="") as quelle:
        reader = csv.DictReader(quelle)
        zeilen = [aendern(dict(row)) or row for row in reader]
        spalten = reader.fieldnames
    ziel = io.StringIO()
    writer = csv.DictWriter(ziel, fieldnames=spalten, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(zeilen)
    return datei(tmp_path, "\ufeff" + ziel.getvalue(), name="LOR_geaendert.csv")


def anzahlen() -> tuple[int, int, int]:
    return Regionalraum.objects.count(), Sozialraum.objects.count(), Quartier.objects.count()


def bestand() -> dict:
    """Everything an import may change: per key its name, parent and updated_at."""
    return {
        **{("R", g.schluessel): (g.name, None, g.updated_at) for g in Regionalraum.objects.all()},
        **{
            ("S", g.schluessel): (g.name, g.regionalraum.schluessel, g.updated_at)
            for g in Sozialraum.objects.select_related("regionalraum")
        },
        **{
            ("Q", g.schluessel): (g.name, g.sozialraum.schluessel, g.updated_at)
            for g in Quartier.objects.select_related("sozialraum")
        },
    }


def historie() -> tuple[int, int, int]:
    return (
        Regionalraum.history.count(),
        Sozialraum.history.count(),
        Quartier.history.count(),
    )


def geojson(tmp_path: Path, features: list, crs: str | None = None, name="grenzen.geojson"):
    daten = {"type": "FeatureCollection", "features": features}
    if crs:
        daten["crs"] = {"type": "name", "properties": {"name": crs}}
    pfad = tmp_path / name
    pfad.write_text(json.dumps(daten), encoding="utf-8")
    return pfad


def feature(eigenschaften: dict, geometrie: dict) -> dict:
    return {"type": "Feature", "properties": eigenschaften, "geometry": geometrie}


def punkte(koordinaten):
    """All (lon, lat) pairs of a GeoJSON coordinate array, however deeply nested."""
    if isinstance(koordinaten[0], (int, float)):
        yield koordinaten
        return
    for teil in koordinaten:
        yield from punkte(teil)


# --- Berlin's real LOR file ----------------------------------------------------------------


@berlin_daten
def test_berlin_lor_import(db):
    ausgabe = lor_importieren()

    assert anzahlen() == (58, 143, 542)
    assert "Regionalraum: 58 neu, 0 geändert, 0 unverändert" in ausgabe
    assert "Sozialraum: 143 neu, 0 geändert, 0 unverändert" in ausgabe
    assert "Quartier: 542 neu, 0 geändert, 0 unverändert" in ausgabe
    assert "Import abgeschlossen." in ausgabe

    quartier = Quartier.objects.select_related("sozialraum__regionalraum").get(
        schluessel="01100101"
    )
    assert quartier.name == "Stülerstraße"
    assert quartier.sozialraum.schluessel == "011001"
    assert quartier.sozialraum.name == "Tiergarten Süd"
    assert quartier.sozialraum.regionalraum.schluessel == "0110"
    assert quartier.sozialraum.regionalraum.name == "Zentrum"
    # Keys are text with their leading zeros, on every level and every row.
    assert {len(s) for s in Regionalraum.objects.values_list("schluessel", flat=True)} == {4}
    assert {len(s) for s in Sozialraum.objects.values_list("schluessel", flat=True)} == {6}
    assert {len(s) for s in Quartier.objects.values_list("schluessel", flat=True)} == {8}
    assert Regionalraum.objects.filter(schluessel__startswith="0").count() > 0
    for q in Quartier.objects.select_related("sozialraum__regionalraum"):
        assert q.schluessel.startswith(q.sozialraum.schluessel)
        assert q.sozialraum.schluessel.startswith(q.sozialraum.regionalraum.schluessel)
    assert Quartier.objects.filter(name__contains="ß").exists()
    assert Sozialraum.objects.filter(name__contains="ö").exists()


@berlin_daten
def test_berlin_zweiter_lauf_aendert_nichts(db):
    lor_importieren()
    vorher, historie_vorher = bestand(), historie()

    ausgabe = lor_importieren()

    assert anzahlen() == (58, 143, 542)
    assert bestand() == vorher
    assert historie() == historie_vorher
    assert "Regionalraum: 0 neu, 0 geändert, 58 unverändert" in ausgabe
    assert "Sozialraum: 0 neu, 0 geändert, 143 unverändert" in ausgabe
    assert "Quartier: 0 neu, 0 geändert, 542 unverändert" in ausgabe


@berlin_daten
def test_umbenanntes_gebiet_wird_umbenannt(db, tmp_path):
    lor_importieren()

    def umbenennen(row):
        if row["Planungsraum (Nummer)"] == "01100101":
            row["Planungsraum (Name)"] = "Stülerstraße Ost"
        if row["Bezirksregion (Nummer)"] == "011001":
            row["Bezirksregion (Name)"] = "Tiergarten-Süd"
        return row

    ausgabe = importieren(lor_abwandeln(tmp_path, umbenennen))

    assert anzahlen() == (58, 143, 542)
    assert Quartier.objects.get(schluessel="01100101").name == "Stülerstraße Ost"
    assert Sozialraum.objects.get(schluessel="011001").name == "Tiergarten-Süd"
    assert Quartier.objects.get(schluessel="01100102").name == "Großer Tiergarten"
    assert "Sozialraum: 0 neu, 1 geändert, 142 unverändert" in ausgabe
    assert "Quartier: 0 neu, 1 geändert, 541 unverändert" in ausgabe
    alt, neu = Quartier.history.filter(schluessel="01100101").order_by("history_date")
    assert (alt.name, neu.name) == ("Stülerstraße", "Stülerstraße Ost")


@berlin_daten
def test_verschobenes_quartier_bekommt_neuen_sozialraum(db, tmp_path):
    lor_importieren()

    def verschieben(row):
        if row["Planungsraum (Nummer)"] == "01100104":
            row["Bezirksregion (Nummer)"] = "011002"
            row["Bezirksregion (Name)"] = "Regierungsviertel"
        return row

    ausgabe = importieren(lor_abwandeln(tmp_path, verschieben))

    quartier = Quartier.objects.get(schluessel="01100104")
    assert quartier.sozialraum.schluessel == "011002"
    assert Sozialraum.objects.get(schluessel="011001").quartiere.count() == 3
    assert anzahlen() == (58, 143, 542)
    assert "Sozialraum: 0 neu, 0 geändert, 143 unverändert" in ausgabe
    assert "Quartier: 0 neu, 1 geändert, 541 unverändert" in ausgabe


def test_quartier_in_sozialraum_eines_anderen_regionalraums(db, tmp_path):
    importieren(datei(tmp_path, BASIS))
    neu = BASIS.replace(
        "0110,Zentrum,011002,Regierungsviertel,01100205",
        "0120,Moabit,012001,Moabit West,01100205",
    )

    importieren(datei(tmp_path, neu, name="neu.csv"))

    quartier = Quartier.objects.get(schluessel="01100205")
    assert quartier.sozialraum.schluessel == "012001"
    assert quartier.sozialraum.regionalraum.schluessel == "0120"
    # The emptied Sozialraum is kept: curated data is never deleted.
    assert Sozialraum.objects.filter(schluessel="011002").exists()


# --- malformed files: a German message with file, line and problem; nothing saved ----------

FEHLERHAFT = {
    "fehlende_spalte": (
        "regionalraum_schluessel,regionalraum_name,sozialraum_schluessel,"
        "quartier_schluessel,quartier_name\n0110,Zentrum,011001,01100101,Stülerstraße\n",
        "Zeile 1: Spalte „sozialraum_name“ fehlt.",
    ),
    "quartier_name_fehlt": (
        "regionalraum_schluessel,regionalraum_name,sozialraum_schluessel,sozialraum_name,"
        "quartier_schluessel\n0110,Zentrum,011001,Tiergarten Süd,01100101\n",
        "Zeile 1: Spalte „quartier_name“ fehlt.",
    ),
    "leerer_schluessel": (
        BASIS + "0110,Zentrum,,Tiergarten Süd,01100103,Lützowstraße\n",
        "Zeile 6: Schlüssel für Sozialraum ist leer.",
    ),
    "leerer_name": (
        BASIS + "0110,Zentrum,011001,Tiergarten Süd,01100103,\n",
        "Zeile 6: Name für Quartier 01100103 ist leer.",
    ),
    "eltern_widerspruch": (
        BASIS + "0120,Moabit,011001,Tiergarten Süd,01100103,Lützowstraße\n",
        "Zeile 6: Sozialraum 011001 gehört hier zu 0120, in Zeile 2 aber zu 0110.",
    ),
    "zwei_namen": (
        BASIS + "0110,Mitte,011001,Tiergarten Süd,01100103,Lützowstraße\n",
        "Zeile 6: Regionalraum 0110 heißt hier „Mitte“, in Zeile 2 aber „Zentrum“.",
    ),
    "doppeltes_quartier": (
        BASIS + "0110,Zentrum,011002,Regierungsviertel,01100101,Stülerstraße\n",
        "Zeile 6: Quartier 01100101 steht schon in Zeile 2.",
    ),
    "zu_wenig_felder": (
        BASIS + "0110,Zentrum,011001,Tiergarten Süd,01100103\n",
        "Zeile 6: 5 Felder statt 6; fehlt ein Trennzeichen?",
    ),
    "schluessel_auf_zwei_ebenen": (
        BASIS + "0130,Wedding,0110,Wedding Zentrum,01300101,Leopoldplatz\n",
        "Zeile 6: Schlüssel 0110 steht auf zwei Ebenen.",
    ),
    "zu_langer_name": (
        BASIS + f"0110,Zentrum,011001,Tiergarten Süd,01100103,{'x' * 201}\n",
        "Zeile 6: Quartier 01100103: Schlüssel (max. 20) oder Name (max. 200) zu lang.",
    ),
    "unbekannte_kopfzeile": (
        "Gebiet,Name,Oberbegriff\n0110,Zentrum,Mitte\n",
        "Zeile 1: Kopfzeile nicht erkannt.",
    ),
    "nur_kopfzeile": (KOPF + "\n", "Die Datei enthält keine Gebiete."),
    "leere_datei": ("", "Die Datei ist leer."),
    "nur_leerzeilen": ("\ufeff\r\n  \r\n", "Die Datei ist leer."),
}


@pytest.mark.parametrize("bestand_vorher", [False, True], ids=["leer", "mit_daten"])
@pytest.mark.parametrize("fall", FEHLERHAFT)
def test_fehlerhafte_datei_wird_ganz_abgelehnt(db, tmp_path, fall, bestand_vorher):
    inhalt, meldung = FEHLERHAFT[fall]
    if bestand_vorher:
        importieren(datei(tmp_path, BASIS, name="basis.csv"))
    vorher, historie_vorher = bestand(), historie()
    pfad = datei(tmp_path, inhalt, name=f"{fall}.csv")

    with pytest.raises(CommandError) as fehler:
        importieren(pfad)

    text = str(fehler.value)
    assert text.startswith("Import abgebrochen, nichts wurde gespeichert:")
    assert f"{pfad}, {meldung}" in text or f"{pfad}: {meldung}" in text
    assert anzahlen() == ((2, 3, 4) if bestand_vorher else (0, 0, 0))
    assert bestand() == vorher
    assert historie() == historie_vorher


def test_alle_fehler_einer_datei_werden_gemeldet(db):
    text = BASIS + (
        "0110,Zentrum,,Tiergarten Süd,01100103,Lützowstraße\n"
        "0110,Zentrum,011001,Tiergarten Süd,01100104,\n"
        "0110,Zentrum,011001\n"
    )
    with pytest.raises(ImportFehler) as fehler:
        gebiete_importieren(text, "liste.csv")
    assert fehler.value.fehler == [
        "liste.csv, Zeile 6: Schlüssel für Sozialraum ist leer.",
        "liste.csv, Zeile 7: Name für Quartier 01100104 ist leer.",
        "liste.csv, Zeile 8: 3 Felder statt 6; fehlt ein Trennzeichen?",
    ]
    assert anzahlen() == (0, 0, 0)


def test_viele_fehler_brechen_nach_25_ab(db):
    text = KOPF + "\n" + "0110,Zentrum,,,,\n" * 40
    with pytest.raises(ImportFehler) as fehler:
        lese_gebiete(text, "viele.csv")
    assert len(fehler.value.fehler) == 26
    assert fehler.value.fehler[-1] == "Abbruch nach 25 Fehlern."


def test_cp1252_datei_mit_hinweis_auf_encoding(db, tmp_path):
    # German Excel ("CSV (Trennzeichen-getrennt)") writes cp1252 with semicolons.
    excel = BASIS.replace(",", ";").replace("\n", "\r\n")
    pfad = datei(tmp_path, excel, name="excel.csv", encoding="cp1252")

    with pytest.raises(CommandError) as fehler:
        importieren(pfad)
    text = str(fehler.value)
    assert f"{pfad}, Zeile 2: Die Datei ist nicht UTF-8-kodiert." in text
    assert "--encoding cp1252" in text
    assert anzahlen() == (0, 0, 0)

    importieren(pfad, encoding="cp1252")
    assert anzahlen() == (2, 3, 4)
    assert Quartier.objects.get(schluessel="01100101").name == "Stülerstraße"
    assert Sozialraum.objects.get(schluessel="011001").name == "Tiergarten Süd"


def test_bom_und_leerzeichen_um_werte_und_spalten(db, tmp_path):
    inhalt = (
        "\ufeff regionalraum_schluessel , regionalraum_name ,sozialraum_schluessel,"
        " sozialraum_name,quartier_schluessel , quartier_name \r\n"
        " 0110 , Zentrum ,  011001,Tiergarten Süd ,01100101 , Stülerstraße \r\n"
        "0110,Zentrum,011001,Tiergarten Süd,01100102,Großer Tiergarten\r\n"
    )
    importieren(datei(tmp_path, inhalt))

    assert anzahlen() == (1, 1, 2)
    quartier = Quartier.objects.get(schluessel="01100101")
    assert quartier.name == "Stülerstraße"
    assert quartier.sozialraum.name == "Tiergarten Süd"
    assert quartier.sozialraum.regionalraum.name == "Zentrum"


@pytest.mark.parametrize(
    "inhalt",
    [
        BASIS + '0130,"Wedding, Gesundbrunnen",013001,Wedding Zentrum,01300101,Leopoldplatz\n',
        # German Excel: semicolons, CRLF, commas inside names need no quotes
        BASIS.replace(",", ";").replace("\n", "\r\n")
        + "0130;Wedding, Gesundbrunnen;013001;Wedding Zentrum;01300101;Leopoldplatz\r\n",
    ],
    ids=["komma", "semikolon"],
)
def test_einfaches_format_mit_komma_oder_semikolon(db, tmp_path, inhalt):
    ausgabe = importieren(datei(tmp_path, inhalt))

    assert anzahlen() == (3, 4, 5)
    assert Regionalraum.objects.get(schluessel="0130").name == "Wedding, Gesundbrunnen"
    quartier = Quartier.objects.select_related("sozialraum__regionalraum").get(
        schluessel="01200101"
    )
    assert quartier.name == "Beusselstraße"
    assert quartier.sozialraum.schluessel == "012001"
    assert quartier.sozialraum.regionalraum.schluessel == "0120"
    assert "Quartier: 5 neu, 0 geändert, 0 unverändert" in ausgabe


def test_zeilen_ohne_quartier_legen_nur_obere_ebenen_an(db, tmp_path):
    ohne_spalten = (
        "regionalraum_schluessel;regionalraum_name;sozialraum_schluessel;sozialraum_name\n"
        "01;Nord;0101;Nordstadt\n"
        "01;Nord;0102;Hafen\n"
        "02;Süd;0201;Südstadt\n"
    )
    importieren(datei(tmp_path, ohne_spalten))
    assert anzahlen() == (2, 3, 0)
    assert Sozialraum.objects.get(schluessel="0102").regionalraum.schluessel == "01"

    leere_felder = f"{KOPF}\n01,Nord,0101,Nordstadt,010101,Am Markt\n02,Süd,0202,Südhang,,\n"
    ausgabe = importieren(datei(tmp_path, leere_felder, name="teilweise.csv"))
    assert anzahlen() == (2, 4, 1)
    assert Sozialraum.objects.get(schluessel="0202").quartiere.count() == 0
    assert "Sozialraum: 1 neu, 0 geändert, 1 unverändert, 2 nicht in der Datei" in ausgabe


def test_fehlende_gebiete_bleiben_erhalten(db, tmp_path):
    importieren(datei(tmp_path, BASIS))
    nur_zentrum = "\n".join(BASIS.splitlines()[:3]) + "\n"

    ausgabe = importieren(datei(tmp_path, nur_zentrum, name="teil.csv"))

    assert anzahlen() == (2, 3, 4)
    assert (
        "Regionalraum: 0 neu, 0 geändert, 1 unverändert, 1 nicht in der Datei (bleiben erhalten)"
        in ausgabe
    )
    assert "Quartier: 0 neu, 0 geändert, 2 unverändert, 2 nicht in der Datei" in ausgabe


# --- --trockenlauf --------------------------------------------------------------------------


@berlin_daten
def test_trockenlauf_speichert_nichts_zaehlt_aber(db):
    ausgabe = importieren(LOR, trockenlauf=True)

    assert anzahlen() == (0, 0, 0)
    assert historie() == (0, 0, 0)
    assert "Regionalraum: 58 neu, 0 geändert, 0 unverändert" in ausgabe
    assert "Sozialraum: 143 neu, 0 geändert, 0 unverändert" in ausgabe
    assert "Quartier: 542 neu, 0 geändert, 0 unverändert" in ausgabe
    assert "Trockenlauf: nichts gespeichert." in ausgabe


def test_trockenlauf_mit_aenderungen(db, tmp_path):
    importieren(datei(tmp_path, BASIS))
    vorher = bestand()
    umbenannt = BASIS.replace("Beusselstraße", "Beusselkiez")

    ausgabe = importieren(datei(tmp_path, umbenannt, name="neu.csv"), trockenlauf=True)

    assert "Quartier: 0 neu, 1 geändert, 3 unverändert" in ausgabe
    assert "Trockenlauf: nichts gespeichert." in ausgabe
    assert bestand() == vorher


# --- the functions behind the command -------------------------------------------------------


def test_lese_gebiete_liefert_eintraege_mit_eltern():
    gebiete = lese_gebiete(BASIS, "basis.csv")
    assert sorted(gebiete["regionalraum"]) == ["0110", "0120"]
    quartier = gebiete["quartier"]["01100205"]
    assert (quartier.name, quartier.eltern, quartier.zeile) == ("Wilhelmstraße", "011002", 4)
    assert gebiete["sozialraum"]["012001"].eltern == "0120"
    assert gebiete["regionalraum"]["0110"].eltern is None


def test_gebiete_importieren_liefert_ergebnis(db):
    ergebnis = gebiete_importieren(BASIS, "basis.csv")
    assert ergebnis.angelegt == {"jugendamt": 0, "regionalraum": 2, "sozialraum": 3, "quartier": 4}
    assert ergebnis.hat_aenderungen

    ergebnis = gebiete_importieren(BASIS, "basis.csv")
    assert not ergebnis.hat_aenderungen
    assert ergebnis.unveraendert == {
        "jugendamt": 0,
        "regionalraum": 2,
        "sozialraum": 3,
        "quartier": 4,
    }

    ergebnis = gebiete_importieren(BASIS.replace("Moabit West", "Moabit-West"), trockenlauf=True)
    assert ergebnis.geaendert["sozialraum"] == 1
    assert Sozialraum.objects.get(schluessel="012001").name == "Moabit West"


def test_lese_datei_fehlende_datei(tmp_path):
    with pytest.raises(ImportFehler) as fehler:
        lese_datei(tmp_path / "gibt-es-nicht.csv")
    assert fehler.value.fehler == [f"{tmp_path / 'gibt-es-nicht.csv'}: Datei nicht gefunden."]


def test_befehl_ohne_datei(db):
    with pytest.raises(CommandError, match="Bitte eine CSV-Datei und/oder --grenzen"):
        importieren()


# --- boundaries (--grenzen) -----------------------------------------------------------------


@berlin_daten
def test_berlin_grenzen_der_prognoseraeume(db):
    lor_importieren()

    ausgabe = importieren(grenzen=PROGNOSERAEUME)

    assert (
        "Grenzen: Jugendamt 0, Regionalraum 58, Sozialraum 0, Quartier 0, unverändert 0" in ausgabe
    )
    assert not Regionalraum.objects.filter(grenze__isnull=True).exists()
    for regionalraum in Regionalraum.objects.all():
        assert regionalraum.grenze["type"] in ("Polygon", "MultiPolygon"), regionalraum
        for lon, lat in punkte(regionalraum.grenze["coordinates"]):
            assert 13.0 < lon < 13.8 and 52.3 < lat < 52.7, regionalraum
    vorher = bestand()

    ausgabe = importieren(grenzen=PROGNOSERAEUME)

    assert (
        "Grenzen: Jugendamt 0, Regionalraum 0, Sozialraum 0, Quartier 0, unverändert 58" in ausgabe
    )
    assert bestand() == vorher


def test_grenzen_unbekannter_schluessel_speichert_nichts(db, tmp_path):
    quadrat = {
        "type": "Polygon",
        "coordinates": [[[13.40, 52.50], [13.41, 52.50], [13.41, 52.51], [13.40, 52.50]]],
    }
    RegionalraumFactory(schluessel="0110", name="Zentrum")
    RegionalraumFactory(schluessel="0120", name="Moabit")
    pfad = geojson(
        tmp_path,
        [
            feature({"PGR_ID": "0110", "PGR_NAME": "Zentrum"}, quadrat),
            feature({"PGR_ID": "0120", "PGR_NAME": "Moabit"}, quadrat),
            feature({"PGR_ID": "9999", "PGR_NAME": "Atlantis"}, quadrat),
        ],
    )

    with pytest.raises(CommandError) as fehler:
        importieren(grenzen=pfad)

    meldung = f"{pfad}, Feature 3 (PGR_ID=9999): kein Gebiet mit diesem Schlüssel."
    assert meldung in str(fehler.value)
    assert not Regionalraum.objects.filter(grenze__isnull=False).exists()


def test_grenzen_aus_epsg_25833_werden_umgerechnet(db, tmp_path):
    RegionalraumFactory(schluessel="0110", name="Zentrum")
    RegionalraumFactory(schluessel="0120", name="Moabit")
    utm = [[390000, 5820000], [391000, 5820000], [391000, 5821000], [390000, 5821000]]
    quadrat = {"type": "Polygon", "coordinates": [[*utm, utm[0]]]}
    pfad = geojson(
        tmp_path,
        [feature({"nummer": "0110", "bezirk": "0120"}, quadrat)],
        crs="urn:ogc:def:crs:EPSG::25833",
    )

    # "bezirk" would match a key too; --feld says which property carries the key.
    ausgabe = importieren(grenzen=pfad, feld="nummer")

    assert "Grenzen: Jugendamt 0, Regionalraum 1," in ausgabe
    grenze = Regionalraum.objects.get(schluessel="0110").grenze
    assert Regionalraum.objects.get(schluessel="0120").grenze is None
    assert grenze["type"] == "Polygon"
    ecken = list(punkte(grenze["coordinates"]))
    assert len(ecken) == 5
    for lon, lat in ecken:
        assert lon == pytest.approx(13.4, abs=0.05)
        assert lat == pytest.approx(52.5, abs=0.05)
    lons = [lon for lon, _lat in ecken]
    lats = [lat for _lon, lat in ecken]
    # One kilometre is about 0.0148° of longitude and 0.009° of latitude here.
    assert max(lons) - min(lons) == pytest.approx(0.0148, abs=0.001)
    assert max(lats) - min(lats) == pytest.approx(0.009, abs=0.001)


def test_grenzen_punkt_wird_abgelehnt(db, tmp_path):
    RegionalraumFactory(schluessel="0110", name="Zentrum")
    pfad = geojson(
        tmp_path,
        [feature({"PGR_ID": "0110"}, {"type": "Point", "coordinates": [13.4, 52.5]})],
    )

    with pytest.raises(ImportFehler) as fehler:
        grenzen_importieren(pfad)

    assert fehler.value.fehler == [
        f"{pfad}, Feature 1 (PGR_ID=0110): Fläche erwartet, Point gefunden."
    ]
    assert Regionalraum.objects.get(schluessel="0110").grenze is None


def test_grenzen_ohne_passende_gebiete(db, tmp_path):
    pfad = geojson(
        tmp_path,
        [feature({"PGR_ID": "0110"}, {"type": "Point", "coordinates": [13.4, 52.5]})],
    )
    with pytest.raises(CommandError, match="Erst die Gebiete importieren"):
        importieren(grenzen=pfad)
