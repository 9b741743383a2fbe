"""Who may do what with Träger, Einrichtungen, Ansprechpersonen and Vernetzung contacts.

Model permissions per role (granted after migrate) and small functions used by views,
templates and admin alike. Object-level rights for a Träger-Redaktion come from
django-guardian (``change_traeger`` on her Träger).

Vernetzung contacts follow their ``sichtbarkeit``, for every role alike (the
Jugendamt-Administration too: "nur ich" means only the recorder):

- "nur ich": the recorder only;
- "mein Träger": the recorder and everyone who works for the contact's ``eigener_traeger``
  (``TraegerZugehoerigkeit``);
- "alle Fachkräfte": every logged-in user with a role.

Only the recorder edits a contact. A contact someone may not see does not exist for her
(404); one she may see but not edit answers 403. ``Kontakt.objects.sichtbar_fuer`` is the
same rule as a query.
"""

from django.db.models import Q

from sozialraum.zugang.rollen import (
    hat_objektrecht,
    objektrechte,
)
from sozialraum.zugang.zustaendigkeit import verwaltete_jugendaemter


def traeger_im_jugendamt(queryset, jugendaemter):
    """``queryset`` (Träger) narrowed to those working within ``jugendaemter`` (ids): with a
    place there or serving a Sozialraum there; also a Träger placed nowhere yet, which any
    Jugendamt may take on. The rule of a scoped Jugendamt-Administration
    (sozialraum/zugang/zustaendigkeit.py)."""
    from .models import Einrichtung, Traeger

    # Uncorrelated subqueries: each set of Träger ids is built once, not probed per Träger
    # (a city's 1,600 Träger: 140 ms less on SQLite).
    orte = Einrichtung.objects.filter(jugendamt__isnull=False)
    versorgt = Traeger.sozialraeume.through.objects.all()
    return queryset.filter(
        Q(pk__in=orte.filter(jugendamt__in=jugendaemter).values("traeger_id"))
        | Q(
            pk__in=versorgt.filter(sozialraum__regionalraum__jugendamt__in=jugendaemter).values(
                "traeger_id"
            )
        )
        | (~Q(pk__in=orte.values("traeger_id")) & ~Q(pk__in=versorgt.values("traeger_id")))
    )


def traeger_bearbeitbar_fuer(user, queryset):
    """``queryset`` narrowed to the Träger ``user`` may edit (:func:`can_edit_traeger` as a
    query): all with the model permission, those within her Jugendamt if she is scoped to
    one, and those she holds ``traeger.change_traeger`` on (Träger-Redaktion)."""
    eigene = Q(pk__in=[int(pk) for pk in objektrechte(user).get("traeger.change_traeger", ())])
    if not user.has_perm("traeger.change_traeger"):
        return queryset.filter(eigene)
    jugendaemter = verwaltete_jugendaemter(user)
    if jugendaemter is None:
        return queryset
    return queryset.filter(
        Q(pk__in=traeger_im_jugendamt(queryset.model.objects, jugendaemter).values("pk")) | eigene
    )


def einrichtungen_bearbeitbar_fuer(user, queryset):
    """Einrichtungen or Ansprechpersonen (anything with a ``traeger``) narrowed to those of
    the Träger ``user`` may edit: the Träger is the unit of curation."""
    from .models import Traeger

    return queryset.filter(traeger__in=traeger_bearbeitbar_fuer(user, Traeger.objects.all()))


def can_edit_traeger(user, traeger) -> bool:
    if hat_objektrecht(user, "traeger.change_traeger", traeger.pk):
        return True
    if not user.has_perm("traeger.change_traeger"):
        return False
    jugendaemter = verwaltete_jugendaemter(user)
    return (
        jugendaemter is None
        or traeger_im_jugendamt(type(traeger).objects.filter(pk=traeger.pk), jugendaemter).exists()
    )


def darf_vernetzung_nutzen(user) -> bool:
    """May record contacts and open the Vernetzung pages (every role)."""
    return user.is_authenticated and user.has_perm("traeger.add_kontakt")


def darf_kontakt_sehen(user, kontakt) -> bool:
    from .models import Kontakt, TraegerZugehoerigkeit

    if not (user.is_authenticated and user.has_perm("traeger.view_kontakt")):
        return False
    if kontakt.erfasst_von_id == user.pk or kontakt.sichtbarkeit == Kontakt.Sichtbarkeit.ALLE:
        return True
    return (
        kontakt.sichtbarkeit == Kontakt.Sichtbarkeit.TRAEGER
        and kontakt.eigener_traeger_id is not None
        and TraegerZugehoerigkeit.objects.filter(
            user=user.pk, traeger=kontakt.eigener_traeger_id
        ).exists()
    )


def kontakte_sichtbar_fuer(user, kontakte):
    """``kontakte`` narrowed to those ``user`` may see (:func:`darf_kontakt_sehen` as a query)."""
    return kontakte.sichtbar_fuer(user)


def darf_kontakt_bearbeiten(user, kontakt) -> bool:
    return darf_vernetzung_nutzen(user) and kontakt.erfasst_von_id == user.pk


def traeger_mit_rechten_im_jugendamt(jugendaemter):
    """For sozialraum.zugang.zustaendigkeit.OBJEKTE_IM_JUGENDAMT: the Träger within ``jugendaemter``
    (object rights on them are within a scoped administration's reach)."""
    from .models import Traeger

    return Traeger, traeger_im_jugendamt(Traeger.objects.all(), jugendaemter)
