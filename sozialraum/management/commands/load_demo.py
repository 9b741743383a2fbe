from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from sozialraum.demo.stadt import DEMO_BENUTZER, DEMO_PASSWORT, DEMO_SCHRITTE


class Command(BaseCommand):
    help = "Lädt die Demo-Stadt Musterstadt (idempotent: ein zweiter Lauf legt nichts doppelt an)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--erzwingen",
            action="store_true",
            help="auch ohne DEBUG laden (legt Zugänge mit bekanntem Passwort an!)",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["erzwingen"]:
            raise CommandError(
                "Die Demo legt Zugänge mit bekanntem Passwort an und läuft nur mit DEBUG=true "
                "(oder mit --erzwingen)."
            )
        with transaction.atomic():
            for _name, schritt in DEMO_SCHRITTE.mit_namen():
                schritt(self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo-Stadt Musterstadt ist geladen."))
        self.stdout.write(f"Demo-Zugänge (Passwort für alle: {DEMO_PASSWORT}):")
        for username, vorname, nachname, rolle, _funktion, _staff in DEMO_BENUTZER:
            self.stdout.write(f"  {username:<14} {rolle:<26} {vorname} {nachname}")
