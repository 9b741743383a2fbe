"""Sixth independent test set for the demo city Musterstadt.

Written in session 25 as a stand-in for the hidden set of issue #15: by a helper who saw the
published offers and the case format, not the search, its thesaurus or any other case, and
did not run the search.
"""

from .faelle import TR, B, K, O, T, Z, fall

UNABHAENGIG_6 = [
    # --- Synonym -------------------------------------------------------------------------
    fall(
        "Nachhilfe",
        top3=["Nachhilfe in kleinen Gruppen an der Gesamtschule Sonnenberg"],
        gefunden=[T("Lernförderung"), T("Lerncoaching")],
        warum="Nachhilfe heißt in den Angeboten auch Lernförderung oder Lerncoaching: Schulstoff in kleinen Gruppen wiederholen.",
        thema="Synonym",
    ),
    fall(
        "Streetwork",
        top3=[T("Mobile Jugendarbeit")],
        warum="Streetwork ist das Alltagswort für Mobile Jugendarbeit, die aufsuchende Arbeit im öffentlichen Raum.",
        thema="Synonym",
    ),
    fall(
        "Kampfsport",
        top3=[T("Selbstverteidigung") | T("Judo") | T("Boxtraining")],
        gefunden=[T("Judo"), T("Boxtraining")],
        warum="Judo, Boxen und Selbstverteidigung sind die Kampfsportangebote der Stadt.",
        thema="Synonym",
    ),
    fall(
        "Jugendzentrum",
        top3=[
            O("Jugendfreizeitzentrum")
            | O("Jugendclub")
            | O("Jugendtreff")
            | O("Jugendhaus")
            | O("Jugendkeller")
        ],
        warum="Mit Jugendzentrum meint die Fachkraft Jugendfreizeitzentren, Jugendclubs und Jugendtreffs; oben sollen Angebote an solchen Orten stehen.",
        thema="Synonym",
    ),
    fall(
        "Mutter-Kind-Gruppe",
        top3=[T("Eltern-Kind-Gruppe") | T("Krabbelgruppe") | T("Spielgruppe für die Kleinsten")],
        gefunden=[T("Eltern-Kind-Gruppe")],
        warum="Die Mutter-Kind-Gruppe heißt heute Eltern-Kind-Gruppe, Krabbelgruppe oder Spielgruppe für die Kleinsten.",
        thema="Synonym",
    ),
    fall(
        "Schwimmkurs",
        top3=["Seepferdchen-Kurs in der Schwimmhalle Mühlenbach"],
        warum="Der Seepferdchen-Kurs ist der einzige Schwimmkurs für Kinder.",
        thema="Synonym",
    ),
    # --- Abkürzung -----------------------------------------------------------------------
    fall(
        "EFB",
        top3=[T("Erziehungs") & K("Hilfen zur Erziehung")],
        gefunden=[T("Erziehungs- und Familienberatung") & K("Hilfen zur Erziehung")],
        warum="EFB ist die gängige Abkürzung für die Erziehungs- und Familienberatung; gemeint sind ihre Beratungsangebote.",
        thema="Abkürzung",
    ),
    fall(
        "RSD",
        top3=[T("Regionalen Sozialen Dienstes")],
        warum="RSD steht für den Regionalen Sozialen Dienst des Jugendamts, der offene Sprechstunden anbietet.",
        thema="Abkürzung",
    ),
    fall(
        "JMD",
        top3=[T("Jugendmigrationsdienst")],
        warum="JMD ist die Abkürzung für den Jugendmigrationsdienst.",
        thema="Abkürzung",
    ),
    fall(
        "HzE",
        top3=[K("Hilfen zur Erziehung")],
        gefunden=[T("Regionalen Sozialen Dienstes")],
        warum="HzE sind die Hilfen zur Erziehung; der RSD nennt sie in seiner Beschreibung ausdrücklich.",
        thema="Abkürzung",
    ),
    fall(
        "BuT Nachhilfe",
        top3=[
            "Nachhilfe in kleinen Gruppen an der Gesamtschule Sonnenberg",
            "Lernförderung in der Lernwerkstatt Weststadt",
        ],
        warum="BuT ist Bildung und Teilhabe; nur diese beiden Förderangebote sagen, dass die Kosten darüber übernommen werden können.",
        thema="Abkürzung",
    ),
    # --- Kompositum ----------------------------------------------------------------------
    fall(
        "Hausaufgaben Hilfe",
        top3=[T("Hausaufgabenhilfe")],
        warum="Getrennt geschrieben ist dieselbe Hausaufgabenhilfe gemeint.",
        thema="Kompositum",
    ),
    fall(
        "Eltern Café",
        top3=[T("Elterncafé")],
        warum="Getrennt geschrieben ist das Elterncafé gemeint.",
        thema="Kompositum",
    ),
    fall(
        "Mädchen-Treff",
        top3=[T("Mädchentreff")],
        warum="Mit Bindestrich geschrieben ist der Mädchentreff gemeint.",
        thema="Kompositum",
    ),
    fall(
        "Erziehungsberatungsstelle",
        top3=[T("Erziehungs") & K("Hilfen zur Erziehung")],
        warum="Die Beratungsstelle ist gemeint, also die Beratungsangebote der Erziehungs- und Familienberatung, nicht Frühstücke in ihren Räumen.",
        thema="Kompositum",
    ),
    fall(
        "Trennungsberatung",
        top3=[T("Trennung")],
        gefunden=[K("Beratung bei Partnerschaft, Trennung, Scheidung")],
        warum="Gemeint ist die Beratung bei Trennung und Scheidung, die im Titel getrennt oder als Trennungs- und Scheidungsberatung steht.",
        thema="Kompositum",
    ),
    # --- Beugung -------------------------------------------------------------------------
    fall(
        "Hebammen",
        top3=[T("Hebammensprechstunde")],
        warum="Plural von Hebamme: gesucht sind die Hebammensprechstunden.",
        thema="Beugung",
    ),
    fall(
        "Vater",
        top3=[T("Väter") | T("Papa") | T("Vater")],
        gefunden=[T("Vätertreff")],
        warum="Der Singular Vater soll die Angebote für Väter (Vätertreff, Väterfrühstück, Papa-Kind-Samstag) finden.",
        thema="Beugung",
    ),
    fall(
        "Familienausflüge",
        top3=[T("Familienausflug")],
        warum="Plural mit Umlaut von Familienausflug.",
        thema="Beugung",
    ),
    fall(
        "Lesepatin",
        top3=[T("Lesepaten")],
        warum="Die weibliche Form meint dieselben Lesepaten-Angebote.",
        thema="Beugung",
    ),
    fall(
        "alleinerziehend",
        top3=[T("Alleinerziehende")],
        gefunden=[T("Treff für Alleinerziehende")],
        warum="Das Adjektiv meint die Treffs und Frühstücke für Alleinerziehende.",
        thema="Beugung",
    ),
    # --- Tippfehler ----------------------------------------------------------------------
    fall(
        "Hausaufgabenhilef",
        top3=[T("Hausaufgabenhilfe")],
        warum="Vertippt: Hausaufgabenhilfe.",
        thema="Tippfehler",
    ),
    fall(
        "Krabelgruppe",
        top3=[T("Krabbelgruppe")],
        warum="Vertippt: Krabbelgruppe mit einem b.",
        thema="Tippfehler",
    ),
    fall(
        "Mitternachtsfussball",
        top3=[T("Mitternachtsfußball")],
        warum="ss statt ß: Mitternachtsfußball.",
        thema="Tippfehler",
    ),
    fall(
        "Elterfrühstück",
        top3=[T("Elternfrühstück")],
        warum="Vertippt, ein n fehlt: Elternfrühstück.",
        thema="Tippfehler",
    ),
    fall(
        "Bewerbungstrainig",
        top3=[T("Bewerbungstraining")],
        warum="Vertippt: Bewerbungstraining.",
        thema="Tippfehler",
    ),
    # --- Mehrwort ------------------------------------------------------------------------
    fall(
        "Fußball für Kinder in Feldmark",
        top3=[
            "Fußball-AG im Jugendclub Feldmark",
            "Fußball-AG im Kommunalen Jugendfreizeitzentrum Feldmark",
        ],
        warum="Die beiden Fußball-AGs an Orten in Feldmark passen auf alle Wörter der Anfrage.",
        thema="Mehrwort",
    ),
    fall(
        "Hausaufgabenhilfe in Gartenstadt",
        top3=[T("Hausaufgaben") & O("Gartenstadt")],
        warum="Hausaufgabenhilfe und -betreuung an Orten in Gartenstadt gehören nach oben.",
        thema="Mehrwort",
    ),
    fall(
        "Deutschkurs für Mütter",
        top3=[T("Deutsch im Alltag für Mütter und Väter") | T("Deutschkurs für Eltern")],
        warum="Gesucht ist ein Deutschkurs für Eltern, ausdrücklich auch für Mütter.",
        thema="Mehrwort",
    ),
    fall(
        "Ferienprogramm im Sommer",
        top3=[T("Sommerferienprogramm")],
        warum="Sommer und Ferienprogramm zusammen treffen die Sommerferienprogramme.",
        thema="Mehrwort",
    ),
    # --- Problem -------------------------------------------------------------------------
    fall(
        "Mobbing in der Schule",
        top3=[T("Schulsozialarbeit")],
        warum="Bei Mobbing in der Schule ist die Schulsozialarbeit die erste Anlaufstelle; ihre Beschreibung nennt Mobbing.",
        thema="Problem",
    ),
    fall(
        "wir haben Schulden",
        top3=[
            "Schuldnerberatung für Familien in der AWO-Schuldnerberatung Eichengrund",
            "Schuldnerberatung für Familien in der Caritas-Schuldnerberatung Mühlenbach",
            "Budgetberatung in der Diakonie-Schuldnerberatung Hafenviertel",
        ],
        warum="Eine Familie mit Schulden braucht die Schuldner- und Budgetberatung.",
        thema="Problem",
    ),
    fall(
        "mein Kind hat Ängste",
        top3=[B("Ängsten")],
        warum="Die Erziehungsberatung mit Psychologinnen nennt Ängste ausdrücklich als Beratungsanlass.",
        thema="Problem",
    ),
    fall(
        "Verdacht auf sexuellen Missbrauch",
        top3=["Kinderschutzberatung beim Kinder- und Jugendnotdienst"],
        gefunden=[T("Kinderschutzberatung")],
        warum="Bei Verdacht auf Missbrauch hilft die Kinderschutzberatung; die beim Notdienst nennt ihn ausdrücklich.",
        thema="Problem",
    ),
    fall(
        "Sohn findet keinen Ausbildungsplatz",
        top3=[T("Berufsorientierung") | T("Bewerbungstraining")],
        gefunden=[B("ohne Ausbildungsplatz")],
        warum="Berufsorientierung und Bewerbungstraining helfen Jugendlichen ohne Ausbildungsplatz.",
        thema="Problem",
    ),
    fall(
        "Kind hat ADHS",
        top3=["Selbsthilfegruppen für Eltern in der Selbsthilfe-Kontaktstelle Musterstadt"],
        warum="Nur die Selbsthilfe-Kontaktstelle nennt ADHS; sie vermittelt Eltern in passende Gruppen.",
        thema="Problem",
    ),
    # --- Zielgruppe ----------------------------------------------------------------------
    fall(
        "Kinder mit Behinderung",
        top3=[Z("Menschen mit Behinderung")],
        warum="Gesucht sind die inklusiven Angebote und Beratungen für Familien mit Kindern mit Behinderung.",
        thema="Zielgruppe",
    ),
    fall(
        "geflüchtete Kinder",
        top3=["Hausaufgabenhilfe für geflüchtete Kinder"],
        warum="Das Angebot richtet sich ausdrücklich an geflüchtete Kinder.",
        thema="Zielgruppe",
    ),
    fall(
        "queere Jugendliche",
        top3=[
            "Offener Treff im Queeren Jugendtreff „Regenbogenraum“",
            "Jugendberatung im Queeren Jugendtreff „Regenbogenraum“",
        ],
        warum="Der Queere Jugendtreff „Regenbogenraum“ ist der Ort für queere Jugendliche.",
        thema="Zielgruppe",
    ),
    fall(
        "werdende Mütter",
        top3=[Z("Schwangere und werdende Eltern")],
        warum="Werdende Mütter sind Schwangere; gesucht sind Angebote für Schwangere und werdende Eltern.",
        thema="Zielgruppe",
    ),
    # --- Alltagswort ---------------------------------------------------------------------
    fall(
        "Jungs",
        top3=[Z("Jungen und junge Männer")],
        warum="Jungs ist das Alltagswort für Jungen: Jungs-Treff, Jungenarbeit, Jungengruppe.",
        thema="Alltagswort",
    ),
    fall(
        "basteln",
        top3=[T("Bastel")],
        warum="Wer basteln will, sucht die Bastelwerkstätten und Malen und Basteln.",
        thema="Alltagswort",
    ),
    fall(
        "Boxen",
        top3=["Boxtraining in der Turnhalle Amselweg"],
        nicht=["Kindertanz „Beatbox“"],
        warum="Boxen meint das Boxtraining; der Kindertanz „Beatbox“ hat mit Boxen nichts zu tun.",
        thema="Alltagswort",
    ),
    fall(
        "Zähne putzen",
        top3=["Zahnprophylaxe in Kitas und Schulen"],
        warum="Die Zahnprophylaxe zeigt Kindern das richtige Zähneputzen.",
        thema="Alltagswort",
    ),
    fall(
        "Fahrrad reparieren",
        top3=[
            "Fahrradwerkstatt für Kinder und Jugendliche im Gemeindehaus an der Lukaskirche",
            "Fahrradwerkstatt für Kinder und Jugendliche im Gemeindehaus St. Johannis",
        ],
        gefunden=[T("Repair-Café")],
        warum="Fahrradwerkstätten und Repair-Cafés reparieren Fahrräder gemeinsam mit Kindern.",
        thema="Alltagswort",
    ),
    fall(
        "Tafel",
        top3=[TR("Tafel")],
        warum="Mit Tafel sind die Angebote der Musterstädter Tafel gemeint: Lebensmittelausgabe, Mittagstisch, Kinderfrühstück.",
        thema="Alltagswort",
    ),
    # --- Rangfolge -----------------------------------------------------------------------
    fall(
        "Erziehungsberatung",
        top3=[T("Erziehungs") & K("Hilfen zur Erziehung")],
        vor=[(T("Erziehungsberatung"), T("Elternfrühstück"))],
        warum="Die Beratungsangebote selbst gehören vor Elternfrühstücke, die nur in einer Beratungsstelle stattfinden.",
        thema="Rangfolge",
    ),
    # --- Leer ----------------------------------------------------------------------------
    fall(
        "Reiten",
        leer=True,
        warum="Kein Angebot hat mit Reiten oder Pferden zu tun; Streit, vorbereitet und Seepferdchen sind Zufallstreffer.",
        thema="Leer",
    ),
    fall(
        "Tennis",
        leer=True,
        warum="In Musterstadt gibt es kein Tennisangebot.",
        thema="Leer",
    ),
    fall(
        "Führerschein",
        leer=True,
        warum="Kein Angebot hilft beim Führerschein.",
        thema="Leer",
    ),
]
