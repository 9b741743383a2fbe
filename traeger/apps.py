from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TraegerConfig(AppConfig):
    name = "traeger"
    verbose_name = _("Träger und Einrichtungen")

    def ready(self):
        from django.db.models.signals import post_migrate

        from sozialraum.bereiche import bereich_registrieren

        from .bereiche import traeger_im_gebiet

        post_migrate.connect(_rechte, sender=self)
        bereich_registrieren(20, traeger_im_gebiet)


def _rechte(sender, using="default", **kwargs):
    from sozialraum.rollen import rechte_synchronisieren

    from .permissions import RECHTE

    rechte_synchronisieren(RECHTE, using=using)
