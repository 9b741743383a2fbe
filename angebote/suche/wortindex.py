"""The SQLite side of the word index (see search.py "Wortindex" and migration 0005).

An FTS5 table ``angebote_wortindex`` (rowid = offer id, one column with the search text)
kept in step with ``angebote_angebot.suchtext`` by three triggers, so that every write path
(ORM, the raw UPDATE of reindex(), loaddata, deletes, test flushes) keeps it current.

SQLite drops a table's triggers when Django rebuilds the table (many schema changes on
SQLite are "create new table, copy, drop old, rename"). :func:`sicherstellen` therefore
runs after every ``migrate`` (post_migrate): it re-creates missing triggers and, if any
were missing, rebuilds the index from the search texts. On PostgreSQL the word index is
an ordinary GIN index, which survives schema changes; nothing to do there.
"""

from django.db import connections

TABELLE = "angebote_wortindex"
TABELLE_ANLEGEN = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABELLE} USING fts5(woerter, tokenize='unicode61')"
)
TRIGGER = {
    "angebote_wortindex_neu": f"""CREATE TRIGGER IF NOT EXISTS angebote_wortindex_neu
        AFTER INSERT ON angebote_angebot BEGIN
            INSERT INTO {TABELLE}(rowid, woerter) VALUES (new.id, new.suchtext);
        END""",
    "angebote_wortindex_geaendert": f"""CREATE TRIGGER IF NOT EXISTS angebote_wortindex_geaendert
        AFTER UPDATE OF suchtext ON angebote_angebot WHEN old.suchtext IS NOT new.suchtext BEGIN
            DELETE FROM {TABELLE} WHERE rowid = old.id;
            INSERT INTO {TABELLE}(rowid, woerter) VALUES (new.id, new.suchtext);
        END""",
    "angebote_wortindex_weg": f"""CREATE TRIGGER IF NOT EXISTS angebote_wortindex_weg
        AFTER DELETE ON angebote_angebot BEGIN
            DELETE FROM {TABELLE} WHERE rowid = old.id;
        END""",
}
NEU_AUFBAUEN = [
    f"DELETE FROM {TABELLE}",
    f"INSERT INTO {TABELLE}(rowid, woerter) SELECT id, suchtext FROM angebote_angebot",
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
    """post_migrate: only where migration 0005 is applied (the search text column exists)."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM django_migrations WHERE app = 'angebote' AND name = '0005_wortindex'"
        )
        if cursor.fetchone() is None:
            return
    sicherstellen(connection)
