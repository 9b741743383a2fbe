"""The rights screen of the Jugendamt-Administration; the changes themselves are in rechte.py.

Every view answers 403 to everybody else. The Träger to add are found by a search (htmx
updates the hits while typing; without JavaScript the search form reloads the page), so
10,000 Träger never become 10,000 options.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Case, Exists, IntegerField, OuterRef, Prefetch, Value, When
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from guardian.conf import settings as guardian_settings

from sozialraum.models import mehrere_jugendaemter
from sozialraum.werkzeuge.felder import objekt_oder_404, suchtext
from sozialraum.zugang.rollen import ROLLEN
from sozialraum.zugang.zustaendigkeit import verwaltete_jugendaemter

from .. import rechte
from ..forms import JugendaemterZuweisenForm, RollenForm, SozialraeumeZuweisenForm
from ..models import Traeger

PRO_SEITE = 50
User = get_user_model()


def _nur_verwaltung(request) -> None:
    if not rechte.darf_rechte_vergeben(request.user):
        raise PermissionDenied


def _personen():
    """Every account except django-guardian's stand-in for anonymous visitors."""
    return User.objects.exclude(username=guardian_settings.ANONYMOUS_USER_NAME)


def _person(request, pk: int):
    _nur_verwaltung(request)
    return get_object_or_404(_personen(), pk=pk)


def _mit_rollen(personen):
    return personen.prefetch_related(
        Prefetch("groups", queryset=Group.objects.filter(name__in=list(ROLLEN)).order_by("name"))
    )


@require_GET
def rechte_liste(request):
    _nur_verwaltung(request)
    suche = suchtext(request.GET, "q")
    rolle = request.GET.get("rolle", "")
    personen = _mit_rollen(_personen().order_by("last_name", "first_name", "username"))
    if suche:
        personen = personen.filter(
            rechte.jedes_wort(suche, ["username", "first_name", "last_name", "email"])
        )
    if rolle in ROLLEN:
        personen = personen.filter(groups__name=rolle)
    elif rolle == "ohne":
        rollen = Group.objects.filter(name__in=list(ROLLEN), user=OuterRef("pk"))
        personen = personen.filter(~Exists(rollen))
    eigene_aemter = verwaltete_jugendaemter(request.user)
    if eigene_aemter is not None:
        # People with rights within her Jugendamt first.
        eigene = rechte.personen_im_jugendamt(_personen(), eigene_aemter).values("pk")
        personen = personen.annotate(
            _fremd=Case(When(pk__in=eigene, then=Value(0)), default=1, output_field=IntegerField())
        ).order_by("_fremd", "last_name", "first_name", "username")
    seite = Paginator(personen, PRO_SEITE).get_page(request.GET.get("seite"))
    liste = list(seite.object_list)
    ids = [p.pk for p in liste]
    rechte_je = rechte.rechte_von(liste)
    bereiche = rechte.bereiche_fuer(ids)
    zeilen = [
        {
            "person": p,
            **rechte_je[p.pk],
            "bereiche": [(b["titel"], b["je_person"].get(p.pk, [])) for b in bereiche],
        }
        for p in liste
    ]
    return render(
        request,
        "traeger/rechte/liste.html",
        {
            "seite": seite,
            "zeilen": zeilen,
            "bereich_titel": [b["titel"] for b in bereiche],
            "suche": suche,
            "rolle": rolle,
            "rollen": list(ROLLEN),
        },
    )


def _person_seite(request, person, **kontext):
    gruppen = rechte.rollen_gruppen()
    eigene = rechte.rechte_von([person])[person.pk]
    suche = suchtext(request.GET, "suche")
    kontext.setdefault(
        "rollen_form",
        RollenForm(
            gruppen=gruppen,
            initial={"rollen": [g for g in gruppen if g in set(person.groups.all())]},
        ),
    )
    kontext.setdefault(
        "sozialraeume_form",
        SozialraeumeZuweisenForm(
            initial={"sozialraeume": eigene["sozialraeume"]},
            auswahl=rechte.zuweisbare_sozialraeume(request.user),
        ),
    )
    if mehrere_jugendaemter():
        kontext.setdefault(
            "jugendaemter_form",
            JugendaemterZuweisenForm(initial={"jugendaemter": eigene["jugendaemter"]}),
        )
        kontext["darf_jugendaemter_vergeben"] = rechte.darf_jugendaemter_vergeben(request.user)
    return render(
        request,
        "traeger/rechte/person.html",
        {
            "person": person,
            "liste_krume": (_("Rechte vergeben"), reverse("traeger:rechte")),
            **eigene,
            "suche": suche,
            "treffer": rechte.traeger_suchen(suche, user=request.user) if suche else None,
            "bereiche": [
                {**b, "eintraege": b["je_person"].get(person.pk, [])}
                for b in rechte.bereiche_fuer([person.pk])
            ],
            "verlauf": rechte.verlauf(person),
            **kontext,
        },
    )


