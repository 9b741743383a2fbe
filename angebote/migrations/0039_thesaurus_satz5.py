"""Thesaurus of this release (session 24), from the fifth independent query set: the groups
Deutsch als Zweitsprache (DaZ) and Deutsch als Fremdsprache (DaF) under Deutschkurs (no offer
says "DaZ": it is searched as Deutschkurs, said so); "Hausbesuch nach der Geburt" at
Willkommensbesuch; a new group "Kraftfahrzeugtechnik" (Kfz); a new group
"Frühe Hilfen" with Schreibabyambulanz under it (no offer of a city holds "Schreibaby": it is
searched as Frühe Hilfen, said so on the page, not as "schreiben").

Terms are added only where a group is still as shipped before (a group a person edited stays
as it is); a new group only if nobody has one of that name; links only where a group has no
broader group yet and no cycle would arise. Each change leaves a history entry."""

from django.db import migrations

# Preferred term → (its terms as shipped before, the terms added).
ERGAENZT = {
    "Willkommensbesuch": (
        ["Babybesuch", "Begrüßungsbesuch", "Babybegrüßungsdienst", "Neugeborenenbesuch"],
        ["Hausbesuch nach der Geburt", "Besuch nach der Geburt"],
    ),
}
NEU = {"Frühe Hilfen", "Kraftfahrzeugtechnik"}
VERKNUEPFT = ("Schreibabyambulanz", "Deutsch als Zweitsprache", "Deutsch als Fremdsprache")


def ergaenzen(apps, schema_editor):
    from angebote.suche.thesaurus import (
        begriffe_ergaenzen,
        mitgelieferte_laden,
        neue_verknuepfungen,
    )

    modell = apps.get_model("angebote", "Synonymgruppe")
    begriffe_ergaenzen(modell, ERGAENZT)
    mitgelieferte_laden(modell, nur=NEU)
    neue_verknuepfungen(modell, VERKNUEPFT)


class Migration(migrations.Migration):
    dependencies = [("angebote", "0038_ort_im_titel_gebeugt")]

    operations = [migrations.RunPython(ergaenzen, migrations.RunPython.noop)]
