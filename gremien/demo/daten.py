"""Data tables of the demo Gremien in Musterstadt: committees, people, rhythms and minutes.

Only data lives here; :mod:`gremien.demo.gremien` plans and loads the meetings from it. Everything is
fictional and professional: the minutes talk about offers, areas and procedures, never about
children, families or cases. Texts are Markdown with ``{placeholders}`` that the plan fills in
(see ``gremien.demo.gremien._werte``): gremium, gebiet_lang ("Sozialraum Lindenhof"), koordination,
moderation, traeger, traeger2, traeger3 (member Träger), einrichtung, projekt, projekt2,
kleinprojekt, betrag, budget, jahr, folgejahr, monat, datum_vorher, naechste, bald, termine.
"""

import datetime
from dataclasses import dataclass

from traeger.models import Einrichtung, Traeger

from ..models import Gremium, Mitgliedschaft

D = datetime.date
G = Gremium.Art
S = Gremium.Sichtbarkeit
R = Mitgliedschaft.Rolle
TA = Traeger.Art
EA = Einrichtung.Art

AG, ST, SRT, LG, FG, KO = (
    G.AG78,
    G.STADTTEILTISCH,
    G.SOZIALRAUMTEAM,
    G.LENKUNGSGRUPPE,
    G.FOKUSGRUPPE,
    G.KONFERENZ,
)

MONATE = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip

# Public holidays in Sachsen-Anhalt (Musterstadt dials 0391): a meeting on one moves a week.
FEIERTAGE = {
    D(2025, 10, 31), D(2025, 12, 25), D(2025, 12, 26), D(2026, 1, 1), D(2026, 1, 6),
    D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 1), D(2026, 5, 14), D(2026, 5, 25),
    D(2026, 10, 3), D(2026, 10, 31), D(2027, 1, 1), D(2027, 1, 6), D(2027, 3, 26),
    D(2027, 3, 29), D(2027, 5, 1), D(2027, 5, 6), D(2027, 5, 17),
}  # fmt: skip


# --- rhythms -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Monatlich:
    """The n-th (1–4, -1 = last) weekday (0 = Monday) of each month, except ``pause`` months."""

    wochentag: int
    nte: int
    pause: tuple[int, ...] = ()


@dataclass(frozen=True)
class AlleWochen:
    """Every ``wochen`` weeks from ``anker`` (a date on the right weekday)."""

    anker: datetime.date
    wochen: int


@dataclass(frozen=True)
class Termine:
    """Fixed dates (a conference once or twice a year)."""

    daten: tuple[datetime.date, ...]


# --- people --------------------------------------------------------------------------------

# Demo logins of sozialraum/demo/stadt.py: the organisation they work for.
DEMO_TRAEGER = {
    "admin": "Jugendamt Musterstadt",
    "koordination": "Jugendamt Musterstadt",
    "gremium": "Jugendamt Musterstadt",
    "fachkraft": "Jugendamt Musterstadt",
    "redaktion": None,
}

# Further demo persons, only as members of Gremien: no password, role Fachkraft.
# (username, first name, last name, function, Träger)
# fmt: off
PERSONEN = [
    ("heike.brandt", "Heike", "Brandt", "Regionalkoordination Ost", "Jugendamt Musterstadt"),
    ("tobias.engel", "Tobias", "Engel", "Regionalkoordination Süd", "Jugendamt Musterstadt"),
    ("miriam.wendt", "Miriam", "Wendt", "Regionalkoordination West", "Jugendamt Musterstadt"),
    ("claudia.hoffmann", "Claudia", "Hoffmann", "Teamleitung Regionaler Sozialer Dienst Nord", "Jugendamt Musterstadt"),
    ("petra.lorenz", "Petra", "Lorenz", "Sachgebiet Haushalt und Förderung", "Jugendamt Musterstadt"),
    ("lena.schaefer", "Lena", "Schäfer", "Bereichsleitung Kinder, Jugend und Familie", "Diakonie Musterstadt"),
    ("nina.vogel", "Nina", "Vogel", "Koordination Familienzentren", "Diakonie Musterstadt"),
    ("daniel.nowak", "Daniel", "Nowak", "Leitung Jugendfreizeitzentrum", "Jugendhilfe Musterstadt gGmbH"),
    ("anja.becker", "Anja", "Becker", "Leitung Familienzentrum Lindenhof", "Caritasverband Musterstadt e.V."),
    ("katrin.wagner", "Katrin", "Wagner", "Schulleitung", "Lindenhof-Grundschule"),
    ("mahmoud.said", "Mahmoud", "Said", "Vorstand", "Deutsch-Arabischer Familienverein Musterstadt e.V."),
    ("uwe.krause", "Uwe", "Krause", "Ehrenamtlicher Vorsitzender", "Nachbarschaftshilfe Lindenhof e.V."),
    ("frank.hartmann", "Frank", "Hartmann", "Leseförderung und Bibliothekspädagogik", "Stadtbibliothek Musterstadt"),
    ("jonas.petersen", "Jonas", "Petersen", "Stadtteilkoordination", "Stadtteilverein Eichengrund e.V."),
    ("selin.yilmaz", "Selin", "Yılmaz", "Quartiersarbeit", "Stadtteilverein Mühlenbach e.V."),
]
# fmt: on


# --- the Gremien ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GremiumSpec:
    """One Gremium: where, how often, who.

    ``personen``: (username, role, username represented or "", member since or None).
    Member Träger are the demo Träger with an Einrichtung in the area whose kind is in
    ``traeger_arten`` (all if empty), at most ``max_traeger``, those of ``immer`` first.
    ``orte``: Einrichtungen by name, the first is the usual place (``reihum``: places rotate
    among the members' Einrichtungen of kinds ``ort_arten``).
    """

    name: str
    art: str
    gebiet: str  # key of a Regionalraum ("01") or Sozialraum ("0103")
    sichtbarkeit: str
    rhythmus: str
    regel: Monatlich | AlleWochen | Termine
    beginn: datetime.time
    ende: datetime.time
    seit: datetime.date
    beschreibung: str
    personen: tuple[tuple[str, str, str, datetime.date | None], ...] = ()
    traeger_arten: tuple[str, ...] = ()
    immer: tuple[str, ...] = (TA.JUGENDAMT, TA.WOHLFAHRTSVERBAND)
    max_traeger: int = 14
    gast_traeger: tuple[str, ...] = ()
    orte: tuple[str, ...] = ()
    ort_text: str = ""
    reihum: bool = False
    ort_arten: tuple[str, ...] = (EA.FAMILIENZENTRUM, EA.STADTTEILTREFF, EA.JUGENDCLUB, EA.BUERO)
    video: float = 0.0  # share of meetings held online
    gaeste: tuple[tuple[str, str], ...] = ()  # (name, Träger name or "") who drop in
    gast_quote: float = 0.2
    geplant: int = 2  # planned meetings after the reference date
    abgesagt: tuple[tuple[int, int], ...] = ()  # (year, month) of a cancelled meeting
    neu_dazu: int = 1  # member Träger that joined during the year
    ausgeschieden: int = 0  # member Träger that left during the year


FREIE_JUGENDHILFE = (
    TA.JUGENDAMT, TA.WOHLFAHRTSVERBAND, TA.GGMBH, TA.KIRCHE, TA.VEREIN, TA.KITA_TRAEGER,
    TA.STIFTUNG, TA.INITIATIVE,
)  # fmt: skip

POLIZEI = ("Polizeihauptkommissar Lemke (Polizeirevier Nord, Kontaktbereichsdienst)", "")
GESUNDHEITSAMT = (
    "Dr. Simone Albers (Gesundheitsamt, Kinder- und Jugendgesundheitsdienst)",
    "Gesundheitsamt Musterstadt",
)
JOBCENTER = ("Markus Riedel (Jobcenter, Team U25)", "Jobcenter Musterstadt")

