"""The health probe behind ``/healthz``: can the database take a write right now?"""

import secrets
from contextlib import contextmanager

from django.contrib.sessions.models import Session
from django.db import connection, transaction
from django.utils import timezone


@contextmanager
def _kurze_wartezeit(sekunden: float):
    """Wait at most ``sekunden`` for a lock, on this connection and only for the probe."""
    millis = max(1, int(sekunden * 1000))
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA busy_timeout")
            vorher = cursor.fetchone()[0]
            cursor.execute(f"PRAGMA busy_timeout = {millis}")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA busy_timeout = {int(vorher)}")
    else:
        yield


def datenbank_schreibbar(sekunden: float) -> None:
    """Write a session row and roll it back; raise ``DatabaseError`` if the database refuses.

    On SQLite the transaction starts with ``BEGIN IMMEDIATE`` (settings), which takes the
    write lock; on PostgreSQL a read-only server (a standby) refuses the INSERT, and
    ``lock_timeout``/``statement_timeout`` bound the wait.
    """
    with _kurze_wartezeit(sekunden), transaction.atomic():
        if connection.vendor == "postgresql":
            millis = max(1, int(sekunden * 1000))
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL lock_timeout = {millis}")
                cursor.execute(f"SET LOCAL statement_timeout = {millis}")
        Session.objects.create(
            session_key="healthz" + secrets.token_hex(16),
            session_data="",
            expire_date=timezone.now(),
        )
        transaction.set_rollback(True)
