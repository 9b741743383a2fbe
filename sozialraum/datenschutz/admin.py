"""The admin actions for data-protection requests, on user accounts and Ansprechpersonen.

``DatenschutzAdminMixin`` on a ModelAdmin adds two actions, for the Jugendamt-Administration
and superusers only:

- "Auskunft über die Person": choose the records that belong to the person (the selected one,
  and others with the same e-mail address or full name, ticked by the admin), then download
  the JSON export (sozialraum/datenschutz/auskunft.py);
- "Person löschen": the same choice, then a German summary of what will happen, a confirmation
  box, then erasure (sozialraum/datenschutz/anfragen.py).

Both steps post back to the changelist with the action name, as Django's own "delete
selected" does, so the admin's permission check and CSRF protection apply to every step.
"""

import uuid

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IS_POPUP_VAR
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION

from .anfragen import (
    DatenschutzFehler,
    beschreibung,
    ereignis_protokollieren,
    kandidaten,
    loeschen,
    nicht_durchsuchen,
    person_aus,
    vorschau,
)
from .auskunft import auskunft_json
from .freitext import erwaehnungen

ERWAEHNUNGEN_ANZEIGEN = 100


def darf_datenschutz(user) -> bool:
    """Data-protection requests are for the Jugendamt-Administration and superusers."""
    return (
        user.is_authenticated
        and user.is_active
        and user.is_staff
        and (user.is_superuser or user.groups.filter(name=JUGENDAMT_ADMINISTRATION).exists())
    )


@admin.action(
    description=gettext_lazy("Auskunft über die Person (JSON, Art. 15/20 DSGVO)"),
    permissions=["datenschutz"],
)
def personendaten_auskunft(modeladmin, request, queryset):
    return _ablauf(modeladmin, request, queryset, loeschung=False)


@admin.action(
    description=gettext_lazy("Person löschen bzw. anonymisieren (Art. 17 DSGVO) …"),
    permissions=["datenschutz"],
)
def personendaten_loeschen(modeladmin, request, queryset):
    return _ablauf(modeladmin, request, queryset, loeschung=True)


class DatenschutzAdminMixin:
    """Put before the ModelAdmin base class of a model whose records are persons."""

    def has_datenschutz_permission(self, request) -> bool:
        return darf_datenschutz(request.user)

    def get_actions(self, request):
        aktionen = super().get_actions(request)
        if self.actions is None or IS_POPUP_VAR in request.GET:
            return aktionen
        if self.has_datenschutz_permission(request):
            for aktion in (personendaten_auskunft, personendaten_loeschen):
                funktion, name, text = self.get_action(aktion)
                aktionen[name] = (funktion, name, text)
        return aktionen


def _ablauf(modeladmin, request, queryset, loeschung: bool):
    if not darf_datenschutz(request.user):  # get_actions already hides it; never rely on that
        modeladmin.message_user(request, _("Dafür fehlt Ihnen die Berechtigung."), messages.ERROR)
        return None
    if queryset.count() != 1:
        modeladmin.message_user(
            request,
            _(
                "Bitte genau einen Datensatz auswählen: Auskunft und Löschung gelten einer Person. "
                "Weitere Datensätze derselben Person wählen Sie im nächsten Schritt."
            ),
            messages.ERROR,
        )
        return None
    obj = queryset.get()
    label = obj._meta.label_lower
    try:
        vorschlaege = kandidaten(person_aus({label: [obj.pk]}))
        gewaehlt = set(request.POST.getlist("weitere")) & {k.wert for k in vorschlaege}
        identitaeten = {label: {obj.pk}}
        for wert in gewaehlt:
            art, pk = wert.split(":")
            identitaeten.setdefault(art, set()).add(int(pk))
        person = person_aus(identitaeten)
    except DatenschutzFehler as fehler:
        modeladmin.message_user(request, str(fehler), messages.ERROR)
        return None

    schritt = request.POST.get("schritt", "")
    kontext = {
        **modeladmin.admin_site.each_context(request),
        "opts": modeladmin.model._meta,
        "obj": obj,
        "aktion": "personendaten_loeschen" if loeschung else "personendaten_auskunft",
        "auswahl_feld": helpers.ACTION_CHECKBOX_NAME,
        "beschreibung": beschreibung(person),
        "kandidaten": vorschlaege,
        "gewaehlt": gewaehlt,
        "fehler": "",
    }
    if not loeschung and schritt == "export":
        return _auskunft_senden(request, person)
    if loeschung and schritt == "loeschen":
        if request.POST.get("bestaetigt") == "ja":
            return _loeschen(modeladmin, request, person)
        kontext["fehler"] = _(
            "Bitte bestätigen Sie, dass Sie die Zusammenfassung gelesen haben: ohne das Häkchen "
            "wird nichts gelöscht."
        )
        schritt = "vorschau"
    if loeschung and schritt == "vorschau":
        stellen = erwaehnungen(person, nicht_durchsuchen())
        return TemplateResponse(
            request,
            "admin/datenschutz/zusammenfassung.html",
            {
                **kontext,
                "title": _("Person löschen: Zusammenfassung"),
                "zeilen": vorschau(person, stellen),
                "erwaehnungen": stellen[:ERWAEHNUNGEN_ANZEIGEN],
                "weitere_erwaehnungen": max(len(stellen) - ERWAEHNUNGEN_ANZEIGEN, 0),
            },
        )
    return TemplateResponse(
        request,
        "admin/datenschutz/auswahl.html",
        {
            **kontext,
            "title": _("Person löschen: Datensätze wählen")
            if loeschung
            else _("Auskunft über die Person: Datensätze wählen"),
            "loeschung": loeschung,
        },
    )


def _auskunft_senden(request, person) -> HttpResponse:
    vorgang = uuid.uuid4().hex[:12]
    antwort = HttpResponse(auskunft_json(person), content_type="application/json; charset=utf-8")
    antwort["Content-Disposition"] = f'attachment; filename="personendaten-{vorgang}.json"'
    antwort["Cache-Control"] = "no-store"
    ereignis_protokollieren(
        "personendaten_auskunft",
        request,
        request.user,
        vorgang,
        datensaetze=sum(len(p) for p in person.identitaeten.values()),
    )
    return antwort


def _loeschen(modeladmin, request, person):
    try:
        vorgang, bericht = loeschen(person, ausgefuehrt_von=request.user, request=request)
    except DatenschutzFehler as fehler:
        modeladmin.message_user(request, str(fehler), messages.ERROR)
        return None
    modeladmin.message_user(
        request,
        _("Die Personendaten wurden gelöscht bzw. anonymisiert (Vorgang %(vorgang)s). %(was)s")
        % {"vorgang": vorgang, "was": " ".join(bericht)},
        messages.SUCCESS,
    )
    return None
