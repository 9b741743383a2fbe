"""A synthetic city at scale for benchmarks and load tests (see bench/README.md).

``python manage.py generate_daten --angebote 100000 --traeger 10000`` builds, from
``random.Random(--seed)``, the same city on every run: Träger with about two Einrichtungen
each (coordinates inside their Quartier), and offers at those places in the vocabulary of the
demo city (angebote/demo/daten.py, traeger/demo/daten.py): titles, texts, ages, weekly times,
languages, Kategorien, Zielgruppen, served Sozialräume.

Areas: the existing ones when there are at least 100 Sozialräume (e.g. after ``make
berlin``), otherwise a synthetic grid of 8 Regionalräume, 120 Sozialräume and 480 Quartiere
whose keys start with "G" (demo and Berlin keys are digits only).

Generated records are marked: Träger and Einrichtungen by ``externe_id`` "gen-…", offers by
their Träger, areas by their "G" key. ``--loeschen`` removes exactly these (areas only when
nothing else uses them). Without ``--loeschen`` a second run refuses instead of duplicating.
Rows are written with bulk_create while the search index is paused; one ``reindex()`` at
the end rebuilds the search texts and the vocabulary.
"""

import datetime
import random
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import ProtectedError

from angebote.demo.angebote import zeiten_lesen
from angebote.demo.daten import ARTEN, ARTREGELN, NAMEN, NAMENSREGELN, SPRACHEN, SPRACHGEWICHTE
from angebote.models import (
    Angebot,
    Angebotszeit,
    Kategorie,
    Sprache,
    Suchwort,
    Vorkommen,
    Zielgruppe,
)
from angebote.signals import suchindex_pausiert
from angebote.suche.suchindex import reindex
from sozialraum.models import Jugendamt, Quartier, Regionalraum, Sozialraum
from sozialraum.werkzeuge.datenstand import stand_erhoehen
from traeger.demo.daten import (
    EIGENNAMEN,
    JUGENDNAMEN,
    NACHNAMEN,
    ORTSNAMEN,
    ORTSTEXTE,
    STRASSEN,
    TRAEGERTEXTE,
)
from traeger.demo.stammdaten import ascii_text, pruefdatum
from traeger.models import Barrierefreiheit, Einrichtung, Traeger

MARKE = "gen-"
GEBIET_MARKE = "G"
MIN_SOZIALRAEUME = 100
STUECK = 2000

A, E = Traeger.Art, Einrichtung.Art

# The synthetic grid: 4 × 2 Regionalräume, each 5 × 3 Sozialräume of 2 × 2 Quartiere.
REGIONEN = ["Nordwest", "Nord", "Nordost", "Ost", "Südwest", "Süd", "Südost", "West"]
ENDUNGEN = ["feld", "hof", "au", "berg", "heide", "grund", "hagen", "dorf", "bruch", "horst"]
HIMMEL = ["Nord", "Süd", "Ost", "West"]
RASTER_LON, RASTER_LAT = 10.40, 52.20
R_BREITE, R_HOEHE = 0.15, 0.09

