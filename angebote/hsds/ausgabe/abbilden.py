"""The registry's published, public data as HSDS 3.0 records (docs/hsds.md).

One function per HSDS shape; the export (export.py), the tabular package (tabellarisch.py)
and the HSDA read API build on them, and the import reads exactly what they write. Every
record uses the standard's own fields; what HSDS cannot say is listed in docs/hsds.md.
Helpers (ids, formats, the public queries) are in grundlagen.py, the vocabularies in
taxonomie.py; the names others use are re-exported here.

Our field -> HSDS field. ``k(x, "tag")`` is :func:`kennung` (uuid5 of the owner's uuid and
a fixed tag) for records without a row of their own; labels are the German choice labels
(:func:`auswahl_lesen` reads them back).

Traeger -> organization
  uuid, name, beschreibung       id, name, description (required: the name when there is no
                                 beschreibung; an import reads description == name as none)
  email, website                 email, website (only a valid address / an absolute http(s)
                                 URL, as for every e-mail and URL below)
  traegerschaft, art             legal_status "<Trägerschaft>, <Art>", e.g. "freier Träger,
                                 Verein" (:func:`rechtsform_lesen`)
  telefon                        phones [{id k(traeger, "phone"), organization_id, number}]
  public Ansprechpersonen        contacts (see Ansprechperson)
  without an Einrichtung
  (nested in a service: no locations; :func:`organization` adds them)
Einrichtung, not archived -> location, location_type "physical"
  uuid, traeger.uuid             id, organization_id
  name, beschreibung             name, description
  lat, lon                       latitude, longitude
  externe_id, quelle             external_identifier, external_identifier_type
  strasse, plz, ort              addresses [{id k(einrichtung, "address"), location_id,
                                 address_1, postal_code, city, state_province
                                 (setting HSDS_BUNDESLAND), country "DE", address_type
                                 "physical"}]; only when all three are filled (HSDS requires
                                 each)
  telefon                        phones [{id k(einrichtung, "phone"), location_id, number}]
  barrierefrei,                  accessibility [{id k(einrichtung, "accessibility"),
  barrierefrei_hinweis           location_id, description (label: "barrierefrei",
                                 "teilweise barrierefrei", "nicht barrierefrei",
                                 "unbekannt"), details}]; none if "unbekannt" without a note
  oeffnungszeiten                schedules [{id k(einrichtung, "schedule"), location_id,
                                 description}]
  public Ansprechpersonen there  contacts
Ansprechperson, only oeffentlich with einwilligung_am -> contact
  uuid, name, funktion, email    id, name, title, email
  telefon                        phones [{id k(person, "phone"), contact_id, number}]
  traeger, einrichtung           organization_id, location_id
Angebot, published (Angebot.objects.veroeffentlicht()) -> service, status "active"
  uuid, titel, beschreibung      id, name, description
  traeger                        organization_id, organization
  website, email                 url, email
  telefon                        phones [{id k(angebot, "phone"), service_id, number}]
  alter_von, alter_bis           minimum_age, maximum_age
  geschlecht (unless "alle")     eligibility_description (label)
  anmeldung                      application_process (label)
  kosten, kosten_hinweis         fees_description (the note, else the label);
                                 cost_options [{id k(angebot, "cost_option"), service_id,
                                 option (label "kostenfrei" / "Gebühr"), amount 0 and
                                 currency "EUR" when free, amount_description (the note)}]
  ermaessigt_moeglich            cost_options + {id k(angebot, "cost_option", "ermaessigt"),
                                 service_id, option "ermäßigt möglich"}
  zuletzt_geprueft               assured_date; assurer_email: setting HSDS_PRUEFSTELLE_EMAIL
                                 (never the personal address of geprueft_von)
  updated_at                     last_modified (UTC, milliseconds, "Z")
  sprachen                       languages [{id k(angebot, "language", code), service_id,
                                 name, code (ISO 639-1)}]
  sozialraeume                   service_areas [{id k(angebot, "service_area", schluessel),
                                 service_id, name, description "<level name> <name>,
                                 Schlüssel <schluessel>"}] (:func:`gebietsschluessel_lesen`)
  einrichtungen (not archived)   service_at_locations [{id k(angebot, "service_at_location",
                                 einrichtung.uuid), service_id, location_id, location}]
  zeiten                         schedules [{id zeit.uuid, service_id, freq "WEEKLY", byday
                                 "MO".."SU", opens_at, closes_at ("HH:MM:SS", local time),
                                 valid_from gueltig_von, valid_to gueltig_bis}]
  zeiten_hinweis (or validity    schedules + {id k(angebot, "schedule"), service_id,
  without weekly times)          description zeiten_hinweis, valid_from, valid_to}
  kategorien, zielgruppen        attributes [{id k(angebot, "attribute", term.uuid), link_id,
                                 link_entity "service", link_type "Kategorie" /
                                 "Zielgruppe", taxonomy_term_id, taxonomy_term}]
Kategorie, Zielgruppe -> taxonomy_term
  uuid, slug, name, beschreibung id, code, name, description (required: the name when there
                                 is no beschreibung, always for Zielgruppen)
  (its vocabulary)               taxonomy "Kategorien" / "Zielgruppen", taxonomy_id,
                                 language "de", taxonomy_detail
The two vocabularies -> taxonomy {id k("taxonomy", "kategorien" / "zielgruppen"), name,
  description}

Empty text and missing values are left out (HSDS has no null); lists are always present and sorted by id, so the same data gives the same document
on every run and on both databases.
"""

