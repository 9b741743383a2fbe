"""Editing views of the Koordination: the Gremium itself, plan a Sitzung, agenda,
attendance, minutes, tasks."""

import copy

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from sozialraum.werkzeuge.felder import moeglicher_wert
from sozialraum.werkzeuge.konflikt import speichern

from ..forms import (
    AnhangForm,
    AufgabeForm,
    BeschlussForm,
    GremiumForm,
    ProtokollForm,
    SitzungForm,
    TeilnahmeForm,
    TopForm,
)
from ..models import Anhang, Aufgabe, Sitzung, Tagesordnungspunkt, Teilnahme
from ..permissions import darf_aufgabe_abhaken, darf_bearbeiten
from ..sitzung.einladung import einladung_senden
from ..sitzung.protokoll import protokoll_freigeben
from ..sitzung.rhythmus import in_worten, naechste_sitzung
from .zugriff import gremium_fuer, sitzung_fuer


def _version_erhoehen(sitzung: Sitzung, *, geaendert: bool = False) -> None:
    """The calendar's SEQUENCE goes up; ``geaendert``: the minutes changed, which the
    Sitzung's ``updated_at`` (the minutes form's conflict token) must show."""
    werte = {"version": F("version") + 1}
    if geaendert:
        werte["updated_at"] = timezone.now()
    Sitzung.objects.filter(pk=sitzung.pk).update(**werte)


def gremium_bearbeiten(request, pk: int):
    gremium = gremium_fuer(request, pk, bearbeiten=True)
    # The form works on a copy: the page's title and crumbs keep the stored name while the
    # input is refused.
    form = GremiumForm(request.POST or None, instance=copy.copy(gremium), user=request.user)

    def sichern(form):
        gespeichert = form.save()
        # Asked of the saved Gremium, inside the transaction: whoever edits it must still
        # be allowed to afterwards (the rule of permissions.py, not a second one). Moved into
        # an area outside her Sozialräume or her Jugendamt, it would be lost to her, and a
        # scoped administration would hand it to another Jugendamt.
        if darf_bearbeiten(request.user, gespeichert):
            return gespeichert
        transaction.set_rollback(True)
        # At the area field she set (or emptied), else at the form.
        geaendert = [f for f in ("sozialraum", "regionalraum") if f in form.changed_data]
        feld = next((f for f in geaendert if form.cleaned_data[f]), None) or next(
            iter(geaendert), None
        )
        form.add_error(
            feld,
            _(
                "Mit diesem Gebiet dürften Sie das Gremium danach nicht mehr bearbeiten. Bitte "
                "ein Gebiet wählen, für das Sie zuständig sind, oder die "
                "Jugendamt-Administration bitten."
            ),
        )
        return None

    if request.method == "POST" and (gespeichert := speichern(form, sichern)):
        messages.success(request, _("Das Gremium ist gespeichert."))
        return redirect(gespeichert)
    return render(
        request,
        "gremien/gremium_form.html",
        {"form": form, "gremium": gremium, "titel": _("Gremium bearbeiten")},
    )


def sitzung_anlegen(request, gremium_pk: int):
    gremium = gremium_fuer(request, gremium_pk, bearbeiten=True)
    vorschlag = naechste_sitzung(gremium)
    form = SitzungForm(
        request.POST or None,
        gremium=gremium,
        instance=Sitzung(gremium=gremium),
        initial=vars(vorschlag) if vorschlag else None,
    )
    if vorschlag:
        form.fields["datum"].help_text = _(
            "Vorschlag nach dem Rhythmus (%(regel)s): %(datum)s. Bei Bedarf ändern."
        ) % {"regel": in_worten(gremium), "datum": date_format(vorschlag.datum, "l, j. F Y")}
    if request.method == "POST" and form.is_valid():
        sitzung = form.save()
        messages.success(request, _("Die Sitzung ist angelegt. Jetzt die Tagesordnung."))
        return redirect(sitzung)
    return render(
        request,
        "gremien/formular.html",
        {"form": form, "gremium": gremium, "titel": _("Sitzung planen")},
    )


