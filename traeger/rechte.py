"""Who may do what, as the Jugendamt-Administration assigns it on the rights screen.

Three kinds of rights are assigned there, each change by one function below (in a
transaction) that records it twice: in the security log (logger ``sozialraum.zugang.sicherheit``,
event ``recht_geaendert``) and as an admin ``LogEntry`` on the person, which the screen
and the admin's history of the person show.

- Role groups (sozialraum/zugang/rollen.py).
- The Träger she edits (Träger-Redaktion): django-guardian's ``traeger.change_traeger`` on
  the Träger, and a ``TraegerZugehoerigkeit`` ("works for": Vernetzung and reminders use it).
- The Sozialräume she coordinates: ``sozialraum.koordinieren_sozialraum`` on each.
- With several Jugendämter: the Jugendämter an administration is scoped to
  (``sozialraum.verwalten_jugendamt``, sozialraum/zugang/zustaendigkeit.py). Only an unscoped
  administration assigns them. A scoped one assigns Träger and Sozialräume within her
  Jugendamt only, and an administration she appoints is scoped to her Jugendämter.

Object rights go with their role: assigning a Träger also gives the role Träger-Redaktion,
assigning a Sozialraum the role Sozialraumkoordination; taking a role away takes its object
rights with it. Rights that follow from elsewhere are only shown, by sections that higher
floors register in ``RECHTE_BEREICHE`` in their ``AppConfig.ready()``, e.g. the Gremien she
coordinates (from her Mitgliedschaften, gremien/rechte.py).
"""

import logging
from collections import defaultdict
from collections.abc import Iterable

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from guardian.models import UserObjectPermission
from guardian.shortcuts import assign_perm, remove_perm

from sozialraum.erweiterungen import Erweiterungspunkt
from sozialraum.models import Jugendamt, Sozialraum
from sozialraum.zugang.rollen import (
    JUGENDAMT_ADMINISTRATION,
    KOORDINIEREN,
    ROLLEN,
    SOZIALRAUMKOORDINATION,
    TRAEGER_REDAKTION,
)
from sozialraum.zugang.sicherheit import client_ip
from sozialraum.zugang.zustaendigkeit import VERWALTEN, ist_eingegrenzt, verwaltete_jugendaemter

from .models import Traeger, TraegerZugehoerigkeit
from .permissions import can_edit_traeger, traeger_bearbeitbar_fuer

log = logging.getLogger("sozialraum.zugang.sicherheit")

PFLEGEN = "traeger.change_traeger"


class RechteFehler(Exception):
    """A change the screen refuses, with a German message for the user."""


def darf_rechte_vergeben(user) -> bool:
    """The rights screen is for those who manage users: the Jugendamt-Administration."""
    return user.is_authenticated and user.is_active and user.has_perm("sozialraum.change_user")


def darf_jugendaemter_vergeben(user) -> bool:
    """Scoping administrations to Jugendämter: an administration not scoped herself."""
    return darf_rechte_vergeben(user) and not ist_eingegrenzt(user)


def darf_traeger_zuweisen(user, traeger) -> bool:
    """A Träger's Redaktion is appointed by whoever may curate the Träger (a scoped
    administration: within her Jugendamt)."""
    return darf_rechte_vergeben(user) and can_edit_traeger(user, traeger)


def zuweisbare_sozialraeume(user):
    """The Sozialräume ``user`` may give or take from a coordination."""
    jugendaemter = verwaltete_jugendaemter(user)
    raeume = Sozialraum.objects.all()
    if jugendaemter is None:
        return raeume
    return raeume.filter(regionalraum__jugendamt__in=jugendaemter)


def rollen_gruppen():
    """The five role groups, in the order of sozialraum/zugang/rollen.py."""
    gruppen = {g.name: g for g in Group.objects.filter(name__in=list(ROLLEN))}
    return [gruppen[name] for name in ROLLEN if name in gruppen]


# --- Sections of higher floors -------------------------------------------------------------

# ``funktion(personen_ids) -> dict`` for a section of the screen: ``titel``, ``hinweis``
# (where it is changed) and ``je_person``: person id → objects with ``get_absolute_url``
# (shown as links). One call for a whole page of people, so a fixed number of queries.
RECHTE_BEREICHE = Erweiterungspunkt("Abschnitte des Rechte-Bildschirms")


def bereiche_fuer(personen_ids: list[int]) -> list[dict]:
    return RECHTE_BEREICHE.sammeln(personen_ids)


# --- Reading ------------------------------------------------------------------------------


