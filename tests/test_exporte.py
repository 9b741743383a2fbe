"""Every list leaves as a file (issue #14): search results, Merkliste, gap table, attendance.

What a user would notice: the file holds the rows of the page in the page's order (the
search: of all its pages), under German headers; Excel opens it (XLSX read back with
openpyxl, CSV with ``;`` and a BOM); a search too large for a file is refused with a
German request to narrow it, never cut short silently; a cell that a spreadsheet would run
as a formula is not run; the search export costs a fixed number of queries.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from html.parser import HTMLParser

import openpyxl
import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from angebote.models import Kategorie, Zielgruppe
from angebote.signals import suchindex_pausiert
from angebote.suche.suchindex import reindex
from gremien.models import Teilnahme
from sozialraum.werkzeuge.tabellen import (
    FORMELZEICHEN,
    Tabelle,
    als_csv,
    als_xlsx,
    dateiname,
    formel_schuetzen,
)
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    MitgliedschaftFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

KOPF_ANGEBOTE = [
    "Titel",
    "Träger",
    "Orte",
    "Wann",
    "Alter",
    "Sprachen",
    "Kosten",
    "Anmeldung",
    "Barrierefreiheit",
    "zuletzt geprüft",
    "Link",
]


@pytest.fixture(autouse=True)
def _leerer_speicher():
    """The search keeps results per search state; each test starts without any."""
    cache.clear()
    yield
    cache.clear()


# --- reading files and pages ----------------------------------------------------------------


def csv_zeilen(antwort) -> list[list[str]]:
    assert antwort["Content-Type"] == "text/csv; charset=utf-8"
    assert antwort.content.startswith("\ufeff".encode())  # German Excel reads UTF-8 with it
    text = antwort.content.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def xlsx_blatt(antwort):
    assert antwort["Content-Type"].startswith("application/vnd.openxmlformats")
    return openpyxl.load_workbook(io.BytesIO(antwort.content)).active


def xlsx_zeilen(antwort) -> list[list]:
    return [list(z) for z in xlsx_blatt(antwort).iter_rows(values_only=True)]


class _Tabellen(HTMLParser):
    """The cell texts of every HTML table, row by row (captions left out)."""

    def __init__(self):
        super().__init__()
        self.tabellen, self._zeile, self._zelle = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tabellen.append([])
        elif tag == "tr":
            self._zeile = []
        elif tag in ("th", "td") and self._zeile is not None:
            self._zelle = []

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._zelle is not None:
            self._zeile.append(" ".join("".join(self._zelle).split()))
            self._zelle = None
        elif tag == "tr" and self._zeile is not None:
            self.tabellen[-1].append(self._zeile)
            self._zeile = None

    def handle_data(self, data):
        if self._zelle is not None:
            self._zelle.append(data)


def html_tabelle(antwort, erste_spalte: str) -> list[list[str]]:
    """The table of the page whose header starts with ``erste_spalte``."""
    leser = _Tabellen()
    leser.feed(antwort.content.decode())
    return next(t for t in leser.tabellen if t and t[0][0] == erste_spalte)


def karten_ids(client, params: dict) -> list[int]:
    """The offers of every page of the search, in the order the pages show them."""
    ids, seite = [], 1
    while True:
        antwort = client.get(reverse("start"), {**params, "seite": seite})
        assert antwort.status_code == 200
        ids += [int(i) for i in re.findall(r'<h3 id="angebot-(\d+)"', antwort.content.decode())]
        if seite >= antwort.context["seite"].paginator.num_pages:
            return ids
        seite += 1


def link_ids(zeilen: list[list]) -> list[int]:
    return [int(re.search(r"/angebote/(\d+)/$", z[-1]).group(1)) for z in zeilen]


def export(client, name: str, art: str, params=None, args=()):
    return client.get(reverse(name, args=[*args, art]), params or {})


# --- the shared writer: formula guard, file names, XLSX form ---------------------------------


@pytest.mark.parametrize("zeichen", FORMELZEICHEN)
def test_formelschutz_csv_jedes_zeichen(zeichen):
    assert formel_schuetzen(f"{zeichen}1+1") == f"'{zeichen}1+1"
    tabelle = Tabelle("T", ["Spalte"], [[f"{zeichen}SUMME(A1)"]], ["t"])
    zeilen = list(csv.reader(io.StringIO(als_csv(tabelle).decode("utf-8-sig")), delimiter=";"))
    assert zeilen[1] == [f"'{zeichen}SUMME(A1)"]


def test_formelschutz_laesst_harmloses_und_zahlen():
    assert formel_schuetzen("Hausaufgabenhilfe") == "Hausaufgabenhilfe"
    assert formel_schuetzen("") == ""
    assert formel_schuetzen("a=b") == "a=b"
    assert formel_schuetzen(-3) == -3  # our own numbers are numbers, not text
    tabelle = Tabelle("T", ["a", "b", "c", "d"], [[-3, None, datetime.date(2026, 1, 31), True]], [])
    text = als_csv(tabelle).decode("utf-8-sig")
    assert text.splitlines()[1] == "-3;;2026-01-31;ja"


@pytest.mark.parametrize("zeichen", FORMELZEICHEN)
def test_formelschutz_xlsx_text_mit_quote_prefix(zeichen):
    """XLSX: the text stays exactly as entered, as a text cell (never a formula) with
    Excel's quote prefix, which keeps it text when someone edits the cell."""
    wert = f'{zeichen}HYPERLINK("http://example.org","x")'
    tabelle = Tabelle("T", ["Spalte", "Harmlos"], [[wert, "ganz normal"]], ["t"])
    blatt = openpyxl.load_workbook(io.BytesIO(als_xlsx(tabelle))).active
    zelle, harmlos = blatt["A2"], blatt["B2"]
    # XML reads a carriage return as a line feed (the same in Excel).
    assert zelle.value == wert.replace("\r", "\n")
    assert zelle.data_type == "s"
    assert zelle.quotePrefix is True
    assert harmlos.value == "ganz normal" and not harmlos.quotePrefix


