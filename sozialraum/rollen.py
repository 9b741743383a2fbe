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


def koordiniert(user, sozialraum_id: int | None) -> bool:
    """Whether ``user`` coordinates that Sozialraum; one query per user object and request."""
    if sozialraum_id is None or not user.is_authenticated:
        return False
    if not hasattr(user, "_koordinierte_sozialraeume"):
        user._koordinierte_sozialraeume = set(sozialraeume_von(user).values_list("pk", flat=True))
    return sozialraum_id in user._koordinierte_sozialraeume


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
