"""One conflict check for every curated form of the normal UI (sozialraum/werkzeuge/konflikt.py).

Each case opens the edit form twice, as two browser tabs would: the second person saves
first, the first person's save is refused with a message naming who changed which fields
when (local time), her input stays in the form, and the database keeps the second save.
The check runs inside the saving transaction, with the row locked until the write.
"""

import re

import pytest
from django.db import connection
from django.db.models.signals import post_save
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from gremien.models import Gremium, Sitzung, Tagesordnungspunkt
from sozialraum.werkzeuge import konflikt
from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION
from tests.factories import (
    EinrichtungFactory,
    GremiumFactory,
    KontaktFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)
from tests.test_admin_konflikt import _formular
from traeger.models import Ansprechperson, Einrichtung, Kontakt, Traeger

pytestmark = pytest.mark.django_db


def _top():
    sitzung = SitzungFactory(titel="Frühjahrssitzung")
    return Tagesordnungspunkt.objects.create(sitzung=sitzung, titel="Begrüßung", position=1)


def _protokoll_feld(sitzung):
    return f"top_{sitzung.tops.get().pk}"


# name: (create, url, model saved, field both change, its label in the message)
FAELLE = {
    "traeger": (
        lambda amt: TraegerFactory(name="Alt"),
        lambda o: reverse("traeger:traeger_bearbeiten", args=[o.pk]),
        Traeger,
        lambda o: "name",
        "Name",
    ),
    "einrichtung": (
        lambda amt: EinrichtungFactory(name="Alt"),
        lambda o: reverse("traeger:einrichtung_bearbeiten", args=[o.pk]),
        Einrichtung,
        lambda o: "name",
        "Name",
    ),
    "ansprechperson": (
        lambda amt: Ansprechperson.objects.create(traeger=TraegerFactory(), name="Alt"),
        lambda o: reverse("traeger:ansprechperson_bearbeiten", args=[o.pk]),
        Ansprechperson,
        lambda o: "name",
        "Name",
    ),
    "kontakt": (
        # Only the person who recorded a contact edits it: two tabs of hers.
        lambda amt: KontaktFactory(erfasst_von=amt, thema="Alt", traeger=[TraegerFactory()]),
        lambda o: reverse("traeger:kontakt_bearbeiten", args=[o.pk]),
        Kontakt,
        lambda o: "thema",
        "Thema",
    ),
    "gremium": (
        lambda amt: GremiumFactory(name="Alt"),
        lambda o: reverse("gremien:bearbeiten", args=[o.pk]),
        Gremium,
        lambda o: "name",
        "Name",
    ),
    "sitzung": (
        lambda amt: SitzungFactory(titel="Alt"),
        lambda o: reverse("gremien:sitzung_bearbeiten", args=[o.pk]),
        Sitzung,
        lambda o: "titel",
        "Titel",
    ),
    "top": (
        lambda amt: _top(),
        lambda o: reverse("gremien:top_bearbeiten", args=[o.sitzung_id, o.pk]),
        Tagesordnungspunkt,
        lambda o: "titel",
        "Titel",
    ),
    "protokoll": (
        lambda amt: _top().sitzung,
        lambda o: reverse("gremien:protokoll", args=[o.pk]),
        Tagesordnungspunkt,
        _protokoll_feld,
        "Protokoll zu „Begrüßung“",
    ),
}


@pytest.fixture
def amt(db):
    return UserFactory(
        username="amt", first_name="Andrea", last_name="Amt", rolle=JUGENDAMT_ADMINISTRATION
    )


@pytest.fixture
def kollegin(db):
    return UserFactory(
        username="kollegin",
        first_name="Karla",
        last_name="Kollegin",
        rolle=JUGENDAMT_ADMINISTRATION,
    )


def _tab(user, url) -> tuple[Client, dict]:
    client = Client()
    client.force_login(user)
    antwort = client.get(url)
    assert antwort.status_code == 200, url
    daten: dict = {}
    _formular(antwort.context["form"], daten)
    return client, daten