def test_xlsx_ohne_formeln_fehler_und_steuerzeichen():
    tabelle = Tabelle(
        "a/b[c]:d*e?f\\g und ein sehr langer Titel", ["x"], [["#N/A"], ["a\x0bb"]], []
    )
    blatt = openpyxl.load_workbook(io.BytesIO(als_xlsx(tabelle))).active
    assert blatt.title == "a b c  d e f g und ein sehr lan"
    assert (blatt["A2"].value, blatt["A2"].data_type) == ("#N/A", "s")
    assert blatt["A3"].value == "ab"  # XLSX allows no control characters


def test_xlsx_kopf_fett_fixiert_breiten_datum():
    tabelle = Tabelle(
        "Liste",
        ["Titel", "Datum"],
        [["kurz", datetime.date(2026, 1, 31)], ["x" * 200, None]],
        ["liste"],
    )
    blatt = openpyxl.load_workbook(io.BytesIO(als_xlsx(tabelle))).active
    assert blatt["A1"].font.bold and blatt["B1"].font.bold
    assert blatt.freeze_panes == "A2"
    assert blatt.auto_filter.ref == "A1:B3"
    assert blatt.column_dimensions["A"].width == 60  # at most BREITE_MAX
    assert blatt.column_dimensions["B"].width == 12
    assert blatt["B2"].value == datetime.datetime(2026, 1, 31)
    assert blatt["B2"].number_format == "DD.MM.YYYY"


def test_dateiname_deutsch_ascii_mit_datum():
    heute = datetime.date.today().isoformat()
    assert dateiname(["Lücken", "Straße am Öl", ""], "csv") == f"luecken-strasse-am-oel-{heute}.csv"


# --- the search ----------------------------------------------------------------------------


@pytest.fixture
def suchwelt(quartier):
    """25 matching published offers (two pages of 20), some that do not match, a draft that
    would."""
    bildung = Kategorie.objects.get(slug="bildung")
    sport = Kategorie.objects.get(slug="sport")
    traeger = TraegerFactory(name="Nachbarschaftshaus Lindenhof e.V.")
    ort = EinrichtungFactory(
        traeger=traeger, name="Treff", strasse="Lindenallee 4", quartier=quartier
    )
    ids = []
    with suchindex_pausiert():
        for i in range(25):
            angebot = AngebotFactory(
                titel=f"Hausaufgabenhilfe {chr(65 + (i * 7) % 25)}{i}",
                traeger=traeger,
                einrichtungen=[ort],
                kategorien=[bildung],
                sprachen=["de", "ar"] if i % 2 else ["de"],
                alter_von=6 + i % 5,
                alter_bis=12,
                zeiten=[(i % 5, "14:00", "16:00")],
                zuletzt_geprueft=datetime.date(2026, 1, 1) - datetime.timedelta(days=i * 20),
            )
            ids.append(angebot.pk)
        for i in range(3):
            ids.append(AngebotFactory(titel=f"Fußball {i}", kategorien=[sport]).pk)
        ids.append(
            AngebotFactory(
                titel="Hausaufgabenhilfe geheimentwurf", status="entwurf", kategorien=[bildung]
            ).pk
        )
    reindex(ids)
    return traeger


