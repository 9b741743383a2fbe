"""The Raumwissen entries' search words again (``suchwoerter``: words and compound parts),
now that the compound splitter no longer splits a word more frequent than its parts
(angebote migration 0031): "vergessen" no longer holds "essen", nor "Angebote" "bote".

Written with ``update()``: no history entry, no new ``updated_at`` (nothing a person wrote
changed). Live code, as the angebote migrations that rebuild the offers' search index.
"""

from django.db import migrations


def neu_bestimmen(apps, schema_editor):
    from sozialraumarbeit.models.raumwissen import suchwoerter_neu_bestimmen

    suchwoerter_neu_bestimmen(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("sozialraumarbeit", "0003_massnahme_barrieren"),
        ("angebote", "0031_wortteile_nach_haeufigkeit"),
    ]

    operations = [
        migrations.RunPython(neu_bestimmen, migrations.RunPython.noop),
    ]
