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

from angebote.suche import wortindex

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
    elif verbindung.vendor == "sqlite":
        wortindex.sicherstellen(verbindung)


def rueckwaerts(apps, schema_editor):
    verbindung = schema_editor.connection
    befehle = {"postgresql": PG_RUECKWAERTS, "sqlite": SQLITE_RUECKWAERTS}.get(verbindung.vendor)
    for befehl in befehle or ():
        schema_editor.execute(befehl)


class Migration(migrations.Migration):
    dependencies = [("angebote", "0004_titel_index")]

    operations = [migrations.RunPython(vorwaerts, rueckwaerts)]
