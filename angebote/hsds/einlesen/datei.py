"""Reading an HSDS file for ``import_hsds``: the JSON, its shape, and the schema check.

Accepted shapes: a JSON array of services in the compiled shape (what ``export_hsds``
writes), an HSDA list page (``{"contents": [...]}``, as ``/services`` answers), or one
service on its own (the specification's ``service_full.json``). Every service is validated
against ``schema/compiled/service.json``; every problem of every entry is collected, each
named by the file, the entry's number (counted from 1) and id, the field as a path inside
the entry and a German sentence, before anything is written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from angebote.hsds.schema import validator
from sozialraum.austausch.gebiete import ImportFehler

# jsonschema and json speak English; the person running the import reads German.
_JSON_MELDUNGEN = (
    ("Expecting value", _lazy("hier wird ein Wert erwartet")),
    ("Expecting ',' delimiter", _lazy("hier fehlt ein Komma")),
    ("Expecting ':' delimiter", _lazy("hier fehlt ein Doppelpunkt")),
    (
        "Expecting property name enclosed in double quotes",
        _lazy(
            "hier wird ein Feldname in doppelten Anführungszeichen erwartet (ein Komma zu viel?)"
        ),
    ),
    ("Unterminated string", _lazy("eine Zeichenkette ist nicht abgeschlossen")),
    (
        "Invalid control character",
        _lazy("ein Steuerzeichen steht ungeschützt in einer Zeichenkette"),
    ),
    ("Invalid \\escape", _lazy("ungültige Escape-Sequenz")),
    ("Invalid \\uXXXX escape", _lazy("ungültige Escape-Sequenz")),
    ("Extra data", _lazy("nach dem Ende der Daten folgt noch etwas")),
)
_TYPEN = {
    "string": _lazy("Text"),
    "number": _lazy("Zahl"),
    "integer": _lazy("ganze Zahl"),
    "boolean": _lazy("true oder false"),
    "array": _lazy("Liste"),
    "object": _lazy("Objekt"),
    "null": "null",
}
_FORMATE = {
    "uuid": "UUID",
    "uri": "URI",
    "email": _lazy("E-Mail-Adresse"),
    "date-time": _lazy("Zeitpunkt (JJJJ-MM-TTThh:mm:ssZ)"),
    "date": _lazy("Datum (JJJJ-MM-TT)"),
}


@dataclass
class Eintrag:
    """One service of the file: its number (from 1), its id as written, its data."""

    nummer: int
    id: str
    daten: dict


@dataclass
class Datei:
    pfad: Path
    art: str  # "liste", "hsda" (a list page) or "dienst" (one service)
    eintraege: list[Eintrag]

    @property
    def name(self) -> str:
        return self.pfad.name


def kurz(wert, laenge: int = 60) -> str:
    """A value as the message quotes it."""
    text = wert if isinstance(wert, str) else json.dumps(wert, ensure_ascii=False)
    return text if len(text) <= laenge else text[: laenge - 1] + "…"


def feldpfad(json_pfad: str) -> str:
    """``$.organization.id`` → ``organization.id``; the entry itself is ``(Eintrag)``."""
    pfad = json_pfad[2:] if json_pfad.startswith("$.") else json_pfad.lstrip("$")
    return pfad or _("(Eintrag)")


def ort(datei: str, eintrag: Eintrag | None, feld: str = "") -> str:
    """Where a message belongs: file, entry number and id, field."""
    teile = [datei]
    if eintrag is not None:
        if eintrag.id:
            teile.append(
                _("Eintrag %(nummer)d (id „%(id)s“)") % {"nummer": eintrag.nummer, "id": eintrag.id}
            )
        else:
            teile.append(_("Eintrag %(nummer)d (ohne id)") % {"nummer": eintrag.nummer})
    if feld:
        teile.append(_("Feld „%(feld)s“") % {"feld": feld})
    return ", ".join(teile)


def _json_meldung(fehler: json.JSONDecodeError) -> str:
    for englisch, deutsch in _JSON_MELDUNGEN:
        if fehler.msg.startswith(englisch):
            return deutsch
    return _("ungültiges JSON (%(meldung)s)") % {"meldung": fehler.msg}


class _Konstante(ValueError):
    pass


def _keine_konstante(wert: str):
    """Python's json reads NaN and Infinity; JSON has no such numbers."""
    raise _Konstante(wert)


def _json_lesen(pfad: Path):
    try:
        roh = pfad.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFehler([_("%(datei)s: Datei nicht gefunden.") % {"datei": pfad}]) from exc
    except IsADirectoryError as exc:
        raise ImportFehler(
            [_("%(datei)s: ist ein Ordner, keine Datei.") % {"datei": pfad}]
        ) from exc
    try:
        text = roh.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        zeile = roh[: exc.start].count(b"\n") + 1
        raise ImportFehler(
            [
                _(
                    "%(datei)s, Zeile %(zeile)d: Die Datei ist nicht UTF-8-kodiert; JSON ist "
                    "immer UTF-8."
                )
                % {"datei": pfad.name, "zeile": zeile}
            ]
        ) from exc
    if not text.strip():
        raise ImportFehler([_("%(datei)s: Die Datei ist leer.") % {"datei": pfad.name}])
    try:
        return json.loads(text, parse_constant=_keine_konstante)
    except _Konstante as exc:
        raise ImportFehler(
            [
                _("%(datei)s: enthält %(wert)s; das ist kein gültiges JSON (RFC 8259).")
                % {"datei": pfad.name, "wert": exc.args[0]}
            ]
        ) from exc
    except RecursionError as exc:
        raise ImportFehler(
            [
                _(
                    "%(datei)s: Die Daten sind zu tief verschachtelt; kein HSDS-Dokument "
                    "braucht so viele Ebenen."
                )
                % {"datei": pfad.name}
            ]
        ) from exc
    except json.JSONDecodeError as exc:
        raise ImportFehler(
            [
                _("%(datei)s, Zeile %(zeile)d, Spalte %(spalte)d: kein gültiges JSON: %(was)s.")
                % {
                    "datei": pfad.name,
                    "zeile": exc.lineno,
                    "spalte": exc.colno,
                    "was": _json_meldung(exc),
                }
            ]
        ) from exc


