from django.core.management.base import BaseCommand

from gremien.models import Gremium
from gremien.signals import koordination_abgleichen


class Command(BaseCommand):
    help = (
        "Gleicht die Bearbeitungsrechte der Koordination mit den aktiven Mitgliedschaften ab "
        "(für cron, täglich): Wessen Koordinations-Mitgliedschaft abgelaufen ist, verliert das "
        "Recht; wessen sie begonnen hat, erhält es."
    )

    def handle(self, *args, **options):
        anzahl = 0
        for gremium in Gremium.objects.all().iterator():
            koordination_abgleichen(gremium)
            anzahl += 1
        self.stdout.write(self.style.SUCCESS(f"{anzahl} Gremien abgeglichen."))
