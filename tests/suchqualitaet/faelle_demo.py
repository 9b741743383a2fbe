"""Search-quality cases on the demo city Musterstadt (``load_demo``; 724 published offers).

Written from a Fachkraft's point of view (issue #15): what she means by the query and what
she expects to see, not what the search does today. The offers are planned from a fixed seed
(angebote/demo/angebote.py), so titles are stable; the format is explained in faelle.py.
"""

from .faelle import NIRGENDS, TR, A, B, Fall, G, K, O, S, T, Z, fall, mit
from .faelle_demo_unabhaengig import UNABHAENGIG
from .faelle_demo_unabhaengig2 import UNABHAENGIG_2
from .faelle_demo_unabhaengig3 import UNABHAENGIG_3
from .faelle_demo_unabhaengig4 import UNABHAENGIG_4
from .faelle_demo_unabhaengig5 import UNABHAENGIG_5
from .faelle_demo_unabhaengig6 import UNABHAENGIG_6
from .faelle_demo_unabhaengig7 import UNABHAENGIG_7
from .faelle_demo_unabhaengig8 import UNABHAENGIG_8

# Kinds of offers in the demo city, by their titles (angebote/demo/daten.py ARTEN).
HAUSAUFGABEN = T("Hausaufgaben")
HA_HILFE = T("Hausaufgabenhilfe")
HA_BETREUUNG = T("Hausaufgabenbetreuung")
ARABISCH_LINDENHOF = "Hausaufgabenbetreuung im Familientreff „Al-Bustan“"
ELTERNCAFE = T("Elterncafé")
ELTERNTREFF_ARTEN = T("Elterncafé") | T("Elterntreff") | T("Elternfrühstück")
MAEDCHEN_ART = T("Mädchentreff") | T("Mädchengruppe") | T("Mädchenzeit")
JUNGEN_ART = T("Jungengruppe") | T("Jungs-Treff") | T("Jungenarbeit")
KRABBEL_ART = T("Krabbelgruppe") | T("Eltern-Kind-Gruppe") | T("Spielgruppe für die Kleinsten")
NACHHILFE_ART = T("Lernförderung") | T("Lerncoaching") | T("Nachhilfe")
STREETWORK_ART = T("Streetwork") | T("Mobile Jugendarbeit") | T("Aufsuchende Jugendarbeit")
ERZIEHUNGSBERATUNG = T("Erziehungsberatung") | T("Erziehungs- und Familienberatung")
TRENNUNG_ART = T("Trennungs- und Scheidungsberatung") | T("Beratung bei Trennung und Scheidung")
DEUTSCHKURS_ART = T("Deutschkurs") | T("Deutsch im Alltag") | T("Sprachcafé")
FERIEN_ART = T("Ferienprogramm") | T("Ferienspaß") | T("Sommerferienprogramm") | T("Ferienspiele")
TURNEN_ART = T("Kinderturnen") | T("Eltern-Kind-Turnen") | T("Bewegungsgruppe für Kinder")
FUSSBALL = T("Fußball")
TANZ_ART = T("Tanzgruppe") | T("Hip-Hop-Tanz") | T("Kindertanz")
THEATER_ART = T("Theatergruppe") | T("Theater-AG") | T("Jugendtheater")
KOCH_ART = T("Kinderküche") | T("Kochgruppe") | T("Koch-AG")
VORLESE_ART = T("Lesepaten") | T("Vorlesestunde") | T("Bilderbuchkino") | T("Vorlesen")
SUCHT = T("Suchtprävention") | T("Medien und Sucht")
SCHULDNER = T("Schuldnerberatung") | T("Budgetberatung")
RSD = T("Offene Sprechstunde des Regionalen Sozialen Dienstes")
VAETER_ART = T("Vätertreff") | T("Papa-Kind-Samstag") | T("Väterfrühstück") | T("Papa-Zeit")
BEWERBUNG_ART = T("Bewerbungstraining") | T("Bewerbungswerkstatt") | T("Berufsorientierung")
SCHWIMM_ART = T("Schwimmkurs") | T("Seepferdchen-Kurs")
KAMPFSPORT_ART = T("Boxtraining") | T("Judo") | T("Selbstverteidigung")
ZIRKUS_ART = T("Zirkustraining") | T("Kinderzirkus")
MUSIK_ART = T("Bandprojekt") | T("Musikgruppe") | T("Trommelgruppe")
COMPUTER_ART = T("Computerkurs") | T("Medienwerkstatt") | T("Coding-Club")
KREATIV_ART = T("Kreativwerkstatt") | T("Malen und Gestalten") | T("Holz- und Bastelwerkstatt")
HEBAMME = T("Hebammensprechstunde")
SCHWANGER_ART = T("Schwangerschaftsberatung") | T("Beratung für werdende Eltern")
JUGENDBERATUNG_ART = (
    T("Jugendberatung") | T("Beratung für junge Menschen") | T("Krisenberatung für Jugendliche")
)
JUGENDCLUB_ORTE = O("Jugendclub") | O("Jugendfreizeitzentrum")
FREIZEIT_ORTE = (
    JUGENDCLUB_ORTE
    | O("Jugendtreff")
    | O("Jugendhaus")
    | O("Kinder- und Jugendhaus")
    | O("Jugendkeller")
)
KITA_TITEL = T("Kita")


def ohne(regex: str, art=None):
    """Offers (of one kind, if given) that have nothing to do with ``regex``."""
    return NIRGENDS(regex) if art is None else art & NIRGENDS(regex)


