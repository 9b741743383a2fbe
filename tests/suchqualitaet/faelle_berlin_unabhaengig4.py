"""Fourth independent test set for Berlin (open data: Kitas, schools, youth facilities).

Written in session 23 as a stand-in for the hidden set of issue #15: by a helper who saw the
published offers and the case format, not the search, its thesaurus or any other case, and
did not run the search.

Written after the session's changes (verbs, the few-hits rule, thesaurus migration 0036)
and run first at their end: 23 of 30 passed, the session's estimate for the hidden set; no
expectation changed; the failures are in bekannt.py.
"""

from .faelle import NIRGENDS, TR, TW, B, K, T, Z, fall

KITA = K("Kindertagesbetreuung")
WALDKITA = (
    T("Waldkindergarten")
    | T("Waldkita")
    | B("Waldkindergarten")
    | B("Waldpädagogik")
    | B("Waldaufenthalt")
)
WALDORF = T("Waldorf") | B("Waldorf") | TR("Waldorf")
ZIRKUS = (T("Zirkus") | T("Circus") | T("CABUWAZI") | TR("Zirkus")) & ~T("Flohzirkus")
BEWEGUNGSKITA = KITA & (
    B("Psychomotorik") | B("Bewegung") | T("Bewegung") | B("Besonderheit: Sport")
)
ZWEISPRACHIG = KITA & (B("bilingual") | B("zweisprachig") | T("bilingual") | T("zweisprachig"))
ELTERNINITIATIVE = (
    TW("EKT")
    | T("Kinderladen")
    | TR("Elterninitiativ")
    | B("Elterninitiative")
    | T("Elterninitiative")
)
AWO = TR("AWO") | TR("Arbeiterwohlfahrt")
JUNGEN = B("Schwerpunkt: Jungen") | T("Jungen") | Z("Jungen und junge Männer")
INKLUSIV_JUGEND = K("Jugendarbeit") & (T("inklusi") | T("Behinderung"))
GEHOERLOS = T("Gehörlose") | B("gehörlose") | B("Gebärdensprache") | TR("gehörlos")

