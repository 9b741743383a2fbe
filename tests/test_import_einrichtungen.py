"""import_einrichtungen: Berlin's youth centres, Kitas and schools with their Träger and one
offer each. Recognised by their properties, Träger spellings merged, cleaned, placed by
boundary; re-runs update, archive and keep what people changed; bad files import nothing.

The samples in tests/daten/berlin/ are cut from the real files (see the README there);
the areas are Berlin's real LOR file and Prognoseraum boundaries, imported once per module.
"""

import datetime
import getpass
import io
import json
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from angebote.models import Angebot
from angebote.quellen.bereinigen import telefon, webadresse
from angebote.quellen.geojson import JFE, KITA, SCHULEN, lese_datei
from angebote.quellen.traegernamen import (
    bezirk_im_namen,
    bezirk_nach_name,
    ist_amt,
    namensschluessel,
    traeger_art,
)
from angebote.suche.search import suchen
from sozialraum.austausch.gebiete import ImportFehler
from sozialraum.models import Importlauf, Regionalraum
from tests.bestand import gemeinsam_gebaut
from traeger.models import Einrichtung, Traeger
from traeger.zusammenfuehren.zusammenlegen import traeger_zusammenfuehren

BERLIN = Path(settings.BASE_DIR).parent / "shared/data/berlin"
PROBEN = Path(__file__).parent / "daten" / "berlin"
JFE_DATEI = PROBEN / "jugendfreizeiteinrichtungen.geojson"
KITA_DATEI = PROBEN / "kindertagesstaetten.geojson"
SCHUL_DATEI = PROBEN / "schulen.geojson"
ALLE = (JFE_DATEI, KITA_DATEI, SCHUL_DATEI)
berlin_daten = pytest.mark.skipif(
    not (BERLIN / "LOR_2021.csv").exists(), reason=f"Berliner Daten fehlen in {BERLIN}"
)
pytestmark = berlin_daten


@pytest.fixture(scope="module")
def berlin(django_db_setup, django_db_blocker):
    """Berlin's Bezirke, Prognoseräume, Bezirksregionen and Planungsräume with the
    Prognoseraum boundaries, once per module, rolled back at its end."""
    yield from gemeinsam_gebaut(django_db_blocker, _gebiete_laden)


def _gebiete_laden():
    call_command("import_gebiete", str(BERLIN / "LOR_2021.csv"), stdout=io.StringIO())
    call_command(
        "import_gebiete",
        grenzen=str(BERLIN / "lor_prognoseraeume_2021_wgs84.geojson"),
        stdout=io.StringIO(),
    )


@pytest.fixture
def gebiete(berlin, db):
    return None


def importieren(*dateien, **optionen) -> str:
    ausgabe = io.StringIO()
    call_command(
        "import_einrichtungen",
        *[str(d) for d in dateien],
        stdout=ausgabe,
        stderr=io.StringIO(),
        **optionen,
    )
    return ausgabe.getvalue()


def abwandeln(tmp_path: Path, quelle: Path, aendern) -> Path:
    """A copy of a sample file (same name) with ``aendern(daten)`` applied."""
    daten = json.loads(quelle.read_text(encoding="utf-8"))
    aendern(daten)
    ziel = tmp_path / quelle.name
    ziel.write_text(json.dumps(daten, ensure_ascii=False), encoding="utf-8")
    return ziel


def eigenschaft(daten: dict, feld: str, wert: str) -> dict:
    return next(f for f in daten["features"] if f["properties"][feld] == wert)


def einrichtung(externe_id: str, datei=JFE) -> Einrichtung:
    return Einrichtung.objects.select_related("traeger").get(
        quelle=datei.quelle, externe_id=externe_id
    )


def historie() -> tuple[int, int, int]:
    return Traeger.history.count(), Einrichtung.history.count(), Angebot.history.count()


# --- reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pfad", "art", "anzahl"),
    [(JFE_DATEI, JFE, 29), (KITA_DATEI, KITA, 25), (SCHUL_DATEI, SCHULEN, 15)],
)
def test_jede_datei_wird_an_ihren_eigenschaften_erkannt(tmp_path, pfad, art, anzahl):
    umbenannt = tmp_path / "download.json"
    umbenannt.write_bytes(pfad.read_bytes())

    datei = lese_datei(umbenannt)

    assert datei.art is art
    assert len(datei.merkmale) == anzahl
    assert datei.crs == "EPSG:25833"
    assert all(13.0 < m.lon < 13.8 and 52.3 < m.lat < 52.7 for m in datei.merkmale)


