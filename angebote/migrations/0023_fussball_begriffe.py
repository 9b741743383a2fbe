"""The shipped group "Fußball" gains "Fußballtraining", "Fußball-AG" and "Fußballgruppe" (a
search for "Fußballtraining" also finds the Fußball-AGs). Changed only where the group is
still as shipped before (its one term "Kicken"): a group a person edited stays as it is."""

from django.db import migrations

BISHER = "Kicken"
NEU = "Kicken\nFußballtraining\nFußball-AG\nFußballgruppe"


def ergaenzen(apps, schema_editor):
    from angebote.suche.thesaurus import _verlauf

    modell = apps.get_model("angebote", "Synonymgruppe")
    gruppen = list(modell.objects.filter(bevorzugt="Fußball", begriffe=BISHER))
    for gruppe in gruppen:
        gruppe.begriffe = NEU
        gruppe.save(update_fields=["begriffe"])
    if gruppen:
        _verlauf(modell, gruppen, "~", ": Begriffe ergänzt")


class Migration(migrations.Migration):
    dependencies = [("angebote", "0022_oberbegriffe_hilfen")]

    operations = [migrations.RunPython(ergaenzen, migrations.RunPython.noop)]
