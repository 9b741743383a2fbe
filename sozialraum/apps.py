from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SozialraumConfig(AppConfig):
    name = "sozialraum"
    verbose_name = _("Gebiete und Benutzer")

    def ready(self):
        from django.db.models.signals import post_migrate

        post_migrate.connect(_rechte, sender=self)

        from . import sicherheit  # security log and login time (signal receivers)

        sicherheit.signale_verbinden()

        from .datenschutz import teil_registrieren
        from .datenschutz_konto import Benutzerkonten

        teil_registrieren(Benutzerkonten())  # data-protection requests: user accounts


def _rechte(sender, using="default", **kwargs):
    from .rollen import RECHTE, rechte_synchronisieren

    rechte_synchronisieren(RECHTE, using=using)
