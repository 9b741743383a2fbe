"""Prüfrunden: the Jugendamt asks many Träger at once whether their records are still true.

A ``Pruefrunde`` is one such request over a selection of offers and places. Each Träger in
it gets one ``Pruefanfrage`` (one e-mail with a signed link, reminders, its answer), and
each of its records one ``Pruefposten`` (confirmed, corrected or open). The operations live
in ``angebote/pruefrunde/``; the user documentation is docs/pruefrunde.md.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from traeger.models import Einrichtung, Traeger

from .angebote import Aenderungsvorschlag, Angebot


class Pruefrunde(models.Model):
    titel = models.CharField(_("Titel"), max_length=200)
    # The criteria as chosen (ids and numbers, see angebote/pruefrunde/auswahl.py) and how
    # they read at the start, so that a renamed Sozialraum does not change the history.
    auswahl = models.JSONField(_("Auswahl"), default=dict, blank=True)
    auswahl_text = models.CharField(_("Auswahl (Beschreibung)"), max_length=500, blank=True)
    gestartet_von = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gestartet von"),
    )
    gestartet_am = models.DateTimeField(_("gestartet am"), default=timezone.now)
    gueltig_bis = models.DateField(
        _("Antwort bis"), help_text=_("Bis zu diesem Tag (einschließlich) gelten die Links.")
    )
    erinnerung_1_tage = models.PositiveSmallIntegerField(
        _("1. Erinnerung nach Tagen"), null=True, blank=True, default=14
    )
    erinnerung_2_tage = models.PositiveSmallIntegerField(
        _("2. Erinnerung nach Tagen"), null=True, blank=True, default=28
    )
    # The address the links in reminder mails sent by cron point to (where the round began).
    basis_url = models.CharField(_("Adresse des Registers"), max_length=300, blank=True)
    geschlossen_am = models.DateTimeField(_("abgeschlossen am"), null=True, blank=True)
    geschlossen_von = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("abgeschlossen von"),
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        verbose_name = _("Prüfrunde")
        verbose_name_plural = _("Prüfrunden")
        ordering = ["-gestartet_am", "-pk"]
        permissions = [("pruefrunde_starten", _("Prüfrunden starten, verfolgen und abschließen"))]

    def __str__(self) -> str:
        return self.titel

    def get_absolute_url(self) -> str:
        return reverse("angebote:pruefrunde", args=[self.pk])

    @property
    def geschlossen(self) -> bool:
        return self.geschlossen_am is not None

    @property
    def abgelaufen(self) -> bool:
        """The answer period is over (the links no longer work)."""
        return timezone.localdate() > self.gueltig_bis


class Pruefanfrage(models.Model):
    """One Träger in a round: its e-mail, reminders and answer."""

    class Status(models.TextChoices):
        OFFEN = "offen", _("offen")
        BESTAETIGT = "bestaetigt", _("bestätigt")
        KORRIGIERT = "korrigiert", _("korrigiert")
        TEILWEISE = "teilweise", _("teilweise beantwortet")
        UNZUSTELLBAR = "unzustellbar", _("unzustellbar")
        UNBEANTWORTET = "unbeantwortet", _("unbeantwortet")

    # Waiting for an answer: reminders go to these, the follow-up list shows them.
    WARTEND = (Status.OFFEN, Status.TEILWEISE, Status.UNZUSTELLBAR)

    runde = models.ForeignKey(
        Pruefrunde, on_delete=models.CASCADE, related_name="anfragen", verbose_name=_("Prüfrunde")
    )
    # A request must not keep a Träger from being deleted or merged away.
    traeger = models.ForeignKey(
        Traeger, on_delete=models.CASCADE, related_name="pruefanfragen", verbose_name=_("Träger")
    )
    email = models.EmailField(
        _("E-Mail-Adresse"),
        blank=True,
        help_text=_("an die die Anfrage ging; leer: telefonisch oder per Brief nachfassen"),
    )
    # Part of the signed link: a new nonce makes every earlier link of this request invalid.
    nonce = models.CharField(_("Kennung des Links"), max_length=64)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.OFFEN, db_index=True
    )
    gesendet_am = models.DateTimeField(_("gesendet am"), null=True, blank=True)
    erinnert_1_am = models.DateTimeField(_("1. Erinnerung am"), null=True, blank=True)
    erinnert_2_am = models.DateTimeField(_("2. Erinnerung am"), null=True, blank=True)
    beantwortet_am = models.DateTimeField(_("zuletzt beantwortet am"), null=True, blank=True)
    fehler = models.CharField(_("Zustellfehler"), max_length=300, blank=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        verbose_name = _("Prüfanfrage")
        verbose_name_plural = _("Prüfanfragen")
        ordering = ["pk"]
        # One request per Träger is made at the start (ablauf.runde_anlegen), but not a
        # database rule: merging two Träger of the same round moves the second one's request
        # to the first (traeger/zusammenfuehren), which keeps both links and answers.
        indexes = [models.Index(fields=["runde", "status"], name="pruefanfrage_runde_status_idx")]

    def __str__(self) -> str:
        return f"{self.runde} – {self.traeger}"


class Pruefposten(models.Model):
    """One offer or place of a request, and the Träger's answer about it."""

    class Ergebnis(models.TextChoices):
        OFFEN = "offen", _("offen")
        BESTAETIGT = "bestaetigt", _("bestätigt")
        KORRIGIERT = "korrigiert", _("korrigiert")
        UNBEANTWORTET = "unbeantwortet", _("unbeantwortet")

    anfrage = models.ForeignKey(
        Pruefanfrage, on_delete=models.CASCADE, related_name="posten", verbose_name=_("Anfrage")
    )
    # Exactly one of the two (constraint below): two plain keys stay joinable and indexed.
    angebot = models.ForeignKey(
        Angebot,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pruefposten",
        verbose_name=_("Angebot"),
    )
    einrichtung = models.ForeignKey(
        Einrichtung,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pruefposten",
        verbose_name=_("Einrichtung"),
    )
    ergebnis = models.CharField(
        _("Ergebnis"), max_length=20, choices=Ergebnis.choices, default=Ergebnis.OFFEN
    )
    beantwortet_am = models.DateTimeField(_("beantwortet am"), null=True, blank=True)
    # A corrected offer: its proposal in the review queue (angebote/redaktion/pruefung.py).
    vorschlag = models.ForeignKey(
        Aenderungsvorschlag,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pruefposten",
        verbose_name=_("Änderungsvorschlag"),
    )
    # A corrected place: what the Träger wrote (places have no review queue).
    anmerkung = models.TextField(_("Hinweis des Trägers"), blank=True)

    class Meta:
        verbose_name = _("Prüfposten")
        verbose_name_plural = _("Prüfposten")
        ordering = ["anfrage", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(angebot__isnull=False, einrichtung__isnull=True)
                | models.Q(angebot__isnull=True, einrichtung__isnull=False),
                name="pruefposten_angebot_oder_einrichtung",
            ),
            models.UniqueConstraint(
                fields=["anfrage", "angebot"],
                condition=models.Q(angebot__isnull=False),
                name="pruefposten_angebot_einmal",
            ),
            models.UniqueConstraint(
                fields=["anfrage", "einrichtung"],
                condition=models.Q(einrichtung__isnull=False),
                name="pruefposten_einrichtung_einmal",
            ),
        ]
        indexes = [models.Index(fields=["anfrage", "ergebnis"], name="pruefposten_ergebnis_idx")]

    def __str__(self) -> str:
        return str(self.objekt)

    @property
    def objekt(self):
        return self.angebot if self.angebot_id else self.einrichtung
