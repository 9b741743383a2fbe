"""Who runs Prüfrunden, and which records she may put into one.

The Jugendamt-Administration holds ``angebote.pruefrunde_starten`` (sozialraum/zugang/rollen.py).
:func:`pruefbar_fuer` is the one place that says which records a round of hers may contain;
an administration scoped to her Jugendamt (sozialraum/zugang/zustaendigkeit.py) is to be narrowed
here, and everything else (the preview, the start, the tests) follows.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from sozialraum.zugang.zustaendigkeit import VERWALTEN, verwaltete_jugendaemter
from traeger.models import Einrichtung, Traeger
from traeger.permissions import traeger_im_jugendamt

from ..models import Angebot, Pruefrunde
from ..permissions import angebote_im_jugendamt

RECHT = "angebote.pruefrunde_starten"


def darf_pruefrunden_verwalten(user) -> bool:
    return user.has_perm(RECHT)


def pruefbar_fuer(user) -> tuple[QuerySet, QuerySet]:
    """(offers, places) ``user`` may ask their Träger about: published offers and places in
    operation; nothing for those without the permission."""
    if not darf_pruefrunden_verwalten(user):
        return Angebot.objects.none(), Einrichtung.objects.none()
    angebote = Angebot.objects.veroeffentlicht()
    orte = Einrichtung.objects.filter(archiviert=False)
    jugendaemter = verwaltete_jugendaemter(user)
    if jugendaemter is not None:
        # A scoped administration asks about her Jugendamt's records only; a place placed
        # nowhere follows its Träger, as in traeger.permissions.
        angebote = angebote_im_jugendamt(angebote, jugendaemter)
        traeger = traeger_im_jugendamt(Traeger.objects.all(), jugendaemter)
        orte = orte.filter(
            Q(jugendamt__in=jugendaemter)
            | Q(jugendamt__isnull=True, traeger__in=traeger.values("pk"))
        )
    return angebote, orte


def runden_fuer(user) -> QuerySet:
    """The rounds ``user`` sees and manages."""
    if not darf_pruefrunden_verwalten(user):
        return Pruefrunde.objects.none()
    runden = Pruefrunde.objects.all()
    jugendaemter = verwaltete_jugendaemter(user)
    if jugendaemter is not None:
        # Her own rounds and those of the other administrations of her Jugendamt.
        from guardian.models import UserObjectPermission

        verwaltet = UserObjectPermission.objects.filter(
            permission__codename=VERWALTEN.split(".")[1],
            permission__content_type__app_label="sozialraum",
        )
        eigene = [str(pk) for pk in jugendaemter]
        # Colleagues scoped to her Jugendämter alone: a round of someone who also
        # administers another Jugendamt may reach records outside hers.
        kollegen = verwaltet.filter(object_pk__in=eigene).exclude(
            user__in=verwaltet.exclude(object_pk__in=eigene).values("user_id")
        )
        runden = runden.filter(
            Q(gestartet_von=user) | Q(gestartet_von__in=kollegen.values("user_id"))
        )
    return runden
