"""When a Träger-Redaktion was last reminded to check the offers of a Träger.

``manage.py erinnerungen_senden`` (angebote/aktualitaet/frische.py) writes one row per person and
Träger it reminded, and reads them to remind nobody twice within its period. Imported by
``models.py``, so ``from traeger.models import Erinnerung`` works as everywhere else.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .stammdaten import Traeger


class Erinnerung(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="erinnerungen",
        verbose_name=_("Person"),
    )
    # A reminder log must not keep a Träger from being deleted.
    traeger = models.ForeignKey(
        Traeger, on_delete=models.CASCADE, related_name="erinnerungen", verbose_name=_("Träger")
    )
    gesendet_am = models.DateTimeField(_("gesendet am"), default=timezone.now)

    class Meta:
        verbose_name = _("Erinnerung an veraltete Angebote")
        verbose_name_plural = _("Erinnerungen an veraltete Angebote")
        ordering = ["-gesendet_am"]
        indexes = [models.Index(fields=["gesendet_am", "user", "traeger"])]

    def __str__(self) -> str:
        return f"{self.gesendet_am:%d.%m.%Y}: {self.user} – {self.traeger}"
