#!/usr/bin/env python
"""Server-side latency of the registry's pages at city scale, side by side with a floor.

    .venv/bin/python bench/run.py                       # PostgreSQL and SQLite (make bench)
    .venv/bin/python bench/run.py --datenbank sqlite -n 30

For each database the script starts itself in a fresh process with that DATABASE_URL (and
DEBUG off, as in production), migrates, generates the synthetic city if it is missing
(``manage.py generate_daten``), its Gremien (bench/gremien.py) and its Sozialraumarbeit
(bench/sozialraumarbeit.py), then requests every page
in-process with Django's test Client, round-robin, after a warm-up: "latency" is the time of
the whole Django request handling (middleware, view, queries, template), without a network or
an app server. The floor is a page that renders base.html with one trivial query
(bench/urls.py). Results go to bench/out/<datenbank>.json and, combined, to
bench/out/ergebnis.md.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

OUT = ROOT / "bench" / "out"
DATENBANKEN = {
    "postgresql": os.environ.get(
        "BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/sozialraum_bench"
    ),
    "sqlite": os.environ.get("BENCH_SQLITE_URL", "sqlite:////tmp/bench.sqlite3"),
}
# Words for the quality comparison with the naive icontains search.
VERGLEICH = ["maedchen", "Mädchen", "madchen", "Hausaufgabenhife", "familie", "Familien", "zirkus"]


def seiten(
    sozialraum: str, regionalraum: str, angebote: list[int], gremium, sitzung, sra: dict
) -> list[tuple]:
    """(name, user, url or list of urls); "boden" first: the ratios refer to it. ``sra``:
    the Sozialraumarbeit's figures and objects (:func:`sozialraumarbeit_seiten`)."""
    return [
        ("boden", "Boden: base.html + 1 Abfrage", "fachkraft", "/_bench/boden/"),
        ("suche_leer", "Suche: Startseite ohne Eingabe", "fachkraft", "/"),
        ("suche_haeufig", "Suche: häufiges Wort „familie“", "fachkraft", "/?q=familie"),
        ("suche_selten", "Suche: seltenes Wort „zirkus“", "fachkraft", "/?q=zirkus"),
        (
            # Its synonyms' phrases are sets of common words (Eltern|Kind|Gruppe).
            "suche_phrasen",
            "Suche: Thesaurusbegriff mit Phrasen gängiger Wörter „Krabbelgruppe“",
            "fachkraft",
            "/?q=Krabbelgruppe",
        ),
        (
            "suche_tippfehler",
            "Suche: Tippfehler „Hausaufgabenhife“",
            "fachkraft",
            "/?q=Hausaufgabenhife",
        ),
        (
            "suche_filter",
            "Suche: ohne Text, 3 Filter (Gebiet, Kategorie, Alter)",
            "fachkraft",
            f"/?gebiet=r-{regionalraum}&kategorie=bildung&alter=9",
        ),
        (
            "suche_text_filter",
            "Suche: „hausaufgaben“ + Wochentag + kostenfrei",
            "fachkraft",
            "/?q=hausaufgaben&wochentag=2&kostenfrei=on",
        ),
        ("karte", "Karte (JSON) zu „familie“", "fachkraft", "/angebote/karte.json?q=familie"),
        ("angebot", "Angebot (Detailseite)", "fachkraft", [f"/angebote/{pk}/" for pk in angebote]),
        (
            "sozialraum",
            "Sozialraum-Seite mit Lückentabelle",
            "fachkraft",
            f"/gebiete/sozialraum/{sozialraum}/",
        ),
        (
            "regionalraum",
            "Regionalraum-Seite mit Lückentabelle",
            "fachkraft",
            f"/gebiete/regionalraum/{regionalraum}/",
        ),
        ("gremien", "Gremienliste", "fachkraft", "/gremien/"),
        (
            "gremium",
            f"Gremium-Seite ({gremium.n_sitzungen} Sitzungen, {gremium.n_mitglieder} Mitglieder)",
            "fachkraft",
            f"/gremien/{gremium.pk}/",
        ),
        (
            "sitzung",
            "Sitzung mit freigegebenem Protokoll",
            "fachkraft",
            f"/gremien/sitzung/{sitzung.pk}/",
        ),
        *sozialraumarbeit_seiten(**sra),
        (
            "admin_liste",
            "Verwaltung: Angebotsliste (Superuser)",
            "admin",
            "/admin/angebote/angebot/",
        ),
        (
            "admin_suche",
            "Verwaltung: Angebotsliste mit Suche „familie“",
            "admin",
            "/admin/angebote/angebot/?q=familie",
        ),
        (
            "naiv_haeufig",
            "naive Suche (icontains) „familie“",
            "fachkraft",
            "/_bench/naiv/?q=familie",
        ),
        (
            "naiv_tippfehler",
            "naive Suche (icontains) „Hausaufgabenhife“",
            "fachkraft",
            "/_bench/naiv/?q=Hausaufgabenhife",
        ),
    ]