def _objektrechte(personen_ids: list[int], model, recht: str) -> dict[int, set[int]]:
    """person id → pks of ``model`` objects she holds ``recht`` on (her own rows only)."""
    zeilen = UserObjectPermission.objects.filter(
        user_id__in=personen_ids,
        content_type=ContentType.objects.get_for_model(model),
        permission__codename=recht.split(".", 1)[1],
    ).values_list("user_id", "object_pk")
    ergebnis: dict[int, set[int]] = defaultdict(set)
    for user_id, object_pk in zeilen:
        ergebnis[user_id].add(int(object_pk))
    return ergebnis


def rechte_von(personen) -> dict[int, dict]:
    """Per person: her Träger, her Sozialräume, the Träger she works for and the Jugendämter
    she administers. Seven queries."""
    ids = [p.pk for p in personen]
    traeger = _objektrechte(ids, Traeger, PFLEGEN)
    raeume = _objektrechte(ids, Sozialraum, KOORDINIEREN)
    aemter = _objektrechte(ids, Jugendamt, VERWALTEN)
    amt_namen = Jugendamt.objects.only("pk", "name", "schluessel").in_bulk(
        set().union(*aemter.values())
    )
    zugehoerig: dict[int, set[int]] = defaultdict(set)
    for user_id, traeger_id in TraegerZugehoerigkeit.objects.filter(user__in=ids).values_list(
        "user_id", "traeger_id"
    ):
        zugehoerig[user_id].add(traeger_id)
    alle_traeger = set().union(*traeger.values(), *zugehoerig.values())
    namen = Traeger.objects.only("pk", "name").in_bulk(alle_traeger)
    alle_raeume = set().union(*raeume.values())
    raum_namen = Sozialraum.objects.only("pk", "name", "schluessel").in_bulk(alle_raeume)

    def sortiert(objekte, pks):
        return sorted((objekte[pk] for pk in pks if pk in objekte), key=lambda o: o.name)

    return {
        pk: {
            "traeger": sortiert(namen, traeger[pk]),
            "sozialraeume": sortiert(raum_namen, raeume[pk]),
            "arbeitet_fuer": sortiert(namen, zugehoerig[pk] - traeger[pk]),
            "jugendaemter": sortiert(amt_namen, aemter[pk]),
        }
        for pk in ids
    }


def jedes_wort(text: str, felder: Iterable[str]) -> Q:
    """Every word of ``text`` in one of ``felder`` (``icontains``).

    SQLite compares case-insensitively only in ASCII; names are capitalised, so each word
    is also tried with a capital first letter ("ärzte" finds "Ärztehaus").
    """
    bedingung = Q()
    for wort in text.split():
        varianten = {wort, wort.lower(), wort.capitalize()}
        bedingung &= Q.create(
            [(f"{feld}__icontains", v) for feld in felder for v in sorted(varianten)],
            connector=Q.OR,
        )
    return bedingung


def traeger_suchen(text: str, anzahl: int = 20, user=None):
    """Träger whose name contains every word of ``text``, or whose import key is ``text``;
    with ``user``, only those she may assign (:func:`darf_traeger_zuweisen`)."""
    if not text.split():
        return Traeger.objects.none()
    traeger = Traeger.objects.all()
    if user is not None:
        traeger = traeger_bearbeitbar_fuer(user, traeger)
    return (
        traeger.filter(jedes_wort(text, ["name"]) | Q(externe_id=text.strip()))
        .only("pk", "name", "ort")
        .order_by("name", "pk")[:anzahl]
    )


def verlauf(person, anzahl: int = 20):
    """The latest recorded changes of the person's rights (and her other admin changes)."""
    return (
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(get_user_model()),
            object_id=str(person.pk),
        )
        .select_related("user")
        .order_by("-action_time")[:anzahl]
    )


# --- Changing -----------------------------------------------------------------------------


def _protokollieren(person, text: str, *, akteur, request=None) -> None:
    log.info(
        "recht_geaendert benutzer=%r ziel=%r aenderung=%r ip=%s",
        akteur.get_username(),
        person.get_username(),
        text,
        (client_ip(request) if request is not None else None) or "-",
        extra={"ereignis": "recht_geaendert", "benutzer": akteur.get_username()},
    )
    LogEntry.objects.create(
        user=akteur,
        content_type=ContentType.objects.get_for_model(person),
        object_id=str(person.pk),
        object_repr=str(person)[:200],
        action_flag=CHANGE,
        change_message=text,
    )


