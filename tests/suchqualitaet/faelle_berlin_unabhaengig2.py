"""Second independent test set for Berlin's open data (4,189 Kitas, schools, youth facilities).

Written as a Kita-Fachberatung / Jugendamt planner searches: facility types, pedagogical
approaches, school types, Träger names and their abbreviations, a few typos, and three queries
for which Berlin's data has nothing. Every expectation is grounded in the published texts
(title, description with Ansatz/Besonderheit/Schultyp, Träger, Kategorien, Zielgruppen);
Bezirke are filters and are not used as free text.

Written in session 22, after the first independent set (faelle_berlin_unabhaengig.py) had led
to changes, as a second stand-in for the hidden set of issue #15: by a helper who saw the
published offers and the case format, not the search, its thesaurus or any other case, and
did not run the search. Run first after the changes the first set led to: 24 of 30 passed
(bench/RESULTS.md, round 13); no expectation changed since; the failures are in bekannt.py.
"""

from .faelle import NIRGENDS, TR, TW, B, K, T, fall

KITA = K("Kindertagesbetreuung")
WALDKITA = (
    T("Waldkita")
    | B("Waldkita")
    | T("Waldkindergarten")
    | B("Waldkindergarten")
    | B("Waldkindertagesstätte")
)
INTEGRATIONSKITA = (
    T("Integrationskita")
    | B("Integrationskita")
    | T("Integrationskinder")
    | B("Integrationskinder")
    | T("Inklusionskita")
)

