"""Sections that higher floors add to the area pages and the start page.

Registered in each app's ``AppConfig.ready()`` (sozialraum/erweiterungen/__init__.py). A section
function returns ``None`` (nothing to show) or a dict with ``template`` and the context
that template needs.
"""

import copy
import re

from django.http import QueryDict
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


# The area page's own parameters (the Einrichtungen list's page, the gap table's Zielgruppe),
# with the values they can have: only these reach a kept section and its key, so that junk
# parameters neither fill the cache nor end up in the links others are served.
GEBIET_PARAMETER = {"seite": re.compile(r"\d{1,4}"), "zielgruppe": re.compile(r"[\w-]{1,50}")}


def _gebiet_parameter(request) -> QueryDict:
    werte = QueryDict(mutable=True)
    for name, muster in GEBIET_PARAMETER.items():
        wert = request.GET.get(name, "")
        if muster.fullmatch(wert):
            werte[name] = wert
    return werte


def abschnitt_behalten(art: str, request, gebiet, template: str, daten) -> dict:
    """An area page's section that is alike for everybody who sees the page, kept rendered
    per data state (sozialraum/werkzeuge/datenstand.py): ``template`` with ``bereich=daten()``
    (and ``gebiet``, ``request``; no context processors, nothing of the user), per area, day,
    language and the page's own parameters (``GEBIET_PARAMETER``; its links keep them)."""

    parameter = _gebiet_parameter(request)

    def rechnen() -> str:
        # The templates' links read request.GET: they get only the page's own parameters.
        gefiltert = copy.copy(request)
        gefiltert.GET = parameter
        kontext = {"bereich": daten(), "gebiet": gebiet, "request": gefiltert}
        return render_to_string(template, kontext)

    teile = [
        type(gebiet).__name__,
        gebiet.pk,
        timezone.localdate().isoformat(),
        get_language(),
        sorted(parameter.items()),
    ]
    # The state once per request, before any section computes (datenstand.py: what is kept
    # is at least as new as the state it is kept under).
    if not hasattr(request, "datenstand"):
        request.datenstand = aktueller_stand()
    html = behalten(art, teile, rechnen, stand=request.datenstand)
    return {"template": "includes/gespeichert.html", "html": html}
