"""Indexes for the area filter (``AngebotQuerySet.im_gebiet``): the offers of an area are the
offers at its places united with the offers serving its Sozialräume, read from the two link
tables by place or Sozialraum. Django's own indexes of these auto-created link tables lead
with the offer (the unique pair) or hold the other column alone; with (area side, offer) the
database reads the offers of a Regionalraum's Sozialräume from the index alone.

Measured at 100,000 offers (bench/RESULTS.md, round 6, PostgreSQL): a search with a
Regionalraum, a Kategorie and an age took 84 ms in its one statement, of which 38 ms read all
302,639 rows of the Sozialraum links; with the index 50–55 ms.

Plain SQL (the link tables are auto-created, so no model carries the index); the same on
SQLite and PostgreSQL. Django knows nothing of these indexes: should a later migration make
Django rebuild one of these tables on SQLite (it copies a table to change it), that
migration must create the index again.
"""

from django.db import migrations

INDEXE = {
    "angebote_sozialraeume_gebiet_idx": (
        "angebote_angebot_sozialraeume",
        "sozialraum_id, angebot_id",
    ),
    "angebote_einrichtungen_ort_idx": (
        "angebote_angebot_einrichtungen",
        "einrichtung_id, angebot_id",
    ),
}


class Migration(migrations.Migration):
    dependencies = [
        ("angebote", "0024_index_aktualitaet"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {name} ON {tabelle} ({spalten})",
            f"DROP INDEX IF EXISTS {name}",
        )
        for name, (tabelle, spalten) in INDEXE.items()
    ]