@pytest.mark.parametrize("fall", FAELLE)
def test_zweites_speichern_wird_abgelehnt(fall, amt, kollegin):
    anlegen, url_von, _modell, feld_von, bezeichnung = FAELLE[fall]
    obj = anlegen(amt)
    url, feld = url_von(obj), feld_von(obj)
    erste, zweite = amt, (amt if fall == "kontakt" else kollegin)
    tab_a, daten_a = _tab(erste, url)
    tab_b, daten_b = _tab(zweite, url)

    assert tab_b.post(url, {**daten_b, feld: "Zuerst gespeichert"}).status_code == 302
    antwort = tab_a.post(url, {**daten_a, feld: "Später gespeichert"})

    assert antwort.status_code == 200
    text = antwort.text
    assert f"inzwischen von {zweite.get_full_name()} geändert" in text
    geaendert = re.search(r"Geändert wurde: ([^<]*?)\. Bitte", text)
    assert geaendert and bezeichnung in geaendert.group(1)
    gespeichert = type(obj).objects.get(pk=obj.pk)
    wann = timezone.localtime(gespeichert.updated_at)
    assert date_format(wann, "d.m.Y H:i") + " Uhr" in text  # local time, not UTC
    assert "Später gespeichert" in text  # her input is still in the form
    if fall == "protokoll":
        assert gespeichert.tops.get().protokoll == "Zuerst gespeichert"
    else:
        assert getattr(gespeichert, feld) == "Zuerst gespeichert"


@pytest.mark.parametrize("fall", FAELLE)
def test_formular_ohne_stand_speichert_nicht(fall, amt):
    anlegen, url_von, _modell, feld_von, _bezeichnung = FAELLE[fall]
    obj = anlegen(amt)
    url, feld = url_von(obj), feld_von(obj)
    client, daten = _tab(amt, url)
    daten.pop("stand")
    antwort = client.post(url, {**daten, feld: "Ohne Stand"})
    assert antwort.status_code == 200
    assert "Das Formular ist unvollständig" in antwort.text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("fall", FAELLE)
def test_pruefung_und_schreiben_in_einer_transaktion(fall, amt, monkeypatch):
    """The check reads the row with a lock inside the transaction that writes it."""
    anlegen, url_von, modell, feld_von, _bezeichnung = FAELLE[fall]
    obj = anlegen(amt)
    url, feld = url_von(obj), feld_von(obj)
    client, daten = _tab(amt, url)
    gesehen: dict = {}
    lesen = konflikt._aktueller_stand

    def pruefen(gesperrt):
        gesehen["pruefung"] = connection.atomic_blocks[:1]
        return lesen(gesperrt)

    def geschrieben(sender, **kwargs):
        gesehen.setdefault("schreiben", connection.atomic_blocks[:1])

    monkeypatch.setattr(konflikt, "_aktueller_stand", pruefen)
    post_save.connect(geschrieben, sender=modell)
    try:
        with pytest.MonkeyPatch.context():
            antwort = client.post(url, {**daten, feld: "Neu"})
    finally:
        post_save.disconnect(geschrieben, sender=modell)
    assert antwort.status_code == 302
    assert gesehen["pruefung"], "Prüfung außerhalb einer Transaktion"
    assert gesehen["pruefung"] == gesehen["schreiben"]  # the same outermost transaction


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SELECT … FOR UPDATE")
def test_zeile_bleibt_bis_zum_schreiben_gesperrt(amt):
    from django.test.utils import CaptureQueriesContext

    obj = TraegerFactory(name="Alt")
    url = reverse("traeger:traeger_bearbeiten", args=[obj.pk])
    client, daten = _tab(amt, url)
    with CaptureQueriesContext(connection) as abfragen:
        assert client.post(url, {**daten, "name": "Neu"}).status_code == 302
    sql = [q["sql"] for q in abfragen.captured_queries]
    gesperrt = next(i for i, s in enumerate(sql) if "FOR UPDATE" in s and "traeger_traeger" in s)
    geschrieben = next(i for i, s in enumerate(sql) if s.startswith('UPDATE "traeger_traeger"'))
    assert gesperrt < geschrieben


def test_anwesenheit_zweimal_geoeffnet(amt, kollegin):
    from tests.factories import MitgliedschaftFactory

    sitzung = SitzungFactory()
    mitglied = MitgliedschaftFactory(gremium=sitzung.gremium)
    url = reverse("gremien:teilnahme", args=[sitzung.pk])
    tab_a, daten_a = _tab(amt, url)
    tab_b, daten_b = _tab(kollegin, url)
    feld = f"m_{mitglied.pk}"

    assert tab_b.post(url, {**daten_b, feld: "entschuldigt"}).status_code == 302
    antwort = tab_a.post(url, {**daten_a, feld: "anwesend"})

    assert antwort.status_code == 200
    assert "Dieser Eintrag wurde inzwischen" in antwort.text
    assert sitzung.teilnahmen.get(mitgliedschaft=mitglied).status == "entschuldigt"