SYNONYME: list[Fall] = [
    fall(
        "Hausaufgabenhilfe",
        top3=HA_HILFE,
        gefunden=[HAUSAUFGABEN, ARABISCH_LINDENHOF],
        vor=[(HA_HILFE, HA_BETREUUNG)],
        warum="Das Wort der Startseite: Hilfe und Betreuung sind dasselbe; die genaue Bezeichnung zuerst",
    ),
    fall(
        "Hausaufgabenbetreuung",
        top3=HA_BETREUUNG,
        gefunden=[HAUSAUFGABEN],
        vor=[(HA_BETREUUNG, HA_HILFE & ~HA_BETREUUNG)],
        warum="Betreuung = Hilfe bei Hausaufgaben; die genaue Bezeichnung zuerst",
    ),
    fall(
        "Hausaufgaben",
        top3=HAUSAUFGABEN,
        gefunden=[HAUSAUFGABEN],
        nicht=ohne("hausaufgab|lern|nachhilfe", FUSSBALL | TANZ_ART),
        warum="Alle Hausaufgaben-Angebote, gleich wie sie heißen",
    ),
    fall(
        "Nachhilfe",
        top3=NACHHILFE_ART,
        gefunden=[NACHHILFE_ART],
        vor=[(T("Nachhilfe"), NACHHILFE_ART & ~T("Nachhilfe"))],
        warum="Nachhilfe, Lernförderung und Lerncoaching meinen dasselbe",
    ),
    fall(
        "Lernförderung",
        top3=T("Lernförderung"),
        gefunden=[NACHHILFE_ART],
        warum="Lernförderung ist das Fachwort für Nachhilfe",
    ),
    fall(
        "Lernhilfe",
        gefunden=[T("Lernhilfe für ukrainische Schulkinder"), NACHHILFE_ART],
        top3=T("Lernhilfe"),
        warum="Lernhilfe = Nachhilfe/Lernförderung",
    ),
    fall(
        "Kindertagesstätte",
        top3=KITA_TITEL,
        gefunden=[KITA_TITEL],
        nicht=ohne("kita|kinderta|kindergarten|krippe", FUSSBALL | TANZ_ART),
        warum="Kindertagesstätte = Kita: die Angebote in Kitas",
    ),
    fall(
        "Kindergarten",
        top3=KITA_TITEL | T("Kindergarten"),
        gefunden=[KITA_TITEL, T("Kindergarten")],
        warum="Kindergarten sagt man im Alltag für die Kita",
    ),
    fall(
        "Krippe",
        top3=KITA_TITEL,
        relevant=KITA_TITEL | B("Kita"),
        nicht=ohne("kita|kinderta|kindergarten|krippe", FUSSBALL),
        warum="Krippe gehört zur Gruppe Kita/Kindertagesstätte; im Demo steht nur Kita",
    ),
    fall(
        "Kitas",
        top3=KITA_TITEL,
        gefunden=[KITA_TITEL],
        warum="Plural von Kita",
    ),
    fall(
        "Jugendclub",
        top3=T("Jugendclub"),
        gefunden=[T("Jugendclub"), T("Jugendfreizeitzentrum")],
        vor=[(T("Jugendclub"), T("Jugendfreizeitzentrum") & ~T("Jugendclub"))],
        relevant=FREIZEIT_ORTE,
        warum="Jugendclub = Jugendfreizeiteinrichtung = Jugendfreizeitzentrum; das genaue Wort zuerst",
    ),
    fall(
        "JFE",
        top3=FREIZEIT_ORTE,
        gefunden=[T("Jugendfreizeitzentrum"), T("Jugendclub")],
        relevant=FREIZEIT_ORTE,
        warum="JFE ist die Abkürzung für Jugendfreizeiteinrichtung",
    ),
    fall(
        "Jugendfreizeiteinrichtung",
        top3=FREIZEIT_ORTE,
        gefunden=[T("Jugendfreizeitzentrum"), T("Jugendclub")],
        relevant=FREIZEIT_ORTE,
        warum="Das Amtswort für Jugendclubs und Jugendfreizeitzentren",
    ),
    fall(
        "Jugendzentrum",
        top3=FREIZEIT_ORTE,
        gefunden=[T("Jugendfreizeitzentrum"), T("Jugendclub")],
        relevant=FREIZEIT_ORTE,
        warum="Jugendzentrum = Jugendfreizeitzentrum = Jugendclub",
    ),
    fall(
        "KJFH",
        top3=FREIZEIT_ORTE,
        gefunden=[T("Kinder- und Jugendhaus")],
        relevant=FREIZEIT_ORTE,
        warum="KJFH = Kinder- und Jugendfreizeitheim, im Demo „Kinder- und Jugendhaus“",
    ),
    fall(
        "Jugendhaus",
        top3=T("Jugendhaus"),
        gefunden=[T("Jugendhaus")],
        relevant=FREIZEIT_ORTE,
        warum="Jugendhaus, auch als Teil von „Kinder- und Jugendhaus“",
    ),
    fall(
        "HzE",
        top3=RSD,
        gefunden=[RSD, B("Hilfen zur Erziehung")],
        relevant=K("Hilfen zur Erziehung"),
        warum="HzE = Hilfen zur Erziehung (§§ 27 ff. SGB VIII); der RSD ist der Zugang",
    ),
    fall(
        "Hilfen zur Erziehung",
        top3=RSD,
        gefunden=[RSD],
        relevant=K("Hilfen zur Erziehung"),
        warum="Die Leistungsart; die Sprechstunde des RSD nennt sie im Text",
    ),
    fall(
        "Hilfe zur Erziehung",
        top3=RSD,
        gefunden=[RSD],
        relevant=K("Hilfen zur Erziehung"),
        warum="Singular der Leistungsart",
    ),
    fall(
        "ASD",
        top3=RSD,
        gefunden=[RSD],
        relevant=RSD | O("Regionaler Sozialer Dienst"),
        warum="ASD (Allgemeiner Sozialer Dienst) heißt in Musterstadt Regionaler Sozialer Dienst",
    ),
    fall(
        "Allgemeiner Sozialer Dienst",
        top3=RSD,
        gefunden=[RSD],
        relevant=RSD | O("Regionaler Sozialer Dienst"),
        warum="ASD und RSD sind derselbe Dienst",
    ),
    fall(
        "RSD",
        top3=RSD,
        gefunden=[RSD],
        warum="Abkürzung des Regionalen Sozialen Dienstes",
    ),
    fall(
        "SPFH",
        gefunden=[O("Familienhilfezentrum")],
        relevant=O("Familienhilfezentrum") | K("Hilfen zur Erziehung"),
        warum="SPFH = Sozialpädagogische Familienhilfe: Familienhilfe-Angebote",
    ),
    fall(
        "Sozialpädagogische Familienhilfe",
        gefunden=[O("Familienhilfezentrum")],
        relevant=O("Familienhilfezentrum") | K("Hilfen zur Erziehung"),
        warum="Die ausgeschriebene SPFH",
    ),
    fall(
        "Kindeswohlgefährdung",
        top3=T("Kinderschutzberatung"),
        gefunden=[T("Kinderschutzberatung")],
        warum="Die Beratung nach § 8a SGB VIII (Wort steht in der Beschreibung)",
    ),
    fall(
        "Kinderschutz",
        top3=T("Kinderschutzberatung"),
        gefunden=[T("Kinderschutzberatung")],
        warum="Kinderschutz: die Kinderschutzberatung zuerst",
    ),
    fall(
        "Gewalt",
        top3=B("Gewalt"),
        gefunden=[B("Gewalt")],
        relevant=T("Kinderschutzberatung"),
        warum="Verdacht auf Gewalt: die Kinderschutzberatung",
    ),
    fall(
        "Elterncafé",
        top3=ELTERNCAFE,
        gefunden=[ELTERNTREFF_ARTEN],
        vor=[(ELTERNCAFE, T("Elternfrühstück") & ~ELTERNCAFE)],
        warum="Elterncafé, Elterntreff, Elternfrühstück: ein Treffpunkt für Eltern",
    ),
    fall(
        "Elterntreff",
        top3=T("Elterntreff"),
        gefunden=[ELTERNTREFF_ARTEN],
        warum="Elterntreff = Elterncafé",
    ),
    fall(
        "Mädchentreff",
        top3=T("Mädchentreff"),
        gefunden=[MAEDCHEN_ART],
        vor=[(T("Mädchentreff"), T("Mädchengruppe") & ~T("Mädchentreff"))],
        warum="Mädchentreff, Mädchengruppe, Mädchenzeit: das Angebot für Mädchen",
    ),
    fall(
        "Mädchengruppe",
        top3=T("Mädchengruppe"),
        gefunden=[MAEDCHEN_ART],
        warum="Mädchengruppe = Mädchentreff",
    ),
    fall(
        "Jungengruppe",
        top3=T("Jungengruppe"),
        gefunden=[JUNGEN_ART],
        warum="Jungengruppe, Jungs-Treff, Jungenarbeit",
    ),
    fall(
        "Jungenarbeit",
        top3=T("Jungenarbeit"),
        gefunden=[JUNGEN_ART],
        warum="Jungenarbeit = Jungengruppe",
    ),
    fall(
        "Schwangerschaftsberatung",
        top3=T("Schwangerschaftsberatung"),
        gefunden=[SCHWANGER_ART],
        warum="Auch die „Beratung für werdende Eltern“",
    ),
    fall(
        "Streetwork",
        top3=T("Streetwork"),
        gefunden=[STREETWORK_ART],
        vor=[(T("Streetwork"), STREETWORK_ART & ~T("Streetwork"))],
        warum="Streetwork = Mobile/Aufsuchende Jugendarbeit; das genaue Wort zuerst",
    ),
    fall(
        "Mobile Jugendarbeit",
        top3=T("Mobile Jugendarbeit"),
        gefunden=[STREETWORK_ART],
        warum="Mobile Jugendarbeit = Streetwork",
    ),
    fall(
        "aufsuchende Arbeit",
        gefunden=[STREETWORK_ART],
        relevant=STREETWORK_ART,
        warum="Aufsuchende Arbeit ist Streetwork",
    ),
    fall(
        "Erziehungsberatung",
        top3=T("Erziehungsberatung"),
        gefunden=[ERZIEHUNGSBERATUNG],
        warum="„Erziehungs- und Familienberatung“ ist auch Erziehungsberatung",
    ),
    fall(
        "Familienberatung",
        top3=T("Familienberatung"),
        gefunden=[
            T("Familienberatung"),
            T("Beratung für Familien") & ~T("Schuldner"),
            T("Familiensprechstunde"),
        ],
        warum="Familienberatung, Beratung für Familien, Familiensprechstunde",
    ),
    fall(
        "Scheidungsberatung",
        top3=TRENNUNG_ART,
        gefunden=[TRENNUNG_ART],
        warum="„Trennungs- und Scheidungsberatung“ enthält die Scheidungsberatung",
    ),
    fall(
        "Trennungsberatung",
        top3=TRENNUNG_ART,
        gefunden=[TRENNUNG_ART],
        warum="„Trennungs- und Scheidungsberatung“ ist eine Trennungsberatung",
    ),
    fall(
        "Deutschkurs",
        top3=T("Deutschkurs"),
        gefunden=[T("Deutschkurs"), T("Deutsch im Alltag"), T("Sprachcafé Deutsch")],
        warum="Deutsch lernen für Eltern, wie immer das Angebot heißt",
    ),
    fall(
        "Sprachkurs",
        top3=DEUTSCHKURS_ART,
        gefunden=[T("Deutschkurs"), T("Deutsch im Alltag")],
        warum="Ein Sprachkurs in Musterstadt ist ein Deutschkurs",
    ),
    fall(
        "Schwimmkurs",
        top3=SCHWIMM_ART,
        gefunden=[SCHWIMM_ART],
        warum="Seepferdchen-Kurs ist ein Schwimmkurs",
    ),
    fall(
        "Seepferdchen",
        top3=T("Seepferdchen-Kurs") | T("Schwimmkurs"),
        gefunden=[T("Seepferdchen-Kurs")],
        warum="Das Seepferdchen ist das Schwimmabzeichen",
    ),
    fall(
        "Krabbelgruppe",
        top3=T("Krabbelgruppe"),
        gefunden=[KRABBEL_ART],
        vor=[(T("Krabbelgruppe"), T("Eltern-Kind-Gruppe") & ~T("Krabbelgruppe"))],
        warum="Krabbelgruppe = Eltern-Kind-Gruppe = Spielgruppe für die Kleinsten",
    ),
    fall(
        "Eltern-Kind-Gruppe",
        top3=T("Eltern-Kind-Gruppe"),
        gefunden=[KRABBEL_ART],
        warum="Eltern-Kind-Gruppe = Krabbelgruppe",
    ),
    fall(
        "Ferienprogramm",
        top3=T("Ferienprogramm"),
        gefunden=[FERIEN_ART],
        warum="Ferienprogramm, Ferienspaß, Ferienspiele",
    ),
    fall(
        "Ferienbetreuung",
        top3=FERIEN_ART,
        gefunden=[FERIEN_ART],
        warum="Ferienbetreuung heißt im Register Ferienprogramm",
    ),
    fall(
        "Kinderturnen",
        top3=T("Kinderturnen"),
        gefunden=[TURNEN_ART],
        warum="Kinderturnen, Eltern-Kind-Turnen, Bewegungsgruppe",
    ),
    fall(
        "Vorlesen",
        top3=VORLESE_ART,
        gefunden=[T("Vorlesestunde"), T("Vorlesen"), T("Lesepaten")],
        warum="Vorlesestunde, Lesepaten, Bilderbuchkino",
    ),
    fall(
        "Lesepaten",
        top3=T("Lesepaten"),
        gefunden=[T("Lesepaten")],
        relevant=VORLESE_ART,
        warum="Lesepaten und Lesepatenschaften",
    ),
    fall(
        "Mentoring",
        top3=T("Mentoring"),
        gefunden=[T("Mentoring"), T("Lernpatenschaften"), T("Patenschaften für Schülerinnen")],
        warum="Mentoring = Patenschaften",
    ),
    fall(
        "Patenschaft",
        top3=T("Patenschaft"),
        gefunden=[T("Patenschaft")],
        relevant=T("Patenschaft") | T("Mentoring") | T("Paten"),
        warum="Lern-, Lese-, Familienpatenschaften",
    ),
    fall(
        "Tafel",
        top3=T("Tafel") | T("Lebensmittelausgabe"),
        gefunden=[T("Lebensmittelausgabe"), T("Tafel-Kinderfrühstück")],
        warum="Tafel = Lebensmittelausgabe",
    ),
    fall(
        "Lebensmittelausgabe",
        top3=T("Lebensmittelausgabe"),
        gefunden=[T("Lebensmittelausgabe")],
        relevant=T("Lebensmittelausgabe") | T("Tafel"),
        warum="Lebensmittel für Familien mit wenig Geld",
    ),
    fall(
        "Schuldnerberatung",
        top3=T("Schuldnerberatung"),
        gefunden=[SCHULDNER],
        warum="Budgetberatung ist Schuldnerberatung",
    ),
    fall(
        "Schulden",
        top3=SCHULDNER,
        gefunden=[SCHULDNER],
        relevant=SCHULDNER | STREETWORK_ART,
        warum="Wer Schulden hat, braucht die Schuldnerberatung",
    ),
    fall(
        "Drogen",
        top3=SUCHT,
        gefunden=[SUCHT],
        warum="Drogen gehören zur Gruppe Sucht",
    ),
    fall(
        "Drogenberatung",
        top3=SUCHT,
        gefunden=[SUCHT],
        warum="Drogenberatung = Suchtberatung",
    ),
    fall(
        "Suchtberatung",
        top3=SUCHT,
        gefunden=[SUCHT],
        warum="Sucht|beratung: die Suchtprävention berät vertraulich",
    ),
    fall(
        "Alkohol",
        top3=SUCHT,
        gefunden=[SUCHT],
        warum="Alkohol gehört zur Gruppe Sucht: die Fachstelle für Suchtprävention",
    ),
    fall(
        "Behinderung",
        top3=T("Inklusi"),
        gefunden=[T("Beratung Inklusion und Teilhabe"), T("Inklusive Freizeitgruppe")],
        relevant=T("Inklusi") | Z("Menschen mit Behinderung"),
        warum="Kinder mit Behinderung: Inklusion, Teilhabe, Eingliederungshilfe",
    ),
    fall(
        "Inklusion",
        top3=T("Inklusi"),
        gefunden=[T("Beratung Inklusion und Teilhabe"), T("Elterntreff Inklusion")],
        relevant=T("Inklusi") | Z("Menschen mit Behinderung"),
        warum="Inklusion und inklusive Angebote",
    ),
    fall(
        "Eingliederungshilfe",
        top3=K("Eingliederungshilfe"),
        gefunden=[T("Beratung Inklusion und Teilhabe")],
        relevant=K("Eingliederungshilfe"),
        warum="Die Kategorie nach § 35a SGB VIII",
    ),
    fall(
        "Flüchtlinge",
        top3=T("geflüchtete") | T("Neuzugewanderte") | T("Migrationsberatung"),
        gefunden=[T("Hausaufgabenhilfe für geflüchtete Kinder"), T("Neuzugewanderte")],
        relevant=Z("Geflüchtete und Neuzugewanderte") | T("geflüchtete"),
        warum="Flüchtlinge = Geflüchtete = Neuzugewanderte",
    ),
    fall(
        "Geflüchtete",
        top3=T("geflüchtete") | T("Neuzugewanderte") | T("Migrationsberatung"),
        gefunden=[T("Hausaufgabenhilfe für geflüchtete Kinder")],
        relevant=Z("Geflüchtete und Neuzugewanderte") | T("geflüchtete"),
        warum="Geflüchtete Kinder und Familien",
    ),
    fall(
        "Migrationsberatung",
        top3=T("Migrationsberatung"),
        gefunden=[T("Migrationsberatung"), T("Jugendmigrationsdienst")],
        warum="Migrationsberatung und Jugendmigrationsdienst",
    ),
    fall(
        "Papa",
        top3=VAETER_ART,
        gefunden=[VAETER_ART],
        warum="Papa = Vater: Vätertreff, Papa-Kind-Samstag, Väterfrühstück",
    ),
    fall(
        "Alleinerziehende",
        top3=T("Alleinerziehende"),
        gefunden=[T("Alleinerziehende")],
        relevant=T("Alleinerziehende") | Z("Alleinerziehende"),
        # "Ein-Eltern-Familie" (a synonym) is not "Eltern" from the Zielgruppe and
        # "Familie" from the title: these found it through their words scattered.
        nicht=[T("Offener Mittagstisch") | T("Stadtteilfrühstück")],
        warum="Treff und Frühstück für Alleinerziehende, nicht jedes Angebot für Familien",
    ),
    fall(
        "Jugendberatung",
        top3=T("Jugendberatung"),
        gefunden=[JUGENDBERATUNG_ART],
        warum="Beratung für junge Menschen, Krisenberatung für Jugendliche",
    ),
    fall(
        "Kochkurs",
        top3=KOCH_ART,
        gefunden=[KOCH_ART],
        warum="Kochkurs = Kochgruppe, Kinderküche, Koch-AG",
    ),
    fall(
        "Bewerbungstraining",
        top3=T("Bewerbungstraining"),
        gefunden=[T("Bewerbungstraining")],
        relevant=BEWERBUNG_ART,
        warum="Bewerbungstraining und Bewerbungswerkstatt",
    ),
    fall(
        "Berufsorientierung",
        top3=T("Berufsorientierung"),
        gefunden=[T("Berufsorientierung")],
        relevant=BEWERBUNG_ART,
        warum="Berufsorientierung, nah an Bewerbungstraining",
    ),
    fall(
        "Kampfsport",
        top3=KAMPFSPORT_ART,
        gefunden=[KAMPFSPORT_ART],
        warum="Boxen, Judo, Selbstverteidigung",
    ),
    fall(
        "Programmieren",
        top3=T("Coding-Club"),
        gefunden=[B("programmieren")],
        relevant=COMPUTER_ART,
        warum="Programmieren: der Coding-Club",
    ),
    fall(
        "Frühe Hilfen",
        top3=T("Frühe Hilfen") | T("Frühe-Hilfen"),
        gefunden=[T("Frühe-Hilfen-Besuchsdienst"), T("Familienbegleitung Frühe Hilfen")],
        relevant=K("Frühe Hilfen"),
        warum="Die Frühen Hilfen (KKG) als Titel und Kategorie",
    ),
    fall(
        "Hebamme",
        top3=HEBAMME,
        gefunden=[HEBAMME],
        relevant=HEBAMME | O("Hebammen"),
        warum="Hebammensprechstunde",
    ),
    fall(
        "Hort",
        top3=O("Schülerladen"),
        gefunden=[O("Schülerladen")],
        relevant=O("Schülerladen") | HAUSAUFGABEN,
        warum="Hort = Schülerladen: Betreuung von Schulkindern am Nachmittag",
    ),
    fall(
        "Abenteuerspielplatz",
        top3=O("Abenteuerspielplatz"),
        gefunden=[O("Abenteuerspielplatz")],
        warum="Die Angebote auf den Abenteuerspielplätzen",
    ),
    fall(
        "Bauernhof",
        top3=O("Kinderbauernhof") | O("Kinderfarm"),
        gefunden=[O("Kinderbauernhof")],
        relevant=O("Kinderbauernhof") | O("Kinderfarm") | T("Tier-AG"),
        warum="Kinderbauernhof (und Kinderfarm)",
    ),
    fall(
        "Kinderfarm",
        top3=O("Kinderfarm"),
        gefunden=[O("Kinderfarm")],
        relevant=O("Kinderfarm") | O("Kinderbauernhof"),
        warum="Kinderfarm, verwandt mit Kinderbauernhof",
    ),
    fall(
        "Zahnarzt",
        top3=T("Zahnprophylaxe"),
        gefunden=[T("Zahnprophylaxe")],
        warum="Zahnärztlicher Dienst: Zahnprophylaxe",
    ),
    fall(
        "Repair-Café",
        top3=T("Repair-Café"),
        gefunden=[T("Repair-Café")],
        relevant=T("Repair-Café") | T("Fahrradwerkstatt"),
        warum="Reparaturcafé",
    ),
    fall(
        "Reparieren",
        top3=T("Repair-Café") | T("Fahrradwerkstatt"),
        gefunden=[T("Repair-Café")],
        relevant=T("Repair-Café") | T("Fahrradwerkstatt"),
        warum="Reparieren: Repair-Café und Fahrradwerkstatt",
    ),
    fall(
        "LGBT",
        top3=O("Queer"),
        gefunden=[O("Queer")],
        warum="LGBT = queer: der Queere Jugendtreff",
    ),
    fall(
        "queer",
        top3=O("Queer"),
        gefunden=[O("Queer")],
        warum="Der Queere Jugendtreff",
    ),
    fall(
        "Selbsthilfegruppe",
        top3=T("Selbsthilfegruppen"),
        gefunden=[T("Selbsthilfegruppen")],
        warum="Singular von Selbsthilfegruppen",
    ),
    fall(
        "Babymassage",
        top3=T("Babymassage"),
        gefunden=[T("Babymassage")],
        warum="Babymassage und Babymassage-Kurs",
    ),
    fall(
        "Sexualpädagogik",
        top3=T("Sexualpädagogische"),
        gefunden=[T("Sexualpädagogische")],
        warum="Sexualpädagogische Gruppenangebote, Sprechstunde Sexualität",
    ),
    fall(
        "Aufklärung",
        top3=T("Sexualpädagogische"),
        gefunden=[T("Sexualpädagogische")],
        warum="Sexuelle Aufklärung = Sexualpädagogik",
    ),
]

