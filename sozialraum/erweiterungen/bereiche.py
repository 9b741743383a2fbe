"""Sections that higher floors add to the area pages and the start page.

Registered in each app's ``AppConfig.ready()`` (sozialraum/erweiterungen/__init__.py). A section
function returns ``None`` (nothing to show) or a dict with ``template`` and the context
that template needs.
"""

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from sozialraum.erweiterungen import Erweiterungspunkt
from sozialraum.werkzeuge.datenstand import aktueller_stand, behalten

# ``funktion(request, gebiet)``: the offers, Träger, Gremien … of an area page.
GEBIETSSEITE = Erweiterungspunkt("Abschnitte der Gebietsseiten")
# ``funktion(request)``: above the search on the start page, e.g. "my open tasks".
STARTSEITE = Erweiterungspunkt("Abschnitte der Startseite")


def bereiche_fuer(request, gebiet) -> list[dict]:
    return GEBIETSSEITE.sammeln(request, gebiet)


def startbereiche_fuer(request) -> list[dict]:
    return STARTSEITE.sammeln(request)


def abschnitt_behalten(art: str, request, gebiet, template: str, daten) -> dict:
    """An area page's section that is alike for everybody who sees the page, kept rendered
    per data state (sozialraum/werkzeuge/datenstand.py): ``template`` with ``bereich=daten()``
    (and ``gebiet``, ``request``; no context processors, nothing of the user), per area, day,
    language and query string (its links keep the page's parameters)."""

    def rechnen() -> str:
        kontext = {"bereich": daten(), "gebiet": gebiet, "request": request}
        return render_to_string(template, kontext)

    teile = [
        type(gebiet).__name__,
        gebiet.pk,
        timezone.localdate().isoformat(),
        get_language(),
        sorted(request.GET.lists()),
    ]
    # The state once per request, before any section computes (datenstand.py: what is kept
    # is at least as new as the state it is kept under).
    if not hasattr(request, "datenstand"):
        request.datenstand = aktueller_stand()
    html = behalten(art, teile, rechnen, stand=request.datenstand)
    return {"template": "includes/gespeichert.html", "html": html}
