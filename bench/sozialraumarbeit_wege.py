"""The way of a bench measure in time (bench/sozialraumarbeit_plan.py makes the records).

For a measure now in a given state: its steps with their days, its first month, the months
of its first period and of its extension, the day it was broken off. The steps follow the
app's order (sozialraumarbeit/massnahmen/schritte.py), the periods its rules (at most 12
months, 24 in all, an evaluation before an extension or the end); every day lies in the past.
No agreed measure began before January of last year, so last, this and next year's budgets
hold what it binds.
"""

import datetime
import random
from dataclasses import dataclass

from sozialraumarbeit.massnahmen.budget import monat_plus, spaetestes_ende
from sozialraumarbeit.models import Massnahme

S = Massnahme.Status
# The way up to a decision.
ENTWURF_WEGE = {
    S.IDEE: [S.IDEE],
    S.BERATEN: [S.IDEE, S.BERATEN],
    S.EMPFOHLEN: [S.IDEE, S.BERATEN, S.EMPFOHLEN],
    S.ABGELEHNT: [S.IDEE, S.BERATEN, S.ABGELEHNT],
    S.ZURUECKGESTELLT: [S.IDEE, S.BERATEN, S.ZURUECKGESTELLT],
}
# Besides one measure in each state per Regionalraum, the others by these weights.
GEWICHTE = {
    S.IDEE: 3,
    S.BERATEN: 3,
    S.EMPFOHLEN: 2,
    S.ABGELEHNT: 2,
    S.ZURUECKGESTELLT: 2,
    S.VEREINBART: 2,
    S.LAEUFT: 6,
    S.EVALUIERT: 2,
    S.VERLAENGERT: 3,
    S.BEENDET: 6,
    S.ABGEBROCHEN: 1,
}


@dataclass
class Weg:
    schritte: list[tuple[str, datetime.date]]
    beginn: datetime.date  # first month of the (planned or agreed) first period
    monate: int  # of the first period
    verlaengerung: int = 0  # months of the extension
    abbruch: datetime.date | None = None

    @property
    def vereinbart(self) -> bool:
        return any(status == S.VEREINBART for status, _tag in self.schritte)

    @property
    def erstes_ende(self) -> datetime.date:
        return spaetestes_ende(self.beginn, self.monate)

    @property
    def ab_verlaengerung(self) -> datetime.date:
        return self.erstes_ende + datetime.timedelta(days=1)

    @property
    def ende(self) -> datetime.date:
        """The end of the period, extended or broken off."""
        if self.abbruch:
            return self.abbruch
        if self.verlaengerung:
            return spaetestes_ende(self.ab_verlaengerung, self.verlaengerung)
        return self.erstes_ende


class Wege:
    def __init__(self, rng: random.Random, heute: datetime.date):
        self.rng, self.heute = rng, heute
        self.jetzt = heute.replace(day=1)
        # Months from January of last year to this month: how far back a measure may begin.
        self.spielraum = 12 + self.jetzt.month - 1

    def tage(self, von: int, bis: int) -> datetime.timedelta:
        return datetime.timedelta(days=self.rng.randint(von, bis))

    def weg(self, status: str, lang: bool = False) -> Weg:
        """``lang``: deferred three times before it was recommended, 12 + 12 months."""
        rng = self.rng
        m1 = rng.choice((6, 9, 12, 12, 12))
        if status in ENTWURF_WEGE:
            return self._entwurf(status, m1)
        vorlauf = [S.IDEE, S.BERATEN, S.EMPFOHLEN, S.VEREINBART]
        if lang:
            vorlauf[1:1] = [S.BERATEN, S.ZURUECKGESTELLT] * 3
        if status == S.VEREINBART:
            beginn = monat_plus(self.jetzt, rng.randint(1, 3))
            weg = Weg(self._vorlauf(vorlauf, self.heute - self.tage(2, 40)), beginn, m1)
            return weg
        m2, abbruch = 0, None
        if status == S.LAEUFT:
            vor = rng.randint(0, min(m1 - 2, self.spielraum))
        elif status == S.EVALUIERT:  # its period ends this month or the next
            vor = min(m1 - rng.choice((1, 2)), self.spielraum)
        elif status == S.VERLAENGERT:
            m1 = 12 if lang else rng.choice((6, 9, 12))
            m2 = 12 if lang else rng.choice((6, 9, 12))
            hoechstens = min(m1 + m2 - 2, self.spielraum)
            vor = hoechstens if lang else rng.randint(m1, hoechstens)
        elif status == S.BEENDET:
            m2 = rng.choice((6, 9, 12)) if rng.random() < 0.35 else 0
            if m1 + m2 > self.spielraum:
                m2 = 0
            vor = rng.randint(m1 + m2, self.spielraum)
        else:  # broken off after a few months
            m1, gelaufen = 12, rng.randint(2, 7)
            vor = rng.randint(gelaufen + 1, self.spielraum)
            abbruch = monat_plus(self.jetzt, gelaufen - vor) + self.tage(0, 20)
        beginn = monat_plus(self.jetzt, -vor)
        weg = Weg(self._vorlauf(vorlauf, beginn - self.tage(10, 30)), beginn, m1, m2, abbruch)
        self._danach(weg, status)
        return weg

    def _entwurf(self, status: str, monate: int) -> Weg:
        folge = list(ENTWURF_WEGE[status])
        if status == S.ZURUECKGESTELLT and self.rng.random() < 0.3:
            folge[1:1] = [S.BERATEN, S.ZURUECKGESTELLT]  # deferred twice
        letzter = self.heute - self.tage(3, 400 if status == S.ABGELEHNT else 120)
        beginn = monat_plus(letzter.replace(day=1), self.rng.randint(2, 5))
        return Weg(self._vorlauf(folge, letzter), beginn, monate)

    def _vorlauf(self, folge: list[str], letzter: datetime.date) -> list:
        """``folge`` ending on ``letzter``, 20–45 days between two steps."""
        tage = [letzter]
        for _ in folge[1:]:
            tage.insert(0, tage[0] - self.tage(20, 45))
        return list(zip(folge, tage, strict=True))

    def _danach(self, weg: Weg, status: str) -> None:
        """The steps after the agreement: start, evaluation(s), extension, end or break."""
        heute, schritte = self.heute, weg.schritte
        schritte.append((S.LAEUFT, min(weg.beginn + self.tage(0, 4), heute)))
        ende = spaetestes_ende(weg.beginn, weg.monate)
        if status in (S.EVALUIERT, S.VERLAENGERT, S.BEENDET):
            evaluiert = min(ende - self.tage(5, 25), heute)
            schritte.append((S.EVALUIERT, evaluiert))
            if weg.verlaengerung:
                schritte.append((S.VERLAENGERT, min(evaluiert + self.tage(1, 10), ende)))
                ende = spaetestes_ende(ende + datetime.timedelta(days=1), weg.verlaengerung)
                if status == S.BEENDET:
                    schritte.append((S.EVALUIERT, ende - self.tage(5, 25)))
        if status == S.BEENDET:
            gestern = heute - datetime.timedelta(days=1)
            schritte.append((S.BEENDET, min(ende + self.tage(3, 40), gestern)))
        if status == S.ABGEBROCHEN:
            schritte.append((S.ABGEBROCHEN, weg.abbruch))
