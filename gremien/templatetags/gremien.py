from django import template

from gremien.sitzung.protokoll import markdown_html

register = template.Library()


@register.filter
def markdown(text: str) -> str:
    """Minutes in Markdown as sanitised HTML (nh3)."""
    return markdown_html(text)
