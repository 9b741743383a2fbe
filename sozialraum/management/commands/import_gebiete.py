import getpass
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from sozialraum.austausch.gebiete import (
    BERLIN_NAMENSNENNUNG,
    EBENE_NAMEN,
    ImportFehler,
    gebiete_importieren,
    ist_berliner_lor,
    lese_datei,
)
from sozialraum.austausch.grenzen import grenzen_importieren
from sozialraum.models import Importlauf, Jugendamt, Quartier, Regionalraum, Sozialraum
from sozialraum.werkzeuge.statistik import statistik_auffrischen


class Command(BaseCommand):
    help = (
        "Importiert Jugendämter, Regionalräume, Sozialräume und Quartiere aus einer CSV-Datei "
        "(Berliner LOR oder einfaches Format, siehe docs/gebiete-import.md) und/oder "
        "Grenzen aus GeoJSON. Alles oder nichts; ein zweiter Lauf ändert nichts."
    )

    def add_arguments(self, parser):
        parser.add_argument("datei", nargs="?", help="CSV-Datei mit den Gebieten")
        parser.add_argument(
            "--grenzen", help="GeoJSON-Datei mit Grenzen, nach Schlüssel zugeordnet"
        )
        parser.add_argument("--feld", help="Eigenschaft der Features, die den Schlüssel trägt")
        parser.add_argument("--encoding", default="utf-8", help="Zeichenkodierung der CSV-Datei")
        parser.add_argument(
            "--trockenlauf", action="store_true", help="nur prüfen und zählen, nichts speichern"
        )
        parser.add_argument(
            "--namensnennung",
            default="",
            help="wie die Quelle genannt werden will (steht im Fuß jeder Seite); "
            "bei der Berliner LOR-Datei von selbst",
        )

    def handle(self, *args, **options):
        if not options["datei"] and not options["grenzen"]:
            raise CommandError("Bitte eine CSV-Datei und/oder --grenzen DATEI.geojson angeben.")
        try:
            # One transaction for CSV and boundaries together: all or nothing, and a dry run
            # (--trockenlauf) leaves no trace of either.
            with transaction.atomic():
                zaehler, namensnennung = self._importieren(options)
                Importlauf.objects.create(
                    art="gebiete",
                    dateien="\n".join(str(d) for d in (options["datei"], options["grenzen"]) if d),
                    benutzer_konsole=getpass.getuser(),
                    zaehler=zaehler,
                    namensnennung=options["namensnennung"] or namensnennung,
                )
                if options["trockenlauf"]:
                    self.stdout.write("Trockenlauf: nichts gespeichert.")
                    transaction.set_rollback(True)
        except ImportFehler as fehler:
            raise CommandError(
                "Import abgebrochen, nichts wurde gespeichert:\n" + "\n".join(fehler.fehler)
            ) from fehler
        if not options["trockenlauf"]:
            statistik_auffrischen(
                Jugendamt, Regionalraum, Sozialraum, Quartier, ausgabe=self.stderr
            )
        self.stdout.write(self.style.SUCCESS("Import abgeschlossen."))

    def _importieren(self, options) -> tuple[dict, str]:
        """Import; return the counts and the source's attribution if the file tells it."""
        zaehler, namensnennung = {}, ""
        if options["datei"]:
            pfad = Path(options["datei"])
            text = lese_datei(pfad, options["encoding"])
            ergebnis = gebiete_importieren(text, str(pfad))
            zaehler["gebiete"] = {
                "angelegt": ergebnis.angelegt,
                "geaendert": ergebnis.geaendert,
                "unveraendert": ergebnis.unveraendert,
            }
            if ist_berliner_lor(text):
                namensnennung = BERLIN_NAMENSNENNUNG
            for ebene, name in EBENE_NAMEN.items():
                rest = ergebnis.nicht_in_datei[ebene]
                if ebene == "jugendamt" and not ergebnis.in_datei(ebene):
                    continue  # the file names no Jugendämter: the installation's one
                self.stdout.write(
                    f"{name}: {ergebnis.angelegt[ebene]} neu, "
                    f"{ergebnis.geaendert[ebene]} geändert, "
                    f"{ergebnis.unveraendert[ebene]} unverändert"
                    + (f", {rest} nicht in der Datei (bleiben erhalten)" if rest else "")
                )
        if options["grenzen"]:
            grenzen = grenzen_importieren(Path(options["grenzen"]), options["feld"])
            zaehler["grenzen"] = grenzen
            self.stdout.write(
                "Grenzen: " + ", ".join(f"{name} {anzahl}" for name, anzahl in grenzen.items())
            )
        return zaehler, namensnennung
