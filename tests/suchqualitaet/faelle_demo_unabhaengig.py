"""Independent search cases on the demo city Musterstadt (724 published offers), written in
session 22 as a stand-in for the hidden set of issue #15: by a helper playing a Fachkraft, who
saw the published offers and the case format but neither the search's code, its thesaurus nor
the other cases, and did not run the search.

Run once before any change of that session: 51 of 70 passed (bench/RESULTS.md, round 13).
One expectation was corrected afterwards (marked "Corrected"); two cases were left out because
they contradict issue #15's rule that languages are a filter, not free text ("ukrainisch": every
offer held in Ukrainian; "Beratung auf Arabisch": the Beratungen held in Arabic; the suite's
case "Ukrainisch" in faelle_demo.py says the opposite). The rest stand as written, the
failures among them in bekannt.py."""

from .faelle import NIRGENDS, TR, B, K, O, T, Z, fall

UNABHAENGIG = [
    # -----------------------------------------------------------------------------------
    # Einzelne Fachwörter / Alltagswörter, auch Synonyme, die so nicht im Titel stehen
    fall(
        "nachhilfe",
        top3="Nachhilfe in kleinen Gruppen an der Gesamtschule Sonnenberg",
        gefunden=[T("Lerncoaching"), T("Lernförderung")],
        vor=[("Nachhilfe in kleinen Gruppen an der Gesamtschule Sonnenberg", T("Hausaufgaben"))],
        warum="Nachhilfe: das Angebot mit dem Wort zuerst, Lerncoaching/Lernförderung sind dasselbe",
        thema="Synonym",
    ),
    fall(
        "Schwimmkurs",
        top3=T("Seepferdchen-Kurs"),
        nicht=NIRGENDS(r"schwimm|wasser"),
        warum="Schwimmen lernen: der Seepferdchen-Kurs, nicht die Kitas namens Seepferdchen oder andere Kurse",
        thema="Synonym",
    ),
    fall(
        "streetwork",
        top3=O("Streetwork"),
        gefunden=T("Mobile Jugendarbeit"),
        warum="Streetwork = Mobile Jugendarbeit (aufsuchende Arbeit), auch die des Jugendamts",
        thema="Synonym",
    ),
    fall(
        "Mittagessen",
        top3=T("Mittagstisch"),
        gefunden=T("Mittagstisch"),
        warum="wo Kinder/Familien günstig zu Mittag essen können: Offener Mittagstisch",
        thema="Synonym",
    ),
    fall(
        "kampfsport",
        top3=T("Selbstverteidigung") | T("Judo") | T("Boxtraining"),
        gefunden=B("Kampfsport"),
        warum="Oberbegriff: Selbstverteidigung, Judo, Boxen",
        thema="Oberbegriff",
    ),
    fall(
        "Jugendzentrum",
        top3=O("Jugendfreizeitzentrum")
        | O("Jugendclub")
        | O("Jugendtreff")
        | O("Jugendhaus")
        | O("Jugendkeller"),
        warum="umgangssprachlich für Jugendfreizeiteinrichtung: Angebote in Jugendclubs/-treffs/-häusern",
        thema="Synonym",
    ),
    fall(
        "Ausbildungsplatz",
        top3=T("Berufsorientierung") | T("Bewerbungstraining"),
        gefunden=T("Bewerbungstraining"),
        warum="Jugendlicher sucht Ausbildung: Berufsorientierung, Bewerbungstraining",
        thema="Synonym",
    ),
    fall(
        "Akrobatik",
        top3="Kinderzirkus im Zirkuszelt Manegentraum",
        warum="Tätigkeit, die nur in der Beschreibung des Kinderzirkus steht",
        thema="Beschreibung",
    ),
    fall(
        "gewalt",
        top3="Kinderschutzberatung beim Kinder- und Jugendnotdienst",
        gefunden=T("Kinderschutzberatung"),
        warum="Verdacht auf Gewalt gegen ein Kind: Kinderschutzberatung",
        thema="Synonym",
    ),
    fall(
        "programmieren",
        top3=T("Coding-Club"),
        warum="Kinder wollen programmieren lernen: Coding-Club",
        thema="Synonym",
    ),
    fall(
        "Essensausgabe",
        top3="Lebensmittelausgabe für Familien in der Tafel-Ausgabestelle Bahnhofsviertel",
        gefunden=O("Tafel"),
        warum="Familie braucht Lebensmittel: Tafel / Lebensmittelausgabe",
        thema="Synonym",
    ),
    fall(
        "Töpfern",
        top3=B("Töpfern"),
        warum="Kind möchte töpfern: Werkstätten, die das in der Beschreibung nennen",
        thema="Beschreibung",
    ),
    fall(
        "Musik",
        top3=T("Musik") | T("Band") | T("Trommel"),
        warum="Musik machen: Musikgruppe, Bandprojekt, Trommelgruppe",
        thema="Oberbegriff",
    ),
    fall(
        "Jungenarbeit",
        top3=T("Jungenarbeit"),
        gefunden=Z("Jungen und junge Männer"),
        warum="geschlechtsspezifische Arbeit mit Jungen: Jungenarbeit, Jungs-Treffs, Jungengruppe",
        thema="Fachwort",
    ),
    fall(
        "Notfall",
        top3=T("Krisenberatung") | T("Kinderschutzberatung beim Kinder- und Jugendnotdienst"),
        nicht=NIRGENDS(r"notdienst|notfall|krise|akut|gewalt|kinderschutz"),
        warum="akute Notlage: Krisenberatung / Notdienst, nicht alles mit 'Noten' oder 'nötig'",
        thema="Infix",
    ),
    # -----------------------------------------------------------------------------------
    # Abkürzungen und Fachsprache
    fall(
        "SSA",
        top3=T("Schulsozialarbeit"),
        gefunden=T("Schulsozialarbeit"),
        warum="SSA = Schulsozialarbeit",
        thema="Abkürzung",
    ),
    fall(
        "JMD",
        top3=T("Jugendmigrationsdienst"),
        warum="JMD = Jugendmigrationsdienst",
        thema="Abkürzung",
    ),
    fall(
        "RSD",
        top3=T("Regionalen Sozialen Dienst"),
        warum="RSD = Regionaler Sozialer Dienst des Jugendamts",
        thema="Abkürzung",
    ),
    fall(
        "HzE",
        top3=K("Hilfen zur Erziehung"),
        warum="HzE = Hilfen zur Erziehung (§ 27 ff. SGB VIII)",
        thema="Abkürzung",
    ),
    fall(
        "KJND",
        top3=O("Kinder- und Jugendnotdienst"),
        warum="KJND = Kinder- und Jugendnotdienst",
        thema="Abkürzung",
    ),
    fall(
        "EKiZ",
        top3=O("Eltern-Kind-Zentrum"),
        warum="EKiZ = Eltern-Kind-Zentrum",
        thema="Abkürzung",
    ),
    fall(
        "BuT",
        top3=B("Bildung und Teilhabe"),
        nicht=NIRGENDS(r"bildung und teilhabe|lernförderung|nachhilfe|\bbut\b"),
        warum="BuT = Bildung und Teilhabe (Lernförderung über BuT), nicht die Inklusionsberatung 'Teilhabe'",
        thema="Abkürzung",
    ),
    fall(
        "§ 8a",
        top3="Kinderschutzberatung im Kinderschutz-Zentrum Musterstadt",
        warum="Schutzauftrag § 8a SGB VIII: Beratung zur Gefährdungseinschätzung",
        thema="Fachsprache",
    ),
    fall(
        "OKJA",
        top3=T("Offener Jugendtreff")
        | T("Offener Kindertreff")
        | T("Offener Treff")
        | T("Jugendcafé"),
        warum="OKJA = Offene Kinder- und Jugendarbeit: offene Treffs",
        thema="Abkürzung",
    ),
    fall(
        "Familienhebamme",
        top3=B("Familienhebamme"),
        gefunden=T("Hebammensprechstunde"),
        warum="Frühe Hilfen: Sprechstunden mit Familienhebamme",
        thema="Fachsprache",
    ),
    # -----------------------------------------------------------------------------------
    # Zwei, drei Wörter
    fall(
        "beratung trennung",
        top3=T("Trennung"),
        gefunden=K("Beratung bei Partnerschaft, Trennung, Scheidung"),
        warum="Eltern in Trennung: Trennungs- und Scheidungsberatung",
        thema="Mehrwort",
    ),
    fall(
        "hilfe bei schulden",
        top3=T("Schuldnerberatung für") | T("Budgetberatung"),
        warum="Familie hat Schulden: Schuldnerberatung / Budgetberatung",
        thema="Mehrwort",
    ),
    fall(
        "Deutschkurs mit Kinderbetreuung",
        top3=(T("Deutsch") | T("Sprachcafé")) & B("kleine Kinder werden währenddessen betreut"),
        warum="Mutter will Deutsch lernen und hat ein Kleinkind: Kurse mit Betreuung",
        thema="Mehrwort",
    ),
    fall(
        "Frühstück für Alleinerziehende",
        top3=T("Alleinerziehenden-Frühstück"),
        gefunden=T("Alleinerziehenden-Frühstück") | T("Elternfrühstück im Alleinerziehendentreff"),
        vor=[(T("Alleinerziehenden-Frühstück"), T("Elternfrühstück") & ~O("Alleinerziehend"))],
        warum="Frühstückstreff für Alleinerziehende",
        thema="Mehrwort",
    ),
    fall(
        "Hausaufgabenhilfe für Flüchtlingskinder",
        top3="Hausaufgabenhilfe für geflüchtete Kinder",
        warum="Flüchtlingskinder = geflüchtete Kinder",
        thema="Mehrwort",
    ),
    fall(
        "Fahrrad reparieren",
        top3=T("Fahrradwerkstatt"),
        gefunden=T("Repair-Café"),
        warum="Fahrradwerkstatt, auch Repair-Cafés reparieren Fahrräder",
        thema="Mehrwort",
    ),
    fall(
        "Elterncafé Lindenhof",
        top3=T("Elterncafé") & T("Lindenhof"),
        warum="Elterncafé im Stadtteil Lindenhof",
        thema="Mehrwort",
    ),
    fall(
        "Hausaufgabenhilfe mühlenbach",
        top3=T("Hausaufgabenhilfe") & T("Mühlenbach"),
        warum="Hausaufgabenhilfe im Stadtteil Mühlenbach",
        thema="Mehrwort",
    ),
    fall(
        "Schwangerschaft Beratung",
        top3=[
            "Schwangerschaftsberatung im Beratungszentrum für Familienplanung und Sexualität",
            "Beratung für werdende Eltern in der Caritas-Schwangerschaftsberatung Feldmark",
        ],
        warum="Schwangerschaftsberatung",
        thema="Mehrwort",
    ),
    fall(
        "kochen mit kindern",
        top3=T("Kinderküche"),
        warum="Kochangebot für Kinder: Kinderküche",
        thema="Mehrwort",
    ),
    # -----------------------------------------------------------------------------------
    # Tippfehler
    fall(
        "Erziehungsbertung",
        top3=T("Erziehungsberatung"),
        warum="Tippfehler für Erziehungsberatung",
        thema="Tippfehler",
    ),
    fall(
        "Krabbelgrupe",
        top3=T("Krabbelgruppe"),
        gefunden=T("Krabbelgruppe"),
        warum="Tippfehler für Krabbelgruppe",
        thema="Tippfehler",
    ),
    fall(
        "Schuldnerberatng",
        top3=T("Schuldnerberatung für"),
        warum="Tippfehler für Schuldnerberatung",
        thema="Tippfehler",
    ),
    fall(
        "Muetter",
        top3=T("Mütter"),
        warum="Umlaut als ue geschrieben: Angebote für Mütter",
        thema="Tippfehler",
    ),
    fall(
        "Schulsozialarbiet",
        top3=T("Schulsozialarbeit"),
        warum="Buchstabendreher in Schulsozialarbeit",
        thema="Tippfehler",
    ),
    fall(
        "Babymasage",
        top3=T("Babymassage"),
        gefunden=T("Babymassage"),
        warum="fehlendes s",
        thema="Tippfehler",
    ),
    fall(
        "mitternachtsfussball",
        top3=T("Mitternachtsfußball"),
        warum="ss statt ß, klein geschrieben",
        thema="Tippfehler",
    ),
    fall(
        "fruehe hilfen",
        top3=T("Frühe Hilfen") | T("Frühe-Hilfen"),
        warum="ue statt ü: Frühe Hilfen (Besuchsdienst, Familienbegleitung)",
        thema="Tippfehler",
    ),
    # -----------------------------------------------------------------------------------
    # Beugung, Plural, Komposita getrennt oder zusammen
    fall(
        "eltern cafe",
        top3=T("Elterncafé"),
        gefunden=T("Elterncafé"),
        warum="getrennt und ohne Akzent geschrieben",
        thema="Kompositum",
    ),
    fall(
        "Hausaufgaben-Hilfe",
        top3=T("Hausaufgabenhilfe"),
        warum="mit Bindestrich geschrieben",
        thema="Kompositum",
    ),
    fall(
        "Familienzentren",
        top3=O("Familienzentrum"),
        warum="Plural von Familienzentrum",
        thema="Beugung",
    ),
    fall(
        "Mädchengruppen",
        top3=T("Mädchengruppe"),
        warum="Plural",
        thema="Beugung",
    ),
    fall(
        "vater",
        top3=T("Vätertreff")
        | T("Väterfrühstück")
        | T("Vater-Kind")
        | T("Papa")
        | T("Väterzentrum"),
        warum="Angebote für Väter; Singular ohne Umlaut",
        thema="Beugung",
    ),
    fall(
        "kochen",
        top3=T("Kinderküche") | T("Koch"),
        warum="Verb: Kochgruppen, Koch-AGs, Kinderküche",
        thema="Beugung",
    ),
    fall(
        "Ferienprogramme",
        top3=T("ferienprogramm"),
        warum="Plural; auch Sommerferienprogramm",
        thema="Beugung",
    ),
    fall(
        "Hebamme",
        top3=T("Hebammensprechstunde"),
        warum="Grundwort in Hebammensprechstunde",
        thema="Kompositum",
    ),
    # -----------------------------------------------------------------------------------
    # Präzisionsfallen: das Wort steckt in fremden Wörtern
    fall(
        "Sucht",
        top3=T("Sucht"),
        nicht=NIRGENDS(r"\bsucht|drogen|alkohol"),
        warum="Suchtprävention, nicht 'besucht' oder 'gesucht'",
        thema="Infix",
    ),
    fall(
        "Boxen",
        top3="Boxtraining in der Turnhalle Amselweg",
        nicht=NIRGENDS(r"\bbox|kampfsport"),
        warum="Boxsport, nicht Kindertanz „Beatbox“",
        thema="Infix",
    ),
    fall(
        "Tiere",
        top3=T("Tier-AG"),
        nicht=NIRGENDS(r"\btier|bauernhof|kinderfarm|ziegen|hühner"),
        warum="Angebote mit Tieren, nicht Berufsorientierung oder Quartier",
        thema="Infix",
    ),
    fall(
        "Radfahren",
        top3=T("Radsport") | T("Fahrrad"),
        nicht=[
            # Corrected: "Fahrräder" (the plural) is as much about bikes as "Fahrrad".
            NIRGENDS(r"fahrr[aä]d|radsport|\brad\b|einrad|radfahr|skate|bewegung"),
            T("Raduga"),
            TR("Raduga"),
        ],
        warum="Radsport/Fahrradwerkstatt, nicht der russische Elternverein „Raduga“",
        thema="Infix",
    ),
    fall(
        "hort",
        nicht=NIRGENDS(r"\bhort|schülerladen|hausaufgab|nachmittag|schulkind"),
        warum="Nachmittagsbetreuung für Schulkinder; Besuchsdienste mit 'hört zu' sind keine Treffer",
        thema="Infix",
    ),
    fall(
        "Drogenberatung",
        nicht=NIRGENDS(r"\bsucht|drogen|jugendberatung|krisenberatung"),
        warum="Drogenberatung gibt es nicht; höchstens Suchtprävention, keine beliebige 'Beratung'",
        thema="Infix",
    ),
    fall(
        "Chor",
        nicht=NIRGENDS(r"\bchor\b|gesang|singen|musik|lieder"),
        warum="Singen im Chor; nicht Tanzgruppen wegen 'Choreografien'",
        thema="Infix",
    ),
    fall(
        "Reiten",
        leer=True,
        warum="kein Reitangebot in Musterstadt; nicht 'Streit', 'vorbereitet' oder Seepferdchen",
        thema="Leer",
    ),
    # -----------------------------------------------------------------------------------
    # Nichts vorhanden
    fall(
        "tagesmutter",
        leer=True,
        warum="Kindertagespflege ist nicht im Register; nicht 'Mütter'-Angebote",
        thema="Leer",
    ),
    fall(
        "Vormundschaft",
        leer=True,
        warum="keine Vormundschaft im Register; nicht 'Vormittag'",
        thema="Leer",
    ),
    fall(
        "Mutter-Kind-Kur",
        leer=True,
        warum="keine Kurberatung; nicht 'Kurs' oder Mutter-Angebote",
        thema="Leer",
    ),
    fall(
        "Erste-Hilfe-Kurs",
        leer=True,
        warum="kein Erste-Hilfe-Kurs; nicht Frühe Hilfen oder beliebige Kurse",
        thema="Leer",
    ),
    fall(
        "Pflegefamilie",
        leer=True,
        warum="Pflegekinderdienst ist nicht im Register; nicht beliebige Familienangebote",
        thema="Leer",
    ),
    # -----------------------------------------------------------------------------------
    # Sprache oder Zielgruppe in Worten
    fall(
        "Angebote für Alleinerziehende",
        top3=T("Alleinerziehend"),
        warum="Zielgruppe Alleinerziehende: Treffs, Frühstück",
        thema="Zielgruppe",
    ),
    fall(
        "elterntreff russisch",
        top3="Elterntreff „Raduga“",
        warum="russischsprachiger Elterntreff",
        thema="Sprache",
    ),
    fall(
        "queere Jugendliche",
        top3=O("Regenbogenraum"),
        warum="queerer Jugendtreff",
        thema="Zielgruppe",
    ),
    fall(
        "Kinder mit Behinderung",
        top3=Z("Menschen mit Behinderung"),
        warum="inklusive Angebote und Eingliederungshilfe",
        thema="Zielgruppe",
    ),
]
