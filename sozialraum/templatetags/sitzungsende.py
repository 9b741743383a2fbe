"""``{% sitzungsende %}`` in ``base.html``: what static/js/sitzung.js needs on each page.

For a logged-in user it renders ``templates/sozialraum/_sitzungsende.html``: the (hidden)
warning before the login ends, with the seconds left and its translated texts, and, on the
page a held form came from, the notice and the input to put back (``sozialraum/zugang/sitzung.py``).
Nothing for anonymous visitors.
"""

from django import template
from django.conf import settings
from django.utils.translation import ngettext

from sozialraum.zugang import sitzung

register = template.Library()


def _dauer(sekunden: int) -> str:
    if sekunden % 3600 == 0:
        stunden = sekunden // 3600
        return ngettext("%(n)d Stunde", "%(n)d Stunden", stunden) % {"n": stunden}
    minuten = sekunden // 60
    return ngettext("%(n)d Minute", "%(n)d Minuten", minuten) % {"n": minuten}


@register.inclusion_tag("sozialraum/_sitzungsende.html", takes_context=True)
def sitzungsende(context) -> dict:
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"angemeldet": False}
    return {
        "angemeldet": True,
        "rest": sitzung.restzeit(request.session),
        "vorwarnung": sitzung.VORWARNUNG,
        "hoechstdauer": _dauer(settings.SESSION_COOKIE_AGE),
        "eingaben": sitzung.eingaben_zurueckgeben(request),
        "csrf_token": context.get("csrf_token"),
    }