def test_koordinaten_mit_pyproj_umgerechnet_und_im_prognoseraum(gebiete):
    importieren(*ALLE)

    mauerpark = einrichtung("01010003")  # Schwedter Str. 234: (391841.9, 5822078.3) in 25833
    assert mauerpark.lat == pytest.approx(52.538041, abs=1e-6)
    assert mauerpark.lon == pytest.approx(13.405270, abs=1e-6)
    assert mauerpark.regionalraum == Regionalraum.objects.get(schluessel="0110")  # Zentrum
    assert mauerpark.jugendamt.schluessel == "01"
    assert (mauerpark.quartier, mauerpark.sozialraum) == (None, None)
    osz = einrichtung("01B01", SCHULEN)
    assert osz.regionalraum.name == "Moabit"


# --- Träger ----------------------------------------------------------------------------------


def test_schreibweisen_eines_amts_werden_ein_traeger(gebiete):
    ausgabe = importieren(*ALLE, verbosity=2)

    mitte = Traeger.objects.get(name="Jugendamt Mitte")
    assert (mitte.traegerschaft, mitte.art) == ("oeffentlich", "jugendamt")
    assert set(mitte.einrichtungen.values_list("externe_id", flat=True)) >= {
        "01010003",  # BA Mitte von Berlin
        "01030010",  # Bezirksamt Mitte von Berlin Jugendamt
    }
    pankow = Traeger.objects.get(name="Jugendamt Pankow")
    namen = {e.externe_id for e in pankow.einrichtungen.all()}
    assert (
        len(namen) == 4
    )  # "BA Pankow v. Berlin", "Bezirksmt …", "…, Abt. JuFam", "Jugendamt (örtlicher Träger)"
    schoeneberg = Traeger.objects.get(name="Jugendamt Tempelhof-Schöneberg")
    assert (
        schoeneberg.einrichtungen.count() == 3
    )  # "Tempelhof -Schöneberg", "Tempelhof- …", "Jugendamt"
    assert Traeger.objects.get(name="Jugendamt Steglitz-Zehlendorf").einrichtungen.count() == 2
    assert Traeger.objects.filter(name__startswith="Jugendamt").count() == 6  # + Neukölln, Spandau
    # The report explains every merge with its spellings.
    assert "Jugendamt Pankow [jugendfreizeiteinrichtungen.geojson]:" in ausgabe
    assert "„Bezirksmt Pankow von Berlin“ (1×)" in ausgabe
    assert "„Jugendamt (örtlicher Träger)“ (1×)" in ausgabe


def test_freie_traeger_nach_vorsichtig_normalisiertem_namen_und_ueber_dateien(gebiete):
    ausgabe = importieren(*ALLE, verbosity=2)

    fipp = Traeger.objects.get(externe_id="name:fipp ev")
    assert fipp.einrichtungen.count() == 3  # "FiPP e.V.", "FiPP e. V.", "FiPP e.V. "
    assert (fipp.traegerschaft, fipp.art) == ("frei", "verein")
    # "Moabiter Ratschlag" without legal form joins the one spelling with it.
    ratschlag = Traeger.objects.get(externe_id="name:moabiter ratschlag ev")
    assert ratschlag.einrichtungen.count() == 2
    # A Verein running a youth centre and Kitas is one Träger, keyed by its Kita number.
    pfefferwerk = Traeger.objects.get(name="Pfefferwerk Stadtkultur gGmbH")
    assert (pfefferwerk.quelle, pfefferwerk.externe_id) == (KITA.quelle, "1202")
    assert {e.quelle for e in pfefferwerk.einrichtungen.all()} == {JFE.quelle, KITA.quelle}
    assert pfefferwerk.art == "ggmbh"
    taeks = Traeger.objects.get(externe_id="0564")
    assert {e.quelle for e in taeks.einrichtungen.all()} == {JFE.quelle, KITA.quelle}
    assert "„TÄKS e. V.“" in ausgabe and "„TÄKS e.V.“" in ausgabe
    # Two Kita numbers are two Träger, even where the names normalise alike.
    herz_jesu = Traeger.objects.filter(name__startswith="Kath. Kirchengemeinde Herz")
    assert herz_jesu.count() == 2
    assert "passt zu mehreren Kita-Trägernummern" in ausgabe
    # Typos are not guessed at: "GSJ gGmbH" is no Amt, whatever t_art says.
    gsj = Traeger.objects.get(name="GSJ gGmbH")
    assert (gsj.traegerschaft, gsj.art) == ("frei", "ggmbh")
    assert "„GSJ gGmbH“ laut Datei „öffentlicher Träger“" in ausgabe


