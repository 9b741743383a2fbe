"""The page "API-Schlüssel" (``/konto/api-schluessel/``): a user creates, names, lists and
revokes her personal API tokens. The token itself is shown once, in the answer to the POST
that created it, and is stored nowhere (neither in the session nor in a message): a reload
does not show it again. The operations are in sozialraum/zugang/schluessel.py."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from sozialraum.models import Zugangsschluessel
from sozialraum.werkzeuge.felder import objekt_oder_404
from sozialraum.zugang.schluessel import (
    NAME_LAENGE,
    SchluesselFehler,
    schluessel_anlegen,
    schluessel_widerrufen,
)


class SchluesselForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name des Schlüssels"),
        max_length=NAME_LAENGE,
        help_text=gettext_lazy(
            "Wofür Sie ihn brauchen, z. B. „Fachverfahren“ oder „Auswertung Jugendhilfeplanung“."
        ),
    )


def _kontext(request, form, neu=None, token=None) -> dict:
    return {
        "form": form,
        "schluessel": Zugangsschluessel.objects.filter(user=request.user),
        "neu": neu,
        "token": token,
    }


@require_http_methods(["GET", "POST"])
def liste(request):
    """The own tokens, and the form for a new one; a POST creates one and shows it once."""
    if request.method == "POST":
        form = SchluesselForm(request.POST)
        if form.is_valid():
            try:
                neu, token = schluessel_anlegen(request.user, form.cleaned_data["name"])
            except SchluesselFehler as fehler:
                form.add_error("name", str(fehler))
            else:
                return render(
                    request,
                    "schnittstellen/api_schluessel.html",
                    _kontext(request, SchluesselForm(), neu, token),
                )
        return render(request, "schnittstellen/api_schluessel.html", _kontext(request, form))
    return render(
        request, "schnittstellen/api_schluessel.html", _kontext(request, SchluesselForm())
    )


@require_POST
def widerrufen(request, pk: int):
    """Revoke one of her own tokens; anybody else's does not exist (404)."""
    schluessel = objekt_oder_404(
        Zugangsschluessel.objects.filter(user=request.user).select_related("user"), pk
    )
    schluessel_widerrufen(schluessel, request.user)
    messages.success(
        request,
        _("Der Schlüssel „%(name)s“ (%(prefix)s…) ist widerrufen und gilt ab sofort nicht mehr.")
        % {"name": schluessel.name, "prefix": schluessel.prefix},
    )
    return redirect("api_schluessel")
