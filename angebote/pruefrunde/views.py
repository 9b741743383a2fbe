"""The Jugendamt's pages of the Prüfrunden: the list, the start with a preview, a round's
progress with its corrections, the printable follow-up list, sending, closing.

Only for holders of ``angebote.pruefrunde_starten`` (the Jugendamt-Administration); 403 for
everybody else. The logic is in ``ablauf``, ``versand`` and ``antworten``.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from sozialraum.werkzeuge.konflikt import stand_von

from ..models import Pruefanfrage, Pruefposten
from . import ablauf, versand
from .antworten import ANTWORTEN, AntwortFehler, posten_bestaetigen
from .auswahl import auswahl
from .forms import SchliessenForm, StartForm
from .rechte import darf_pruefrunden_verwalten, runden_fuer

PRO_SEITE = 100
OHNE_EMAIL = "ohne_email"


def _krume() -> tuple[str, str]:
    """The breadcrumb of the list, above a round's pages."""
    return _("Prüfrunden"), reverse("angebote:pruefrunden")


def _verwalten(request) -> None:
    if not darf_pruefrunden_verwalten(request.user):
        raise PermissionDenied


def _runde(request, pk: int):
    _verwalten(request)
    return get_object_or_404(
        runden_fuer(request.user).select_related("gestartet_von", "geschlossen_von"), pk=pk
    )


def _anfrage(request, pk: int) -> Pruefanfrage:
    _verwalten(request)
    return get_object_or_404(
        Pruefanfrage.objects.select_related("runde", "traeger").filter(
            runde__in=runden_fuer(request.user)
        ),
        pk=pk,
    )


def _mit_zaehlern(anfragen):
    return anfragen.annotate(
        n_posten=Count("posten"),
        n_beantwortet=Count("posten", filter=Q(posten__ergebnis__in=ANTWORTEN)),
    )


@require_GET
def pruefrunden(request):
    _verwalten(request)
    runden = runden_fuer(request.user).select_related("gestartet_von")
    runden = runden.annotate(
        n_traeger=Count("anfragen", distinct=True),
        n_posten=Count("anfragen__posten"),
        n_beantwortet=Count("anfragen__posten", filter=Q(anfragen__posten__ergebnis__in=ANTWORTEN)),
    )
    seite = Paginator(runden.order_by("-gestartet_am", "-pk"), 50).get_page(
        request.GET.get("seite")
    )
    return render(request, "angebote/pruefrunde/liste.html", {"seite": seite})


def pruefrunde_neu(request):
    """The selection with its counts (``aktion=vorschau``), then the start (``starten``)."""
    _verwalten(request)
    form = StartForm(request.POST or None)
    # A bound form is validated either way: the preview counts what is valid of it.
    if form.is_bound and form.is_valid() and request.POST.get("aktion") == "starten":
        try:
            runde, bericht = ablauf.runde_starten(
                form.kriterien(),
                request.user,
                basis_url=request.build_absolute_uri("/"),
                **form.angaben(),
            )
        except ablauf.PruefrundeFehler as fehler:
            form.add_error(None, str(fehler))
        else:
            _versand_melden(request, bericht)
            return redirect(runde)
    vorschau = auswahl(form.kriterien(), request.user)
    return render(
        request,
        "angebote/pruefrunde/neu.html",
        {
            "form": form,
            "vorschau": vorschau.vorschau(),
            "beschreibung": vorschau.kriterien.beschreibung(),
            "krume": _krume(),
        },
    )


def _versand_melden(request, bericht: versand.Versandbericht, erinnerungen=None) -> None:
    gesendet = len(bericht.gesendet) + sum(len(b.gesendet) for b in (erinnerungen or {}).values())
    fehler = len(bericht.fehlgeschlagen) + sum(
        len(b.fehlgeschlagen) for b in (erinnerungen or {}).values()
    )
    messages.success(
        request,
        ngettext("%(n)d E-Mail gesendet.", "%(n)d E-Mails gesendet.", gesendet) % {"n": gesendet},
    )
    if fehler:
        messages.warning(
            request,
            ngettext(
                "%(n)d E-Mail konnte nicht zugestellt werden; sie steht auf der Nachfassliste.",
                "%(n)d E-Mails konnten nicht zugestellt werden; sie stehen auf der Nachfassliste.",
                fehler,
            )
            % {"n": fehler},
        )
    if bericht.ausstehend:
        messages.info(
            request,
            ngettext(
                "%(n)d weitere E-Mail folgt mit „Ausstehende E-Mails senden“ oder beim nächsten "
                "automatischen Lauf.",
                "%(n)d weitere E-Mails folgen mit „Ausstehende E-Mails senden“ oder beim "
                "nächsten automatischen Lauf.",
                bericht.ausstehend,
            )
            % {"n": bericht.ausstehend},
        )


