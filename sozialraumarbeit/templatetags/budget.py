"""``{{ betrag|euro }}``: German money, ``12.000,00 €`` (budget/stand.py ``euro_text``)."""

from django import template

from sozialraumarbeit.budget.stand import euro_text

register = template.Library()


@register.filter
def euro(betrag) -> str:
    return euro_text(betrag)
