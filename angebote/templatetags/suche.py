from django import template
from django.http import QueryDict

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
def abfrage_text(context, text: str, genau: bool = False) -> str:
    """The current search with the text ``text`` (first page), and with ``genau`` its
    spelling as typed, uncorrected (filters.AngebotFilter ``genau``)."""
    params: QueryDict = context["request"].GET.copy()
    params.pop("seite", None)
    params["q"] = text
    if genau:
        params["genau"] = "on"
    else:
        params.pop("genau", None)
    return "?" + params.urlencode()