# fmt: off
GREMIEN: tuple[GremiumSpec, ...] = (
    GremiumSpec(
        "AG 78 Nord", AG, "01", S.MITGLIEDER,
        "jeden ersten Dienstag im Monat, 14–16 Uhr (nicht im August); reihum bei den Mitgliedern",
        Monatlich(1, 1, pause=(8,)), datetime.time(14), datetime.time(16), D(2019, 3, 1),
        "Arbeitsgemeinschaft nach § 78 SGB VIII für den Regionalraum Nord. Jugendamt und freie Träger stimmen ihre Angebote ab, beraten über Bedarfe und bereiten Empfehlungen für die Lenkungsgruppe und den Jugendhilfeausschuss vor.",
        personen=(
            ("gremium", R.KOORDINATION, "", None),
            ("daniel.nowak", R.MODERATION, "", None),
            ("koordination", R.MITGLIED, "", None),
            ("fachkraft", R.MITGLIED, "", D(2024, 9, 1)),
            ("lena.schaefer", R.MITGLIED, "", None),
            ("nina.vogel", R.VERTRETUNG, "lena.schaefer", D(2025, 2, 1)),
            ("anja.becker", R.MITGLIED, "", None),
        ),
        traeger_arten=FREIE_JUGENDHILFE, max_traeger=14, gast_traeger=("Jobcenter Musterstadt",),
        reihum=True, video=0.1, gaeste=(GESUNDHEITSAMT, JOBCENTER), geplant=3,
    ),
    GremiumSpec(
        "AG 78 Ost", AG, "02", S.MITGLIEDER,
        "jeden zweiten Mittwoch im Monat, 9–11:30 Uhr (nicht in den Sommerferien)",
        Monatlich(2, 2, pause=(7, 8)), datetime.time(9), datetime.time(11, 30), D(2018, 1, 1),
        "Arbeitsgemeinschaft nach § 78 SGB VIII für den Regionalraum Ost mit den Sozialräumen Oststadt, Bahnhofsviertel, Eichengrund, Sonnenberg und Rosenau.",
        personen=(("heike.brandt", R.KOORDINATION, "", None),),
        traeger_arten=FREIE_JUGENDHILFE, max_traeger=13, reihum=True, video=0.15,
        gaeste=(JOBCENTER,), abgesagt=((2026, 6),),
    ),
    GremiumSpec(
        "AG 78 Süd", AG, "03", S.FACHKRAEFTE,
        "jeden dritten Donnerstag im Monat, 13:30–15:30 Uhr (nicht im August)",
        Monatlich(3, 3, pause=(8,)), datetime.time(13, 30), datetime.time(15, 30), D(2019, 9, 1),
        "Arbeitsgemeinschaft nach § 78 SGB VIII für den Regionalraum Süd. Die Protokolle sind für alle Fachkräfte im Register lesbar.",
        personen=(("tobias.engel", R.KOORDINATION, "", None),),
        traeger_arten=FREIE_JUGENDHILFE, max_traeger=12, reihum=True, video=0.1,
        gaeste=(GESUNDHEITSAMT,), ausgeschieden=1,
    ),
    GremiumSpec(
        "AG 78 West", AG, "04", S.MITGLIEDER,
        "jeden letzten Dienstag im Monat, 9–11 Uhr (nicht im August und Dezember)",
        Monatlich(1, -1, pause=(8, 12)), datetime.time(9), datetime.time(11), D(2020, 1, 1),
        "Arbeitsgemeinschaft nach § 78 SGB VIII für den Regionalraum West.",
        personen=(("miriam.wendt", R.KOORDINATION, "", None),),
        traeger_arten=FREIE_JUGENDHILFE, max_traeger=12, reihum=True, video=0.2, geplant=1,
    ),
    GremiumSpec(
        "Stadtteiltisch Lindenhof", ST, "0103", S.FACHKRAEFTE,
        "jeden zweiten Montag im Monat, 17–19 Uhr (nicht in den Sommerferien), im Stadtteiltreff Lindenhof",
        Monatlich(0, 2, pause=(7, 8)), datetime.time(17), datetime.time(19), D(2021, 5, 1),
        "Runder Tisch für alle, die in Lindenhof arbeiten und leben: Einrichtungen, Schulen, Kirchengemeinde, Vereine, Nachbarschaftshilfe, Wohnungsgenossenschaft und Polizei. Hier werden Stadtteilfest, Verfügungsfonds und Anliegen aus der Nachbarschaft besprochen.",
        personen=(
            ("gremium", R.KOORDINATION, "", None),
            ("anja.becker", R.MODERATION, "", None),
            ("fachkraft", R.MITGLIED, "", D(2025, 1, 1)),
            ("katrin.wagner", R.MITGLIED, "", None),
            ("mahmoud.said", R.MITGLIED, "", None),
            ("uwe.krause", R.MITGLIED, "", None),
            ("redaktion", R.GAST, "", D(2026, 2, 1)),
        ),
        orte=("Stadtteiltreff Lindenhof", "Gemeindehaus an der Lukaskirche"),
        gaeste=(
            POLIZEI,
            ("Ilona Kaiser (Wohnungsgenossenschaft Lindenhof eG)", ""),
            ("Gerd Mahler (Mieterbeirat Lindenhof)", ""),
        ),
        gast_quote=0.45, max_traeger=16,
    ),
    GremiumSpec(
        "Stadtteiltisch Eichengrund", ST, "0203", S.FACHKRAEFTE,
        "jeden letzten Donnerstag im Monat, 18–20 Uhr (nicht im Juli, August und Dezember)",
        Monatlich(3, -1, pause=(7, 8, 12)), datetime.time(18), datetime.time(20), D(2022, 3, 1),
        "Offener Stadtteiltisch für Eichengrund: Bewohnerinnen und Bewohner, Vereine und Einrichtungen gestalten ihren Stadtteil.",
        personen=(("jonas.petersen", R.KOORDINATION, "", None),),
        orte=("Stadtteilladen Feldstraße", "Mehrgenerationenhaus Eichengrund"),
        gaeste=(("Polizeioberkommissarin Brehm (Polizeirevier Ost)", ""), ("Bewohnerin aus der Feldstraße", "")),
        gast_quote=0.4, max_traeger=14,
    ),
    GremiumSpec(
        "Stadtteiltisch Mühlenbach", ST, "0302", S.MITGLIEDER,
        "jeden ersten Mittwoch im Monat, 16:30–18:30 Uhr (nicht im Januar und August)",
        Monatlich(2, 1, pause=(1, 8)), datetime.time(16, 30), datetime.time(18, 30), D(2023, 2, 1),
        "Stadtteiltisch für Mühlenbach mit Einrichtungen, Kitas, Schule, Kirchengemeinde, Sportverein und Aktiven aus der Nachbarschaft.",
        personen=(("selin.yilmaz", R.KOORDINATION, "", None),),
        orte=("Stadtteilladen Kirchplatz", "Diakonie-Familienzentrum Mühlenbach"),
        gaeste=(("Herr Yüksel (Elternvertretung Mühlenbach-Grundschule)", ""),),
        gast_quote=0.3, geplant=1, max_traeger=14,
    ),
    GremiumSpec(
        "Sozialraumteam Altstadt-Nord", SRT, "0101", S.MITGLIEDER,
        "jeden zweiten Donnerstag im Monat, 9–10:30 Uhr, im Regionalen Sozialen Dienst Nord",
        Monatlich(3, 2, pause=(8,)), datetime.time(9), datetime.time(10, 30), D(2020, 6, 1),
        "Fachkräfte des Regionalen Sozialen Dienstes und der freien Träger in Altstadt-Nord beraten fallübergreifend, bereiten neue Maßnahmen vor und lernen die Ressourcen im Sozialraum kennen. Fallberatungen erfolgen anonymisiert und werden nicht protokolliert.",
        personen=(
            ("claudia.hoffmann", R.KOORDINATION, "", None),
            ("lena.schaefer", R.MITGLIED, "", None),
            ("daniel.nowak", R.MITGLIED, "", None),
        ),
        traeger_arten=(TA.WOHLFAHRTSVERBAND, TA.GGMBH, TA.VEREIN, TA.KIRCHE),
        immer=(), max_traeger=6, orte=("Regionaler Sozialer Dienst Nord",), ort_text="Teamraum, 2. OG",
        video=0.1,
    ),
    GremiumSpec(
        "Lenkungsgruppe Nord", LG, "01", S.MITGLIEDER,
        "alle sechs Wochen dienstags, 9–11 Uhr, im Regionalen Sozialen Dienst Nord",
        AlleWochen(D(2025, 11, 4), 6), datetime.time(9), datetime.time(11), D(2018, 1, 1),
        "Lenkungsgruppe der Sozialräumlichen Angebotsentwicklung im Regionalraum Nord: Jugendamtsleitung, Regionalkoordination, Jugendhilfeplanung, Haushalt und Sprecherinnen der freien Träger entscheiden über neue Maßnahmen und das Budget des Regionalraums.",
        personen=(
            ("koordination", R.KOORDINATION, "", None),
            ("admin", R.MITGLIED, "", None),
            ("petra.lorenz", R.MITGLIED, "", None),
            ("claudia.hoffmann", R.MITGLIED, "", None),
            ("lena.schaefer", R.MITGLIED, "", None),
            ("katrin.wagner", R.MITGLIED, "", D(2025, 9, 1)),
        ),
        traeger_arten=(TA.WOHLFAHRTSVERBAND,), immer=(), max_traeger=2,
        orte=("Regionaler Sozialer Dienst Nord",), ort_text="Besprechungsraum 2.14", video=0.15,
        neu_dazu=0,
    ),
    GremiumSpec(
        "Fokusgruppe Bildung Nord", FG, "01", S.FACHKRAEFTE,
        "jeden dritten Mittwoch im Monat, 15–16:30 Uhr (nicht in den Sommerferien)",
        Monatlich(2, 3, pause=(7, 8)), datetime.time(15), datetime.time(16, 30), D(2022, 9, 1),
        "Fokusgruppe Bildung für den Regionalraum Nord: Schulen, Kitas, Bibliothek, Volkshochschule und Familienbildung. Sie entsendet eine Delegierte in die Lenkungsgruppe.",
        personen=(
            ("gremium", R.KOORDINATION, "", None),
            ("katrin.wagner", R.MODERATION, "", None),
            ("frank.hartmann", R.MITGLIED, "", None),
        ),
        traeger_arten=(TA.SCHULE, TA.BEHOERDE, TA.KITA_TRAEGER), immer=(TA.BEHOERDE,),
        max_traeger=10, reihum=True, ort_arten=(EA.SCHULE, EA.BIBLIOTHEK, EA.KITA, EA.FAMILIENZENTRUM),
    ),
    GremiumSpec(
        "Sozialraumkonferenz Nord", KO, "01", S.OEFFENTLICH,
        "zweimal im Jahr (Frühjahr und Herbst), mittwochs 9–15 Uhr",
        Termine((D(2023, 4, 19), D(2023, 10, 18), D(2024, 4, 17), D(2024, 10, 16), D(2025, 4, 9),
                 D(2025, 10, 15), D(2026, 4, 22), D(2026, 10, 14), D(2027, 4, 21))),
        datetime.time(9), datetime.time(15), D(2023, 1, 1),
        "Alle, die im Regionalraum Nord mit Kindern, Jugendlichen und Familien arbeiten, ziehen zweimal im Jahr Bilanz und verabreden Ziele für das nächste Halbjahr. Die Ergebnisse sind öffentlich.",
        personen=(("koordination", R.KOORDINATION, "", None), ("gremium", R.MODERATION, "", None)),
        immer=(TA.JUGENDAMT,), max_traeger=36, orte=("Gemeindehaus St. Marien",), ort_text="großer Saal",
        geplant=1, neu_dazu=0,
    ),
)
# fmt: on


