"""SRAE: sozialräumliche Maßnahmen (the Rostock procedure, docs/massnahmen.md).

A Träger designs a measure with partners; the Sozialraumteam discusses it, the
Lenkungsgruppe recommends (or rejects, or defers) it, the Jugendamt-Administration agrees it
for at most 12 months, it runs, is evaluated and may be extended once by at most 12 months.
It is paid from the budget of its Regionalraum (models/budget.py). Every step is a
:class:`Massnahmenschritt` (who, when, where it was discussed or decided); the rules live in
``sozialraumarbeit/massnahmen/ablauf.py``, not here. Money is exact: ``Decimal`` in cents.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from angebote.models import Zielgruppe
from gremien.models import Beschluss, Sitzung, Tagesordnungspunkt
from sozialraum.models import Regionalraum, Sozialraum
from traeger.models import Traeger

User = settings.AUTH_USER_MODEL

GELD = {"max_digits": 12, "decimal_places": 2}


class Massnahme(models.Model):
    class Status(models.TextChoices):
        IDEE = "idee", _("Idee")
        BERATEN = "beraten", _("im Sozialraumteam beraten")
        EMPFOHLEN = "empfohlen", _("Lenkungsgruppe: empfohlen")
        ABGELEHNT = "abgelehnt", _("Lenkungsgruppe: abgelehnt")
        ZURUECKGESTELLT = "zurueckgestellt", _("Lenkungsgruppe: zurückgestellt")
        VEREINBART = "vereinbart", _("vereinbart")
        LAEUFT = "laeuft", _("läuft")
        EVALUIERT = "evaluiert", _("evaluiert")
        VERLAENGERT = "verlaengert", _("verlängert")
        BEENDET = "beendet", _("beendet")
        ABGEBROCHEN = "abgebrochen", _("abgebrochen")

    class Zielerreichung(models.TextChoices):
        ERREICHT = "erreicht", _("Ziele erreicht")
        TEILWEISE = "teilweise", _("Ziele teilweise erreicht")
        NICHT = "nicht", _("Ziele nicht erreicht")

    titel = models.CharField(_("Titel"), max_length=300)
    traeger = models.ForeignKey(
        Traeger,
        on_delete=models.PROTECT,
        related_name="massnahmen",
        verbose_name=_("federführender Träger"),
    )
    regionalraum = models.ForeignKey(
        Regionalraum,
        on_delete=models.PROTECT,
        related_name="massnahmen",
        verbose_name=_("Regionalraum"),
        help_text=_("Aus dessen Budget die Maßnahme bezahlt wird."),
    )
    sozialraeume = models.ManyToManyField(
        Sozialraum, related_name="massnahmen", verbose_name=_("Sozialräume")
    )
    zielgruppen = models.ManyToManyField(
        Zielgruppe, blank=True, related_name="massnahmen", verbose_name=_("Zielgruppen")
    )
    bedarf = models.TextField(
        _("Bedarf"), help_text=_("Auf welchen Bedarf im Sozialraum antwortet die Maßnahme?")
    )
    # The barriers of its Sozialräume the measure answers (models/raumwissen.py).
    barrieren = models.ManyToManyField(
        "sozialraumarbeit.Barriere",
        blank=True,
        related_name="massnahmen",
        verbose_name=_("Barrieren, auf die sie antwortet"),
    )
    ziele = models.TextField(_("Ziele"))
    ueberpruefung = models.TextField(
        _("Überprüfung der Ziele"), help_text=_("Woran wird die Zielerreichung gemessen?")
    )
    beantragte_summe = models.DecimalField(_("beantragte Summe (€)"), **GELD)
    status = models.CharField(
        _("Stand"), max_length=20, choices=Status.choices, default=Status.IDEE
    )
    # The agreed period; ``ende`` moves with an extension, ``vereinbart_bis`` keeps the first.
    beginn = models.DateField(_("Beginn"), null=True, blank=True)
    vereinbart_bis = models.DateField(_("vereinbart bis"), null=True, blank=True)
    ende = models.DateField(_("Ende"), null=True, blank=True)
    zielerreichung = models.CharField(
        _("Zielerreichung"), max_length=20, choices=Zielerreichung.choices, blank=True
    )
    erkenntnisse = models.TextField(_("Was wurde gelernt?"), blank=True)
    evaluiert_am = models.DateField(_("evaluiert am"), null=True, blank=True)
    abbruchgrund = models.TextField(_("Grund des Abbruchs"), blank=True)
    # The evaluation reminder (a month before the end) is sent once per period.
    erinnert_am = models.DateField(_("an Evaluation erinnert am"), null=True, blank=True)
    erstellt_von = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("angelegt von"),
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Maßnahme")
        verbose_name_plural = _("Maßnahmen")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(beantragte_summe__gte=0), name="massnahme_summe_nicht_negativ"
            )
        ]

    def __str__(self) -> str:
        return self.titel

    def get_absolute_url(self) -> str:
        return reverse("sozialraumarbeit:massnahme", args=[self.pk])


class Kooperationspartner(models.Model):
    """A partner of a measure: a Träger of the registry or a named partner outside it."""

    class Art(models.TextChoices):
        TRAEGER = "traeger", _("Träger")
        SCHULE = "schule", _("Schule")
        KITA = "kita", _("Kita")
        WOHNUNGSUNTERNEHMEN = "wohnungsunternehmen", _("Wohnungsunternehmen")
        VEREIN = "verein", _("Verein")
        INITIATIVE = "initiative", _("Initiative")
        SONSTIGE = "sonstige", _("sonstige")

    massnahme = models.ForeignKey(
        Massnahme, on_delete=models.PROTECT, related_name="partner", verbose_name=_("Maßnahme")
    )
    traeger = models.ForeignKey(
        Traeger,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="kooperationen",
        verbose_name=_("Träger"),
    )
    name = models.CharField(
        _("Name"), max_length=300, blank=True, help_text=_("wenn der Partner kein Träger ist")
    )
    art = models.CharField(_("Art"), max_length=30, choices=Art.choices, default=Art.TRAEGER)
    rolle = models.CharField(_("Rolle in der Maßnahme"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Kooperationspartner")
        verbose_name_plural = _("Kooperationspartner")
        ordering = ["massnahme", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(traeger__isnull=True, name=""),
                name="kooperationspartner_traeger_oder_name",
            )
        ]

    def __str__(self) -> str:
        return str(self.traeger or self.name)

    def clean(self):
        if not self.traeger_id and not self.name.strip():
            raise ValidationError(_("Bitte einen Träger wählen oder den Partner benennen."))


class Monatsbetrag(models.Model):
    """The requested sum split by months: what the measure binds in each month's budget."""

    massnahme = models.ForeignKey(
        Massnahme, on_delete=models.PROTECT, related_name="monatsplan", verbose_name=_("Maßnahme")
    )
    monat = models.DateField(_("Monat"), help_text=_("der Erste des Monats"))
    betrag = models.DecimalField(_("Betrag (€)"), **GELD)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Monatsbetrag")
        verbose_name_plural = _("Monatsplan")
        ordering = ["massnahme", "monat"]
        constraints = [
            models.UniqueConstraint(fields=["massnahme", "monat"], name="monatsbetrag_einmalig"),
            models.CheckConstraint(condition=models.Q(betrag__gte=0), name="monatsbetrag_positiv"),
        ]

    def __str__(self) -> str:
        return f"{self.monat:%m/%Y}: {self.betrag} €"

    def clean(self):
        if self.monat and self.monat.day != 1:
            self.monat = self.monat.replace(day=1)


