"""Demo city Musterstadt: about 150 Träger, 300 Einrichtungen and their Ansprechpersonen.

Everything is planned in memory from ``random.Random(2026)`` without reading the database,
so every run plans the same city; the step then creates what is missing and corrects what
differs, keyed by ``externe_id`` ("demo-t-017", "demo-e-123"). ``angebote/demo/angebote.py`` builds
its offers on the same plan (:func:`demo_plan`). The data tables (catalogue of Träger,
names, streets, texts) live in :mod:`traeger.demo.daten`. All names, streets, numbers and addresses
are fictional: phone numbers in the 555 range, e-mail and web under ``.example``.
"""

import datetime
import functools
import random
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from django.db import models
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from sozialraum.demo.stadt import QUARTIERSNAMEN, REGIONALRAEUME
from sozialraum.models import Quartier, Sozialraum

from ..models import Ansprechperson, Einrichtung, Traeger
from .daten import (
    BARRIEREN,
    EIGENNAMEN,
    EINWILLIGUNGEN,
    FUNKTIONEN,
    FUNKTIONEN_STANDARD,
    JUGENDNAMEN,
    NACHNAMEN,
    OEFFNUNGSZEITEN,
    ORTSNAMEN,
    ORTSTEXTE,
    PRAEPOSITIONEN,
    STRASSEN,
    TRAEGER_KATALOG,
    TRAEGERTEXTE,
    UMLAUTE,
    VORNAMEN,
    A,
    E,
    EinrichtungPlan,
    PersonPlan,
    TraegerPlan,
)

STICHTAG = datetime.date(2026, 11, 1)  # "today" of the demo data, so that it stays the same
SEED = 2026
ORT = "Musterstadt"
PREFIX_TRAEGER, PREFIX_EINRICHTUNG = "demo-t-", "demo-e-"


# --- areas, as sozialraum/demo/stadt.py lays them out ------------------------------------------


@dataclass(frozen=True)
class DemoSozialraum:
    schluessel: str
    name: str
    regionalraum: str
    quartiere: tuple[tuple[str, str], ...]  # (schluessel, name)


def demo_sozialraeume() -> dict[str, DemoSozialraum]:
    """The Musterstadt Sozialräume by name, keys built as in ``gebiete_laden``."""
    namen = iter(QUARTIERSNAMEN)
    ergebnis = {}
    for r_schluessel, _r_name, sozialraeume in REGIONALRAEUME:
        for i, s_name in enumerate(sozialraeume):
            s = f"{r_schluessel}{i + 1:02d}"
            quartiere = tuple((f"{s}{j + 1:02d}", next(namen)) for j in range(3))
            ergebnis[s_name] = DemoSozialraum(s, s_name, r_schluessel, quartiere)
    return ergebnis


def _strassen(quartier_index: int) -> tuple[str, str, str]:
    """Each Quartier gets its own "-straße", "-weg" and "-allee", all distinct."""
    n = len(STRASSEN)
    return (
        f"{STRASSEN[quartier_index % n]}straße",
        f"{STRASSEN[(quartier_index + 20) % n]}weg",
        f"{STRASSEN[(quartier_index + 40) % n]}allee",
    )


# --- the plan ------------------------------------------------------------------------------


def pruefdatum(rng: random.Random, alt: float = 0.2, nie: float = 0.06) -> datetime.date | None:
    """Last check: mostly within 12 months, ``alt`` of them 12–24 months ago, ``nie`` never."""
    wurf = rng.random()
    if wurf < nie:
        return None
    tage = rng.randint(366, 725) if wurf < nie + alt else rng.randint(3, 360)
    return STICHTAG - datetime.timedelta(days=tage)


def ascii_text(text: str) -> str:
    for alt, neu in UMLAUTE:
        text = text.replace(alt, neu)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _domain(name: str) -> str:
    woerter = slugify(
        ascii_text(name.replace("e.V.", "").replace("gGmbH", "").replace("eG", ""))
    ).split("-")
    teile: list[str] = []
    for wort in filter(None, woerter):
        if len("-".join([*teile, wort])) > 32:
            break
        teile.append(wort)
    return "-".join(teile) + ".example"


