"""Passing a Beschluss or an Empfehlung on to another Gremium (issue #16): who may edit
the source Gremium passes on, to any Gremium she can see (gremien/weitergabe.py)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from sozialraum.werkzeuge.konflikt import speichern

from ..models import Beschluss
from ..zusammenarbeit.forms import WeitergabeForm
from ..zusammenarbeit.weitergabe import WeitergabeFehler, beschluss_weitergeben, vorschlag_titel
from .mitglieder import Krumen
from .zugriff import sitzung_fuer


def beschluss_weitergeben_ansicht(request, pk: int):
    beschluss = get_object_or_404(Beschluss.objects.select_related("top"), pk=pk)
    sitzung = sitzung_fuer(request, beschluss.sitzung_id, bearbeiten=True)
    beschluss.sitzung = sitzung
    form = WeitergabeForm(
        request.POST or None,
        beschluss=beschluss,
        user=request.user,
        initial={"titel": vorschlag_titel(beschluss)},
    )

    def sichern(form):
        try:
            return beschluss_weitergeben(
                beschluss,
                form.cleaned_data["ziel_gremium"],
                request.user,
                form.cleaned_data["titel"],
                form.cleaned_data["hinweis"],
            )
        except WeitergabeFehler as fehler:
            form.add_error("ziel_gremium", str(fehler))
            return None

    if request.method == "POST" and (weitergabe := speichern(form, sichern)):
        if weitergabe.top_id:
            messages.success(
                request,
                _(
                    "Weitergegeben an „%(gremium)s“: der Punkt steht auf der Tagesordnung der "
                    "Sitzung am %(datum)s."
                )
                % {
                    "gremium": weitergabe.ziel_gremium,
                    "datum": date_format(weitergabe.top.sitzung.datum, "j. F Y"),
                },
            )
        else:
            messages.success(
                request,
                _(
                    "Weitergegeben an „%(gremium)s“: noch ist keine Sitzung geplant; der Punkt "
                    "kommt auf die Tagesordnung der nächsten, die angelegt wird."
                )
                % {"gremium": weitergabe.ziel_gremium},
            )
        return redirect(sitzung.get_absolute_url() + f"#beschluss-{beschluss.pk}")
    titel = _("%(art)s weitergeben") % {"art": beschluss.get_art_display()}
    return render(
        request,
        "gremien/weitergabe_form.html",
        {
            "form": form,
            "beschluss": beschluss,
            "sitzung": sitzung,
            "gremium": sitzung.gremium,
            "titel": titel,
            "krumen": Krumen(*sitzung.brotkrumen(), (titel, "")),
        },
    )
