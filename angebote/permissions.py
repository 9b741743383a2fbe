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

from sozialraum.rollen import (
    hat_objektrecht,
    objektrechte,
)
from traeger.models import Traeger

from .models import Angebot


def can_edit_angebot(user, angebot) -> bool:
    return user.has_perm("angebote.change_angebot") or hat_objektrecht(
        user, "traeger.change_traeger", angebot.traeger_id
    )


def angebote_sichtbar_fuer(user, angebote):
    """``angebote`` narrowed to those ``user`` may open: published ones for everybody, the
    others where she may edit them (:func:`can_edit_angebot` as a query)."""
    if user.has_perm("angebote.change_angebot"):
        return angebote
    eigene = [int(pk) for pk in objektrechte(user).get("traeger.change_traeger", ())]
    return angebote.filter(Q(status=Angebot.Status.VEROEFFENTLICHT) | Q(traeger_id__in=eigene))


def darf_direkt_veroeffentlichen(user) -> bool:
    """Her saves change the published offer at once, without a review."""
    return user.has_perm("angebote.change_angebot")


def darf_vorschlaege_pruefen(user) -> bool:
    return user.has_perm("angebote.pruefen_aenderungsvorschlag")


def darf_angebot_anlegen(user, traeger) -> bool:
    """A new offer for ``traeger``: the Jugendamt for every Träger, a Redaktion for her own."""
    return user.has_perm("angebote.change_angebot") or hat_objektrecht(
        user, "traeger.change_traeger", traeger.pk
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