def _rolle_geben(person, name: str, *, akteur, request) -> list[str]:
    if person.groups.filter(name=name).exists():
        return []
    person.groups.add(Group.objects.get(name=name))
    text = _("Rolle „%(rolle)s“ vergeben") % {"rolle": name}
    _protokollieren(person, text, akteur=akteur, request=request)
    return [text]


@transaction.atomic
def rollen_setzen(person, gruppen: Iterable[Group], *, akteur, request=None) -> list[str]:
    """Give exactly these role groups (other groups stay); returns what was done."""
    soll = {g.name for g in gruppen}
    ist = set(person.groups.filter(name__in=list(ROLLEN)).values_list("name", flat=True))
    if person.pk == akteur.pk and JUGENDAMT_ADMINISTRATION in ist - soll:
        raise RechteFehler(
            _("Sie können sich die Rolle „%(rolle)s“ nicht selbst entziehen.")
            % {"rolle": JUGENDAMT_ADMINISTRATION}
        )
    eigene_aemter = verwaltete_jugendaemter(akteur)
    if eigene_aemter is not None and JUGENDAMT_ADMINISTRATION in soll ^ ist:
        # A scoped administration appoints administrations of her own Jugendämter only, and
        # takes the role only from those.
        ihre = _objektrechte([person.pk], Jugendamt, VERWALTEN)[person.pk]
        if JUGENDAMT_ADMINISTRATION in ist and not (ihre and ihre <= eigene_aemter):
            raise RechteFehler(
                _(
                    "Die Rolle „%(rolle)s“ dieser Person reicht über Ihr Jugendamt hinaus; "
                    "nur eine Administration ohne Beschränkung auf ein Jugendamt kann sie ändern."
                )
                % {"rolle": JUGENDAMT_ADMINISTRATION}
            )
    if eigene_aemter is not None:
        # Taking a role takes its object rights; a scoped administration may not take
        # rights outside her Jugendämter along with it.
        ihre = rechte_von([person])[person.pk]
        fremde = {
            TRAEGER_REDAKTION: [t for t in ihre["traeger"] if not can_edit_traeger(akteur, t)],
            SOZIALRAUMKOORDINATION: [
                s
                for s in ihre["sozialraeume"]
                if not zuweisbare_sozialraeume(akteur).filter(pk=s.pk).exists()
            ],
        }
        for name in sorted(ist - soll):
            if fremde.get(name):
                raise RechteFehler(
                    _(
                        "Die Rolle „%(rolle)s“ trägt auch Rechte außerhalb Ihres Jugendamts "
                        "(%(was)s); nur eine Administration ohne Beschränkung kann sie entziehen."
                    )
                    % {"rolle": name, "was": ", ".join(o.name for o in fremde[name])}
                )
    erledigt = []
    for name in sorted(soll - ist):
        erledigt += _rolle_geben(person, name, akteur=akteur, request=request)
        if name == JUGENDAMT_ADMINISTRATION and eigene_aemter is not None:
            erledigt += jugendaemter_setzen(
                person,
                Jugendamt.objects.filter(pk__in=eigene_aemter),
                akteur=akteur,
                request=request,
            )
    for name in sorted(ist - soll):
        if name == TRAEGER_REDAKTION:
            for traeger in rechte_von([person])[person.pk]["traeger"]:
                erledigt += traeger_entziehen(person, traeger, akteur=akteur, request=request)
        if name == SOZIALRAUMKOORDINATION:
            erledigt += sozialraeume_setzen(person, [], akteur=akteur, request=request)
        if name == JUGENDAMT_ADMINISTRATION:
            erledigt += jugendaemter_setzen(person, [], akteur=akteur, request=request)
        person.groups.remove(Group.objects.get(name=name))
        text = _("Rolle „%(rolle)s“ entzogen") % {"rolle": name}
        _protokollieren(person, text, akteur=akteur, request=request)
        erledigt.append(text)
    return erledigt


@transaction.atomic
def traeger_zuweisen(person, traeger: Traeger, *, akteur, request=None) -> list[str]:
    """She edits ``traeger`` (and works for it); gives the role Träger-Redaktion if needed."""
    erledigt = _rolle_geben(person, TRAEGER_REDAKTION, akteur=akteur, request=request)
    if traeger.pk not in _objektrechte([person.pk], Traeger, PFLEGEN)[person.pk]:
        assign_perm(PFLEGEN, person, traeger)
        text = _("pflegt den Träger „%(traeger)s“") % {"traeger": traeger.name}
        _protokollieren(person, text, akteur=akteur, request=request)
        erledigt.append(text)
    TraegerZugehoerigkeit.objects.get_or_create(user=person, traeger=traeger)
    return erledigt


