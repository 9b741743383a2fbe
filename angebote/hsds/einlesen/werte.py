"""HSDS records back to the registry's values: the mapping of abbilden.py in reverse.

Each function takes one HSDS object (an organization, a location, a contact, a service)
and returns the values the registry would hold, keyed like the models' fields (for an
offer: like the proposal values of angebote/redaktion/werte.py, but with references as
HSDS ids or keys, resolved when writing). Only what the object states is returned: a
scalar field that is missing means empty (the export leaves out empty values), a list
that is missing means "not stated" (the HSDA list shape has no phones, schedules …).

Problems go to a ``Meldungen``: ``fehler`` for input that cannot be read (a time
"25:00", a date that is none): the import stops with nothing saved; ``hinweise`` for what
the registry cannot hold exactly (a monthly schedule, a text too long, an unknown label):
reported, never invented.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext as _

from angebote.hsds.ausgabe.grundlagen import auswahl_lesen, rechtsform_lesen
from angebote.hsds.einlesen.datei import kurz
from traeger.models import Ansprechperson, Barrierefreiheit, Einrichtung, Traeger

Wo = Callable[[str], str]  # field path inside the entry -> "file, entry, field"


@dataclass
class Meldungen:
    fehler: list[str] = field(default_factory=list)
    hinweise: list[str] = field(default_factory=list)

    def fehler_an(self, wo: str, text: str) -> None:
        self.fehler.append(f"{wo}: {text}")

    def hinweis_an(self, wo: str, text: str) -> None:
        self.hinweise.append(f"{wo}: {text}")


def kanonisch(kennung_text) -> str:
    """UUIDs compared and stored in one spelling (the schema checked the format)."""
    return str(kennung_text or "").strip().lower()


def liste(daten: dict, name: str) -> list | None:
    """A list field: None when the object does not state it."""
    wert = daten.get(name)
    return wert if isinstance(wert, list) else None


def text(daten: dict, name: str, model, feld: str, m: Meldungen, wo: Wo, pfad: str) -> str:
    """A text value, shortened (and reported) where the model field is shorter."""
    wert = daten.get(name)
    wert = "" if wert is None else str(wert).strip()
    laenge = model._meta.get_field(feld).max_length
    if laenge and len(wert) > laenge:
        m.hinweis_an(
            wo(pfad),
            _("länger als %(n)d Zeichen, gekürzt: „%(wert)s“") % {"n": laenge, "wert": kurz(wert)},
        )
        wert = wert[: laenge - 1].rstrip() + "…"
    return wert


def _gueltig(pruefer, wert: str) -> bool:
    try:
        pruefer(wert)
    except ValidationError:
        return False
    return True


def email(daten: dict, name: str, m: Meldungen, wo: Wo, pfad: str) -> str:
    wert = str(daten.get(name) or "").strip()
    if wert and (len(wert) > 254 or not _gueltig(EmailValidator(), wert)):
        m.hinweis_an(
            wo(pfad),
            _("„%(wert)s“ ist keine E-Mail-Adresse; nicht übernommen") % {"wert": kurz(wert)},
        )
        return ""
    return wert


def webadresse(daten: dict, name: str, m: Meldungen, wo: Wo, pfad: str) -> str:
    wert = str(daten.get(name) or "").strip()
    if wert and (len(wert) > 300 or not _gueltig(URLValidator(), wert)):
        m.hinweis_an(
            wo(pfad), _("„%(wert)s“ ist keine Webadresse; nicht übernommen") % {"wert": kurz(wert)}
        )
        return ""
    return wert


def datum(daten: dict, name: str, m: Meldungen, wo: Wo, pfad: str) -> str | None:
    """An ISO date as text (the proposal values keep dates so), or None."""
    wert = daten.get(name)
    if wert in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(str(wert)[:10]).isoformat()
    except ValueError:
        m.fehler_an(wo(pfad), _("„%(wert)s“ ist kein Datum (JJJJ-MM-TT)") % {"wert": kurz(wert)})
        return None


_UHRZEIT = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?$")


def uhrzeit(wert, m: Meldungen, wo: str) -> str | None:
    """A time ("10:00", "10:00:00") as "HH:MM"; an offset or "Z" is ignored (weekly times
    are local wall-clock times, as the export writes them)."""
    treffer = _UHRZEIT.match(str(wert or "").strip())
    if treffer and int(treffer[1]) < 24 and int(treffer[2]) < 60 and int(treffer[3] or 0) < 60:
        return f"{int(treffer[1]):02d}:{treffer[2]}"
    m.fehler_an(wo, _("„%(wert)s“ ist keine Uhrzeit (hh:mm:ss)") % {"wert": kurz(wert)})
    return None


def telefon(daten: dict, model, m: Meldungen, wo: Wo, pfad: str) -> str | None:
    """The first phone number; None when the object has no ``phones`` list."""
    telefone = liste(daten, "phones")
    if telefone is None:
        return None
    if not telefone:
        return ""
    if len(telefone) > 1:
        m.hinweis_an(
            wo(f"{pfad}phones"),
            _("%(n)d Telefonnummern; das Register hält eine, übernommen die erste")
            % {"n": len(telefone)},
        )
    return text(telefone[0], "number", model, "telefon", m, wo, f"{pfad}phones[0].number")


# -- organization, location, contact ----------------------------------------------------


def traeger_werte(org: dict, m: Meldungen, wo: Wo, pfad: str) -> dict:
    """An organization as Träger values."""
    werte = {
        "name": text(org, "name", Traeger, "name", m, wo, f"{pfad}name"),
        "beschreibung": text(
            org, "description", Traeger, "beschreibung", m, wo, f"{pfad}description"
        ),
        "email": email(org, "email", m, wo, f"{pfad}email"),
        "website": webadresse(org, "website", m, wo, f"{pfad}website"),
    }
    if not werte["name"]:
        m.fehler_an(wo(f"{pfad}name"), _("leer; ein Träger braucht einen Namen"))
    if werte["beschreibung"] == werte["name"]:
        werte["beschreibung"] = ""  # the export's stand-in for a required description
    rechtsform = str(org.get("legal_status") or "")
    schaft, art = rechtsform_lesen(rechtsform)
    if rechtsform and (schaft is None or art is None):
        m.hinweis_an(
            wo(f"{pfad}legal_status"),
            _("„%(wert)s“ ist keine Trägerschaft und Art des Registers; „sonstige“ angenommen")
            % {"wert": kurz(rechtsform)},
        )
    werte["traegerschaft"] = schaft or Traeger.Traegerschaft.FREI
    werte["art"] = art or Traeger.Art.SONSTIGE
    nummer = telefon(org, Traeger, m, wo, pfad)
    if nummer is not None:
        werte["telefon"] = nummer
    return werte


def _verbunden(teile) -> str:
    return ", ".join(t for t in teile if t)


def einrichtung_werte(ort: dict, m: Meldungen, wo: Wo, pfad: str) -> dict:
    """A physical location as Einrichtung values (``lage`` = [lat, lon] or [None, None])."""
    name = text(ort, "name", Einrichtung, "name", m, wo, f"{pfad}name")
    if not name:
        ersatz = ort.get("alternate_name") or next(
            (a.get("address_1") for a in liste(ort, "addresses") or [] if a.get("address_1")), ""
        )
        name = str(ersatz)[:300]
        m.hinweis_an(
            wo(f"{pfad}name"),
            _("Ort ohne Namen; benannt nach „%(name)s“") % {"name": name or "?"},
        )
    werte = {
        "name": name or _("Ort %(id)s") % {"id": ort.get("id", "")},
        "beschreibung": text(
            ort, "description", Einrichtung, "beschreibung", m, wo, f"{pfad}description"
        ),
        "lage": _lage(ort, m, wo, pfad),
    }
    adressen = liste(ort, "addresses")
    if adressen is not None:
        werte.update(_adresse(adressen, m, wo, pfad))
    nummer = telefon(ort, Einrichtung, m, wo, pfad)
    if nummer is not None:
        werte["telefon"] = nummer
    zugang = liste(ort, "accessibility")
    if zugang is not None:
        werte.update(_zugang(zugang, m, wo, pfad))
    zeiten = liste(ort, "schedules")
    if zeiten is not None:
        texte = [_zeit_als_text(z) for z in zeiten]
        werte["oeffnungszeiten"] = "\n".join(t for t in texte if t)
    return werte


def _lage(ort: dict, m: Meldungen, wo: Wo, pfad: str) -> list:
    lat, lon = ort.get("latitude"), ort.get("longitude")
    if lat is None and lon is None:
        return [None, None]
    if lat is None or lon is None:
        m.hinweis_an(wo(f"{pfad}latitude"), _("nur eine der beiden Koordinaten; nicht übernommen"))
        return [None, None]
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        m.hinweis_an(
            wo(f"{pfad}latitude"),
            _("%(lat)s, %(lon)s liegt nicht in WGS84 (Grad); Koordinaten nicht übernommen")
            % {"lat": lat, "lon": lon},
        )
        return [None, None]
    return [lat, lon]


def _adresse(adressen: list, m: Meldungen, wo: Wo, pfad: str) -> dict:
    """The first physical address (else the first): street, postcode, city."""
    if not adressen:
        return {"strasse": "", "plz": "", "ort": ""}
    nummer, adresse = next(
        ((i, a) for i, a in enumerate(adressen) if a.get("address_type") == "physical"),
        (0, adressen[0]),
    )
    if len(adressen) > 1:
        m.hinweis_an(
            wo(f"{pfad}addresses"),
            _("%(n)d Adressen; das Register hält eine, übernommen Nr. %(nr)d")
            % {"n": len(adressen), "nr": nummer + 1},
        )
    vor = f"{pfad}addresses[{nummer}]."
    strasse = _verbunden([adresse.get("address_1"), adresse.get("address_2")])
    return {
        "strasse": text({"s": strasse}, "s", Einrichtung, "strasse", m, wo, f"{vor}address_1"),
        "plz": text(adresse, "postal_code", Einrichtung, "plz", m, wo, f"{vor}postal_code"),
        "ort": text(adresse, "city", Einrichtung, "ort", m, wo, f"{vor}city"),
    }


def _zugang(zugang: list, m: Meldungen, wo: Wo, pfad: str) -> dict:
    """Our label in ``description`` (with the note in ``details``), or free text as note."""
    if not zugang:
        return {"barrierefrei": Barrierefreiheit.UNBEKANNT, "barrierefrei_hinweis": ""}
    erster = zugang[0]
    beschreibung = str(erster.get("description") or "")
    stufe = auswahl_lesen(Barrierefreiheit, beschreibung)
    teile = [] if stufe else [beschreibung]
    teile.append(str(erster.get("details") or ""))
    teile += [_verbunden([z.get("description"), z.get("details")]) for z in zugang[1:]]
    hinweis = "; ".join(t for t in teile if t)
    return {
        "barrierefrei": stufe or Barrierefreiheit.UNBEKANNT,
        "barrierefrei_hinweis": text(
            {"h": hinweis}, "h", Einrichtung, "barrierefrei_hinweis", m, wo, f"{pfad}accessibility"
        ),
    }


def _zeit_als_text(plan: dict) -> str:
    """A location's schedule as opening-hours text: its description, else the weekly rule."""
    if plan.get("description"):
        return str(plan["description"])
    if plan.get("byday") and plan.get("opens_at") and plan.get("closes_at"):
        return f"{plan['byday']} {str(plan['opens_at'])[:5]}–{str(plan['closes_at'])[:5]}"
    return ""


def person_werte(kontakt: dict, m: Meldungen, wo: Wo, pfad: str) -> dict | None:
    """A contact as Ansprechperson values; None (reported) for one without a name."""
    name = text(kontakt, "name", Ansprechperson, "name", m, wo, f"{pfad}name")
    if not name:
        m.hinweis_an(wo(f"{pfad}name"), _("Kontakt ohne Namen; nicht übernommen"))
        return None
    funktion = _verbunden([kontakt.get("title"), kontakt.get("department")])
    werte = {
        "name": name,
        "funktion": text({"f": funktion}, "f", Ansprechperson, "funktion", m, wo, f"{pfad}title"),
        "email": email(kontakt, "email", m, wo, f"{pfad}email"),
    }
    nummer = telefon(kontakt, Ansprechperson, m, wo, pfad)
    werte["telefon"] = nummer or ""
    return werte
