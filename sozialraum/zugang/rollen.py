"""The five roles as Django groups and every model permission each of them holds.

This module is the one place for both (a frozen list, as integreat-cms keeps its roles).
The groups are created by the data migration ``0002_rollen``; after every ``migrate``,
:func:`rechte_synchronisieren` makes each group hold exactly the permissions listed here,
adding what is missing and removing what a role no longer has. Permissions are named as
text (``"gremien.view_gremium"``), so this floor imports none of the higher apps.
Object permissions (django-guardian) are given per person, not here: see
``traeger/rechte.py``.
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


def _modellrechte(app: str, modelle: tuple[str, ...], aktionen: tuple[str, ...]) -> list[str]:
    return [f"{app}.{aktion}_{modell}" for modell in modelle for aktion in aktionen]


_GEBIETE = ("jugendamt", "regionalraum", "sozialraum", "quartier", "user")
_TRAEGER = ("traeger", "einrichtung", "ansprechperson")
_ANGEBOTE = ("angebot", "angebotszeit", "kategorie", "zielgruppe", "sprache")
_GREMIEN = (
    "gremium",
    "mitgliedschaft",
    "sitzung",
    "tagesordnungspunkt",
    "teilnahme",
    "beschluss",
    "aufgabe",
    "anhang",
    "weitergabe",  # a Beschluss passed on to another Gremium (issue #16)
)

# What every role reads, and records: contacts (Vernetzung) in the normal UI.
_LESEN = [
    *_modellrechte("traeger", _TRAEGER, ("view",)),
    "traeger.add_kontakt",
    "traeger.view_kontakt",
    *_modellrechte("angebote", _ANGEBOTE, ("view",)),
    "gremien.view_gremium",
    # A Sozialraum's resources and barriers (sozialraumarbeit/raumwissen/permissions.py).
    *_modellrechte("sozialraumarbeit", ("ressource", "barriere"), ("add", "view")),
    "sozialraumarbeit.view_massnahme",  # SRAE measures (sozialraumarbeit/massnahmen/)
]

# Model permissions per role ("app_label.codename"). The admin site follows them, narrowed
# per record by each app's permissions.py (sozialraum/admin.py SichtbarkeitAdminMixin).
RECHTE: dict[str, list[str]] = {
    JUGENDAMT_ADMINISTRATION: [
        *_modellrechte("sozialraum", _GEBIETE, ("add", "change", "view")),
        "sozialraum.view_importlauf",
        "sozialraum.view_zugangsschluessel",  # read-only list of API tokens
        "auth.view_group",
        *_modellrechte("traeger", _TRAEGER, ("add", "change", "view", "delete")),
        "traeger.zusammenfuehren_traeger",  # merge and split (traeger/zusammenfuehren/)
        # Zugehörigkeiten, and a contact removed on a data-protection request.
        *_modellrechte(
            "traeger", ("kontakt", "traegerzugehoerigkeit"), ("add", "change", "view", "delete")
        ),
        *_modellrechte("angebote", _ANGEBOTE, ("add", "change", "view")),
        # The search's thesaurus (docs/thesaurus.md): switched off, never deleted.
        *_modellrechte("angebote", ("synonymgruppe",), ("add", "change", "view")),
        "angebote.pruefen_aenderungsvorschlag",
        "angebote.view_aenderungsvorschlag",
        "angebote.pruefrunde_starten",  # Prüfrunden (angebote/pruefrunde/)
        *_modellrechte("gremien", _GREMIEN, ("add", "change", "view")),
        "gremien.view_alle_gremien",
        "gremien.view_protokollversion",
        # The Regionalräume's budgets and payouts (sozialraumarbeit/budget/): a payout is
        # booked, never changed; a wrong one is deleted (its history stays) and booked anew.
        *_modellrechte("sozialraumarbeit", ("budget",), ("add", "change", "view")),
        *_modellrechte("sozialraumarbeit", ("auszahlung",), ("add", "view", "delete")),
        *_modellrechte("sozialraumarbeit", ("ressource", "barriere"), ("add", "change", "view")),
        # SRAE measures: agreed and extended by her; steps only through the operations.
        "sozialraumarbeit.view_massnahme",
        "sozialraumarbeit.change_massnahme",
        "sozialraumarbeit.view_massnahmenschritt",
    ],
    SOZIALRAUMKOORDINATION: _LESEN,
    TRAEGER_REDAKTION: _LESEN,
    GREMIUM_KOORDINATION: _LESEN,
    FACHKRAFT: _LESEN,
}


# Object permission on a Sozialraum (django-guardian), held by its Sozialraumkoordination:
# she edits the Gremien of her Sozialräume and confirms their offers as "Noch aktuell".
# Never granted per model (a group holding it would not coordinate anything: only object
# rights count, see sozialraeume_von).
KOORDINIEREN = "sozialraum.koordinieren_sozialraum"


def sozialraeume_von(user):
    """The Sozialräume ``user`` coordinates (her object rights, directly or via a group)."""
    from guardian.shortcuts import get_objects_for_user

    from sozialraum.models import Sozialraum

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


def rechte_synchronisieren(using: str = "default", **kwargs) -> None:
    """Make each role's group hold exactly its permissions in ``RECHTE`` (idempotent).

    Runs after every ``migrate`` (a ``post_migrate`` receiver), so a change to ``RECHTE``
    takes effect with the next deploy's migrate. A listed permission whose model does not
    exist yet (its app migrates later in the same run) is added by a later call.
    """
    from django.contrib.auth.models import Group, Permission

    alle = {
        f"{app}.{codename}": pk
        for pk, app, codename in Permission.objects.using(using).values_list(
            "pk", "content_type__app_label", "codename"
        )
    }
    for rolle, codenames in RECHTE.items():
        group, _created = Group.objects.using(using).get_or_create(name=rolle)
        soll = {alle[c] for c in codenames if c in alle}
        ist = set(group.permissions.values_list("pk", flat=True))
        if ist - soll:
            group.permissions.remove(*(ist - soll))
        if soll - ist:
            group.permissions.add(*(soll - ist))