ABKUERZUNGEN: list[Fall] = [
    fall(
        "Kita",
        top3=KITA_TITEL,
        gefunden=[KITA_TITEL],
        nicht=ohne("kita|kinderta|kindergarten|krippe", FUSSBALL | TANZ_ART),
        warum="Die Angebote in Kitas",
    ),
    fall(
        "KiTa",
        top3=KITA_TITEL,
        gefunden=[KITA_TITEL],
        warum="Schreibweise mit großem T",
    ),
    fall(
        "AG",
        top3=T("-AG"),
        gefunden=[T("Fußball-AG"), T("Schach-AG"), T("Koch-AG")],
        relevant=T("-AG"),
        warum="Arbeitsgemeinschaften: Fußball-AG, Schach-AG, Theater-AG …",
    ),
    fall(
        "Schach-AG",
        top3=T("Schach-AG"),
        gefunden=[T("Schach-AG")],
        relevant=T("Schach"),
        warum="Genauer Titel mit Bindestrich",
    ),
    fall(
        "EB",
        top3=ERZIEHUNGSBERATUNG,
        gefunden=[T("Erziehungsberatung")],
        relevant=ERZIEHUNGSBERATUNG,
        warum="EB = Erziehungsberatung (Fachjargon)",
    ),
    fall(
        "EFB",
        top3=ERZIEHUNGSBERATUNG,
        gefunden=[T("Erziehungs- und Familienberatung")],
        relevant=ERZIEHUNGSBERATUNG,
        warum="EFB = Erziehungs- und Familienberatung",
    ),
    fall(
        "BuT",
        top3=B("Bildung und Teilhabe"),
        gefunden=[B("Bildung und Teilhabe")],
        warum="BuT = Bildung und Teilhabe (Kostenübernahme der Lernförderung)",
    ),
    fall(
        "Bildung und Teilhabe",
        top3=B("Bildung und Teilhabe"),
        gefunden=[B("Bildung und Teilhabe")],
        warum="Wo die Kosten über BuT übernommen werden",
    ),
    fall(
        "MGH",
        top3=O("Mehrgenerationenhaus"),
        gefunden=[O("Mehrgenerationenhaus")],
        warum="MGH = Mehrgenerationenhaus",
    ),
    fall(
        "VHS",
        top3=O("VHS"),
        gefunden=[O("VHS")],
        warum="Volkshochschule",
    ),
    fall(
        "Volkshochschule",
        top3=O("VHS"),
        gefunden=[O("VHS")],
        warum="VHS ausgeschrieben",
    ),
    fall(
        "DRK",
        top3=TR("DRK"),
        gefunden=[TR("DRK")],
        warum="Der Träger DRK (Trägername, niedrig gewichtet, aber gefunden)",
    ),
]

