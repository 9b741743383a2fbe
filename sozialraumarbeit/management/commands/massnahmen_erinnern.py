"""For cron: remind of due evaluations of SRAE measures (docs/massnahmen.md, docs/betrieb.md)."""

from django.core.management.base import BaseCommand, CommandError

from sozialraumarbeit.massnahmen.erinnerung import erinnerungen_senden


class Command(BaseCommand):
    help = (
        "Erinnert einen Monat vor dem Ende einer Maßnahme die Träger-Redaktion des "
        "federführenden Trägers und die Sozialraumkoordination ihrer Sozialräume an die "
        "Evaluation – je Zeitraum einmal."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--basis-url",
            default="http://127.0.0.1:8000",
            help="Adresse des Registers für die Links in der E-Mail, z. B. "
            "https://register.example.de (Standard: http://127.0.0.1:8000).",
        )
        parser.add_argument(
            "--trockenlauf",
            action="store_true",
            help="Nur anzeigen, welche Erinnerungen fällig sind; nichts senden, nichts vermerken.",
        )

    def handle(self, *args, basis_url, trockenlauf, **options):
        if not basis_url.startswith(("http://", "https://")):
            raise CommandError("--basis-url muss mit http:// oder https:// beginnen.")
        erinnerungen = erinnerungen_senden(basis_url, trockenlauf=trockenlauf)
        for e in erinnerungen:
            an = ", ".join(u.email for u in e.empfaenger) or "niemand mit E-Mail-Adresse"
            self.stdout.write(f"{e.massnahme.titel} (fällig {e.faellig_am:%d.%m.%Y}): {an}")
        verb = "würden gesendet" if trockenlauf else "gesendet"
        self.stdout.write(self.style.SUCCESS(f"{len(erinnerungen)} Erinnerungen {verb}."))
