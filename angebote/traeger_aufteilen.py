"""When a Träger is split, its Angebote go along with their places.

Registered in ``AppConfig.ready()`` at ``traeger.zusammenfuehren.aufteilen.MITZIEHEN``: an
Angebot of the old Träger whose places (Einrichtungen) are all among the moved ones moves
to the new Träger. One that also runs at a place that stays, or has no place at all, stays
with the old Träger; the preview says how many, so that nobody wonders where they went.
"""

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from traeger.zusammenfuehren.bezuege import ANZEIGEN, Posten, vermerken

from .models import Angebot


def umziehende_angebote(von, einrichtungen):
    """(the Angebote that move with ``einrichtungen``, those that stay though they run there)."""
    ids = [e.pk for e in einrichtungen]
    orte = Angebot.einrichtungen.through.objects.filter(angebot=OuterRef("pk"))
    an_den_orten = Angebot.objects.filter(traeger=von).filter(
        Exists(orte.filter(einrichtung__in=ids))
    )
    return (
        an_den_orten.filter(~Exists(orte.exclude(einrichtung__in=ids))).order_by("titel", "pk"),
        an_den_orten.filter(Exists(orte.exclude(einrichtung__in=ids))),
    )


def angebote_mitziehen(von, nach, einrichtungen, *, probelauf, akteur, grund) -> list[Posten]:
    """Move (or, with ``probelauf``, list) the Angebote that run only at ``einrichtungen``."""
    umziehen, bleiben = umziehende_angebote(von, einrichtungen)
    angebote = list(umziehen)
    if not probelauf:
        for angebot in angebote:
            angebot.traeger = nach
            vermerken(angebot, grund, akteur)
            # Saved through the model: the search index and a history row follow.
            angebot.save(update_fields=["traeger", "updated_at"])
    anzahl_bleiben = bleiben.count()
    if not angebote and not anzahl_bleiben:
        return []
    hinweis = ""
    if anzahl_bleiben:
        hinweis = _(
            "%(n)d weitere Angebote finden auch an Einrichtungen statt, die bleiben; sie "
            "bleiben beim bisherigen Träger."
        ) % {"n": anzahl_bleiben}
    return [
        Posten(
            str(Angebot._meta.verbose_name_plural),
            len(angebote),
            [(a.titel, a.get_absolute_url()) for a in angebote[:ANZEIGEN]],
            hinweis,
        )
    ]
