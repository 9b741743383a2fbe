"""Who may do what with Angebote (model permissions per role; object rights via guardian)."""

from sozialraum.rollen import (
    FACHKRAFT,
    GREMIUM_KOORDINATION,
    JUGENDAMT_ADMINISTRATION,
    SOZIALRAUMKOORDINATION,
    TRAEGER_REDAKTION,
)

_MODELLE = ("angebot", "angebotszeit", "kategorie", "zielgruppe", "sprache")
_ALLE = [f"angebote.{a}_{m}" for m in _MODELLE for a in ("add", "change", "view")]
_LESEN = [f"angebote.view_{m}" for m in _MODELLE]

RECHTE = {
    JUGENDAMT_ADMINISTRATION: _ALLE,
    SOZIALRAUMKOORDINATION: _LESEN,
    TRAEGER_REDAKTION: _LESEN,
    GREMIUM_KOORDINATION: _LESEN,
    FACHKRAFT: _LESEN,
}


def can_edit_angebot(user, angebot) -> bool:
    return user.has_perm("angebote.change_angebot") or user.has_perm(
        "traeger.change_traeger", angebot.traeger
    )