def sozialraumarbeit_seiten(
    massnahme, n_massnahmen: int, n_eigene: int, n_koordiniert: int, jahr: int, n_regionen: int
) -> list[tuple]:
    """The SRAE measures and budgets (bench/sozialraumarbeit.py): the list as the
    administration sees it and as it opens for a Sozialraumkoordination (narrowed to her
    Sozialräume), the measure with the longest way, the year's budgets, the budget of the
    measure's Regionalraum and the year as a file, her start page. The resources and
    barriers are on the Sozialraum page ("sozialraum")."""
    return [
        (
            "massnahmen_admin",
            f"Maßnahmenliste als Superuser (alle {n_massnahmen})",
            "admin",
            "/massnahmen/",
        ),
        (
            "massnahmen_koordination",
            f"Maßnahmenliste einer Sozialraumkoordination ({n_eigene} in ihren "
            f"{n_koordiniert} Sozialräumen)",
            "koordination",
            "/massnahmen/",
        ),
        (
            "massnahme",
            f"Maßnahme mit langem Verlauf ({massnahme.n_schritte} Schritte, "
            f"{massnahme.n_partner} Partner, {massnahme.n_monate} Monatsbeträge)",
            "admin",
            f"/massnahmen/{massnahme.pk}/",
        ),
        (
            "budget_jahr",
            f"Budgets {jahr}: Übersicht ({n_regionen} Regionalräume)",
            "admin",
            f"/budget/{jahr}/",
        ),
        (
            "budget_regionalraum",
            f"Budget {jahr} eines Regionalraums (Monate, Maßnahmen, Auszahlungen)",
            "admin",
            f"/budget/{jahr}/{massnahme.regionalraum_id}/",
        ),
        ("budget_export", f"Budgets {jahr} als XLSX", "admin", f"/budget/{jahr}/uebersicht.xlsx"),
        (
            "start_koordination",
            f"Startseite einer Sozialraumkoordination ({n_koordiniert} Sozialräume)",
            "koordination",
            "/",
        ),
    ]


# Pages with parts kept per search state (angebote/suche/trefferspeicher.py): each is measured
# twice, repeated (served from the cache, as the same search again) and as a first request
# (the cache emptied before every request but for the search state: a search nobody asked
# before). The two searches of most hits are also measured as the first request after a
# change to the registry (a new search state: the facet index of angebote/suche/facetten.py
# is built again too).
# Pages with parts kept per data state (sozialraum/werkzeuge/datenstand.py): the search, an
# offer, the area pages (Musterstadt's levels and Berlin's).
GESPEICHERT = (
    "suche_",
    "karte",
    "angebot",
    "sozialraum",
    "regionalraum",
    "quartier",
    "bezirk",
    "prognoseraum",
    "planungsraum",
)
NACH_AENDERUNG = ("suche_leer", "suche_haeufig")


def mit_erster_anfrage(liste: list[tuple]) -> list[tuple]:
    ergebnis = []
    for key, name, wer, urls in liste:
        if key.startswith(GESPEICHERT):
            ergebnis.append((key, f"{name}, wiederholt", wer, urls))
            ergebnis.append((f"{key}_kalt", f"{name}, erste Anfrage", wer, urls))
            if key in NACH_AENDERUNG:
                ergebnis.append((f"{key}_neu", f"{name}, erste nach einer Änderung", wer, urls))
        else:
            ergebnis.append((key, name, wer, urls))
    return ergebnis


def _art(key: str):
    """How a page is requested: repeated (False), "_kalt" or "_neu" (see GESPEICHERT)."""
    return next((art for art in ("_kalt", "_neu") if key.endswith(art)), False)