SUCHEN = [
    {},
    {"q": "hausaufgaben"},
    {"q": "hausaufgaben", "sortierung": "name"},
    {"q": "hausaufgaben", "sortierung": "aktualitaet", "seite": "2"},
    {"kategorie": "bildung", "alter": "7", "sprache": "ar"},
    {"q": "hausaufgaben", "wochentag": "1", "kostenfrei": "on"},
]


@pytest.mark.parametrize("params", SUCHEN)
def test_suche_csv_wie_alle_seiten(client_fachkraft, suchwelt, params):
    antwort = export(client_fachkraft, "angebote:export_suche", "csv", params)
    assert antwort.status_code == 200
    kopf, *zeilen = csv_zeilen(antwort)
    assert kopf == KOPF_ANGEBOTE
    erwartet = karten_ids(client_fachkraft, {k: v for k, v in params.items() if k != "seite"})
    assert erwartet, "die Suche findet nichts: der Vergleich wäre leer"
    assert link_ids(zeilen) == erwartet
    assert "geheimentwurf" not in antwort.content.decode("utf-8-sig")


def test_suche_xlsx_gleich_csv(client_fachkraft, suchwelt):
    params = {"q": "hausaufgaben", "sortierung": "name"}
    aus_csv = csv_zeilen(export(client_fachkraft, "angebote:export_suche", "csv", params))
    antwort = export(client_fachkraft, "angebote:export_suche", "xlsx", params)
    assert re.fullmatch(
        r'attachment; filename="angebote-\d{4}-\d\d-\d\d\.xlsx"', antwort["Content-Disposition"]
    )
    aus_xlsx = xlsx_zeilen(antwort)
    assert aus_xlsx[0] == KOPF_ANGEBOTE
    assert len(aus_xlsx) == len(aus_csv) == 26
    for zeile_xlsx, zeile_csv in zip(aus_xlsx[1:], aus_csv[1:], strict=True):
        datum = zeile_xlsx[9]
        assert isinstance(datum, datetime.datetime)
        assert [*zeile_xlsx[:9], datum.date().isoformat(), zeile_xlsx[10]] == zeile_csv
    assert "geheimentwurf" not in str(aus_xlsx)


def test_suche_zeile_zeigt_was_die_karte_zeigt(client_fachkraft, suchwelt):
    antwort = export(
        client_fachkraft, "angebote:export_suche", "csv", {"q": "Hausaufgabenhilfe A0"}
    )
    # The one offer holding both words first (the others holding one follow: search.py
    # MIN_GANZ).
    _kopf, zeile, *_weitere = csv_zeilen(antwort)
    assert zeile[:9] == [
        "Hausaufgabenhilfe A0",
        "Nachbarschaftshaus Lindenhof e.V.",
        "Treff, Lindenallee 4 (Tiergarten Süd)",
        "Mo 14:00–16:00",
        "6–12 Jahre",
        "Deutsch",
        "kostenfrei",
        "ohne Anmeldung",
        "unbekannt",
    ]
    assert zeile[9] == "2026-01-01"
    assert zeile[10].startswith("http://testserver/angebote/")


@override_settings(EXPORT_GRENZE=24)
def test_suche_ueber_der_grenze_wird_nicht_still_gekuerzt(client_fachkraft, suchwelt):
    params = {"q": "hausaufgaben"}
    seite = client_fachkraft.get(reverse("start"), params).content.decode()
    assert "Zum Herunterladen sind es zu viele Treffer (25; höchstens 24)." in seite
    assert reverse("angebote:export_suche", args=["csv"]) not in seite

    antwort = export(client_fachkraft, "angebote:export_suche", "csv", params)
    assert antwort.status_code == 302
    assert antwort["Location"] == reverse("start") + "?q=hausaufgaben"
    seite = client_fachkraft.get(antwort["Location"]).content.decode()
    assert "zu viele Treffer (mehr als 24). Bitte grenzen Sie die Suche mit Filtern ein." in seite


