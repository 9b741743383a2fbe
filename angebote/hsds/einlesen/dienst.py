"""An HSDS service back to the values of an offer (the reverse of ``abbilden.service``).

``dienst_lesen`` returns a ``Dienst``: the offer's values in the shape of the proposal
values (angebote/redaktion/werte.py) for every field the service states, with references
still as HSDS ids or keys (terms, languages, areas, places), plus its weekly times with
their ids, its places and contacts as the file has them. Schedules our weekly times cannot
hold, costs and labels we cannot read are reported (``Meldungen.hinweise``), never guessed
into something else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from angebote.hsds.ausgabe.grundlagen import ERMAESSIGT, auswahl_lesen, kennung
from angebote.hsds.ausgabe.taxonomie import TAXONOMIEN
from angebote.hsds.einlesen.datei import Eintrag, kurz
from angebote.hsds.einlesen.werte import (
    Meldungen,
    Wo,
    datum,
    email,
    kanonisch,
    liste,
    telefon,
    text,
    webadresse,
)
from angebote.hsds.einlesen.zeiten import Zeit, zeitplaene_lesen
from angebote.models import Angebot


@dataclass
class Begriff:
    """A taxonomy term as the file states it."""

    uuid: str
    taxonomie: str  # "kategorien" or "zielgruppen" (where it is filed)
    bekannt: bool  # False: a term of a vocabulary that is not ours, filed as Kategorie
    name: str
    code: str
    beschreibung: str
    taxonomie_name: str  # as the file names its vocabulary, for the report
    wo: str


@dataclass
class Ort:
    uuid: str
    daten: dict | None  # the location object, when the file nests it
    pfad: str  # of the location object (or of the service_at_location)


@dataclass
class Dienst:
    eintrag: Eintrag
    wo: Wo
    status: str
    traeger: str  # the organization's id
    werte: dict  # stated values, references unresolved (see the module docstring)
    zeiten: list[Zeit] | None = None
    zuletzt_geprueft: str | None = None
    orte: list[Ort] = field(default_factory=list)
    begriffe: list[Begriff] = field(default_factory=list)
    kontakte: list[tuple[dict, str, str | None]] = field(default_factory=list)  # (contact,
    # path, location id) of the service and its service_at_locations


def dienst_lesen(eintrag: Eintrag, m: Meldungen, wo: Wo) -> Dienst:
    d = eintrag.daten
    organisation = d.get("organization") if isinstance(d.get("organization"), dict) else None
    traeger = kanonisch(organisation.get("id") if organisation else d.get("organization_id"))
    if organisation and d.get("organization_id") and kanonisch(d["organization_id"]) != traeger:
        m.fehler_an(
            wo("organization_id"),
            _("nennt eine andere Organisation als „organization.id“ (%(id)s)") % {"id": traeger},
        )
    werte = {
        "titel": text(d, "name", Angebot, "titel", m, wo, "name"),
        "beschreibung": text(d, "description", Angebot, "beschreibung", m, wo, "description"),
        "website": webadresse(d, "url", m, wo, "url"),
        "email": email(d, "email", m, wo, "email"),
        **_alter(d, m, wo),
        "geschlecht": _auswahl(d, "eligibility_description", Angebot.Geschlecht, m, wo),
        "anmeldung": _auswahl(d, "application_process", Angebot.Anmeldung, m, wo),
        **_kosten(d, m, wo),
    }
    if not werte["titel"]:
        m.fehler_an(wo("name"), _("leer; ein Angebot braucht einen Titel"))
    nummer = telefon(d, Angebot, m, wo, "")
    if nummer is not None:
        werte["telefon"] = nummer
    dienst = Dienst(
        eintrag,
        wo,
        str(d.get("status") or ""),
        traeger,
        werte,
        zuletzt_geprueft=datum(d, "assured_date", m, wo, "assured_date"),
    )
    zeitplaene = zeitplaene_lesen(d, wo, m)
    if zeitplaene is not None:
        dienst.zeiten, zeitwerte = zeitplaene
        dienst.werte.update(zeitwerte)
    _orte(dienst, m)
    _verweise(dienst, m)
    for i, kontakt in enumerate(liste(d, "contacts") or []):
        dienst.kontakte.append((kontakt, f"contacts[{i}].", None))
    return dienst


def _alter(d: dict, m: Meldungen, wo: Wo) -> dict:
    werte = {}
    for name, feld in (("minimum_age", "alter_von"), ("maximum_age", "alter_bis")):
        wert = d.get(name)
        if wert is not None and (wert < 0 or wert > 150 or wert != int(wert)):
            m.hinweis_an(
                wo(name),
                _("%(wert)s ist kein Alter in ganzen Jahren; nicht übernommen") % {"wert": wert},
            )
            wert = None
        werte[feld] = None if wert is None else int(wert)
    if None not in werte.values() and werte["alter_von"] > werte["alter_bis"]:
        m.hinweis_an(wo("maximum_age"), _("kleiner als minimum_age; nicht übernommen"))
        werte["alter_bis"] = None
    return werte


def _auswahl(d: dict, name: str, choices, m: Meldungen, wo: Wo) -> str:
    """One of our German labels back to its value; free text is reported, and the field
    keeps the registry's default (the review shows it)."""
    roh = str(d.get(name) or "").strip()
    standard = Angebot._meta.get_field(choices.__name__.lower()).default
    if not roh:
        return standard
    wert = auswahl_lesen(choices, roh)
    if wert is None:
        m.hinweis_an(
            wo(name),
            _("„%(text)s“ ist keine Angabe des Registers; nicht übernommen, bitte prüfen")
            % {"text": kurz(roh, 120)},
        )
        return standard
    return wert


