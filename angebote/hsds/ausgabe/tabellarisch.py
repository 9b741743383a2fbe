"""The export as an HSDS Tabular Data Package: one CSV per table of
``schema/compiled/tabular.json`` plus ``datapackage.json`` (docs/hsds.md).

The tables are cut from the same nested services the JSON export writes: every nested
record becomes a row of its table (its foreign keys are already in it), records met twice
(an organization of several services) are written once.
"""

import csv
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from angebote.hsds.ausgabe.export import ExportFehler, als_json, datei_schreiben
from angebote.hsds.schema import schema

# A nested field -> the table its records belong to.
TABELLE_VON = {
    "organization": "organization",
    "services": "service",
    "locations": "location",
    "location": "location",
    "service_at_locations": "service_at_location",
    "addresses": "address",
    "phones": "phone",
    "contacts": "contact",
    "schedules": "schedule",
    "service_areas": "service_area",
    "languages": "language",
    "accessibility": "accessibility",
    "cost_options": "cost_option",
    "attributes": "attribute",
    "taxonomy_term": "taxonomy_term",
    "taxonomy_detail": "taxonomy",
}
# The tables the mapping fills: always written (with their header only if empty), so the
# package has the same files whatever the data.
TABELLEN = sorted(set(TABELLE_VON.values()))


def tabellendefinition(tabelle: str) -> dict:
    """The table's definition in compiled/tabular.json (path, fields, required …)."""
    return schema("tabular")["properties"][tabelle]["items"]


def spalten(tabelle: str) -> list[str]:
    """The CSV columns: every field of the table that is not a list or an object, in the
    schema's order."""
    return [
        name
        for name, feld in tabellendefinition(tabelle)["properties"].items()
        if feld.get("type") not in ("array", "object")
    ]


def tabellen(dienste: list[dict]) -> dict[str, list[dict]]:
    """The rows of every table, each sorted by id."""
    zeilen: dict[str, dict[str, dict]] = {tabelle: {} for tabelle in TABELLEN}

    def aufnehmen(tabelle: str, eintrag: dict) -> None:
        zeile = {k: v for k, v in eintrag.items() if not isinstance(v, (dict, list))}
        bisher = zeilen[tabelle].setdefault(zeile["id"], zeile)
        if bisher != zeile:
            raise ExportFehler(
                _("Tabelle %(tabelle)s: der Datensatz %(id)s kommt mit verschiedenen Werten vor.")
                % {"tabelle": tabelle, "id": zeile["id"]}
            )
        for feld, wert in eintrag.items():
            if feld not in TABELLE_VON:
                continue
            for kind in wert if isinstance(wert, list) else [wert]:
                aufnehmen(TABELLE_VON[feld], kind)

    for dienst in dienste:
        aufnehmen("service", dienst)
    return {tabelle: [z[k] for k in sorted(z)] for tabelle, z in zeilen.items()}


def _zelle(wert) -> str:
    return "" if wert is None else str(wert)


def _feld(name: str, definition: dict, pflicht: set[str]) -> dict:
    """A Table Schema field (Frictionless) from the HSDS field definition."""
    feld = {"name": name, "type": definition.get("datapackage_type", definition["type"])}
    for schluessel in ("title", "description", "format"):
        if schluessel in definition:
            feld[schluessel] = definition[schluessel]
    bedingungen = dict(definition.get("constraints", {}))
    if name in pflicht:
        bedingungen["required"] = True
    if "enum" in definition:
        bedingungen["enum"] = definition["enum"]
    if bedingungen:
        feld["constraints"] = bedingungen
    return feld


def datapackage() -> dict:
    """``datapackage.json``: one resource per table, in the order HSDS gives them."""
    ressourcen = []
    for tabelle in sorted(
        TABELLEN, key=lambda t: tabellendefinition(t)["datapackage_metadata"]["order"]
    ):
        definition = tabellendefinition(tabelle)
        pflicht = set(definition.get("required", [])) | set(definition.get("tabular_required", []))
        metadaten = definition["datapackage_metadata"]
        ressourcen.append(
            {
                "name": tabelle,
                "path": definition["path"],
                "description": definition["description"],
                "profile": metadaten["profile"],
                "format": metadaten["format"],
                "mediatype": metadaten["mediatype"],
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        _feld(name, definition["properties"][name], pflicht)
                        for name in spalten(tabelle)
                    ],
                    "primaryKey": ["id"],
                },
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": "hsds",
        "title": f"{settings.REGISTRY_NAME} {settings.STADT_NAME}: HSDS 3.0",
        "description": _(
            "Veröffentlichte Angebote, Träger und Orte im Format HSDS 3.0 (Open Referral)."
        ),
        "resources": ressourcen,
    }


def schreiben(dienste: list[dict], ordner: Path) -> dict[str, int]:
    """Write the package into ``ordner`` (created if missing); the number of rows per file."""
    if ordner.exists() and not ordner.is_dir():
        raise ExportFehler(_("„%(ordner)s“ ist kein Ordner.") % {"ordner": ordner})
    try:
        ordner.mkdir(parents=True, exist_ok=True)
    except OSError as grund:
        raise ExportFehler(
            _("Der Ordner „%(ordner)s“ lässt sich nicht anlegen: %(grund)s")
            % {"ordner": ordner, "grund": grund.strerror or grund}
        ) from grund
    anzahl = {}
    for tabelle, zeilen in tabellen(dienste).items():
        kopf = spalten(tabelle)

        def csv_schreiben(datei, kopf=kopf, zeilen=zeilen):
            schreiber = csv.writer(datei, lineterminator="\r\n")
            schreiber.writerow(kopf)
            for zeile in zeilen:
                schreiber.writerow([_zelle(zeile.get(spalte)) for spalte in kopf])

        pfad = tabellendefinition(tabelle)["path"]
        datei_schreiben(ordner / pfad, csv_schreiben)
        anzahl[pfad] = len(zeilen)
    datei_schreiben(ordner / "datapackage.json", lambda d: d.write(als_json(datapackage())))
    return anzahl
