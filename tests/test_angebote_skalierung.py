"""The optimisations for city scale (bench/RESULTS.md) change no result.

Facets, area filter, gap table and search text are compared with the straightforward
ORM formulations they replaced; the query count of the changed pages stays constant; the
generator of the synthetic city marks, refuses and removes its data.
"""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from angebote import altersgruppen
from angebote.bereiche import luecken
from angebote.models import Angebot, Kategorie, Sprache, Zielgruppe
from angebote.suche.facetten import facetten_zaehlen
from angebote.suche.search import suchen
from sozialraum.models import Sozialraum
from sozialraum.werkzeuge.suchtext import normalisieren
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    QuartierFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import Einrichtung, Traeger

pytestmark = pytest.mark.django_db


@pytest.fixture
def stadt():
    """Two Regionalräume, three Sozialräume, offers in every combination of links."""
    q1 = QuartierFactory(name="Lindenhof Nord")
    q2 = QuartierFactory(name="Lindenhof Süd", sozialraum=q1.sozialraum)
    q3 = QuartierFactory(name="Hafen")
    s_extra = SozialraumFactory(regionalraum=q1.sozialraum.regionalraum)
    t1, t2 = TraegerFactory(name="Zebra e.V."), TraegerFactory(name="Anker e.V.")
    orte = [
        EinrichtungFactory(traeger=t1, quartier=q1, name="Treff Nord"),
        EinrichtungFactory(traeger=t1, quartier=q2, name="Treff Süd"),
        EinrichtungFactory(traeger=t2, quartier=q3, name="Hafenhaus"),
    ]
    kat = list(Kategorie.objects.order_by("pk")[:4])
    ziel = list(Zielgruppe.objects.order_by("pk")[:3])
    for i in range(12):
        angebot = AngebotFactory(
            titel=f"Familientreff {i}" if i % 2 else f"Hausaufgabenhilfe {i}",
            traeger=t1 if i % 3 else t2,
            einrichtungen=[orte[i % 3], orte[(i + 1) % 3]] if i % 4 == 0 else [orte[i % 3]],
            kategorien=kat[: 1 + i % 4],
            zielgruppen=ziel[: i % 3],
            sprachen=["de", "ar"] if i % 2 else ["tr"],
            alter_von=None if i % 5 == 0 else i,
            alter_bis=None if i % 5 == 0 else i + 4,
        )
        if i % 3 == 0:
            angebot.sozialraeume.add(s_extra if i % 2 else q3.sozialraum)
    AngebotFactory(titel="Familientreff Entwurf", status="entwurf", einrichtungen=[orte[0]])
    return {"quartiere": [q1, q2, q3], "sozialraum_extra": s_extra}


def _facetten_alt(treffer):
    """The five aggregate queries the facets used to be."""
    ids = treffer.order_by().values("pk")

    def zaehle(queryset, pfad, grenze=None):
        qs = (
            queryset.annotate(n=Count(pfad, filter=Q(**{f"{pfad}__in": ids}), distinct=True))
            .filter(n__gt=0)
            .order_by("-n", "name")
        )
        return [(o.pk, o.n) for o in (qs[:grenze] if grenze else qs)]

    return {
        "kategorie": zaehle(Kategorie.objects.all(), "angebote"),
        "zielgruppe": zaehle(Zielgruppe.objects.all(), "angebote"),
        "sprache": zaehle(Sprache.objects.all(), "angebote", 12),
        "gebiet": zaehle(Sozialraum.objects.all(), "einrichtungen__angebote", 12),
        "traeger": zaehle(Traeger.objects.all(), "angebote", 10),
    }


def _im_gebiet_alt(queryset, gebiet):
    ebene = type(gebiet).__name__.lower()
    orte = Einrichtung.objects.filter(**{ebene: gebiet}, angebote=OuterRef("pk"))
    if ebene == "quartier":
        versorgt = Q(sozialraeume=gebiet.sozialraum_id)
    elif ebene == "sozialraum":
        versorgt = Q(sozialraeume=gebiet.pk)
    else:
        versorgt = Q(sozialraeume__regionalraum=gebiet.pk)
    versorgte = Angebot.objects.filter(versorgt, pk=OuterRef("pk"))
    return queryset.filter(Exists(orte) | Exists(versorgte))


def _gebiete(stadt):
    q1, _q2, q3 = stadt["quartiere"]
    return [
        q1,
        q3,
        q1.sozialraum,
        q3.sozialraum,
        stadt["sozialraum_extra"],
        q1.sozialraum.regionalraum,
        q3.sozialraum.regionalraum,
    ]


@pytest.mark.parametrize("text", ["", "familie", "hausaufgaben", "treff", "nichtsda"])
def test_facetten_wie_einzelabfragen(stadt, text):
    treffer, _anfrage = suchen(text)
    facetten = facetten_zaehlen(treffer)
    assert facetten["gesamt"] == treffer.count()
    neu = {
        k: [(o.pk, o.n) for o in v] for k, v in facetten.items() if k not in ("gesamt", "jugendamt")
    }
    assert neu == _facetten_alt(treffer)


def test_facettenindex_wie_die_spalte(stadt):
    """The index (read as aggregated strings in one statement) holds each offer's keys as
    its ``facetten`` column has them, its Träger, and the published ones as the manager
    says; also an offer without any key, and drafts."""
    from angebote.suche.facetten import Facettenindex

    ohne = AngebotFactory(kategorien=[], zielgruppen=[], sprachen=[], einrichtungen=[])
    Angebot.objects.filter(pk=ohne.pk).update(facetten="")
    AngebotFactory(status=Angebot.Status.ENTWURF)
    index = Facettenindex.bauen("default")
    paare = sorted(
        zip(index.angebot.tolist(), (index.namen[k] for k in index.schluessel), strict=True)
    )
    erwartet = sorted(
        (pk, name)
        for pk, facetten in Angebot.objects.values_list("pk", "facetten")
        for name in facetten.split()
    )
    assert paare == erwartet
    assert sorted(index.veroeffentlicht.tolist()) == sorted(
        Angebot.objects.veroeffentlicht().values_list("pk", flat=True)
    )
    for pk, traeger in Angebot.objects.values_list("pk", "traeger_id"):
        assert index.traeger_ids[index.traeger[pk]] == traeger
    assert ohne.pk not in index.angebot


