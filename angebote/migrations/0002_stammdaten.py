"""Seed the taxonomy: Kategorien (SGB VIII fields and beyond), Zielgruppen, Sprachen.

Later edits in the admin are kept: this only creates what is missing.
"""

from django.db import migrations

KATEGORIEN = [
    ("jugendarbeit", "Jugendarbeit", "§ 11 SGB VIII"),
    ("jugendsozialarbeit", "Jugendsozialarbeit und Schulsozialarbeit", "§§ 13, 13a SGB VIII"),
    ("jugendschutz", "Erzieherischer Kinder- und Jugendschutz", "§ 14 SGB VIII"),
    ("familienbildung", "Familienbildung und -beratung", "§ 16 SGB VIII"),
    ("trennung", "Beratung bei Partnerschaft, Trennung, Scheidung", "§ 17 SGB VIII"),
    ("kita", "Kindertagesbetreuung", "§§ 22 ff. SGB VIII"),
    ("hze", "Hilfen zur Erziehung", "§§ 27 ff. SGB VIII"),
    ("eingliederungshilfe", "Eingliederungshilfe", "§ 35a SGB VIII"),
    ("fruehe-hilfen", "Frühe Hilfen", "KKG"),
    ("bildung", "Bildung", ""),
    ("gesundheit", "Gesundheit", ""),
    ("sport", "Sport", ""),
    ("kultur-freizeit", "Kultur & Freizeit", ""),
    ("migration-sprache", "Migration & Sprache", ""),
    ("nachbarschaft", "Nachbarschaft & Engagement", ""),
]

ZIELGRUPPEN = [
    ("schwangere", "Schwangere und werdende Eltern"),
    ("kleinkinder", "Babys und Kleinkinder"),
    ("kinder", "Kinder"),
    ("jugendliche", "Jugendliche"),
    ("junge-erwachsene", "Junge Erwachsene"),
    ("eltern", "Eltern und Familien"),
    ("alleinerziehende", "Alleinerziehende"),
    ("maedchen", "Mädchen und junge Frauen"),
    ("jungen", "Jungen und junge Männer"),
    ("gefluechtete", "Geflüchtete und Neuzugewanderte"),
    ("behinderung", "Menschen mit Behinderung"),
    ("fachkraefte", "Fachkräfte"),
]

SPRACHEN = [
    ("de", "Deutsch"),
    ("en", "Englisch"),
    ("ar", "Arabisch"),
    ("tr", "Türkisch"),
    ("ru", "Russisch"),
    ("uk", "Ukrainisch"),
    ("pl", "Polnisch"),
    ("fa", "Persisch (Farsi/Dari)"),
    ("ku", "Kurdisch"),
    ("fr", "Französisch"),
    ("es", "Spanisch"),
    ("it", "Italienisch"),
    ("pt", "Portugiesisch"),
    ("ro", "Rumänisch"),
    ("bg", "Bulgarisch"),
    ("sr", "Serbisch"),
    ("hr", "Kroatisch"),
    ("bs", "Bosnisch"),
    ("sq", "Albanisch"),
    ("el", "Griechisch"),
    ("vi", "Vietnamesisch"),
    ("zh", "Chinesisch"),
    ("ti", "Tigrinya"),
    ("so", "Somali"),
    ("ps", "Paschtu"),
    ("ur", "Urdu"),
    ("hi", "Hindi"),
    ("ta", "Tamil"),
    ("am", "Amharisch"),
    ("he", "Hebräisch"),
    ("hu", "Ungarisch"),
    ("cs", "Tschechisch"),
    ("ka", "Georgisch"),
    ("hy", "Armenisch"),
    ("az", "Aserbaidschanisch"),
    ("ln", "Lingala"),
    ("sw", "Swahili"),
]


def anlegen(apps, schema_editor):
    alias = schema_editor.connection.alias
    Kategorie = apps.get_model("angebote", "Kategorie")
    Zielgruppe = apps.get_model("angebote", "Zielgruppe")
    Sprache = apps.get_model("angebote", "Sprache")
    for i, (slug, name, paragraf) in enumerate(KATEGORIEN):
        Kategorie.objects.using(alias).get_or_create(
            slug=slug, defaults={"name": name, "paragraf": paragraf, "sortierung": (i + 1) * 10}
        )
    for i, (slug, name) in enumerate(ZIELGRUPPEN):
        Zielgruppe.objects.using(alias).get_or_create(
            slug=slug, defaults={"name": name, "sortierung": (i + 1) * 10}
        )
    for code, name in SPRACHEN:
        Sprache.objects.using(alias).get_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("angebote", "0001_angebote")]

    operations = [migrations.RunPython(anlegen, migrations.RunPython.noop)]
