"""On PostgreSQL: the vocabulary's trigram index on ``lower(wort)`` instead of ``wort``.

pg_trgm's GIN index also answers ``=``, badly: for ``wort IN (…)`` it checks every trigram
of every word. Without table statistics (a new installation before autovacuum has analysed
the table, every test database) the planner chose it over the unique B-tree: 300 words took
2.8 s instead of 2 ms, and the more the test suite had written and rolled back, the worse.
On an expression the equality cannot use it; the typo candidates search ``LOWER(wort)``
(search.py, ``korrektur``), which is ``wort`` itself, as the words are stored normalised.
"""

from django.db import migrations

VORWAERTS = [
    "DROP INDEX IF EXISTS angebote_suchwort_trgm",
    "CREATE INDEX IF NOT EXISTS angebote_suchwort_trgm ON angebote_suchwort "
    "USING gin (lower(wort) gin_trgm_ops)",
]
RUECKWAERTS = [
    "DROP INDEX IF EXISTS angebote_suchwort_trgm",
    "CREATE INDEX IF NOT EXISTS angebote_suchwort_trgm ON angebote_suchwort "
    "USING gin (wort gin_trgm_ops)",
]


def _ausfuehren(befehle):
    def ausfuehren(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for befehl in befehle:
                schema_editor.execute(befehl)

    return ausfuehren


class Migration(migrations.Migration):
    dependencies = [("angebote", "0019_oberbegriffe_verknuepfen")]

    operations = [migrations.RunPython(_ausfuehren(VORWAERTS), _ausfuehren(RUECKWAERTS))]