import re

from django.conf import settings

from angebote.hsds.ausgabe.grundlagen import (
    ERMAESSIGT,
    LAND,
    WAEHRUNG,
    WOCHENTAGE,
    auswahl_lesen,
    bundesland,
    datum,
    deutsch,
    email,
    kennung,
    kontakte_von,
    nach_id,
    oeffentliche_angebote,
    oeffentliche_traeger,
    ohne_leere,
    orte_von,
    pruefstelle_email,
    rechtsform_lesen,
    uhrzeit,
    uri,
    zeitstempel,
)
from angebote.hsds.ausgabe.taxonomie import attribut, taxonomies, taxonomy_term, taxonomy_terms
from angebote.models import Angebot
from traeger.models import Ansprechperson, Barrierefreiheit, Einrichtung, Traeger

__all__ = [
    "auswahl_lesen",
    "contact",
    "gebietsschluessel_lesen",
    "kennung",
    "location",
    "oeffentliche_angebote",
    "oeffentliche_traeger",
    "organization",
    "rechtsform_lesen",
    "service",
    "service_at_location",
    "service_liste",
    "taxonomies",
    "taxonomy_term",
    "taxonomy_terms",
]

SCHLUESSEL = re.compile(r", Schlüssel (?P<schluessel>\S+)$")


def gebietsschluessel_lesen(beschreibung: str) -> str | None:
    """The Sozialraum's key from a ``service_area.description`` we wrote, or None."""
    treffer = SCHLUESSEL.search(beschreibung or "")
    return treffer["schluessel"] if treffer else None


def _telefon(besitzer, nummer: str, **bezug) -> list[dict]:
    if not nummer:
        return []
    return [{"id": kennung(besitzer.uuid, "phone"), "number": nummer, **bezug}]


# -- organization, location, contact ----------------------------------------------------


def contact(person: Ansprechperson, organization_id: str, location_id: str | None = None) -> dict:
    """An Ansprechperson at a Träger (and at one of its places: ``location_id``); only ever
    called for those whose consent is recorded (grundlagen.oeffentliche_personen)."""
    person_id = str(person.uuid)
    return ohne_leere(
        {
            "id": person_id,
            "organization_id": organization_id,
            "location_id": location_id,
            "name": person.name,
            "title": person.funktion,
            "email": email(person.email),
            "phones": _telefon(person, person.telefon, contact_id=person_id),
        }
    )


def _organisation_flach(traeger: Traeger) -> dict:
    """The organization's one-to-one fields (the list shape)."""
    return ohne_leere(
        {
            "id": str(traeger.uuid),
            "name": traeger.name,
            # Required, and an empty cell of the tabular package counts as missing.
            "description": traeger.beschreibung or traeger.name,
            "email": email(traeger.email),
            "website": uri(traeger.website),
            "legal_status": f"{traeger.get_traegerschaft_display()}, {traeger.get_art_display()}",
        },
        "description",
    )


def _organisation_kern(traeger: Traeger) -> dict:
    """One-to-one fields, phone and the contacts outside its places: the organization
    nested in a service (its places are the service's service_at_locations)."""
    org_id = str(traeger.uuid)
    return _organisation_flach(traeger) | {
        "phones": _telefon(traeger, traeger.telefon, organization_id=org_id),
        "contacts": nach_id(contact(p, org_id) for p in kontakte_von(traeger)),
    }


