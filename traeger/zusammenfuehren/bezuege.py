"""Everything that points to a Träger, found from the model's relations.

This floor must not name the floors above it, yet a merge has to move their records too
(Angebote, Mitgliedschaften, Teilnahmen, Prüfanfragen, whatever comes next). So the
references are read from ``Traeger._meta``: every foreign key and many-to-many field of
another model that points to ``Traeger`` (the history tables of django-simple-history and
Django's own link tables aside), plus django-guardian's object permissions on the Träger,
which are stored by id without a foreign key.

Each record is moved through its model's ``save()`` (or ``delete()`` for a duplicate), so
its signals run (the search index, a Gremium's Koordination rights) and
django-simple-history writes a history row with the reason of the merge.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from guardian.models import GroupObjectPermission, UserObjectPermission
from simple_history.models import HistoricalChanges

from ..models import Ansprechperson, Einrichtung, Traeger, TraegerZugehoerigkeit

# Names shown per kind of record in a preview; the rest is counted.
ANZEIGEN = 8
# django-simple-history's history_change_reason is a CharField(max_length=100).
GRUND_LAENGE = 100


class ZusammenfuehrenFehler(Exception):
    """A merge or split that cannot be done, with a German message for the user."""


@dataclass
class Posten:
    """One kind of record in a preview or a result: what it is, how many, some names.

    ``namen`` are ``(text, url)`` pairs (url may be empty) of records the person may see;
    ``weitere`` counts the others (beyond ``ANZEIGEN``, or not visible to her).
    """

    titel: str
    anzahl: int
    namen: list[tuple[str, str]] = field(default_factory=list)
    hinweis: str = ""

    @property
    def weitere(self) -> int:
        return max(self.anzahl - len(self.namen), 0)


@dataclass(frozen=True)
class Bezug:
    """A field of another model that points to Traeger (a foreign key or a many-to-many)."""

    model: type[models.Model]
    feld: str
    viele: bool
    titel: str

    def von(self, traeger: Traeger) -> models.QuerySet:
        return self.model._default_manager.filter(**{self.feld: traeger})


def bezuege() -> list[Bezug]:
    """Every relation to Traeger, in a stable order."""
    gefunden = []
    for rel in Traeger._meta.get_fields(include_hidden=True):
        if not (rel.is_relation and rel.auto_created and not rel.concrete):
            continue
        model = rel.related_model
        if model._meta.auto_created or issubclass(model, HistoricalChanges):
            continue  # link tables of Traeger's own m2m fields; history rows stay as they were
        gefunden.append((model, rel.field.name, rel.many_to_many))
    zaehler: dict[type, int] = {}
    for model, _feld, _viele in gefunden:
        zaehler[model] = zaehler.get(model, 0) + 1
    ergebnis = []
    for model, feld, viele in gefunden:
        titel = str(model._meta.verbose_name_plural)
        if zaehler[model] > 1:  # Kontakte "für meinen Träger" and "mit Träger"
            titel = f"{titel} ({model._meta.get_field(feld).verbose_name})"
        ergebnis.append(Bezug(model, feld, viele, titel))
    # This floor first, its places before its people; then the higher floors.
    zuerst = {Einrichtung: 0, Ansprechperson: 1}
    return sorted(
        ergebnis,
        key=lambda b: (
            b.model._meta.app_label != "traeger",
            zuerst.get(b.model, 2),
            b.model._meta.label,
            b.feld,
        ),
    )


# --- Showing ------------------------------------------------------------------------------


def _namen_zeigen(model, user) -> bool:
    """Names only of records she may read and that can be told apart by their name: with a
    page of their own, or of this floor (Einrichtungen, Ansprechpersonen)."""
    meta = model._meta
    if not user.has_perm(f"{meta.app_label}.view_{meta.model_name}"):
        return False
    return hasattr(model, "get_absolute_url") or meta.app_label == "traeger"


def _name(obj) -> tuple[str, str]:
    if isinstance(obj, TraegerZugehoerigkeit):
        return (obj.user.get_full_name() or obj.user.get_username(), "")
    url = obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else ""
    return (str(obj), url)


def posten(bezug: Bezug, traeger: Traeger, user) -> Posten | None:
    """What of ``bezug`` points to ``traeger``: the number, and names of records ``user`` may
    see (a queryset with ``sichtbar_fuer(user)``, as the Kontakte have, is narrowed by it)."""
    alle = bezug.von(traeger)
    anzahl = alle.count()
    if not anzahl:
        return None
    namen = []
    if _namen_zeigen(bezug.model, user):
        sichtbar = alle.sichtbar_fuer(user) if hasattr(alle, "sichtbar_fuer") else alle
        namen = [_name(obj) for obj in sichtbar.select_related()[:ANZEIGEN]]
    return Posten(bezug.titel, anzahl, namen)


def rechte_posten(traeger: Traeger, user) -> Posten | None:
    """The people and groups holding an object permission on ``traeger`` (its Redaktion)."""
    personen, gruppen = objektrechte(traeger)
    wer = {z.user for z in personen.select_related("user")}
    wer_gruppen = {z.group for z in gruppen.select_related("group")}
    if not wer and not wer_gruppen:
        return None
    namen = []
    if user.has_perm("sozialraum.view_user"):
        namen = sorted(
            [(p.get_full_name() or p.get_username(), "") for p in wer]
            + [(g.name, "") for g in wer_gruppen]
        )[:ANZEIGEN]
    return Posten(_("Rechte zum Bearbeiten (Träger-Redaktion)"), len(wer) + len(wer_gruppen), namen)


# --- Duplicates ---------------------------------------------------------------------------


def _nur_verknuepfung(model, felder: set[str]) -> bool:
    """Whether the record says nothing beyond ``felder`` (besides its id and time stamps):
    "person works for Träger" twice is once."""
    for f in model._meta.concrete_fields:
        if f.primary_key or f.name in felder:
            continue
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            continue
        return False
    return True


def _eindeutig(model, feld: str):
    """(fields, condition) of each unique rule of ``model`` that includes ``feld``."""
    regeln = []
    for f in model._meta.concrete_fields:
        if f.name == feld and f.unique and not f.primary_key:
            regeln.append(({feld}, None))
    for zusammen in model._meta.unique_together:
        if feld in zusammen:
            regeln.append((set(zusammen), None))
    for regel in model._meta.constraints:
        if isinstance(regel, models.UniqueConstraint) and feld in (regel.fields or ()):
            regeln.append((set(regel.fields), regel.condition))
    return regeln


def doppelt(bezug: Bezug, obj, bleibt: Traeger):
    """The record of ``bleibt`` that ``obj`` would duplicate under a unique rule, with
    whether ``obj`` is a mere link (then it is dropped, else the merge is refused)."""
    if bezug.viele:
        return None, True
    for felder, bedingung in _eindeutig(bezug.model, bezug.feld):
        meta = bezug.model._meta
        werte = {meta.get_field(f).attname: getattr(obj, meta.get_field(f).attname) for f in felder}
        werte[meta.get_field(bezug.feld).attname] = bleibt.pk
        andere = bezug.model._default_manager.filter(**werte).exclude(pk=obj.pk)
        if bedingung is not None:
            if not bezug.model._default_manager.filter(bedingung, pk=obj.pk).exists():
                continue
            andere = andere.filter(bedingung)
        if (vorhanden := andere.first()) is not None:
            return vorhanden, _nur_verknuepfung(bezug.model, felder)
    return None, True


def hindernisse(bleibt: Traeger, geht: Traeger) -> list[str]:
    """Why ``geht`` cannot be merged into ``bleibt``: records that may exist only once per
    Träger and that both have (German sentences; empty if nothing stands in the way)."""
    gruende = []
    for bezug in bezuege():
        if bezug.viele or not _eindeutig(bezug.model, bezug.feld):
            continue
        for obj in bezug.von(geht):
            vorhanden, verknuepfung = doppelt(bezug, obj, bleibt)
            if vorhanden is not None and not verknuepfung:
                gruende.append(
                    _(
                        "Beide Träger haben einen Eintrag „%(art)s“, den es je Träger nur "
                        "einmal geben darf: „%(hier)s“ und „%(dort)s“. Bitte bereinigen Sie "
                        "das zuerst."
                    )
                    % {
                        "art": bezug.model._meta.verbose_name,
                        "hier": vorhanden,
                        "dort": obj,
                    }
                )
    return gruende


# --- Moving -------------------------------------------------------------------------------


def _zeitstempel(model) -> list[str]:
    return [f.name for f in model._meta.concrete_fields if getattr(f, "auto_now", False)]


def vermerken(obj, grund: str, akteur) -> None:
    """The reason and the person for the history row django-simple-history writes next (its
    reason holds 100 characters; Träger names may be longer)."""
    obj._change_reason = Truncator(grund).chars(GRUND_LAENGE)
    if akteur is not None:
        obj._history_user = akteur


def umhaengen(bezug: Bezug, geht: Traeger, bleibt: Traeger, *, grund: str, akteur) -> int:
    """Point every record of ``bezug`` from ``geht`` to ``bleibt``; returns how many.

    Only the reference (and ``updated_at``) is written, so nothing else of a record edited
    meanwhile is overwritten, and an open form on it sees the change (conflict check). A
    record that would duplicate one of ``bleibt`` under a unique rule is deleted if it is
    a mere link, else the merge is refused (:func:`hindernisse` says so beforehand).
    """
    anzahl = 0
    for obj in bezug.von(geht).order_by("pk"):
        vermerken(obj, grund, akteur)
        if bezug.viele:
            verknuepft = getattr(obj, bezug.feld)
            verknuepft.remove(geht)
            verknuepft.add(bleibt)
            if hasattr(obj, "history"):  # the link itself has no history: a row for the record
                obj.save(update_fields=_zeitstempel(bezug.model) or None)
            anzahl += 1
            continue
        vorhanden, verknuepfung = doppelt(bezug, obj, bleibt)
        if vorhanden is not None:
            if not verknuepfung:
                raise ZusammenfuehrenFehler(hindernisse(bleibt, geht)[0])
            obj.delete()
        else:
            setattr(obj, bezug.feld, bleibt)
            obj.save(update_fields=[bezug.feld, *_zeitstempel(bezug.model)])
        anzahl += 1
    return anzahl


def objektrechte(traeger: Traeger) -> tuple[models.QuerySet, models.QuerySet]:
    """django-guardian's rows for ``traeger``: of people, of groups."""
    typ = ContentType.objects.get_for_model(Traeger)
    bedingung = {"content_type": typ, "object_pk": str(traeger.pk)}
    return (
        UserObjectPermission.objects.filter(**bedingung),
        GroupObjectPermission.objects.filter(**bedingung),
    )


def rechte_umhaengen(geht: Traeger, bleibt: Traeger) -> list:
    """Move the object permissions from ``geht`` to ``bleibt`` (a right held on both stays
    once); returns the people whose rights moved."""
    personen = []
    for zeilen, wer in zip(objektrechte(geht), ("user", "group"), strict=True):
        for zeile in zeilen.select_related(wer):
            schon = type(zeile).objects.filter(
                content_type_id=zeile.content_type_id,
                object_pk=str(bleibt.pk),
                permission_id=zeile.permission_id,
                **{f"{wer}_id": getattr(zeile, f"{wer}_id")},
            )
            if schon.exists():
                zeile.delete()
            else:
                zeile.object_pk = str(bleibt.pk)
                zeile.save(update_fields=["object_pk"])
            if wer == "user" and zeile.user not in personen:
                personen.append(zeile.user)
    return personen
