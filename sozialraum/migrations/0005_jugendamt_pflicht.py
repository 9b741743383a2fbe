"""Every Regionalraum belongs to a Jugendamt: an installation with areas gets its one
Jugendamt, named after the city (STADT_NAME), as Jugendamt.standard() would create it."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def standard_jugendamt(apps, schema_editor):
    Regionalraum = apps.get_model("sozialraum", "Regionalraum")
    Jugendamt = apps.get_model("sozialraum", "Jugendamt")
    offen = Regionalraum.objects.filter(jugendamt__isnull=True)
    if not offen.exists():
        return
    jugendamt = Jugendamt.objects.order_by("pk").first()
    if jugendamt is None:
        jugendamt = Jugendamt.objects.create(schluessel="0", name=settings.STADT_NAME)
    offen.update(jugendamt=jugendamt)


class Migration(migrations.Migration):
    dependencies = [("sozialraum", "0004_jugendamt_und_importlauf")]

    operations = [
        migrations.RunPython(standard_jugendamt, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="regionalraum",
            name="jugendamt",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="regionalraeume",
                to="sozialraum.jugendamt",
                verbose_name="Jugendamt",
            ),
        ),
    ]
