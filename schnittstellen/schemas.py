"""The shapes of /api/v1/'s answers (pydantic, through django-ninja): the OpenAPI document
is generated from them, and every answer is validated against them before it leaves.

Every record carries ``id`` (its stable UUID, the same as in the HSDS export) and ``pk``
(the number in the registry's own URLs). Field names follow the models (German domain
words); choices go out as their stored value plus a German label (``…_text``).
"""

import datetime
from typing import Any, Literal
from uuid import UUID

from ninja import Schema
from pydantic import Field


class Fehler(Schema):
    """Every refusal: a German text, or for invalid input one entry per problem."""

    detail: str | list[dict[str, Any]]


class Verweis(Schema):
    """Another record, by its ids and name."""

    id: UUID
    pk: int
    name: str
    url: str = Field(description="die Seite im Register")


class Begriff(Schema):
    """A term of a list: Kategorie, Zielgruppe (``wert`` = Kürzel), Sprache (ISO 639-1)."""

    wert: str = Field(description="der Wert, den der gleichnamige Suchfilter nimmt")
    name: str


class Gebietsverweis(Schema):
    ebene: Literal["jugendamt", "regionalraum", "sozialraum", "quartier"]
    schluessel: str
    name: str
    url: str


class Ort(Schema):
    """An Einrichtung as a place of an offer or of a Träger."""

    id: UUID
    pk: int
    name: str
    strasse: str
    plz: str
    ort: str
    telefon: str
    lat: float | None
    lon: float | None
    sozialraum: Gebietsverweis | None
    archiviert: bool
    url: str


class Zeit(Schema):
    """A weekly slot: weekday 0 = Monday … 6 = Sunday, times as HH:MM."""

    wochentag: int = Field(ge=0, le=6)
    wochentag_text: str
    von: str = Field(pattern=r"^\d\d:\d\d$")
    bis: str = Field(pattern=r"^\d\d:\d\d$")


class AngebotKurz(Schema):
    """What a result card shows."""

    id: UUID
    pk: int
    titel: str
    url: str
    traeger: Verweis
    orte: list[Ort]
    zeiten: list[Zeit]
    zeiten_hinweis: str
    alter_von: int | None
    alter_bis: int | None
    alter_text: str
    sprachen: list[Begriff]
    kosten: str
    kosten_text: str
    kosten_hinweis: str
    ermaessigt_moeglich: bool
    anmeldung: str
    anmeldung_text: str
    barrierefrei: str
    barrierefrei_text: str
    zuletzt_geprueft: datetime.date | None


class Angebot(AngebotKurz):
    """An offer as its page shows it."""

    status: str
    status_text: str
    beschreibung: str
    kategorien: list[Begriff]
    zielgruppen: list[Begriff]
    geschlecht: str
    geschlecht_text: str
    sozialraeume: list[Gebietsverweis]
    gueltig_von: datetime.date | None
    gueltig_bis: datetime.date | None
    telefon: str
    email: str
    website: str


class AngebotVerweis(Schema):
    id: UUID
    pk: int
    titel: str
    url: str


class Ansprechperson(Schema):
    """Who the caller may see: with a role all, marked ``intern`` unless published with
    consent; without a role only the published ones (traeger/datenschutz.py)."""

    id: UUID
    pk: int
    name: str
    funktion: str
    telefon: str
    email: str
    einrichtung: str | None
    intern: bool


class Einrichtung(Ort):
    art: str
    art_text: str
    beschreibung: str
    email: str
    website: str
    traeger: Verweis
    quartier: Gebietsverweis | None
    regionalraum: Gebietsverweis | None
    jugendamt: Gebietsverweis | None
    plaetze: int | None
    barrierefrei: str
    barrierefrei_text: str
    barrierefrei_hinweis: str
    oeffnungszeiten: str
    zuletzt_geprueft: datetime.date | None
    ansprechpersonen: list[Ansprechperson]
    angebote: list[AngebotVerweis]


class Traeger(Schema):
    id: UUID
    pk: int
    name: str
    url: str
    art: str
    art_text: str
    traegerschaft: str
    traegerschaft_text: str
    beschreibung: str
    andere_namen: str
    strasse: str
    plz: str
    ort: str
    telefon: str
    email: str
    website: str
    zuletzt_geprueft: datetime.date | None
    sozialraeume: list[Gebietsverweis]
    einrichtungen: list[Ort]
    ansprechpersonen: list[Ansprechperson]
    angebote: list[AngebotVerweis]


class Facette(Schema):
    wert: str = Field(description="der Wert für den gleichnamigen Suchfilter")
    name: str
    anzahl: int


class Facetten(Schema):
    kategorie: list[Facette]
    zielgruppe: list[Facette]
    sprache: list[Facette]
    gebiet: list[Facette] = Field(description="Sozialräume")
    jugendamt: list[Facette] = Field(description="nur bei mehreren Jugendämtern")
    traeger: list[Facette]


class Anfrage(Schema):
    """How the search understood the text, as the page tells it (its internal search terms
    are not shown: a corrected term can be a word of somebody's unpublished offer)."""

    text: str
    korrekturen: dict[str, str] = Field(
        description="Wort → verbessertes Wort, nach dem gesucht wurde (das Wort selbst fand nichts)"
    )
    vorschlaege: dict[str, str] = Field(
        description="„Meinten Sie …?“: Wort → ähnliches Wort; gesucht wurde nach dem Wort selbst"
    )
    unbekannt: list[str]


class Seiten(Schema):
    seite: int
    seiten: int
    pro_seite: int
    vorherige: int | None
    naechste: int | None


class Suchergebnis(Schema):
    anzahl: int
    seiten: Seiten
    anfrage: Anfrage
    ergebnisse: list[AngebotKurz]
    facetten: Facetten


class Gebietseigenschaften(Schema):
    ebene: Literal["jugendamt", "regionalraum", "sozialraum", "quartier"]
    ebene_text: str
    schluessel: str
    name: str
    eltern: str | None = Field(description="Schlüssel des Gebiets darüber")
    url: str


class Gebietsgrenze(Schema):
    type: Literal["Feature"]
    id: str
    geometry: dict[str, Any] | None = Field(description="GeoJSON-Geometrie in WGS84")
    properties: Gebietseigenschaften


class Gebiete(Schema):
    type: Literal["FeatureCollection"]
    features: list[Gebietsgrenze]


class Gremiumsverweis(Schema):
    pk: int
    name: str
    url: str


class Sitzung(Schema):
    id: UUID = Field(description="die UID der Sitzung, wie im Kalender")
    pk: int
    titel: str
    datum: datetime.date
    beginn: str = Field(pattern=r"^\d\d:\d\d$")
    ende: str | None
    ort: str
    status: str
    status_text: str
    gremium: Gremiumsverweis
    url: str


class Sitzungen(Schema):
    anzahl: int
    seiten: Seiten
    ergebnisse: list[Sitzung]
