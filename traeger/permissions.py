"""Who may do what with Träger, Einrichtungen, Ansprechpersonen and Vernetzung contacts.

Model permissions per role (granted after migrate) and small functions used by views,
templates and admin alike. Object-level rights for a Träger-Redaktion come from
django-guardian (``change_traeger`` on her Träger).

Vernetzung contacts follow their ``sichtbarkeit``, for every role alike (the
Jugendamt-Administration too: "nur ich" means only the recorder):

- "nur ich": the recorder only;
- "mein Träger": the recorder and everyone who works for the contact's ``eigener_traeger``
  (``TraegerZugehoerigkeit``);
- "alle Fachkräfte": every logged-in user with a role.

Only the recorder edits a contact. A contact someone may not see does not exist for her
(404); one she may see but not edit answers 403. ``Kontakt.objects.sichtbar_fuer`` is the
same rule as a query.
"""

from sozialraum.rollen import (
    hat_objektrecht,
)


def can_edit_traeger(user, traeger) -> bool:
    return user.has_perm("traeger.change_traeger") or hat_objektrecht(
        user, "traeger.change_traeger", traeger.pk
    )


def darf_vernetzung_nutzen(user) -> bool:
    """May record contacts and open the Vernetzung pages (every role)."""
    return user.is_authenticated and user.has_perm("traeger.add_kontakt")


def darf_kontakt_sehen(user, kontakt) -> bool:
    from .models import Kontakt, TraegerZugehoerigkeit

    if not (user.is_authenticated and user.has_perm("traeger.view_kontakt")):
        return False
    if kontakt.erfasst_von_id == user.pk or kontakt.sichtbarkeit == Kontakt.Sichtbarkeit.ALLE:
        return True
    return (
        kontakt.sichtbarkeit == Kontakt.Sichtbarkeit.TRAEGER
        and kontakt.eigener_traeger_id is not None
        and TraegerZugehoerigkeit.objects.filter(
            user=user.pk, traeger=kontakt.eigener_traeger_id
        ).exists()
    )


def kontakte_sichtbar_fuer(user, kontakte):
    """``kontakte`` narrowed to those ``user`` may see (:func:`darf_kontakt_sehen` as a query)."""
    return kontakte.sichtbar_fuer(user)


def darf_kontakt_bearbeiten(user, kontakt) -> bool:
    return darf_vernetzung_nutzen(user) and kontakt.erfasst_von_id == user.pk
