"""Planning views a coordinator can trust (#16): the gap table counts what is there, the
Aktualität dashboard narrowed to her Sozialräume, her start page section."""

import csv
import io
import re
from html import unescape

import openpyxl
import pytest
from django.core.cache import cache
from django.urls import reverse

from angebote.bereiche import einrichtungen_je_art, luecken
from angebote.models import Angebot, Kategorie, Zielgruppe
from tests.factories import AngebotFactory, EinrichtungFactory

# --- the gap table ("Wo fehlen Angebote?") --------------------------------------------------


@pytest.fixture
def gebiet(quartier):
    """A small area: offers of several ages at one place, Einrichtungen without offers."""
    bildung = Kategorie.objects.get(slug="bildung")
    kinder = Zielgruppe.objects.get(slug="kinder")
    treff = EinrichtungFactory(quartier=quartier, name="Stadtteiltreff", art="stadtteiltreff")
    for titel, von, bis, zielgruppen in (
        ("Krabbelgruppe", 0, 2, [kinder]),
        ("Vorlesen", 3, 5, [kinder]),
        ("Hausaufgabenhilfe", 6, 12, [kinder]),
        ("Familiencafé", None, None, []),
        ("Nachbarschaftsfest", 0, 99, []),
        ("Offene Sprechstunde", 0, None, []),
        ("Seniorentanz", 65, None, []),
    ):
        AngebotFactory(
            titel=titel,
            einrichtungen=[treff],
            kategorien=[bildung],
            zielgruppen=zielgruppen,
            alter_von=von,
            alter_bis=bis,
        )
    # Only as Einrichtungen, as the city's imported Kitas and schools.
    for name in ("Kita Sonnenschein", "Kita Regenbogen"):
        EinrichtungFactory(quartier=quartier, name=name, art="kita")
    EinrichtungFactory(quartier=quartier, name="Grundschule am Park", art="schule")
    EinrichtungFactory(quartier=quartier, name="Kita Alt", art="kita", archiviert=True)
    entwurf_ort = EinrichtungFactory(quartier=quartier, name="Jugendclub Nord", art="jugendclub")
    AngebotFactory(einrichtungen=[entwurf_ort], kategorien=[bildung], status="entwurf")
    return quartier.sozialraum


class _Tabellen:
    """The cells of each table of a page: text and link."""

    def __init__(self, html: str):
        self.tabellen = []
        for tabelle in re.findall(r"<table.*?</table>", html, re.S):
            zeilen = []
            for zeile in re.findall(r"<tr>(.*?)</tr>", tabelle, re.S):
                zellen = []
                for zelle in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", zeile, re.S):
                    link = re.search(r'href="([^"]+)"', zelle)
                    text = re.sub(r"<span class=\"visually-hidden\">.*?</span>", "", zelle)
                    text = unescape(re.sub(r"<[^>]+>", "", text)).strip()
                    zellen.append((text, unescape(link.group(1)) if link else None))
                zeilen.append(zellen)
            self.tabellen.append(zeilen)

    def mit_kopf(self, erste_spalte: str):
        return next(t for t in self.tabellen if t and t[0][0][0] == erste_spalte)


def tabellen(antwort) -> _Tabellen:
    assert antwort.status_code == 200
    return _Tabellen(antwort.content.decode())


def test_alle_altersgruppen_in_eigener_spalte(client_fachkraft, gebiet):
    tabelle = tabellen(client_fachkraft.get(gebiet.get_absolute_url())).mit_kopf("Kategorie")
    kopf = [text for text, _link in tabelle[0]]
    assert kopf == ["Kategorie", "0–2", "3–5", "6–9", "10–13", "14–17", "18–26", "27+",
                    "für alle Altersgruppen"]  # fmt: skip
    bildung = next(z for z in tabelle if z[0][0] == "Bildung")
    # 0–2, 3–5, 6–12 each where they belong, "ab 65" in 27+; no-limit, 0–99 and "ab 0" only
    # under "für alle Altersgruppen" (before: in every column).
    assert [text for text, _link in bildung[1:]] == ["1", "1", "1", "1", "–", "–", "1", "3"]


def test_jede_zahl_fuehrt_zu_genau_ihren_angeboten(client_fachkraft, gebiet):
    tabelle = tabellen(client_fachkraft.get(gebiet.get_absolute_url())).mit_kopf("Kategorie")
    geprueft = 0
    for zeile in tabelle[1:]:
        for text, link in zeile[1:]:
            if text == "–":
                assert link is None
                continue
            suche = client_fachkraft.get(link)
            assert suche.status_code == 200
            assert suche.context["seite"].paginator.count == int(text), link
            geprueft += 1
    assert geprueft == 6
    alle = next(z for z in tabelle if z[0][0] == "Bildung")[-1][1]
    titel = {a.titel for a in client_fachkraft.get(alle).context["seite"]}
    assert titel == {"Familiencafé", "Nachbarschaftsfest", "Offene Sprechstunde"}


