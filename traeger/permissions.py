"""Who may do what with Träger, Einrichtungen and Ansprechpersonen.

Model permissions per role (granted after migrate) and small functions used by views,
templates and admin alike. Object-level rights for a Träger-Redaktion come from
django-guardian (``change_traeger`` on her Träger).
"""

from sozialraum.rollen import (
    FACHKRAFT,
    GREMIUM_KOORDINATION,
    JUGENDAMT_ADMINISTRATION,
    SOZIALRAUMKOORDINATION,
    TRAEGER_REDAKTION,
)

_ALLE = [
    f"traeger.{aktion}_{model}"
    for model in ("traeger", "einrichtung", "ansprechperson")
    for aktion in ("add", "change", "view", "delete")
]
_LESEN = [f"traeger.view_{model}" for model in ("traeger", "einrichtung", "ansprechperson")]

RECHTE = {
    JUGENDAMT_ADMINISTRATION: _ALLE,
    SOZIALRAUMKOORDINATION: _LESEN,
    TRAEGER_REDAKTION: _LESEN,
    GREMIUM_KOORDINATION: _LESEN,
    FACHKRAFT: _LESEN,
}


def can_edit_traeger(user, traeger) -> bool:
    return user.has_perm("traeger.change_traeger") or user.has_perm(
        "traeger.change_traeger", traeger
    )
