"""Passing a Beschluss or an Empfehlung on to another Gremium (issue #16).

A Weitergabe becomes a proposed agenda item of the target Gremium's next planned Sitzung
(status geplant or eingeladen, not in the past). If the target has none yet, the item is
placed when its next Sitzung is created (signals.py calls :func:`weitergaben_einplanen`).
The outcome is the Beschluss the target records on that item; until then it is "noch nicht
beraten". Views call these functions; nothing here checks permissions.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max, Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Beschluss, Gremium, Sitzung, Tagesordnungspunkt, Weitergabe

OFFEN = (Sitzung.Status.GEPLANT, Sitzung.Status.EINGELADEN)


class WeitergabeFehler(Exception):
    """A passing-on refused, with a German message for the user."""


def naechste_sitzung(gremium: Gremium) -> Sitzung | None:
    """The Gremium's next planned Sitzung (today or later), if there is one."""
    return (
        gremium.sitzungen.filter(status__in=OFFEN, datum__gte=timezone.localdate())
        .order_by("datum", "beginn", "pk")
        .first()
    )


def vorschlag_titel(beschluss: Beschluss) -> str:
    gremium = beschluss.sitzung.gremium
    text = " ".join(beschluss.text.split())
    if len(text) > 180:
        text = text[:179] + "…"
    titel = _("%(art)s aus „%(gremium)s“: %(text)s") % {
        "art": beschluss.get_art_display(),
        "gremium": gremium.name,
        "text": text,
    }
    return titel[:300]


def _top_anlegen(weitergabe: Weitergabe, sitzung: Sitzung) -> Tagesordnungspunkt:
    letzte = sitzung.tops.filter(eltern__isnull=True).aggregate(n=Max("position"))["n"] or 0
    top = Tagesordnungspunkt.objects.create(
        sitzung=sitzung, position=letzte + 1, titel=weitergabe.titel
    )
    weitergabe.top = top
    weitergabe._change_reason = _("auf die Tagesordnung gesetzt")
    weitergabe.save(update_fields=["top", "updated_at"])
    return top


def beschluss_weitergeben(
    beschluss: Beschluss, ziel: Gremium, user, titel: str = "", hinweis: str = ""
) -> Weitergabe:
    """Pass ``beschluss`` on to ``ziel``; placed on its next planned Sitzung if there is one."""
    if ziel.pk == beschluss.sitzung.gremium_id:
        raise WeitergabeFehler(
            _("Ein Beschluss wird an ein anderes Gremium weitergegeben, nicht an das eigene.")
        )
    if not ziel.aktiv:
        raise WeitergabeFehler(
            _("„%(name)s“ tagt nicht mehr; bitte ein aktives Gremium wählen.") % {"name": ziel}
        )
    with transaction.atomic():
        if Weitergabe.objects.filter(beschluss=beschluss, ziel_gremium=ziel).exists():
            raise WeitergabeFehler(
                _("Dieser Beschluss ist bereits an „%(name)s“ weitergegeben.") % {"name": ziel}
            )
        weitergabe = Weitergabe.objects.create(
            beschluss=beschluss,
            ziel_gremium=ziel,
            titel=(titel or vorschlag_titel(beschluss))[:300],
            hinweis=hinweis,
            weitergegeben_von=user,
        )
        if (sitzung := naechste_sitzung(ziel)) is not None:
            _top_anlegen(weitergabe, sitzung)
    return weitergabe


def weitergaben_einplanen(sitzung: Sitzung) -> int:
    """Put the Gremium's waiting Weitergaben on ``sitzung`` if it is its next planned one."""
    wartend = list(
        Weitergabe.objects.filter(ziel_gremium=sitzung.gremium_id, top__isnull=True).order_by(
            "weitergegeben_am", "pk"
        )
    )
    if not wartend:
        return 0
    # As stored: a Sitzung made with a date as text (an import, a script) has it parsed then.
    sitzung.refresh_from_db(fields=["datum", "status"])
    if sitzung.status not in OFFEN or sitzung.datum < timezone.localdate():
        return 0
    with transaction.atomic():
        for weitergabe in wartend:
            _top_anlegen(weitergabe, sitzung)
    return len(wartend)


def mit_ergebnis(weitergaben):
    """``weitergaben`` with what their pages show: target, source, TOP and its Beschlüsse."""
    return weitergaben.select_related(
        "ziel_gremium",
        "weitergegeben_von",
        "beschluss__sitzung__gremium",
        "top__sitzung",
    ).prefetch_related(Prefetch("top__beschluesse", Beschluss.objects.order_by("pk")))


def fuer_seite(user, weitergaben) -> list[Weitergabe]:
    """``weitergaben`` (from :func:`mit_ergebnis`) marked for a page: ``quelle_sichtbar``,
    ``ziel_sichtbar`` (Gremien she may not see stay unnamed) and ``ergebnis_lesbar`` (the
    outcome is minutes of the target: released, or she may read its drafts)."""
    from ..permissions import darf_protokollentwurf_lesen

    weitergaben = list(weitergaben)
    if not weitergaben:
        return weitergaben
    ids = {w.ziel_gremium_id for w in weitergaben} | {
        w.beschluss.sitzung.gremium_id for w in weitergaben
    }
    sichtbar = set(
        Gremium.objects.sichtbar_fuer(user).filter(pk__in=ids).values_list("pk", flat=True)
    )
    entwurf_leser: dict[int, bool] = {}
    for w in weitergaben:
        w.quelle_sichtbar = w.beschluss.sitzung.gremium_id in sichtbar
        w.ziel_sichtbar = w.ziel_gremium_id in sichtbar
        lesbar = False
        if w.ziel_sichtbar and w.top is not None:
            if w.top.sitzung.freigegeben:
                lesbar = True
            else:
                if w.ziel_gremium_id not in entwurf_leser:
                    entwurf_leser[w.ziel_gremium_id] = darf_protokollentwurf_lesen(
                        user, w.ziel_gremium
                    )
                lesbar = entwurf_leser[w.ziel_gremium_id]
        w.ergebnis_lesbar = lesbar
    return weitergaben
