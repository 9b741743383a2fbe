"""Gremien (committees), their members and the calendar tokens of the members.

Modelled after OParl 1.1 (Organization, Membership, Meeting, AgendaItem, File), in the
words of German Jugendhilfe. Nothing here is ever deleted by a cascade from curated data.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from sozialraum.models import Regionalraum, Sozialraum
from sozialraum.zugang.rollen import sozialraeume_von
from traeger.models import Traeger

User = settings.AUTH_USER_MODEL


class GremiumQuerySet(models.QuerySet):
    def sichtbar_fuer(self, user):
        """Gremien whose page a user may open (see permissions.py for the rules)."""
        if user.has_perm("gremien.view_alle_gremien"):
            return self
        return self.filter(
            models.Q(
                sichtbarkeit__in=[
                    Gremium.Sichtbarkeit.FACHKRAEFTE,
                    Gremium.Sichtbarkeit.OEFFENTLICH,
                ]
            )
            | models.Q(pk__in=Mitgliedschaft.objects.aktiv().filter(person=user).values("gremium"))
            # The Sozialraumkoordination edits the Gremien of her Sozialräume, so she sees them.
            | models.Q(sozialraum__in=sozialraeume_von(user).values("pk"))
        )


class Rhythmusregel(models.TextChoices):
    KEINE = "", _("kein fester Rhythmus")
    WOECHENTLICH = "woechentlich", _("wöchentlich bzw. alle n Wochen")
    MONATLICH = "monatlich", _("monatlich am n-ten Wochentag")
    MONATLICH_LETZTER = "monatlich_letzter", _("monatlich am letzten Wochentag")


WOCHENTAGE = [
    (0, _("Montag")),
    (1, _("Dienstag")),
    (2, _("Mittwoch")),
    (3, _("Donnerstag")),
    (4, _("Freitag")),
    (5, _("Samstag")),
    (6, _("Sonntag")),
]


class Gremium(models.Model):
    Rhythmusregel = Rhythmusregel

    class Art(models.TextChoices):
        AG78 = "ag78", _("Sozialraum-AG / AG nach § 78 SGB VIII")
        STADTTEILTISCH = "stadtteiltisch", _("Stadtteiltisch / Runder Tisch")
        SOZIALRAUMTEAM = "sozialraumteam", _("Sozialraumteam")
        LENKUNGSGRUPPE = "lenkungsgruppe", _("Lenkungsgruppe")
        FOKUSGRUPPE = "fokusgruppe", _("Fokusgruppe")
        KONFERENZ = "konferenz", _("Sozialraumkonferenz")
        # ISAR's open round where residents and Fachkräfte collect a Sozialraum's
        # resources and barriers (docs/glossar.md).
        SOZIALRAUMDIALOG = "sozialraumdialog", _("Sozialraumdialog")
        SONSTIGES = "sonstiges", _("sonstiges Gremium")

    class Sichtbarkeit(models.TextChoices):
        MITGLIEDER = "mitglieder", _("nur Mitglieder")
        FACHKRAEFTE = "fachkraefte", _("alle Fachkräfte")
        OEFFENTLICH = "oeffentlich", _("öffentlich")

    name = models.CharField(_("Name"), max_length=300)
    art = models.CharField(_("Art"), max_length=30, choices=Art.choices, default=Art.AG78)
    sozialraum = models.ForeignKey(
        Sozialraum,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="gremien",
        verbose_name=_("Sozialraum"),
    )
    regionalraum = models.ForeignKey(
        Regionalraum,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="gremien",
        verbose_name=_("Regionalraum"),
        help_text=_("Wenn das Gremium für einen ganzen Regionalraum zuständig ist."),
    )
    uebergeordnet = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="untergeordnete",
        verbose_name=_("gehört zu"),
        help_text=_(
            "Das übergeordnete Gremium, z. B. die Lenkungsgruppe einer Fokusgruppe oder eines "
            "Sozialraumteams."
        ),
    )
    beschreibung = models.TextField(_("Beschreibung"), blank=True)
    rhythmus = models.CharField(
        _("Rhythmus"),
        max_length=200,
        blank=True,
        help_text=_("z. B. „jeden ersten Dienstag im Monat“"),
    )
    # The rule behind the text, to propose the next date (gremien/rhythmus.py).
    rhythmus_regel = models.CharField(
        _("Rhythmus-Regel"),
        max_length=20,
        choices=Rhythmusregel.choices,
        blank=True,
        default="",
        help_text=_("Daraus schlägt „Sitzung planen“ den nächsten Termin vor."),
    )
    rhythmus_intervall = models.PositiveSmallIntegerField(
        _("alle … Wochen bzw. Monate"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("1: jede Woche bzw. jeden Monat; 2: alle zwei Wochen bzw. Monate …"),
    )
    rhythmus_wochentag = models.PositiveSmallIntegerField(
        _("Wochentag"), choices=WOCHENTAGE, null=True, blank=True
    )
    rhythmus_nte = models.PositiveSmallIntegerField(
        _("der wievielte Wochentag im Monat"),
        choices=[(1, _("erster")), (2, _("zweiter")), (3, _("dritter")), (4, _("vierter"))],
        null=True,
        blank=True,
        help_text=_("Nur für „monatlich am n-ten Wochentag“."),
    )
    rhythmus_pause = models.CharField(
        _("keine Sitzung in den Monaten"),
        max_length=40,
        blank=True,
        help_text=_("Monatszahlen mit Komma, z. B. „8“ für August oder „7,8“."),
    )
    sichtbarkeit = models.CharField(
        _("Wer darf Protokolle lesen?"),
        max_length=20,
        choices=Sichtbarkeit.choices,
        default=Sichtbarkeit.MITGLIEDER,
    )
    aktiv = models.BooleanField(_("aktiv"), default=True)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    objects = GremiumQuerySet.as_manager()

    class Meta:
        verbose_name = _("Gremium")
        verbose_name_plural = _("Gremien")
        ordering = ["name"]
        permissions = [("view_alle_gremien", _("Kann alle Gremien und Protokolle sehen"))]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("gremien:gremium", args=[self.pk])

    def brotkrumen(self) -> list[tuple[str, str]]:
        return [(_("Gremien"), reverse("gremien:liste")), (self.name, self.get_absolute_url())]

    def clean(self):
        if self.sozialraum_id and self.regionalraum_id:
            # At the field, so that a form shows it where it is fixed.
            raise ValidationError(
                {
                    "regionalraum": _(
                        "Bitte entweder einen Sozialraum oder einen Regionalraum angeben."
                    )
                }
            )
        self._rhythmus_pruefen()
        self._kreis_pruefen()

    def _rhythmus_pruefen(self):
        fehler = {}
        if self.rhythmus_regel and self.rhythmus_wochentag is None:
            fehler["rhythmus_wochentag"] = _("Bitte den Wochentag der Sitzungen angeben.")
        if self.rhythmus_regel == Rhythmusregel.MONATLICH and not self.rhythmus_nte:
            fehler["rhythmus_nte"] = _("Bitte angeben, der wievielte Wochentag im Monat.")
        monate = [m for m in (self.rhythmus_pause or "").split(",") if m.strip()]
        if any(not m.strip().isdigit() or not 1 <= int(m) <= 12 for m in monate):
            fehler["rhythmus_pause"] = _("Bitte Monatszahlen von 1 bis 12 angeben, z. B. „7,8“.")
        elif len({int(m) for m in monate}) == 12:
            fehler["rhythmus_pause"] = _("In mindestens einem Monat muss das Gremium tagen.")
        if fehler:
            raise ValidationError(fehler)

    def _kreis_pruefen(self):
        """No Gremium may belong to itself, directly or through others."""
        if not self.uebergeordnet_id:
            return
        if self.pk and self.uebergeordnet_id == self.pk:
            raise ValidationError(
                {"uebergeordnet": _("Ein Gremium kann nicht zu sich selbst gehören.")}
            )
        eltern = dict(Gremium.objects.values_list("pk", "uebergeordnet"))
        gesehen, aktuell = set(), self.uebergeordnet_id
        while aktuell is not None and aktuell not in gesehen:
            if aktuell == self.pk:
                raise ValidationError(
                    {
                        "uebergeordnet": _(
                            "„%(name)s“ gehört bereits (über andere Gremien) zu diesem Gremium; "
                            "so entstünde ein Kreis."
                        )
                        % {"name": self.uebergeordnet}
                    }
                )
            gesehen.add(aktuell)
            aktuell = eltern.get(aktuell)

    @property
    def gebiet(self):
        return self.sozialraum or self.regionalraum


class MitgliedschaftQuerySet(models.QuerySet):
    def aktiv(self, stichtag=None):
        stichtag = stichtag or timezone.localdate()
        return self.filter(
            models.Q(von__isnull=True) | models.Q(von__lte=stichtag),
            models.Q(bis__isnull=True) | models.Q(bis__gte=stichtag),
        )


class Mitgliedschaft(models.Model):
    class Rolle(models.TextChoices):
        KOORDINATION = "koordination", _("Koordination")
        MODERATION = "moderation", _("Moderation")
        MITGLIED = "mitglied", _("Mitglied")
        GAST = "gast", _("Gast")
        VERTRETUNG = "vertretung", _("Vertretung")

    gremium = models.ForeignKey(
        Gremium,
        on_delete=models.PROTECT,
        related_name="mitgliedschaften",
        verbose_name=_("Gremium"),
    )
    person = models.ForeignKey(
        User,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="mitgliedschaften",
        verbose_name=_("Person"),
    )
    traeger = models.ForeignKey(
        Traeger,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="mitgliedschaften",
        verbose_name=_("Träger"),
        help_text=_(
            "Die Organisation, die das Mitglied vertritt, oder die Organisation als Mitglied."
        ),
    )
    rolle = models.CharField(
        _("Rolle"), max_length=20, choices=Rolle.choices, default=Rolle.MITGLIED
    )
    vertretung_fuer = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="vertretungen",
        verbose_name=_("Vertretung für"),
    )
    entsandt_von = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="delegationen",
        verbose_name=_("entsandt von"),
        help_text=_(
            "Die Mitgliedschaft im entsendenden Gremium, wenn dieses Mitglied als Delegierte "
            "oder Delegierter eines anderen Gremiums hier sitzt."
        ),
    )
    von = models.DateField(_("von"), null=True, blank=True)
    bis = models.DateField(_("bis"), null=True, blank=True)
    # A public Gremium's members stay unnamed in its open data (OParl) unless the person
    # agreed; the date of her consent is the record of it (docs/datenschutz.md).
    name_oeffentlich = models.BooleanField(
        _("Name öffentlich"),
        default=False,
        help_text=_(
            "Name in den offenen Daten eines öffentlichen Gremiums (OParl) – nur mit "
            "dokumentierter Einwilligung der Person."
        ),
    )
    einwilligung_am = models.DateField(_("Einwilligung am"), null=True, blank=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    objects = MitgliedschaftQuerySet.as_manager()

    class Meta:
        verbose_name = _("Mitgliedschaft")
        verbose_name_plural = _("Mitgliedschaften")
        ordering = ["gremium", "rolle", "person__last_name", "traeger__name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(person__isnull=False) | models.Q(traeger__isnull=False),
                name="mitgliedschaft_person_oder_traeger",
                # Forms check it (validate_constraints); one message, in German.
                violation_error_message=_("Bitte eine Person oder einen Träger angeben."),
            )
        ]

    def __str__(self) -> str:
        wer = self.person or self.traeger
        if self.person and self.traeger:
            wer = f"{self.person} ({self.traeger})"
        return f"{wer}, {self.get_rolle_display()}"

    def clean(self):
        # "Eine Person oder ein Träger" is the constraint's own message (Meta.constraints).
        if self.name_oeffentlich and not self.person_id:
            raise ValidationError(
                {"name_oeffentlich": _("Nur eine Person kann ihren Namen freigeben.")}
            )
        if self.name_oeffentlich and not self.einwilligung_am:
            raise ValidationError(
                {"einwilligung_am": _("Ohne Datum der Einwilligung bleibt der Name intern.")}
            )
        if self.von and self.bis and self.von > self.bis:
            raise ValidationError({"bis": _("Das Ende liegt vor dem Beginn.")})
        self._delegation_pruefen()
        self._vertretung_pruefen()

    def _delegation_pruefen(self):
        quelle = self.entsandt_von
        if quelle is None:
            return
        if quelle.gremium_id == self.gremium_id:
            raise ValidationError(
                {"entsandt_von": _("Eine Delegation kommt aus einem anderen Gremium.")}
            )
        if quelle.person_id != self.person_id or quelle.traeger_id != self.traeger_id:
            raise ValidationError(
                {
                    "entsandt_von": _(
                        "Die entsendende Mitgliedschaft gehört zu einer anderen Person oder einem "
                        "anderen Träger (%(quelle)s)."
                    )
                    % {"quelle": quelle}
                }
            )
        if quelle.bis and (self.bis is None or self.bis > quelle.bis):
            raise ValidationError(
                {
                    "entsandt_von": _(
                        "Die entsendende Mitgliedschaft endet am %(bis)s; die Delegation kann "
                        "nicht länger dauern."
                    )
                    % {"bis": quelle.bis.strftime("%d.%m.%Y")}
                }
            )

    def _vertretung_pruefen(self):
        fuer = self.vertretung_fuer
        if fuer is None:
            return
        if fuer.gremium_id != self.gremium_id:
            raise ValidationError(
                {"vertretung_fuer": _("Vertreten wird ein Mitglied desselben Gremiums.")}
            )
        if self.pk and fuer.pk == self.pk:
            raise ValidationError(
                {"vertretung_fuer": _("Ein Mitglied kann sich nicht selbst vertreten.")}
            )
        if self.rolle != self.Rolle.VERTRETUNG:
            raise ValidationError(
                {"rolle": _("Wer ein Mitglied vertritt, hat die Rolle Vertretung.")}
            )


class Kalenderzugang(models.Model):
    """A secret per user for calendar subscriptions (calendar apps cannot log in)."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="kalenderzugang")
    token = models.CharField(max_length=64, unique=True)

    class Meta:
        verbose_name = _("Kalenderzugang")
        verbose_name_plural = _("Kalenderzugänge")

    def __str__(self) -> str:
        return str(self.user)
