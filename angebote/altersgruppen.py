"""The age groups of the gap table and the search's ``?altersgruppe=``: one definition, so
that a cell of the table and the search it links to count the same offers.

An offer "für alle Altersgruppen" (no limits, or 0 to at least 99) is its own group: counted
in every age band it would fill every column and hide the gaps the table is there to show.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# From this upper limit on an offer starting at 0 is one for everybody ("0–99").
ALLE_AB = 99
ALLE = "alle"

# (key in the URL, column heading, first year, last year)
ALTERSBAENDER = [
    ("0-2", "0–2", 0, 2),
    ("3-5", "3–5", 3, 5),
    ("6-9", "6–9", 6, 9),
    ("10-13", "10–13", 10, 13),
    ("14-17", "14–17", 14, 17),
    ("18-26", "18–26", 18, 26),
    ("27", "27+", 27, 120),
]


def alle_q(pfad: str = "") -> Q:
    """Offers for all ages; ``pfad`` leads from the queried model to the offer
    (``"angebot__"`` from a link table)."""
    return (Q(**{f"{pfad}alter_von__isnull": True}) | Q(**{f"{pfad}alter_von": 0})) & (
        Q(**{f"{pfad}alter_bis__isnull": True}) | Q(**{f"{pfad}alter_bis__gte": ALLE_AB})
    )


def fuer_alle(alter_von: int | None, alter_bis: int | None) -> bool:
    """The Python twin of ``alle_q`` (the offer page's age text)."""
    return alter_von in (None, 0) and (alter_bis is None or alter_bis >= ALLE_AB)


def band_q(von: int, bis: int, pfad: str = "") -> Q:
    """Offers for some age in [von, bis], those for all ages left out."""
    return (
        (Q(**{f"{pfad}alter_von__isnull": True}) | Q(**{f"{pfad}alter_von__lte": bis}))
        & (Q(**{f"{pfad}alter_bis__isnull": True}) | Q(**{f"{pfad}alter_bis__gte": von}))
        & ~alle_q(pfad)
    )


def spalten(pfad: str = "") -> list[tuple[str, Q]]:
    """Every age group in table order, the bands then "alle", with its condition."""
    return [(key, band_q(von, bis, pfad)) for key, _name, von, bis in ALTERSBAENDER] + [
        (ALLE, alle_q(pfad))
    ]


def bedingung(schluessel: str) -> Q | None:
    """The condition of ``?altersgruppe=<schluessel>``; None for an unknown key."""
    return dict(spalten()).get(schluessel)


def auswahl() -> list[tuple[str, str]]:
    """The choices of the search's age group select."""
    return [(key, _("%(band)s Jahre") % {"band": name}) for key, name, _v, _b in ALTERSBAENDER] + [
        (ALLE, _("für alle Altersgruppen"))
    ]
