"""Demo city Musterstadt: a few hundred Vernetzung contacts and who works for which Träger.

Planned in memory from ``random.Random`` on top of :func:`traeger.demo.stammdaten.demo_plan`, so every
run plans the same contacts; keyed by (recorder, date, topic), so a second run creates
nothing. Most contacts are between Träger of the same Sozialraum; about one Träger in seven
is never contacted, so that "Mit wem arbeiten wir nie?" has something to show. The demo
logins "fachkraft" (Regionaler Sozialer Dienst) and "koordination" work for the Jugendamt
(colleagues: "Wer kennt wen?"), "redaktion" for a freier Träger in Altstadt-Nord; thirty further Fachkräfte without a usable password
record contacts for their own Träger; where a partner Träger has one of them, some contacts
name her as the counterpart ("mit Kolleg:innen im Register"). No topic or note names a
client.
"""

import datetime
import random
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.auth.models import Group

from sozialraum.models import Sozialraum, User
from sozialraum.zugang.rollen import FACHKRAFT

from ..models import Ansprechperson, Kontakt, TraegerZugehoerigkeit
from .daten import NACHNAMEN, VORNAMEN, A
from .stammdaten import (
    STICHTAG,
    abgleichen,
    demo_plan,
    demo_sozialraeume,
    demo_traeger_objekte,
    m2m_abgleichen,
)

SEED = 2050
ANZAHL = 480
KOLLEGINNEN = 30
K = Kontakt.Art

THEMEN = {
    K.TELEFONAT: [
        "Übergang Kita – Grundschule abgestimmt",
        "Plätze im Ferienprogramm",
        "Freie Plätze in der Hausaufgabenhilfe",
        "Sprechzeiten der Erziehungsberatung",
        "Raum für das Elterncafé",
        "Termine Sozialraum-AG abgestimmt",
        "Dolmetscherpool: Verfügbarkeit",
        "Neue Leitung vorgestellt",
    ],
    K.TREFFEN: [
        "Kennenlernen der neuen Leitung",
        "Kooperation Schulsozialarbeit",
        "Planung Stadtteilfest",
        "Gemeinsame Elternabende",
        "Austausch zu Angeboten für Jugendliche",
    ],
    K.EMAIL: [
        "Flyer für das Familienzentrum",
        "Einladung zum Fachtag",
        "Angebotsliste aktualisiert",
        "Anmeldung Ferienfreizeit: Ablauf",
    ],
    K.HOSPITATION: [
        "Hospitation im offenen Treff",
        "Hospitation in der Kita",
        "Hospitation in der Beratungsstelle",
    ],
    K.PROJEKT: [
        "Gemeinsames Projekt Leseförderung",
        "Projekt Spielplatzpaten",
        "Projekt Bewegung im Quartier",
        "Antrag Sozialraumbudget vorbereitet",
    ],
    K.ABSPRACHE: [
        "Abläufe bei Kinderschutzfragen (allgemein)",
        "Zuständigkeiten bei Schulverweigerung (allgemein)",
        "Weitervermittlung in die Erziehungsberatung",
    ],
}
NOTIZEN = [
    "Gute Erreichbarkeit dienstags und donnerstags vormittags.",
    "Ansprechpartnerin wechselt zum Jahresende; Nachfolge noch offen.",
    "Interesse an Zusammenarbeit, Termin für ein Treffen folgt.",
    "Räume können nachmittags mitgenutzt werden.",
    "Flyer ausgetauscht, Aushang in beiden Einrichtungen.",
    "Absprache gilt bis zu den Sommerferien.",
    "",
    "",
]
ARTEN = [K.TELEFONAT, K.TREFFEN, K.EMAIL, K.HOSPITATION, K.PROJEKT, K.ABSPRACHE]
ARTEN_GEWICHTE = [40, 20, 15, 8, 9, 8]


@dataclass(frozen=True)
class Person:
    username: str
    vorname: str
    nachname: str
    traeger: str  # externe_id
    gewicht: int
    nur_region: str = ""  # koordination: only Sozialräume of this Regionalraum


