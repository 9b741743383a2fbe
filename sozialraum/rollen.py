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
