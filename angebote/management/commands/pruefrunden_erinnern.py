"""For cron: the mails of running Prüfrunden that are due (docs/pruefrunde.md, docs/betrieb.md).

First mails a large round could not send at its start, and the reminders after the days
the round names, to Träger that have not answered everything. Each mail at most once per
Träger and kind, however often this runs.
"""

from django.core.management.base import BaseCommand, CommandError

from angebote.models import Pruefrunde
from angebote.pruefrunde import versand


class Command(BaseCommand):
    help = (
        "Sendet die fälligen E-Mails laufender Prüfrunden: noch nicht gesendete Anfragen und "
        "die Erinnerungen – je Träger und Art höchstens einmal."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--basis-url",
            default="",
            help="Adresse des Registers für die Links, z. B. https://register.example.de "
            "(Standard: die Adresse, unter der die Prüfrunde gestartet wurde).",
        )
        parser.add_argument(
            "--trockenlauf",
            action="store_true",
            help="Nur anzeigen, was fällig wäre; nichts senden, nichts vermerken.",
        )

    def handle(self, *args, basis_url, trockenlauf, **options):
        if basis_url and not basis_url.startswith(("http://", "https://")):
            raise CommandError("--basis-url muss mit http:// oder https:// beginnen.")
        gesendet = fehler = 0
        for runde in Pruefrunde.objects.filter(geschlossen_am__isnull=True).order_by("pk"):
            if not (basis_url or runde.basis_url):
                self.stderr.write(
                    f"{runde}: keine Adresse für die Links, bitte --basis-url angeben."
                )
                continue
            if trockenlauf:
                neu = runde.anfragen.filter(gesendet_am__isnull=True).exclude(email="").count()
                self.stdout.write(f"{runde}: {neu} Anfragen noch nicht gesendet")
                for art, anfragen in versand.faellige_erinnerungen(runde):
                    self.stdout.write(f"{runde}: {anfragen.count()} fällig für Erinnerung {art}")
                continue
            berichte = {0: versand.anfragen_senden(runde, basis_url or None)}
            berichte.update(versand.erinnerungen_senden(runde, basis_url or None))
            for art, bericht in berichte.items():
                if bericht.gesendet or bericht.fehlgeschlagen:
                    name = "Anfrage" if art == 0 else f"Erinnerung {art}"
                    self.stdout.write(
                        f"{runde}: {name} an {len(bericht.gesendet)} Träger gesendet, "
                        f"{len(bericht.fehlgeschlagen)} unzustellbar"
                    )
                gesendet += len(bericht.gesendet)
                fehler += len(bericht.fehlgeschlagen)
        if not trockenlauf:
            self.stdout.write(
                self.style.SUCCESS(f"{gesendet} E-Mails gesendet, {fehler} unzustellbar.")
            )
