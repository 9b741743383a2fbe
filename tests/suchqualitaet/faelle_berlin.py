"""Search-quality cases on Berlin's real facility data (``import_einrichtungen`` of the three
open-data files: 2,880 Kitas, 389 youth centres and playgrounds, 920 schools; one offer per
Einrichtung).

The kind of a place is in the offer's description ("Kindertagesstätte mit 80 Plätzen …",
"Offene Kinder- und Jugendarbeit in einer Jugendfreizeiteinrichtung …", "Gymnasium,
öffentliche Schule."), so most patterns read it from there; titles are the facilities' own
names. Berlin titles repeat ("Kleiner Fratz" 19 times), so cases name sets, not single offers.
"""

from .faelle import NIRGENDS, TR, TW, A, B, Fall, G, K, T, fall, mit
from .faelle_berlin_unabhaengig import UNABHAENGIG
from .faelle_berlin_unabhaengig2 import UNABHAENGIG_2
from .faelle_berlin_unabhaengig3 import UNABHAENGIG_3
from .faelle_berlin_unabhaengig4 import UNABHAENGIG_4
from .faelle_berlin_unabhaengig5 import UNABHAENGIG_5
from .faelle_berlin_unabhaengig6 import UNABHAENGIG_6
from .faelle_berlin_unabhaengig7 import UNABHAENGIG_7
from .faelle_berlin_unabhaengig8 import UNABHAENGIG_8

KITA = B("Kindertagesstätte")
JFE = B("in einer Jugendfreizeiteinrichtung")
SPIELPLATZ = B("Abenteuerspielplatz oder einer Kinderfarm")
OFFENE_ARBEIT = JFE | SPIELPLATZ
GRUNDSCHULE = B("Grundschule,")
GYMNASIUM = B("Gymnasium,")
ISS = B("Integrierte Sekundarschule")
GEMEINSCHAFTSSCHULE = B("Gemeinschaftsschule")
OSZ = B("Oberstufenzentrum")
FOERDER = B("Förderschwerp") | B("sonderpädagogischem Förderschwerpunkt")
FREIE_SCHULE = B("Schule in freier Trägerschaft")
SCHULE = B("Schule")
MAEDCHEN = B("Schwerpunkt: Mädchen")
JUNGEN = B("Schwerpunkt: Jungen")
FARM = T("farm") | T("bauernhof")
WALDORFSCHULE = B("Freie Waldorfschule")


def ohne(regex: str, art=None):
    return NIRGENDS(regex) if art is None else art & NIRGENDS(regex)


OHNE_KITA = r"kita|kinderta|kindergarten|krippe|kiga|ekt|kinderladen"

