"""The search fields hold the joined forms of hyphenated compounds ("Eltern-Kind":
"elternkind", angebote/suche/suchindex.py): the fields and the vocabulary of existing offers
are rebuilt (live code, as in 0015: the search index's current definition is what the search
reads). PostgreSQL's vectors follow their columns (0017); SQLite's FTS5 table its triggers."""

from django.db import migrations


def neu_aufbauen(apps, schema_editor):
    """Rebuild the search fields of the offers there are (none in a new registry)."""
    if (
        not apps.get_model("angebote", "Angebot")
        .objects.using(schema_editor.connection.alias)
        .exists()
    ):
        return
    from angebote.suche.suchindex import reindex

    reindex()


class Migration(migrations.Migration):
    dependencies = [("angebote", "0024_index_aktualitaet")]

    operations = [migrations.RunPython(neu_aufbauen, migrations.RunPython.noop)]
