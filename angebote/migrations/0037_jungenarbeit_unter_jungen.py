"""Jungenarbeit under Jungen, as Mädchenarbeit stands under Mädchen (migration 0034): a
term no offer holds is searched as its broader term, so "Jungenarbeit" finds the youth
clubs whose description says "Schwerpunkt: Jungen". Possible now that the forms of
"Jungen" are "Jungen" and "Jungs" only, no longer the adjective's "junge" ("junge Frauen").

A link is added only where the group has no broader group yet and no cycle would arise;
it leaves a history entry."""

from django.db import migrations

VERKNUEPFT = ("Jungenarbeit",)


def verknuepfen(apps, schema_editor):
    from angebote.suche.thesaurus import neue_verknuepfungen

    neue_verknuepfungen(apps.get_model("angebote", "Synonymgruppe"), VERKNUEPFT)


class Migration(migrations.Migration):
    dependencies = [("angebote", "0036_thesaurus_feldwoerter")]

    operations = [migrations.RunPython(verknuepfen, migrations.RunPython.noop)]