def perzentile(werte: list[float]) -> dict:
    q = statistics.quantiles(werte, n=100, method="inclusive")
    return {
        "p50": statistics.median(werte),
        "p95": q[94],
        "p99": q[98],
        "mittel": statistics.fmean(werte),
        "max": max(werte),
    }


def seiten_messen(liste: list[tuple], clients: dict, aufwaermen: int, n: int) -> dict:
    """Request every page of ``liste`` (see :func:`seiten`) as its user, through the project's
    URLs plus the floor (bench/urls.py): first the pages as served, then the first requests
    (the cache emptied before each, not timed). Within each group: warm-up (every URL of a
    page), one request with its queries counted, then ``n`` rounds round-robin. Returns per
    page its percentiles, query count and ratio to the floor ("boden", which must be first)."""
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, override_settings

    from sozialraum.werkzeuge.datenstand import SCHLUESSEL, stand_erhoehen

    # The database cache's table, if the cache is one (not Redis).
    eintrag = settings.CACHES["default"]
    cache_tabelle = (
        connection.ops.quote_name(eintrag["LOCATION"])
        if eintrag["BACKEND"].endswith("DatabaseCache")
        else None
    )

    def abrufen(client, url, kalt=False):
        # Not timed: emptying the cache (kept: the search state, so the facet index stays
        # valid), or a new search state as after a change.
        if kalt == "_neu":
            stand_erhoehen()
        elif kalt:
            stand = cache.get(SCHLUESSEL)
            cache.clear()
            if stand:
                cache.set(SCHLUESSEL, stand, None)
            if cache_tabelle and connection.vendor == "postgresql":
                # What autovacuum does in a registry (this machine's PostgreSQL runs
                # without): emptying the cache table before each of thousands of first
                # requests left it 89 MB of dead rows for 200 live ones, which every
                # request's cache reads and writes then walked (the floor 10.0 → 14.8 ms).
                with connection.cursor() as cursor:
                    cursor.execute(f"VACUUM {cache_tabelle}")
        beginn = time.perf_counter()
        antwort = client.get(url)
        dauer = (time.perf_counter() - beginn) * 1000
        if antwort.status_code != 200:
            raise SystemExit(f"{url}: HTTP {antwort.status_code}")
        return dauer

    abfragen = {}
    zeiten = {key: [] for key, *_ in liste}
    with override_settings(ROOT_URLCONF="bench.urls"):
        # Each first request empties the cache, which would turn a following "repeated"
        # request into a first one too: the repeated ones run first, the ones after a
        # change last.
        for kalt in (False, "_kalt", "_neu"):
            gruppe = [seite for seite in liste if _art(seite[0]) == kalt]
            for key, _name, wer, urls in gruppe:
                alle = urls if isinstance(urls, list) else [urls]
                for _ in range(aufwaermen):
                    for url in alle:
                        abrufen(clients[wer], url, kalt)
                with CaptureQueriesContext(connection) as erfasst:
                    abrufen(clients[wer], alle[0], kalt)
                abfragen[key] = len(erfasst)
            for i in range(n):
                for key, _name, wer, urls in gruppe:
                    url = urls[i % len(urls)] if isinstance(urls, list) else urls
                    zeiten[key].append(abrufen(clients[wer], url, kalt))
    boden = statistics.median(zeiten["boden"])
    ergebnisse = {}
    for key, name, _wer, urls in liste:
        werte = perzentile(zeiten[key])
        ergebnisse[key] = {
            "name": name,
            "url": urls[0] if isinstance(urls, list) else urls,
            "abfragen": abfragen[key],
            **{k: round(v, 2) for k, v in werte.items()},
            "faktor_p50": round(werte["p50"] / boden, 2),
        }
    return ergebnisse


def umgebung(url: str, **weitere) -> dict:
    """The environment of a measuring process: production-like settings on ``url``."""
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "false",
        "HTTPS": "false",
        "STATIC_MANIFEST": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-" + "x" * 50),
        "ALLOWED_HOSTS": "testserver,127.0.0.1",
        "LOG_LEVEL": "WARNING",
        **weitere,
    }