def test_traegerart_aus_t_art_und_rechtsform(gebiete):
    importieren(*ALLE)

    eigenbetrieb = Traeger.objects.get(quelle=KITA.quelle, externe_id="0122")
    assert (eigenbetrieb.traegerschaft, eigenbetrieb.art) == ("oeffentlich", "kita_traeger")
    ekt = Einrichtung.objects.filter(quelle=KITA.quelle, traeger__art="initiative")
    assert ekt.count() >= 2
    assert Traeger.objects.filter(quelle=KITA.quelle, art="kirche").count() >= 3
    assert Traeger.objects.filter(quelle=KITA.quelle, art="wohlfahrtsverband").exists()
    schulamt = Traeger.objects.get(name="Bezirksamt Mitte – Schulamt")
    assert (schulamt.traegerschaft, schulamt.art) == ("oeffentlich", "behoerde")
    assert set(schulamt.einrichtungen.values_list("externe_id", flat=True)) == {
        "01B01",
        "01G01",
        "01K01",
        "01K04",
        "01S01",
        "08B05",  # in Mitte, although its number says 08
    }
    privat = Einrichtung.objects.filter(quelle=SCHULEN.quelle, traeger__art="schule")
    assert privat.count() == 3
    assert all(e.traeger.name == e.name and e.traeger.traegerschaft == "frei" for e in privat)
    # t_web: scheme added, an e-mail address goes to the e-mail field.
    assert Traeger.objects.filter(website="https://www.kita-nazar.de").exists()
    assert Traeger.objects.filter(email="kam79@hotmail.de", website="").exists()


@pytest.mark.parametrize(
    ("name", "schluessel"),
    [
        ("FiPP e.V.", "fipp ev"),
        ("FiPP e. V.", "fipp ev"),
        ("FiPP e.V. ", "fipp ev"),
        ("Kiezspinne FAS e.V", "kiezspinne fas ev"),
        ("Nachbarschaftsheim Neukölln e V. ", "nachbarschaftsheim neukölln ev"),
        ("Kids & Co g.e.V", "kids co gev"),
        ("AlbatrosgGmbH", "albatros ggmbh"),
        ("Träger: FiPP e.V. Fortbildungsinstitut", "fipp ev fortbildungsinstitut"),
        ("Ev. Kirchengemeinde Dahlem", "ev kirchengemeinde dahlem"),
    ],
)
def test_namensschluessel(name, schluessel):
    assert namensschluessel(name) == schluessel


def test_aemter_und_bezirke_in_namen():
    assert ist_amt("Berzirksamt Neukölln von Berlin- Abt. Jugend")
    assert ist_amt("BA - Steglitz - Zehlendorf")
    assert ist_amt("Jugendamt (örtlicher Träger)")
    assert not ist_amt("GSJ gGmbH")
    assert not ist_amt("Babel e.V.")
    assert bezirk_im_namen("Bezirksamt Tempelhof -Schöneberg") == "07"
    assert bezirk_im_namen("Bezirksamt Steglitz Zehlendorf-Jugendamt") == "06"
    assert bezirk_im_namen("BA Friedrichshain Jugendförderung") == "02"
    assert bezirk_im_namen("Jugendamt") is None
    assert bezirk_nach_name("Steglitz Zehlendorf") == "06"
    assert traeger_art("Ev. Kirchengemeinde Dahlem", {"Diakonisches Werk"}, kita=True) == "kirche"
    assert (
        traeger_art("Christlicher Kindergarten e.V.", {"Diakonisches Werk"}, kita=True) == "verein"
    )
    assert traeger_art("Stadtmäuse e. V.", {"EKT"}, kita=True) == "initiative"
    assert (
        traeger_art("AWO pro:mensch gGmbH", {"Arbeiterwohlfahrt"}, kita=True) == "wohlfahrtsverband"
    )
    assert traeger_art("Kindergärten City", set(), kita=True) == "kita_traeger"
    assert traeger_art("Streethouse", set(), kita=False) == "sonstige"


