"""What the page maps (static/js/karte.js) draw of this floor: area boundaries.

A page map reads its data from the page itself (``json_script``), not from an endpoint:
the boundaries from the ``karte-grenzen`` script of ``includes/karte.html``, the places from
every ``karte-orte-…`` script a higher floor puts on the page (``traeger/karte.py``). So the
area page shows the places of the Träger floor without knowing it.
"""

from .models import Gebiet

HAUPT = "haupt"  # the page's own area: drawn strong
UNTER = "unter"  # its child areas: drawn lightly, each a link to its page


def grenze(gebiet: Gebiet, art: str = HAUPT) -> dict | None:
    """``gebiet``'s boundary as a GeoJSON Feature (None without one).

    Boundaries arrive simplified from the import (docs/gebiete-import.md), so they go out as
    they are stored.
    """
    if not gebiet.grenze:
        return None
    eigenschaften = {"name": gebiet.name, "art": art}
    if art == UNTER:
        eigenschaften["url"] = gebiet.get_absolute_url()
    return {"type": "Feature", "geometry": gebiet.grenze, "properties": eigenschaften}


def gebiet_grenzen(gebiet: Gebiet, unter_gebiete=()) -> list[dict]:
    """The area's boundary and, lightly, those of its child areas (already loaded rows)."""
    features = [grenze(u, UNTER) for u in unter_gebiete]
    features.append(grenze(gebiet))
    return [f for f in features if f]