def sitzung_bearbeiten(request, pk: int):
    sitzung = sitzung_fuer(request, pk, bearbeiten=True)
    form = SitzungForm(request.POST or None, gremium=sitzung.gremium, instance=sitzung)

    def sichern(form):
        form.save()
        _version_erhoehen(sitzung)
        return True

    if request.method == "POST" and speichern(form, sichern):
        messages.success(request, _("Die Sitzung ist gespeichert."))
        return redirect(sitzung)
    return render(
        request,
        "gremien/formular.html",
        {
            "form": form,
            "sitzung": sitzung,
            "gremium": sitzung.gremium,
            "titel": _("Sitzung bearbeiten"),
        },
    )


def top_bearbeiten(request, sitzung_pk: int, pk: int | None = None):
    sitzung = sitzung_fuer(request, sitzung_pk, bearbeiten=True)
    top = (
        get_object_or_404(Tagesordnungspunkt, pk=pk, sitzung=sitzung)
        if pk
        else Tagesordnungspunkt(sitzung=sitzung)
    )
    form = TopForm(request.POST or None, sitzung=sitzung, instance=top)

    def sichern(form):
        neu = form.save(commit=False)
        if not neu.pk:
            letzte = sitzung.tops.filter(eltern=neu.eltern).order_by("-position").first()
            neu.position = (letzte.position + 1) if letzte else 1
        neu.save()
        return neu

    if request.method == "POST" and speichern(form, sichern):
        messages.success(request, _("Der Tagesordnungspunkt ist gespeichert."))
        if "weiter" in request.POST:
            return redirect("gremien:top_neu", sitzung_pk=sitzung.pk)
        return redirect(sitzung)
    titel = _("Tagesordnungspunkt bearbeiten") if top.pk else _("Tagesordnungspunkt hinzufügen")
    return render(
        request,
        "gremien/formular.html",
        {
            "form": form,
            "sitzung": sitzung,
            "gremium": sitzung.gremium,
            "titel": titel,
            "weiter": not top.pk,
        },
    )


@require_POST
def top_verschieben(request, sitzung_pk: int, pk: int):
    sitzung = sitzung_fuer(request, sitzung_pk, bearbeiten=True)
    top = get_object_or_404(Tagesordnungspunkt, pk=pk, sitzung=sitzung)
    geschwister = list(sitzung.tops.filter(eltern=top.eltern_id).order_by("position", "pk"))
    i = geschwister.index(top)
    j = i - 1 if request.POST.get("richtung") == "hoch" else i + 1
    if 0 <= j < len(geschwister):
        geschwister[i], geschwister[j] = geschwister[j], geschwister[i]
        for position, t in enumerate(geschwister, start=1):
            if t.position != position:
                t.position = position
                t.save(update_fields=["position", "updated_at"])
    return redirect(sitzung.get_absolute_url() + "#tagesordnung")


def teilnahme_erfassen(request, pk: int):
    sitzung = sitzung_fuer(request, pk, bearbeiten=True)
    form = TeilnahmeForm(request.POST or None, sitzung=sitzung)

    def sichern(form):
        # The check in clean() locked the Sitzung's row; it holds until here.
        for m in form.mitgliedschaften:
            Teilnahme.objects.update_or_create(
                sitzung=sitzung,
                mitgliedschaft=m,
                defaults={"status": form.cleaned_data[f"m_{m.pk}"], "traeger": m.traeger},
            )
        sitzung.teilnahmen.filter(mitgliedschaft__isnull=True).delete()
        for zeile in form.cleaned_data["gaeste"].splitlines():
            if zeile.strip():
                Teilnahme.objects.create(sitzung=sitzung, gast_name=zeile.strip()[:200])
        Sitzung.objects.filter(pk=sitzung.pk).update(updated_at=timezone.now())
        return True

    if request.method == "POST" and speichern(form, sichern):
        messages.success(request, _("Die Anwesenheit ist gespeichert."))
        return redirect(sitzung.get_absolute_url() + "#anwesenheit")
    return render(
        request,
        "gremien/teilnahme.html",
        {"form": form, "sitzung": sitzung, "gremium": sitzung.gremium},
    )


