"""The search-quality cases on the demo city (tests/test_suchqualitaet.py says how they work)."""

import pytest

from tests.suchqualitaet import faelle_demo
from tests.suchqualitaet.faelle import Bestand
from tests.suchqualitaet.parameter import als_parameter, pruefen

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="package")
def demo_bestand(demo_geladen, django_db_blocker):
    """The demo's published offers as the cases compare them, read once."""
    with django_db_blocker.unblock():
        return Bestand.laden()


@pytest.mark.parametrize("fall", als_parameter(faelle_demo.FAELLE, "demo"))
def test_fall(fall, demo_bestand):
    pruefen(fall, demo_bestand)
