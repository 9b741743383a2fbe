"""Import and export of Träger, Einrichtungen and Ansprechpersonen (admin, CSV and XLSX).

Keys: a Träger and an Einrichtung by ``externe_id`` (required for new ones), an
Ansprechperson by Träger and name; every record also by ``id``. References to other
records use the same keys: a Träger as its ``externe_id`` (or „id:17“ or its exact name),
an Einrichtung as its ``externe_id``, areas by their official key (Schlüssel). Columns
and formats for users: ``docs/verwaltung.md``.
"""

from django.utils.translation import gettext_lazy as _
from import_export.fields import Field

from sozialraum.austausch.ressourcen import Ressource
from sozialraum.austausch.zellen import ListenWidget, SchluesselWidget, TextWidget
from sozialraum.models import Quartier, Regionalraum, Sozialraum

from .models import Ansprechperson, Einrichtung, Traeger

KONTAKT = ("strasse", "plz", "ort", "telefon", "email", "website")


def _traeger_feld() -> Field:
    return Field(
        attribute="traeger",
        column_name="traeger",
        widget=SchluesselWidget(Traeger, "externe_id", namensfeld="name"),
    )


def _traeger_name() -> Field:
    return Field(
        attribute="traeger__name", column_name="traeger_name", widget=TextWidget(), readonly=True
    )


def _gebiet(model, name: str) -> Field:
    return Field(attribute=name, column_name=name, widget=SchluesselWidget(model, "schluessel"))


class TraegerRessource(Ressource):
    schluessel = ("externe_id",)
    vorab = ("sozialraeume",)
    sozialraeume = Field(
        attribute="sozialraeume",
        column_name="sozialraeume",
        widget=ListenWidget(Sozialraum, ("schluessel", "name")),
    )
    beschreibungen = {
        "id": _("ID im Register (leer lassen für neue Träger)"),
        "sozialraeume": _("Sozialräume, in denen der Träger tätig ist (Schlüssel oder Name)"),
    }

    class Meta:
        model = Traeger
        fields = (
            "id",
            "externe_id",
            "name",
            "traegerschaft",
            "art",
            "beschreibung",
            *KONTAKT,
            "sozialraeume",
            "zuletzt_geprueft",
        )
        import_order = export_order = fields
        name = _("Träger")


class EinrichtungRessource(Ressource):
    schluessel = ("externe_id",)
    verwandte = ("traeger", "quartier", "sozialraum", "regionalraum")
    traeger = _traeger_feld()
    traeger_name = _traeger_name()
    quartier = _gebiet(Quartier, "quartier")
    sozialraum = _gebiet(Sozialraum, "sozialraum")
    regionalraum = _gebiet(Regionalraum, "regionalraum")
    beschreibungen = {
        "id": _("ID im Register (leer lassen für neue Einrichtungen)"),
        "traeger_name": _("Name des Trägers"),
        "quartier": _("Quartier; Sozialraum und Regionalraum ergeben sich daraus"),
    }

    class Meta:
        model = Einrichtung
        fields = (
            "id",
            "externe_id",
            "traeger",
            "traeger_name",
            "name",
            "art",
            "beschreibung",
            *KONTAKT,
            "lat",
            "lon",
            "quartier",
            "sozialraum",
            "regionalraum",
            "barrierefrei",
            "barrierefrei_hinweis",
            "oeffnungszeiten",
            "zuletzt_geprueft",
        )
        import_order = export_order = fields
        name = _("Einrichtungen")

    def nach_import(self, instance, row) -> None:
        # The coarser areas follow the finest one on save; do it now, so that an unchanged
        # row compares equal and is skipped.
        instance.verorten()


class AnsprechpersonRessource(Ressource):
    """Personal data: the admin allows it to the Jugendamt-Administration only."""

    schluessel = ("traeger", "name")
    verwandte = ("traeger", "einrichtung")
    traeger = _traeger_feld()
    traeger_name = _traeger_name()
    einrichtung = Field(
        attribute="einrichtung",
        column_name="einrichtung",
        widget=SchluesselWidget(Einrichtung, "externe_id"),
    )
    beschreibungen = {
        "id": _("ID im Register (leer lassen für neue Ansprechpersonen)"),
        "traeger_name": _("Name des Trägers"),
        "oeffentlich": _(
            "öffentlich sichtbar: nur mit Datum der Einwilligung (Spalte einwilligung_am)"
        ),
    }

    class Meta:
        model = Ansprechperson
        fields = (
            "id",
            "traeger",
            "traeger_name",
            "einrichtung",
            "name",
            "funktion",
            "telefon",
            "email",
            "oeffentlich",
            "einwilligung_am",
            "einwilligung_umfang",
            "zuletzt_geprueft",
        )
        import_order = export_order = fields
        name = _("Ansprechpersonen")
