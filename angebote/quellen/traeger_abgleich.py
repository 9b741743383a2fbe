"""Which rows name the same Träger: keys, merge groups, and the Träger already registered.

Every row names its Träger by one or more keys:

- ``kita:<t_nr>`` (Kita file: the Träger number is the Träger) and its name;
- ``jugendamt:<Bezirk>`` (youth-centre file, a Bezirksamt/Jugendamt spelling);
- ``schultraeger:<Bezirk>`` (public school) or ``schule:<bsn>`` (private school: the file
  names no Träger, so the school is its own);
- ``name:<normalised name>`` (every other Träger, see traegernamen.py).

Rows sharing a key are one Träger; a name without legal form joins the one spelling with
a legal form and the same name. Two Kita Träger numbers are never merged. A group finds
its registered Träger by any of its keys: the Träger's own (``quelle``, ``externe_id``) or
the keys the last import noted in ``quelle_werte["_schluessel"]``.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from traeger.models import Traeger
from traeger.zusammenfuehren.zusammenlegen import quellkennungen

from .bereinigen import text
from .geojson import ARTEN, JFE, KITA, SCHULEN
from .traegernamen import (
    bezirk_im_namen,
    bezirk_nach_name,
    ist_amt,
    namensschluessel,
    ohne_rechtsform,
    vergleichstext,
)

SCHLUESSEL = "_schluessel"
_RANG = {"kita": 0, "jugendamt": 1, "schultraeger": 1, "schule": 1, "name": 2}
# The file a Träger is kept from, by the kind of its main key.
HERKUNFT = {"kita": KITA, "jugendamt": JFE, "name": JFE, "schultraeger": SCHULEN, "schule": SCHULEN}


@dataclass
class Nennung:
    """A row's Träger as the file states it."""

    datei: str  # Datensatzart.kennung
    name: str
    t_art: str
    web: str
    schluessel: list[str]
    hinweis: str = ""
    bezirk: str = ""  # a public Träger's Bezirk, as the row names it


@dataclass
class Gruppe:
    schluessel: set[str]
    nennungen: list[Nennung] = field(default_factory=list)
    traeger: Traeger | None = None

    @property
    def haupt(self) -> str:
        """The main key: a Kita number before an office before a name; among names the most used."""
        zaehler = defaultdict(int)
        for n in self.nennungen:
            zaehler[n.schluessel[0]] += 1
        return min(
            self.schluessel,
            key=lambda k: (_RANG[art(k)], -zaehler.get(k, 0), -len(k), k),
        )

    @property
    def schreibweisen(self) -> dict[str, int]:
        zaehler: dict[str, int] = defaultdict(int)
        for n in self.nennungen:
            if n.name:
                zaehler[n.name] += 1
        return dict(zaehler)


def art(schluessel: str) -> str:
    return schluessel.split(":", 1)[0]


def externe_id(schluessel: str) -> str:
    """The Träger's ``externe_id``: the Kita Träger number itself, else the key (≤ 100)."""
    if art(schluessel) == "kita":
        return schluessel.split(":", 1)[1]
    if len(schluessel) <= 100:
        return schluessel
    return schluessel[:91] + "~" + hashlib.sha1(schluessel.encode()).hexdigest()[:8]


def nennung(kennung: str, werte: dict) -> Nennung:
    """The Träger a row names, with its keys."""
    if kennung == SCHULEN.kennung:
        # The file names no Träger: a public school's is its Bezirk's school office (no
        # spelling to merge), a private school is its own Träger.
        if text(werte.get("traeger")).casefold() == "öffentlich":
            bezirk = text(werte.get("bezirk"))
            schluessel = bezirk_nach_name(bezirk) or vergleichstext(bezirk)
            return Nennung(
                kennung, "", "öffentlich", "", [f"schultraeger:{schluessel}"], bezirk=bezirk
            )
        name = text(werte.get("name"))
        return Nennung(kennung, name, "privat", "", [f"schule:{text(werte.get('bsn'))}"])
    name = text(werte.get("t_name"))
    t_art = text(werte.get("t_art"))
    web = text(werte.get("t_web"))
    if kennung == KITA.kennung:
        nr = text(werte.get("t_nr"))
        return Nennung(kennung, name, t_art, web, [f"kita:{nr}", f"name:{namensschluessel(name)}"])
    oeffentlich = t_art.casefold().startswith("öffentlich")
    if ist_amt(name):
        bezirk = bezirk_im_namen(name) or text(werte.get("e_bez_nr"))
        hinweis = (
            ""
            if oeffentlich
            else _("„%(name)s“ ist ein Amt, laut Datei aber „%(t_art)s“")
            % {"name": name, "t_art": t_art}
        )
        return Nennung(kennung, name, t_art, web, [f"jugendamt:{bezirk}"], hinweis, bezirk)
    hinweis = (
        _(
            "„%(name)s“ laut Datei „%(t_art)s“, aber kein Bezirksamt oder Jugendamt: nach "
            "Namen zugeordnet"
        )
        % {"name": name, "t_art": t_art}
        if oeffentlich
        else ""
    )
    return Nennung(kennung, name, t_art, web, [f"name:{namensschluessel(name)}"], hinweis)


