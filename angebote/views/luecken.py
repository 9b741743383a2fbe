"""The Einrichtungen behind a count of the gap table: where nothing is entered yet."""

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from traeger.models import Einrichtung

from ..bereiche import einrichtungen_ohne_angebot
from ..filters import gebiet_aus_wert

PRO_SEITE = 50


class EinrichtungenFilter(forms.Form):
    gebiet = forms.CharField(label=_("Gebiet"), max_length=60)
    art = forms.ChoiceField(
        label=_("Art"), choices=[("", _("alle")), *Einrichtung.Art.choices], required=False
    )

    def clean_gebiet(self):
        wert = self.cleaned_data["gebiet"]
        # PostgreSQL refuses a NUL character in a string: not a key, asked nowhere.
        gebiet = gebiet_aus_wert(wert) if "\x00" not in wert else None
        if gebiet is None:
            raise forms.ValidationError(_("Dieses Gebiet gibt es nicht."))
        return gebiet


@require_GET
def einrichtungen_ohne_angebot_liste(request):
    """Public like the area page whose gap table links here: the current Einrichtungen of
    an area (of one kind) at which no published offer runs. Three queries: the area, the
    count, the page with the Träger."""
    form = EinrichtungenFilter(request.GET)
    seite = gebiet = art = None
    if form.is_valid():
        gebiet, art = form.cleaned_data["gebiet"], form.cleaned_data["art"]
        einrichtungen = einrichtungen_ohne_angebot(gebiet)
        if art:
            einrichtungen = einrichtungen.filter(art=art)
        seite = Paginator(
            einrichtungen.select_related("traeger").order_by("name", "pk"), PRO_SEITE
        ).get_page(request.GET.get("seite"))
    return render(
        request,
        "angebote/einrichtungen_ohne_angebot.html",
        {
            "form": form,
            "gebiet": gebiet,
            "art": dict(Einrichtung.Art.choices).get(art) if art else None,
            "seite": seite,
        },
    )
