"""The five roles as Django groups, and how each app grants them model permissions.

The groups are created by the data migration ``0002_rollen``. Each app declares which
model permissions a role holds (a frozen list, as integreat-cms does) and calls
:func:`rechte_synchronisieren` from a ``post_migrate`` handler, so permissions of apps
on higher floors join the groups without this module importing them.
"""

from django.utils.translation import gettext_lazy as _

JUGENDAMT_ADMINISTRATION = "Jugendamt-Administration"
SOZIALRAUMKOORDINATION = "Sozialraumkoordination"
TRAEGER_REDAKTION = "Träger-Redaktion"
GREMIUM_KOORDINATION = "Gremium-Koordination"
FACHKRAFT = "Fachkraft"

ROLLEN = {
    JUGENDAMT_ADMINISTRATION: _("kuratiert das ganze Register, gibt frei, verwaltet Benutzer"),
    SOZIALRAUMKOORDINATION: _("betreut Sozialräume, ihre Gremien und Angebote"),
    TRAEGER_REDAKTION: _("pflegt Einrichtungen, Angebote und Ansprechpersonen des eigenen Trägers"),
    GREMIUM_KOORDINATION: _("plant Sitzungen, schreibt Tagesordnungen und Protokolle"),
    FACHKRAFT: _("sucht Angebote, druckt Listen, hält Kontakte fest"),
}

# Model permissions per role for this app (codename "app_label.action_model").
RECHTE = {
    JUGENDAMT_ADMINISTRATION: [
        "sozialraum.add_regionalraum",
        "sozialraum.change_regionalraum",
        "sozialraum.view_regionalraum",
        "sozialraum.add_sozialraum",
        "sozialraum.change_sozialraum",
        "sozialraum.view_sozialraum",
        "sozialraum.add_quartier",
        "sozialraum.change_quartier",
        "sozialraum.view_quartier",
        "sozialraum.add_user",
        "sozialraum.change_user",
        "sozialraum.view_user",
        "auth.view_group",
    ],
}


# Object permission on a Sozialraum (django-guardian), held by its Sozialraumkoordination:
# she edits the Gremien of her Sozialräume and confirms their offers as "Noch aktuell".
# Never granted per model (a group holding it would not coordinate anything: only object
# rights count, see sozialraeume_von).
KOORDINIEREN = "sozialraum.koordinieren_sozialraum"


def sozialraeume_von(user):
    """The Sozialräume ``user`` coordinates (her object rights, directly or via a group)."""
    from guardian.shortcuts import get_objects_for_user

    from .models import Sozialraum

    if not user.is_authenticated:
        return Sozialraum.objects.none()
    return get_objects_for_user(
        user, KOORDINIEREN, klass=Sozialraum, accept_global_perms=False, with_superuser=False
    )


def objektrechte(user) -> dict[str, set[str]]:
    """Every object right of ``user``, given to her or to one of her groups, as
    ``{"app_label.codename": {object_pk, …}}`` (django-guardian's tables, pks as text).

    One query per user object, that is per request, instead of guardian's two per
    ``has_perm(perm, obj)``: a page asks for the same user whether she edits the Träger,
    coordinates the Sozialraum and edits the Gremium. Inactive and anonymous users hold
    none. Superusers and model-wide rights are the caller's first question, as with
    guardian's backend (``user.has_perm(perm)`` before ``user.has_perm(perm, obj)``).
    """
    if not user.is_authenticated or not user.is_active:
        return {}
    if not hasattr(user, "_objektrechte"):
        from guardian.models import GroupObjectPermission, UserObjectPermission

        felder = ("permission__content_type__app_label", "permission__codename", "object_pk")
        direkt = UserObjectPermission.objects.filter(user=user).values_list(*felder)
        gruppen = GroupObjectPermission.objects.filter(group__user=user).values_list(*felder)
        rechte: dict[str, set[str]] = {}
        for app, codename, pk in direkt.union(gruppen, all=True):
            rechte.setdefault(f"{app}.{codename}", set()).add(pk)
        user._objektrechte = rechte
    return user._objektrechte


def hat_objektrecht(user, perm: str, obj_pk) -> bool:
    """``user.has_perm(perm, obj)`` for the object right alone, from :func:`objektrechte`."""
    return obj_pk is not None and str(obj_pk) in objektrechte(user).get(perm, ())


def koordinierte_sozialraeume(user) -> set[int]:
    """The ids of the Sozialräume ``user`` coordinates (``sozialraeume_von``, without
    reading the Sozialräume); from :func:`objektrechte`."""
    return {int(pk) for pk in objektrechte(user).get(KOORDINIEREN, ())}


def koordiniert(user, sozialraum_id: int | None) -> bool:
    """Whether ``user`` coordinates that Sozialraum; one query per user object and request."""
    return sozialraum_id is not None and sozialraum_id in koordinierte_sozialraeume(user)


def rechte_synchronisieren(rechte: dict[str, list[str]], using: str = "default") -> None:
    """Give each role at least the listed permissions (idempotent, never removes any)."""
    from django.contrib.auth.models import Group, Permission

    for rolle, codenames in rechte.items():
        group, _created = Group.objects.using(using).get_or_create(name=rolle)
        for full in codenames:
            app_label, codename = full.split(".", 1)
            perm = (
                Permission.objects.using(using)
                .filter(content_type__app_label=app_label, codename=codename)
                .first()
            )
            if perm is not None:
                group.permissions.add(perm)
