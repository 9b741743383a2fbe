"""A Gremium's attendance statistics: its active members and how often each was present,
excused or missing. The Gremium page and its download read it here, and nowhere else."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext as _

from ..models import Gremium, Mitgliedschaft, Teilnahme


def anwesenheitsstatistik(gremium: Gremium) -> QuerySet[Mitgliedschaft]:
    """Active memberships with ``anwesend``, ``entschuldigt`` and ``gefehlt`` counted."""
    status = Teilnahme.Status
    return (
        gremium.mitgliedschaften.aktiv()
        .select_related("person", "traeger")
        .annotate(
            anwesend=Count("teilnahmen", filter=Q(teilnahmen__status=status.ANWESEND)),
            entschuldigt=Count("teilnahmen", filter=Q(teilnahmen__status=status.ENTSCHULDIGT)),
            gefehlt=Count("teilnahmen", filter=Q(teilnahmen__status=status.FEHLT)),
        )
        .order_by("rolle", "person__last_name", "traeger__name")
    )


def kopf() -> list[str]:
    """The table's headers on the Gremium page (templates/gremien/gremium.html)."""
    return [_("Mitglied"), _("Rolle"), _("anwesend"), _("entschuldigt"), _("gefehlt")]


def mitglied_text(mitgliedschaft: Mitgliedschaft) -> str:
    """The member as the page writes her: person (Träger), the person or the Träger alone."""
    person, traeger = mitgliedschaft.person, mitgliedschaft.traeger
    if person and traeger:
        return f"{person} ({traeger.name})"
    return str(person) if person else traeger.name


def zeilen(gremium: Gremium) -> list[list]:
    return [
        [mitglied_text(m), m.get_rolle_display(), m.anwesend, m.entschuldigt, m.gefehlt]
        for m in anwesenheitsstatistik(gremium)
    ]
