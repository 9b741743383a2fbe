"""Who may see, record and change a Sozialraum's resources and barriers.

- Seeing: as Vernetzung contacts (traeger/permissions.py, docs/vernetzung.md), one rule
  (``traeger.models.kontakte.sichtbarkeit_bedingung``): "alle Fachkräfte" (the default),
  "mein Träger", "nur ich"; for every role alike. An entry someone may not see does not
  exist for her (404).
- Recording: every role (model permission ``add_ressource`` / ``add_barriere``).
- Changing, ending, marking as checked, a barrier's status: who recorded it, the
  Sozialraumkoordination of its Sozialraum, and the Jugendamt-Administration (model
  permission ``change_…``), one scoped to a Jugendamt only within it. Others who see the
  entry get 403.
- Taking entries over from a Sitzung's TOP: who edits the Gremium (its Koordination, the
  Sozialraumkoordination, the Jugendamt-Administration: gremien/permissions.py), as they
  run the meeting and its minutes, and only while she may read the TOP's minutes.
"""

from sozialraum.zugang.rollen import koordiniert
from sozialraum.zugang.zustaendigkeit import verwaltete_jugendaemter


def _recht(user, model, aktion: str) -> bool:
    return user.is_authenticated and user.has_perm(
        f"{model._meta.app_label}.{aktion}_{model._meta.model_name}"
    )


def darf_erfassen(user, model) -> bool:
    return _recht(user, model, "add")


def darf_lesen(user) -> bool:
    from sozialraumarbeit.models import Barriere, Ressource

    return _recht(user, Ressource, "view") or _recht(user, Barriere, "view")


def darf_bearbeiten(user, eintrag) -> bool:
    """For an entry ``user`` sees (the caller loaded it through ``sichtbar_fuer``)."""
    if not user.is_authenticated:
        return False
    if eintrag.erfasst_von_id == user.pk and darf_erfassen(user, type(eintrag)):
        return True
    if koordiniert(user, eintrag.sozialraum_id):
        return True
    if not _recht(user, type(eintrag), "change"):
        return False
    jugendaemter = verwaltete_jugendaemter(user)
    return jugendaemter is None or eintrag.sozialraum.regionalraum.jugendamt_id in jugendaemter


def im_jugendamt_bearbeitbar(user, queryset):
    """For the admin: entries within the Jugendamt of a scoped administration."""
    jugendaemter = verwaltete_jugendaemter(user)
    if jugendaemter is None:
        return queryset
    return queryset.filter(sozialraum__regionalraum__jugendamt__in=jugendaemter)


def darf_aus_top_uebernehmen(user, gremium, protokoll_sichtbar: bool) -> bool:
    from gremien.permissions import darf_bearbeiten as gremium_bearbeiten
    from sozialraumarbeit.models import Barriere, Ressource

    return (
        protokoll_sichtbar
        and darf_erfassen(user, Ressource)
        and darf_erfassen(user, Barriere)
        and gremium_bearbeiten(user, gremium)
    )