# --- cleaning --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("roh", "sauber"),
    [
        ("030/ 4490741", "030 4490741"),
        ("030-27596438", "030 27596438"),
        ("(030) 81298716", "030 81298716"),
        ("281 64 73", "030 2816473"),
        ("+49 30 398840", "030 398840"),
        ("+493054819688", "030 54819688"),
        ("(+4930) 91147766", "030 91147766"),
        ("01522-6347908", "01522 6347908"),
        ("030 9029-25718", "030 9029-25718"),
        ("68 08 56 87-0", "030 68085687-0"),
        ("030 4458700 / 01736193536", "030 4458700, 0173 6193536"),
        ("030 63225111 o. 0159 04022301", "030 63225111, 0159 04022301"),
        ("\u202d030 40756202\u202c", "030 40756202"),
        ("tba", "tba"),
        ("030/902998325/-24", "030/902998325/-24"),
        (None, ""),
    ],
)
def test_telefon_in_einem_format_sonst_wie_gegeben(roh, sauber):
    assert telefon(roh)[0] == sauber


@pytest.mark.parametrize(
    ("roh", "url", "email"),
    [
        ("www.kita-nazar.de", "https://www.kita-nazar.de", ""),
        ("http://www.gfj-berlin.de", "http://www.gfj-berlin.de", ""),
        ("https://www.the-corner.de   ", "https://www.the-corner.de", ""),
        ("http:www.gsj-berlin.de", "http://www.gsj-berlin.de", ""),
        ("htttp://http://www.sozdia.de/", "http://www.sozdia.de/", ""),
        ("https://www.jfe-aalemannufer.de (inaktiv)", "https://www.jfe-aalemannufer.de", ""),
        ("kam79@hotmail.de", "", "kam79@hotmail.de"),
        ("nicht vorhanden", "", ""),
        ("http://www.bbw-berufliche schulen.de", "http://www.bbw-berufliche schulen.de", ""),
        (None, "", ""),
    ],
)
def test_webadresse(roh, url, email):
    assert webadresse(roh)[:2] == (url, email)


def test_einrichtungen_bereinigt_in_der_datenbank(gebiete):
    importieren(*ALLE)

    mauerpark = einrichtung("01010003")
    assert mauerpark.telefon == "030 4490741"
    assert mauerpark.website == "http://www.freizeithaus.am.mauerpark.de"  # http kept
    assert mauerpark.strasse == "Schwedter Str. 234"
    assert (mauerpark.plz, mauerpark.ort, mauerpark.plaetze) == ("10435", "Berlin", 98)
    assert mauerpark.art == "jugendclub"
    assert einrichtung("01030010").art == "kinderfarm"
    assert einrichtung("01030400", KITA).telefon == "35128686/85"  # unreadable: as given
    assert einrichtung("10211280", KITA).strasse.endswith("-10")  # e_zusatz "- 10"
    osz = einrichtung("01B01", SCHULEN)
    assert (osz.telefon, osz.email, osz.art) == ("030 398840", "info@osz-biv.de", "schule")
    assert Einrichtung.objects.filter(telefon="").exists()  # null stays empty


# --- offers ----------------------------------------------------------------------------------


def test_ein_angebot_je_einrichtung_nur_aus_den_daten(gebiete):
    importieren(*ALLE)

    assert Angebot.objects.count() == Einrichtung.objects.count() == 69
    duenja = Angebot.objects.get(quelle=JFE.quelle, externe_id="01020030")
    assert duenja.status == "veroeffentlicht"
    assert duenja.zuletzt_geprueft == datetime.date(2022, 12, 1)  # the data's date: due
    assert duenja.veraltet
    assert list(duenja.kategorien.values_list("slug", flat=True)) == ["jugendarbeit"]
    assert set(duenja.zielgruppen.values_list("slug", flat=True)) == {"jugendliche", "maedchen"}
    assert (duenja.alter_von, duenja.alter_bis, duenja.zeiten.count()) == (None, None, 0)
    assert duenja.anmeldung == "offen"
    assert duenja.traeger == duenja.einrichtungen.get().traeger
    kita = Angebot.objects.get(quelle=KITA.quelle, externe_id="01030400")
    assert list(kita.kategorien.values_list("slug", flat=True)) == ["kita"]
    assert (kita.alter_von, kita.alter_bis) == (0, 6)
    assert "Plätzen" in kita.beschreibung and "Pädagogischer Ansatz" in kita.beschreibung
    grundschule = Angebot.objects.get(quelle=SCHULEN.quelle, externe_id="01G01")
    assert grundschule.beschreibung == "Grundschule, öffentliche Schule."
    assert (grundschule.alter_von, grundschule.alter_bis, grundschule.kosten) == (
        6,
        12,
        "kostenfrei",
    )
    privat = Angebot.objects.filter(quelle=SCHULEN.quelle, traeger__art="schule").first()
    assert privat.kosten == "gebuehr" and privat.kosten_hinweis
    assert Angebot.history.filter(history_type="+").count() == 69
    # Published and in the search index.
    treffer, _anfrage = suchen("Dünja")
    assert duenja in treffer


