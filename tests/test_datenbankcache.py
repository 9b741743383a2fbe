"""The registry's database cache (sozialraum/werkzeuge/datenbankcache.py): Django's database
cache with a write in one statement; on SQLite and PostgreSQL alike (CI runs both)."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from sozialraum.settings import cache_einstellungen
from sozialraum.werkzeuge import datenbankcache
from sozialraum.werkzeuge.datenbankcache import DatabaseCache

pytestmark = pytest.mark.django_db


@pytest.fixture
def speicher():
    # The table as migrate creates it in a registry (tests run with a local-memory cache).
    with override_settings(CACHES=cache_einstellungen("", 5000)):
        call_command("createcachetable", verbosity=0)
    cache = DatabaseCache("sozialraum_cache", {"OPTIONS": {"MAX_ENTRIES": 10}})
    cache.clear()
    return cache


def _zeilen() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM sozialraum_cache")
        return cursor.fetchone()[0]


def test_schreiben_lesen_ueberschreiben(speicher):
    speicher.set("a", {"treffer": [1, 2, 3]}, 60)
    assert speicher.get("a") == {"treffer": [1, 2, 3]}
    speicher.set("a", "neu", 60)
    assert speicher.get("a") == "neu"
    speicher.set("ewig", 1, None)
    assert speicher.get("ewig") == 1
    assert _zeilen() == 2


def test_ein_schreiben_ist_eine_anweisung(speicher, monkeypatch):
    monkeypatch.setattr(datenbankcache, "PRUEFEN_ALLE", 1000)
    speicher.set("vorher", 0)  # the process's first write checks the size
    with CaptureQueriesContext(connection) as erfasst:
        speicher.set("a", 1, 60)
        speicher.set("a", 2, 60)
    # Besides the savepoint of a transaction (a test runs in one): no COUNT, no SELECT.
    anweisungen = [
        q["sql"] for q in erfasst.captured_queries if "SAVEPOINT" not in q["sql"].upper()
    ]
    assert len(anweisungen) == 2
    assert all(a.startswith("INSERT INTO") for a in anweisungen)
    assert speicher.get("a") == 2


def test_abgelaufen_ist_weg_und_add_touch_delete_wie_django(speicher):
    speicher.set("alt", 1, -1)
    assert speicher.get("alt") is None
    assert speicher.add("alt", 2, 60)  # an expired entry may be added again
    assert speicher.get("alt") == 2
    assert not speicher.add("alt", 3, 60)
    assert speicher.touch("alt", 120)
    speicher.delete("alt")
    assert speicher.get("alt", "fehlt") == "fehlt"


def test_zu_viele_eintraege_werden_ausgeduennt(speicher, monkeypatch):
    """Checked every PRUEFEN_ALLE-th write of a process: over MAX_ENTRIES, the expired
    entries and then a third of the rest go, as Django culls."""
    monkeypatch.setattr(datenbankcache, "PRUEFEN_ALLE", 5)
    for i in range(40):
        speicher.set(f"k{i}", i, 60)
    assert _zeilen() <= 10 + 5
    assert speicher.get("k39") == 39  # written after the last check


def test_schreiben_in_einer_transaktion(speicher):
    """Inside a transaction (a view under atomic, an import) the write is part of it and
    the transaction goes on."""
    with transaction.atomic():
        speicher.set("t", datetime.date(2026, 12, 6), 60)
        assert speicher.get("t") == datetime.date(2026, 12, 6)
        speicher.set("t", "zwei", 60)
    assert speicher.get("t") == "zwei"


def test_die_registry_nutzt_ihn_ohne_redis():
    assert cache_einstellungen("", 5000)["default"]["BACKEND"] == (
        "sozialraum.werkzeuge.datenbankcache.DatabaseCache"
    )
