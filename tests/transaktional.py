"""Transactional tests, quickly: how the tables are emptied after one and how the data from
the migrations comes back before the next (``django_db(transaction=True,
serialized_rollback=True)``: the browser tests, and the few others that need real commits).

``tests/conftest.py`` gives every such test the session fixture ``_transaktionale_tests``,
which swaps two of Django's steps for the session:

- on PostgreSQL the flush after each test deletes the rows instead of truncating the tables
  (``_mit_delete_leeren``);
- the serialized rows (some 1,400: permissions, groups, categories, the thesaurus and its
  history) come back as one INSERT per table instead of an UPDATE and an INSERT per row
  (``_in_bloecken_laden``).

After the last test the data is loaded once more, so that a kept test database
(``--reuse-db``, e.g. on PostgreSQL) is complete for the next run.
"""

import functools

import pytest
from django.db import connections


@pytest.fixture(scope="session")
def _transaktionale_tests(django_db_setup, django_db_blocker):
    serialisiert = {
        alias: inhalt
        for alias in connections
        if (inhalt := getattr(connections[alias], "_test_serialized_contents", None))
    }
    klassen = {type(connections[alias].creation) for alias in serialisiert}
    bisher = {klasse: klasse.deserialize_db_from_string for klasse in klassen}
    for klasse in klassen:
        klasse.deserialize_db_from_string = functools.partialmethod(
            _in_bloecken_laden, bisher=bisher[klasse]
        )
    operationen = {
        type(connections[alias].ops)
        for alias in connections
        if connections[alias].vendor == "postgresql"
    }
    leeren_bisher = {klasse: klasse.sql_flush for klasse in operationen}
    for klasse in operationen:
        klasse.sql_flush = functools.partialmethod(_mit_delete_leeren, bisher=leeren_bisher[klasse])
    try:
        yield
        with django_db_blocker.unblock():
            for alias, inhalt in serialisiert.items():
                connections[alias].creation.deserialize_db_from_string(inhalt)
    finally:
        for klasse, methode in bisher.items():
            klasse.deserialize_db_from_string = methode
        for klasse, methode in leeren_bisher.items():
            klasse.sql_flush = methode


def _mit_delete_leeren(ops, style, tables, *, reset_sequences=False, allow_cascade=False, bisher):
    """PostgreSQL's flush after each transactional test, as DELETE instead of TRUNCATE.

    TRUNCATE gives each of the some 150 tables (and their indexes) new files on disk: about a
    second per test with the machine idle, four in CI. The tables of such a test hold a
    few hundred rows; DELETE empties them in a few milliseconds. Django creates its foreign
    keys deferrable, and the flush runs in one transaction, so the order does not matter.
    Sequences are not reset (nor are they by TRUNCATE without ``reset_sequences``)."""
    if reset_sequences or allow_cascade:
        return bisher(
            ops, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
        )
    return [
        f"{style.SQL_KEYWORD('DELETE FROM')} {style.SQL_FIELD(ops.quote_name(tabelle))};"
        for tabelle in tables
    ]


@functools.cache
def _gelesen(inhalt: str) -> list:
    """The rows of the serialized data, parsed once per session (not once per test)."""
    from django.core import serializers

    return list(serializers.deserialize("json", inhalt))


def _in_bloecken_laden(creation, inhalt: str, *, bisher) -> None:
    """Django's ``deserialize_db_from_string``, one INSERT per table instead of an UPDATE and
    an INSERT per row: before every such test some 1,400 rows (permissions, groups,
    categories, the thesaurus and its history) come back, which took a second per test on
    PostgreSQL. Rows and many-to-many links without signals, constraints checked once at the
    end, and the data state renewed once (sozialraum/werkzeuge/datenstand.py), as the save
    signals of Django's own way would: nothing cached for the rows of an earlier test answers
    for these. Unlike a raw save, ``bulk_create`` fills ``auto_now`` fields anew, so the
    loaded rows' times of creation and change are those of the load. Where the tables are
    not empty (the first test of a run on a kept database), Django's own way, which updates
    what is there."""
    from collections import defaultdict
    from copy import copy

    from django.db import transaction

    from sozialraum.werkzeuge.datenstand import stand_erhoehen

    alias = creation.connection.alias
    zeilen, verbindungen = defaultdict(list), defaultdict(list)
    for gelesen in _gelesen(inhalt):
        objekt = copy(gelesen.object)
        objekt._state = copy(objekt._state)
        zeilen[type(objekt)].append(objekt)
        for name, ziele in (gelesen.m2m_data or {}).items():
            feld = type(objekt)._meta.get_field(name)
            durch = feld.remote_field.through
            von, nach = feld.m2m_field_name(), feld.m2m_reverse_field_name()
            verbindungen[durch].extend(
                durch(**{f"{von}_id": objekt.pk, f"{nach}_id": ziel}) for ziel in ziele
            )
    if any(m._base_manager.using(alias).exists() for m in [*zeilen, *verbindungen]):
        bisher(creation, inhalt)
        return
    with transaction.atomic(using=alias), creation.connection.constraint_checks_disabled():
        for modell, objekte in [*zeilen.items(), *verbindungen.items()]:
            modell._base_manager.using(alias).bulk_create(objekte, batch_size=500)
        creation.connection.check_constraints(
            table_names=[m._meta.db_table for m in [*zeilen, *verbindungen]]
        )
        stand_erhoehen(alias)