@transaction.atomic
def traeger_entziehen(person, traeger: Traeger, *, akteur, request=None) -> list[str]:
    """She no longer edits ``traeger`` nor counts as working for it."""
    remove_perm(PFLEGEN, person, traeger)
    TraegerZugehoerigkeit.objects.filter(user=person, traeger=traeger).delete()
    text = _("pflegt den Träger „%(traeger)s“ nicht mehr") % {"traeger": traeger.name}
    _protokollieren(person, text, akteur=akteur, request=request)
    return [text]


@transaction.atomic
def sozialraeume_setzen(person, sozialraeume, *, akteur, request=None) -> list[str]:
    """She coordinates exactly these Sozialräume; gives the role if there are any."""
    soll = {s.pk: s for s in sozialraeume}
    ist_ids = _objektrechte([person.pk], Sozialraum, KOORDINIEREN)[person.pk]
    ist = Sozialraum.objects.in_bulk(ist_ids)
    erledigt = []
    if soll.keys() - ist.keys():
        erledigt += _rolle_geben(person, SOZIALRAUMKOORDINATION, akteur=akteur, request=request)
    for pk in sorted(soll.keys() - ist.keys(), key=lambda pk: soll[pk].name):
        assign_perm(KOORDINIEREN, person, soll[pk])
        text = _("koordiniert den Sozialraum „%(name)s“") % {"name": soll[pk].name}
        _protokollieren(person, text, akteur=akteur, request=request)
        erledigt.append(text)
    for pk in sorted(ist.keys() - soll.keys(), key=lambda pk: ist[pk].name):
        remove_perm(KOORDINIEREN, person, ist[pk])
        text = _("koordiniert den Sozialraum „%(name)s“ nicht mehr") % {"name": ist[pk].name}
        _protokollieren(person, text, akteur=akteur, request=request)
        erledigt.append(text)
    return erledigt


@transaction.atomic
def jugendaemter_setzen(person, jugendaemter, *, akteur, request=None) -> list[str]:
    """Her Jugendamt-Administration is scoped to exactly these Jugendämter (none: to none,
    she curates everything the role allows)."""
    soll = {j.pk: j for j in jugendaemter}
    ist = Jugendamt.objects.in_bulk(_objektrechte([person.pk], Jugendamt, VERWALTEN)[person.pk])
    erledigt = []
    for pk in sorted(soll.keys() - ist.keys(), key=lambda pk: soll[pk].name):
        assign_perm(VERWALTEN, person, soll[pk])
        text = _("verwaltet das Jugendamt „%(name)s“") % {"name": soll[pk].name}
        _protokollieren(person, text, akteur=akteur, request=request)
        erledigt.append(text)
    for pk in sorted(ist.keys() - soll.keys(), key=lambda pk: ist[pk].name):
        remove_perm(VERWALTEN, person, ist[pk])
        text = _("verwaltet das Jugendamt „%(name)s“ nicht mehr") % {"name": ist[pk].name}
        _protokollieren(person, text, akteur=akteur, request=request)
        erledigt.append(text)
    return erledigt


def personen_im_jugendamt(personen, jugendaemter):
    """``personen`` narrowed to those holding a right within ``jugendaemter``: a Träger
    working there, a Sozialraum there, or the Jugendamt itself."""
    from django.db.models import Exists, OuterRef

    traeger_ids = [
        str(pk)
        for pk in traeger_bearbeitbar_fuer_jugendamt(jugendaemter).values_list("pk", flat=True)
    ]
    raum_ids = [
        str(pk)
        for pk in Sozialraum.objects.filter(regionalraum__jugendamt__in=jugendaemter).values_list(
            "pk", flat=True
        )
    ]
    typen = ContentType.objects.get_for_models(Traeger, Sozialraum, Jugendamt)
    rechte = UserObjectPermission.objects.filter(user=OuterRef("pk")).filter(
        Q(content_type=typen[Traeger], object_pk__in=traeger_ids)
        | Q(content_type=typen[Sozialraum], object_pk__in=raum_ids)
        | Q(content_type=typen[Jugendamt], object_pk__in=[str(pk) for pk in jugendaemter])
    )
    return personen.filter(Exists(rechte))


def traeger_bearbeitbar_fuer_jugendamt(jugendaemter):
    from .permissions import traeger_im_jugendamt

    return traeger_im_jugendamt(Traeger.objects.all(), jugendaemter)
