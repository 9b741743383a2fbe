"""Thesaurus of this release (session 26), from the seventh independent query set: problem
words at the groups that help with them (Misshandlung and Vernachlässigung at Kinderschutz;
"weggelaufen", "abgehauen", "Ausreißer" at Jugendnotdienst), the Spielkonsole at Gaming; new
groups "Hausbesuch" (Besuchsdienst) with Willkommensbesuch under it, "Beratung in Fragen der
Partnerschaft, Trennung und Scheidung" (§ 17 SGB VIII) with Paarberatung and the Trennungs-
und Scheidungsberatung under it (a "Paarberatung" no offer names is searched as that, said
so on the page), "Berufsausbildung" with Berufsschule, Oberstufenzentrum and
Ausbildungsplatz under it; Berlin's Integrierte Sekundarschule under Integrierte
Gesamtschule.

Terms are added only where a group is still as shipped before (a group a person edited stays
as it is); a new group only if nobody has one of that name; links only where a group has no
broader group yet and no cycle would arise. Each change leaves a history entry."""

from django.db import migrations

# Preferred term → (its terms as shipped before, the terms added).
ERGAENZT = {
    "Kinderschutz": (
        [
            "Kindeswohlgefährdung",
            "Gefährdung des Kindeswohls",
            "Kindesschutz",
            "Schutzauftrag bei Kindeswohlgefährdung",
            "§ 8a SGB VIII",
            "Kindeswohl",
        ],
        ["Misshandlung", "Kindesmisshandlung", "Vernachlässigung", "Kindesvernachlässigung"],
    ),
    "Gaming": (["Computerspiele", "Videospiele", "Konsolenspiele", "Zocken"], ["Spielkonsole"]),
    "Jugendnotdienst": (
        [
            "Kindernotdienst",
            "Mädchennotdienst",
            "Kinder- und Jugendnotdienst",
            "Notdienst Kinderschutz",
            "KJND",
        ],
        ["Ausreißer", "weggelaufen", "abgehauen"],
    ),
}
NEU = {
    "Hausbesuch",
    "Beratung in Fragen der Partnerschaft, Trennung und Scheidung",
    "Berufsausbildung",
}
VERKNUEPFT = (
    "Willkommensbesuch",
    "Paarberatung",
    "Trennungs- und Scheidungsberatung",
    "Integrierte Sekundarschule",
    "Berufsschule",
    "Oberstufenzentrum",
    "Ausbildungsplatz",
)


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
    dependencies = [("angebote", "0039_thesaurus_satz5")]

    operations = [migrations.RunPython(ergaenzen, migrations.RunPython.noop)]
