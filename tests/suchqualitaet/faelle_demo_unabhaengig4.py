"""Fourth independent test set for the demo city (Musterstadt).

Written in session 23 as a stand-in for the hidden set of issue #15: by a helper who saw the
published offers and the case format, not the search, its thesaurus or any other case, and
did not run the search.

Written after the session's changes (verbs, the few-hits rule, thesaurus migration 0036)
and run first at their end: 42 of 50 passed, the session's estimate for the hidden set; no
expectation changed; the failures are in bekannt.py.
"""

from .faelle import NIRGENDS, TR, B, T, Z, fall

ALLEIN = T("Alleinerziehend")
BERUF = T("Berufsorientierung") | T("Bewerbungstraining")
EFB = T("Erziehungs- und Familienberatung") | T("Erziehungsberatung")
JUGENDHAUS = (
    T("Jugendfreizeitzentrum")
    | T("Jugendclub")
    | T("Jugendtreff")
    | T("Jugendhaus")
    | T("Jugendkeller")
    | T("Jugendcafé")
)
KAMPFSPORT = T("Selbstverteidigung") | T("Judo") | T("Boxtraining")
KLEINKINDTURNEN = T("Eltern-Kind-Turnen") | T("Kinderturnen") | T("Bewegungsgruppe")
VAETER = (T("Papa") | T("Väter")) & ~T("Mütter und Väter")