def test_foerderschulen_ausgeschrieben_auch_private(gebiete, tmp_path):
    """The file abbreviates the kinds of special schools ("Förderschwerp.") and types a
    private one only "Privatschule": written out, both are found as a Förderschule."""

    def privat(daten):
        schule = eigenschaft(daten, "bsn", "01S01")["properties"]
        schule["traeger"] = "privat"
        schule["schultyp"] = "Privatschule"
        schule["schulart"] = 'Förderschwerp. "Lernen"u."Geistige Entwickl."'

    importieren(abwandeln(tmp_path, SCHUL_DATEI, privat))
    schule = Angebot.objects.get(quelle=SCHULEN.quelle, externe_id="01S01")
    assert schule.beschreibung == (
        "Förderschwerpunkt „Lernen“ und „Geistige Entwicklung“, Schule in freier "
        "Trägerschaft. Schultyp: Schule mit sonderpädagogischem Förderschwerpunkt."
    )
    assert schule in suchen("Förderschule")[0]
    assert schule in suchen("geistige Entwicklung")[0]


# --- areas -----------------------------------------------------------------------------------


def test_widerspruch_zum_bezirk_nur_nach_bezirk_verortet(gebiete):
    ausgabe = importieren(*ALLE, verbosity=2)

    hausburg = einrichtung("02051140", KITA)  # in a Pankow Prognoseraum, file says 02
    assert hausburg.jugendamt.schluessel == "02"
    assert (hausburg.regionalraum, hausburg.sozialraum, hausburg.quartier) == (None, None, None)
    assert "e_nr 02051140 „Kita Hausburg“: liegt in Regionalraum" in ausgabe
    roentgen = einrichtung("08K09", SCHULEN)  # school: the Bezirk by its name
    assert (roentgen.jugendamt.name, roentgen.regionalraum) == ("Neukölln", None)


def test_punkt_ausserhalb_aller_grenzen(gebiete, tmp_path):
    def nach_potsdam(daten):
        eigenschaft(daten, "e_nr", "01010003")["geometry"]["coordinates"] = [367000.0, 5808000.0]

    ausgabe = importieren(abwandeln(tmp_path, JFE_DATEI, nach_potsdam), verbosity=2)

    mauerpark = einrichtung("01010003")
    assert (mauerpark.jugendamt.schluessel, mauerpark.regionalraum) == ("01", None)
    assert "e_nr 01010003 „Freizeithaus am Mauerpark“: liegt außerhalb aller Grenzen" in ausgabe
    assert "Jugendamt 1;" in ausgabe


def test_ohne_jugendamt_fuer_den_bezirk_nicht_verortet(gebiete, tmp_path):
    """As in Musterstadt, whose one Jugendamt is no Berlin Bezirk."""

    def bezirk_99(daten):
        for f in daten["features"]:
            f["properties"]["e_bez_nr"] = "99"

    ausgabe = importieren(abwandeln(tmp_path, JFE_DATEI, bezirk_99), verbosity=2)

    assert not Einrichtung.objects.exclude(jugendamt=None).exists()
    assert "nicht verortet: 29" in ausgabe
    assert (
        "e_nr 01010003 „Freizeithaus am Mauerpark“: Bezirk „99 (Mitte)“ ist kein Jugendamt"
        in ausgabe
    )
    assert Einrichtung.objects.count() == 29


def _zeilen_laut_statistik(tabelle: str) -> int:
    """How many rows the planner believes ``tabelle`` has (0: no statistics)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [tabelle])
            return max(int(cursor.fetchone()[0]), 0)
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone() is None:
            return 0
        cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = %s AND idx IS NULL", [tabelle])
        zeile = cursor.fetchone()
        if zeile is None:  # SQLite keeps the count with each index
            cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = %s", [tabelle])
            zeile = cursor.fetchone()
        return int(zeile[0].split()[0]) if zeile else 0


def test_import_hinterlaesst_statistiken_fuer_den_planer(gebiete):
    """Right after an import the planner knows the tables' sizes (werkzeuge/statistik.py):
    without, PostgreSQL took the 4,189 published offers of a fresh ``make berlin`` for a
    handful and joined all of them to find one place's offer."""
    importieren(*ALLE)
    assert _zeilen_laut_statistik("angebote_angebot") == Angebot.objects.count() > 0
    assert _zeilen_laut_statistik("traeger_einrichtung") == Einrichtung.objects.count()
    assert _zeilen_laut_statistik("angebote_angebot_einrichtungen") > 0


