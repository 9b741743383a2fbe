#!/usr/bin/env python
"""Search quality in numbers (issue #15): the cases of tests/suchqualitaet/ on both databases,
for the registry's search and its two peers.

    .venv/bin/python bench/suchqualitaet.py                        # make suchqualitaet
    .venv/bin/python bench/suchqualitaet.py --datenbank sqlite --stadt demo

For each database (SQLite, PostgreSQL) and each city (the demo city Musterstadt, Berlin's real
facility data) the script creates an empty database of its own, starts itself in a fresh process
on it, migrates, loads the city (``load_demo``; Berlin's imports as ``make berlin``) and runs
every case through three searches:

* ``register``: the registry's search (angebote/suche, as the start page runs it);
* ``volltext``: PostgreSQL's German full-text search (SearchVector of title and description,
  config ``german``, websearch query, SearchRank order; PostgreSQL only);
* ``naiv``: a plain Django ``icontains`` over title, description and Träger name (bench/urls.py).

Per database and search it prints the number of cases, how many passed, precision@5 and recall
(defined in tests/suchqualitaet/faelle.py), the cases that found something they must not
(Fehlgriffe), and the registry's failures; then the figures as markdown tables for
bench/RESULTS.md. Results also go to bench/out/suchqualitaet-<stadt>-<datenbank>.json and
bench/out/suchqualitaet.md. The exit status is 0 even when cases fail: the numbers are the result.
"""

import argparse
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.berlin import neu_anlegen  # noqa: E402
from bench.run import OUT, maschine, umgebung  # noqa: E402

PG = os.environ.get("SUCHQUALITAET_PG", "postgres://postgres@127.0.0.1:5432")
DATENBANKEN = {
    ("demo", "sqlite"): os.environ.get(
        "SUCHQUALITAET_DEMO_SQLITE_URL", "sqlite:////tmp/suchqualitaet_demo.sqlite3"
    ),
    ("demo", "postgresql"): os.environ.get(
        "SUCHQUALITAET_DEMO_PG_URL", f"{PG}/sozialraum_suchqualitaet_demo"
    ),
    ("berlin", "sqlite"): os.environ.get(
        "SUCHQUALITAET_BERLIN_SQLITE_URL", "sqlite:////tmp/suchqualitaet_berlin.sqlite3"
    ),
    ("berlin", "postgresql"): os.environ.get(
        "SUCHQUALITAET_BERLIN_PG_URL", f"{PG}/sozialraum_suchqualitaet_berlin"
    ),
}
STAEDTE = ("demo", "berlin")
SUCHEN = ("register", "volltext", "naiv")
NAMEN = {
    "register": "Register (angebote/suche)",
    "volltext": "PostgreSQL-Volltext (german)",
    "naiv": "icontains (naiv)",
}
BERLIN_UMGEBUNG = {
    "STADT_NAME": "Berlin",
    "GEBIETSEBENEN": "Bezirk:Bezirke,Prognoseraum:Prognoseräume,Bezirksregion:Bezirksregionen,"
    "Planungsraum:Planungsräume",
}


def datei(stadt: str, db: str) -> Path:
    return OUT / f"suchqualitaet-{stadt}-{db}.json"


# ---------------------------------------------------------------------------------------
# Inside the process of one database