BEUGUNG: list[Fall] = [
    *(
        fall(
            q,
            gefunden=[T("Familienberatung"), T("Beratung für Familien"), T("Familienfreizeit")],
            nicht=ohne("famil", FUSSBALL | TANZ_ART | T("Schach")),
            relevant=T("Famil") | Z("Eltern und Familien"),
            warum="Familie und Familien sind ein Wort; Komposita wie Familienberatung gehören dazu",
        )
        for q in ("Familie", "Familien", "familie", "FAMILIEN")
    ),
    *(
        fall(
            q,
            gefunden=[T("Kinderturnen"), T("Kinderküche"), T("Bewegungsgruppe für Kinder")],
            nicht=ohne("kind", T("Offener Jugendtreff") | T("Jugendcafé") | T("Streetwork")),
            relevant=T("Kind") | Z("Kinder") | Z("Babys und Kleinkinder"),
            warum="Kind, Kinder, Kindern: dasselbe Wort",
        )
        for q in ("Kind", "Kinder", "Kindern", "Kindes")
    ),
    *(
        fall(
            q,
            top3=T("Jugendliche"),
            gefunden=[
                T("Fahrradwerkstatt für Kinder und Jugendliche"),
                T("Krisenberatung für Jugendliche"),
            ],
            nicht=ohne("jugend", T("Krabbelgruppe") | T("Babymassage")),
            relevant=T("Jugend") | Z("Jugendliche"),
            warum="Jugendliche, Jugendlichen, Jugendlicher",
        )
        for q in ("Jugendliche", "Jugendlichen", "Jugendlicher")
    ),
    *(
        fall(
            q,
            top3=VAETER_ART,
            gefunden=[T("Vätertreff"), T("Väterfrühstück"), T("Papa-Kind-Samstag")],
            warum="Vater, Väter, Vätern: Umlaut im Plural",
        )
        for q in ("Vater", "Väter", "Vätern")
    ),
    *(
        fall(
            q,
            gefunden=[T("Stadtteilmütter"), T("Deutsch im Alltag für Mütter")],
            relevant=T("Mütter") | B("Mütter"),
            warum="Mutter, Mütter, Müttern: Umlaut im Plural",
        )
        for q in ("Mutter", "Mütter", "Müttern")
    ),
    *(
        fall(
            q,
            top3=T("Baby"),
            gefunden=[T("Babymassage")],
            relevant=T("Baby") | B("Baby") | Z("Babys und Kleinkinder"),
            warum="Baby, Babys",
        )
        for q in ("Baby", "Babys")
    ),
    *(
        fall(
            q,
            top3=T("Schüler"),
            gefunden=[T("Lernstipendien für Schülerinnen und Schüler"), O("Schülerladen")],
            nicht=SCHULDNER,
            relevant=T("Schüler") | B("Schüler") | O("Schüler"),
            warum="Schüler, Schülerinnen, Schülern; nie die Schuldnerberatung",
        )
        for q in ("Schülerinnen", "Schülern")
    ),
    fall(
        "Hausaufgabe",
        top3=HAUSAUFGABEN,
        gefunden=[HAUSAUFGABEN],
        warum="Singular: dieselben Angebote wie „Hausaufgaben“",
    ),
    fall(
        "Beratungen",
        top3=T("Beratung"),
        gefunden=[T("Erziehungsberatung"), T("Familienberatung")],
        relevant=T("beratung") | T("Sprechstunde"),
        warum="Plural von Beratung",
    ),
    fall(
        "Kurse",
        top3=T("kurs"),
        gefunden=[T("Computerkurs"), T("Babymassage-Kurs"), T("Deutschkurs")],
        relevant=T("kurs"),
        warum="Kurs, Kurse; Computerkurs und Deutschkurs enthalten das Wort",
    ),
    fall(
        "Gruppen",
        top3=T("gruppe"),
        gefunden=[T("Krabbelgruppe"), T("Sportgruppe")],
        relevant=T("gruppe"),
        warum="Gruppe, Gruppen",
    ),
    fall(
        "Treffs",
        top3=T("treff"),
        gefunden=[T("Mädchentreff"), T("Elterntreff")],
        relevant=T("treff"),
        warum="Treff, Treffs",
    ),
    fall(
        "Spiele",
        top3=T("Spiel"),
        gefunden=[T("Spielenachmittag"), T("Ferienspiele")],
        relevant=T("spiel") | B("spiel"),
        warum="Spiel, Spiele, Spielen",
    ),
    fall(
        "Sportgruppen",
        top3=T("Sportgruppe"),
        gefunden=[T("Sportgruppe")],
        relevant=T("Sport"),
        warum="Plural von Sportgruppe",
    ),
    fall(
        "Tanzen",
        top3=TANZ_ART,
        gefunden=[TANZ_ART],
        warum="Tanzen, Tanz, Tanzgruppe",
    ),
    fall(
        "Kochen",
        top3=KOCH_ART,
        gefunden=[KOCH_ART],
        relevant=KOCH_ART | B("koch"),
        warum="Kochen: Kochgruppe, Kinderküche, Koch-AG",
    ),
    fall(
        "Schwimmen",
        top3=SCHWIMM_ART,
        gefunden=[SCHWIMM_ART],
        relevant=SCHWIMM_ART | O("Schwimmhalle"),
        warum="Schwimmen lernen",
    ),
    fall(
        "Mädchen",
        top3=MAEDCHEN_ART,
        gefunden=[MAEDCHEN_ART],
        relevant=T("Mädchen") | Z("Mädchen und junge Frauen"),
        warum="Angebote für Mädchen",
    ),
    fall(
        "Jungen",
        top3=JUNGEN_ART,
        gefunden=[JUNGEN_ART],
        relevant=JUNGEN_ART | Z("Jungen und junge Männer"),
        warum="Angebote für Jungen (auch „Jungs“)",
    ),
    fall(
        "Jungs",
        top3=JUNGEN_ART,
        gefunden=[JUNGEN_ART],
        relevant=JUNGEN_ART | Z("Jungen und junge Männer"),
        warum="Jungs = Jungen",
    ),
    fall(
        "Eltern",
        top3=T("Eltern"),
        gefunden=[T("Elterncafé"), T("Elterntreff")],
        relevant=T("Eltern") | Z("Eltern und Familien"),
        warum="Angebote für Eltern",
    ),
    fall(
        "Alleinerziehender",
        top3=T("Alleinerziehende"),
        gefunden=[T("Alleinerziehende")],
        relevant=T("Alleinerziehende") | Z("Alleinerziehende"),
        warum="Gebeugte Form von Alleinerziehende",
    ),
]

