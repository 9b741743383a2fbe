"""The search-quality suite (issue #15): German queries as a Fachkraft types them, on the demo
city and on Berlin's real facility data, through the registry's one search entry point.

Each case (tests/suchqualitaet/faelle_demo.py, faelle_berlin.py; format in faelle.py) says what
must rank in the top 3, what must be found and what must not. Berlin is loaded once for its
class, the demo city once for the package of demo tests (tests/demo/test_suchqualitaet_demo.py);
every case runs in a savepoint inside. ``make suchqualitaet`` (bench/suchqualitaet.py) runs the same
cases on both databases and prints precision@5, recall and the failures, next to the peers.
"""

import pytest

from tests.bestand import gemeinsam_gebaut
from tests.suchqualitaet import berlin, faelle_berlin, faelle_demo
from tests.suchqualitaet.bekannt import BEKANNT
from tests.suchqualitaet.faelle import Bestand, kennungen
from tests.suchqualitaet.parameter import als_parameter, pruefen

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="class")
def berlin_bestand(django_db_setup, django_db_blocker):
    """Berlin's facilities, loaded once for the class; the published offers handed out."""

    def laden():
        berlin.importieren()
        return Bestand.laden()

    yield from gemeinsam_gebaut(django_db_blocker, laden)


@pytest.mark.skipif(not berlin.vorhanden(), reason=f"Berliner Daten fehlen in {berlin.DATEN}")
class TestBerlin:
    @pytest.mark.parametrize("fall", als_parameter(faelle_berlin.FAELLE, "berlin"))
    def test_fall(self, fall, berlin_bestand):
        pruefen(fall, berlin_bestand)


def test_bekannte_luecken_gibt_es():
    """Every known gap names a case of the suite (a renamed case must not hide a gap)."""
    alle = set(kennungen(faelle_demo.FAELLE, "demo")) | set(
        kennungen(faelle_berlin.FAELLE, "berlin")
    )
    assert set(BEKANNT) <= alle
    assert len(BEKANNT) <= len(alle) // 8  # the list may only shrink from one in eight


def test_genug_faelle():
    """The issue asks for at least 300 cases on the demo city and Berlin."""
    assert len(faelle_demo.FAELLE) + len(faelle_berlin.FAELLE) >= 300
    assert len(set(kennungen(faelle_demo.FAELLE, "demo"))) == len(faelle_demo.FAELLE)
