"""The export of the published, public data as HSDS 3.0 (``manage.py export_hsds``,
docs/hsds.md): a JSON array of fully nested services, byte-identical for the same data."""

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from django.utils.translation import gettext as _

from angebote.hsds.ausgabe.abbilden import oeffentliche_angebote, service
from angebote.hsds.ausgabe.grundlagen import nach_id
from angebote.hsds.schema import fehler


class ExportFehler(Exception):
    """A German message naming what went wrong and where."""


def services() -> list[dict]:
    """Every published offer as a fully nested HSDS service, ordered by id (a fixed
    number of queries: abbilden.oeffentliche_angebote)."""
    return nach_id(service(angebot) for angebot in oeffentliche_angebote())


def als_json(dokument) -> str:
    """Sorted keys, fixed indentation, UTF-8 text: the same data gives the same bytes."""
    return json.dumps(dokument, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def pruefen(dienste: list[dict]) -> list[str]:
    """Every schema violation of ``dienste`` as a German line naming the offer and the field."""
    zeilen = []
    for index, dienst in enumerate(dienste):
        for pfad, meldung in fehler("service", dienst):
            zeilen.append(
                _("Angebot %(index)d (%(id)s, „%(name)s“), Feld %(pfad)s: %(meldung)s")
                % {
                    "index": index,
                    "id": dienst.get("id"),
                    "name": dienst.get("name"),
                    "pfad": pfad,
                    "meldung": meldung,
                }
            )
    return zeilen


def datei_schreiben(ziel: Path, schreiben: Callable) -> None:
    """Write through ``schreiben(datei)`` to a temporary file beside ``ziel`` and move it
    in place, so a reader (a web server, a cron job) never sees half a file."""
    ordner = ziel.parent
    if not ordner.is_dir():
        raise ExportFehler(
            _("Der Ordner „%(ordner)s“ für „%(datei)s“ existiert nicht.")
            % {"ordner": ordner, "datei": ziel.name}
        )
    if ziel.is_dir():
        raise ExportFehler(_("„%(datei)s“ ist ein Ordner, keine Datei.") % {"datei": ziel})
    try:
        griff, temporaer = tempfile.mkstemp(dir=ordner, prefix=f".{ziel.name}.", suffix=".tmp")
        try:
            with os.fdopen(griff, "w", encoding="utf-8", newline="") as datei:
                schreiben(datei)
            os.chmod(temporaer, 0o644)
            os.replace(temporaer, ziel)
        except BaseException:
            Path(temporaer).unlink(missing_ok=True)
            raise
    except OSError as grund:
        raise ExportFehler(
            _("„%(datei)s“ lässt sich nicht schreiben: %(grund)s")
            % {"datei": ziel, "grund": grund.strerror or grund}
        ) from grund
