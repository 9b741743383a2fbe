"""Everything the file says, gathered before anything is written (``plan_erstellen``).

One entry per service; the organizations, places, contacts and terms nested in them are
gathered by id across all entries (the export repeats a Träger in each of its offers). The
first occurrence counts; a later one that says something else is reported. Problems that
make the file unusable (an offer without a Träger, an unreadable time) are collected for
every entry and raised together (``ImportFehler``): nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from angebote.hsds.einlesen.datei import Datei, Eintrag, ort
from angebote.hsds.einlesen.dienst import Begriff, Dienst, dienst_lesen
from angebote.hsds.einlesen.werte import (
    Meldungen,
    einrichtung_werte,
    kanonisch,
    liste,
    person_werte,
    traeger_werte,
)
from sozialraum.austausch.gebiete import ImportFehler
from traeger.models import Traeger


@dataclass
class Angabe:
    """An organization, location or contact as the file states it (first occurrence)."""

    uuid: str
    werte: dict
    wo: str  # where it was first stated
    traeger: str = ""  # places and contacts: the organization's id
    ort: str | None = None  # contacts: the location's id (None: the Träger's contact)
    extern: tuple[str, str] | None = None  # places: (external_identifier_type, identifier)


@dataclass
class Plan:
    datei: Datei
    dienste: list[Dienst] = field(default_factory=list)
    traeger: dict[str, Angabe] = field(default_factory=dict)
    orte: dict[str, Angabe] = field(default_factory=dict)
    personen: dict[str, Angabe] = field(default_factory=dict)
    begriffe: dict[str, Begriff] = field(default_factory=dict)
    # (kind, id) -> ids of the contacts the file lists there: whoever the registry holds
    # from an earlier import and the file no longer lists is no longer public at the source.
    kontaktlisten: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    hinweise: list[str] = field(default_factory=list)


def _merken(sammlung: dict, angabe: Angabe, m: Meldungen) -> None:
    """Keep the first statement of a record; report a later one that differs."""
    erste = sammlung.get(angabe.uuid)
    if erste is None:
        sammlung[angabe.uuid] = angabe
        return
    anders = sorted(k for k, v in angabe.werte.items() if k in erste.werte and erste.werte[k] != v)
    if anders or (angabe.traeger and angabe.traeger != erste.traeger):
        m.hinweis_an(
            angabe.wo,
            _("sagt anderes als %(erste)s (%(felder)s); übernommen die erste Angabe")
            % {"erste": erste.wo, "felder": ", ".join(anders) or _("Träger")},
        )
    for k, v in angabe.werte.items():
        erste.werte.setdefault(k, v)  # a list the first occurrence did not state


def _kontakte(plan: Plan, kontakte: list, art: str, besitzer: str, traeger: str, ort_id, wo, m):
    """Contacts listed at a Träger (``ort_id`` None) or a place (``wo``: its path)."""
    ids = set()
    for i, kontakt in enumerate(kontakte):
        werte = person_werte(kontakt, m, wo, f"contacts[{i}].")
        kennung = kanonisch(kontakt.get("id"))
        if werte is None or not kennung:
            continue
        ids.add(kennung)
        _merken(
            plan.personen,
            Angabe(kennung, werte, wo(f"contacts[{i}]"), traeger=traeger, ort=ort_id),
            m,
        )
    plan.kontaktlisten.setdefault((art, besitzer), set()).update(ids)


class _Stelle:
    """Paths inside one entry: ``wo("name")`` → "file, Eintrag 3 (id …), Feld „…name“"."""

    def __init__(self, datei: str, eintrag: Eintrag, pfad: str = ""):
        self.datei, self.eintrag, self.pfad = datei, eintrag, pfad

    def __call__(self, feld: str) -> str:
        return ort(self.datei, self.eintrag, f"{self.pfad}{feld}".rstrip("."))

    def unter(self, pfad: str) -> _Stelle:
        return _Stelle(self.datei, self.eintrag, f"{self.pfad}{pfad}")


def _organisation(plan: Plan, org: dict, wo: _Stelle, m: Meldungen) -> None:
    kennung = kanonisch(org.get("id"))
    _merken(plan.traeger, Angabe(kennung, traeger_werte(org, m, wo, ""), wo("")), m)
    kontakte = liste(org, "contacts")
    if kontakte is not None:
        _kontakte(plan, kontakte, "traeger", kennung, kennung, None, wo, m)
    for i, ort_daten in enumerate(liste(org, "locations") or []):
        if ort_daten.get("location_type") in (None, "physical"):
            _ort(plan, ort_daten, kennung, wo.unter(f"locations[{i}]."), m)


def _ort(plan: Plan, daten: dict, traeger: str, wo: _Stelle, m: Meldungen) -> None:
    kennung = kanonisch(daten.get("id"))
    eigener = kanonisch(daten.get("organization_id")) or traeger
    extern = None
    if daten.get("external_identifier"):
        extern = (
            str(daten.get("external_identifier_type") or ""),
            str(daten["external_identifier"]),
        )
    werte = einrichtung_werte(daten, m, wo, "")
    _merken(plan.orte, Angabe(kennung, werte, wo(""), traeger=eigener, extern=extern), m)
    kontakte = liste(daten, "contacts")
    if kontakte is not None:
        _kontakte(plan, kontakte, "ort", kennung, eigener, kennung, wo, m)


def plan_erstellen(datei: Datei, fortschritt) -> tuple[Plan, Meldungen]:
    """Read every entry into a plan; raises ImportFehler with all problems found."""
    plan, m = Plan(datei), Meldungen()
    fortschritt.schritt(_("Dienste lesen"), len(datei.eintraege))
    for eintrag in datei.eintraege:
        fortschritt.weiter()
        wo = _Stelle(datei.name, eintrag)
        dienst = dienst_lesen(eintrag, m, wo)
        org = eintrag.daten.get("organization")
        if isinstance(org, dict):
            _organisation(plan, org, wo.unter("organization."), m)
        for o in dienst.orte:
            if o.daten is not None:
                _ort(plan, o.daten, dienst.traeger, wo.unter(f"{o.pfad}."), m)
        for kontakt, pfad, ort_id in dienst.kontakte:
            werte = person_werte(kontakt, m, wo, pfad)
            kennung = kanonisch(kontakt.get("id"))
            if werte is None or not kennung:
                continue
            if ort_id is None:
                m.hinweis_an(
                    wo(pfad.rstrip(".")),
                    _("Kontakt eines Angebots; das Register führt ihn beim Träger"),
                )
            _merken(
                plan.personen,
                Angabe(kennung, werte, wo(pfad.rstrip(".")), traeger=dienst.traeger, ort=ort_id),
                m,
            )
        for begriff in dienst.begriffe:
            plan.begriffe.setdefault(begriff.uuid, begriff)
        plan.dienste.append(dienst)
    _traeger_pruefen(plan, m)
    if m.fehler:
        raise ImportFehler(m.fehler)
    plan.hinweise = m.hinweise
    return plan, m


def _traeger_pruefen(plan: Plan, m: Meldungen) -> None:
    """Every offer needs its Träger: in the file or already in the registry."""
    genannt = {d.traeger for d in plan.dienste if d.traeger and d.traeger not in plan.traeger}
    genannt |= {a.traeger for a in plan.orte.values() if a.traeger not in plan.traeger}
    genannt.discard("")
    vorhanden = {
        str(u) for u in Traeger.objects.filter(uuid__in=genannt).values_list("uuid", flat=True)
    }
    bekannt = set(plan.traeger) | vorhanden
    for dienst in plan.dienste:
        if not dienst.traeger:
            m.fehler_an(
                dienst.wo("organization"),
                _(
                    "fehlt: ohne Organisation (organization oder organization_id) kein Träger für "
                    "das Angebot"
                ),
            )
        elif dienst.traeger not in bekannt:
            m.fehler_an(
                dienst.wo("organization_id"),
                _("Organisation %(id)s steht weder in der Datei noch im Register")
                % {"id": dienst.traeger},
            )
    for angabe in plan.orte.values():
        if angabe.traeger not in bekannt:
            # The place's own organization is unknown: it stays with the offer's Träger.
            dienst_traeger = next(
                (d.traeger for d in plan.dienste if any(o.uuid == angabe.uuid for o in d.orte)),
                None,
            )
            m.hinweis_an(
                angabe.wo,
                _("Organisation %(id)s des Orts unbekannt; beim Träger des Angebots geführt")
                % {"id": angabe.traeger},
            )
            angabe.traeger = dienst_traeger or angabe.traeger