UNABHAENGIG_4 = [
    # --- Problem: the Fachkraft describes the family's situation in her own words ---
    fall(
        "Familie hat Schulden",
        top3=B("Überblick über Schulden"),
        warum="Schulden: die Schuldner- und Budgetberatungen gehören nach oben.",
        thema="Problem",
    ),
    fall(
        "Verdacht auf Kindeswohlgefährdung",
        top3=T("Kinderschutzberatung"),
        warum="Kinderschutzfall: beide Kinderschutzberatungen (Verdacht, Kindeswohlgefährdung).",
        thema="Problem",
    ),
    fall(
        "Jugendlicher ohne Ausbildungsplatz",
        top3=BERUF,
        warum="Berufsorientierung und Bewerbungstraining helfen bei der Ausbildungssuche.",
        thema="Problem",
    ),
    fall(
        "Kind hat Autismus",
        top3="Selbsthilfegruppen für Eltern in der Selbsthilfe-Kontaktstelle Musterstadt",
        warum="Nur die Selbsthilfe-Kontaktstelle nennt Autismus ausdrücklich.",
        thema="Problem",
    ),
    fall(
        "Jugendlicher in einer Krise",
        top3=B("akuten Krisen"),
        warum="Krisen- und Jugendberatungen helfen in akuten Krisen sofort.",
        thema="Problem",
    ),
    # --- Alltagswort: everyday words instead of offer titles ---
    fall(
        "Schwimmkurs",
        top3="Seepferdchen-Kurs in der Schwimmhalle Mühlenbach",
        nicht=T("Seepferdchen") & ~T("Seepferdchen-Kurs"),
        warum="Schwimmenlernen ist der Seepferdchen-Kurs; Kitas namens Seepferdchen sind keiner.",
        thema="Alltagswort",
    ),
    fall(
        "Jonglieren",
        top3="Kinderzirkus im Zirkuszelt Manegentraum",
        warum="Jonglieren lernt man im Kinderzirkus.",
        thema="Alltagswort",
    ),
    fall(
        "programmieren lernen",
        top3=T("Coding") | B("programmieren") | B("Programme schreiben"),
        warum="Programmieren: Coding-Club und Computerkurse mit Programmieren.",
        thema="Alltagswort",
    ),
    fall(
        "Billard spielen",
        top3=B("Billard"),
        warum="Billard steht nur bei den offenen Jugendtreffs mit Billard und Kicker.",
        thema="Alltagswort",
    ),
    # --- Synonym: the field term for what the offer calls differently ---
    fall(
        "Streetwork",
        top3=T("Mobile Jugendarbeit"),
        warum="Streetwork ist Mobile (aufsuchende) Jugendarbeit.",
        thema="Synonym",
    ),
    fall(
        "Flüchtlinge",
        top3=Z("Geflüchtete und Neuzugewanderte"),
        warum="Flüchtlinge sind die Zielgruppe Geflüchtete und Neuzugewanderte.",
        thema="Synonym",
    ),
    fall(
        "Jugendzentrum",
        top3=JUGENDHAUS,
        warum="Jugendzentrum meint Jugendfreizeitzentren, Jugendclubs, -treffs und -häuser.",
        thema="Synonym",
    ),
    fall(
        "Kampfsport",
        top3=KAMPFSPORT,
        warum="Kampfsport: Selbstverteidigung, Judo, Boxtraining.",
        thema="Synonym",
    ),
    fall(
        "Mittagessen",
        top3=T("Mittagstisch"),
        warum="Ein warmes Mittagessen gibt es beim offenen Mittagstisch.",
        thema="Synonym",
    ),
    # --- Abkürzung: abbreviations common in youth welfare ---
    fall(
        "RSD",
        top3=T("Regionalen Sozialen Dienst"),
        warum="RSD = Regionaler Sozialer Dienst, dessen offene Sprechstunden.",
        thema="Abkürzung",
    ),
    fall(
        "EFB",
        top3=EFB,
        warum="EFB = Erziehungs- und Familienberatung(sstelle).",
        thema="Abkürzung",
    ),
    fall(
        "MGH",
        top3=T("Mehrgenerationenhaus"),
        warum="MGH = Mehrgenerationenhaus.",
        thema="Abkürzung",
    ),
    fall(
        "JMD",
        top3=T("Jugendmigrationsdienst"),
        warum="JMD = Jugendmigrationsdienst.",
        thema="Abkürzung",
    ),
    fall(
        "BuT",
        top3=B("Bildung und Teilhabe"),
        nicht=T("Al-Bustan"),
        warum="BuT = Bildung und Teilhabe (Nachhilfe-Kosten); „Al-Bustan“ enthält nur die Buchstaben.",
        thema="Abkürzung",
    ),
    # --- Kompositum: compounds the offers split or build differently ---
    fall(
        "Kitaplatz",
        top3=B("Kita-Platz") | B("Kita- und Schulplatz"),
        warum="Hilfe bei der Suche nach einem Kita-Platz: Familiensprechstunden, Migrationsberatung.",
        thema="Kompositum",
    ),
    fall(
        "Zahngesundheit",
        top3="Zahnprophylaxe in Kitas und Schulen",
        warum="Zahngesundheit ist die Zahnprophylaxe.",
        thema="Kompositum",
    ),
    fall(
        "Mediensucht",
        top3="Workshop Medien und Sucht in der Fachstelle für Suchtprävention Klarsicht",
        warum="Mediensucht = Medien und Sucht.",
        thema="Kompositum",
    ),
    fall(
        "Ferienbetreuung",
        top3=T("Ferien"),
        warum="Betreuung in den Ferien: Ferienprogramme, Ferienspaß, Ferienspiele.",
        thema="Kompositum",
    ),
    fall(
        "Schwangerschaftskonfliktberatung",
        top3=T("Schwangerschaftsberatung"),
        warum="Die Schwangerschaftsberatungsstellen sind die Anlaufstelle.",
        thema="Kompositum",
    ),
    fall(
        "Stillberatung",
        top3=T("Hebammensprechstunde"),
        gefunden=B("Stillen"),
        warum="Beim Stillen helfen die Hebammensprechstunden, die offenen nennen Stillen.",
        thema="Kompositum",
    ),
    # --- Beugung: inflected and plural forms ---
    fall(
        "alleinerziehende Mütter",
        top3=ALLEIN,
        warum="Treffs und Frühstück für Alleinerziehende.",
        thema="Beugung",
    ),
    fall(
        "Neugeborenes",
        top3=T("Neugeborene"),
        warum="Willkommensbesuche für Neugeborene.",
        thema="Beugung",
    ),
    fall(
        "Dolmetscher",
        top3=B("Dolmetschende"),
        warum="Die Erziehungs- und Familienberatung zieht Dolmetschende hinzu.",
        thema="Beugung",
    ),
    fall(
        "sexueller Missbrauch",
        top3="Kinderschutzberatung beim Kinder- und Jugendnotdienst",
        warum="Beratung bei Verdacht auf sexuellen Missbrauch.",
        thema="Beugung",
    ),
    fall(
        "Schulbegleiter",
        top3="Elterntreff Inklusion",
        warum="Zu Schulbegleitung berät der Elterntreff Inklusion.",
        thema="Beugung",
    ),
    # --- Tippfehler: typos and spelling variants ---
    fall(
        "Fussball",
        top3=T("Fußball"),
        warum="ss statt ß: Fußball-AGs und Fußballtraining.",
        thema="Tippfehler",
    ),
    fall(
        "Babymasage",
        top3=T("Babymassage"),
        warum="Vertipper für Babymassage.",
        thema="Tippfehler",
    ),
    fall(
        "Hausaufgabenhlife",
        top3=T("Hausaufgabenhilfe"),
        warum="Buchstabendreher in Hausaufgabenhilfe.",
        thema="Tippfehler",
    ),
    fall(
        "Trenungsberatung",
        top3=T("Trennung"),
        warum="Vertipper für Trennungsberatung.",
        thema="Tippfehler",
    ),
    # --- Mehrwort: two to four words ---
    fall(
        "Mobbing in der Schule",
        top3=T("Schulsozialarbeit"),
        gefunden=B("Streit, Mobbing"),
        warum="Bei Mobbing an der Schule hilft die Schulsozialarbeit; ihre Sprechstunden nennen Mobbing.",
        thema="Mehrwort",
    ),
    fall(
        "Nachhilfe Mathe",
        top3=B("Mathe"),
        warum="Lernhilfe, die Mathe oder Mathematik ausdrücklich nennt.",
        thema="Mehrwort",
    ),
    fall(
        "Anerkennung ausländischer Abschlüsse",
        top3=B("Anerkennung von Abschlüssen"),
        warum="Die Migrationsberatungen helfen bei der Anerkennung von Abschlüssen.",
        thema="Mehrwort",
    ),
    fall(
        "Turnen für Kleinkinder",
        top3=KLEINKINDTURNEN,
        warum="Eltern-Kind-Turnen, Kinderturnen und Bewegungsgruppen für die Kleinen.",
        thema="Mehrwort",
    ),
    fall(
        "Hausbesuche nach der Geburt",
        top3=T("Besuch"),
        warum="Besuchsdienste der Frühen Hilfen und Willkommensbesuche kommen nach Hause.",
        thema="Mehrwort",
    ),
    # --- Zielgruppe ---
    fall(
        "Angebote für Väter",
        top3=VAETER,
        warum="Papa-Kind-Samstag, Vätertreffs und Väterfrühstück.",
        thema="Zielgruppe",
    ),
    fall(
        "Kinder mit Behinderung",
        top3=Z("Menschen mit Behinderung") | T("Inklusi"),
        gefunden=Z("Menschen mit Behinderung"),
        warum="Inklusive Angebote; alle für Menschen mit Behinderung nennen Behinderung.",
        thema="Zielgruppe",
    ),
    fall(
        "queere Jugendliche",
        top3=T("Queer"),
        warum="Der queere Jugendtreff mit offenem Treff und Beratung.",
        thema="Zielgruppe",
    ),
    # --- Leer: nothing of the kind in Musterstadt ---
    fall(
        "Pflegefamilie",
        leer=True,
        warum="Kein Pflegekinderdienst im Bestand.",
        thema="Leer",
    ),
    fall(
        "Tagesmutter",
        leer=True,
        warum="Keine Kindertagespflege im Bestand; Mütter-Angebote sind keine Tagesmutter.",
        thema="Leer",
    ),
    fall(
        "Trauerbegleitung",
        leer=True,
        warum="Keine Trauerbegleitung im Bestand; Familienbegleitung ist etwas anderes.",
        thema="Leer",
    ),
    fall(
        "Reittherapie",
        leer=True,
        warum="Weder Reiten noch Therapie im Bestand („bereitet“ ist kein Reiten).",
        thema="Leer",
    ),
    fall(
        "Essstörung",
        leer=True,
        warum="Keine Beratung zu Essstörungen; „Essen“ in der Krabbelgruppe ist keine.",
        thema="Leer",
    ),
    # --- Infix: the word hides inside unrelated words ---
    fall(
        "Boxen",
        top3="Boxtraining in der Turnhalle Amselweg",
        nicht=T("Beatbox"),
        warum="Boxtraining ja, die Kindertanzgruppe „Beatbox“ nicht.",
        thema="Infix",
    ),
    fall(
        "Radfahren",
        top3="Radsport-Jugendgruppe",
        gefunden=T("Fahrradwerkstatt"),
        nicht=TR("Raduga"),
        warum="Radsport und Fahrradwerkstätten; der Elternverein „Raduga“ hat nichts mit dem Rad zu tun.",
        thema="Infix",
    ),
    fall(
        "Kinderchor",
        nicht=B("Choreografien") & NIRGENDS(r"\bchor\b|gesang|singen|lieder"),
        warum="Kein Chor im Bestand; Tanzgruppen mit „Choreografien“ sind kein Chor.",
        thema="Infix",
    ),
]
