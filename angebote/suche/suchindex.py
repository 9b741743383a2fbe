"""Keeps the denormalised search fields of offers current (see search.py), and the
vocabulary with the parts of its compounds.

Built from plain rows (``values_list``), not model instances, in chunks of a few thousand
offers: the small tables (Kategorien, Zielgruppen, Sprachen, Sozialräume) are read once, the
links per chunk, so that ``reindex()`` of 100,000 offers takes seconds, not minutes.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable

from django.db import connections, router, transaction
from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce, Greatest

from sozialraum.models import Sozialraum
from sozialraum.werkzeuge.datenstand import stand_erhoehen
from sozialraum.werkzeuge.suchtext import gekoppelt, normalisieren

from ..models import (
    FELD_BITS,
    ORT_IM_TITEL,
    Angebot,
    Kategorie,
    Sprache,
    Suchwort,
    Vorkommen,
    Wortteil,
    Zielgruppe,
)
from .woerterbuch import formen, zerlegen

STUECK = 2000
# Rows per INSERT of postings (3 parameters each: within SQLite's and psycopg's limits).
ZEILEN_JE_INSERT = 1000
# The bits of the four search columns, in the order reindex() writes them.
BITS = tuple(FELD_BITS.values())
TITEL = FELD_BITS["suchtitel"]


def _namen(model) -> dict:
    """pk → name, in the model's default ordering (the order of the names in the text)."""
    return dict(model.objects.values_list("pk", "name"))


def _verknuepft(feld: str, spalte: str, ids: list[int], rang: dict) -> dict[int, list]:
    """Per offer the linked pks of an m2m field, sorted like the related model."""
    paare = getattr(Angebot, feld).through.objects.filter(angebot_id__in=ids)
    ergebnis = defaultdict(list)
    for angebot_id, wert in paare.values_list("angebot_id", spalte):
        ergebnis[angebot_id].append(wert)
    for werte in ergebnis.values():
        werte.sort(key=lambda w: rang.get(w, len(rang)))
    return ergebnis


def facettenschluessel(links: dict[str, list], sozialraeume, jugendaemter=()) -> str:
    """The facet keys of one offer (see ``Angebot.facetten``), sorted and space-separated:
    its links, and the Sozialräume and Jugendämter of its places."""
    schluessel = {f"k{pk}" for pk in links.get("kategorien", ())}
    schluessel |= {f"z{pk}" for pk in links.get("zielgruppen", ())}
    schluessel |= {f"s:{code}" for code in links.get("sprachen", ())}
    schluessel |= {f"g{pk}" for pk in sozialraeume if pk is not None}
    schluessel |= {f"j{pk}" for pk in jugendaemter if pk is not None}
    return " ".join(sorted(schluessel))


def _schreiben(zeilen: list[tuple[str, str, str, str, str, int]]) -> None:
    """One parametrised UPDATE per row, sent as a batch (executemany): much cheaper than
    bulk_update's CASE expressions, and on PostgreSQL psycopg pipelines the batch."""
    verbindung = connections[router.db_for_write(Angebot)]
    q = verbindung.ops.quote_name
    meta = Angebot._meta
    sql = (
        f"UPDATE {q(meta.db_table)} SET {q('suchtitel')} = %s, {q('suchschlagworte')} = %s, "
        f"{q('suchtext')} = %s, {q('suchnamen')} = %s, {q('facetten')} = %s "
        f"WHERE {q(meta.pk.column)} = %s"
    )
    with verbindung.cursor() as cursor:
        cursor.executemany(sql, zeilen)