# --- re-runs ---------------------------------------------------------------------------------


def test_zweiter_lauf_aendert_nichts(gebiete):
    importieren(*ALLE)
    vorher = historie()
    staende = dict(Einrichtung.objects.values_list("pk", "updated_at"))

    ausgabe = importieren(*ALLE)

    assert historie() == vorher
    assert dict(Einrichtung.objects.values_list("pk", "updated_at")) == staende
    assert "gelesen 29, neu 0, geändert 0, unverändert 29, archiviert 0" in ausgabe
    assert "gelesen 25, neu 0, geändert 0, unverändert 25, archiviert 0" in ausgabe
    assert f"Träger: {Traeger.objects.count()} in den Dateien (neu 0, geändert 0" in ausgabe
    assert "Angebote: neu 0, geändert 0, unverändert 69, archiviert 0" in ausgabe
    assert Importlauf.objects.filter(art="einrichtungen").count() == 2


def test_geaenderte_quelle_wird_uebernommen_von_hand_geaendertes_bleibt(gebiete, tmp_path):
    importieren(*ALLE)
    mauerpark = einrichtung("01010003")
    mauerpark.telefon = "030 1111111"  # a person corrected it in the admin
    mauerpark.save()
    werk9 = einrichtung("01010020")
    anderer = Traeger.objects.create(name="Stiftung SPI (nach Aufteilung)")
    werk9.traeger = anderer  # after splitting a wrong merge
    werk9.save()
    heute = datetime.date.today()
    Angebot.objects.filter(quelle=JFE.quelle, externe_id="01010003").update(zuletzt_geprueft=heute)

    def quelle_aendert(daten):
        eigenschaft(daten, "e_nr", "01010003")["properties"]["e_tel"] = "030 4490742"
        eigenschaft(daten, "e_nr", "01010003")["properties"]["e_platz"] = "99"

    ausgabe = importieren(abwandeln(tmp_path, JFE_DATEI, quelle_aendert), verbosity=2)

    mauerpark.refresh_from_db()
    assert mauerpark.telefon == "030 1111111"  # kept
    assert mauerpark.plaetze == 99  # only the source changed it: updated
    assert (
        "Einrichtung „Freizeithaus am Mauerpark“ (jugendfreizeiteinrichtungen.geojson, e_nr "
        "01010003 „Freizeithaus am Mauerpark“): Telefon im Register geändert („030 1111111“), "
        "die Quelle sagt „030 4490742“; beibehalten"
    ) in ausgabe
    werk9.refresh_from_db()
    assert werk9.traeger == anderer
    assert "gelesen 29, neu 0, geändert 1, unverändert 28" in ausgabe
    letzte = mauerpark.history.first()
    assert letzte.history_change_reason.endswith("Plätze")
    # The Angebot follows its Einrichtung's new Träger (nobody changed the offer's).
    assert Angebot.objects.get(quelle=JFE.quelle, externe_id="01010020").traeger == anderer
    # A later check by a person is kept, and no change by hand to report.
    geprueft = Angebot.objects.get(quelle=JFE.quelle, externe_id="01010003").zuletzt_geprueft
    assert geprueft == heute
    assert "zuletzt geprüft von Hand" not in ausgabe


def test_zusammengefuehrter_traeger_wird_nicht_wieder_angelegt(gebiete):
    importieren(*ALLE)
    bleibt, geht = Traeger.objects.filter(name__startswith="Kath. Kirchengemeinde Herz").order_by(
        "pk"
    )
    name = bleibt.name
    traeger_zusammenfuehren(bleibt, geht, akteur=None)
    vorher = historie()

    ausgabe = importieren(*ALLE, verbosity=2)

    assert not Traeger.objects.filter(pk=geht.pk).exists()
    assert Traeger.objects.filter(name__startswith="Kath. Kirchengemeinde Herz").get() == bleibt
    bleibt.refresh_from_db()
    assert bleibt.name == name
    assert bleibt.einrichtungen.count() == 2
    assert historie() == vorher
    assert "Träger von Hand" not in ausgabe