def test_facetten_mit_gebietsfilter(stadt):
    for gebiet in _gebiete(stadt):
        treffer, _anfrage = suchen("", Angebot.objects.veroeffentlicht().im_gebiet(gebiet))
        facetten = facetten_zaehlen(treffer)
        assert facetten["gesamt"] == treffer.count()
        assert {
            k: [(o.pk, o.n) for o in v]
            for k, v in facetten.items()
            if k not in ("gesamt", "jugendamt")
        } == (_facetten_alt(treffer))


def test_im_gebiet_wie_exists(stadt):
    alle = Angebot.objects.all()
    for gebiet in _gebiete(stadt):
        assert set(alle.im_gebiet(gebiet).values_list("pk", flat=True)) == set(
            _im_gebiet_alt(alle, gebiet).values_list("pk", flat=True)
        ), gebiet


def test_luecken_wie_vorher(stadt):
    """The GROUP BY over the link table counts what a DISTINCT count per Kategorie counts,
    with the age groups of the search's ``?altersgruppe=`` (altersgruppen.py)."""
    for gebiet in _gebiete(stadt):
        angebote = Angebot.objects.veroeffentlicht().im_gebiet(gebiet)
        for zielgruppe in [None, *Zielgruppe.objects.order_by("pk")[:2]]:
            ids = angebote.values("pk")
            if zielgruppe is not None:
                ids = angebote.filter(zielgruppen=zielgruppe).values("pk")
            zaehler = {
                f"spalte{i}": Count(
                    "angebote", filter=Q(angebote__in=ids) & bedingung, distinct=True
                )
                for i, (_key, bedingung) in enumerate(altersgruppen.spalten("angebote__"))
            }
            alt = [
                [getattr(k, f"spalte{i}") for i in range(len(zaehler))]
                for k in Kategorie.objects.annotate(**zaehler).order_by("sortierung", "name")
            ]
            neu = luecken(angebote, "x", zielgruppe)
            assert [[zelle["n"] for zelle in z["zellen"]] for z in neu] == alt


def test_suchfelder_enthalten_alles_in_fester_reihenfolge(stadt):
    """The four search fields; addresses, languages and areas are filters, not text."""
    angebot = Angebot.objects.filter(einrichtungen__isnull=False).order_by("pk").first()
    schlagworte = [k.name for k in angebot.kategorien.all()]
    schlagworte += [z.name for z in angebot.zielgruppen.all()]
    text = [angebot.beschreibung, angebot.zeiten_hinweis, angebot.kosten_hinweis]
    namen = [angebot.traeger.name]
    namen += [e.name for e in angebot.einrichtungen.order_by("name", "pk")]
    angebot.refresh_from_db()
    assert angebot.suchtitel == normalisieren(angebot.titel)
    assert angebot.suchschlagworte == normalisieren(" ".join(schlagworte))
    assert angebot.suchtext == normalisieren(" ".join(t for t in text if t))
    assert angebot.suchnamen == normalisieren(" ".join(namen))


def _abfragen(client, url, params=None):
    client.get(url, params or {})
    with CaptureQueriesContext(connection) as erfasst:
        assert client.get(url, params or {}).status_code == 200
    return len(erfasst)


def test_suche_mit_gebiet_konstant(client_fachkraft, stadt):
    q1 = stadt["quartiere"][0]
    params = {"gebiet": f"r-{q1.sozialraum.regionalraum.schluessel}", "kategorie": "bildung"}
    vorher = _abfragen(client_fachkraft, reverse("start"), params)
    for i in range(15):
        AngebotFactory(titel=f"Neu {i}", einrichtungen=[EinrichtungFactory(quartier=q1)])
    assert _abfragen(client_fachkraft, reverse("start"), params) == vorher


def test_verwaltung_angebotsliste_konstant(client, stadt):
    admin = UserFactory(username="chefin", is_staff=True, is_superuser=True)
    client.force_login(admin)
    url = reverse("admin:angebote_angebot_changelist")
    vorher = _abfragen(client, url)
    for i in range(30):
        AngebotFactory(titel=f"Noch ein Angebot {i}")
    assert _abfragen(client, url) == vorher


def test_generate_daten_markiert_verweigert_und_loescht(stadt):
    vorher = Angebot.objects.count()
    call_command("generate_daten", angebote=150, traeger=12, stdout=io.StringIO())
    assert Angebot.objects.count() == vorher + 150
    assert Traeger.objects.filter(externe_id__startswith="gen-").count() == 12
    erzeugt = Einrichtung.objects.filter(externe_id__startswith="gen-")
    assert erzeugt.filter(quartier__isnull=True).count() == 0
    assert all(e.sozialraum_id == e.quartier.sozialraum_id for e in erzeugt[:20])
    assert Angebot.objects.filter(suchtitel="").count() == 0
    with pytest.raises(CommandError):
        call_command("generate_daten", angebote=10, traeger=2, stdout=io.StringIO())
    call_command("generate_daten", angebote=0, traeger=0, loeschen=True, stdout=io.StringIO())
    assert Angebot.objects.count() == vorher
    assert not Sozialraum.objects.filter(schluessel__startswith="G").exists()