KITAS: list[Fall] = [
    *(
        fall(
            q,
            top3=T("Kita"),
            gefunden=[KITA],
            nicht=[ohne(OHNE_KITA, GRUNDSCHULE | GYMNASIUM)],
            warum="Alle Kitas; keine Schule, die mit Kitas nichts zu tun hat",
            thema=thema,
        )
        for q, thema in (("Kita", "Abkürzung"), ("Kitas", "Beugung"), ("KiTa", "Abkürzung"))
    ),
    fall(
        "Kindertagesstätte",
        top3=T("Kindertagesstätte"),
        gefunden=[KITA],
        thema="Synonym",
        warum="Das Amtswort: alle Kitas, das genaue Wort im Titel zuerst",
    ),
    fall(
        "Kindertagesstätten",
        top3=T("Kindertagesstätte"),
        gefunden=[KITA],
        thema="Beugung",
        warum="Plural",
    ),
    fall(
        "Kindergarten",
        top3=T("Kindergarten"),
        gefunden=[KITA],
        vor=[(T("Kindergarten") & KITA, KITA & ~T("Kindergarten") & ~T("Kita"))],
        thema="Synonym",
        warum="Kindergarten = Kita; Titel mit Kindergarten zuerst",
    ),
    fall(
        "Kindergärten",
        top3=T("Kindergarten"),
        gefunden=[KITA],
        thema="Beugung",
        warum="Plural mit Umlaut",
    ),
    fall(
        "Kindergaerten",
        top3=T("Kindergarten"),
        gefunden=[KITA],
        thema="Umlaut",
        warum="ae statt ä",
    ),
    fall("Kiga", gefunden=[KITA], relevant=KITA, thema="Abkürzung", warum="Kiga = Kindergarten"),
    fall(
        "Krippe",
        top3=T("Krippe") | B("Krippe"),
        gefunden=[B("Krippe"), KITA],
        thema="Synonym",
        warum="Krippe gehört zur Kita; wo „Krippe“ steht (Titel oder Beschreibung), zuerst",
    ),
    fall(
        "Kinderkrippe",
        top3=T("Krippe") | B("Krippe"),
        gefunden=[B("Krippe")],
        relevant=KITA,
        thema="Kompositum",
        warum="Kinder|krippe",
    ),
    fall(
        "Kinderladen",
        top3=T("Kinderladen"),
        gefunden=[T("Kinderladen")],
        relevant=T("Kinderladen") | TW("EKT"),
        thema="Synonym",
        warum="Kinderläden sind Eltern-Initiativ-Kitas (EKT)",
    ),
    fall(
        "Kinderläden",
        top3=T("Kinderladen"),
        gefunden=[T("Kinderladen")],
        relevant=T("Kinderladen") | TW("EKT"),
        thema="Beugung",
        warum="Plural mit Umlaut",
    ),
    fall(
        "EKT",
        top3=TW("EKT"),
        gefunden=[TW("EKT")],
        relevant=TW("EKT") | T("Kinderladen"),
        thema="Abkürzung",
        warum="EKT = Eltern-Initiativ-Kindertagesstätte",
    ),
    fall(
        "Elterninitiative",
        top3=TW("EKT") | T("Elterninitiativ") | T("Kinderladen"),
        relevant=TW("EKT") | T("Elterninitiativ") | T("Kinderladen"),
        thema="Synonym",
        warum="Elterninitiativ-Kitas heißen in Berlin EKT",
    ),
    fall(
        "Waldkita",
        top3=T("Waldkita") | T("Waldkindergarten"),
        gefunden=[T("Waldkita") | T("Waldkindergarten")],
        thema="Synonym",
        warum="Waldkita = Waldkindergarten",
    ),
    fall(
        "Waldkindergarten",
        top3=T("Waldkita") | T("Waldkindergarten"),
        gefunden=[T("Waldkita") | T("Waldkindergarten")],
        thema="Synonym",
        warum="Waldkindergarten = Waldkita",
    ),
    fall(
        "Montessori",
        top3=T("Montessori"),
        gefunden=[B("Montessori") | T("Montessori")],
        thema="Rangfolge",
        warum="Montessori im Namen vor Montessori als Ansatz in der Beschreibung",
    ),
    fall(
        "Montesori",
        top3=T("Montessori"),
        gefunden=[T("Montessori")],
        thema="Tippfehler",
        warum="Ein s fehlt",
    ),
    fall(
        "Waldorf",
        top3=T("Waldorf"),
        gefunden=[B("Waldorf") | T("Waldorf")],
        thema="Rangfolge",
        warum="Waldorf im Namen zuerst",
    ),
    fall(
        "Waldorfschule",
        top3=WALDORFSCHULE,
        gefunden=[WALDORFSCHULE],
        vor=[(WALDORFSCHULE, KITA & (B("Waldorf") | T("Waldorf")))],
        thema="Kompositum",
        warum="Die Schulen vor den Waldorf-Kitas",
    ),
    fall(
        "Waldorfkindergarten",
        top3=T("Waldorfkindergarten") | T("Waldorf-Kindergarten"),
        gefunden=[T("Waldorfkindergarten") | T("Waldorf-Kindergarten")],
        nicht=[WALDORFSCHULE],
        relevant=KITA & (B("Waldorf") | T("Waldorf")),
        thema="Kompositum",
        warum="Waldorf|kindergarten: Kitas, keine Waldorfschulen",
    ),
    fall(
        "Reggio",
        top3=B("Reggio"),
        gefunden=[B("Reggio")],
        thema="Synonym",
        warum="Reggio-Pädagogik",
    ),
    fall(
        "Reggio-Pädagogik",
        top3=B("Reggio"),
        gefunden=[B("Reggio")],
        thema="Mehrwort",
        warum="Mit Bindestrich",
    ),
    fall(
        "Fröbel",
        top3=B("Fröbel") | T("Fröbel"),
        gefunden=[B("Fröbel")],
        thema="Synonym",
        warum="Fröbel-Pädagogik",
    ),
    fall(
        "Froebel",
        top3=B("Fröbel") | T("Fröbel"),
        gefunden=[B("Fröbel")],
        thema="Umlaut",
        warum="oe statt ö",
    ),
    fall(
        "Pikler",
        top3=B("Pikler"),
        gefunden=[B("Pikler")],
        thema="Synonym",
        warum="Ansatz von Emmi Pikler",
    ),
    fall(
        "Situationsansatz",
        top3=B("Situationsansatz"),
        gefunden=[B("Situationsansatz")],
        thema="Synonym",
        warum="Pädagogischer Ansatz aus der Beschreibung",
    ),
    fall(
        "bilingual",
        top3=T("bilingual") | B("bilingual"),
        gefunden=[T("bilingual") | B("bilingual")],
        thema="Synonym",
        warum="Zweisprachige Kitas und Schulen",
    ),
    fall(
        "zweisprachig",
        gefunden=[T("bilingual") | B("bilingual")],
        relevant=T("bilingual") | B("bilingual") | T("zweisprachig"),
        thema="Synonym",
        warum="zweisprachig = bilingual",
    ),
    fall(
        "Kindertagestätte",
        top3=T("Kindertagesstätte"),
        gefunden=[KITA],
        thema="Tippfehler",
        warum="s in der Fuge fehlt",
    ),
    fall(
        "Kita Sonnenschein",
        top3=T("Kita Sonnenschein"),
        gefunden=[T("Kita Sonnenschein")],
        thema="Mehrwort",
        warum="Name einer Kita (fünfmal in Berlin)",
    ),
    fall(
        "Kleiner Fratz",
        top3=T("Kleiner Fratz"),
        gefunden=[T("Kleiner Fratz")],
        thema="Mehrwort",
        warum="Ein Kita-Träger mit 19 gleichnamigen Kitas",
    ),
    fall(
        "Rappelkiste",
        top3=T("Rappelkiste"),
        gefunden=[T("Rappelkiste")],
        thema="Mehrwort",
        warum="Eigenname",
    ),
    fall(
        "Kita Montessori",
        top3=KITA & T("Montessori"),
        gefunden=[KITA & (B("Montessori") | T("Montessori"))],
        thema="Mehrwort",
        warum="Montessori-Kitas, im Namen zuerst",
    ),
    fall(
        "evangelische Kita",
        top3=KITA & (T("Ev.") | T("evangel") | TR("evangel")),
        relevant=KITA & (T("Ev.") | T("evangel") | TR("evangel")),
        thema="Mehrwort",
        warum="Kitas evangelischer Träger",
    ),
    fall(
        "Musikkita",
        top3=T("Musik") & KITA,
        relevant=KITA & (T("Musik") | B("Musik")),
        thema="Kompositum",
        warum="Musik|kita: Musik-Kitas",
    ),
]

