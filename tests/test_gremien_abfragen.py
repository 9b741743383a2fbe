"""Gremien pages at city scale: the number of SQL queries does not grow with the data.

The bench Gremien (bench/gremien.py) are generated once small and once at full size (40
members, 40 Sitzungen with agendas, attendance, released minutes, Beschlüsse and Aufgaben);
every reading page must need the same number of queries for both. The generator itself must
write what the app would: the released minutes' version holds what ``stand()`` records.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bench.gremien import (
    MARKE,
    PERSON_MARKE,
    bench_gremien,
    bench_gremien_anlegen,
    bench_gremien_entfernen,
    groesstes_gremium,
    sitzung_mit_protokoll,
)
from gremien.models import Mitgliedschaft, Protokollversion, Sitzung, Teilnahme
from gremien.sitzung.protokoll import stand
from sozialraum.models import User
from sozialraum.zugang.rollen import FACHKRAFT
from tests.factories import (
    EinrichtungFactory,
    RegionalraumFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import Traeger

pytestmark = pytest.mark.django_db


@pytest.fixture
def stadt():
    """A small synthetic city as generate_daten marks it: a Regionalraum "G01" with three
    Sozialräume, 45 generated Träger ("gen-…") serving two of them each, one place each."""
    region = RegionalraumFactory(schluessel="G01", name="Bezirk Nord")
    srs = [
        SozialraumFactory(schluessel=f"G010{i}", name=name, regionalraum=region)
        for i, name in enumerate(("Lindenfeld", "Eichhof", "Birkenau"), start=1)
    ]
    for i in range(45):
        traeger = TraegerFactory(externe_id=f"gen-t-{i:06d}")
        traeger.sozialraeume.add(srs[i % 3], srs[(i + 1) % 3])
        EinrichtungFactory(traeger=traeger, externe_id=f"gen-e-{i:06d}")
    return srs


@pytest.fixture
def bench_fachkraft(db):
    return UserFactory(username="bench-fachkraft", rolle=FACHKRAFT)


def test_bench_gremien_wie_die_app(stadt, bench_fachkraft):
    assert bench_gremien_anlegen(anzahl=3, ausgabe=lambda text: None) == 3
    assert bench_gremien().count() == 3
    groesstes = groesstes_gremium()
    assert groesstes.name == f"{MARKE}AG nach § 78 SGB VIII Bezirk Nord"
    assert groesstes.sitzungen.count() == 40
    assert groesstes.mitgliedschaften.filter(person=bench_fachkraft).exists()
    assert groesstes.sichtbarkeit == "fachkraefte"
    for gremium in bench_gremien():
        assert 20 <= gremium.sitzungen.count() <= 40
        assert 15 <= gremium.mitgliedschaften.count() <= 41
        koordination = gremium.mitgliedschaften.get(rolle=Mitgliedschaft.Rolle.KOORDINATION)
        assert koordination.person.has_perm("gremien.change_gremium", gremium)
        # past meetings have attendance; all but the most recent have released minutes
        gehalten = gremium.sitzungen.filter(status=Sitzung.Status.DURCHGEFUEHRT)
        assert gehalten.count() > 10
        assert Teilnahme.objects.filter(sitzung__in=gehalten).count() > 10 * gehalten.count()
        freigegeben = gremium.sitzungen.filter(protokoll_status="freigegeben")
        assert freigegeben.count() == gehalten.count() - 1
        assert gehalten.order_by("-datum").first().protokoll_status == "entwurf"
    released = Sitzung.objects.filter(gremium__in=bench_gremien(), protokoll_status="freigegeben")
    for sitzung in released:
        version = sitzung.protokollversionen.get()
        assert (version.version, sitzung.protokoll_version) == (1, 1)
        assert version.inhalt == stand(sitzung)
        assert version.inhalt["tops"] and all(t["protokoll"] for t in version.inhalt["tops"])
    assert sum(len(v.inhalt["beschluesse"]) for v in Protokollversion.objects.all()) > 0
    assert sum(len(v.inhalt["aufgaben"]) for v in Protokollversion.objects.all()) > 0

    assert bench_gremien_anlegen(anzahl=3, ausgabe=lambda text: None) == 0  # no duplicates
    assert bench_gremien_entfernen() == 3
    assert not bench_gremien().exists()
    assert not Sitzung.objects.exists() and not Protokollversion.objects.exists()
    assert not User.objects.filter(username__startswith=PERSON_MARKE).exists()
    assert User.objects.filter(pk=bench_fachkraft.pk).exists()
    assert Traeger.objects.count() == 45


def abfragen(client, url):
    client.get(url)  # warm process-wide caches (content types) first
    with CaptureQueriesContext(connection) as erfasst:
        response = client.get(url)
    assert response.status_code == 200
    return len(erfasst)


def seiten_abfragen(client, bench_fachkraft, aussen) -> dict:
    gremium = groesstes_gremium()
    sitzung = sitzung_mit_protokoll(gremium)
    koordination = gremium.mitgliedschaften.get(rolle=Mitgliedschaft.Rolle.KOORDINATION).person
    urls = {
        "liste": reverse("gremien:liste"),
        "gremium": gremium.get_absolute_url(),
        "sitzung": sitzung.get_absolute_url(),
        "druck": reverse("gremien:protokoll_drucken", args=[sitzung.pk]),
    }
    zahlen = {}
    for wer, user in (("mitglied", bench_fachkraft), ("aussen", aussen), ("koord", koordination)):
        client.force_login(user)
        for seite, url in urls.items():
            zahlen[f"{wer} {seite}"] = abfragen(client, url)
    return zahlen


def test_gremienseiten_konstant(stadt, bench_fachkraft, client):
    aussen = UserFactory(username="otto", rolle=FACHKRAFT)
    bench_gremien_anlegen(anzahl=1, mitglieder=(6, 6), sitzungen=(5, 5), ausgabe=lambda t: None)
    wenige = seiten_abfragen(client, bench_fachkraft, aussen)
    bench_gremien_entfernen()
    bench_gremien_anlegen(anzahl=3, ausgabe=lambda text: None)  # the first: 40 and 40
    assert groesstes_gremium().sitzungen.count() == 40
    viele = seiten_abfragen(client, bench_fachkraft, aussen)
    # Today for a member: list 5; Gremium page 10 (session, user, Gremium, 2 model
    # permission queries, her object rights in one, membership, next and past meetings,
    # open tasks, members with their attendance counted in SQL); Sitzung page 14 (the same
    # checks, Sitzung, TOPs, open tasks from before, Beschlüsse, Aufgaben, attendance,
    # versions, attachments).
    assert wenige == viele
