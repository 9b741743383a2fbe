from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AngeboteConfig(AppConfig):
    name = "angebote"
    verbose_name = _("Angebote")

    def ready(self):
        from django.db.models.signals import post_migrate

        from sozialraum.bereiche import bereich_registrieren
        from traeger.bereiche import traegerseite_bereich_registrieren

        from . import signals  # noqa: F401
        from .bereiche import angebote_auf_traegerseite, angebote_im_gebiet

        post_migrate.connect(_rechte, sender=self)
        from .wortindex import nach_migrate

        post_migrate.connect(nach_migrate, sender=self, dispatch_uid="angebote_wortindex")
        bereich_registrieren(30, angebote_im_gebiet)
        traegerseite_bereich_registrieren(10, angebote_auf_traegerseite)
        from .views_redaktion import redaktion_auf_traegerseite

        traegerseite_bereich_registrieren(11, redaktion_auf_traegerseite)
        from sozialraum.datenschutz import teil_registrieren

        from . import netzwerk  # noqa: F401  (registers its edges with traeger.netzwerk)
        from .datenschutz import AngeboteDaten

        teil_registrieren(AngeboteDaten())  # data-protection requests


def _rechte(sender, using="default", **kwargs):
    from sozialraum.rollen import rechte_synchronisieren

    from .permissions import RECHTE

    rechte_synchronisieren(RECHTE, using=using)
