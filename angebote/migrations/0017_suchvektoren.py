"""PostgreSQL: the words of each search field as a stored ``tsvector`` column.

Migration 0015 indexed ``to_tsvector('simple', <field>)`` as an expression. A common word
("familie": 38,000 of 100,000 offers) then made the planner read the offers and parse every
description again for the filter and the rank (1.4 s, bench/RESULTS.md). Stored generated
columns are parsed once per write; the filter and the rank read them (GIN index each).

Not model fields: Django neither reads nor writes them, PostgreSQL keeps them in step with
the text. A later migration that changes the type of one of the four text columns must drop
its vector column first (PostgreSQL refuses otherwise) and add it again. SQLite keeps its
FTS5 table (angebote/suche/wortindex.py); nothing to do there.
"""

from django.db import migrations

FELDER = ("suchtitel", "suchschlagworte", "suchtext", "suchnamen")

VORWAERTS = [
    *(
        f"ALTER TABLE angebote_angebot ADD COLUMN IF NOT EXISTS {f}_vektor tsvector "
        f"GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {f})) STORED"
        for f in FELDER
    ),
    *(
        f"CREATE INDEX IF NOT EXISTS angebote_{f}_vektor ON angebote_angebot USING gin ({f}_vektor)"
        for f in FELDER
    ),
    *(f"DROP INDEX IF EXISTS angebote_{f}_woerter" for f in FELDER),
    "ANALYZE angebote_angebot",
]
RUECKWAERTS = [
    *(
        f"CREATE INDEX IF NOT EXISTS angebote_{f}_woerter ON angebote_angebot "
        f"USING gin (to_tsvector('simple'::regconfig, {f}))"
        for f in FELDER
    ),
    *(f"ALTER TABLE angebote_angebot DROP COLUMN IF EXISTS {f}_vektor" for f in FELDER),
]


def vorwaerts(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for befehl in VORWAERTS:
            schema_editor.execute(befehl)


def rueckwaerts(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for befehl in RUECKWAERTS:
            schema_editor.execute(befehl)


class Migration(migrations.Migration):
    dependencies = [("angebote", "0016_synonyme_laden")]

    operations = [migrations.RunPython(vorwaerts, rueckwaerts)]
