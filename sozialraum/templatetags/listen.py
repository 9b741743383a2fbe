"""Template tags every floor's lists use: the freshness mark of a checked record and the page
navigation. Ground floor, so that a Träger page needs no tag library of ``angebote``."""

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.inclusion_tag("includes/frische.html")
def frische(obj):
    """Freshness mark of a record with a last check (``traeger.models.Pruefbar``): "geprüft
    vor 3 Monaten"; stale ones stand out (the rule of sozialraum/werkzeuge/fristen.py)."""
    monate = obj.pruefalter_monate
    if monate is None:
        text, veraltet = _("nie geprüft"), True
    elif monate == 0:
        text, veraltet = _("diesen Monat geprüft"), False
    else:
        text = ngettext(
            "zuletzt geprüft vor %(n)d Monat", "zuletzt geprüft vor %(n)d Monaten", monate
        ) % {"n": monate}
        veraltet = obj.veraltet
    return {"text": text, "veraltet": veraltet, "datum": obj.zuletzt_geprueft}


@register.simple_tag(takes_context=True)
def seite_url(context, nummer: int) -> str:
    """The current address with ``seite=nummer`` (every other parameter kept)."""
    params = context["request"].GET.copy()
    params["seite"] = nummer
    return "?" + params.urlencode()


@register.inclusion_tag("includes/seiten.html", takes_context=True)
def seiten(context, seite):
    """Previous / "Seite n von m" / next under a paginated list; nothing for one page."""
    return {"request": context["request"], "seite": seite}