FREIZEIT: list[Fall] = [
    fall(
        "Jugendclub",
        top3=T("Jugendclub"),
        gefunden=[JFE],
        relevant=OFFENE_ARBEIT,
        thema="Synonym",
        warum="Jugendclub = Jugendfreizeiteinrichtung; „Jugendclub“ im Namen zuerst",
    ),
    fall(
        "Jugendclubs",
        top3=T("Jugendclub"),
        gefunden=[JFE],
        relevant=OFFENE_ARBEIT,
        thema="Beugung",
        warum="Plural",
    ),
    fall(
        "Jugendfreizeiteinrichtung",
        top3=T("Jugendfreizeiteinrichtung"),
        gefunden=[JFE],
        relevant=OFFENE_ARBEIT,
        thema="Synonym",
        warum="Das Amtswort",
    ),
    fall(
        "JFE",
        top3=T("JFE"),
        gefunden=[JFE],
        relevant=OFFENE_ARBEIT,
        thema="Abkürzung",
        warum="JFE = Jugendfreizeiteinrichtung; „JFE“ im Namen zuerst",
    ),
    fall(
        "Jugendzentrum",
        top3=T("Jugendzentrum"),
        gefunden=[JFE],
        relevant=OFFENE_ARBEIT,
        thema="Synonym",
        warum="Jugendzentrum = JFE",
    ),
    fall(
        "Jugendfreizeitheim",
        gefunden=[JFE],
        relevant=OFFENE_ARBEIT,
        thema="Synonym",
        warum="Älteres Wort für JFE",
    ),
    fall(
        "Kinder- und Jugendfreizeiteinrichtung",
        gefunden=[JFE],
        relevant=OFFENE_ARBEIT,
        thema="Kompositum",
        warum="Ergänzungsstrich: Kinderfreizeiteinrichtung und Jugendfreizeiteinrichtung",
    ),
    fall(
        "Jugendfreizeiteinrichtng",
        top3=T("Jugendfreizeiteinrichtung"),
        gefunden=[JFE],
        thema="Tippfehler",
        warum="u fehlt im langen Kompositum",
    ),
    fall(
        "Jugendhaus",
        top3=T("Jugendhaus"),
        gefunden=[T("Jugendhaus")],
        relevant=OFFENE_ARBEIT,
        thema="Synonym",
        warum="Jugendhaus im Namen",
    ),
    fall(
        "Jugendtreff",
        top3=T("Jugendtreff"),
        relevant=OFFENE_ARBEIT,
        thema="Synonym",
        warum="Jugendtreff im Namen, dann die JFE",
    ),
    fall(
        "offene Jugendarbeit",
        gefunden=[OFFENE_ARBEIT],
        thema="Mehrwort",
        warum="Offene Kinder- und Jugendarbeit",
    ),
    fall(
        "Jugendarbeit",
        gefunden=[K("Jugendarbeit")],
        thema="Synonym",
        warum="Die Kategorie Jugendarbeit",
    ),
    fall(
        "Abenteuerspielplatz",
        top3=T("Abenteuerspielplatz"),
        gefunden=[SPIELPLATZ],
        vor=[(T("Abenteuerspielplatz") & SPIELPLATZ, SPIELPLATZ & ~T("spielplatz"))],
        thema="Rangfolge",
        warum="Im Namen vor der Beschreibung",
    ),
    fall(
        "Abenteuerspielplätze",
        top3=T("Abenteuerspielplatz"),
        gefunden=[SPIELPLATZ],
        thema="Beugung",
        warum="Plural mit Umlaut",
    ),
    fall(
        "Abenteuerspielpaltz",
        top3=T("Abenteuerspielplatz"),
        gefunden=[T("Abenteuerspielplatz")],
        thema="Tippfehler",
        warum="Vertauschte Buchstaben",
    ),
    fall(
        "Bauspielplatz",
        top3=T("Bauspielplatz"),
        gefunden=[T("Bauspielplatz")],
        relevant=SPIELPLATZ,
        thema="Synonym",
        warum="Bauspielplatz, verwandt mit Abenteuerspielplatz",
    ),
    fall(
        "ASP",
        top3=T("ASP ") | T("ASP-"),
        gefunden=[T("ASP ") | T("ASP-")],
        relevant=SPIELPLATZ | T("ASP "),
        thema="Abkürzung",
        warum="ASP = Abenteuerspielplatz",
    ),
    fall(
        "Spielplatz",
        top3=T("spielplatz"),
        gefunden=[SPIELPLATZ],
        thema="Kompositum",
        warum="Spielplatz und Abenteuer|spielplatz",
    ),
    fall(
        "Kinderfarm",
        top3=FARM,
        gefunden=[SPIELPLATZ],
        relevant=SPIELPLATZ,
        thema="Synonym",
        warum="Kinderfarm = Kinderbauernhof = Jugendfarm; im Namen zuerst",
    ),
    fall(
        "Kinderbauernhof",
        top3=T("Kinderbauernhof"),
        gefunden=[T("Kinderbauernhof")],
        relevant=SPIELPLATZ,
        thema="Synonym",
        warum="Kinderbauernhof im Namen",
    ),
    fall(
        "Kinderbauerhof",
        top3=T("Kinderbauernhof"),
        gefunden=[T("Kinderbauernhof")],
        thema="Tippfehler",
        warum="n fehlt",
    ),
    fall(
        "Bauernhof",
        top3=FARM,
        gefunden=[T("bauernhof")],
        relevant=SPIELPLATZ,
        thema="Kompositum",
        warum="Kinder|bauernhof",
    ),
    fall(
        "Mädchen",
        top3=T("Mädchen"),
        gefunden=[MAEDCHEN],
        relevant=MAEDCHEN | T("Mädchen"),
        thema="Synonym",
        warum="JFE mit Schwerpunkt Mädchen; „Mädchen“ im Namen zuerst",
    ),
    fall(
        "Mädchentreff",
        top3=T("Mädchen"),
        gefunden=[T("Mädchentreff")],
        relevant=MAEDCHEN | T("Mädchen"),
        thema="Synonym",
        warum="Mädchentreff und Mädchenclubs",
    ),
    fall(
        "Maedchen",
        top3=T("Mädchen"),
        gefunden=[MAEDCHEN],
        thema="Umlaut",
        warum="ae statt ä",
    ),
    fall(
        "Jungen",
        gefunden=[JUNGEN],
        relevant=JUNGEN | T("Jungen") | T("Jungs"),
        thema="Synonym",
        warum="JFE mit Schwerpunkt Jungen",
    ),
    fall(
        "Familienzentrum",
        top3=T("Familienzentrum"),
        gefunden=[T("Familienzentrum")],
        thema="Kompositum",
        warum="Familienzentren (auch Jugend- und Familienzentrum)",
    ),
    fall(
        "Jugendclub Neukölln",
        top3=JFE & (TR("Neukölln") | T("Neukölln")),
        gefunden=[JFE & TR("Neukölln")],
        thema="Mehrwort",
        warum="JFE des Jugendamts Neukölln (Trägername)",
    ),
]

