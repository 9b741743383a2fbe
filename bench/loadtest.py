#!/usr/bin/env python
"""Load test (``make loadtest``): gunicorn with 2 workers on loopback against PostgreSQL.

Starts ``gunicorn sozialraum.wsgi`` on 127.0.0.1 (DEBUG off, plain http, whitenoise, the
production settings: the shared database cache, or Redis with REDIS_URL), runs
bench/locustfile.py headless twice: the **load run** (50 users, each logging in once and
thinking 5–15 s between steps, for 5 minutes; target p95 < 300 ms and no errors), then the
**saturation run** (10 users without think time, 60 s: the throughput the two workers
reach). Records the peak resident memory of each worker (VmHWM from /proc) and writes
bench/out/lasttest.md.
Without the synthetic city in the database, ``manage.py generate_daten`` creates it first;
bench/gremien.py adds its Gremien if they are missing.
"""

import argparse
import csv
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent


def umgebung(datenbank: str) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": datenbank,
        "DEBUG": "false",
        "HTTPS": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "lasttest-" + "y" * 50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
    }


def vorbereiten(env: dict, passwort: str) -> None:
    """Migrations, static files, a Fachkraft with a known password (bench data only), and
    the bench Gremien whose minutes she reads (bench/gremien.py), if missing."""
    manage = [str(BIN / "python"), "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, cwd=ROOT, check=True)
    subprocess.run(
        [*manage, "collectstatic", "--noinput", "-v", "0"], env=env, cwd=ROOT, check=True
    )
    skript = (
        "from django.contrib.auth.models import Group\n"
        "from sozialraum.models import User\n"
        "from sozialraum.zugang.rollen import FACHKRAFT\n"
        "from traeger.models import Traeger\n"
        "from django.core.management import call_command\n"
        "if not Traeger.objects.filter(externe_id__startswith='gen-').exists():\n"
        "    call_command('generate_daten')\n"
        "u, _ = User.objects.get_or_create(username='bench-fachkraft')\n"
        f"u.set_password({passwort!r}); u.save()\n"
        "u.groups.add(Group.objects.get(name=FACHKRAFT))\n"
        "from bench.gremien import bench_gremien_anlegen\n"
        "bench_gremien_anlegen()\n"
    )
    subprocess.run([*manage, "shell", "-c", skript], env=env, cwd=ROOT, check=True)


def kinder(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def speicher_kb(pid: int, feld: str) -> int:
    try:
        for zeile in Path(f"/proc/{pid}/status").read_text().splitlines():
            if zeile.startswith(feld + ":"):
                return int(zeile.split()[1])
    except OSError:
        pass
    return 0


def locust_lauf(env, host, passwort, name, benutzer, dauer, denkzeit, rate) -> int:
    """One headless locust run; its figures in bench/out/<name>_stats.csv, every request's
    time in bench/out/<name>_zeiten.json."""
    return subprocess.run(
        [
            str(BIN / "locust"),
            "-f",
            str(ROOT / "bench" / "locustfile.py"),
            "--headless",
            "-u",
            str(benutzer),
            "-r",
            str(rate),
            "-t",
            dauer,
            "--host",
            host,
            "--csv",
            str(OUT / name),
            "--only-summary",
            "--stop-timeout",
            "20",
        ],
        env={
            **env,
            "BENCH_PASSWORT": passwort,
            "BENCH_DENKZEIT": denkzeit,
            "BENCH_ZEITEN": str(OUT / f"{name}_zeiten.json"),
        },
        cwd=ROOT,
    ).returncode


def ohne_anmeldung(datei: Path) -> str:
    """Percentiles of every request but the logins (a user logs in once, at the start: 2 of
    her requests, each a PBKDF2 hash of 1,000,000 iterations, 0.3 s of CPU)."""
    if not datei.exists():
        return "- ohne Anmeldung: keine Einzelzeiten"
    zeiten = sorted(t for name, t in json.loads(datei.read_text()) if "/anmelden/" not in name)
    if not zeiten:
        return "- ohne Anmeldung: keine Anfragen"

    def p(q):
        return zeiten[min(len(zeiten) - 1, int(q * len(zeiten)))]

    return (
        f"- ohne Anmeldung ({len(zeiten)} Anfragen): p50 {p(0.5):.0f} ms, p95 {p(0.95):.0f} ms, "
        f"p99 {p(0.99):.0f} ms, max {zeiten[-1]:.0f} ms"
    )


def bericht(datei: Path) -> tuple[str, int]:
    """The summary and the table of one run, and its number of failures."""
    with open(datei) as f:
        zeilen = list(csv.DictReader(f))
    gesamt = next(z for z in zeilen if z["Name"] == "Aggregated")
    tabelle = [
        "| Anfrage | Anzahl | Fehler | p50 ms | p95 ms | p99 ms | max ms | je s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for z in zeilen:
        tabelle.append(
            f"| {z['Type']} {z['Name']} | {z['Request Count']} | {z['Failure Count']} | "
            f"{z['50%']} | {z['95%']} | {z['99%']} | {float(z['Max Response Time']):.0f} | "
            f"{float(z['Requests/s']):.1f} |"
        )
    text = "\n".join(
        [
            f"- Durchsatz: {float(gesamt['Requests/s']):.1f} Anfragen/s, "
            f"{gesamt['Request Count']} Anfragen, {gesamt['Failure Count']} Fehler",
            f"- p50 {gesamt['50%']} ms, p95 {gesamt['95%']} ms, p99 {gesamt['99%']} ms",
            ohne_anmeldung(datei.with_name(datei.name.replace("_stats.csv", "_zeiten.json"))),
            "",
            *tabelle,
        ]
    )
    return text, int(gesamt["Failure Count"])


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.datenbank import anlegen_falls_fehlt

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--datenbank",
        default=os.environ.get(
            "BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/sozialraum_bench"
        ),
    )
    parser.add_argument("--benutzer", type=int, default=50)
    parser.add_argument("--dauer", default="5m")
    parser.add_argument("--denkzeit", default="5-15", help='Sekunden "min-max", "0": keine')
    parser.add_argument("--saettigung-benutzer", type=int, default=10, help="0: kein Lauf")
    parser.add_argument("--saettigung-dauer", default="60s")
    parser.add_argument("--rate", type=float, default=2, help="neue Benutzer je s (Lastlauf)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    passwort = "bench-passwort-lasttest"
    env = umgebung(args.datenbank)
    anlegen_falls_fehlt(args.datenbank)
    vorbereiten(env, passwort)
    OUT.mkdir(exist_ok=True)
    host = f"http://127.0.0.1:{args.port}"
    gunicorn = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "sozialraum.wsgi",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--timeout",
            "60",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{host}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        worker = kinder(gunicorn.pid)
        start_rss = {p: speicher_kb(p, "VmRSS") for p in worker}
        laeufe = [("lasttest", args.benutzer, args.dauer, args.denkzeit, args.rate)]
        if args.saettigung_benutzer:
            laeufe.append(("saettigung", args.saettigung_benutzer, args.saettigung_dauer, "0", 10))
        ergebnisse = []
        for name, benutzer, dauer, denkzeit, rate in laeufe:
            code = locust_lauf(env, host, passwort, name, benutzer, dauer, denkzeit, rate)
            ergebnisse.append((name, benutzer, dauer, denkzeit, code))
        spitze = {p: speicher_kb(p, "VmHWM") for p in kinder(gunicorn.pid)}
        neu_gestartet = set(spitze) != set(worker)
    finally:
        gunicorn.send_signal(signal.SIGTERM)
        gunicorn.wait(timeout=30)
    teile = [
        f"gunicorn {args.workers} Worker (sync), {args.datenbank.rsplit('@', 1)[-1]}",
        "- Speicher je Worker (RSS nach Start → Spitze VmHWM): "
        + ", ".join(f"{start_rss.get(p, 0) // 1024} → {kb // 1024} MB" for p, kb in spitze.items())
        + (" (ein Worker wurde neu gestartet!)" if neu_gestartet else ""),
    ]
    fehler = 0
    rueckgabe = 0
    for name, benutzer, dauer, denkzeit, code in ergebnisse:
        titel = "Lastlauf" if name == "lasttest" else "Sättigung"
        denken = "ohne Denkzeit" if denkzeit == "0" else f"Denkzeit {denkzeit} s"
        text, n_fehler = bericht(OUT / f"{name}_stats.csv")
        fehler += n_fehler
        rueckgabe = rueckgabe or code
        teile += ["", f"### {titel}: {benutzer} Benutzer, {dauer}, {denken}", "", text]
    text = "\n".join(teile)
    (OUT / "lasttest.md").write_text(text + "\n")
    print(text)
    sys.exit(rueckgabe if fehler == 0 else 1)


if __name__ == "__main__":
    main()
