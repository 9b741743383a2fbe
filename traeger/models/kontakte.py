"""Vernetzung: contacts between Fachkräfte and organisations, and who works for which Träger.

Kept out of ``models.py`` to keep that file small; ``models.py`` imports both models, so
``from traeger.models import Kontakt`` works as everywhere else. A Kontakt is always between
professionals and organisations: there is deliberately no field for a client or a case.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from sozialraum.models import Sozialraum

from .stammdaten import Ansprechperson, Traeger


class TraegerZugehoerigkeit(models.Model):
    """A user works for a Träger ("mein Träger"). Kept by the Jugendamt-Administration."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="traeger_zugehoerigkeiten",
        verbose_name=_("Person"),
    )
    traeger = models.ForeignKey(
        Traeger,
        on_delete=models.PROTECT,
        related_name="zugehoerigkeiten",
        verbose_name=_("Träger"),
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Zugehörigkeit zu einem Träger")
        verbose_name_plural = _("Zugehörigkeiten zu Trägern")
        ordering = ["traeger__name", "user__last_name", "user__first_name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "traeger"], name="zugehoerigkeit_einmalig")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.traeger}"


def eigene_traeger_ids(user):
    """The Träger a user works for, as a subquery (empty for anonymous users)."""
    return TraegerZugehoerigkeit.objects.filter(user=user.pk).values("traeger")


def sichtbarkeit_bedingung(user) -> models.Q:
    """The visibility rule of contacts as a condition on any model with ``erfasst_von``,
    ``sichtbarkeit`` (``Kontakt.Sichtbarkeit``) and ``eigener_traeger``: the recorder, "alle
    Fachkräfte", or "mein Träger" for who works for it. Shared by everything Fachkräfte
    record with that choice (the Sozialraum's resources and barriers too), so it is one rule."""
    return (
        models.Q(erfasst_von=user)
        | models.Q(sichtbarkeit=Kontakt.Sichtbarkeit.ALLE)
        | models.Q(
            sichtbarkeit=Kontakt.Sichtbarkeit.TRAEGER,
            eigener_traeger__in=eigene_traeger_ids(user),
        )
    )


class KontaktQuerySet(models.QuerySet):
    def sichtbar_fuer(self, user):
        """The contacts ``user`` may see; the rule is spelled out in permissions.py."""
        if not (user.is_authenticated and user.has_perm("traeger.view_kontakt")):
            return self.none()
        return self.filter(sichtbarkeit_bedingung(user))

    def fuer_liste(self):
        """What a contact row shows, in a fixed number of queries."""
        return self.select_related("erfasst_von", "eigener_traeger", "sozialraum").prefetch_related(
            models.Prefetch("traeger", queryset=Traeger.objects.only("pk", "name")),
            models.Prefetch(
                "ansprechpersonen", queryset=Ansprechperson.objects.only("pk", "name", "traeger")
            ),
            models.Prefetch(
                "kolleginnen",
                queryset=get_user_model().objects.only("pk", "username", "first_name", "last_name"),
            ),
        )

    def faellig(self, stichtag=None):
        return self.filter(wiedervorlage__lte=stichtag or timezone.localdate())


class Kontakt(models.Model):
    class Art(models.TextChoices):
        TELEFONAT = "telefonat", _("Telefonat")
        TREFFEN = "treffen", _("Treffen")
        EMAIL = "email", _("E-Mail")
        HOSPITATION = "hospitation", _("Hospitation")
        PROJEKT = "projekt", _("gemeinsames Projekt")
        ABSPRACHE = "absprache", _("fallübergreifende Absprache")

    class Sichtbarkeit(models.TextChoices):
        PRIVAT = "privat", _("nur ich")
        TRAEGER = "traeger", _("mein Träger")
        ALLE = "alle", _("alle Fachkräfte")

    erfasst_von = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="kontakte_erfasst",
        verbose_name=_("erfasst von"),
    )
    datum = models.DateField(_("Datum"), default=timezone.localdate)
    art = models.CharField(_("Art"), max_length=20, choices=Art.choices, default=Art.TELEFONAT)
    eigener_traeger = models.ForeignKey(
        Traeger,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="kontakte_erfasst",
        verbose_name=_("für meinen Träger"),
        help_text=_("Die Organisation, für die Sie den Kontakt hatten."),
    )
    traeger = models.ManyToManyField(Traeger, related_name="kontakte", verbose_name=_("mit Träger"))
    ansprechpersonen = models.ManyToManyField(
        Ansprechperson, blank=True, related_name="kontakte", verbose_name=_("mit wem")
    )
    # Colleagues with an account, of one of the contact's Träger (the form checks it). Their
    # names are stored in other people's contacts: docs/datenschutz.md, traeger/datenschutz.py.
    kolleginnen = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="kontakte_genannt",
        verbose_name=_("mit Kolleg:innen im Register"),
    )
    # Whom she spoke with when nobody is entered: a role, not a name ("Schulleitung").
    mit_rolle = models.CharField(
        _("mit wem (Funktion)"),
        max_length=100,
        blank=True,
        help_text=_("Eine Funktion statt eines Namens, z. B. „Schulleitung“ oder „Kita-Leitung“."),
    )
    sozialraum = models.ForeignKey(
        Sozialraum, on_delete=models.PROTECT, related_name="kontakte", verbose_name=_("Sozialraum")
    )
    thema = models.CharField(_("Thema"), max_length=200)
    notiz = models.TextField(_("Notiz"), blank=True)
    wiedervorlage = models.DateField(_("Wiedervorlage"), null=True, blank=True)
    sichtbarkeit = models.CharField(
        _("Wer darf den Kontakt sehen?"),
        max_length=10,
        choices=Sichtbarkeit.choices,
        default=Sichtbarkeit.TRAEGER,
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    objects = KontaktQuerySet.as_manager()

    class Meta:
        verbose_name = _("Kontakt")
        verbose_name_plural = _("Kontakte")
        ordering = ["-datum", "-pk"]
        indexes = [
            models.Index(fields=["sozialraum", "datum"]),
            models.Index(fields=["erfasst_von", "wiedervorlage"]),
        ]

    def __str__(self) -> str:
        return f"{self.datum:%d.%m.%Y}: {self.thema}"

    def get_absolute_url(self) -> str:
        return reverse("traeger:kontakt", args=[self.pk])

    def mit_wem(self) -> list[str]:
        """The names of whom she spoke with (Ansprechpersonen, then colleagues), from the
        prefetched rows of :meth:`KontaktQuerySet.fuer_liste`."""
        return [p.name for p in self.ansprechpersonen.all()] + [
            str(u) for u in self.kolleginnen.all()
        ]

    @property
    def faellig(self) -> bool:
        return self.wiedervorlage is not None and self.wiedervorlage <= timezone.localdate()
