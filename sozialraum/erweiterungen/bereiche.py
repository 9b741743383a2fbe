"""Sections that higher floors add to the area pages and the start page.

Registered in each app's ``AppConfig.ready()`` (sozialraum/erweiterungen/__init__.py). A section
function returns ``None`` (nothing to show) or a dict with ``template`` and the context
that template needs.
"""

from sozialraum.erweiterungen import Erweiterungspunkt

# ``funktion(request, gebiet)``: the offers, Träger, Gremien … of an area page.
GEBIETSSEITE = Erweiterungspunkt("Abschnitte der Gebietsseiten")
# ``funktion(request)``: above the search on the start page, e.g. "my open tasks".
STARTSEITE = Erweiterungspunkt("Abschnitte der Startseite")


def bereiche_fuer(request, gebiet) -> list[dict]:
    return GEBIETSSEITE.sammeln(request, gebiet)


def startbereiche_fuer(request) -> list[dict]:
    return STARTSEITE.sammeln(request)
