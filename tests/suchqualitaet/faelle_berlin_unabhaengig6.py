"""Sixth independent test set for the Berlin registry (Kitas, schools, youth clubs from
Berlin's open data).

Written in session 25 as a stand-in for the hidden set of issue #15: by a helper who saw the
published offers and the case format, not the search, its thesaurus or any other case, and
did not run the search.
"""

from .faelle import TR, TW, B, K, T, Z, fall

KITA = K("Kindertagesbetreuung")
WALDKITA = T("Waldkindergarten") | T("Waldkita") | T("Wald-Kita") | B("Waldkindergarten")
KATHOLISCH = T("Kath.") | T("Katholisch") | TR("Kath.") | TR("Katholisch")
JUEDISCH = B("jüdisch") | T("jüdisch") | TR("jüdisch")
INKLUSIV = (
    B("Integrationskita")
    | B("Integrationskindertagesstätte")
    | B("Integrationskindergarten")
    | T("Integrationskita")
    | T("Integrations-Kinderladen")
    | B("behindert")
    | B("Behinderung")
    | B("Inklusion")
)

UNABHAENGIG_6 = [
    # --- Abkürzung -----------------------------------------------------------------------
    fall(
        "JFE",
        top3=[K("Jugendarbeit")],
        gefunden=[TW("JFE") & K("Jugendarbeit")],
        warum="JFE ist die Jugendfreizeiteinrichtung; alle Einrichtungen, die JFE im Namen tragen, gehören dazu.",
        thema="Abkürzung",
    ),
    fall(
        "OSZ",
        top3=[TW("OSZ") | B("Oberstufenzentrum")],
        warum="OSZ steht in Berlin für Oberstufenzentrum, die beruflichen Schulen.",
        thema="Abkürzung",
    ),
    fall(
        "ISS",
        top3=[B("Integrierte Sekundarschule")],
        nicht=[T("iss") & ~TW("ISS") & ~B("Sekundarschule")],
        warum="ISS ist die Integrierte Sekundarschule; Kitas in Weißensee oder die Kita Kissi enthalten die Buchstaben nur zufällig.",
        thema="Abkürzung",
    ),
    fall(
        "ASP",
        top3=[TW("ASP") | T("Abenteuerspielplatz")],
        nicht=[T("asp") & ~TW("ASP") & ~B("Abenteuerspielplatz")],
        warum="ASP ist der Abenteuerspielplatz; Kasperle, Caspar-David-Friedrich oder Europasportpark sind Zufallstreffer.",
        thema="Abkürzung",
    ),
    fall(
        "KiLa",
        top3=[T("Kinderladen") | TW("KiLa")],
        warum="KiLa ist die übliche Abkürzung für Kinderladen, eine kleine, oft von Eltern getragene Kita.",
        thema="Abkürzung",
    ),
    # --- Synonym -------------------------------------------------------------------------
    fall(
        "Privatschule",
        top3=[B("Schule in freier Trägerschaft")],
        warum="Privatschulen heißen in den Schuldaten Schulen in freier Trägerschaft.",
        thema="Synonym",
    ),
    fall(
        "Förderschule",
        top3=[B("sonderpädagogischem Förderschwerpunkt")],
        warum="Die Förderschule heißt amtlich Schule mit sonderpädagogischem Förderschwerpunkt.",
        thema="Synonym",
    ),
    fall(
        "Kinderfarm",
        top3=[T("Kinderbauernhof") | T("Kinderbunter Bauernhof")],
        warum="Kinderfarm und Kinderbauernhof meinen dasselbe: offene Kinderarbeit mit Tieren.",
        thema="Synonym",
    ),
    fall(
        "Elterninitiativkita",
        top3=[TW("EKT") | TR("Elterninitiativ") | TR("Eltern-Initiativ")],
        warum="Eine Elterninitiativ-Kindertagesstätte heißt in den Kitadaten kurz EKT.",
        thema="Synonym",
    ),
    fall(
        "Waldkita",
        top3=[WALDKITA],
        warum="Waldkita und Waldkindergarten sind dasselbe.",
        thema="Synonym",
    ),
    # --- Kompositum ----------------------------------------------------------------------
    fall(
        "Montessori-Kita",
        top3=[KITA & B("Montessori")],
        warum="Gesucht ist eine Kita, die nach Montessori arbeitet.",
        thema="Kompositum",
    ),
    fall(
        "Kinderkrippe",
        top3=[T("krippe")],
        warum="Einrichtungen, die sich Krippe oder Kinderkrippe nennen, gehören nach oben.",
        thema="Kompositum",
    ),
    fall(
        "Jungenarbeit",
        top3=[Z("Jungen und junge Männer")],
        warum="Jungenarbeit meint Jugendfreizeiteinrichtungen mit Schwerpunkt Jungen.",
        thema="Kompositum",
    ),
    # --- Beugung -------------------------------------------------------------------------
    fall(
        "Gymnasien",
        top3=[B("Gymnasium")],
        warum="Plural von Gymnasium.",
        thema="Beugung",
    ),
    fall(
        "betreuter Spielplatz",
        top3=[B("pädagogisch betreuten Spielplatz")],
        warum="Gemeint sind pädagogisch betreute Spielplätze, in der Beschreibung gebeugt.",
        thema="Beugung",
    ),
    fall(
        "katholischer Kindergarten",
        top3=[KITA & KATHOLISCH],
        warum="Gesucht sind Kitas katholischer Träger oder Gemeinden (Kath., Katholische).",
        thema="Beugung",
    ),
    fall(
        "jüdische Kita",
        top3=[KITA & JUEDISCH],
        warum="Gesucht sind Kitas jüdischer Träger oder mit jüdischer Prägung.",
        thema="Beugung",
    ),
    # --- Tippfehler ----------------------------------------------------------------------
    fall(
        "Abendteuerspielplatz",
        top3=[T("Abenteuerspielplatz")],
        warum="Häufiger Schreibfehler mit d: Abenteuerspielplatz.",
        thema="Tippfehler",
    ),
    fall(
        "Gemeinschaftschule",
        top3=[B("Gemeinschaftsschule")],
        warum="Fugen-s vergessen: Gemeinschaftsschule.",
        thema="Tippfehler",
    ),
    fall(
        "Berufschule",
        top3=[B("Berufsschule")],
        warum="Fugen-s vergessen: Berufsschule.",
        thema="Tippfehler",
    ),
    # --- Mehrwort ------------------------------------------------------------------------
    fall(
        "Grundschule Neukölln",
        top3=[B("Grundschule") & TR("Neukölln")],
        warum="Grundschulen, deren Schulträger das Bezirksamt Neukölln ist, erfüllen beide Wörter.",
        thema="Mehrwort",
    ),
    fall(
        "Kita mit Englisch",
        top3=[KITA & B("englisch")],
        warum="Kitas, die Englisch oder deutsch-englische Betreuung als Besonderheit nennen.",
        thema="Mehrwort",
    ),
    fall(
        "Sprachförderung vor der Einschulung",
        top3=[T("Sprachförder")],
        warum="Die vorschulischen Sprachförderangebote (nur Sprachförderung, Sprachfördergruppen) sind gemeint.",
        thema="Mehrwort",
    ),
    # --- Problem -------------------------------------------------------------------------
    fall(
        "Kita für Kind mit Behinderung",
        top3=[KITA & INKLUSIV],
        warum="Ein Kind mit Behinderung braucht eine Integrations- oder inklusive Kita.",
        thema="Problem",
    ),
    fall(
        "Schule für Kind mit Lernschwierigkeiten",
        top3=[B("Förderschwerpunkt „Lernen“")],
        warum="Für große Lernschwierigkeiten gibt es Schulen mit dem Förderschwerpunkt Lernen.",
        thema="Problem",
    ),
    # --- Zielgruppe ----------------------------------------------------------------------
    fall(
        "Treff für Mädchen",
        top3=[Z("Mädchen und junge Frauen")],
        warum="Gesucht sind Mädchentreffs und Einrichtungen mit Schwerpunkt Mädchen.",
        thema="Zielgruppe",
    ),
    # --- Alltagswort ---------------------------------------------------------------------
    fall(
        "Zirkus",
        top3=["Zirkus Zack", "Kinderzirkus CABUWAZI Hohenschönhausen"],
        warum="Zirkus Zack und der Kinderzirkus CABUWAZI sind die Zirkusangebote für Kinder und Jugendliche.",
        thema="Alltagswort",
    ),
    # --- Leer ----------------------------------------------------------------------------
    fall(
        "Hebamme",
        leer=True,
        warum="Das Berliner Verzeichnis enthält nur Kitas, Schulen und Jugendeinrichtungen, keine Hebammen.",
        thema="Leer",
    ),
    fall(
        "Schuldnerberatung",
        leer=True,
        warum="Es gibt keine Schuldnerberatung in den Berliner Daten.",
        thema="Leer",
    ),
    fall(
        "Erziehungsberatung",
        leer=True,
        warum="Keine Erziehungsberatungsstelle in den Daten; Träger mit Beratung im Namen betreiben Kitas.",
        thema="Leer",
    ),
]