class _Verbund:
    """Union-find over keys that never joins two Kita Träger numbers."""

    def __init__(self):
        self.eltern: dict[str, str] = {}
        self.kita: dict[str, str | None] = {}

    def wurzel(self, k: str) -> str:
        if k not in self.eltern:
            self.eltern[k] = k
            self.kita[k] = k if art(k) == "kita" else None
        while self.eltern[k] != k:
            self.eltern[k] = self.eltern[self.eltern[k]]
            k = self.eltern[k]
        return k

    def verbinden(self, a: str, b: str) -> bool:
        ra, rb = self.wurzel(a), self.wurzel(b)
        if ra == rb:
            return True
        if self.kita[ra] and self.kita[rb]:
            return False
        self.eltern[rb] = ra
        self.kita[ra] = self.kita[ra] or self.kita[rb]
        return True


def gruppieren(
    nennungen: list[Nennung], bekannte: set[str] = frozenset()
) -> tuple[list[Gruppe], list[str]]:
    """Merge the rows' Träger into groups; ``bekannte`` are keys of registered Träger.

    Returns the groups and German notes on names that fit two Kita Träger numbers.
    """
    verbund = _Verbund()
    hinweise = []
    for n in nennungen:
        for k in n.schluessel[1:]:
            if not verbund.verbinden(n.schluessel[0], k):
                hinweise.append(
                    _(
                        "Der Name „%(name)s“ passt zu mehreren Kita-Trägernummern; nicht zusammengeführt"
                    )
                    % {"name": n.name}
                )
    namen = {k for n in nennungen for k in n.schluessel if art(k) == "name"}
    mit_form: dict[str, set[str]] = defaultdict(set)
    for k in namen | {k for k in bekannte if art(k) == "name"}:
        kern, form = ohne_rechtsform(k[5:])
        if form:
            mit_form[kern].add(k)
    for k in sorted(namen):
        kern, form = ohne_rechtsform(k[5:])
        if not form and len(mit_form.get(kern, ())) == 1:
            verbund.verbinden(next(iter(mit_form[kern])), k)
    gruppen: dict[str, Gruppe] = {}
    for n in nennungen:
        wurzel = verbund.wurzel(n.schluessel[0])
        gruppe = gruppen.setdefault(wurzel, Gruppe(set()))
        gruppe.nennungen.append(n)
    for k in list(verbund.eltern):
        wurzel = verbund.wurzel(k)
        if wurzel in gruppen:
            gruppen[wurzel].schluessel.add(k)
    return list(gruppen.values()), sorted(set(hinweise))


def eigener_schluessel(datei, kennung: str) -> str:
    """The key of a Träger's own (``quelle``, ``externe_id``): a Kita number gets "kita:"."""
    return f"kita:{kennung}" if datei is KITA and ":" not in kennung else kennung


def registrierte() -> dict[str, Traeger]:
    """The Träger that stand for each key now: those an earlier import created, by their
    own key and the keys it noted, and those a person merged such a Träger into (the merge
    keeps the merged-away source key, ``quellkennungen``), so that a merged Träger is not
    created again."""
    quellen = {a.quelle: a for a in ARTEN}
    traeger = {t.pk: t for t in Traeger.objects.filter(quelle__in=quellen).exclude(externe_id="")}
    kennungen = {art: quellkennungen(art.quelle) for art in ARTEN}
    fehlend = {pk for werte in kennungen.values() for pk in werte.values()} - traeger.keys()
    traeger.update(Traeger.objects.in_bulk(fehlend))
    index: dict[str, Traeger] = {}
    for art, werte in kennungen.items():
        for kennung, pk in werte.items():
            index[eigener_schluessel(art, kennung)] = traeger[pk]
    for t in traeger.values():
        for k in (t.quelle_werte or {}).get(SCHLUESSEL, []):
            index.setdefault(k, t)
    return index


def zuordnen(gruppen: list[Gruppe], index: dict[str, Traeger]) -> tuple[list[Gruppe], list[str]]:
    """Attach each group's registered Träger; groups meeting at one Träger become one."""
    hinweise = []
    je_traeger: dict[int, Gruppe] = {}
    ergebnis = []
    for gruppe in gruppen:
        treffer = sorted(
            ((_RANG[art(k)], k, index[k]) for k in gruppe.schluessel if k in index),
            key=lambda t: t[:2],
        )
        if not treffer:
            ergebnis.append(gruppe)
            continue
        gruppe.traeger = treffer[0][2]
        andere = {t[2].pk for t in treffer} - {gruppe.traeger.pk}
        if andere:
            hinweise.append(
                _(
                    "Träger „%(name)s“: die Schreibweisen passen auch zu %(n)d weiteren Trägern "
                    "im Register; zugeordnet nach „%(schluessel)s“"
                )
                % {"name": gruppe.traeger.name, "n": len(andere), "schluessel": treffer[0][1]}
            )
        frueher = je_traeger.get(gruppe.traeger.pk)
        if frueher is None:
            je_traeger[gruppe.traeger.pk] = gruppe
            ergebnis.append(gruppe)
        else:
            frueher.schluessel |= gruppe.schluessel
            frueher.nennungen += gruppe.nennungen
    return ergebnis, hinweise


def traeger_name(pk) -> str:
    """A Träger's name for the report (a person may have chosen any Träger)."""
    return Traeger.objects.filter(pk=pk).values_list("name", flat=True).first() or str(pk)
