"""The word index (migration 0013) finds exactly the offers that hold one of a term's
vocabulary words as a whole word in one of the four search fields (what a ``LIKE '% wort %'``
on each padded field finds).

On both databases: the GIN word indexes on PostgreSQL, the FTS5 table with its triggers on
SQLite. Writes through every path (create, save, queryset update, delete) keep it current.
"""

import pytest
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext

from angebote.models import Angebot, Suchwort, Synonymgruppe
from angebote.suche import search
from angebote.suche.search import suchen
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory

pytestmark = pytest.mark.django_db

TITEL = [
    "Hausaufgabenhilfe für Grundschulkinder",
    "Elterncafé am Freitag",
    "Mädchentreff Lila Pause",
    "Familienzentrum Sonnenblume: offene Sprechstunde",
    "Krabbelgruppe für Familien mit Babys",
    "Not-Schlafstelle für Jugendliche",
    "Near-Field-Kochkurs: Kochen und Essen",
]


@pytest.fixture
def angebote():
    Synonymgruppe.objects.all().delete()  # the terms' own words only
    traeger = TraegerFactory(name="Nachbarschaftshaus Lindenhof e.V.")
    ort = EinrichtungFactory(traeger=traeger, name="Stadtteiltreff Familienbüro")
    return [AngebotFactory(titel=t, traeger=traeger, einrichtungen=[ort]) for t in TITEL]


def _per_like(woerter: set[str]) -> set[int]:
    bedingung = Q(pk__in=[])
    for feld in ("suchtitel", "suchschlagworte", "suchtext", "suchnamen"):
        for wort in woerter:
            bedingung |= (
                Q(**{feld: wort})
                | Q(**{f"{feld}__startswith": f"{wort} "})
                | Q(**{f"{feld}__endswith": f" {wort}"})
                | Q(**{f"{feld}__contains": f" {wort} "})
            )
    return set(Angebot.objects.veroeffentlicht().filter(bedingung).values_list("pk", flat=True))


def _gefunden(text: str) -> set[int]:
    treffer, _anfrage = suchen(text)
    return set(treffer.values_list("pk", flat=True))


def test_der_index_findet_dasselbe_wie_ganzwortsuche(angebote):
    # Every vocabulary word and some pieces: the index equals a whole-word LIKE over the
    # term's vocabulary words (its forms and the compounds holding it).
    proben = set(Suchwort.objects.values_list("wort", flat=True))
    proben |= {"famili", "kind", "not", "near", "or", "and", "hilfe", "zentrum", "treff"}
    assert len(proben) > 30
    for begriff in sorted(proben):
        anfrage = search.anfrage_verstehen(begriff, korrigieren=False)
        if not anfrage.begriffe or not anfrage.begriffe[0].gefunden:
            continue
        (term,) = anfrage.begriffe
        woerter = {w for a in term.alternativen if len(a.mengen) == 1 for w in a.mengen[0]}
        if any(len(a.mengen) > 1 for a in term.alternativen):
            continue  # a split compound: all parts, tested in test_suche_sprache.py
        assert _gefunden(begriff) == _per_like(woerter), begriff


def test_der_index_wird_benutzt(angebote):
    with CaptureQueriesContext(connection) as abfragen:
        list(suchen("familie")[0])
    sql = abfragen.captured_queries[-1]["sql"]
    if connection.vendor == "postgresql":
        assert 'suchtext_vektor" @@ to_tsquery' in sql
    else:
        assert "angebote_woerter" in sql
    assert "LIKE" not in sql.split("ORDER BY")[0].split("WHERE", 1)[1].replace("suchtitel", "")


def test_aenderungen_halten_den_index_aktuell(angebote):
    treff = angebote[2]
    assert _gefunden("lila") == {treff.pk}
    treff.titel = "Mädchentreff Violett"
    treff.save()
    assert _gefunden("lila") == set()
    assert _gefunden("violett") == {treff.pk}
    # A raw queryset update of the text (as reindex() does) and a delete.
    Angebot.objects.filter(pk=treff.pk).update(suchtext="ganz anderer text zirkuswagen")
    Suchwort.objects.get_or_create(wort="zirkuswagen")
    assert _gefunden("zirkuswagen") == {treff.pk}
    Angebot.objects.filter(pk=treff.pk).delete()
    assert _gefunden("zirkuswagen") == set()


def test_unbekanntes_wort_findet_nichts(angebote):
    treffer, anfrage = suchen("qqqxxyz")
    assert anfrage.unbekannt == ["qqqxxyz"]
    assert list(treffer) == []


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 table and triggers")
def test_fehlende_trigger_werden_nach_migrate_ersetzt(angebote):
    # SQLite drops triggers when Django rebuilds a table in a migration; post_migrate puts
    # them back and rebuilds the index (wortindex.sicherstellen).
    from angebote.suche import wortindex

    treff = angebote[2]
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER angebote_woerter_geaendert")
    Angebot.objects.filter(pk=treff.pk).update(suchtext="zirkuswagen")
    Suchwort.objects.get_or_create(wort="zirkuswagen")
    assert _gefunden("zirkuswagen") == set()  # the index missed the change
    assert wortindex.sicherstellen(connection) is True
    assert _gefunden("zirkuswagen") == {treff.pk}
    assert wortindex.sicherstellen(connection) is False  # nothing missing any more


def test_schnelle_auswahl_wie_djangos_select():
    # The area select is rendered in Python; it must give the options Django would.
    import re

    from django import forms

    from angebote.filters import SchnelleAuswahl

    auswahl = [
        ("", "alle Gebiete"),
        ("Nord & Mitte", [("r-01", "Nord <Mitte>"), ("s-0101", 'Altstadt "Nord"')]),
        ("q-010101", "Quartier 'Am Markt'"),
    ]
    for wert in ("", "s-0101", None, "gibt-es-nicht"):
        attrs = {"id": "id_gebiet", "class": "kern-form-input__select"}
        schnell = SchnelleAuswahl(choices=auswahl).render("gebiet", wert, attrs)
        django = forms.Select(choices=auswahl).render("gebiet", wert, attrs)

        def teile(html):
            # Each tag with its attributes as a set (their order is free), and its text.
            return [
                (tag, frozenset(re.findall(r'\s(\w+(?:="[^"]*")?)', attribute)), text.strip())
                for tag, attribute, text in re.findall(
                    r"<(select|option|optgroup)([^>]*)>([^<]*)", html
                )
            ]

        assert teile(schnell) == teile(django), wert
