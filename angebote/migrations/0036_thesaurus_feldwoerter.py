"""Thesaurus of this release (session 23): terms a Fachkraft types that the shipped groups
lacked, proposed by a helper from the field's usage and the published offers (demo city and
Berlin), reviewed one by one: names of Berlin's Kita approaches and school types
(Großtagespflege, Sprachfördergruppe, kombinierte berufliche Schule), everyday words and
variants (Handysucht, Kinderparlament, Migrationshintergrund, Chatberatung, Soloeltern), and
problems as she names them at the service that answers them in the field (Mietschulden at
Schuldnerberatung, Schwangerschaftsabbruch at Schwangerschaftskonfliktberatung, schlechte
Noten at Nachhilfe); "Seepferdchen" out of Schwimmkurs and "taub" out of gehörlos (they
found places named so); 21 new groups (Waldorfkindergarten under Waldorfpädagogik,
evangelisch, Offene Arbeit, Freinet-Pädagogik, Early Excellence, MINT-Bildung, Antragshilfe,
Armut, Sorgerecht, Kleinkinder under Kinder …).

Terms are added only where a group is still as shipped before (a group a person edited stays
as it is); a new group only if nobody has one of that name; links only where a group has no
broader group yet and no cycle would arise. Each change leaves a history entry."""

from django.db import migrations

