from django import template
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from angebote.filters import MEHRFACH

register = template.Library()


@register.simple_tag(takes_context=True)
def abfrage_mit(context, name: str, wert) -> str:
    """The current search with ``name=wert`` toggled (added to the values of a parameter
    that takes several, filters.MEHRFACH)."""
    params: QueryDict = context["request"].GET.copy()
    params.pop("seite", None)
    wert = str(wert)
    if name in MEHRFACH:
        werte = params.getlist(name)
        params.setlist(name, [w for w in werte if w != wert] if wert in werte else [*werte, wert])
    elif params.get(name) == wert:
        params.pop(name)
    else:
        params[name] = wert
    return "?" + params.urlencode()


@register.simple_tag(takes_context=True)
def ist_aktiv(context, name: str, wert) -> bool:
    return str(wert) in context["request"].GET.getlist(name)


@register.simple_tag(takes_context=True)
def seite_url(context, nummer: int) -> str:
    params = context["request"].GET.copy()
    params["seite"] = nummer
    return "?" + params.urlencode()


@register.inclusion_tag("angebote/_frische.html")
def frische(obj):
    """Freshness mark: "geprüft vor 3 Monaten", stale ones stand out."""
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
