from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GremienConfig(AppConfig):
    name = "gremien"
    verbose_name = _("Gremien und Sitzungen")

    def ready(self):

        # Extension points of the floors below (sozialraum/erweiterungen/__init__.py).
        from sozialraum.datenschutz.anfragen import TEILE
        from sozialraum.demo.stadt import DEMO_SCHRITTE
        from sozialraum.erweiterungen.bereiche import GEBIETSSEITE, STARTSEITE
        from sozialraum.zugang.zustaendigkeit import OBJEKTE_IM_JUGENDAMT
        from traeger.bereiche import TRAEGERSEITE
        from traeger.netzwerk import KANTENQUELLEN
        from traeger.rechte import RECHTE_BEREICHE

        from . import signals  # noqa: F401
        from .bereiche import gremien_des_traegers, gremien_im_gebiet, meine_gremienarbeit
        from .datenschutz import GremienDaten
        from .netzwerk import gemeinsame_gremien
        from .permissions import gremien_mit_rechten_im_jugendamt
        from .rechte import koordinierte_gremien

        OBJEKTE_IM_JUGENDAMT.registrieren(gremien_mit_rechten_im_jugendamt)

        GEBIETSSEITE.registrieren(gremien_im_gebiet, reihenfolge=40)
        TRAEGERSEITE.registrieren(gremien_des_traegers, reihenfolge=20)
        STARTSEITE.registrieren(meine_gremienarbeit, reihenfolge=10)
        KANTENQUELLEN.registrieren(gemeinsame_gremien)
        RECHTE_BEREICHE.registrieren(koordinierte_gremien, reihenfolge=10)
        TEILE.registrieren(GremienDaten())  # data-protection requests
        DEMO_SCHRITTE.registrieren(
            "gremien.demo.gremien.gremien_laden", reihenfolge=40, name="Gremien"
        )
        DEMO_SCHRITTE.registrieren(
            "gremien.demo.struktur.struktur_laden", reihenfolge=41, name="Gremienstruktur"
        )
