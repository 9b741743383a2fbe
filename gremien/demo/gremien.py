"""Demo city Musterstadt: eleven Gremien with a year of meetings, minutes, decisions and tasks.

Each Gremium is planned in memory from its own ``random.Random`` (seeded with its name) on top
of the demo Träger, so every run plans the same year; the step then creates what is missing
and corrects what differs. Keys are stable fields: Gremium by name, Mitgliedschaft by
(Gremium, person, Träger), Sitzung by (Gremium, Datum), Tagesordnungspunkt by (Sitzung,
Position), Teilnahme by (Sitzung, Mitgliedschaft, Gast), Beschluss and Aufgabe by (Sitzung,
TOP, n-th). Past meetings lie before :data:`traeger.demo.stammdaten.STICHTAG`; planned ones start at
:data:`ZUKUNFT_AB`, safely after the real date on which the demo is shown, so the start page
has "next meetings". Minutes of past meetings are released with :func:`protokoll_freigeben`
except the most recent one per Gremium (still a draft); a release happens only once, and
again only if the planned minutes change. The data tables live in :mod:`gremien.demo.daten`.
"""

import datetime
import random
import re
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from sozialraum.models import Regionalraum, Sozialraum, User
from sozialraum.zugang.rollen import FACHKRAFT
from traeger.demo.stammdaten import PREFIX_EINRICHTUNG, PREFIX_TRAEGER, STICHTAG
from traeger.models import Einrichtung, Traeger

from ..models import (
    Aufgabe,
    Beschluss,
    Gremium,
    Mitgliedschaft,
    Protokollversion,
    Sitzung,
    Tagesordnungspunkt,
    Teilnahme,
)
from ..signals import koordination_abgleichen
from ..sitzung.protokoll import protokoll_freigeben, stand
from .daten import (
    ABSAGE,
    BETRAEGE,
    BUDGETS,
    DEMO_TRAEGER,
    EINLADUNG,
    EINLADUNG_KONFERENZ,
    EINLADUNG_STADTTEIL,
    EROEFFNUNG,
    EROEFFNUNG_STADTTEIL,
    FEIERTAGE,
    FESTE_AUFGABEN,
    GREMIEN,
    JUGENDAMT,
    KLEINPROJEKTE,
    KO,
    KONFERENZ_AGS,
    KONFERENZ_TOPS,
    KONFERENZEN,
    MONATE,
    PERSONEN,
    PROJEKTE,
    RAEUME,
    ST,
    TERMINPLANUNG,
    THEMEN,
    VERSCHIEDENES,
    VIDEO,
    AlleWochen,
    GremiumSpec,
    Monatlich,
    Termine,
    Thema,
)

SEED = 2026
ZUKUNFT_AB = datetime.date(2027, 1, 1)  # planned meetings: after the real "today" of a demo
JAHR = datetime.timedelta(days=365)
QUARTAL = datetime.timedelta(days=91)
JUGENDAMT_NAME = "Jugendamt Musterstadt"
NICHT_ZUFAELLIG = {"fachkraft"}  # her tasks are the fixed ones of FESTE_AUFGABEN

R = Mitgliedschaft.Rolle
T = Teilnahme.Status
STIMMBERECHTIGT = {R.KOORDINATION, R.MODERATION, R.MITGLIED, R.VERTRETUNG}


# --- what the plan is made of ------------------------------------------------------------


@dataclass(frozen=True)
class _Traeger:
    pk: int
    ext: str
    name: str
    art: str


@dataclass(frozen=True)
class _Einrichtung:
    pk: int
    ext: str
    name: str
    art: str
    traeger: str  # externe_id
    sozialraum: str  # schluessel
    regionalraum: str  # schluessel


@dataclass(frozen=True)
class _Person:
    user: User
    traeger: str | None  # externe_id

    @property
    def name(self) -> str:
        return str(self.user)


@dataclass
class _Kontext:
    traeger: dict[str, _Traeger]
    nach_name: dict[str, str]  # Träger name -> externe_id
    einrichtungen: list[_Einrichtung]
    personen: dict[str, _Person]


@dataclass
class MPlan:
    person: str | None  # username
    traeger: str | None  # externe_id
    rolle: str
    von: datetime.date | None
    bis: datetime.date | None = None
    vertretung_fuer: tuple[str | None, str | None] | None = None

    @property
    def schluessel(self) -> tuple[str | None, str | None]:
        return (self.person, self.traeger)

    def aktiv(self, datum: datetime.date) -> bool:
        return (self.von is None or self.von <= datum) and (self.bis is None or datum <= self.bis)


@dataclass
class TPlan:
    position: int
    eltern: int | None
    titel: str
    verantwortlich: str | None
    dauer: int | None
    protokoll: str


@dataclass
class TnPlan:
    mitglied: tuple[str | None, str | None] | None
    gast_name: str
    traeger: str | None
    status: str


@dataclass
class BPlan:
    top: int | None
    text: str
    ja: int | None = None
    nein: int | None = None
    enthaltung: int | None = None


@dataclass
class APlan:
    top: int | None
    was: str
    person: str | None
    traeger: str | None
    faellig: datetime.date | None
    status: str
    erledigt_am: datetime.date | None = None


