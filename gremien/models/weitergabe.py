"""A Beschluss or an Empfehlung passed on from one Gremium to another (issue #16).

The target Gremium discusses it as a proposed agenda item (``top``) of its next planned
Sitzung; its outcome is the Beschluss recorded on that item there (gremien/weitergabe.py).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .gremien import Gremium
from .sitzungen import Beschluss, Tagesordnungspunkt

User = settings.AUTH_USER_MODEL


class Weitergabe(models.Model):
    beschluss = models.ForeignKey(
        Beschluss,
        on_delete=models.PROTECT,
        related_name="weitergaben",
        verbose_name=_("Beschluss oder Empfehlung"),
    )
    ziel_gremium = models.ForeignKey(
        Gremium,
        on_delete=models.PROTECT,
        related_name="eingegangene_weitergaben",
        verbose_name=_("weitergegeben an"),
    )
    titel = models.CharField(
        _("vorgeschlagener Tagesordnungspunkt"),
        max_length=300,
        help_text=_("So erscheint der Punkt auf der Tagesordnung des anderen Gremiums."),
    )
    hinweis = models.TextField(
        _("Hinweis an das Gremium"),
        blank=True,
        help_text=_("z. B. worum das andere Gremium gebeten wird."),
    )
    top = models.OneToOneField(
        Tagesordnungspunkt,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="weitergabe",
        verbose_name=_("Tagesordnungspunkt im Zielgremium"),
        help_text=_("leer: noch keine Sitzung geplant; der Punkt kommt auf die nächste."),
    )
    weitergegeben_von = models.ForeignKey(
        User,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("weitergegeben von"),
    )
    weitergegeben_am = models.DateTimeField(_("weitergegeben am"), default=timezone.now)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Weitergabe")
        verbose_name_plural = _("Weitergaben")
        ordering = ["-weitergegeben_am", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["beschluss", "ziel_gremium"], name="weitergabe_einmal_je_ziel"
            )
        ]

    def __str__(self) -> str:
        return f"{self.titel} → {self.ziel_gremium}"

    @property
    def ergebnis(self):
        """The Beschluss recorded on the proposed TOP in the target Gremium, or None."""
        if self.top is None:
            return None
        beschluesse = list(self.top.beschluesse.all())
        return beschluesse[0] if beschluesse else None
