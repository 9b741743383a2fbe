"""The shipped groups of addiction help stand under "Sucht", and "Alkohol" is a new one
(this release): a term no offer holds is searched as its broader term ("Suchtberatung" →
"Sucht"). Only the new group is added (not groups a person deleted); the four are linked only
where they have no broader group yet and no cycle would arise, with a history entry."""

from django.db import migrations

GRUPPEN = ("Suchtberatung", "Suchtprävention", "Mediensucht", "Glücksspielsucht")


def verknuepfen(apps, schema_editor):
    from angebote.suche.thesaurus import mitgelieferte_laden, neue_verknuepfungen

    modell = apps.get_model("angebote", "Synonymgruppe")
    mitgelieferte_laden(modell, nur={"Alkohol"})
    neue_verknuepfungen(modell, GRUPPEN)


class Migration(migrations.Migration):
    dependencies = [("angebote", "0020_suchwort_trigramm_auf_lower")]

    operations = [migrations.RunPython(verknuepfen, migrations.RunPython.noop)]