@dataclass
class SPlan:
    datum: datetime.date
    felder: dict
    tops: list[TPlan] = field(default_factory=list)
    teilnahmen: list[TnPlan] = field(default_factory=list)
    beschluesse: list[BPlan] = field(default_factory=list)
    aufgaben: list[APlan] = field(default_factory=list)
    freigabe: datetime.datetime | None = None


@dataclass
class GPlan:
    spec: GremiumSpec
    mitglieder: list[MPlan]
    sitzungen: list[SPlan]
    koordination: str


# --- dates ---------------------------------------------------------------------------------


def _verschoben(datum: datetime.date) -> datetime.date:
    while datum in FEIERTAGE:
        datum += datetime.timedelta(weeks=1)
    return datum


def termine(regel, von: datetime.date, bis: datetime.date) -> list[datetime.date]:
    """The dates of a rhythm in [von, bis), holidays moved by a week."""
    daten: list[datetime.date] = []
    if isinstance(regel, Termine):
        daten = list(regel.daten)
    elif isinstance(regel, AlleWochen):
        schritt = datetime.timedelta(weeks=regel.wochen)
        k = -((regel.anker - von) // schritt)  # first step on or after von
        datum = regel.anker + k * schritt
        while datum < bis:
            daten.append(_verschoben(datum))
            datum += schritt
    elif isinstance(regel, Monatlich):
        jahr, monat = von.year, von.month
        while datetime.date(jahr, monat, 1) < bis:
            if monat not in regel.pause:
                daten.append(_verschoben(_nter_wochentag(jahr, monat, regel)))
            jahr, monat = (jahr + 1, 1) if monat == 12 else (jahr, monat + 1)
    return sorted(d for d in set(daten) if von <= d < bis)


def _rhythmus_felder(regel: Monatlich | AlleWochen | Termine) -> dict:
    """The Gremium's rule (gremien/rhythmus.py) as the demo plans its meetings."""
    if isinstance(regel, Monatlich):
        return {
            "rhythmus_regel": "monatlich_letzter" if regel.nte == -1 else "monatlich",
            "rhythmus_intervall": 1,
            "rhythmus_wochentag": regel.wochentag,
            "rhythmus_nte": regel.nte if regel.nte > 0 else None,
            "rhythmus_pause": ",".join(str(m) for m in regel.pause),
        }
    if isinstance(regel, AlleWochen):
        return {
            "rhythmus_regel": "woechentlich",
            "rhythmus_intervall": regel.wochen,
            "rhythmus_wochentag": regel.anker.weekday(),
            "rhythmus_nte": None,
            "rhythmus_pause": "",
        }
    return {
        "rhythmus_regel": "",
        "rhythmus_intervall": 1,
        "rhythmus_wochentag": None,
        "rhythmus_nte": None,
        "rhythmus_pause": "",
    }


def _nter_wochentag(jahr: int, monat: int, regel: Monatlich) -> datetime.date:
    if regel.nte > 0:
        erster = datetime.date(jahr, monat, 1)
        tag = erster + datetime.timedelta(days=(regel.wochentag - erster.weekday()) % 7)
        return tag + datetime.timedelta(weeks=regel.nte - 1)
    naechster = datetime.date(jahr + (monat == 12), monat % 12 + 1, 1)
    letzter = naechster - datetime.timedelta(days=1)
    return letzter - datetime.timedelta(days=(letzter.weekday() - regel.wochentag) % 7)


def _datum(d: datetime.date | None) -> str:
    return f"{d:%d.%m.%Y}" if d else ""


def _satz(vorlage: str, werte: dict) -> str:
    """Fill in a text; a name ending in "e.V." at the end of a sentence keeps one full stop."""
    return re.sub(r"\.\.(?=\s|$)", ".", vorlage.format_map(werte))


# --- planning one Gremium -----------------------------------------------------------------


class _Planung:
    def __init__(self, spec: GremiumSpec, kx: _Kontext, gebiet_name: str):
        self.spec, self.kx, self.gebiet_name = spec, kx, gebiet_name
        self.rng = random.Random(f"{SEED}:{spec.name}")
        feld = "sozialraum" if len(spec.gebiet) == 4 else "regionalraum"
        self.im_gebiet = [e for e in kx.einrichtungen if getattr(e, feld) == spec.gebiet]
        self.benutzt: dict[str, int] = {}
        self.zuletzt: list[set[str]] = []

    # members

    def mitglieder(self) -> list[MPlan]:
        spec, kx, rng = self.spec, self.kx, self.rng
        mitglieder: list[MPlan] = []
        for username, rolle, fuer, von in spec.personen:
            person = kx.personen.get(username)
            if person is None:
                continue
            traeger = person.traeger if rolle != R.GAST else None
            vertretung = None
            if fuer and fuer in kx.personen:
                vertretung = (fuer, kx.personen[fuer].traeger)
            mitglieder.append(MPlan(username, traeger, rolle, von or spec.seit, None, vertretung))

        vertreten = {m.traeger for m in mitglieder}
        gaeste = {kx.nach_name[n] for n in spec.gast_traeger if n in kx.nach_name}
        kandidaten = sorted(
            {
                e.traeger
                for e in self.im_gebiet
                if not spec.traeger_arten or kx.traeger[e.traeger].art in spec.traeger_arten
            }
            - vertreten
            - gaeste
        )
        immer = [t for t in kandidaten if kx.traeger[t].art in spec.immer]
        rest = [t for t in kandidaten if t not in immer]
        if len(kandidaten) > spec.max_traeger:
            rest = rng.sample(rest, max(0, spec.max_traeger - len(immer)))
        auswahl = sorted(immer[: spec.max_traeger] + rest)
        traeger_mitglieder = [MPlan(None, t, R.MITGLIED, spec.seit) for t in auswahl]
        wechsel = [m for m in traeger_mitglieder if m.traeger not in immer]
        rng.shuffle(wechsel)
        for m in wechsel[: spec.neu_dazu]:
            m.von = STICHTAG - datetime.timedelta(days=rng.randint(90, 300))
        for m in wechsel[spec.neu_dazu : spec.neu_dazu + spec.ausgeschieden]:
            m.bis = STICHTAG - datetime.timedelta(days=rng.randint(120, 240))
        mitglieder += traeger_mitglieder
        mitglieder += [MPlan(None, t, R.GAST, spec.seit) for t in sorted(gaeste)]
        return mitglieder

    # one year of meetings

    def plan(self) -> GPlan:
        spec, rng = self.spec, self.rng
        mitglieder = self.mitglieder()
        koordination = next(m.person for m in mitglieder if m.rolle == R.KOORDINATION)
        moderation = next((m.person for m in mitglieder if m.rolle == R.MODERATION), koordination)
        self.koordination, self.moderation = koordination, moderation

        ab = datetime.date(2000, 1, 1) if isinstance(spec.regel, Termine) else STICHTAG - JAHR
        vergangen = termine(spec.regel, ab, STICHTAG)
        frueher = termine(spec.regel, ab - JAHR, ab)
        geplant = termine(spec.regel, ZUKUNFT_AB, ZUKUNFT_AB + 2 * JAHR)[: spec.geplant]
        daten = vergangen + geplant
        abgesagt = {d for d in vergangen if (d.year, d.month) in spec.abgesagt}
        stattgefunden = [d for d in vergangen if d not in abgesagt]
        letzte = stattgefunden[-1]
        fest = {
            stattgefunden[index]: (was, username, satz)
            for name, index, was, username, satz in FESTE_AUFGABEN
            if name == spec.name and len(stattgefunden) >= -index
        }

        orte = self._orte(mitglieder)
        sitzungen = []
        vorher = frueher[-1] if frueher else None
        for i, datum in enumerate(daten):
            naechste = next((d for d in daten[i + 1 :] if d not in abgesagt), None)
            if datum >= STICHTAG:
                status = (
                    Sitzung.Status.EINGELADEN if datum == geplant[0] else Sitzung.Status.GEPLANT
                )
            elif datum in abgesagt:
                status = Sitzung.Status.ABGESAGT
            else:
                status = Sitzung.Status.DURCHGEFUEHRT
            s = self._sitzung(i, datum, status, orte, naechste, mitglieder)
            durchgefuehrt = status == Sitzung.Status.DURCHGEFUEHRT
            if durchgefuehrt:
                s.teilnahmen = self._teilnahmen(datum, mitglieder, fest.get(datum))
            kontext = {
                "vorher": vorher,
                "naechste": naechste,
                "letzte": datum == letzte,
                "geplant": geplant,
                "fest": fest.get(datum),
                "durchgefuehrt": durchgefuehrt,
            }
            self._tagesordnung(s, mitglieder, kontext)
            if durchgefuehrt and datum != letzte:
                tag = datum + datetime.timedelta(days=rng.randint(3, 12))
                zeit = datetime.time(rng.randint(8, 16), rng.choice((0, 15, 30, 45)))
                s.freigabe = timezone.make_aware(datetime.datetime.combine(tag, zeit))
            if durchgefuehrt:
                vorher = datum
            sitzungen.append(s)
        return GPlan(spec, mitglieder, sitzungen, koordination)

    def _orte(self, mitglieder: list[MPlan]) -> list[_Einrichtung]:
        spec = self.spec
        if spec.orte:
            nach_name = {e.name: e for e in self.kx.einrichtungen}
            orte = [nach_name[n] for n in spec.orte if n in nach_name]
            if orte:
                return orte
        traeger = {m.traeger for m in mitglieder}
        orte = [e for e in self.im_gebiet if e.traeger in traeger and e.art in spec.ort_arten]
        self.rng.shuffle(orte)
        return orte

    def _sitzung(self, i, datum, status, orte, naechste, mitglieder) -> SPlan:
        spec, rng = self.spec, self.rng
        ort, ort_text = None, spec.ort_text
        if rng.random() < spec.video or not orte:
            ort, ort_text = None, VIDEO
        elif spec.reihum:
            ort, ort_text = orte[i % len(orte)], rng.choice(RAEUME)
        else:
            ort = orte[0] if len(orte) == 1 or rng.random() < 0.8 else rng.choice(orte[1:])
        titel = ""
        if spec.art == KO and datum in KONFERENZEN:
            titel = f"{spec.name} – {KONFERENZEN[datum][0]}"
        werte = {
            "datum": _datum(datum),
            "beginn": f"{spec.beginn:%H:%M}",
            "ende": f"{spec.ende:%H:%M}",
            "ort": ", ".join(t for t in (ort.name if ort else "", ort_text) if t),
            "frist": _datum(datum - datetime.timedelta(days=7)),
            "koordination": self.kx.personen[self.koordination].name,
            "gremium": spec.name,
            "titel": titel,
            "naechste": _datum(naechste),
        }
        if status == Sitzung.Status.ABGESAGT:
            vorlage = ABSAGE
        elif spec.art == KO:
            vorlage = EINLADUNG_KONFERENZ
        elif spec.art == ST:
            vorlage = EINLADUNG_STADTTEIL
        else:
            vorlage = EINLADUNG
        return SPlan(
            datum,
            {
                "titel": titel,
                "beginn": spec.beginn,
                "ende": spec.ende,
                "ort_einrichtung_id": ort.pk if ort else None,
                "ort_text": ort_text,
                "status": status,
                "einladungstext": vorlage.format_map(werte),
            },
        )

    def _teilnahmen(self, datum, mitglieder: list[MPlan], fest) -> list[TnPlan]:
        rng = self.rng
        status: dict[tuple, str] = {}
        gewichte_traeger = (60, 25, 15) if self.spec.art == KO else (68, 20, 12)
        for m in mitglieder:
            if not m.aktiv(datum) or m.rolle == R.VERTRETUNG:
                continue
            if m.rolle == R.KOORDINATION or (fest and m.person == fest[1]):
                status[m.schluessel] = T.ANWESEND
            elif m.rolle == R.GAST:
                wurf = rng.random()
                if wurf < 0.6:
                    status[m.schluessel] = T.ANWESEND if wurf < 0.4 else T.ENTSCHULDIGT
            else:
                gewichte = (
                    (90, 10, 0)
                    if m.rolle == R.MODERATION
                    else (78, 16, 6)
                    if m.person
                    else gewichte_traeger
                )
                status[m.schluessel] = rng.choices((T.ANWESEND, T.ENTSCHULDIGT, T.FEHLT), gewichte)[
                    0
                ]
        for m in mitglieder:
            if m.rolle == R.VERTRETUNG and m.aktiv(datum):
                vertreten = status.get(m.vertretung_fuer)
                if vertreten and vertreten != T.ANWESEND and rng.random() < 0.75:
                    status[m.schluessel] = T.ANWESEND
        teilnahmen = [
            TnPlan(m.schluessel, "", m.traeger, status[m.schluessel])
            for m in mitglieder
            if m.schluessel in status
        ]
        if self.spec.gaeste and rng.random() < self.spec.gast_quote:
            name, traeger = rng.choice(self.spec.gaeste)
            teilnahmen.append(TnPlan(None, name, self.kx.nach_name.get(traeger), T.ANWESEND))
        return teilnahmen

    # agenda, minutes, decisions, tasks

    def _themen(self, datum: datetime.date, anzahl: int) -> list[Thema]:
        rng, art = self.rng, self.spec.art
        kuerzlich = set().union(*self.zuletzt[-3:])
        passend = [
            t for t in THEMEN if art in t.arten and (not t.monate or datum.month in t.monate)
        ]
        pool = [t for t in passend if t.titel not in kuerzlich and self.benutzt.get(t.titel, 0) < 2]
        if len(pool) < anzahl:  # a small pool: allow a third time, but not twice in a row
            vorige = self.zuletzt[-1] if self.zuletzt else set()
            pool += [t for t in passend if t not in pool and t.titel not in vorige]
        gewaehlt = []
        while pool and len(gewaehlt) < anzahl:
            gewichte = [1 / (1 + self.benutzt.get(t.titel, 0)) ** 2 for t in pool]
            thema = rng.choices(pool, gewichte)[0]
            pool.remove(thema)
            gewaehlt.append(thema)
        for thema in gewaehlt:
            self.benutzt[thema.titel] = self.benutzt.get(thema.titel, 0) + 1
        self.zuletzt.append({t.titel for t in gewaehlt})
        return gewaehlt

    def _tagesordnung(self, s: SPlan, mitglieder: list[MPlan], kontext: dict) -> None:
        spec, rng, kx = self.spec, self.rng, self.kx
        if spec.art == KO:
            agenda = list(KONFERENZ_TOPS)
        else:
            vorne = [EROEFFNUNG_STADTTEIL if spec.art == ST else EROEFFNUNG]
            if spec.art in JUGENDAMT.arten:
                vorne.append(JUGENDAMT)
            hinten = [TERMINPLANUNG] if kontext["letzte"] else []
            hinten.append(VERSCHIEDENES)
            anzahl = max(1, rng.randint(3, 6) - len(vorne) - len(hinten))
            agenda = vorne + self._themen(s.datum, anzahl) + hinten

        durchgefuehrt = kontext["durchgefuehrt"]
        anwesend = {t.mitglied for t in s.teilnahmen if t.mitglied and t.status == T.ANWESEND}
        rollen = {m.schluessel: m.rolle for m in mitglieder}
        if durchgefuehrt:
            personen = [k[0] for k in anwesend if k[0] and rollen[k] != R.GAST]
            traeger = sorted({k[1] for k in anwesend if k[1] and rollen[k] != R.GAST})
        else:
            personen = [
                m.person for m in mitglieder if m.person and m.rolle not in (R.GAST, R.VERTRETUNG)
            ]
            traeger = sorted({m.traeger for m in mitglieder if m.traeger and m.rolle != R.GAST})
        personen = sorted(set(personen))
        if len(traeger) < 3:
            traeger += sorted({e.traeger for e in self.im_gebiet} - set(traeger))[
                : 3 - len(traeger)
            ]
        jugendamt = kx.nach_name.get(JUGENDAMT_NAME)
        ja_personen = sorted(
            (
                p
                for p in personen
                if kx.personen[p].traeger == jugendamt and p not in NICHT_ZUFAELLIG
            ),
            key=lambda p: p == self.koordination,
        )
        stimmen = sum(1 for k in anwesend if rollen[k] in STIMMBERECHTIGT)
        gaeste = [t.gast_name for t in s.teilnahmen if t.gast_name]
        konferenz = self._konferenz(s.datum, len(anwesend)) if spec.art == KO else {}
        benutzte_texte: set[str] = set()
        position = 0

        for thema in agenda:
            position += 1
            werte, t_ext = self._werte(s.datum, kontext, traeger, konferenz)
            if thema in (EROEFFNUNG, EROEFFNUNG_STADTTEIL, VERSCHIEDENES, TERMINPLANUNG) or (
                spec.art == KO and not thema.unterpunkte
            ):
                verantwortlich = self.koordination
            elif thema is JUGENDAMT:
                verantwortlich = ja_personen[0] if ja_personen else self.koordination
            else:
                verantwortlich = rng.choice(personen) if personen and rng.random() < 0.7 else None
            text = ""
            if durchgefuehrt:
                texte = thema.texte
                if thema is VERSCHIEDENES and kontext["fest"]:
                    texte = tuple(t for t in texte if not t.startswith("Keine weiteren"))
                text = self._text(texte, werte, benutzte_texte)
                if thema in (EROEFFNUNG, EROEFFNUNG_STADTTEIL) and gaeste:
                    text += f"\n\nAls Gast dabei: {', '.join(gaeste)}."
                if thema is VERSCHIEDENES and kontext["fest"]:
                    text = f"{kontext['fest'][2]}\n\n{text}"
            haupt = position
            s.tops.append(
                TPlan(haupt, None, _satz(thema.titel, werte), verantwortlich, thema.dauer, text)
            )
            for unter in thema.unterpunkte:
                position += 1
                text = self._text(unter.texte, werte, benutzte_texte) if durchgefuehrt else ""
                s.tops.append(
                    TPlan(position, haupt, _satz(unter.titel, werte), None, unter.dauer, text)
                )
            if not durchgefuehrt:
                continue

            immer = thema is TERMINPLANUNG or spec.art == KO
            if thema.beschluss and (immer or rng.random() < 0.8):
                b = BPlan(haupt, _satz(thema.beschluss, werte))
                if thema.abstimmung and stimmen:
                    b.nein = rng.choice((0, 0, 0, 0, 1, 2))
                    b.enthaltung = rng.choice((0, 0, 1, 1, 2, 3))
                    while b.nein + b.enthaltung > stimmen // 3:
                        b.nein, b.enthaltung = b.nein // 2, b.enthaltung // 2
                    b.ja = stimmen - b.nein - b.enthaltung
                s.beschluesse.append(b)
            for was, wer in thema.aufgaben:
                if not immer and rng.random() > 0.7:
                    continue
                person, traeger_ext = self._wer(wer, personen, ja_personen, jugendamt, t_ext)
                s.aufgaben.append(
                    self._aufgabe(s.datum, kontext, haupt, _satz(was, werte), person, traeger_ext)
                )
            if thema is VERSCHIEDENES and kontext["fest"]:
                was, username, _zeile = kontext["fest"]
                faellig = kontext["naechste"] or s.datum + datetime.timedelta(weeks=4)
                s.aufgaben.append(APlan(haupt, was, username, None, faellig, Aufgabe.Status.OFFEN))

    def _text(self, texte: tuple[str, ...], werte: dict, benutzt: set[str]) -> str:
        frei = [t for t in texte if t not in benutzt] or list(texte)
        text = self.rng.choice(frei)
        benutzt.add(text)
        return _satz(text, werte)

    def _werte(self, datum, kontext: dict, traeger: list[str], konferenz: dict) -> tuple[dict, str]:
        rng, kx, spec = self.rng, self.kx, self.spec
        t1, t2, t3 = rng.sample(traeger, 3)
        eigene = [e for e in self.im_gebiet if e.traeger == t1] or self.im_gebiet
        projekt, projekt2 = rng.sample(PROJEKTE, 2)
        gebiet = {
            4: f"Sozialraum {self.gebiet_name}",
            2: f"Regionalraum {self.gebiet_name}",
        }[len(spec.gebiet)]
        werte = {
            "gremium": spec.name,
            "gebiet_lang": gebiet,
            "koordination": kx.personen[self.koordination].name,
            "moderation": kx.personen[self.moderation].name,
            "traeger": kx.traeger[t1].name,
            "traeger2": kx.traeger[t2].name,
            "traeger3": kx.traeger[t3].name,
            "einrichtung": rng.choice(eigene).name if eigene else "",
            "projekt": projekt,
            "projekt2": projekt2,
            "kleinprojekt": rng.choice(KLEINPROJEKTE),
            "betrag": rng.choice(BETRAEGE),
            "budget": rng.choice(BUDGETS),
            "jahr": datum.year,
            "folgejahr": datum.year + 1,
            "monat": MONATE[datum.month - 1],
            "datum_vorher": _datum(kontext["vorher"]),
            "naechste": _datum(kontext["naechste"]),
            "bald": _datum(datum + datetime.timedelta(days=rng.randint(14, 45))),
            "termine": "\n".join(f"- {_datum(d)}" for d in kontext["geplant"]),
            **konferenz,
        }
        return werte, t1

    def _konferenz(self, datum, anwesend: int) -> dict:
        rng = self.rng
        _saison, impuls, impuls_text = KONFERENZEN.get(datum, ("", "Ausblick", ""))
        ags = rng.sample(KONFERENZ_AGS, 3)
        werte = {"impuls": impuls, "impuls_text": impuls_text}
        for i, (thema, ergebnis) in enumerate(ags, start=1):
            werte[f"ag{i}"], werte[f"ag{i}_ergebnis"] = thema, ergebnis
        werte["anzahl"] = 5 * round((2 * anwesend + rng.randint(0, 12)) / 5)
        return werte

    def _wer(self, wer, personen, ja_personen, jugendamt, t_ext):
        """(username, Träger externe_id) of whoever takes on a task."""
        if wer == "koordination":
            return self.koordination, None
        if wer == "jugendamt":
            if ja_personen:
                return self.rng.choice(ja_personen), None
            return (None, jugendamt) if jugendamt else (self.koordination, None)
        if wer == "person":
            frei = [p for p in personen if p not in NICHT_ZUFAELLIG]
            if frei:
                return self.rng.choice(frei), None
        return None, t_ext

    def _aufgabe(self, datum, kontext, top, was, person, traeger) -> APlan:
        rng = self.rng
        faellig = kontext["naechste"]
        if self.spec.art == KO:  # results go out soon, not at the next conference
            faellig = datum + datetime.timedelta(weeks=3)
            if faellig >= STICHTAG:
                faellig = ZUKUNFT_AB + datetime.timedelta(weeks=2)
        elif faellig is None or rng.random() < 0.3:
            faellig = datum + datetime.timedelta(weeks=rng.randint(2, 6))
        if STICHTAG <= faellig < ZUKUNFT_AB:  # from the last meeting: due at the next one
            faellig = kontext["naechste"] or ZUKUNFT_AB + datetime.timedelta(weeks=2)
        if faellig >= STICHTAG:
            return APlan(top, was, person, traeger, faellig, Aufgabe.Status.OFFEN)
        # long past: nearly all done; recent: a quarter still open (overdue)
        erledigt, verworfen = (0.85, 0.93) if faellig < STICHTAG - QUARTAL else (0.7, 0.75)
        wurf = rng.random()
        if wurf < erledigt:
            erledigt = faellig + datetime.timedelta(days=rng.randint(-14, 7))
            erledigt = max(
                datum + datetime.timedelta(days=1),
                min(erledigt, STICHTAG - datetime.timedelta(days=1)),
            )
            return APlan(top, was, person, traeger, faellig, Aufgabe.Status.ERLEDIGT, erledigt)
        status = Aufgabe.Status.VERWORFEN if wurf < verworfen else Aufgabe.Status.OFFEN
        return APlan(top, was, person, traeger, faellig, status)


# --- writing the plan to the database ------------------------------------------------------


def _abgleichen(model, soll: dict, vorhanden: dict) -> tuple[dict, int, int]:
    """Create what is missing (in bulk, with history where the model keeps one) and save what
    differs. Returns (all objects by key, number created, number changed)."""
    geaendert = 0
    for schluessel, obj in vorhanden.items():
        werte = soll.get(schluessel)
        if werte is None:
            continue
        abweichend = {f: w for f, w in werte.items() if getattr(obj, f) != w}
        if abweichend:
            for f, w in abweichend.items():
                setattr(obj, f, w)
            obj.save()
            geaendert += 1
    neu_schluessel = [s for s in soll if s not in vorhanden]
    objekte = [model(**soll[s]) for s in neu_schluessel]
    if hasattr(model, "history"):
        neu = bulk_create_with_history(objekte, model, batch_size=500)
    else:
        neu = model.objects.bulk_create(objekte, batch_size=500)
    alle = {s: obj for s, obj in vorhanden.items() if s in soll}
    alle.update(zip(neu_schluessel, neu, strict=True))
    return alle, len(neu), geaendert


def _nach_nummer(objekte) -> dict:
    """Beschlüsse and Aufgaben keyed by (Sitzung, TOP, n-th of that TOP) in creation order."""
    ergebnis, zaehler = {}, {}
    for obj in objekte:
        paar = (obj.sitzung_id, obj.top_id)
        zaehler[paar] = zaehler.get(paar, -1) + 1
        ergebnis[(*paar, zaehler[paar])] = obj
    return ergebnis


def _kontext() -> _Kontext:
    traeger = {
        ext: _Traeger(pk, ext, name, art)
        for pk, ext, name, art in Traeger.objects.filter(
            externe_id__startswith=PREFIX_TRAEGER
        ).values_list("pk", "externe_id", "name", "art")
    }
    if not traeger:
        raise RuntimeError("Die Träger der Demo-Stadt fehlen: zuerst „Träger“ laden.")
    einrichtungen = [
        _Einrichtung(*zeile)
        for zeile in Einrichtung.objects.filter(externe_id__startswith=PREFIX_EINRICHTUNG)
        .order_by("externe_id")
        .values_list(
            "pk",
            "externe_id",
            "name",
            "art",
            "traeger__externe_id",
            "sozialraum__schluessel",
            "regionalraum__schluessel",
        )
        if zeile[4] in traeger
    ]
    nach_name = {t.name: t.ext for t in sorted(traeger.values(), key=lambda t: t.ext, reverse=True)}
    return _Kontext(traeger, nach_name, einrichtungen, {})


def _personen_anlegen(kx: _Kontext) -> int:
    """The demo logins and the further demo persons (no password) with their Träger."""
    zugehoerig = dict(DEMO_TRAEGER)
    zugehoerig.update({p[0]: p[4] for p in PERSONEN})
    vorhanden = {u.username: u for u in User.objects.filter(username__in=zugehoerig)}
    gruppe = Group.objects.get(name=FACHKRAFT)
    neu = 0
    for username, vorname, nachname, funktion, _traeger in PERSONEN:
        if username in vorhanden:
            continue
        user = User(
            username=username,
            first_name=vorname,
            last_name=nachname,
            email=f"{username}@musterstadt.example",
            funktion=funktion,
        )
        user.set_unusable_password()
        user.save()
        user.groups.add(gruppe)
        vorhanden[username] = user
        neu += 1
    for username, user in vorhanden.items():
        traeger_name = zugehoerig[username]
        kx.personen[username] = _Person(user, kx.nach_name.get(traeger_name or ""))
    return neu


def gremien_laden(ausgabe) -> None:
    kx = _kontext()
    personen_neu = _personen_anlegen(kx)
    gebiete = {
        schluessel: (pk, name)
        for model in (Sozialraum, Regionalraum)
        for schluessel, pk, name in model.objects.values_list("schluessel", "pk", "name")
    }
    plaene = [_Planung(spec, kx, gebiete[spec.gebiet][1]).plan() for spec in GREMIEN]
    zaehler: dict[str, tuple[int, int]] = {}

    def person_id(username):
        return kx.personen[username].user.pk if username else None

    def traeger_id(ext):
        return kx.traeger[ext].pk if ext else None

    # Gremien
    soll = {}
    for p in plaene:
        spec = p.spec
        gebiet_id = gebiete[spec.gebiet][0]
        soll[spec.name] = {
            "name": spec.name,
            "art": spec.art,
            "sozialraum_id": gebiet_id if len(spec.gebiet) == 4 else None,
            "regionalraum_id": gebiet_id if len(spec.gebiet) == 2 else None,
            "beschreibung": spec.beschreibung,
            "rhythmus": spec.rhythmus,
            **_rhythmus_felder(spec.regel),
            "sichtbarkeit": spec.sichtbarkeit,
            "aktiv": True,
        }
    vorhanden = {g.name: g for g in Gremium.objects.filter(name__in=soll).order_by("-pk")}
    gremien, *zaehler["Gremien"] = _abgleichen(Gremium, soll, vorhanden)
    g_ids = [g.pk for g in gremien.values()]

    # Mitgliedschaften: first the members, then who stands in for them
    vorhanden = {
        (m.gremium_id, m.person_id, m.traeger_id): m
        for m in Mitgliedschaft.objects.filter(gremium_id__in=g_ids)
    }
    soll, vertretungen = {}, {}
    for p in plaene:
        gid = gremien[p.spec.name].pk
        for m in p.mitglieder:
            schluessel = (gid, person_id(m.person), traeger_id(m.traeger))
            werte = {
                "gremium_id": gid,
                "person_id": schluessel[1],
                "traeger_id": schluessel[2],
                "rolle": m.rolle,
                "von": m.von,
                "bis": m.bis,
                "vertretung_fuer_id": None,
            }
            if m.vertretung_fuer:
                fuer = (gid, person_id(m.vertretung_fuer[0]), traeger_id(m.vertretung_fuer[1]))
                vertretungen[schluessel] = (werte, fuer)
            else:
                soll[schluessel] = werte
    mitglieder, neu, geaendert = _abgleichen(Mitgliedschaft, soll, vorhanden)
    soll = {
        k: {**werte, "vertretung_fuer_id": mitglieder[fuer].pk}
        for k, (werte, fuer) in vertretungen.items()
    }
    weitere, neu2, geaendert2 = _abgleichen(Mitgliedschaft, soll, vorhanden)
    mitglieder.update(weitere)
    zaehler["Mitgliedschaften"] = (neu + neu2, geaendert + geaendert2)
    for gremium in gremien.values():  # bulk_create sends no post_save
        koordination_abgleichen(gremium)

    # Sitzungen
    vorhanden = {(s.gremium_id, s.datum): s for s in Sitzung.objects.filter(gremium_id__in=g_ids)}
    soll = {}
    for p in plaene:
        gid = gremien[p.spec.name].pk
        for s in p.sitzungen:
            soll[(gid, s.datum)] = {"gremium_id": gid, "datum": s.datum, **s.felder}
    sitzungen, *zaehler["Sitzungen"] = _abgleichen(Sitzung, soll, vorhanden)
    s_ids = [s.pk for s in sitzungen.values()]

    def sitzungsplaene():
        for p in plaene:
            gid = gremien[p.spec.name].pk
            for s in p.sitzungen:
                yield p, sitzungen[(gid, s.datum)].pk, s

    # Tagesordnungspunkte: main items, then sub-items
    vorhanden = {
        (t.sitzung_id, t.position): t
        for t in Tagesordnungspunkt.objects.filter(sitzung_id__in=s_ids)
    }
    tops: dict = {}
    neu = geaendert = 0
    for ebene in (1, 2):
        soll = {}
        for _p, sid, s in sitzungsplaene():
            for t in s.tops:
                if (t.eltern is None) == (ebene == 1):
                    soll[(sid, t.position)] = {
                        "sitzung_id": sid,
                        "position": t.position,
                        "eltern_id": tops[(sid, t.eltern)].pk if t.eltern else None,
                        "titel": t.titel,
                        "verantwortlich_id": person_id(t.verantwortlich),
                        "dauer_minuten": t.dauer,
                        "protokoll": t.protokoll,
                    }
        objekte, n, g = _abgleichen(Tagesordnungspunkt, soll, vorhanden)
        tops.update(objekte)
        neu, geaendert = neu + n, geaendert + g
    zaehler["Tagesordnungspunkte"] = (neu, geaendert)

    def top_id(sid, position):
        return tops[(sid, position)].pk if position else None

    # Teilnahmen, Beschlüsse, Aufgaben
    vorhanden = {
        (t.sitzung_id, t.mitgliedschaft_id, t.gast_name): t
        for t in Teilnahme.objects.filter(sitzung_id__in=s_ids)
    }
    soll = {}
    for p, sid, s in sitzungsplaene():
        gid = gremien[p.spec.name].pk
        for t in s.teilnahmen:
            mid = None
            if t.mitglied:
                mid = mitglieder[(gid, person_id(t.mitglied[0]), traeger_id(t.mitglied[1]))].pk
            soll[(sid, mid, t.gast_name)] = {
                "sitzung_id": sid,
                "mitgliedschaft_id": mid,
                "gast_name": t.gast_name,
                "traeger_id": traeger_id(t.traeger),
                "status": t.status,
            }
    _teilnahmen, *zaehler["Teilnahmen"] = _abgleichen(Teilnahme, soll, vorhanden)

    vorhanden = _nach_nummer(Beschluss.objects.filter(sitzung_id__in=s_ids).order_by("pk"))
    soll, nummern = {}, {}
    for _p, sid, s in sitzungsplaene():
        for b in s.beschluesse:
            paar = (sid, top_id(sid, b.top))
            nummern[paar] = nummern.get(paar, -1) + 1
            soll[(*paar, nummern[paar])] = {
                "sitzung_id": sid,
                "top_id": paar[1],
                "text": b.text,
                "ja": b.ja,
                "nein": b.nein,
                "enthaltung": b.enthaltung,
            }
    _beschluesse, *zaehler["Beschlüsse"] = _abgleichen(Beschluss, soll, vorhanden)

    vorhanden = _nach_nummer(Aufgabe.objects.filter(sitzung_id__in=s_ids).order_by("pk"))
    soll, nummern = {}, {}
    for p, sid, s in sitzungsplaene():
        gid = gremien[p.spec.name].pk
        for a in s.aufgaben:
            paar = (sid, top_id(sid, a.top))
            nummern[paar] = nummern.get(paar, -1) + 1
            soll[(*paar, nummern[paar])] = {
                "gremium_id": gid,
                "sitzung_id": sid,
                "top_id": paar[1],
                "was": a.was,
                "person_id": person_id(a.person),
                "traeger_id": traeger_id(a.traeger),
                "faellig": a.faellig,
                "status": a.status,
                "erledigt_am": a.erledigt_am,
            }
    _aufgaben, *zaehler["Aufgaben"] = _abgleichen(Aufgabe, soll, vorhanden)

    # Releasing the minutes: once, and again only when the planned minutes changed
    freigaben = {sid: (p, s) for p, sid, s in sitzungsplaene() if s.freigabe}
    letzte = {}
    for v in Protokollversion.objects.filter(sitzung_id__in=freigaben).order_by("-version"):
        letzte.setdefault(v.sitzung_id, v)
    objekte = Sitzung.objects.in_bulk(list(freigaben))
    versionen = 0
    for sid, (p, s) in freigaben.items():
        version = letzte.get(sid)
        if version is not None and version.inhalt == stand(objekte[sid]):
            continue
        grund = "" if version is None else "Demo-Daten aktualisiert"
        neue = protokoll_freigeben(objekte[sid], kx.personen[p.koordination].user, grund=grund)
        if version is None:
            Protokollversion.objects.filter(pk=neue.pk).update(freigegeben_am=s.freigabe)
        versionen += 1

    teile = "; ".join(f"{name}: {n} neu, {g} aktualisiert" for name, (n, g) in zaehler.items())
    offen = Aufgabe.objects.offen().filter(gremium_id__in=g_ids)
    ausgabe(
        f"Gremien-Personen: {personen_neu} neu; {teile}; Protokollversionen: {versionen} neu "
        f"(insgesamt {len(gremien)} Gremien, {len(sitzungen)} Sitzungen, "
        f"{offen.count()} offene Aufgaben, davon "
        f"{offen.filter(faellig__lt=STICHTAG).count()} überfällig)"
    )
