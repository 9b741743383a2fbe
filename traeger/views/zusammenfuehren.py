"""Merging and splitting Träger in the normal UI; the operations are in traeger/zusammenfuehren/.

For whoever may curate Träger (``darf_zusammenfuehren``: the Jugendamt-Administration; one
scoped to her Jugendamt for the Träger working there); everybody else gets 403 (every
logged-in user reads Träger, so there is nothing to hide), an unknown Träger 404.

- Merge: Träger page → choose the other Träger (a search; htmx updates the hits while
  typing, without JavaScript the form reloads the page) → the preview lists what moves and
  can swap which one stays → confirm.
- Split: Träger page → where to (a new Träger, an existing one found by the same search, or
  one merged in earlier, restored) → tick the Einrichtungen → preview → confirm.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from sozialraum.werkzeuge.felder import objekt_oder_404, suchtext
from sozialraum.werkzeuge.konflikt import speichern

from ..models import Traeger
from ..permissions import traeger_bearbeitbar_fuer
from ..rechte import jedes_wort
from ..zusammenfuehren import darf_zusammenfuehren, zusammenlegen
from ..zusammenfuehren.aufteilen import (
    aufteilen_vorschau,
    frueherer_eintrag,
    frueherer_traeger,
    traeger_aufteilen,
)
from ..zusammenfuehren.bezuege import Posten, ZusammenfuehrenFehler
from ..zusammenfuehren.forms import AufteilenForm, ZusammenfuehrenForm

TREFFER = 20
ZIEL = {"zusammenfuehren": "traeger:zusammenfuehren_vorschau", "aufteilen": "traeger:aufteilen_an"}
TITEL = {
    "zusammenfuehren": gettext_lazy("Träger zusammenführen"),
    "aufteilen": gettext_lazy("Träger aufteilen"),
}


def _traeger(request, pk) -> Traeger:
    """The Träger (404 if unknown) if the user may merge and split it (else 403)."""
    traeger = objekt_oder_404(Traeger.objects.all(), pk)
    if not darf_zusammenfuehren(request.user, traeger):
        raise PermissionDenied
    return traeger


def _zusammenfassung(posten: list[Posten]) -> str:
    return "; ".join(f"{p.titel}: {p.anzahl}" for p in posten) or _("keine weiteren Einträge")


# --- Choosing the other Träger ------------------------------------------------------------


def _treffer(request, traeger: Traeger, suche: str):
    """Träger matching ``suche`` by name, other spelling or import key, that she may edit."""
    if not suche:
        return None
    andere = traeger_bearbeitbar_fuer(request.user, Traeger.objects.exclude(pk=traeger.pk))
    return (
        andere.filter(jedes_wort(suche, ["name", "andere_namen"]) | Q(externe_id=suche))
        .only("pk", "name", "ort", "externe_id")
        .order_by("name", "pk")[:TREFFER]
    )


def _krume(traeger: Traeger) -> tuple[str, str]:
    return (traeger.name, traeger.get_absolute_url())


def _auswahl(request, traeger: Traeger, art: str):
    suche = suchtext(request.GET, "suche", 100)
    kontext = {
        "traeger": traeger,
        "art": art,
        "suche": suche,
        "treffer": _treffer(request, traeger, suche),
        "ziel": ZIEL[art],
        "titel": TITEL[art],
        "traeger_krume": _krume(traeger),
        # The latest merge first: the one most likely to be undone.
        "frueher": [
            {**e, "am": parse_datetime(e.get("am") or "")}
            for e in reversed(traeger.zusammengefuehrt)
        ],
    }
    if request.htmx:
        return render(request, "traeger/zusammenfuehren/_treffer.html", kontext)
    return render(request, "traeger/zusammenfuehren/auswahl.html", kontext)


@require_GET
def zusammenfuehren(request, pk: int):
    return _auswahl(request, _traeger(request, pk), "zusammenfuehren")


@require_GET
def aufteilen(request, pk: int):
    return _auswahl(request, _traeger(request, pk), "aufteilen")


# --- Merging -------------------------------------------------------------------------------


def zusammenfuehren_vorschau(request, pk: int, geht_pk: int):
    bleibt, geht = _traeger(request, pk), _traeger(request, geht_pk)
    if bleibt.pk == geht.pk:
        raise Http404
    daten = request.POST if request.method == "POST" else None
    form = ZusammenfuehrenForm(daten, traeger=bleibt, anderer=geht)
    if request.method == "POST":
        ergebnis = None
        try:
            ergebnis = speichern(
                form,
                lambda f: zusammenlegen.traeger_zusammenfuehren(
                    bleibt, geht, akteur=request.user, request=request
                ),
            )
        except ZusammenfuehrenFehler as fehler:
            form.add_error(None, str(fehler))
        if ergebnis is not None:
            bleibt, posten = ergebnis
            messages.success(
                request,
                _(
                    "„%(geht)s“ ist mit „%(bleibt)s“ zusammengeführt. Übernommen: %(was)s. "
                    "Der Name „%(geht)s“ bleibt als andere Schreibweise erhalten."
                )
                % {"geht": geht.name, "bleibt": bleibt.name, "was": _zusammenfassung(posten)},
            )
            return redirect(bleibt)
    return render(
        request,
        "traeger/zusammenfuehren/vorschau.html",
        {
            "form": form,
            "vorschau": zusammenlegen.zusammenfuehren_vorschau(bleibt, geht, request.user),
            "traeger": bleibt,
            "traeger_krume": _krume(bleibt),
        },
    )


# --- Splitting -----------------------------------------------------------------------------


def _aufteilen_seite(request, von: Traeger, *, nach=None, neu=False, frueher=None):
    """The split form, its preview and its confirmation, for every kind of target."""
    initial = {}
    if frueher is not None:
        initial["einrichtungen"] = list(
            von.einrichtungen.filter(pk__in=frueher.get("einrichtungen", [])).values_list(
                "pk", flat=True
            )
        )
    anderer = None if nach is None or nach._state.adding else nach
    daten = request.POST if request.method == "POST" else None
    form = AufteilenForm(daten, traeger=von, anderer=anderer, neu=neu, initial=initial)
    aktion = request.POST.get("aktion", "vorschau")
    vorschau = None
    if request.method == "POST" and aktion == "aufteilen":

        def ausfuehren(form):
            ziel = form.neuer_traeger() if neu else nach
            einrichtungen = list(form.cleaned_data["einrichtungen"])
            return traeger_aufteilen(von, einrichtungen, ziel, akteur=request.user, frueher=frueher)

        ergebnis = None
        try:
            ergebnis = speichern(form, ausfuehren)
        except ZusammenfuehrenFehler as fehler:
            form.add_error(None, str(fehler))
        if ergebnis is not None:
            ziel, posten = ergebnis
            messages.success(
                request,
                _("An „%(nach)s“ übergeben: %(was)s.")
                % {"nach": ziel.name, "was": _zusammenfassung(posten)},
            )
            return redirect(ziel)
    elif request.method == "POST" and aktion == "vorschau" and form.is_valid():
        ziel = form.neuer_traeger() if neu else nach
        vorschau = {
            "nach": ziel,
            "posten": aufteilen_vorschau(von, list(form.cleaned_data["einrichtungen"]), ziel),
        }
    return render(
        request,
        "traeger/zusammenfuehren/aufteilen.html",
        {
            "form": form,
            "traeger": von,
            "nach": nach,
            "neu": neu,
            "frueher": frueher,
            "vorschau": vorschau,
            "traeger_krume": _krume(von),
        },
    )


def aufteilen_neu(request, pk: int):
    return _aufteilen_seite(request, _traeger(request, pk), neu=True)


def aufteilen_an(request, pk: int, ziel_pk: int):
    von, nach = _traeger(request, pk), _traeger(request, ziel_pk)
    if von.pk == nach.pk:
        raise Http404
    return _aufteilen_seite(request, von, nach=nach)


def aufteilen_wiederherstellen(request, pk: int, frueher_pk: int):
    von = _traeger(request, pk)
    eintrag = frueherer_eintrag(von, frueher_pk)
    if eintrag is None:
        raise Http404
    return _aufteilen_seite(request, von, nach=frueherer_traeger(eintrag), frueher=eintrag)
