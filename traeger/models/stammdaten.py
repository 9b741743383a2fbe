"""Träger (providers), their Einrichtungen (places) and Ansprechpersonen (contacts)."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from sozialraum.models import Jugendamt, Quartier, Regionalraum, Sozialraum
from sozialraum.werkzeuge.fristen import ist_veraltet, monate_seit


class Pruefbar(models.Model):
    """A curated record that can go stale: when it was last checked, and by whom."""

    zuletzt_geprueft = models.DateField(_("zuletzt geprüft"), null=True, blank=True)
    geprueft_von = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("geprüft von"),
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        abstract = True

    @property
    def pruefalter_monate(self) -> int | None:
        """Whole months since the last check (None: never checked)."""
        return monate_seit(self.zuletzt_geprueft) if self.zuletzt_geprueft else None

    @property
    def veraltet(self) -> bool:
        return ist_veraltet(self.zuletzt_geprueft)


class Herkunft(models.Model):
    """Where an imported record comes from, and what the import last wrote.

    ``quelle`` and ``externe_id`` (the source's own id) key the record for re-runs;
    ``quelle_werte`` holds the field values as the last import wrote them, so that a re-run
    can tell a field changed in the registry since (kept, and reported) from one only the
    source changed (updated). Empty for records typed into the registry.
    """

    quelle = models.CharField(_("Quelle"), max_length=200, blank=True)
    externe_id = models.CharField(
        _("externe Kennung"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("Kennung in der Quelle, z. B. Berliner Einrichtungs- oder Trägernummer."),
    )
    quelle_stand = models.DateField(_("Stand der Quelle"), null=True, blank=True)
    quelle_werte = models.JSONField(
        _("zuletzt importierte Werte"), default=dict, blank=True, editable=False
    )

    class Meta:
        abstract = True

    @property
    def herkunft(self) -> str:
        """„Quelle: …, Stand …“ for the record's page (empty for typed records)."""
        if not self.quelle:
            return ""
        if self.quelle_stand:
            return _("Quelle: %(quelle)s, Stand %(stand)s") % {
                "quelle": self.quelle,
                "stand": self.quelle_stand.strftime("%m/%Y"),
            }
        return _("Quelle: %(quelle)s") % {"quelle": self.quelle}


class Kennung(models.Model):
    """The record's stable UUID for data exchange (HSDS ids, docs/hsds.md).

    Created once with the record and never reused; an import keeps the id the source gave,
    so a record leaves under the same id on every export and from every database.
    """

    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        abstract = True


def herkunft_eindeutig(name: str) -> models.UniqueConstraint:
    """One record per source id and source."""
    return models.UniqueConstraint(
        fields=["quelle", "externe_id"],
        condition=~models.Q(externe_id=""),
        name=name,
    )


class Kontaktdaten(models.Model):
    strasse = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    plz = models.CharField(_("PLZ"), max_length=10, blank=True)
    ort = models.CharField(_("Ort"), max_length=100, blank=True)
    telefon = models.CharField(_("Telefon"), max_length=100, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    website = models.URLField(_("Website"), blank=True, max_length=300)

    class Meta:
        abstract = True

    @property
    def adresse(self) -> str:
        return ", ".join(teil for teil in (self.strasse, f"{self.plz} {self.ort}".strip()) if teil)


class Traeger(Kennung, Herkunft, Kontaktdaten, Pruefbar):
    class Traegerschaft(models.TextChoices):
        FREI = "frei", _("freier Träger")
        OEFFENTLICH = "oeffentlich", _("öffentlicher Träger")

    class Art(models.TextChoices):
        VEREIN = "verein", _("Verein")
        GGMBH = "ggmbh", _("gGmbH / gemeinnützige Gesellschaft")
        WOHLFAHRTSVERBAND = "wohlfahrtsverband", _("Wohlfahrtsverband")
        KIRCHE = "kirche", _("Kirchengemeinde / kirchlicher Träger")
        STIFTUNG = "stiftung", _("Stiftung")
        SCHULE = "schule", _("Schule")
        KITA_TRAEGER = "kita_traeger", _("Kita-Träger")
        INITIATIVE = "initiative", _("Initiative / Elterninitiative")
        NACHBARSCHAFT = "nachbarschaft", _("Nachbarschaftshilfe / Ehrenamt")
        SPORTVEREIN = "sportverein", _("Sportverein")
        JUGENDAMT = "jugendamt", _("Jugendamt")
        BEHOERDE = "behoerde", _("Bezirksamt / andere Behörde")
        SONSTIGE = "sonstige", _("sonstige")

    name = models.CharField(_("Name"), max_length=300)
    traegerschaft = models.CharField(
        _("Trägerschaft"), max_length=20, choices=Traegerschaft.choices, default=Traegerschaft.FREI
    )
    art = models.CharField(_("Art"), max_length=30, choices=Art.choices, default=Art.VEREIN)
    beschreibung = models.TextField(_("Beschreibung"), blank=True)
    sozialraeume = models.ManyToManyField(
        Sozialraum, blank=True, related_name="traeger", verbose_name=_("tätig in Sozialräumen")
    )
    # Merging two Träger (traeger/zusammenfuehren/) keeps the name of the one merged away
    # here, and its source key in ``zusammengefuehrt``, so that a re-run of an import finds
    # the Träger that stands for it now instead of creating it again.
    andere_namen = models.TextField(
        _("andere Schreibweisen"),
        blank=True,
        help_text=_(
            "Weitere Namen, unter denen der Träger bekannt ist, einer je Zeile. Beim "
            "Zusammenführen kommt der Name des aufgelösten Trägers hinzu."
        ),
    )
    zusammengefuehrt = models.JSONField(
        _("zusammengeführte Träger"),
        default=list,
        blank=True,
        editable=False,
        help_text=_(
            "Je zusammengeführtem Träger: frühere Nummer, Name, Quelle und externe Kennung, "
            "wann und von wem."
        ),
    )
    history = HistoricalRecords(excluded_fields=["quelle_werte"])

    class Meta:
        verbose_name = _("Träger")
        verbose_name_plural = _("Träger")
        ordering = ["name"]
        indexes = [models.Index(fields=["name"])]
        constraints = [herkunft_eindeutig("traeger_eine_quelle_id")]
        permissions = [("zusammenfuehren_traeger", _("Träger zusammenführen und aufteilen"))]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("traeger:traeger", args=[self.pk])


class Barrierefreiheit(models.TextChoices):
    JA = "ja", _("barrierefrei")
    TEILWEISE = "teilweise", _("teilweise barrierefrei")
    NEIN = "nein", _("nicht barrierefrei")
    UNBEKANNT = "unbekannt", _("unbekannt")


class EinrichtungQuerySet(models.QuerySet):
    def im_gebiet(self, gebiet):
        """Everything placed in ``gebiet`` or any area below it."""
        return self.filter(**{type(gebiet).__name__.lower(): gebiet})


class Einrichtung(Kennung, Herkunft, Kontaktdaten, Pruefbar):
    class Art(models.TextChoices):
        JUGENDCLUB = "jugendclub", _("Jugendfreizeiteinrichtung / Jugendclub")
        KITA = "kita", _("Kita")
        FAMILIENZENTRUM = "familienzentrum", _("Familienzentrum")
        SCHULE = "schule", _("Schule")
        BERATUNGSSTELLE = "beratungsstelle", _("Beratungsstelle")
        STADTTEILTREFF = "stadtteiltreff", _("Stadtteiltreff / Nachbarschaftshaus")
        SPORTSTAETTE = "sportstaette", _("Sportstätte")
        BIBLIOTHEK = "bibliothek", _("Bibliothek")
        KINDERFARM = "kinderfarm", _("Kinderbauernhof / Abenteuerspielplatz")
        BUERO = "buero", _("Büro / Geschäftsstelle")
        SONSTIGE = "sonstige", _("sonstige")

    traeger = models.ForeignKey(
        Traeger, on_delete=models.PROTECT, related_name="einrichtungen", verbose_name=_("Träger")
    )
    name = models.CharField(_("Name"), max_length=300)
    art = models.CharField(_("Art"), max_length=30, choices=Art.choices, default=Art.SONSTIGE)
    beschreibung = models.TextField(_("Beschreibung"), blank=True)
    lat = models.FloatField(_("Breitengrad"), null=True, blank=True)
    lon = models.FloatField(_("Längengrad"), null=True, blank=True)
    # Placement at the finest area known; the coarser levels are filled in on save, so that
    # a search for any area finds everything placed below it with one indexed filter.
    quartier = models.ForeignKey(
        Quartier,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="einrichtungen",
        verbose_name=_("Quartier"),
    )
    sozialraum = models.ForeignKey(
        Sozialraum,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="einrichtungen",
        verbose_name=_("Sozialraum"),
    )
    regionalraum = models.ForeignKey(
        Regionalraum,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="einrichtungen",
        verbose_name=_("Regionalraum"),
    )
    jugendamt = models.ForeignKey(
        Jugendamt,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="einrichtungen",
        verbose_name=_("Jugendamt"),
    )
    plaetze = models.PositiveIntegerField(_("Plätze"), null=True, blank=True)
    archiviert = models.BooleanField(
        _("archiviert"),
        default=False,
        help_text=_(
            "Nicht mehr in Betrieb oder nicht mehr in der Quelle: bleibt mit seiner Geschichte "
            "erhalten, erscheint aber nicht mehr in Listen und Karten."
        ),
    )
    barrierefrei = models.CharField(
        _("Barrierefreiheit"),
        max_length=20,
        choices=Barrierefreiheit.choices,
        default=Barrierefreiheit.UNBEKANNT,
    )
    barrierefrei_hinweis = models.CharField(
        _("Hinweis zur Barrierefreiheit"), max_length=300, blank=True
    )
    oeffnungszeiten = models.TextField(_("Öffnungszeiten"), blank=True)
    history = HistoricalRecords(excluded_fields=["quelle_werte"])

    objects = EinrichtungQuerySet.as_manager()

    class Meta:
        verbose_name = _("Einrichtung")
        verbose_name_plural = _("Einrichtungen")
        ordering = ["name"]
        constraints = [herkunft_eindeutig("einrichtung_eine_quelle_id")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.verorten()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("traeger:einrichtung", args=[self.pk])

    def clean(self):
        if (self.lat is None) != (self.lon is None):
            raise ValidationError(_("Bitte Breiten- und Längengrad zusammen angeben."))
        if self.lat is not None and not (-90 <= self.lat <= 90 and -180 <= self.lon <= 180):
            raise ValidationError(_("Die Koordinaten liegen nicht in WGS84 (Grad)."))

    def verorten(self) -> None:
        """Fill the coarser levels from the finest one given."""
        if self.quartier_id:
            self.sozialraum_id = self.quartier.sozialraum_id
        if self.sozialraum_id:
            self.regionalraum_id = Sozialraum.objects.values_list("regionalraum_id", flat=True).get(
                pk=self.sozialraum_id
            )
        if self.regionalraum_id:
            self.jugendamt_id = Regionalraum.objects.values_list("jugendamt_id", flat=True).get(
                pk=self.regionalraum_id
            )

    @property
    def gebiet(self):
        return self.quartier or self.sozialraum or self.regionalraum or self.jugendamt


class Ansprechperson(Kennung, Pruefbar):
    """A named contact. Personal data: internal unless consent to publish is recorded."""

    traeger = models.ForeignKey(
        Traeger, on_delete=models.PROTECT, related_name="ansprechpersonen", verbose_name=_("Träger")
    )
    einrichtung = models.ForeignKey(
        Einrichtung,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ansprechpersonen",
        verbose_name=_("Einrichtung"),
    )
    name = models.CharField(_("Name"), max_length=200)
    funktion = models.CharField(_("Funktion"), max_length=200, blank=True)
    telefon = models.CharField(_("Telefon"), max_length=100, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    oeffentlich = models.BooleanField(
        _("öffentlich sichtbar"),
        default=False,
        help_text=_("Nur mit dokumentierter Einwilligung der Person."),
    )
    einwilligung_am = models.DateField(_("Einwilligung am"), null=True, blank=True)
    einwilligung_umfang = models.CharField(
        _("Umfang der Einwilligung"),
        max_length=300,
        blank=True,
        help_text=_("z. B. „Name, Funktion und Dienst-Telefon auf öffentlichen Seiten“"),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Ansprechperson")
        verbose_name_plural = _("Ansprechpersonen")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.funktion})" if self.funktion else self.name

    def clean(self):
        if self.oeffentlich and not self.einwilligung_am:
            raise ValidationError(
                {"einwilligung_am": _("Öffentlich nur mit dem Datum der Einwilligung.")}
            )
        if self.einrichtung_id and self.einrichtung.traeger_id != self.traeger_id:
            raise ValidationError(
                {"einrichtung": _("Die Einrichtung gehört zu einem anderen Träger.")}
            )


# Vernetzung and the reminder log live in their own modules to keep this one small; imported
# here so that Django and everybody else find the models in ``traeger.models``.
