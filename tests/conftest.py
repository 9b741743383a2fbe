import pytest

from sozialraum.zugang.rollen import FACHKRAFT
from tests.factories import QuartierFactory, UserFactory
from tests.transaktional import _transaktionale_tests  # noqa: F401 (a fixture)

PASSWORT = "geheim-und-lang"


def pytest_collection_modifyitems(items):
    """Transactional tests empty and refill the database quickly (tests/transaktional.py):
    the fixture goes first, before pytest-django's own sets the test up."""
    for item in items:
        marke = item.get_closest_marker("django_db")
        transaktional = marke and (
            marke.kwargs.get("transaction") or (marke.args and marke.args[0] is True)
        )
        transaktional = transaktional or {"transactional_db", "live_server"} & set(
            item.fixturenames
        )
        if transaktional and "_transaktionale_tests" not in item.fixturenames:
            item.fixturenames.insert(0, "_transaktionale_tests")


@pytest.fixture(autouse=True)
def _jugendaemter_neu_zaehlen():
    """Whether there are several Jugendämter is cached; a rolled-back test must not leave
    its answer to the next one."""
    from sozialraum.models import _importlauf_gespeichert, jugendaemter_neu_zaehlen

    jugendaemter_neu_zaehlen()
    _importlauf_gespeichert()
    yield
    jugendaemter_neu_zaehlen()
    _importlauf_gespeichert()


@pytest.fixture
def fachkraft(db):
    return UserFactory(username="fachkraft", rolle=FACHKRAFT)


@pytest.fixture
def client_fachkraft(client, fachkraft):
    client.force_login(fachkraft)
    return client


@pytest.fixture
def quartier(db):
    """One Quartier with its Sozialraum and Regionalraum."""
    return QuartierFactory(
        schluessel="01100101",
        name="Stülerstraße",
        sozialraum__schluessel="011001",
        sozialraum__name="Tiergarten Süd",
        sozialraum__regionalraum__schluessel="0110",
        sozialraum__regionalraum__name="Zentrum",
    )


@pytest.fixture
def ohne_verbindungsabbau():
    """For schemathesis, which calls the WSGI application directly: Django closes the
    database connection after each such request (``close_old_connections``), which on
    PostgreSQL ends the test's transaction; Django's own test client switches this off for
    its requests, so it is switched off here too while the test runs."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)