def protokoll_bearbeiten(request, pk: int):
    sitzung = sitzung_fuer(request, pk, bearbeiten=True)
    form = ProtokollForm(request.POST or None, sitzung=sitzung)

    def sichern(form):
        # The check in clean() locked the Sitzung's row; it holds until here.
        for top, feld in form.top_felder():
            text = form.cleaned_data[feld.name]
            if text != top.protokoll:
                top.protokoll = text
                top.save(update_fields=["protokoll", "updated_at"])
        _version_erhoehen(sitzung, geaendert=True)
        if sitzung.freigegeben:
            version = protokoll_freigeben(sitzung, request.user, form.cleaned_data["grund"])
            return _("Das Protokoll ist als Version %(v)d gespeichert.") % {"v": version.version}
        return _("Der Protokollentwurf ist gespeichert.")

    if request.method == "POST" and (meldung := speichern(form, sichern)):
        messages.success(request, meldung)
        return redirect(sitzung.get_absolute_url() + "#protokoll")
    return render(
        request,
        "gremien/protokoll_form.html",
        {"form": form, "sitzung": sitzung, "gremium": sitzung.gremium},
    )


def beschluss_anlegen(request, pk: int):
    sitzung = sitzung_fuer(request, pk, bearbeiten=True)
    form = BeschlussForm(request.POST or None, sitzung=sitzung)
    if request.method == "POST" and form.is_valid():
        beschluss = form.save(commit=False)
        beschluss.sitzung = sitzung
        beschluss.save()
        messages.success(request, _("Der Beschluss ist festgehalten."))
        return redirect(sitzung.get_absolute_url() + "#beschluesse")
    return render(
        request,
        "gremien/formular.html",
        {
            "form": form,
            "sitzung": sitzung,
            "gremium": sitzung.gremium,
            "titel": _("Beschluss festhalten"),
        },
    )


