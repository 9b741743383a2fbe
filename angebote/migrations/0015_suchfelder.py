"""The search in four weighted fields, the parts of compounds, the thesaurus.

* ``suchschlagworte`` and ``suchnamen`` beside ``suchtitel`` and ``suchtext`` (which now holds
  only the description and notes: addresses, languages and areas are no longer free text).
* The word index per field: PostgreSQL a GIN index over ``to_tsvector('simple', …)`` of each
  column (``suchtext``'s exists since 0005); SQLite drops the one-column FTS5 table of 0005
  (until migration 0026, a four-column one took its place here; 0026 replaced both with
  the postings table ``Vorkommen``).
* ``Wortteil`` (the parts of the vocabulary's compounds) and ``Synonymgruppe``.
* The search fields and the vocabulary of existing offers are rebuilt (live code: the
  search index's current definition is what the search reads).
"""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

PG_INDEXE = [
    (
        f"CREATE INDEX IF NOT EXISTS angebote_{spalte}_woerter ON angebote_angebot "
        f"USING gin (to_tsvector('simple'::regconfig, {spalte}))"
    )
    for spalte in ("suchtitel", "suchschlagworte", "suchnamen")
] + [
    # Ties and the empty search: the most recently checked published offers first, read in
    # index order instead of sorting every published offer (search.SORTIERUNGEN).
    "CREATE INDEX IF NOT EXISTS angebote_frische ON angebote_angebot "
    "(zuletzt_geprueft DESC NULLS LAST, id DESC) WHERE status = 'veroeffentlicht'"
]
PG_ZURUECK = [
    f"DROP INDEX IF EXISTS angebote_{spalte}_woerter"
    for spalte in ("suchtitel", "suchschlagworte", "suchnamen")
] + ["DROP INDEX IF EXISTS angebote_frische"]


# The one-column word index of migration 0005, replaced here (SQLite). The four-column FTS5
# table this migration created until migration 0026 replaced every word index with the
# postings table is no longer created: 0026 drops it where it exists.
SQLITE_ALT = [
    "DROP TRIGGER IF EXISTS angebote_wortindex_neu",
    "DROP TRIGGER IF EXISTS angebote_wortindex_geaendert",
    "DROP TRIGGER IF EXISTS angebote_wortindex_weg",
    "DROP TABLE IF EXISTS angebote_wortindex",
]


def wortindex_anlegen(apps, schema_editor):
    verbindung = schema_editor.connection
    if verbindung.vendor == "postgresql":
        for befehl in PG_INDEXE:
            schema_editor.execute(befehl)
    elif verbindung.vendor == "sqlite":
        for befehl in SQLITE_ALT:
            schema_editor.execute(befehl)


def wortindex_entfernen(apps, schema_editor):
    verbindung = schema_editor.connection
    if verbindung.vendor == "postgresql":
        for befehl in PG_ZURUECK:
            schema_editor.execute(befehl)


def neu_aufbauen(apps, schema_editor):
    """Rebuild search fields and vocabulary of the offers there are (none in a new registry)."""
    if (
        not apps.get_model("angebote", "Angebot")
        .objects.using(schema_editor.connection.alias)
        .exists()
    ):
        return
    from angebote.models import Suchwort
    from angebote.suche.suchindex import reindex

    Suchwort.objects.all().delete()
    reindex(postings=False)  # their table comes with migration 0026, which fills it


class Migration(migrations.Migration):
    dependencies = [
        ("angebote", "0014_suchstand_entfernen"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Synonymgruppe",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "bevorzugt",
                    models.CharField(
                        help_text="Der Begriff, unter dem die Gruppe geführt wird, z. B. „Kindertagesstätte“.",
                        max_length=100,
                        unique=True,
                        verbose_name="Vorzugsbegriff",
                    ),
                ),
                (
                    "begriffe",
                    models.TextField(
                        help_text="Ein Begriff je Zeile: Synonyme und Abkürzungen, die dasselbe meinen (nicht Ober- oder Unterbegriffe), z. B. „Kita“.",
                        verbose_name="weitere Begriffe",
                    ),
                ),
                ("bereich", models.CharField(blank=True, max_length=100, verbose_name="Bereich")),
                (
                    "aktiv",
                    models.BooleanField(
                        default=True,
                        help_text="Nur aktive Gruppen erweitern die Suche.",
                        verbose_name="aktiv",
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="geändert")),
            ],
            options={
                "verbose_name": "Synonymgruppe",
                "verbose_name_plural": "Synonymgruppen",
                "ordering": ["bereich", "bevorzugt"],
            },
        ),
        migrations.AddField(
            model_name="angebot",
            name="suchnamen",
            field=models.TextField(default="", editable=False),
        ),
        migrations.AddField(
            model_name="angebot",
            name="suchschlagworte",
            field=models.TextField(default="", editable=False),
        ),
        migrations.CreateModel(
            name="HistoricalSynonymgruppe",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "bevorzugt",
                    models.CharField(
                        db_index=True,
                        help_text="Der Begriff, unter dem die Gruppe geführt wird, z. B. „Kindertagesstätte“.",
                        max_length=100,
                        verbose_name="Vorzugsbegriff",
                    ),
                ),
                (
                    "begriffe",
                    models.TextField(
                        help_text="Ein Begriff je Zeile: Synonyme und Abkürzungen, die dasselbe meinen (nicht Ober- oder Unterbegriffe), z. B. „Kita“.",
                        verbose_name="weitere Begriffe",
                    ),
                ),
                ("bereich", models.CharField(blank=True, max_length=100, verbose_name="Bereich")),
                (
                    "aktiv",
                    models.BooleanField(
                        default=True,
                        help_text="Nur aktive Gruppen erweitern die Suche.",
                        verbose_name="aktiv",
                    ),
                ),
                (
                    "updated_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="geändert"),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical Synonymgruppe",
                "verbose_name_plural": "historical Synonymgruppen",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Wortteil",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("teil", models.CharField(db_index=True, max_length=100)),
                (
                    "wort",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="teile",
                        to="angebote.suchwort",
                    ),
                ),
            ],
            options={
                "verbose_name": "Wortteil",
                "verbose_name_plural": "Wortteile",
                "constraints": [
                    models.UniqueConstraint(fields=("teil", "wort"), name="wortteil_einmal_je_wort")
                ],
            },
        ),
        migrations.RunPython(wortindex_anlegen, wortindex_entfernen),
        migrations.RunPython(neu_aufbauen, migrations.RunPython.noop),
    ]
