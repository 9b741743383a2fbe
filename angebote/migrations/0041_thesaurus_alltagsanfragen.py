"""Thesaurus of this release (session 26), from 400 everyday queries run against the demo city
and Berlin (those that found nothing or the wrong thing) and the eighth independent query
set: the regional name of a youth centre ("Haus der offenen Tür", NRW); eSport at Gaming;
Sozialstunden at the Jugendhilfe im Strafverfahren; Missbrauch at Kinderschutz; häusliche
and sexualisierte Gewalt under Kinderschutz (a city without an offer of their own searches
them as Kinderschutz and says so); new groups Instrumentalunterricht, Gitarre, Klavier,
Schlagzeug and Geige under Musik (each its own group: "Klavier" is no "Gitarre"; directly
under Musik: a search climbs only to the first broader group whose words offers hold); Klassenfahrt and Schulbedarf under Bildung und Teilhabe (what it pays for);
Hörbehinderung (hörgeschädigt, schwerhörig) with gehörlos under it; Schulclub at
Schülerclub.

Terms are added only where a group is still as shipped before (a group a person edited stays
as it is); a new group only if nobody has one of that name; links only where a group has no
broader group yet and no cycle would arise. Each change leaves a history entry."""

from django.db import migrations

# Preferred term → (its terms as shipped before, the terms added).
ERGAENZT = {
    "Jugendfreizeiteinrichtung": (
        [
            "JFE",
            "Jugendclub",
            "Jugendklub",
            "Jugendtreff",
            "Jugendzentrum",
            "JUZ",
            "Jugendhaus",
            "Jugendfreizeitheim",
            "Jugendfreizeitstätte",
            "Freizeitheim",
            "KJFH",
            "Kinder- und Jugendfreizeitheim",
            "KJFE",
            "Kinder- und Jugendfreizeiteinrichtung",
            "Kinder- und Jugendhaus",
            "Kinder- und Jugendzentrum",
            "Jugendfreizeitzentrum",
            "Kinder- und Jugendfreizeitzentrum",
            "Kinder- und Jugendclub",
            "Jugendfreizeithaus",
            "Jugendkulturzentrum",
            "Jugendladen",
            "Jugendkeller",
            "Kinder- und Jugendtreff",
        ],
        ["Haus der offenen Tür"],
    ),
    "Gaming": (
        ["Computerspiele", "Videospiele", "Konsolenspiele", "Zocken", "Spielkonsole"],
        ["eSport", "eSports"],
    ),
    "Jugendhilfe im Strafverfahren": (
        ["Jugendgerichtshilfe", "JGH", "JuHiS"],
        ["Sozialstunden"],
    ),
}
ERGAENZT["Kinderschutz"] = (
    [
        "Kindeswohlgefährdung",
        "Gefährdung des Kindeswohls",
        "Kindesschutz",
        "Schutzauftrag bei Kindeswohlgefährdung",
        "§ 8a SGB VIII",
        "Kindeswohl",
        "Misshandlung",
        "Kindesmisshandlung",
        "Vernachlässigung",
        "Kindesvernachlässigung",
    ],
    ["Missbrauch"],
)
ERGAENZT["Schülerclub"] = (["Schülerklub", "Schülertreff", "Schülerinnenclub"], ["Schulclub"])
INSTRUMENTE = ("Gitarre", "Klavier", "Schlagzeug", "Geige")
NEU = {"Instrumentalunterricht", *INSTRUMENTE, "Hörbehinderung", "Klassenfahrt", "Schulbedarf"}
VERKNUEPFT = (
    "Instrumentalunterricht",
    *INSTRUMENTE,
    "häusliche Gewalt",
    "sexualisierte Gewalt",
    "gehörlos",
    "Klassenfahrt",
    "Schulbedarf",
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
    dependencies = [("angebote", "0040_thesaurus_satz7")]

    operations = [migrations.RunPython(ergaenzen, migrations.RunPython.noop)]
