from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("angebote", "0011_uuid"),
    ]

    operations = [
        migrations.AddField(
            model_name="aenderungsvorschlag",
            name="eingereicht_ueber",
            field=models.CharField(
                blank=True,
                choices=[
                    ("", "eine Person im Register"),
                    ("pruefrunde", "eine Prüfrunde"),
                    ("import", "einen Import"),
                ],
                default="",
                max_length=20,
                verbose_name="eingereicht über",
            ),
        ),
        migrations.AddField(
            model_name="historicalaenderungsvorschlag",
            name="eingereicht_ueber",
            field=models.CharField(
                blank=True,
                choices=[
                    ("", "eine Person im Register"),
                    ("pruefrunde", "eine Prüfrunde"),
                    ("import", "einen Import"),
                ],
                default="",
                max_length=20,
                verbose_name="eingereicht über",
            ),
        ),
    ]
