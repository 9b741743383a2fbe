"""Who may see SRAE measures and who may take which step (docs/massnahmen.md "Wer darf was?").

- **Sehen**: every user with a role (model permission ``sozialraumarbeit.view_massnahme``,
  which every role holds, sozialraum/zugang/rollen.py). Measures are the Jugendhilfe's
  shared planning, not personal data; a user without a role sees none (404).
- **Mitwirken** (draft and edit an idea, put it on an agenda, start, evaluate, end, break
  off): the Träger-Redaktion of the leading Träger (django-guardian's
  ``traeger.change_traeger`` on it), the Sozialraumkoordination of one of the measure's
  Sozialräume, and the Jugendamt-Administration (of the measure's Jugendamt, if she is
  scoped to one).
- **Auf die Tagesordnung setzen**: who takes part (above) and the Koordination of a
  Sozialraumteam or a Lenkungsgruppe, for the Sitzungen of the Gremien she may edit.
- **Beraten und entscheiden festhalten** (Sozialraumteam, Lenkungsgruppe): the
  Sozialraumkoordination of one of its Sozialräume, the Koordination of a Gremium whose
  Sitzung has the measure on its agenda, and the Jugendamt-Administration.
- **Vereinbaren und verlängern**: only the Jugendamt-Administration (of the measure's
  Jugendamt, sozialraum/zugang/zustaendigkeit.py).

Who may see a measure but not take a step gets 403 on the step's page.
"""

from __future__ import annotations

from django.db.models import Q

from sozialraum.zugang.rollen import hat_objektrecht, koordinierte_sozialraeume, objektrechte
from sozialraum.zugang.zustaendigkeit import verwaltete_jugendaemter

SEHEN = "sozialraumarbeit.view_massnahme"
VERWALTEN = "sozialraumarbeit.change_massnahme"


def darf_massnahmen_sehen(user) -> bool:
    return user.is_authenticated and user.has_perm(SEHEN)


def massnahmen_sichtbar_fuer(user, queryset):
    """``queryset`` narrowed to the measures ``user`` may see (all with a role, else none)."""
    return queryset if darf_massnahmen_sehen(user) else queryset.none()


def ist_verwaltung(user, massnahme=None) -> bool:
    """The Jugendamt-Administration; one scoped to Jugendämter only for measures there."""
    if not (user.is_authenticated and user.has_perm(VERWALTEN)):
        return False
    jugendaemter = verwaltete_jugendaemter(user)
    if jugendaemter is None or massnahme is None:
        return True
    return massnahme.regionalraum.jugendamt_id in jugendaemter


def ist_redaktion(user, massnahme) -> bool:
    return hat_objektrecht(user, "traeger.change_traeger", massnahme.traeger_id)


def _sozialraum_ids(massnahme) -> set[int]:
    if not massnahme.pk:
        return set()
    if not hasattr(massnahme, "_sozialraum_ids"):
        massnahme._sozialraum_ids = {s.pk for s in massnahme.sozialraeume.all()}
    return massnahme._sozialraum_ids


def ist_koordination(user, massnahme) -> bool:
    return bool(koordinierte_sozialraeume(user) & _sozialraum_ids(massnahme))


def darf_anlegen(user) -> bool:
    """Whoever may draft a measure for some Träger or some Sozialraum."""
    return user.is_authenticated and (
        ist_verwaltung(user)
        or bool(objektrechte(user).get("traeger.change_traeger"))
        or bool(koordinierte_sozialraeume(user))
    )


def darf_mitwirken(user, massnahme) -> bool:
    return user.is_authenticated and (
        ist_verwaltung(user, massnahme)
        or ist_redaktion(user, massnahme)
        or ist_koordination(user, massnahme)
    )


def darf_bearbeiten(user, massnahme) -> bool:
    """Edit the draft: while it is an idea, discussed or deferred; once recommended only the
    administration, who may have to fit the month plan to the period before agreeing it."""
    from .regeln import ENTWURF

    if massnahme.status == massnahme.Status.EMPFOHLEN:
        return ist_verwaltung(user, massnahme)
    return massnahme.status in ENTWURF and darf_mitwirken(user, massnahme)


def koordiniert_beratung(user, massnahme) -> bool:
    """Coordinates a Gremium with a Sitzung that has the measure on its agenda."""
    from gremien.permissions import darf_bearbeiten as gremium_bearbeiten

    if not massnahme.pk:
        return False
    gremien = {
        b.top.sitzung.gremium for b in massnahme.beratungen.select_related("top__sitzung__gremium")
    }
    return any(gremium_bearbeiten(user, g) for g in gremien)


def darf_beraten(user, massnahme) -> bool:
    """Record the Sozialraumteam's discussion and the Lenkungsgruppe's decision."""
    return user.is_authenticated and (
        ist_verwaltung(user, massnahme)
        or ist_koordination(user, massnahme)
        or koordiniert_beratung(user, massnahme)
    )


def koordiniert_beratungsgremium(user) -> bool:
    """Coordinates a Sozialraumteam or a Lenkungsgruppe (object right on the Gremium)."""
    from gremien.models import Gremium

    ids = [int(pk) for pk in objektrechte(user).get("gremien.change_gremium", ())]
    return (
        bool(ids)
        and Gremium.objects.filter(
            pk__in=ids, aktiv=True, art__in=(Gremium.Art.SOZIALRAUMTEAM, Gremium.Art.LENKUNGSGRUPPE)
        ).exists()
    )


def darf_auf_tagesordnung(user, massnahme) -> bool:
    """Put it on a Sitzung's agenda: who takes part in it, and the Koordination of a
    Sozialraumteam or a Lenkungsgruppe, who plans her Gremium's agenda."""
    return user.is_authenticated and (
        darf_mitwirken(user, massnahme) or koordiniert_beratungsgremium(user)
    )


def darf_vereinbaren(user, massnahme) -> bool:
    """Agree and extend: the Jugendamt-Administration only."""
    return ist_verwaltung(user, massnahme)


def traeger_fuer_entwurf(user, queryset):
    """The Träger ``user`` may name as leading Träger: the administration any, a
    Sozialraumkoordination any (she drafts with a Träger of her area), a Redaktion hers."""
    if ist_verwaltung(user) or koordinierte_sozialraeume(user):
        return queryset
    eigene = [int(pk) for pk in objektrechte(user).get("traeger.change_traeger", ())]
    return queryset.filter(pk__in=eigene)


def im_jugendamt_bearbeitbar(user, queryset):
    """For the admin: measures within a scoped administration's Jugendämter; all otherwise."""
    jugendaemter = verwaltete_jugendaemter(user)
    if jugendaemter is None:
        return queryset
    return queryset.filter(Q(regionalraum__jugendamt__in=jugendaemter))
