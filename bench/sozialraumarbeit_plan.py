"""Planning the bench Sozialraumarbeit in memory (bench/sozialraumarbeit.py writes it).

As bench/gremien_plan.py: unsaved model instances that refer to each other, one
``random.Random``, the same plan on every run for the same month. A measure's way in time
comes from bench/sozialraumarbeit_wege.py, the texts from bench/sozialraumarbeit_daten.py.
"""

import bisect
import datetime
import random
from collections import defaultdict
from decimal import ROUND_CEILING, Decimal

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from bench.sozialraumarbeit_daten import (
    ABBRUCHGRUENDE,
    ABLEHNUNGEN,
    BARRIEREN,
    ERKENNTNISSE,
    PARTNER,
    RESSOURCEN,
    TRAEGER_ROLLEN,
    VORHABEN,
    ZURUECKSTELLUNGEN,
)
from bench.sozialraumarbeit_stadt import Stadt
from bench.sozialraumarbeit_wege import GEWICHTE, Weg, Wege
from sozialraum.models import User
from sozialraum.werkzeuge.fristen import monate_addieren
from sozialraum.zugang.rollen import (
    FACHKRAFT,
    JUGENDAMT_ADMINISTRATION,
    SOZIALRAUMKOORDINATION,
    TRAEGER_REDAKTION,
)
from sozialraumarbeit.demo.massnahmen import teilen
from sozialraumarbeit.massnahmen.budget import (
    BINDEND,
    NULL,
    euro,
    monat_plus,
    monate,
)
from sozialraumarbeit.massnahmen.regeln import EVALUATION_OFFEN
from sozialraumarbeit.models import (
    Auszahlung,
    Barriere,
    Budget,
    Kooperationspartner,
    Massnahme,
    Massnahmenschritt,
    MassnahmenTop,
    Monatsbetrag,
    Ressource,
)
from sozialraumarbeit.models.raumwissen import Herkunft, suchwoerter_fuer
from traeger.demo.daten import FUNKTIONEN_STANDARD, NACHNAMEN, VORNAMEN
from traeger.models import Kontakt, Traeger

MARKE = "Bench "  # measures' titles
PERSON_MARKE = "bench-sra-"  # who recorded, decided, booked
BUDGET_MARKE = "Bench: "  # budgets' notes
S = Massnahme.Status
SICHT = Kontakt.Sichtbarkeit
# The steps recorded at a Sitzung (of the Regionalraum's AG 78, where there was one).
IN_SITZUNG = (S.BERATEN, S.EMPFOHLEN, S.ABGELEHNT, S.ZURUECKGESTELLT)
WER = {
    S.IDEE: "redaktion",
    S.BERATEN: "koordination",
    S.EMPFOHLEN: "koordination",
    S.ABGELEHNT: "koordination",
    S.ZURUECKGESTELLT: "koordination",
    S.VEREINBART: "verwaltung",
    S.LAEUFT: "redaktion",
    S.EVALUIERT: "koordination",
    S.VERLAENGERT: "verwaltung",
    S.BEENDET: "redaktion",
    S.ABGEBROCHEN: "verwaltung",
}
BEMERKUNG = {
    S.BERATEN: "im Sozialraumteam und in der AG 78 beraten",
    S.EMPFOHLEN: "von der Lenkungsgruppe zur Vereinbarung empfohlen",
    S.VEREINBART: "Vereinbarung unterzeichnet",
    S.EVALUIERT: "Auswertungsbericht liegt vor.",
    S.VERLAENGERT: "einmalig verlängert",
    S.BEENDET: "Abschlussbericht liegt vor.",
}


def zeitpunkt(tag: datetime.date, minuten: int = 0) -> datetime.datetime:
    """Working hours of ``tag``, never later than now (a step of today, run at night)."""
    beginn = datetime.datetime.combine(tag, datetime.time(9, 0))
    return min(timezone.make_aware(beginn + datetime.timedelta(minutes=minuten)), timezone.now())


