from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GremienConfig(AppConfig):
    name = "gremien"
    verbose_name = _("Gremien und Sitzungen")

    def ready(self):
        from django.db.models.signals import post_migrate

        # Extension points of the floors below (sozialraum/erweiterungen.py).
        from sozialraum.bereiche import GEBIETSSEITE, STARTSEITE
        from sozialraum.datenschutz import TEILE
        from sozialraum.demo import DEMO_SCHRITTE
        from traeger.bereiche import TRAEGERSEITE
        from traeger.netzwerk import KANTENQUELLEN
        from traeger.rechte import RECHTE_BEREICHE

        from . import signals  # noqa: F401
        from .bereiche import gremien_des_traegers, gremien_im_gebiet, meine_gremienarbeit
        from .datenschutz import GremienDaten
        from .netzwerk import gemeinsame_gremien
        from .rechte import koordinierte_gremien

        post_migrate.connect(_rechte, sender=self)
        GEBIETSSEITE.registrieren(gremien_im_gebiet, reihenfolge=40)
        TRAEGERSEITE.registrieren(gremien_des_traegers, reihenfolge=20)
        STARTSEITE.registrieren(meine_gremienarbeit, reihenfolge=10)
        KANTENQUELLEN.registrieren(gemeinsame_gremien)
        RECHTE_BEREICHE.registrieren(koordinierte_gremien, reihenfolge=10)
        TEILE.registrieren(GremienDaten())  # data-protection requests
        DEMO_SCHRITTE.registrieren("gremien.demo.gremien_laden", reihenfolge=40, name="Gremien")


def _rechte(sender, using="default", **kwargs):
    from sozialraum.rollen import rechte_synchronisieren

    from .permissions import RECHTE

    rechte_synchronisieren(RECHTE, using=using)
