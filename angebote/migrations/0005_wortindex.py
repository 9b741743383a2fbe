"""A word index of the search texts (see angebote/search.py, "Wortindex").

A query word is expanded to the vocabulary words that contain it (table Suchwort), and
the offers holding one of those words are looked up in an index of whole words instead of
scanning every search text with ``LIKE '%…%'``:

* PostgreSQL: a GIN index over the words of ``suchtext``, ``to_tsvector('simple', suchtext)``
  (the text is normalised to words of [0-9a-z] separated by one space, which the "simple"
  configuration keeps as they are). It replaces the trigram index on the long ``suchtext``,
  which a common word could not narrow down; the trigram indexes on ``suchtitel`` and on the
  vocabulary stay. (``to_tsvector`` rather than ``string_to_array``: the planner knows the
  former is costly per row and so prefers the index even for a common word.)
* SQLite: an FTS5 table ``angebote_wortindex`` (rowid = offer id) kept in step with
  ``suchtext`` by triggers (angebote/wortindex.py; re-created after every migrate, since SQLite
  drops triggers when Django rebuilds a table). Where SQLite was built without FTS5 the table
  is not created and the search falls back to ``LIKE`` (same results, slower).
"""

from django.db import migrations

# The one-column index as this migration created it (frozen here: angebote/suche/wortindex.py
# now describes the four-column index of migration 0015, which replaces this one).
SQLITE_VORWAERTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS angebote_wortindex USING fts5(woerter, tokenize='unicode61')",
    """CREATE TRIGGER IF NOT EXISTS angebote_wortindex_neu
        AFTER INSERT ON angebote_angebot BEGIN
            INSERT INTO angebote_wortindex(rowid, woerter) VALUES (new.id, new.suchtext);
        END""",
    """CREATE TRIGGER IF NOT EXISTS angebote_wortindex_geaendert
        AFTER UPDATE OF suchtext ON angebote_angebot WHEN old.suchtext IS NOT new.suchtext BEGIN
            DELETE FROM angebote_wortindex WHERE rowid = old.id;
            INSERT INTO angebote_wortindex(rowid, woerter) VALUES (new.id, new.suchtext);
        END""",
    """CREATE TRIGGER IF NOT EXISTS angebote_wortindex_weg
        AFTER DELETE ON angebote_angebot BEGIN
            DELETE FROM angebote_wortindex WHERE rowid = old.id;
        END""",
    "DELETE FROM angebote_wortindex",
    "INSERT INTO angebote_wortindex(rowid, woerter) SELECT id, suchtext FROM angebote_angebot",
]


def _fts5(verbindung) -> bool:
    with verbindung.cursor() as cursor:
        cursor.execute("PRAGMA compile_options")
        return any(row[0] == "ENABLE_FTS5" for row in cursor.fetchall())


PG_VORWAERTS = [
    "CREATE INDEX IF NOT EXISTS angebote_suchtext_woerter ON angebote_angebot "
    "USING gin (to_tsvector('simple'::regconfig, suchtext))",
    "DROP INDEX IF EXISTS angebote_suchtext_trgm",
]
PG_RUECKWAERTS = [
    "CREATE INDEX IF NOT EXISTS angebote_suchtext_trgm ON angebote_angebot "
    "USING gin (suchtext gin_trgm_ops)",
    "DROP INDEX IF EXISTS angebote_suchtext_woerter",
]

SQLITE_RUECKWAERTS = [
    "DROP TRIGGER IF EXISTS angebote_wortindex_neu",
    "DROP TRIGGER IF EXISTS angebote_wortindex_geaendert",
    "DROP TRIGGER IF EXISTS angebote_wortindex_weg",
    "DROP TABLE IF EXISTS angebote_wortindex",
]


def vorwaerts(apps, schema_editor):
    verbindung = schema_editor.connection
    if verbindung.vendor == "postgresql":
        for befehl in PG_VORWAERTS:
            schema_editor.execute(befehl)
    elif verbindung.vendor == "sqlite" and _fts5(verbindung):
        for befehl in SQLITE_VORWAERTS:
            schema_editor.execute(befehl)


def rueckwaerts(apps, schema_editor):
    verbindung = schema_editor.connection
    befehle = {"postgresql": PG_RUECKWAERTS, "sqlite": SQLITE_RUECKWAERTS}.get(verbindung.vendor)
    for befehl in befehle or ():
        schema_editor.execute(befehl)


class Migration(migrations.Migration):
    dependencies = [("angebote", "0004_titel_index")]

    operations = [migrations.RunPython(vorwaerts, rueckwaerts)]