@require_GET
def rechte_person(request, pk: int):
    return _person_seite(request, _person(request, pk))


@require_GET
def traeger_suche(request, pk: int):
    """The hits for "Träger hinzufügen" as a fragment, for htmx while typing."""
    person = _person(request, pk)
    suche = suchtext(request.GET, "suche")
    return render(
        request,
        "traeger/rechte/_traeger_treffer.html",
        {
            "person": person,
            "suche": suche,
            "treffer": rechte.traeger_suchen(suche, user=request.user),
        },
    )


def _erledigt(request, erledigt: list[str], nichts: str) -> None:
    if erledigt:
        messages.success(request, "; ".join(erledigt) + ".")
    else:
        messages.info(request, nichts)


def _zurueck(person, anker: str):
    return redirect(reverse("traeger:rechte_person", args=[person.pk]) + f"#{anker}")


@require_POST
def rollen_speichern(request, pk: int):
    person = _person(request, pk)
    form = RollenForm(request.POST, gruppen=rechte.rollen_gruppen())
    if not form.is_valid():
        return _person_seite(request, person, rollen_form=form)
    try:
        erledigt = rechte.rollen_setzen(
            person, form.cleaned_data["rollen"], akteur=request.user, request=request
        )
    except rechte.RechteFehler as fehler:
        messages.error(request, str(fehler))
    else:
        _erledigt(request, erledigt, _("Die Rollen sind unverändert."))
    return _zurueck(person, "rollen")


@require_POST
def traeger_aendern(request, pk: int):
    person = _person(request, pk)
    traeger = objekt_oder_404(Traeger.objects.all(), request.POST.get("traeger", ""))
    if not rechte.darf_traeger_zuweisen(request.user, traeger):
        raise PermissionDenied
    if request.POST.get("aktion") == "entfernen":
        erledigt = rechte.traeger_entziehen(person, traeger, akteur=request.user, request=request)
    else:
        erledigt = rechte.traeger_zuweisen(person, traeger, akteur=request.user, request=request)
    _erledigt(request, erledigt, _("Diesen Träger pflegt sie schon."))
    return _zurueck(person, "traeger")


@require_POST
def sozialraeume_speichern(request, pk: int):
    person = _person(request, pk)
    zuweisbar = rechte.zuweisbare_sozialraeume(request.user)
    form = SozialraeumeZuweisenForm(request.POST, auswahl=zuweisbar)
    if not form.is_valid():
        return _person_seite(request, person, sozialraeume_form=form)
    # Sozialräume outside what she may assign stay as they are.
    bleiben = [
        s
        for s in rechte.rechte_von([person])[person.pk]["sozialraeume"]
        if not zuweisbar.filter(pk=s.pk).exists()
    ]
    erledigt = rechte.sozialraeume_setzen(
        person,
        [*form.cleaned_data["sozialraeume"], *bleiben],
        akteur=request.user,
        request=request,
    )
    _erledigt(request, erledigt, _("Die Sozialräume sind unverändert."))
    return _zurueck(person, "sozialraeume")


@require_POST
def jugendaemter_speichern(request, pk: int):
    """Scope her Jugendamt-Administration to Jugendämter: an unscoped administration only."""
    person = _person(request, pk)
    if not rechte.darf_jugendaemter_vergeben(request.user):
        raise PermissionDenied
    form = JugendaemterZuweisenForm(request.POST)
    if not form.is_valid():
        return _person_seite(request, person, jugendaemter_form=form)
    erledigt = rechte.jugendaemter_setzen(
        person, form.cleaned_data["jugendaemter"], akteur=request.user, request=request
    )
    _erledigt(request, erledigt, _("Die Jugendämter sind unverändert."))
    if (
        erledigt
        and verwaltete_jugendaemter(person) is None
        and person.has_perm("sozialraum.view_jugendamt")
    ):
        # Taking her last Jugendamt does not take the role: she then curates the whole
        # registry. Said aloud, so nobody widens an administration by accident.
        messages.warning(
            request,
            _(
                "%(name)s ist keinem Jugendamt mehr zugeordnet und verwaltet damit das ganze "
                "Register. Soll sie gar nicht mehr verwalten, entziehen Sie die Rolle."
            )
            % {"name": person.get_full_name() or person.get_username()},
        )
    return _zurueck(person, "jugendaemter")
