"""The members page of a Gremium: who belongs to it, since when and until when, who was
sent by another Gremium and who stands in; kept by whoever edits the Gremium (issue #16)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from sozialraum.werkzeuge.konflikt import speichern

from ..models import Mitgliedschaft
from ..zusammenarbeit.forms import MitgliedschaftBeendenForm, MitgliedschaftForm
from ..zusammenarbeit.mitgliedschaften import MitgliedschaftFehler, mitgliedschaft_beenden
from .zugriff import gremium_fuer


class Krumen:
    """Breadcrumbs of a page below a Gremium, for the ``brotkrumen`` tag."""

    def __init__(self, *stufen):
        self.stufen = list(stufen)

    def brotkrumen(self):
        return self.stufen


def _brotkrumen(gremium, titel=None) -> Krumen:
    stufen = [*gremium.brotkrumen(), (_("Mitglieder"), _mitglieder_url(gremium))]
    if titel:
        stufen.append((titel, ""))
    return Krumen(*stufen)


def _mitglieder_url(gremium) -> str:
    return reverse("gremien:mitglieder", args=[gremium.pk])


@require_GET
def mitglieder(request, pk: int):
    gremium = gremium_fuer(request, pk)
    heute = timezone.localdate()
    alle = list(
        gremium.mitgliedschaften.select_related(
            "person", "traeger", "vertretung_fuer__person", "vertretung_fuer__traeger",
            "entsandt_von__gremium",
        ).order_by("rolle", "person__last_name", "traeger__name", "pk")
    )  # fmt: skip
    aktuell = [
        m for m in alle if (m.von is None or m.von <= heute) and (m.bis is None or m.bis >= heute)
    ]
    kuenftig = [m for m in alle if m.von and m.von > heute]
    beendet = [m for m in alle if m.bis and m.bis < heute]
    return render(
        request,
        "gremien/mitglieder.html",
        {
            "gremium": gremium,
            "krumen": _brotkrumen(gremium),
            "gruppen": [
                ("aktuell", _("Aktuelle Mitglieder"), aktuell),
                ("kuenftig", _("Künftige Mitglieder"), kuenftig),
                ("beendet", _("Beendete Mitgliedschaften"), beendet),
            ],
            "darf_bearbeiten": gremium.recht_bearbeiten,
        },
    )


def _folgen_melden(request, mit_beendet):
    if mit_beendet:
        namen = ", ".join(f"{m.gremium.name}: {m}" for m in mit_beendet)
        messages.info(
            request,
            ngettext(
                "Mit ihr endet auch: %(namen)s.",
                "Mit ihr enden auch: %(namen)s.",
                len(mit_beendet),
            )
            % {"namen": namen},
        )


def mitgliedschaft_bearbeiten(request, gremium_pk: int | None = None, pk: int | None = None):
    if pk is not None:
        mitgliedschaft = get_object_or_404(Mitgliedschaft, pk=pk)
        gremium = gremium_fuer(request, mitgliedschaft.gremium_id, bearbeiten=True)
    else:
        gremium = gremium_fuer(request, gremium_pk, bearbeiten=True)
        mitgliedschaft = Mitgliedschaft(gremium=gremium)
    form = MitgliedschaftForm(
        request.POST or None, instance=mitgliedschaft, gremium=gremium, user=request.user
    )

    def sichern(form):
        gespeichert = form.save()
        if gespeichert.bis and "bis" in form.changed_data:
            # Ending it here ends its delegations and stand-ins as well.
            return gespeichert, mitgliedschaft_beenden(gespeichert, gespeichert.bis)
        return gespeichert, []

    if request.method == "POST" and (ergebnis := speichern(form, sichern)):
        gespeichert, mit_beendet = ergebnis
        messages.success(
            request,
            _("Die Mitgliedschaft von %(wer)s ist gespeichert.") % {"wer": gespeichert},
        )
        _folgen_melden(request, mit_beendet)
        return redirect("gremien:mitglieder", pk=gremium.pk)
    titel = _("Mitgliedschaft bearbeiten") if mitgliedschaft.pk else _("Mitglied hinzufügen")
    return render(
        request,
        "gremien/mitglied_form.html",
        {
            "form": form,
            "gremium": gremium,
            "titel": titel,
            "krumen": _brotkrumen(gremium, titel),
            "zurueck": _mitglieder_url(gremium),
        },
    )


def mitgliedschaft_beenden_ansicht(request, pk: int):
    mitgliedschaft = get_object_or_404(
        Mitgliedschaft.objects.select_related("person", "traeger"), pk=pk
    )
    gremium = gremium_fuer(request, mitgliedschaft.gremium_id, bearbeiten=True)
    form = MitgliedschaftBeendenForm(
        request.POST or None,
        mitgliedschaft=mitgliedschaft,
        initial={"bis": mitgliedschaft.bis or timezone.localdate()},
    )

    def sichern(form):
        try:
            return mitgliedschaft_beenden(mitgliedschaft, form.cleaned_data["bis"])
        except MitgliedschaftFehler as fehler:
            form.add_error("bis", str(fehler))
            return None

    if request.method == "POST" and (mit_beendet := speichern(form, sichern)) is not None:
        messages.success(
            request, _("Die Mitgliedschaft von %(wer)s ist beendet.") % {"wer": mitgliedschaft}
        )
        _folgen_melden(request, mit_beendet)
        return redirect("gremien:mitglieder", pk=gremium.pk)
    titel = _("Mitgliedschaft beenden")
    folgen = list(
        Mitgliedschaft.objects.aktiv()
        .filter(entsandt_von=mitgliedschaft)
        .select_related("gremium", "person", "traeger")
    ) + list(
        Mitgliedschaft.objects.aktiv()
        .filter(vertretung_fuer=mitgliedschaft)
        .select_related("gremium", "person", "traeger")
    )
    return render(
        request,
        "gremien/mitglied_beenden.html",
        {
            "form": form,
            "gremium": gremium,
            "mitgliedschaft": mitgliedschaft,
            "folgen": folgen,
            "titel": titel,
            "krumen": _brotkrumen(gremium, titel),
            "zurueck": _mitglieder_url(gremium),
        },
    )