def _personen(rng: random.Random, nie: set[str]) -> list[Person]:
    plan = demo_plan()
    heimat_nord = [
        t
        for t in plan
        if t.heimat == "Altstadt-Nord"
        and t.art in (A.VEREIN, A.WOHLFAHRTSVERBAND, A.GGMBH)
        and len(t.einrichtungen) >= 2
        and t.externe_id not in nie
    ]
    team = (heimat_nord or list(plan))[0]
    jugendamt = next((t for t in plan if t.art == A.JUGENDAMT), plan[0])
    personen = [
        Person("fachkraft", "Fatma", "Fischer", jugendamt.externe_id, 30),
        Person("redaktion", "Rita", "Roth", team.externe_id, 15),
        Person("koordination", "Kemal", "Kaya", jugendamt.externe_id, 20, nur_region="01"),
    ]
    kandidaten = sorted(
        t.externe_id
        for t in plan
        if t.einrichtungen and t.externe_id not in nie and t.externe_id != team.externe_id
    )
    for i, externe_id in enumerate(rng.sample(kandidaten, KOLLEGINNEN), start=1):
        personen.append(
            Person(f"demo-fk-{i:02d}", rng.choice(VORNAMEN), rng.choice(NACHNAMEN), externe_id, 5)
        )
    return personen


