"""Extension points of the offers pages for higher floors (sozialraum/erweiterungen/).

``SUCHSEITE``: ``funktion(request, text, gebiet)`` returns ``None`` or a section dict with
``template`` (and what it needs), shown beside the offers of a search, never mixed into
them: the Sozialraum's resources matching the query, for instance. ``text`` is the query
as the form took it (never empty here), ``gebiet`` the area filter (a Jugendamt,
Regionalraum, Sozialraum or Quartier) or ``None``. The function decides itself what the
user may see, and keeps its queries constant.
"""

from sozialraum.erweiterungen import Erweiterungspunkt

SUCHSEITE = Erweiterungspunkt("Abschnitte neben den Treffern der Angebotssuche")


def suchbereiche(request, text: str, gebiet) -> list[dict]:
    if not text:
        return []
    return SUCHSEITE.sammeln(request, text, gebiet)
