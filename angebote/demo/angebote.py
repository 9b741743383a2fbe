"""Demo city Musterstadt: about 800 Angebote of the demo Träger at their Einrichtungen.

Planned in memory from ``random.Random(2026)`` on top of :func:`traeger.demo.stammdaten.demo_plan`, so
every run plans the same offers; the step creates what is missing and corrects what differs.
Angebot has no external key: titles are unique per Träger and an offer is matched on
(Träger, Titel). The data tables (kinds of offers, texts, times) live in
:mod:`angebote.demo.daten`. The search index is paused during the load and rebuilt once.
"""

import dataclasses
import datetime
import functools
import random
from dataclasses import dataclass

from guardian.shortcuts import assign_perm

from sozialraum.models import Sozialraum, User
from traeger.demo.daten import EinrichtungPlan, TraegerPlan
from traeger.demo.stammdaten import (
    abgleichen,
    demo_einrichtung_objekte,
    demo_plan,
    demo_sozialraeume,
    demo_traeger_objekte,
    m2m_abgleichen,
    pruefdatum,
)
from traeger.models import TraegerZugehoerigkeit

from ..models import Aenderungsvorschlag, Angebot, Angebotszeit, Kategorie, Zielgruppe
from ..permissions import redaktions_traeger
from ..redaktion.pruefung import vorschlag_einreichen
from ..redaktion.werte import leere_werte, werte_von
from ..signals import suchindex_pausiert
from ..suche.suchindex import reindex
from .daten import (
    ARTEN,
    ARTREGELN,
    FEST,
    NAMEN,
    NAMENSREGELN,
    OHNE_ORT,
    SPRACHEN,
    SPRACHGEWICHTE,
    SPRACHREGELN,
)

SEED = 2026
TAGE = {"Mo": 0, "Di": 1, "Mi": 2, "Do": 3, "Fr": 4, "Sa": 5, "So": 6}
STATUS = (
    Angebot.Status.VEROEFFENTLICHT,
    Angebot.Status.ENTWURF,
    Angebot.Status.PRUEFUNG,
    Angebot.Status.ARCHIVIERT,
)


@dataclass(frozen=True)
class AngebotPlan:
    traeger: str  # externe_id
    titel: str
    einrichtungen: tuple[str, ...]  # externe_ids
    sozialraeume: tuple[str, ...]  # names
    kategorien: tuple[str, ...]  # slugs
    zielgruppen: tuple[str, ...]  # slugs
    sprachen: tuple[str, ...]  # codes
    zeiten: tuple[tuple[int, datetime.time, datetime.time], ...]
    felder: dict


def zeiten_lesen(text: str) -> tuple[tuple[int, datetime.time, datetime.time], ...]:
    """ "Mo,Mi 14:00-16:00; Fr 9:30-11:30" -> ((0, 14:00, 16:00), (2, …), (4, …))."""
    zeiten = []
    for teil in text.split(";"):
        tage, spanne = teil.split()
        von, bis = (datetime.time(*map(int, z.split(":"))) for z in spanne.split("-"))
        zeiten += [(TAGE[tag], von, bis) for tag in tage.split(",")]
    return tuple(sorted(zeiten))


