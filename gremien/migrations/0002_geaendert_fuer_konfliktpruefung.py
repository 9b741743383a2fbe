# Every curated Gremien record gets ``updated_at``, the token of the one conflict check
# (sozialraum/konflikt.py): agenda items, decisions, tasks and memberships had none, so a
# second save silently overwrote the first. Existing rows (and their history) get the time
# of the migration.

import django.utils.timezone
from django.db import migrations, models

MODELLE = ["tagesordnungspunkt", "beschluss", "aufgabe", "mitgliedschaft"]


def _felder():
    for name in MODELLE:
        yield migrations.AddField(
            model_name=name,
            name="updated_at",
            field=models.DateTimeField(
                auto_now=True, default=django.utils.timezone.now, verbose_name="geändert"
            ),
            preserve_default=False,
        )
        yield migrations.AddField(
            model_name=f"historical{name}",
            name="updated_at",
            field=models.DateTimeField(
                blank=True,
                editable=False,
                default=django.utils.timezone.now,
                verbose_name="geändert",
            ),
            preserve_default=False,
        )


class Migration(migrations.Migration):
    dependencies = [("gremien", "0001_gremien_sitzungen")]

    operations = list(_felder())