def _kosten(d: dict, m: Meldungen, wo: Wo) -> dict:
    """``cost_options`` with our labels (see abbilden.py), else free text and amounts."""
    optionen = liste(d, "cost_options")
    gebuehr = str(d.get("fees_description") or "").strip()
    kosten, hinweis = None, None
    fremde = []
    for o in optionen or []:
        option = str(o.get("option") or "")
        wert = auswahl_lesen(Angebot.Kosten, option)
        if wert and kosten is None:
            kosten, hinweis = wert, str(o.get("amount_description") or "")
        elif option != ERMAESSIGT:
            fremde.append(o)
    if kosten is None:
        betraege = [o["amount"] for o in fremde if isinstance(o.get("amount"), int | float)]
        kosten = auswahl_lesen(Angebot.Kosten, gebuehr)
        if kosten is not None:
            hinweis = ""
        elif any(b > 0 for b in betraege) or (gebuehr and optionen is not None):
            kosten = Angebot.Kosten.GEBUEHR
            hinweis = gebuehr or "; ".join(_option_text(o) for o in fremde)
        elif betraege:
            kosten, hinweis = Angebot.Kosten.KOSTENFREI, gebuehr
        else:
            hinweis = gebuehr
            if gebuehr or optionen is not None:
                m.hinweis_an(
                    wo("cost_options"), _("ob kostenfrei oder mit Gebühr, sagt die Quelle nicht")
                )
    elif not hinweis and gebuehr and auswahl_lesen(Angebot.Kosten, gebuehr) is None:
        hinweis = gebuehr
    werte = {}
    if kosten is not None:
        werte["kosten"] = str(kosten)
    if kosten == Angebot.Kosten.GEBUEHR and not hinweis:
        hinweis = _("Gebühr; die Höhe nennt die Quelle nicht")
    werte["kosten_hinweis"] = text(
        {"h": hinweis}, "h", Angebot, "kosten_hinweis", m, wo, "fees_description"
    )
    if optionen is not None:
        werte["ermaessigt_moeglich"] = any(
            str(o.get("option") or "") == ERMAESSIGT for o in optionen
        )
    return werte


def _option_text(option: dict) -> str:
    betrag = option.get("amount")
    teile = [
        f"{betrag:g} {str(option.get('currency') or '').upper()}".strip()
        if betrag is not None
        else "",
        str(option.get("amount_description") or ""),
        f"({option['option']})" if option.get("option") else "",
    ]
    return " ".join(t for t in teile if t)


# -- places, languages, areas, terms ---------------------------------------------------


