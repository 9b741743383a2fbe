"""The budget each Regionalraum manages itself for SRAE measures, per calendar year."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from sozialraum.models import Regionalraum

from .massnahmen import GELD


class Budget(models.Model):
    regionalraum = models.ForeignKey(
        Regionalraum,
        on_delete=models.PROTECT,
        related_name="budgets",
        verbose_name=_("Regionalraum"),
    )
    jahr = models.PositiveSmallIntegerField(_("Jahr"))
    betrag = models.DecimalField(_("Budget (€)"), **GELD)
    notiz = models.TextField(_("Notiz"), blank=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Budget")
        verbose_name_plural = _("Budgets")
        ordering = ["-jahr", "regionalraum__schluessel"]
        constraints = [
            models.UniqueConstraint(fields=["regionalraum", "jahr"], name="budget_einmal_je_jahr"),
            models.CheckConstraint(condition=models.Q(betrag__gte=0), name="budget_nicht_negativ"),
        ]

    def __str__(self) -> str:
        return f"{self.regionalraum} {self.jahr}"
