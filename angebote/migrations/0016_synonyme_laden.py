"""The thesaurus the registry ships (angebote/suche/synonyme.json): every group the
database does not have yet; later releases add theirs with ``manage.py synonyme_laden``."""

from django.db import migrations


def laden(apps, schema_editor):
    from angebote.suche.thesaurus import mitgelieferte_laden

    mitgelieferte_laden(apps.get_model("angebote", "Synonymgruppe"))


class Migration(migrations.Migration):
    dependencies = [("angebote", "0015_suchfelder")]

    operations = [migrations.RunPython(laden, migrations.RunPython.noop)]
