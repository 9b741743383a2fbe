from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GremienConfig(AppConfig):
    name = "gremien"
    verbose_name = _("Gremien und Sitzungen")

    def ready(self):
        from django.db.models.signals import post_migrate

        from sozialraum.bereiche import bereich_registrieren, startbereich_registrieren
        from traeger.bereiche import traegerseite_bereich_registrieren

        from . import signals  # noqa: F401
        from .bereiche import gremien_des_traegers, gremien_im_gebiet, meine_gremienarbeit

        post_migrate.connect(_rechte, sender=self)
        bereich_registrieren(40, gremien_im_gebiet)
        traegerseite_bereich_registrieren(20, gremien_des_traegers)
        startbereich_registrieren(10, meine_gremienarbeit)
        from sozialraum.datenschutz import teil_registrieren

        from . import netzwerk  # noqa: F401  (registers its edges with traeger.netzwerk)
        from .datenschutz import GremienDaten

        teil_registrieren(GremienDaten())  # data-protection requests


def _rechte(sender, using="default", **kwargs):
    from sozialraum.rollen import rechte_synchronisieren

    from .permissions import RECHTE

    rechte_synchronisieren(RECHTE, using=using)
