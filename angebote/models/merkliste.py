"""A Fachkraft's Merklisten: named lists of offers she collects for a family or a meeting.

Personal working lists, not curated data: only their owner sees them (no admin, no API of
other people's lists), they are kept without change history, and they go with her account
(angebote/merkliste.py ``merklisten_loeschen``). The logic lives in angebote/merkliste.py.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .angebote import Angebot

NAME_LAENGE = 60


class Merkliste(models.Model):
    """One named list. Of a person's lists exactly one is active: "Merken" adds to it."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="merklisten",
        verbose_name=_("gehört"),
    )
    name = models.CharField(
        _("Name der Liste"),
        max_length=NAME_LAENGE,
        help_text=_("Keine Namen oder Angaben von Familien – z. B. „Beratung Lindenhof, Mai“."),
    )
    aktiv = models.BooleanField(_("aktive Liste"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # Changed by renaming only: what is on the list is in its entries, so a rename form
    # open in one tab is not refused because an offer was noted in another.
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Merkliste")
        verbose_name_plural = _("Merklisten")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="merkliste_name_je_person"),
            models.UniqueConstraint(
                fields=["owner"],
                condition=models.Q(aktiv=True),
                name="merkliste_eine_aktive_je_person",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Merklisteneintrag(models.Model):
    """An offer on a list. Deleting the offer removes the entry, never the other way round;
    an offer no longer published stays here but is not shown (``merkliste.gemerkte``)."""

    liste = models.ForeignKey(
        Merkliste, on_delete=models.CASCADE, related_name="eintraege", verbose_name=_("Liste")
    )
    angebot = models.ForeignKey(
        Angebot,
        on_delete=models.CASCADE,
        related_name="merklisteneintraege",
        verbose_name=_("Angebot"),
    )
    position = models.PositiveIntegerField(_("Position"), default=0)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Eintrag einer Merkliste")
        verbose_name_plural = _("Einträge von Merklisten")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["liste", "angebot"], name="merkliste_angebot_einmal")
        ]

    def __str__(self) -> str:
        # No list name: the admin's deletion summary of an offer lists its entries, and the
        # name of a person's list is hers alone.
        return _("Angebot %(nr)s auf einer Merkliste") % {"nr": self.angebot_id}
