from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AngeboteConfig(AppConfig):
    name = "angebote"
    verbose_name = _("Angebote")

    def ready(self):
        from sozialraum.datenschutz.anfragen import TEILE
        from sozialraum.demo.stadt import DEMO_SCHRITTE

        # Extension points of the floors below (sozialraum/erweiterungen/__init__.py).
        from sozialraum.erweiterungen.bereiche import GEBIETSSEITE, STARTSEITE
        from traeger.bereiche import TRAEGERSEITE
        from traeger.netzwerk import KANTENQUELLEN
        from traeger.zusammenfuehren.aufteilen import MITZIEHEN

        from . import signals  # noqa: F401
        from .bereiche import angebote_auf_traegerseite, angebote_im_gebiet
        from .datenschutz import AngeboteDaten
        from .netzwerk import gemeinsame_angebote
        from .pruefrunde.datenschutz import PruefrundenDaten
        from .pruefrunde.views import pruefrunden_auf_startseite
        from .redaktion.views import meine_traeger_auf_startseite, redaktion_auf_traegerseite

        GEBIETSSEITE.registrieren(angebote_im_gebiet, reihenfolge=30)
        TRAEGERSEITE.registrieren(angebote_auf_traegerseite, reihenfolge=10)
        TRAEGERSEITE.registrieren(redaktion_auf_traegerseite, reihenfolge=11)
        STARTSEITE.registrieren(meine_traeger_auf_startseite, reihenfolge=5)
        STARTSEITE.registrieren(pruefrunden_auf_startseite, reihenfolge=6)
        KANTENQUELLEN.registrieren(gemeinsame_angebote)
        # Split: the open Prüfrunde questions first, while they still see which Angebote move.
        MITZIEHEN.registrieren(
            "angebote.pruefrunde.aufteilen.pruefposten_mitziehen", reihenfolge=40
        )
        MITZIEHEN.registrieren("angebote.traeger_aufteilen.angebote_mitziehen")
        TEILE.registrieren(AngeboteDaten())  # data-protection requests
        TEILE.registrieren(PruefrundenDaten())
        DEMO_SCHRITTE.registrieren(
            "angebote.demo.angebote.angebote_laden", reihenfolge=30, name="Angebote"
        )
        DEMO_SCHRITTE.registrieren(
            "angebote.demo.angebote.vorschlaege_laden", reihenfolge=60, name="Änderungsvorschläge"
        )