# --- invitations ---------------------------------------------------------------------------

EINLADUNG = (
    "Liebe Kolleginnen und Kollegen,\n\n"
    "hiermit lade ich herzlich zur Sitzung am {datum} um {beginn} Uhr ein. Ort: {ort}.\n\n"
    "Die Tagesordnung steht im Register. Wer verhindert ist, meldet sich bitte bis {frist} ab "
    "und nennt, wenn möglich, eine Vertretung.\n\n"
    "Viele Grüße\n{koordination}"
)
EINLADUNG_STADTTEIL = (
    "Liebe Aktive im Stadtteil,\n\n"
    "der {gremium} trifft sich am {datum} um {beginn} Uhr. Ort: {ort}. "
    "Gäste aus der Nachbarschaft sind herzlich willkommen.\n\n"
    "Themenwünsche bitte bis {frist} an mich.\n\nViele Grüße\n{koordination}"
)
EINLADUNG_KONFERENZ = (
    "Liebe Kolleginnen und Kollegen, liebe Engagierte im Regionalraum Nord,\n\n"
    "herzlich willkommen zur {titel} am {datum} von {beginn} bis {ende} Uhr. Ort: {ort}.\n\n"
    "Bitte meldet euch bis {frist} an, damit wir die Arbeitsgruppen und das Mittagessen planen "
    "können.\n\nViele Grüße\n{koordination}"
)
ABSAGE = (
    "Die Sitzung am {datum} muss leider entfallen, weil die Koordination erkrankt ist und "
    "mehrere Träger wegen der Ferienplanung abgesagt haben. Die Themen werden in der nächsten "
    "Sitzung am {naechste} behandelt.\n\nViele Grüße\n{koordination}"
)
VIDEO = "Videokonferenz (der Zugangslink steht in der Einladung)"
RAEUME = ("", "", "Gruppenraum im Erdgeschoss", "Seminarraum, 1. OG", "Café-Bereich")


# --- the minutes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Unterpunkt:
    titel: str
    texte: tuple[str, ...]
    dauer: int = 10


@dataclass(frozen=True)
class Thema:
    """An agenda item with its minutes, decision and tasks.

    ``aufgaben``: (what, who) with who one of "koordination", "jugendamt", "traeger" (the
    Träger named as {traeger} in the text) or "person" (a member present).
    """

    titel: str
    texte: tuple[str, ...]
    dauer: int = 20
    arten: tuple[str, ...] = (AG,)
    monate: tuple[int, ...] = ()  # fits only in these months
    unterpunkte: tuple[Unterpunkt, ...] = ()
    beschluss: str = ""
    abstimmung: bool = False
    aufgaben: tuple[tuple[str, str], ...] = ()


EROEFFNUNG = Thema(
    "Begrüßung und Protokollkontrolle",
    (
        "{koordination} begrüßt die Anwesenden und stellt fest, dass fristgerecht eingeladen wurde. Das Protokoll der Sitzung vom {datum_vorher} wird ohne Änderungen genehmigt. Die Tagesordnung wird angenommen.",
        "{koordination} begrüßt die Runde. Zum Protokoll vom {datum_vorher} gibt es eine Ergänzung: Unter „Verschiedenes“ wird der Hinweis auf die Fortbildung zur Gesprächsführung nachgetragen. Mit dieser Ergänzung ist das Protokoll genehmigt.\n\nDie offenen Aufgaben aus der letzten Sitzung werden durchgesehen; der Stand ist in der Aufgabenliste vermerkt.",
        "Kurze Vorstellungsrunde, da zwei neue Kolleginnen dabei sind. Das Protokoll vom {datum_vorher} ist genehmigt. Die Tagesordnung wird um einen Punkt unter „Verschiedenes“ ergänzt.",
        "{koordination} begrüßt alle. Das Protokoll vom {datum_vorher} wird genehmigt.\n\nBitte Rückmeldungen zum Protokoll künftig innerhalb von zwei Wochen nach Versand an die Koordination geben; danach gilt es als genehmigt.",
    ),
    dauer=10,
)
EROEFFNUNG_STADTTEIL = Thema(
    "Begrüßung, Vorstellungsrunde und Protokoll",
    (
        "{koordination} begrüßt die Anwesenden, besonders die Gäste aus der Nachbarschaft. In einer kurzen Runde nennen alle Namen und Einrichtung. Das Protokoll vom {datum_vorher} wird genehmigt.",
        "Begrüßung durch {moderation}. Das Protokoll vom {datum_vorher} wird mit einer Korrektur genehmigt: Der Termin des Flohmarkts war der erste Samstag im Monat, nicht der zweite.",
        "{koordination} begrüßt die Runde und erinnert an die Gesprächsregeln des Stadtteiltisches. Das Protokoll vom {datum_vorher} ist genehmigt.",
    ),
    dauer=15,
)
VERSCHIEDENES = Thema(
    "Verschiedenes",
    (
        "- {traeger} lädt am {bald} zum Tag der offenen Tür ein; Flyer liegen aus.\n- Die Fortbildung „Gesprächsführung mit Eltern“ hat noch freie Plätze.\n- Nächste Sitzung: {naechste}.",
        "Keine weiteren Themen. {koordination} dankt allen für die Mitarbeit. Die nächste Sitzung findet am {naechste} statt.",
        "- Hinweis auf den Fachtag „Armut und Teilhabe“ der Jugendhilfeplanung am {bald}.\n- {traeger2} sucht Ehrenamtliche für die Hausaufgabenhilfe; bitte in den eigenen Netzwerken weitersagen.\n- Nächste Sitzung: {naechste}.",
        "{traeger} meldet, dass die Stelle der Schulsozialarbeit wieder besetzt ist; die neue Kollegin stellt sich in der nächsten Sitzung am {naechste} vor.",
        "- Im Register gibt es jetzt eine Merkliste, mit der sich eine Liste von Angeboten für Familien ausdrucken lässt. {koordination} zeigt kurz, wie das geht.\n- Nächste Sitzung: {naechste}.",
    ),
    dauer=10,
)
JUGENDAMT = Thema(
    "Bericht aus dem Jugendamt",
    (
        "Personal im Regionalen Sozialen Dienst: Zwei Stellen sind seit {monat} wieder besetzt, eine weitere ist ausgeschrieben. Die Sprechzeiten (dienstags und donnerstags 9–12 Uhr) bleiben unverändert.\n\nDie Jugendhilfeplanung kündigt die Fortschreibung des Teilplans Kinder- und Jugendarbeit an; die Träger werden im Frühjahr beteiligt.",
        "Der Jugendhilfeausschuss hat die Förderrichtlinie für die offene Kinder- und Jugendarbeit beraten. Wesentliche Änderungen:\n\n- Tarifsteigerungen werden künftig anteilig berücksichtigt.\n- Sachkosten können bis zu 10 % zwischen den Positionen verschoben werden.\n- Der Verwendungsnachweis wird vereinfacht.\n\nDie Richtlinie soll zum 1. Januar {folgejahr} in Kraft treten.",
        "Die Kita-Bedarfsplanung liegt vor. Im {gebiet_lang} fehlen rechnerisch rund 40 Plätze für Kinder unter drei Jahren; zwei Erweiterungen sind in Planung. Die Mitglieder weisen darauf hin, dass vor allem Plätze mit langen Betreuungszeiten fehlen.",
        "Stand zum Rechtsanspruch auf Ganztagsbetreuung im Grundschulalter: Die Schulen im {gebiet_lang} haben ihre Konzepte eingereicht, offen ist noch die Raumfrage an zwei Standorten. Die freien Träger werden gebeten, Kooperationswünsche früh zu melden.",
        "Die Statistik der Hilfen zur Erziehung für das erste Halbjahr liegt vor: Ambulante Hilfen sind leicht gestiegen, stationäre Hilfen sind stabil. Auffällig ist der Anstieg der Beratungsanfragen von Familien mit Kindern im Grundschulalter. Eine ausführliche Auswertung folgt im Teilplan Hilfen zur Erziehung.",
        "Der Fachtag Sozialraumorientierung findet am {bald} im Rathaus statt; Thema ist „Sozialräumliche Angebotsentwicklung – was hat sich bewährt?“. Jede Einrichtung kann bis zu zwei Personen anmelden.",
        "Die Sachgebietsleitung Kinder- und Jugendarbeit ist neu besetzt. Außerdem ist das Sozialraum-Register für alle Fachkräfte freigeschaltet; die Träger werden gebeten, ihre Einträge bis Monatsende zu prüfen.",
        "Haushalt {folgejahr}: Der Entwurf sieht für die Förderung der freien Träger eine Steigerung um 3 % vor. Die Beratung im Jugendhilfeausschuss ist für November geplant. Die Träger bitten um frühzeitige Information, falls Kürzungen drohen.",
    ),
    dauer=20,
    arten=(AG, LG),
)