KOMPOSITA: list[Fall] = [
    fall(
        "Sucht",
        top3=SUCHT,
        gefunden=[SUCHT],
        nicht=ohne(r"(?<![a-zäöüß])sucht", B("besucht") | B("gesucht") | B("untersucht")),
        warum="Sucht als Wort und als Teil von Suchtprävention; nie be|sucht, ge|sucht, unter|sucht",
    ),
    fall(
        "Beratung",
        top3=T("Beratung"),
        gefunden=[T("Erziehungsberatung"), T("Schuldnerberatung"), T("Jugendberatung")],
        relevant=T("beratung"),
        warum="Beratung als Teil von Erziehungs-, Schuldner-, Jugendberatung",
    ),
    fall(
        "Hilfe",
        gefunden=[HA_HILFE, T("Frühe Hilfen"), T("Selbsthilfegruppen")],
        relevant=T("hilfe"),
        warum="Hilfe, Hilfen und Komposita wie Hausaufgabenhilfe",
    ),
    fall(
        "Treff",
        top3=T("treff"),
        gefunden=[T("Mädchentreff"), T("Jugendtreff"), T("Elterntreff"), T("Vätertreff")],
        relevant=T("treff"),
        warum="Treff als Teil von Mädchentreff, Jugendtreff …",
    ),
    fall(
        "Café",
        top3=T("café"),
        gefunden=[T("Elterncafé"), T("Jugendcafé"), T("Sprachcafé"), T("Repair-Café")],
        relevant=T("café"),
        warum="Café als Teil von Elterncafé, Jugendcafé, Sprachcafé",
    ),
    fall(
        "Frühstück",
        top3=T("frühstück"),
        gefunden=[T("Elternfrühstück"), T("Väterfrühstück"), T("Nachbarschaftsfrühstück")],
        vor=[(T("frühstück"), B("Frühstück") & ~T("frühstück"))],
        relevant=T("frühstück"),
        warum="Frühstück als Titelteil vor der Erwähnung im Text",
    ),
    fall(
        "Werkstatt",
        top3=T("werkstatt"),
        gefunden=[T("Kreativwerkstatt"), T("Medienwerkstatt"), T("Fahrradwerkstatt")],
        relevant=T("werkstatt") | O("werkstatt"),
        warum="Werkstatt als Teil von Kreativ-, Medien-, Fahrradwerkstatt",
    ),
    fall(
        "Turnen",
        top3=T("turnen"),
        gefunden=[T("Kinderturnen"), T("Eltern-Kind-Turnen")],
        relevant=TURNEN_ART,
        warum="Turnen als Teil von Kinderturnen",
    ),
    fall(
        "Sprechstunde",
        top3=T("Sprechstunde"),
        gefunden=[T("Hebammensprechstunde"), T("Familiensprechstunde"), T("Offene Sprechstunde")],
        relevant=T("sprechstunde"),
        warum="Sprechstunde auch als Teil von Hebammen-, Familiensprechstunde",
    ),
    fall(
        "Familienberatungsstelle",
        top3=T("Familienberatung"),
        gefunden=[T("Familienberatung")],
        relevant=T("Familienberatung") | T("Beratung für Familien") | O("Familienberatung"),
        warum="Die Stelle der Familienberatung: Kompositum der Anfrage wird zerlegt",
    ),
    fall(
        "Erziehungsberatungsstelle",
        top3=ERZIEHUNGSBERATUNG,
        gefunden=[T("Erziehungsberatung")],
        relevant=ERZIEHUNGSBERATUNG,
        warum="Erziehungsberatungsstelle = Erziehungsberatung",
    ),
    fall(
        "Fußballtraining",
        top3=T("Fußballtraining"),
        gefunden=[T("Fußballtraining"), T("Fußball-AG")],
        vor=[(T("Fußballtraining"), T("Fußball-AG"))],
        relevant=FUSSBALL,
        warum="Fußball|training: genaues Wort zuerst, dann andere Fußball-Angebote",
    ),
    fall(
        "Fußball",
        top3=FUSSBALL,
        gefunden=[FUSSBALL],
        warum="Fußball-AG, Fußballtraining, Mitternachtsfußball",
    ),
    fall(
        "Hip-Hop",
        top3=T("Hip-Hop"),
        gefunden=[T("Hip-Hop-Tanz")],
        relevant=T("Hip-Hop") | TANZ_ART,
        warum="Mit Bindestrich",
    ),
    fall(
        "Hip Hop",
        top3=T("Hip-Hop"),
        gefunden=[T("Hip-Hop-Tanz")],
        relevant=T("Hip-Hop") | TANZ_ART,
        warum="Mit Leerzeichen statt Bindestrich",
    ),
    fall(
        "HipHop",
        top3=T("Hip-Hop"),
        gefunden=[T("Hip-Hop-Tanz")],
        relevant=T("Hip-Hop") | TANZ_ART,
        warum="Zusammengeschrieben",
    ),
    fall(
        "Eltern-Kind",
        top3=T("Eltern-Kind"),
        gefunden=[T("Eltern-Kind-Gruppe"), T("Eltern-Kind-Turnen")],
        relevant=T("Eltern-Kind") | O("Eltern-Kind"),
        warum="Eltern-Kind-Gruppe, Eltern-Kind-Turnen, Eltern-Kind-Zentrum",
    ),
    fall(
        "Elternkind",
        top3=T("Eltern-Kind"),
        gefunden=[T("Eltern-Kind-Gruppe")],
        relevant=T("Eltern-Kind") | O("Eltern-Kind"),
        warum="Ohne Bindestrich geschrieben",
    ),
    fall(
        "Vater-Kind",
        top3=T("Vater-Kind") | T("Papa-Kind"),
        gefunden=[T("Vater-Kind-Ausflüge"), T("Papa-Kind-Samstag")],
        relevant=VAETER_ART,
        warum="Vater-Kind = Papa-Kind",
    ),
    fall(
        "Familienzentrum",
        top3=O("Familienzentrum"),
        gefunden=[O("Familienzentrum") & T("Familienzentrum")],
        relevant=O("Familienzentrum") | O("Eltern-Kind-Zentrum"),
        warum="Angebote in Familienzentren",
    ),
    fall(
        "Kinderfrühstück",
        top3=T("Tafel-Kinderfrühstück"),
        gefunden=[T("Tafel-Kinderfrühstück")],
        warum="Kinder|frühstück als Teil von Tafel-Kinderfrühstück",
    ),
    fall(
        "Jugendtreff",
        top3=T("Jugendtreff"),
        gefunden=[T("Offener Jugendtreff")],
        relevant=T("Jugendtreff") | T("Offener Treff") | T("Jugendcafé") | FREIZEIT_ORTE,
        warum="Offener Jugendtreff und die Jugendtreffs",
    ),
    fall(
        "Mädchensport",
        gefunden=[],
        top3=T("Mädchen"),
        relevant=T("Mädchen") | Z("Mädchen und junge Frauen"),
        warum="Mädchen|sport: kein Titel heißt so; Mädchenangebote (Klettern, Tanz) sind gemeint",
    ),
    fall(
        "Hausaufgabenhilfe Arabisch",
        top3=ARABISCH_LINDENHOF,
        gefunden=[],
        relevant=HAUSAUFGABEN & TR("Arab"),
        warum="Der Träger des Al-Bustan heißt arabisch: die arabische Hausaufgabenbetreuung",
    ),
    fall(
        "Schwimmhalle",
        top3=O("Schwimmhalle"),
        gefunden=[O("Schwimmhalle")],
        warum="Angebote in der Schwimmhalle",
    ),
    fall(
        "Cybermobbing",
        top3=B("Cybermobbing"),
        gefunden=[B("Cybermobbing")],
        warum="Steht im Text der Computerkurse",
    ),
    fall(
        "Mobbing",
        gefunden=[B("Mobbing")],
        relevant=B("mobbing"),
        warum="Mobbing allein und in Cyber|mobbing (Schulsozialarbeit, Computerkurse)",
    ),
]

INFIX: list[Fall] = [
    fall(
        "Reiten",
        nicht=[B("Streit"), B("bereit")],
        warum="Kein Angebot bietet Reiten an; St|reit und be|reit sind keine Treffer",
    ),
    fall(
        "Ponyreiten",
        nicht=[B("Streit"), B("bereit")],
        warum="Pony|reiten: kein Angebot; St|reit und be|reit sind keine Treffer",
    ),
    fall(
        "Streit",
        gefunden=[B("Streit")],
        nicht=ohne("streit", B("bereit")),
        relevant=B("Streit"),
        warum="Streit in der Familie: Erziehungsberatung, Schulsozialarbeit; nie be|reit",
    ),
    fall(
        "Schüler",
        top3=T("Schüler"),
        gefunden=[T("Schülerinnen und Schüler")],
        nicht=SCHULDNER,
        relevant=T("Schüler") | B("Schüler") | O("Schüler"),
        warum="Schüler ist nicht Schul|dner: die Schuldnerberatung ist kein Treffer",
    ),
    fall(
        "Schule",
        gefunden=[T("Grundschule")],
        nicht=ohne(r"schul(?!d)", SCHULDNER),
        relevant=T("schul") | O("schul") | B("Schule"),
        warum="Schule und Grund|schule, aber nie die Schul|dnerberatung",
    ),
    fall(
        "Mut",
        nicht=ohne(r"\bmut\b|\bmutig", T("Mütter") | T("Stadtteilmütter")),
        warum="Mut steckt nicht in Mütter (mutter)",
    ),
    fall(
        "Kur",
        nicht=[ohne(r"\bkur\b|\bkuren\b", T("Computerkurs") | T("Kurdisch"))],
        warum="Eine Kur ist kein Computer|kurs und nichts Kurdisches",
    ),
    fall(
        "Not",
        gefunden=[O("Jugendnotdienst")],
        nicht=ohne(r"\bnot|notdienst|notfall", B("nötig")),
        relevant=O("Jugendnotdienst") | T("Krisenberatung"),
        warum="Not: der Jugend|not|dienst; „nicht nötig“ ist keine Not",
    ),
    fall(
        "Art",
        nicht=ohne(r"\bart\b", O("Gartenstadt") | T("Start")),
        warum="Art steckt nicht in G|art|enstadt",
    ),
    fall(
        "Eis",
        nicht=[ohne(r"\beis", TR("Kreisverband") | B("Beispiel") | B("Reise"))],
        warum="Eis steckt nicht in Kr|eis|verband oder B|eis|piel",
    ),
    fall(
        "Ehe",
        nicht=[ohne(r"\behe", B("stehen") | B("gehen"))],
        warum="Ehe steckt nicht in st|ehe|n oder g|ehe|n",
    ),
    fall(
        "Turm",
        gefunden=[O("Wasserturm")],
        nicht=ohne("turm", T("Bühnenstürmer")),
        relevant=O("turm") | T("turm"),
        warum="Wasser|turm ja, Bühnen|stürm|er nicht",
    ),
    fall(
        "Raum",
        gefunden=[T("Mädchenraum")],
        nicht=ohne(r"(?<!t)raum", O("Traumfänger") | O("Manegentraum")),
        relevant=T("raum") | O("raum"),
        warum="Mädchen|raum, Frei|raum ja; T|raum|fänger nicht",
    ),
    fall(
        "Bar",
        nicht=[ohne(r"\bbar\b", T("Nachbarschaft"))],
        warum="Bar steckt nicht in Nach|bar|schaft",
    ),
    fall(
        "Tier",
        top3=T("Tier-AG"),
        gefunden=[T("Tier-AG")],
        relevant=T("Tier") | B("Tiere") | O("bauernhof") | O("Kinderfarm"),
        warum="Tier, Tiere, Tier-AG",
    ),
    fall(
        "Segeln",
        nicht=[ohne("segel", B("Regeln"))],
        warum="Segeln ist nicht „Regeln“ (ein Buchstabe anders, anderer Begriff)",
    ),
    fall(
        "Ringen",
        nicht=[ohne(r"\bring", B("mitbringen") | B("bringt"))],
        warum="Ringen steckt nicht in mitb|ringen",
    ),
    fall(
        "Amt",
        nicht=[ohne(r"\bamt|\bämt|jugendamt", B("gesamt") | B("insgesamt"))],
        warum="Amt steckt nicht in ges|amt",
    ),
    fall(
        "Essen",
        nicht=[ohne(r"(?<!geg)(?<!verg)essen", B("gegessen"))],
        warum="Essen steckt nicht in geg|essen (ein Wort für sich, häufiger als seine Teile)",
    ),
    fall(
        "Alten",
        nicht=[ohne(r"\balt|senior|generation", B("gestalten"))],
        warum="Die Alten stecken nicht in gest|alten",
    ),
    fall(
        "Bote",
        nicht=[ohne(r"\bbote", B("Angebote"))],
        warum="Ein Bote steckt nicht in jedem Ange|bote",
    ),
    fall(
        "Akte",
        nicht=[ohne(r"\bakte", B("Kontakte"))],
        warum="Akte steckt nicht in Kont|akte",
    ),
    fall(
        "Lern",
        top3=T("Lern"),
        relevant=T("Lern") | B("lern"),
        nicht=[ohne("lern", FUSSBALL)],
        warum="Wortanfang: Lernförderung, Lernzeit, Lernpaten",
    ),
]

