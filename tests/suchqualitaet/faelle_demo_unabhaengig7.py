"""Seventh independent test set for the demo city Musterstadt.

Written in session 26 as a stand-in for the hidden set of issue #15: by a helper who saw the
published offers and the case format, not the search, its thesaurus or any other case, and did
not run the search.
"""

from .faelle import B, K, O, T, Z, fall

_AUSFLUG_TITEL = T("Ausflug") | T("Ausflüge")
_KOCHEN_TITEL = T("Koch") | T("Kinderküche")
_SCHWANGER_TITEL = T("Schwangerschaftsberatung")

UNABHAENGIG_7 = [
    # --- Synonym ---------------------------------------------------------------------------
    fall(
        "Verschuldung",
        top3=[B("Gläubiger")],
        gefunden=[T("Schuldnerberatung") | T("Budgetberatung")],
        warum="Familie hat Schulden; gemeint sind Schuldner- und Budgetberatung, deren Text von "
        "Schulden und Gläubigern spricht, das Wort Verschuldung aber nicht verwendet.",
        thema="Synonym",
    ),
    fall(
        "Jonglage",
        top3=["Kinderzirkus im Zirkuszelt Manegentraum"],
        warum="Jonglage ist das Fachwort für Jonglieren; das einzige Angebot damit ist der "
        "Kinderzirkus (Jonglieren, Akrobatik, Einrad).",
        thema="Synonym",
    ),
    fall(
        "Aufklärung",
        top3=[T("Sexualpädagogische")],
        warum="Sexuelle Aufklärung für Jugendliche: das sexualpädagogische Angebot "
        "(Pubertät, Verhütung) ist gemeint, auch wenn das Wort Aufklärung nicht vorkommt.",
        thema="Synonym",
    ),
    fall(
        "Misshandlung",
        top3=[T("Kinderschutzberatung")],
        warum="Verdacht auf Misshandlung eines Kindes: beide Kinderschutzberatungen "
        "(Gewalt, Vernachlässigung, Kindeswohlgefährdung) gehören nach oben.",
        thema="Synonym",
    ),
    fall(
        "Jugendfarm",
        top3=[O("Kinderbauernhof") | O("Kinderfarm") | B("Ziegen")],
        gefunden=[O("Kinderbauernhof") | O("Kinderfarm")],
        warum="Jugendfarm ist ein anderes Wort für Kinderbauernhof/Kinderfarm; gemeint sind die "
        "Angebote auf den Höfen mit Tieren.",
        thema="Synonym",
    ),
    fall(
        "Mittagessen",
        top3=[T("Mittagstisch")],
        gefunden=[T("Mittagstisch")],
        warum="Kind oder Familie braucht ein warmes Mittagessen: die offenen Mittagstische sind "
        "gemeint.",
        thema="Synonym",
    ),
    fall(
        "Hausbesuche",
        top3=[
            T("Besuchsdienst")
            | T("Willkommensbesuch")
            | T("besuchen Familien")
            | B("Besuch zu Hause")
        ],
        gefunden=[T("Besuchsdienst")],
        warum="Fachkraft sucht aufsuchende Unterstützung für Familien mit Baby: Besuchsdienst, "
        "Willkommensbesuch und Stadtteilmütter kommen nach Hause.",
        thema="Synonym",
    ),
    # --- Abkürzung -------------------------------------------------------------------------
    fall(
        "JMD",
        top3=[T("Jugendmigrationsdienst")],
        warum="JMD ist die gängige Abkürzung für den Jugendmigrationsdienst; alle drei gehören "
        "nach oben.",
        thema="Abkürzung",
    ),
    fall(
        "ASD",
        top3=[T("Regionalen Sozialen Dienstes")],
        warum="ASD (Allgemeiner Sozialer Dienst) heißt in Musterstadt Regionaler Sozialer Dienst; "
        "dessen offene Sprechstunden sind gemeint.",
        thema="Abkürzung",
    ),
    fall(
        "BuT",
        top3=[B("Bildung und Teilhabe")],
        warum="BuT = Bildung und Teilhabe: gesucht sind die Lernangebote, deren Kosten über das "
        "Bildungs- und Teilhabepaket übernommen werden.",
        thema="Abkürzung",
    ),
    fall(
        "MGH",
        top3=[O("Mehrgenerationenhaus")],
        warum="MGH ist die übliche Abkürzung für Mehrgenerationenhaus; oben sollen Angebote in "
        "einem Mehrgenerationenhaus stehen.",
        thema="Abkürzung",
    ),
    fall(
        "DaZ",
        top3=[K("Migration & Sprache") & (T("Deutsch") | T("Sprachcafé"))],
        nicht=[B("dazu") & ~K("Migration & Sprache")],
        warum="DaZ = Deutsch als Zweitsprache: Deutschkurse und Sprachcafés für Zugewanderte; "
        "das 'dazu' in anderen Beschreibungen ist kein Treffer.",
        thema="Abkürzung",
    ),
    # --- Beugung ---------------------------------------------------------------------------
    fall(
        "Hebammen",
        top3=[T("Hebammensprechstunde")],
        warum="Plural von Hebamme: die Hebammensprechstunden sind die passenden Angebote.",
        thema="Beugung",
    ),
    fall(
        "Trommeln",
        top3=[T("Trommelgruppe")],
        warum="Kind möchte trommeln: die drei Trommelgruppen sind gemeint (Verb/Plural statt "
        "'Trommel').",
        thema="Beugung",
    ),
    fall(
        "Neugeborenes",
        top3=[T("Willkommensbesuch")],
        warum="Familie mit einem Neugeborenen: der Willkommensbesuch für Neugeborene ist das "
        "direkte Angebot (Singular mit Endung -es statt 'Neugeborene').",
        thema="Beugung",
    ),
    fall(
        "Lesepatin",
        top3=[T("Lesepaten")],
        warum="Feminine Form zu Lesepate: gesucht sind die Lesepaten-Angebote.",
        thema="Beugung",
    ),
    fall(
        "alleinerziehenden Müttern",
        top3=[T("Alleinerziehende")],
        warum="Dativ Plural: Angebote für Alleinerziehende (Treffs, Frühstück) sind gemeint.",
        thema="Beugung",
    ),
    # --- Kompositum ------------------------------------------------------------------------
    fall(
        "Stillberatung",
        top3=[T("Hebammensprechstunde") | B("Stillen")],
        warum="Beratung zum Stillen bieten die Hebammensprechstunden (über Stillen, Schlafen, "
        "Gewicht); ein Angebot namens Stillberatung gibt es nicht.",
        thema="Kompositum",
    ),
    fall(
        "Fahrradreparatur",
        top3=[T("Fahrradwerkstatt") | T("Repair-Café")],
        gefunden=[T("Fahrradwerkstatt")],
        warum="Jugendlicher will sein Rad reparieren: Fahrradwerkstätten und Repair-Cafés "
        "(Fahrräder werden repariert).",
        thema="Kompositum",
    ),
    fall(
        "Paarberatung",
        top3=[K("Beratung bei Partnerschaft, Trennung, Scheidung")],
        warum="Paarberatung gehört zur Beratung bei Partnerschaft, Trennung, Scheidung (§ 17 SGB "
        "VIII); diese vier Angebote sind gemeint.",
        thema="Kompositum",
    ),
    fall(
        "Nachtfußball",
        top3=[T("Mitternachtsfußball")],
        warum="Nachtfußball ist ein anderes Kompositum für Mitternachtsfußball.",
        thema="Kompositum",
    ),
    fall(
        "Behördenbegleitung",
        top3=[B("begleiten auf Wunsch zu Ämtern") | B("Behörden")],
        warum="Familie braucht Begleitung zu Ämtern und Behörden: Sprechstunden, die zu Ämtern "
        "begleiten oder bei Behördenfragen helfen.",
        thema="Kompositum",
    ),
    # --- Tippfehler ------------------------------------------------------------------------
    fall(
        "Babymasage",
        top3=[T("Babymassage")],
        warum="Tippfehler (ein s fehlt) für Babymassage.",
        thema="Tippfehler",
    ),
    fall(
        "Selbstverteidiung",
        top3=[T("Selbstverteidigung")],
        warum="Tippfehler (g fehlt) für Selbstverteidigung.",
        thema="Tippfehler",
    ),
    fall(
        "Kreativwerksatt",
        top3=[T("Kreativwerkstatt")],
        warum="Tippfehler (Buchstabendreher) für Kreativwerkstatt.",
        thema="Tippfehler",
    ),
    fall(
        "Migrationsberatnug",
        top3=[
            T("Migrationsberatung für Familien")
            | T("Jugendmigrationsdienst")
            | T("Neuzugewanderte")
            | T("afghanische")
        ],
        warum="Tippfehler (Buchstabendreher) für Migrationsberatung: Beratungen für zugewanderte "
        "Familien gehören nach oben.",
        thema="Tippfehler",
    ),
    fall(
        "Vorlesstunde",
        top3=[T("Vorlesestunde")],
        warum="Tippfehler (e fehlt) für Vorlesestunde.",
        thema="Tippfehler",
    ),
    # --- Alltagswort -----------------------------------------------------------------------
    fall(
        "zocken",
        top3=[B("Spielkonsolen") | T("Offener Jugendtreff") | T("Offener Treff") | T("Jugendcafé")],
        gefunden=[B("Spielkonsolen")],
        warum="Jugendlicher will zocken (Videospiele): die offenen Treffs mit Spielkonsolen sind "
        "gemeint.",
        thema="Alltagswort",
    ),
    fall(
        "Zahnarzt",
        top3=["Zahnprophylaxe in Kitas und Schulen"],
        warum="Eltern sagen Zahnarzt: die Zahnprophylaxe des zahnärztlichen Dienstes untersucht "
        "die Zähne der Kinder.",
        thema="Alltagswort",
    ),
    fall(
        "kicken",
        top3=[T("Fußball")],
        warum="Kind will kicken, also Fußball spielen: Fußball-AGs und Fußballtraining.",
        thema="Alltagswort",
    ),
    fall(
        "Bücherei",
        top3=[O("bibliothek")],
        warum="Bücherei ist das Alltagswort für Bibliothek: Angebote in den Stadtteilbibliotheken "
        "sind gemeint.",
        thema="Alltagswort",
    ),
    # --- Problem ---------------------------------------------------------------------------
    fall(
        "Kind wird in der Schule gemobbt",
        top3=[T("Schulsozialarbeit")],
        warum="Mobbing in der Schule: erste Anlaufstelle ist die Schulsozialarbeit (Streit, "
        "Mobbing, Sorgen).",
        thema="Problem",
    ),
    fall(
        "Baby schläft schlecht",
        top3=[T("Hebammensprechstunde") | B("Schlaf")],
        warum="Schlafprobleme des Babys: Hebammensprechstunden und Eltern-Baby-Gruppen, in denen "
        "Fragen zum Schlaf Platz haben.",
        thema="Problem",
    ),
    fall(
        "unser Sohn hat ADHS",
        top3=["Selbsthilfegruppen für Eltern in der Selbsthilfe-Kontaktstelle Musterstadt"],
        warum="Eltern eines Kindes mit ADHS: die Selbsthilfe-Kontaktstelle vermittelt Gruppen "
        "für Eltern von Kindern mit ADHS.",
        thema="Problem",
    ),
    fall(
        "Jugendlicher ist von zu Hause abgehauen",
        top3=[
            T("Krisenberatung")
            | T("Jugendberatung")
            | "Kinderschutzberatung beim Kinder- und Jugendnotdienst"
        ],
        warum="Akute Krise eines Jugendlichen: Krisen- und Jugendberatung sowie der Kinder- und "
        "Jugendnotdienst helfen sofort und ohne Eltern.",
        thema="Problem",
    ),
    fall(
        "Kind hängt nur am Handy",
        top3=["Workshop Medien und Sucht in der Fachstelle für Suchtprävention Klarsicht"],
        warum="Übermäßige Handynutzung: der Workshop Medien und Sucht der Suchtprävention ist "
        "das passende Angebot.",
        thema="Problem",
    ),
    # --- Mehrwort --------------------------------------------------------------------------
    fall(
        "Hilfe beim Ausfüllen von Formularen",
        top3=[B("Ausfüllen von Anträgen")],
        warum="Familie kommt mit Formularen nicht zurecht: die Sprechstunden, die beim Ausfüllen "
        "von Anträgen helfen.",
        thema="Mehrwort",
    ),
    fall(
        "aufsuchende Jugendarbeit",
        top3=[T("Mobile Jugendarbeit")],
        warum="Aufsuchende Jugendarbeit ist die Mobile Jugendarbeit (Arbeit im öffentlichen Raum).",
        thema="Mehrwort",
    ),
    fall(
        "Deutsch lernen mit Kinderbetreuung",
        top3=[B("kleine Kinder werden währenddessen betreut")],
        warum="Mutter will Deutsch lernen, hat aber ein kleines Kind: Deutschkurse, bei denen die "
        "Kinder währenddessen betreut werden.",
        thema="Mehrwort",
    ),
    fall(
        "Lebenslauf schreiben",
        top3=[T("Bewerbungstraining") | B("Lebenslauf")],
        warum="Jugendlicher braucht Hilfe bei der Bewerbung: Bewerbungstrainings und "
        "Berufsorientierung, die Lebenslauf und Anschreiben erstellen.",
        thema="Mehrwort",
    ),
    # --- Zielgruppe ------------------------------------------------------------------------
    fall(
        "Angebote für Väter",
        top3=[T("Vätertreff") | T("Väterfrühstück") | T("Papa") | O("Väterzentrum")],
        warum="Fachkraft sucht etwas speziell für Väter: Vätertreffs, Papa-Kind-Angebote, "
        "Väterfrühstück, nicht Kurse für 'Mütter und Väter'.",
        thema="Zielgruppe",
    ),
    fall(
        "junge Erwachsene",
        top3=[Z("Junge Erwachsene")],
        warum="Zielgruppe junge Erwachsene (18–27): Angebote mit dieser Zielgruppe gehören nach "
        "oben.",
        thema="Zielgruppe",
    ),
    fall(
        "Kinder mit Behinderung",
        top3=[Z("Menschen mit Behinderung")],
        warum="Familie mit behindertem Kind: inklusive Freizeit, Beratung Inklusion und Teilhabe, "
        "Elterntreff Inklusion.",
        thema="Zielgruppe",
    ),
    # --- Leer ------------------------------------------------------------------------------
    fall(
        "Ski",
        leer=True,
        warum="Skikurse oder Skifreizeiten gibt es nicht; 'ski' steckt nur in Friedenskirche und "
        "Lukaskirche.",
        thema="Leer",
    ),
    fall(
        "Angeln",
        leer=True,
        warum="Kein Angelangebot; 'angel' steckt nur in evangelisch.",
        thema="Leer",
    ),
    fall(
        "Adoption",
        leer=True,
        warum="Adoptionsvermittlung wird im Verzeichnis nicht angeboten.",
        thema="Leer",
    ),
    fall(
        "Kleiderkammer",
        leer=True,
        warum="Eine Kleiderkammer gibt es in Musterstadt nicht; Sportkleidung in einer "
        "Beschreibung ist kein Treffer.",
        thema="Leer",
    ),
    # --- Rangfolge -------------------------------------------------------------------------
    fall(
        "Ausflüge",
        vor=[(_AUSFLUG_TITEL, (B("Ausflug") | B("Ausflüge")) & ~_AUSFLUG_TITEL)],
        warum="Wer Ausflüge sucht, will zuerst die Ausflugsangebote (Familienausflug, Vater-Kind-"
        "Ausflüge), dann Gruppen, die nebenbei auch Ausflüge machen.",
        thema="Rangfolge",
    ),
    fall(
        "Kochen",
        top3=[_KOCHEN_TITEL],
        vor=[(_KOCHEN_TITEL, B("koch") & ~_KOCHEN_TITEL)],
        warum="Kochangebote (Koch-AG, Kochgruppe, Kinderküche) vor Treffs und Freizeiten, in "
        "denen auch einmal gekocht wird.",
        thema="Rangfolge",
    ),
    fall(
        "Schwangerschaftsberatung",
        top3=[_SCHWANGER_TITEL],
        vor=[(_SCHWANGER_TITEL, B("Schwangerschaft") & ~_SCHWANGER_TITEL)],
        warum="Die Schwangerschaftsberatungen stehen vor Hebammensprechstunden, die "
        "Schwangerschaft nur im Text erwähnen.",
        thema="Rangfolge",
    ),
]
