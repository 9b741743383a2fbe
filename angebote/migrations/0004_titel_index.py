"""Indexes found missing at city scale (bench/RESULTS.md).

The title alone: the admin list sorts all offers by it. (angebot, wochentag) of the slots:
the weekday filter's EXISTS per offer, which SQLite otherwise answers from the weekday index.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("angebote", "0003_trigramm_index")]

    operations = [
        migrations.AddIndex(
            model_name="angebot",
            index=models.Index(fields=["titel"], name="angebote_titel_idx"),
        ),
        migrations.AddIndex(
            model_name="angebotszeit",
            index=models.Index(
                fields=["angebot", "wochentag"], name="angebote_zeit_angebot_tag_idx"
            ),
        ),
    ]
