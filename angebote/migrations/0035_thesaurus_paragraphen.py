"""Thesaurus of this release: the paragraphs of SGB VIII at the groups of their services
("§ 28 SGB VIII" at Erziehungsberatung, "§ 8a SGB VIII" at Kinderschutz, "§ 35a SGB VIII" at
Eingliederungshilfe …; the search reads a bare "§ 28" as "§ 28 SGB VIII", search.py
``_mit_gesetz``) and a new group "Erzieherausbildung" (Fachschule für Sozialpädagogik). Found
by a second independent set of queries (bench/RESULTS.md, round 13).

Terms are added only where a group is still as shipped before (a group a person edited stays
as it is), the new group only if nobody has one of that name; each change leaves a history
entry."""

from django.db import migrations

# Preferred term → (its terms as shipped before, the terms added).
ERGAENZT = {
    "Kindertagesbetreuung": (
        ["Kinderbetreuung", "Tagesbetreuung von Kindern"],
        ["§ 22 SGB VIII"],
    ),
    "Kindertagespflege": (
        [
            "Tagesmutter",
            "Tagesvater",
            "Tageseltern",
            "Tagespflegeperson",
            "Kindertagespflegeperson",
        ],
        ["§ 23 SGB VIII"],
    ),
    "Jugendarbeit": (
        ["Kinder- und Jugendarbeit"],
        ["§ 11 SGB VIII"],
    ),
    "Erzieherischer Kinder- und Jugendschutz": (
        ["Kinder- und Jugendschutz", "Jugendschutz", "erzieherischer Jugendschutz"],
        ["§ 14 SGB VIII"],
    ),
    "Jugendsozialarbeit": (
        ["JSA"],
        ["§ 13 SGB VIII"],
    ),
    "Familienbildung": (
        ["Elternbildung"],
        ["§ 16 SGB VIII"],
    ),
    "Trennungs- und Scheidungsberatung": (
        [
            "Trennungsberatung",
            "Scheidungsberatung",
            "Beratung bei Trennung und Scheidung",
            "Trennungs- und Scheidungsberatungsstelle",
        ],
        ["§ 17 SGB VIII"],
    ),
    "Umgangsberatung": (
        ["Beratung zum Umgangsrecht", "Beratung zum Umgang"],
        ["§ 18 SGB VIII"],
    ),
    "Familienpflege": (
        ["Betreuung und Versorgung des Kindes in Notsituationen", "Betreuung in Notsituationen"],
        ["§ 20 SGB VIII"],
    ),
    "Hilfen zur Erziehung": (
        ["HzE", "Hilfe zur Erziehung", "erzieherische Hilfen", "Erziehungshilfe"],
        ["§ 27 SGB VIII"],
    ),
    "Erziehungsberatung": (
        [
            "EB",
            "Erziehungsberatungsstelle",
            "EFB",
            "Erziehungs- und Familienberatung",
            "Erziehungs- und Familienberatungsstelle",
            "Beratungsstelle für Eltern, Kinder und Jugendliche",
            "Erziehungsberater",
            "Erziehungsberaterin",
        ],
        ["§ 28 SGB VIII"],
    ),
    "Soziale Gruppenarbeit": (
        ["SGA", "soziale Trainingsgruppe"],
        ["§ 29 SGB VIII"],
    ),
    "Erziehungsbeistand": (
        [
            "Erziehungsbeistandschaft",
            "Betreuungshelfer",
            "Betreuungshelferin",
            "Erziehungsbeiständin",
        ],
        ["§ 30 SGB VIII"],
    ),
    "Sozialpädagogische Familienhilfe": (
        ["SPFH", "Familienhilfe", "Familienhelfer", "Familienhelferin"],
        ["§ 31 SGB VIII"],
    ),
    "Tagesgruppe": (
        ["Erziehung in einer Tagesgruppe", "Tagesgruppenbetreuung"],
        ["§ 32 SGB VIII"],
    ),
    "Vollzeitpflege": (
        [
            "Pflegefamilie",
            "Pflegeeltern",
            "Pflegekind",
            "Pflegestelle",
            "Pflegemutter",
            "Pflegevater",
        ],
        ["§ 33 SGB VIII"],
    ),
    "Heimerziehung": (
        [
            "stationäre Jugendhilfe",
            "stationäre Hilfe zur Erziehung",
            "Kinderheim",
            "Kinder- und Jugendheim",
            "Heimunterbringung",
        ],
        ["§ 34 SGB VIII"],
    ),
    "Mutter-Kind-Einrichtung": (
        [
            "Mutter-Vater-Kind-Einrichtung",
            "Vater-Kind-Einrichtung",
            "gemeinsame Wohnform für Mütter/Väter und Kinder",
            "Mutter-Kind-Heim",
            "Mutter-Kind-Haus",
            "Mutter-Kind-Wohnen",
        ],
        ["§ 19 SGB VIII"],
    ),
    "Intensive sozialpädagogische Einzelbetreuung": (
        ["ISE", "intensive sozialpädagogische Einzelfallhilfe"],
        ["§ 35 SGB VIII"],
    ),
    "Hilfe für junge Volljährige": (
        ["Junge-Volljährigen-Hilfe", "Volljährigenhilfe", "Hilfe nach § 41"],
        ["§ 41 SGB VIII"],
    ),
    "Inobhutnahme": (
        [
            "Kinderschutzstelle",
            "Schutzstelle",
            "Inobhutnahmestelle",
            "Krisenunterbringung",
            "vorläufige Schutzmaßnahme",
        ],
        ["§ 42 SGB VIII"],
    ),
    "Kinderschutz": (
        [
            "Kindeswohlgefährdung",
            "Gefährdung des Kindeswohls",
            "Kindesschutz",
            "Schutzauftrag bei Kindeswohlgefährdung",
        ],
        ["§ 8a SGB VIII"],
    ),
    "Eingliederungshilfe": (
        ["EGH"],
        ["§ 35a SGB VIII"],
    ),
}


def ergaenzen(apps, schema_editor):
    from angebote.suche.thesaurus import begriffe_ergaenzen, mitgelieferte_laden

    modell = apps.get_model("angebote", "Synonymgruppe")
    begriffe_ergaenzen(modell, ERGAENZT)
    mitgelieferte_laden(modell, nur={"Erzieherausbildung"})


class Migration(migrations.Migration):
    dependencies = [("angebote", "0034_thesaurus_notfall_abkuerzungen")]

    operations = [migrations.RunPython(ergaenzen, migrations.RunPython.noop)]