def test_zahlen_mit_zielgruppe_und_ihre_links(client_fachkraft, gebiet):
    antwort = client_fachkraft.get(gebiet.get_absolute_url(), {"zielgruppe": "kinder"})
    bildung = next(z for z in tabellen(antwort).mit_kopf("Kategorie") if z[0][0] == "Bildung")
    assert [text for text, _link in bildung[1:]] == ["1", "1", "1", "1", "–", "–", "–", "–"]
    for text, link in bildung[1:5]:
        assert "zielgruppe=kinder" in link
        assert client_fachkraft.get(link).context["seite"].paginator.count == int(text)


def test_einrichtungen_ohne_angebot_nach_art(client_fachkraft, gebiet):
    antwort = client_fachkraft.get(gebiet.get_absolute_url())
    tabelle = tabellen(antwort).mit_kopf("Art der Einrichtung")
    # Archived ones do not count; a draft is no offer: the Jugendclub counts.
    assert [[text for text, _l in z] for z in tabelle[1:]] == [
        ["Jugendfreizeiteinrichtung / Jugendclub", "1"],
        ["Kita", "2"],
        ["Schule", "1"],
    ]
    kita = next(z for z in tabelle if z[0][0] == "Kita")[1][1]
    liste = client_fachkraft.get(kita)
    assert liste.context["seite"].paginator.count == 2
    text = liste.content.decode()
    assert "2 Einrichtungen der Art „Kita“" in text
    assert "Kita Sonnenschein" in text and "Kita Alt" not in text
    for anzahl, link in (z[1] for z in tabelle[1:]):
        assert client_fachkraft.get(link).context["seite"].paginator.count == int(anzahl)


def test_einrichtungsliste_mit_falschem_gebiet(client_fachkraft, gebiet):
    url = reverse("angebote:einrichtungen_ohne_angebot")
    for params in ({}, {"gebiet": "s-gibtsnicht"}, {"gebiet": "s-011001", "art": "raumschiff"}):
        antwort = client_fachkraft.get(url, params)
        assert antwort.status_code == 200
        assert antwort.context["seite"] is None
        assert "Gebiet:" in antwort.content.decode() or "Art:" in antwort.content.decode()


def _csv(antwort) -> list[list[str]]:
    return list(csv.reader(io.StringIO(antwort.content.decode("utf-8-sig")), delimiter=";"))


def test_csv_und_xlsx_wie_die_seite(client_fachkraft, gebiet):
    for params in ({}, {"zielgruppe": "kinder"}):
        seite = tabellen(client_fachkraft.get(gebiet.get_absolute_url(), params))
        angebote = [[t for t, _l in z] for z in seite.mit_kopf("Kategorie")]
        einrichtungen = [[t for t, _l in z] for z in seite.mit_kopf("Art der Einrichtung")]
        args = ["sozialraum", gebiet.schluessel]
        datei = _csv(
            client_fachkraft.get(reverse("angebote:export_luecken", args=[*args, "csv"]), params)
        )
        kopf, *zeilen = datei
        assert kopf[:2] == ["Teil", "Kategorie / Art"]
        assert kopf[-2:] == ["für alle Altersgruppen", "Anzahl"]
        assert [
            ["–" if z == "0" else z for z in r[1:-1]] for r in zeilen if r[0] == "Angebote"
        ] == (angebote[1:])
        assert [[r[1], r[-1]] for r in zeilen if r[0] == "Einrichtungen ohne Angebot"] == (
            einrichtungen[1:]
        )
        xlsx = client_fachkraft.get(
            reverse("angebote:export_luecken", args=[*args, "xlsx"]), params
        )
        blatt = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
        assert [
            ["" if z is None else str(z) for z in r] for r in blatt.iter_rows(values_only=True)
        ] == datei


def test_lueckentabelle_feste_zahl_von_abfragen(django_assert_num_queries, gebiet):
    """Whatever the area holds: the GROUP BY over the Kategorie links, the Kategorien, and
    the GROUP BY of the Einrichtungen without an offer."""
    angebote = Angebot.objects.veroeffentlicht().im_gebiet(gebiet)
    with django_assert_num_queries(3):
        luecken(angebote, "s-011001")
        einrichtungen_je_art(gebiet, "s-011001")
    for art in ("bibliothek", "sportstaette", "kinderfarm"):
        EinrichtungFactory(quartier=gebiet.quartiere.first(), art=art)
    AngebotFactory(
        einrichtungen=[gebiet.einrichtungen.get(name="Stadtteiltreff")],
        kategorien=list(Kategorie.objects.all()),
    )
    with django_assert_num_queries(3):
        luecken(angebote, "s-011001")
        einrichtungen_je_art(gebiet, "s-011001")


def test_gebietsseite_feste_zahl_von_abfragen(client_fachkraft, gebiet, django_assert_num_queries):
    cache.clear()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as vorher:
        client_fachkraft.get(gebiet.get_absolute_url())
    for art in ("bibliothek", "sportstaette"):
        EinrichtungFactory(quartier=gebiet.quartiere.first(), art=art)
    cache.clear()
    with django_assert_num_queries(len(vorher)):
        client_fachkraft.get(gebiet.get_absolute_url())
