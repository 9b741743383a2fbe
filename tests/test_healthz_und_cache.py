"""``/healthz`` checks that the database takes a write; no page with personal data is cached."""

import pytest
from django.db import connections
from django.urls import reverse

from tests.factories import AngebotFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def schreibsperre():
    """Another connection holds the write lock on the session table, as a long import would."""
    andere = connections.create_connection("default")
    andere.ensure_connection()
    roh = andere.connection
    if andere.vendor == "sqlite":
        roh.execute("BEGIN IMMEDIATE")
        roh.execute(
            "INSERT INTO django_session (session_key, session_data, expire_date) "
            "VALUES ('sperre', '', '2000-01-01')"
        )
    else:
        roh.execute("BEGIN")
        roh.execute("LOCK TABLE django_session IN EXCLUSIVE MODE")
    yield
    roh.rollback()
    andere.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_healthz_503_wenn_die_datenbank_nicht_schreiben_kann(client, settings, schreibsperre):
    settings.HEALTHZ_TIMEOUT = 0.2
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert "Schreibzugriffe" in response.text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_healthz_wieder_ok_wenn_die_sperre_endet(client, settings):
    from django.contrib.sessions.models import Session

    settings.HEALTHZ_TIMEOUT = 0.2
    assert client.get(reverse("healthz")).status_code == 200
    # The probe's row is rolled back, and a failed probe leaves no lasting change.
    assert not Session.objects.filter(session_key__startswith="healthz").exists()


def test_healthz_sqlite_wartezeit_danach_wie_vorher(client, settings):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("busy_timeout gibt es nur in SQLite")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        vorher = cursor.fetchone()[0]
    client.get(reverse("healthz"))
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] == vorher


@pytest.mark.parametrize("name", ["start", "gebiete", "traeger:kontakte"])
def test_angemeldete_seiten_werden_nicht_zwischengespeichert(client_fachkraft, name):
    response = client_fachkraft.get(reverse(name))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert "Expires" not in response


def test_angebotsseite_und_kartendaten_privat(client_fachkraft):
    angebot = AngebotFactory()
    for url in (angebot.get_absolute_url(), reverse("angebote:karte")):
        response = client_fachkraft.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "private, no-store", url


def test_anmeldeseite_und_weiterleitung_auch_privat(client):
    assert client.get(reverse("anmelden"))["Cache-Control"] == "private, no-store"
    weiter = client.get(reverse("start"))
    assert weiter.status_code == 302
    assert weiter["Cache-Control"] == "private, no-store"
