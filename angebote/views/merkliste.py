"""The Merkliste's pages: noting an offer, a list with its handout, and managing her lists.

Every list belongs to one person (angebote/merkliste.py): the pages find it among her own
lists only, so another person's list id answers 404, before anything is written.
"""

from django import forms
from django.contrib import messages
from django.db import IntegrityError
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sozialraum.werkzeuge.konflikt import KonfliktForm, konflikt_meldung, speichern

from .. import merkliste
from ..models import Merkliste
from .finden import _angebot_fuer


class MerklisteForm(KonfliktForm):
    """The name of a list. Names only, no heuristics: the help text says what not to write."""

    class Meta:
        model = Merkliste
        fields = ["name"]
        labels = {"name": gettext_lazy("Name der Liste")}

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.fields["name"].widget.attrs.update({"autocomplete": "off", "spellcheck": "true"})

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Bitte geben Sie der Liste einen Namen."))
        andere = Merkliste.objects.filter(owner=self.owner, name__iexact=name)
        if self.instance.pk:
            andere = andere.exclude(pk=self.instance.pk)
        if andere.exists():
            raise forms.ValidationError(
                _("Sie haben schon eine Liste „%(name)s“. Bitte wählen Sie einen anderen Namen.")
                % {"name": name}
            )
        if not self.instance.pk and merkliste.eigene(self.owner).count() >= (
            merkliste.LISTEN_HOECHSTENS
        ):
            raise forms.ValidationError(
                _(
                    "Sie haben schon %(n)d Listen. Bitte löschen Sie eine, die Sie nicht mehr "
                    "brauchen, bevor Sie eine neue anlegen."
                )
                % {"n": merkliste.LISTEN_HOECHSTENS}
            )
        return name

    def konflikt_text(self, aktuell, stand) -> str:
        # Her lists are hers alone: whoever renamed it in between was she, in another tab.
        return konflikt_meldung(aktuell, stand, wer=self.owner, felder=[_("Name der Liste")])


def _speichern(form, speichern_als=None):
    """``konflikt.speichern``; the same name saved in another tab a moment ago is a field
    error (the database's unique constraint), not a 500."""
    try:
        return speichern(form, speichern_als)
    except IntegrityError:
        form.add_error("name", _("Sie haben schon eine Liste mit diesem Namen."))
        return None


def _weiter(request, sonst: str) -> str:
    """``next`` from the form if it stays on this site, else ``sonst``."""
    weiter = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(weiter, {request.get_host()}, request.is_secure()):
        return weiter
    return sonst


def _liste_url(liste: Merkliste) -> str:
    return f"{reverse('angebote:merkliste')}?{merkliste.PARAMETER}={liste.pk}"


@require_POST
def merken(request, pk: int):
    """Note or un-note an offer on her active list: the button again (htmx), else back."""
    angebot = _angebot_fuer(request, pk)
    ergebnis = merkliste.umschalten(request, angebot, request.POST.get("aktion", ""))
    if request.htmx:
        # The button (focus stays on it: same id), the sentence for the live region
        # (static/js/merkliste.js) and, on the search page, the Merkliste link's count.
        return render(
            request,
            "angebote/_merken.html",
            {
                "angebot": angebot,
                "auf_merkliste": ergebnis.drauf,
                "meldung": ergebnis.meldung,
                # Where the page's form sent her back to, not this URL (no-JS fallback).
                "weiter": _weiter(request, angebot.get_absolute_url()),
                "merkliste_oob": len(merkliste.ids(request))
                if request.POST.get("zaehler")
                else None,
            },
        )
    (messages.warning if ergebnis.voll else messages.success)(request, ergebnis.meldung)
    return redirect(_weiter(request, angebot.get_absolute_url()))