def intern(stadt: str, db: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sozialraum.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from tests.suchqualitaet import berlin, faelle_berlin, faelle_demo
    from tests.suchqualitaet.faelle import Bestand, bewerten
    from tests.suchqualitaet.suchen import suchen_je_name

    beginn = time.perf_counter()
    call_command("migrate", "--verbosity", "0")
    if stadt == "demo":
        call_command("load_demo", "--erzwingen", stdout=io.StringIO())
        faelle = faelle_demo.FAELLE
    else:
        berlin.importieren()
        faelle = faelle_berlin.FAELLE
    laden = time.perf_counter() - beginn
    bestand = Bestand.laden()

    ergebnis = {"stadt": stadt, "datenbank": db, "angebote": len(bestand.eintraege)}
    ergebnis["laden_s"] = round(laden, 1)
    ergebnis["suchen"] = {}
    for name, suche in suchen_je_name().items():
        faelle_ergebnis = []
        beginn = time.perf_counter()
        for f in faelle:
            b = bewerten(f, suche(f.anfrage), bestand)
            faelle_ergebnis.append(
                {
                    "anfrage": f.anfrage,
                    "thema": f.thema,
                    "bestanden": b.bestanden,
                    "praezision5": b.praezision5,
                    "recall": b.recall,
                    "fehlgriff": b.fehlgriff,
                    "fehlerhaft": b.fehlerhaft,
                    "treffer": len(b.ergebnis),
                    "bericht": "" if b.bestanden else b.bericht(bestand, zeilen=3),
                }
            )
        ergebnis["suchen"][name] = {
            "sekunden": round(time.perf_counter() - beginn, 1),
            "faelle": faelle_ergebnis,
        }
    OUT.mkdir(exist_ok=True)
    datei(stadt, db).write_text(json.dumps(ergebnis, indent=1, ensure_ascii=False))


# ---------------------------------------------------------------------------------------
# Figures and report


def mittel(werte) -> float | None:
    werte = [w for w in werte if w is not None]
    return sum(werte) / len(werte) if werte else None


def kennzahlen(faelle: list[dict]) -> dict:
    return {
        "faelle": len(faelle),
        "bestanden": sum(f["bestanden"] for f in faelle),
        "praezision5": mittel(f["praezision5"] for f in faelle),
        "recall": mittel(f["recall"] for f in faelle),
        "fehlgriffe": sum(f["fehlgriff"] for f in faelle),
        "fehlerhaft": sum(f["fehlerhaft"] for f in faelle),
        "ohne_treffer": sum(1 for f in faelle if f["treffer"] == 0),
    }


def prozent(wert: float | None) -> str:
    return "–" if wert is None else f"{100 * wert:.0f} %"


def tabelle(daten: dict) -> str:
    """Markdown: one row per city, database and search."""
    zeilen = [
        "| Stadt | Datenbank | Suche | Fälle | bestanden | Precision@5 | Recall | Fehlgriffe |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for (stadt, db), d in daten.items():
        for name in SUCHEN:
            if name not in d["suchen"]:
                continue
            k = kennzahlen(d["suchen"][name]["faelle"])
            zeilen.append(
                f"| {stadt} | {db} | {NAMEN[name]} | {k['faelle']} | {k['bestanden']} "
                f"({prozent(k['bestanden'] / k['faelle'])}) | {prozent(k['praezision5'])} | "
                f"{prozent(k['recall'])} | {k['fehlgriffe']} |"
            )
    return "\n".join(zeilen) + "\n"


def themen(daten: dict) -> str:
    """Markdown: the registry's passed cases per theme, per city and database."""
    spalten = list(daten)
    alle: dict[str, None] = {}
    for d in daten.values():
        for f in d["suchen"]["register"]["faelle"]:
            alle[f["thema"]] = None
    kopf = "| Thema | " + " | ".join(f"{s} {db}" for s, db in spalten) + " |"
    zeilen = [kopf, "|---|" + "---:|" * len(spalten)]
    for thema in alle:
        zellen = []
        for schluessel in spalten:
            faelle = [
                f for f in daten[schluessel]["suchen"]["register"]["faelle"] if f["thema"] == thema
            ]
            zellen.append(f"{sum(f['bestanden'] for f in faelle)}/{len(faelle)}" if faelle else "–")
        zeilen.append(f"| {thema} | " + " | ".join(zellen) + " |")
    return "\n".join(zeilen) + "\n"


def bericht(daten: dict) -> str:
    teile = [f"Maschine: {maschine()}", ""]
    for (stadt, db), d in daten.items():
        teile.append(
            f"== {stadt} auf {db}: {d['angebote']} veröffentlichte Angebote "
            f"(geladen in {d['laden_s']} s)"
        )
        for name in SUCHEN:
            if name not in d["suchen"]:
                continue
            s = d["suchen"][name]
            k = kennzahlen(s["faelle"])
            teile.append(
                f"  {NAMEN[name]:<30} {k['faelle']} Fälle, {k['bestanden']} bestanden "
                f"({prozent(k['bestanden'] / k['faelle'])}), Precision@5 {prozent(k['praezision5'])}, "
                f"Recall {prozent(k['recall'])}, Fehlgriffe {k['fehlgriffe']}, ohne Treffer "
                f"{k['ohne_treffer']}, fehlerhafte Fälle {k['fehlerhaft']} ({s['sekunden']} s)"
            )
        fehler = [f for f in d["suchen"]["register"]["faelle"] if not f["bestanden"]]
        teile.append(f"  Nicht bestanden (Register, {len(fehler)}):")
        teile += ["    " + f["bericht"].replace("\n", "\n    ") for f in fehler]
        teile.append("")
    teile += ["## Markdown (bench/RESULTS.md)", "", tabelle(daten), themen(daten)]
    return "\n".join(teile)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datenbank", choices=["sqlite", "postgresql", "beide"], default="beide")
    parser.add_argument("--stadt", choices=[*STAEDTE, "beide"], default="beide")
    parser.add_argument("--intern", nargs=2, metavar=("STADT", "DATENBANK"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.intern:
        intern(*args.intern)
        return
    dbs = ["sqlite", "postgresql"] if args.datenbank == "beide" else [args.datenbank]
    staedte = list(STAEDTE) if args.stadt == "beide" else [args.stadt]
    daten = {}
    for stadt in staedte:
        for db in dbs:
            url = DATENBANKEN[(stadt, db)]
            print(f"== {stadt}, {db}: {url}", flush=True)
            neu_anlegen(url)
            weitere = BERLIN_UMGEBUNG if stadt == "berlin" else {}
            subprocess.run(
                [sys.executable, __file__, "--intern", stadt, db],
                env=umgebung(url, **weitere),
                check=True,
                cwd=ROOT,
            )
            daten[(stadt, db)] = json.loads(datei(stadt, db).read_text())
    text = bericht(daten)
    (OUT / "suchqualitaet.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