class _Planung:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.gebiete = demo_sozialraeume()
        self.namen = {art: list(namen) for art, namen in NAMEN.items()}
        for namen in self.namen.values():
            self.rng.shuffle(namen)

    def arten_am_ort(self, e: EinrichtungPlan) -> list[tuple[str, dict, tuple | None]]:
        """The kinds of offers at one place: (kind, fixed values, ages of the place)."""
        regel = next((r for r in NAMENSREGELN if r[0] in e.name), None)
        if regel is not None:
            _wort, immer, optional, (mini, maxi), alter = regel
        else:
            immer, optional, (mini, maxi) = ARTREGELN[e.art]
            alter = None
        fest = dict(FEST.get(e.name, ()))
        arten = list(dict.fromkeys([*immer, *fest]))
        anzahl = max(self.rng.randint(mini, maxi), len(arten))
        auswahl = list(optional)
        self.rng.shuffle(auswahl)
        for art in auswahl:
            if len(arten) < anzahl and art not in arten:
                arten.append(art)
        return [(art, fest.get(art, {}), alter) for art in arten]

    def sprachen(self, art_anteil: float, *namen: str) -> set[str]:
        sprachen = {"de"}
        for wort, codes in SPRACHREGELN:
            if any(wort in name for name in namen):
                sprachen.update(codes)
        if len(sprachen) == 1 and self.rng.random() < art_anteil:
            anzahl = self.rng.choice((1, 1, 1, 2))
            sprachen.update(self.rng.choices(SPRACHEN, weights=SPRACHGEWICHTE, k=anzahl))
        return sprachen

    def sozialraeume(self, art, orte: list[EinrichtungPlan]) -> set[str]:
        namen = {e.sozialraum for e in orte}
        region = self.gebiete[orte[0].sozialraum].regionalraum
        nachbarn = [n for n, s in self.gebiete.items() if s.regionalraum == region]
        if art.region:
            namen.update(nachbarn)
        elif self.rng.random() < 0.3:
            namen.update(self.rng.sample(nachbarn, self.rng.randint(1, 2)))
        return namen

    def angebot(
        self, t: TraegerPlan, art_key: str, e: EinrichtungPlan | None, fest: dict
    ) -> AngebotPlan:
        """One offer; ``fest`` holds given values (titel, bereich, alter, sprachen, zeiten …)."""
        rng, art = self.rng, ARTEN[art_key]
        bezeichnung = rng.choice(art.bezeichnungen)
        name = None
        if e is not None and art.namen and rng.random() < 0.35 and self.namen[art.namen]:
            name = self.namen[art.namen].pop()
        titel = fest.get("titel") or (
            f"{bezeichnung} „{name}“" if name else f"{bezeichnung} {e.dativ}"
        )

        beschreibung = rng.choice(art.texte)
        orte: list[EinrichtungPlan] = []
        if e is not None:
            orte.append(e)
            if name or rng.random() < 0.5:
                beschreibung += f" Das Angebot findet {e.dativ} statt."
            gleiche = [o for o in t.einrichtungen if o.art == e.art and o is not e]
            if gleiche and rng.random() < 0.25:
                orte.append(rng.choice(gleiche))
            sozialraeume = self.sozialraeume(art, orte)
        elif fest.get("bereich") == "stadt":
            sozialraeume = set(self.gebiete)
        elif fest.get("bereich") == "traeger":
            sozialraeume = set(t.sozialraeume)
        else:
            sozialraeume = {t.heimat}

        alter_von, alter_bis = rng.choice(art.alter)
        if fest.get("alter_ort") and alter_von is not None:
            alter_von, alter_bis = fest["alter_ort"]
        alter_von, alter_bis = fest.get("alter", (alter_von, alter_bis))
        zeiten = rng.choice(art.zeiten)
        hinweis = rng.choice(art.hinweise) if art.hinweise and rng.random() < 0.35 else ""
        gebuehr = rng.random() < art.gebuehr and not fest.get("fest")
        kosten_hinweis = rng.choice(art.kosten_hinweise) if gebuehr else ""
        ermaessigt = gebuehr and rng.random() < 0.6
        anmeldung = rng.random() < art.anmeldung
        status = rng.choices(STATUS, weights=(92, 3, 3, 2))[0]
        kontakt = (e or t).felder
        telefon = kontakt["telefon"] if rng.random() < 0.45 else ""
        email = (kontakt["email"] or t.felder["email"]) if rng.random() < 0.3 else ""
        namen = (t.name, e.name if e else "")
        sprachen = self.sprachen(art.sprachen, *namen) | set(fest.get("sprachen", ()))
        felder = {
            "beschreibung": beschreibung,
            "alter_von": alter_von,
            "alter_bis": alter_bis,
            "geschlecht": art.geschlecht,
            "kosten": Angebot.Kosten.GEBUEHR if gebuehr else Angebot.Kosten.KOSTENFREI,
            "kosten_hinweis": kosten_hinweis,
            "ermaessigt_moeglich": ermaessigt,
            "anmeldung": Angebot.Anmeldung.ERFORDERLICH if anmeldung else Angebot.Anmeldung.OFFEN,
            "barrierefrei": e.felder["barrierefrei"] if e else "unbekannt",
            "zeiten_hinweis": hinweis,
            "status": Angebot.Status.VEROEFFENTLICHT if fest.get("fest") else status,
            "telefon": telefon,
            "email": email,
            "zuletzt_geprueft": pruefdatum(rng),
        }
        return AngebotPlan(
            traeger=t.externe_id,
            titel=titel,
            einrichtungen=tuple(o.externe_id for o in orte),
            sozialraeume=tuple(n for n in self.gebiete if n in sozialraeume),
            kategorien=art.kategorien,
            zielgruppen=art.zielgruppen,
            sprachen=tuple(sorted(sprachen)),
            zeiten=zeiten_lesen(fest.get("zeiten", zeiten)),
            felder=felder,
        )