BERICHTE = (
    "Das Team ist wieder vollständig. Die offene Tür ist montags bis freitags ab 14 Uhr geöffnet, freitags gibt es einen Mädchennachmittag. Gesucht werden Partner für ein Graffiti-Projekt in den Ferien.",
    "Die Nachfrage nach der Hausaufgabenhilfe ist stark gestiegen, es gibt eine Warteliste. Zwei neue Ehrenamtliche haben angefangen. Gefragt wird, ob andere Einrichtungen am Nachmittag Räume frei haben.",
    "Das Elterncafé ist gut angelaufen, im Schnitt kommen acht bis zwölf Eltern. Gefragt sind vor allem Kita-Anmeldung und Bildung und Teilhabe. Ab nächsten Monat ist einmal im Monat die Erziehungsberatung zu Gast.",
    "Wegen eines Wasserschadens ist der große Gruppenraum bis auf Weiteres gesperrt. Die Angebote finden eingeschränkt statt; die aktuellen Zeiten stehen im Register.",
    "Das Sommerfest war mit rund 200 Gästen sehr gut besucht. Viele Familien haben die Einrichtung dabei zum ersten Mal kennengelernt.",
    "Neues Angebot: eine Krabbelgruppe für Eltern mit Kindern bis drei Jahren, dienstags vormittags, ohne Anmeldung. Flyer auf Deutsch, Arabisch und Ukrainisch liegen aus.",
    "Die Beratungsstelle bietet jetzt eine offene Sprechstunde ohne Termin an (mittwochs 15–17 Uhr). Die Wartezeit auf ein Erstgespräch liegt bei etwa sechs Wochen.",
    "Eine halbe Stelle für alltagsintegrierte Sprachförderung ist bis Ende {folgejahr} gesichert. Die Einrichtung bietet anderen Kitas Hospitationen an.",
    "Ein Jugendforum hat Wünsche für den Stadtteil gesammelt: überdachte Treffpunkte, längere Öffnungszeiten am Freitag und freies WLAN. Die Ergebnisse werden schriftlich nachgereicht.",
    "Die Ferienfahrt an die Ostsee war ausgebucht. Für das nächste Jahr wird ein zweiter Durchgang geprüft; dafür werden Betreuerinnen und Betreuer gesucht.",
)

# fmt: off
PROJEKTE = (
    "Lernwerkstatt am Nachmittag", "Väter-Kind-Samstage", "Mobile Jugendarbeit am Bahnhofsplatz",
    "Elternlotsen für neu zugezogene Familien", "Sport im Park", "Mädchenwerkstatt Medien",
    "Familienfrühstück mit Beratung", "Übergangscoaching Schule – Beruf",
)
KLEINPROJEKTE = (
    "Bänke und Pflanzkübel für den Hof des Stadtteiltreffs", "Material für das Repair-Café",
    "Nachbarschaftsfrühstück im Advent", "Spielekiste für den Bolzplatz", "Kinderkino im Sommer",
    "Sprachcafé-Materialien",
)
BETRAEGE = ("450", "600", "800", "1.200", "1.500", "2.400")
BUDGETS = ("12.000", "15.000", "18.000", "24.000", "30.000")
# fmt: on

