"""Planning the bench Gremien in memory (see bench/gremien.py, which writes them).

Everything is planned as unsaved model instances that refer to each other; bulk_create
then writes them layer by layer (Django fills in the foreign keys of objects saved after
they were assigned). One ``random.Random``: the same plan on every run for the same month.
"""

import datetime
import random
import uuid
from collections import defaultdict

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from gremien.demo.daten import (
    BETRAEGE,
    BUDGETS,
    EINLADUNG,
    EINLADUNG_STADTTEIL,
    EROEFFNUNG,
    EROEFFNUNG_STADTTEIL,
    JUGENDAMT,
    KLEINPROJEKTE,
    MONATE,
    PROJEKTE,
    RAEUME,
    THEMEN,
    VERSCHIEDENES,
    VIDEO,
)
from gremien.models import (
    Aufgabe,
    Beschluss,
    Gremium,
    Mitgliedschaft,
    Sitzung,
    Tagesordnungspunkt,
    Teilnahme,
)
from sozialraum.models import Regionalraum, Sozialraum, User
from sozialraum.werkzeuge.fristen import monate_addieren
from traeger.demo.daten import FUNKTIONEN_STANDARD, NACHNAMEN, VORNAMEN
from traeger.models import Einrichtung, Traeger

MARKE = "Bench "
PERSON_MARKE = "bench-p-"
G, R, T, S = Gremium.Art, Mitgliedschaft.Rolle, Teilnahme.Status, Sitzung.Status
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag")


class _Werte(dict):
    def __missing__(self, key):  # a placeholder only the demo's conference fills in
        return ""


class Stadt:
    """The generated city: areas, the Träger serving each Sozialraum, their places."""

    def __init__(self):
        sr = Sozialraum.objects.filter(schluessel__startswith="G")
        if not sr.exists():
            sr = Sozialraum.objects.all()
        self.sozialraeume = list(
            sr.order_by("schluessel").values_list("pk", "name", "regionalraum")
        )
        ids = {r for *_x, r in self.sozialraeume}
        self.regionen = list(
            Regionalraum.objects.filter(pk__in=ids).order_by("schluessel").values_list("pk", "name")
        )
        self.traeger_name = dict(
            Traeger.objects.filter(externe_id__startswith="gen-").values_list("pk", "name")
        )
        if not self.traeger_name:
            raise RuntimeError("Keine erzeugten Träger: zuerst „manage.py generate_daten“.")
        self.traeger_im_sr = defaultdict(set)
        for sr_id, t_id in Traeger.sozialraeume.through.objects.filter(
            traeger__externe_id__startswith="gen-"
        ).values_list("sozialraum_id", "traeger_id"):
            self.traeger_im_sr[sr_id].add(t_id)
        self.orte = defaultdict(list)
        for t_id, e_id in (
            Einrichtung.objects.filter(externe_id__startswith="gen-")
            .order_by("pk")
            .values_list("traeger_id", "pk")
        ):
            self.orte[t_id].append(e_id)


