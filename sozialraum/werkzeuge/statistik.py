"""Fresh planner statistics after a bulk write: the one function the import commands call.

Without statistics both databases guess. PostgreSQL takes a table it has never analysed for
a handful of rows: right after ``make berlin`` it joined the 4,189 published offers into a
hash to find the one offer of a place (3.5 ms instead of 0.1; bench/README.md), until
autovacuum analysed the table minutes later. SQLite has none until ``ANALYZE`` is run at
all. So an import ends with ``ANALYZE`` of the tables it wrote (with their many-to-many
link tables): a few hundred milliseconds at city scale, nothing a person waits for.
"""

import logging

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

logger = logging.getLogger(__name__)


WARNUNG = (
    "Hinweis: Statistiken für den Datenbankplaner nicht aktualisiert (ANALYZE, siehe Log); "
    "der Import ist gespeichert."
)


def statistik_auffrischen(*modelle, using: str = DEFAULT_DB_ALIAS, ausgabe=None) -> bool:
    """``ANALYZE`` the tables of ``modelle`` and of their many-to-many links. Called after
    the import committed: a failure (a locked SQLite file) is logged, told on ``ausgabe``
    (a command's stderr) and reported as ``False``; it never undoes or fails the import:
    autovacuum or the next import catch up."""
    verbindung = connections[using]
    tabellen = set()
    for modell in modelle:
        tabellen.add(modell._meta.db_table)
        for feld in modell._meta.local_many_to_many:
            if feld.remote_field.through._meta.auto_created:
                tabellen.add(feld.remote_field.through._meta.db_table)
    try:
        with verbindung.cursor() as cursor:
            for tabelle in sorted(tabellen):
                cursor.execute(f"ANALYZE {verbindung.ops.quote_name(tabelle)}")
    except DatabaseError as fehler:
        logger.warning("ANALYZE nach dem Import fehlgeschlagen: %s", fehler)
        if ausgabe is not None:
            ausgabe.write(WARNUNG)
        return False
    return True
