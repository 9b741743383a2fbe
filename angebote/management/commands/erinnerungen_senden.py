"""For cron: remind each Träger-Redaktion of the stale offers of her Träger (docs/aktualitaet.md)."""

from django.core.management.base import BaseCommand, CommandError

from angebote.aktualitaet.frische import erinnerungen_senden


class Command(BaseCommand):
    help = (
        "Schickt jeder Träger-Redaktion eine E-Mail mit den veralteten Angeboten ihres "
        "Trägers – höchstens einmal je Zeitraum (--tage)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--tage",
            type=int,
            default=30,
            help="Mindestabstand in Tagen zwischen zwei Erinnerungen zum selben Träger "
            "(Standard: 30).",
        )
        parser.add_argument(
            "--basis-url",
            default="http://127.0.0.1:8000",
            help="Adresse des Registers für die Links in der E-Mail, z. B. "
            "https://register.example.de (Standard: http://127.0.0.1:8000).",
        )
        parser.add_argument(
            "--trockenlauf",
            action="store_true",
            help="Nur anzeigen, wer welche Erinnerung bekäme; nichts senden, nichts vermerken.",
        )

    def handle(self, *args, tage, basis_url, trockenlauf, **options):
        if tage < 0:
            raise CommandError("--tage darf nicht negativ sein.")
        if not basis_url.startswith(("http://", "https://")):
            raise CommandError("--basis-url muss mit http:// oder https:// beginnen.")
        mails = erinnerungen_senden(basis_url, tage=tage, trockenlauf=trockenlauf)
        for mail in mails:
            traeger = ", ".join(t.name for t in mail.angebote)
            self.stdout.write(f"{mail.empfaenger.email}: {mail.anzahl} Angebote ({traeger})")
        verb = "würden gesendet" if trockenlauf else "gesendet"
        self.stdout.write(self.style.SUCCESS(f"{len(mails)} Erinnerungen {verb}."))