UNABHAENGIG_4 = [
    # --- Kompositum ---
    fall(
        "Waldorfkindergarten",
        top3=KITA & B("Waldorf"),
        warum="Kitas mit Waldorfpädagogik.",
        thema="Kompositum",
    ),
    fall(
        "Integrationskita",
        top3=KITA & (B("Integration") | T("Integration")),
        warum="Integrationskitas und Kitas mit Schwerpunkt Integration.",
        thema="Kompositum",
    ),
    fall(
        "Kinderzirkus",
        top3=ZIRKUS,
        warum="Zirkusprojekte für Kinder (CABUWAZI, Zirkus Zack, Circus Schatzinsel).",
        thema="Kompositum",
    ),
    fall(
        "Bewegungskita",
        top3=BEWEGUNGSKITA,
        warum="Kitas mit Bewegungs- oder Psychomotorik-Schwerpunkt.",
        thema="Kompositum",
    ),
    # --- Synonym ---
    fall(
        "zweisprachige Kita",
        top3=ZWEISPRACHIG,
        warum="Zweisprachig = bilingual: bilinguale Kitas und Kindergärten.",
        thema="Synonym",
    ),
    fall(
        "Elterninitiativkita",
        top3=ELTERNINITIATIVE,
        warum="Elterninitiativ-Kitas heißen in Berlin EKT oder Kinderladen.",
        thema="Synonym",
    ),
    fall(
        "Förderschule",
        top3=B("sonderpädagogischem Förderschwerpunkt"),
        nicht=T("nur Sprachförderung"),
        warum="Förderschule = Schule mit sonderpädagogischem Förderschwerpunkt, nicht Sprachförderung.",
        thema="Synonym",
    ),
    fall(
        "Flüchtlingsunterkunft",
        top3=T("Gemeinschaftsunterkunft"),
        warum="Flüchtlingsunterkünfte heißen Gemeinschaftsunterkunft; dort gibt es Sprachförderung und Kita.",
        thema="Synonym",
    ),
    # --- Abkürzung ---
    fall(
        "ISS",
        top3=B("Integrierte Sekundarschule") | TW("ISS"),
        nicht=NIRGENDS(r"\bISS\b|Sekundarschule"),
        warum="ISS = Integrierte Sekundarschule; nicht jedes Wort mit „iss“.",
        thema="Abkürzung",
    ),
    fall(
        "AWO Kita",
        top3=KITA & AWO,
        gefunden=KITA & TR("Arbeiterwohlfahrt"),
        warum="AWO = Arbeiterwohlfahrt; auch Kitas, deren Träger ausgeschrieben ist.",
        thema="Abkürzung",
    ),
    fall(
        "ASP",
        top3=B("Abenteuerspielplatz") | TW("ASP"),
        nicht=NIRGENDS(r"\bASP\b|spielplatz"),
        warum="ASP = Abenteuerspielplatz; nicht die Caspar-David-Friedrich-Schule.",
        thema="Abkürzung",
    ),
    # --- Beugung ---
    fall(
        "Kinderläden",
        top3=T("Kinderladen"),
        warum="Plural mit Umlaut von Kinderladen.",
        thema="Beugung",
    ),
    fall(
        "Gymnasien",
        top3=B("Gymnasium") | T("Gymnasium"),
        warum="Plural von Gymnasium.",
        thema="Beugung",
    ),
    fall(
        "Familienzentren",
        top3=T("Familienzentrum"),
        warum="Plural von Familienzentrum.",
        thema="Beugung",
    ),
    # --- Tippfehler ---
    fall(
        "Montesori",
        top3=B("Montessori") | T("Montessori"),
        warum="Ein s zu wenig in Montessori.",
        thema="Tippfehler",
    ),
    fall(
        "Jugendmigrationsdienst",
        top3="Jugenmigrationsdienst des CJD Berlin Brandenburg",
        warum="Richtig getippt, aber der Titel in den Daten hat einen Tippfehler (Jugenmigrationsdienst).",
        thema="Tippfehler",
    ),
    fall(
        "Kinderbauerhof",
        top3=T("Kinderbauernhof"),
        warum="Fehlendes n in Kinderbauernhof.",
        thema="Tippfehler",
    ),
    # --- Mehrwort ---
    fall(
        "Kita mit Schwimmen",
        top3=KITA & B("Schwimmen"),
        warum="Kitas mit der Besonderheit Schwimmen.",
        thema="Mehrwort",
    ),
    fall(
        "Pikler Krippe",
        top3=B("Pikler"),
        warum="Kitas nach dem Ansatz von Emmi Pikler.",
        thema="Mehrwort",
    ),
    fall(
        "Sprachförderung Vorschulkinder",
        top3=T("Sprachförder") | B("Sprachförderung"),
        gefunden="Sprachförderung für Vorschulkinder (nur Sprachförderung)",
        warum="Sprachfördergruppen und Kitas mit Sprachförderung; die für Vorschulkinder sicher.",
        thema="Mehrwort",
    ),
    # --- Alltagswort ---
    fall(
        "betreuter Spielplatz",
        top3=B("pädagogisch betreuten Spielplatz"),
        warum="Pädagogisch betreute Spielplätze, Abenteuerspielplätze und Kinderfarmen.",
        thema="Alltagswort",
    ),
    # --- Zielgruppe ---
    fall(
        "Angebote für Jungen",
        top3=JUNGEN,
        warum="Jugendfreizeiteinrichtungen mit Schwerpunkt Jungen.",
        thema="Zielgruppe",
    ),
    fall(
        "inklusiver Jugendclub",
        top3="Ausblick e.V. Jugendclub für Menschen mit und ohne geistige Behinderung",
        gefunden=INKLUSIV_JUGEND,
        warum="Der Jugendclub für Menschen mit und ohne Behinderung; dazu die inklusiven Spielplätze und Schülerclubs.",
        thema="Zielgruppe",
    ),
    fall(
        "Mädchensport",
        top3=T("Mädchen") & T("Sport"),
        warum="Die Mädchen(sport)zentren Pia Olymp und Centre Talma.",
        thema="Zielgruppe",
    ),
    # --- Problem ---
    fall(
        "Schule für geistig behinderte Kinder",
        top3=B("Geistige Entwicklung") | T("geistige Behinderung"),
        warum="Schulen mit Förderschwerpunkt Geistige Entwicklung.",
        thema="Problem",
    ),
    fall(
        "gehörloses Kind",
        top3=GEHOERLOS,
        warum="Schule für Gehörlose, Kitas mit gehörlosen Kindern oder Gebärdensprache.",
        thema="Problem",
    ),
    # --- Infix ---
    fall(
        "Waldkita",
        top3=WALDKITA,
        nicht=WALDORF & ~WALDKITA,
        warum="Waldkindergärten ja; Waldorf-Einrichtungen haben mit Wald nichts zu tun.",
        thema="Infix",
    ),
    # --- Leer ---
    fall(
        "Schuldnerberatung",
        leer=True,
        warum="Berlins offene Daten enthalten nur Kitas, Schulen und Jugendfreizeiteinrichtungen.",
        thema="Leer",
    ),
    fall(
        "Hebammensprechstunde",
        leer=True,
        warum="Keine Hebammen im Berliner Bestand.",
        thema="Leer",
    ),
    fall(
        "Reiten",
        leer=True,
        warum="Kein Reitangebot; „Hasenreiter“, „Drachenreiter“ oder „Breitensteinweg“ sind keins.",
        thema="Leer",
    ),
]
