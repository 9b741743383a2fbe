"""The parts of the vocabulary's compounds again, now that a compound whose head is itself
a compound also holds the head's parts and the word up to each of them (woerterbuch.
_vor_dem_kopf): "Familienbildungsstätte" (familien|bildungsstätte) holds "bildung",
"stätte" and "familienbildung", so that "Familienbildung" finds the Familienbildungsstätte
and "Erziehungsberatung" the Erziehungsberatungsstelle.

Live code, as migration 0031; seconds at 100,000 offers (only the vocabulary is split).
Run ``VACUUM ANALYZE`` on PostgreSQL afterwards (docs/betrieb.md).
"""

from django.db import migrations


def neu_bestimmen(apps, schema_editor):
    from angebote.suche.suchindex import wortteile_neu_bestimmen

    if apps.get_model("angebote", "Suchwort").objects.exists():
        wortteile_neu_bestimmen()


class Migration(migrations.Migration):
    dependencies = [
        ("angebote", "0032_ort_im_titel"),
    ]

    operations = [
        migrations.RunPython(neu_bestimmen, migrations.RunPython.noop),
    ]