@require_GET
def pruefrunde(request, pk: int):
    runde = _runde(request, pk)
    status = request.GET.get("status", "")
    if status not in (*Pruefanfrage.Status.values, OHNE_EMAIL):
        status = ""
    anfragen = _mit_zaehlern(runde.anfragen.select_related("traeger"))
    if status == OHNE_EMAIL:
        anfragen = anfragen.filter(email="")
    elif status:
        anfragen = anfragen.filter(status=status)
    seite = Paginator(anfragen.order_by("traeger__name", "pk"), PRO_SEITE).get_page(
        request.GET.get("seite")
    )
    korrekturen = (
        Pruefposten.objects.filter(anfrage__runde=runde, ergebnis=Pruefposten.Ergebnis.KORRIGIERT)
        .select_related("anfrage__traeger", "angebot", "einrichtung", "vorschlag")
        .order_by("anfrage__traeger__name", "pk")
    )
    fortschritt = ablauf.fortschritt(runde)
    filter_links = [("", _("alle"), fortschritt["traeger"])]
    filter_links += [
        (wert, name, fortschritt["anfragen"][wert])
        for wert, name in Pruefanfrage.Status.choices
        if fortschritt["anfragen"][wert]
    ]
    if fortschritt["ohne_email"]:
        filter_links.append((OHNE_EMAIL, _("ohne E-Mail-Adresse"), fortschritt["ohne_email"]))
    return render(
        request,
        "angebote/pruefrunde/runde.html",
        {
            "runde": runde,
            "fortschritt": fortschritt,
            "seite": seite,
            "status": status,
            "filter_links": filter_links,
            "korrekturen": korrekturen[:500],
            "schliessen": SchliessenForm(initial={"stand": stand_von(runde)}),
            "krume": _krume(),
        },
    )


@require_GET
def nachfassen(request, pk: int):
    """The printable list for phone calls and letters: Träger without an address or whose
    mail bounced (``?umfang=alle``: every Träger still waiting), with their open records."""
    runde = _runde(request, pk)
    alle = request.GET.get("umfang") == "alle"
    anfragen = runde.anfragen.filter(
        status__in=[*Pruefanfrage.WARTEND, Pruefanfrage.Status.UNBEANTWORTET]
    )
    if not alle:
        anfragen = anfragen.filter(Q(email="") | Q(status=Pruefanfrage.Status.UNZUSTELLBAR))
    offene = Pruefposten.objects.filter(
        ergebnis__in=[Pruefposten.Ergebnis.OFFEN, Pruefposten.Ergebnis.UNBEANTWORTET]
    ).select_related("angebot", "einrichtung")
    anfragen = anfragen.select_related("traeger").prefetch_related(
        Prefetch("posten", queryset=offene.order_by("pk"), to_attr="offene_posten")
    )
    return render(
        request,
        "angebote/pruefrunde/nachfassen.html",
        {
            "runde": runde,
            "anfragen": list(anfragen.order_by("traeger__name", "pk")),
            "alle": alle,
            "nachfassen_link": reverse("angebote:pruefrunde_nachfassen", args=[runde.pk]),
        },
    )


@require_POST
def senden(request, pk: int):
    """Send what is due now: first mails not yet sent, and the reminders."""
    runde = _runde(request, pk)
    if runde.geschlossen:
        messages.error(request, _("Die Prüfrunde ist abgeschlossen; es wird nichts mehr gesendet."))
        return redirect(runde)
    bericht = versand.anfragen_senden(runde, hoechstens=versand.JE_ANFRAGE)
    erinnerungen = versand.erinnerungen_senden(runde)
    _versand_melden(request, bericht, erinnerungen)
    return redirect(runde)