UNABHAENGIG_2 = [
    # -------------------------------------------------------------------------------------
    # Facility types of youth work
    fall(
        "Abenteuerspielplatz",
        top3=[T("Abenteuerspielplatz")],
        gefunden=[B("Abenteuerspielplatz")],
        warum="alle pädagogisch betreuten Spielplätze; die so benannten zuerst",
        thema="Einrichtungsart",
    ),
    fall(
        "ASP",
        top3=[TW("ASP")],
        nicht=[NIRGENDS(r"(?<!\w)asp(?!\w)|abenteuerspielplatz|bauspielplatz")],
        warum="ASP = Abenteuerspielplatz (Berliner Kürzel); nicht „Caspar“ & Co. als Infix",
        thema="Abkürzung",
    ),
    fall(
        "Kinderbauernhof",
        top3=[T("Kinderbauernhof")],
        gefunden=[T("Kinderbauernhof") | T("Kinderbunter Bauernhof")],
        warum="Kinderbauernhöfe der offenen Kinderarbeit",
        thema="Einrichtungsart",
    ),
    fall(
        "Jugendclubs",
        top3=[T("Jugendclub") | T("Jugendklub")],
        gefunden=[T("Jugendklub")],
        warum="Plural, und Berlin schreibt oft Klub statt Club",
        thema="Schreibvariante",
    ),
    fall(
        "Mädchentreff",
        top3=[T("Mädchen")],
        gefunden=[T("Mädchentreff") | T("Mädchen*treff") | T("Mädchen-Kultur-Treff")],
        warum="Mädchentreffs, auch mit Genderstern (Mädchen*treff) oder Bindestrich geschrieben",
        thema="Kompositum",
    ),
    # -------------------------------------------------------------------------------------
    # School types
    fall(
        "ISS",
        top3=[B("Integrierte Sekundarschule") | TW("ISS")],
        warum="ISS = Integrierte Sekundarschule",
        thema="Abkürzung",
    ),
    fall(
        "OSZ",
        top3=[TW("OSZ") | B("Oberstufenzentrum")],
        gefunden=[B("Oberstufenzentrum")],
        warum="OSZ = Oberstufenzentrum; alle beruflichen Oberstufenzentren",
        thema="Abkürzung",
    ),
    fall(
        "Förderschule geistige Entwicklung",
        top3=[B("„Geistige Entwicklung“")],
        gefunden=[B("„Geistige Entwicklung“")],
        warum="Förderschule = Schule mit sonderpädagogischem Förderschwerpunkt „Geistige Entwicklung“",
        thema="Synonym",
    ),
    fall(
        "Waldorfschule",
        top3=[B("Freie Waldorfschule") | T("Waldorfschule")],
        gefunden=[B("Freie Waldorfschule")],
        warum="alle Freien Waldorfschulen, auch die ohne das Wort im Namen (Rudolf-Steiner-Schule …)",
        thema="Schulart",
    ),
    fall(
        "Grundschulen in freier Trägerschaft",
        top3=[B("Grundschule, Schule in freier Trägerschaft")],
        gefunden=[B("Grundschule, Schule in freier Trägerschaft")],
        warum="Plural und Stoppwort: private Grundschulen",
        thema="Stoppwort",
    ),
    fall(
        "Erzieherausbildung",
        top3=[T("Sozialpädagogik") | T("Sozialwesen")],
        gefunden=[T("Fachschule für Sozialpädagogik")],
        warum="Erzieherinnen werden an Fachschulen für Sozialpädagogik (und OSZ Sozialwesen) ausgebildet",
        thema="Synonym",
    ),
    # -------------------------------------------------------------------------------------
    # Pedagogical approaches of Kitas
    fall(
        "Montessori Kita",
        top3=[KITA & (B("Montessori") | T("Montessori"))],
        warum="Kitas mit Montessori-Pädagogik, nicht Montessori-Schulen",
        thema="Ansatz",
    ),
    fall(
        "Pickler",
        top3=[B("Pikler") | B("Pickler")],
        warum="häufige Falschschreibung von Emmi Pikler",
        thema="Tippfehler",
    ),
    fall(
        "Reggio-Pädagogik",
        top3=[B("Reggio")],
        warum="Reggio-Pädagogik mit Bindestrich, im Text „Reggio Pädagogik“",
        thema="Ansatz",
    ),
    fall(
        "Waldkita",
        top3=[WALDKITA],
        gefunden=[WALDKITA],
        nicht=[B("Waldorf") & NIRGENDS(r"waldkit|waldkind|waldpäd|waldtage|waldaufenthalt|wald\b")],
        warum="Waldkita = Waldkindergarten; Waldorf-Kitas sind kein Wald",
        thema="Kompositum",
    ),
    fall(
        "bilinguale Kita",
        top3=[KITA & (T("biling") | B("biling") | TR("biling") | B("zweisprachig"))],
        gefunden=[KITA & (T("bilingual") | B("bilingual") | B("zweisprachig"))],
        warum="bilingual = zweisprachig (Konzept, kein Sprachfilter)",
        thema="Synonym",
    ),
    fall(
        "Early Excellence",
        top3=[B("Early")],
        gefunden=[B("Early")],
        warum="Early-Excellence-Ansatz, in allen Schreibweisen",
        thema="Ansatz",
    ),
    fall(
        "vorurteilsbewusst",
        top3=[B("vorurteilsbew")],
        gefunden=[B("vorurteilsbew")],
        warum="vorurteilsbewusste Bildung und Erziehung (auch „vorurteilsbewußte“)",
        thema="Beugung",
    ),
    fall(
        "Integrationskita",
        top3=[INTEGRATIONSKITA],
        gefunden=[T("Integrationskita") | B("Integrationskita")],
        warum="Integrationskitas / Integrationskindergärten mit Integrationsplätzen",
        thema="Kompositum",
    ),
    fall(
        "Haus der kleinen Forscher",
        top3=[B("Haus der kleinen Forscher")],
        gefunden=[B("Haus der kleinen Forscher")],
        warum="Kitas der Initiative „Haus der kleinen Forscher“; Stoppwörter der Phrase",
        thema="Stoppwort",
    ),
    # -------------------------------------------------------------------------------------
    # Träger
    fall(
        "Kindergärten NordOst",
        top3=[TR("Kindergärten NordOst")],
        gefunden=[TR("Kindergärten NordOst")],
        warum="alle Kitas des Eigenbetriebs Kindergärten NordOst",
        thema="Träger",
    ),
    fall(
        "AWO",
        top3=[TW("AWO") | TR("AWO") | TR("Arbeiterwohlfahrt")],
        gefunden=[TR("Arbeiterwohlfahrt")],
        warum="AWO = Arbeiterwohlfahrt",
        thema="Abkürzung",
    ),
    fall(
        "Eigenbetrieb",
        top3=[TR("Eigenbetrieb")],
        gefunden=[TR("Eigenbetrieb")],
        warum="die Kita-Eigenbetriebe von Berlin",
        thema="Träger",
    ),
    fall(
        "evangelische Kita",
        top3=[KITA & (TR("Ev.") | T("Ev.") | TR("Evangel") | T("Evangel"))],
        gefunden=[TR("Ev. Kirchenkreisverband für Kindertageseinrichtungen")],
        nicht=[NIRGENDS(r"(?<!\w)ev\.|evangel|diakon|kirch|christ|stadtmission|luther")],
        warum="Ev. = evangelisch (Kitaverbände der Kirchenkreise); nicht jede Kita eines e.V.",
        thema="Abkürzung",
    ),
    # -------------------------------------------------------------------------------------
    # Typos
    fall(
        "Montesori",
        top3=[B("Montessori")],
        warum="ein s zu wenig",
        thema="Tippfehler",
    ),
    fall(
        "Abenteuerspielpaltz",
        top3=[T("Abenteuerspielplatz")],
        warum="Buchstabendreher",
        thema="Tippfehler",
    ),
    fall(
        "Gymnasuim",
        top3=[B("Gymnasium")],
        warum="Buchstabendreher",
        thema="Tippfehler",
    ),
    # -------------------------------------------------------------------------------------
    # Nothing in Berlin's data
    fall(
        "Internat",
        leer=True,
        warum="kein Internat im Datensatz; nicht „international“ als Präfix",
        thema="Leer",
    ),
    fall(
        "Reiterhof",
        leer=True,
        warum="kein Reiterhof; nicht „Drachenreiter“, „Hasenreiter“, „Seepferdchen“",
        thema="Leer",
    ),
    fall(
        "Skatepark",
        leer=True,
        warum="kein Skatepark; nicht „Schule am Park“ oder „Skat“-Korrekturen",
        thema="Leer",
    ),
]
