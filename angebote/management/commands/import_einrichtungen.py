import datetime
import getpass
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from angebote.models import Angebot, Suchwort, Wortteil
from angebote.quellen.einrichtungen import einrichtungen_importieren
from sozialraum.austausch.gebiete import ImportFehler
from sozialraum.werkzeuge.fortschritt import Fortschrittsbalken, fortschrittsbalken
from sozialraum.werkzeuge.statistik import statistik_auffrischen
from traeger.models import Einrichtung, Traeger


def _stand(wert: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(wert)
    except ValueError as exc:
        raise CommandError(f"--stand {wert}: Datum als JJJJ-MM-TT angeben.") from exc


class Command(BaseCommand):
    help = (
        "Importiert Einrichtungen, ihre Träger und je ein Angebot aus den Berliner Open-Data-"
        "Dateien (Jugendfreizeiteinrichtungen, Kitas, Schulen; siehe "
        "docs/einrichtungen-import.md). Alles oder nichts; ein zweiter Lauf ändert nichts."
    )

    def add_arguments(self, parser):
        parser.add_argument("dateien", nargs="+", help="GeoJSON-Dateien, in beliebiger Reihenfolge")
        parser.add_argument(
            "--pruefen",
            action="store_true",
            help="Probelauf: vollständigen Bericht ausgeben, nichts speichern",
        )
        parser.add_argument(
            "--archivieren-erlauben",
            action="store_true",
            help="auch archivieren, wenn mehr als 10 %% der Einrichtungen einer Quelle in ihrer "
            "Datei fehlen (sonst bricht der Import ab: eine gekürzte Datei?)",
        )
        parser.add_argument(
            "--stand",
            type=_stand,
            help="Stand der Daten (JJJJ-MM-TT), wenn die Dateien neuer sind als in "
            "docs/einrichtungen-import.md angegeben",
        )

    def handle(self, *args, **options):
        progress = fortschrittsbalken(self.stderr)
        try:
            with progress:
                bericht = einrichtungen_importieren(
                    [Path(d) for d in options["dateien"]],
                    pruefen=options["pruefen"],
                    stand=options["stand"],
                    benutzer_konsole=getpass.getuser(),
                    fortschritt=Fortschrittsbalken(progress),
                    archivieren_erlauben=options["archivieren_erlauben"],
                )
        except ImportFehler as fehler:
            raise CommandError(
                "Import abgebrochen, nichts wurde gespeichert:\n" + "\n".join(fehler.fehler)
            ) from fehler
        if options["pruefen"] or options["verbosity"] > 1:
            self.stdout.write(bericht.text())
        else:
            self.stdout.write(bericht.zusammenfassung())
            self.stdout.write("Der vollständige Bericht steht im Importlauf (Verwaltung).")
        if not options["pruefen"]:
            statistik_auffrischen(
                Traeger, Einrichtung, Angebot, Suchwort, Wortteil, ausgabe=self.stderr
            )
            self.stdout.write(self.style.SUCCESS("Import abgeschlossen."))
