"""The search's postings (``Vorkommen``: word, offer, fields as bits) replace the word
indexes of migrations 0015/0017: PostgreSQL's four stored ``tsvector`` columns with their GIN
indexes, SQLite's four-column FTS5 table with its triggers.

A common word ("familie": 38,000 of 100,000 offers) was ranked by checking every matching
offer's four word vectors, a sequential scan of the offers (250–330 ms, bench/RESULTS.md).
The postings of its words are read by an index-only scan and grouped per offer.

The postings are filled from the offers' search fields (the same words reindex() writes).
"""

import django.db.models.deletion
from django.db import migrations, models

FELDER = ("suchtitel", "suchschlagworte", "suchtext", "suchnamen")
STUECK = 2000


def fuellen(apps, schema_editor):
    from angebote.suche.suchindex import vorkommen, vorkommen_schreiben

    verbindung = schema_editor.connection
    angebote = apps.get_model("angebote", "Angebot").objects.using(verbindung.alias)
    letzte = 0
    while True:
        zeilen = list(
            angebote.filter(pk__gt=letzte).order_by("pk").values_list("pk", *FELDER)[:STUECK]
        )
        if not zeilen:
            break
        vorkommen_schreiben(
            verbindung,
            [
                (pk, wort, bits)
                for pk, *felder in zeilen
                for wort, bits in vorkommen(f or "" for f in felder).items()
            ],
        )
        letzte = zeilen[-1][0]


def alte_indexe_entfernen(apps, schema_editor):
    verbindung = schema_editor.connection
    if verbindung.vendor == "postgresql":
        for feld in FELDER:
            # Drops the GIN index on the column with it.
            schema_editor.execute(
                f"ALTER TABLE angebote_angebot DROP COLUMN IF EXISTS {feld}_vektor"
            )
        schema_editor.execute("ANALYZE angebote_vorkommen")
    elif verbindung.vendor == "sqlite":
        for name in ("neu", "geaendert", "weg"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS angebote_woerter_{name}")
        schema_editor.execute("DROP TABLE IF EXISTS angebote_woerter")


def alte_indexe_anlegen(apps, schema_editor):
    """Back: PostgreSQL's vector columns as migration 0017 made them. SQLite's FTS5 table was
    re-created after every migrate by the code of that time, not by a migration."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for feld in FELDER:
        schema_editor.execute(
            f"ALTER TABLE angebote_angebot ADD COLUMN IF NOT EXISTS {feld}_vektor tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {feld})) STORED"
        )
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS angebote_{feld}_vektor ON angebote_angebot "
            f"USING gin ({feld}_vektor)"
        )


class Migration(migrations.Migration):
    dependencies = [("angebote", "0025_index_gebietsfilter")]

    operations = [
        migrations.CreateModel(
            name="Vorkommen",
            fields=[
                (
                    "pk",
                    models.CompositePrimaryKey(
                        "angebot",
                        "wort",
                        blank=True,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                ("wort", models.CharField(max_length=100)),
                ("felder", models.PositiveSmallIntegerField()),
                (
                    "angebot",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="angebote.angebot",
                    ),
                ),
            ],
            options={
                "verbose_name": "Wortvorkommen",
                "verbose_name_plural": "Wortvorkommen",
                "indexes": [
                    models.Index(
                        fields=["wort", "angebot", "felder"], name="vorkommen_wort_angebot"
                    )
                ],
            },
        ),
        migrations.RunPython(fuellen, migrations.RunPython.noop),
        migrations.RunPython(alte_indexe_entfernen, alte_indexe_anlegen),
    ]