TIPPFEHLER: list[Fall] = [
    fall(
        "Hausaufgabenhife",
        top3=HA_HILFE,
        gefunden=[HA_HILFE],
        warum="Buchstabe fehlt im Kopf des Kompositums",
    ),
    fall("Husaufgabenhilfe", top3=HA_HILFE, gefunden=[HA_HILFE], warum="Buchstabe fehlt am Anfang"),
    fall(
        "Hausaufgabnhilfe", top3=HA_HILFE, gefunden=[HA_HILFE], warum="Buchstabe fehlt in der Fuge"
    ),
    fall(
        "Hausaufgabenbetreung",
        top3=HA_BETREUUNG,
        gefunden=[HA_BETREUUNG],
        warum="Tippfehler im zweiten Teil des Kompositums",
    ),
    fall("Hausaufgaben hilfe", top3=HA_HILFE, gefunden=[HA_HILFE], warum="Getrennt geschrieben"),
    fall("Mädchentref", top3=T("Mädchentreff"), gefunden=[T("Mädchentreff")], warum="Ein f fehlt"),
    fall(
        "Erziehungsbratung",
        top3=T("Erziehungsberatung"),
        gefunden=[T("Erziehungsberatung")],
        warum="Buchstabe fehlt im zweiten Teil",
    ),
    fall(
        "Erzeihungsberatung",
        top3=ERZIEHUNGSBERATUNG,
        gefunden=[T("Erziehungsberatung")],
        warum="Vertauschte Buchstaben im ersten Teil",
    ),
    fall(
        "Schwangerschaftsberatng",
        top3=T("Schwangerschaftsberatung"),
        gefunden=[T("Schwangerschaftsberatung")],
        warum="Langes Kompositum, ein Buchstabe fehlt",
    ),
    fall(
        "Familienberatnug",
        top3=T("Familienberatung"),
        gefunden=[T("Familienberatung")],
        warum="Vertauschte Buchstaben",
    ),
    fall(
        "Krabelgruppe", top3=T("Krabbelgruppe"), gefunden=[T("Krabbelgruppe")], warum="Ein b fehlt"
    ),
    fall(
        "Ferienprogram",
        top3=T("Ferienprogramm"),
        gefunden=[T("Ferienprogramm")],
        warum="Ein m fehlt",
    ),
    fall(
        "Streetwrok",
        top3=T("Streetwork"),
        gefunden=[T("Streetwork")],
        warum="Vertauschte Buchstaben",
    ),
    fall(
        "Schuldnerberatug",
        top3=T("Schuldnerberatung"),
        gefunden=[T("Schuldnerberatung")],
        warum="Buchstabe fehlt",
    ),
    fall("Babymasage", top3=T("Babymassage"), gefunden=[T("Babymassage")], warum="Ein s fehlt"),
    fall("Hebame", top3=HEBAMME, gefunden=[HEBAMME], warum="Ein m fehlt (kurzes Wort)"),
    fall("Theatr", top3=THEATER_ART, gefunden=[THEATER_ART], warum="Buchstabe fehlt (kurzes Wort)"),
    fall("Fusball", top3=FUSSBALL, gefunden=[FUSSBALL], warum="ß als einfaches s"),
    fall("Zirkuss", top3=ZIRKUS_ART, gefunden=[ZIRKUS_ART], warum="Ein s zu viel"),
    fall(
        "Sprot",
        top3=T("Sport"),
        relevant=T("Sport") | K("Sport"),
        warum="Vertauschte Buchstaben in kurzem Wort",
    ),
    fall("Kitta", top3=KITA_TITEL, gefunden=[KITA_TITEL], warum="Doppeltes t in kurzem Wort"),
    fall(
        "Musick",
        top3=MUSIK_ART | T("Musik"),
        relevant=MUSIK_ART | T("Musik") | O("Musik"),
        warum="ck statt k",
    ),
    fall("Schwimen", top3=SCHWIMM_ART, gefunden=[SCHWIMM_ART], warum="Ein m fehlt"),
    fall(
        "Mentroing", top3=T("Mentoring"), gefunden=[T("Mentoring")], warum="Vertauschte Buchstaben"
    ),
    fall("Lesepatten", top3=T("Lesepaten"), gefunden=[T("Lesepaten")], warum="Doppeltes t"),
    fall("Suchtprevention", top3=SUCHT, gefunden=[T("Suchtprävention")], warum="e statt ä"),
    fall(
        "Selbstverteidigng",
        top3=T("Selbstverteidigung"),
        gefunden=[T("Selbstverteidigung")],
        warum="Buchstabe fehlt",
    ),
    fall(
        "Kinderschutzberatnug",
        top3=T("Kinderschutzberatung"),
        gefunden=[T("Kinderschutzberatung")],
        warum="Vertauschte Buchstaben im Kompositum",
    ),
    fall(
        "Jugenberatung",
        top3=T("Jugendberatung"),
        gefunden=[T("Jugendberatung")],
        warum="d fehlt in der Fuge",
    ),
    fall("Elterncaffe", top3=ELTERNCAFE, gefunden=[ELTERNCAFE], warum="ff und e statt é"),
    fall(
        "Bewerbungstrainig",
        top3=T("Bewerbungstraining"),
        gefunden=[T("Bewerbungstraining")],
        warum="n fehlt",
    ),
    fall(
        "Migrationsbreatung",
        top3=T("Migrationsberatung"),
        gefunden=[T("Migrationsberatung")],
        warum="Vertauschte Buchstaben",
    ),
    fall(
        "Nachbarschaftsfrühstük",
        top3=T("Nachbarschaftsfrühstück"),
        gefunden=[T("Nachbarschaftsfrühstück")],
        warum="c fehlt",
    ),
    fall("Kindertrff", top3=T("Kindertreff"), gefunden=[T("Kindertreff")], warum="e fehlt"),
    fall(
        "Schreibaby",
        nicht=[B("schreiben"), T("Berufsorientierung"), T("Bewerbung")],
        warum="Ein Schreibaby ist kein Tippfehler für „schreiben“; nie Berufsorientierung zeigen",
    ),
    fall(
        "Yoga",
        nicht=[T("Judo"), T("Jugend")],
        warum="Kein Yoga-Angebot; nicht zu Judo „korrigieren“",
    ),
    fall(
        "Logopädie",
        nicht=[T("Sexualpädagogische"), THEATER_ART],
        warum="Logopädie gibt es nicht; keine Korrektur zu einem anderen Fachbegriff",
    ),
    fall(
        "Ergotherapie",
        nicht=[THEATER_ART],
        warum="Ergotherapie ist nicht Theater",
    ),
    fall(
        "Tagesmutter",
        nicht=[T("Stadtteilmütter"), T("Deutsch im Alltag für Mütter")],
        warum="Eine Tagesmutter (Kindertagespflege) ist keine Stadtteilmutter",
    ),
]

