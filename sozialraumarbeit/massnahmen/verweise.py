"""Links between the minutes and the measures (gremien/erweiterungen.py TOP_VERWEISE)."""

from django.utils.translation import gettext as _

from ..models import MassnahmenTop
from .permissions import darf_massnahmen_sehen


def massnahmen_an_tops(request, sitzung, tops) -> dict[int, list[dict]] | None:
    """Under each "Maßnahme beraten" TOP, the link to its measure (for who may see it)."""
    if not tops or not darf_massnahmen_sehen(request.user):
        return None
    verweise: dict[int, list[dict]] = {}
    for beratung in MassnahmenTop.objects.filter(top__in=[t.pk for t in tops]).select_related(
        "massnahme"
    ):
        verweise.setdefault(beratung.top_id, []).append(
            {
                "text": _("Maßnahme: %(titel)s (%(stand)s)")
                % {
                    "titel": beratung.massnahme.titel,
                    "stand": beratung.massnahme.get_status_display(),
                },
                "url": beratung.massnahme.get_absolute_url(),
            }
        )
    return verweise
