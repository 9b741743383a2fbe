"""A small world for the OParl tests, and the validator of gremien/oparl/schema/.

The OParl schema files declare no ``$schema`` and use only keywords every JSON Schema draft
shares (type, required, properties, items, pattern, format); they point to each other not
by ``$ref`` but by OParl's own ``"schema": "File.json"`` beside an embedded object, which a
validator ignores. So :func:`pruefen` validates an object with Draft 2020-12 and then walks
into each embedded object and validates it against the file it names. The formats ``url``
(OParl's own) and ``date-time`` are checked by small checkers here, not ignored.
"""

import datetime
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from django.core.files.base import ContentFile
from django.utils import timezone
from jsonschema import Draft202012Validator, FormatChecker

from gremien.models import Anhang, Beschluss, Gremium, Tagesordnungspunkt
from gremien.sitzung.protokoll import protokoll_freigeben
from tests.factories import (
    EinrichtungFactory,
    GremiumFactory,
    JugendamtFactory,
    MitgliedschaftFactory,
    QuartierFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)

SCHEMAORDNER = Path(__file__).resolve().parent.parent / "gremien" / "oparl" / "schema"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
# Words that must never leave through OParl: drafts, internal Gremien, member names.
GEHEIM = ("entwurfsgeheimnis", "entwurfsbeschluss", "interngeheimnis", "mitgliedsname")

_format = FormatChecker()


@_format.checks("url")
def _ist_url(wert) -> bool:
    teile = urlsplit(wert) if isinstance(wert, str) else None
    return bool(teile and teile.scheme in ("http", "https") and teile.netloc)


_RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)")


@_format.checks("date-time")
def _ist_zeitpunkt(wert) -> bool:
    if not isinstance(wert, str) or not _RFC3339.fullmatch(wert):
        return False
    return datetime.datetime.fromisoformat(wert).tzinfo is not None


def schema(typ: str) -> dict:
    return json.loads((SCHEMAORDNER / f"{typ}.json").read_text(encoding="utf-8"))


def pruefen(objekt: dict, typ: str | None = None) -> int:
    """Validate ``objekt`` (type from its ``type`` URL) and everything embedded in it;
    returns how many objects were validated."""
    typ = typ or objekt["type"].rsplit("/", 1)[-1]
    definition = schema(typ)
    Draft202012Validator(definition, format_checker=_format).validate(objekt)
    anzahl = 1
    for name, eigenschaft in definition["properties"].items():
        if name not in objekt:
            continue
        # Organization.meeting is a list URL whose "items" name Meeting.json: only objects
        # are embedded ones.
        innen = eigenschaft.get("schema") or eigenschaft.get("items", {}).get("schema")
        werte = objekt[name] if isinstance(objekt[name], list) else [objekt[name]]
        for wert in werte:
            if innen and isinstance(wert, dict):
                anzahl += pruefen(wert, innen.removesuffix(".json"))
    return anzahl


LISTENSEITE = {
    "type": "object",
    "required": ["data", "pagination", "links"],
    "properties": {
        "data": {"type": "array", "items": {"type": "object"}},
        "pagination": {
            "type": "object",
            "properties": {
                n: {"type": "integer", "minimum": 0}
                for n in ("totalElements", "elementsPerPage", "currentPage", "totalPages")
            },
            "additionalProperties": False,
        },
        "links": {
            "type": "object",
            "properties": {
                n: {"type": "string", "format": "url"}
                for n in ("first", "prev", "self", "next", "last", "web")
            },
            "additionalProperties": False,
        },
    },
}


def seite_pruefen(seite: dict) -> None:
    Draft202012Validator(LISTENSEITE, format_checker=_format).validate(seite)
    p = seite["pagination"]
    if p["currentPage"] < p["totalPages"]:
        assert "next" in seite["links"], "OParl: every page but the last links the next"


def _sitzung(gremium, titel, tage, ort=None, **felder):
    return SitzungFactory(
        gremium=gremium,
        titel=titel,
        datum=timezone.localdate() - datetime.timedelta(days=tage),
        ort_einrichtung=ort,
        **felder,
    )


def _anhang(sitzung, name, von, top=None):
    anhang = Anhang(
        sitzung=sitzung,
        top=top,
        name=name,
        endung="pdf",
        mime="application/pdf",
        groesse=len(PDF),
        hochgeladen_von=von,
    )
    anhang.datei.save("x.pdf", ContentFile(PDF), save=False)
    anhang.save()
    return anhang