def _dienste(daten, datei: str) -> tuple[str, list]:
    """The services of the document and its shape; a German error for anything else."""
    if isinstance(daten, list):
        return "liste", daten
    if isinstance(daten, dict) and "contents" in daten:
        if not isinstance(daten["contents"], list):
            raise ImportFehler(
                [_("%(datei)s: „contents“ ist keine Liste von Diensten.") % {"datei": datei}]
            )
        return "hsda", daten["contents"]
    if isinstance(daten, dict) and "id" in daten and "name" in daten:
        return "dienst", [daten]
    raise ImportFehler(
        [
            _(
                "%(datei)s: Erwartet wird eine Liste von HSDS-Diensten (services, wie export_hsds "
                "sie schreibt), eine HSDA-Listenseite mit „contents“ oder ein einzelner Dienst."
            )
            % {"datei": datei}
        ]
    )


def schema_meldungen(fehler) -> list[tuple[str, str]]:
    """A jsonschema error as (field path, German problem); one per missing field."""
    pfad = feldpfad(fehler.json_path)
    art, soll, wert = fehler.validator, fehler.validator_value, fehler.instance
    if art == "required":
        fehlend = [f for f in soll if not isinstance(wert, dict) or f not in wert]
        oben = pfad == _("(Eintrag)")
        return [(name if oben else f"{pfad}.{name}", _("Pflichtfeld fehlt")) for name in fehlend]
    return [_meldung(pfad, art, soll, wert, fehler.message)]


def _meldung(pfad: str, art: str, soll, wert, englisch: str) -> tuple[str, str]:
    if art == "type":
        typen = soll if isinstance(soll, list) else [soll]
        erwartet = _(" oder ").join(str(_TYPEN.get(t, t)) for t in typen)
        return pfad, _("erwartet %(typ)s, gefunden %(wert)s") % {
            "typ": erwartet,
            "wert": kurz(wert),
        }
    if art == "format":
        return pfad, _("„%(wert)s“ ist nicht gültig (erwartet: %(format)s)") % {
            "wert": kurz(wert),
            "format": _FORMATE.get(soll, soll),
        }
    if art == "enum":
        return pfad, _("„%(wert)s“ ist nicht erlaubt; erlaubt: %(werte)s") % {
            "wert": kurz(wert),
            "werte": ", ".join(str(w) for w in soll),
        }
    return pfad, _("entspricht nicht dem Schema (%(art)s: %(meldung)s)") % {
        "art": art,
        "meldung": englisch,
    }


def schema_fehler(daten) -> list[tuple[str, str]]:
    """Every violation of ``compiled/service.json`` as (field path, German problem)."""
    # The compiled schema repeats some rules (``required`` twice): each problem once.
    return sorted(
        dict.fromkeys(
            paar for f in validator("service").iter_errors(daten) for paar in schema_meldungen(f)
        ),
        key=lambda paar: _sortierbar(paar[0]),
    )


def _sortierbar(pfad: str) -> list:
    """``schedules[10]`` after ``schedules[2]``."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", pfad)]


def datei_lesen(pfad: Path, fortschritt=None) -> Datei:
    """Read and validate the file; raises ImportFehler with every problem found."""
    pfad = Path(pfad)
    daten = _json_lesen(pfad)
    art, dienste = _dienste(daten, pfad.name)
    if not dienste:
        raise ImportFehler([_("%(datei)s: enthält keine Dienste.") % {"datei": pfad.name}])
    if fortschritt is not None:
        fortschritt.schritt(_("Dienste prüfen"), len(dienste))
    fehler, eintraege, gesehen = [], [], {}
    for nummer, dienst in enumerate(dienste, start=1):
        kennung = dienst.get("id") if isinstance(dienst, dict) else None
        eintrag = Eintrag(nummer, kennung if isinstance(kennung, str) else "", dienst)
        if not isinstance(dienst, dict):
            fehler.append(
                _("%(ort)s: ist kein Objekt, sondern %(wert)s")
                % {"ort": ort(pfad.name, eintrag), "wert": kurz(dienst)}
            )
        else:
            for feld, problem in schema_fehler(dienst):
                fehler.append(f"{ort(pfad.name, eintrag, feld)}: {problem}")
            if eintrag.id:
                schluessel = eintrag.id.lower()
                if schluessel in gesehen:
                    fehler.append(
                        _("%(ort)s: dieselbe id wie Eintrag %(erster)d; jede id nur einmal")
                        % {"ort": ort(pfad.name, eintrag, "id"), "erster": gesehen[schluessel]}
                    )
                else:
                    gesehen[schluessel] = nummer
        eintraege.append(eintrag)
        if fortschritt is not None:
            fortschritt.weiter()
    if fehler:
        raise ImportFehler(fehler)
    return Datei(pfad, art, eintraege)