def kontakte_planen() -> tuple[list[Person], list[dict]]:
    """The people and the contacts, as plain values (no database)."""
    rng = random.Random(SEED)
    plan = demo_plan()
    gebiete = demo_sozialraeume()
    nach_id = {t.externe_id: t for t in plan}
    alle = sorted(nach_id)
    nie = set(rng.sample(alle, len(alle) // 7))
    personen = _personen(rng, nie)
    vor_ort: dict[str, list[str]] = defaultdict(list)
    for t in plan:
        if t.externe_id not in nie:
            for name in t.sozialraeume:
                vor_ort[name].append(t.externe_id)
    kontakte, schluessel = [], set()
    while len(kontakte) < ANZAHL:
        person = rng.choices(personen, weights=[p.gewicht for p in personen])[0]
        eigener = nach_id[person.traeger]
        orte = [
            n
            for n in eigener.sozialraeume
            if not person.nur_region or gebiete[n].regionalraum == person.nur_region
        ]
        orte = orte or [eigener.heimat]
        sozialraum = (
            eigener.heimat if eigener.heimat in orte and rng.random() < 0.6 else rng.choice(orte)
        )
        kandidaten = [t for t in vor_ort[sozialraum] if t != eigener.externe_id]
        if rng.random() < 0.1 or not kandidaten:  # now and then someone from elsewhere
            kandidaten = [t for t in alle if t not in nie and t != eigener.externe_id]
        partner = sorted(
            set(
                rng.sample(kandidaten, min(len(kandidaten), rng.choices([1, 2, 3], [75, 20, 5])[0]))
            )
        )
        art = rng.choices(ARTEN, weights=ARTEN_GEWICHTE)[0]
        thema = rng.choice(THEMEN[art])
        datum = STICHTAG - datetime.timedelta(days=int(rng.triangular(0, 600, 20)))
        if (person.username, datum, thema) in schluessel:
            continue
        schluessel.add((person.username, datum, thema))
        wiedervorlage = None
        if (STICHTAG - datum).days < 60 and rng.random() < 0.5:
            wiedervorlage = datum + datetime.timedelta(days=rng.randint(14, 60))
        personen_namen = []
        for t in partner:
            if nach_id[t].personen and rng.random() < 0.4:
                personen_namen.append((t, rng.choice(nach_id[t].personen).name))
        kontakte.append(
            {
                "username": person.username,
                "eigener_traeger": eigener.externe_id,
                "sozialraum": gebiete[sozialraum].schluessel,
                "traeger": partner,
                "ansprechpersonen": personen_namen,
                "datum": datum,
                "art": art,
                "thema": thema,
                "notiz": rng.choice(NOTIZEN),
                "wiedervorlage": wiedervorlage,
                "sichtbarkeit": rng.choices(
                    [
                        Kontakt.Sichtbarkeit.TRAEGER,
                        Kontakt.Sichtbarkeit.ALLE,
                        Kontakt.Sichtbarkeit.PRIVAT,
                    ],
                    weights=[55, 35, 10],
                )[0],
            }
        )
    _kolleginnen_nennen(personen, kontakte)
    return personen, kontakte


def _kolleginnen_nennen(personen: list[Person], kontakte: list[dict]) -> None:
    """Now and then the counterpart is a colleague with an account at a partner Träger.
    A generator of its own, so that the contacts planned above stay as they were."""
    rng = random.Random(SEED + 1)
    bei: dict[str, list[str]] = defaultdict(list)
    for p in personen:
        bei[p.traeger].append(p.username)
    for k in kontakte:
        moeglich = sorted({u for t in k["traeger"] for u in bei[t] if u != k["username"]})
        k["kolleginnen"] = [rng.choice(moeglich)] if moeglich and rng.random() < 0.4 else []


def kontakte_laden(ausgabe) -> None:
    personen, geplant = kontakte_planen()
    traeger = demo_traeger_objekte()
    if not traeger:
        raise RuntimeError(
            "Die Träger der Demo-Stadt fehlen: zuerst „Träger und Einrichtungen“ laden."
        )
    fachkraft = Group.objects.get(name=FACHKRAFT)
    users = {}
    for p in personen:
        user, angelegt = User.objects.get_or_create(
            username=p.username,
            defaults={
                "first_name": p.vorname,
                "last_name": p.nachname,
                "email": f"{p.username}@musterstadt.example",
                "funktion": "Fachkraft",
            },
        )
        if angelegt:
            user.set_unusable_password()  # colleagues in the data, not logins
            user.save()
            user.groups.add(fachkraft)
        users[p.username] = user
        TraegerZugehoerigkeit.objects.get_or_create(user=user, traeger=traeger[p.traeger])

    sozialraeume = dict(Sozialraum.objects.values_list("schluessel", "pk"))
    personen_pk = {
        (t_id, name): pk
        for pk, t_id, name in Ansprechperson.objects.filter(
            traeger__in=list(traeger.values())
        ).values_list("pk", "traeger_id", "name")
    }
    soll, m2m_traeger, m2m_personen, m2m_kolleginnen = {}, {}, {}, {}
    for k in geplant:
        schluessel = (users[k["username"]].pk, k["datum"], k["thema"])
        soll[schluessel] = {
            "erfasst_von_id": users[k["username"]].pk,
            "eigener_traeger_id": traeger[k["eigener_traeger"]].pk,
            "sozialraum_id": sozialraeume[k["sozialraum"]],
            "datum": k["datum"],
            "art": k["art"],
            "thema": k["thema"],
            "notiz": k["notiz"],
            "wiedervorlage": k["wiedervorlage"],
            "sichtbarkeit": k["sichtbarkeit"],
        }
        m2m_traeger[schluessel] = {traeger[t].pk for t in k["traeger"]}
        m2m_personen[schluessel] = {
            pk
            for t, name in k["ansprechpersonen"]
            if (pk := personen_pk.get((traeger[t].pk, name)))
        }
        m2m_kolleginnen[schluessel] = {users[u].pk for u in k["kolleginnen"]}
    vorhanden = {
        (k.erfasst_von_id, k.datum, k.thema): k
        for k in Kontakt.objects.filter(erfasst_von__in=list(users.values()))
    }
    kontakte, neu, geaendert = abgleichen(Kontakt, soll, vorhanden)
    ids = [kontakte[s].pk for s in soll]
    _dazu, _weg = m2m_abgleichen(
        Kontakt.traeger,
        {(kontakte[s].pk, t) for s, ts in m2m_traeger.items() for t in ts},
        ids,
    )
    _dazu, _weg = m2m_abgleichen(
        Kontakt.ansprechpersonen,
        {(kontakte[s].pk, p) for s, ps in m2m_personen.items() for p in ps},
        ids,
    )
    _dazu, _weg = m2m_abgleichen(
        Kontakt.kolleginnen,
        {(kontakte[s].pk, u) for s, us in m2m_kolleginnen.items() for u in us},
        ids,
    )
    ausgabe(
        f"Kontakte: {neu} neu, {geaendert} aktualisiert ({Kontakt.objects.count()} insgesamt); "
        f"{len(users)} Fachkräfte ihren Trägern zugeordnet"
    )


def redaktion_laden(ausgabe) -> None:
    """The demo login redaktion edits the freier Träger she works for (change_traeger)."""
    from guardian.shortcuts import assign_perm

    from ..permissions import can_edit_traeger

    personen, _kontakte = kontakte_planen()
    plan = next(p for p in personen if p.username == "redaktion")
    rita = User.objects.get(username="redaktion")
    traeger = demo_traeger_objekte()[plan.traeger]
    TraegerZugehoerigkeit.objects.get_or_create(user=rita, traeger=traeger)
    if can_edit_traeger(rita, traeger):
        ausgabe(f"Träger-Redaktion: „redaktion“ pflegt schon {traeger.name}")
        return
    assign_perm("traeger.change_traeger", rita, traeger)
    ausgabe(f"Träger-Redaktion: „redaktion“ pflegt jetzt {traeger.name}")
