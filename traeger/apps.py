from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TraegerConfig(AppConfig):
    name = "traeger"
    verbose_name = _("Träger und Einrichtungen")

    def ready(self):
        from django.db.models.signals import post_migrate

        from sozialraum.bereiche import bereich_registrieren, startbereich_registrieren

        from .bereiche import (
            faellige_wiedervorlagen,
            traeger_im_gebiet,
            traegerseite_bereich_registrieren,
            vernetzung_im_gebiet,
            wer_kennt_wen,
        )

        post_migrate.connect(_rechte, sender=self)
        bereich_registrieren(20, traeger_im_gebiet)
        bereich_registrieren(50, vernetzung_im_gebiet)
        traegerseite_bereich_registrieren(30, wer_kennt_wen)
        startbereich_registrieren(20, faellige_wiedervorlagen)

        from sozialraum.datenschutz import teil_registrieren

        from .datenschutz import TraegerDaten

        teil_registrieren(TraegerDaten())  # data-protection requests: Ansprechpersonen, Kontakte


def _rechte(sender, using="default", **kwargs):
    from sozialraum.rollen import rechte_synchronisieren

    from .permissions import RECHTE

    rechte_synchronisieren(RECHTE, using=using)
