"""Create the five role groups. Their model permissions are granted per app after migrate."""

from django.db import migrations

ROLLEN = [
    "Jugendamt-Administration",
    "Sozialraumkoordination",
    "Träger-Redaktion",
    "Gremium-Koordination",
    "Fachkraft",
]


def rollen_anlegen(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLLEN:
        Group.objects.using(schema_editor.connection.alias).get_or_create(name=name)


def rollen_entfernen(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name__in=ROLLEN).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("sozialraum", "0001_gebiete_und_benutzer"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(rollen_anlegen, rollen_entfernen)]
