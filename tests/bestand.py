"""Data built once for many tests: the one way a module-, class- or package-scoped fixture
makes its world (``yield from gemeinsam_gebaut(django_db_blocker, bauen)``).

``bauen`` runs inside a transaction that is rolled back after the last test; every test runs
in a savepoint within it, so no other test sees the data.

The foreign-key checks the build deferred are run here, once. Otherwise they come back in
every test: Django ends each test by checking the constraints inside the test's savepoint
(``TestCase._fixture_teardown``), and rolling the savepoint back brings the pending checks
of the build back with it. On PostgreSQL that re-checked the demo city's rows after every
one of its tests (0.13 s a case in the search-quality suite).
"""

from collections.abc import Callable, Iterator
from typing import TypeVar

from django.db import connection, transaction

T = TypeVar("T")


def gemeinsam_gebaut(django_db_blocker, bauen: Callable[[], T]) -> Iterator[T]:
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            gebaut = bauen()
            connection.check_constraints()
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    try:
        yield gebaut
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