def _im_namen(name: str) -> str:
    """'Am Stadtpark' reads 'am Stadtpark' inside a name."""
    return "am" + name[2:] if name.startswith("Am ") else name


def _adresse(rng, quartier_index, sozialraum: DemoSozialraum, quartier_nr: int) -> dict:
    strasse = rng.choice(_strassen(quartier_index[sozialraum.quartiere[quartier_nr][0]]))
    nummer = f"{rng.randint(1, 140)}{rng.choice(['', '', '', '', 'a', 'b'])}"
    r, s = int(sozialraum.schluessel[:2]), int(sozialraum.schluessel[2:])
    return {"strasse": f"{strasse} {nummer}", "plz": f"39{r}{s}{quartier_nr + 1}", "ort": ORT}


@functools.cache
def demo_plan() -> tuple[TraegerPlan, ...]:
    """The whole planned city; the same on every call and every run."""
    rng = random.Random(SEED)
    gebiete = demo_sozialraeume()
    quartier_index = {
        q: i for i, q in enumerate(q for s in gebiete.values() for q, _ in s.quartiere)
    }
    alle_sr = list(gebiete)
    eigennamen = list(EIGENNAMEN)
    rng.shuffle(eigennamen)
    jugendnamen = list(JUGENDNAMEN)
    rng.shuffle(jugendnamen)
    vergebene_namen: set[str] = set()
    zaehler = {id(eigennamen): 0, id(jugendnamen): 0}
    plan = []
    e_nummer = 0
    verteilung = alle_sr[:]  # city-wide Träger spread their places over all Sozialräume
    rng.shuffle(verteilung)
    verteil_pos = 0

    for t_nummer, t in enumerate(TRAEGER_KATALOG, start=1):
        heimat = gebiete.get(t.heimat) or gebiete["Altstadt-Nord"]
        region = [n for n, s in gebiete.items() if s.regionalraum == heimat.regionalraum]
        if t.reichweite == "stadt":
            bereich = alle_sr
        elif t.reichweite == "region":
            bereich = region
        else:
            nachbarn = [n for n in region if n != heimat.name]
            bereich = [heimat.name, *rng.sample(nachbarn, rng.choice([0, 0, 1, 2]))]
        domain = _domain(t.name)
        if t.art in (A.JUGENDAMT, A.BEHOERDE):
            pfad = slugify(ascii_text(t.name.replace(" Musterstadt", "")))
            email, website = (
                f"{pfad}@musterstadt.example",
                f"https://www.musterstadt.example/{pfad}",
            )
        elif t.art in (A.INITIATIVE, A.NACHBARSCHAFT) and rng.random() < 0.5:
            email, website = f"{domain.removesuffix('.example')}@mail.example", ""
        else:
            email = f"{'sekretariat' if t.art == A.SCHULE else 'info'}@{domain}"
            website = f"https://www.{domain}"

        # places
        einrichtungen: list[EinrichtungPlan] = []
        for eintrag in t.orte:
            if isinstance(eintrag, tuple):
                auftraege = [eintrag]
            else:
                art_code, _, wo = eintrag.partition("@")
                art_code, _, anzahl = art_code.partition("*")
                auftraege = [(art_code, None, wo or None, None)] * int(anzahl or 1)
            for art_code, name, wo, dativ in auftraege:
                if wo is None:
                    if t.reichweite == "stadt":
                        wo = verteilung[verteil_pos % len(verteilung)]
                        verteil_pos += 1
                    elif t.reichweite == "region":
                        wo = rng.choice(region)
                    else:
                        wo = heimat.name if rng.random() < 0.8 else rng.choice(bereich)
                sozialraum = gebiete[wo]
                quartier_nr = rng.randrange(3)
                q_schluessel, q_name = sozialraum.quartiere[quartier_nr]
                if name is None:
                    e_art, vorlagen = ORTSNAMEN[art_code]
                    kandidaten = vorlagen[:]
                    rng.shuffle(kandidaten)
                    # the preposition of the template taken is used after the loop
                    for vorlage, praep in kandidaten:  # noqa: B007
                        pool = jugendnamen if e_art == E.JUGENDCLUB else eigennamen
                        x = pool[zaehler[id(pool)] % len(pool)] if "{X}" in vorlage else ""
                        name = vorlage.format(
                            K=f"{t.kurz}-" if t.kurz else "",
                            S=_im_namen(wo),
                            Q=_im_namen(q_name),
                            X=x,
                        )
                        if name not in vergebene_namen:
                            zaehler[id(pool)] += "{X}" in vorlage
                            break
                    else:
                        name = f"{name} {_im_namen(q_name)}"
                    if name == "Geschäftsstelle":
                        name = f"Geschäftsstelle {t.kurz or t.name}"
                    dativ = f"{praep} {name}"
                else:
                    e_art = art_code
                    dativ = f"{dativ} {name}" if dativ in PRAEPOSITIONEN else dativ
                vergebene_namen.add(name)
                e_nummer += 1
                barriere = rng.choices(list(BARRIEREN), weights=[40, 25, 15, 20])[0]
                e_email = (
                    f"{slugify(ascii_text(name))[:30].strip('-')}@{domain}"
                    if rng.random() < 0.7
                    else ""
                )
                felder = {
                    **_adresse(rng, quartier_index, sozialraum, quartier_nr),
                    "telefon": f"0391 5551-{100 + e_nummer}",
                    "email": email if e_art == E.SCHULE else e_email,
                    "website": website if e_art == E.SCHULE else "",
                    "beschreibung": rng.choice(ORTSTEXTE[e_art]),
                    "barrierefrei": barriere,
                    "barrierefrei_hinweis": rng.choice(BARRIEREN[barriere]),
                    "oeffnungszeiten": rng.choice(OEFFNUNGSZEITEN[e_art]),
                    "zuletzt_geprueft": pruefdatum(rng),
                }
                lage = (round(rng.uniform(0.08, 0.92), 4), round(rng.uniform(0.08, 0.92), 4))
                einrichtungen.append(
                    EinrichtungPlan(
                        f"{PREFIX_EINRICHTUNG}{e_nummer:03d}",
                        name,
                        e_art,
                        dativ,
                        wo,
                        q_schluessel,
                        lage,
                        felder,
                    )
                )

        # the Träger itself: seat at its office or first place, else at home
        sitz = next(
            (e for e in einrichtungen if e.art == E.BUERO),
            einrichtungen[0] if einrichtungen else None,
        )
        if sitz is not None:
            adresse = {k: sitz.felder[k] for k in ("strasse", "plz", "ort")}
        else:
            adresse = _adresse(rng, quartier_index, heimat, rng.randrange(3))
        sozialraeume = tuple(
            n for n in alle_sr if n in set(bereich) | {e.sozialraum for e in einrichtungen}
        )
        felder = {
            "traegerschaft": Traeger.Traegerschaft.OEFFENTLICH
            if t.oeffentlich or t.art == A.JUGENDAMT
            else Traeger.Traegerschaft.FREI,
            "beschreibung": t.text or rng.choice(TRAEGERTEXTE[t.art]).format(sr=heimat.name),
            **adresse,
            "telefon": f"0391 5550-{100 + t_nummer}",
            "email": email,
            "website": website,
            "zuletzt_geprueft": pruefdatum(rng),
        }

        # contacts for about half the Träger, always for the big ones
        personen: list[PersonPlan] = []
        if t.art in (A.WOHLFAHRTSVERBAND, A.JUGENDAMT) or rng.random() < 0.45:
            anzahl = (
                rng.randint(2, 4)
                if t.art in (A.WOHLFAHRTSVERBAND, A.JUGENDAMT)
                else rng.randint(1, 2)
            )
            namen: set[str] = set()
            while len(namen) < anzahl:
                namen.add(f"{rng.choice(VORNAMEN)} {rng.choice(NACHNAMEN)}")
            for person in sorted(namen):
                ort = rng.choice(einrichtungen) if einrichtungen and rng.random() < 0.4 else None
                funktion = (
                    "Einrichtungsleitung"
                    if ort
                    else rng.choice(FUNKTIONEN.get(t.art, FUNKTIONEN_STANDARD))
                )
                oeffentlich = rng.random() < 0.3
                vorname, _, nachname = person.partition(" ")
                p_felder = {
                    "funktion": funktion,
                    "telefon": f"0391 5552-{rng.randint(100, 999)}",
                    "email": f"{ascii_text(vorname)}.{ascii_text(nachname)}@{domain}".lower(),
                    "oeffentlich": oeffentlich,
                    "einwilligung_am": STICHTAG - datetime.timedelta(days=rng.randint(30, 900))
                    if oeffentlich
                    else None,
                    "einwilligung_umfang": rng.choice(EINWILLIGUNGEN) if oeffentlich else "",
                    "zuletzt_geprueft": pruefdatum(rng),
                }
                personen.append(PersonPlan(person, ort.externe_id if ort else None, p_felder))

        plan.append(
            TraegerPlan(
                f"{PREFIX_TRAEGER}{t_nummer:03d}",
                t.name,
                t.art,
                heimat.name,
                sozialraeume,
                felder,
                tuple(einrichtungen),
                tuple(personen),
            )
        )
    return tuple(plan)


