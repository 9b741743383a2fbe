from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SozialraumarbeitConfig(AppConfig):
    """The practice above offers and meetings: SRAE measures with the Regionalraum's budget
    (``massnahmen/``) and a Sozialraum's resources and barriers (``raumwissen/``).

    Its own floor above ``gremien`` and ``angebote``, as a measure names Zielgruppen (angebote)
    and is discussed in a TOP and decided by a Beschluss (gremien), and the area's resources
    are found by the offers' search.
    """

    name = "sozialraumarbeit"
    verbose_name = _("Sozialraumarbeit")

    def ready(self):
        self._planung_registrieren()
        self._massnahmen_registrieren()
        self._raumwissen_registrieren()

    @staticmethod
    def _planung_registrieren():
        """A Sozialraumkoordination's start page: her Sozialräume at a glance (planung.py)."""
        from sozialraum.erweiterungen.bereiche import STARTSEITE

        from .planung import meine_sozialraeume

        STARTSEITE.registrieren(meine_sozialraeume, reihenfolge=3)

    @staticmethod
    def _massnahmen_registrieren():
        """SRAE measures and the Regionalräume's budgets (massnahmen/, budget/): a "Maßnahme
        beraten" TOP links to its measure; the demo."""
        from gremien.erweiterungen import TOP_VERWEISE
        from sozialraum.demo.stadt import DEMO_SCHRITTE

        from .massnahmen.verweise import massnahmen_an_tops

        TOP_VERWEISE.registrieren(massnahmen_an_tops, reihenfolge=10)

        DEMO_SCHRITTE.registrieren(
            "sozialraumarbeit.demo.massnahmen.massnahmen_laden", reihenfolge=45, name="Maßnahmen"
        )

    @staticmethod
    def _raumwissen_registrieren():
        """A Sozialraum's resources and barriers (raumwissen/): area pages, Sitzung pages,
        the offers' search, data-protection requests, the demo city."""
        from angebote.erweiterungen import SUCHSEITE
        from gremien.erweiterungen import TOP_VERWEISE
        from sozialraum.datenschutz.anfragen import TEILE
        from sozialraum.demo.stadt import DEMO_SCHRITTE
        from sozialraum.erweiterungen.bereiche import GEBIETSSEITE
        from sozialraum.werkzeuge.datenstand import verfolgen

        from .models import Ressource
        from .raumwissen.bereiche import (
            raumwissen_an_tops,
            raumwissen_im_gebiet,
            ressourcen_zur_suche,
        )
        from .raumwissen.datenschutz import RaumwissenDaten

        GEBIETSSEITE.registrieren(raumwissen_im_gebiet, reihenfolge=35)
        TOP_VERWEISE.registrieren(raumwissen_an_tops, reihenfolge=20)
        SUCHSEITE.registrieren(ressourcen_zur_suche, reihenfolge=10)
        # The search keeps which resources match a query per data state (bereiche.py).
        verfolgen(Ressource)
        TEILE.registrieren(RaumwissenDaten())
        DEMO_SCHRITTE.registrieren(
            "sozialraumarbeit.demo.raumwissen.raumwissen_laden",
            reihenfolge=46,
            name="Ressourcen und Barrieren",
        )
