import getpass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from angebote.hsds.einlesen.lauf import hsds_importieren
from angebote.models import Angebot, Angebotszeit, Suchwort, Wortteil
from sozialraum.austausch.gebiete import ImportFehler
from sozialraum.werkzeuge.fortschritt import Fortschrittsbalken, fortschrittsbalken
from sozialraum.werkzeuge.statistik import statistik_auffrischen
from traeger.models import Einrichtung, Traeger


class Command(BaseCommand):
    help = (
        "Importiert HSDS-3.0-Dienste (Open Referral) mit Trägern, Einrichtungen, Zeiten, "
        "Sprachen, Kosten und Begriffen: eine JSON-Liste, wie export_hsds sie schreibt, eine "
        "HSDA-Listenseite oder einen einzelnen Dienst (siehe docs/hsds.md). Neue Angebote "
        "kommen in die Prüfung; alles oder nichts; ein zweiter Lauf ändert nichts."
    )

    def add_arguments(self, parser):
        parser.add_argument("datei", help="HSDS-Datei (JSON)")
        parser.add_argument(
            "--quelle",
            default="",
            help="Name der Quelle, z. B. „Familienportal Nachbarkreis“ (sonst der Dateiname); "
            "steht als „HSDS: …“ an jedem angelegten Eintrag",
        )
        parser.add_argument(
            "--pruefen",
            action="store_true",
            help="Probelauf: vollständigen Bericht ausgeben, nichts speichern",
        )
        parser.add_argument(
            "--benutzer",
            default="",
            help="Benutzername der Person, für die der Import läuft (Verlauf, Importlauf)",
        )
        parser.add_argument(
            "--veroeffentlichen",
            action="store_true",
            help="nur für vertrauenswürdige Quellen: was der Import zur Prüfung einreicht, "
            "gleich freigeben, als --benutzer (eine Jugendamt-Administration)",
        )
        parser.add_argument(
            "--namensnennung",
            default="",
            help="wie die Quelle genannt werden will (steht im Fuß jeder Seite)",
        )

    def handle(self, *args, **options):
        benutzer = None
        if options["benutzer"]:
            benutzer = get_user_model().objects.filter(username=options["benutzer"]).first()
            if benutzer is None or not benutzer.is_active:
                raise CommandError(
                    f"--benutzer {options['benutzer']}: kein aktives Konto mit diesem Namen."
                )
        progress = fortschrittsbalken(self.stderr)
        try:
            with progress:
                bericht = hsds_importieren(
                    Path(options["datei"]),
                    quelle=options["quelle"],
                    pruefen=options["pruefen"],
                    veroeffentlichen=options["veroeffentlichen"],
                    benutzer=benutzer,
                    benutzer_konsole=getpass.getuser(),
                    namensnennung=options["namensnennung"],
                    fortschritt=Fortschrittsbalken(progress),
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
                Traeger, Einrichtung, Angebot, Angebotszeit, Suchwort, Wortteil, ausgabe=self.stderr
            )
            self.stdout.write(self.style.SUCCESS("Import abgeschlossen."))
