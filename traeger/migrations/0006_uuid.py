"""A stable UUID on every record that leaves in an exchange format (HSDS, docs/hsds.md).

Existing rows get a fresh UUID each; history rows take the UUID of their record, so the
history of a record shows one id.
"""

import uuid

from django.db import migrations, models

LIVE = ["ansprechperson", "einrichtung", "traeger"]
HISTORY = {
    "historicalansprechperson": "ansprechperson",
    "historicaleinrichtung": "einrichtung",
    "historicaltraeger": "traeger",
}  # historical model -> live model


def uuids_vergeben(apps, schema_editor):
    for name in LIVE:
        model = apps.get_model("traeger", name)
        zeilen = list(model.objects.only("pk"))
        for zeile in zeilen:
            zeile.uuid = uuid.uuid4()
        model.objects.bulk_update(zeilen, ["uuid"], batch_size=2000)
    for hist_name, live_name in HISTORY.items():
        hist = apps.get_model("traeger", hist_name)
        live = dict(apps.get_model("traeger", live_name).objects.values_list("pk", "uuid"))
        zeilen = list(hist.objects.only("history_id", "id"))
        for zeile in zeilen:
            zeile.uuid = live.get(zeile.id) or uuid.uuid4()
        hist.objects.bulk_update(zeilen, ["uuid"], batch_size=2000)


class Migration(migrations.Migration):
    dependencies = [("traeger", "0005_zusammenfuehren")]

    operations = (
        [
            migrations.AddField(
                model_name=name,
                name="uuid",
                field=models.UUIDField(null=True, editable=False, verbose_name="UUID"),
            )
            for name in [*LIVE, *HISTORY]
        ]
        + [migrations.RunPython(uuids_vergeben, migrations.RunPython.noop)]
        + [
            migrations.AlterField(
                model_name=name,
                name="uuid",
                field=models.UUIDField(
                    default=uuid.uuid4, editable=False, unique=True, verbose_name="UUID"
                ),
            )
            for name in LIVE
        ]
        + [
            migrations.AlterField(
                model_name=name,
                name="uuid",
                field=models.UUIDField(
                    db_index=True, default=uuid.uuid4, editable=False, verbose_name="UUID"
                ),
            )
            for name in HISTORY
        ]
    )
