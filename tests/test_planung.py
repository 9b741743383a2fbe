"""Planning views a coordinator can trust (#16): the gap table counts what is there, the
Aktualität dashboard narrowed to her Sozialräume, her start page section."""

import csv
import datetime
import io
import re
from html import unescape

import openpyxl
import pytest
from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from guardian.shortcuts import assign_perm

from angebote.bereiche import einrichtungen_je_art, luecken
from angebote.models import Angebot, Kategorie, Zielgruppe
from sozialraum.models import User
from sozialraum.werkzeuge.datenstand import stand_erhoehen
from sozialraum.zugang.rollen import KOORDINIEREN, SOZIALRAUMKOORDINATION
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    SitzungFactory,
    SozialraumFactory,
    UserFactory,
)

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


# --- the Aktualität dashboard, narrowed to her Sozialräume -----------------------------------

LANGE_HER = datetime.date(2020, 1, 1)


@pytest.fixture
def zwei_raeume(db):
    """Two Sozialräume with a stale offer each, one placed, one serving; Kim coordinates
    the first."""
    mitte = SozialraumFactory(name="Mitte", schluessel="100001")
    nord = SozialraumFactory(name="Nord", schluessel="100002")
    ort = EinrichtungFactory(sozialraum=mitte, name="Treff Mitte")
    AngebotFactory(titel="Elterncafé Mitte", einrichtungen=[ort], zuletzt_geprueft=LANGE_HER)
    AngebotFactory(
        titel="Frisch Mitte", einrichtungen=[ort], zuletzt_geprueft=datetime.date.today()
    )
    fuer_nord = AngebotFactory(titel="Spielmobil Nord", zuletzt_geprueft=LANGE_HER)
    fuer_nord.sozialraeume.add(nord)
    kim = UserFactory(username="kim", first_name="Kim", rolle=SOZIALRAUMKOORDINATION)
    assign_perm(KOORDINIEREN, kim, mitte)
    return {"mitte": mitte, "nord": nord, "kim": kim}


def _titel(antwort) -> set[str]:
    return {a.titel for a in antwort.context["seite"]}


def test_aktualitaet_oeffnet_auf_ihren_sozialraeumen(client, zwei_raeume):
    client.force_login(zwei_raeume["kim"])
    url = reverse("angebote:aktualitaet")
    antwort = client.get(url)
    assert _titel(antwort) == {"Elterncafé Mitte"}
    text = antwort.content.decode()
    assert "Gezeigt werden die Angebote in Ihren Sozialräumen:" in text
    assert f'href="{url}?alle=1"' in text
    assert [z["name"] for z in antwort.context["je_sozialraum"]] == ["Mitte"]

    alle = client.get(url, {"alle": "1"})
    assert _titel(alle) == {"Elterncafé Mitte", "Spielmobil Nord"}
    assert "Nur meine Sozialräume zeigen" in alle.content.decode()

    nord = client.get(url, {"sozialraum": "100002"})
    assert _titel(nord) == {"Spielmobil Nord"}
    unbekannt = client.get(url, {"sozialraum": "gibt-es-nicht\x00"})
    assert unbekannt.status_code == 200 and len(_titel(unbekannt)) == 2
    assert "Diesen Sozialraum gibt es nicht" in unbekannt.content.decode()


def test_aktualitaet_fuer_andere_unveraendert(client_fachkraft, zwei_raeume):
    antwort = client_fachkraft.get(reverse("angebote:aktualitaet"))
    assert _titel(antwort) == {"Elterncafé Mitte", "Spielmobil Nord"}
    text = antwort.content.decode()
    assert "Ihren Sozialräumen" not in text and "Nur meine Sozialräume" not in text


# --- the start page of a Sozialraumkoordination ---------------------------------------------


def _abschnitt(antwort) -> str | None:
    text = antwort.content.decode()
    treffer = re.search(r'<section aria-labelledby="meine-sozialraeume".*?</section>', text, re.S)
    return treffer.group(0) if treffer else None


