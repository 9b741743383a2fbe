"""Demo step "Maßnahmen": the Regionalräume's budgets and SRAE measures of Musterstadt.

Budgets for the four Regionalräume for the demo's year (``STICHTAG``, 1 Nov 2026), the year
before (where the older measures began) and the next one. Measures in every state of the
procedure, each with partners, a month plan adding up to the cent to its requested sum, its
steps (who, when, where discussed or decided) following the rules (at most 12 months per
period, 24 in all, an extension only after the evaluation) and payouts for the months before
``STICHTAG`` of those that ran. Ost is deliberately close to its limit in 2026 (less than
10 % free), no Regionalraum is overcommitted.

The Lenkungsgruppe's recommendations in the Gremien demo (gremien/demo/daten.py
"Maßnahmenanträge": „… empfiehlt die Maßnahme „X“ von Träger …“) become real measures, linked
to their TOP (a ``MassnahmenTop``) and, through the step "empfohlen", to the Sitzung, TOP and
Beschluss; so does the extension decided under "Auswertung laufender Maßnahmen", and the
request deferred in the same TOP ("zurückgestellt").

Idempotent: a measure is found again by its title and Regionalraum and then left as it is;
a budget is saved only when its amount differs.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from gremien.models import Beschluss, Tagesordnungspunkt
from sozialraum.models import Regionalraum, User
from traeger.demo.stammdaten import STICHTAG
from traeger.models import Traeger

from ..massnahmen.budget import BINDEND, NULL, euro, monat_plus, monate, spaetestes_ende
from ..models import (
    Auszahlung,
    Budget,
    Kooperationspartner,
    Massnahme,
    Massnahmenschritt,
    MassnahmenTop,
    Monatsbetrag,
)

S = Massnahme.Status
P = Kooperationspartner.Art
D = datetime.date
JAHR = STICHTAG.year

# Budget per Regionalraum (key) and year. Nord's 2026 budget grows if the Gremien demo's
# recommendations bind more than expected (see _budgets).
BUDGETS = {
    "01": {JAHR - 1: "20000", JAHR: "60000", JAHR + 1: "60000"},
    "02": {JAHR - 1: "10000", JAHR: "35000", JAHR + 1: "40000"},
    "03": {JAHR - 1: "10000", JAHR: "45000", JAHR + 1: "45000"},
    "04": {JAHR - 1: "10000", JAHR: "30000", JAHR + 1: "35000"},
}
NORD_FREI_MINDESTENS = Decimal("0.25")

EMPFEHLUNG = re.compile(
    r"empfiehlt die Maßnahme „(?P<titel>[^“]+)“ von (?P<traeger>.+?) wie beantragt \(zwölf Monate, (?P<summe>[\d.]+) €\)"
)
VERLAENGERUNG = re.compile(
    r"Die Maßnahme „(?P<titel>[^“]+)“ wird einmalig um zwölf Monate verlängert"
)
ANTRAG = re.compile(r"Antrag „(?P<titel>[^“]+)“")


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


def _weg(*stufen) -> list[Schritt]:
    return [Schritt(*s) if isinstance(s, tuple) else s for s in stufen]


def teilen(summe: Decimal, anzahl: int) -> list[Decimal]:
    """``summe`` in ``anzahl`` monthly amounts to the cent; the last takes the remainder."""
    teil = (summe / anzahl).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
    return [teil] * (anzahl - 1) + [euro(summe - teil * (anzahl - 1))]


def _feste_plaene() -> list[Plan]:
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
            _weg(("idee", D(JAHR, 10, 14), "redaktion", "Idee aus dem Jugendforum im September")),
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
            _weg(
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
            _weg(
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
            _weg(
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
            _weg(
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
            _weg(
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
            _weg(
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
            _weg(
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
            _weg(
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
            _weg(
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


def _lenkungsgruppe_plaene() -> list[Plan]:
    """The measures the Gremien demo's Lenkungsgruppe recommended, extended and deferred."""
    plaene = []
    empfehlungen = (
        Beschluss.objects.filter(text__contains="empfiehlt die Maßnahme „")
        .select_related("sitzung", "top")
        .order_by("sitzung__datum", "pk")
    )
    for beschluss in empfehlungen:
        treffer = EMPFEHLUNG.search(beschluss.text)
        if not treffer:
            continue
        titel, datum = treffer["titel"], beschluss.sitzung.datum
        unterpunkte = {
            t.titel: t for t in Tagesordnungspunkt.objects.filter(eltern=beschluss.top_id)
        }
        beginn = monat_plus(datum.replace(day=1), 2)
        vereinbart = datum + datetime.timedelta(days=21)
        wege = [
            ("idee", datum - datetime.timedelta(days=70), "redaktion"),
            (
                "beraten",
                datum - datetime.timedelta(days=35),
                "koordination",
                "im Sozialraumteam und in der AG 78 beraten",
            ),
            Schritt(
                "empfohlen",
                datum,
                "gremium",
                "Beschluss der Lenkungsgruppe",
                top=unterpunkte.get(f"Antrag „{titel}“"),
                beschluss=beschluss,
            ),
            ("vereinbart", vereinbart, "admin"),
        ]
        if beginn <= STICHTAG:
            wege.append(("laeuft", beginn, "admin"))
        plaene.append(
            Plan(
                "01",
                titel,
                treffer["traeger"],
                "In der Sozialraumanalyse sichtbar gewordene Lücke; Antrag in der Lenkungsgruppe vorgestellt.",
                "Wie im Antrag beschrieben; Zielgruppe und Zugang wurden auf Hinweis der AG 78 genauer gefasst.",
                "Kriterien der Auswertung nach zwölf Monaten, in der Kooperationsvereinbarung festgelegt.",
                treffer["summe"].replace(".", ""),
                beginn,
                12,
                _weg(*wege),
                [("Astrid-Lindgren-Grundschule", P.SCHULE, "verbindliche Kooperation")],
                top=unterpunkte.get(f"Antrag „{titel}“"),
            )
        )
        # The second request of the same TOP was deferred (its documents were missing).
        for unterpunkt in unterpunkte.values():
            antrag = ANTRAG.search(unterpunkt.titel)
            if antrag and antrag["titel"] != titel:
                plaene.append(
                    Plan(
                        "01",
                        antrag["titel"],
                        "Diakonie Musterstadt",
                        "Antrag aus dem Sozialraumteam.",
                        "Wie im Antrag beschrieben.",
                        "Noch offen: Kostenplan und Kooperationsvereinbarung fehlen.",
                        "9600",
                        monat_plus(datum.replace(day=1), 4),
                        12,
                        _weg(
                            ("idee", datum - datetime.timedelta(days=60), "redaktion"),
                            ("beraten", datum - datetime.timedelta(days=30), "koordination"),
                            Schritt(
                                "zurueckgestellt",
                                datum,
                                "gremium",
                                "vertagt: Kostenplan und Kooperationsvereinbarung fehlen",
                                top=unterpunkt,
                            ),
                        ),
                        top=unterpunkt,
                    )
                )
    verlaengert = (
        Beschluss.objects.filter(text__contains="wird einmalig um zwölf Monate verlängert")
        .select_related("sitzung", "top")
        .order_by("sitzung__datum")
        .last()
    )
    titel, beschluss, datum = "Familienfrühstück mit Beratung", None, D(JAHR, 10, 6)
    if verlaengert and (treffer := VERLAENGERUNG.search(verlaengert.text)):
        titel, beschluss, datum = treffer["titel"], verlaengert, verlaengert.sitzung.datum
    beginn = monat_plus(datum.replace(day=1), -11)
    ende = spaetestes_ende(beginn, 12)
    plaene.append(
        Plan(
            "01",
            titel,
            "Familienbildungsstätte Musterstadt e.V.",
            "Junge Familien im Lindenhof kennen die Beratungsangebote kaum.",
            "Ein Familienfrühstück jeden Samstag, mit einer Beraterin der Erziehungsberatung einmal im Monat.",
            "Teilnehmende Familien, Vermittlungen in Beratung, Befragung nach zehn Monaten.",
            "9600",
            beginn,
            12,
            _weg(
                ("idee", beginn - datetime.timedelta(days=110), "redaktion"),
                ("beraten", beginn - datetime.timedelta(days=80), "koordination"),
                ("empfohlen", beginn - datetime.timedelta(days=45), "gremium"),
                ("vereinbart", beginn - datetime.timedelta(days=20), "admin"),
                ("laeuft", beginn, "admin"),
                (
                    "evaluiert",
                    datum - datetime.timedelta(days=7),
                    "koordination",
                    "Auswertungsbericht: gut besucht, Kooperation mit der Schule funktioniert, Bedarf besteht weiter.",
                ),
                Schritt(
                    "verlaengert",
                    datum,
                    "admin",
                    "einmalig um zwölf Monate verlängert",
                    beginn=ende + datetime.timedelta(days=1),
                    ende=spaetestes_ende(ende + datetime.timedelta(days=1), 12),
                    top=beschluss.top if beschluss else None,
                    beschluss=beschluss,
                ),
            ),
            [("Eichengrund-Grundschule", P.SCHULE, "lädt Eltern der ersten Klassen ein")],
            verlaengerung=12,
            top=beschluss.top if beschluss else None,
            zielerreichung=Massnahme.Zielerreichung.ERREICHT,
            erkenntnisse="Im Schnitt zwölf Familien je Samstag; acht Familien in die Erziehungsberatung vermittelt.",
        )
    )
    return plaene


