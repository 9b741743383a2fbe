"""Import and export of Angebote (admin, CSV and XLSX).

An Angebot is found by ``id`` or by Träger and Titel (titles are unique per Träger, as in
the demo). Kategorien, Zielgruppen and Sprachen are given by name (Sprachen also by code),
Orte by the Einrichtungen' ``externe_id``, served Sozialräume by Schlüssel or name, the
weekly times as text („Mo, Mi 14:00-16:00; Fr 9:30-11:30“). The search index is paused
during an import and rebuilt once for the imported offers at its end (inside the import's
transaction, so a rolled-back import leaves the index as it was). Columns for users:
``docs/verwaltung.md``.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import widgets
from import_export.fields import Field
from import_export.results import RowResult

from sozialraum.austausch.ressourcen import Ressource
from sozialraum.austausch.zellen import ListenWidget, SchluesselWidget, TextWidget, text
from sozialraum.models import Sozialraum
from traeger.models import Einrichtung, Traeger

from .models import Angebot, Angebotszeit, Kategorie, Sprache, Zielgruppe
from .redaktion.felder import MIT_ZEITEN
from .redaktion.pruefung import PruefungFehler, angebot_veroeffentlichen
from .signals import suchindex_pausiert
from .suche.suchindex import reindex

KUERZEL = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
TAGNAMEN = {
    **{k.lower(): i for i, k in enumerate(KUERZEL)},
    **{str(label).lower(): wert for wert, label in Angebotszeit.Wochentag.choices},
}
_ZEIT = r"(\d{1,2})(?:[:.](\d{2}))?"
_TEIL = re.compile(rf"^(?P<tage>[^\d]+?)\s*{_ZEIT}\s*(?:Uhr)?\s*[-–]\s*{_ZEIT}\s*(?:Uhr)?$")
BEISPIEL = "Mo, Mi 14:00-16:00; Fr 9:30-11:30"


def _uhrzeit(stunde: str, minute: str | None) -> datetime.time:
    return datetime.time(int(stunde), int(minute or 0))


def _tage(angabe: str, teil: str) -> list[int]:
    tage = []
    angabe = re.sub(r"\s*[-–]\s*", "-", angabe.strip())
    for stueck in re.split(r"\s*,\s*|\s+", angabe):
        von, _strich, bis = stueck.replace("–", "-").partition("-")
        try:
            erster = TAGNAMEN[von.strip().lower()]
            letzter = TAGNAMEN[bis.strip().lower()] if bis else erster
        except KeyError:
            raise ValueError(
                _("„%(teil)s“: unbekannter Wochentag; bitte %(tage)s.")
                % {"teil": teil, "tage": ", ".join(KUERZEL)}
            ) from None
        tage.extend(range(erster, letzter + 1))
    return tage


def zeiten_lesen(wert) -> set[tuple[int, datetime.time, datetime.time]]:
    """„Mo, Mi 14:00-16:00; Fr 9:30-11:30“ → {(0, 14:00, 16:00), (2, …), (4, …)}."""
    zeiten = set()
    for teil in (t.strip() for t in text(wert).split(";")):
        if not teil:
            continue
        treffer = _TEIL.match(teil)
        if not treffer:
            raise ValueError(
                _("„%(teil)s“ ist keine Zeitangabe; Beispiel: „%(beispiel)s“.")
                % {"teil": teil, "beispiel": BEISPIEL}
            )
        try:
            von = _uhrzeit(treffer.group(2), treffer.group(3))
            bis = _uhrzeit(treffer.group(4), treffer.group(5))
        except ValueError:
            raise ValueError(_("„%(teil)s“: keine gültige Uhrzeit.") % {"teil": teil}) from None
        if von >= bis:
            raise ValueError(
                _("„%(teil)s“: das Ende muss nach dem Beginn liegen.") % {"teil": teil}
            )
        zeiten.update((tag, von, bis) for tag in _tage(treffer.group("tage"), teil))
    return zeiten


def zeiten_text(zeiten) -> str:
    return "; ".join(
        f"{KUERZEL[z.wochentag]} {z.von:%H:%M}-{z.bis:%H:%M}"
        for z in sorted(zeiten, key=lambda z: (z.wochentag, z.von, z.bis))
    )


def spalten_aus_formular() -> tuple[str, ...]:
    """The columns: the offer's editable fields in the form page's order (felder.py, the one
    list; a field added there is imported and exported too), the weekly times where the
    page shows them, with the key and what only the Verwaltung sets."""
    formular = [f for f in MIT_ZEITEN if f != "titel"]
    return ("id", "titel", "traeger", "traeger_name", *formular, "status", "zuletzt_geprueft")


def _liste(model, *felder, klein=True) -> ListenWidget:
    return ListenWidget(model, felder, klein=klein)


class AngebotRessource(Ressource):
    schluessel = ("traeger", "titel")
    verwandte = ("traeger",)
    vorab = ("einrichtungen", "kategorien", "zielgruppen", "sprachen", "sozialraeume", "zeiten")
    traeger = Field(
        attribute="traeger",
        column_name="traeger",
        widget=SchluesselWidget(Traeger, "externe_id", namensfeld="name"),
    )
    traeger_name = Field(
        attribute="traeger__name", column_name="traeger_name", widget=TextWidget(), readonly=True
    )
    einrichtungen = Field(
        attribute="einrichtungen",
        column_name="einrichtungen",
        widget=_liste(Einrichtung, "externe_id", klein=False),
    )
    kategorien = Field(
        attribute="kategorien", column_name="kategorien", widget=_liste(Kategorie, "name", "slug")
    )
    zielgruppen = Field(
        attribute="zielgruppen",
        column_name="zielgruppen",
        widget=_liste(Zielgruppe, "name", "slug"),
    )
    sprachen = Field(
        attribute="sprachen", column_name="sprachen", widget=_liste(Sprache, "name", "code")
    )
    sozialraeume = Field(
        attribute="sozialraeume",
        column_name="sozialraeume",
        widget=_liste(Sozialraum, "schluessel", "name"),
    )
    # No attribute: read in ``nach_import``, written in ``after_save_instance``.
    zeiten = Field(column_name="zeiten", widget=widgets.Widget())
    beschreibungen = {
        "id": gettext_lazy("ID im Register (leer lassen für neue Angebote)"),
        "traeger_name": gettext_lazy("Name des Trägers"),
        "einrichtungen": gettext_lazy("Orte: externe Kennungen der Einrichtungen"),
        "kategorien": gettext_lazy("Kategorien (Namen)"),
        "zielgruppen": gettext_lazy("Zielgruppen (Namen)"),
        "sprachen": gettext_lazy("Sprachen (Namen oder ISO-Codes, z. B. de; ar)"),
        "sozialraeume": gettext_lazy("versorgte Sozialräume (Schlüssel oder Name)"),
        "zeiten": gettext_lazy("Zeiten je Woche, z. B. „Mo, Mi 14:00-16:00; Fr 9:30-11:30“"),
    }

    class Meta:
        model = Angebot
        fields = spalten_aus_formular()
        import_order = export_order = fields
        name = gettext_lazy("Angebote")

    def dehydrate_zeiten(self, angebot) -> str:
        return zeiten_text(angebot.zeiten.all()) if angebot.pk else ""

    def nach_import(self, instance, row) -> None:
        if "zeiten" in row:
            try:
                instance._zeiten_import = zeiten_lesen(row["zeiten"])
            except ValueError as e:
                raise ValidationError({"zeiten": [str(e)]}) from None

    @staticmethod
    def _zeiten_jetzt(angebot) -> set:
        if angebot.pk is None:
            return set()
        return {(z.wochentag, z.von, z.bis) for z in angebot.zeiten.all()}  # prefetched

    def zusaetze_unveraendert(self, instance, row) -> bool:
        neu = getattr(instance, "_zeiten_import", None)
        return neu is None or neu == self._zeiten_jetzt(instance)

    def before_save_instance(self, instance, row, **kwargs):
        """A row that makes an offer public goes the review's way (``angebot_veroeffentlichen``,
        after the save): the row saves it with the status it had."""
        super().before_save_instance(instance, row, **kwargs)
        instance._veroeffentlichen = False
        if instance.status != Angebot.Status.VEROEFFENTLICHT:
            return
        vorher = (
            Angebot.objects.filter(pk=instance.pk).values_list("status", flat=True).first()
            if instance.pk
            else None
        )
        if vorher != Angebot.Status.VEROEFFENTLICHT:
            instance.status = vorher or Angebot.Status.PRUEFUNG
            instance._veroeffentlichen = True

    def after_save_instance(self, instance, row, **kwargs):
        self._zeiten_speichern(instance)
        if getattr(instance, "_veroeffentlichen", False):
            try:
                angebot_veroeffentlichen(
                    instance, kwargs.get("user"), grund=instance._change_reason
                )
            except PruefungFehler as fehler:
                raise ValidationError({"status": [str(fehler)]}) from None
            instance.refresh_from_db()

    def _zeiten_speichern(self, instance) -> None:
        neu = getattr(instance, "_zeiten_import", None)
        if neu is None or neu == self._zeiten_jetzt(instance):
            return
        Angebotszeit.objects.filter(angebot=instance).delete()
        Angebotszeit.objects.bulk_create(
            Angebotszeit(angebot=instance, wochentag=tag, von=von, bis=bis)
            for tag, von, bis in sorted(neu)
        )
        # The preview reads the times again: not from the prefetched (now stale) ones.
        getattr(instance, "_prefetched_objects_cache", {}).pop("zeiten", None)

    def import_data(self, dataset, **kwargs):
        with suchindex_pausiert():
            return super().import_data(dataset, **kwargs)

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        if kwargs.get("dry_run"):
            return
        geaendert = {RowResult.IMPORT_TYPE_NEW, RowResult.IMPORT_TYPE_UPDATE}
        reindex([r.object_id for r in result.rows if r.import_type in geaendert and r.object_id])
