"""Template tags every floor's lists use: the freshness mark of a checked record and the page
navigation. Ground floor, so that a Träger page needs no tag library of ``angebote``."""

import functools

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from sozialraum.werkzeuge.fristen import monate_seit, monatsgrenze

register = template.Library()


@register.simple_tag
def frische(obj) -> str:
    """Freshness mark of a record with a last check (``traeger.models.Pruefbar``): "geprüft
    vor 3 Monaten"; stale ones stand out (the rule of sozialraum/werkzeuge/fristen.py).
    Built here, not by an included template: lists show fifty of them, most with one of a
    few dates (an import's), so each mark is built once per date, day, rule and language."""
    return _frische(
        obj.zuletzt_geprueft,
        timezone.localdate(),
        settings.PRUEFINTERVALL_MONATE,
        get_language(),
    )


@functools.lru_cache(maxsize=1024)
def _frische(datum, heute, intervall, _sprache) -> str:
    monate = monate_seit(datum, heute) if datum else None
    if monate is None:
        text, veraltet = _("nie geprüft"), True
    elif monate == 0:
        text, veraltet = _("diesen Monat geprüft"), False
    else:
        text = ngettext(
            "zuletzt geprüft vor %(n)d Monat", "zuletzt geprüft vor %(n)d Monaten", monate
        ) % {"n": monate}
        veraltet = datum <= monatsgrenze(heute, intervall)  # fristen.ist_veraltet
    return format_html(
        '<span class="frische{}"{}>{}{}</span>',
        " frische--veraltet" if veraltet else "",
        format_html(' title="{}"', date_format(datum, "j. F Y")) if datum else "",
        mark_safe('<span aria-hidden="true">⚠ </span>') if veraltet else "",
        text,
    )


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