def _zeitpunkt(tag: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(tag, datetime.time(10, 0)))


def _anlegen(plan: Plan, raeume: dict, traeger: dict, nutzer: dict) -> Massnahme:
    summe = Decimal(plan.summe)
    erste = monate(plan.beginn, monat_plus(plan.beginn, plan.monate - 1))
    betraege = teilen(summe, plan.monate)
    plan_monate = dict(zip(erste, betraege, strict=True))
    if plan.verlaengerung:
        weitere = monate(
            monat_plus(plan.beginn, plan.monate),
            monat_plus(plan.beginn, plan.monate + plan.verlaengerung - 1),
        )
        plan_monate.update(dict(zip(weitere, teilen(summe, plan.verlaengerung), strict=True)))
    stufen = [s.status for s in plan.wege]
    vereinbart = "vereinbart" in stufen
    ende_erste = spaetestes_ende(plan.beginn, plan.monate)
    letzter = plan.wege[-1]
    massnahme = Massnahme.objects.create(
        titel=plan.titel,
        traeger=traeger[plan.traeger],
        regionalraum=raeume[plan.raum],
        bedarf=plan.bedarf,
        ziele=plan.ziele,
        ueberpruefung=plan.ueberpruefung,
        beantragte_summe=euro(sum(plan_monate.values(), NULL)),
        status=plan.status,
        beginn=plan.beginn if vereinbart else None,
        vereinbart_bis=ende_erste if vereinbart else None,
        ende=(letzter.ende if plan.verlaengerung else (plan.abbruch or ende_erste))
        if vereinbart
        else None,
        zielerreichung=plan.zielerreichung,
        erkenntnisse=plan.erkenntnisse,
        evaluiert_am=next((s.tag for s in plan.wege if s.status == "evaluiert"), None),
        abbruchgrund=plan.abbruchgrund,
        erstellt_von=nutzer[plan.wege[0].wer],
    )
    # Recorded when the idea came up, not when the demo was loaded (the lists sort by it).
    Massnahme.objects.filter(pk=massnahme.pk).update(created_at=_zeitpunkt(plan.wege[0].tag))
    massnahme.sozialraeume.add(raeume[plan.raum].sozialraeume.order_by("schluessel").first())
    for name, art, rolle in plan.partner:
        Kooperationspartner.objects.create(
            massnahme=massnahme,
            traeger=traeger.get(name),
            name="" if name in traeger else name,
            art=art,
            rolle=rolle,
        )
    bulk_create_with_history(
        [Monatsbetrag(massnahme=massnahme, monat=m, betrag=b) for m, b in plan_monate.items()],
        Monatsbetrag,
        default_user=nutzer[plan.wege[0].wer],
    )
    vorher = ""
    for schritt in plan.wege:
        beginn, ende = schritt.beginn, schritt.ende
        if schritt.status == "vereinbart":
            beginn, ende = plan.beginn, ende_erste
        Massnahmenschritt.objects.create(
            massnahme=massnahme,
            von_status=vorher,
            status=schritt.status,
            wer=nutzer[schritt.wer],
            wann=_zeitpunkt(schritt.tag),
            bemerkung=schritt.bemerkung,
            sitzung=schritt.beschluss.sitzung
            if schritt.beschluss
            else (schritt.top.sitzung if schritt.top else None),
            top=schritt.top,
            beschluss=schritt.beschluss,
            beginn=beginn,
            ende=ende,
        )
        vorher = schritt.status
    if plan.top is not None and not MassnahmenTop.objects.filter(top=plan.top).exists():
        MassnahmenTop.objects.create(massnahme=massnahme, top=plan.top)
    if plan.status in BINDEND or plan.status == S.ABGEBROCHEN:
        bis = plan.abbruch or STICHTAG
        bulk_create_with_history(
            [
                Auszahlung(
                    massnahme=massnahme,
                    monat=m,
                    betrag=b,
                    notiz="Abschlag laut Monatsplan",
                    gebucht_von=nutzer["admin"],
                    created_at=_zeitpunkt(m + datetime.timedelta(days=4)),
                )
                for m, b in plan_monate.items()
                if monat_plus(m, 1) <= bis
            ],
            Auszahlung,
            default_user=nutzer["admin"],
        )
    return massnahme


