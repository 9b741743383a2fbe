"""What the search page's layout needs beyond the filters themselves (templates/angebote/suche.html)."""

from django import template

register = template.Library()

# Not filters: the search text has its own field above the filters.
KEINE_FILTER = frozenset({"q"})


@register.filter
def aktive_filter(form) -> int:
    """How many filter values the request sets: one per ticked box, chosen option or filled
    field, the search text not counted. The phone's "Filter (N aktiv)" button shows it;
    static/js/suche.js counts the same way in the browser after every change."""
    if not form.is_bound:
        return 0
    daten = form.data
    werte = (
        daten.getlist(name) if hasattr(daten, "getlist") else [daten.get(name)]
        for name in form.fields
        if name not in KEINE_FILTER
    )
    return sum(1 for liste in werte for wert in liste if wert is not None and str(wert).strip())
