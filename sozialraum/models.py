"""The ground floor: the area levels (Jugendamt › Regionalraum › Sozialraum › Quartier), the
user model and the import log."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class User(AbstractUser):
    """A person who logs in: Fachkraft, Redaktion, Koordination or Administration."""

    funktion = models.CharField(_("Funktion"), max_length=200, blank=True)
    telefon = models.CharField(_("Telefon"), max_length=50, blank=True)
    # "Who works where" is what the registry is for: colleagues may name her as the person
    # they spoke with (Vernetzung). Switched off when she objects (Art. 21 DSGVO).
    in_kontakten_nennbar = models.BooleanField(
        _("in Kontakten als Kolleg:in wählbar"),
        default=True,
        help_text=_(
            "Andere Fachkräfte können sie bei einem Kontakt als Gesprächspartnerin wählen und "
            "sehen dabei Name und Träger. Ausschalten, wenn sie widerspricht; bisherige "
            "Nennungen bleiben, bis sie gelöscht werden."
        ),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("Benutzer:in")
        verbose_name_plural = _("Benutzer:innen")
        swappable = "AUTH_USER_MODEL"

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class Gebiet(models.Model):
    """What the four levels share: an official key kept as text, a name, a boundary."""

    EBENE = 0  # 0 Jugendamt, 1 Regionalraum, 2 Sozialraum, 3 Quartier (GEBIETSEBENEN)
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


class Jugendamt(Gebiet):
    """The area of one Jugendamt: a city, a Landkreis, a Berlin Bezirk.

    An installation holds one (the default: its pages then never mention the level) or many,
    e.g. Berlin's 12 Bezirke or several Landkreise sharing one registry. A Jugendamt-
    Administration can be scoped to one of them (``verwalten_jugendamt``, django-guardian).
    """

    EBENE = 0
    URL_NAME = "jugendamt"
    history = HistoricalRecords()

    class Meta(Gebiet.Meta):
        verbose_name = _("Jugendamt")
        verbose_name_plural = _("Jugendämter")
        permissions = [
            ("verwalten_jugendamt", _("Kann die Daten im Bereich des Jugendamts pflegen")),
        ]

    @property
    def eltern(self) -> list[Gebiet]:
        return []

    @classmethod
    def standard(cls) -> Jugendamt:
        """The Jugendamt of an installation that has one: the only one there is, or a new one
        named after the city (``STADT_NAME``) when there is none yet."""
        erstes = cls.objects.order_by("pk").first()
        if erstes is None:
            erstes = cls.objects.create(schluessel=STANDARD_SCHLUESSEL, name=settings.STADT_NAME)
        return erstes


# Key of the one Jugendamt of an installation that does not name its Jugendämter.
STANDARD_SCHLUESSEL = "0"


class Regionalraum(Gebiet):
    EBENE = 1
    URL_NAME = "regionalraum"
    jugendamt = models.ForeignKey(
        Jugendamt,
        on_delete=models.PROTECT,
        related_name="regionalraeume",
        verbose_name=_("Jugendamt"),
    )
    history = HistoricalRecords()

    class Meta(Gebiet.Meta):
        verbose_name = _("Regionalraum")
        verbose_name_plural = _("Regionalräume")

    @cached_property
    def eltern(self) -> list[Gebiet]:
        # Kept on the instance: a page asks several times (title, breadcrumbs, "Liegt in").
        return [self.jugendamt] if mehrere_jugendaemter() else []


class Sozialraum(Gebiet):
    EBENE = 2
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

    @cached_property
    def eltern(self) -> list[Gebiet]:
        return [*self.regionalraum.eltern, self.regionalraum]


class Quartier(Gebiet):
    EBENE = 3
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

    @cached_property
    def eltern(self) -> list[Gebiet]:
        return [*self.sozialraum.eltern, self.sozialraum]


_MEHRERE = "sozialraum:mehrere_jugendaemter"
_NAMENSNENNUNGEN = "sozialraum:namensnennungen"


def mehrere_jugendaemter() -> bool:
    """Whether the installation holds more than one Jugendamt: only then do pages, filters
    and breadcrumbs show that level. Cached; a saved or deleted Jugendamt clears it."""
    wert = cache.get(_MEHRERE)
    if wert is None:
        wert = Jugendamt.objects.count() > 1
        cache.set(_MEHRERE, wert, 300)
    return wert


def jugendaemter_neu_zaehlen(**kwargs) -> None:
    cache.delete(_MEHRERE)


def namensnennungen() -> list[str]:
    """The attributions of imported open data (``Importlauf.namensnennung``), for the footer.
    Cached; a new import run clears it."""
    werte = cache.get(_NAMENSNENNUNGEN)
    if werte is None:
        werte = sorted(
            set(
                Importlauf.objects.exclude(namensnennung="").values_list("namensnennung", flat=True)
            )
        )
        cache.set(_NAMENSNENNUNGEN, werte, 300)
    return werte


def _importlauf_gespeichert(**kwargs) -> None:
    cache.delete(_NAMENSNENNUNGEN)


post_save.connect(jugendaemter_neu_zaehlen, sender=Jugendamt)
post_delete.connect(jugendaemter_neu_zaehlen, sender=Jugendamt)


class Importlauf(models.Model):
    """One run of an import command: who, when, which files, what it counted and reported."""

    art = models.CharField(_("Import"), max_length=50)
    dateien = models.TextField(_("Dateien"))
    gestartet_von = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gestartet von"),
    )
    benutzer_konsole = models.CharField(
        _("Konto auf dem Server"), max_length=100, blank=True, help_text=_("wer den Befehl aufrief")
    )
    gestartet_am = models.DateTimeField(_("gestartet am"), auto_now_add=True)
    zaehler = models.JSONField(_("Zähler"), default=dict)
    bericht = models.TextField(_("Bericht"), blank=True)
    namensnennung = models.CharField(
        _("Namensnennung"),
        max_length=300,
        blank=True,
        help_text=_("Wie die Quelle genannt werden will; steht im Fuß jeder Seite."),
    )

    class Meta:
        verbose_name = _("Importlauf")
        verbose_name_plural = _("Importläufe")
        ordering = ["-gestartet_am", "-pk"]

    def __str__(self) -> str:
        return f"{self.art} {self.gestartet_am:%d.%m.%Y %H:%M}"


post_save.connect(_importlauf_gespeichert, sender=Importlauf)
post_delete.connect(_importlauf_gespeichert, sender=Importlauf)


class ZugangsschluesselQuerySet(models.QuerySet):
    def gueltig(self):
        """Not revoked, and the account may log in (a deactivated account's keys stop too)."""
        return self.filter(revoked_at__isnull=True, user__is_active=True)


class Zugangsschluessel(models.Model):
    """A personal API token (``Authorization: Bearer sr_…``), read-only, for the APIs.

    Created, named and revoked by its owner on her page "API-Schlüssel"; the secret is shown
    once and stored only as its SHA-256. A token carries 32 random bytes (256 bits): nobody
    can guess it or find it from its hash by trying, so a slow password hash (PBKDF2, made to
    slow down guessing *low*-entropy passwords) would only cost every API request ~100 ms
    and buys nothing; a fast hash also lets the lookup be one indexed equality. The logic
    lives in sozialraum/zugang/schluessel.py, the API authentication in
    sozialraum/zugang/api.py.
    """

    # CASCADE, unlike the PROTECT between curated records: a token is a credential of the
    # account, not data anybody entered about the registry; without the account it can
    # neither be used nor mean anything. Accounts are normally deactivated or anonymised,
    # not deleted (sozialraum/datenschutz/konto.py), and their tokens stop with that.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="zugangsschluessel",
        verbose_name=_("Benutzer:in"),
    )
    name = models.CharField(_("Name"), max_length=100, help_text=_("wofür der Schlüssel ist"))
    prefix = models.CharField(_("Anfang"), max_length=16, help_text=_("zum Wiedererkennen"))
    secret_hash = models.CharField(_("SHA-256 des Schlüssels"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("zuletzt benutzt"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("widerrufen am"), null=True, blank=True)

    objects = ZugangsschluesselQuerySet.as_manager()

    class Meta:
        verbose_name = _("API-Schlüssel")
        verbose_name_plural = _("API-Schlüssel")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def aktiv(self) -> bool:
        return self.revoked_at is None
