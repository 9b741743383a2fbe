"""Facet counts for the current result set, and its size, from one aggregate query.

The result ids are computed once (a materialised CTE, so the text filter runs once) and the
facets are counted from it in one statement, differently per database (each measured at
100,000 offers, bench/RESULTS.md):

* PostgreSQL: each offer carries its facet keys (``Angebot.facetten``: "k<Kategorie>
  z<Zielgruppe> s:<Sprache> g<Sozialraum>", kept current by suchindex.py); one GROUP BY
  over the split keys counts the four link facets in a single pass over the results,
  instead of joining four link tables (130k–300k rows each) to them.
* SQLite, which has no cheap way to split a string into rows: one GROUP BY per link table
  joined to the results.

The Träger facet groups the results directly. The names come from the small tables, sorted
by the database (count descending, then name). Queries: one for the counts, one per facet
for its objects; constant in the number of hits.

The link facets are the search's link filters (filters.VERKNUEPFUNGEN): a facet per filter,
of its name, over its link table, linking by the value the filter takes.
"""

from django.db import connections, models

from sozialraum.models import Jugendamt, Sozialraum, mehrere_jugendaemter
from traeger.models import Einrichtung, Traeger

from ..filters import VERKNUEPFUNGEN
from ..models import Angebot

GRENZEN = {"sprache": 12, "gebiet": 12, "traeger": 10, "jugendamt": 20}
# The facet keys as suchindex.facettenschluessel writes them (PostgreSQL counts those).
VORSILBEN = (
    ("s:", "sprache"),
    ("k", "kategorie"),
    ("z", "zielgruppe"),
    ("g", "gebiet"),
    ("j", "jugendamt"),
)
# Facet → the model it counts: the link filters' models, then the areas and the Träger.
MODELLE: dict[str, type[models.Model]] = {
    **{name: filter_.queryset.model for name, filter_ in VERKNUEPFUNGEN.items()},
    "gebiet": Sozialraum,
    "jugendamt": Jugendamt,
    "traeger": Traeger,
}


def _ueber_schluessel() -> list[str]:
    """PostgreSQL: the facet keys of the results, split into rows and counted."""
    return [
        "SELECT 'schluessel', s.f, COUNT(*) FROM "
        "(SELECT unnest(string_to_array(treffer.facetten, ' ')) AS f FROM treffer) AS s "
        "GROUP BY s.f"
    ]


def _ueber_verknuepfungen(verbindung, ebenen=("sozialraum",)) -> list[str]:
    """Other databases: each link table joined to the results; the places' areas of the
    ``ebenen`` given (``jugendamt`` only where there are several)."""
    q = verbindung.ops.quote_name

    def link(feld):
        """The link table of the m2m field, its column of the other side, its offer column."""
        m2m = Angebot._meta.get_field(feld)
        return q(m2m.m2m_db_table()), q(m2m.m2m_reverse_name()), q(m2m.m2m_column_name())

    # SQLite takes CROSS JOIN as "this order": the results outside, the link table probed by
    # its (angebot, …) index; left to itself it scans the whole link table even for 3 hits.
    verbinden = "CROSS JOIN" if verbindung.vendor == "sqlite" else "INNER JOIN"
    teile = []
    for name, filter_ in VERKNUEPFUNGEN.items():
        t, spalte, angebot = link(filter_.field_name)
        teile.append(
            f"SELECT '{name}', CAST(l.{spalte} AS TEXT), COUNT(*) FROM treffer "
            f"{verbinden} {t} l ON l.{angebot} = treffer.id GROUP BY l.{spalte}"
        )
    t, ort, angebot = link("einrichtungen")
    for ebene in ebenen:
        facette = "gebiet" if ebene == "sozialraum" else ebene
        spalte = q(Einrichtung._meta.get_field(ebene).column)
        teile.append(
            f"SELECT '{facette}', CAST(e.{spalte} AS TEXT), COUNT(DISTINCT l.{angebot}) "
            f"FROM treffer {verbinden} {t} l ON l.{angebot} = treffer.id "
            f"INNER JOIN {q(Einrichtung._meta.db_table)} e ON e.{q('id')} = l.{ort} "
            f"WHERE e.{spalte} IS NOT NULL GROUP BY e.{spalte}"
        )
    return teile


# The search's sort orders (search.SORTIERUNGEN) over the columns of ``treffer``.
ORDNUNGEN = {
    "relevanz": "rang DESC, geprueft DESC NULLS LAST, id DESC",
    "name": "titel ASC, id ASC",
    "aktualitaet": "geprueft DESC NULLS LAST, id DESC",
}


def _erste_seite(sortierung: str, anzahl: int) -> str:
    """The first page's ids with their place, sorted as the search sorts (top-N, then
    numbered): the result list needs no second pass over the hits."""
    ordnung = ORDNUNGEN.get(sortierung, ORDNUNGEN["relevanz"])
    return (
        f"SELECT 'seite', CAST(id AS TEXT), ROW_NUMBER() OVER (ORDER BY {ordnung}) FROM "
        f"(SELECT id, rang, titel, geprueft FROM treffer ORDER BY {ordnung} LIMIT {int(anzahl)}) s"
    )