THEMEN: tuple[Thema, ...] = (
    Thema(
        "Berichte aus den Einrichtungen",
        ("Kurze Runde: Was gibt es Neues bei den Trägern?",),
        dauer=30,
        arten=(AG, SRT),
        unterpunkte=(
            Unterpunkt("Bericht von {traeger}", BERICHTE),
            Unterpunkt("Bericht von {traeger2}", BERICHTE),
            Unterpunkt("Bericht von {traeger3}", BERICHTE),
        ),
    ),
    Thema(
        "Ferienprogramm Sommer {jahr}",
        (
            "Die Träger tragen ihre geplanten Ferienangebote zusammen. Bisher gemeldet:\n\n- Ferienfahrt und Tagesausflüge von {traeger}\n- Kreativwerkstatt und Graffiti-Workshop von {traeger2}\n- Schwimmkurs für Nichtschwimmer in Kooperation mit dem Schwimmverein\n\nIn der zweiten Ferienwoche gibt es bisher kaum Angebote für Kinder unter zehn Jahren. Die Koordination fragt bei weiteren Trägern nach.",
            "Stand der Ferienplanung: Das gemeinsame Ferienheft ist in Arbeit. Offen sind noch die Zeiten von {traeger}. Neu ist ein Ferienpass, mit dem Kinder aus Familien mit Bildung-und-Teilhabe-Anspruch kostenfrei teilnehmen.",
        ),
        dauer=30,
        arten=(AG, ST),
        monate=(2, 3, 4, 5),
        beschluss="Das Ferienprogramm {jahr} erscheint wieder als gemeinsames Heft aller Träger und wird im Register veröffentlicht. Redaktionsschluss ist der 30. April.",
        aufgaben=(
            (
                "Ferienangebote mit Zeiten, Alter und Kosten bei allen Trägern abfragen",
                "koordination",
            ),
            ("Zeiten und Kosten der eigenen Ferienangebote an die Koordination melden", "traeger"),
        ),
    ),
    Thema(
        "Auswertung der Sommerferien",
        (
            "Rückblick: Die meisten Angebote waren gut ausgelastet, die Tagesausflüge sogar überbucht. Schwierig war die Zeit ab der vierten Ferienwoche, als viele Einrichtungen geschlossen hatten.\n\nVerabredung: Die Schließzeiten werden im nächsten Jahr früher abgestimmt, damit in jeder Ferienwoche mindestens ein offenes Angebot im {gebiet_lang} besteht.",
        ),
        arten=(AG, ST),
        monate=(9, 10),
        aufgaben=(
            (
                "Schließzeiten der Einrichtungen für die Sommerferien {folgejahr} abfragen",
                "koordination",
            ),
        ),
    ),
    Thema(
        "Kinderschutz: neue Verfahrensschritte",
        (
            "Das Jugendamt stellt die überarbeitete Vereinbarung nach § 8a SGB VIII vor. Neu sind:\n\n1. ein einheitlicher Bogen für die Gefährdungseinschätzung,\n2. eine Liste der insoweit erfahrenen Fachkräfte mit Erreichbarkeit,\n3. eine Rückmeldung des Jugendamtes an die meldende Einrichtung innerhalb von fünf Werktagen.\n\nDie Träger begrüßen die verbindliche Rückmeldung. Fragen gibt es zur Datenweitergabe in Kooperationsprojekten; das Jugendamt klärt dies mit dem Datenschutz.",
        ),
        dauer=30,
        arten=(AG, SRT),
        beschluss="Die Mitglieder nehmen die überarbeitete Vereinbarung nach § 8a SGB VIII zustimmend zur Kenntnis und empfehlen allen Trägern, sie bis zum Quartalsende zu unterzeichnen.",
        abstimmung=True,
        aufgaben=(
            (
                "Unterschriebene Vereinbarung nach § 8a SGB VIII an das Jugendamt zurückschicken",
                "traeger",
            ),
            ("Datenweitergabe in Kooperationsprojekten mit dem Datenschutz klären", "jugendamt"),
        ),
    ),
    Thema(
        "Kinderschutz: Fortbildungen für Fachkräfte",
        (
            "Die Kinderschutzfachkraft von {traeger} bietet im nächsten Quartal zwei halbtägige Schulungen zur Gefährdungseinschätzung an. Zielgruppe sind vor allem neue Kolleginnen und Kollegen sowie Ehrenamtliche in leitender Funktion.\n\nDie Anmeldung läuft über die Fortbildungsseite des Jugendamtes; Plätze werden nach Einrichtungen verteilt, damit alle Träger berücksichtigt werden.",
        ),
        arten=(AG, SRT, ST),
        aufgaben=(
            ("Termine der Kinderschutz-Schulungen im Verteiler bekannt geben", "koordination"),
        ),
    ),
    Thema(
        "Jugendhilfeplanung: Bedarfe im {gebiet_lang}",
        (
            "Die Jugendhilfeplanung stellt erste Ergebnisse der Sozialraumanalyse vor: Der Anteil der Kinder unter zehn Jahren ist deutlich gestiegen, die Angebote für diese Altersgruppe haben nicht Schritt gehalten. In der Diskussion werden genannt:\n\n- fehlende Angebote am späten Nachmittag für Grundschulkinder,\n- lange Wege zu den Beratungsstellen,\n- kaum Angebote für Väter.\n\nDie Ergebnisse fließen in die Fortschreibung des Jugendhilfeplans ein.",
        ),
        dauer=30,
        arten=(AG, LG),
        aufgaben=(
            (
                "Ergänzungen zur Bedarfsliste schriftlich an die Jugendhilfeplanung schicken",
                "traeger",
            ),
        ),
    ),
    Thema(
        "Sozialräumliche Angebotsentwicklung: neue Maßnahmen",
        (
            "{traeger} stellt die Projektidee „{projekt}“ vor, die gemeinsam mit {traeger2} entwickelt wurde. Sie soll eine Lücke schließen, die in der Sozialraumanalyse sichtbar wurde.\n\nDie Mitglieder unterstützen die Idee und geben Hinweise:\n\n- Zielgruppe und Zugang genauer beschreiben,\n- Kooperation mit der Schule verbindlich vereinbaren,\n- Kriterien für die Auswertung nach zwölf Monaten festlegen.",
        ),
        dauer=30,
        arten=(AG, SRT),
        beschluss="Die Maßnahme „{projekt}“ von {traeger} wird der Lenkungsgruppe zur Förderung empfohlen.",
        abstimmung=True,
        aufgaben=(
            (
                "Maßnahmenantrag „{projekt}“ mit Kostenplan bei der Lenkungsgruppe einreichen",
                "traeger",
            ),
        ),
    ),
    Thema(
        "Fachtag Sozialraumorientierung",
        (
            "Die Vorbereitungsgruppe berichtet: Der Fachtag findet am {bald} statt. Geplant sind ein Vortrag zu Hintes Prinzipien der Sozialraumorientierung und vier Workshops, davon einer zur Beteiligung von Kindern. Gesucht werden noch Moderatorinnen und Moderatoren aus den Einrichtungen.",
        ),
        dauer=15,
        arten=(AG,),
        monate=(3, 4, 5, 9, 10),
        aufgaben=(("Workshop „Beteiligung von Kindern“ für den Fachtag vorbereiten", "traeger"),),
    ),
    Thema(
        "Übergänge Kita – Grundschule",
        (
            "Kitas und Grundschulen berichten von ihren Kooperationen. Gut funktionieren Schnuppertage und gemeinsame Elternabende; schwierig sind die späten Zusagen der Schulen und die Übergabe von Entwicklungsdokumentationen, die nur mit Einwilligung der Eltern erfolgen darf.\n\nVorschlag: ein gemeinsamer Übergangskalender aller Kitas und Grundschulen im {gebiet_lang}.",
        ),
        dauer=25,
        arten=(AG, FG, SRT),
        beschluss="Ein gemeinsamer Übergangskalender der Kitas und Grundschulen im {gebiet_lang} wird erstellt und im Register veröffentlicht.",
        aufgaben=(
            (
                "Termine der Schnuppertage und Elternabende für den Übergangskalender sammeln",
                "person",
            ),
        ),
    ),
    Thema(
        "Ganztag an Grundschulen",
        (
            "Seit August gilt der Rechtsanspruch auf Ganztagsbetreuung für die ersten Klassen. Die Schulen berichten von vollen Horten und zu wenig Räumen. {traeger} bietet an, Angebote der Jugendarbeit am Nachmittag in die Schule zu verlegen.\n\nOffen ist, wie die Angebote finanziert und versichert werden; das klärt das Jugendamt mit dem Schulträger.",
        ),
        dauer=25,
        arten=(FG, AG),
        monate=(9, 10),
        aufgaben=(
            (
                "Finanzierung und Versicherung von Ganztagsangeboten freier Träger mit dem Schulträger klären",
                "jugendamt",
            ),
        ),
    ),
    Thema(
        "Haushalt {folgejahr}: Förderung der freien Träger",
        (
            "Das Jugendamt erläutert den Haushaltsentwurf. Die Förderung steigt nominal um 3 %, die Tarifsteigerungen liegen bei rund 5 %. Damit müssten mehrere Träger Stunden kürzen.\n\nDie Mitglieder wollen gemeinsam Stellung nehmen und mit Beispielen zeigen, welche Angebote wegfallen würden.",
        ),
        dauer=30,
        arten=(AG, LG),
        monate=(8, 9, 10, 11),
        beschluss="Die Mitglieder bitten den Jugendhilfeausschuss, die Tarifsteigerungen bei der Förderung {folgejahr} vollständig zu berücksichtigen. Die Koordination formuliert eine gemeinsame Stellungnahme.",
        abstimmung=True,
        aufgaben=(
            (
                "Gemeinsame Stellungnahme zum Haushaltsentwurf an den Jugendhilfeausschuss schicken",
                "koordination",
            ),
        ),
    ),
    Thema(
        "Fachkräftegewinnung",
        (
            "Viele Einrichtungen haben offene Stellen, besonders in der Erziehung und der Jugendarbeit. Gute Erfahrungen gibt es mit Praxissemestern und dem Freiwilligen Sozialen Jahr.\n\nIdee: ein gemeinsamer Stand der Träger auf der Ausbildungsmesse im Frühjahr und eine Seite mit allen Praktikumsplätzen im {gebiet_lang}.",
        ),
        dauer=20,
        arten=(AG,),
        aufgaben=(("Gemeinsamen Stand auf der Ausbildungsmesse anmelden", "person"),),
    ),
    Thema(
        "Beteiligung von Kindern und Jugendlichen",
        (
            "{traeger} berichtet vom Jugendforum: Rund 30 Jugendliche haben ihre Wünsche für den Stadtteil gesammelt. Am häufigsten genannt wurden überdachte Treffpunkte, sichere Radwege und längere Öffnungszeiten am Wochenende.\n\nVorgeschlagen wird ein Kinderstadtplan mit Lieblings- und Angstorten, den Kinder selbst erstellen.",
        ),
        dauer=25,
        arten=(AG, ST, FG),
        beschluss="Im {gebiet_lang} wird ein Kinderstadtplan mit Lieblings- und Angstorten erstellt; die Federführung übernimmt {traeger}.",
        aufgaben=(
            ("Befragung für den Kinderstadtplan in den Einrichtungen vorbereiten", "traeger"),
        ),
    ),
    Thema(
        "Sozialraum-Register: Einträge aktuell halten",
        (
            "{koordination} zeigt das Sozialraum-Register: Suche nach Angeboten, Merkliste für Familien und die Gremienseiten mit den Protokollen. Viele Einträge wurden länger als ein Jahr nicht geprüft.\n\nVerabredung: Jede Einrichtung prüft ihre Angebote einmal im Quartal und meldet Änderungen der Öffnungszeiten sofort.",
        ),
        dauer=15,
        arten=(AG, ST, SRT),
        aufgaben=(
            ("Eigene Einträge im Register prüfen und Öffnungszeiten aktualisieren", "traeger"),
        ),
    ),
    Thema(
        "Medienkompetenz und Jugendmedienschutz",
        (
            "{traeger} stellt das Projekt „Medienscouts“ vor: Jugendliche werden geschult und beraten Gleichaltrige zu Cybermobbing, Datenschutz und Bildschirmzeit. Mehrere Einrichtungen möchten mitmachen.\n\nAußerdem wird ein Elternabend zu Smartphone und Social Media angeregt, den mehrere Träger gemeinsam anbieten.",
        ),
        dauer=20,
        arten=(AG, FG),
        aufgaben=(("Gemeinsamen Elternabend zu Smartphone und Social Media planen", "traeger"),),
    ),
    Thema(
        "Neue Mitglieder stellen sich vor",
        (
            "{traeger} stellt sich vor: Der Träger arbeitet seit mehreren Jahren im {gebiet_lang} und möchte sich stärker vernetzen. Schwerpunkte sind offene Angebote für Familien und Kinder im Grundschulalter. Die Mitglieder heißen den Träger willkommen.",
        ),
        dauer=15,
        arten=(AG, ST),
    ),
    Thema(
        "Bildung und Teilhabe: Zugänge verbessern",
        (
            "Leistungen aus Bildung und Teilhabe werden im {gebiet_lang} zu wenig abgerufen. Gründe aus Sicht der Einrichtungen:\n\n- komplizierte Anträge,\n- fehlende Informationen in anderen Sprachen,\n- Unsicherheit, welche Stelle zuständig ist.\n\nDas Jobcenter bietet an, einmal im Monat eine Sprechstunde in einem Familienzentrum anzubieten.",
        ),
        dauer=20,
        arten=(AG, FG, ST),
        aufgaben=(
            ("Infoblatt zu Bildung und Teilhabe in einfacher Sprache erstellen", "jugendamt"),
        ),
    ),
    Thema(
        "Präventionskette „Gut aufwachsen“",
        (
            "Die Jugendhilfeplanung stellt den Stand der Präventionskette vor: von den Frühen Hilfen über Kita und Schule bis zum Übergang in den Beruf. Lücken bestehen vor allem zwischen zehn und vierzehn Jahren.\n\nDie Mitglieder schlagen vor, die Angebote für diese Altersgruppe im Register besonders sichtbar zu machen.",
        ),
        dauer=25,
        arten=(AG, LG),
    ),
    # Stadtteiltische
    Thema(
        "Stadtteilfest {jahr}",
        (
            "Planung des Stadtteilfests: Es soll wieder am selben Ort wie im Vorjahr stattfinden, Treffpunkt für die Aktiven ist {einrichtung}. Bisher zugesagt:\n\n- Bühnenprogramm der Grundschule und der Kitas\n- Kinderflohmarkt der Nachbarschaftshilfe\n- Internationales Buffet von {traeger}\n- Spielmobil von {traeger2}\n\nGesucht werden noch Helferinnen und Helfer für Auf- und Abbau.",
            "Stand der Festplanung: Die Genehmigung ist beantragt, Strom und Toiletten sind geklärt. {traeger} übernimmt die Kinderspiele, {traeger2} den Kuchenstand. Bei Regen wird in die Turnhalle ausgewichen.",
        ),
        dauer=30,
        arten=(ST,),
        monate=(3, 4, 5, 6),
        beschluss="Das Stadtteilfest {jahr} findet am zweiten Samstag im September von 14 bis 18 Uhr statt.",
        aufgaben=(
            ("Genehmigung für das Stadtteilfest beim Ordnungsamt beantragen", "koordination"),
            ("Stand mit Bastelangebot für Kinder beim Stadtteilfest organisieren", "traeger"),
            ("Bühnenprogramm für das Stadtteilfest zusammenstellen", "person"),
        ),
    ),
    Thema(
        "Auswertung Stadtteilfest",
        (
            "Das Stadtteilfest war mit geschätzt 600 Besucherinnen und Besuchern ein Erfolg. Besonders gelobt wurden das Buffet und die Bühne. Verbesserungen für das nächste Jahr:\n\n- mehr Schatten und Sitzplätze,\n- früher mit der Werbung beginnen,\n- Müllentsorgung besser absprechen.",
        ),
        dauer=20,
        arten=(ST,),
        monate=(9, 10),
        aufgaben=(
            (
                "Dankesbrief an alle Helferinnen und Helfer des Stadtteilfests schreiben",
                "koordination",
            ),
        ),
    ),
    Thema(
        "Sauberkeit und Sicherheit im Quartier",
        (
            "Anwohnerinnen und Anwohner berichten von defekten Lampen im Durchgang zur Schule und von Müll auf dem Spielplatz. Der Kontaktbereichsdienst der Polizei berichtet, dass die Lage insgesamt ruhig ist; Beschwerden betreffen vor allem Lärm am Abend.\n\nVerabredung: Eine Mängelliste geht an das Grünflächenamt, und im Frühjahr gibt es einen gemeinsamen Frühjahrsputz.",
        ),
        dauer=25,
        arten=(ST,),
        aufgaben=(
            (
                "Mängelliste (Beleuchtung, Spielplatz) an das Grünflächenamt schicken",
                "koordination",
            ),
        ),
    ),
    Thema(
        "Verfügungsfonds: Anträge",
        (
            "Für den Verfügungsfonds liegt ein Antrag von {traeger} vor: „{kleinprojekt}“ über {betrag} €. Der Antrag wird vorgestellt und diskutiert. Im Fonds stehen für dieses Jahr noch rund 3.000 € zur Verfügung.",
        ),
        dauer=20,
        arten=(ST,),
        beschluss="Der Antrag von {traeger} „{kleinprojekt}“ über {betrag} € wird aus dem Verfügungsfonds bewilligt.",
        abstimmung=True,
        aufgaben=(("Verwendungsnachweis für „{kleinprojekt}“ einreichen", "traeger"),),
    ),
    Thema(
        "Spielplätze und Freiflächen",
        (
            "Die Stadt plant die Sanierung des Spielplatzes an der Lindenallee. Der Stadtteiltisch möchte, dass Kinder beteiligt werden. {traeger} bietet an, mit einer Kindergruppe Ideen zu sammeln und Modelle zu bauen.\n\nDie Ergebnisse sollen dem Grünflächenamt vor der Ausschreibung übergeben werden.",
        ),
        dauer=20,
        arten=(ST,),
        aufgaben=(
            (
                "Kinderbeteiligung zur Spielplatzsanierung mit dem Grünflächenamt abstimmen",
                "traeger",
            ),
        ),
    ),
    Thema(
        "Nachbarschaft und Ehrenamt",
        (
            "{traeger} berichtet vom Nachbarschaftscafé: Es kommen regelmäßig 15 bis 20 Menschen, viele davon älter. Es fehlen Ehrenamtliche für die Nachmittagsschicht.\n\nDie Freiwilligenagentur bietet an, das Café auf ihrer Seite vorzustellen.",
        ),
        dauer=20,
        arten=(ST,),
        aufgaben=(
            (
                "Ehrenamtsgesuch für das Nachbarschaftscafé an die Freiwilligenagentur schicken",
                "traeger",
            ),
        ),
    ),
    Thema(
        "Wohnen im Stadtteil",
        (
            "Die Wohnungsgenossenschaft berichtet über die Sanierung der Häuser am Ring: Die Arbeiten dauern bis zum Sommer, Mieterinnen und Mieter werden rechtzeitig informiert. Der Mieterbeirat bittet um eine Informationsveranstaltung im Stadtteiltreff.",
        ),
        dauer=20,
        arten=(ST,),
        aufgaben=(
            (
                "Informationsabend zur Sanierung mit der Wohnungsgenossenschaft vereinbaren",
                "person",
            ),
        ),
    ),
    Thema(
        "Angebote für neu zugewanderte Familien",
        (
            "{traeger} berichtet vom Sprachcafé, das zweimal in der Woche stattfindet. Viele Familien wissen nicht, welche Angebote es im Stadtteil gibt.\n\nIdee: eine mehrsprachige Übersicht der Angebote, die aus dem Register gedruckt werden kann, und Stadtteilspaziergänge mit Elternlotsinnen.",
        ),
        dauer=20,
        arten=(ST, AG),
        aufgaben=(
            ("Termine für Stadtteilspaziergänge mit den Elternlotsinnen festlegen", "traeger"),
        ),
    ),
    Thema(
        "Adventsaktion im Stadtteil",
        (
            "Wie im letzten Jahr soll es einen lebendigen Adventskalender geben: An jedem Abend öffnet eine Einrichtung oder Familie ihre Tür. Bisher sind 14 Termine vergeben. {traeger} koordiniert die Liste.",
        ),
        dauer=15,
        arten=(ST,),
        monate=(9, 10),
        aufgaben=(("Liste für den lebendigen Adventskalender vervollständigen", "traeger"),),
    ),
    Thema(
        "Berichte aus dem Stadtteil",
        ("Kurze Runde aus den Einrichtungen und der Nachbarschaft.",),
        dauer=25,
        arten=(ST,),
        unterpunkte=(
            Unterpunkt(
                "Aus Kitas und Schule",
                (
                    "Die Grundschule lädt zum Tag der offenen Tür ein. Die Kitas berichten, dass die Anmeldungen für das nächste Jahr höher sind als erwartet.",
                    "Die Schulsozialarbeit bietet eine neue Pausenaktion an. Eine Kita feiert ihr 25-jähriges Bestehen.",
                ),
            ),
            Unterpunkt(
                "Aus Vereinen und Kirchengemeinde",
                (
                    "Die Kirchengemeinde öffnet ihr Gemeindehaus dienstags für ein Familiencafé. Der Sportverein sucht Übungsleiterinnen für das Kinderturnen.",
                    "{traeger} lädt zum Kinderflohmarkt ein. Der Stadtteilverein hat einen neuen Vorstand gewählt.",
                ),
            ),
            Unterpunkt(
                "Aus der Nachbarschaft",
                (
                    "Anwohnerinnen wünschen sich mehr Bänke auf dem Weg zum Einkaufszentrum. Der Hinweis wird an das Tiefbauamt weitergegeben.",
                    "Die Nachbarschaftshilfe sucht Ehrenamtliche für Begleitdienste zu Ämtern und Ärzten.",
                ),
            ),
        ),
    ),
    # Sozialraumteam
    Thema(
        "Kollegiale Beratung (anonymisiert)",
        (
            "Eine Fachkraft stellt eine Fallkonstellation anonymisiert vor; im Protokoll stehen nur die fallübergreifenden Erkenntnisse:\n\n- Für Familien mit Kleinkindern fehlt im Sozialraum ein niedrigschwelliges Angebot am Nachmittag.\n- Die Wartezeit in der Erziehungsberatung beträgt derzeit rund acht Wochen.\n\nDie Erkenntnisse werden in die Sozialraumanalyse übernommen.",
            "Anonymisierte Fallberatung. Fallübergreifend festgehalten: Jugendliche, die die Schule meiden, erreichen die Angebote der Jugendarbeit kaum. Die Streetwork und {traeger} verabreden, gemeinsam Orte aufzusuchen, an denen sich die Jugendlichen aufhalten.",
        ),
        dauer=30,
        arten=(SRT,),
    ),
    Thema(
        "Ressourcen im Sozialraum: Wer macht was?",
        (
            "{traeger} stellt die eigenen Angebote im {gebiet_lang} vor (Einrichtung: {einrichtung}): offene Treffs, Gruppenangebote und Beratung. Die Kolleginnen und Kollegen des RSD fragen nach Zugangswegen für Familien, die keine Termine wahrnehmen können.\n\nVerabredet werden Hospitationen, damit die Fachkräfte die Einrichtung aus eigener Anschauung kennen.",
        ),
        dauer=25,
        arten=(SRT, AG),
        aufgaben=(("Hospitationstermine bei {traeger} für den RSD vereinbaren", "person"),),
    ),
    Thema(
        "Entwicklungen im Sozialraum",
        (
            "Der RSD berichtet über die Entwicklung der Anfragen (nur Gesamtzahlen): Die Zahl der Beratungsanfragen ist im letzten Quartal gestiegen, vor allem zu Schulproblemen und Trennung der Eltern. Die Träger bestätigen diese Entwicklung aus ihren offenen Angeboten.\n\nDas Sozialraumteam schlägt vor, ein Gruppenangebot für Kinder in Trennungssituationen als neue Maßnahme zu prüfen.",
        ),
        dauer=20,
        arten=(SRT,),
        aufgaben=(
            (
                "Idee für ein Gruppenangebot für Kinder in Trennungssituationen ausarbeiten",
                "traeger",
            ),
        ),
    ),
    Thema(
        "Frühe Hilfen im Sozialraum",
        (
            "Die Koordinierungsstelle Frühe Hilfen stellt ihre Angebote vor: Familienhebammen, Willkommensbesuche und die Babysprechstunde im Familienzentrum. Die Fachkräfte verabreden, Familien mit Säuglingen früher auf diese Angebote hinzuweisen.\n\nGewünscht wird eine kurze Übersicht der Ansprechpersonen, die in allen Einrichtungen ausliegt.",
        ),
        dauer=20,
        arten=(SRT, FG),
        aufgaben=(
            (
                "Übersicht der Ansprechpersonen Frühe Hilfen an alle Einrichtungen schicken",
                "person",
            ),
        ),
    ),
    Thema(
        "Ressourcen des Sozialraums in der Hilfeplanung",
        (
            "Diskutiert wird, wie Angebote aus dem Sozialraum in Hilfeplänen stärker genutzt werden können, etwa Vereine, Familienzentren und Ehrenamtliche. Beispiele aus der Praxis zeigen, dass solche Angebote Hilfen verkürzen oder ergänzen können.\n\nDie Fachkräfte wünschen sich dafür aktuelle Einträge im Register und feste Ansprechpersonen bei den Trägern.",
        ),
        dauer=25,
        arten=(SRT,),
    ),
    Thema(
        "Einarbeitung neuer Kolleginnen und Kollegen",
        (
            "Im RSD und bei {traeger} haben neue Kolleginnen angefangen. Verabredet wird ein gemeinsamer Sozialraumspaziergang, bei dem die wichtigsten Einrichtungen besucht werden, und ein Einarbeitungsordner mit den Kooperationsvereinbarungen.",
        ),
        dauer=15,
        arten=(SRT, AG),
        aufgaben=(
            ("Sozialraumspaziergang für neue Kolleginnen und Kollegen organisieren", "person"),
        ),
    ),
    # Lenkungsgruppe
    Thema(
        "Budget der Sozialräumlichen Angebotsentwicklung {jahr}",
        (
            "Das Sachgebiet Haushalt stellt den Stand vor: Vom Budget des Regionalraums sind rund 70 % gebunden, davon ein Teil für Verlängerungen. Für neue Maßnahmen stehen in diesem Jahr noch etwa {budget} € zur Verfügung.\n\nDie Lenkungsgruppe bittet um eine Übersicht, welche Maßnahmen im nächsten Halbjahr auslaufen.",
        ),
        dauer=20,
        arten=(LG,),
        aufgaben=(("Übersicht der auslaufenden Maßnahmen erstellen", "jugendamt"),),
    ),
    Thema(
        "Maßnahmenanträge",
        ("Es liegen Anträge aus der AG 78 Nord und dem Sozialraumteam vor.",),
        dauer=40,
        arten=(LG,),
        unterpunkte=(
            Unterpunkt(
                "Antrag „{projekt}“",
                (
                    "{traeger} stellt die Maßnahme vor: Laufzeit zwölf Monate, Kooperationspartner ist {traeger2}. Die Maßnahme wurde im Sozialraumteam und in der AG 78 beraten und empfohlen. Nachgefragt wird, wie die Zielgruppe erreicht und der Erfolg gemessen werden soll.",
                ),
                20,
            ),
            Unterpunkt(
                "Antrag „{projekt2}“",
                (
                    "Der Antrag ist noch nicht vollständig: Es fehlen der Kostenplan und die Kooperationsvereinbarung. Die Beratung wird auf die nächste Sitzung vertagt.",
                ),
                10,
            ),
        ),
        beschluss="Die Lenkungsgruppe empfiehlt die Maßnahme „{projekt}“ von {traeger} wie beantragt (zwölf Monate, {budget} €) und schlägt sie der Verwaltung zur Vereinbarung vor. Monatsplan, Stand und Auszahlungen führt die Maßnahme im Register.",
        abstimmung=True,
        aufgaben=(
            ("Kostenplan und Kooperationsvereinbarung für „{projekt2}“ nachreichen", "person"),
        ),
    ),
    Thema(
        "Auswertung laufender Maßnahmen",
        (
            "Die Maßnahme „{projekt2}“ läuft seit elf Monaten. Der Auswertungsbericht zeigt: Die Angebote sind gut besucht, die Kooperation mit der Schule funktioniert, der Bedarf besteht weiter.\n\nNach dem Verfahren ist eine einmalige Verlängerung um höchstens zwölf Monate möglich.",
        ),
        dauer=20,
        arten=(LG,),
        beschluss="Die Maßnahme „{projekt2}“ wird einmalig um zwölf Monate verlängert.",
        abstimmung=True,
    ),
    Thema(
        "Berichte aus Fokusgruppe und AG 78",
        (
            "Die Delegierte der Fokusgruppe Bildung berichtet über den geplanten Übergangskalender und die Leseförderung. Aus der AG 78 Nord kommt die Bitte, bei neuen Maßnahmen die Altersgruppe von zehn bis vierzehn Jahren stärker zu berücksichtigen.",
        ),
        dauer=15,
        arten=(LG,),
    ),
    # Fokusgruppe Bildung
    Thema(
        "Leseförderung mit der Stadtbibliothek",
        (
            "Die Stadtbibliothek stellt ihre Angebote vor: Klassenführungen, Lesepatenschaften und den Bibliotheksausweis für alle Erstklässler. Mehrere Kitas möchten Bilderbuchkinos in ihren Räumen anbieten.\n\nVerabredet wird eine Lesewoche im Frühjahr, an der sich Kitas, Schulen und Jugendclubs beteiligen.",
        ),
        dauer=25,
        arten=(FG,),
        aufgaben=(("Termine und Orte für die Lesewoche abstimmen", "person"),),
    ),
    Thema(
        "Sprachförderung in Kita und Grundschule",
        (
            "Die Kitas berichten, dass die Sprachstände bei der Einschulung stark auseinandergehen. Alltagsintegrierte Sprachförderung gelingt dort, wo Fachkräfte dafür Zeit haben.\n\nDie Volkshochschule bietet Elternkurse an, die Deutsch lernen mit Erziehungsthemen verbinden. Die Fokusgruppe möchte diese Kurse in den Familienzentren bekannter machen.",
        ),
        dauer=25,
        arten=(FG,),
        aufgaben=(("Flyer der Elternkurse an die Familienzentren verteilen", "traeger"),),
    ),
    Thema(
        "Schulabwesenheit: Zusammenarbeit von Schule und Jugendhilfe",
        (
            "Die Schulen berichten von mehr Schülerinnen und Schülern, die häufig fehlen. Besprochen wird der Ablauf, wann die Schulsozialarbeit, wann das Jugendamt einbezogen wird. Ein Ablaufschema aus einem anderen Regionalraum wird vorgestellt und soll angepasst werden.",
        ),
        dauer=25,
        arten=(FG, SRT),
        aufgaben=(
            ("Ablaufschema bei Schulabwesenheit für den Regionalraum anpassen", "jugendamt"),
        ),
    ),
    Thema(
        "Bildungsbericht für den Regionalraum",
        (
            "Die Jugendhilfeplanung stellt Auszüge aus dem Bildungsbericht vor: Übergangsquoten auf das Gymnasium, Anteil der Kinder mit Sprachförderbedarf bei der Einschulung und Teilnahme an Ganztagsangeboten, jeweils nur als Gesamtzahlen für den Regionalraum.\n\nDie Fokusgruppe will die Zahlen mit den Erfahrungen aus den Einrichtungen abgleichen und Schwerpunkte für das nächste Jahr vorschlagen.",
        ),
        dauer=25,
        arten=(FG,),
    ),
    Thema(
        "Elternarbeit an Schulen",
        (
            "{traeger} berichtet vom Elterncafé an der Schule: Es erreicht auch Eltern, die nicht zu Elternabenden kommen. Wichtig sind feste Zeiten, eine vertraute Ansprechperson und Übersetzung bei Bedarf.\n\nWeitere Schulen möchten das Modell übernehmen; die Familienzentren bieten Unterstützung an.",
        ),
        dauer=20,
        arten=(FG, ST),
        aufgaben=(
            ("Ablauf und Erfahrungen des Elterncafés für andere Schulen aufschreiben", "traeger"),
        ),
    ),
    Thema(
        "Delegation in die Lenkungsgruppe",
        (
            "{moderation} berichtet aus der letzten Lenkungsgruppe. Die Fokusgruppe bestätigt, dass {moderation} sie weiterhin in der Lenkungsgruppe vertritt; Vertretung ist die Stadtbibliothek.",
        ),
        dauer=10,
        arten=(FG,),
        beschluss="{moderation} bleibt Delegierte der Fokusgruppe Bildung in der Lenkungsgruppe.",
    ),
)

