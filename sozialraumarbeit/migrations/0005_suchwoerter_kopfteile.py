"""The Raumwissen entries' search words again, now that a compound whose head is itself a
compound also holds the head's parts and the word up to them (angebote migration 0033:
"Familienbildungsstätte" holds "Familienbildung"). Live code, as migration 0004.
"""

from django.db import migrations


def neu_bestimmen(apps, schema_editor):
    from sozialraumarbeit.models.raumwissen import suchwoerter_neu_bestimmen

    suchwoerter_neu_bestimmen(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("sozialraumarbeit", "0004_suchwoerter_neu"),
        ("angebote", "0033_wortteile_der_koepfe"),
    ]

    operations = [
        migrations.RunPython(neu_bestimmen, migrations.RunPython.noop),
    ]
