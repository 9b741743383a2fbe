"""Broader groups in the thesaurus ("Kampfsport" › "Judo"): the field (the shipped links
follow in 0019: on PostgreSQL the new indexes are created at the end of this migration, which
fails after rows were written in it)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("angebote", "0017_suchvektoren"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalsynonymgruppe",
            name="oberbegriff",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="Die Gruppe des weiteren Begriffs, zu dem diese Gruppe gehört, z. B. „Kampfsport“ für „Judo“: Wer nach dem Oberbegriff sucht, findet auch die Angebote dieser Gruppe; wer nach „Judo“ sucht, findet nicht jeden Kampfsport.",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="angebote.synonymgruppe",
                verbose_name="Oberbegriff",
            ),
        ),
        migrations.AddField(
            model_name="synonymgruppe",
            name="oberbegriff",
            field=models.ForeignKey(
                blank=True,
                help_text="Die Gruppe des weiteren Begriffs, zu dem diese Gruppe gehört, z. B. „Kampfsport“ für „Judo“: Wer nach dem Oberbegriff sucht, findet auch die Angebote dieser Gruppe; wer nach „Judo“ sucht, findet nicht jeden Kampfsport.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="unterbegriffe",
                to="angebote.synonymgruppe",
                verbose_name="Oberbegriff",
            ),
        ),
        migrations.AlterField(
            model_name="historicalsynonymgruppe",
            name="begriffe",
            field=models.TextField(
                help_text="Ein Begriff je Zeile: Synonyme und Abkürzungen, die dasselbe meinen, z. B. „Kita“. Ober- und Unterbegriffe nicht hier, sondern im Feld „Oberbegriff“.",
                verbose_name="weitere Begriffe",
            ),
        ),
        migrations.AlterField(
            model_name="synonymgruppe",
            name="begriffe",
            field=models.TextField(
                help_text="Ein Begriff je Zeile: Synonyme und Abkürzungen, die dasselbe meinen, z. B. „Kita“. Ober- und Unterbegriffe nicht hier, sondern im Feld „Oberbegriff“.",
                verbose_name="weitere Begriffe",
            ),
        ),
    ]
