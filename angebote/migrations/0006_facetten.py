"""Angebot.facetten: the facet keys of each offer, filled for existing offers.

Self-contained (historical models), so later model changes cannot break it; from here on
``suchindex.reindex`` keeps the field current together with the search text.
"""

from collections import defaultdict

from django.db import migrations, models

STUECK = 2000


def fuellen(apps, schema_editor):
    Angebot = apps.get_model("angebote", "Angebot")
    alias = schema_editor.connection.alias
    letzte = 0
    while True:
        ids = list(
            Angebot.objects.using(alias)
            .filter(pk__gt=letzte)
            .order_by("pk")
            .values_list("pk", flat=True)[:STUECK]
        )
        if not ids:
            return
        schluessel = defaultdict(set)
        for feld, spalte, vorsilbe in (
            ("kategorien", "kategorie_id", "k"),
            ("zielgruppen", "zielgruppe_id", "z"),
            ("sprachen", "sprache_id", "s:"),
            ("einrichtungen", "einrichtung__sozialraum_id", "g"),
        ):
            links = getattr(Angebot, feld).through.objects.using(alias)
            for angebot_id, wert in links.filter(angebot_id__in=ids).values_list(
                "angebot_id", spalte
            ):
                if wert is not None:
                    schluessel[angebot_id].add(f"{vorsilbe}{wert}")
        with schema_editor.connection.cursor() as cursor:
            cursor.executemany(
                "UPDATE angebote_angebot SET facetten = %s WHERE id = %s",
                [(" ".join(sorted(schluessel[pk])), pk) for pk in ids if schluessel[pk]],
            )
        letzte = ids[-1]


class Migration(migrations.Migration):
    dependencies = [
        ("angebote", "0005_wortindex"),
    ]

    operations = [
        migrations.AddField(
            model_name="angebot",
            name="facetten",
            field=models.TextField(default="", editable=False),
        ),
        migrations.RunPython(fuellen, migrations.RunPython.noop),
    ]
