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
        from sozialraum.erweiterungen.bereiche import STARTSEITE

        from .planung import meine_sozialraeume

        STARTSEITE.registrieren(meine_sozialraeume, reihenfolge=3)
