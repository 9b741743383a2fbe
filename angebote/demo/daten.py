"""Data tables of the demo offers in Musterstadt: kinds of offers, texts, times and names.

Only data lives here; :mod:`angebote.demo.angebote` plans and loads the offers from it. Times are
written as "Mo,Mi 14:00-16:00; Fr 9:30-11:30" (one Angebotszeit row per day). Kategorien
and Zielgruppen are slugs from ``angebote/migrations/0002_stammdaten.py``.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Art:
    """One kind of offer: what it is called, what it says, whom it serves and when."""

    bezeichnungen: tuple[str, ...]
    texte: tuple[str, ...]
    kategorien: tuple[str, ...]
    zielgruppen: tuple[str, ...]
    zeiten: tuple[str, ...]
    alter: tuple[tuple[int | None, int | None], ...] = ((None, None),)
    geschlecht: str = "alle"
    hinweise: tuple[str, ...] = ()  # zeiten_hinweis, given to about a third
    gebuehr: float = 0.0  # share with a fee
    kosten_hinweise: tuple[str, ...] = ("3 € pro Termin",)
    anmeldung: float = 0.2  # share that needs registration
    namen: str = ""  # pool in NAMEN for titles like Mädchentreff „Lila Pause“
    region: bool = False  # serves the whole Regionalraum (counselling)
    sprachen: float = 0.2  # share with languages besides German


FERIEN = "nicht in den Schulferien"
GRUNDSCHULE, OBERSTUFE = (6, 10), (10, 18)

# fmt: off
ARTEN: dict[str, Art] = {
    "hausaufgabenhilfe": Art(
        ("Hausaufgabenhilfe", "Hausaufgabenbetreuung", "Lernzeit – Hausaufgabenhilfe"),
        ("Ehrenamtliche und pädagogische Fachkräfte helfen bei den Hausaufgaben und beim Lernen für Tests. Es gibt einen ruhigen Raum, Arbeitsmaterial und zwischendurch einen kleinen Snack. Einfach mit Heft und Buch vorbeikommen.",
         "Unterstützung bei Hausaufgaben in Deutsch, Mathe und Englisch in kleinen Gruppen. Die Kinder lernen, sich ihre Aufgaben selbst einzuteilen, und bekommen Hilfe, wenn sie nicht weiterkommen. Bei Fragen sprechen wir auch mit den Eltern.",
         "Nach der Schule gemeinsam die Hausaufgaben schaffen: Studierende und Lernpatinnen erklären geduldig, üben mit den Kindern und loben viel. Danach bleibt Zeit zum Spielen."),
        ("bildung", "jugendarbeit"), ("kinder",),
        ("Mo,Di,Mi,Do 14:00-16:00", "Mo,Mi,Do 14:30-16:30", "Di,Do 15:00-17:00", "Mo,Di,Do 13:30-15:30"),
        alter=((6, 12), (6, 10), (8, 14), (10, 16)), hinweise=(FERIEN,), anmeldung=0.25),
    "lernfoerderung": Art(
        ("Lernförderung", "Lerncoaching", "Nachhilfe in kleinen Gruppen"),
        ("Gezielte Förderung in Mathematik, Deutsch und Englisch für Schülerinnen und Schüler, die den Anschluss nicht verlieren wollen. Die Kosten können über Bildung und Teilhabe übernommen werden. Wir beraten gern zum Antrag.",
         "In kleinen Gruppen von höchstens vier Kindern wird der Schulstoff wiederholt und für Arbeiten geübt. Die Lerncoaches stimmen sich mit den Lehrkräften ab."),
        ("bildung",), ("kinder", "jugendliche"),
        ("Mo,Mi 15:00-16:30", "Di,Do 16:00-17:30", "Mi 14:00-16:00"),
        alter=((8, 14), (10, 16), (12, 18)), hinweise=(FERIEN,), gebuehr=0.3,
        kosten_hinweise=("10 € pro Stunde, über Bildung und Teilhabe kostenfrei", "5 € pro Termin"), anmeldung=0.9),
    "elterncafe": Art(
        ("Elterncafé", "Elternfrühstück", "Elterntreff"),
        ("Ein offener Treffpunkt für Mütter, Väter und alle, die Kinder großziehen. Bei Kaffee und Tee tauschen sich Eltern aus, knüpfen Kontakte und bekommen Informationen zu Kita, Schule und Unterstützung im Stadtteil. Kleine Kinder können mitgebracht werden.",
         "Eltern treffen sich in entspannter Runde, eine Fachkraft ist dabei und beantwortet Fragen rund um Erziehung und Alltag. Ab und zu gibt es Gäste, zum Beispiel aus der Erziehungsberatung oder der Zahnprophylaxe.",
         "Zeit für Eltern: reden, zuhören, Ideen austauschen. Wer möchte, bringt etwas zum Frühstück mit."),
        ("familienbildung", "nachbarschaft"), ("eltern",),
        ("Fr 9:30-11:30", "Mi 9:00-11:00", "Di 15:00-17:00", "Do 9:30-11:30"),
        hinweise=(FERIEN, "mit Kinderbetreuung"), gebuehr=0.05, kosten_hinweise=("Kaffee und Kuchen 1 €",),
        anmeldung=0.05, namen="elterncafe", sprachen=0.35),
    "maedchentreff": Art(
        ("Mädchentreff", "Mädchengruppe", "Mädchenzeit"),
        ("Ein geschützter Raum nur für Mädchen: quatschen, kochen, tanzen, Ausflüge planen und Themen besprechen, die sonst keinen Platz haben. Die Pädagoginnen haben ein offenes Ohr für alle Fragen. Neue Mädchen sind jederzeit willkommen.",
         "Mädchen gestalten ihr Programm selbst, von Selbstbehauptung über Beauty-Nachmittage bis zum Klettern. Einmal im Monat gibt es einen Ausflug."),
        ("jugendarbeit",), ("maedchen", "jugendliche"),
        ("Mi 15:00-18:00", "Fr 15:00-19:00", "Di 16:00-19:00"),
        alter=((10, 18), (12, 21), (10, 14)), geschlecht="maedchen", namen="maedchentreff"),
    "jungengruppe": Art(
        ("Jungengruppe", "Jungs-Treff", "Jungenarbeit"),
        ("Jungen treffen sich mit einem Sozialpädagogen, kochen, machen Sport und reden über das, was sie beschäftigt: Freundschaft, Stress, Zukunft. Gemeinsam werden Ausflüge und Aktionen geplant.",
         "Eine feste Gruppe für Jungen mit Bewegungsspielen, Werkstattarbeit und Gesprächen über Rollenbilder. Wer mag, kann einfach reinschnuppern."),
        ("jugendarbeit",), ("jungen", "jugendliche"),
        ("Do 16:00-18:30", "Di 15:30-18:00"),
        alter=((10, 16), (12, 18)), geschlecht="jungen", namen="jungengruppe"),
    "jugendtreff": Art(
        ("Offener Jugendtreff", "Offener Treff", "Jugendcafé"),
        ("Offener Treffpunkt mit Billard, Kicker, Musik und Spielkonsolen. Die Jugendlichen bestimmen das Programm mit und können eigene Projekte umsetzen. Das Team hilft auch bei Fragen zu Schule, Ausbildung und Ämtern.",
         "Ohne Anmeldung vorbeikommen, Freunde treffen, chillen, kochen oder an Aktionen teilnehmen. Sozialpädagoginnen und Sozialpädagogen sind ansprechbar, wenn es mal nicht rund läuft.",
         "Der Treff ist ein Ort, an dem Jugendliche willkommen sind, wie sie sind: mit Theke, Sportraum und WLAN. Regelmäßig gibt es Turniere, Kochabende und Ausflüge."),
        ("jugendarbeit",), ("jugendliche",),
        ("Mo,Mi,Fr 15:00-20:00", "Di,Do 15:00-20:00; Fr 16:00-21:00", "Mo,Di,Do 14:00-19:00"),
        alter=((12, 21), (12, 18), (14, 25)), anmeldung=0.0),
    "kindertreff": Art(
        ("Offener Kindertreff", "Kinderclub", "Spielenachmittag"),
        ("Spielen, basteln, toben und Freunde treffen: Der offene Kindertreff ist ohne Anmeldung und kostenfrei. Es gibt einen kleinen Imbiss und jede Woche eine besondere Aktion.",
         "Ein Nachmittag für Kinder mit Brettspielen, Kreativangeboten und Bewegung drinnen und draußen. Erwachsene Bezugspersonen achten auf ein gutes Miteinander."),
        ("jugendarbeit", "kultur-freizeit"), ("kinder",),
        ("Mo,Mi 14:00-17:00", "Di,Do 14:30-17:30", "Fr 14:00-17:00"),
        alter=((6, 12), (6, 11), (8, 12)), anmeldung=0.0),
    "deutschkurs_eltern": Art(
        ("Deutschkurs für Eltern", "Deutsch im Alltag für Mütter und Väter", "Sprachcafé Deutsch"),
        ("Eltern lernen Deutsch für den Alltag mit Kindern: Gespräche in Kita und Schule, beim Arzt und auf Ämtern. Der Kurs findet am Vormittag statt, kleine Kinder werden währenddessen betreut. Ein Einstieg ist jederzeit möglich.",
         "Ein Kurs für Anfängerinnen und Anfänger mit wenig Vorkenntnissen. Geübt wird in kleinen Gruppen mit vielen Beispielen aus dem Familienalltag."),
        ("migration-sprache", "familienbildung"), ("eltern", "gefluechtete"),
        ("Mo,Mi 9:00-11:00", "Di,Do 9:30-11:30", "Mo,Di,Do 9:00-11:00"),
        hinweise=(FERIEN, "mit Kinderbetreuung"), gebuehr=0.15, kosten_hinweise=("1 € pro Termin", "20 € für den ganzen Kurs"),
        anmeldung=0.7, sprachen=0.8),
    "ferienprogramm": Art(
        ("Ferienprogramm", "Ferienspaß", "Sommerferienprogramm"),
        ("In den Ferien gibt es jeden Tag etwas anderes: Ausflüge, Spiele, Kochen, Sport und Kreativangebote. Die Kinder werden von erfahrenen Betreuerinnen und Betreuern begleitet. Für Ausflüge bitte rechtzeitig anmelden.",
         "Abwechslungsreiches Programm in den Schulferien mit Tagesausflügen ins Umland, Workshops und einem großen Abschlussfest."),
        ("jugendarbeit", "kultur-freizeit"), ("kinder", "jugendliche"),
        ("Mo,Mi,Fr 10:00-15:00", "Di,Do 10:00-16:00", "Mo,Di,Mi 10:00-14:00"),
        alter=((6, 12), (6, 14), (10, 16)), hinweise=("nur in den Schulferien", "nur in den Sommer- und Herbstferien"),
        gebuehr=0.4, kosten_hinweise=("5 € pro Ausflugstag", "Eigenanteil 3 € pro Tag"), anmeldung=0.7),
    "erziehungsberatung": Art(
        ("Erziehungsberatung", "Erziehungs- und Familienberatung", "Offene Sprechstunde Erziehungsberatung"),
        ("Eltern, Kinder und Jugendliche können sich bei Fragen zur Erziehung, bei Konflikten in der Familie oder Sorgen um ein Kind beraten lassen. Die Beratung ist vertraulich und kostenfrei. Termine gibt es auch kurzfristig.",
         "Beratung durch Psychologinnen und Sozialpädagogen bei Schulproblemen, Ängsten, Streit oder Entwicklungsfragen. Auf Wunsch werden Dolmetschende hinzugezogen."),
        ("familienbildung", "hze"), ("eltern", "kinder", "jugendliche"),
        ("Di 14:00-17:00", "Mi 15:00-18:00", "Mo,Do 9:00-12:00"),
        hinweise=("Termine auch nach Vereinbarung",), anmeldung=0.7, region=True, sprachen=0.3),
    "familienberatung": Art(
        ("Familienberatung", "Familiensprechstunde", "Beratung für Familien"),
        ("Die Familienberatung hilft bei allen Fragen des Familienalltags: Geld, Wohnung, Behörden, Kita-Platz oder Belastungen. Gemeinsam wird geschaut, welche Unterstützung passt, und bei Bedarf weitervermittelt.",
         "Offene Sprechstunde ohne Termin für Familien mit Kindern. Die Beraterinnen helfen beim Ausfüllen von Anträgen und begleiten auf Wunsch zu Ämtern."),
        ("familienbildung",), ("eltern", "alleinerziehende"),
        ("Di 9:00-12:00", "Do 14:00-17:00", "Mo 13:00-16:00"),
        hinweise=("Termine auch nach Vereinbarung",), anmeldung=0.3, region=True, sprachen=0.35),
    "trennungsberatung": Art(
        ("Trennungs- und Scheidungsberatung", "Beratung bei Trennung und Scheidung", "Elterngruppe „Kinder im Blick“"),
        ("Eltern in Trennung erhalten Beratung zu Umgang, Sorgerecht und der Frage, wie Kinder gut durch diese Zeit kommen. Auch gemeinsame Gespräche beider Eltern sind möglich. Die Beratung ist vertraulich.",
         "Wenn Eltern sich trennen, bleiben sie Eltern: Die Beratung unterstützt dabei, tragfähige Absprachen zu finden und Konflikte von den Kindern fernzuhalten."),
        ("trennung",), ("eltern", "alleinerziehende"),
        ("Mi 16:00-19:00", "Do 9:00-12:00", "Mo 15:00-18:00"),
        hinweise=("Termine nach Vereinbarung",), anmeldung=0.9, region=True),
    "krabbelgruppe": Art(
        ("Krabbelgruppe", "Eltern-Kind-Gruppe", "Spielgruppe für die Kleinsten"),
        ("Eltern mit Babys und Kleinkindern treffen sich zum Spielen, Singen und Austauschen. Die Kinder entdecken neues Spielzeug und andere Kinder, die Eltern bekommen Anregungen für den Alltag. Eine Fachkraft begleitet die Gruppe.",
         "Gemeinsam krabbeln, spielen und Lieder singen. Zum Abschluss gibt es ein kleines Frühstück; Fragen zu Schlaf, Essen und Entwicklung haben hier Platz."),
        ("familienbildung", "fruehe-hilfen"), ("kleinkinder", "eltern"),
        ("Di 9:30-11:00", "Do 10:00-11:30", "Mo,Mi 9:30-11:00"),
        alter=((0, 3), (0, 2), (1, 3)), hinweise=(FERIEN,), anmeldung=0.3, namen="krabbelgruppe"),
    "babymassage": Art(
        ("Babymassage", "Babymassage-Kurs"),
        ("Im Kurs lernen Eltern sanfte Massagegriffe, die ihrem Baby guttun und die Bindung stärken. Eine Kinderkrankenschwester leitet an und beantwortet Fragen. Bitte ein Handtuch und eine Decke mitbringen.",
         "Fünf Termine für Eltern mit Babys von etwa sechs Wochen bis zum Krabbelalter: Massage, Entspannung und Austausch mit anderen Eltern."),
        ("fruehe-hilfen", "gesundheit"), ("kleinkinder", "eltern"),
        ("Mi 10:00-11:00", "Fr 10:30-11:30"),
        alter=((0, 1),), gebuehr=0.5, kosten_hinweise=("25 € für 5 Termine", "5 € pro Termin"), anmeldung=0.95),
    "hebammensprechstunde": Art(
        ("Hebammensprechstunde", "Offene Hebammensprechstunde"),
        ("Schwangere und Eltern mit Babys können ohne Termin mit einer Hebamme sprechen: über Stillen, Schlafen, Gewicht und alles, was in den ersten Monaten unsicher macht. Die Sprechstunde ist kostenfrei.",
         "Eine Familienhebamme berät zu Schwangerschaft, Geburt und der ersten Zeit mit dem Baby. Eine Waage steht bereit."),
        ("fruehe-hilfen", "gesundheit"), ("schwangere", "eltern", "kleinkinder"),
        ("Di 10:00-12:00", "Do 14:00-16:00", "Mo 9:00-11:00"),
        anmeldung=0.1, sprachen=0.3),
    "fruehe_hilfen": Art(
        ("Frühe-Hilfen-Besuchsdienst", "Willkommensbesuch für Neugeborene", "Familienbegleitung Frühe Hilfen"),
        ("Familien mit einem Baby bekommen auf Wunsch Besuch zu Hause: Eine Fachkraft bringt Informationen über Angebote im Stadtteil mit und hört zu, wo der Schuh drückt. Der Besuch ist freiwillig und kostenfrei.",
         "Ehrenamtliche Familienbegleiterinnen unterstützen Familien im ersten Lebensjahr ihres Kindes, zum Beispiel bei Arztbesuchen oder einfach mit einer Stunde Entlastung pro Woche."),
        ("fruehe-hilfen",), ("eltern", "kleinkinder", "schwangere"),
        ("Mo,Mi 9:00-15:00", "Di,Do 9:00-14:00"),
        hinweise=("Besuche nach Vereinbarung",), anmeldung=1.0, region=True, sprachen=0.4),
    "kinderturnen": Art(
        ("Kinderturnen", "Eltern-Kind-Turnen", "Bewegungsgruppe für Kinder"),
        ("Klettern, balancieren, rollen und springen: In der Bewegungsgruppe probieren Kinder spielerisch aus, was ihr Körper kann. Geleitet wird die Gruppe von einer ausgebildeten Übungsleiterin.",
         "Bewegungslandschaften, Ballspiele und Lieder für Kinder; die Kleinsten turnen gemeinsam mit einem Elternteil."),
        ("sport",), ("kinder",),
        ("Di 15:30-16:30", "Mo,Do 16:00-17:00", "Sa 10:00-11:30"),
        alter=((3, 6), (1, 4), (4, 8)), gebuehr=0.5,
        kosten_hinweise=("Vereinsbeitrag 8 € im Monat, Schnupperstunde kostenfrei", "Mitgliedsbeitrag 6 € im Monat"), anmeldung=0.4),
    "sportgruppe": Art(
        ("Sportgruppe", "Offene Sporthalle", "Sport-AG"),
        ("Abwechslungsreiches Training mit Ballspielen, Laufen und Fitness für alle, die Spaß an Bewegung haben. Vorkenntnisse sind nicht nötig, Sportkleidung und Hallenschuhe bitte mitbringen.",
         "In der offenen Sporthalle wird gespielt, was die Gruppe möchte: Basketball, Volleyball, Völkerball. Trainerinnen und Trainer sorgen für faire Regeln."),
        ("sport", "jugendarbeit"), ("kinder", "jugendliche"),
        ("Fr 17:00-19:00", "Mi 16:00-18:00", "Di,Do 17:00-18:30"),
        alter=((8, 14), (10, 18), (6, 12)), gebuehr=0.3, kosten_hinweise=("Vereinsbeitrag 8 € im Monat",), anmeldung=0.2),
    "fussball": Art(
        ("Fußball-AG", "Fußballtraining", "Mitternachtsfußball"),
        ("Training für Kinder und Jugendliche, die gern Fußball spielen, egal ob Anfänger oder Vereinsspielerin. Im Mittelpunkt stehen Teamgeist und Fairness. Schnuppern ist jederzeit möglich.",
         "Wöchentliches Fußballtraining mit Technik, Spielformen und kleinen Turnieren. Gemischte Teams sind ausdrücklich erwünscht."),
        ("sport",), ("kinder", "jugendliche"),
        ("Di,Do 16:30-18:00", "Mi 15:00-16:30", "Mo,Mi 17:00-18:30"),
        alter=((6, 10), (8, 14), (12, 18)), gebuehr=0.45, kosten_hinweise=("Vereinsbeitrag 10 € im Monat", "12 € im Monat, Schnuppertraining kostenfrei"), anmeldung=0.3),
    "tanz": Art(
        ("Tanzgruppe", "Hip-Hop-Tanz", "Kindertanz"),
        ("Von Hip-Hop bis Kindertanz: Die Gruppe lernt Choreografien, entwickelt eigene Moves und tritt bei Stadtteilfesten auf. Vorkenntnisse sind nicht nötig.",
         "Tanzen macht stark: Zu aktueller Musik werden Schritte geübt und kleine Auftritte vorbereitet."),
        ("kultur-freizeit", "sport"), ("kinder", "jugendliche"),
        ("Mi 16:00-17:30", "Fr 16:00-18:00", "Mo 17:00-18:30"),
        alter=((8, 14), (6, 10), (12, 18)), gebuehr=0.4, kosten_hinweise=("15 € im Monat", "3 € pro Termin"), anmeldung=0.5, namen="tanz"),
    "theater": Art(
        ("Theatergruppe", "Theater-AG", "Jugendtheater"),
        ("Kinder und Jugendliche entwickeln gemeinsam ein Stück, schreiben Szenen, bauen Kulissen und stehen am Ende auf der Bühne. Theaterpädagoginnen begleiten die Gruppe. Einstieg zum Beginn jedes Halbjahres.",
         "Improvisation, Stimme und Körpersprache: In der Theatergruppe wächst das Selbstvertrauen. Einmal im Jahr gibt es eine große Aufführung für Familie und Freunde."),
        ("kultur-freizeit",), ("kinder", "jugendliche"),
        ("Do 16:00-18:00", "Di 16:30-18:30", "Sa 10:00-13:00"),
        alter=((8, 12), (12, 18), (10, 16)), gebuehr=0.2, kosten_hinweise=("20 € im Halbjahr",), anmeldung=0.7, namen="theater"),
    "kreativwerkstatt": Art(
        ("Kreativwerkstatt", "Malen und Gestalten", "Holz- und Bastelwerkstatt"),
        ("Malen, Drucken, Töpfern und Bauen mit Holz: In der Werkstatt probieren Kinder Materialien und Techniken aus. Die Ergebnisse dürfen mit nach Hause genommen werden.",
         "Jede Woche ein neues Projekt, von Leinwandbildern bis zu selbstgebauten Vogelhäusern. Eine Künstlerin begleitet die Gruppe."),
        ("kultur-freizeit",), ("kinder",),
        ("Mi 15:00-17:00", "Fr 14:30-16:30", "Di 15:00-17:00"),
        alter=((6, 12), (8, 14), (5, 10)), hinweise=(FERIEN,), gebuehr=0.3,
        kosten_hinweise=("Materialkosten 2 € pro Termin", "3 € pro Termin"), anmeldung=0.4),
    "computerkurs": Art(
        ("Computerkurs", "Medienwerkstatt", "Coding-Club"),
        ("Jugendliche lernen den Umgang mit Computer, Tablet und Internet: Texte gestalten, Videos schneiden, erste Programme schreiben. Dabei geht es auch um Datenschutz und Cybermobbing.",
         "Im Coding-Club programmieren Kinder kleine Spiele und Roboter. Laptops sind vorhanden, Vorkenntnisse nicht nötig."),
        ("bildung", "jugendschutz"), ("kinder", "jugendliche"),
        ("Di 16:00-17:30", "Do 15:30-17:30", "Mi 16:00-18:00"),
        alter=((10, 16), (8, 12), (12, 18)), hinweise=(FERIEN,), gebuehr=0.25, kosten_hinweise=("10 € für 6 Termine", "2 € pro Termin"), anmeldung=0.8),
    "bewerbungstraining": Art(
        ("Bewerbungstraining", "Bewerbungswerkstatt", "Berufsorientierung"),
        ("Gemeinsam werden Lebenslauf und Anschreiben erstellt, Vorstellungsgespräche geübt und passende Ausbildungsplätze gesucht. Ein Computer mit Drucker steht zur Verfügung. Einzeltermine sind nach Absprache möglich.",
         "Jugendliche ohne Ausbildungsplatz bekommen Unterstützung bei der Berufswahl, bei Bewerbungen und beim Kontakt zu Betrieben in Musterstadt."),
        ("jugendsozialarbeit", "bildung"), ("jugendliche", "junge-erwachsene"),
        ("Mo 14:00-17:00", "Mi 13:00-16:00", "Di,Do 10:00-13:00"),
        alter=((14, 25), (15, 21), (14, 18)), hinweise=("Einzeltermine nach Vereinbarung",), anmeldung=0.5, sprachen=0.3),
    "schulsozialarbeit": Art(
        ("Schulsozialarbeit – offene Sprechstunde", "Sprechstunde der Schulsozialarbeit"),
        ("Die Schulsozialarbeit ist Anlaufstelle für Schülerinnen und Schüler, Eltern und Lehrkräfte bei Streit, Mobbing, Sorgen zu Hause oder Fragen zur Zukunft. Die Gespräche sind vertraulich.",
         "Zur Sprechstunde kann man ohne Termin kommen. Die Schulsozialarbeiterin vermittelt bei Konflikten, berät Eltern und kennt die Hilfen im Stadtteil."),
        ("jugendsozialarbeit",), ("kinder", "jugendliche", "eltern"),
        ("Mo,Mi 9:00-13:00", "Di,Do 10:00-14:00", "Mo,Di,Do 8:00-12:00"),
        alter=((6, 10), (10, 18)), hinweise=(FERIEN,), anmeldung=0.0),
    "streetwork": Art(
        ("Streetwork", "Mobile Jugendarbeit", "Aufsuchende Jugendarbeit"),
        ("Die Streetworker sind dort unterwegs, wo sich Jugendliche treffen: auf Plätzen, am Bahnhof, in Parks. Sie hören zu, helfen bei Problemen mit Ämtern, Wohnung oder Schulden und vermitteln weiter. Alles freiwillig und vertraulich.",
         "Aufsuchende Arbeit mit jungen Menschen im öffentlichen Raum, dazu eine offene Sprechstunde im Büro. Das Team ist auch über Messenger erreichbar."),
        ("jugendsozialarbeit",), ("jugendliche", "junge-erwachsene"),
        ("Di,Do 16:00-21:00; Fr 18:00-23:00", "Mo,Mi 15:00-20:00", "Di 14:00-17:00; Do 17:00-22:00"),
        alter=((14, 27), (12, 25)), anmeldung=0.0, region=True, sprachen=0.35),
    "familienfreizeit": Art(
        ("Familienfreizeit", "Familienwochenende", "Familienausflug"),
        ("Ein Wochenende raus aus dem Alltag: Familien fahren gemeinsam ins Grüne, wandern, spielen und kochen zusammen. Für Kinder gibt es ein eigenes Programm, für Eltern Zeit zum Durchatmen.",
         "Gemeinsame Ausflüge für Familien mit kleinem Geldbeutel, zum Beispiel in den Tierpark oder an den See. Die Fahrt wird gemeinsam vorbereitet."),
        ("familienbildung", "kultur-freizeit"), ("eltern", "kinder", "alleinerziehende"),
        ("Sa 9:00-17:00", "Sa 10:00-18:00; So 10:00-15:00"),
        hinweise=("Termine siehe Aushang", "etwa einmal im Monat"), gebuehr=0.7,
        kosten_hinweise=("Eigenanteil 40 € pro Familie", "5 € pro Person"), anmeldung=1.0),
    "nachbarschaftsfruehstueck": Art(
        ("Nachbarschaftsfrühstück", "Stadtteilfrühstück", "Offener Mittagstisch"),
        ("Nachbarinnen und Nachbarn frühstücken gemeinsam, lernen sich kennen und erfahren, was im Stadtteil los ist. Familien mit Kindern sind herzlich willkommen.",
         "Einmal in der Woche wird gemeinsam gegessen: günstig, gesund und in netter Gesellschaft. Wer mag, hilft beim Kochen."),
        ("nachbarschaft",), ("eltern",),
        ("Sa 9:30-12:00", "Mi 12:00-14:00", "Do 9:00-11:00"),
        gebuehr=0.3, kosten_hinweise=("1,50 € pro Person, Kinder frei", "2 € pro Mahlzeit"), anmeldung=0.0, sprachen=0.3),
    "lesepaten": Art(
        ("Lesepaten", "Vorlesestunde", "Bilderbuchkino"),
        ("Ehrenamtliche Lesepatinnen und Lesepaten lesen mit Kindern, hören zu und wecken Freude an Büchern. Jedes Kind hat eine feste Bezugsperson.",
         "Vorlesen für Kinder mit Bilderbüchern und Geschichten, danach wird gemalt oder gespielt. Eltern dürfen gern dabeibleiben."),
        ("bildung", "nachbarschaft"), ("kinder",),
        ("Di 15:00-16:00", "Do 16:00-17:00", "Mi 15:30-16:30"),
        alter=((5, 10), (4, 8), (6, 10)), hinweise=(FERIEN,), anmeldung=0.3, sprachen=0.3),
    "mentoring": Art(
        ("Mentoring-Programm", "Lernpatenschaften", "Patenschaften für Schülerinnen und Schüler"),
        ("Ehrenamtliche Mentorinnen und Mentoren begleiten ein Kind oder eine Jugendliche ein Jahr lang: beim Lernen, bei Ausflügen, bei Fragen zur Zukunft. Die Tandems werden sorgfältig zusammengestellt und fachlich begleitet.",
         "Eins-zu-eins-Begleitung durch Studierende und Berufstätige, die Zeit und Erfahrung teilen. Treffen einmal pro Woche nach Absprache."),
        ("bildung", "nachbarschaft"), ("kinder", "jugendliche"),
        ("Mi 15:00-17:00", "Di 16:00-18:00"),
        alter=((8, 14), (10, 18)), hinweise=("Treffen der Tandems nach Absprache",), anmeldung=1.0),
    "kochgruppe": Art(
        ("Kinderküche", "Kochgruppe", "Koch-AG"),
        ("Kinder kochen einfache, gesunde Gerichte und essen sie gemeinsam. Dabei geht es um Obst und Gemüse aus der Region, um Hygiene und um den Spaß am Ausprobieren.",
         "Jugendliche planen ein Menü, kaufen ein und kochen zusammen. Die Rezepte kommen aus allen Ländern, aus denen die Teilnehmenden stammen."),
        ("gesundheit", "jugendarbeit"), ("kinder", "jugendliche"),
        ("Do 15:00-17:30", "Mo 16:00-18:00"),
        alter=((8, 12), (12, 18)), gebuehr=0.2, kosten_hinweise=("1 € pro Termin",), anmeldung=0.5),
    "musik": Art(
        ("Bandprojekt", "Musikgruppe", "Trommelgruppe"),
        ("Instrumente ausprobieren, gemeinsam Songs einüben und auf der Bühne stehen: Die Gruppe ist offen für alle, auch ohne Notenkenntnisse. Instrumente werden gestellt.",
         "Rhythmus, Gesang und Spaß: Unter Anleitung eines Musikpädagogen entsteht ein gemeinsames Programm für das nächste Stadtteilfest."),
        ("kultur-freizeit",), ("kinder", "jugendliche"),
        ("Di 16:00-17:30", "Fr 15:00-17:00", "Mo 17:00-19:00"),
        alter=((8, 14), (12, 21), (6, 10)), gebuehr=0.5, kosten_hinweise=("15 € im Monat, Sozialtarif möglich", "25 € im Monat"), anmeldung=0.7),
    "zirkus": Art(
        ("Zirkustraining", "Kinderzirkus"),
        ("Jonglieren, Akrobatik, Einrad und Trapez: Im Zirkustraining entdecken Kinder ihre Talente und üben für die große Vorstellung im Sommer.",
         "Zirkuspädagoginnen trainieren mit Kindern und Jugendlichen Artistik und Clownerie. Jedes Kind findet seinen Platz in der Manege."),
        ("kultur-freizeit", "sport"), ("kinder", "jugendliche"),
        ("Mo,Mi 16:00-18:00", "Sa 10:00-13:00"),
        alter=((6, 12), (10, 16)), gebuehr=0.6, kosten_hinweise=("18 € im Monat", "Kursgebühr 60 € im Halbjahr"), anmeldung=0.8),
    "natur": Art(
        ("Offener Betrieb auf dem Hof", "Tier-AG", "Naturgruppe"),
        ("Kinder versorgen Ziegen, Hühner und Kaninchen, bauen Hütten und gärtnern. Der Hof ist ohne Anmeldung offen, pädagogische Fachkräfte sind vor Ort. Festes Schuhwerk ist wichtig.",
         "Draußen sein bei jedem Wetter: Die Naturgruppe erkundet Wiesen, Bach und Wald, baut Nistkästen und lernt Pflanzen und Tiere kennen."),
        ("kultur-freizeit", "jugendarbeit"), ("kinder",),
        ("Di,Do 14:00-18:00; Sa 11:00-16:00", "Mi 15:00-17:30", "Mo,Mi,Fr 14:00-18:00"),
        alter=((6, 14), (6, 12), (8, 14)), anmeldung=0.1),
    "schwimmkurs": Art(
        ("Schwimmkurs für Kinder", "Seepferdchen-Kurs"),
        ("In kleinen Gruppen lernen Kinder sicher zu schwimmen und legen das Seepferdchen ab. Der Kurs umfasst zehn Termine.",
         "Wassergewöhnung und Schwimmenlernen für Kinder, die sich im Wasser noch unsicher fühlen."),
        ("sport", "gesundheit"), ("kinder",),
        ("Sa 9:00-10:00", "Mi 16:00-17:00"),
        alter=((5, 8), (6, 10)), gebuehr=0.8, kosten_hinweise=("60 € für 10 Termine", "45 € für 10 Termine"), anmeldung=1.0),
    "kampfsport": Art(
        ("Boxtraining", "Judo für Kinder", "Selbstverteidigung"),
        ("Training mit Respekt: Jugendliche lernen Technik, Ausdauer und Selbstbeherrschung. Die Trainer achten auf faires Miteinander und sind auch bei Fragen abseits der Matte ansprechbar.",
         "Spielerische Einführung in den Kampfsport mit Fallübungen, Bodenrandori und Regeln für ein faires Miteinander."),
        ("sport",), ("kinder", "jugendliche"),
        ("Mo,Do 17:00-18:30", "Di 16:00-17:00", "Mi,Fr 17:30-19:00"),
        alter=((12, 18), (6, 12), (10, 16)), gebuehr=0.6, kosten_hinweise=("Vereinsbeitrag 12 € im Monat", "Mitgliedsbeitrag 9 € im Monat"), anmeldung=0.3),
    "jugendberatung": Art(
        ("Jugendberatung", "Beratung für junge Menschen", "Krisenberatung für Jugendliche"),
        ("Jugendliche und junge Erwachsene finden hier Rat bei Stress zu Hause, Liebeskummer, Problemen in der Schule oder wenn sie nicht mehr weiterwissen. Auf Wunsch anonym.",
         "Vertrauliche Beratung ohne Eltern, auch online oder am Telefon. In akuten Krisen wird sofort geholfen."),
        ("jugendsozialarbeit", "jugendschutz"), ("jugendliche", "junge-erwachsene"),
        ("Mo,Mi 14:00-18:00", "Di 15:00-19:00", "Do 14:00-18:00"),
        alter=((12, 27), (14, 21)), anmeldung=0.2, region=True, sprachen=0.3),
    "migrationsberatung": Art(
        ("Migrationsberatung für Familien", "Sprechstunde für Neuzugewanderte", "Jugendmigrationsdienst"),
        ("Beratung für Familien, die neu in Musterstadt sind: Aufenthalt, Sprachkurs, Kita- und Schulplatz, Anerkennung von Abschlüssen. Beraten wird in mehreren Sprachen.",
         "Neuzugewanderte junge Menschen und ihre Eltern bekommen Orientierung zu Schule, Ausbildung und Behörden und Begleitung bei den ersten Schritten."),
        ("migration-sprache",), ("gefluechtete", "eltern"),
        ("Di 9:00-12:00", "Mo,Do 9:00-12:00", "Mi 13:00-16:00"),
        hinweise=("Termine auch nach Vereinbarung",), anmeldung=0.4, region=True, sprachen=0.95),
    "schuldnerberatung": Art(
        ("Schuldnerberatung für Familien", "Budgetberatung"),
        ("Wenn Rechnungen sich stapeln: Die Beratung verschafft einen Überblick über Schulden, verhandelt mit Gläubigern und hilft, das Familienbudget zu planen. Kostenfrei und vertraulich.",
         "Offene Sprechstunde zu Haushaltsplanung, Energieschulden und Sozialleistungen für Familien mit Kindern."),
        ("familienbildung",), ("eltern", "alleinerziehende", "junge-erwachsene"),
        ("Di 9:00-12:00", "Do 13:00-16:00"),
        hinweise=("Termine nach Vereinbarung",), anmeldung=0.8, region=True),
    "schwangerschaftsberatung": Art(
        ("Schwangerschaftsberatung", "Beratung für werdende Eltern"),
        ("Beratung rund um Schwangerschaft und Geburt: finanzielle Hilfen, Elterngeld, Mutterschutz und die Frage, wie es weitergeht. Die Beratung ist vertraulich und auf Wunsch anonym.",
         "Werdende Eltern erhalten Informationen zu Anträgen und Stiftungsmitteln und Unterstützung in schwierigen Lebenslagen."),
        ("fruehe-hilfen", "familienbildung"), ("schwangere", "eltern"),
        ("Mo 9:00-12:00", "Mi 14:00-17:00"),
        hinweise=("Termine nach Vereinbarung",), anmeldung=0.8, region=True, sprachen=0.35),
    "alleinerziehende": Art(
        ("Treff für Alleinerziehende", "Alleinerziehenden-Frühstück"),
        ("Alleinerziehende Mütter und Väter treffen sich, tauschen Erfahrungen aus und unterstützen sich gegenseitig. Die Kinder werden währenddessen betreut.",
         "Gesprächsrunde mit wechselnden Themen wie Unterhalt, Zeitmanagement und Entlastung im Alltag; dazu Frühstück und Kinderbetreuung."),
        ("familienbildung", "nachbarschaft"), ("alleinerziehende", "eltern"),
        ("Sa 10:00-12:00", "Mi 16:00-18:00"),
        hinweise=("mit Kinderbetreuung",), anmeldung=0.1),
    "vaeter": Art(
        ("Papa-Kind-Samstag", "Vätertreff"),
        ("Väter verbringen mit ihren Kindern einen Vormittag mit Spielen, Werken und Ausflügen und kommen mit anderen Vätern ins Gespräch.",
         "Ein Treffpunkt für Väter: Austausch über Vatersein, Beruf und Familie, mit Programm für die Kinder."),
        ("familienbildung",), ("eltern", "kinder"),
        ("Sa 10:00-13:00",), hinweise=("jeden ersten Samstag im Monat",), anmeldung=0.2),
    "kinderschutz": Art(
        ("Kinderschutzberatung", "Beratung durch die insoweit erfahrene Fachkraft"),
        ("Fachkräfte aus Kita, Schule und Jugendarbeit werden bei der Einschätzung einer möglichen Kindeswohlgefährdung beraten (§ 8a SGB VIII). Auch Eltern und Kinder können sich vertraulich melden.",
         "Beratung bei Verdacht auf Vernachlässigung, Gewalt oder sexuellen Missbrauch; anonym und kostenfrei."),
        ("jugendschutz", "hze"), ("fachkraefte", "eltern"),
        ("Mo,Mi 9:00-15:00", "Di,Do 10:00-16:00"),
        hinweise=("telefonisch auch außerhalb der Sprechzeiten",), anmeldung=0.5, region=True),
    "suchtpraevention": Art(
        ("Suchtprävention für Jugendliche", "Workshop Medien und Sucht"),
        ("Workshops und Beratung zu Alkohol, Cannabis, Glücksspiel und exzessiver Mediennutzung. Jugendliche und Eltern können sich vertraulich beraten lassen.",
         "Interaktive Workshops für Schulklassen und Jugendgruppen; Buchung durch Lehrkräfte und Fachkräfte."),
        ("jugendschutz", "gesundheit"), ("jugendliche", "eltern", "fachkraefte"),
        ("Di 14:00-17:00", "Do 15:00-18:00"),
        alter=((12, 21),), anmeldung=0.8, region=True),
    "sexualpaedagogik": Art(
        ("Sexualpädagogische Gruppenangebote", "Sprechstunde Liebe, Freundschaft, Sexualität"),
        ("Jugendliche bekommen Antworten auf Fragen zu Körper, Liebe, Verhütung und Beziehungen, in Gruppen oder im Einzelgespräch. Respektvoll, vertraulich und kostenfrei.",
         "Offene Sprechstunde für junge Menschen und Workshops für Schulklassen zu Pubertät, Verhütung und Grenzen."),
        ("jugendschutz", "gesundheit"), ("jugendliche", "junge-erwachsene"),
        ("Mi 15:00-18:00", "Do 14:00-17:00"),
        alter=((12, 21),), anmeldung=0.5, region=True),
    "inklusion": Art(
        ("Beratung Inklusion und Teilhabe", "Inklusive Freizeitgruppe"),
        ("Familien mit Kindern mit Behinderung oder seelischer Beeinträchtigung werden zu Eingliederungshilfe, Schulbegleitung und Freizeitmöglichkeiten beraten.",
         "Kinder mit und ohne Behinderung verbringen gemeinsam ihre Freizeit mit Spiel, Sport und Ausflügen. Assistenz ist vorhanden."),
        ("eingliederungshilfe",), ("behinderung", "eltern", "kinder"),
        ("Di 10:00-13:00", "Sa 10:00-14:00"),
        alter=((None, None), (6, 16)), anmeldung=0.8),
    "rsd_sprechstunde": Art(
        ("Offene Sprechstunde des Regionalen Sozialen Dienstes",),
        ("Eltern, Kinder und Jugendliche können sich ohne Termin an den Regionalen Sozialen Dienst wenden, wenn sie Unterstützung brauchen, zum Beispiel Hilfen zur Erziehung. Gemeinsam wird geklärt, welche Hilfe passt.",),
        ("hze",), ("eltern", "kinder", "jugendliche"),
        ("Di 9:00-12:00; Do 14:00-18:00",), anmeldung=0.0, region=True, sprachen=0.2),
    "selbsthilfe": Art(
        ("Selbsthilfegruppen für Eltern",),
        ("Die Kontaktstelle vermittelt Eltern in passende Selbsthilfegruppen, etwa für Eltern von Kindern mit chronischen Erkrankungen, ADHS oder Autismus, und hilft bei der Gründung neuer Gruppen.",),
        ("familienbildung", "gesundheit"), ("eltern",),
        ("Mo 14:00-17:00; Mi 9:00-12:00",), anmeldung=0.3, region=True),
    "tafel": Art(
        ("Lebensmittelausgabe für Familien", "Tafel-Kinderfrühstück"),
        ("Familien mit geringem Einkommen erhalten einmal pro Woche Lebensmittel gegen einen kleinen Beitrag. Bitte Berechtigungsnachweis und Tasche mitbringen.",
         "Kinder bekommen ein gesundes Frühstück, während die Eltern ihre Lebensmittel abholen."),
        ("nachbarschaft",), ("eltern", "kinder"),
        ("Di,Fr 10:00-13:00", "Mi 12:00-15:00"),
        gebuehr=0.8, kosten_hinweise=("2 € pro Einkauf",), anmeldung=0.6),
    "pfadfinder": Art(
        ("Pfadfindergruppe", "Wölflingsmeute"),
        ("Abenteuer in der Natur, Zeltlager, Lagerfeuer und Gemeinschaft: Die Pfadfindergruppe trifft sich wöchentlich und fährt mehrmals im Jahr auf Fahrt.",
         "Für die Jüngsten gibt es die Wölflinge: spielen, basteln, Knoten lernen und draußen unterwegs sein."),
        ("jugendarbeit", "kultur-freizeit"), ("kinder", "jugendliche"),
        ("Fr 16:30-18:30", "Mi 17:00-19:00"),
        alter=((7, 11), (11, 16)), gebuehr=0.5, kosten_hinweise=("Mitgliedsbeitrag 5 € im Monat",), anmeldung=0.2),
    "spielmobil": Art(
        ("Spielmobil", "Spielplatzaktion"),
        ("Das Spielmobil kommt mit Spielgeräten, Bastelmaterial und Großspielen auf Plätze und Höfe im Stadtteil. Alle Kinder können mitmachen, ohne Anmeldung.",
         "Aktionsnachmittage auf Spielplätzen: Seifenkisten, Riesen-Jenga und Kreideaktionen. Eltern sind eingeladen."),
        ("kultur-freizeit", "jugendarbeit"), ("kinder",),
        ("Di,Do 15:00-18:00", "Mi 14:30-17:30"),
        alter=((4, 12), (6, 12)), hinweise=("von April bis Oktober", "nur bei trockenem Wetter"), anmeldung=0.0),
    "schach": Art(
        ("Schach-AG", "Schachtraining für Kinder"),
        ("Kinder lernen Schach von Grund auf oder verbessern ihr Spiel in Trainingspartien. Einmal im Jahr gibt es ein Stadtturnier.",),
        ("kultur-freizeit", "bildung"), ("kinder", "jugendliche"),
        ("Do 16:00-17:30",), alter=((7, 14),), anmeldung=0.2),
    "zahngesundheit": Art(
        ("Zahnprophylaxe in Kitas und Schulen",),
        ("Das Team besucht Kitas und Grundschulen, zeigt spielerisch das richtige Zähneputzen und untersucht die Zähne. Eltern erhalten eine Rückmeldung und Beratung.",),
        ("gesundheit",), ("kinder", "eltern"),
        ("Mo,Mi 8:00-12:00",), alter=((3, 10),), hinweise=("Termine für Einrichtungen nach Vereinbarung",), anmeldung=1.0),
    "repair": Art(
        ("Repair-Café", "Fahrradwerkstatt für Kinder und Jugendliche"),
        ("Kaputtes Spielzeug, Fahrräder oder Toaster: Gemeinsam mit Ehrenamtlichen wird repariert statt weggeworfen. Kinder und Jugendliche können beim Reparieren mithelfen und lernen dabei viel.",),
        ("nachbarschaft",), ("eltern", "kinder", "jugendliche"),
        ("Sa 10:00-13:00",), hinweise=("jeden zweiten Samstag im Monat",), anmeldung=0.0),
}

# Titles like „Lila Pause“: each name is used once in the whole city.
NAMEN = {
    "maedchentreff": ("Lila Pause", "Girls only", "Mädchenraum", "Wildfang", "Queens", "Schwesternherz", "Starke Mädchen", "Mädchensache"),
    "jungengruppe": ("Jungs-Zeit", "Starke Jungs", "Kerle-Club", "Boys' Corner"),
    "elterncafe": ("Milchzahn", "Plauderecke", "Kinderwagen", "Kaffeeklatsch", "Treffpunkt Familie", "Zeit für uns"),
    "krabbelgruppe": ("Krabbelmäuse", "Zwergentreff", "Kleine Entdecker", "Purzelzwerge", "Wackelzahn"),
    "theater": ("Rampensäue", "Bühnenstürmer", "Vorhang auf", "Kulissenzauber", "Szenenwechsel"),
    "tanz": ("Dance Attack", "Move it", "Tanzfieber", "Beatbox"),
}

# Kinds of offers at a place. Rules by a word in the place's name come first, then by its
# kind: (word or Einrichtung.Art, always, optional, (min, max) count, ages for kinds with ages).
NAMENSREGELN = (
    ("Musik", ("musik",), ("tanz",), (1, 2), None),
    ("Jugendkunstschule", ("kreativwerkstatt",), ("theater", "computerkurs", "ferienprogramm"), (2, 3), None),
    ("Grundschule", ("hausaufgabenhilfe", "schulsozialarbeit"), ("fussball", "theater", "lesepaten", "kreativwerkstatt", "computerkurs", "schach"), (2, 4), GRUNDSCHULE),
    ("Förderzentrum", ("schulsozialarbeit",), ("inklusion", "kreativwerkstatt", "sportgruppe"), (2, 3), (6, 16)),
    ("Berufsbildende", ("schulsozialarbeit", "bewerbungstraining"), ("lernfoerderung",), (2, 3), (15, 25)),
    ("Gymnasium", ("schulsozialarbeit",), ("theater", "computerkurs", "mentoring", "lernfoerderung", "musik"), (2, 3), OBERSTUFE),
    ("schule", ("schulsozialarbeit",), ("bewerbungstraining", "lernfoerderung", "computerkurs", "fussball", "theater", "mentoring"), (2, 4), OBERSTUFE),
    ("Regionaler Sozialer Dienst", ("rsd_sprechstunde",), (), (1, 1), None),
    ("Streetwork", ("streetwork",), ("bewerbungstraining",), (1, 2), None),
    ("Mobile Jugendarbeit", ("streetwork",), ("sportgruppe",), (1, 2), None),
    ("Freiwilligenagentur", ("mentoring",), ("lesepaten",), (1, 2), None),
    ("Migrationsberatung", ("migrationsberatung",), ("deutschkurs_eltern", "familienberatung"), (1, 2), None),
    ("Schuldner", ("schuldnerberatung",), (), (1, 1), None),
    ("Schwangerschaft", ("schwangerschaftsberatung",), ("babymassage",), (1, 2), None),
    ("Jugendberatung", ("jugendberatung",), ("bewerbungstraining",), (1, 2), None),
    ("Jugendnotdienst", ("jugendberatung", "kinderschutz"), (), (2, 2), None),
    ("Jugendgesundheitsdienst", ("hebammensprechstunde", "fruehe_hilfen"), ("zahngesundheit",), (2, 3), None),
    ("Jugendberufsagentur", ("bewerbungstraining",), (), (1, 1), (15, 25)),
    ("Selbsthilfe", ("selbsthilfe",), (), (1, 1), None),
    ("Inklusion", ("inklusion",), ("kindertreff",), (1, 2), None),
    ("Familienplanung", ("sexualpaedagogik", "schwangerschaftsberatung"), (), (2, 2), None),
    ("Kinderschutz", ("kinderschutz",), ("erziehungsberatung",), (1, 2), None),
    ("Sucht", ("suchtpraevention",), (), (1, 1), None),
    ("Familienhilfezentrum", ("familienberatung",), ("erziehungsberatung", "elterncafe", "trennungsberatung"), (2, 3), None),
    ("Erziehungs- und Familienberatung", ("erziehungsberatung",), ("trennungsberatung", "familienberatung", "elterncafe"), (2, 3), None),
    ("VHS", ("deutschkurs_eltern",), ("computerkurs", "lernfoerderung", "elterncafe"), (2, 3), None),
    ("Zirkus", ("zirkus",), ("ferienprogramm",), (1, 2), None),
    ("Theaterwerkstatt", ("theater",), ("tanz", "ferienprogramm"), (2, 3), None),
    ("Medienwerkstatt", ("computerkurs",), ("ferienprogramm", "bewerbungstraining"), (2, 2), None),
    ("Lernwerkstatt", ("lernfoerderung", "hausaufgabenhilfe"), ("deutschkurs_eltern", "computerkurs"), (2, 3), None),
    ("Jugendwerkstatt", ("bewerbungstraining",), ("computerkurs",), (1, 2), (15, 25)),
    ("Jugendberufshilfe", ("bewerbungstraining",), ("lernfoerderung",), (1, 2), (15, 25)),
    ("Tafel", ("tafel",), ("nachbarschaftsfruehstueck",), (1, 2), None),
    ("Hebammen", ("hebammensprechstunde", "babymassage"), ("krabbelgruppe",), (2, 3), None),
    ("Pfadfinder", ("pfadfinder",), ("ferienprogramm",), (1, 2), None),
    ("Kinderkulturhaus", ("kreativwerkstatt", "theater"), ("ferienprogramm", "kindertreff"), (2, 3), None),
    ("Kulturzentrum", ("theater",), ("tanz", "musik", "kreativwerkstatt"), (2, 3), None),
    ("Mädchen", ("maedchentreff",), ("tanz", "hausaufgabenhilfe", "computerkurs", "ferienprogramm"), (3, 4), (10, 18)),
    ("Queer", ("jugendtreff",), ("jugendberatung",), (1, 2), (14, 27)),
    ("Väter", ("vaeter",), ("familienfreizeit", "elterncafe"), (2, 3), None),
    ("Alleinerziehende", ("alleinerziehende",), ("elterncafe", "familienberatung"), (2, 3), None),
    ("Schülerladen", ("hausaufgabenhilfe", "kindertreff"), ("ferienprogramm", "kreativwerkstatt"), (2, 3), (6, 12)),
    ("Schwimmhalle", ("schwimmkurs",), (), (1, 2), None),
    ("Boxhalle", ("kampfsport",), ("sportgruppe",), (1, 2), (10, 18)),
    ("Skatehalle", ("sportgruppe",), ("ferienprogramm",), (1, 2), (8, 18)),
    ("Bootshaus", ("sportgruppe",), ("ferienprogramm",), (1, 2), (10, 18)),
    ("Kinderbauernhof", ("natur",), ("ferienprogramm",), (1, 2), None),
    ("Abenteuerspielplatz", ("natur",), ("ferienprogramm", "kindertreff"), (1, 2), None),
    ("Kinderfarm", ("natur",), ("ferienprogramm",), (1, 2), None),
)
ARTREGELN = {
    "jugendclub": ((), ("jugendtreff", "jugendtreff", "kindertreff", "hausaufgabenhilfe", "maedchentreff", "jungengruppe", "ferienprogramm", "kreativwerkstatt", "computerkurs", "tanz", "fussball", "kochgruppe", "bewerbungstraining", "musik"), (3, 5)),
    "kita": ((), ("krabbelgruppe", "elterncafe", "elterncafe", "deutschkurs_eltern", "kinderturnen", "lesepaten", "familienberatung"), (1, 2)),
    "familienzentrum": ((), ("elterncafe", "krabbelgruppe", "babymassage", "hebammensprechstunde", "deutschkurs_eltern", "familienberatung", "erziehungsberatung", "fruehe_hilfen", "familienfreizeit", "alleinerziehende", "kinderturnen", "nachbarschaftsfruehstueck", "vaeter"), (3, 5)),
    "beratungsstelle": ((), ("erziehungsberatung", "familienberatung", "trennungsberatung"), (1, 2)),
    "stadtteiltreff": ((), ("nachbarschaftsfruehstueck", "elterncafe", "hausaufgabenhilfe", "deutschkurs_eltern", "kindertreff", "kreativwerkstatt", "lesepaten", "familienfreizeit", "repair", "tanz", "kochgruppe", "maedchentreff"), (2, 4)),
    "sportstaette": ((), ("kinderturnen", "fussball", "sportgruppe", "tanz", "kampfsport"), (2, 3)),
    "bibliothek": (("lesepaten",), ("hausaufgabenhilfe", "computerkurs", "ferienprogramm", "deutschkurs_eltern"), (2, 3)),
    "kinderfarm": (("natur",), ("ferienprogramm",), (1, 2)),
    "buero": ((), (), (0, 0)),
    "sonstige": ((), ("kreativwerkstatt", "ferienprogramm", "elterncafe"), (1, 2)),
    "schule": (("schulsozialarbeit",), ("hausaufgabenhilfe",), (1, 2)),
}

# Offers of Träger without places of their own: (kind, title, area: "stadt", "traeger" or "heimat").
OHNE_ORT = {
    "Bürgerstiftung Musterstadt": (("mentoring", "Mentoring-Programm „Zukunftsflügel“", "stadt"),),
    "Stiftung Lesewelt Musterstadt": (("lesepaten", "Vorlesen in Kitas und Grundschulen", "stadt"),),
    "Sparkassenstiftung für Bildung Musterstadt": (("lernfoerderung", "Lernstipendien für Schülerinnen und Schüler", "stadt"),),
    "Initiative Willkommen in Oststadt": (("deutschkurs_eltern", "Sprachcafé für Neuzugewanderte", "heimat"), ("hausaufgabenhilfe", "Hausaufgabenhilfe für geflüchtete Kinder", "heimat")),
    "Elterninitiative Spielplatz Rosenau": (("spielmobil", "Spielplatzfest und Spielnachmittage in Rosenau", "heimat"),),
    "Bürgerinitiative Grüner Winkel": (("natur", "Kindergarten-Beet und Naturnachmittage", "heimat"),),
    "Väterinitiative Papa-Zeit Musterstadt": (("vaeter", "Papa-Zeit: Vater-Kind-Ausflüge", "stadt"), ("vaeter", "Väterfrühstück", "stadt")),
    "Elterninitiative Inklusion Musterstadt": (("inklusion", "Elterntreff Inklusion", "stadt"), ("inklusion", "Inklusive Freizeitgruppe am Wochenende", "stadt")),
    "Initiative Kinderküche Südstadt": (("kochgruppe", "Kinderküche Südstadt", "heimat"),),
    "Mieterinitiative Hochhausring": (("nachbarschaftsfruehstueck", "Hoffest und Nachbarschaftsfrühstück am Hochhausring", "heimat"),),
    "Jugendinitiative Skatepark Weststadt": (("sportgruppe", "Skate-Workshops im Skatepark", "heimat"),),
    "Nachbarschaftshilfe Sonnenberg": (("fruehe_hilfen", "Familienbegleitung durch Nachbarinnen", "heimat"), ("nachbarschaftsfruehstueck", "Nachbarschaftscafé Sonnenberg", "heimat")),
    "Lesepaten Musterstadt": (("lesepaten", "Lesepatenschaften für Grundschulkinder", "stadt"), ("lesepaten", "Mehrsprachiges Vorlesen", "stadt")),
    "Familienpaten Weststadt": (("fruehe_hilfen", "Familienpatenschaften", "traeger"),),
    "Repair-Café Ahornfeld": (("repair", "Repair-Café Ahornfeld", "heimat"),),
    "Leihgroßeltern-Netzwerk Musterstadt": (("fruehe_hilfen", "Leihgroßeltern für Familien", "stadt"),),
    "Nachbarschaftsnetz Mühlenbach": (("nachbarschaftsfruehstueck", "Nachbarschaftsfrühstück Mühlenbach", "heimat"),),
    "Schachclub Springer Musterstadt e.V.": (("schach", "Schachtraining für Kinder und Jugendliche", "traeger"),),
    "Radsportverein Sonnenberg e.V.": (("sportgruppe", "Radsport-Jugendgruppe", "traeger"),),
    "Kinder- und Jugendzahnärztlicher Dienst Musterstadt": (("zahngesundheit", "Zahnprophylaxe in Kitas und Schulen", "stadt"),),
    "Ukrainischer Familienverein Soniashnyk e.V.": (("elterncafe", "Elterntreff „Soniashnyk“", "stadt"), ("hausaufgabenhilfe", "Lernhilfe für ukrainische Schulkinder", "stadt")),
    "Leselust – Verein für Sprach- und Leseförderung e.V.": (("lesepaten", "Leseclub für Grundschulkinder", "traeger"),),
    "Russischsprachiger Elternverein Raduga e.V.": (("elterncafe", "Elterntreff „Raduga“", "stadt"), ("kreativwerkstatt", "Malen und Basteln am Samstag", "stadt")),
    "Afghanischer Kulturverein Musterstadt e.V.": (("migrationsberatung", "Beratung für afghanische Familien", "stadt"),),
    "Polnischer Familienverein Most e.V.": (("elterncafe", "Polnisch-deutscher Elterntreff", "stadt"),),
    "Kurdischer Elternverein Musterstadt e.V.": (("elterncafe", "Kurdischer Elterntreff", "stadt"), ("hausaufgabenhilfe", "Hausaufgabenhilfe des Kurdischen Elternvereins", "heimat")),
    "Spielmobil Musterstadt e.V.": (("spielmobil", "Spielmobil on Tour", "stadt"), ("ferienprogramm", "Ferienspiele mit dem Spielmobil", "stadt")),
    "Förderverein der Grundschule am Stadtpark e.V.": (("hausaufgabenhilfe", "Hausaufgabenhilfe des Fördervereins", "heimat"),),
    "Naturschutzjugend Musterstadt e.V.": (("natur", "Naturschutzjugend-Gruppe", "stadt"),),
    "Lernpaten Musterstadt e.V.": (("mentoring", "Lernpatenschaften", "stadt"),),
    "Stadtteilmütter Musterstadt e.V.": (("fruehe_hilfen", "Stadtteilmütter besuchen Familien", "stadt"), ("elterncafe", "Elterncafé der Stadtteilmütter", "heimat")),
}

# Languages of a Träger's offers, by a word in its name or in the place's name.
SPRACHREGELN = (
    ("Arabisch", ("ar",)), ("Al-Bustan", ("ar",)), ("Türkisch", ("tr",)), ("Köprü", ("tr",)),
    ("Ukrainisch", ("uk", "ru")), ("Russisch", ("ru",)), ("Afghanisch", ("fa", "ps")),
    ("Polnisch", ("pl",)), ("Kurdisch", ("ku", "ar", "tr")), ("Bilinguale", ("en", "ar")),
    ("Islamische", ("ar", "tr")), ("Frauentreff Brücke", ("ar", "fa", "tr")),
    ("Integrationshilfe", ("ar", "fa", "uk", "en")), ("Migrationsberatung", ("ar", "en", "ru")),
)
# Other languages, weighted, for offers spoken in more than German.
SPRACHEN = ("ar", "tr", "ru", "uk", "en", "fa", "pl", "ku", "ro", "bg", "fr", "ti", "sq")
SPRACHGEWICHTE = (25, 20, 14, 14, 14, 8, 6, 5, 4, 3, 3, 2, 2)

# Offers the demo journey relies on (a family in Lindenhof looks for free homework help):
# place name -> [(kind, fixed values)]; always published and free.
FEST = {
    "Familientreff „Al-Bustan“": (("hausaufgabenhilfe", {"alter": (6, 12), "sprachen": ("ar",), "zeiten": "Mo,Mi,Do 14:30-16:30"}),),
    "Stadtteiltreff Lindenhof": (("hausaufgabenhilfe", {"alter": (6, 12), "zeiten": "Mo,Di,Mi,Do 14:00-16:00"}),),
    "Lindenhof-Grundschule": (("hausaufgabenhilfe", {"alter": (6, 10), "zeiten": "Mo,Di,Do 13:30-15:30"}),),
    "Stadtteilbibliothek Lindenhof": (("hausaufgabenhilfe", {"alter": (8, 14), "sprachen": ("tr", "uk"), "zeiten": "Di,Do 15:00-17:00"}),),
    "Mädchenhaus „Lila Villa“": (("maedchentreff", {"titel": "Mädchentreff „Lila Pause“"}),),
}
# fmt: on
