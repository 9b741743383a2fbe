"""What Fachkräfte know about a Sozialraum: its resources and its barriers (ISAR's
Sozialraumdialog, "Ressourcen und Barrieren").

A Ressource is something people in the area can use: a place, a group, a Verein, an
initiative, a room, or a person *in her role* ("Hausmeister der Schule"), never a private
person by name. A Barriere is what keeps people from something ("kein Bus nach 20 Uhr").
Both come from a Sitzung (a Sozialraumdialog, a Sozialraumkonferenz: the Sitzung and its
TOP) or from a Fachkraft directly, carry who recorded them (personal data,
docs/datenschutz.md) and are seen as Vernetzung contacts are (``Kontakt.Sichtbarkeit``, one
rule: ``traeger.models.kontakte.sichtbarkeit_bedingung``). Ended entries are kept (history),
never deleted from the normal UI.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from angebote.suche.woerterbuch import zerlegen
from gremien.models import Sitzung, Tagesordnungspunkt
from sozialraum.models import Quartier, Regionalraum, Sozialraum
from sozialraum.werkzeuge.suchtext import woerter
from traeger.models import Einrichtung, Kontakt, Pruefbar, Traeger
from traeger.models.kontakte import sichtbarkeit_bedingung

HINWEIS_PERSONEN = _(
    "Keine Namen von Privatpersonen: Personen nur in ihrer Rolle nennen, "
    "z. B. „Hausmeister der Grundschule“."
)


def suchwoerter_fuer(eintrag) -> str:
    """The entry's normalised words and their compound parts, space-delimited (also at both
    ends), for the offers' search (sozialraumarbeit/raumwissen/suche.py explains why)."""
    teile = [eintrag.titel, eintrag.beschreibung, str(eintrag.get_art_display())]
    if eintrag.traeger_id:
        teile.append(eintrag.traeger.name)
    menge: set[str] = set()
    for wort in woerter(" ".join(teile)):
        menge.add(wort)
        menge.update(zerlegen(wort))
    return f" {' '.join(sorted(menge))} " if menge else ""


def suchwoerter_neu_bestimmen(using: str = "default", stueck: int = 500) -> int:
    """Every Ressource's and Barriere's search words again, after a change to the compound
    splitter (angebote.suche.woerterbuch.zerlegen; the migrations that follow one). Written
    with ``update()``: no history entry, no new ``updated_at`` (nothing a person wrote
    changed). Returns how many entries changed."""
    from . import Barriere, Ressource

    geaendert = 0
    for modell in (Ressource, Barriere):
        eintraege = modell.objects.using(using).select_related("traeger")
        letzte = 0
        while teil := list(eintraege.filter(pk__gt=letzte).order_by("pk")[:stueck]):
            for eintrag in teil:
                neu = suchwoerter_fuer(eintrag)
                if neu != eintrag.suchwoerter:
                    modell.objects.using(using).filter(pk=eintrag.pk).update(suchwoerter=neu)
                    geaendert += 1
            letzte = teil[-1].pk
    return geaendert


class Herkunft(models.TextChoices):
    SITZUNG = "sitzung", _("aus einer Sitzung (Sozialraumdialog, Sozialraumkonferenz)")
    FACHKRAFT = "fachkraft", _("von einer Fachkraft erfasst")


class RaumwissenQuerySet(models.QuerySet):
    def sichtbar_fuer(self, user):
        """The entries ``user`` may see: the model permission, then the contacts' rule."""
        perm = f"{self.model._meta.app_label}.view_{self.model._meta.model_name}"
        if not (user.is_authenticated and user.has_perm(perm)):
            return self.none()
        return self.filter(sichtbarkeit_bedingung(user))

    def aktuell(self):
        return self.filter(beendet_am__isnull=True)

    def im_gebiet(self, gebiet):
        if isinstance(gebiet, Regionalraum):
            return self.filter(sozialraum__regionalraum=gebiet)
        if isinstance(gebiet, Sozialraum):
            return self.filter(sozialraum=gebiet)
        if isinstance(gebiet, Quartier):
            return self.filter(quartier=gebiet)
        return self.none()

    def fuer_liste(self):
        """What a row shows (area, Träger, Einrichtung, source, recorder), in one query."""
        return self.select_related(
            "sozialraum",
            "quartier",
            "traeger",
            "einrichtung",
            "sitzung__gremium",
            "top",
            "erfasst_von",
        )


