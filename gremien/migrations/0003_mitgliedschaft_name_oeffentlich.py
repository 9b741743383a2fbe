from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("gremien", "0002_geaendert_fuer_konfliktpruefung"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalmitgliedschaft",
            name="einwilligung_am",
            field=models.DateField(blank=True, null=True, verbose_name="Einwilligung am"),
        ),
        migrations.AddField(
            model_name="historicalmitgliedschaft",
            name="name_oeffentlich",
            field=models.BooleanField(
                default=False,
                help_text="Name in den offenen Daten eines öffentlichen Gremiums (OParl) – nur mit dokumentierter Einwilligung der Person.",
                verbose_name="Name öffentlich",
            ),
        ),
        migrations.AddField(
            model_name="mitgliedschaft",
            name="einwilligung_am",
            field=models.DateField(blank=True, null=True, verbose_name="Einwilligung am"),
        ),
        migrations.AddField(
            model_name="mitgliedschaft",
            name="name_oeffentlich",
            field=models.BooleanField(
                default=False,
                help_text="Name in den offenen Daten eines öffentlichen Gremiums (OParl) – nur mit dokumentierter Einwilligung der Person.",
                verbose_name="Name öffentlich",
            ),
        ),
    ]
