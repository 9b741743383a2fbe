"""Template helpers of the Merkliste (angebote/merkliste.py)."""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

from angebote import merkliste

register = template.Library()

_SKRIPT_GELADEN = "_merkliste_skript"


@register.simple_tag(takes_context=True)
def merkliste_skript(context) -> str:
    """static/js/merkliste.js, once per response: every Merken button brings it along (a
    result card, the offer page, the button swapped in by htmx), as an error summary brings
    fehler.js. The script starts only once per page."""
    request = context.get("request")
    if request is None or getattr(request, _SKRIPT_GELADEN, False):
        return ""
    setattr(request, _SKRIPT_GELADEN, True)
    return format_html('<script src="{}" defer></script>', static("js/merkliste.js"))


@register.simple_tag(takes_context=True)
def aktive_merkliste_name(context) -> str:
    """The active list's name for the Merkliste link; empty for the default "Merkliste"."""
    request = context.get("request")
    if request is None:
        return ""
    name = merkliste.aktiver_name(request)
    return "" if name == merkliste.standardname() else name


@register.filter
def weiteres_telefon(angebot) -> tuple[str, str] | None:
    """For the handout's "Telefon" line, see ``merkliste.weiteres_telefon``."""
    return merkliste.weiteres_telefon(angebot)