def vorkommen(
    felder: Iterable[str], gekoppelte: Iterable[Iterable[str]] = ((), (), (), ())
) -> dict[str, int]:
    """Word → the bits of the fields (``FELD_BITS``, in that order) holding it, of one
    offer's four normalised search fields and, per field, its hyphenated compounds as one
    word each (``gekoppelte``: "Eltern-Kind-Gruppe" is "eltern", "kind", "gruppe" and
    "elternkindgruppe"): its rows of :class:`Vorkommen`."""
    ergebnis: dict[str, int] = {}
    for bit, text, extra in zip(BITS, felder, gekoppelte, strict=True):
        for wort in (*text.split(), *extra):
            if 2 <= len(wort) <= 100:
                ergebnis[wort] = ergebnis.get(wort, 0) | bit
    return ergebnis


# Before the place a title names: "… im Jugendtreff am Teich", "… beim Kinder- und
# Jugendnotdienst", "… auf dem Kinderbauernhof Mühlenbach" (normalised).
ORTSWOERTER = frozenset(
    [
        "im",
        "in",
        "der",
        "dem",
        "den",
        "des",
        "ins",
        "beim",
        "bei",
        "am",
        "an",
        "auf",
        "vom",
        "von",
        "zum",
        "zur",
    ]
)


def _gleich(im_titel: str, im_namen: str) -> bool:
    """A word of a title and a word of a place's name: the same, or a form of it."""
    return im_titel == im_namen or im_titel in formen(im_namen)


def ort_im_titel(titel: str, orte: Iterable[str]) -> set[str]:
    """The words of ``titel`` that only name the place the offer runs at (one of ``orte``,
    the names of its Einrichtungen): the title's end, if it is the start of such a name
    after a word like "im" or "in der", and something comes before ("Babymassage in der
    Hebammenpraxis Storchennest": "hebammenpraxis", "storchennest"), with its hyphenated
    compounds. A title that is the place's name ("Jugendtreff am Teich") names no place:
    it is the offer's title. A word also in the rest of the title is not among them. The
    title may inflect the name ("Sport-AG bei der Mobilen Jugendarbeit" at the "Mobile
    Jugendarbeit des Jugendamts")."""
    woerter = normalisieren(titel).split()
    laenge = 0
    for name in orte:
        teile = normalisieren(name).split()
        for k in range(min(len(teile), len(woerter) - 2), laenge, -1):
            davor = woerter[: -k - 1]
            if (
                all(map(_gleich, woerter[-k:], teile[:k]))
                and woerter[-k - 1] in ORTSWOERTER
                and any(w not in ORTSWOERTER for w in davor)
            ):
                laenge = k
                break
    if not laenge:
        return set()
    vorne, ort = woerter[:-laenge], woerter[-laenge:]
    vorne_zusammen, ort_zusammen = "".join(vorne), "".join(ort)
    gekoppelte = gekoppelt(titel)
    im_ort = set(ort) | {w for w in gekoppelte if w in ort_zusammen}
    davor = set(vorne) | {w for w in gekoppelte if w in vorne_zusammen}
    return im_ort - davor


def vorkommen_schreiben(verbindung, zeilen: list[tuple[int, str, int]]) -> None:
    """Insert postings (offer id, word, bits), a thousand rows per statement."""
    if not zeilen:
        return
    q = verbindung.ops.quote_name
    kopf = (
        f"INSERT INTO {q(Vorkommen._meta.db_table)} "
        f"({q('angebot_id')}, {q('wort')}, {q('felder')}) VALUES "
    )
    with verbindung.cursor() as cursor:
        for i in range(0, len(zeilen), ZEILEN_JE_INSERT):
            stueck = zeilen[i : i + ZEILEN_JE_INSERT]
            cursor.execute(
                kopf + ", ".join(["(%s, %s, %s)"] * len(stueck)),
                [wert for zeile in stueck for wert in zeile],
            )


