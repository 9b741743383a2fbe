from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchnittstellenConfig(AppConfig):
    name = "schnittstellen"
    verbose_name = _("Schnittstellen")