@require_GET
def merkliste_ansehen(request):
    """A list of hers (``?liste=``, default: the active one) and all her lists."""
    liste = merkliste.aus_anfrage(request)
    angebote = merkliste.gemerkte(request, liste) if liste is not None else []
    return render(
        request,
        "angebote/merkliste.html",
        {
            "liste": liste,
            "name": liste.name if liste is not None else merkliste.standardname(),
            "angebote": angebote,
            # The cards' buttons say whether an offer is on the active list ("Merken" adds
            # there), also on the page of another list.
            "merkliste": set(merkliste.ids(request)),
            "listen": merkliste.eigene(request.user),
            "abfrage": f"{merkliste.PARAMETER}={liste.pk}" if liste is not None else "",
            "neu_form": MerklisteForm(owner=request.user, auto_id="neu_%s"),
            "groesse": merkliste.GROESSE,
        },
    )


@require_GET
def merkliste_drucken(request):
    """The handout for the family: no list name, no data about the family."""
    return render(
        request, "angebote/merkliste_druck.html", {"angebote": merkliste.gemerkte(request)}
    )


@require_POST
def merkliste_leeren(request):
    """Empty the list the page showed (``liste`` in the form), else the active one."""
    wert = request.POST.get(merkliste.PARAMETER)
    liste = (
        merkliste.eigene_oder_404(request.user, wert) if wert else merkliste.aktive(request.user)
    )
    if liste is None:
        return redirect("angebote:merkliste")
    anzahl = merkliste.leeren(liste)
    if anzahl:
        messages.success(request, _("Die Liste „%(name)s“ ist leer.") % {"name": liste.name})
    return redirect(_liste_url(liste))


@require_http_methods(["GET", "POST"])
def merkliste_neu(request):
    """A new list, named by her; it becomes the active one."""
    form = MerklisteForm(request.POST or None, owner=request.user)
    if request.method == "POST" and (
        liste := _speichern(form, lambda f: merkliste.anlegen(request.user, f.cleaned_data["name"]))
    ):
        messages.success(
            request,
            _("Die Liste „%(name)s“ ist angelegt und aktiv: „Merken“ legt Angebote hier ab.")
            % {"name": liste.name},
        )
        return redirect(_liste_url(liste))
    return render(
        request,
        "angebote/merkliste_form.html",
        {"form": form, "titel": _("Neue Merkliste"), "zurueck": reverse("angebote:merkliste")},
    )


@require_POST
def merkliste_aktivieren(request, pk: int):
    liste = merkliste.eigene_oder_404(request.user, pk)
    merkliste.aktivieren(liste)
    messages.success(
        request,
        _("„%(name)s“ ist jetzt Ihre aktive Liste: „Merken“ legt Angebote hier ab.")
        % {"name": liste.name},
    )
    return redirect(_weiter(request, _liste_url(liste)))


@require_http_methods(["GET", "POST"])
def merkliste_umbenennen(request, pk: int):
    liste = merkliste.eigene_oder_404(request.user, pk)
    form = MerklisteForm(request.POST or None, instance=liste, owner=request.user)
    if request.method == "POST" and _speichern(form):
        messages.success(request, _("Die Liste heißt jetzt „%(name)s“.") % {"name": form.instance})
        return redirect(_liste_url(liste))
    return render(
        request,
        "angebote/merkliste_form.html",
        {
            "form": form,
            "titel": _("Liste umbenennen"),
            "liste": liste,
            "zurueck": _liste_url(liste),
        },
    )


@require_http_methods(["GET", "POST"])
def merkliste_loeschen(request, pk: int):
    """Delete one of her lists after she confirmed it (GET: the question)."""
    liste = merkliste.eigene_oder_404(request.user, pk)
    if request.method == "POST":
        name = liste.name
        merkliste.loeschen(liste)
        messages.success(request, _("Die Liste „%(name)s“ ist gelöscht.") % {"name": name})
        return HttpResponseRedirect(reverse("angebote:merkliste"))
    return render(
        request,
        "angebote/merkliste_loeschen.html",
        {"liste": liste, "zurueck": _liste_url(liste)},
    )