MEHRWORT: list[Fall] = [
    fall(
        "Hausaufgabenhilfe Lindenhof",
        top3=HAUSAUFGABEN & T("Lindenhof"),
        gefunden=[HAUSAUFGABEN & T("Lindenhof")],
        warum="Die Reise der Demo: Hausaufgabenhilfe an Orten mit Lindenhof im Namen",
    ),
    fall(
        "Hausaufgaben Lindenhof",
        top3=HAUSAUFGABEN & T("Lindenhof"),
        gefunden=[HAUSAUFGABEN & T("Lindenhof")],
        warum="Ohne -hilfe",
    ),
    fall(
        "Beratung Trennung",
        top3=TRENNUNG_ART,
        gefunden=[TRENNUNG_ART],
        warum="Beide Wörter, Reihenfolge egal",
    ),
    fall(
        "Beratung bei Schulden",
        top3=SCHULDNER,
        gefunden=[SCHULDNER],
        warum="Schulden + Beratung = Schuldnerberatung",
    ),
    fall(
        "Hilfe bei Bewerbungen",
        top3=T("Bewerbung"),
        relevant=BEWERBUNG_ART,
        warum="Bewerbungstraining, Bewerbungswerkstatt",
    ),
    fall(
        "offene Sprechstunde",
        top3=T("offene Sprechstunde"),
        gefunden=[T("offene Sprechstunde")],
        warum="Genaue Wortfolge",
    ),
    fall(
        "Deutschkurs für Mütter",
        top3=T("Deutsch im Alltag für Mütter"),
        gefunden=[T("Deutsch im Alltag für Mütter")],
        relevant=DEUTSCHKURS_ART,
        warum="Deutsch im Alltag für Mütter und Väter",
    ),
    fall(
        "Deutsch für Eltern",
        top3=T("Deutschkurs für Eltern"),
        gefunden=[T("Deutschkurs für Eltern")],
        relevant=DEUTSCHKURS_ART,
        warum="Deutschkurs für Eltern",
    ),
    fall(
        "Kinder mit Behinderung",
        top3=T("Inklusi"),
        gefunden=[T("Inklusive Freizeitgruppe")],
        relevant=T("Inklusi") | Z("Menschen mit Behinderung"),
        warum="Inklusive Angebote für Kinder",
    ),
    fall(
        "Treff für Jugendliche",
        top3=T("Jugendtreff") | T("Offener Treff") | T("Jugendcafé"),
        relevant=T("Jugendtreff") | T("Offener Treff") | T("Jugendcafé") | FREIZEIT_ORTE,
        warum="Offener Jugendtreff",
    ),
    fall(
        "Frühstück für Eltern",
        top3=T("Elternfrühstück"),
        gefunden=[T("Elternfrühstück")],
        warum="Elternfrühstück",
    ),
    fall(
        "Schwimmkurs für Kinder",
        top3=SCHWIMM_ART,
        gefunden=[SCHWIMM_ART],
        warum="Schwimmkurs, Seepferdchen-Kurs",
    ),
    fall(
        "Kochen mit Kindern",
        top3=KOCH_ART,
        gefunden=[T("Kinderküche")],
        relevant=KOCH_ART,
        warum="Kinderküche",
    ),
    fall(
        "Musik für Jugendliche",
        top3=MUSIK_ART,
        relevant=MUSIK_ART | O("Musik"),
        warum="Bandprojekt, Musikgruppe",
    ),
    fall(
        "Beratung für werdende Eltern",
        top3=T("Beratung für werdende Eltern"),
        gefunden=[T("Beratung für werdende Eltern")],
        warum="Genauer Titel",
    ),
    fall(
        "Erziehungs- und Familienberatung",
        top3=T("Erziehungs- und Familienberatung"),
        gefunden=[T("Erziehungs- und Familienberatung")],
        warum="Genauer Titel mit Ergänzungsstrich",
    ),
    fall(
        "Treff für Alleinerziehende",
        top3=T("Treff für Alleinerziehende"),
        gefunden=[T("Treff für Alleinerziehende")],
        warum="Genauer Titel",
    ),
    fall(
        "Lila Pause",
        top3="Mädchentreff „Lila Pause“",
        gefunden=["Mädchentreff „Lila Pause“"],
        warum="Eigenname eines Angebots",
    ),
    fall(
        "Mentoring-Programm „Zukunftsflügel“",
        top3="Mentoring-Programm „Zukunftsflügel“",
        warum="Titel mit Anführungszeichen",
    ),
    fall("Zukunftsflügel", top3="Mentoring-Programm „Zukunftsflügel“", warum="Eigenname allein"),
    fall(
        "Papa-Zeit",
        top3=T("Papa-Zeit"),
        gefunden=[T("Papa-Zeit")],
        warum="Eigenname mit Bindestrich",
    ),
    fall(
        "Medien Sucht",
        top3=T("Workshop Medien und Sucht"),
        gefunden=[T("Workshop Medien und Sucht")],
        warum="Zwei Wörter des Titels",
    ),
    fall(
        "Workshop Medien",
        top3=T("Workshop Medien und Sucht"),
        gefunden=[T("Workshop Medien und Sucht")],
        warum="Titelanfang",
    ),
    fall(
        "Lernhilfe ukrainisch",
        top3=T("Lernhilfe für ukrainische Schulkinder"),
        warum="Titelwörter, gebeugt",
    ),
    fall(
        "kurdischer Elterntreff",
        top3=T("Kurdischer Elterntreff"),
        gefunden=[T("Kurdischer Elterntreff")],
        warum="Titel klein geschrieben",
    ),
    fall(
        "Polnisch deutsch",
        top3=T("Polnisch-deutscher Elterntreff"),
        warum="Bindestrich-Kompositum als zwei Wörter",
    ),
    fall(
        "Beratung afghanische Familien",
        top3=T("Beratung für afghanische Familien"),
        warum="Titelwörter ohne „für“",
    ),
    fall("Repair-Café Ahornfeld", top3="Repair-Café Ahornfeld", warum="Genauer Titel"),
    fall(
        "Spielplatz Rosenau",
        top3="Spielplatzfest und Spielnachmittage in Rosenau",
        warum="Titelwörter, Kompositum Spielplatz|fest",
    ),
    fall(
        "Nachbarschaftsfrühstück Mühlenbach",
        top3="Nachbarschaftsfrühstück Mühlenbach",
        warum="Genauer Titel",
    ),
    fall("Kinderküche Südstadt", top3="Kinderküche Südstadt", warum="Genauer Titel"),
    fall(
        "Hebamme Sprechstunde",
        top3=HEBAMME,
        gefunden=[HEBAMME],
        warum="Hebammen|sprechstunde in zwei Wörtern",
    ),
    fall(
        "Sport für Kinder",
        top3=T("Sport") | TURNEN_ART | FUSSBALL,
        relevant=K("Sport"),
        warum="Sportangebote für Kinder",
    ),
]

UMLAUT: list[Fall] = [
    fall("Maedchentreff", top3=T("Mädchentreff"), gefunden=[T("Mädchentreff")], warum="ae statt ä"),
    fall("Madchentreff", top3=T("Mädchentreff"), gefunden=[T("Mädchentreff")], warum="a statt ä"),
    fall(
        "MÄDCHENTREFF", top3=T("Mädchentreff"), gefunden=[T("Mädchentreff")], warum="Großbuchstaben"
    ),
    fall("Fussball", top3=FUSSBALL, gefunden=[FUSSBALL], warum="ss statt ß"),
    fall(
        "fussballtraining",
        top3=T("Fußballtraining"),
        gefunden=[T("Fußballtraining")],
        warum="ss statt ß, klein",
    ),
    fall("Elterncafe", top3=ELTERNCAFE, gefunden=[ELTERNCAFE], warum="e statt é"),
    fall("Vaeter", top3=VAETER_ART, gefunden=[T("Vätertreff")], warum="ae statt ä"),
    fall(
        "Muetter",
        gefunden=[T("Stadtteilmütter")],
        relevant=T("Mütter") | B("Mütter"),
        warum="ue statt ü",
    ),
    fall(
        "Fruehe Hilfen",
        top3=T("Frühe Hilfen") | T("Frühe-Hilfen"),
        gefunden=[T("Frühe-Hilfen-Besuchsdienst")],
        warum="ue statt ü",
    ),
    fall(
        "Fruhe Hilfen",
        top3=T("Frühe Hilfen") | T("Frühe-Hilfen"),
        gefunden=[T("Frühe-Hilfen-Besuchsdienst")],
        warum="u statt ü",
    ),
    fall("Schuelerladen", top3=O("Schülerladen"), gefunden=[O("Schülerladen")], warum="ue statt ü"),
    fall("Kinderkueche", top3=T("Kinderküche"), gefunden=[T("Kinderküche")], warum="ue statt ü"),
    fall("Ferienspass", top3=T("Ferienspaß"), gefunden=[T("Ferienspaß")], warum="ss statt ß"),
    fall("Jugendcafe", top3=T("Jugendcafé"), gefunden=[T("Jugendcafé")], warum="e statt é"),
    fall(
        "Repair Cafe",
        top3=T("Repair-Café"),
        gefunden=[T("Repair-Café")],
        warum="Leerzeichen statt Bindestrich, e statt é",
    ),
    fall("Sprachcafe", top3=T("Sprachcafé"), gefunden=[T("Sprachcafé")], warum="e statt é"),
    fall(
        "Kopru", top3=O("Köprü"), gefunden=[O("Köprü")], warum="Türkischer Eigenname ohne Umlaute"
    ),
    fall("Suchtpraevention", top3=SUCHT, gefunden=[T("Suchtprävention")], warum="ae statt ä"),
    fall(
        "Beratung fuer Familien",
        top3=T("Beratung für Familien"),
        gefunden=[T("Beratung für Familien")],
        warum="fuer statt für",
    ),
    fall(
        "Paedagogik",
        relevant=B("pädagog") | T("pädagog"),
        top3=B("pädagog") | T("pädagog"),
        warum="ae statt ä; Pädagog- im Text",
    ),
]

