from django.core.management.base import BaseCommand

from angebote.models import Suchwort
from angebote.suche.suchindex import reindex


class Command(BaseCommand):
    help = "Baut die Suchtexte aller Angebote und das Suchwort-Verzeichnis neu auf."

    def handle(self, *args, **options):
        Suchwort.objects.all().delete()
        anzahl = reindex()
        self.stdout.write(
            self.style.SUCCESS(
                f"{anzahl} Angebote neu indiziert, {Suchwort.objects.count()} Suchwörter."
            )
        )
