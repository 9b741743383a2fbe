"""On PostgreSQL: pg_trgm and GIN trigram indexes for the substring search (search.py).

SQLite has no such index; there the search scans the search text (see bench/RESULTS.md).
Needs the pg_trgm extension (part of PostgreSQL's contrib, in Debian's postgresql package);
creating it needs a role allowed to CREATE EXTENSION.
"""

from django.db import migrations

VORWAERTS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS angebote_suchtext_trgm ON angebote_angebot USING gin (suchtext gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS angebote_suchtitel_trgm ON angebote_angebot USING gin (suchtitel gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS angebote_suchwort_trgm ON angebote_suchwort USING gin (wort gin_trgm_ops)",
]
RUECKWAERTS = [
    "DROP INDEX IF EXISTS angebote_suchtext_trgm",
    "DROP INDEX IF EXISTS angebote_suchtitel_trgm",
    "DROP INDEX IF EXISTS angebote_suchwort_trgm",
]


def _ausfuehren(befehle):
    def ausfuehren(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for befehl in befehle:
                schema_editor.execute(befehl)

    return ausfuehren


class Migration(migrations.Migration):
    dependencies = [("angebote", "0002_stammdaten")]

    operations = [migrations.RunPython(_ausfuehren(VORWAERTS), _ausfuehren(RUECKWAERTS))]