# The last meeting of the year plans the next one.
TERMINPLANUNG = Thema(
    "Terminplanung {folgejahr}",
    (
        "Die ersten Termine für {folgejahr} werden abgestimmt:\n\n{termine}\n\nIm November und Dezember finden wegen des Fachtags und der Haushaltsberatungen keine regulären Sitzungen statt. Die Einladungen kommen wie gewohnt zwei Wochen vorher.",
    ),
    dauer=10,
    beschluss="Die Sitzungstermine für {folgejahr} werden wie vorgeschlagen beschlossen.",
)

# --- the conference ------------------------------------------------------------------------

# (date, season, keynote, what it said)
# fmt: off
KONFERENZEN = {
    D(2023, 4, 19): ("Frühjahr 2023", "Sozialraumorientierung – fünf Prinzipien für die Praxis", "Der Vortrag erinnert an die fünf Prinzipien: vom Willen der Menschen ausgehen, Aktivierung vor Betreuung, Ressourcen des Sozialraums nutzen, zielgruppen- und bereichsübergreifend arbeiten, Vernetzung als Grundlage."),
    D(2023, 10, 18): ("Herbst 2023", "Kinderarmut im Regionalraum Nord – Zahlen und Wege", "Die Jugendhilfeplanung zeigt die Entwicklung der Kinderarmut in den fünf Sozialräumen. Besonders hoch ist der Anteil in Lindenhof und Nordheide."),
    D(2024, 4, 17): ("Frühjahr 2024", "Beteiligung, die wirkt", "Ein Praxisbericht zeigt, wie Kinder in die Planung eines Stadtteilparks einbezogen wurden und was sich dadurch verändert hat."),
    D(2024, 10, 16): ("Herbst 2024", "Gute Übergänge von der Kita bis in den Beruf", "Die Präventionskette wird vorgestellt: Wo gelingen Übergänge, wo gehen Kinder und Jugendliche verloren?"),
    D(2025, 4, 9): ("Frühjahr 2025", "Fachkräfte gewinnen und halten", "Eine Hochschule stellt Ergebnisse einer Befragung von Fachkräften vor: Team, Sinn und verlässliche Finanzierung halten Menschen im Arbeitsfeld."),
    D(2025, 10, 15): ("Herbst 2025", "Ganztag – Chance für Kooperation", "Das Schulamt und zwei Träger berichten, wie Schule und Jugendhilfe den Ganztag gemeinsam gestalten können."),
    D(2026, 4, 22): ("Frühjahr 2026", "Das Wissen im Sozialraum teilen", "Vorgestellt wird das Sozialraum-Register: Angebote finden, Kontakte festhalten, Gremienarbeit dokumentieren – damit Wissen nicht mit Menschen geht."),
    D(2026, 10, 14): ("Herbst 2026", "Jugendliche zwischen zehn und vierzehn", "Eine Jugendforscherin spricht über die Lebenswelt der Zehn- bis Vierzehnjährigen und was Angebote für diese Altersgruppe brauchen."),
    D(2027, 4, 21): ("Frühjahr 2027", "Familien in Krisen früh erreichen", ""),
}
# (topic, what came out)
KONFERENZ_AGS = (
    ("Angebote für Grundschulkinder am Nachmittag", "Bestehende Angebote besser abstimmen; eine Karte der Nachmittagsangebote im Register pflegen."),
    ("Eltern erreichen", "Elterncafés an Schulen ausbauen; Infos in mehreren Sprachen; Elternlotsinnen einsetzen."),
    ("Jugendliche im öffentlichen Raum", "Mehr aufsuchende Arbeit am Abend; überdachte Treffpunkte mit Jugendlichen planen."),
    ("Kooperation Schule – Jugendhilfe", "Feste Ansprechpersonen in jeder Schule; gemeinsame Fortbildungen zweimal im Jahr."),
    ("Ehrenamt stärken", "Ehrenamtliche besser einarbeiten und anerkennen; eine gemeinsame Ehrenamtsbörse."),
    ("Gesundheit und Bewegung", "Bewegungsangebote in Kitas und Vereinen vernetzen; Schwimmkurse für alle Grundschulkinder."),
    ("Übergang Schule – Beruf", "Praktikumsbörse der Betriebe im Regionalraum; Begleitung durch Ausbildungspatinnen."),
    ("Digitale Teilhabe", "Geräte und WLAN in Jugendclubs; Medienscouts in allen Schulen."),
)
# fmt: on
KONFERENZ_TOPS = (
    Thema(
        "Begrüßung",
        (
            "{koordination} begrüßt rund {anzahl} Teilnehmende aus Einrichtungen, Schulen, Vereinen und Verwaltung. Die Jugendamtsleitung dankt allen für ihr Engagement im {gebiet_lang}.",
        ),
        dauer=15,
    ),
    Thema(
        "Rückblick: Was hat sich seit der letzten Konferenz getan?",
        (
            "{moderation} stellt vor, was aus den Zielen der letzten Konferenz geworden ist:\n\n- Das gemeinsame Ferienheft ist erschienen.\n- Zwei neue Maßnahmen wurden von der Lenkungsgruppe bewilligt.\n- Der Übergangskalender ist noch nicht fertig.\n\nDie Teilnehmenden ergänzen Beispiele aus ihren Einrichtungen.",
        ),
        dauer=30,
    ),
    Thema("Impuls: {impuls}", ("{impuls_text}",), dauer=45),
    Thema(
        "Arbeitsgruppen",
        (
            "Die Teilnehmenden arbeiten in drei Gruppen; die Ergebnisse werden im Plenum vorgestellt.",
        ),
        dauer=90,
        unterpunkte=(
            Unterpunkt("AG 1: {ag1}", ("{ag1_ergebnis} (Moderation: {traeger})",), 90),
            Unterpunkt("AG 2: {ag2}", ("{ag2_ergebnis} (Moderation: {traeger2})",), 90),
            Unterpunkt("AG 3: {ag3}", ("{ag3_ergebnis} (Moderation: {traeger3})",), 90),
        ),
    ),
    Thema(
        "Ziele für das nächste Halbjahr",
        (
            "Aus den Arbeitsgruppen werden drei Ziele für das nächste Halbjahr abgeleitet. Die AG 78 Nord und die Lenkungsgruppe greifen sie auf und berichten auf der nächsten Konferenz.",
        ),
        dauer=30,
        beschluss="Die Konferenz verabredet als Ziele für das nächste Halbjahr: {ag1} – {ag1_ergebnis}",
        aufgaben=(
            (
                "Ergebnisse der Konferenz aufbereiten und an alle Teilnehmenden schicken",
                "koordination",
            ),
        ),
    ),
    Thema(
        "Abschluss und Ausblick",
        (
            "{koordination} dankt allen Beteiligten. Die nächste Sozialraumkonferenz findet am {naechste} statt.",
        ),
        dauer=10,
    ),
)

# Tasks that the demo logins must find on their start page: (Gremium, which past meeting
# counted from the last (-1), what, username, sentence added to the minutes of "Verschiedenes").
FESTE_AUFGABEN = (
    (
        "AG 78 Nord",
        -1,
        "Liste der Ansprechpersonen im RSD Nord für die Träger aktualisieren und an die Koordination schicken",
        "fachkraft",
        "Der RSD Nord aktualisiert seine Liste der Ansprechpersonen für die Träger.",
    ),
    (
        "Stadtteiltisch Lindenhof",
        -2,
        "Aushang mit den Sprechzeiten des RSD im Stadtteiltreff aktualisieren und Flyer mitbringen",
        "fachkraft",
        "Der RSD bietet einmal im Monat eine Sprechstunde im Stadtteiltreff an; Aushang und Flyer folgen.",
    ),
)
