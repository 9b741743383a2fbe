"""The demo city Musterstadt (``load_demo``), loaded once for every test in this package.

The whole demo is loaded inside a transaction rolled back after the package's last test, so
no test elsewhere sees it; every test here runs in a savepoint within it. Loading it takes
seconds (more on PostgreSQL): tests that need the demo city belong in this package, and its
second run (idempotence) is checked once for all parts, in ``test_zweiter_lauf.py``.
"""

import io

import pytest
from django.core.management import call_command

from tests.bestand import gemeinsam_gebaut


def _laden() -> str:
    ausgabe = io.StringIO()
    call_command("load_demo", "--erzwingen", stdout=ausgabe)
    return ausgabe.getvalue()


@pytest.fixture(scope="package")
def demo_geladen(django_db_setup, django_db_blocker) -> str:
    """The demo city; the value is what ``load_demo`` printed."""
    yield from gemeinsam_gebaut(django_db_blocker, _laden)


@pytest.fixture(autouse=True)
def _demo(demo_geladen):
    """Every test of the package sees the demo city."""
