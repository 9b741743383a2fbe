#!/usr/bin/env python
"""The Berlin round: Berlin's real open data imported as `make berlin` does, then its pages.

    .venv/bin/python bench/berlin.py                     # PostgreSQL and SQLite
    .venv/bin/python bench/berlin.py --datenbank sqlite -n 20

For each database the script starts itself in a fresh process on an EMPTY database of its
own (dropped and created again, so the import is measured from scratch), runs the imports
of `make berlin` (areas, boundaries, the three facility files) and records each one's wall
time and the process's peak memory, then requests the Berlin pages in-process like
bench/run.py (same floor page, same warm-up and round-robin; first and repeated requests).
Results go to bench/out/berlin-<datenbank>.json and bench/out/berlin.md.
"""

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import OUT, maschine, mit_erster_anfrage, seiten_messen, umgebung  # noqa: E402

DATEN = Path(os.environ.get("BERLIN_DATEN", ROOT.parent / "shared" / "data" / "berlin"))
DATENBANKEN = {
    "postgresql": os.environ.get(
        "BENCH_BERLIN_PG_URL", "postgres://postgres@127.0.0.1:5432/sozialraum_bench_berlin"
    ),
    "sqlite": os.environ.get("BENCH_BERLIN_SQLITE_URL", "sqlite:////tmp/bench_berlin.sqlite3"),
}
EBENEN = "Bezirk:Bezirke,Prognoseraum:Prognoseräume,Bezirksregion:Bezirksregionen,Planungsraum:Planungsräume"
DATEIEN = ("jugendfreizeiteinrichtungen.geojson", "kindertagesstaetten.geojson", "schulen.geojson")


def spitzenspeicher_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def importieren() -> dict:
    from django.core.management import call_command

    def schritt(*args):
        beginn = time.perf_counter()
        call_command(*args, stdout=io.StringIO())
        return round(time.perf_counter() - beginn, 1)

    zeiten = {"migrate": schritt("migrate", "--verbosity", "0")}
    zeiten["gebiete"] = schritt("import_gebiete", str(DATEN / "LOR_2021.csv"))
    zeiten["grenzen"] = round(
        schritt("import_gebiete", "--grenzen", str(DATEN / "lor_prognoseraeume_2021_wgs84.geojson"))
        + schritt("import_gebiete", "--grenzen", str(DATEN / "bezirke_wgs84.geojson")),
        1,
    )
    vorher = spitzenspeicher_mb()
    zeiten["einrichtungen"] = schritt("import_einrichtungen", *(str(DATEN / d) for d in DATEIEN))
    zeiten["einrichtungen_zweiter_lauf"] = schritt(
        "import_einrichtungen", *(str(DATEN / d) for d in DATEIEN)
    )
    zeiten["spitzenspeicher_mb"] = round(spitzenspeicher_mb(), 0)
    zeiten["spitzenspeicher_vor_einrichtungen_mb"] = round(vorher, 0)
    call_command("berlin_zugaenge", "--erzwingen", stdout=io.StringIO())
    return zeiten


def seiten() -> list[tuple]:
    from angebote.models import Angebot
    from sozialraum.models import Jugendamt, Quartier, Regionalraum, Sozialraum
    from traeger.models import Einrichtung

    # The largest of each level: the worst page a planner opens.
    bezirk = max(Jugendamt.objects.all(), key=lambda j: j.einrichtungen.count())
    prognoseraum = max(
        Regionalraum.objects.filter(jugendamt=bezirk), key=lambda r: r.einrichtungen.count()
    )
    region = max(
        Sozialraum.objects.filter(regionalraum=prognoseraum),
        key=lambda s: s.einrichtungen.count(),
    )
    quartier = Quartier.objects.filter(sozialraum=region).order_by("schluessel").first()
    orte = list(Einrichtung.objects.order_by("pk").values_list("pk", flat=True)[::211][:20])
    angebote = list(
        Angebot.objects.veroeffentlicht().order_by("pk").values_list("pk", flat=True)[::211][:20]
    )
    return [
        ("boden", "Boden: base.html + 1 Abfrage", "fachkraft", "/_bench/boden/"),
        ("gebiete", "Gebiete: 12 Bezirke, 58 Prognoseräume", "fachkraft", "/gebiete/"),
        (
            "bezirk",
            f"Bezirk {bezirk.name} ({bezirk.einrichtungen.count()} Einrichtungen)",
            "fachkraft",
            bezirk.get_absolute_url(),
        ),
        (
            "prognoseraum",
            f"Prognoseraum {prognoseraum.name}",
            "fachkraft",
            prognoseraum.get_absolute_url(),
        ),
        (
            "bezirksregion",
            f"Bezirksregion {region.name} mit Lückentabelle",
            "fachkraft",
            region.get_absolute_url(),
        ),
        ("planungsraum", "Planungsraum", "fachkraft", quartier.get_absolute_url()),
        ("suche_leer", "Suche: Startseite ohne Eingabe", "fachkraft", "/"),
        (
            "suche_kita",
            f"Suche: „Kita“ im Prognoseraum {prognoseraum.name}",
            "fachkraft",
            f"/?q=Kita&gebiet=r-{prognoseraum.schluessel}",
        ),
        (
            "suche_bezirk",
            f"Suche: ohne Text, Bezirk {bezirk.name}",
            "fachkraft",
            f"/?gebiet=j-{bezirk.schluessel}",
        ),
        (
            "einrichtung",
            "Einrichtung (mit Karte)",
            "fachkraft",
            [f"/traeger/einrichtung/{pk}/" for pk in orte],
        ),
        ("angebot", "Angebot (mit Karte)", "fachkraft", [f"/angebote/{pk}/" for pk in angebote]),
        ("aktualitaet", "Aktualität (Bezirks-Administration)", "mitte", "/angebote/aktualitaet/"),
        (
            "admin_einrichtungen",
            "Verwaltung: Einrichtungen (Bezirks-Administration)",
            "mitte",
            "/admin/traeger/einrichtung/",
        ),
    ]