# --- writing the plan to the database ------------------------------------------------------


def abgleichen(model, soll: dict[Hashable, dict], vorhanden: dict[Hashable, models.Model]):
    """Create what is missing (in bulk, with history) and save what differs.

    Returns (all objects by key, number created, number changed).
    """
    geaendert = 0
    for schluessel, obj in vorhanden.items():
        werte = soll.get(schluessel)
        if werte is None:
            continue
        abweichend = {feld: wert for feld, wert in werte.items() if getattr(obj, feld) != wert}
        if abweichend:
            for feld, wert in abweichend.items():
                setattr(obj, feld, wert)
            obj.save()
            geaendert += 1
    neu_schluessel = [s for s in soll if s not in vorhanden]
    neu = bulk_create_with_history(
        [model(**soll[s]) for s in neu_schluessel], model, batch_size=500
    )
    alle = dict(vorhanden)
    alle.update(zip(neu_schluessel, neu, strict=True))
    return alle, len(neu), geaendert


def m2m_abgleichen(feld, soll: set[tuple], quellen: Iterable[int]) -> tuple[int, int]:
    """Make the through rows of ``feld`` (e.g. ``Traeger.sozialraeume``) for ``quellen`` equal
    ``soll`` (pairs of source and target id). Returns (added, removed)."""
    through = feld.through
    quelle = f"{feld.field.m2m_field_name()}_id"
    ziel = f"{feld.field.m2m_reverse_field_name()}_id"
    quellen = list(quellen)
    ist = set(through.objects.filter(**{f"{quelle}__in": quellen}).values_list(quelle, ziel))
    dazu = sorted(soll - ist)
    weg = ist - soll
    through.objects.bulk_create([through(**{quelle: q, ziel: z}) for q, z in dazu], batch_size=1000)
    for q in {q for q, _ in weg}:
        through.objects.filter(
            **{quelle: q, f"{ziel}__in": [z for qq, z in weg if qq == q]}
        ).delete()
    return len(dazu), len(weg)


