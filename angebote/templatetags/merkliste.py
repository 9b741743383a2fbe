"""Template helpers of the Merkliste (angebote/merkliste.py)."""

from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from angebote import merkliste

register = template.Library()

_SKRIPT_GELADEN = "_merkliste_skript"


@register.simple_tag(takes_context=True)
def merkliste_skript(context) -> str:
    """static/js/merkliste.js, once per response: every Merken button brings it along (a
    result card, the offer page, the button swapped in by htmx), as an error summary brings
    fehler.js. The script starts only once per page."""
    request = context.get("request")
    if request is None or getattr(request, _SKRIPT_GELADEN, False):
        return ""
    setattr(request, _SKRIPT_GELADEN, True)
    return format_html('<script src="{}" defer></script>', static("js/merkliste.js"))


@register.simple_tag(takes_context=True)
def aktive_merkliste_name(context) -> str:
    """The active list's name for the Merkliste link; empty for the default "Merkliste"."""
    request = context.get("request")
    if request is None:
        return ""
    name = merkliste.aktiver_name(request)
    return "" if name == merkliste.standardname() else name


@register.filter
def weiteres_telefon(angebot) -> tuple[str, str] | None:
    """For the handout's "Telefon" line, see ``merkliste.weiteres_telefon``."""
    return merkliste.weiteres_telefon(angebot)


@register.simple_tag(takes_context=True)
def merken_knopf(context, angebot, auf_merkliste=None) -> str:
    """The Merken button of an offer (templates/angebote/_merken.html says what it does);
    ``auf_merkliste`` by default from the ids in the context's ``merkliste``.

    Built here, not by a template: a result page has twenty of them, and through an
    include each cost more than the card it sits on (bench/RESULTS.md)."""
    request = context.get("request")
    if auf_merkliste is None:
        auf_merkliste = angebot.pk in context.get("merkliste", ())
    url = reverse("angebote:merken", args=[angebot.pk])
    weiter = context.get("weiter") or (request.get_full_path() if request else "")
    token = context.get("csrf_token")
    teile = [
        format_html(
            '<form method="post" action="{}" class="merken" hx-post="{}" hx-swap="outerHTML"{}>',
            url,
            url,
            format_html(' data-meldung="{}"', context["meldung"]) if context.get("meldung") else "",
        ),
        format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)
        if token and str(token) != "NOTPROVIDED"
        else "",
        format_html('<input type="hidden" name="next" value="{}">', weiter),
    ]
    zaehler = context.get("merkliste_oob") is not None or (
        request is not None and getattr(request.resolver_match, "url_name", None) == "start"
    )
    if zaehler:
        teile.append('<input type="hidden" name="zaehler" value="1">')
    if auf_merkliste:
        teile.append(
            format_html(
                '<input type="hidden" name="aktion" value="entfernen"><button type="submit"'
                ' id="merken-{}" class="kern-btn kern-btn--secondary kern-btn--x-small"'
                ' aria-pressed="true"><span class="kern-label">{} <span aria-hidden="true">✓'
                '</span><span class="visually-hidden">: {}</span></span></button>',
                angebot.pk,
                _("Gemerkt"),
                angebot.titel,
            )
        )
    else:
        teile.append(
            format_html(
                '<input type="hidden" name="aktion" value="hinzufuegen"><button type="submit"'
                ' id="merken-{}" class="kern-btn kern-btn--tertiary kern-btn--x-small"'
                ' aria-pressed="false"><span class="kern-label">{}<span'
                ' class="visually-hidden">: {}</span></span></button>',
                angebot.pk,
                _("Merken"),
                angebot.titel,
            )
        )
    teile.append("</form>")
    teile.append(merkliste_skript(context))
    return mark_safe("".join(teile))
