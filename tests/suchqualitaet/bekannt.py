"""Cases of the quality suite the search does not pass yet, each with what fails.

Marked ``xfail(strict=True)`` in tests/test_suchqualitaet.py: a case that starts to pass
fails the suite until it is removed here, so the list only shrinks. ``make suchqualitaet``
counts them as failures (bench/RESULTS.md has the figures). The cases of
faelle_*_unabhaengig*.py (each set written by someone who saw neither the search nor the
other cases) are here as they failed after the changes of the session that added them.
"""

BEKANNT = {
    "demo:Synonym:HzE": "unter den ersten 3 erwartet: 3 aus Titel ∋ „Offene Sprechstunde des Regionalen Sozialen Dienstes“ (0 davon oben; bester Rang 40)",
    "demo:Synonym:Hilfen zur Erziehung": "unter den ersten 3 erwartet: 3 aus Titel ∋ „Offene Sprechstunde des Regionalen Sozialen Dienstes“ (0 davon oben; bester Rang 32)",
    "demo:Synonym:Hilfe zur Erziehung": "unter den ersten 3 erwartet: 3 aus Titel ∋ „Offene Sprechstunde des Regionalen Sozialen Dienstes“ (0 davon oben; bester Rang 32)",
    "demo:Synonym:Flüchtlinge": "unter den ersten 3 erwartet: 3 aus ((Titel ∋ „geflüchtete“ oder Titel ∋ „Neuzugewanderte“) oder Titel ∋ „Migrationsberatung“) (2 davon oben; bester R…",
    "demo:Synonym:Geflüchtete": "unter den ersten 3 erwartet: 3 aus ((Titel ∋ „geflüchtete“ oder Titel ∋ „Neuzugewanderte“) oder Titel ∋ „Migrationsberatung“) (2 davon oben; bester R…",
    "demo:Infix:Ringen": "gefunden, obwohl nicht gemeint (((Beschreibung ∋ „mitbringen“ oder Beschreibung ∋ „bringt“) und ohne /\\bring/)): „Elternfrühstück im Nachbarschaftstr…",
    "demo:Synonym:gewalt": "nicht gefunden aus Titel ∋ „Kinderschutzberatung“: 1 von 2: „Kinderschutzberatung im Kinderschutz-Zentrum Musterstadt“",
    "demo:Abkürzung:OKJA": "unter den ersten 3 erwartet: 3 aus (((Titel ∋ „Offener Jugendtreff“ oder Titel ∋ „Offener Kindertreff“) oder Titel ∋ „Offener Treff“) oder Titel ∋ „J…",
    "demo:Mehrwort:Deutschkurs mit Kinderbetreuung": "unter den ersten 3 erwartet: 3 aus ((Titel ∋ „Deutsch“ oder Titel ∋ „Sprachcafé“) und Beschreibung ∋ „kleine Kinder werden währenddessen betreut“) (1…",
    "demo:Infix:hort": "gefunden, obwohl nicht gemeint (ohne /\\bhort|schülerladen|hausaufgab|nachmittag|schulkind/): „Frühe-Hilfen-Besuchsdienst im Caritas-Eltern-Kind-Zentr…",
    "demo:Leer:Erste-Hilfe-Kurs": "soll nichts finden, fand 1",
    "demo:Problem:Schulden Miete": "unter den ersten 3 erwartet: 3 aus Titel ∋ „Schuldnerberatung“ (2 davon oben; bester Rang 2)",
    "demo:Kompositum:Babytreff": "unter den ersten 3 erwartet: 3 aus ((Titel ∋ „Krabbelgruppe“ oder Titel ∋ „Eltern-Kind-Gruppe“) oder Titel ∋ „Spielgruppe für die Kleinsten“) (2 davon oben): die Teile eines unbekannten Kompositums (Baby|treff) zählen, wo das Angebot sie hält, nicht nur beisammen",
    "demo:Synonym:Mutter Kind Gruppe": "unter den ersten 3 erwartet: 3 aus ((Titel ∋ „Krabbelgruppe“ oder Titel ∋ „Eltern-Kind-Gruppe“) oder Titel ∋ „Spielgruppe für die Kleinsten“) (0 davo…",
    "berlin:Synonym:Kindergarten": "(Titel ∋ „Kindergarten“ und Beschreibung ∋ „Kindertagesstätte“) soll vor ((Beschreibung ∋ „Kindertagesstätte“ und nicht Titel ∋ „Kindergarten“) und n…",
    "berlin:Kompositum:Waldorfschule": "Beschreibung ∋ „Freie Waldorfschule“ soll vor (Beschreibung ∋ „Kindertagesstätte“ und (Beschreibung ∋ „Waldorf“ oder Titel ∋ „Waldorf“)) stehen: „Kin…",
    "berlin:Mehrwort:Jugendclub Neukölln": "unter den ersten 3 erwartet: 3 aus (Beschreibung ∋ „in einer Jugendfreizeiteinrichtung“ und (Träger ∋ „Neukölln“ oder Titel ∋ „Neukölln“)) (2 davon o…",
    "berlin:Abkürzung:ISS": "unter den ersten 3 erwartet: 3 aus Beschreibung ∋ „Integrierte Sekundarschule“ (2 davon oben; bester Rang 2)",
    "berlin:Beugung:Kinderläden#2": "gefunden, obwohl nicht gemeint (Kategorie Jugendarbeit): „Mädchen*laden ReachIna“ (Rang 106), „BDP-Mädchen*laden“ (Rang 107)",
    "berlin:Abkürzung:ISS#2": "unter den ersten 3 erwartet: 3 aus Beschreibung ∋ „Integrierte Sekundarschule“ (2 davon oben; bester Rang 2)",
    "berlin:Tippfehler:Pickler": "unter den ersten 3 erwartet: 3 aus Beschreibung ∋ „Pikler“ (0 davon oben; bester Rang –)",
    "berlin:leer:Reiten": "soll nichts finden, fand 3",
    "berlin:Abkürzung:ASP#2": "gefunden, obwohl nicht gemeint (ohne /(?<!\\w)asp(?!\\w)|abenteuerspielplatz|bauspielplatz/): „Kindertreff “Waschküche”“ (Rang 20), „Kindertagesstätte …",
    "berlin:Tippfehler:Pickler#2": "unter den ersten 3 erwartet: 3 aus (Beschreibung ∋ „Pikler“ oder Beschreibung ∋ „Pickler“) (1 davon oben; bester Rang 1)",
    "berlin:Leer:Reiterhof": "soll nichts finden, fand 3",
    # Session 24: title and place one field of the rank (search.FELDER); the ties these
    # three won by counting a phrase split between title and place twice are lost.
    "demo:Synonym:Jugendzentrum#3": "unter den ersten 3 erwartet: 3 aus (((Titel ∋ „Jugendtreff“ oder Titel ∋ „Jugendcafé“) oder Titel ∋ „Offener Treff“) oder Ort ∋ „Jugendfreizeitzentrum“) (2 davon oben; bester Rang 1): Rang 3 „Fußballtraining im Jugendclub Schlossberg“",
    # The third independent set (faelle_*_unabhaengig3.py, session 23), after that session's changes.
    "demo:Problem:Mutter mit Baby überfordert": "unter den ersten 3 erwartet: 3 aus ((((Kategorie Frühe Hilfen oder Titel ∋ „Erziehungsberatung“) oder Titel ∋ „Erziehungs- und Familienberatung“) oder…",
    "demo:Synonym:Mutter-Kind-Gruppe": "unter den ersten 3 erwartet: 3 aus ((Titel ∋ „Krabbelgruppe“ oder Titel ∋ „Eltern-Kind-Gruppe“) oder Titel ∋ „Spielgruppe für die Kleinsten“) (0 davon…",
    "demo:Kompositum:Umgangsrecht": "nicht gefunden aus (Titel ∋ „Trennung“ oder Titel ∋ „Scheidung“): 1 von 4: „Trennungs- und Scheidungsberatung in der Erziehungs- und Familienberatung …",
    "demo:Beugung:Tiere": "unter den ersten 3 erwartet: 3 aus ((((Titel ∋ „Tier-AG“ oder Titel ∋ „Naturgruppe“) oder Titel ∋ „Kindergarten-Beet“) oder Ort ∋ „Kinderbauernhof“) o…",
    "demo:Mehrwort:Ausflüge für Familien mit wenig Geld": "unter den ersten 3 erwartet: 3 aus ((Titel ∋ „Familienausflug“ oder Titel ∋ „Familienfreizeit“) oder Titel ∋ „Familienwochenende“) (0 davon oben; best…",
    "berlin:Mehrwort:Medienprojekt für Jugendliche": "unter den ersten 3 erwartet: 3 aus (Titel ∋ „Medien“ und Kategorie Jugendarbeit) (0 davon oben; bester Rang –)",
    "berlin:Kompositum:Zirkuspädagogik": "unter den ersten 3 erwartet: 3 aus (((Titel ∋ „Zirkus“ oder Titel ∋ „Circus“) oder Titel ∋ „CABUWAZI“) und Kategorie Jugendarbeit) (1 davon oben; best…",
    "berlin:Abkürzung:ISS#4": "unter den ersten 3 erwartet: 3 aus Beschreibung ∋ „Integrierte Sekundarschule“ (2 davon oben; bester Rang 2)",
    "berlin:Problem:Kita für Kinder mit Behinderung": "unter den ersten 3 erwartet: 3 aus (((((((Titel ∋ „Integration“ oder Titel ∋ „Integrativ“) oder Beschreibung ∋ „Integrationskita“) oder Beschreibung ∋…",
    # The fourth independent set (faelle_*_unabhaengig4.py, session 23), written and run after
    # that session's changes.
    "demo:Synonym:Flüchtlinge#2": "unter den ersten 3 erwartet: 3 aus Zielgruppe Geflüchtete und Neuzugewanderte (2 davon oben; bester Rang 2)",
    "demo:Mehrwort:Nachhilfe Mathe#2": "unter den ersten 3 erwartet: 3 aus Beschreibung ∋ „Mathe“ (1 davon oben; bester Rang 1)",
    "berlin:Synonym:Elterninitiativkita#2": "unter den ersten 3 erwartet: 3 aus ((((Titel ∋ Wort „EKT“ oder Titel ∋ „Kinderladen“) oder Träger ∋ „Elterninitiativ“) oder Beschreibung ∋ „Elterninit…",
    "berlin:Abkürzung:ASP#3": "gefunden, obwohl nicht gemeint (ohne /\\bASP\\b|spielplatz/): „Kindertreff “Waschküche”“ (Rang 20), „Kindertagesstätte Kleine Herzen“ (Rang 21)",
    "berlin:Zielgruppe:inklusiver Jugendclub": "unter den ersten 3 erwartet: „Ausblick e.V. Jugendclub für Menschen mit und ohne geistige Behinderung“ (Rang 17)",
    "berlin:Leer:Reiten": "soll nichts finden, fand 3",
    # The fifth independent set (faelle_*_unabhaengig5.py, session 24): first run 64 of 80
    # (80 %), after this session's thesaurus migration 0039 68 of 80.
    "demo:Kompositum:Töpferkurs": "unter den ersten 3 erwartet: 3 aus Beschreibung ∋ „Töpfern“ (0 davon oben; bester Rang –): zerlegt als Topf|er|kurs",
    "demo:Problem:Sohn geht nicht mehr zur Schule": "unter den ersten 3 erwartet: 3 aus (Titel ∋ „Schulsozialarbeit“ oder Beschreibung ∋ „Schulproblemen“) (0 davon oben; bester Rang 8)",
    "demo:Problem:Kind wird gemobbt#2": "unter den ersten 3 erwartet: 3 aus Titel ∋ „Schulsozialarbeit“ (1 davon oben; bester Rang 3)",
    "demo:Problem:kein Geld für Essen": "unter den ersten 3 erwartet: 3 aus ((Titel ∋ „Lebensmittelausgabe“ oder Titel ∋ „Tafel“) oder Titel ∋ „Mittagstisch“) (0 davon oben; bester Rang –)",
    "demo:Mehrwort:Theater spielen": "unter den ersten 3 erwartet: 3 aus ((Titel ∋ „Theater-AG“ oder Titel ∋ „Theatergruppe“) oder Titel ∋ „Jugendtheater“) (2 davon oben; bester Rang 2)",
    "demo:Mehrwort:Deutschkurs mit Kinderbetreuung#2": "unter den ersten 3 erwartet: 3 aus (((Titel ∋ „Deutschkurs“ oder Titel ∋ „Deutsch im Alltag“) oder Titel ∋ „Sprachcafé“) und Beschreibung ∋ „währendde…",
    "berlin:Abkürzung:ASP#4": "gefunden, obwohl nicht gemeint (ohne /\\basp\\b|abenteuer|bauspielplatz/): „Kindertreff “Waschküche”“ (Rang 20), „Kindertagesstätte Kleine Herzen“ (Rang…",
    "berlin:Synonym:inklusive Kita": "unter den ersten 3 erwartet: 3 aus (Kategorie Kindertagesbetreuung und ((((((((((((Titel ∋ „Integrationski“ oder Titel ∋ „Integrationskinder“) oder Ti…",
    "berlin:Kompositum:Altenpflegeausbildung": "unter den ersten 3 erwartet: 3 aus ((Titel ∋ „Altenpflege“ oder Titel ∋ „Pflegeberufe“) oder Titel ∋ „Pflege- und Sozialberufe“) (0 davon oben; bester…: „Ausbildung“ steht in keinem Angebot",
    "berlin:Mehrwort:Kita mit eigener Küche": "unter den ersten 3 erwartet: 3 aus (Beschreibung ∋ „Kochküche“ oder Beschreibung ∋ „wird gekocht“) (2 davon oben; bester Rang 2); „Waschküche“ auf Rang 5",
    "berlin:Problem:Lebensmittelallergie Kita": "unter den ersten 3 erwartet: „Kita WHITE COCKATOO - Internationaler Kindergarten“ (Rang 1189)",
    # The sixth independent set (faelle_*_unabhaengig6.py, session 25), written after that
    # session's first two commits: first run 69 of 80 (86 %), 70 after the participle forms.
    "demo:Synonym:Mutter-Kind-Gruppe#2": "unter den ersten 3 erwartet: 3 aus Eltern-Kind-, Krabbel- und Spielgruppen (2 davon oben; bester Rang 2): die Bewegungsgruppe im Eltern-Kind-Zentrum hält die Phrase „Eltern Kind Gruppe“ verstreut in der Beschreibung, dann zählen ihre Wörter auch im Titel",
    "demo:Mehrwort:Ferienprogramm im Sommer": "unter den ersten 3 erwartet: 3 aus Titel ∋ „Sommerferienprogramm“ (2 davon oben; bester Rang 2): „Ferienprogramm im Bootshaus“ (Sommer in der Beschreibung) zuerst",
    "demo:Problem:Verdacht auf sexuellen Missbrauch": "nicht gefunden aus Titel ∋ „Kinderschutzberatung“: 1 von 2: nur ein Angebot nennt „Missbrauch“; der Kinderschutz ist kein Synonym",
    "berlin:Abkürzung:ISS#7": "unter den ersten 3 erwartet: 3 aus Beschreibung ∋ „Integrierte Sekundarschule“ (2 davon oben; bester Rang 2): „Jugendarbeit an Schule der ISS …“ zuerst",
    "berlin:Synonym:Kinderfarm#2": "unter den ersten 3 erwartet: 3 aus Titel ∋ „Kinderbauernhof“ (2 davon oben; bester Rang 1): die „Jugendfarm Moritzhof“ auf Rang 3",
    "berlin:Synonym:Elterninitiativkita#3": "unter den ersten 3 erwartet: 3 aus EKT oder Träger ∋ „Elterninitiativ“ (2 davon oben; bester Rang 2): Rang 1 „Elterninitiativ-Kita Kunger Küken“ nennt es im Titel; die Erwartung sieht nur den Träger",
    "berlin:Mehrwort:Kita mit Englisch": "unter den ersten 3 erwartet: 3 aus Kitas mit „englisch“ in der Beschreibung (2 davon oben; bester Rang 2): Rang 1 „Deutsch-Englischer Kindergarten Lilolei“ nennt Englisch im Titel; die Erwartung sieht nur die Beschreibung",
    "berlin:Problem:Schule für Kind mit Lernschwierigkeiten": "unter den ersten 3 erwartet: Förderschulen (Lernen): keine Schule nennt „Lernschwierigkeiten“",
    # The seventh independent set (faelle_*_unabhaengig7.py, session 26), its writer asked to
    # avoid the queries earlier sets had: first run 61 of 80 (76 %), 69 after that session's
    # verb forms, compound parts and thesaurus groups.
    "demo:Kompositum:Fahrradreparatur": "unter den ersten 3 erwartet: 3 aus (Titel ∋ „Fahrradwerkstatt“ oder Titel ∋ „Repair-Café“) (2 davon oben; bester Rang 1): das Repair-Café nennt nur „Fahrräder werden repariert“; „Fahrradreparatur“ steht in der Gruppe der Fahrradwerkstatt, die Verbformen gelten nur für Wörter ohne Gruppe",
    "demo:Problem:Jugendlicher ist von zu Hause abgehauen": "unter den ersten 3 erwartet: 3 aus Krisen-, Jugendberatung oder Kinderschutzberatung beim Kinder- und Jugendnotdienst (2 davon oben; bester Rang 1): Rang 3 eine Familienberatung",
    "demo:Problem:Kind hängt nur am Handy": "unter den ersten 3 erwartet: „Workshop Medien und Sucht in der Fachstelle für Suchtprävention Klarsicht“ (Rang 368): kein Angebot nennt das Handy; „Handy“ allein ist keine Mediensucht",
    "demo:Mehrwort:Deutsch lernen mit Kinderbetreuung": "unter den ersten 3 erwartet: 3 aus Beschreibung ∋ „kleine Kinder werden währenddessen betreut“ (1 davon oben; bester Rang 1): „Kinderbetreuung“ ist ein Begriff der Kindertagesbetreuung, nicht „betreut“",
    "demo:Rangfolge:Kochen": "(Titel ∋ „Koch“ oder Titel ∋ „Kinderküche“) soll vor Angeboten stehen, die Kochen nur beschreiben: die „Kinderküche“ nennt kein Kochen im Titel",
    "berlin:Kompositum:Jugendmedienzentrum": "unter den ersten 3 erwartet: 3 aus (Kategorie Jugendarbeit und Titel ∋ „Medien“) (2 davon oben; bester Rang 1): Medienetage, Medienhaus, Medienwerkstatt sind kein Zentrum",
    "berlin:Tippfehler:Pickler#3": "unter den ersten 3 erwartet: 3 aus (Beschreibung ∋ „Pikler“ oder Beschreibung ∋ „Pickler“) (1 davon oben; bester Rang 1): „Pickler“ ist selbst ein Wort eines Angebots und wird nicht korrigiert",
    "berlin:Alltagswort:Ausbildung": "unter den ersten 3 erwartet: 3 aus beruflichen Schulen: Förderschulen „einschl. beruflichem Teil“ halten „berufliche Schule“ verstreut (keine Wortpositionen)",
    "berlin:Problem:Kind hat eine Lebensmittelallergie": "unter den ersten 3 erwartet: „Kita WHITE COCKATOO - Internationaler Kindergarten“ (Rang 1008)",
    "berlin:Zielgruppe:Jugendliche mit Behinderung": "unter den ersten 3 erwartet: 3 aus inklusiven Jugendclubs oder Förderschulen (1 davon oben)",
    # The eighth independent set (faelle_*_unabhaengig8.py, session 26), written after that
    # session's changes up to 9124958: first run 63 of 80 (79 %; demo 44, Berlin 19), 65 after
    # Missbrauch at Kinderschutz and Schulclub. Half of its failures are gaps earlier sets
    # found too (Mutter-Kind-Gruppe, Deutschkurs mit Kinderbetreuung, Flüchtlinge, ASP,
    # Lebensmittelallergie, Fahrradreparatur, Kinderzirkus).
    "demo:Synonym:Mutter-Kind-Gruppe#3": "unter den ersten 3 erwartet: 3 aus Eltern-Kind-, Krabbel- und Spielgruppen (2 davon oben; bester Rang 2): die Phrase „Eltern Kind Gruppe“ verstreut in einer Beschreibung (keine Wortpositionen)",
    "demo:Kompositum:Fahrradreparatur#2": "unter den ersten 3 erwartet: 3 aus (Titel ∋ „Fahrradwerkstatt“ oder Titel ∋ „Repair-Café“) (2 davon oben; bester Rang 1): wie im siebten Satz",
    "demo:Problem:Jugendlicher findet keine Ausbildung": "unter den ersten 3 erwartet: 3 aus (Titel ∋ „Berufsorientierung“ oder Titel ∋ „Bewerbungstraining“) (2 davon oben; bester Rang 1)",
    "demo:Mehrwort:Deutschkurs mit Kinderbetreuung#3": "nicht gefunden aus Deutschkursen mit „kleine Kinder werden währenddessen betreut“: 6 von 8: „Kinderbetreuung“ ist ein Begriff des Thesaurus, sein Verb „betreut“ zählt nicht",
    "demo:Zielgruppe:Flüchtlinge": "unter den ersten 3 erwartet: 3 aus Zielgruppe Geflüchtete und Neuzugewanderte (2 davon oben; bester Rang 2)",
    "berlin:Synonym:hörgeschädigt": "unter den ersten 3 erwartet: 3 aus gehörlos, hörbehindert oder Gebärdensprache in der Beschreibung (1 davon oben; bester Rang 3)",
    "berlin:Synonym:Inklusionskita": "unter den ersten 3 erwartet: 3 aus Integrations- und Inklusionskitas (Titel oder Beschreibung): Rangfolge",
    "berlin:Abkürzung:ASP#7": "gefunden, obwohl nicht gemeint (ohne /\\bASP\\b|abenteuerspielplatz/): „Kindertreff “Waschküche”“ (Rang 20), „Kindertagesstätte Kleine Herzen“ (Rang 21)",
    "berlin:Kompositum:Kinderzirkus#2": "unter den ersten 3 erwartet: 3 aus Zirkus, Circus oder CABUWAZI ohne Flohzirkus (2 davon oben; bester Rang 1): „Kinderzirkus“ sucht nicht seinen Oberbegriff Zirkus",
    "berlin:Tippfehler:Regio Pädagogik": "unter den ersten 3 erwartet: 3 aus Beschreibung ∋ „Reggio“ (0 davon oben; bester Rang 37): „Regio“ ist ein Wort und wird nicht korrigiert",
    "berlin:Alltagswort:Kindergarten": "gefunden, obwohl nicht gemeint ((Kategorie Bildung oder Kategorie Jugendarbeit)): „Projekt NEO im Interkulturellen Garten“ (Rang 347): Kinder und Garten getrennt",
    "berlin:Problem:Kind hat Lebensmittelallergie": "unter den ersten 3 erwartet: „Kita WHITE COCKATOO - Internationaler Kindergarten“ (Rang 1008)",
    "berlin:Problem:Kind spricht kaum Deutsch": "unter den ersten 3 erwartet: 3 aus Sprachförderung (0 davon oben; bester Rang 23)",
    "berlin:Mehrwort:Kita mit Tieren": "unter den ersten 3 erwartet: 2 aus tiergestützter Arbeit (0 davon oben; bester Rang 4); der „Tiergarten“ einer Kita als Teil von „Tieren“",
    "berlin:Zielgruppe:Mädchenarbeit": "nicht gefunden aus Zielgruppe Mädchen und junge Frauen: 18 von 25",
}
