"""Template tags of the review: the queue count in the navigation, the pending proposal."""

from django import template

from ..models import Aenderungsvorschlag
from ..permissions import darf_vorschlaege_pruefen

register = template.Library()


@register.simple_tag(takes_context=True)
def offene_vorschlaege(context) -> int | None:
    """Proposals waiting for review, for those who review them (None for everybody else)."""
    request = context.get("request")
    if request is None or not darf_vorschlaege_pruefen(request.user):
        return None
    return Aenderungsvorschlag.objects.offen().count()


@register.simple_tag
def ausstehender_vorschlag(angebot) -> Aenderungsvorschlag | None:
    """The offer's proposal not yet applied (in review or sent back), if any."""
    return (
        Aenderungsvorschlag.objects.ausstehend()
        .filter(angebot=angebot)
        .select_related("eingereicht_von", "geprueft_von")
        .first()
    )