RANGFOLGE: list[Fall] = [
    fall(
        "geflüchtete Kinder",
        top3="Hausaufgabenhilfe für geflüchtete Kinder",
        warum="Der Titel nennt beides; er kommt vor Zielgruppen- und Textstellen",
    ),
    fall(
        "Tiere",
        top3=T("Tier-AG"),
        vor=[(T("Tier-AG"), B("Tiere") & ~T("Tier"))],
        relevant=T("Tier") | B("Tiere"),
        warum="Titel vor Beschreibung",
    ),
    fall(
        "Natur",
        top3=T("Natur"),
        vor=[(T("Naturgruppe"), B("Natur") & ~T("Natur"))],
        relevant=T("Natur") | B("Natur"),
        warum="Naturgruppe im Titel vor „Natur“ im Text",
    ),
    fall(
        "Medien",
        top3=T("Medien"),
        gefunden=[T("Medienwerkstatt")],
        relevant=T("Medien") | B("Medien"),
        warum="Medienwerkstatt vor Erwähnungen im Text",
    ),
    fall(
        "Erziehung",
        top3=T("Erziehung"),
        vor=[(T("Erziehungsberatung"), B("Erziehung") & ~T("Erziehung"))],
        relevant=T("Erziehung") | B("Erziehung") | K("Hilfen zur Erziehung"),
        warum="Erziehungsberatung im Titel vor Erwähnungen im Text",
    ),
    fall(
        "Sport",
        top3=T("Sport"),
        vor=[(T("Sportgruppe"), T("Kinderturnen") & ~T("Sport"))],
        relevant=T("Sport") | K("Sport"),
        warum="Sport im Titel vor der Kategorie Sport allein",
    ),
    fall(
        "Gesundheit",
        gefunden=[K("Gesundheit") & T("Hebammensprechstunde")],
        relevant=K("Gesundheit"),
        warum="Das Wort der Kategorie findet die Kategorie",
    ),
    fall(
        "Jugendarbeit",
        top3=T("Jugendarbeit"),
        relevant=T("Jugendarbeit") | K("Jugendarbeit"),
        warum="Mobile/Aufsuchende Jugendarbeit im Titel zuerst, dann die Kategorie",
    ),
    fall(
        "Familienbildung",
        top3=O("Familienbildung") | T("Familienbildung"),
        relevant=K("Familienbildung und -beratung") | O("Familienbildung"),
        warum="Familienbildungsstätte, Kategorie Familienbildung",
    ),
    fall(
        "Klettern",
        gefunden=[B("Klettern")],
        relevant=B("Klettern"),
        warum="Nur im Text: Mädchentreff, Kinderturnen",
    ),
    fall(
        "Selbstverteidigung",
        top3=T("Selbstverteidigung"),
        gefunden=[T("Selbstverteidigung")],
        relevant=KAMPFSPORT_ART,
        warum="Genaues Titelwort zuerst",
    ),
    fall(
        "Zirkus",
        top3=ZIRKUS_ART,
        gefunden=[ZIRKUS_ART],
        relevant=ZIRKUS_ART | O("Zirkus"),
        warum="Zirkustraining, Kinderzirkus",
    ),
    fall(
        "Theater",
        top3=THEATER_ART,
        gefunden=[THEATER_ART],
        relevant=THEATER_ART | O("Theater"),
        warum="Theatergruppe, Theater-AG, Jugendtheater",
    ),
    fall(
        "Beratung für Familien",
        top3=T("Beratung für Familien"),
        vor=[
            (T("Beratung für Familien") & ~T("Schuldner"), T("Beratung für afghanische Familien"))
        ],
        warum="Genaue Wortfolge vor Titeln mit einem Wort dazwischen",
    ),
    fall(
        "Computer",
        top3=T("Computerkurs"),
        gefunden=[T("Computerkurs")],
        relevant=COMPUTER_ART,
        warum="Computerkurs im Titel vor „Computer“ im Text",
    ),
]

LEER: list[Fall] = [
    fall(q, leer=True, warum=warum, thema="Leer")
    for q, warum in (
        ("Quantenphysik", "Gibt es nicht"),
        ("Xylophon", "Gibt es nicht"),
        ("asdfgh", "Tastaturbrei"),
        ("qwertz", "Tastaturbrei"),
        ("Kryptowährung", "Gibt es nicht"),
        ("Nagelstudio", "Gibt es nicht"),
        ("Golfplatz", "Gibt es nicht"),
        ("Eishockey", "Eis|hockey: gibt es nicht"),
        ("Skifahren", "Ski|fahren: gibt es nicht, auch nicht über „fahren“"),
        ("0391 5551-102", "Telefonnummern sind kein Freitext"),
        ("5551-145", "Teil einer Telefonnummer"),
        ("39322", "Postleitzahlen sind kein Freitext"),
        ("Kantstraße 76", "Adressen sind kein Freitext"),
    )
]

NICHTS_FALSCHES: list[Fall] = [
    fall(
        "Steuerberatung",
        nicht=[T("Erziehungsberatung"), T("Familienberatung")],
        warum="Steuer|beratung: nicht jede Beratung",
    ),
    fall("Hundeschule", nicht=[O("Grundschule"), O("schule")], warum="Hunde|schule: keine Schule"),
    fall(
        "Motorradclub", nicht=[T("Kinderclub"), T("Coding-Club")], warum="Motorrad|club: kein Club"
    ),
    fall("Tierarzt", nicht=[T("Tier-AG")], warum="Tier|arzt: keine Tier-AG"),
    fall(
        "Fahrschule",
        nicht=[O("Grundschule"), T("Fahrradwerkstatt")],
        warum="Fahr|schule: weder Schule noch Fahrrad",
    ),
    fall(
        "Rentenberatung",
        nicht=[ohne("rente", T("beratung"))],
        warum="Renten|beratung: keine andere Beratung",
    ),
]

FREITEXT: list[Fall] = [
    fall(
        "Arabisch",
        nicht=[ohne("arab", S("ar"))],
        warum="Sprachen sind ein Filter, kein Freitext: Angebote auf Arabisch ohne das Wort nicht",
    ),
    fall("Türkisch", nicht=[ohne("türk", S("tr"))], warum="Sprache ist ein Filter"),
    fall("Russisch", nicht=[ohne("russ", S("ru"))], warum="Sprache ist ein Filter"),
    fall(
        "Englisch",
        nicht=[ohne("englisch", S("en"))],
        gefunden=[B("Englisch")],
        warum="Nur wo Englisch im Text steht (Nachhilfe in Englisch)",
    ),
    fall(
        "Ukrainisch",
        top3=T("ukrainische"),
        nicht=[ohne("ukrain", S("uk"))],
        warum="Die Lernhilfe für ukrainische Schulkinder, nicht jedes Angebot auf Ukrainisch",
    ),
    fall(
        "Deutsch",
        top3=T("Deutsch"),
        gefunden=[T("Deutschkurs"), T("Deutsch im Alltag"), T("Sprachcafé Deutsch")],
        nicht=[ohne("deutsch", FUSSBALL | TANZ_ART | KRABBEL_ART)],
        relevant=T("Deutsch") | B("Deutsch"),
        warum="Deutsch lernen; nicht jedes Angebot, das auf Deutsch stattfindet",
    ),
    fall(
        "Rosenau",
        gefunden=[O("Rosenau")],
        nicht=[ohne("rosenau", G("Rosenau"))],
        relevant=O("Rosenau") | T("Rosenau"),
        warum="Gebiete sind ein Filter: nur wo Rosenau im Namen steht",
    ),
    fall(
        "Lindenhof",
        gefunden=[O("Lindenhof")],
        nicht=[ohne("lindenhof", G("Lindenhof"))],
        relevant=O("Lindenhof") | T("Lindenhof"),
        warum="Gebiete sind ein Filter: nur Orte mit Lindenhof im Namen",
    ),
    fall(
        "Südstadt",
        gefunden=[O("Südstadt")],
        nicht=[ohne("südstadt", G("Südstadt"))],
        relevant=O("Südstadt") | T("Südstadt"),
        warum="Gebiete sind ein Filter",
    ),
    fall(
        "Kastanienhof",
        gefunden=[O("Kastanienhof")],
        nicht=[ohne("kastanienhof", G("Kastanienhof"))],
        relevant=O("Kastanienhof"),
        warum="Gebiete sind ein Filter",
    ),
    fall(
        "Kantstraße",
        nicht=[ohne("kantstr", A("Kantstraße"))],
        warum="Adressen sind kein Freitext",
    ),
    fall(
        "Schulstraße",
        gefunden=[O("Schulstraße")],
        nicht=[ohne("schulstr", A("Schulstraße"))],
        warum="Nur der Jugendtreff, der so heißt; nicht jede Adresse in der Schulstraße",
    ),
    fall(
        "Musterstadt",
        relevant=T("Musterstadt") | O("Musterstadt") | TR("Musterstadt"),
        nicht=[ohne("musterstadt", FUSSBALL)],
        warum="Der Ort jeder Adresse ist kein Suchwort",
    ),
]


def _thema(name: str, faelle: list[Fall]) -> list[Fall]:
    return [f if f.thema else mit(f, thema=name) for f in faelle]


FAELLE: list[Fall] = [
    *_thema("Synonym", SYNONYME),
    *_thema("Abkürzung", ABKUERZUNGEN),
    *_thema("Beugung", BEUGUNG),
    *_thema("Kompositum", KOMPOSITA),
    *_thema("Infix", INFIX),
    *_thema("Tippfehler", TIPPFEHLER),
    *_thema("Mehrwort", MEHRWORT),
    *_thema("Umlaut", UMLAUT),
    *_thema("Rangfolge", RANGFOLGE),
    *_thema("Leer", LEER),
    *_thema("Nichts Falsches", NICHTS_FALSCHES),
    *_thema("Kein Freitext", FREITEXT),
    # Written by someone who saw neither the search nor these cases (session 22).
    *UNABHAENGIG,
    *UNABHAENGIG_2,
    *UNABHAENGIG_3,
    *UNABHAENGIG_4,
    *UNABHAENGIG_5,
    *UNABHAENGIG_6,
    *UNABHAENGIG_7,
    *UNABHAENGIG_8,
]
