"""Berlin's open data as ``make berlin`` imports it (areas, boundaries, the three facility files),
for the search-quality cases in faelle_berlin.py."""

import io
import os
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

DATEN = Path(
    os.environ.get("BERLIN_DATEN", Path(settings.BASE_DIR).parent / "shared" / "data" / "berlin")
)
DATEIEN = ("jugendfreizeiteinrichtungen.geojson", "kindertagesstaetten.geojson", "schulen.geojson")


def vorhanden(daten: Path = DATEN) -> bool:
    return all((daten / d).exists() for d in ("LOR_2021.csv", *DATEIEN))


def importieren(daten: Path = DATEN) -> None:
    """Areas, boundaries and every facility (one offer each), as ``make berlin``."""
    still = {"stdout": io.StringIO(), "stderr": io.StringIO()}
    call_command("import_gebiete", str(daten / "LOR_2021.csv"), **still)
    call_command(
        "import_gebiete", grenzen=str(daten / "lor_prognoseraeume_2021_wgs84.geojson"), **still
    )
    call_command("import_gebiete", grenzen=str(daten / "bezirke_wgs84.geojson"), feld="id", **still)
    call_command("import_einrichtungen", *(str(daten / d) for d in DATEIEN), **still)
