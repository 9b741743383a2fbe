"""The search state's rows (the logic is in angebote/suche/suchstand.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Suchstand(models.Model):
    """One committed change relevant to the search (see the module docstring)."""

    zufall = models.BigIntegerField()
    zeit = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Suchstand")
        verbose_name_plural = _("Suchstände")

    def __str__(self) -> str:
        return f"{self.pk}: {self.zeit:%Y-%m-%d %H:%M:%S}"
