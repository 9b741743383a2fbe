from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def ebene(nummer: int, plural: str = "") -> str:
    """The installation's name of area level 0 (Jugendamt) to 3 (Quartier): ``{{ 2|ebene }}``,
    ``{{ 2|ebene:"plural" }}``."""
    singular, mehrzahl = settings.GEBIETSEBENEN[int(nummer)]
    return mehrzahl if plural else singular


@register.inclusion_tag("_brotkrumen.html")
def brotkrumen(*stufen):
    """Breadcrumbs: Start, then each area or (title, url) pair given; the last is the page."""
    eintraege = [(_("Start"), reverse("start"))]
    for stufe in stufen:
        if stufe in ("", None):
            continue
        if isinstance(stufe, str | Promise):
            eintraege.append((stufe, ""))
        elif hasattr(stufe, "brotkrumen"):
            eintraege.extend(stufe.brotkrumen())
        elif hasattr(stufe, "eltern"):
            eintraege.append((_("Gebiete"), reverse("gebiete")))
            eintraege.extend((g.name, g.get_absolute_url()) for g in stufe.eltern)
            eintraege.append((stufe.name, stufe.get_absolute_url()))
        else:
            eintraege.append(tuple(stufe))
    titel, _url = eintraege[-1]
    eintraege[-1] = (titel, "")
    return {"brotkrumen": eintraege}
