"""Gremien: who sees and edits what, the minutes workflow, outputs."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from gremien.models import Aufgabe, Mitgliedschaft, Protokollversion, Sitzung, Tagesordnungspunkt
from sozialraum.zugang.rollen import FACHKRAFT, GREMIUM_KOORDINATION, JUGENDAMT_ADMINISTRATION
from tests.factories import (
    GremiumFactory,
    MitgliedschaftFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def ag():
    gremium = GremiumFactory(name="AG 78 Nord")
    koordination = UserFactory(
        username="greta", rolle=GREMIUM_KOORDINATION, email="greta@example.org"
    )
    mitglied = UserFactory(username="fatma", rolle=FACHKRAFT, email="fatma@example.org")
    MitgliedschaftFactory(gremium=gremium, person=koordination, rolle="koordination")
    MitgliedschaftFactory(
        gremium=gremium, person=mitglied, traeger=TraegerFactory(name="Kinderhaus e.V.")
    )
    sitzung = SitzungFactory(gremium=gremium, datum=datetime.date(2026, 10, 6))
    top = Tagesordnungspunkt.objects.create(sitzung=sitzung, titel="Ferienprogramm", position=1)
    return {
        "gremium": gremium,
        "koordination": koordination,
        "mitglied": mitglied,
        "aussen": UserFactory(username="otto", rolle=FACHKRAFT),
        "admin": UserFactory(username="amt", rolle=JUGENDAMT_ADMINISTRATION),
        "sitzung": sitzung,
        "top": top,
    }


def als(client, user):
    client.force_login(user)
    return client


def test_koordination_erhaelt_objektrecht(ag):
    assert ag["koordination"].has_perm("gremien.change_gremium", ag["gremium"])
    assert not ag["mitglied"].has_perm("gremien.change_gremium", ag["gremium"])
    m = Mitgliedschaft.objects.get(person=ag["koordination"])
    m.rolle = "mitglied"
    m.save()
    from guardian.core import ObjectPermissionChecker

    assert not ObjectPermissionChecker(ag["koordination"]).has_perm("change_gremium", ag["gremium"])


LESEN = ["gremien:gremium", "gremien:sitzung", "gremien:einladung_drucken"]
BEARBEITEN = [
    "gremien:sitzung_bearbeiten",
    "gremien:top_neu",
    "gremien:teilnahme",
    "gremien:protokoll",
    "gremien:beschluss_neu",
    "gremien:aufgabe_neu",
    "gremien:sitzung_neu",
]


def _url(name, ag):
    if name == "gremien:gremium":
        return reverse(name, args=[ag["gremium"].pk])
    if name == "gremien:sitzung_neu":
        return reverse(name, args=[ag["gremium"].pk])
    if name == "gremien:top_neu":
        return reverse(name, kwargs={"sitzung_pk": ag["sitzung"].pk})
    return reverse(name, args=[ag["sitzung"].pk])


@pytest.mark.parametrize(
    ("person", "lesen", "bearbeiten"),
    [("koordination", 200, 200), ("admin", 200, 200), ("mitglied", 200, 403), ("aussen", 404, 404)],
)
def test_rechte_matrix(client, ag, person, lesen, bearbeiten):
    als(client, ag[person])
    for name in LESEN:
        assert client.get(_url(name, ag)).status_code == lesen, name
    for name in BEARBEITEN:
        assert client.get(_url(name, ag)).status_code == bearbeiten, name


def test_sichtbarkeit_alle_fachkraefte(client, ag):
    ag["gremium"].sichtbarkeit = "fachkraefte"
    ag["gremium"].save()
    als(client, ag["aussen"])
    assert client.get(_url("gremien:sitzung", ag)).status_code == 200
    assert client.get(_url("gremien:protokoll", ag)).status_code == 403


def test_fremde_gremien_nicht_in_der_liste(client, ag):
    als(client, ag["aussen"])
    assert "AG 78 Nord" not in client.get(reverse("gremien:liste")).text
    als(client, ag["mitglied"])
    assert "AG 78 Nord" in client.get(reverse("gremien:liste")).text


def test_sozialraumkoordination_sieht_die_gremien_ihrer_sozialraeume(client, ag):
    # "nur Mitglieder", but she edits it as Sozialraumkoordination: it is in her list too.
    from guardian.shortcuts import assign_perm

    from sozialraum.zugang.rollen import KOORDINIEREN, SOZIALRAUMKOORDINATION
    from tests.factories import SozialraumFactory

    sozialraum = SozialraumFactory(name="Nordstadt")
    ag["gremium"].sozialraum = sozialraum
    ag["gremium"].save()
    kemal = UserFactory(username="kemal", rolle=SOZIALRAUMKOORDINATION)
    als(client, kemal)
    assert "AG 78 Nord" not in client.get(reverse("gremien:liste")).text
    assign_perm(KOORDINIEREN, kemal, sozialraum)
    assert "AG 78 Nord" in client.get(reverse("gremien:liste")).text
    assert client.get(_url("gremien:sitzung", ag)).status_code == 200


def test_protokoll_ablauf(client, ag):
    sitzung, top = ag["sitzung"], ag["top"]
    als(client, ag["koordination"])
    # Attendance.
    mitglieder = Mitgliedschaft.objects.filter(gremium=ag["gremium"]).order_by("pk")
    daten = {f"m_{m.pk}": "anwesend" for m in mitglieder}
    daten[f"m_{mitglieder[1].pk}"] = "entschuldigt"
    daten["gaeste"] = "Petra Muster (Polizei)"
    daten["stand"] = sitzung.updated_at.isoformat()
    assert client.post(reverse("gremien:teilnahme", args=[sitzung.pk]), daten).status_code == 302
    sitzung.refresh_from_db()
    assert sitzung.teilnahmen.count() == 3
    # Minutes per TOP, a decision, a task.
    response = client.post(
        reverse("gremien:protokoll", args=[sitzung.pk]),
        {
            "stand": sitzung.updated_at.isoformat(),
            f"top_{top.pk}": "Wir planen **drei** Wochen.\n\n<script>alert(1)</script>",
        },
    )
    assert response.status_code == 302
    client.post(
        reverse("gremien:beschluss_neu", args=[sitzung.pk]),
        {
            "top": top.pk,
            "text": "Das Ferienprogramm findet statt.",
            "ja": 7,
            "nein": 0,
            "enthaltung": 1,
        },
    )
    client.post(
        reverse("gremien:aufgabe_neu", args=[sitzung.pk]),
        {
            "top": top.pk,
            "was": "Flyer drucken",
            "person": ag["mitglied"].pk,
            "faellig": "2026-10-20",
        },
    )
    assert Aufgabe.objects.filter(was="Flyer drucken", status="offen").exists()
    # Before release the member sees the agenda but not the minutes.
    als(client, ag["mitglied"])
    assert "drei" not in client.get(sitzung.get_absolute_url()).text
    assert client.get(reverse("gremien:protokoll_drucken", args=[sitzung.pk])).status_code == 404
    # Release.
    als(client, ag["koordination"])
    client.post(reverse("gremien:freigeben", args=[sitzung.pk]))
    sitzung.refresh_from_db()
    assert sitzung.freigegeben and sitzung.protokoll_version == 1
    version = Protokollversion.objects.get(sitzung=sitzung)
    assert version.inhalt["beschluesse"][0]["text"] == "Das Ferienprogramm findet statt."
    # The member reads sanitised minutes.
    als(client, ag["mitglied"])
    text = client.get(sitzung.get_absolute_url()).text
    assert "<strong>drei</strong>" in text
    assert "<script>alert(1)</script>" not in text
    druck = client.get(reverse("gremien:protokoll_drucken", args=[sitzung.pk])).text
    assert "Flyer drucken" in druck and "7 ja" in druck
    # The open task comes back in the next Sitzung's agenda.
    naechste = SitzungFactory(gremium=ag["gremium"], datum=datetime.date(2026, 11, 3))
    assert "Flyer drucken" in client.get(naechste.get_absolute_url()).text
    assert (
        "Flyer drucken" in client.get(reverse("gremien:einladung_drucken", args=[naechste.pk])).text
    )
    # … and on the responsible person's start page, overdue.
    start = client.get(reverse("start")).text
    assert "Flyer drucken" in start and "überfällig" in start
    # She ticks it off; it leaves the next agenda.
    aufgabe = Aufgabe.objects.get(was="Flyer drucken")
    client.post(reverse("gremien:aufgabe_status", args=[aufgabe.pk]), {"status": "erledigt"})
    assert "Flyer drucken" not in client.get(naechste.get_absolute_url()).text


def test_freigegebenes_protokoll_nur_als_neue_version(client, ag):
    sitzung, top = ag["sitzung"], ag["top"]
    als(client, ag["koordination"])
    client.post(reverse("gremien:freigeben", args=[sitzung.pk]))
    sitzung.refresh_from_db()
    url = reverse("gremien:protokoll", args=[sitzung.pk])
    response = client.post(
        url, {"stand": sitzung.updated_at.isoformat(), f"top_{top.pk}": "Nachtrag"}
    )
    assert response.status_code == 200
    assert "warum das freigegebene Protokoll geändert wird" in response.text
    response = client.post(
        url,
        {
            "stand": sitzung.updated_at.isoformat(),
            f"top_{top.pk}": "Nachtrag",
            "grund": "Tippfehler",
        },
    )
    assert response.status_code == 302
    assert list(sitzung.protokollversionen.values_list("version", "grund")) == [
        (2, "Tippfehler"),
        (1, ""),
    ]


def test_gleichzeitige_bearbeitung_wird_erkannt(client, ag):
    sitzung, top = ag["sitzung"], ag["top"]
    als(client, ag["koordination"])
    geladen = sitzung.updated_at.isoformat()
    url = reverse("gremien:protokoll", args=[sitzung.pk])
    assert client.post(url, {"stand": geladen, f"top_{top.pk}": "Erste Fassung"}).status_code == 302
    response = client.post(url, {"stand": geladen, f"top_{top.pk}": "Zweite Fassung"})
    assert response.status_code == 200
    assert "Dieser Eintrag wurde inzwischen von" in response.text
    assert "Protokoll zu „" in response.text
    top.refresh_from_db()
    assert top.protokoll == "Erste Fassung"


def test_einladung_mit_ics(client, ag):
    als(client, ag["koordination"])
    # The meeting lies in the past: confirmed (tests/test_gremien_alltag.py).
    client.post(reverse("gremien:einladen", args=[ag["sitzung"].pk]), {"bestaetigt": "1"})
    assert len(mail.outbox) == 1
    nachricht = mail.outbox[0]
    assert sorted(nachricht.bcc) == ["fatma@example.org", "greta@example.org"]
    assert "Ferienprogramm" in nachricht.body
    name, inhalt, art = nachricht.attachments[0]
    assert name == "einladung.ics" and art.startswith("text/calendar")
    assert f"UID:{ag['sitzung'].uid}@sozialraum-register" in (
        inhalt.decode() if isinstance(inhalt, bytes) else inhalt
    )
    ag["sitzung"].refresh_from_db()
    assert ag["sitzung"].status == Sitzung.Status.EINGELADEN


def test_kalender_feeds(client, ag):
    als(client, ag["mitglied"])
    client.get(reverse("gremien:kalender"))
    token = ag["mitglied"].kalenderzugang.token
    client.logout()
    meine = client.get(reverse("gremien:kalender_meine", args=[token]))
    assert meine.status_code == 200 and meine["Content-Type"].startswith("text/calendar")
    assert f"UID:{ag['sitzung'].uid}@sozialraum-register" in meine.text
    assert ag["sitzung"].get_absolute_url() in meine.text
    zweimal = client.get(reverse("gremien:kalender_meine", args=[token]))
    assert meine.text.count("UID:") == zweimal.text.count("UID:") == 1
    gremium = client.get(reverse("gremien:kalender_gremium", args=[token, ag["gremium"].pk]))
    assert gremium.status_code == 200
    assert client.get(reverse("gremien:kalender_meine", args=["falsch"])).status_code == 404
    fremd = GremiumFactory()
    assert (
        client.get(reverse("gremien:kalender_gremium", args=[token, fremd.pk])).status_code == 404
    )


def test_anhang_nach_inhalt_geprueft_und_geschuetzt(client, ag, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    als(client, ag["koordination"])
    url = reverse("gremien:anhang_neu", args=[ag["sitzung"].pk])
    client.post(
        url, {"datei": SimpleUploadedFile("protokoll.pdf", PDF, content_type="application/pdf")}
    )
    anhang = ag["sitzung"].anhaenge.get()
    assert anhang.mime == "application/pdf"
    # An executable named .pdf is refused, whatever the browser claims.
    exe = SimpleUploadedFile(
        "rechnung.pdf", b"MZ\x90\x00" + b"\x00" * 200, content_type="application/pdf"
    )
    response = client.post(url, {"datei": exe}, follow=True)
    assert "nicht erlaubt" in response.text
    settings.ANHANG_MAX_MB = 0
    response = client.post(url, {"datei": SimpleUploadedFile("gross.pdf", PDF)}, follow=True)
    assert "höchstens 0 MB" in response.text
    assert ag["sitzung"].anhaenge.count() == 1
    # Delivered only through the checking view, as a download.
    als(client, ag["mitglied"])
    antwort = client.get(anhang.get_absolute_url())
    assert antwort.status_code == 200
    assert "attachment" in antwort["Content-Disposition"]
    assert b"".join(antwort.streaming_content) == PDF
    als(client, ag["aussen"])
    assert client.get(anhang.get_absolute_url()).status_code == 404


def test_gebiet_und_traeger_zeigen_gremien(client, ag):
    from tests.factories import SozialraumFactory

    ag["gremium"].sozialraum = SozialraumFactory(name="Lindenhof")
    ag["gremium"].save()
    als(client, ag["mitglied"])
    assert "AG 78 Nord" in client.get(ag["gremium"].sozialraum.get_absolute_url()).text
    traeger = Mitgliedschaft.objects.get(person=ag["mitglied"]).traeger
    assert "AG 78 Nord" in client.get(traeger.get_absolute_url()).text


def test_sitzung_abfragen_konstant(client, ag):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    als(client, ag["koordination"])

    def zaehlen():
        client.get(ag["sitzung"].get_absolute_url())
        with CaptureQueriesContext(connection) as erfasst:
            client.get(ag["sitzung"].get_absolute_url())
        with CaptureQueriesContext(connection) as erfasst2:
            client.get(ag["gremium"].get_absolute_url())
        return len(erfasst), len(erfasst2)

    vorher = zaehlen()
    for i in range(8):
        top = Tagesordnungspunkt.objects.create(
            sitzung=ag["sitzung"], titel=f"Punkt {i}", position=i + 2, protokoll="Text"
        )
        Aufgabe.objects.create(
            gremium=ag["gremium"],
            sitzung=ag["sitzung"],
            top=top,
            was=f"Aufgabe {i}",
            person=ag["mitglied"],
        )
        SitzungFactory(gremium=ag["gremium"])
        MitgliedschaftFactory(gremium=ag["gremium"])
    assert zaehlen() == vorher


def test_sitzung_validierung(client, ag):
    als(client, ag["koordination"])
    response = client.post(
        reverse("gremien:sitzung_neu", args=[ag["gremium"].pk]),
        {"datum": "2026-12-01", "beginn": "16:00", "ende": "14:00", "status": "geplant"},
    )
    assert response.status_code == 200
    assert "Das Ende muss nach dem Beginn liegen." in response.text
    assert "Bitte einen Ort angeben" in response.text


def test_markdown_bereinigt():
    from gremien.sitzung.protokoll import markdown_html

    html = markdown_html("[x](javascript:alert(1)) <img src=x onerror=alert(1)> **ok**")
    assert "javascript:" not in html and "onerror" not in html and "<strong>ok</strong>" in html


def test_abgelaufene_koordination_verliert_recht_nach_abgleich(ag):
    from django.core.management import call_command
    from guardian.core import ObjectPermissionChecker

    m = Mitgliedschaft.objects.get(person=ag["koordination"])
    # An end date in the past, written without save() (as time passing would do).
    Mitgliedschaft.objects.filter(pk=m.pk).update(bis=datetime.date(2020, 1, 1))
    assert ObjectPermissionChecker(ag["koordination"]).has_perm("change_gremium", ag["gremium"])
    call_command("rechte_abgleichen")
    assert not ObjectPermissionChecker(ag["koordination"]).has_perm("change_gremium", ag["gremium"])


def test_markdown_umwandler_behaelt_nichts_zurueck():
    """The converter is reused per thread: each text must come out as from a fresh one."""
    import markdown

    from gremien.sitzung.protokoll import _markdown

    texte = [
        "| A | B |\n|---|---|\n| 1 | 2 |",
        "[Link][ref]\n\n[ref]: https://example.org",
        "- eins\n- zwei\n\n1. drei",
        "[ref] ohne Verweis",  # the reference of the text before must not leak into this one
        "",
    ]
    for text in texte * 2:
        frisch = markdown.markdown(text, extensions=["tables", "sane_lists"], output_format="html")
        assert _markdown(text) == frisch


def test_startseite_meine_gremienarbeit_in_zwei_abfragen(rf, django_assert_num_queries):
    """'Meine Gremienarbeit' on every start page: her open tasks (with their Gremium, due
    date, overdue) and her next meetings, in two queries whatever their number."""
    from gremien.bereiche import meine_gremienarbeit

    person = UserFactory()
    heute = timezone.localdate()
    for n in range(3):
        gremium = GremiumFactory(name=f"AG {n}")
        MitgliedschaftFactory(gremium=gremium, person=person)
        sitzung = SitzungFactory(gremium=gremium, datum=heute + datetime.timedelta(days=n + 1))
        Aufgabe.objects.create(
            gremium=gremium,
            sitzung=sitzung,
            was=f"Aufgabe {n}",
            person=person,
            faellig=heute - datetime.timedelta(days=1 - n),
        )
    anfrage = rf.get("/")
    anfrage.user = person
    with django_assert_num_queries(2):
        bereich = meine_gremienarbeit(anfrage)
        aufgaben = [(a.was, a.gremium.name, a.ueberfaellig) for a in bereich["aufgaben"]]
        sitzungen = [(s.gremium.name, s.get_absolute_url()) for s in bereich["sitzungen"]]
    assert aufgaben == [
        ("Aufgabe 0", "AG 0", True),
        ("Aufgabe 1", "AG 1", False),
        ("Aufgabe 2", "AG 2", False),
    ]
    assert [name for name, _url in sitzungen] == ["AG 0", "AG 1", "AG 2"]
