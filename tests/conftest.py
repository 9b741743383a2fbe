import pytest

from sozialraum.rollen import FACHKRAFT
from tests.factories import QuartierFactory, UserFactory

PASSWORT = "geheim-und-lang"


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