# Preferred term → (its terms as shipped before, the terms added).
ERGAENZT = {
    "Kindertagespflege": [
        [
            "Tagesmutter",
            "Tagesvater",
            "Tageseltern",
            "Tagespflegeperson",
            "Kindertagespflegeperson",
            "§ 23 SGB VIII",
        ],
        [
            "Großtagespflege",
            "Großtagespflegestelle",
            "Kindertagespflegestelle",
            "Tagespflegestelle",
        ],
    ],
    "Waldkindergarten": [
        ["Waldkita", "Wald-Kita", "Naturkindergarten", "Waldkindertagesstätte"],
        ["Wald-Kindergarten", "Waldkindergruppe", "Naturkita", "Natur-Kita"],
    ],
    "altersgemischte Gruppe": [
        ["altersgemischte Betreuung", "Altersmischung", "altersübergreifende Gruppe"],
        ["altersgemischt", "altersgemischte Gruppen"],
    ],
    "Integrationskita": [
        [
            "Inklusionskita",
            "inklusive Kita",
            "integrative Kita",
            "Integrationskindergarten",
            "integrativer Kindergarten",
        ],
        [
            "Integrationskindertagesstätte",
            "Integrations-Kita",
            "Inklusions-Kita",
            "integrative Kindertagesstätte",
        ],
    ],
    "Vorschule": [
        ["Vorschulgruppe", "Vorschularbeit", "Vorschulerziehung"],
        ["Schulanfängergruppe", "Maxigruppe"],
    ],
    "Jugendfreizeiteinrichtung": [
        [
            "JFE",
            "Jugendclub",
            "Jugendklub",
            "Jugendtreff",
            "Jugendzentrum",
            "JUZ",
            "Jugendhaus",
            "Jugendfreizeitheim",
            "Jugendfreizeitstätte",
            "Freizeitheim",
            "KJFH",
            "Kinder- und Jugendfreizeitheim",
            "KJFE",
            "Kinder- und Jugendfreizeiteinrichtung",
            "Kinder- und Jugendhaus",
            "Kinder- und Jugendzentrum",
            "Jugendfreizeitzentrum",
            "Kinder- und Jugendfreizeitzentrum",
        ],
        [
            "Kinder- und Jugendclub",
            "Jugendfreizeithaus",
            "Jugendkulturzentrum",
            "Jugendladen",
            "Jugendkeller",
            "Kinder- und Jugendtreff",
        ],
    ],
    "Schülerclub": [["Schülerklub", "Schülertreff"], ["Schülerinnenclub"]],
    "Jugendparlament": [
        ["Kinder- und Jugendparlament", "Jugendgemeinderat", "Jugendbeirat", "Jugendrat"],
        ["Kinderparlament", "Kinder- und Jugendgemeinderat"],
    ],
    "queer": [
        ["LGBT", "LGBTQ", "LGBTIQ", "LGBTQIA", "LSBTI", "LSBTIQ", "LSBTTIQ"],
        ["lesbisch", "schwul", "bisexuell", "transgender", "nicht-binär"],
    ],
    "politische Bildung": [
        ["Demokratiebildung", "Demokratiepädagogik", "politische Jugendbildung"],
        ["Demokratieförderung", "Demokratieerziehung"],
    ],
    "Cybermobbing": [
        ["Cyberbullying", "Onlinemobbing", "Online-Mobbing"],
        ["Cyber-Mobbing", "Cyber-Bullying"],
    ],
    "Medienpädagogik": [
        ["Medienbildung", "Medienerziehung", "Medienkompetenzförderung"],
        ["Medienkompetenz", "Medienwerkstatt", "aktive Medienarbeit", "Medienarbeit"],
    ],
    "Anti-Gewalt-Training": [
        ["Antigewalttraining", "AGT", "Anti-Aggressivitäts-Training", "AAT"],
        ["Coolness-Training", "Coolnesstraining", "Antiaggressivitätstraining"],
    ],
    "Berufsorientierung": [
        [
            "berufliche Orientierung",
            "Berufswahlorientierung",
            "Berufsfindung",
            "Berufswahlvorbereitung",
        ],
        ["Berufswahl", "Berufsfrühorientierung", "Berufserkundung"],
    ],
    "Bewerbungstraining": [
        [
            "Bewerbungshilfe",
            "Bewerbungscoaching",
            "Bewerbungswerkstatt",
            "Bewerbungsunterstützung",
            "Bewerbungsberatung",
        ],
        ["Bewerbungsmappe", "Lebenslauf schreiben"],
    ],
    "Assistierte Ausbildung": [["AsA", "AsA flex"], ["Ausbildungsabbruch"]],
    "Familienzentrum": [
        ["Eltern-Kind-Zentrum", "EKiZ", "Kinder- und Familienzentrum"],
        ["Familienstützpunkt"],
    ],
    "Elternkurs": [
        ["Elterntraining", "Elternseminar", "Erziehungskurs"],
        [
            "Starke Eltern – Starke Kinder",
            "Kess-erziehen",
            "Elternworkshop",
            "Elternkompetenztraining",
        ],
    ],
    "Vätertreff": [
        ["Vätergruppe", "Papatreff", "Väterstammtisch"],
        [
            "Vater-Kind-Treff",
            "Papa-Kind-Treff",
            "Vater-Kind-Gruppe",
            "Papa-Kind-Gruppe",
            "Väterfrühstück",
            "Väterzentrum",
        ],
    ],
    "Familienberatung": [
        ["Familienberatungsstelle", "Beratung für Familien"],
        ["Streit in der Familie"],
    ],
    "Hebamme": [
        ["Entbindungspfleger", "Hebammenhilfe"],
        ["Wochenbettbetreuung", "Nachsorgehebamme"],
    ],
    "Schwangerschaftskonfliktberatung": [
        ["Schwangerenkonfliktberatung", "Konfliktberatung nach § 219"],
        ["Schwangerschaftsabbruch"],
    ],
    "Erziehungsberatung": [
        [
            "EB",
            "Erziehungsberatungsstelle",
            "EFB",
            "Erziehungs- und Familienberatung",
            "Erziehungs- und Familienberatungsstelle",
            "Beratungsstelle für Eltern, Kinder und Jugendliche",
            "Erziehungsberater",
            "Erziehungsberaterin",
            "§ 28 SGB VIII",
        ],
        ["Erziehungsprobleme"],
    ],
    "Kinderschutz": [
        [
            "Kindeswohlgefährdung",
            "Gefährdung des Kindeswohls",
            "Kindesschutz",
            "Schutzauftrag bei Kindeswohlgefährdung",
            "§ 8a SGB VIII",
        ],
        ["Kindeswohl"],
    ],
    "Krisenberatung": [["Krisenintervention", "Krisenhilfe", "Krisendienst"], ["Suizidgedanken"]],
    "Nummer gegen Kummer": [
        ["Kinder- und Jugendtelefon", "Kindersorgentelefon", "Kinder- und Jugendsorgentelefon"],
        ["Elterntelefon"],
    ],
    "Oberstufenzentrum": [
        ["OSZ", "Berufskolleg", "berufsbildende Schule", "BBS", "berufliches Schulzentrum", "BSZ"],
        ["kombinierte berufliche Schule"],
    ],
    "Nachhilfe": [
        [
            "Lernförderung",
            "Lernhilfe",
            "Lerncoaching",
            "Nachhilfeunterricht",
            "Förderunterricht",
            "Lernunterstützung",
        ],
        ["Lerncoach", "Lerncoachin", "schlechte Noten"],
    ],
    "Mentoring": [
        ["Mentoringprogramm", "Mentorenprogramm", "Patenschaft", "Patenschaftsprogramm"],
        ["Mentor", "Mentorin", "Mentee", "Patenprojekt"],
    ],
    "Sprachförderung": [
        ["Sprachbildung", "alltagsintegrierte Sprachbildung"],
        ["Sprachfördergruppe", "Sprachförderkurs", "Sprachförderprogramm"],
    ],
    "Legasthenie": [
        [
            "LRS",
            "Lese-Rechtschreib-Schwäche",
            "Lese-Rechtschreib-Störung",
            "Lese-Rechtschreibstörung",
        ],
        ["Lese-Rechtschreibschwäche", "Rechtschreibschwäche", "LRS-Förderung"],
    ],
    "Bibliothek": [["Bücherei"], ["Stadtbücherei"]],
    "Schulpsychologie": [
        [
            "schulpsychologischer Dienst",
            "Schulpsychologe",
            "Schulpsychologin",
            "SIBUZ",
            "Schulpsychologisches und Inklusionspädagogisches Beratungs- und Unterstützungszentrum",
        ],
        ["Schulangst"],
    ],
    "Umweltbildung": [
        ["Naturpädagogik", "Umweltpädagogik", "Bildung für nachhaltige Entwicklung", "BNE"],
        ["Waldpädagogik", "Umwelterziehung", "Naturerfahrung", "ökologische Bildung"],
    ],
    "Logopädie": [["Sprachtherapie", "Logopäde", "Logopädin"], ["Stottern"]],
    "Mediensucht": [
        [
            "Medienabhängigkeit",
            "Computerspielsucht",
            "Internetsucht",
            "Onlinesucht",
            "exzessive Mediennutzung",
        ],
        ["Handysucht", "Smartphonesucht", "Computersucht", "Videospielsucht", "Gamingsucht"],
    ],
    "Frühförderung": [
        [
            "Frühförderstelle",
            "interdisziplinäre Frühförderung",
            "Interdisziplinäre Frühförderstelle",
            "Frühförderzentrum",
            "heilpädagogische Frühförderung",
        ],
        ["Entwicklungsverzögerung"],
    ],
    "ADHS": [
        [
            "ADS",
            "Aufmerksamkeitsdefizit-Hyperaktivitätsstörung",
            "Aufmerksamkeitsdefizitsyndrom",
            "Hyperaktivität",
        ],
        ["hyperaktiv", "Aufmerksamkeitsstörung", "Aufmerksamkeitsdefizitstörung"],
    ],
    "Barrierefreiheit": [
        ["barrierefrei", "rollstuhlgerecht", "rollstuhlzugänglich", "behindertengerecht"],
        ["barrierearm", "stufenlos", "rollstuhlgeeignet"],
    ],
    "Menschen mit Migrationsgeschichte": [
        ["Menschen mit Migrationshintergrund", "Migranten", "Migrantinnen", "Zugewanderte"],
        [
            "Migrationshintergrund",
            "Einwanderungsgeschichte",
            "Menschen mit Einwanderungsgeschichte",
            "Zuwanderer",
            "Zuwanderinnen",
        ],
    ],
    "Sprachmittlung": [
        ["Sprachmittler", "Sprachmittlerin", "Dolmetschen", "Dolmetscher", "Dolmetscherin"],
        [
            "Dolmetschende",
            "Übersetzer",
            "Übersetzerin",
            "Sprach- und Kulturmittlung",
            "Sprach- und Integrationsmittlung",
        ],
    ],
    "Baby": [["Säugling", "Babies"], ["Neugeborene", "Neugeborenes"]],
    "Alleinerziehende": [
        ["Einelternfamilie", "Ein-Eltern-Familie", "alleinerziehende Eltern"],
        ["Soloeltern", "Solo-Eltern"],
    ],
    "Theater": [["Schauspiel", "darstellendes Spiel"], ["Theaterpädagogik"]],
    "Musik": [["Musizieren"], ["Bandprojekt"]],
    "Kochkurs": [
        ["Kochgruppe", "Koch-AG", "Kochclub", "Kochwerkstatt"],
        ["Kochabend", "gemeinsames Kochen", "Kochtreff"],
    ],
    "Ferienprogramm": [
        ["Ferienspiele", "Ferienspaß", "Ferienbetreuung", "Ferienaktion", "Ferienangebot"],
        ["Ferienpass"],
    ],
    "Ausflug": [["Tagesausflug", "Exkursion"], ["Tagesfahrt"]],
    "Gesellschaftsspiele": [["Brettspiele"], ["Spielenachmittag", "Spieleabend", "Spieletreff"]],
    "Schuldnerberatung": [
        [
            "Schuldenberatung",
            "Schuldner- und Insolvenzberatung",
            "Insolvenzberatung",
            "Verbraucherinsolvenzberatung",
        ],
        ["Mietschulden"],
    ],
    "Bürgergeld": [
        [
            "Hartz IV",
            "Arbeitslosengeld II",
            "ALG II",
            "Grundsicherung für Arbeitsuchende",
            "SGB II",
        ],
        ["Hartz 4", "ALG 2", "Arbeitslosengeld 2"],
    ],
    "Onlineberatung": [
        ["Online-Beratung", "digitale Beratung", "Internetberatung"],
        ["Chatberatung", "Chat-Beratung", "E-Mail-Beratung", "Mailberatung", "Videoberatung"],
    ],
    "Kirchengemeinde": [["Kirchengem."], ["Pfarrei", "Pfarrgemeinde", "Kirchgemeinde"]],
}
# Preferred term → (its terms as shipped before, its terms now): two terms that found the
# names of places more than the concept ("Seepferdchen", the swimming badge, found Kitas named
# so for "Schwimmkurs"; "taub" the Kita „Weiße Taube“ for "gehörlos").
GEAENDERT = {
    "Schwimmkurs": (
        [
            "Schwimmen lernen",
            "Schwimmunterricht",
            "Schwimmlernkurs",
            "Anfängerschwimmen",
            "Seepferdchen",
            "Seepferdchenkurs",
        ],
        [
            "Schwimmen lernen",
            "Schwimmunterricht",
            "Schwimmlernkurs",
            "Anfängerschwimmen",
            "Seepferdchenkurs",
        ],
    ),
    "gehörlos": (
        ["taub", "Gehörlosigkeit", "Gehörlose"],
        ["Taubheit", "Gehörlosigkeit", "Gehörlose"],
    ),
}
NEU = {
    "Antragshilfe",
    "Armut",
    "Basteln",
    "Berufsfachschule",
    "Bewegungskita",
    "Bilderbuchkino",
    "Deutscher Kinderschutzbund",
    "Early Excellence",
    "Freinet-Pädagogik",
    "Gemeinschaftsunterkunft",
    "Humanistischer Verband Deutschlands",
    "Internationaler Bund",
    "Kleinkinder",
    "MINT-Bildung",
    "Mitternachtssport",
    "Nachbarschaftsfrühstück",
    "Offene Arbeit",
    "Sorgerecht",
    "Waldorfkindergarten",
    "evangelisch",
    "vorurteilsbewusste Bildung und Erziehung",
}
VERKNUEPFT = (
    "Waldorfkindergarten",
    "Berufsfachschule",
    "Bilderbuchkino",
    "Kleinkinder",
    "Antragshilfe",
)


def ergaenzen(apps, schema_editor):
    from angebote.suche.thesaurus import (
        begriffe_ergaenzen,
        begriffe_ersetzen,
        mitgelieferte_laden,
        neue_verknuepfungen,
    )

    modell = apps.get_model("angebote", "Synonymgruppe")
    begriffe_ergaenzen(modell, ERGAENZT)
    begriffe_ersetzen(modell, GEAENDERT)
    mitgelieferte_laden(modell, nur=NEU)
    neue_verknuepfungen(modell, VERKNUEPFT)


class Migration(migrations.Migration):
    dependencies = [("angebote", "0035_thesaurus_paragraphen")]

    operations = [migrations.RunPython(ergaenzen, migrations.RunPython.noop)]
