"""Hyphenated compounds as one word too: "Eltern-Kind-Gruppe" in an offer is "eltern",
"kind", "gruppe" and "elternkindgruppe" in its postings (suchtext.gekoppelt), so that the
thesaurus's "Eltern-Kind-Gruppe" finds the offers that write it, not every offer holding
the three words somewhere.

Rebuilds the search index of existing offers (live code, as migration 0015: the index's
current definition is what the search reads); 3 min at 100,000 offers on the 2-core test
machine. Afterwards run ``VACUUM ANALYZE`` on PostgreSQL (docs/betrieb.md).
"""

from django.db import migrations


def neu_aufbauen(apps, schema_editor):
    from angebote.suche.suchindex import reindex

    if apps.get_model("angebote", "Angebot").objects.exists():
        reindex()


class Migration(migrations.Migration):
    dependencies = [
        ("angebote", "0028_suchwort_anzahl"),
    ]

    operations = [
        migrations.RunPython(neu_aufbauen, migrations.RunPython.noop),
    ]
