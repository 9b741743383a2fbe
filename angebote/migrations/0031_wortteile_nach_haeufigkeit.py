"""The parts of the vocabulary's compounds again, now that a word is split only where its
parts are more frequent than the word itself (Koehn & Knight; woerterbuch.zerlegung):
"vergessen", "Angebote", "verbringen" lose their false parts "essen", "bote", "ringen".

Live code, as migrations 0015 and 0029: the splitter's current rule is what the search
reads. Seconds at 100,000 offers (only the vocabulary is split, not the offers); every
part is deleted and written again, so run ``VACUUM ANALYZE`` on PostgreSQL afterwards
(docs/betrieb.md).
"""

from django.db import migrations


def neu_bestimmen(apps, schema_editor):
    from angebote.suche.suchindex import wortteile_neu_bestimmen

    if apps.get_model("angebote", "Suchwort").objects.exists():
        wortteile_neu_bestimmen()


class Migration(migrations.Migration):
    dependencies = [
        ("angebote", "0030_frische_mit_filterspalten"),
    ]

    operations = [
        migrations.RunPython(neu_bestimmen, migrations.RunPython.noop),
    ]