# Träger: (Art, weight, öffentlich, name patterns, kinds of places from ORTSNAMEN or "schule").
# {S}: home Sozialraum, {Q}: home Quartier, {X}: a proper name, {N}: a surname, {J}: a year.
TRAEGERARTEN = [
    (
        A.VEREIN,
        34,
        False,
        [
            "Kinder- und Jugendhilfe {S} e.V.",
            "Förderverein {X} e.V.",
            "Familiennetz {S} e.V.",
            "Verein für Jugendarbeit {Q} e.V.",
            "Nachbarschaftshaus {Q} e.V.",
            "Kinderhaus {X} e.V.",
            "Mädchenarbeit {S} e.V.",
            "Jugendkunstschule {S} e.V.",
        ],
        ["jugendclub", "stadtteiltreff", "familienzentrum", "kinderfarm", "beratung_jugend"],
    ),
    (
        A.GGMBH,
        10,
        False,
        [
            "{X} gGmbH",
            "Jugendhilfe {S} gGmbH",
            "Familienhilfe {N} gGmbH",
            "Lernwerkstatt {X} gGmbH",
        ],
        ["jugendclub", "familienzentrum", "beratung_ambulant", "beratung_jugend"],
    ),
    (
        A.WOHLFAHRTSVERBAND,
        3,
        False,
        [
            "AWO Ortsverein {S}",
            "Diakonisches Werk {S}",
            "Caritas-Zentrum {S}",
            "DRK-Ortsverein {S}",
        ],
        [
            "kita",
            "familienzentrum",
            "jugendclub",
            "beratung_efb",
            "beratung_schuldner",
            "beratung_migration",
            "beratung_schwanger",
            "stadtteiltreff",
        ],
    ),
    (
        A.KIRCHE,
        9,
        False,
        ["Ev. Kirchengemeinde {S}", "Kath. Pfarrei St. {H} {S}", "Ev.-luth. Gemeinde {Q}"],
        ["kita_ev", "stadtteiltreff", "jugendclub"],
    ),
    (
        A.STIFTUNG,
        3,
        False,
        ["Stiftung {X}", "{N}-Stiftung für Kinder und Jugend"],
        ["buero", "stadtteiltreff"],
    ),
    (
        A.SCHULE,
        10,
        True,
        [
            "Grundschule {Q}",
            "{D}-Grundschule",
            "{D}-Gymnasium {S}",
            "Gesamtschule {S}",
            "Förderzentrum {Q}",
            "Oberschule {Q}",
        ],
        ["schule"],
    ),
    (
        A.KITA_TRAEGER,
        9,
        False,
        ["Kita-Verbund {S}", "Kinderland {X} e.V.", "Kitas {X} gGmbH"],
        ["kita"],
    ),
    (
        A.INITIATIVE,
        8,
        False,
        ["Elterninitiative {X} {S}", "Initiative Spielplatz {Q}", "Väterinitiative {S}"],
        ["stadtteiltreff", "kinderfarm"],
    ),
    (
        A.NACHBARSCHAFT,
        4,
        False,
        ["Nachbarschaftshilfe {Q}", "Stadtteilmütter {S}", "Lesepaten {S}"],
        ["stadtteiltreff"],
    ),
    (
        A.SPORTVEREIN,
        8,
        False,
        ["SV {S} {J}", "TSV Blau-Weiß {S}", "Turnverein {Q} e.V.", "FC {S} {J}"],
        ["sport"],
    ),
    (A.SONSTIGE, 2, False, ["Bürgerhaus {Q} e.V.", "Kulturzentrum {X}"], ["stadtteiltreff"]),
]
HEILIGE = ["Marien", "Josef", "Michael", "Martin", "Elisabeth", "Antonius", "Franziskus", "Paulus"]
DICHTER = ["Goethe", "Schiller", "Lessing", "Heine", "Fontane", "Humboldt", "Kästner", "Lindgren"]
STRASSENARTEN = ["straße", "weg", "allee", "ring", "platz"]
ORTSARTEN = {"schule": E.SCHULE, **{k: v[0] for k, v in ORTSNAMEN.items()}}
# Offers per place by its kind (an office has none).
ORTSGEWICHT = {E.BUERO: 0, E.KITA: 3, E.BERATUNGSSTELLE: 3, E.KINDERFARM: 3, E.SPORTSTAETTE: 4}
ZUSAETZE = [
    "Die Teilnahme ist kostenfrei.",
    "Bitte vorher kurz anrufen.",
    "Geschwisterkinder sind willkommen.",
    "Der Raum ist gut mit Bus und Bahn erreichbar.",
    "Dolmetschende können auf Wunsch dazukommen.",
    "In den Ferien gibt es ein eigenes Programm.",
    "Neue Teilnehmende sind jederzeit willkommen.",
    "Das Team spricht auch einfache Sprache.",
]
STATUS = (
    Angebot.Status.VEROEFFENTLICHT,
    Angebot.Status.ENTWURF,
    Angebot.Status.PRUEFUNG,
    Angebot.Status.ARCHIVIERT,
)
BARRIEREN = (
    Barrierefreiheit.JA,
    Barrierefreiheit.TEILWEISE,
    Barrierefreiheit.NEIN,
    Barrierefreiheit.UNBEKANNT,
)