def aufgabe_anlegen(request, pk: int):
    sitzung = sitzung_fuer(request, pk, bearbeiten=True)
    form = AufgabeForm(
        request.POST or None,
        sitzung=sitzung,
        instance=Aufgabe(sitzung=sitzung, gremium=sitzung.gremium),
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Die Aufgabe ist festgehalten."))
        return redirect(sitzung.get_absolute_url() + "#aufgaben")
    return render(
        request,
        "gremien/formular.html",
        {
            "form": form,
            "sitzung": sitzung,
            "gremium": sitzung.gremium,
            "titel": _("Aufgabe festhalten"),
        },
    )


@require_POST
def aufgabe_status(request, pk: int):
    aufgabe = get_object_or_404(Aufgabe.objects.select_related("gremium"), pk=pk)
    gremium_fuer(request, aufgabe.gremium_id)  # 404 for outsiders
    if not darf_aufgabe_abhaken(request.user, aufgabe):
        raise PermissionDenied
    neu = request.POST.get("status")
    if neu in Aufgabe.Status.values:
        aufgabe.status = neu
        aufgabe.erledigt_am = timezone.localdate() if neu == Aufgabe.Status.ERLEDIGT else None
        aufgabe.save(update_fields=["status", "erledigt_am", "updated_at"])
        messages.success(
            request, _("Aufgabe: %(status)s.") % {"status": aufgabe.get_status_display()}
        )
    zurueck = request.POST.get("zurueck", "")
    if moeglicher_wert(Sitzung._meta.pk, zurueck):
        return redirect("gremien:sitzung", pk=int(zurueck))
    weiter = request.POST.get("weiter", "")
    if url_has_allowed_host_and_scheme(weiter, {request.get_host()}, request.is_secure()):
        return redirect(weiter)
    return redirect(aufgabe.gremium)


def _bestaetigung(request, sitzung: Sitzung, **texte):
    """The confirm step of an unusual POST: a warning and a "Ja, trotzdem …" button that
    sends the same POST again with ``bestaetigt``; works without JavaScript."""
    return render(
        request,
        "gremien/bestaetigen.html",
        {"sitzung": sitzung, "gremium": sitzung.gremium, **texte},
    )


def _bestaetigt(request) -> bool:
    return request.POST.get("bestaetigt") == "1"


@require_POST
def freigeben(request, pk: int):
    sitzung = sitzung_fuer(request, pk, bearbeiten=True)
    zukunft = sitzung.datum > timezone.localdate()
    if zukunft and not sitzung.freigegeben and not _bestaetigt(request):
        datum = sitzung.datum.strftime("%d.%m.%Y")
        return _bestaetigung(
            request,
            sitzung,
            titel=_("Protokoll freigeben?"),
            warnung=_("Die Sitzung am %(datum)s liegt in der Zukunft.") % {"datum": datum},
            erklaerung=_(
                "Nach der Freigabe lesen die Mitglieder das Protokoll, und die Sitzung gilt "
                "als durchgeführt. Stimmt das Datum der Sitzung?"
            ),
            knopf=_("Ja, trotzdem freigeben"),
        )
    if sitzung.freigegeben:
        messages.info(
            request,
            _(
                "Das Protokoll ist schon freigegeben; Änderungen werden als neue Version gespeichert."
            ),
        )
    else:
        protokoll_freigeben(sitzung, request.user)
        messages.success(
            request, _("Das Protokoll ist freigegeben; die Mitglieder können es jetzt lesen.")
        )
    return redirect(sitzung.get_absolute_url() + "#protokoll")


@require_POST
def einladen(request, pk: int):
    sitzung = sitzung_fuer(request, pk, bearbeiten=True)
    if sitzung.datum < timezone.localdate() and not _bestaetigt(request):
        datum = sitzung.datum.strftime("%d.%m.%Y")
        return _bestaetigung(
            request,
            sitzung,
            titel=_("Einladung senden?"),
            warnung=_("Die Sitzung am %(datum)s liegt in der Vergangenheit.") % {"datum": datum},
            erklaerung=_(
                "Alle aktiven Mitglieder mit E-Mail-Adresse erhalten die Einladung mit "
                "Kalenderdatei. Stimmt das Datum der Sitzung?"
            ),
            knopf=_("Ja, trotzdem einladen"),
        )
    anzahl = einladung_senden(sitzung, request.build_absolute_uri("/").rstrip("/"))
    if anzahl:
        messages.success(
            request,
            ngettext(
                "Die Einladung ist an %(n)d Mitglied verschickt.",
                "Die Einladung ist an %(n)d Mitglieder verschickt.",
                anzahl,
            )
            % {"n": anzahl},
        )
    else:
        messages.warning(
            request,
            _("Kein Mitglied hat eine E-Mail-Adresse hinterlegt; es wurde nichts verschickt."),
        )
    return redirect(sitzung)


@require_POST
def anhang_hochladen(request, pk: int):
    sitzung = sitzung_fuer(request, pk, bearbeiten=True)
    form = AnhangForm(request.POST, request.FILES)
    if form.is_valid():
        datei = form.cleaned_data["datei"]
        Anhang.objects.create(
            sitzung=sitzung,
            datei=datei,
            name=datei.name[:255],
            endung=form.endung,
            mime=form.mime,
            groesse=datei.size,
            hochgeladen_von=request.user,
        )
        messages.success(request, _("„%(name)s“ ist angehängt.") % {"name": datei.name})
    else:
        for fehler in form.errors.get("datei", []):
            messages.error(request, _("Anhang nicht gespeichert: %(fehler)s") % {"fehler": fehler})
    return redirect(sitzung.get_absolute_url() + "#anhaenge")