def test_in_eigenen_traeger_zusammengefuehrt(gebiete):
    """Merged into a Träger typed into the registry: that one stays as it is."""
    importieren(*ALLE)
    eigener = Traeger.objects.create(name="FiPP – Fortbildungsinstitut (von Hand)")
    traeger_zusammenfuehren(eigener, Traeger.objects.get(externe_id="name:fipp ev"), akteur=None)
    vorher = historie()

    importieren(*ALLE)

    eigener.refresh_from_db()
    assert (eigener.name, eigener.quelle, eigener.einrichtungen.count()) == (
        "FiPP – Fortbildungsinstitut (von Hand)",
        "",
        3,
    )
    assert not Traeger.objects.filter(externe_id="name:fipp ev").exists()
    assert historie() == vorher


def test_verschwundenes_wird_archiviert_nicht_geloescht(gebiete, tmp_path):
    importieren(*ALLE)

    def ohne_werk9(daten):
        daten["features"].remove(eigenschaft(daten, "e_nr", "01010020"))

    ausgabe = importieren(abwandeln(tmp_path, JFE_DATEI, ohne_werk9))

    werk9 = einrichtung("01010020")
    assert werk9.archiviert
    assert Angebot.objects.get(quelle=JFE.quelle, externe_id="01010020").status == "archiviert"
    assert "gelesen 28, neu 0, geändert 0, unverändert 28, archiviert 1" in ausgabe
    # The Kita with the same e_nr is another record and stays.
    assert not einrichtung("01010020", KITA).archiviert

    importieren(JFE_DATEI)  # back in the source

    werk9.refresh_from_db()
    assert not werk9.archiviert
    assert Angebot.objects.get(quelle=JFE.quelle, externe_id="01010020").status == "veroeffentlicht"


# --- bad input -------------------------------------------------------------------------------


def _ohne_geometrie(daten):
    daten["features"][2]["geometry"] = None


def _ohne_kennung(daten):
    daten["features"][2]["properties"]["e_nr"] = None


def _unbekannte_eigenschaften(daten):
    for f in daten["features"]:
        f["properties"] = {"id": 1, "bezeichnung": "x"}


def _grad_statt_meter(daten):
    daten["features"][2]["geometry"]["coordinates"] = [13.4, 52.5]


def _unbekanntes_crs(daten):
    daten["crs"]["properties"]["name"] = "urn:ogc:def:crs:EPSG::999999"