def _grenzen(quartiere) -> dict[str, tuple[float, float, float, float]]:
    ergebnis = {}
    for q in quartiere:
        try:
            punkte = q.grenze["coordinates"][0]
        except (TypeError, KeyError, IndexError):
            continue
        xs, ys = [p[0] for p in punkte], [p[1] for p in punkte]
        ergebnis[q.schluessel] = (min(xs), min(ys), max(xs), max(ys))
    return ergebnis


def demo_traeger_objekte() -> dict[str, Traeger]:
    return {t.externe_id: t for t in Traeger.objects.filter(externe_id__startswith=PREFIX_TRAEGER)}


def demo_einrichtung_objekte() -> dict[str, Einrichtung]:
    return {
        e.externe_id: e
        for e in Einrichtung.objects.filter(externe_id__startswith=PREFIX_EINRICHTUNG)
    }


def traeger_laden(ausgabe) -> None:
    plan = demo_plan()
    gebiete = demo_sozialraeume()
    sozialraeume = {
        s.schluessel: s
        for s in Sozialraum.objects.filter(schluessel__in=[g.schluessel for g in gebiete.values()])
    }
    quartiere = {
        q.schluessel: q
        for q in Quartier.objects.filter(
            schluessel__in=[q for g in gebiete.values() for q, _ in g.quartiere]
        )
    }
    if len(quartiere) < 3 * len(gebiete):
        raise RuntimeError("Die Gebiete der Demo-Stadt fehlen: zuerst den Schritt „Gebiete“ laden.")
    grenzen = _grenzen(quartiere.values())
    sr_id = {name: sozialraeume[g.schluessel].pk for name, g in gebiete.items()}

    soll = {
        t.externe_id: {"externe_id": t.externe_id, "name": t.name, "art": t.art, **t.felder}
        for t in plan
    }
    traeger, t_neu, t_geaendert = abgleichen(Traeger, soll, demo_traeger_objekte())

    soll = {}
    for t in plan:
        for e in t.einrichtungen:
            quartier = quartiere[e.quartier]
            lon = lat = None
            if e.quartier in grenzen:
                lon0, lat0, lon1, lat1 = grenzen[e.quartier]
                lon = round(lon0 + e.lage[0] * (lon1 - lon0), 6)
                lat = round(lat0 + e.lage[1] * (lat1 - lat0), 6)
            soll[e.externe_id] = {
                "externe_id": e.externe_id,
                "name": e.name,
                "art": e.art,
                "traeger_id": traeger[t.externe_id].pk,
                "quartier_id": quartier.pk,
                "sozialraum_id": quartier.sozialraum_id,
                "regionalraum_id": quartier.sozialraum.regionalraum_id,
                "lat": lat,
                "lon": lon,
                **e.felder,
            }
    einrichtungen, e_neu, e_geaendert = abgleichen(Einrichtung, soll, demo_einrichtung_objekte())

    traeger_ids = [traeger[t.externe_id].pk for t in plan]
    soll = {}
    for t in plan:
        t_id = traeger[t.externe_id].pk
        for p in t.personen:
            einrichtung_id = einrichtungen[p.einrichtung].pk if p.einrichtung else None
            soll[(t_id, p.name)] = {
                "traeger_id": t_id,
                "name": p.name,
                "einrichtung_id": einrichtung_id,
                **p.felder,
            }
    vorhanden = {
        (p.traeger_id, p.name): p for p in Ansprechperson.objects.filter(traeger_id__in=traeger_ids)
    }
    _personen, p_neu, p_geaendert = abgleichen(Ansprechperson, soll, vorhanden)

    paare = {(traeger[t.externe_id].pk, sr_id[name]) for t in plan for name in t.sozialraeume}
    dazu, weg = m2m_abgleichen(Traeger.sozialraeume, paare, traeger_ids)

    ausgabe(
        f"Träger: {t_neu} neu, {t_geaendert} aktualisiert; Einrichtungen: {e_neu} neu, "
        f"{e_geaendert} aktualisiert; Ansprechpersonen: {p_neu} neu, {p_geaendert} aktualisiert; "
        f"Zuordnungen zu Sozialräumen: {dazu} neu, {weg} entfernt "
        f"(insgesamt {Traeger.objects.count()} Träger, {Einrichtung.objects.count()} Einrichtungen)"
    )
