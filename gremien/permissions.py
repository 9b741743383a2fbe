"""Who may see and edit a Gremium, its Sitzungen and minutes.

- Jugendamt-Administration: everything (model permissions ``change_gremium`` and
  ``view_alle_gremien``).
- Koordination of a Gremium: edits its Sitzungen, attendance and minutes; holds
  django-guardian's object permission ``change_gremium`` on it, kept in step with her
  active Mitgliedschaft with role Koordination (see signals.py).
- Sozialraumkoordination: edits like the Koordination every Gremium of the Sozialräume she
  coordinates (object permission ``sozialraum.koordinieren_sozialraum``, sozialraum/rollen.py).
- Members (active Mitgliedschaft as a person) read everything of the Gremium, including
  draft minutes' agenda, but draft minutes only once released.
- Others see what the Gremium's visibility allows ("alle Fachkräfte", "öffentlich");
  otherwise the Gremium does not exist for them (404).
"""

from sozialraum.rollen import (
    hat_objektrecht,
    koordiniert,
)


def ist_mitglied(user, gremium) -> bool:
    if not user.is_authenticated:
        return False
    from .models import Mitgliedschaft

    return Mitgliedschaft.objects.aktiv().filter(gremium=gremium, person=user).exists()


def darf_bearbeiten(user, gremium) -> bool:
    """Jugendamt-Administration, the Gremium's Koordination, and the Sozialraumkoordination
    of its Sozialraum (``sozialraum.koordinieren_sozialraum`` on it)."""
    return user.is_authenticated and (
        user.has_perm("gremien.change_gremium")
        or hat_objektrecht(user, "gremien.change_gremium", gremium.pk)
        or koordiniert(user, gremium.sozialraum_id)
    )


def darf_lesen(user, gremium, bearbeiten: bool | None = None) -> bool:
    """May open the Gremium, its Sitzungen and released minutes.

    ``bearbeiten``: ``darf_bearbeiten(user, gremium)`` if the caller asked already (each
    call asks guardian's tables).
    """
    from .models import Gremium

    if not user.is_authenticated:
        return False
    if bearbeiten is None:
        bearbeiten = darf_bearbeiten(user, gremium)
    if user.has_perm("gremien.view_alle_gremien") or bearbeiten:
        return True
    if gremium.sichtbarkeit in (Gremium.Sichtbarkeit.FACHKRAEFTE, Gremium.Sichtbarkeit.OEFFENTLICH):
        return True
    return ist_mitglied(user, gremium)


def gremien_sichtbar_fuer(user, gremien):
    """``gremien`` narrowed to those ``user`` may open, as the Gremien list narrows them
    (``Gremium.objects.sichtbar_fuer``, the query form of :func:`darf_lesen`)."""
    return gremien.sichtbar_fuer(user)


def darf_aufgabe_abhaken(user, aufgabe) -> bool:
    return darf_bearbeiten(user, aufgabe.gremium) or (
        user.is_authenticated and aufgabe.person_id == user.pk
    )