@override_settings(EXPORT_GRENZE=25)
def test_suche_genau_an_der_grenze(client_fachkraft, suchwelt):
    params = {"q": "hausaufgaben"}
    seite = client_fachkraft.get(reverse("start"), params).content.decode()
    assert f'href="{reverse("angebote:export_suche", args=["csv"])}?q=hausaufgaben"' in seite
    assert f'href="{reverse("angebote:export_suche", args=["xlsx"])}?q=hausaufgaben"' in seite
    _kopf, *zeilen = csv_zeilen(export(client_fachkraft, "angebote:export_suche", "csv", params))
    assert len(zeilen) == 25


def test_suche_mit_falschem_filter_zurueck_zur_seite(client_fachkraft, suchwelt):
    antwort = export(client_fachkraft, "angebote:export_suche", "csv", {"alter": "alt"})
    assert antwort.status_code == 302
    seite = client_fachkraft.get(antwort["Location"])
    assert "erst herunterladen, wenn alle Filter gültig sind" in seite.content.decode()


def test_unbekanntes_format_404(client_fachkraft, suchwelt):
    assert export(client_fachkraft, "angebote:export_suche", "pdf").status_code == 404


@pytest.mark.parametrize(
    "params",
    [
        {"q": "a\x00b"},
        {"q": "x" * 5000},
        {"alter": str(2**70)},
        {"kategorie": ["bildung", "²"]},
        {"gebiet": "s-\x00"},
        {"sortierung": "titel; DROP"},
        {"seite": "-1"},
    ],
)
def test_suche_export_seltsame_parameter(client_fachkraft, suchwelt, params):
    """Never a 500: a file (the page ignores the parameter too) or back to the page, which
    names the wrong filter."""
    antwort = export(client_fachkraft, "angebote:export_suche", "xlsx", params)
    assert antwort.status_code in (200, 302)


@pytest.mark.parametrize(
    "pfad",
    [
        "/angebote/export/luecken/sozialraum/a%00b.csv",
        "/angebote/export/luecken/sozialraum/99999999999999999999999.csv",
        "/angebote/export/luecken/planet/011001.csv",
        "/gremien/99999999999999999999999/anwesenheit.csv",
    ],
)
def test_export_seltsame_pfade_404(client_fachkraft, quartier, pfad):
    assert client_fachkraft.get(pfad).status_code == 404


def test_luecken_mit_unbekannter_zielgruppe_wie_die_seite(client_fachkraft, quartier):
    args = ("sozialraum", quartier.sozialraum.schluessel)
    params = {"zielgruppe": "gibt-es-nicht\x00"}
    antwort = export(client_fachkraft, "angebote:export_luecken", "csv", params, args)
    seite = client_fachkraft.get(quartier.sozialraum.get_absolute_url(), params)
    angebote = [r[1:-1] for r in csv_zeilen(antwort) if r[0] == "Angebote"]
    assert angebote == [
        ["0" if z == "–" else z for z in r] for r in html_tabelle(seite, "Kategorie")[1:]
    ]


def test_formelschutz_in_der_suche(client_fachkraft, quartier):
    traeger = TraegerFactory(name="+49 30 1234 Verein")
    AngebotFactory(
        titel='=HYPERLINK("http://boese.example","Klick")',
        traeger=traeger,
        kosten="gebuehr",
        kosten_hinweis="@SUMME(1)",
        zeiten_hinweis="-nur montags",
    )
    _kopf, zeile = csv_zeilen(export(client_fachkraft, "angebote:export_suche", "csv"))
    assert zeile[0] == '\'=HYPERLINK("http://boese.example","Klick")'
    assert zeile[1] == "'+49 30 1234 Verein"
    assert zeile[6] == "Gebühr (@SUMME(1))"  # not at the start: harmless
    blatt = xlsx_blatt(export(client_fachkraft, "angebote:export_suche", "xlsx"))
    assert blatt["A2"].value == '=HYPERLINK("http://boese.example","Klick")'
    assert blatt["A2"].data_type == "s" and blatt["A2"].quotePrefix
    assert blatt["B2"].value == "+49 30 1234 Verein" and blatt["B2"].quotePrefix