def _sql(
    verbindung, innen: str, seite: tuple[str, int] | None = None, ebenen=("sozialraum",)
) -> str:
    q = verbindung.ops.quote_name
    traeger = q(Traeger._meta.db_table)
    name = q(Traeger._meta.get_field("name").column)
    verbinden = "CROSS JOIN" if verbindung.vendor == "sqlite" else "INNER JOIN"
    teile = [
        "SELECT 'gesamt', NULL, COUNT(*) FROM treffer",
        *(
            _ueber_schluessel()
            if verbindung.vendor == "postgresql"
            else _ueber_verknuepfungen(verbindung, ebenen)
        ),
        f"SELECT * FROM (SELECT 'traeger', CAST(t.{q('id')} AS TEXT), COUNT(*) FROM treffer "
        f"{verbinden} {traeger} t ON t.{q('id')} = treffer.traeger_id "
        f"GROUP BY t.{q('id')}, t.{name} ORDER BY 3 DESC, t.{name} LIMIT {GRENZEN['traeger']}) x",
    ]
    spalten = "id, traeger_id, facetten"
    if seite:
        teile.append(_erste_seite(*seite))
        spalten += ", rang, titel, geprueft"
    materialisiert = "MATERIALIZED " if _materialisiert(verbindung) else ""
    return f"WITH treffer ({spalten}) AS {materialisiert}({innen}) " + " UNION ALL ".join(
        f"SELECT * FROM ({t}) f{i}" for i, t in enumerate(teile)
    )


def _materialisiert(verbindung) -> bool:
    if verbindung.vendor == "postgresql":
        return True
    if verbindung.vendor == "sqlite":
        return verbindung.Database.sqlite_version_info >= (3, 35)
    return False


def _sortiert(queryset, zaehler: dict, grenze: int | None = None) -> list:
    """The objects with ``n``: count descending, then name as the database sorts names.

    The database orders by name (its collation: umlauts where a German reader expects
    them); Python's stable sort by count keeps that order among equal counts. The same
    order as ``ORDER BY n DESC, name`` without sending every count into the query as a
    ``CASE`` (which cost more than the counting for the 120 Sozialräume of a city).
    """
    if not zaehler:
        return []
    objekte = list(queryset.filter(pk__in=list(zaehler)).order_by("name", "pk"))
    for obj in objekte:
        obj.n = zaehler[obj.pk]
    objekte.sort(key=lambda obj: -obj.n)
    return objekte[:grenze] if grenze else objekte


def _schluessel(facette: str, text: str):
    """A counted key as the facet's model has it: a number, or text (Sprache: its code)."""
    return int(text) if isinstance(MODELLE[facette]._meta.pk, models.IntegerField) else text


def facetten_zaehlen(treffer, seite: tuple[str, int] | None = None) -> dict:
    """``{"gesamt": int, "kategorie": [...], "zielgruppe": …, "sprache", "gebiet", "traeger"}``.

    ``seite=(sortierung, n)``: also the ids of the first ``n`` hits in that order, as
    ``"erste_seite": {"sortierung": …, "ids": […]}``, from the same pass over the hits
    (``treffer`` from ``search.suchen``, which annotates ``rang``).
    """
    verbindung = connections[treffer.db]
    spalten = ["pk", "traeger_id", "facetten"]
    if seite:
        spalten += ["rang", "titel", "zuletzt_geprueft"]
    innen, params = treffer.order_by().values_list(*spalten).query.sql_with_params()
    zaehler: dict[str, dict] = {facette: {} for facette in MODELLE}
    gesamt = 0
    erste: dict[int, int] = {}
    # The Jugendamt facet only where there are several (Berlin's Bezirke, a Land).
    mehrere = mehrere_jugendaemter()
    ebenen = ("sozialraum", "jugendamt") if mehrere else ("sozialraum",)
    with verbindung.cursor() as cursor:
        cursor.execute(_sql(verbindung, innen, seite, ebenen), params)
        for art, schluessel, n in cursor.fetchall():
            if art == "gesamt":
                gesamt = n
            elif art == "seite":
                erste[n] = int(schluessel)
            elif art in zaehler:
                zaehler[art][_schluessel(art, schluessel)] = n
            else:
                for vorsilbe, facette in VORSILBEN:
                    if schluessel.startswith(vorsilbe):
                        wert = _schluessel(facette, schluessel[len(vorsilbe) :])
                        zaehler[facette][wert] = n
                        break
    # Only what the facet lists show: no boundaries, no descriptions; the link facets with
    # the value their filter takes (?kategorie=<slug>, ?sprache=<code>).
    ergebnis = {"gesamt": gesamt}
    for name, filter_ in VERKNUEPFUNGEN.items():
        objekte = MODELLE[name]._default_manager.only("name", filter_.wertfeld)
        ergebnis[name] = _sortiert(objekte, zaehler[name], GRENZEN.get(name))
    ergebnis["gebiet"] = _sortiert(
        Sozialraum.objects.only("name", "schluessel"), zaehler["gebiet"], GRENZEN["gebiet"]
    )
    ergebnis["jugendamt"] = (
        _sortiert(
            Jugendamt.objects.only("name", "schluessel"),
            zaehler["jugendamt"],
            GRENZEN["jugendamt"],
        )
        if mehrere
        else []
    )
    ergebnis["traeger"] = _sortiert(
        Traeger.objects.only("name"), zaehler["traeger"], GRENZEN["traeger"]
    )
    if seite:
        ergebnis["erste_seite"] = {"sortierung": seite[0], "ids": [erste[i] for i in sorted(erste)]}
    return ergebnis
