from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TraegerConfig(AppConfig):
    name = "traeger"
    verbose_name = _("Träger und Einrichtungen")

    def ready(self):

        # Extension points of the floor below and of this one (sozialraum/erweiterungen/__init__.py).
        from sozialraum.datenschutz.anfragen import TEILE
        from sozialraum.demo.stadt import DEMO_SCHRITTE
        from sozialraum.erweiterungen.bereiche import GEBIETSSEITE, STARTSEITE
        from sozialraum.zugang.zustaendigkeit import OBJEKTE_IM_JUGENDAMT

        from .bereiche import (
            TRAEGERSEITE,
            faellige_wiedervorlagen,
            traeger_im_gebiet,
            vernetzung_im_gebiet,
            wer_kennt_wen,
        )
        from .datenschutz import TraegerDaten
        from .permissions import traeger_mit_rechten_im_jugendamt

        OBJEKTE_IM_JUGENDAMT.registrieren(traeger_mit_rechten_im_jugendamt)

        # What is kept per data state (area pages, search results) is void after their change.
        from sozialraum.werkzeuge.datenstand import verfolgen

        from .models import Einrichtung, Traeger

        verfolgen(Einrichtung, Traeger)

        GEBIETSSEITE.registrieren(traeger_im_gebiet, reihenfolge=20)
        GEBIETSSEITE.registrieren(vernetzung_im_gebiet, reihenfolge=50)
        TRAEGERSEITE.registrieren(wer_kennt_wen, reihenfolge=30)
        STARTSEITE.registrieren(faellige_wiedervorlagen, reihenfolge=20)
        TEILE.registrieren(TraegerDaten())  # data-protection requests: Ansprechpersonen, Kontakte
        DEMO_SCHRITTE.registrieren(
            "traeger.demo.stammdaten.traeger_laden", reihenfolge=20, name="Träger und Einrichtungen"
        )
        DEMO_SCHRITTE.registrieren(
            "traeger.demo.kontakte.redaktion_laden", reihenfolge=21, name="Träger-Redaktion"
        )
        DEMO_SCHRITTE.registrieren(
            "traeger.demo.kontakte.kontakte_laden", reihenfolge=50, name="Kontakte"
        )
