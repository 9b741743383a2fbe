"""The search state moves from the Suchstand table into the shared cache (angebote/suche/
suchstand.py); the database cache's table is created here for `make setup`/`migrate`."""

from django.core.management import call_command
from django.db import migrations


def cachetabelle_anlegen(apps, schema_editor):
    # Only for a DatabaseCache in settings.CACHES (the default without REDIS_URL); leaves an
    # existing table alone. Tests get it from Django's test database setup.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("angebote", "0013_merklisten"),
    ]

    operations = [
        migrations.DeleteModel(name="Suchstand"),
        migrations.RunPython(cachetabelle_anlegen, migrations.RunPython.noop, elidable=True),
    ]
