"""A Jugendamt-Administration scoped to her Jugendamt (or to several).

An installation with several Jugendämter (Berlin's Bezirke, Landkreise sharing one
registry) gives each Jugendamt's administration the role Jugendamt-Administration and
django-guardian's object permission ``sozialraum.verwalten_jugendamt`` on her Jugendamt.
With it, her model-wide rights to change Träger, Einrichtungen, Angebote and Gremien hold
only for records within that Jugendamt; she reads the rest as before (read-only), and the
review queue, the Aktualität dashboard and the rights screen list her Jugendamt first.
Without the object permission (the one Jugendamt of Musterstadt, a Land-wide curation
team) and for superusers nothing is narrowed.

Which records lie "within" a Jugendamt is each app's rule, as a query (``im_jugendamt``
functions of traeger/angebote/gremien permissions.py); this module only knows the scope,
and which accounts a scoped administration may change in the admin
(:func:`konten_bearbeitbar_fuer`).
"""

from __future__ import annotations

from sozialraum.erweiterungen import Erweiterungspunkt
from sozialraum.zugang.rollen import objektrechte

VERWALTEN = "sozialraum.verwalten_jugendamt"

# ``f(jugendaemter) -> (model, queryset)``: the records of a higher floor within the given
# Jugendämter on which object rights may be held (Träger, Gremien). An account whose object
# rights all lie within her Jugendämter is one a scoped administration may change.
OBJEKTE_IM_JUGENDAMT = Erweiterungspunkt("Objekte mit Objektrechten innerhalb von Jugendämtern")


def verwaltete_jugendaemter(user) -> frozenset[int] | None:
    """The Jugendämter ``user``'s model-wide rights are limited to, or ``None`` when they are
    not limited (no such object permission, or a superuser). One query per request at most
    (:func:`sozialraum.zugang.rollen.objektrechte`)."""
    if not user.is_authenticated or user.is_superuser:
        return None
    if not user.has_perm("sozialraum.view_jugendamt"):
        return None  # not an administration: no model-wide rights to narrow
    ids = objektrechte(user).get(VERWALTEN)
    if not ids:
        return None
    return frozenset(int(pk) for pk in ids)


def ist_eingegrenzt(user) -> bool:
    return verwaltete_jugendaemter(user) is not None


def eigene_zuerst(user, queryset, jugendamt_pfad: str):
    """``queryset`` with the records of ``user``'s own Jugendämter first (the order within
    each part unchanged). ``jugendamt_pfad`` leads from the model to the Jugendamt's id, e.g.
    ``"angebot__traeger__einrichtungen__jugendamt"``; unscoped users get it unchanged."""
    from django.db.models import Case, Exists, IntegerField, OuterRef, Value, When

    eigene = verwaltete_jugendaemter(user)
    if eigene is None:
        return queryset
    model = queryset.model
    treffer = model._default_manager.filter(pk=OuterRef("pk"), **{f"{jugendamt_pfad}__in": eigene})
    reihenfolge = list(queryset.query.order_by) or list(model._meta.ordering)
    return queryset.annotate(
        _eigenes_jugendamt=Case(
            When(Exists(treffer), then=Value(0)), default=Value(1), output_field=IntegerField()
        )
    ).order_by("_eigenes_jugendamt", *reihenfolge)


def konten_bearbeitbar_fuer(user, queryset):
    """The accounts (``queryset`` of users) ``user`` may change and delete in the admin:
    all, unless she is scoped to Jugendämter; then not those reaching beyond them:
    superusers, and Jugendamt-Administrations not scoped to her Jugendämter alone
    (docs/rechte.md: she cannot take the role from them)."""
    from django.db.models import Exists, OuterRef
    from guardian.models import UserObjectPermission

    from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION

    jugendaemter = verwaltete_jugendaemter(user)
    if jugendaemter is None:
        return queryset
    app, codename = VERWALTEN.split(".")
    verwaltet = UserObjectPermission.objects.filter(
        user=OuterRef("pk"), permission__codename=codename, permission__content_type__app_label=app
    )
    administration = queryset.model.groups.through.objects.filter(
        user=OuterRef("pk"), group__name=JUGENDAMT_ADMINISTRATION
    )
    darueber_hinaus = ~Exists(verwaltet) | Exists(
        verwaltet.exclude(object_pk__in=[str(pk) for pk in jugendaemter])
    )
    # Nor accounts holding an object right outside her Jugendämter (a Redaktion of a Träger
    # elsewhere, a coordination of a Sozialraum elsewhere): their password and access are
    # not hers to change.
    fremde_rechte = UserObjectPermission.objects.filter(user=OuterRef("pk")).exclude(
        _rechte_im_jugendamt(jugendaemter)
    )
    return (
        queryset.filter(is_superuser=False)
        .exclude(Exists(administration) & darueber_hinaus)
        .exclude(Exists(fremde_rechte))
    )


def _rechte_im_jugendamt(jugendaemter):
    """Object rights on records within ``jugendaemter``, as a condition on guardian's table."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Q

    from sozialraum.models import Jugendamt, Sozialraum

    innerhalb = [
        (Jugendamt, Jugendamt.objects.filter(pk__in=jugendaemter)),
        (Sozialraum, Sozialraum.objects.filter(regionalraum__jugendamt__in=jugendaemter)),
        *OBJEKTE_IM_JUGENDAMT.sammeln(jugendaemter),
    ]
    bedingung = Q(pk__in=[])
    for model, objekte in innerhalb:
        bedingung |= Q(
            content_type=ContentType.objects.get_for_model(model),
            object_pk__in=[str(pk) for pk in objekte.values_list("pk", flat=True)],
        )
    return bedingung
