"""More shipped groups under their broader group (this release): the forms of Hilfen zur
Erziehung (§§ 28–35 SGB VIII), Familienhebamme › Hebamme, Schwangerschaftskonfliktberatung ›
Schwangerschaftsberatung, Kinderzirkus › Zirkus, Hip-Hop and Breakdance › Tanz,
Cybermobbing › Mobbing, unbegleitete minderjährige Geflüchtete › Geflüchtete,
Schuldnerberatung › Schulden. Linked only where a group has no broader group yet, with a
history entry."""

from django.db import migrations

GRUPPEN = (
    "Erziehungsberatung",
    "Soziale Gruppenarbeit",
    "Erziehungsbeistand",
    "Sozialpädagogische Familienhilfe",
    "Tagesgruppe",
    "Vollzeitpflege",
    "Heimerziehung",
    "Intensive sozialpädagogische Einzelbetreuung",
    "Familienhebamme",
    "Schwangerschaftskonfliktberatung",
    "Kinderzirkus",
    "Hip-Hop",
    "Breakdance",
    "Cybermobbing",
    "unbegleitete minderjährige Geflüchtete",
    "Schuldnerberatung",
)


def verknuepfen(apps, schema_editor):
    from angebote.suche.thesaurus import neue_verknuepfungen

    neue_verknuepfungen(apps.get_model("angebote", "Synonymgruppe"), GRUPPEN)


class Migration(migrations.Migration):
    dependencies = [("angebote", "0021_sucht_oberbegriff")]

    operations = [migrations.RunPython(verknuepfen, migrations.RunPython.noop)]
