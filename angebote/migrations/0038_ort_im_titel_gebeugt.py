"""A title may name its place in an inflected form ("Sport-AG bei der Mobilen Jugendarbeit
des Jugendamts" at the "Mobile Jugendarbeit des Jugendamts"): those words, too, count as the
place's, below the title's own (suchindex.ort_im_titel). "Streetwork" then lists the Mobile
Jugendarbeit before the Sport-AG held at its place.

Rebuilds the search index of existing offers (live code, as migration 0032); minutes at
100,000 offers. Backwards: nothing to undo (the index of the code before differs only in
these words' bits and is rebuilt with its next change). Afterwards run ``VACUUM ANALYZE`` on
PostgreSQL (docs/betrieb.md).
"""

from django.db import migrations


def neu_aufbauen(apps, schema_editor):
    from angebote.suche.suchindex import reindex

    if apps.get_model("angebote", "Angebot").objects.exists():
        reindex()


class Migration(migrations.Migration):
    dependencies = [("angebote", "0037_jungenarbeit_unter_jungen")]

    operations = [migrations.RunPython(neu_aufbauen, migrations.RunPython.noop)]
