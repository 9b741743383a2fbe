"""Thesaurus of this release (found by a second, independent set of queries, bench/RESULTS.md
round 13): the abbreviations SSA (Schulsozialarbeit) and KJND (Kinder- und Jugendnotdienst),
"Essensausgabe" in the group Tafel, "Boxen" in Boxsport, "Radsport", "Radtour",
"Fahrradtour" and "Fahrrad" in Radfahren; a new group "Notfall" above Krisenberatung and Jugendnotdienst;
Mädchenarbeit under Mädchen (a term no offer holds is searched as its broader term:
"Mädchenarbeit" finds the offers for Mädchen; not Jungenarbeit under Jungen: the forms of
"Jungen" include the adjective's "junge", and Berlin's "junge Frauen" would come first).

Terms are added only where a group is still as shipped before (a group a person edited
stays as it is); the new group only if nobody has one of that name; links only where a
group has no broader group yet and no cycle would arise. Each change leaves a history entry."""

from django.db import migrations

# Preferred term → (its terms as shipped before, the terms added).
ERGAENZT = {
    "Schulsozialarbeit": (
        [
            "Schulsozialarbeiter",
            "Schulsozialarbeiterin",
            "Jugendsozialarbeit an Schulen",
            "JaS",
            "Sozialarbeit an Schulen",
            "schulbezogene Sozialarbeit",
        ],
        ["SSA"],
    ),
    "Jugendnotdienst": (
        [
            "Kindernotdienst",
            "Mädchennotdienst",
            "Kinder- und Jugendnotdienst",
            "Notdienst Kinderschutz",
        ],
        ["KJND"],
    ),
    "Tafel": (
        ["Lebensmittelausgabe", "Lebensmittelhilfe", "Lebensmittelausgabestelle", "Laib und Seele"],
        ["Essensausgabe"],
    ),
    "Boxsport": (["Boxtraining", "Boxclub", "Box-AG", "Boxkurs"], ["Boxen"]),
    "Radfahren": (["Fahrradfahren"], ["Radsport", "Radtour", "Fahrradtour", "Fahrrad"]),
}
VERKNUEPFT = ("Mädchenarbeit", "Krisenberatung", "Jugendnotdienst")


def ergaenzen(apps, schema_editor):
    from angebote.suche.thesaurus import (
        begriffe_ergaenzen,
        mitgelieferte_laden,
        neue_verknuepfungen,
    )

    modell = apps.get_model("angebote", "Synonymgruppe")
    begriffe_ergaenzen(modell, ERGAENZT)
    mitgelieferte_laden(modell, nur={"Notfall"})
    neue_verknuepfungen(modell, VERKNUEPFT)


class Migration(migrations.Migration):
    dependencies = [("angebote", "0033_wortteile_der_koepfe")]

    operations = [migrations.RunPython(ergaenzen, migrations.RunPython.noop)]
