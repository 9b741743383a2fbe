"""The two vocabularies, Kategorien and Zielgruppen, as HSDS taxonomies and terms, and the
attributes that link an offer to its terms (the mapping table: abbilden.py)."""

from angebote.hsds.ausgabe.grundlagen import kennung, nach_id, ohne_leere
from angebote.models import Angebot, Kategorie, Zielgruppe

# key -> (name, description, model, link_type of the attribute)
TAXONOMIEN = {
    "kategorien": (
        "Kategorien",
        "Handlungsfelder der Kinder- und Jugendhilfe nach SGB VIII und darüber hinaus, wie "
        "das Sozialraum-Register sie führt.",
        Kategorie,
        "Kategorie",
    ),
    "zielgruppen": (
        "Zielgruppen",
        "Für wen ein Angebot gedacht ist, wie das Sozialraum-Register es führt.",
        Zielgruppe,
        "Zielgruppe",
    ),
}


def _taxonomie_von(begriff) -> str:
    return "kategorien" if isinstance(begriff, Kategorie) else "zielgruppen"


def taxonomy(schluessel: str) -> dict:
    """One of the two vocabularies, "kategorien" or "zielgruppen"."""
    name, beschreibung, _model, _link = TAXONOMIEN[schluessel]
    return {"id": kennung("taxonomy", schluessel), "name": name, "description": beschreibung}


def taxonomies() -> list[dict]:
    return nach_id(taxonomy(schluessel) for schluessel in TAXONOMIEN)


def taxonomy_term(begriff: Kategorie | Zielgruppe) -> dict:
    """A Kategorie or Zielgruppe as a term of its taxonomy (with ``taxonomy_detail``)."""
    schluessel = _taxonomie_von(begriff)
    detail = taxonomy(schluessel)
    return ohne_leere(
        {
            "id": str(begriff.uuid),
            "code": begriff.slug,
            "name": begriff.name,
            # Required, and an empty cell of the tabular package counts as missing.
            "description": getattr(begriff, "beschreibung", "") or begriff.name,
            "taxonomy": detail["name"],
            "taxonomy_id": detail["id"],
            "language": "de",
            "taxonomy_detail": detail,
        },
        "description",
    )


def taxonomy_terms() -> list[dict]:
    """Every Kategorie and Zielgruppe (two queries), used or not."""
    return nach_id(
        taxonomy_term(begriff)
        for model in (Kategorie, Zielgruppe)
        for begriff in model.objects.all()
    )


def attribut(angebot: Angebot, begriff: Kategorie | Zielgruppe) -> dict:
    return {
        "id": kennung(angebot.uuid, "attribute", begriff.uuid),
        "link_id": str(angebot.uuid),
        "link_entity": "service",
        "link_type": TAXONOMIEN[_taxonomie_von(begriff)][3],
        "taxonomy_term_id": str(begriff.uuid),
        "taxonomy_term": taxonomy_term(begriff),
    }