def test_gekuerzte_datei_archiviert_nicht_die_haelfte(gebiete, tmp_path):
    """A truncated copy (half the youth centres missing) stops the run; archiving that many
    needs --archivieren-erlauben."""

    importieren(*ALLE)

    def nur_die_haelfte(daten):
        del daten["features"][len(daten["features"]) // 2 :]

    gekuerzt = abwandeln(tmp_path, JFE_DATEI, nur_die_haelfte)
    with pytest.raises(CommandError, match="--archivieren-erlauben"):
        importieren(gekuerzt)
    assert not Einrichtung.objects.filter(archiviert=True).exists()

    ausgabe = importieren(gekuerzt, archivieren_erlauben=True)
    assert Einrichtung.objects.filter(archiviert=True).count() == 15
    assert "archiviert 15" in ausgabe


@pytest.mark.parametrize(
    ("aendern", "meldung"),
    [
        (
            _ohne_geometrie,
            "jugendfreizeiteinrichtungen.geojson, Feature 3 (e_nr=01010022): keine Geometrie.",
        ),
        (_ohne_kennung, "Feature 3 (e_nr=leer): keine Kennung (e_nr)."),
        (_unbekannte_eigenschaften, "Datei nicht erkannt."),
        (
            _grad_statt_meter,
            "Feature 3 (e_nr=01010022): Koordinaten (13.4, 52.5) können nicht in EPSG:25833 liegen",
        ),
        (_unbekanntes_crs, "Koordinatensystem „urn:ogc:def:crs:EPSG::999999“ unbekannt"),
    ],
)
def test_kaputte_datei_importiert_nichts(gebiete, tmp_path, aendern, meldung):
    kaputt = abwandeln(tmp_path, JFE_DATEI, aendern)

    with pytest.raises(CommandError) as fehler:
        importieren(KITA_DATEI, kaputt)

    assert str(fehler.value).startswith("Import abgebrochen, nichts wurde gespeichert:")
    assert f"{kaputt}" in str(fehler.value)
    assert meldung in str(fehler.value)
    assert not Einrichtung.objects.exists() and not Traeger.objects.exists()
    assert not Importlauf.objects.filter(art="einrichtungen").exists()


def test_dieselbe_datei_zweimal(gebiete, tmp_path):
    kopie = tmp_path / "nochmal.geojson"
    kopie.write_bytes(KITA_DATEI.read_bytes())

    with pytest.raises(ImportFehler, match="jede Datei nur einmal"):
        from angebote.quellen.einrichtungen import einrichtungen_importieren

        einrichtungen_importieren([KITA_DATEI, kopie])


def test_pruefen_speichert_nichts_und_zeigt_den_ganzen_bericht(gebiete):
    ausgabe = importieren(*ALLE, pruefen=True)

    assert "Zusammengeführte Träger und ihre Schreibweisen" in ausgabe
    assert "Probelauf (--pruefen): nichts gespeichert." in ausgabe
    assert "gelesen 29, neu 29" in ausgabe
    assert not Einrichtung.objects.exists() and not Traeger.objects.exists()
    assert (
        not Angebot.objects.exists() and not Importlauf.objects.filter(art="einrichtungen").exists()
    )


def test_importlauf_mit_wer_wann_was(gebiete):
    importieren(*ALLE)

    lauf = Importlauf.objects.get(art="einrichtungen")
    assert lauf.art == "einrichtungen"
    assert lauf.benutzer_konsole == getpass.getuser()
    assert lauf.dateien.splitlines() == [str(KITA_DATEI), str(JFE_DATEI), str(SCHUL_DATEI)]
    assert lauf.zaehler["dateien"]["jfe"]["neu"] == 29
    assert lauf.zaehler["dateien"]["kita"]["verortet"]["regionalraum"] == 24
    assert lauf.zaehler["angebote"]["neu"] == 69
    assert "Zusammengeführte Träger" in lauf.bericht
    assert lauf.namensnennung.startswith("Geoportal Berlin")
    herkunft = einrichtung("01B01", SCHULEN).herkunft
    assert herkunft == "Quelle: Geoportal Berlin – Schulen, Stand 10/2023"


# --- the real files --------------------------------------------------------------------------


@pytest.mark.skipif(
    not (BERLIN / "kindertagesstaetten.geojson").exists(), reason="Berliner Daten fehlen"
)
def test_berlin_alle_drei_dateien(gebiete):
    dateien = [
        BERLIN / n
        for n in (
            "jugendfreizeiteinrichtungen.geojson",
            "kindertagesstaetten.geojson",
            "schulen.geojson",
        )
    ]
    anfang = time.monotonic()

    ausgabe = importieren(*dateien)

    dauer = time.monotonic() - anfang
    assert "gelesen 407, neu 407" in ausgabe
    assert "gelesen 2880, neu 2880" in ausgabe
    assert "gelesen 902, neu 902" in ausgabe
    assert Einrichtung.objects.count() == Angebot.objects.veroeffentlicht().count() == 4189
    assert Traeger.objects.count() == 1632
    assert not Einrichtung.objects.filter(jugendamt=None).exists()
    assert dauer < 60, f"Import dauerte {dauer:.1f} s"
    vorher = historie()

    ausgabe = importieren(*dateien)

    assert historie() == vorher
    assert "Angebote: neu 0, geändert 0, unverändert 4189, archiviert 0" in ausgabe


def test_kopie_der_probe_ist_unveraendert():
    """The samples are cut from the real files, not edited (see tests/daten/berlin/README.md)."""
    for probe in ALLE:
        original = {
            json.dumps(f, sort_keys=True)
            for f in json.loads((BERLIN / probe.name).read_text(encoding="utf-8"))["features"]
        }
        for f in json.loads(probe.read_text(encoding="utf-8"))["features"]:
            assert json.dumps(f, sort_keys=True) in original


def test_statistik_fehlgeschlagen_nur_ein_hinweis(monkeypatch):
    """A failing ANALYZE after a committed import is told, never an error of the import."""
    from django.db import DatabaseError

    from sozialraum.werkzeuge import statistik

    class Kaputt:
        def __enter__(self):
            return self

        def __exit__(self, *args):
            return False

        def execute(self, *args):
            raise DatabaseError("database is locked")

    monkeypatch.setattr(connection, "cursor", lambda: Kaputt())
    ausgabe = io.StringIO()
    assert statistik.statistik_auffrischen(Einrichtung, ausgabe=ausgabe) is False
    assert "Statistiken für den Datenbankplaner nicht aktualisiert" in ausgabe.getvalue()