def intern(args) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sozialraum.settings")
    import django

    django.setup()
    from django.test import Client

    from angebote.models import Angebot
    from sozialraum.models import Jugendamt, Quartier, Regionalraum, Sozialraum, User
    from traeger.models import Einrichtung, Traeger

    import_zeiten = importieren()
    clients = {}
    for name in ("fachkraft", "mitte"):
        clients[name] = Client()
        clients[name].force_login(User.objects.get(username=name))
    liste = mit_erster_anfrage(seiten())

    ergebnisse = seiten_messen(liste, clients, args.aufwaermen, args.n)
    ergebnis = {
        "datenbank": args.datenbank,
        "import": import_zeiten,
        "zahlen": {
            "Jugendämter": Jugendamt.objects.count(),
            "Regionalräume": Regionalraum.objects.count(),
            "Sozialräume": Sozialraum.objects.count(),
            "Quartiere": Quartier.objects.count(),
            "Einrichtungen": Einrichtung.objects.count(),
            "Träger": Traeger.objects.count(),
            "Angebote": Angebot.objects.count(),
        },
        "n": args.n,
        "seiten": ergebnisse,
    }
    OUT.mkdir(exist_ok=True)
    (OUT / f"berlin-{args.datenbank}.json").write_text(
        json.dumps(ergebnis, indent=1, ensure_ascii=False)
    )


def neu_anlegen(url: str) -> None:
    """An empty database: the import is measured from scratch."""
    import dj_database_url
    import psycopg
    from psycopg import sql

    konfig = dj_database_url.parse(url)
    if "sqlite" in konfig["ENGINE"]:
        for endung in ("", "-wal", "-shm", "-journal"):
            Path(str(konfig["NAME"]) + endung).unlink(missing_ok=True)
        return
    verbindung = {
        "host": konfig.get("HOST") or None,
        "port": konfig.get("PORT") or None,
        "user": konfig.get("USER") or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**{k: v for k, v in verbindung.items() if v is not None}) as conn:
        name = sql.Identifier(konfig["NAME"])
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(name))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(name))


def tabelle(daten: dict) -> str:
    dbs = list(daten)
    teile = []
    for db in dbs:
        d = daten[db]
        imp = d["import"]
        zahlen = ", ".join(f"{k} {v}" for k, v in d["zahlen"].items())
        teile.append(
            f"**{db}**: {zahlen}. Import: Gebiete {imp['gebiete']} s, Grenzen {imp['grenzen']} s, "
            f"Einrichtungen (3 Dateien) {imp['einrichtungen']} s, zweiter Lauf "
            f"{imp['einrichtungen_zweiter_lauf']} s; Spitzenspeicher des Prozesses "
            f"{imp['spitzenspeicher_mb']:.0f} MB (vor den Einrichtungen "
            f"{imp['spitzenspeicher_vor_einrichtungen_mb']:.0f} MB)."
        )
    kopf = "| Seite | " + " | ".join(f"{db} p50 | p95 | ×Boden (p50) | Abfr." for db in dbs) + " |"
    zeilen = [kopf, "|---|" + "---:|" * (4 * len(dbs))]
    for key, seite in daten[dbs[0]]["seiten"].items():
        zellen = []
        for db in dbs:
            s = daten[db]["seiten"][key]
            zellen += [
                f"{s['p50']:.1f}",
                f"{s['p95']:.1f}",
                f"{s['faktor_p50']:.1f}",
                str(s["abfragen"]),
            ]
        zeilen.append(f"| {seite['name']} | " + " | ".join(zellen) + " |")
    return "\n\n".join(teile) + "\n\n" + "\n".join(zeilen) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datenbank", choices=[*DATENBANKEN, "beide"], default="beide")
    parser.add_argument("-n", type=int, default=30, help="Messungen je Seite")
    parser.add_argument("--aufwaermen", type=int, default=3)
    parser.add_argument("--intern", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.intern:
        intern(args)
        return
    dbs = list(DATENBANKEN) if args.datenbank == "beide" else [args.datenbank]
    daten = {}
    for db in dbs:
        print(f"== Berlin, {db}: {DATENBANKEN[db]}", flush=True)
        neu_anlegen(DATENBANKEN[db])
        befehl = [
            sys.executable,
            __file__,
            "--intern",
            "--datenbank",
            db,
            "-n",
            str(args.n),
            "--aufwaermen",
            str(args.aufwaermen),
        ]
        subprocess.run(
            befehl,
            env=umgebung(DATENBANKEN[db], STADT_NAME="Berlin", GEBIETSEBENEN=EBENEN),
            check=True,
            cwd=ROOT,
        )
        daten[db] = json.loads((OUT / f"berlin-{db}.json").read_text())
    text = f"Maschine: {maschine()}\n\n" + tabelle(daten)
    (OUT / "berlin.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
