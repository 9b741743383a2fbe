"""The fixed measures of the demo city (sozialraumarbeit/demo/massnahmen.py writes them)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from gremien.models import Beschluss, Tagesordnungspunkt
from traeger.demo.stammdaten import STICHTAG

from ..models import Kooperationspartner, Massnahme

P = Kooperationspartner.Art
D = datetime.date
JAHR = STICHTAG.year


@dataclass
class Schritt:
    status: str
    tag: datetime.date
    wer: str  # demo username
    bemerkung: str = ""
    beginn: datetime.date | None = None
    ende: datetime.date | None = None
    top: Tagesordnungspunkt | None = None
    beschluss: Beschluss | None = None


@dataclass
class Plan:
    raum: str
    titel: str
    traeger: str
    bedarf: str
    ziele: str
    ueberpruefung: str
    summe: str
    beginn: datetime.date  # first month of the (planned or agreed) first period
    monate: int
    wege: list[Schritt]
    partner: list[tuple[str, str, str]] = field(default_factory=list)  # (name, art, rolle)
    verlaengerung: int = 0  # months of the extension, same monthly amount
    zielerreichung: str = ""
    erkenntnisse: str = ""
    abbruch: datetime.date | None = None
    abbruchgrund: str = ""
    top: Tagesordnungspunkt | None = None  # the TOP that discussed it

    @property
    def status(self) -> str:
        return self.wege[-1].status


def weg(*stufen) -> list[Schritt]:
    return [Schritt(*s) if isinstance(s, tuple) else s for s in stufen]


def feste_plaene() -> list[Plan]:
    bahnhof = "Mobile Jugendarbeit am Bahnhofsplatz"
    return [
        Plan(
            "01",
            "Bolzplatz-Liga Hafenviertel",
            "SV Blau-Weiß Hafenviertel e.V.",
            "Am Bolzplatz Hafenstraße treffen sich abends Jugendliche ohne Angebot; Beschwerden der Nachbarschaft nehmen zu.",
            "Eine offene Liga mit festen Spielzeiten, Jugendliche übernehmen Verantwortung als Schiedsrichter und Teamleitung.",
            "Teilnehmende je Spieltag, Zahl der Beschwerden, Rückmeldung der Jugendlichen nach sechs Monaten.",
            "6000",
            D(JAHR + 1, 3, 1),
            6,
            weg(("idee", D(JAHR, 10, 14), "redaktion", "Idee aus dem Jugendforum im September")),
            [
                (
                    "Wohnungsbaugenossenschaft Musterstadt eG",
                    P.WOHNUNGSUNTERNEHMEN,
                    "stellt den Platz und einen Lagerraum",
                )
            ],
        ),
        Plan(
            "03",
            "Kinderkochkurs im Bürgerhaus",
            "Bürgerhaus Südstadt e.V.",
            "Viele Kinder im Mühlenbach kommen ohne Frühstück in die Schule; Eltern fragen nach günstigen Rezepten.",
            "Ein wöchentlicher Kochkurs für Kinder von 8 bis 12 Jahren, einmal im Monat mit Eltern.",
            "Teilnahme über das Jahr, Befragung der Eltern, Einschätzung der Schulsozialarbeit.",
            "7200",
            D(JAHR + 1, 2, 1),
            12,
            weg(
                ("idee", D(JAHR, 8, 25), "redaktion"),
                (
                    "beraten",
                    D(JAHR, 9, 22),
                    "koordination",
                    "im Sozialraumteam beraten; Kooperation mit der Grundschule noch klären",
                ),
            ),
            [
                (
                    "Astrid-Lindgren-Grundschule",
                    P.SCHULE,
                    "wirbt bei Eltern, stellt die Schulküche in den Ferien",
                )
            ],
        ),
        Plan(
            "04",
            "Sommerferien-Werkstatt Gartenstadt",
            "Abenteuerspielplatz Weststadt e.V.",
            "In den Sommerferien gibt es in der Gartenstadt kein Angebot für Kinder unter zehn Jahren.",
            "Drei Wochen Holz- und Lehmwerkstatt auf dem Abenteuerspielplatz, kostenfrei, ohne Anmeldung.",
            "Besuchszahlen je Tag, Anteil der Kinder aus der Gartenstadt, Rückmeldung der Eltern.",
            "4800",
            D(JAHR + 1, 6, 1),
            3,
            weg(
                ("idee", D(JAHR, 8, 4), "redaktion"),
                ("beraten", D(JAHR, 9, 8), "koordination"),
                (
                    "empfohlen",
                    D(JAHR, 10, 27),
                    "gremium",
                    "von der Lenkungsgruppe zur Vereinbarung empfohlen",
                ),
            ),
            [("SV Gartenstadt 1950 e.V.", P.VEREIN, "Ballspiele am Nachmittag")],
        ),
        Plan(
            "02",
            "Kletterwand am Jugendclub",
            "Boxclub Eichengrund e.V.",
            "Jugendliche wünschen sich mehr Bewegungsangebote im Eichengrund.",
            "Eine mobile Kletterwand mit Trainerstunden an zwei Nachmittagen.",
            "Teilnahme und Rückmeldung der Jugendlichen.",
            "14000",
            D(JAHR, 9, 1),
            12,
            weg(
                ("idee", D(JAHR, 4, 2), "redaktion"),
                ("beraten", D(JAHR, 5, 6), "koordination"),
                (
                    "abgelehnt",
                    D(JAHR, 6, 16),
                    "gremium",
                    "Kosten vor allem für Anschaffung; kein nachgewiesener Bedarf im Sozialraum, Angebot besteht im Nachbarsozialraum",
                ),
            ),
        ),
        Plan(
            "02",
            "Hausaufgabenhilfe im Nachbarschaftstreff",
            "Caritasverband Musterstadt e.V.",
            "Die Hausaufgabenhilfe der Grundschule hat eine Warteliste; viele Familien sprechen zu Hause kein Deutsch.",
            "Hausaufgabenhilfe an vier Nachmittagen im Nachbarschaftstreff der Genossenschaft, mit Ehrenamtlichen.",
            "Zahl der regelmäßig teilnehmenden Kinder, Einschätzung der Lehrkräfte zum Halbjahr.",
            "7200",
            D(JAHR, 12, 1),
            12,
            weg(
                ("idee", D(JAHR, 6, 3), "redaktion"),
                ("beraten", D(JAHR, 7, 7), "koordination"),
                ("empfohlen", D(JAHR, 9, 15), "gremium"),
                ("vereinbart", D(JAHR, 10, 13), "admin", "Vereinbarung unterzeichnet"),
            ),
            [
                (
                    "Wohnungsbaugenossenschaft Musterstadt eG",
                    P.WOHNUNGSUNTERNEHMEN,
                    "stellt den Nachbarschaftstreff mietfrei",
                ),
                (
                    "Eichengrund-Grundschule",
                    P.SCHULE,
                    "benennt Kinder, Austausch mit den Lehrkräften",
                ),
            ],
        ),
        Plan(
            "02",
            bahnhof,
            "DRK Kreisverband Musterstadt e.V.",
            "Am Bahnhofsplatz halten sich abends Jugendliche auf, die keine Einrichtung erreicht.",
            "Zwei Streetworker an drei Abenden, Vermittlung in Beratung und Freizeitangebote.",
            "Kontakte je Abend, Vermittlungen, Einschätzung von Polizei und Ordnungsamt nach einem Jahr.",
            "30000",
            D(JAHR, 1, 1),
            12,
            weg(
                ("idee", D(JAHR - 1, 9, 2), "redaktion"),
                ("beraten", D(JAHR - 1, 10, 7), "koordination"),
                ("empfohlen", D(JAHR - 1, 11, 11), "gremium"),
                ("vereinbart", D(JAHR - 1, 12, 2), "admin"),
                ("laeuft", D(JAHR, 1, 2), "admin"),
            ),
            [("FC Oststadt 09 e.V.", P.VEREIN, "öffnet den Kunstrasenplatz am Freitagabend")],
        ),
        Plan(
            "02",
            "Mädchentreff Eichengrund",
            "Familienbildungsstätte Musterstadt e.V.",
            "Mädchen ab zwölf Jahren nutzen die offenen Treffs kaum.",
            "Ein Mädchentreff an zwei Nachmittagen mit Kreativ- und Bewegungsangeboten.",
            "Teilnehmerinnen je Nachmittag, Befragung nach sechs Monaten.",
            "6000",
            D(JAHR, 2, 1),
            12,
            weg(
                ("idee", D(JAHR - 1, 10, 1), "redaktion"),
                ("beraten", D(JAHR - 1, 11, 5), "koordination"),
                ("empfohlen", D(JAHR - 1, 12, 9), "gremium"),
                ("vereinbart", D(JAHR, 1, 13), "admin"),
                ("laeuft", D(JAHR, 2, 2), "admin"),
                (
                    "abgebrochen",
                    D(JAHR, 6, 15),
                    "admin",
                    "Die Fachkraft hat gekündigt, eine Nachfolge war nicht zu finden.",
                ),
            ),
            [("Eichengrund-Grundschule", P.SCHULE, "Räume der Schule am Donnerstag")],
            abbruch=D(JAHR, 6, 15),
            abbruchgrund="Die Fachkraft hat gekündigt, eine Nachfolge war nicht zu finden; gezahlt wurde bis Mai.",
        ),
        Plan(
            "03",
            "Elternlotsen für neu zugezogene Familien",
            "Diakonie Musterstadt",
            "Neu zugezogene Familien finden Kita, Schule und Beratung im Süden nur schwer.",
            "Geschulte Elternlotsinnen begleiten Familien in den ersten Monaten zu Ämtern und Einrichtungen.",
            "Zahl der begleiteten Familien, Anmeldungen in Kita und Beratung, Befragung der Familien.",
            "15000",
            D(JAHR - 1, 12, 1),
            12,
            weg(
                ("idee", D(JAHR - 1, 8, 5), "redaktion"),
                ("beraten", D(JAHR - 1, 9, 9), "koordination"),
                ("empfohlen", D(JAHR - 1, 10, 14), "gremium"),
                ("vereinbart", D(JAHR - 1, 11, 4), "admin"),
                ("laeuft", D(JAHR - 1, 12, 1), "admin"),
                (
                    "evaluiert",
                    D(JAHR, 10, 20),
                    "koordination",
                    "Auswertungsbericht liegt vor; Verlängerung wird in der Lenkungsgruppe beraten.",
                ),
            ),
            [("Familientreff Weststadt e.V.", P.TRAEGER, "Schulung der Lotsinnen")],
            zielerreichung=Massnahme.Zielerreichung.ERREICHT,
            erkenntnisse="62 Familien begleitet, davon 40 in Kita oder Beratung angekommen. Gefragt sind vor allem Termine am Nachmittag.",
        ),
        Plan(
            "01",
            "Lernwerkstatt am Nachmittag",
            "Caritasverband Musterstadt e.V.",
            "Kinder der Klassen 3 bis 6 im Hafenviertel brauchen Unterstützung beim Lernen.",
            "Eine Lernwerkstatt an drei Nachmittagen mit Ehrenamtlichen und einer Fachkraft.",
            "Regelmäßige Teilnahme, Rückmeldung der Schulen zum Halbjahr.",
            "8400",
            D(JAHR - 1, 3, 1),
            12,
            weg(
                ("idee", D(JAHR - 2, 11, 4), "redaktion"),
                ("beraten", D(JAHR - 2, 12, 2), "koordination"),
                ("empfohlen", D(JAHR - 1, 1, 20), "gremium"),
                ("vereinbart", D(JAHR - 1, 2, 10), "admin"),
                ("laeuft", D(JAHR - 1, 3, 3), "admin"),
                ("evaluiert", D(JAHR, 2, 10), "koordination"),
                (
                    "beendet",
                    D(JAHR, 3, 3),
                    "admin",
                    "Nicht verlängert: Die Grundschule übernimmt die Lernzeit in ihren Ganztag.",
                ),
            ),
            [("Astrid-Lindgren-Grundschule", P.SCHULE, "Räume und Absprache mit den Lehrkräften")],
            zielerreichung=Massnahme.Zielerreichung.TEILWEISE,
            erkenntnisse="Gut angenommen von den jüngeren Kindern; die Klassen 5 und 6 kamen kaum.",
        ),
        Plan(
            "04",
            "Spielmobil Birkenwalde",
            "Familientreff Weststadt e.V.",
            "In Birkenwalde gibt es keinen Spielplatz in der Nähe der neuen Wohnblöcke.",
            "Ein Spielmobil kommt zweimal in der Woche in den Innenhof, mit Spielangeboten für Kinder und Eltern.",
            "Besuchszahlen, Rückmeldungen der Eltern, Beteiligung der Nachbarschaft.",
            "10800",
            D(JAHR, 4, 1),
            12,
            weg(
                ("idee", D(JAHR - 1, 12, 1), "redaktion"),
                ("beraten", D(JAHR, 1, 12), "koordination"),
                ("empfohlen", D(JAHR, 2, 23), "gremium"),
                ("vereinbart", D(JAHR, 3, 16), "admin"),
                ("laeuft", D(JAHR, 4, 1), "admin"),
            ),
            [
                (
                    "Wohnungsbaugenossenschaft Musterstadt eG",
                    P.WOHNUNGSUNTERNEHMEN,
                    "Innenhof und Strom",
                )
            ],
        ),
    ]
