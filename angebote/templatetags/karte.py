"""The map's tile settings for templates: ``{% load karte %}``."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def karten_kacheln() -> str:
    """The tile URL template (``{z}/{x}/{y}``); empty or blank: the map shows no background."""
    return (getattr(settings, "KARTE_KACHEL_URL", "") or "").strip()


@register.simple_tag
def karten_attribution() -> str:
    """The attribution the tile provider requires (plain text)."""
    return (getattr(settings, "KARTE_KACHEL_ATTRIBUTION", "") or "").strip()