def _angebote_anlegen(anzahl: int, traeger, quartier) -> None:
    kategorie = Kategorie.objects.get(slug="bildung")
    ids = []
    with suchindex_pausiert():
        for i in range(anzahl):
            ort = EinrichtungFactory(traeger=traeger, quartier=quartier)
            ids.append(
                AngebotFactory(
                    titel=f"Hausaufgabenhilfe {i}",
                    traeger=traeger,
                    einrichtungen=[ort],
                    kategorien=[kategorie],
                    sprachen=["de", "ar"],
                    zeiten=[(0, "14:00", "16:00"), (2, "14:00", "16:00")],
                ).pk
            )
    reindex(ids)


@pytest.mark.parametrize("art", ["csv", "xlsx"])
def test_suche_export_feste_zahl_an_abfragen(client_fachkraft, quartier, art):
    traeger = TraegerFactory()
    params = {"q": "hausaufgaben", "kategorie": "bildung"}

    def zaehlen() -> int:
        export(client_fachkraft, "angebote:export_suche", art, params)  # warm content types
        with CaptureQueriesContext(connection) as erfasst:
            antwort = export(client_fachkraft, "angebote:export_suche", art, params)
        assert antwort.status_code == 200
        return len(erfasst)

    _angebote_anlegen(10, traeger, quartier)
    wenige = zaehlen()
    _angebote_anlegen(90, traeger, quartier)
    # Session, user, the Kategorie of the filter, the thesaurus, the word "hausaufgaben" in
    # the vocabulary (with the compounds holding it), the ids in order, the offers with
    # their Träger, their times, languages and places (3 prefetches). More than 999 offers
    # on SQLite: in_bulk reads 999 a time.
    assert zaehlen() == wenige == 10


# --- Merkliste ------------------------------------------------------------------------------


def test_merkliste_in_ihrer_reihenfolge_nur_veroeffentlichte(client_fachkraft, fachkraft, quartier):
    erstes = AngebotFactory(titel="Zweiter Titel")
    zweites = AngebotFactory(titel="Erster Titel")
    entwurf = AngebotFactory(titel="Merkentwurf geheim", status="entwurf")
    from angebote.models import Merkliste, Merklisteneintrag

    liste = Merkliste.objects.create(owner=fachkraft, name="Merkliste", aktiv=True)
    for angebot in (erstes, entwurf, zweites):
        Merklisteneintrag.objects.create(liste=liste, angebot=angebot)
    seite = client_fachkraft.get(reverse("angebote:merkliste")).content.decode()
    auf_der_seite = [int(i) for i in re.findall(r'<h3 id="angebot-(\d+)"', seite)]
    assert auf_der_seite == [erstes.pk, zweites.pk]
    assert f'href="{reverse("angebote:export_merkliste", args=["xlsx"])}?liste={liste.pk}"' in seite

    kopf, *zeilen = csv_zeilen(export(client_fachkraft, "angebote:export_merkliste", "csv"))
    assert kopf == KOPF_ANGEBOTE
    assert link_ids(zeilen) == auf_der_seite
    antwort = export(client_fachkraft, "angebote:export_merkliste", "xlsx")
    assert "merkliste-" in antwort["Content-Disposition"]
    aus_xlsx = xlsx_zeilen(antwort)
    assert [z[0] for z in aus_xlsx] == ["Titel", "Zweiter Titel", "Erster Titel"]


def test_leere_merkliste_nur_kopf(client_fachkraft):
    assert csv_zeilen(export(client_fachkraft, "angebote:export_merkliste", "csv")) == [
        KOPF_ANGEBOTE
    ]


# --- the gap table of an area ---------------------------------------------------------------


