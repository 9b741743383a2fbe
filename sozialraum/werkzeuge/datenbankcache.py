"""Django's database cache, with a write in one statement: the registry's default cache.

Django's ``DatabaseCache.set`` writes an entry in five statements: ``SELECT COUNT(*)`` of
the whole table (is it time to cull?), ``BEGIN``, a ``SELECT`` of the key, an ``INSERT`` or
``UPDATE``, ``COMMIT``. A search nobody asked before stores seven to ten entries (the
understood query with its facets, the cards, the filter form, the facet lists …), and at
city scale those writes were a tenth of its time (bench/RESULTS.md, round 6: 1.3 ms a write
on PostgreSQL against 0.4 ms for one upsert).

Here ``set`` is one ``INSERT … ON CONFLICT (cache_key) DO UPDATE`` (PostgreSQL, and SQLite
from 3.24), and whether the table has grown past ``MAX_ENTRIES`` is checked on every
``PRUEFEN_ALLE``-th write of a process instead of on every write; the culling itself is
Django's. The table may so hold a few dozen entries more than ``MAX_ENTRIES`` per worker
between two checks. Everything else (reading, ``add``, ``touch``, deleting, ``clear``,
expiry) is Django's own. Other databases get Django's ``set`` unchanged.
"""

from __future__ import annotations

import base64
import itertools
import pickle
from contextlib import nullcontext
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import DatabaseError, connections, router, transaction
from django.utils.timezone import now as tz_now

# How often a process checks the table's size: every this many writes.
PRUEFEN_ALLE = 50


class DatabaseCache(DjangoDatabaseCache):
    def __init__(self, table, params):
        super().__init__(table, params)
        self._schreibzaehler = itertools.count()  # thread-safe in CPython

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        if connection.vendor not in ("postgresql", "sqlite"):
            self._base_set("set", key, value, timeout)
            return
        if next(self._schreibzaehler) % PRUEFEN_ALLE == 0:
            self._aufraeumen(db)
        timeout = self.get_backend_timeout(timeout)
        if timeout is None:
            ablauf = datetime.max
        else:
            ablauf = datetime.fromtimestamp(timeout, tz=UTC if settings.USE_TZ else None)
        ablauf = connection.ops.adapt_datetimefield_value(ablauf.replace(microsecond=0))
        wert = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
        name = connection.ops.quote_name
        sql = (
            f"INSERT INTO {name(self._table)} ({name('cache_key')}, {name('value')}, "
            f"{name('expires')}) VALUES (%s, %s, %s) ON CONFLICT ({name('cache_key')}) "
            f"DO UPDATE SET {name('value')} = excluded.{name('value')}, "
            f"{name('expires')} = excluded.{name('expires')}"
        )
        try:
            # Inside a transaction a failed write must not break it (Django's set: a
            # savepoint); in autocommit the one statement is its own transaction.
            rahmen = nullcontext() if connection.get_autocommit() else transaction.atomic(db)
            with rahmen, connection.cursor() as cursor:
                cursor.execute(sql, [key, wert, ablauf])
        except DatabaseError:
            # As Django's set: a cache write may fail silently (a concurrent schema
            # change, a locked SQLite file); the entry is computed again next time.
            return

    def _aufraeumen(self, db) -> None:
        """Django's culling, if the table holds more than ``MAX_ENTRIES``."""
        connection = connections[db]
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(self._table)}")
            anzahl = cursor.fetchone()[0]
            if anzahl > self._max_entries:
                self._cull(db, cursor, tz_now().replace(microsecond=0), anzahl)
