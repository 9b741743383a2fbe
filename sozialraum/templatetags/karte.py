"""The maps' tile settings for templates: ``{% load karte %}``.

Ground floor: the area pages (sozialraum), the Einrichtung pages (traeger) and the search
(angebote) draw their maps with the same tiles (static/js/karte.js).
"""

from django import template
from django.conf import settings

from sozialraum.karte import grenze

register = template.Library()


@register.simple_tag
def karten_kacheln() -> str:
    """The tile URL template (``{z}/{x}/{y}``); empty or blank: the map shows no background
    and asks no other server for anything."""
    return (getattr(settings, "KARTE_KACHEL_URL", "") or "").strip()


@register.simple_tag
def karten_attribution() -> str:
    """The attribution the tile provider requires (plain text)."""
    return (getattr(settings, "KARTE_KACHEL_ATTRIBUTION", "") or "").strip()


@register.filter
def karten_grenze(gebiet) -> list[dict]:
    """``gebiet``'s boundary for a page map (``includes/karte.html``): ``[Feature]`` or ``[]``."""
    feature = grenze(gebiet) if gebiet is not None else None
    return [feature] if feature else []
