"""Where a test run's minutes go: the time of every test in a junit file (as `.ci/run` writes
them to test-results/junit-*.xml), summed per test module, slowest first.

    .venv/bin/python bench/testdauer.py test-results/junit-postgresql.xml
    .venv/bin/python bench/testdauer.py vorher.xml nachher.xml   # two runs side by side

Compare runs of the same machine only, and more than one of each: on a shared 2-core
machine the same run varies by 10-20 %.
"""

import argparse
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path


def je_modul(pfad: Path) -> Counter:
    summen: Counter = Counter()
    for fall in ET.parse(pfad).iter("testcase"):
        modul = (fall.get("classname") or "?").removeprefix("tests.")
        summen[modul.split(".Test")[0]] += float(fall.get("time") or 0)
    return summen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dateien", nargs="+", type=Path, help="junit XML files")
    parser.add_argument("--zeilen", type=int, default=30, help="how many modules (30)")
    args = parser.parse_args()
    laeufe = [je_modul(d) for d in args.dateien]
    print("  ".join(f"{sum(lauf.values()):8.1f}" for lauf in laeufe), "  (all, seconds)")
    module = sorted(set().union(*laeufe), key=lambda m: -laeufe[-1][m])
    for modul in module[: args.zeilen]:
        print("  ".join(f"{lauf[modul]:8.1f}" for lauf in laeufe), " ", modul)


if __name__ == "__main__":
    main()