def test_lueckentabelle_wie_auf_der_seite(client_fachkraft, quartier):
    bildung = Kategorie.objects.get(slug="bildung")
    kinder = Zielgruppe.objects.get(slug="kinder")
    ort = EinrichtungFactory(quartier=quartier)
    for von, bis, zielgruppen in (
        (0, 5, [kinder]),
        (6, 12, [kinder]),
        (10, 17, []),
        (None, None, []),
    ):
        AngebotFactory(
            einrichtungen=[ort],
            kategorien=[bildung],
            zielgruppen=zielgruppen,
            alter_von=von,
            alter_bis=bis,
        )
    sozialraum = quartier.sozialraum
    for params in ({}, {"zielgruppe": "kinder"}):
        seite = client_fachkraft.get(sozialraum.get_absolute_url(), params)
        tabelle = html_tabelle(seite, "Kategorie")
        args = ("sozialraum", sozialraum.schluessel)
        link = reverse("angebote:export_luecken", args=[*args, "csv"])
        assert link in seite.content.decode()
        antwort = export(client_fachkraft, "angebote:export_luecken", "csv", params, args)
        alle_zeilen = csv_zeilen(antwort)
        # The offers' part (tests/test_planung.py: the Einrichtungen's part).
        zeilen = [r[1:-1] for r in alle_zeilen if r[0] in ("Teil", "Angebote")]
        # The page writes "–" for none, the file 0; "für alle Altersgruppen" a column of its own.
        assert zeilen[1:] == [["0" if z == "–" else z for z in r] for r in tabelle[1:]]
        assert zeilen[0] == ["Kategorie / Art", "0–2 Jahre", "3–5 Jahre", "6–9 Jahre",
                             "10–13 Jahre", "14–17 Jahre", "18–26 Jahre", "27+ Jahre",
                             "für alle Altersgruppen"]  # fmt: skip
        bildung_zeile = next(z for z in zeilen if z[0] == bildung.name)
        assert bildung_zeile[1:6] == (
            ["1", "1", "1", "2", "1"] if not params else ["1", "1", "1", "1", "0"]
        )
        assert bildung_zeile[-1] == ("1" if not params else "0")
        blatt = xlsx_zeilen(
            export(client_fachkraft, "angebote:export_luecken", "xlsx", params, args)
        )
        assert [["" if z is None else str(z) for z in r] for r in blatt] == alle_zeilen
    assert "luecken-tiergarten-sued-kinder-" in antwort["Content-Disposition"]


# --- a Gremium's attendance -----------------------------------------------------------------


def test_anwesenheit_wie_auf_der_seite(client, fachkraft, quartier):
    gremium = GremiumFactory(name="AG 78 Tiergarten", sozialraum=quartier.sozialraum)
    koordination = MitgliedschaftFactory(
        gremium=gremium,
        person=UserFactory(first_name="Kim", last_name="Koordinatorin"),
        rolle="koordination",
    )
    traeger = TraegerFactory(name="Jugendwerk gGmbH")
    mitglied = MitgliedschaftFactory(gremium=gremium, person=fachkraft, traeger=traeger)
    nur_traeger = MitgliedschaftFactory(
        gremium=gremium, person=None, traeger=TraegerFactory(name="=Stadtteilverein")
    )
    MitgliedschaftFactory(gremium=gremium, bis=datetime.date(2020, 1, 1))  # ended: not shown
    for status in ("anwesend", "entschuldigt", "anwesend"):
        sitzung = SitzungFactory(gremium=gremium)
        Teilnahme.objects.create(sitzung=sitzung, mitgliedschaft=koordination, status=status)
        Teilnahme.objects.create(sitzung=sitzung, mitgliedschaft=mitglied, status="fehlt")
        Teilnahme.objects.create(sitzung=sitzung, mitgliedschaft=nur_traeger, status="anwesend")

    fremder = UserFactory(username="fremd")
    client.force_login(fremder)  # not a member of a Gremium for members only
    assert export(client, "gremien:export_anwesenheit", "csv", args=[gremium.pk]).status_code == 404

    client.force_login(fachkraft)
    seite = client.get(gremium.get_absolute_url())
    tabelle = html_tabelle(seite, "Mitglied")
    antwort = export(client, "gremien:export_anwesenheit", "csv", args=[gremium.pk])
    zeilen = csv_zeilen(antwort)
    # The page shows "=Stadtteilverein"; the file guards it against being run as a formula.
    assert [[z.removeprefix("'") for z in r] for r in zeilen] == tabelle
    assert zeilen[:2] == [
        ["Mitglied", "Rolle", "anwesend", "entschuldigt", "gefehlt"],
        ["Kim Koordinatorin", "Koordination", "2", "1", "0"],
    ]
    # A member without a person sorts first on SQLite, last on PostgreSQL (NULL order), on
    # the page and in the file alike (compared above).
    assert sorted(zeilen[2:]) == [
        ["'=Stadtteilverein", "Mitglied", "3", "0", "0"],
        [f"{fachkraft} (Jugendwerk gGmbH)", "Mitglied", "0", "0", "3"],
    ]
    assert "anwesenheit-ag-78-tiergarten-" in antwort["Content-Disposition"]
    assert (
        reverse("gremien:export_anwesenheit", args=[gremium.pk, "xlsx"]) in seite.content.decode()
    )
    blatt = xlsx_zeilen(export(client, "gremien:export_anwesenheit", "xlsx", args=[gremium.pk]))
    assert [[str(z) for z in r] for r in blatt] == tabelle