@require_POST
def schliessen(request, pk: int):
    runde = _runde(request, pk)
    form = SchliessenForm(request.POST)
    try:
        anzahl = ablauf.runde_schliessen(runde, request.user, stand=form.stand_wert())
    except ablauf.PruefrundeFehler as fehler:
        messages.error(request, str(fehler))
    else:
        messages.success(
            request,
            ngettext(
                "Die Prüfrunde ist abgeschlossen. %(n)d Angabe blieb unbeantwortet.",
                "Die Prüfrunde ist abgeschlossen. %(n)d Angaben blieben unbeantwortet.",
                anzahl,
            )
            % {"n": anzahl},
        )
    return redirect(runde)


@require_POST
def anfrage_unzustellbar(request, pk: int):
    """The admin heard of a bounce (a returned mail, a wrong address): follow up by phone."""
    anfrage = _anfrage(request, pk)
    if anfrage.runde.geschlossen:
        messages.error(request, _("Die Prüfrunde ist abgeschlossen."))
    else:
        versand.als_unzustellbar_markieren(anfrage, _("von Hand als unzustellbar vermerkt"))
        messages.success(
            request,
            _("„%(traeger)s“ steht jetzt auf der Nachfassliste.") % {"traeger": anfrage.traeger},
        )
    return redirect(anfrage.runde)


@require_POST
def anfrage_neu_senden(request, pk: int):
    """A new link to the Träger's present address, the old link void (a lost or bounced mail)."""
    anfrage = _anfrage(request, pk)
    if anfrage.runde.geschlossen or anfrage.runde.abgelaufen:
        messages.error(request, _("Die Prüfrunde ist abgeschlossen oder ihre Frist ist vorbei."))
    elif not anfrage.traeger.email.strip():
        messages.error(
            request,
            _(
                "„%(traeger)s“ hat keine E-Mail-Adresse. Bitte tragen Sie sie zuerst beim "
                "Träger ein."
            )
            % {"traeger": anfrage.traeger},
        )
    elif versand.anfrage_neu_senden(anfrage, request.build_absolute_uri("/")).gesendet:
        messages.success(
            request,
            _("Ein neuer Link ist an %(email)s gesendet; der alte gilt nicht mehr.")
            % {"email": anfrage.email},
        )
    else:
        messages.error(
            request,
            _("Die E-Mail an %(email)s ließ sich nicht senden: %(fehler)s")
            % {"email": anfrage.email, "fehler": anfrage.fehler},
        )
    return redirect(anfrage.runde)


@require_POST
def anfrage_bestaetigen(request, pk: int):
    """The Träger confirmed everything by phone or letter: noted in its name by the admin."""
    anfrage = _anfrage(request, pk)
    try:
        anzahl = posten_bestaetigen(anfrage, None, durch=request.user)
    except AntwortFehler as fehler:
        messages.error(request, str(fehler))
    else:
        messages.success(
            request,
            ngettext(
                "%(n)d Angabe von „%(traeger)s“ als bestätigt vermerkt.",
                "%(n)d Angaben von „%(traeger)s“ als bestätigt vermerkt.",
                anzahl,
            )
            % {"n": anzahl, "traeger": anfrage.traeger},
        )
    return redirect(anfrage.runde)


def pruefrunden_auf_startseite(request) -> dict | None:
    """For the Jugendamt-Administration: the running rounds with their progress."""
    if not request.user.is_authenticated or not darf_pruefrunden_verwalten(request.user):
        return None
    laufend = list(
        runden_fuer(request.user)
        .filter(geschlossen_am__isnull=True)
        .annotate(
            n_posten=Count("anfragen__posten"),
            n_beantwortet=Count(
                "anfragen__posten", filter=Q(anfragen__posten__ergebnis__in=ANTWORTEN)
            ),
        )
        .order_by("-gestartet_am", "-pk")[:5]
    )
    return {"template": "angebote/pruefrunde/_start.html", "laufend": laufend}
