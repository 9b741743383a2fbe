"""The words of a title that only name the place the offer runs at ("Babymassage in der
Hebammenpraxis Storchennest") weigh less than the title's own words (suchindex.ort_im_titel,
search.FELDGEWICHTE): "Hebamme" lists the Hebammensprechstunden before everything held in a
Hebammenpraxis.

Rebuilds the search index of existing offers (live code, as migrations 0015 and 0029);
minutes at 100,000 offers. Backwards, the place's words become title words again (a word
has bit 16 only where it lacks bit 8). Afterwards run ``VACUUM ANALYZE`` on PostgreSQL
(docs/betrieb.md).
"""

from django.db import migrations
from django.db.models import F


def zurueck(apps, schema_editor):
    """The place's words as title words again (bit 16 → 8), as the code before reads them."""
    vorkommen = apps.get_model("angebote", "Vorkommen")
    vorkommen.objects.using(schema_editor.connection.alias).filter(felder__gte=16).update(
        felder=F("felder") - 8
    )


def neu_aufbauen(apps, schema_editor):
    from angebote.suche.suchindex import reindex

    if apps.get_model("angebote", "Angebot").objects.exists():
        reindex()


class Migration(migrations.Migration):
    dependencies = [
        ("angebote", "0031_wortteile_nach_haeufigkeit"),
    ]

    operations = [
        migrations.RunPython(neu_aufbauen, zurueck),
    ]
