from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AngeboteConfig(AppConfig):
    name = "angebote"
    verbose_name = _("Angebote")

    def ready(self):
        from django.db.models.signals import post_migrate

        from sozialraum.bereiche import bereich_registrieren, startbereich_registrieren
        from sozialraum.datenschutz import teil_registrieren
        from traeger.bereiche import traegerseite_bereich_registrieren

        from . import (
            netzwerk,  # noqa: F401  (registers its edges with traeger.netzwerk)
            signals,  # noqa: F401
        )
        from .bereiche import angebote_auf_traegerseite, angebote_im_gebiet
        from .datenschutz import AngeboteDaten
        from .views_redaktion import meine_traeger_auf_startseite, redaktion_auf_traegerseite
        from .wortindex import nach_migrate

        post_migrate.connect(_rechte, sender=self)
        post_migrate.connect(nach_migrate, sender=self, dispatch_uid="angebote_wortindex")
        bereich_registrieren(30, angebote_im_gebiet)
        traegerseite_bereich_registrieren(10, angebote_auf_traegerseite)
        traegerseite_bereich_registrieren(11, redaktion_auf_traegerseite)
        startbereich_registrieren(5, meine_traeger_auf_startseite)
        teil_registrieren(AngeboteDaten())  # data-protection requests


def _rechte(sender, using="default", **kwargs):
    from sozialraum.rollen import rechte_synchronisieren

    from .permissions import RECHTE

    rechte_synchronisieren(RECHTE, using=using)