def welt_bauen() -> dict:
    """Two Jugendämter; in the first a public Gremium with a released and a draft meeting,
    a city-wide public Gremium, and two internal ones; one public Gremium in the second."""
    w = {}
    for nummer, kurz in ((1, "a"), (2, "b")):
        amt = JugendamtFactory(schluessel=f"OP{nummer}", name=f"Jugendamt Oparlstadt {kurz}")
        w[f"amt_{kurz}"] = amt
        w[f"sozialraum_{kurz}"] = QuartierFactory(
            sozialraum__regionalraum__jugendamt=amt
        ).sozialraum
    koordination = UserFactory(first_name="Mia", last_name="Mitgliedsname", email="m@x.de")
    w["koordination"] = koordination
    traeger = TraegerFactory(name="Oparlträger e.V.")
    einrichtung = EinrichtungFactory(
        traeger=traeger, name="Jugendclub Nord", lat=52.5, lon=13.4, strasse="Nordweg 1"
    )
    offen = GremiumFactory(
        name="AG 78 Oparl",
        sichtbarkeit=Gremium.Sichtbarkeit.OEFFENTLICH,
        sozialraum=w["sozialraum_a"],
    )
    w["gremium"] = offen
    w["mitgliedschaft"] = MitgliedschaftFactory(
        gremium=offen, person=koordination, rolle="koordination", von=datetime.date(2024, 1, 1)
    )
    MitgliedschaftFactory(gremium=offen, person=None, traeger=traeger)
    # She agreed to be named in the open data: the one Person OParl shows.
    w["benannt"] = UserFactory(first_name="Nora", last_name="Offen", email="n@x.de")
    w["mitgliedschaft_benannt"] = MitgliedschaftFactory(
        gremium=offen,
        person=w["benannt"],
        rolle="mitglied",
        name_oeffentlich=True,
        einwilligung_am=datetime.date(2026, 3, 1),
    )

    frei = _sitzung(offen, "Frühjahrssitzung", 30, einrichtung, ort_text="Raum 3")
    top = Tagesordnungspunkt.objects.create(
        sitzung=frei, position=1, titel="Bericht", protokoll="Der Bericht wurde gehört."
    )
    unter = Tagesordnungspunkt.objects.create(
        sitzung=frei, position=1, eltern=top, titel="Nachfrage", protokoll=""
    )
    Tagesordnungspunkt.objects.create(sitzung=frei, position=2, titel="Verschiedenes")
    Beschluss.objects.create(sitzung=frei, top=top, text="Das Budget wird geteilt.", ja=5, nein=1)
    _anhang(frei, "Präsentation.pdf", koordination)
    w["anhang"] = _anhang(frei, "Bericht.pdf", koordination, top=top)
    protokoll_freigeben(frei, koordination)
    # After the release: a new draft must not leave before the next release.
    Tagesordnungspunkt.objects.filter(pk=unter.pk).update(protokoll="Entwurfsgeheimnis neu")
    w |= {"sitzung": frei, "top": top, "unter": unter}

    entwurf = _sitzung(offen, "Herbstsitzung", 5)
    w["entwurf_top"] = Tagesordnungspunkt.objects.create(
        sitzung=entwurf, position=1, titel="Planung", protokoll="Entwurfsgeheimnis"
    )
    Beschluss.objects.create(sitzung=entwurf, text="Entwurfsbeschluss")
    w["entwurf"] = entwurf
    w["ohne_ort"] = _sitzung(offen, "Abgesagte Sitzung", -10, status="abgesagt", ort_text="")

    w["stadtweit"] = GremiumFactory(
        name="Stadtweite Konferenz", art="konferenz", sichtbarkeit=Gremium.Sichtbarkeit.OEFFENTLICH
    )
    w["gremium_b"] = GremiumFactory(
        name="AG B", sichtbarkeit=Gremium.Sichtbarkeit.OEFFENTLICH, sozialraum=w["sozialraum_b"]
    )
    for sichtbarkeit in (Gremium.Sichtbarkeit.FACHKRAEFTE, Gremium.Sichtbarkeit.MITGLIEDER):
        intern = GremiumFactory(
            name=f"Interngeheimnis {sichtbarkeit}",
            sichtbarkeit=sichtbarkeit,
            sozialraum=w["sozialraum_a"],
        )
        sitzung = _sitzung(intern, "Interngeheimnis Sitzung", 3, einrichtung)
        w[f"intern_{sichtbarkeit}"] = {
            "gremium": intern,
            "mitgliedschaft": MitgliedschaftFactory(gremium=intern, person=koordination),
            "sitzung": sitzung,
            "top": Tagesordnungspunkt.objects.create(sitzung=sitzung, titel="Interngeheimnis"),
            "anhang": _anhang(sitzung, "Interngeheimnis.pdf", koordination),
        }
        protokoll_freigeben(sitzung, koordination)
    return w
