from django.core.management.base import BaseCommand

from angebote.models import Synonymgruppe
from angebote.suche.thesaurus import mitgelieferte_laden
from sozialraum.werkzeuge.datenstand import stand_erhoehen


class Command(BaseCommand):
    help = (
        "Ergänzt die mitgelieferten Synonymgruppen (angebote/suche/synonyme.json), die es noch "
        "nicht gibt. Vorhandene Gruppen – auch von Hand geänderte oder abgeschaltete – bleiben, "
        "wie sie sind."
    )

    def handle(self, *args, **options):
        neu = mitgelieferte_laden(Synonymgruppe)
        if neu:
            stand_erhoehen()
        self.stdout.write(
            self.style.SUCCESS(
                f"{neu} Synonymgruppen ergänzt, {Synonymgruppe.objects.count()} insgesamt."
            )
        )