def _orte(dienst: Dienst, m: Meldungen) -> None:
    orte = liste(dienst.eintrag.daten, "service_at_locations")
    if orte is None:
        return
    ids = []
    for i, sal in enumerate(orte):
        ort = sal.get("location") if isinstance(sal.get("location"), dict) else None
        ort_id = kanonisch(ort.get("id") if ort else sal.get("location_id"))
        pfad = f"service_at_locations[{i}].location" if ort else f"service_at_locations[{i}]"
        if not ort_id:
            m.fehler_an(dienst.wo(pfad), _("Ort ohne id (location oder location_id)"))
            continue
        if ort and ort.get("location_type") not in (None, "physical"):
            m.hinweis_an(
                dienst.wo(f"{pfad}.location_type"),
                _("„%(art)s“: kein Ort, den das Register als Einrichtung führt; nicht übernommen")
                % {"art": ort.get("location_type")},
            )
            continue
        ids.append(ort_id)
        dienst.orte.append(Ort(ort_id, ort, pfad))
        for j, kontakt in enumerate(liste(sal, "contacts") or []):
            dienst.kontakte.append((kontakt, f"service_at_locations[{i}].contacts[{j}].", ort_id))
    dienst.werte["einrichtungen"] = sorted(set(ids))


def _verweise(dienst: Dienst, m: Meldungen) -> None:
    d = dienst.eintrag.daten
    sprachen = liste(d, "languages")
    if sprachen is not None:
        dienst.werte["sprachen"] = [
            (
                str(s.get("code") or "").strip().lower(),
                str(s.get("name") or "").strip(),
                f"languages[{i}]",
            )
            for i, s in enumerate(sprachen)
        ]
    gebiete = liste(d, "service_areas")
    if gebiete is not None:
        dienst.werte["sozialraeume"] = [
            (
                str(g.get("name") or "").strip(),
                str(g.get("description") or ""),
                f"service_areas[{i}]",
            )
            for i, g in enumerate(gebiete)
        ]
    attribute = liste(d, "attributes")
    if attribute is None:
        return
    for i, attribut in enumerate(attribute):
        begriff = _begriff(attribut, dienst.wo(f"attributes[{i}]"), m)
        if begriff is not None:
            dienst.begriffe.append(begriff)
    for schluessel in TAXONOMIEN:
        dienst.werte[schluessel] = sorted(
            {b.uuid for b in dienst.begriffe if b.taxonomie == schluessel}
        )


def _begriff(attribut: dict, wo: str, m: Meldungen) -> Begriff | None:
    term = attribut.get("taxonomy_term") if isinstance(attribut.get("taxonomy_term"), dict) else {}
    term_id = kanonisch(term.get("id") or attribut.get("taxonomy_term_id"))
    if not term_id:
        m.hinweis_an(wo, _("Attribut ohne Begriff (taxonomy_term); nicht übernommen"))
        return None
    detail = term.get("taxonomy_detail") if isinstance(term.get("taxonomy_detail"), dict) else {}
    taxonomie_id = kanonisch(term.get("taxonomy_id") or detail.get("id"))
    namen = {str(term.get("taxonomy") or ""), str(detail.get("name") or "")}
    schluessel, bekannt = "kategorien", False
    for kandidat, (titel, _beschreibung, _model, link) in TAXONOMIEN.items():
        # Ours by id (every installation derives the same), or by the name another system
        # gives its vocabulary ("Zielgruppen") or the attribute's link_type.
        if (
            taxonomie_id == kennung("taxonomy", kandidat)
            or titel in namen
            or attribut.get("link_type") == link
        ):
            schluessel, bekannt = kandidat, True
    name = str(term.get("name") or "").strip()
    beschreibung = str(term.get("description") or "").strip()
    return Begriff(
        uuid=term_id,
        taxonomie=schluessel,
        bekannt=bekannt,
        name=name,
        code=str(term.get("code") or "").strip(),
        # The export writes the name where a term has no description (it is required).
        beschreibung="" if beschreibung == name else beschreibung,
        taxonomie_name=str(detail.get("name") or term.get("taxonomy") or taxonomie_id or "?"),
        wo=wo,
    )
