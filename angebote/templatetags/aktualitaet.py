"""``{% darf_bestaetigen angebot as darf %}``: may the user confirm the offer "Noch aktuell"?

The same rule as the view (``frische.darf_bestaetigen``): who may edit the offer, and the
Sozialraumkoordination of a Sozialraum it runs in or serves.
"""

from django import template

from ..frische import darf_bestaetigen as _darf_bestaetigen

register = template.Library()


@register.simple_tag(takes_context=True)
def darf_bestaetigen(context, angebot) -> bool:
    return _darf_bestaetigen(context["request"].user, angebot)
