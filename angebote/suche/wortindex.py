"""The SQLite side of the word index (see search.py "Word index" and migration 0015).

An FTS5 table ``angebote_woerter`` (rowid = offer id, one column per search field:
``suchtitel``, ``suchschlagworte``, ``suchtext``, ``suchnamen``) kept in step with
``angebote_angebot`` by three triggers, so that every write path (ORM, the raw UPDATE of
reindex(), loaddata, deletes, test flushes) keeps it current. The search matches all columns
to filter and one column to rank (FTS5 column filters).

SQLite drops a table's triggers when Django rebuilds the table (many schema changes on
SQLite are "create new table, copy, drop old, rename"). :func:`sicherstellen` therefore
runs after every ``migrate`` (post_migrate): it re-creates missing triggers and, if any
were missing, rebuilds the index from the search columns. On PostgreSQL the word index is
four ordinary GIN indexes, which survive schema changes; nothing to do there.
"""

from django.db import connections

TABELLE = "angebote_woerter"
SPALTEN = ("suchtitel", "suchschlagworte", "suchtext", "suchnamen")
_LISTE = ", ".join(SPALTEN)
_NEU = ", ".join(f"new.{s}" for s in SPALTEN)
_GEAENDERT = " OR ".join(f"old.{s} IS NOT new.{s}" for s in SPALTEN)
TABELLE_ANLEGEN = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABELLE} USING fts5({_LISTE}, tokenize='unicode61')"
)
TRIGGER = {
    "angebote_woerter_neu": f"""CREATE TRIGGER IF NOT EXISTS angebote_woerter_neu
        AFTER INSERT ON angebote_angebot BEGIN
            INSERT INTO {TABELLE}(rowid, {_LISTE}) VALUES (new.id, {_NEU});
        END""",
    "angebote_woerter_geaendert": f"""CREATE TRIGGER IF NOT EXISTS angebote_woerter_geaendert
        AFTER UPDATE ON angebote_angebot WHEN {_GEAENDERT} BEGIN
            DELETE FROM {TABELLE} WHERE rowid = old.id;
            INSERT INTO {TABELLE}(rowid, {_LISTE}) VALUES (new.id, {_NEU});
        END""",
    "angebote_woerter_weg": f"""CREATE TRIGGER IF NOT EXISTS angebote_woerter_weg
        AFTER DELETE ON angebote_angebot BEGIN
            DELETE FROM {TABELLE} WHERE rowid = old.id;
        END""",
}
NEU_AUFBAUEN = [
    f"DELETE FROM {TABELLE}",
    f"INSERT INTO {TABELLE}(rowid, {_LISTE}) SELECT id, {_LISTE} FROM angebote_angebot",
]
# The word index of migration 0005 (one column), replaced by migration 0015.
ALT = [
    "DROP TRIGGER IF EXISTS angebote_wortindex_neu",
    "DROP TRIGGER IF EXISTS angebote_wortindex_geaendert",
    "DROP TRIGGER IF EXISTS angebote_wortindex_weg",
    "DROP TABLE IF EXISTS angebote_wortindex",
]


def fts5_vorhanden(connection) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA compile_options")
        return any(row[0] == "ENABLE_FTS5" for row in cursor.fetchall())


def sicherstellen(connection) -> bool:
    """Create the FTS5 table and its triggers where missing; rebuild the index if a trigger
    was missing. True if anything was (re)created. SQLite with FTS5 only."""
    if connection.vendor != "sqlite" or not fts5_vorhanden(connection):
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE name = %s OR (type = 'trigger' AND name IN "
            f"({', '.join(['%s'] * len(TRIGGER))}))",
            [TABELLE, *TRIGGER],
        )
        vorhanden = {row[0] for row in cursor.fetchall()}
        if vorhanden >= {TABELLE, *TRIGGER}:
            return False
        cursor.execute(TABELLE_ANLEGEN)
        for sql in TRIGGER.values():
            cursor.execute(sql)
        for sql in NEU_AUFBAUEN:
            cursor.execute(sql)
    connection._angebote_wortindex = True  # see search._fts5_tabelle
    return True


def nach_migrate(sender, using="default", **kwargs):
    """post_migrate: only where migration 0015 is applied (the four search columns exist)."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM django_migrations WHERE app = 'angebote' AND name = '0015_suchfelder'"
        )
        if cursor.fetchone() is None:
            return
    sicherstellen(connection)