def _rechteck(lon0, lat0, lon1, lat1) -> dict:
    ring = [[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]]
    return {"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]}


def _bbox(grenze) -> tuple[float, float, float, float] | None:
    punkte = []

    def sammeln(koordinaten):
        if koordinaten and isinstance(koordinaten[0], int | float):
            punkte.append(koordinaten)
        else:
            for k in koordinaten or ():
                sammeln(k)

    if grenze:
        sammeln(grenze.get("coordinates"))
    if not punkte:
        return None
    lons, lats = [p[0] for p in punkte], [p[1] for p in punkte]
    return min(lons), min(lats), max(lons), max(lats)


class Command(BaseCommand):
    help = (
        "Erzeugt eine große, synthetische Stadt (deterministisch) für Benchmarks und Lasttests. "
        "Erzeugte Daten sind markiert (externe_id „gen-…“, Gebietsschlüssel „G…“). Gibt es "
        "schon erzeugte Daten, bricht der Befehl ab statt sie zu verdoppeln; --loeschen "
        "entfernt sie vorher (nur die erzeugten)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--angebote", type=int, default=100_000)
        parser.add_argument("--traeger", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=78)
        parser.add_argument(
            "--loeschen", action="store_true", help="vorher erzeugte Daten zuerst entfernen"
        )

    def handle(self, *args, **options):
        start = time.monotonic()
        if options["loeschen"]:
            self.loeschen()
        if Traeger.objects.filter(externe_id__startswith=MARKE).exists():
            raise CommandError(
                "Es gibt schon erzeugte Daten (Träger mit externe_id „gen-…“). "
                "Mit --loeschen werden sie zuerst entfernt."
            )
        if options["traeger"] <= 0 or options["angebote"] < 0:
            return
        self.rng = random.Random(options["seed"])
        with transaction.atomic(), suchindex_pausiert():
            self.gebiete_laden()
            self.traeger_anlegen(options["traeger"])
            self.einrichtungen_anlegen()
            self.angebote_anlegen(options["angebote"])
        self.log(start, "Daten geschrieben; Suchindex wird aufgebaut …")
        Suchwort.objects.all().delete()
        anzahl = reindex()
        self.log(start, f"{anzahl} Angebote indiziert, {Suchwort.objects.count()} Wörter")
        # Fresh statistics for the planner: without them PostgreSQL guesses a common word's
        # postings are a handful of rows, SQLite has none at all for its indexes. PostgreSQL
        # also vacuums, as its autovacuum would after a bulk load: index-only scans (the
        # postings, the published offers) need the visibility map. VACUUM cannot run in a
        # transaction (a test's): there only ANALYZE.
        vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
        self.log(start, "fertig (Statistiken aktualisiert)")

    def log(self, start, text):
        self.stdout.write(f"[{time.monotonic() - start:6.1f} s] {text}")

    # --- removing -------------------------------------------------------------------------

    def loeschen(self):
        erzeugt = Angebot.objects.filter(traeger__externe_id__startswith=MARKE)
        with transaction.atomic(), suchindex_pausiert():
            for feld in ("einrichtungen", "kategorien", "zielgruppen", "sprachen", "sozialraeume"):
                getattr(Angebot, feld).through.objects.filter(angebot__in=erzeugt).delete()
            zeiten = Angebotszeit.objects.filter(angebot__in=erzeugt)
            zeiten._raw_delete(zeiten.db)  # no signal per slot (the search state, below)
            posten = Vorkommen.objects.filter(angebot__in=erzeugt)
            posten._raw_delete(posten.db)
            # Without signals: simple_history would write one history row per deleted offer.
            n = erzeugt._raw_delete(erzeugt.db)
            orte = Einrichtung.objects.filter(externe_id__startswith=MARKE)
            Angebot.einrichtungen.through.objects.filter(einrichtung__in=orte).delete()
            orte._raw_delete(orte.db)
            traeger = Traeger.objects.filter(externe_id__startswith=MARKE)
            Traeger.sozialraeume.through.objects.filter(traeger__in=traeger).delete()
            traeger._raw_delete(traeger.db)
            stand_erhoehen()  # kept search results of the removed offers are void
        self.stdout.write(f"Entfernt: {n} erzeugte Angebote mit ihren Trägern und Orten.")
        try:
            with transaction.atomic(), suchindex_pausiert():
                for model in (Quartier, Sozialraum, Regionalraum):
                    model.objects.filter(schluessel__startswith=GEBIET_MARKE).delete()
                stand_erhoehen()
        except ProtectedError:
            self.stdout.write("Die erzeugten Gebiete bleiben: andere Daten verweisen auf sie.")

    # --- areas ----------------------------------------------------------------------------

    def gebiete_laden(self):
        if Sozialraum.objects.count() < MIN_SOZIALRAEUME:
            self.raster_anlegen()
        regionen = {r.pk: r for r in Regionalraum.objects.all()}
        sozialraeume = {s.pk: s for s in Sozialraum.objects.all()}
        self.quartiere = []
        for q in Quartier.objects.order_by("schluessel"):
            s = sozialraeume[q.sozialraum_id]
            r = regionen[s.regionalraum_id]
            box = _bbox(q.grenze) or _bbox(s.grenze) or _bbox(r.grenze)
            self.quartiere.append(
                {
                    "pk": q.pk,
                    "name": q.name,
                    "sozialraum_id": s.pk,
                    "sozialraum": s.name,
                    "regionalraum_id": r.pk,
                    "box": box or (11.54, 51.86, 11.66, 51.94),
                    "plz": f"{39000 + len(self.quartiere) % 1000:05d}",
                    "strassen": self.rng.sample(STRASSEN, 3),
                }
            )
        if not self.quartiere:
            raise CommandError("Keine Quartiere: Gebiete fehlen.")
        self.sr_der_region = {}
        for s in sozialraeume.values():
            self.sr_der_region.setdefault(s.regionalraum_id, []).append(s.pk)
        self.quartiere_der_region = {}
        for q in self.quartiere:
            self.quartiere_der_region.setdefault(q["regionalraum_id"], []).append(q)

    def raster_anlegen(self):
        namen = [f"{stamm}{endung}" for stamm in STRASSEN for endung in ENDUNGEN]
        namen = [n[0] + n[1:].lower() for n in dict.fromkeys(namen)]
        self.rng.shuffle(namen)
        namen_iter = iter(namen)
        sr_neu, q_neu = [], []
        for i, region in enumerate(REGIONEN):
            lon0 = RASTER_LON + (i % 4) * R_BREITE
            lat0 = RASTER_LAT + (1 - i // 4) * R_HOEHE
            r, _ = Regionalraum.objects.get_or_create(
                schluessel=f"{GEBIET_MARKE}{i + 1:02d}",
                defaults={
                    "jugendamt": Jugendamt.standard(),
                    "name": f"Bezirk {region}",
                    "grenze": _rechteck(lon0, lat0, lon0 + R_BREITE, lat0 + R_HOEHE),
                },
            )
            sw, sh = R_BREITE / 5, R_HOEHE / 3
            for j in range(15):
                s_lon0, s_lat0 = lon0 + (j % 5) * sw, lat0 + (j // 5) * sh
                sr_neu.append(
                    Sozialraum(
                        schluessel=f"{r.schluessel}{j + 1:02d}",
                        name=next(namen_iter),
                        regionalraum=r,
                        grenze=_rechteck(s_lon0, s_lat0, s_lon0 + sw, s_lat0 + sh),
                    )
                )
        Sozialraum.objects.bulk_create(sr_neu, ignore_conflicts=True)
        for s in Sozialraum.objects.filter(schluessel__startswith=GEBIET_MARKE):
            box = _bbox(s.grenze)
            qw, qh = (box[2] - box[0]) / 2, (box[3] - box[1]) / 2
            for k, himmel in enumerate(HIMMEL):
                q_lon0, q_lat0 = box[0] + (k % 2) * qw, box[1] + (1 - k // 2) * qh
                q_neu.append(
                    Quartier(
                        schluessel=f"{s.schluessel}{k + 1:02d}",
                        name=f"{s.name} {himmel}",
                        sozialraum=s,
                        grenze=_rechteck(q_lon0, q_lat0, q_lon0 + qw, q_lat0 + qh),
                    )
                )
        Quartier.objects.bulk_create(q_neu, ignore_conflicts=True)

    # --- Träger and places ---------------------------------------------------------------

    def _name(self, muster: str, q: dict) -> str:
        rng = self.rng
        return muster.format(
            S=q["sozialraum"],
            Q=q["name"],
            X=rng.choice(EIGENNAMEN + JUGENDNAMEN),
            N=rng.choice(NACHNAMEN),
            J=rng.randint(1900, 1999),
            H=rng.choice(HEILIGE),
            D=rng.choice(DICHTER),
        )

    def _kontakt(self, name: str, q: dict) -> dict:
        rng = self.rng
        domain = "".join(c for c in ascii_text(name).lower() if c.isalnum())[:30] or "verein"
        return {
            "strasse": f"{rng.choice(q['strassen'])}{rng.choice(STRASSENARTEN)} "
            f"{rng.randint(1, 120)}",
            "plz": q["plz"],
            "ort": settings.STADT_NAME,
            "telefon": f"0391 {rng.randint(100000, 999999)}",
            "email": f"info@{domain}.example",
        }

    def traeger_anlegen(self, anzahl: int):
        rng, start = self.rng, time.monotonic()
        gewichte = [t[1] for t in TRAEGERARTEN]
        namen: set[str] = set()
        neu = []
        self.traeger_info = []
        for i in range(anzahl):
            art, _g, oeffentlich, muster, orte = rng.choices(TRAEGERARTEN, weights=gewichte)[0]
            heimat = rng.choice(self.quartiere)
            name = self._name(rng.choice(muster), heimat)
            n = 1
            while name in namen:
                n += 1
                name = f"{self._name(rng.choice(muster), heimat)}" if n < 4 else f"{name} {n}"
            namen.add(name)
            text = rng.choice(TRAEGERTEXTE[art]).format(sr=heimat["sozialraum"])
            kontakt = self._kontakt(name, heimat)
            neu.append(
                Traeger(
                    name=name,
                    art=art,
                    traegerschaft=Traeger.Traegerschaft.OEFFENTLICH
                    if oeffentlich
                    else Traeger.Traegerschaft.FREI,
                    beschreibung=text,
                    externe_id=f"{MARKE}t-{i + 1:06d}",
                    zuletzt_geprueft=pruefdatum(rng),
                    website=f"https://www.{kontakt['email'].split('@')[1]}",
                    **kontakt,
                )
            )
            self.traeger_info.append({"name": name, "art": art, "orte": orte, "heimat": heimat})
        Traeger.objects.bulk_create(neu, batch_size=STUECK)
        paare = []
        for t, info in zip(neu, self.traeger_info, strict=True):
            info["pk"] = t.pk
            heimat = info["heimat"]
            region = self.sr_der_region[heimat["regionalraum_id"]]
            srs = {
                heimat["sozialraum_id"],
                *rng.sample(region, min(len(region), rng.randint(0, 3))),
            }
            info["sozialraeume"] = sorted(srs)
            paare += [Traeger.sozialraeume.through(traeger_id=t.pk, sozialraum_id=s) for s in srs]
        Traeger.sozialraeume.through.objects.bulk_create(paare, batch_size=5000)
        self.stdout.write(f"Träger: {len(neu)} ({time.monotonic() - start:.1f} s)")

    def einrichtungen_anlegen(self):
        rng, start = self.rng, time.monotonic()
        neu, self.orte = [], []
        nummer = 0
        for t in self.traeger_info:
            anzahl = rng.choices((1, 2, 3, 4, 5), weights=(35, 35, 18, 8, 4))[0]
            if t["art"] == A.SCHULE:
                anzahl = 1
            for k in range(anzahl):
                q = t["heimat"] if k == 0 else self._quartier_nahe(t["heimat"])
                art_key = rng.choice(t["orte"])
                if art_key == "schule":
                    name, praep, art = t["name"], "in der", E.SCHULE
                else:
                    art = ORTSARTEN[art_key]
                    muster, praep = rng.choice(ORTSNAMEN[art_key][1])
                    name = self._name(muster.replace("{K}", ""), q)
                lon0, lat0, lon1, lat1 = q["box"]
                barriere = rng.choices(BARRIEREN, weights=(35, 25, 15, 25))[0]
                nummer += 1
                neu.append(
                    Einrichtung(
                        traeger_id=t["pk"],
                        name=name,
                        art=art,
                        beschreibung=rng.choice(ORTSTEXTE.get(art, ORTSTEXTE[E.SONSTIGE])),
                        lat=round(rng.uniform(lat0, lat1), 6),
                        lon=round(rng.uniform(lon0, lon1), 6),
                        quartier_id=q["pk"],
                        sozialraum_id=q["sozialraum_id"],
                        regionalraum_id=q["regionalraum_id"],
                        barrierefrei=barriere,
                        externe_id=f"{MARKE}e-{nummer:06d}",
                        zuletzt_geprueft=pruefdatum(rng),
                        **self._kontakt(t["name"], q),
                    )
                )
                self.orte.append(
                    {
                        "traeger": t,
                        "name": name,
                        "art": art,
                        "dativ": f"{praep} {name}",
                        "quartier": q,
                        "barrierefrei": barriere,
                        "telefon": neu[-1].telefon,
                        "email": neu[-1].email,
                    }
                )
        Einrichtung.objects.bulk_create(neu, batch_size=STUECK)
        for e, info in zip(neu, self.orte, strict=True):
            info["pk"] = e.pk
        self.stdout.write(f"Einrichtungen: {len(neu)} ({time.monotonic() - start:.1f} s)")

    def _quartier_nahe(self, heimat: dict) -> dict:
        if self.rng.random() < 0.75:
            return self.rng.choice(self.quartiere_der_region[heimat["regionalraum_id"]])
        return self.rng.choice(self.quartiere)

    # --- offers ---------------------------------------------------------------------------

    def _arten_am_ort(self, ort: dict) -> tuple[list[str], tuple | None]:
        regel = next((r for r in NAMENSREGELN if r[0] in ort["name"]), None)
        if regel is not None:
            _wort, immer, optional, _anzahl, alter = regel
        else:
            immer, optional, _anzahl = ARTREGELN.get(ort["art"], ARTREGELN["sonstige"])
            alter = None
        arten = [*immer, *immer, *optional] or list(ARTREGELN["sonstige"][1])
        return arten, alter

    def angebote_anlegen(self, anzahl: int):
        rng, start = self.rng, time.monotonic()
        self.kategorie_id = dict(Kategorie.objects.values_list("slug", "pk"))
        self.zielgruppe_id = dict(Zielgruppe.objects.values_list("slug", "pk"))
        codes = set(Sprache.objects.values_list("code", flat=True))
        self.sprachen = [
            (c, g) for c, g in zip(SPRACHEN, SPRACHGEWICHTE, strict=True) if c in codes
        ]
        self.deutsch = "de" if "de" in codes else None
        gewichte = [ORTSGEWICHT.get(o["art"], 6) for o in self.orte]
        mit_ort = round(anzahl * 0.96) if sum(gewichte) else 0
        plaetze = sorted(
            rng.choices(range(len(self.orte)), weights=gewichte, k=mit_ort) if mit_ort else []
        )
        ohne_ort = sorted(rng.randrange(len(self.traeger_info)) for _ in range(anzahl - mit_ort))
        entwuerfe = [("ort", i) for i in plaetze] + [("traeger", i) for i in ohne_ort]
        self.titel: set[tuple[int, str]] = set()
        self.namen = {art: list(namen) for art, namen in NAMEN.items()}
        geschrieben = 0
        for von in range(0, len(entwuerfe), STUECK):
            plaene = [self._angebot(*e) for e in entwuerfe[von : von + STUECK]]
            objekte = [p[0] for p in plaene]
            Angebot.objects.bulk_create(objekte, batch_size=1000)
            self._zuordnen(plaene)
            geschrieben += len(objekte)
            if geschrieben % 20000 == 0 or geschrieben == len(entwuerfe):
                self.stdout.write(
                    f"Angebote: {geschrieben}/{anzahl} ({time.monotonic() - start:.1f} s)"
                )

    def _angebot(self, quelle: str, index: int):
        rng = self.rng
        if quelle == "ort":
            ort = self.orte[index]
            t = ort["traeger"]
            arten, alter_ort = self._arten_am_ort(ort)
        else:
            ort, t, alter_ort = None, self.traeger_info[index], None
            arten = list(ARTEN)
        art_key = rng.choice(arten)
        art = ARTEN[art_key]
        bezeichnung = rng.choice(art.bezeichnungen)
        name = None
        if art.namen and rng.random() < 0.1 and self.namen[art.namen]:
            name = rng.choice(self.namen[art.namen])
        if name:
            titel = f"{bezeichnung} „{name}“"
        elif ort:
            titel = f"{bezeichnung} {ort['dativ']}"
        else:
            titel = f"{bezeichnung} – {t['name']}"
        eindeutig, n = titel, 1
        while (t["pk"], eindeutig) in self.titel:
            n += 1
            eindeutig = f"{titel} ({n})"
        self.titel.add((t["pk"], eindeutig))

        beschreibung = rng.choice(art.texte)
        if ort and (name or rng.random() < 0.5):
            beschreibung += f" Das Angebot findet {ort['dativ']} statt."
        if rng.random() < 0.4:
            beschreibung += " " + rng.choice(ZUSAETZE)
        heimat = ort["quartier"] if ort else t["heimat"]
        sozialraeume = {heimat["sozialraum_id"]}
        region = self.sr_der_region[heimat["regionalraum_id"]]
        if art.region:
            sozialraeume.update(region)
        elif not ort:
            sozialraeume.update(t["sozialraeume"])
        elif rng.random() < 0.3:
            sozialraeume.update(rng.sample(region, min(len(region), rng.randint(1, 2))))
        alter_von, alter_bis = rng.choice(art.alter)
        if alter_ort and alter_von is not None:
            alter_von, alter_bis = alter_ort
        sprachen = {self.deutsch} if self.deutsch else set()
        if rng.random() < art.sprachen and self.sprachen:
            codes, gewichte = zip(*self.sprachen, strict=True)
            sprachen.update(rng.choices(codes, weights=gewichte, k=rng.choice((1, 1, 1, 2))))
        gebuehr = rng.random() < art.gebuehr
        gueltig_bis = None
        if rng.random() < 0.05:
            gueltig_bis = datetime.date(2027, 1, 1) + datetime.timedelta(days=rng.randint(0, 500))
        kontakt = ort or {"telefon": "", "email": ""}
        angebot = Angebot(
            titel=eindeutig,
            beschreibung=beschreibung,
            traeger_id=t["pk"],
            alter_von=alter_von,
            alter_bis=alter_bis,
            geschlecht=art.geschlecht,
            kosten=Angebot.Kosten.GEBUEHR if gebuehr else Angebot.Kosten.KOSTENFREI,
            kosten_hinweis=rng.choice(art.kosten_hinweise) if gebuehr else "",
            ermaessigt_moeglich=gebuehr and rng.random() < 0.6,
            anmeldung=Angebot.Anmeldung.ERFORDERLICH
            if rng.random() < art.anmeldung
            else Angebot.Anmeldung.OFFEN,
            barrierefrei=ort["barrierefrei"] if ort else Barrierefreiheit.UNBEKANNT,
            zeiten_hinweis=rng.choice(art.hinweise) if art.hinweise and rng.random() < 0.35 else "",
            gueltig_bis=gueltig_bis,
            status=rng.choices(STATUS, weights=(92, 3, 3, 2))[0],
            telefon=kontakt["telefon"] if rng.random() < 0.45 else "",
            email=kontakt["email"] if rng.random() < 0.3 else "",
            zuletzt_geprueft=pruefdatum(rng),
        )
        zuordnung = {
            "einrichtungen": [ort["pk"]] if ort else [],
            "kategorien": [self.kategorie_id[s] for s in art.kategorien if s in self.kategorie_id],
            "zielgruppen": [
                self.zielgruppe_id[s] for s in art.zielgruppen if s in self.zielgruppe_id
            ],
            "sprachen": sorted(sprachen),
            "sozialraeume": sorted(sozialraeume),
            "zeiten": zeiten_lesen(rng.choice(art.zeiten)),
        }
        return angebot, zuordnung

    def _zuordnen(self, plaene):
        spalten = {
            "einrichtungen": "einrichtung_id",
            "kategorien": "kategorie_id",
            "zielgruppen": "zielgruppe_id",
            "sprachen": "sprache_id",
            "sozialraeume": "sozialraum_id",
        }
        for feld, spalte in spalten.items():
            through = getattr(Angebot, feld).through
            through.objects.bulk_create(
                [through(angebot_id=a.pk, **{spalte: wert}) for a, z in plaene for wert in z[feld]],
                batch_size=5000,
            )
        Angebotszeit.objects.bulk_create(
            [
                Angebotszeit(angebot_id=a.pk, wochentag=tag, von=von, bis=bis)
                for a, z in plaene
                for tag, von, bis in z["zeiten"]
            ],
            batch_size=5000,
        )