SCHULEN: list[Fall] = [
    fall(
        "Grundschule",
        top3=T("Grundschule"),
        gefunden=[GRUNDSCHULE],
        nicht=[ohne(r"schul", KITA)],
        thema="Synonym",
        warum="Alle Grundschulen, keine Kitas",
    ),
    fall(
        "Grundschulen",
        top3=T("Grundschule"),
        gefunden=[GRUNDSCHULE],
        thema="Beugung",
        warum="Plural",
    ),
    fall(
        "Grundschle",
        top3=T("Grundschule"),
        gefunden=[GRUNDSCHULE],
        thema="Tippfehler",
        warum="u fehlt",
    ),
    fall(
        "Gymnasium",
        top3=T("Gymnasium"),
        gefunden=[GYMNASIUM],
        vor=[(T("Gymnasium") & GYMNASIUM, GYMNASIUM & ~T("Gymnasium"))],
        thema="Rangfolge",
        warum="Alle Gymnasien; „Gymnasium“ im Namen vor der Beschreibung allein",
    ),
    fall(
        "Gymnasien",
        top3=T("Gymnasium"),
        gefunden=[GYMNASIUM],
        thema="Beugung",
        warum="Unregelmäßiger Plural",
    ),
    fall(
        "Gymnasuim",
        top3=T("Gymnasium"),
        gefunden=[GYMNASIUM],
        thema="Tippfehler",
        warum="Vertauschte Buchstaben",
    ),
    fall(
        "ISS", top3=ISS, gefunden=[ISS], thema="Abkürzung", warum="ISS = Integrierte Sekundarschule"
    ),
    fall(
        "Integrierte Sekundarschule",
        top3=ISS,
        gefunden=[ISS],
        thema="Mehrwort",
        warum="Die Schulart",
    ),
    fall("Sekundarschule", top3=ISS, gefunden=[ISS], thema="Synonym", warum="Kurzform"),
    fall("Sekundarschulen", top3=ISS, gefunden=[ISS], thema="Beugung", warum="Plural"),
    fall("Sekundarschle", top3=ISS, gefunden=[ISS], thema="Tippfehler", warum="u fehlt"),
    fall(
        "Gemeinschaftsschule",
        top3=T("Gemeinschaftsschule"),
        gefunden=[GEMEINSCHAFTSSCHULE],
        thema="Synonym",
        warum="Gemeinschaftsschulen",
    ),
    fall(
        "Gemeinschafsschule",
        top3=T("Gemeinschaftsschule"),
        gefunden=[GEMEINSCHAFTSSCHULE],
        thema="Tippfehler",
        warum="t fehlt",
    ),
    fall(
        "Oberschule",
        top3=T("Oberschule"),
        gefunden=[T("Oberschule")],
        relevant=ISS | GYMNASIUM | T("Oberschule"),
        thema="Synonym",
        warum="In Berlin sind ISS und Gymnasien Oberschulen",
    ),
    fall(
        "OSZ",
        top3=T("OSZ") | T("Oberstufenzentrum"),
        gefunden=[OSZ],
        thema="Abkürzung",
        warum="OSZ = Oberstufenzentrum",
    ),
    fall(
        "Oberstufenzentrum",
        top3=T("OSZ") | T("Oberstufenzentrum"),
        gefunden=[OSZ],
        thema="Synonym",
        warum="Berufliche Oberstufenzentren",
    ),
    fall(
        "Berufsschule",
        top3=B("Berufsschule"),
        gefunden=[B("Berufsschule")],
        thema="Synonym",
        warum="Berufsschulen (auch Schultyp der OSZ)",
    ),
    fall(
        "berufliche Schule",
        gefunden=[B("berufliche Schule")],
        relevant=B("beruf") | OSZ,
        thema="Mehrwort",
        warum="Kombinierte berufliche Schulen",
    ),
    fall(
        "Förderzentrum",
        top3=FOERDER,
        gefunden=[FOERDER],
        thema="Synonym",
        warum="Schulen mit sonderpädagogischem Förderschwerpunkt",
    ),
    fall(
        "Foerderzentrum",
        top3=FOERDER,
        gefunden=[FOERDER],
        thema="Umlaut",
        warum="oe statt ö",
    ),
    fall(
        "Förderschule",
        top3=FOERDER,
        gefunden=[FOERDER],
        thema="Synonym",
        warum="Förderschule = Förderzentrum",
    ),
    fall(
        "Sonderschule",
        top3=FOERDER,
        gefunden=[FOERDER],
        thema="Synonym",
        warum="Altes Wort für Förderschule",
    ),
    fall(
        "geistige Entwicklung",
        top3=B("Geistige Entw"),
        gefunden=[B("Geistige Entw")],
        thema="Mehrwort",
        warum="Förderschwerpunkt Geistige Entwicklung",
    ),
    fall(
        "Privatschule",
        gefunden=[FREIE_SCHULE],
        relevant=FREIE_SCHULE,
        thema="Synonym",
        warum="Privatschule = Schule in freier Trägerschaft",
    ),
    fall(
        "Schule in freier Trägerschaft",
        gefunden=[FREIE_SCHULE],
        relevant=FREIE_SCHULE,
        thema="Mehrwort",
        warum="Genauer Ausdruck aus der Beschreibung",
    ),
    *(
        fall(
            q,
            gefunden=[GRUNDSCHULE, GYMNASIUM],
            nicht=[ohne(r"sch[uü]l", KITA | JFE)],
            relevant=SCHULE | T("schul"),
            thema=thema,
            warum="Alle Schulen; keine Kita, kein Jugendclub ohne Schulbezug",
        )
        for q, thema in (("Schule", "Kompositum"), ("Schulen", "Beugung"))
    ),
    fall(
        "Hort",
        gefunden=[T("Schülerladen")],
        relevant=T("Hort") | T("Schülerladen"),
        thema="Synonym",
        warum="Hort = Schülerladen (Betreuung von Schulkindern)",
    ),
    fall(
        "Schülerladen",
        top3=T("Schülerladen"),
        gefunden=[T("Schülerladen")],
        thema="Synonym",
        warum="Schülerläden",
    ),
    fall(
        "Schuelerladen",
        top3=T("Schülerladen"),
        gefunden=[T("Schülerladen")],
        thema="Umlaut",
        warum="ue statt ü",
    ),
    fall(
        "Grundschule Spandau",
        top3=GRUNDSCHULE & TR("Spandau"),
        gefunden=[GRUNDSCHULE & TR("Spandau")],
        thema="Mehrwort",
        warum="Grundschulen des Bezirksamts Spandau (Trägername)",
    ),
    fall(
        "Gymnasium Pankow",
        top3=GYMNASIUM & TR("Pankow"),
        gefunden=[GYMNASIUM & TR("Pankow")],
        thema="Mehrwort",
        warum="Gymnasien des Bezirksamts Pankow",
    ),
    fall(
        "Sekundarschule Lichtenberg",
        top3=ISS & TR("Lichtenberg"),
        gefunden=[ISS & TR("Lichtenberg")],
        thema="Mehrwort",
        warum="ISS des Bezirksamts Lichtenberg",
    ),
    fall(
        "Musikgymnasium",
        top3=T("Musikgymnasium"),
        relevant=GYMNASIUM,
        thema="Kompositum",
        warum="Genauer Name zuerst",
    ),
    fall(
        "Sport",
        top3=T("Sport"),
        relevant=T("Sport") | B("Sport"),
        thema="Kompositum",
        warum="Sport im Namen (Sportschule, Europasportpark)",
    ),
]

