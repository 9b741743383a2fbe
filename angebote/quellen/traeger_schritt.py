"""The run's first step: merge the rows' Träger into groups, one Träger per group.

A group found in the registry (traeger_abgleich.zuordnen) is updated from the file it was
first created from, field by field (abgleich.py); a new group gets a new Träger, unless a
person moved every one of its Einrichtungen to another Träger.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from traeger.models import Traeger

from .abgleich import Schreiber, datum, einfach, neu, vergleichen
from .datensaetze import traeger_soll
from .geojson import ARTEN
from .lauf import Lauf, von_hand_zugeordnet
from .traeger_abgleich import (
    HERKUNFT,
    SCHLUESSEL,
    Gruppe,
    art,
    eigener_schluessel,
    externe_id,
    gruppieren,
    nennung,
    registrierte,
    zuordnen,
)

TRAEGER_FELDER = {
    **{n: einfach(Traeger, n) for n in ("name", "traegerschaft", "art", "website", "email")},
    "zuletzt_geprueft": datum(Traeger, "zuletzt_geprueft", nur_neuer=True),
    "quelle_stand": datum(Traeger, "quelle_stand"),
}


def traeger_abgleichen(lauf: Lauf) -> None:
    """Merge the rows' Träger into groups and create or update one Träger per group."""
    nennungen = []
    for datei in lauf.dateien:
        for merkmal in datei.merkmale:
            n = nennung(datei.art.kennung, merkmal.werte)
            merkmal.nennung = n
            nennungen.append(n)
            if n.hinweis:
                lauf.bericht.hinweise.append(
                    f"{lauf.wo(datei, merkmal.externe_id, n.name)}: {n.hinweis}"
                )
    index = registrierte()
    gruppen, hinweise = gruppieren(nennungen, set(index))
    gruppen, mehr = zuordnen(gruppen, index)
    lauf.bericht.hinweise += hinweise + mehr
    for gruppe in gruppen:
        for n in gruppe.nennungen:
            lauf.gruppe_von[id(n)] = gruppe
    lauf.bestand_laden()
    gebraucht = _gebraucht(lauf)
    quellen = {a.quelle: a for a in ARTEN}
    schreiber = Schreiber(Traeger, _("Import der Einrichtungen"))
    lauf.fortschritt.schritt(_("Träger abgleichen"), len(gruppen))
    neue: list[tuple[Gruppe, Traeger]] = []
    for gruppe in gruppen:
        lauf.fortschritt.weiter()
        traeger = gruppe.traeger
        if traeger is None:
            if id(gruppe) not in gebraucht:
                lauf.bericht.hinweise.append(
                    _(
                        "Träger „%(name)s“ nicht angelegt: alle seine Einrichtungen sind von "
                        "Hand anderen Trägern zugeordnet"
                    )
                    % {"name": gruppe.nennungen[0].name}
                )
                continue
            eigen, datei = gruppe.haupt, HERKUNFT[art(gruppe.haupt)]
            if not any(n.datei == datei.kennung for n in gruppe.nennungen):
                datei = next(a for a in ARTEN if a.kennung == gruppe.nennungen[0].datei)
            soll, hinweise = traeger_soll(gruppe, eigen, datei, lauf.staende[datei.kennung])
            lauf.bericht.hinweise += [_traeger_hinweis(soll["name"], h) for h in hinweise]
            traeger = neu(
                Traeger, soll, TRAEGER_FELDER, quelle=datei.quelle, externe_id=externe_id(eigen)
            )
            traeger.quelle_werte[SCHLUESSEL] = sorted(gruppe.schluessel)
            schreiber.anlegen.append(traeger)
            neue.append((gruppe, traeger))
            lauf.bericht.traeger["neu"] += 1
            continue
        datei = quellen.get(traeger.quelle)
        vorher = sorted(set((traeger.quelle_werte or {}).get(SCHLUESSEL, [])))
        # Kept from the file it came from, and only from that file's rows in this run; a
        # Träger typed into the registry (one an imported Träger was merged into) never.
        if datei is not None and any(n.datei == datei.kennung for n in gruppe.nennungen):
            eigen = eigener_schluessel(datei, traeger.externe_id)
            soll, hinweise = traeger_soll(gruppe, eigen, datei, lauf.staende[datei.kennung])
            lauf.bericht.hinweise += [_traeger_hinweis(soll["name"], h) for h in hinweise]
            vergleich = vergleichen(traeger, soll, TRAEGER_FELDER)
            lauf.bericht.behalten_melden(traeger, vergleich, f"{datei.titel}, {traeger.externe_id}")
        else:
            vergleich = None
        schluessel = sorted(set(vorher) | gruppe.schluessel)
        if schluessel != vorher:
            traeger.quelle_werte = {**(traeger.quelle_werte or {}), SCHLUESSEL: schluessel}
        if vergleich is not None and vergleich.geaendert:
            schreiber.geaendert(traeger, vergleich)
            lauf.geaenderte_traeger.add(traeger.pk)
            lauf.bericht.traeger["geaendert"] += 1
        else:
            if schluessel != vorher or (vergleich and vergleich.nur_quelle_werte):
                schreiber.still.append(traeger)
            lauf.bericht.traeger["unveraendert"] += 1
        lauf.traeger_von[id(gruppe)] = traeger.pk
    schreiber.ausfuehren()
    for gruppe, traeger in neue:
        lauf.traeger_von[id(gruppe)] = traeger.pk
    lauf.traeger_namen = dict(
        Traeger.objects.filter(pk__in=lauf.traeger_von.values()).values_list("pk", "name")
    )
    lauf.bericht.traeger_gesamt = len(gruppen)
    for gruppe in gruppen:
        schreibweisen = gruppe.schreibweisen
        kennungen = sorted({n.datei for n in gruppe.nennungen})
        if len(schreibweisen) > 1 or len(kennungen) > 1:
            name = lauf.traeger_namen.get(
                lauf.traeger_von.get(id(gruppe)), next(iter(schreibweisen), "")
            )
            dateinamen = [lauf.bericht.dateien[k].datei for k in kennungen]
            lauf.bericht.gruppen.append((name, schreibweisen, dateinamen))
            for k in kennungen:
                lauf.bericht.dateien[k].traeger_zusammengefuehrt += 1


def _traeger_hinweis(name: str, hinweis: str) -> str:
    return _("Träger „%(name)s“: %(hinweis)s") % {"name": name, "hinweis": hinweis}


def _gebraucht(lauf: Lauf) -> set[int]:
    """The groups (``id``) a new Träger may be created for: those with an Einrichtung that
    will belong to it, not those whose every Einrichtung a person moved to another Träger
    (after a merge, say)."""
    gebraucht = set()
    for datei in lauf.dateien:
        for merkmal in datei.merkmale:
            obj = lauf.einrichtungen.get((datei.art.quelle, merkmal.externe_id))
            if not von_hand_zugeordnet(obj):
                gebraucht.add(id(lauf.gruppe_von[id(merkmal.nennung)]))
    return gebraucht
