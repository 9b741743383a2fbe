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
from .massnahmen_daten import Plan, Schritt, feste_plaene, weg

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


def teilen(summe: Decimal, anzahl: int) -> list[Decimal]:
    """``summe`` in ``anzahl`` monthly amounts to the cent; the last takes the remainder."""
    teil = (summe / anzahl).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
    return [teil] * (anzahl - 1) + [euro(summe - teil * (anzahl - 1))]


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
                weg(*wege),
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
                        weg(
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
            weg(
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
    plaene = feste_plaene() + _lenkungsgruppe_plaene()
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
