"""The groups the registry ships now, and the shipped groups linked to their shipped
broader group (once: no group could have one before, so nothing a person set is changed)."""

from django.db import migrations


def verknuepfen(apps, schema_editor):
    from angebote.suche.thesaurus import mitgelieferte_laden, oberbegriffe_verknuepfen

    modell = apps.get_model("angebote", "Synonymgruppe")
    mitgelieferte_laden(modell)
    oberbegriffe_verknuepfen(modell)


class Migration(migrations.Migration):
    dependencies = [("angebote", "0018_oberbegriffe")]

    operations = [migrations.RunPython(verknuepfen, migrations.RunPython.noop)]
