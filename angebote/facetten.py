"""Facet counts for the current result set, and its size, from one aggregate query.

The result ids are computed once (a materialised CTE, so the text filter runs once, not six
times) and every facet is a GROUP BY over a link table joined to them. The names come from
the small tables, sorted by the database like before (count descending, then name).
Queries: one for the counts, one per facet for its objects; constant in the number of hits.
"""

from django.db import connections
from django.db.models import Case, IntegerField, Value, When

from sozialraum.models import Sozialraum
from traeger.models import Einrichtung, Traeger

from .models import Angebot, Kategorie, Sprache, Zielgruppe

GRENZEN = {"sprache": 12, "gebiet": 12, "traeger": 10}


LINKS = {"kategorien": "kategorie", "zielgruppen": "zielgruppe", "sprachen": "sprache"}


def _sql(verbindung, innen: str) -> str:
    q = verbindung.ops.quote_name

    def tabelle(model):
        return q(model._meta.db_table)

    def link(feld):
        through = getattr(Angebot, feld).through
        spalte = through._meta.get_field(LINKS.get(feld, "einrichtung"))
        return tabelle(through), q(spalte.column), q(through._meta.get_field("angebot").column)

    teile = ["SELECT 'gesamt', NULL, COUNT(*) FROM treffer"]
    for feld, name in LINKS.items():
        t, spalte, angebot = link(feld)
        teile.append(
            f"SELECT '{name}', CAST(l.{spalte} AS TEXT), COUNT(*) FROM {t} l "
            f"INNER JOIN treffer ON treffer.id = l.{angebot} GROUP BY l.{spalte}"
        )
    t, ort, angebot = link("einrichtungen")
    sozialraum = q(Einrichtung._meta.get_field("sozialraum").column)
    teile.append(
        f"SELECT 'gebiet', CAST(e.{sozialraum} AS TEXT), COUNT(DISTINCT l.{angebot}) FROM {t} l "
        f"INNER JOIN treffer ON treffer.id = l.{angebot} "
        f"INNER JOIN {tabelle(Einrichtung)} e ON e.{q('id')} = l.{ort} "
        f"WHERE e.{sozialraum} IS NOT NULL GROUP BY e.{sozialraum}"
    )
    name = q(Traeger._meta.get_field("name").column)
    teile.append(
        f"SELECT * FROM (SELECT 'traeger', CAST(t.{q('id')} AS TEXT), COUNT(*) FROM treffer "
        f"INNER JOIN {tabelle(Traeger)} t ON t.{q('id')} = treffer.traeger_id "
        f"GROUP BY t.{q('id')}, t.{name} ORDER BY 3 DESC, t.{name} LIMIT {GRENZEN['traeger']}) x"
    )
    materialisiert = "MATERIALIZED " if _materialisiert(verbindung) else ""
    return f"WITH treffer (id, traeger_id) AS {materialisiert}({innen}) " + " UNION ALL ".join(
        f"SELECT * FROM ({t}) f{i}" for i, t in enumerate(teile)
    )


def _materialisiert(verbindung) -> bool:
    if verbindung.vendor == "postgresql":
        return True
    if verbindung.vendor == "sqlite":
        return verbindung.Database.sqlite_version_info >= (3, 35)
    return False


def _sortiert(queryset, zaehler: dict, grenze: int | None = None) -> list:
    """The objects with ``n``, ordered by the database: count descending, then name."""
    if not zaehler:
        return []
    n = Case(
        *[When(pk=pk, then=Value(wert)) for pk, wert in zaehler.items()],
        output_field=IntegerField(),
    )
    qs = queryset.filter(pk__in=list(zaehler)).annotate(n=n).order_by("-n", "name")
    return list(qs[:grenze] if grenze else qs)


def facetten_zaehlen(treffer) -> dict:
    """``{"gesamt": int, "kategorie": [...], "zielgruppe": …, "sprache", "gebiet", "traeger"}``."""
    verbindung = connections[treffer.db]
    innen, params = treffer.order_by().values_list("pk", "traeger_id").query.sql_with_params()
    zaehler: dict[str, dict] = {k: {} for k in (*LINKS.values(), "gebiet", "traeger")}
    gesamt = 0
    with verbindung.cursor() as cursor:
        cursor.execute(_sql(verbindung, innen), params)
        for art, schluessel, n in cursor.fetchall():
            if art == "gesamt":
                gesamt = n
            elif art == "sprache":
                zaehler[art][schluessel] = n
            else:
                zaehler[art][int(schluessel)] = n
    return {
        "gesamt": gesamt,
        "kategorie": _sortiert(Kategorie.objects.all(), zaehler["kategorie"]),
        "zielgruppe": _sortiert(Zielgruppe.objects.all(), zaehler["zielgruppe"]),
        "sprache": _sortiert(Sprache.objects.all(), zaehler["sprache"], GRENZEN["sprache"]),
        "gebiet": _sortiert(Sozialraum.objects.all(), zaehler["gebiet"], GRENZEN["gebiet"]),
        "traeger": _sortiert(Traeger.objects.all(), zaehler["traeger"], GRENZEN["traeger"]),
    }