def test_startseite_zeigt_ihre_sozialraeume(client, zwei_raeume):
    mitte, kim = zwei_raeume["mitte"], zwei_raeume["kim"]
    ag = GremiumFactory(name="AG 78 Mitte", sozialraum=mitte)
    heute = datetime.date.today()
    for tage in (3, 10, 20, 40):
        SitzungFactory(gremium=ag, datum=heute + datetime.timedelta(days=tage))
    SitzungFactory(gremium=ag, datum=heute - datetime.timedelta(days=3))  # past: not shown
    SitzungFactory(gremium=ag, datum=heute + datetime.timedelta(days=1), status="abgesagt")
    SitzungFactory(gremium=GremiumFactory(name="Runder Tisch Nord", sozialraum=zwei_raeume["nord"]))
    client.force_login(kim)
    abschnitt = _abschnitt(client.get(reverse("start")))
    assert abschnitt is not None
    assert "Mein Sozialraum" in abschnitt and "Mitte" in abschnitt and "Nord" not in abschnitt
    link = re.search(r'href="([^"]*aktualitaet[^"]*)"', abschnitt).group(1)
    assert unescape(link) == reverse("angebote:aktualitaet") + "?sozialraum=100001"
    assert "1 Angebot" in abschnitt
    assert _titel(client.get(unescape(link))) == {"Elterncafé Mitte"}
    # The next three meetings, not the cancelled or the past one.
    assert abschnitt.count("AG 78 Mitte") == 3


def test_startseite_veraltete_behalten_und_nach_pruefung_erneuert(client, zwei_raeume):
    """The stale offers per Sozialraum are kept per data state and day: a second visit
    does not count them again, a check of the offer shows at once."""
    client.force_login(zwei_raeume["kim"])
    assert "1 Angebot" in _abschnitt(client.get(reverse("start")))
    with CaptureQueriesContext(connection) as erfasst:
        client.get(reverse("start"))
    assert not any("zuletzt_geprueft" in q["sql"] for q in erfasst.captured_queries)
    # „Noch aktuell“ (its own path: the search index paused, the state renewed itself).
    from angebote.aktualitaet.frische import angebot_bestaetigen

    angebot_bestaetigen(Angebot.objects.get(titel="Elterncafé Mitte"), zwei_raeume["kim"])
    abschnitt = _abschnitt(client.get(reverse("start")))
    assert "1 Angebot" not in abschnitt and "keine" in abschnitt


def test_startseite_zaehlt_offene_barrieren_und_laufende_massnahmen(client, zwei_raeume):
    from sozialraumarbeit.models import Barriere, Massnahme
    from tests.factories import BarriereFactory, MassnahmeFactory

    mitte, kim = zwei_raeume["mitte"], zwei_raeume["kim"]
    BarriereFactory(sozialraum=mitte, titel="Kein Bus nach 20 Uhr")
    BarriereFactory(sozialraum=mitte, status=Barriere.Status.IN_ARBEIT)
    BarriereFactory(sozialraum=mitte, status=Barriere.Status.BEHOBEN)
    BarriereFactory(sozialraum=mitte, sichtbarkeit="privat")  # someone else's, private
    BarriereFactory(sozialraum=zwei_raeume["nord"])
    for status in (Massnahme.Status.LAEUFT, Massnahme.Status.VERLAENGERT, Massnahme.Status.IDEE):
        MassnahmeFactory(sozialraeume=[mitte], status=status)
    client.force_login(kim)
    abschnitt = _abschnitt(client.get(reverse("start")))
    assert "2 Barrieren" in abschnitt and "2 Maßnahmen" in abschnitt
    links = re.findall(r'href="([^"]*)"', abschnitt)
    assert reverse("sozialraum", args=[mitte.schluessel]) + "#raumwissen-titel" in links
    liste = next(unescape(link) for link in links if "/massnahmen/" in link)
    assert client.get(liste).context["seite"].paginator.count == 3  # all of Mitte's measures