@functools.cache
def angebote_plan() -> tuple[AngebotPlan, ...]:
    """All planned offers; the same on every call and every run."""
    planung = _Planung()
    plan = []
    for t in demo_plan():
        titel: set[str] = set()
        entwuerfe = []
        for e in t.einrichtungen:
            for art, fest, alter in planung.arten_am_ort(e):
                fest = {**fest, "fest": True} if fest else {}
                entwuerfe.append(planung.angebot(t, art, e, {**fest, "alter_ort": alter}))
        for art, name, bereich in OHNE_ORT.get(t.name, ()):
            entwuerfe.append(planung.angebot(t, art, None, {"titel": name, "bereich": bereich}))
        for entwurf in entwuerfe:
            eindeutig, n = entwurf.titel, 1
            while eindeutig in titel:
                n += 1
                eindeutig = f"{entwurf.titel} ({n})"
            titel.add(eindeutig)
            plan.append(entwurf if n == 1 else dataclasses.replace(entwurf, titel=eindeutig))
    return tuple(plan)


def _zeiten_abgleichen(soll: set[tuple], angebot_ids: list[int]) -> tuple[int, int]:
    ist = {
        (a, t, von, bis): pk
        for pk, a, t, von, bis in Angebotszeit.objects.filter(
            angebot_id__in=angebot_ids
        ).values_list("pk", "angebot_id", "wochentag", "von", "bis")
    }
    dazu = sorted(soll - set(ist))
    weg = [pk for zeit, pk in ist.items() if zeit not in soll]
    Angebotszeit.objects.bulk_create(
        [Angebotszeit(angebot_id=a, wochentag=t, von=von, bis=bis) for a, t, von, bis in dazu],
        batch_size=1000,
    )
    Angebotszeit.objects.filter(pk__in=weg).delete()
    return len(dazu), len(weg)


def angebote_laden(ausgabe) -> None:
    plan = angebote_plan()
    traeger, einrichtungen = demo_traeger_objekte(), demo_einrichtung_objekte()
    if len(traeger) < len(demo_plan()):
        raise RuntimeError("Die Träger der Demo-Stadt fehlen: zuerst „Träger“ laden.")
    schluessel = {name: g.schluessel for name, g in demo_sozialraeume().items()}
    sr_id = dict(
        Sozialraum.objects.filter(schluessel__in=schluessel.values()).values_list(
            "schluessel", "pk"
        )
    )
    kategorie_id = dict(Kategorie.objects.values_list("slug", "pk"))
    zielgruppe_id = dict(Zielgruppe.objects.values_list("slug", "pk"))

    with suchindex_pausiert():
        soll = {}
        for a in plan:
            t_id = traeger[a.traeger].pk
            soll[(t_id, a.titel)] = {"traeger_id": t_id, "titel": a.titel, **a.felder}
        vorhanden = {
            (x.traeger_id, x.titel): x
            for x in Angebot.objects.filter(traeger_id__in=[t.pk for t in traeger.values()])
        }
        angebote, neu, geaendert = abgleichen(Angebot, soll, vorhanden)
        ids = [angebote[k].pk for k in soll]
        paare = {
            "einrichtungen": set(),
            "kategorien": set(),
            "zielgruppen": set(),
            "sprachen": set(),
            "sozialraeume": set(),
        }
        zeiten = set()
        for k, a in zip(soll, plan, strict=True):
            pk = angebote[k].pk
            paare["einrichtungen"].update((pk, einrichtungen[e].pk) for e in a.einrichtungen)
            paare["kategorien"].update((pk, kategorie_id[s]) for s in a.kategorien)
            paare["zielgruppen"].update((pk, zielgruppe_id[s]) for s in a.zielgruppen)
            paare["sprachen"].update((pk, code) for code in a.sprachen)
            paare["sozialraeume"].update((pk, sr_id[schluessel[n]]) for n in a.sozialraeume)
            zeiten.update((pk, *zeit) for zeit in a.zeiten)
        dazu = weg = 0
        for feld, soll_paare in paare.items():
            d, w = m2m_abgleichen(getattr(Angebot, feld), soll_paare, ids)
            dazu, weg = dazu + d, weg + w
        z_dazu, z_weg = _zeiten_abgleichen(zeiten, ids)

    if (
        neu
        or geaendert
        or dazu
        or weg
        or z_dazu
        or z_weg
        or Angebot.objects.filter(pk__in=ids, suchtitel="").exists()
    ):
        reindex(ids)
    ausgabe(
        f"Angebote: {neu} neu, {geaendert} aktualisiert; Zuordnungen: {dazu} neu, {weg} entfernt; "
        f"Zeiten: {z_dazu} neu, {z_weg} entfernt (insgesamt {Angebot.objects.count()} Angebote, "
        f"{Angebot.objects.veroeffentlicht().count()} veröffentlicht)"
    )