def reindex(angebote: Iterable[int] | None = None, postings: bool = True) -> int:
    """Recompute search texts, postings (:class:`Vorkommen`) and facet keys (of the given
    offer ids, or of all), extend the vocabulary and record a new search state
    (sozialraum/werkzeuge/datenstand.py). ``postings=False``: not the postings (migration
    0015 runs this before their table exists; migration 0026 fills it)."""
    queryset = Angebot.objects.order_by("pk")
    if angebote is not None:
        gewuenscht = list(angebote)
        if not gewuenscht:
            return 0
        queryset = queryset.filter(pk__in=gewuenscht)
    tabellen = {
        "kategorien": ("kategorie_id", _namen(Kategorie)),
        "zielgruppen": ("zielgruppe_id", _namen(Zielgruppe)),
        "sprachen": ("sprache_id", _namen(Sprache)),
        "sozialraeume": ("sozialraum_id", _namen(Sozialraum)),
    }
    raenge = {feld: {pk: i for i, pk in enumerate(namen)} for feld, (_s, namen) in tabellen.items()}
    orte_through = Angebot.einrichtungen.through.objects
    anzahl = 0
    letzte = 0
    woerter: set[str] = set()
    # Postings per word gained (or lost) by the offers rewritten: Suchwort.anzahl.
    aenderung: Counter[str] = Counter()
    verbindung = connections[router.db_for_write(Angebot)]
    with transaction.atomic():
        if postings and angebote is None:
            Vorkommen.objects.all().delete()
        while True:
            zeilen = list(
                queryset.filter(pk__gt=letzte).values_list(
                    "pk",
                    "titel",
                    "beschreibung",
                    "traeger__name",
                    "zeiten_hinweis",
                    "kosten_hinweis",
                )[:STUECK]
            )
            if not zeilen:
                break
            ids = [z[0] for z in zeilen]
            namen_der_orte = defaultdict(list)
            orte_sozialraeume = defaultdict(list)
            orte_jugendaemter = defaultdict(list)
            for angebot_id, sozialraum_id, jugendamt_id, name in (
                orte_through.filter(angebot_id__in=ids)
                .order_by("einrichtung__name", "einrichtung_id")
                .values_list(
                    "angebot_id",
                    "einrichtung__sozialraum_id",
                    "einrichtung__jugendamt_id",
                    "einrichtung__name",
                )
            ):
                namen_der_orte[angebot_id].append(name)
                orte_sozialraeume[angebot_id].append(sozialraum_id)
                orte_jugendaemter[angebot_id].append(jugendamt_id)
            links = {
                feld: _verknuepft(feld, spalte, ids, raenge[feld])
                for feld, (spalte, _namen_) in tabellen.items()
            }
            neu = []
            posten = []
            for pk, titel, beschreibung, traeger, zeiten, kosten in zeilen:
                schlagworte = [
                    tabellen[feld][1][w]
                    for feld in ("kategorien", "zielgruppen")
                    for w in links[feld].get(pk, ())
                    if w in tabellen[feld][1]
                ]
                quellen = [
                    titel,
                    " ".join(schlagworte),
                    " ".join(t for t in (beschreibung, zeiten, kosten) if t),
                    " ".join([traeger or "", *namen_der_orte.get(pk, ())]),
                ]
                felder = [normalisieren(q) for q in quellen]
                facetten = facettenschluessel(
                    {feld: links[feld].get(pk, ()) for feld in tabellen},
                    orte_sozialraeume.get(pk, ()),
                    orte_jugendaemter.get(pk, ()),
                )
                neu.append((*felder, facetten, pk))
                je_wort = vorkommen(felder, [gekoppelt(q) for q in quellen])
                for wort in ort_im_titel(titel, namen_der_orte.get(pk, ())):
                    if je_wort.get(wort, 0) & TITEL:
                        je_wort[wort] = je_wort[wort] & ~TITEL | ORT_IM_TITEL
                woerter.update(je_wort)
                aenderung.update(je_wort.keys())
                posten.extend((pk, wort, bits) for wort, bits in je_wort.items())
            _schreiben(neu)
            if postings:
                if angebote is not None:
                    alte = Vorkommen.objects.filter(angebot_id__in=ids)
                    aenderung.subtract(alte.values_list("wort", flat=True))
                    alte.delete()
                vorkommen_schreiben(verbindung, posten)
            anzahl += len(zeilen)
            letzte = ids[-1]
        vokabular_ergaenzen(woerter)
        if postings and angebote is None:
            worthaeufigkeit_zaehlen()
        elif postings:
            _worthaeufigkeit_anpassen(aenderung)
        stand_erhoehen()  # cached search results of the old texts are void
    return anzahl


