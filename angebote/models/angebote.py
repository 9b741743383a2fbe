"""Angebote (offers) with their taxonomy, target groups, languages and weekly times."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from sozialraum.models import Sozialraum
from sozialraum.werkzeuge.fristen import pruefgrenze
from traeger.models import Barrierefreiheit, Einrichtung, Herkunft, Kennung, Pruefbar, Traeger
from traeger.models.stammdaten import herkunft_eindeutig

from ..altersgruppen import fuer_alle


class Kategorie(Kennung):
    """Handlungsfeld, following SGB VIII and beyond; editable by the Jugendamt."""

    name = models.CharField(_("Name"), max_length=200, unique=True)
    slug = models.SlugField(_("Kürzel"), max_length=100, unique=True)
    paragraf = models.CharField(_("Rechtsgrundlage"), max_length=100, blank=True)
    beschreibung = models.TextField(_("Beschreibung"), blank=True)
    sortierung = models.PositiveSmallIntegerField(_("Sortierung"), default=100)

    class Meta:
        verbose_name = _("Kategorie")
        verbose_name_plural = _("Kategorien")
        ordering = ["sortierung", "name"]

    def __str__(self) -> str:
        return self.name


class Zielgruppe(Kennung):
    name = models.CharField(_("Name"), max_length=200, unique=True)
    slug = models.SlugField(_("Kürzel"), max_length=100, unique=True)
    sortierung = models.PositiveSmallIntegerField(_("Sortierung"), default=100)

    class Meta:
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")
        ordering = ["sortierung", "name"]

    def __str__(self) -> str:
        return self.name


class Sprache(models.Model):
    code = models.CharField(_("ISO-639-1-Code"), max_length=2, primary_key=True)
    name = models.CharField(_("Name"), max_length=100)

    class Meta:
        verbose_name = _("Sprache")
        verbose_name_plural = _("Sprachen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class AngebotQuerySet(models.QuerySet):
    def veroeffentlicht(self):
        return self.filter(status=Angebot.Status.VEROEFFENTLICHT)

    def veraltet(self, heute=None):
        """Never checked, or checked ``PRUEFINTERVALL_MONATE`` months ago or longer: the rule
        of sozialraum/werkzeuge/fristen.py, as a filter."""
        return self.filter(
            models.Q(zuletzt_geprueft__isnull=True)
            | models.Q(zuletzt_geprueft__lte=pruefgrenze(heute))
        )

    def fuer_liste(self):
        """What a result card shows, in a fixed number of queries; the places' areas
        without their boundaries (GeoJSON, up to hundreds of kilobytes each)."""
        return self.select_related("traeger").prefetch_related(
            "zeiten",
            "sprachen",
            models.Prefetch(
                "einrichtungen",
                queryset=Einrichtung.objects.select_related("quartier", "sozialraum").defer(
                    "quelle_werte", "quartier__grenze", "sozialraum__grenze"
                ),
            ),
        )

    def im_gebiet(self, gebiet):
        """Offers running at a place in ``gebiet`` (any level) or serving a Sozialraum there.

        One ``IN (… UNION …)`` of the two link tables, not ``EXISTS … OR EXISTS …``: the
        database builds the set of ids once instead of probing twice for every offer.
        """
        ebene = type(gebiet).__name__.lower()
        orte = Angebot.einrichtungen.through.objects.filter(**{f"einrichtung__{ebene}": gebiet})
        if ebene == "quartier":
            versorgt = {"sozialraum_id": gebiet.sozialraum_id}
        elif ebene == "sozialraum":
            versorgt = {"sozialraum_id": gebiet.pk}
        elif ebene == "regionalraum":
            versorgt = {"sozialraum__regionalraum_id": gebiet.pk}
        else:
            versorgt = {"sozialraum__regionalraum__jugendamt_id": gebiet.pk}
        versorgte = Angebot.sozialraeume.through.objects.filter(**versorgt)
        return self.filter(pk__in=orte.values("angebot_id").union(versorgte.values("angebot_id")))


class Suchwort(models.Model):
    """Every word of every search text: the vocabulary the search expands a query word to
    (angebote/suche/search.py) and corrects typos against."""

    wort = models.CharField(max_length=100, unique=True)
    # How many offers hold the word (its postings, angebote.Vorkommen): the search reads the
    # rarest set of a compound's parts first. An estimate: counted by a full reindex,
    # adjusted when an offer's postings are rewritten, not when an offer is deleted.
    anzahl = models.PositiveIntegerField(_("Anzahl Angebote"), default=0, editable=False)

    class Meta:
        verbose_name = _("Suchwort")
        verbose_name_plural = _("Suchwörter")

    def __str__(self) -> str:
        return self.wort


class Wortteil(models.Model):
    """A part of a compound of the vocabulary at a real word boundary ("drogensucht" →
    "drogen", "sucht"), from the German dictionary (angebote/suche/woerterbuch.py): a query
    word finds the compounds that have it as a part, never an arbitrary infix."""

    teil = models.CharField(max_length=100, db_index=True)
    wort = models.ForeignKey(Suchwort, on_delete=models.CASCADE, related_name="teile")

    class Meta:
        verbose_name = _("Wortteil")
        verbose_name_plural = _("Wortteile")
        constraints = [
            models.UniqueConstraint(fields=["teil", "wort"], name="wortteil_einmal_je_wort")
        ]

    def __str__(self) -> str:
        return f"{self.teil} ⊂ {self.wort_id}"


class Vorkommen(models.Model):
    """Where a vocabulary word occurs: one row per offer and word, with the search fields
    that hold it as bits (``FELD_BITS``). The search's inverted index (angebote/suche/
    search.py), kept by suchindex.reindex(); derived data, rebuilt from the search fields.

    Read by an index-only scan of (wort, angebot, felder) and grouped per offer: a common
    word's tens of thousands of offers are found and ranked without reading the offers."""

    pk = models.CompositePrimaryKey("angebot", "wort")
    angebot = models.ForeignKey(
        "Angebot", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    wort = models.CharField(max_length=100)
    felder = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("Wortvorkommen")
        verbose_name_plural = _("Wortvorkommen")
        indexes = [
            models.Index(fields=["wort", "angebot", "felder"], name="vorkommen_wort_angebot")
        ]

    def __str__(self) -> str:
        return f"{self.wort} in {self.angebot_id}"


# The search fields as bits of ``Vorkommen.felder``; a word of the title that only names the
# place the offer runs at ("Babymassage in der Hebammenpraxis Storchennest") has the bit
# ORT_IM_TITEL instead of the title's (suchindex.ort_im_titel).
FELD_BITS = {"suchtitel": 8, "suchschlagworte": 4, "suchtext": 2, "suchnamen": 1}
ORT_IM_TITEL = 16
# Each bit's weight in the rank (read by search.FELDER): the title first, the place it names
# below it and above the Kategorien and Zielgruppen, then the description, then the names of
# the Träger and Einrichtungen.
FELDGEWICHTE = {8: 8, ORT_IM_TITEL: 6, 4: 4, 2: 2, 1: 1}


class Angebot(Kennung, Herkunft, Pruefbar):
    class Status(models.TextChoices):
        ENTWURF = "entwurf", _("Entwurf")
        PRUEFUNG = "pruefung", _("in Prüfung")
        VEROEFFENTLICHT = "veroeffentlicht", _("veröffentlicht")
        ARCHIVIERT = "archiviert", _("archiviert")

    class Geschlecht(models.TextChoices):
        ALLE = "alle", _("alle Geschlechter")
        MAEDCHEN = "maedchen", _("nur Mädchen / junge Frauen")
        JUNGEN = "jungen", _("nur Jungen / junge Männer")
        FLINTA = "flinta", _("Mädchen, queere und trans* junge Menschen")

    class Kosten(models.TextChoices):
        KOSTENFREI = "kostenfrei", _("kostenfrei")
        GEBUEHR = "gebuehr", _("Gebühr")

    class Anmeldung(models.TextChoices):
        OFFEN = "offen", _("offen, ohne Anmeldung")
        ERFORDERLICH = "erforderlich", _("Anmeldung nötig")

    titel = models.CharField(_("Titel"), max_length=300)
    beschreibung = models.TextField(_("Beschreibung"), blank=True)
    traeger = models.ForeignKey(
        Traeger, on_delete=models.PROTECT, related_name="angebote", verbose_name=_("Träger")
    )
    einrichtungen = models.ManyToManyField(
        Einrichtung, blank=True, related_name="angebote", verbose_name=_("Orte (Einrichtungen)")
    )
    kategorien = models.ManyToManyField(
        Kategorie, blank=True, related_name="angebote", verbose_name=_("Kategorien")
    )
    zielgruppen = models.ManyToManyField(
        Zielgruppe, blank=True, related_name="angebote", verbose_name=_("Zielgruppen")
    )
    alter_von = models.PositiveSmallIntegerField(_("Alter von"), null=True, blank=True)
    alter_bis = models.PositiveSmallIntegerField(_("Alter bis"), null=True, blank=True)
    geschlecht = models.CharField(
        _("Geschlecht"), max_length=20, choices=Geschlecht.choices, default=Geschlecht.ALLE
    )
    sprachen = models.ManyToManyField(
        Sprache, blank=True, related_name="angebote", verbose_name=_("Sprachen")
    )
    kosten = models.CharField(
        _("Kosten"), max_length=20, choices=Kosten.choices, default=Kosten.KOSTENFREI
    )
    kosten_hinweis = models.CharField(_("Hinweis zu Kosten"), max_length=300, blank=True)
    ermaessigt_moeglich = models.BooleanField(_("ermäßigt möglich"), default=False)
    anmeldung = models.CharField(
        _("Anmeldung"), max_length=20, choices=Anmeldung.choices, default=Anmeldung.OFFEN
    )
    barrierefrei = models.CharField(
        _("Barrierefreiheit"),
        max_length=20,
        choices=Barrierefreiheit.choices,
        default=Barrierefreiheit.UNBEKANNT,
    )
    sozialraeume = models.ManyToManyField(
        Sozialraum, blank=True, related_name="angebote", verbose_name=_("versorgte Sozialräume")
    )
    zeiten_hinweis = models.CharField(
        _("Hinweis zu den Zeiten"),
        max_length=300,
        blank=True,
        help_text=_("z. B. „nicht in den Schulferien“"),
    )
    gueltig_von = models.DateField(_("gültig von"), null=True, blank=True)
    gueltig_bis = models.DateField(_("gültig bis"), null=True, blank=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.ENTWURF, db_index=True
    )
    telefon = models.CharField(_("Telefon für Rückfragen"), max_length=100, blank=True)
    email = models.EmailField(_("E-Mail für Rückfragen"), blank=True)
    website = models.URLField(_("Website"), blank=True, max_length=300)
    # Denormalised, normalised search text (see angebote/suche/search.py), kept current on save
    # and by `manage.py reindex`.
    # Four fields, weighted in this order: the title, the keywords (Kategorien and
    # Zielgruppen), the text (description and notes), the names (Träger, Einrichtungen).
    # Addresses, phone numbers, languages and areas are filters, not text.
    suchtitel = models.TextField(editable=False, default="")
    suchschlagworte = models.TextField(editable=False, default="")
    suchtext = models.TextField(editable=False, default="")
    suchnamen = models.TextField(editable=False, default="")
    # The offer's facet keys ("k<Kategorie> z<Zielgruppe> s:<Sprache> g<Sozialraum of a
    # place>"), kept with the search text (suchindex.py): facetten.py counts them in one pass
    # over the results instead of joining four link tables.
    facetten = models.TextField(editable=False, default="")
    history = HistoricalRecords(
        excluded_fields=[
            "suchtitel",
            "suchschlagworte",
            "suchtext",
            "suchnamen",
            "facetten",
            "quelle_werte",
        ]
    )

    objects = AngebotQuerySet.as_manager()

    class Meta:
        verbose_name = _("Angebot")
        verbose_name_plural = _("Angebote")
        ordering = ["titel"]
        indexes = [
            models.Index(fields=["status", "titel"]),
            # The admin list sorts all offers by title (ORDER BY titel, id DESC LIMIT 51).
            models.Index(fields=["titel"], name="angebote_titel_idx"),
            models.Index(fields=["zuletzt_geprueft"]),
            # The Aktualität's list, page by page in this order (aktualitaet/frische.py).
            models.Index(
                fields=["status", "zuletzt_geprueft", "titel", "id"],
                name="angebote_status_pruefung_idx",
            ),
            models.Index(fields=["alter_von", "alter_bis"]),
        ]
        constraints = [herkunft_eindeutig("angebot_eine_quelle_id")]

    def __str__(self) -> str:
        return self.titel

    def get_absolute_url(self) -> str:
        return reverse("angebote:angebot", args=[self.pk])

    def clean(self):
        if (
            self.alter_von is not None
            and self.alter_bis is not None
            and self.alter_von > self.alter_bis
        ):
            raise ValidationError({"alter_bis": _("„Alter bis“ muss mindestens „Alter von“ sein.")})
        if self.gueltig_von and self.gueltig_bis and self.gueltig_von > self.gueltig_bis:
            raise ValidationError({"gueltig_bis": _("Das Ende liegt vor dem Beginn.")})
        if self.kosten == self.Kosten.GEBUEHR and not self.kosten_hinweis:
            raise ValidationError(
                {"kosten_hinweis": _("Bitte die Gebühr angeben, z. B. „5 € pro Termin“.")}
            )

    @property
    def alter_text(self) -> str:
        if fuer_alle(self.alter_von, self.alter_bis):  # also "0–99": the gap table's rule
            return str(_("alle Altersgruppen"))
        if self.alter_bis is None:
            return str(_("ab %(von)d Jahren")) % {"von": self.alter_von}
        if self.alter_von is None or self.alter_von == 0:
            return str(_("bis %(bis)d Jahre")) % {"bis": self.alter_bis}
        return str(_("%(von)d–%(bis)d Jahre")) % {"von": self.alter_von, "bis": self.alter_bis}


class Angebotszeit(Kennung):
    """One weekly slot; an offer may have several per weekday."""

    class Wochentag(models.IntegerChoices):
        MONTAG = 0, _("Montag")
        DIENSTAG = 1, _("Dienstag")
        MITTWOCH = 2, _("Mittwoch")
        DONNERSTAG = 3, _("Donnerstag")
        FREITAG = 4, _("Freitag")
        SAMSTAG = 5, _("Samstag")
        SONNTAG = 6, _("Sonntag")

    angebot = models.ForeignKey(Angebot, on_delete=models.CASCADE, related_name="zeiten")
    wochentag = models.PositiveSmallIntegerField(_("Wochentag"), choices=Wochentag.choices)
    von = models.TimeField(_("von"))
    bis = models.TimeField(_("bis"))

    class Meta:
        verbose_name = _("Zeit")
        verbose_name_plural = _("Zeiten")
        ordering = ["wochentag", "von"]
        indexes = [
            models.Index(fields=["wochentag", "von", "bis"]),
            # For the weekday filter's EXISTS per offer: without it SQLite probes by weekday
            # and reads a third of all slots for every offer (bench/RESULTS.md).
            models.Index(fields=["angebot", "wochentag"], name="angebote_zeit_angebot_tag_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_wochentag_display()} {self.von:%H:%M}–{self.bis:%H:%M}"

    def clean(self):
        if self.von and self.bis and self.von >= self.bis:
            raise ValidationError({"bis": _("Das Ende muss nach dem Beginn liegen.")})

    @property
    def kurz(self) -> str:
        tage = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
        return f"{tage[self.wochentag]} {self.von:%H:%M}–{self.bis:%H:%M}"


class VorschlagQuerySet(models.QuerySet):
    def offen(self):
        """Waiting for the Jugendamt's review."""
        return self.filter(status=Aenderungsvorschlag.Status.OFFEN)

    def ausstehend(self):
        """Not yet applied: waiting for the review, or back with the Träger-Redaktion."""
        return self.filter(status__in=Aenderungsvorschlag.AUSSTEHEND)

    def fuer_liste(self):
        return self.select_related("angebot__traeger", "eingereicht_von", "geprueft_von")


class Aenderungsvorschlag(models.Model):
    """A Träger-Redaktion's change to an offer, waiting for the Jugendamt (angebote/redaktion/pruefung.py).

    ``daten`` holds all proposed values as JSON (see ``pruefung.werte_von``); ``basis`` the
    offer's values when the proposal was last saved, so that the review shows exactly what
    the Redaktion changed and what changed in the offer meanwhile. ``neu``: the offer was
    not published yet, and the approval publishes it.
    """

    class Status(models.TextChoices):
        OFFEN = "offen", _("in Prüfung")
        ZURUECKGEGEBEN = "zurueckgegeben", _("zurückgegeben")
        UEBERNOMMEN = "uebernommen", _("freigegeben")
        ZURUECKGEZOGEN = "zurueckgezogen", _("zurückgezogen")

    AUSSTEHEND = (Status.OFFEN, Status.ZURUECKGEGEBEN)

    angebot = models.ForeignKey(
        Angebot, on_delete=models.PROTECT, related_name="vorschlaege", verbose_name=_("Angebot")
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.OFFEN, db_index=True
    )
    neu = models.BooleanField(
        _("noch nicht veröffentlicht"),
        default=False,
        help_text=_("Mit der Freigabe wird das Angebot veröffentlicht."),
    )
    daten = models.JSONField(_("vorgeschlagene Werte"))
    basis = models.JSONField(_("Stand des Angebots beim Vorschlag"), default=dict, blank=True)
    eingereicht_von = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("eingereicht von"),
    )
    eingereicht_am = models.DateTimeField(_("eingereicht am"), default=timezone.now)
    # Without a person: how it came (the review pages say so instead of a name).
    eingereicht_ueber = models.CharField(
        _("eingereicht über"),
        max_length=20,
        choices=[
            ("", _("eine Person im Register")),
            ("pruefrunde", _("eine Prüfrunde")),
            ("import", _("einen Import")),
        ],
        default="",
        blank=True,
    )
    geprueft_von = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("geprüft von"),
    )
    geprueft_am = models.DateTimeField(_("geprüft am"), null=True, blank=True)
    kommentar = models.TextField(_("Kommentar der Prüfung"), blank=True)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    objects = VorschlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("Änderungsvorschlag")
        verbose_name_plural = _("Änderungsvorschläge")
        ordering = ["eingereicht_am", "pk"]
        constraints = [
            # One proposal per offer at a time: a second edit updates it.
            models.UniqueConstraint(
                fields=["angebot"],
                condition=models.Q(status__in=["offen", "zurueckgegeben"]),
                name="angebote_ein_ausstehender_vorschlag",
            )
        ]
        indexes = [models.Index(fields=["status", "eingereicht_am"])]
        permissions = [
            ("pruefen_aenderungsvorschlag", _("Änderungsvorschläge prüfen und freigeben"))
        ]

    def __str__(self) -> str:
        return str(_("Änderung an „%(titel)s“")) % {"titel": self.angebot.titel}

    def get_absolute_url(self) -> str:
        return reverse("angebote:vorschlag", args=[self.pk])

    @property
    def ausstehend(self) -> bool:
        return self.status in self.AUSSTEHEND
