from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SozialraumConfig(AppConfig):
    name = "sozialraum"
    verbose_name = _("Gebiete und Benutzer")

    def ready(self):
        from django.db.models.signals import post_migrate

        from sozialraum.zugang.rollen import rechte_synchronisieren

        # After every app's migrate: the permissions of all five roles (sozialraum/zugang/rollen.py).
        post_migrate.connect(rechte_synchronisieren, dispatch_uid="rollen_rechte")

        # The data state (what pages keep in the cache): void after a deploy, and renewed by
        # every change of the areas (the floors above follow their own models).
        from .models import Jugendamt, Quartier, Regionalraum, Sozialraum
        from .werkzeuge import datenstand

        post_migrate.connect(datenstand.nach_migrate, sender=self, dispatch_uid="datenstand")
        datenstand.verfolgen(Jugendamt, Regionalraum, Sozialraum, Quartier)

        from sozialraum.zugang import sicherheit  # security log and login time (signal receivers)

        sicherheit.signale_verbinden()

        from sozialraum.zugang import schluessel  # tokens end with a new password

        schluessel.signale_verbinden()

        # What this floor adds to its own extension points (sozialraum/erweiterungen/__init__.py).
        from .datenschutz.anfragen import TEILE
        from .datenschutz.konto import Benutzerkonten
        from .demo.stadt import DEMO_SCHRITTE

        TEILE.registrieren(Benutzerkonten())  # data-protection requests: user accounts
        DEMO_SCHRITTE.registrieren(
            "sozialraum.demo.stadt.gebiete_laden", reihenfolge=10, name="Gebiete"
        )
        DEMO_SCHRITTE.registrieren(
            "sozialraum.demo.stadt.benutzer_laden", reihenfolge=11, name="Benutzer"
        )
        DEMO_SCHRITTE.registrieren(
            "sozialraum.demo.stadt.koordination_laden",
            reihenfolge=12,
            name="Sozialraumkoordination",
        )
