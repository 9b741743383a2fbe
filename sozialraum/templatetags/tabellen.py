"""``{% herunterladen %}``: the "Herunterladen: CSV · Excel" control beside a list.

Ground floor, so that every app's list puts the same control in the same words. Plain
links (no JavaScript, no ``download`` attribute: a refused export answers with a page that
the browser must show, not save).
"""

from django import template
from django.conf import settings
from django.urls import reverse

register = template.Library()


@register.inclusion_tag("includes/herunterladen.html")
def herunterladen(url_name: str, *args, was: str, abfrage: str = "", anzahl: int | None = None):
    """Links to ``url_name`` (its ``args`` and then the format) with the query ``abfrage``.

    ``was`` names the list for screen readers ("Trefferliste"); ``anzahl``, if the list can
    be longer than ``EXPORT_GRENZE``, replaces the links by the request to narrow it down.
    """
    grenze = settings.EXPORT_GRENZE
    if anzahl is not None and anzahl > grenze:
        return {"zu_viele": True, "anzahl": anzahl, "grenze": grenze}
    anhang = f"?{abfrage}" if abfrage else ""
    links = [
        (reverse(url_name, args=[*args, art]) + anhang, name)
        for art, name in (("csv", "CSV"), ("xlsx", "Excel"))
    ]
    return {"links": links, "was": was}
