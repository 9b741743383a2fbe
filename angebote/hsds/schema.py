"""The HSDS 3.0 JSON schemas, as published (schema/, CC BY-SA 4.0), and validators for them.

The compiled schemas (``schema/compiled/``) are dereferenced: each validates a whole
document (a service with its organization, locations …) on its own. The same validators
check what the export writes, what the import reads and what the API answers.
"""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"


@cache
def schema(name: str, *, kompiliert: bool = True) -> dict:
    """The schema ``name`` (e.g. "service"), compiled unless ``kompiliert=False``."""
    ordner = SCHEMA_DIR / "compiled" if kompiliert else SCHEMA_DIR
    return json.loads((ordner / f"{name}.json").read_text(encoding="utf-8"))


@cache
def validator(name: str, *, kompiliert: bool = True) -> Draft202012Validator:
    """A validator for ``name`` that also checks formats (uuid, date, email, uri …)."""
    return Draft202012Validator(schema(name, kompiliert=kompiliert), format_checker=FormatChecker())


def fehler(name: str, dokument: dict, *, kompiliert: bool = True) -> list[tuple[str, str]]:
    """Every schema violation of ``dokument`` as (JSON path, message), in document order."""
    gefunden = validator(name, kompiliert=kompiliert).iter_errors(dokument)
    return sorted(
        ((e.json_path, e.message) for e in gefunden),
        key=lambda paar: paar[0],
    )