FREITEXT: list[Fall] = [
    fall(
        "Reiten",
        nicht=[ohne(r"\breit", T("Breiten"))],
        thema="Infix",
        warum="Reiten steckt nicht in B|reiten|steinweg oder „Am B|reiten Luch“",
    ),
    fall(
        "Deutsch",
        top3=T("Deutsch"),
        gefunden=[T("Deutsch")],
        nicht=[ohne("deutsch", GRUNDSCHULE | KITA)],
        thema="Kein Freitext",
        warum="Deutsch im Namen (deutsch-englisch …), nicht jede Einrichtung",
    ),
    fall(
        "Englisch",
        top3=T("Englisch") | B("englisch"),
        nicht=[ohne("englisch", KITA | GRUNDSCHULE)],
        thema="Kein Freitext",
        warum="Deutsch-englische Kitas und Schulen",
    ),
    fall(
        "Französisch",
        top3=T("Französ"),
        nicht=[ohne("französ", KITA | GRUNDSCHULE)],
        thema="Kein Freitext",
        warum="Deutsch-französische Kitas und Schulen",
    ),
    *(
        fall(
            gebiet,
            nicht=[ohne(wort, G(bezirk))],
            relevant=T(wort) | TR(wort),
            thema="Kein Freitext",
            warum="Gebiete sind ein Filter: nur wo der Name im Titel oder Träger steht",
        )
        for gebiet, wort, bezirk in (
            ("Kreuzberg", "kreuzberg", "Friedrichshain-Kreuzberg"),
            ("Neukölln", "neukölln", "Neukölln"),
            ("Spandau", "spandau", "Spandau"),
            ("Marzahn", "marzahn", "Marzahn-Hellersdorf"),
        )
    ),
    fall(
        "Hauptstraße",
        nicht=[ohne("hauptstr", A("Hauptstr"))],
        thema="Kein Freitext",
        warum="Adressen sind kein Freitext",
    ),
    fall(
        "Karl-Marx-Straße",
        nicht=[ohne("karl-marx", A("Karl-Marx-Str"))],
        thema="Kein Freitext",
        warum="Adressen sind kein Freitext",
    ),
    *(
        fall(q, leer=True, thema="Leer", warum="Gibt es nicht")
        for q in ("Quantenphysik", "Xylophon", "Golfplatz", "Kryptowährung")
    ),
]

FAELLE: list[Fall] = [
    *(f if f.thema else mit(f, thema="Synonym") for f in (*KITAS, *FREIZEIT, *SCHULEN, *FREITEXT)),
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