class Raumwissen(Pruefbar):
    """What Ressource and Barriere share; ``zuletzt_geprueft``, ``updated_at`` from Pruefbar."""

    sozialraum = models.ForeignKey(
        Sozialraum,
        on_delete=models.PROTECT,
        related_name="%(class)sn",
        verbose_name=_("Sozialraum"),
    )
    quartier = models.ForeignKey(
        Quartier,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)sn",
        verbose_name=_("Quartier"),
        help_text=_("Nur wenn es einen bestimmten Teil des Sozialraums betrifft."),
    )
    titel = models.CharField(_("Titel"), max_length=200)
    beschreibung = models.TextField(
        _("Beschreibung"),
        blank=True,
        help_text=_("z. B. wann und wie es nutzbar ist, wen man fragt (in der Rolle)."),
    )
    traeger = models.ForeignKey(
        Traeger,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)sn",
        verbose_name=_("Träger"),
        help_text=_("Wenn es zu einem Träger gehört (eine Schule, ein Verein)."),
    )
    einrichtung = models.ForeignKey(
        Einrichtung,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)sn",
        verbose_name=_("Einrichtung"),
    )
    herkunft = models.CharField(
        _("Herkunft"), max_length=20, choices=Herkunft.choices, default=Herkunft.FACHKRAFT
    )
    sitzung = models.ForeignKey(
        Sitzung,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)sn",
        verbose_name=_("aus der Sitzung"),
    )
    top = models.ForeignKey(
        Tagesordnungspunkt,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)sn",
        verbose_name=_("zum Tagesordnungspunkt"),
    )
    erfasst_von = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="%(class)sn_erfasst",
        verbose_name=_("erfasst von"),
    )
    sichtbarkeit = models.CharField(
        _("Wer darf den Eintrag sehen?"),
        max_length=10,
        choices=Kontakt.Sichtbarkeit.choices,
        default=Kontakt.Sichtbarkeit.ALLE,
    )
    eigener_traeger = models.ForeignKey(
        Traeger,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)sn_erfasst",
        verbose_name=_("für meinen Träger"),
        help_text=_("Nur nötig, wenn nur Ihr Träger den Eintrag sehen soll."),
    )
    beendet_am = models.DateField(
        _("beendet am"),
        null=True,
        blank=True,
        help_text=_("Gibt es nicht mehr oder stimmt nicht mehr; bleibt in der Historie."),
    )
    # Normalised words and compound parts of title, description, kind and Träger for the
    # offers' search (sozialraumarbeit/raumwissen/suche.py), kept current on save.
    suchwoerter = models.TextField(editable=False, default="")

    objects = RaumwissenQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.titel

    def save(self, *args, **kwargs):
        self.suchwoerter = suchwoerter_fuer(self)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "suchwoerter"}
        super().save(*args, **kwargs)

    @property
    def typ(self) -> str:
        return self._meta.model_name

    def get_absolute_url(self) -> str:
        return reverse("sozialraumarbeit:raumwissen:eintrag", args=[self.typ, self.pk])

    def brotkrumen(self) -> list[tuple[str, str]]:
        return [
            (self.sozialraum.name, self.sozialraum.get_absolute_url()),
            (str(self), self.get_absolute_url()),
        ]


class Ressource(Raumwissen):
    class Art(models.TextChoices):
        RAUM = "raum", _("nutzbarer Raum")
        ORT = "ort", _("Ort, Platz")
        VEREIN = "verein", _("Verein, Gruppe")
        INITIATIVE = "initiative", _("Initiative, Nachbarschaft")
        EINRICHTUNG = "einrichtung", _("Einrichtung")
        ROLLE = "rolle", _("Person in ihrer Rolle")
        SONSTIGES = "sonstiges", _("sonstige Ressource")

    art = models.CharField(_("Art"), max_length=20, choices=Art.choices, default=Art.ORT)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Ressource")
        verbose_name_plural = _("Ressourcen")
        ordering = ["titel", "pk"]
        indexes = [models.Index(fields=["sozialraum", "beendet_am"])]


class Barriere(Raumwissen):
    class Art(models.TextChoices):
        MOBILITAET = "mobilitaet", _("Erreichbarkeit, Verkehr")
        ORT = "ort", _("Ort fehlt oder ist gesperrt")
        SPRACHE = "sprache", _("Sprache")
        ZUGANG = "zugang", _("Zugang, Barrierefreiheit")
        KOSTEN = "kosten", _("Kosten")
        ANGEBOT = "angebot", _("Angebot fehlt")
        SICHERHEIT = "sicherheit", _("Sicherheit")
        SONSTIGES = "sonstiges", _("sonstige Barriere")

    class Status(models.TextChoices):
        OFFEN = "offen", _("offen")
        IN_ARBEIT = "in_arbeit", _("in Arbeit")
        BEHOBEN = "behoben", _("behoben")

    art = models.CharField(_("Art"), max_length=20, choices=Art.choices, default=Art.SONSTIGES)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.OFFEN
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Barriere")
        verbose_name_plural = _("Barrieren")
        ordering = ["titel", "pk"]
        indexes = [models.Index(fields=["sozialraum", "status"])]


TYPEN = {"ressource": Ressource, "barriere": Barriere}
