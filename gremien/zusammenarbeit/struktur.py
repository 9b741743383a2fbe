"""How Gremien belong to each other (``Gremium.uebergeordnet``), as the user may see it.

One query reads every Gremium the user may see (``Gremium.objects.sichtbar_fuer``); the
tree is built from it in memory, so a page costs the same whatever the depth. A Gremium she
may not see is left out: its children she sees start a tree of their own, and a path of
parents stops below it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Gremium


@dataclass
class Knoten:
    gremium: Gremium
    kinder: list[Knoten] = field(default_factory=list)


def _sichtbare(user) -> dict[int, Gremium]:
    return {
        g.pk: g
        for g in Gremium.objects.sichtbar_fuer(user)
        .only("pk", "name", "art", "uebergeordnet", "aktiv")
        .order_by("name", "pk")
    }


def _baeume(gremien: dict[int, Gremium]) -> tuple[list[Knoten], dict[int, Knoten]]:
    knoten = {pk: Knoten(g) for pk, g in gremien.items()}
    wurzeln = []
    for pk, g in gremien.items():
        eltern = knoten.get(g.uebergeordnet_id)
        if eltern is not None:
            eltern.kinder.append(knoten[pk])
        else:
            wurzeln.append(knoten[pk])
    return wurzeln, knoten


def gremienstruktur(user) -> list[Knoten]:
    """The trees of the Gremien she may see, only those that belong together (a Gremium
    with neither parent nor children among them is no structure)."""
    wurzeln, _knoten = _baeume(_sichtbare(user))
    return [w for w in wurzeln if w.kinder]


def struktur_von(user, gremium: Gremium) -> dict:
    """For a Gremium's page: ``pfad`` (its visible parents, the top first) and ``kinder``
    (the subtrees of its visible children); ``sichtbar``: the ids of all Gremien she may see."""
    gremien = _sichtbare(user)
    _wurzeln, knoten = _baeume(gremien)
    pfad: list[Gremium] = []
    gesehen = {gremium.pk}
    aktuell = gremien.get(gremium.uebergeordnet_id)
    while aktuell is not None and aktuell.pk not in gesehen:
        pfad.insert(0, aktuell)
        gesehen.add(aktuell.pk)
        aktuell = gremien.get(aktuell.uebergeordnet_id)
    eigen = knoten.get(gremium.pk)
    return {"pfad": pfad, "kinder": eigen.kinder if eigen else [], "sichtbar": set(gremien)}
