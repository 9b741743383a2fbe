"""Meetings of the Gremien: agenda items, attendance, decisions, tasks and released minutes.

Modelled after OParl 1.1 (Organization, Membership, Meeting, AgendaItem, File), in the
words of German Jugendhilfe. Nothing here is ever deleted by a cascade from curated data.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from traeger.models import Einrichtung, Traeger

from .gremien import Gremium, Mitgliedschaft

User = settings.AUTH_USER_MODEL


class Sitzung(models.Model):
    class Status(models.TextChoices):
        GEPLANT = "geplant", _("geplant")
        EINGELADEN = "eingeladen", _("eingeladen")
        DURCHGEFUEHRT = "durchgefuehrt", _("durchgeführt")
        ABGESAGT = "abgesagt", _("abgesagt")

    class Protokollstatus(models.TextChoices):
        ENTWURF = "entwurf", _("Entwurf")
        FREIGEGEBEN = "freigegeben", _("freigegeben")

    gremium = models.ForeignKey(
        Gremium, on_delete=models.PROTECT, related_name="sitzungen", verbose_name=_("Gremium")
    )
    titel = models.CharField(
        _("Titel"), max_length=300, blank=True, help_text=_("leer: „Sitzung am …“")
    )
    datum = models.DateField(_("Datum"))
    beginn = models.TimeField(_("Beginn"))
    ende = models.TimeField(_("Ende"), null=True, blank=True)
    ort_einrichtung = models.ForeignKey(
        Einrichtung,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sitzungen",
        verbose_name=_("Ort (Einrichtung)"),
    )
    ort_text = models.CharField(
        _("Ort (Freitext)"), max_length=300, blank=True, help_text=_("z. B. Raum, Videokonferenz")
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.GEPLANT
    )
    einladungstext = models.TextField(_("Einladungstext"), blank=True)
    protokoll_status = models.CharField(
        _("Protokoll"),
        max_length=20,
        choices=Protokollstatus.choices,
        default=Protokollstatus.ENTWURF,
    )
    protokoll_version = models.PositiveIntegerField(_("Protokollversion"), default=0)
    uid = models.UUIDField(_("Kalender-UID"), default=uuid.uuid4, unique=True, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Sitzung")
        verbose_name_plural = _("Sitzungen")
        ordering = ["-datum", "-beginn"]
        indexes = [models.Index(fields=["gremium", "datum"])]

    def __str__(self) -> str:
        return self.titel or _("Sitzung am %(datum)s") % {"datum": self.datum.strftime("%d.%m.%Y")}

    def get_absolute_url(self) -> str:
        return reverse("gremien:sitzung", args=[self.pk])

    def brotkrumen(self) -> list[tuple[str, str]]:
        return [*self.gremium.brotkrumen(), (str(self), self.get_absolute_url())]

    def clean(self):
        if self.beginn and self.ende and self.ende <= self.beginn:
            raise ValidationError({"ende": _("Das Ende muss nach dem Beginn liegen.")})

    @property
    def ort(self) -> str:
        if self.ort_einrichtung:
            teile = [self.ort_einrichtung.name, self.ort_einrichtung.adresse, self.ort_text]
            return ", ".join(t for t in teile if t)
        return self.ort_text

    @property
    def freigegeben(self) -> bool:
        return self.protokoll_status == self.Protokollstatus.FREIGEGEBEN


class Tagesordnungspunkt(models.Model):
    sitzung = models.ForeignKey(
        Sitzung, on_delete=models.PROTECT, related_name="tops", verbose_name=_("Sitzung")
    )
    eltern = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="unterpunkte",
        verbose_name=_("Unterpunkt von"),
    )
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    titel = models.CharField(_("Titel"), max_length=300)
    verantwortlich = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verantwortlich"),
    )
    dauer_minuten = models.PositiveSmallIntegerField(
        _("geplante Dauer (Minuten)"), null=True, blank=True
    )
    protokoll = models.TextField(_("Protokoll (Markdown)"), blank=True)
    # The conflict check's token (sozialraum/werkzeuge/konflikt.py), like every curated record's.
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Tagesordnungspunkt")
        verbose_name_plural = _("Tagesordnungspunkte")
        ordering = ["sitzung", "position", "pk"]

    def __str__(self) -> str:
        return self.titel


class Teilnahme(models.Model):
    class Status(models.TextChoices):
        ANWESEND = "anwesend", _("anwesend")
        ENTSCHULDIGT = "entschuldigt", _("entschuldigt")
        FEHLT = "fehlt", _("fehlt")

    sitzung = models.ForeignKey(Sitzung, on_delete=models.PROTECT, related_name="teilnahmen")
    mitgliedschaft = models.ForeignKey(
        Mitgliedschaft, on_delete=models.PROTECT, null=True, blank=True, related_name="teilnahmen"
    )
    gast_name = models.CharField(_("Gast"), max_length=200, blank=True)
    traeger = models.ForeignKey(
        Traeger,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="teilnahmen",
        verbose_name=_("vertretene Organisation"),
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.ANWESEND
    )

    class Meta:
        verbose_name = _("Teilnahme")
        verbose_name_plural = _("Teilnahmen")
        constraints = [
            models.UniqueConstraint(
                fields=["sitzung", "mitgliedschaft"],
                name="teilnahme_einmal_je_mitglied",
                condition=models.Q(mitgliedschaft__isnull=False),
            )
        ]

    def __str__(self) -> str:
        return f"{self.mitgliedschaft or self.gast_name}: {self.get_status_display()}"


class Beschluss(models.Model):
    class Art(models.TextChoices):
        BESCHLUSS = "beschluss", _("Beschluss")
        EMPFEHLUNG = "empfehlung", _("Empfehlung")

    sitzung = models.ForeignKey(Sitzung, on_delete=models.PROTECT, related_name="beschluesse")
    top = models.ForeignKey(
        Tagesordnungspunkt,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="beschluesse",
        verbose_name=_("zu TOP"),
    )
    art = models.CharField(_("Art"), max_length=20, choices=Art.choices, default=Art.BESCHLUSS)
    text = models.TextField(_("Beschluss"))
    ja = models.PositiveSmallIntegerField(_("Ja"), null=True, blank=True)
    nein = models.PositiveSmallIntegerField(_("Nein"), null=True, blank=True)
    enthaltung = models.PositiveSmallIntegerField(_("Enthaltungen"), null=True, blank=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Beschluss")
        verbose_name_plural = _("Beschlüsse")
        ordering = ["sitzung", "pk"]

    def __str__(self) -> str:
        return self.text[:80]


class AufgabeQuerySet(models.QuerySet):
    def offen(self):
        return self.filter(status=Aufgabe.Status.OFFEN)


class Aufgabe(models.Model):
    class Status(models.TextChoices):
        OFFEN = "offen", _("offen")
        ERLEDIGT = "erledigt", _("erledigt")
        VERWORFEN = "verworfen", _("verworfen")

    gremium = models.ForeignKey(Gremium, on_delete=models.PROTECT, related_name="aufgaben")
    sitzung = models.ForeignKey(
        Sitzung, on_delete=models.PROTECT, related_name="aufgaben", verbose_name=_("beschlossen in")
    )
    top = models.ForeignKey(
        Tagesordnungspunkt,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="aufgaben",
        verbose_name=_("zu TOP"),
    )
    was = models.TextField(_("Was ist zu tun?"))
    person = models.ForeignKey(
        User,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="aufgaben",
        verbose_name=_("wer (Person)"),
    )
    traeger = models.ForeignKey(
        Traeger,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="aufgaben",
        verbose_name=_("wer (Träger)"),
    )
    faellig = models.DateField(_("bis wann"), null=True, blank=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.OFFEN
    )
    erledigt_am = models.DateField(_("erledigt am"), null=True, blank=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    objects = AufgabeQuerySet.as_manager()

    class Meta:
        verbose_name = _("Aufgabe")
        verbose_name_plural = _("Aufgaben")
        ordering = ["faellig", "pk"]

    def __str__(self) -> str:
        return self.was[:80]

    def clean(self):
        if not self.person_id and not self.traeger_id:
            raise ValidationError(
                _("Bitte angeben, wer die Aufgabe übernimmt (Person oder Träger).")
            )

    @property
    def ueberfaellig(self) -> bool:
        return (
            self.status == self.Status.OFFEN
            and self.faellig is not None
            and self.faellig < timezone.localdate()
        )

    @property
    def wer(self) -> str:
        return str(self.person or self.traeger or "–")


class Protokollversion(models.Model):
    """A released state of the minutes: released minutes change only by a new version."""

    sitzung = models.ForeignKey(
        Sitzung, on_delete=models.PROTECT, related_name="protokollversionen"
    )
    version = models.PositiveIntegerField(_("Version"))
    inhalt = models.JSONField(_("Inhalt"))
    grund = models.CharField(_("Grund der Änderung"), max_length=500, blank=True)
    freigegeben_am = models.DateTimeField(_("freigegeben am"), default=timezone.now)
    freigegeben_von = models.ForeignKey(
        User, on_delete=models.PROTECT, related_name="+", verbose_name=_("freigegeben von")
    )

    class Meta:
        verbose_name = _("Protokollversion")
        verbose_name_plural = _("Protokollversionen")
        ordering = ["sitzung", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["sitzung", "version"], name="protokollversion_einmalig")
        ]

    def __str__(self) -> str:
        return f"{self.sitzung}, Version {self.version}"