def _budgets(raeume: dict, nutzer: dict) -> int:
    from ..massnahmen.budget import jahresstand

    geaendert = 0
    for schluessel, jahre in BUDGETS.items():
        for jahr, betrag in jahre.items():
            betrag = Decimal(betrag)
            if schluessel == "01":  # room for the Lenkungsgruppe's recommendations
                gebunden = jahresstand(raeume[schluessel], jahr).gebunden
                noetig = gebunden / (1 - NORD_FREI_MINDESTENS)
                while betrag < noetig:
                    betrag += Decimal("5000")
            budget = Budget.objects.filter(regionalraum=raeume[schluessel], jahr=jahr).first()
            if budget is None:
                budget = Budget(regionalraum=raeume[schluessel], jahr=jahr)
            elif budget.betrag == betrag:
                continue
            budget.betrag = betrag
            budget.notiz = f"Beschluss des Jugendhilfeausschusses zum Haushalt {jahr}"
            budget._history_user = nutzer["admin"]
            budget.save()
            geaendert += 1
    return geaendert


def massnahmen_laden(ausgabe) -> None:
    raeume = {r.schluessel: r for r in Regionalraum.objects.filter(schluessel__in=BUDGETS)}
    if len(raeume) < len(BUDGETS):
        ausgabe("Maßnahmen: übersprungen (Regionalräume der Demo fehlen)")
        return
    nutzer = {
        u.username: u
        for u in User.objects.filter(username__in=["admin", "koordination", "redaktion", "gremium"])
    }
    plaene = _feste_plaene() + _lenkungsgruppe_plaene()
    namen = {p.traeger for p in plaene} | {n for p in plaene for n, _a, _r in p.partner}
    traeger = {t.name: t for t in Traeger.objects.filter(name__in=namen)}
    neu = 0
    with transaction.atomic():
        vorhanden = set(Massnahme.objects.values_list("regionalraum__schluessel", "titel"))
        for plan in plaene:
            if (plan.raum, plan.titel) in vorhanden or plan.traeger not in traeger:
                continue
            _anlegen(plan, raeume, traeger, nutzer)
            vorhanden.add((plan.raum, plan.titel))
            neu += 1
        budgets = _budgets(raeume, nutzer)
    ausgabe(
        f"Maßnahmen: {neu} neu (insgesamt {Massnahme.objects.count()}); Budgets: {budgets} neu oder geändert"
    )
