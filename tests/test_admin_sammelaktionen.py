"""Bulk actions in the admin and the speed of the offer list (sozialraum/verwaltung/sammelaktionen.py).

Every action needs the change permission, answers in German, and leaves one history row per
changed record (with who and why); records already in the target state are left alone.
The offer list costs the same number of queries for 10 offers as for 100.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from angebote.models import Angebot, Kategorie
from gremien.models import Aufgabe, Gremium
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import Ansprechperson, Traeger

pytestmark = pytest.mark.django_db


@pytest.fixture
def amt(client):
    user = UserFactory(username="amt", is_staff=True, rolle=JUGENDAMT_ADMINISTRATION)
    client.force_login(user)
    return user


def aktion(client, admin_name: str, name: str, objekte=(), alle: bool = False):
    daten = {"action": name, "_selected_action": [o.pk for o in objekte]}
    if alle:
        daten["select_across"] = "1"
        daten["_selected_action"] = ["0"]
    return client.post(reverse(f"admin:{admin_name}_changelist"), daten, follow=True)


def meldungen(antwort) -> list[str]:
    return [str(m) for m in antwort.context["messages"]]


def test_veroeffentlichen_mit_verlauf_und_ohne_doppelte_eintraege(client, amt):
    entwuerfe = [AngebotFactory(status="entwurf") for _ in range(2)]
    schon = AngebotFactory(status="veroeffentlicht")
    vorher = schon.updated_at
    antwort = aktion(client, "angebote_angebot", "veroeffentlichen", [*entwuerfe, schon])
    assert meldungen(antwort) == ["2 Angebote veröffentlicht. 1 war es schon."]
    for angebot in entwuerfe:
        angebot.refresh_from_db()
        assert angebot.status == "veroeffentlicht"
        eintrag = angebot.history.first()
        assert (eintrag.status, eintrag.history_user) == ("veroeffentlicht", amt)
        assert eintrag.history_change_reason == "in der Verwaltung veröffentlicht"
        assert eintrag.updated_at == angebot.updated_at
    schon.refresh_from_db()
    assert (schon.history.count(), schon.updated_at) == (1, vorher)


def test_archivieren_und_geprueft_fuer_alle_ausgewaehlten_seiten(client, amt):
    AngebotFactory.create_batch(60, status="veroeffentlicht")  # more than one page
    antwort = aktion(client, "angebote_angebot", "archivieren", alle=True)
    assert meldungen(antwort) == ["60 Angebote archiviert."]
    assert not Angebot.objects.exclude(status="archiviert").exists()

    aktion(client, "angebote_angebot", "als_geprueft_markieren", alle=True)
    heute = timezone.localdate()
    assert Angebot.objects.filter(zuletzt_geprueft=heute, geprueft_von=amt).count() == 60
    assert Angebot.history.filter(history_user=amt).count() == 120


def test_sammelaktion_kostet_nicht_eine_abfrage_je_angebot(client, amt):
    def abfragen(anzahl):
        Angebot.objects.all().delete()
        AngebotFactory.create_batch(anzahl, status="veroeffentlicht")
        with CaptureQueriesContext(connection) as erfasst:
            client.post(
                reverse("admin:angebote_angebot_changelist"),
                {"action": "archivieren", "select_across": "1", "_selected_action": ["0"]},
            )
        assert Angebot.objects.filter(status="archiviert").count() == anzahl
        return len(erfasst)

    # "Veröffentlichen" is the exception: each offer goes through the review's publishing
    # function (pending proposals, check date, e-mail), one at a time.
    # Per offer it would be 80 more; batched it is one more history INSERT for every few
    # dozen rows (SQLite caps the parameters per statement), on PostgreSQL none.
    assert abfragen(80) - abfragen(5) <= 3


def test_ohne_aenderungsrecht_keine_sammelaktion(client):
    angebot = AngebotFactory(status="entwurf")
    client.force_login(UserFactory(username="leserin", is_staff=True, rolle=FACHKRAFT))
    liste = client.get(reverse("admin:angebote_angebot_changelist"))
    assert liste.status_code == 200
    assert "veroeffentlichen" not in liste.text
    aktion(client, "angebote_angebot", "veroeffentlichen", [angebot])
    angebot.refresh_from_db()
    assert angebot.status == "entwurf"
    assert angebot.history.count() == 1


def test_traeger_und_einrichtungen_als_geprueft_mit_verlauf(client, amt):
    traeger = TraegerFactory()
    ort = EinrichtungFactory(traeger=traeger)
    for admin_name, obj in (("traeger_traeger", traeger), ("traeger_einrichtung", ort)):
        antwort = aktion(client, admin_name, "als_geprueft_markieren", [obj])
        assert meldungen(antwort) == ["1 Einträge als geprüft markiert."]
        obj.refresh_from_db()
        assert (obj.zuletzt_geprueft, obj.geprueft_von) == (timezone.localdate(), amt)
        assert obj.history.first().history_change_reason == "in der Verwaltung als geprüft markiert"
    assert Traeger.objects.get().history.count() == 2


def test_ansprechperson_nicht_mehr_oeffentlich(client, amt):
    person = Ansprechperson.objects.create(
        traeger=TraegerFactory(), name="Petra", oeffentlich=True, einwilligung_am="2026-01-01"
    )
    antwort = aktion(client, "traeger_ansprechperson", "nicht_mehr_oeffentlich", [person])
    assert meldungen(antwort) == ["1 Ansprechpersonen werden nicht mehr öffentlich gezeigt."]
    person.refresh_from_db()
    assert not person.oeffentlich
    assert person.history.first().history_user == amt


def test_gremien_deaktivieren_und_aufgaben_erledigen(client, amt):
    gremium = GremiumFactory()
    aktion(client, "gremien_gremium", "deaktivieren", [gremium])
    assert not Gremium.objects.get().aktiv
    sitzung = SitzungFactory(gremium=gremium)
    offen = Aufgabe.objects.create(gremium=gremium, sitzung=sitzung, was="Flyer drucken")
    frueher = Aufgabe.objects.create(
        gremium=gremium, sitzung=sitzung, was="Raum", status="erledigt", erledigt_am="2026-01-02"
    )
    antwort = aktion(client, "gremien_aufgabe", "als_erledigt_markieren", [offen, frueher])
    assert meldungen(antwort) == ["1 Aufgabe als erledigt markiert."]
    offen.refresh_from_db()
    frueher.refresh_from_db()
    assert (offen.status, offen.erledigt_am) == ("erledigt", timezone.localdate())
    assert str(frueher.erledigt_am) == "2026-01-02"


# --- Speed of the offer list ---------------------------------------------------------------


def _angebote(anzahl: int, traeger=None) -> None:
    kategorie = Kategorie.objects.get(slug="bildung")
    for i in range(anzahl):
        AngebotFactory(
            titel=f"Angebot {i:03d}",
            traeger=traeger or TraegerFactory(),  # each row its own Träger
            kategorien=[kategorie],
            zuletzt_geprueft="2026-01-01",
        )


def _abfragen(client, params=None) -> int:
    url = reverse("admin:angebote_angebot_changelist")
    client.get(url, params or {})  # warm caches (content types, permissions)
    with CaptureQueriesContext(connection) as erfasst:
        assert client.get(url, params or {}).status_code == 200
    return len(erfasst)


@pytest.mark.parametrize(
    "params",
    [{}, {"q": "Angebot"}, {"status__exact": "veroeffentlicht", "kategorien__id__exact": "1"}],
)
def test_angebotsliste_gleich_viele_abfragen_fuer_10_und_100(client, amt, params):
    _angebote(10)
    wenige = _abfragen(client, params)
    _angebote(90)
    viele = _abfragen(client, params)
    # Session, user, permissions, then: count, page (offers joined with their Träger),
    # and the filter choices (Kategorien, Zielgruppen): none per row.
    assert wenige == viele