class Plan:
    """Everything planned in memory as unsaved model instances, then written in bulk."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.stadt = Stadt()
        self.heute = timezone.localdate()
        self.jetzt = timezone.now()  # a step today lies before it
        self.wege = Wege(self.rng, self.heute)
        self.personen: list[tuple[User, str]] = []
        self.budgets: list[Budget] = []
        self.ressourcen: list[Ressource] = []
        self.barrieren: list[Barriere] = []
        self.barrieren_im_sr = defaultdict(list)
        self.massnahmen: list[Massnahme] = []
        self.angelegt: dict[int, datetime.datetime] = {}  # id(measure) → recorded at
        self.sozialraeume, self.zielgruppen, self.antworten = [], [], []  # (measure, id/obj)
        self.partner: list[Kooperationspartner] = []
        self.monatsbetraege: list[Monatsbetrag] = []
        self.schritte: list[Massnahmenschritt] = []
        self.beratungen: list[MassnahmenTop] = []
        self.auszahlungen: list[Auszahlung] = []
        self.gebunden = defaultdict(lambda: NULL)  # (Regionalraum, year) → bound
        self.benutzte_tops: set[int] = set()

    def person(self, kuerzel: str, funktion: str, rolle: str) -> User:
        rng = self.rng
        user = User(
            username=f"{PERSON_MARKE}{kuerzel}",
            first_name=rng.choice(VORNAMEN),
            last_name=rng.choice(NACHNAMEN),
            email=f"{PERSON_MARKE}{kuerzel}@bench.example",
            funktion=funktion,
            password=make_password(None),
        )
        self.personen.append((user, rolle))
        return user

    # --- planning -------------------------------------------------------------------------

    def planen(self, massnahmen: tuple[int, int], eintraege: tuple[int, int]) -> None:
        rng, stadt = self.rng, self.stadt
        self.verwaltung = self.person("verwaltung", "Jugendhilfeplanung", JUGENDAMT_ADMINISTRATION)
        self.koordination = {
            r: self.person(f"k-{i:02d}", "Sozialraumkoordination", SOZIALRAUMKOORDINATION)
            for i, (r, _name) in enumerate(stadt.regionen, start=1)
        }
        self.redaktion = [
            self.person(f"r-{i:02d}", "Projektleitung", TRAEGER_REDAKTION) for i in range(1, 21)
        ]
        self.fachkraefte = [
            self.person(f"f-{i:02d}", rng.choice(FUNKTIONEN_STANDARD), FACHKRAFT)
            for i in range(1, 21)
        ]
        for i, sr in enumerate(stadt.sozialraeume):
            for model, vorlagen in ((Ressource, RESSOURCEN), (Barriere, BARRIEREN)):
                anzahl = eintraege[1] if i == 0 else rng.randint(*eintraege)
                for vorlage in rng.sample(vorlagen, min(anzahl, len(vorlagen))):
                    self.eintrag(sr, model, *vorlage)
        for i, region in enumerate(stadt.regionen):
            anzahl = massnahmen[1] if i == 0 else rng.randint(*massnahmen)
            staende = list(GEWICHTE)
            rng.shuffle(staende)
            staende += rng.choices(list(GEWICHTE), weights=list(GEWICHTE.values()), k=anzahl)
            if i == 0:  # the first: the longest way (bench/sozialraumarbeit.py measures it)
                staende.insert(0, S.VERLAENGERT)
            for j, status in enumerate(staende[:anzahl]):
                self.massnahme(region, status, lang=i == 0 and j == 0)
        self.budgets_planen()

    def eintrag(self, sr, model, art, titel, beschreibung) -> None:
        """A resource or barrier of the Sozialraum ``sr``, recorded by a Fachkraft or taken
        over from a meeting of the area's bench Gremium."""
        rng, stadt = self.rng, self.stadt
        sr_id, sr_name, region = sr
        eintrag = model(
            sozialraum_id=sr_id,
            art=art,
            titel=titel.format(sozialraum=sr_name),
            beschreibung=beschreibung,
            herkunft=Herkunft.FACHKRAFT,
            erfasst_von=rng.choice(self.fachkraefte),
            sichtbarkeit=SICHT.ALLE,
        )
        if rng.random() < 0.9:
            eintrag.zuletzt_geprueft = self.heute - self.wege.tage(0, 700)
        if stadt.quartiere[sr_id] and rng.random() < 0.3:
            eintrag.quartier_id = rng.choice(stadt.quartiere[sr_id])
        traeger = stadt.traeger_im_sr.get(sr_id, [])
        if traeger and rng.random() < 0.25:
            t = rng.choice(traeger)
            # In memory with its name: suchwoerter_fuer() reads it without a query.
            eintrag.traeger = Traeger(pk=t, name=stadt.traeger_name[t])
            eintrag.einrichtung_id = stadt.ort_im_sr.get((t, sr_id))
        if stadt.vor_ort[sr_id] and rng.random() < 0.4:
            datum, sitzung, tops = rng.choice(stadt.vor_ort[sr_id])
            eintrag.herkunft = Herkunft.SITZUNG
            eintrag.sitzung_id = sitzung
            eintrag.top_id = rng.choice(tops) if tops else None
            eintrag.erfasst_von = self.koordination[region]
            eintrag.zuletzt_geprueft = datum
        wurf = rng.random()
        if wurf < 0.05:
            eintrag.sichtbarkeit = SICHT.PRIVAT
        elif wurf < 0.15 and traeger:
            eintrag.sichtbarkeit = SICHT.TRAEGER
            eintrag.eigener_traeger_id = rng.choice(traeger)
        if rng.random() < 0.08:
            eintrag.beendet_am = self.heute - self.wege.tage(10, 300)
        if model is Barriere:
            eintrag.status = rng.choices(list(Barriere.Status), weights=(50, 30, 20))[0]
            self.barrieren.append(eintrag)
            if eintrag.beendet_am is None and eintrag.status != Barriere.Status.BEHOBEN:
                self.barrieren_im_sr[sr_id].append(eintrag)
        else:
            self.ressourcen.append(eintrag)
        eintrag.suchwoerter = suchwoerter_fuer(eintrag)

    def sitzung_fuer(self, region: int, frueher: datetime.date | None, tag: datetime.date):
        """The last held AG 78 meeting of the Regionalraum in the six weeks up to ``tag``
        (not before the previous step) and a free agenda item of it, or None."""
        sitzungen = self.stadt.ag78[region]
        i = bisect.bisect_right(sitzungen, (tag, float("inf")))
        if not i:
            return None
        datum, sitzung, tops = sitzungen[i - 1]
        if (frueher and datum <= frueher) or (tag - datum).days > 42:
            return None
        frei = [t for t in tops if t not in self.benutzte_tops]
        return datum, sitzung, self.rng.choice(frei) if frei else None

    def summe(self) -> Decimal:
        """A requested sum in cents, 2,400 to 36,000 €."""
        return Decimal(self.rng.randrange(240_000, 3_600_000)) / 100

    def monatsplan(self, weg: Weg) -> dict:
        """The requested sum spread over the months to the cent (the last month takes the
        rest), the extension with a sum of its own."""
        erste = monate(weg.beginn, weg.erstes_ende)
        plan = dict(zip(erste, teilen(self.summe(), weg.monate), strict=True))
        if weg.verlaengerung:
            weitere = monate(weg.ab_verlaengerung, weg.ende)
            plan.update(zip(weitere, teilen(self.summe(), weg.verlaengerung), strict=True))
        return plan

    def massnahme(self, region, status: str, lang: bool = False) -> None:
        rng, stadt = self.rng, self.stadt
        r_id, _name = region
        srs = stadt.sr_je_region[r_id]
        anzahl_sr = 4 if lang else rng.choices((1, 2, 3), weights=(60, 30, 10))[0]
        auswahl = rng.sample(srs, min(len(srs), anzahl_sr))
        haupt = auswahl[0]
        in_der_naehe = sorted({t for s in auswahl for t in stadt.traeger_im_sr.get(s[0], [])})
        traeger = rng.choice(in_der_naehe or sorted(stadt.traeger_name))
        titel, bedarf, ziele, ueberpruefung = rng.choice(VORHABEN)
        weg = self.wege.weg(status, lang)
        plan = self.monatsplan(weg) if status != S.IDEE or rng.random() < 0.7 else {}
        evaluiert_am = max((t for s, t in weg.schritte if s == S.EVALUIERT), default=None)
        zielerreichung = ""
        if evaluiert_am:
            zielerreichung = rng.choices(list(Massnahme.Zielerreichung), weights=(6, 3, 1))[0]
        wer = {
            "redaktion": rng.choice(self.redaktion),
            "koordination": self.koordination[r_id],
            "verwaltung": self.verwaltung,
        }
        massnahme = Massnahme(
            titel=f"{MARKE}{titel} {haupt[1]}",
            traeger_id=traeger,
            regionalraum_id=r_id,
            bedarf=bedarf.format(sozialraum=haupt[1]),
            ziele=ziele,
            ueberpruefung=ueberpruefung,
            beantragte_summe=euro(sum(plan.values(), NULL)),
            status=status,
            zielerreichung=zielerreichung,
            erkenntnisse=ERKENNTNISSE.get(zielerreichung, ""),
            evaluiert_am=evaluiert_am,
            abbruchgrund=rng.choice(ABBRUCHGRUENDE) if weg.abbruch else "",
            erstellt_von=wer["redaktion"],
        )
        if weg.vereinbart:
            massnahme.beginn, massnahme.vereinbart_bis = weg.beginn, weg.erstes_ende
            massnahme.ende = weg.ende
        if status in EVALUATION_OFFEN and massnahme.ende:
            faellig = monate_addieren(massnahme.ende, -1)
            massnahme.erinnert_am = faellig if faellig <= self.heute else None
        self.massnahmen.append(massnahme)
        erster = zeitpunkt(weg.schritte[0][1], rng.randint(0, 480))
        self.angelegt[id(massnahme)] = min(erster, self.jetzt)
        self.sozialraeume += [(massnahme, s[0]) for s in auswahl]
        anzahl_zg = 5 if lang else rng.randint(1, 3)
        zielgruppen = rng.sample(stadt.zielgruppen, min(anzahl_zg, len(stadt.zielgruppen)))
        self.zielgruppen += [(massnahme, z) for z in zielgruppen]
        offen = [b for s in auswahl for b in self.barrieren_im_sr[s[0]]]
        anzahl_b = 3 if lang else rng.choice((0, 0, 1, 1, 2))
        self.antworten += [(massnahme, b) for b in rng.sample(offen, min(anzahl_b, len(offen)))]
        self.partner_planen(massnahme, haupt, traeger, in_der_naehe, 6 if lang else None)
        self.monatsbetraege += [
            Monatsbetrag(massnahme=massnahme, monat=m, betrag=b) for m, b in plan.items()
        ]
        self.schritte_planen(massnahme, r_id, weg, wer)
        self.geld_planen(massnahme, r_id, weg, plan)

    def geld_planen(self, massnahme: Massnahme, region: int, weg: Weg, plan: dict) -> None:
        """A payout of the planned amount for every month past of an agreed measure (one
        broken off: until it stopped), and what it binds of the budget (massnahmen/budget.py:
        its plan once agreed; broken off, what was paid out)."""
        status = massnahme.status
        if status in BINDEND:
            for monat, betrag in plan.items():
                self.gebunden[(region, monat.year)] += betrag
        if status not in BINDEND and status != S.ABGEBROCHEN:
            return
        bis = weg.abbruch or self.heute
        for monat, betrag in plan.items():
            if monat_plus(monat, 1) > bis or not betrag:
                continue
            self.auszahlungen.append(
                Auszahlung(
                    massnahme=massnahme,
                    monat=monat,
                    betrag=betrag,
                    notiz="Abschlag laut Monatsplan",
                    gebucht_von=self.verwaltung,
                    created_at=zeitpunkt(monat + datetime.timedelta(days=4)),
                )
            )
            if status == S.ABGEBROCHEN:
                self.gebunden[(region, monat.year)] += betrag

    def partner_planen(self, massnahme, haupt, traeger, in_der_naehe, anzahl) -> None:
        rng = self.rng
        andere = [t for t in in_der_naehe if t != traeger]
        namen = rng.sample(PARTNER, len(PARTNER))
        for _ in range(anzahl or rng.randint(1, 4)):
            if andere and rng.random() < 0.55:
                t = andere.pop(rng.randrange(len(andere)))
                partner = Kooperationspartner(
                    massnahme=massnahme, traeger_id=t, rolle=rng.choice(TRAEGER_ROLLEN)
                )
            elif namen:
                name, art, rolle = namen.pop()
                partner = Kooperationspartner(
                    massnahme=massnahme, name=name.format(sozialraum=haupt[1]), art=art, rolle=rolle
                )
            else:
                continue
            self.partner.append(partner)

    def schritte_planen(self, massnahme: Massnahme, region: int, weg: Weg, wer: dict) -> None:
        """Its steps, those of the Sozialraumteam and the Lenkungsgruppe at a meeting of the
        Regionalraum's AG 78 where there was one (with the agenda item, a MassnahmenTop)."""
        rng, vorher, frueher = self.rng, "", None
        for status, tag in weg.schritte:
            schritt = Massnahmenschritt(
                massnahme=massnahme,
                von_status=vorher,
                status=status,
                wer=wer[WER[status]],
                bemerkung=BEMERKUNG.get(status, ""),
            )
            if status in IN_SITZUNG and (treffer := self.sitzung_fuer(region, frueher, tag)):
                tag, schritt.sitzung_id, schritt.top_id = treffer
                if schritt.top_id:
                    self.benutzte_tops.add(schritt.top_id)
                    self.beratungen.append(
                        MassnahmenTop(massnahme=massnahme, top_id=schritt.top_id)
                    )
            if status == S.ABGELEHNT:
                schritt.bemerkung = rng.choice(ABLEHNUNGEN)
            elif status == S.ZURUECKGESTELLT:
                schritt.bemerkung = rng.choice(ZURUECKSTELLUNGEN)
            elif status == S.ABGEBROCHEN:
                schritt.bemerkung = massnahme.abbruchgrund
            elif status == S.VEREINBART:
                schritt.beginn, schritt.ende = weg.beginn, weg.erstes_ende
            elif status == S.VERLAENGERT:
                schritt.beginn, schritt.ende = weg.ab_verlaengerung, weg.ende
            schritt.wann = min(zeitpunkt(tag, rng.randint(0, 480)), self.jetzt)
            self.schritte.append(schritt)
            vorher, frueher = status, tag

    def budgets_planen(self) -> None:
        """Budgets of last, this and next year: what the measures bind there is 60–88 % of
        it; in the second Regionalraum this year 95 % ("knapp"). At least 20,000 €."""
        rng, jahr = self.rng, self.heute.year
        regionen = [r for r, _n in self.stadt.regionen]
        knapp = (regionen[min(1, len(regionen) - 1)], jahr)
        for r_id in regionen:
            for j in (jahr - 1, jahr, jahr + 1):
                gebunden = self.gebunden[(r_id, j)]
                anteil = (
                    Decimal("0.95") if (r_id, j) == knapp else Decimal(rng.randint(60, 88)) / 100
                )
                tausender = (gebunden / anteil / 1000).to_integral_value(rounding=ROUND_CEILING)
                self.budgets.append(
                    Budget(
                        regionalraum_id=r_id,
                        jahr=j,
                        betrag=euro(max(Decimal(20_000), tausender * 1000)),
                        notiz=f"{BUDGET_MARKE}Beschluss des Jugendhilfeausschusses zum Haushalt {j}",
                    )
                )
