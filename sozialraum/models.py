"""The ground floor: the three area levels and the user model."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class User(AbstractUser):
    """A person who logs in: Fachkraft, Redaktion, Koordination or Administration."""

    funktion = models.CharField(_("Funktion"), max_length=200, blank=True)
    telefon = models.CharField(_("Telefon"), max_length=50, blank=True)

    class Meta(AbstractUser.Meta):
        verbose_name = _("Benutzer:in")
        verbose_name_plural = _("Benutzer:innen")
        swappable = "AUTH_USER_MODEL"

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class Gebiet(models.Model):
    """What the three levels share: an official key kept as text, a name, a boundary."""

    EBENE = 0  # 0 Regionalraum, 1 Sozialraum, 2 Quartier
    URL_NAME = ""

    schluessel = models.CharField(
        _("Schlüssel"),
        max_length=20,
        unique=True,
        help_text=_("Amtlicher Schlüssel als Text, führende Nullen bleiben erhalten."),
    )
    name = models.CharField(_("Name"), max_length=200)
    grenze = models.JSONField(
        _("Grenze"), null=True, blank=True, help_text=_("GeoJSON-Geometrie in WGS84.")
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        abstract = True
        ordering = ["schluessel"]

    def __str__(self) -> str:
        return f"{self.name} ({self.schluessel})"

    def get_absolute_url(self) -> str:
        return reverse(self.URL_NAME, args=[self.schluessel])

    @property
    def ebene_name(self) -> str:
        return settings.GEBIETSEBENEN[self.EBENE][0]


class Regionalraum(Gebiet):
    EBENE = 0
    URL_NAME = "regionalraum"
    history = HistoricalRecords()

    class Meta(Gebiet.Meta):
        verbose_name = _("Regionalraum")
        verbose_name_plural = _("Regionalräume")

    @property
    def eltern(self) -> list[Gebiet]:
        return []


class Sozialraum(Gebiet):
    EBENE = 1
    URL_NAME = "sozialraum"
    regionalraum = models.ForeignKey(
        Regionalraum,
        on_delete=models.PROTECT,
        related_name="sozialraeume",
        verbose_name=_("Regionalraum"),
    )
    history = HistoricalRecords()

    class Meta(Gebiet.Meta):
        verbose_name = _("Sozialraum")
        verbose_name_plural = _("Sozialräume")
        # Held per Sozialraum (django-guardian) by its Sozialraumkoordination; see rollen.py.
        permissions = [
            ("koordinieren_sozialraum", _("Kann den Sozialraum koordinieren")),
        ]

    @property
    def eltern(self) -> list[Gebiet]:
        return [self.regionalraum]


class Quartier(Gebiet):
    EBENE = 2
    URL_NAME = "quartier"
    sozialraum = models.ForeignKey(
        Sozialraum,
        on_delete=models.PROTECT,
        related_name="quartiere",
        verbose_name=_("Sozialraum"),
    )
    history = HistoricalRecords()

    class Meta(Gebiet.Meta):
        verbose_name = _("Quartier")
        verbose_name_plural = _("Quartiere")

    @property
    def eltern(self) -> list[Gebiet]:
        return [self.sozialraum.regionalraum, self.sozialraum]