def vokabular_ergaenzen(woerter: set[str]) -> int:
    """Add the new ones of ``woerter`` to the vocabulary, with the parts of the compounds
    among them (woerterbuch.zerlegen); return how many were new."""
    bekannt = set()
    liste = sorted(woerter)
    for i in range(0, len(liste), 2000):
        bekannt.update(
            Suchwort.objects.filter(wort__in=liste[i : i + 2000]).values_list("wort", flat=True)
        )
    neu = [w for w in liste if w not in bekannt]
    if not neu:
        return 0
    Suchwort.objects.bulk_create(
        [Suchwort(wort=w) for w in neu], ignore_conflicts=True, batch_size=1000
    )
    zerlegt = {w: teile for w in neu if (teile := zerlegen(w))}
    if zerlegt:
        ids = {}
        woerter_mit_teilen = list(zerlegt)
        for i in range(0, len(woerter_mit_teilen), 2000):
            ids.update(
                Suchwort.objects.filter(wort__in=woerter_mit_teilen[i : i + 2000]).values_list(
                    "wort", "pk"
                )
            )
        Wortteil.objects.bulk_create(
            [
                Wortteil(teil=teil, wort_id=ids[wort])
                for wort, teile in zerlegt.items()
                if wort in ids
                for teil in dict.fromkeys(teile)
            ],
            ignore_conflicts=True,
            batch_size=1000,
        )
    return len(neu)


def wortteile_neu_bestimmen() -> int:
    """Split every vocabulary word again (after a change to woerterbuch.zerlegen): the
    parts of the compounds (:class:`Wortteil`) replaced in one transaction, the search state
    renewed. Returns how many parts there are now."""
    with transaction.atomic():
        Wortteil.objects.all().delete()
        anzahl = 0
        letzte = 0
        while True:
            woerter = list(
                Suchwort.objects.filter(pk__gt=letzte)
                .order_by("pk")
                .values_list("pk", "wort")[:STUECK]
            )
            if not woerter:
                break
            teile = [
                Wortteil(teil=teil, wort_id=pk)
                for pk, wort in woerter
                for teil in dict.fromkeys(zerlegen(wort))
            ]
            Wortteil.objects.bulk_create(teile, ignore_conflicts=True, batch_size=1000)
            anzahl += len(teile)
            letzte = woerter[-1][0]
        stand_erhoehen()
    return anzahl


def worthaeufigkeit_zaehlen() -> None:
    """Count every vocabulary word's postings (``Suchwort.anzahl``), one count per word
    through the index on (wort, …)."""
    je_wort = (
        Vorkommen.objects.filter(wort=OuterRef("wort"))
        .order_by()
        .values("wort")
        .annotate(n=Count("*"))
        .values("n")
    )
    Suchwort.objects.update(anzahl=Coalesce(Subquery(je_wort), 0))


def _worthaeufigkeit_anpassen(aenderung: Counter[str]) -> None:
    """Add each word's gain in postings to ``Suchwort.anzahl`` (one UPDATE per distinct
    gain, mostly +1 and -1)."""
    je_wert: dict[int, list[str]] = defaultdict(list)
    for wort, wert in aenderung.items():
        if wert:
            je_wert[wert].append(wort)
    for wert, liste in je_wert.items():
        for i in range(0, len(liste), 2000):
            Suchwort.objects.filter(wort__in=liste[i : i + 2000]).update(
                anzahl=Greatest(F("anzahl") + wert, 0)
            )
