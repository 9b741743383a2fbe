"""``{{ einrichtungen|karten_orte|json_script:"karte-orte-…" }}``: places as map markers
(traeger/karte.py), for the Einrichtung page and the pages of higher floors (an offer's
places)."""

from django import template

from traeger.karte import karten_orte as _karten_orte
from traeger.models import Einrichtung

register = template.Library()


@register.filter
def karten_orte(einrichtungen) -> dict:
    """One Einrichtung or several (already loaded: no query of its own)."""
    if isinstance(einrichtungen, Einrichtung):
        einrichtungen = [einrichtungen]
    return _karten_orte(einrichtungen)
