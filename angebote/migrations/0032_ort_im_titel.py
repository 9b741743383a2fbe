"""The words of a title that only name the place the offer runs at ("Babymassage in der
Hebammenpraxis Storchennest") weigh less than the title's own words (suchindex.ort_im_titel,
search.FELDGEWICHTE): "Hebamme" lists the Hebammensprechstunden before everything held in a
Hebammenpraxis.

Rebuilds the search index of existing offers (live code, as migrations 0015 and 0029);
minutes at 100,000 offers. Afterwards run ``VACUUM ANALYZE`` on PostgreSQL
(docs/betrieb.md).
"""

from django.db import migrations


def neu_aufbauen(apps, schema_editor):
    from angebote.suche.suchindex import reindex

    if apps.get_model("angebote", "Angebot").objects.exists():
        reindex()


class Migration(migrations.Migration):
    dependencies = [
        ("angebote", "0031_wortteile_nach_haeufigkeit"),
    ]

    operations = [
        migrations.RunPython(neu_aufbauen, migrations.RunPython.noop),
    ]
