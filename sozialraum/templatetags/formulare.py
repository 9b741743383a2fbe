"""Form errors for every form of the project, in one place (WCAG 3.3.1).

``{% fehleruebersicht form zeiten %}`` renders the error summary at the top of a form: one
link per wrong field (to the field's id), the errors of the whole form as text, and, after a
conflict check refused a save (``code="konflikt"``, ``sozialraum/werkzeuge/konflikt.py``), the link to
reload the current state. ``templates/formular/form.html`` calls it, so ``{{ form }}`` brings
it along; templates that lay out their fields themselves call it at the top of their form.
``static/js/fehler.js`` moves the focus to it.

``{% fehler_im_titel %}`` in ``base.html`` puts "Fehler: " before the page title when a form
or formset on the page was sent and has errors.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.forms import BaseForm, BoundField
from django.forms.forms import NON_FIELD_ERRORS
from django.forms.formsets import BaseFormSet
from django.utils.translation import gettext as _

register = template.Library()


@dataclass(frozen=True)
class Fehler:
    text: str
    ziel: str = ""  # the id of the field the entry links to; empty for the whole form


def _hat_fehler(wert) -> bool:
    # type(), not isinstance(): isinstance would evaluate lazy context values such as
    # csrf_token, which sets the CSRF cookie on every page.
    if issubclass(type(wert), BaseForm | BaseFormSet):
        return wert.is_bound and not wert.is_valid()
    return False


def _ziel(feld: BoundField) -> str:
    """The id a link to the field jumps to: the input itself, or the first of its choices."""
    if feld.id_for_label:
        return feld.id_for_label
    if feld.subwidgets:  # radio buttons and checkbox lists have no single input
        return feld.subwidgets[0].id_for_label or feld.auto_id
    return feld.auto_id


def _eintraege(form: BaseForm, zeile: int | None = None) -> list[Fehler]:
    vor = _("Zeile %(n)d") % {"n": zeile} if zeile else ""
    sichtbar = form.visible_fields()
    # A row of a formset has no summary of its own: its errors link to its first field.
    zeilenziel = _ziel(sichtbar[0]) if vor and sichtbar else ""
    eintraege = [
        Fehler(f"{vor}: {fehler}" if vor else str(fehler), zeilenziel)
        for fehler in form.non_field_errors()
    ]
    for feld in form.hidden_fields():
        # Nothing to jump to, but the field's name says what was wrong (e.g. a Träger id in
        # the address that does not exist).
        name = f"{vor}, {feld.label}" if vor else str(feld.label or "")
        eintraege += [
            Fehler(f"{name}: {fehler}" if name else str(fehler)) for fehler in feld.errors
        ]
    for feld in sichtbar:
        name = f"{vor}, {feld.label}" if vor else str(feld.label)
        eintraege += [Fehler(f"{name}: {fehler}", _ziel(feld)) for fehler in feld.errors]
    return eintraege


@register.inclusion_tag("formular/fehleruebersicht.html", takes_context=True)
def fehleruebersicht(context, *formulare):
    """The error summary of one or more forms or formsets; nothing while they have no errors."""
    eintraege: list[Fehler] = []
    konflikt = False
    for formular in formulare:
        if not _hat_fehler(formular):
            continue
        if isinstance(formular, BaseFormSet):
            eintraege += [Fehler(str(fehler)) for fehler in formular.non_form_errors()]
            for nummer, form in enumerate(formular.forms, start=1):
                eintraege += _eintraege(form, zeile=nummer)
        else:
            eintraege += _eintraege(formular)
            konflikt = konflikt or formular.has_error(NON_FIELD_ERRORS, "konflikt")
    request = context.get("request")
    return {
        "eintraege": eintraege,
        "konflikt": konflikt,
        "neu_laden": request.get_full_path() if request else "",
        "titel_praefix": _fehler_praefix(),
    }


def _fehler_praefix() -> str:
    return _("Fehler:") + " "


@register.simple_tag(takes_context=True)
def fehler_im_titel(context) -> str:
    """ "Fehler: " when a form or formset in the page's context was sent with errors."""
    if any(_hat_fehler(wert) for wert in context.flatten().values()):
        return _fehler_praefix()
    return ""