@deutsch
def organization(traeger: Traeger, *, services: bool | str = False, angebote=None) -> dict:
    """The Träger with its places (not archived) and public contacts.

    ``services``: False leaves them out; True lists its published offers in the list shape
    (:func:`service_liste`), "voll" fully nested (:func:`service`). ``angebote``: those
    offers if the caller has them (prefetched), else they are read. False and
    ``traeger`` from :func:`oeffentliche_traeger`: no query.
    """
    daten = _organisation_kern(traeger)
    daten["locations"] = nach_id(location(ort) for ort in orte_von(traeger))
    if services:
        if angebote is None:
            angebote = oeffentliche_angebote().filter(traeger=traeger)
        form = service if services == "voll" else service_liste
        daten["services"] = nach_id(form(a) for a in angebote)
    return daten


@deutsch
def location(einrichtung: Einrichtung) -> dict:
    """The place with its address, phone, accessibility, opening hours and public
    contacts; its organization is the place's Träger (an offer may run at a partner's
    place)."""
    ort_id = str(einrichtung.uuid)
    org_id = str(einrichtung.traeger.uuid)
    adressen = []
    # HSDS requires every part: an incomplete address stays out rather than pretend.
    if einrichtung.strasse and einrichtung.plz and einrichtung.ort:
        adressen.append(
            {
                "id": kennung(einrichtung.uuid, "address"),
                "location_id": ort_id,
                "address_1": einrichtung.strasse,
                "postal_code": einrichtung.plz,
                "city": einrichtung.ort,
                "state_province": bundesland(),
                "country": LAND,
                "address_type": "physical",
            }
        )
    zugang = []
    if einrichtung.barrierefrei != Barrierefreiheit.UNBEKANNT or einrichtung.barrierefrei_hinweis:
        zugang.append(
            ohne_leere(
                {
                    "id": kennung(einrichtung.uuid, "accessibility"),
                    "location_id": ort_id,
                    "description": einrichtung.get_barrierefrei_display(),
                    "details": einrichtung.barrierefrei_hinweis,
                }
            )
        )
    zeiten = []
    if einrichtung.oeffnungszeiten:
        zeiten.append(
            {
                "id": kennung(einrichtung.uuid, "schedule"),
                "location_id": ort_id,
                "description": einrichtung.oeffnungszeiten,
            }
        )
    return ohne_leere(
        {
            "id": ort_id,
            "location_type": "physical",
            "organization_id": org_id,
            "name": einrichtung.name,
            "description": einrichtung.beschreibung,
            "latitude": einrichtung.lat,
            "longitude": einrichtung.lon,
            "external_identifier": einrichtung.externe_id,
            "external_identifier_type": einrichtung.quelle if einrichtung.externe_id else "",
            "addresses": adressen,
            "phones": _telefon(einrichtung, einrichtung.telefon, location_id=ort_id),
            "accessibility": zugang,
            "schedules": zeiten,
            "contacts": nach_id(contact(p, org_id, ort_id) for p in kontakte_von(einrichtung)),
        }
    )


# -- service ----------------------------------------------------------------------------


@deutsch
def service_liste(angebot: Angebot) -> dict:
    """The one-to-one fields with the organization's (the shape of /services without
    ``full``: compiled/service_list.json)."""
    return ohne_leere(
        {
            "id": str(angebot.uuid),
            "organization_id": str(angebot.traeger.uuid),
            "name": angebot.titel,
            "description": angebot.beschreibung,
            "url": uri(angebot.website),
            "email": email(angebot.email),
            "status": "active",
            "application_process": angebot.get_anmeldung_display(),
            "fees_description": angebot.kosten_hinweis or angebot.get_kosten_display(),
            "eligibility_description": (
                ""
                if angebot.geschlecht == Angebot.Geschlecht.ALLE
                else angebot.get_geschlecht_display()
            ),
            "minimum_age": angebot.alter_von,
            "maximum_age": angebot.alter_bis,
            "assured_date": datum(angebot.zuletzt_geprueft),
            "assurer_email": email(pruefstelle_email()) if angebot.zuletzt_geprueft else "",
            "last_modified": zeitstempel(angebot.updated_at),
            "organization": _organisation_flach(angebot.traeger),
        }
    )