def vorschlaege_laden(ausgabe) -> None:
    """The "redaktion" login keeps her Träger's offers; two of her changes await review.

    Her Träger is the one she holds ``traeger.change_traeger`` on, else the one she works
    for (step "Kontakte"), which then gets that right. Then, once: a change to one of its
    published offers and a new offer, both waiting in the Jugendamt's queue ("Prüfung").
    """
    redaktion = User.objects.filter(username="redaktion").first()
    traeger = redaktions_traeger(redaktion).order_by("name").first() if redaktion else None
    if redaktion is not None and traeger is None:
        zugehoerig = TraegerZugehoerigkeit.objects.filter(user=redaktion).order_by("pk").first()
        traeger = zugehoerig.traeger if zugehoerig else None
    if traeger is None:
        ausgabe("Änderungsvorschläge: keine Redaktion mit Träger, nichts angelegt")
        return
    assign_perm("traeger.change_traeger", redaktion, traeger)
    if Aenderungsvorschlag.objects.filter(angebot__traeger=traeger).exists():
        ausgabe(f"Änderungsvorschläge: 0 neu ({redaktion.username} pflegt {traeger.name})")
        return
    anzahl = 0
    angebot = (
        traeger.angebote.veroeffentlicht()
        .prefetch_related("kategorien", "zielgruppen", "sprachen", "einrichtungen")
        .prefetch_related("sozialraeume", "zeiten")
        .order_by("titel")
        .first()
    )
    if angebot is not None:
        werte = werte_von(angebot)
        zeiten = [z for z in werte["zeiten"] if z[0] != 4] + [[4, "15:00", "17:30"]]
        werte.update(
            beschreibung=(werte["beschreibung"] + " Neu: freitags auch am Nachmittag.").strip(),
            zeiten=sorted(zeiten),
            zeiten_hinweis="nicht in den Sommerferien",
        )
        vorschlag_einreichen(angebot, traeger, werte, redaktion)
        anzahl += 1
    titel = "Elternfrühstück mit Kinderbetreuung"
    if not traeger.angebote.filter(titel=titel).exists():
        ort = traeger.einrichtungen.order_by("name").first()
        werte = leere_werte()
        werte.update(
            titel=titel,
            beschreibung=(
                "Einmal in der Woche frühstücken Eltern gemeinsam und tauschen sich aus, "
                "während die Kinder nebenan betreut werden. Ohne Anmeldung, kostenfrei."
            ),
            kategorien=sorted(
                Kategorie.objects.filter(slug="familienbildung").values_list("pk", flat=True)
            ),
            zielgruppen=sorted(
                Zielgruppe.objects.filter(slug__in=["eltern", "kleinkinder"]).values_list(
                    "pk", flat=True
                )
            ),
            sprachen=["de"],
            einrichtungen=[ort.pk] if ort else [],
            sozialraeume=[ort.sozialraum_id] if ort and ort.sozialraum_id else [],
            zeiten=[[2, "09:00", "11:00"]],
        )
        vorschlag_einreichen(None, traeger, werte, redaktion)
        anzahl += 1
    ausgabe(f"Änderungsvorschläge: {anzahl} neu ({redaktion.username} pflegt {traeger.name})")
