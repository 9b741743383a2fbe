"""Who may do what with Angebote (model permissions per role; object rights via guardian).

- Jugendamt-Administration (model permission ``angebote.change_angebot``): edits every
  offer and publishes directly; with ``angebote.pruefen_aenderungsvorschlag`` she reviews
  the Träger-Redaktionen's proposals.
- Träger-Redaktion (guardian ``traeger.change_traeger`` on her Träger): edits her Träger's
  offers; her saves become proposals (``Aenderungsvorschlag``) until the Jugendamt approves.
- Everybody else reads published offers.

Other people's unpublished offers and proposals do not exist for a user (404); a published
offer she may see but not edit answers 403.
"""

from django.db.models import Q
from guardian.shortcuts import get_objects_for_user

from sozialraum.zugang.rollen import (
    hat_objektrecht,
    objektrechte,
)
from sozialraum.zugang.zustaendigkeit import verwaltete_jugendaemter
from traeger.models import Traeger
from traeger.permissions import traeger_im_jugendamt

from .models import Angebot


def angebote_im_jugendamt(queryset, jugendaemter):
    """``queryset`` narrowed to offers within ``jugendaemter`` (ids): running at a place
    there or serving a Sozialraum there; an offer located nowhere follows its Träger
    (traeger.permissions.traeger_im_jugendamt)."""
    orte = Angebot.einrichtungen.through.objects.filter(einrichtung__jugendamt__isnull=False)
    versorgt = Angebot.sozialraeume.through.objects.all()
    traeger = traeger_im_jugendamt(Traeger.objects.all(), jugendaemter)
    return queryset.filter(
        Q(pk__in=orte.filter(einrichtung__jugendamt__in=jugendaemter).values("angebot_id"))
        | Q(
            pk__in=versorgt.filter(sozialraum__regionalraum__jugendamt__in=jugendaemter).values(
                "angebot_id"
            )
        )
        | (
            ~Q(pk__in=orte.values("angebot_id"))
            & ~Q(pk__in=versorgt.values("angebot_id"))
            & Q(traeger__in=traeger.values("pk"))
        )
    )


def angebote_bearbeitbar_fuer(user, angebote):
    """``angebote`` narrowed to those ``user`` may edit (:func:`can_edit_angebot` as a query)."""
    eigene = Q(
        traeger_id__in=[int(pk) for pk in objektrechte(user).get("traeger.change_traeger", ())]
    )
    if not user.has_perm("angebote.change_angebot"):
        return angebote.filter(eigene)
    jugendaemter = verwaltete_jugendaemter(user)
    if jugendaemter is None:
        return angebote
    im_bereich = angebote_im_jugendamt(Angebot.objects.all(), jugendaemter)
    return angebote.filter(Q(pk__in=im_bereich.values("pk")) | eigene)


def can_edit_angebot(user, angebot) -> bool:
    """The Jugendamt-Administration (within her Jugendamt, if scoped to one), and the
    Redaktion of the offer's Träger."""
    if hat_objektrecht(user, "traeger.change_traeger", angebot.traeger_id):
        return True
    if not user.has_perm("angebote.change_angebot"):
        return False
    jugendaemter = verwaltete_jugendaemter(user)
    return (
        jugendaemter is None
        or angebote_im_jugendamt(Angebot.objects.filter(pk=angebot.pk), jugendaemter).exists()
    )


def angebote_sichtbar_fuer(user, angebote):
    """``angebote`` narrowed to those ``user`` may open: published ones for everybody, the
    others where she may edit them (:func:`can_edit_angebot` as a query)."""
    if user.has_perm("angebote.change_angebot"):
        return angebote
    eigene = [int(pk) for pk in objektrechte(user).get("traeger.change_traeger", ())]
    return angebote.filter(Q(status=Angebot.Status.VEROEFFENTLICHT) | Q(traeger_id__in=eigene))


def darf_angebot_sehen(user, angebot) -> bool:
    """May open ``angebot`` (:func:`angebote_sichtbar_fuer` for one offer): published ones
    everybody, the others the Jugendamt-Administration (also one scoped to another
    Jugendamt: she reads them) and the Redaktion of its Träger. Deciding 404 or 403 when
    she may not edit it."""
    return (
        angebot.status == Angebot.Status.VEROEFFENTLICHT
        or user.has_perm("angebote.change_angebot")
        or hat_objektrecht(user, "traeger.change_traeger", angebot.traeger_id)
    )


def darf_direkt_veroeffentlichen(user) -> bool:
    """Her saves change the published offer at once, without a review."""
    return user.has_perm("angebote.change_angebot")


def darf_vorschlaege_pruefen(user) -> bool:
    return user.has_perm("angebote.pruefen_aenderungsvorschlag")


def darf_angebot_anlegen(user, traeger) -> bool:
    """A new offer for ``traeger``: the Jugendamt for every Träger (a scoped one for the
    Träger within her Jugendamt), a Redaktion for her own."""
    if hat_objektrecht(user, "traeger.change_traeger", traeger.pk):
        return True
    if not user.has_perm("angebote.change_angebot"):
        return False
    jugendaemter = verwaltete_jugendaemter(user)
    return (
        jugendaemter is None
        or traeger_im_jugendamt(Traeger.objects.filter(pk=traeger.pk), jugendaemter).exists()
    )


def darf_vorschlag_pruefen(user, vorschlag) -> bool:
    """Decide on this proposal: whoever reviews proposals, a scoped Jugendamt only for
    offers within her Jugendamt."""
    if not darf_vorschlaege_pruefen(user):
        return False
    jugendaemter = verwaltete_jugendaemter(user)
    return (
        jugendaemter is None
        or angebote_im_jugendamt(
            Angebot.objects.filter(pk=vorschlag.angebot_id), jugendaemter
        ).exists()
    )


def darf_vorschlag_sehen(user, vorschlag) -> bool:
    return darf_vorschlaege_pruefen(user) or can_edit_angebot(user, vorschlag.angebot)


def redaktions_traeger(user):
    """The Träger whose offers ``user`` keeps (guardian object rights only, no global ones)."""
    return get_objects_for_user(
        user,
        "traeger.change_traeger",
        klass=Traeger,
        accept_global_perms=False,
        with_superuser=False,
    )
