"""What every HSDS record needs: stable ids, value formats, German labels and the queries
of public data. The mapping itself is abbilden.py (its docstring is the mapping table)."""

import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Prefetch, QuerySet
from django.utils import translation

from angebote.models import Angebot
from traeger.datenschutz import ansprechpersonen_sichtbar_fuer
from traeger.models import Ansprechperson, Einrichtung, Traeger

# Fixed for ever: every derived id depends on it (docs/hsds.md, "Stable ids").
NAMENSRAUM = uuid.UUID("d5be8070-a45a-46e6-896a-ffaffcfc0352")

SPRACHE = "de"
WOCHENTAGE = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WAEHRUNG = "EUR"
LAND = "DE"
ERMAESSIGT = "ermäßigt möglich"


def kennung(*teile) -> str:
    """A stable id for a record without a row of its own: uuid5 of ``NAMENSRAUM`` and the
    parts joined by "/" (the owner's uuid, a fixed tag, maybe a second key), e.g.
    ``kennung(angebot.uuid, "cost_option")``. Same parts, same id, on every run and
    database; never change a tag once released."""
    return str(uuid.uuid5(NAMENSRAUM, "/".join(str(teil) for teil in teile)))


def deutsch(funktion):
    """Labels in German, whatever language the caller has active: the data is German and
    the import reads the labels back (:func:`auswahl_lesen`)."""

    @wraps(funktion)
    def mit_deutsch(*args, **kwargs):
        with translation.override(SPRACHE):
            return funktion(*args, **kwargs)

    return mit_deutsch


def auswahl_lesen(choices, text: str):
    """The value of ``choices`` (a TextChoices class) whose German label is ``text``, or
    None."""
    with translation.override(SPRACHE):
        for wert, label in choices.choices:
            if str(label) == text:
                return wert
    return None


def rechtsform_lesen(text: str) -> tuple[str | None, str | None]:
    """``legal_status`` ("freier Träger, Verein") back to (traegerschaft, art); None for
    the part that is not one of ours."""
    schaft, _komma, art = text.partition(", ")
    return auswahl_lesen(Traeger.Traegerschaft, schaft), auswahl_lesen(Traeger.Art, art)


def ohne_leere(daten: dict, *pflicht: str) -> dict:
    """Leave out None and "" (HSDS has no null), except the required ``pflicht`` fields."""
    return {k: v for k, v in daten.items() if k in pflicht or (v is not None and v != "")}


def nach_id(eintraege: Iterable[dict]) -> list[dict]:
    """Lists sorted by id: the same order on every run and on both databases."""
    return sorted(eintraege, key=lambda eintrag: eintrag["id"])


def uri(wert: str) -> str:
    """An absolute http(s) URL, else "" (left out): HSDS declares the field a URI, and an
    imported "www.example.de" would fail a strict consumer."""
    teile = urlsplit(wert or "")
    return wert if teile.scheme in ("http", "https") and teile.netloc else ""


def email(wert: str) -> str:
    """A valid e-mail address, else "" (left out)."""
    try:
        validate_email(wert)
    except ValidationError:
        return ""
    return wert


def datum(tag: date | None) -> str | None:
    return tag.isoformat() if tag else None


def uhrzeit(zeit: time) -> str:
    """``opens_at``/``closes_at``: local wall-clock time, as the spec's example ("10:00:00");
    no UTC offset, since a weekly slot keeps its local time across summer time."""
    return zeit.strftime("%H:%M:%S")


def zeitstempel(moment: datetime) -> str:
    """``last_modified``: UTC with milliseconds, as the spec's example."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def bundesland() -> str:
    """``state_province`` of every address (required by HSDS; the registry keeps none):
    the setting ``HSDS_BUNDESLAND``, empty if unset."""
    return getattr(settings, "HSDS_BUNDESLAND", "")


def pruefstelle_email() -> str:
    """``assurer_email``: the setting ``HSDS_PRUEFSTELLE_EMAIL`` (a functional mailbox of
    the Jugendamt), never the personal address of whoever checked (docs/hsds.md)."""
    return getattr(settings, "HSDS_PRUEFSTELLE_EMAIL", "")


# -- the queries of public data ---------------------------------------------------------


def oeffentliche_personen() -> QuerySet[Ansprechperson]:
    """Ansprechpersonen an anonymous visitor sees: consent to publish recorded
    (traeger/datenschutz.py)."""
    return ansprechpersonen_sichtbar_fuer(AnonymousUser(), Ansprechperson.objects.all())


def orte_queryset() -> QuerySet[Einrichtung]:
    """Places that are not archived, with their Träger and their public contacts
    (``hsds_kontakte``)."""
    return (
        Einrichtung.objects.filter(archiviert=False)
        .select_related("traeger")
        .prefetch_related(
            Prefetch("ansprechpersonen", queryset=oeffentliche_personen(), to_attr="hsds_kontakte")
        )
    )


def _traeger_kontakte(pfad: str) -> Prefetch:
    """The Träger's public contacts not tied to one of its places."""
    return Prefetch(
        pfad,
        queryset=oeffentliche_personen().filter(einrichtung__isnull=True),
        to_attr="hsds_kontakte",
    )


def oeffentliche_angebote() -> QuerySet[Angebot]:
    """The offers the public search shows (``Angebot.objects.veroeffentlicht()``, as
    angebote/suche/search.py), ordered by uuid, with everything the mapping reads
    prefetched: a fixed number of queries whatever their number (pinned in
    tests/test_hsds_export.py)."""
    return (
        Angebot.objects.veroeffentlicht()
        .select_related("traeger")
        .prefetch_related(
            Prefetch("einrichtungen", queryset=orte_queryset(), to_attr="hsds_orte"),
            _traeger_kontakte("traeger__ansprechpersonen"),
            "zeiten",
            "sprachen",
            "kategorien",
            "zielgruppen",
            "sozialraeume",
        )
        .order_by("uuid")
    )


def oeffentliche_traeger() -> QuerySet[Traeger]:
    """Träger with at least one published offer (the organizations the export names), with
    their places and public contacts prefetched, ordered by uuid."""
    return (
        Traeger.objects.filter(pk__in=Angebot.objects.veroeffentlicht().values("traeger_id"))
        .prefetch_related(
            Prefetch("einrichtungen", queryset=orte_queryset(), to_attr="hsds_orte"),
            _traeger_kontakte("ansprechpersonen"),
        )
        .order_by("uuid")
    )


def orte_von(besitzer) -> list[Einrichtung]:
    """The places (not archived) of an offer or a Träger: prefetched, else one query."""
    orte = getattr(besitzer, "hsds_orte", None)
    if orte is None:
        orte = list(orte_queryset().filter(pk__in=besitzer.einrichtungen.values("pk")))
    return orte


def kontakte_von(besitzer) -> list[Ansprechperson]:
    """Public contacts of a place, or of a Träger outside its places: prefetched, else one
    query."""
    kontakte = getattr(besitzer, "hsds_kontakte", None)
    if kontakte is None:
        if isinstance(besitzer, Einrichtung):
            kontakte = list(oeffentliche_personen().filter(einrichtung=besitzer))
        else:
            kontakte = list(
                oeffentliche_personen().filter(traeger=besitzer, einrichtung__isnull=True)
            )
    return kontakte