class Auszahlung(models.Model):
    """Money paid out to the measure's Träger, booked on a month."""

    massnahme = models.ForeignKey(
        Massnahme,
        on_delete=models.PROTECT,
        related_name="auszahlungen",
        verbose_name=_("Maßnahme"),
    )
    monat = models.DateField(_("Monat"), help_text=_("der Erste des Monats"))
    betrag = models.DecimalField(_("Betrag (€)"), **GELD)
    notiz = models.CharField(_("Notiz"), max_length=300, blank=True)
    gebucht_von = models.ForeignKey(
        User, on_delete=models.PROTECT, related_name="+", verbose_name=_("gebucht von")
    )
    created_at = models.DateTimeField(_("gebucht am"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Auszahlung")
        verbose_name_plural = _("Auszahlungen")
        ordering = ["massnahme", "monat", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(betrag__gt=0), name="auszahlung_positiv")
        ]

    def __str__(self) -> str:
        return f"{self.massnahme}: {self.monat:%m/%Y} {self.betrag} €"


class Massnahmenschritt(models.Model):
    """One step of a measure's way: the timeline. Written only by ablauf.py's operations."""

    massnahme = models.ForeignKey(
        Massnahme, on_delete=models.PROTECT, related_name="schritte", verbose_name=_("Maßnahme")
    )
    von_status = models.CharField(
        _("vorher"), max_length=20, choices=Massnahme.Status.choices, blank=True
    )
    status = models.CharField(_("Stand"), max_length=20, choices=Massnahme.Status.choices)
    wer = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+", verbose_name=_("wer"))
    wann = models.DateTimeField(_("wann"), default=timezone.now)
    bemerkung = models.TextField(_("Bemerkung"), blank=True)
    sitzung = models.ForeignKey(
        Sitzung,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="massnahmenschritte",
        verbose_name=_("Sitzung"),
    )
    top = models.ForeignKey(
        Tagesordnungspunkt,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="massnahmenschritte",
        verbose_name=_("TOP"),
    )
    beschluss = models.ForeignKey(
        Beschluss,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="massnahmenschritte",
        verbose_name=_("Beschluss"),
    )
    # An agreement or extension: the period it set.
    beginn = models.DateField(_("Beginn"), null=True, blank=True)
    ende = models.DateField(_("Ende"), null=True, blank=True)
    # An agreement beyond the remaining budget, allowed explicitly: logged here.
    budget_ueberschritten = models.BooleanField(_("Budget bewusst überschritten"), default=False)

    class Meta:
        verbose_name = _("Schritt einer Maßnahme")
        verbose_name_plural = _("Schritte der Maßnahmen")
        ordering = ["massnahme", "wann", "pk"]

    def __str__(self) -> str:
        return f"{self.massnahme}: {self.get_status_display()}"


class MassnahmenTop(models.Model):
    """A "Maßnahme beraten" item: the TOP of a Gremium's agenda that discusses a measure,
    so the minutes and the measure point at each other."""

    massnahme = models.ForeignKey(
        Massnahme, on_delete=models.PROTECT, related_name="beratungen", verbose_name=_("Maßnahme")
    )
    top = models.OneToOneField(
        Tagesordnungspunkt,
        on_delete=models.PROTECT,
        related_name="massnahme_beraten",
        verbose_name=_("TOP"),
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Beratung einer Maßnahme")
        verbose_name_plural = _("Beratungen der Maßnahmen")
        ordering = ["massnahme", "created_at"]

    def __str__(self) -> str:
        return f"{self.massnahme} – {self.top}"
