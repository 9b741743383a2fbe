"""Reading views: Gremien, Sitzungen, minutes, print views, calendars, attachments."""

import secrets

from django.contrib.auth.decorators import login_not_required
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from sozialraum.werkzeuge.felder import objekt_oder_404

from ..anhang import als_download
from ..erweiterungen import top_verweise
from ..models import (
    Anhang,
    Aufgabe,
    Gremium,
    Kalenderzugang,
    Mitgliedschaft,
    Sitzung,
    Weitergabe,
)
from ..permissions import darf_lesen, darf_protokollentwurf_lesen
from ..sitzung.anwesenheit import anwesenheitsstatistik
from ..sitzung.kalender import kalender
from ..sitzung.protokoll import tagesordnung
from ..sitzung.rhythmus import in_worten, naechste_sitzung
from ..zusammenarbeit.mitgliedschaften import delegationen
from ..zusammenarbeit.struktur import gremienstruktur, struktur_von
from ..zusammenarbeit.weitergabe import fuer_seite, mit_ergebnis
from .zugriff import gremium_fuer, sitzung_fuer


def offene_aufgaben(sitzung: Sitzung):
    """Open tasks of the Gremium from earlier meetings: they come back on the agenda."""
    return (
        Aufgabe.objects.offen()
        .filter(gremium=sitzung.gremium_id, sitzung__datum__lt=sitzung.datum)
        .select_related("person", "traeger", "sitzung")
        .order_by("faellig", "pk")
    )


@require_GET
def gremien_liste(request):
    meine = Mitgliedschaft.objects.aktiv().filter(person=request.user).values("gremium")
    gremien = (
        Gremium.objects.sichtbar_fuer(request.user)
        .filter(aktiv=True)
        .select_related("sozialraum", "regionalraum")
        .annotate(mitglied=Count("pk", filter=Q(pk__in=meine)))
        .order_by("-mitglied", "name")
    )
    return render(
        request,
        "gremien/liste.html",
        {"gremien": gremien, "struktur": gremienstruktur(request.user)},
    )


@require_GET
def gremium(request, pk: int):
    gremium = gremium_fuer(request, pk)
    heute = timezone.localdate()
    sitzungen = gremium.sitzungen.all()
    mitglieder = anwesenheitsstatistik(gremium)  # also the download (views/export.py)
    struktur = struktur_von(request.user, gremium)
    return render(
        request,
        "gremien/gremium.html",
        {
            "gremium": gremium,
            "naechste": sitzungen.filter(datum__gte=heute).order_by("datum", "beginn")[:5],
            "vergangene": sitzungen.filter(datum__lt=heute).order_by("-datum")[:20],
            "aufgaben": gremium.aufgaben.offen().select_related("person", "traeger", "sitzung"),
            "mitglieder": mitglieder,
            "darf_bearbeiten": gremium.recht_bearbeiten,
            "struktur": struktur,
            "delegationen": delegationen(gremium, struktur["sichtbar"]),
            # The rule in words and the date "Sitzung planen" would propose (one query).
            "regel": in_worten(gremium),
            "vorschlag": naechste_sitzung(gremium) if gremium.rhythmus_regel else None,
        },
    )


def _weitergaben(request, sitzung: Sitzung, eintraege: list[dict]) -> list[Weitergabe]:
    """Weitergaben on this page: those on its agenda (``eintrag["weitergabe"]``) and those
    of its Beschlüsse (returned, for the decisions' list)."""
    alle = fuer_seite(
        request.user,
        mit_ergebnis(
            Weitergabe.objects.filter(Q(top__sitzung=sitzung) | Q(beschluss__sitzung=sitzung))
        ).order_by("weitergegeben_am", "pk"),
    )
    auf_tagesordnung = {w.top_id: w for w in alle if w.top and w.top.sitzung_id == sitzung.pk}
    for eintrag in eintraege:
        eintrag["weitergabe"] = auf_tagesordnung.get(eintrag["top"].pk)
    return [w for w in alle if w.beschluss.sitzung_id == sitzung.pk]


