"""Träger-Redaktion: edit the own Träger, its Einrichtungen and Ansprechpersonen in the UI.

Whoever may edit the Träger (``can_edit_traeger``: the Jugendamt-Administration, or
``traeger.change_traeger`` on it) edits these pages; for everybody else they answer 403 (the
Träger itself is visible to every logged-in user, so there is nothing to hide). Changes are
published at once (the review queue is for Angebote only) and count as a check: saving sets
"zuletzt geprüft" to today. Nothing is deleted here; that stays with the admin. Two people
saving the same record: the second save is refused (``KonfliktForm``).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from sozialraum.werkzeuge.felder import moeglicher_wert
from sozialraum.werkzeuge.konflikt import speichern

from ..forms import AnsprechpersonForm, EinrichtungForm, TraegerForm
from ..models import Ansprechperson, Einrichtung, Traeger
from ..permissions import can_edit_traeger


def traeger_zum_bearbeiten(request, pk: int) -> Traeger:
    """The Träger (404 if unknown) if the user may edit it (else 403)."""
    traeger = get_object_or_404(Traeger, pk=pk)
    if not can_edit_traeger(request.user, traeger):
        raise PermissionDenied
    return traeger


def _speichern(form, user):
    """Validate and save in one transaction (the conflict check's row lock holds until the
    write), and note the check: whoever edits a record has looked at all of it. None if the
    form has errors."""

    def sichern(form):
        obj = form.save(commit=False)
        obj.zuletzt_geprueft = timezone.localdate()
        obj.geprueft_von = user
        obj.save()
        form.save_m2m()
        return obj

    return speichern(form, sichern)


def _formular(request, form, titel: str, traeger: Traeger, zurueck: str, objekt=None, **kontext):
    # Breadcrumbs: the Träger, the Einrichtung being edited (Ansprechpersonen have no page).
    krume = (objekt.name, objekt.get_absolute_url()) if isinstance(objekt, Einrichtung) else None
    return render(
        request,
        "traeger/redaktion_formular.html",
        {
            "form": form,
            "titel": titel,
            "traeger": traeger,
            "objekt": objekt,
            "traeger_krume": (traeger.name, traeger.get_absolute_url()),
            "objekt_krume": krume,
            "zurueck": zurueck,
            **kontext,
        },
    )


def traeger_bearbeiten(request, pk: int):
    traeger = traeger_zum_bearbeiten(request, pk)
    form = TraegerForm(request.POST or None, instance=traeger)
    if request.method == "POST" and _speichern(form, request.user):
        messages.success(request, _("Die Angaben zum Träger sind gespeichert."))
        return redirect(traeger)
    return _formular(
        request, form, _("Träger bearbeiten"), traeger, traeger.get_absolute_url(), art="traeger"
    )


def einrichtung_neu(request, traeger_pk: int):
    traeger = traeger_zum_bearbeiten(request, traeger_pk)
    form = EinrichtungForm(request.POST or None, instance=Einrichtung(traeger=traeger))
    if request.method == "POST" and (einrichtung := _speichern(form, request.user)):
        messages.success(
            request, _("Die Einrichtung „%(name)s“ ist angelegt.") % {"name": einrichtung.name}
        )
        return redirect(einrichtung)
    return _formular(
        request,
        form,
        _("Neue Einrichtung"),
        traeger,
        traeger.get_absolute_url(),
        art="einrichtung",
    )


def einrichtung_bearbeiten(request, pk: int):
    einrichtung = get_object_or_404(Einrichtung.objects.select_related("traeger"), pk=pk)
    traeger = traeger_zum_bearbeiten(request, einrichtung.traeger_id)
    form = EinrichtungForm(request.POST or None, instance=einrichtung)
    if request.method == "POST" and _speichern(form, request.user):
        messages.success(request, _("Die Einrichtung ist gespeichert."))
        return redirect(einrichtung)
    return _formular(
        request,
        form,
        _("Einrichtung bearbeiten"),
        traeger,
        einrichtung.get_absolute_url(),
        art="einrichtung",
        objekt=einrichtung,
    )


def ansprechperson_neu(request, traeger_pk: int):
    traeger = traeger_zum_bearbeiten(request, traeger_pk)
    einrichtung = None
    if moeglicher_wert(Einrichtung._meta.pk, wert := request.GET.get("einrichtung", "")):
        einrichtung = traeger.einrichtungen.filter(pk=wert).first()
    form = AnsprechpersonForm(
        request.POST or None,
        instance=Ansprechperson(traeger=traeger),
        initial={"einrichtung": einrichtung},
        traeger=traeger,
    )
    if request.method == "POST" and (person := _speichern(form, request.user)):
        messages.success(
            request, _("„%(name)s“ ist als Ansprechperson angelegt.") % {"name": person.name}
        )
        return redirect(person.einrichtung or traeger)
    return _formular(
        request,
        form,
        _("Neue Ansprechperson"),
        traeger,
        (einrichtung or traeger).get_absolute_url(),
        art="ansprechperson",
    )


def ansprechperson_bearbeiten(request, pk: int):
    person = get_object_or_404(Ansprechperson.objects.select_related("traeger"), pk=pk)
    traeger = traeger_zum_bearbeiten(request, person.traeger_id)
    zurueck = (person.einrichtung or traeger).get_absolute_url()
    form = AnsprechpersonForm(request.POST or None, instance=person, traeger=traeger)
    if request.method == "POST" and (person := _speichern(form, request.user)):
        messages.success(
            request, _("Die Angaben zu „%(name)s“ sind gespeichert.") % {"name": person.name}
        )
        return redirect(person.einrichtung or traeger)
    return _formular(
        request,
        form,
        _("Ansprechperson bearbeiten"),
        traeger,
        zurueck,
        art="ansprechperson",
        objekt=person,
    )
