"""Who may see and edit a Gremium, its Sitzungen and minutes.

- Jugendamt-Administration: everything (model permissions ``change_gremium`` and
  ``view_alle_gremien``); one scoped to her Jugendamt (sozialraum/zugang/zustaendigkeit.py) edits
  the Gremien there and reads every other one, draft minutes included.
- Koordination of a Gremium: edits its Sitzungen, attendance and minutes; holds
  django-guardian's object permission ``change_gremium`` on it, kept in step with her
  active Mitgliedschaft with role Koordination (see signals.py).
- Sozialraumkoordination: edits like the Koordination every Gremium of the Sozialräume she
  coordinates (object permission ``sozialraum.koordinieren_sozialraum``, sozialraum/zugang/rollen.py).
- Members (active Mitgliedschaft as a person) read everything of the Gremium, including
  draft minutes' agenda, but draft minutes only once released.
- Others see what the Gremium's visibility allows ("alle Fachkräfte", "öffentlich");
  otherwise the Gremium does not exist for them (404).
"""

from django.db.models import Q

from sozialraum.zugang.rollen import (
    hat_objektrecht,
    koordiniert,
)
from sozialraum.zugang.zustaendigkeit import verwaltete_jugendaemter


def gremien_im_jugendamt(queryset, jugendaemter, pfad: str = ""):
    """``queryset`` narrowed to the Gremien within ``jugendaemter`` (ids), by their
    Sozialraum or Regionalraum; a Gremium of neither (city-wide) any Jugendamt may curate.
    ``pfad`` leads from the queryset's model to the Gremium (``"sitzung__gremium__"``)."""
    return queryset.filter(
        Q(**{f"{pfad}sozialraum__regionalraum__jugendamt__in": jugendaemter})
        | Q(**{f"{pfad}regionalraum__jugendamt__in": jugendaemter})
        | Q(**{f"{pfad}sozialraum__isnull": True, f"{pfad}regionalraum__isnull": True})
    )


def im_jugendamt_bearbeitbar(pfad: str = ""):
    """For the admin (``bearbeitbar``): records of Gremien within the Jugendamt of a scoped
    administration; everything for everybody else (the admin's model permissions decide)."""

    def eingrenzen(user, queryset):
        jugendaemter = verwaltete_jugendaemter(user)
        if jugendaemter is None:
            return queryset
        return gremien_im_jugendamt(queryset, jugendaemter, pfad)

    return eingrenzen


def _als_jugendamt(user, gremium) -> bool:
    """The model-wide right, within her Jugendamt if she is scoped to one."""
    if not user.has_perm("gremien.change_gremium"):
        return False
    jugendaemter = verwaltete_jugendaemter(user)
    if jugendaemter is None:
        return True
    from .models import Gremium

    return gremien_im_jugendamt(Gremium.objects.filter(pk=gremium.pk), jugendaemter).exists()


def ist_mitglied(user, gremium) -> bool:
    if not user.is_authenticated:
        return False
    from .models import Mitgliedschaft

    return Mitgliedschaft.objects.aktiv().filter(gremium=gremium, person=user).exists()


def darf_bearbeiten(user, gremium) -> bool:
    """Jugendamt-Administration, the Gremium's Koordination, and the Sozialraumkoordination
    of its Sozialraum (``sozialraum.koordinieren_sozialraum`` on it)."""
    return user.is_authenticated and (
        _als_jugendamt(user, gremium)
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


def darf_protokollentwurf_lesen(user, gremium, bearbeiten: bool | None = None) -> bool:
    """Draft minutes (text, decisions, tasks of the Sitzung) before their release: whoever
    edits the Gremium, and the Jugendamt-Administration, who sees everything of every
    Gremium (docs/gremien.md), one scoped to another Jugendamt read-only."""
    if bearbeiten is None:
        bearbeiten = darf_bearbeiten(user, gremium)
    return bearbeiten or (user.is_authenticated and user.has_perm("gremien.view_alle_gremien"))


def gremien_sichtbar_fuer(user, gremien):
    """``gremien`` narrowed to those ``user`` may open, as the Gremien list narrows them
    (``Gremium.objects.sichtbar_fuer``, the query form of :func:`darf_lesen`)."""
    return gremien.sichtbar_fuer(user)


def darf_aufgabe_abhaken(user, aufgabe) -> bool:
    return darf_bearbeiten(user, aufgabe.gremium) or (
        user.is_authenticated and aufgabe.person_id == user.pk
    )


def gremien_mit_rechten_im_jugendamt(jugendaemter):
    """For sozialraum.zugang.zustaendigkeit.OBJEKTE_IM_JUGENDAMT: the Gremien within ``jugendaemter``."""
    from .models import Gremium

    return Gremium, gremien_im_jugendamt(Gremium.objects.all(), jugendaemter)


def waehlbare_personen(user, gremium):
    """Whom ``user`` may make a member of ``gremium`` (issue #16): a person's name in the
    registry is hers to show. The administration (``sozialraum.view_user``) chooses among
    all active accounts; the others among the people they see already: members, present or
    past, of Gremien they may open, and themselves."""
    from django.contrib.auth import get_user_model

    from .models import Gremium, Mitgliedschaft

    personen = get_user_model().objects.filter(is_active=True)
    if not user.has_perm("sozialraum.view_user"):
        bekannt = Mitgliedschaft.objects.filter(
            gremium__in=Gremium.objects.sichtbar_fuer(user).values("pk")
        ).values("person")
        personen = personen.filter(Q(pk__in=bekannt) | Q(pk=user.pk))
    return personen.order_by("last_name", "first_name")