def _sitzung_kontext(request, sitzung: Sitzung) -> dict:
    # Beschlüsse and Aufgaben are listed for the whole Sitzung below, not per TOP.
    tops = list(sitzung.tops.select_related("verantwortlich"))
    bearbeiten = sitzung.gremium.recht_bearbeiten
    verweise = top_verweise(request, sitzung, tops)
    eintraege = tagesordnung(tops)
    for eintrag in eintraege:
        eintrag["verweise"] = verweise.get(eintrag["top"].pk, [])
    nummern = {eintrag["top"].pk: eintrag["nummer"] for eintrag in eintraege}
    beschluesse = list(sitzung.beschluesse.select_related("top"))
    for beschluss in beschluesse:
        beschluss.top_nummer = nummern.get(beschluss.top_id, "")
    weitergegeben = _weitergaben(request, sitzung, eintraege)
    return {
        "sitzung": sitzung,
        "gremium": sitzung.gremium,
        "tagesordnung": eintraege,
        "offene_aufgaben": offene_aufgaben(sitzung),
        "beschluesse": beschluesse,
        "weitergegeben": weitergegeben,
        "aufgaben": sitzung.aufgaben.select_related("person", "traeger", "top"),
        "teilnahmen": sitzung.teilnahmen.select_related(
            "mitgliedschaft__person", "mitgliedschaft__traeger", "traeger"
        ).order_by(
            "mitgliedschaft__person__last_name", "mitgliedschaft__traeger__name", "gast_name", "pk"
        ),
        "anhaenge": sitzung.anhaenge.all(),
        "versionen": sitzung.protokollversionen.select_related("freigegeben_von"),
        "darf_bearbeiten": bearbeiten,
        "protokoll_sichtbar": sitzung.freigegeben
        or darf_protokollentwurf_lesen(request.user, sitzung.gremium, bearbeiten),
    }


@require_GET
def sitzung(request, pk: int):
    sitzung = sitzung_fuer(request, pk)
    return render(request, "gremien/sitzung.html", _sitzung_kontext(request, sitzung))


@require_GET
def einladung_drucken(request, pk: int):
    sitzung = sitzung_fuer(request, pk)
    return render(request, "gremien/einladung_druck.html", _sitzung_kontext(request, sitzung))


@require_GET
def protokoll_drucken(request, pk: int):
    sitzung = sitzung_fuer(request, pk)
    kontext = _sitzung_kontext(request, sitzung)
    if not kontext["protokoll_sichtbar"]:
        raise Http404
    return render(request, "gremien/protokoll_druck.html", kontext)


@require_GET
def anhang(request, uid):
    """Attachments only through here: permission checked, never rendered inline as HTML."""
    anhang = get_object_or_404(Anhang.objects.select_related("sitzung"), uid=uid)
    sitzung_fuer(request, anhang.sitzung_id)
    return als_download(anhang)


@require_GET
def kalender_abo(request):
    zugang, _angelegt = Kalenderzugang.objects.get_or_create(
        user=request.user, defaults={"token": secrets.token_urlsafe(32)}
    )
    gremien = Gremium.objects.sichtbar_fuer(request.user).filter(
        pk__in=Mitgliedschaft.objects.aktiv().filter(person=request.user).values("gremium")
    )
    return render(request, "gremien/kalender.html", {"token": zugang.token, "gremien": gremien})


def _ics(request, sitzungen, name):
    daten = kalender(
        sitzungen.select_related("gremium", "ort_einrichtung"),
        request.build_absolute_uri("/").rstrip("/"),
        name,
    )
    return HttpResponse(daten, content_type="text/calendar; charset=utf-8")


@login_not_required
@require_GET
def kalender_meine(request, token: str):
    """Calendar apps cannot log in: the secret token in the URL stands for the user."""
    zugang = objekt_oder_404(Kalenderzugang.objects.select_related("user"), token, "token")
    if not zugang.user.is_active:
        raise Http404
    gremien = Mitgliedschaft.objects.aktiv().filter(person=zugang.user).values("gremium")
    return _ics(request, Sitzung.objects.filter(gremium__in=gremien), "Meine Sitzungen")


@login_not_required
@require_GET
def kalender_gremium(request, token: str, pk: int):
    zugang = objekt_oder_404(Kalenderzugang.objects.select_related("user"), token, "token")
    gremium = get_object_or_404(Gremium, pk=pk)
    if not zugang.user.is_active or not darf_lesen(zugang.user, gremium):
        raise Http404
    return _ics(request, gremium.sitzungen.all(), gremium.name)
