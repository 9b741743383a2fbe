"""``{% darf_pflegen traeger as darf_bearbeiten %}``: may the user edit this Träger's data?"""

from django import template

from traeger.permissions import can_edit_traeger

register = template.Library()


@register.simple_tag(takes_context=True)
def darf_pflegen(context, traeger) -> bool:
    return can_edit_traeger(context["request"].user, traeger)