def intern(args) -> None:
    """Runs inside the process of one database."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sozialraum.settings")
    import django

    django.setup()
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from angebote.models import Angebot
    from angebote.suche.search import suchen
    from bench.gremien import bench_gremien_anlegen, groesstes_gremium, sitzung_mit_protokoll
    from bench.sozialraumarbeit import (
        bench_koordination,
        bench_massnahmen,
        bench_sozialraumarbeit_anlegen,
        laengste_massnahme,
    )
    from bench.urls import naiv_treffer
    from sozialraum.models import Regionalraum, Sozialraum, User
    from sozialraum.zugang.rollen import FACHKRAFT, koordinierte_sozialraeume
    from sozialraumarbeit.models import Massnahme
    from traeger.models import Traeger

    call_command("migrate", verbosity=0)
    if not Traeger.objects.filter(externe_id__startswith="gen-").exists():
        call_command("generate_daten", angebote=args.angebote, traeger=args.traeger)
    anzahl = Angebot.objects.count()

    admin, _ = User.objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
    )
    fachkraft, _ = User.objects.get_or_create(username="bench-fachkraft")
    fachkraft.groups.add(Group.objects.get(name=FACHKRAFT))
    bench_gremien_anlegen()  # only if missing; bench-fachkraft is a member of the largest
    gremium = groesstes_gremium()
    bench_sozialraumarbeit_anlegen()  # only if missing; steps point at the Gremien's meetings
    koordination = bench_koordination()
    # As a gunicorn worker starts: the application loaded, what is loaded frozen (gc.freeze()).
    import sozialraum.wsgi

    clients = {"admin": Client(), "fachkraft": Client(), "koordination": Client()}
    clients["admin"].force_login(admin)
    clients["fachkraft"].force_login(fachkraft)
    clients["koordination"].force_login(koordination)
    massnahme = laengste_massnahme()
    massnahme.n_monate = massnahme.monatsplan.count()
    eigene = koordinierte_sozialraeume(koordination)
    sra = {
        "massnahme": massnahme,
        "n_massnahmen": Massnahme.objects.count(),
        "n_eigene": bench_massnahmen().filter(sozialraeume__in=eigene).distinct().count(),
        "n_koordiniert": len(eigene),
        "jahr": timezone.localdate().year,
        "n_regionen": Regionalraum.objects.count(),
    }

    sozialraum = Sozialraum.objects.filter(schluessel__startswith="G").order_by("schluessel")
    sozialraum = sozialraum.first() or Sozialraum.objects.order_by("schluessel").first()
    regionalraum = sozialraum.regionalraum
    angebote = list(
        Angebot.objects.veroeffentlicht().order_by("pk").values_list("pk", flat=True)[::4601][:20]
    )
    liste = mit_erster_anfrage(
        seiten(
            sozialraum.schluessel,
            regionalraum.schluessel,
            angebote,
            gremium,
            sitzung_mit_protokoll(gremium),
            sra,
        )
    )
    # The Sozialraum page shows its resources and barriers (sozialraumarbeit/raumwissen/).
    seite = clients["fachkraft"].get(f"/gebiete/sozialraum/{sozialraum.schluessel}/")
    if 'id="raumwissen-titel"' not in seite.content.decode():
        raise SystemExit("Die Sozialraum-Seite zeigt keine Ressourcen und Barrieren.")

    ergebnisse = seiten_messen(liste, clients, args.aufwaermen, args.n)

    # Our search against the naive one: hits, misses, and the time for count + first page.
    vergleich = []
    for wort in VERGLEICH:
        unsere, anfrage = suchen(wort)
        naive = naiv_treffer(wort)

        def messen(qs, ordnung):
            dauer = []
            for _ in range(max(5, args.n // 4)):
                beginn = time.perf_counter()
                qs.count()
                list(qs.order_by(*ordnung)[:20])
                dauer.append((time.perf_counter() - beginn) * 1000)
            return round(statistics.median(dauer), 2)

        vergleich.append(
            {
                "wort": wort,
                "korrektur": anfrage.korrekturen,
                "unsere": unsere.count(),
                "naive": naive.count(),
                "nur_unsere": unsere.exclude(pk__in=naive.values("pk")).count(),
                "nur_naive": naive.exclude(pk__in=unsere.values("pk")).count(),
                "unsere_top": [a.titel for a in unsere[:3]],
                "naive_top": [a.titel for a in naive.order_by("titel", "pk")[:3]],
                "unsere_ms": messen(unsere, unsere.query.order_by),
                "naive_ms": messen(naive, ("titel", "pk")),
            }
        )

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT version()" if connection.vendor == "postgresql" else "SELECT sqlite_version()"
        )
        version = cursor.fetchone()[0]
    ergebnis = {
        "datenbank": args.datenbank,
        "version": version.split(" on ")[0],
        "angebote": anzahl,
        "veroeffentlicht": Angebot.objects.veroeffentlicht().count(),
        "n": args.n,
        "seiten": ergebnisse,
        "vergleich": vergleich,
    }
    OUT.mkdir(exist_ok=True)
    (OUT / f"{args.datenbank}.json").write_text(json.dumps(ergebnis, indent=1, ensure_ascii=False))


def maschine() -> str:
    cpu = "?"
    try:
        for zeile in Path("/proc/cpuinfo").read_text().splitlines():
            if zeile.startswith("model name"):
                cpu = zeile.split(":", 1)[1].strip()
                break
        speicher = int(Path("/proc/meminfo").read_text().split()[1]) // 1024 // 1024
    except OSError:
        speicher = 0
    return (
        f"{cpu}, {os.cpu_count()} Kerne, {speicher} GB RAM, {platform.platform()}, "
        f"Python {platform.python_version()}"
    )


def tabelle(daten: dict) -> str:
    dbs = list(daten)
    kopf = (
        "| Seite | "
        + " | ".join(f"{db} p50 | p95 | p99 | ×Boden (p50) | Abfr." for db in dbs)
        + " |"
    )
    zeilen = [kopf, "|---|" + "---:|" * (5 * len(dbs))]
    erste = daten[dbs[0]]["seiten"]
    for key, seite in erste.items():
        zellen = []
        for db in dbs:
            s = daten[db]["seiten"][key]
            zellen += [
                f"{s['p50']:.1f}",
                f"{s['p95']:.1f}",
                f"{s['p99']:.1f}",
                f"{s['faktor_p50']:.1f}",
                str(s["abfragen"]),
            ]
        zeilen.append(f"| {seite['name']} | " + " | ".join(zellen) + " |")
    teile = ["\n".join(zeilen), ""]
    for db in dbs:
        d = daten[db]
        teile.append(
            f"**{db}** ({d['version']}, {d['angebote']} Angebote, davon "
            f"{d['veroeffentlicht']} veröffentlicht, n = {d['n']} je Seite)"
        )
        teile.append("")
        teile.append(
            "| Wort | unsere Treffer | naive Treffer | nur bei uns | nur naiv | "
            "unsere ms | naive ms | Korrektur |"
        )
        teile.append("|---|---:|---:|---:|---:|---:|---:|---|")
        for v in d["vergleich"]:
            korr = ", ".join(f"{a} → {b}" for a, b in v["korrektur"].items())
            teile.append(
                f"| {v['wort']} | {v['unsere']} | {v['naive']} | {v['nur_unsere']} | "
                f"{v['nur_naive']} | {v['unsere_ms']} | {v['naive_ms']} | {korr} |"
            )
        teile.append("")
    return "\n".join(teile)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.datenbank import anlegen_falls_fehlt

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datenbank", choices=[*DATENBANKEN, "beide"], default="beide")
    parser.add_argument("-n", type=int, default=60, help="Messungen je Seite")
    parser.add_argument("--aufwaermen", type=int, default=3)
    parser.add_argument("--angebote", type=int, default=100_000)
    parser.add_argument("--traeger", type=int, default=10_000)
    parser.add_argument("--intern", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.intern:
        intern(args)
        return
    dbs = list(DATENBANKEN) if args.datenbank == "beide" else [args.datenbank]
    daten = {}
    for db in dbs:
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
            "--angebote",
            str(args.angebote),
            "--traeger",
            str(args.traeger),
        ]
        print(f"== {db}: {DATENBANKEN[db]}", flush=True)
        anlegen_falls_fehlt(DATENBANKEN[db])
        subprocess.run(befehl, env=umgebung(DATENBANKEN[db]), check=True, cwd=ROOT)
        daten[db] = json.loads((OUT / f"{db}.json").read_text())
    text = f"Maschine: {maschine()}\n\n" + tabelle(daten)
    (OUT / "ergebnis.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