@deutsch
def service(angebot: Angebot, *, voll: bool = True) -> dict:
    """The offer as an HSDS service.

    ``voll`` (the export, /services/{id}): fully nested, as compiled/service.json, with
    its organization (without locations: they are the service_at_locations). Not
    ``voll``: the shape of the HSDA ``minimal`` parameter, id and last_modified (with
    name and status, which compiled/service_list.json requires).
    """
    if not voll:
        return {
            "id": str(angebot.uuid),
            "name": angebot.titel,
            "status": "active",
            "last_modified": zeitstempel(angebot.updated_at),
        }
    dienst_id = str(angebot.uuid)
    return service_liste(angebot) | {
        "organization": _organisation_kern(angebot.traeger),
        "phones": _telefon(angebot, angebot.telefon, service_id=dienst_id),
        "schedules": _zeitplaene(angebot),
        "service_areas": nach_id(
            {
                "id": kennung(angebot.uuid, "service_area", raum.schluessel),
                "service_id": dienst_id,
                "name": raum.name,
                "description": (
                    f"{settings.GEBIETSEBENEN[2][0]} {raum.name}, Schlüssel {raum.schluessel}"
                ),
            }
            for raum in angebot.sozialraeume.all()
        ),
        "service_at_locations": nach_id(
            service_at_location(angebot, ort) for ort in orte_von(angebot)
        ),
        "languages": nach_id(
            {
                "id": kennung(angebot.uuid, "language", sprache.code),
                "service_id": dienst_id,
                "name": sprache.name,
                "code": sprache.code,
            }
            for sprache in angebot.sprachen.all()
        ),
        "cost_options": _kosten(angebot),
        "contacts": [],
        "attributes": nach_id(
            attribut(angebot, begriff)
            for begriff in [*angebot.kategorien.all(), *angebot.zielgruppen.all()]
        ),
    }


def _zeitplaene(angebot: Angebot) -> list[dict]:
    dienst_id = str(angebot.uuid)
    gueltig = {"valid_from": datum(angebot.gueltig_von), "valid_to": datum(angebot.gueltig_bis)}
    zeiten = list(angebot.zeiten.all())
    plaene = [
        ohne_leere(
            {
                "id": str(zeit.uuid),
                "service_id": dienst_id,
                "freq": "WEEKLY",
                "byday": WOCHENTAGE[zeit.wochentag],
                "opens_at": uhrzeit(zeit.von),
                "closes_at": uhrzeit(zeit.bis),
                **gueltig,
            }
        )
        for zeit in zeiten
    ]
    if angebot.zeiten_hinweis or (not zeiten and any(gueltig.values())):
        plaene.append(
            ohne_leere(
                {
                    "id": kennung(angebot.uuid, "schedule"),
                    "service_id": dienst_id,
                    "description": angebot.zeiten_hinweis,
                    **gueltig,
                }
            )
        )
    return nach_id(plaene)


def _kosten(angebot: Angebot) -> list[dict]:
    dienst_id = str(angebot.uuid)
    frei = angebot.kosten == Angebot.Kosten.KOSTENFREI
    optionen = [
        ohne_leere(
            {
                "id": kennung(angebot.uuid, "cost_option"),
                "service_id": dienst_id,
                "option": angebot.get_kosten_display(),
                "amount": 0 if frei else None,
                "currency": WAEHRUNG if frei else None,
                "amount_description": angebot.kosten_hinweis,
            }
        )
    ]
    if angebot.ermaessigt_moeglich:
        optionen.append(
            {
                "id": kennung(angebot.uuid, "cost_option", "ermaessigt"),
                "service_id": dienst_id,
                "option": ERMAESSIGT,
            }
        )
    return nach_id(optionen)


def service_at_location(angebot: Angebot, einrichtung: Einrichtung, *, mit_service=False) -> dict:
    """The offer at one of its places; ``mit_service`` adds the offer without its own
    service_at_locations (for /service_at_locations/{id})."""
    daten = {
        "id": kennung(angebot.uuid, "service_at_location", einrichtung.uuid),
        "service_id": str(angebot.uuid),
        "location_id": str(einrichtung.uuid),
        "location": location(einrichtung),
    }
    if mit_service:
        daten["service"] = service(angebot)
        del daten["service"]["service_at_locations"]
    return daten