class Plan:
    """Everything planned in memory as unsaved model instances, then written in bulk."""

    def __init__(self, seed: int, fachkraft: User):
        self.rng = random.Random(seed)
        self.stadt = Stadt()
        self.fachkraft = fachkraft
        self.heute = timezone.localdate()
        self.start = monate_addieren(self.heute.replace(day=1), -30)
        self.ende = monate_addieren(self.heute.replace(day=1), 6)
        self.personen: list[User] = []
        self.kontakt: dict[int, User] = {}  # Träger → the person who represents it
        self.gremien, self.mitglieder, self.vertretungen = [], [], []
        self.sitzungen, self.tops, self.unterpunkte = [], [], []
        self.teilnahmen, self.beschluesse, self.aufgaben = [], [], []
        self.freigaben = []  # (Sitzung, its TOPs, Beschlüsse, Aufgaben, released on, by)

    def person(self, funktion: str = "") -> User:
        rng, n = self.rng, len(self.personen) + 1
        user = User(
            username=f"{PERSON_MARKE}{n:04d}",
            first_name=rng.choice(VORNAMEN),
            last_name=rng.choice(NACHNAMEN),
            email=f"{PERSON_MARKE}{n:04d}@bench.example",
            funktion=funktion or rng.choice(FUNKTIONEN_STANDARD),
            password=make_password(None),
        )
        self.personen.append(user)
        return user

    def vertreter(self, traeger_id: int) -> User:
        if traeger_id not in self.kontakt:
            self.kontakt[traeger_id] = self.person()
        return self.kontakt[traeger_id]

    # --- planning -------------------------------------------------------------------------

    def planen(self, anzahl: int, mitglieder: tuple, sitzungen: tuple) -> None:
        rng, stadt = self.rng, self.stadt
        auftraege = [(G.AG78, None, r) for r in stadt.regionen][:anzahl]
        srs = rng.sample(stadt.sozialraeume, min(anzahl - len(auftraege), len(stadt.sozialraeume)))
        for i, sr in enumerate(srs):
            auftraege.append((G.STADTTEILTISCH if i % 5 in (1, 3) else G.AG78, sr, None))
        for i, (art, sr, region) in enumerate(auftraege):
            groesste = i == 0
            self.gremium(
                art,
                sr,
                region,
                mitglieder[1] if groesste else rng.randint(*mitglieder),
                sitzungen[1] if groesste else rng.randint(*sitzungen),
                groesste,
            )

    def gremium(self, art, sr, region, n_mitglieder, n_sitzungen, groesste) -> None:
        rng, stadt = self.rng, self.stadt
        if region:
            name = f"{MARKE}AG nach § 78 SGB VIII {region[1]}"
            gebiet_lang = f"Regionalraum {region[1]}"
            srs = [s[0] for s in stadt.sozialraeume if s[2] == region[0]]
        else:
            was = "Stadtteiltisch" if art == G.STADTTEILTISCH else "Sozialraum-AG"
            name, gebiet_lang, srs = f"{MARKE}{was} {sr[1]}", f"Sozialraum {sr[1]}", [sr[0]]
        wochentag = rng.randrange(len(WOCHENTAGE))
        sichtbarkeit = Gremium.Sichtbarkeit.FACHKRAEFTE
        if not groesste:
            sichtbarkeit = rng.choices(list(Gremium.Sichtbarkeit), weights=(12, 80, 8))[0]
        gremium = Gremium(
            name=name,
            art=art,
            sozialraum_id=None if region else sr[0],
            regionalraum_id=region[0] if region else None,
            beschreibung=f"Austausch und Abstimmung der Träger im {gebiet_lang}.",
            rhythmus=f"etwa alle {max(4, 156 // n_sitzungen)} Wochen, {WOCHENTAGE[wochentag]}",
            sichtbarkeit=sichtbarkeit,
        )
        self.gremien.append(gremium)
        mitglieder = self.mitgliedschaften(gremium, srs, n_mitglieder)
        if groesste:
            mitglieder.append(
                Mitgliedschaft(gremium=gremium, person=self.fachkraft, rolle=R.MITGLIED)
            )
            self.mitglieder.append(mitglieder[-1])
        koordination = mitglieder[0].person
        moderation = mitglieder[1].person if len(mitglieder) > 1 else None
        werte = _Werte(
            gremium=name,
            gebiet_lang=gebiet_lang,
            koordination=str(koordination),
            moderation=str(moderation or koordination),
        )
        orte = [e for m in mitglieder if m.traeger_id for e in stadt.orte[m.traeger_id][:1]]
        daten = self.termine(n_sitzungen, wochentag)
        vergangen = [d for d in daten if d < self.heute]
        abgesagt = {d for d in vergangen[:-1] if rng.random() < 0.05}
        gehalten = [d for d in vergangen if d not in abgesagt]
        beginn = rng.choice((datetime.time(9, 30), datetime.time(14), datetime.time(15)))
        vorher = self.start - datetime.timedelta(weeks=6)
        for i, datum in enumerate(daten):
            naechste = next((d for d in daten[i + 1 :] if d not in abgesagt), None)
            if datum >= self.heute:
                status = S.EINGELADEN if datum == daten[len(vergangen)] else S.GEPLANT
            else:
                status = S.ABGESAGT if datum in abgesagt else S.DURCHGEFUEHRT
            werte.update(
                datum=_datum(datum),
                datum_vorher=_datum(vorher),
                naechste=_datum(naechste),
                jahr=datum.year,
                folgejahr=datum.year + 1,
                monat=MONATE[datum.month - 1],
            )
            sitzung = self.sitzung(gremium, datum, beginn, status, orte, i, werte)
            self.tagesordnung(sitzung, mitglieder, werte, naechste)
            if status == S.DURCHGEFUEHRT:
                vorher = datum
                if datum != gehalten[-1]:
                    self.freigeben(sitzung, koordination)

    def mitgliedschaften(self, gremium, srs, anzahl) -> list[Mitgliedschaft]:
        rng = self.rng
        kandidaten = sorted({t for s in srs for t in self.stadt.traeger_im_sr[s]})
        n_vertretung = 2 if anzahl >= 20 else 1
        auswahl = rng.sample(kandidaten, min(len(kandidaten), anzahl - 1 - n_vertretung))
        seit = self.start - datetime.timedelta(days=rng.randint(30, 900))
        koordination = self.person("Sozialraumkoordination (Jugendamt)")
        mitglieder = [Mitgliedschaft(gremium=gremium, person=koordination, rolle=R.KOORDINATION)]
        for j, t in enumerate(auswahl):
            rolle = R.MODERATION if j == 0 else R.GAST if j in (1, 2) else R.MITGLIED
            mit_person = rolle == R.MODERATION or (rolle == R.MITGLIED and rng.random() < 0.45)
            person = self.vertreter(t) if mit_person else None
            mitglieder.append(
                Mitgliedschaft(gremium=gremium, person=person, traeger_id=t, rolle=rolle)
            )
        for m in mitglieder:
            m.von = seit
        wechsel = mitglieder[4:]  # not Koordination, Moderation, the guests
        rng.shuffle(wechsel)
        for m in wechsel[:3]:  # joined later
            m.von = self.start + datetime.timedelta(days=rng.randint(120, 800))
        for m in wechsel[3:5]:  # left
            m.bis = self.start + datetime.timedelta(days=rng.randint(200, 800))
        self.mitglieder += mitglieder
        mit_person = [m for m in mitglieder[2:] if m.person and m.rolle == R.MITGLIED]
        for m in mit_person[:n_vertretung]:
            vertretung = Mitgliedschaft(
                gremium=gremium,
                person=self.person(),
                traeger_id=m.traeger_id,
                rolle=R.VERTRETUNG,
                vertretung_fuer=m,
                von=m.von,
                bis=m.bis,
            )
            self.vertretungen.append(vertretung)
            mitglieder.append(vertretung)
        return mitglieder

    def termine(self, anzahl: int, wochentag: int) -> list[datetime.date]:
        schritt = (self.ende - self.start).days / anzahl
        daten = []
        for i in range(anzahl):
            tag = self.start + datetime.timedelta(days=int(i * schritt) + self.rng.randint(0, 6))
            daten.append(tag + datetime.timedelta(days=(wochentag - tag.weekday()) % 7))
        return daten

    def sitzung(self, gremium, datum, beginn, status, orte, i, werte) -> Sitzung:
        rng = self.rng
        ort, ort_text = None, VIDEO
        if orte and rng.random() > 0.15:
            ort, ort_text = orte[i % len(orte)], rng.choice(RAEUME)
        vorlage = EINLADUNG_STADTTEIL if gremium.art == G.STADTTEILTISCH else EINLADUNG
        ende = datetime.time(beginn.hour + 2, beginn.minute)
        sitzung = Sitzung(
            gremium=gremium,
            datum=datum,
            beginn=beginn,
            ende=ende,
            ort_einrichtung_id=ort,
            ort_text=ort_text,
            status=status,
            einladungstext=vorlage.format_map(
                {
                    **werte,
                    "beginn": f"{beginn:%H:%M}",
                    "ort": ort_text or "siehe Einladung",
                    "frist": _datum(datum - datetime.timedelta(days=7)),
                }
            ),
            uid=uuid.UUID(int=rng.getrandbits(128), version=4),
        )
        self.sitzungen.append(sitzung)
        return sitzung

    def tagesordnung(self, sitzung, mitglieder, werte, naechste) -> None:
        rng, art = self.rng, sitzung.gremium.art
        gehalten = sitzung.status == S.DURCHGEFUEHRT
        aktiv = [m for m in mitglieder if _aktiv(m, sitzung.datum)]
        status = {}
        if gehalten:
            for m in aktiv:
                if m.rolle == R.KOORDINATION:
                    status[id(m)] = T.ANWESEND
                elif m.rolle == R.GAST:
                    wurf = rng.random()
                    if wurf < 0.6:
                        status[id(m)] = T.ANWESEND if wurf < 0.4 else T.ENTSCHULDIGT
                elif m.rolle != R.VERTRETUNG:
                    status[id(m)] = rng.choices(list(T), weights=(78, 16, 6))[0]
            for m in aktiv:
                if m.rolle == R.VERTRETUNG and status.get(id(m.vertretung_fuer)) != T.ANWESEND:
                    status[id(m)] = T.ANWESEND
            for m in aktiv:
                if id(m) in status:
                    self.teilnahmen.append(
                        Teilnahme(
                            sitzung=sitzung,
                            mitgliedschaft=m,
                            traeger_id=m.traeger_id,
                            status=status[id(m)],
                        )
                    )
        da = [m for m in aktiv if status.get(id(m)) == T.ANWESEND] if gehalten else aktiv
        traeger = sorted({m.traeger_id for m in da if m.traeger_id}) or sorted(
            {m.traeger_id for m in mitglieder if m.traeger_id}
        )
        personen = [m.person for m in da if m.person and m.rolle != R.GAST]
        stimmen = sum(1 for m in da if m.rolle != R.GAST)
        passend = [
            t
            for t in THEMEN
            if art in t.arten and (not t.monate or sitzung.datum.month in t.monate)
        ]
        vorne = [EROEFFNUNG_STADTTEIL if art == G.STADTTEILTISCH else EROEFFNUNG]
        if art in JUGENDAMT.arten:
            vorne.append(JUGENDAMT)
        themen = rng.sample(passend, min(len(passend), rng.randint(2, 4)))
        koordination = mitglieder[0].person
        for position, thema in enumerate([*vorne, *themen, VERSCHIEDENES], start=1):
            t1, t2, t3 = (rng.choice(traeger) for _ in range(3))
            werte.update(
                traeger=self.stadt.traeger_name[t1],
                traeger2=self.stadt.traeger_name[t2],
                traeger3=self.stadt.traeger_name[t3],
                einrichtung=self.stadt.traeger_name[t1],
                projekt=rng.choice(PROJEKTE),
                projekt2=rng.choice(PROJEKTE),
                kleinprojekt=rng.choice(KLEINPROJEKTE),
                betrag=rng.choice(BETRAEGE),
                budget=rng.choice(BUDGETS),
                bald=_datum(sitzung.datum + datetime.timedelta(days=rng.randint(14, 45))),
            )
            verantwortlich = koordination
            if thema not in (*vorne, VERSCHIEDENES):
                verantwortlich = rng.choice(personen) if personen and rng.random() < 0.7 else None
            top = Tagesordnungspunkt(
                sitzung=sitzung,
                position=position * 10,
                titel=thema.titel.format_map(werte),
                verantwortlich=verantwortlich,
                dauer_minuten=thema.dauer,
                protokoll=rng.choice(thema.texte).format_map(werte) if gehalten else "",
            )
            self.tops.append(top)
            for k, unter in enumerate(thema.unterpunkte, start=1):
                self.unterpunkte.append(
                    Tagesordnungspunkt(
                        sitzung=sitzung,
                        eltern=top,
                        position=position * 10 + k,
                        titel=unter.titel.format_map(werte),
                        dauer_minuten=unter.dauer,
                        protokoll=rng.choice(unter.texte).format_map(werte) if gehalten else "",
                    )
                )
            if not gehalten:
                continue
            if thema.beschluss and rng.random() < 0.8:
                b = Beschluss(sitzung=sitzung, top=top, text=thema.beschluss.format_map(werte))
                if thema.abstimmung and stimmen:
                    b.nein, b.enthaltung = (
                        rng.randint(0, stimmen // 6),
                        rng.randint(0, stimmen // 6),
                    )
                    b.ja = stimmen - b.nein - b.enthaltung
                self.beschluesse.append(b)
            for was, wer in thema.aufgaben:
                if rng.random() < 0.7:
                    self.aufgabe(
                        sitzung, top, was.format_map(werte), wer, koordination, t1, naechste
                    )

    def aufgabe(self, sitzung, top, was, wer, koordination, traeger_id, naechste) -> None:
        rng = self.rng
        person = koordination if wer in ("koordination", "jugendamt") else None
        if wer == "person" and rng.random() < 0.8:
            person = self.kontakt.get(traeger_id)
        faellig = naechste or sitzung.datum + datetime.timedelta(weeks=4)
        if rng.random() < 0.3:
            faellig = sitzung.datum + datetime.timedelta(weeks=rng.randint(2, 6))
        status, erledigt_am = Aufgabe.Status.OFFEN, None
        if faellig < self.heute:
            wurf = rng.random()
            if wurf < 0.8:
                status = Aufgabe.Status.ERLEDIGT
                erledigt_am = min(faellig, self.heute - datetime.timedelta(days=1))
            elif wurf < 0.87:
                status = Aufgabe.Status.VERWORFEN
        self.aufgaben.append(
            Aufgabe(
                gremium=sitzung.gremium,
                sitzung=sitzung,
                top=top,
                was=was,
                person=person,
                traeger_id=None if person else traeger_id,
                faellig=faellig,
                status=status,
                erledigt_am=erledigt_am,
            )
        )

    def freigeben(self, sitzung: Sitzung, von: User) -> None:
        """What protokoll_freigeben does, for many meetings at once: version 1 (below)."""
        sitzung.protokoll_status = Sitzung.Protokollstatus.FREIGEGEBEN
        sitzung.protokoll_version = 1
        tag = sitzung.datum + datetime.timedelta(days=self.rng.randint(3, 12))
        zeit = datetime.time(self.rng.randint(8, 16), self.rng.choice((0, 15, 30, 45)))
        am = min(timezone.make_aware(datetime.datetime.combine(tag, zeit)), timezone.now())
        self.freigaben.append((sitzung, am, von))


def _datum(tag: datetime.date | None) -> str:
    return f"{tag:%d.%m.%Y}" if tag else ""


def _aktiv(m: Mitgliedschaft, tag: datetime.date) -> bool:
    return (m.von is None or m.von <= tag) and (m.bis is None or tag <= m.bis)