def test_startseite_ohne_koordination_ohne_abschnitt(client_fachkraft, zwei_raeume):
    assert _abschnitt(client_fachkraft.get(reverse("start"))) is None


def test_startseite_feste_zahl_von_abfragen(rf, zwei_raeume, django_assert_num_queries):
    """Her object rights (1), her Sozialräume (1), the stale offers per Sozialraum (4) and
    at places known only at their Regionalraum (1; two more where there are such), the open
    barriers (1), the running measures (1), whether she sees every Gremium (her user and
    group permissions, 2; in a request the navigation asked already), the next meetings (1):
    whatever the number of Sozialräume, barriers, measures and meetings."""
    from sozialraumarbeit.planung import meine_sozialraeume

    kim = zwei_raeume["kim"]

    def abschnitt():
        anfrage = rf.get("/")
        anfrage.user = User.objects.get(pk=kim.pk)
        with django_assert_num_queries(12):
            bereich = meine_sozialraeume(anfrage)
        return bereich

    assert len(abschnitt()["zeilen"]) == 1
    for n in range(4):
        raum = SozialraumFactory(name=f"Raum {n}")
        assign_perm(KOORDINIEREN, kim, raum)
        for _m in range(2):
            SitzungFactory(gremium=GremiumFactory(sozialraum=raum), datum=datetime.date.today())
        AngebotFactory(einrichtungen=[EinrichtungFactory(sozialraum=raum)])
    assert len(abschnitt()["zeilen"]) == 5


def test_aktualitaet_eingegrenzt_feste_zahl_von_abfragen(client, zwei_raeume):
    """Narrowed: her object rights and her Sozialräume (2) on top of the dashboard's own
    queries, however many Sozialräume and stale offers."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    kim = zwei_raeume["kim"]
    client.force_login(kim)
    url = reverse("angebote:aktualitaet")
    client.get(url)  # fills the ContentType cache
    stand_erhoehen()  # both measured requests compute the counts (kept per data state)
    with CaptureQueriesContext(connection) as vorher:
        assert client.get(url).status_code == 200
    for n in range(3):
        raum = SozialraumFactory(name=f"Raum {n}")
        assign_perm(KOORDINIEREN, kim, raum)
        ort = EinrichtungFactory(sozialraum=raum)
        for _m in range(3):
            AngebotFactory(einrichtungen=[ort], zuletzt_geprueft=LANGE_HER)
    with CaptureQueriesContext(connection) as nachher:
        antwort = client.get(url)
    assert antwort.context["seite"].paginator.count == 10
    assert len(nachher) == len(vorher)


@pytest.mark.django_db
def test_startseite_nennt_angebote_ohne_genaue_lage(rf):
    """Berlin's imported places sit in their Prognoseraum: the coordination of a
    Bezirksregion sees, beside "keine", the stale offers that may lie in it."""
    from sozialraumarbeit.planung import meine_sozialraeume

    raum = SozialraumFactory(name="Tiergarten Süd")
    ort = EinrichtungFactory(regionalraum=raum.regionalraum)
    AngebotFactory(titel="Kita Zentrum", einrichtungen=[ort], zuletzt_geprueft=None)
    kim = UserFactory(username="kim2")
    assign_perm(KOORDINIEREN, kim, raum)
    anfrage = rf.get("/")
    anfrage.user = User.objects.get(pk=kim.pk)
    zelle = meine_sozialraeume(anfrage)["zeilen"][0]["zellen"][0]["wert"]
    assert zelle["anzahl"] == 0 and zelle["ungenau"] == 1
    assert zelle["url"].endswith(f"?sozialraum={raum.schluessel}")
    html = render_to_string(
        "sozialraumarbeit/_planung_veraltet.html", {"zelle": zelle, "sozialraum": raum}
    )
    assert "keine" in html and "dazu 1 veraltetes Angebot ohne genauere Lage" in html
