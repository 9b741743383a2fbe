"""Files attached to a Sitzung (checks and storage path in gremien/anhang.py)."""

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..anhang import _ablage, datei_pruefen


class Anhang(models.Model):
    sitzung = models.ForeignKey(
        "gremien.Sitzung", on_delete=models.PROTECT, related_name="anhaenge"
    )
    top = models.ForeignKey(
        "gremien.Tagesordnungspunkt",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="anhaenge",
        verbose_name=_("zu TOP"),
    )
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    datei = models.FileField(_("Datei"), upload_to=_ablage)
    name = models.CharField(_("Dateiname"), max_length=255)
    endung = models.CharField(max_length=10, editable=False)
    mime = models.CharField(max_length=100, editable=False)
    groesse = models.PositiveIntegerField(_("Größe (Bytes)"), editable=False)
    hochgeladen_von = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("hochgeladen von"),
    )
    hochgeladen_am = models.DateTimeField(_("hochgeladen am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Anhang")
        verbose_name_plural = _("Anhänge")
        ordering = ["hochgeladen_am"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("gremien:anhang", args=[self.uid])

    def clean(self):
        if self.datei and not self.endung:
            self.endung, self.mime = datei_pruefen(self.datei)
            self.groesse = self.datei.size
            self.name = self.name or Path(self.datei.name).name[:255]
