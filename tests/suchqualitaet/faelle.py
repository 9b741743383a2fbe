"""The case format of the search-quality suite, the offer patterns, and the evaluation.

A case (:class:`Fall`) is one query as a Fachkraft types it and what she expects from the
result list, written from her point of view (issue #15), not from what the search does today:

* ``top3``: patterns of offers that must rank among the first three results. A pattern that
  matches one offer: that offer is in the top 3. A pattern matching n offers: at least
  min(3, n) of the first three results match it (``T("Hausaufgabenbetreuung")`` in ``top3``:
  the first three results are Hausaufgabenbetreuung offers).
* ``gefunden``: every offer matching these patterns is found (anywhere in the list).
* ``nicht``: no offer matching these patterns is found.
* ``vor``: pairs (A, B): every offer of A is found and ranks above every found offer of B
  ("exact above synonym", "title above description").
* ``leer``: the query must find nothing at all.
* ``relevant``: for precision@5 only (see below); default: ``top3`` and ``gefunden``.
* ``warum``: one line, what the Fachkraft means and why the expectation follows.
* ``thema``: the kind of case (Synonym, Beugung, Kompositum, Infix, Tippfehler, …), for the
  per-theme table of the runner.

Offers are named by patterns over stable fields of the published offers (the demo city is
planned from a fixed seed, Berlin's offers come from its open-data files), never by pk:

* a plain string is an exact title (demo titles are unique);
* ``T("…")`` title contains, ``B("…")`` description contains, ``O("…")`` an Einrichtung's
  name contains, ``TR("…")`` the Träger's name contains (all case-insensitive);
* ``S("ar")`` held in a language, ``K("Bildung")`` Kategorie, ``Z("Kinder")`` Zielgruppe
  (exact names);
* combined with ``&``, ``|`` and ``~``.

A pattern that matches no offer makes the case fail with "Fall fehlerhaft" (the data changed
under the case), so that no case passes vacuously.

Metrics (``bench/suchqualitaet.py``), per case, then averaged over the cases that define them:

* precision@5: the share of the first five results (fewer if fewer were found) that are
  relevant; relevant = ``relevant`` if given, else ``top3`` ∪ ``gefunden``. Cases that
  expect nothing (``leer``, only ``nicht``) and cases whose search found nothing have none.
* recall: found / expected, expected = ``top3`` ∪ ``gefunden``.
* Fehlgriffe: cases that found an offer of ``nicht`` (or anything, for ``leer``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------------------
# The offers as the cases see them


@dataclass(frozen=True)
class Eintrag:
    pk: int
    titel: str
    beschreibung: str
    traeger: str
    orte: tuple[str, ...]
    sprachen: tuple[str, ...]
    kategorien: tuple[str, ...]
    zielgruppen: tuple[str, ...]
    # Not free text (issue #15): areas, addresses and phone numbers are filters or contact
    # details; the cases use them to say what a query must NOT find through them.
    gebiete: tuple[str, ...] = ()
    adressen: tuple[str, ...] = ()
    telefon: tuple[str, ...] = ()

    @property
    def freitext(self) -> str:
        """Every text the search may legitimately match, lower case."""
        return "\n".join(
            (
                self.titel,
                self.beschreibung,
                self.traeger,
                *self.orte,
                *self.kategorien,
                *self.zielgruppen,
            )
        ).casefold()


class Bestand:
    """The published offers, read once; patterns are resolved against it."""

    def __init__(self, eintraege: Iterable[Eintrag]):
        self.eintraege = {e.pk: e for e in eintraege}
        self._cache: dict[str, frozenset[int]] = {}

    @classmethod
    def laden(cls) -> Bestand:
        from angebote.models import Angebot

        angebote = (
            Angebot.objects.veroeffentlicht()
            .select_related("traeger")
            .prefetch_related(
                "sprachen",
                "kategorien",
                "zielgruppen",
                "sozialraeume",
                "einrichtungen__quartier",
                "einrichtungen__sozialraum",
                "einrichtungen__regionalraum",
                "einrichtungen__jugendamt",
            )
            .order_by("pk")
        )

        def gebiete(a) -> tuple[str, ...]:
            namen = {s.name for s in a.sozialraeume.all()}
            for e in a.einrichtungen.all():
                for ebene in (e.quartier, e.sozialraum, e.regionalraum, e.jugendamt):
                    if ebene is not None:
                        namen.add(ebene.name)
            return tuple(sorted(namen))

        return cls(
            Eintrag(
                pk=a.pk,
                titel=a.titel,
                beschreibung=a.beschreibung,
                traeger=a.traeger.name,
                orte=tuple(e.name for e in a.einrichtungen.all()),
                sprachen=tuple(s.code for s in a.sprachen.all()),
                kategorien=tuple(k.name for k in a.kategorien.all()),
                zielgruppen=tuple(z.name for z in a.zielgruppen.all()),
                gebiete=gebiete(a),
                adressen=tuple(
                    f"{e.strasse}, {e.plz} {e.ort}".strip(", ") for e in a.einrichtungen.all()
                ),
                telefon=tuple(
                    t for t in (a.telefon, *(e.telefon for e in a.einrichtungen.all())) if t
                ),
            )
            for a in angebote
        )

    def treffer(self, muster: Muster) -> frozenset[int]:
        if muster.text not in self._cache:
            self._cache[muster.text] = frozenset(
                pk for pk, e in self.eintraege.items() if muster.passt(e)
            )
        return self._cache[muster.text]

    def titel(self, pk: int) -> str:
        e = self.eintraege.get(pk)
        return e.titel if e else f"(Angebot {pk}, nicht veröffentlicht)"


# ---------------------------------------------------------------------------------------
# Patterns


@dataclass(frozen=True)
class Muster:
    text: str
    passt: Callable[[Eintrag], bool] = field(compare=False, repr=False)

    def __and__(self, other: Muster) -> Muster:
        other = muster(other)
        return Muster(f"({self.text} und {other.text})", lambda e: self.passt(e) and other.passt(e))

    def __or__(self, other: Muster) -> Muster:
        other = muster(other)
        return Muster(f"({self.text} oder {other.text})", lambda e: self.passt(e) or other.passt(e))

    def __invert__(self) -> Muster:
        return Muster(f"nicht {self.text}", lambda e: not self.passt(e))

    def __str__(self) -> str:
        return self.text


def muster(wert: Muster | str) -> Muster:
    """A plain string is an exact title."""
    if isinstance(wert, Muster):
        return wert
    return Muster(f"„{wert}“", lambda e: e.titel == wert)


def T(teil: str) -> Muster:
    t = teil.casefold()
    return Muster(f"Titel ∋ „{teil}“", lambda e: t in e.titel.casefold())


def TW(wort: str) -> Muster:
    """The title holds ``wort`` as a word of its own (an abbreviation: "EKT", not the
    "ekt" of "Naturdetektive" or "Arbeitskollektiv")."""
    ausdruck = re.compile(rf"(?<!\w){re.escape(wort)}(?!\w)", re.IGNORECASE)
    return Muster(f"Titel ∋ Wort „{wort}“", lambda e: bool(ausdruck.search(e.titel)))


def B(teil: str) -> Muster:
    t = teil.casefold()
    return Muster(f"Beschreibung ∋ „{teil}“", lambda e: t in e.beschreibung.casefold())


def O(teil: str) -> Muster:  # noqa: E743 (O for Ort)
    t = teil.casefold()
    return Muster(f"Ort ∋ „{teil}“", lambda e: any(t in o.casefold() for o in e.orte))


def TR(teil: str) -> Muster:
    t = teil.casefold()
    return Muster(f"Träger ∋ „{teil}“", lambda e: t in e.traeger.casefold())


def G(name: str) -> Muster:
    """In an area of that exact name (any level, of its places or served)."""
    return Muster(f"Gebiet {name}", lambda e: name in e.gebiete)


def A(teil: str) -> Muster:
    """An Einrichtung's address contains (street, postcode, town)."""
    t = teil.casefold()
    return Muster(f"Adresse ∋ „{teil}“", lambda e: any(t in a.casefold() for a in e.adressen))


def NIRGENDS(regex: str) -> Muster:
    """The regular expression (case-insensitive) occurs in none of the texts the search may
    match (title, description, Träger, Einrichtungen, Kategorien, Zielgruppen): the offer has
    nothing to do with the word, so only an infix, a language, an area, an address or a bad
    correction could bring it up."""
    ausdruck = re.compile(regex, re.IGNORECASE)
    return Muster(f"ohne /{regex}/", lambda e: not ausdruck.search(e.freitext))


def S(code: str) -> Muster:
    return Muster(f"Sprache {code}", lambda e: code in e.sprachen)


def K(name: str) -> Muster:
    return Muster(f"Kategorie {name}", lambda e: name in e.kategorien)


def Z(name: str) -> Muster:
    return Muster(f"Zielgruppe {name}", lambda e: name in e.zielgruppen)


# ---------------------------------------------------------------------------------------
# Cases


@dataclass(frozen=True)
class Fall:
    anfrage: str
    top3: Sequence[Muster | str] = ()
    gefunden: Sequence[Muster | str] = ()
    nicht: Sequence[Muster | str] = ()
    vor: Sequence[tuple[Muster | str, Muster | str]] = ()
    leer: bool = False
    relevant: Muster | str | None = None
    warum: str = ""
    thema: str = ""

    @property
    def erwartet(self) -> list[Muster]:
        return [muster(m) for m in (*self.top3, *self.gefunden)]


def fall(anfrage: str, **kwargs) -> Fall:
    for schluessel in ("top3", "gefunden", "nicht", "vor"):
        wert = kwargs.get(schluessel)
        if isinstance(wert, (str, Muster)):
            kwargs[schluessel] = (wert,)
    return Fall(anfrage, **kwargs)


def kennungen(faelle: Sequence[Fall], praefix: str) -> list[str]:
    """Stable, readable test ids: prefix, theme and query (numbered when repeated)."""
    gesehen: dict[str, int] = {}
    ergebnis = []
    for f in faelle:
        basis = f"{praefix}:{f.thema or 'allgemein'}:{f.anfrage}"
        gesehen[basis] = gesehen.get(basis, 0) + 1
        ergebnis.append(basis if gesehen[basis] == 1 else f"{basis}#{gesehen[basis]}")
    return ergebnis


# ---------------------------------------------------------------------------------------
# Evaluation


@dataclass
class Bewertung:
    fall: Fall
    ergebnis: list[int]
    fehler: list[str] = field(default_factory=list)
    fehlerhaft: bool = False  # a pattern matches no offer: the case, not the search, is wrong
    praezision5: float | None = None
    recall: float | None = None
    fehlgriff: bool = False

    @property
    def bestanden(self) -> bool:
        return not self.fehler

    def bericht(self, bestand: Bestand, zeilen: int = 10) -> str:
        f = self.fall
        kopf = f"Suche „{f.anfrage}“ ({f.thema}): {len(self.ergebnis)} Treffer"
        if f.warum:
            kopf += f"\n  Warum: {f.warum}"
        teile = [kopf, *(f"  ✗ {text}" for text in self.fehler)]
        if self.ergebnis:
            teile.append(f"  Die ersten {min(zeilen, len(self.ergebnis))}:")
            teile += [
                f"    {i:>3}. {bestand.titel(pk)}"
                for i, pk in enumerate(self.ergebnis[:zeilen], start=1)
            ]
        return "\n".join(teile)


def _titelliste(bestand: Bestand, pks: Iterable[int], hoechstens: int = 4) -> str:
    pks = list(pks)
    namen = [f"„{bestand.titel(pk)}“" for pk in pks[:hoechstens]]
    if len(pks) > hoechstens:
        namen.append(f"… ({len(pks)} insgesamt)")
    return ", ".join(namen)


def bewerten(f: Fall, ergebnis: Sequence[int], bestand: Bestand) -> Bewertung:
    """Check one case against the ordered result pks of one search."""
    ergebnis = list(ergebnis)
    b = Bewertung(f, ergebnis)
    rang = {pk: i for i, pk in enumerate(ergebnis, start=1)}
    gefunden = set(ergebnis)

    def aufloesen(m) -> frozenset[int]:
        m = muster(m)
        treffer = bestand.treffer(m)
        if not treffer:
            b.fehlerhaft = True
            b.fehler.append(f"Fall fehlerhaft: {m} trifft kein veröffentlichtes Angebot")
        return treffer

    def wo(pk: int) -> str:
        return f"Rang {rang[pk]}" if pk in rang else "nicht gefunden"

    oben = set(ergebnis[:3])
    for m in f.top3:
        menge = aufloesen(m)
        noetig = min(3, len(menge))
        if menge and len(oben & menge) < noetig:
            if len(menge) == 1:
                (pk,) = menge
                b.fehler.append(f"unter den ersten 3 erwartet: „{bestand.titel(pk)}“ ({wo(pk)})")
            else:
                b.fehler.append(
                    f"unter den ersten 3 erwartet: {noetig} aus {muster(m)} "
                    f"({len(oben & menge)} davon oben; bester Rang "
                    f"{min((rang[pk] for pk in menge if pk in rang), default='–')})"
                )
    erwartet: set[int] = set()
    for m in (*f.top3, *f.gefunden):
        erwartet |= aufloesen(m)
    for m in f.gefunden:
        fehlt = sorted(aufloesen(m) - gefunden)
        if fehlt:
            b.fehler.append(
                f"nicht gefunden aus {muster(m)}: {len(fehlt)} von {len(aufloesen(m))}: "
                + _titelliste(bestand, fehlt)
            )
    for m in f.nicht:
        falsch = sorted(aufloesen(m) & gefunden, key=rang.get)
        if falsch:
            b.fehlgriff = True
            b.fehler.append(
                f"gefunden, obwohl nicht gemeint ({muster(m)}): "
                + ", ".join(f"„{bestand.titel(pk)}“ (Rang {rang[pk]})" for pk in falsch[:4])
                + (f" … ({len(falsch)} insgesamt)" if len(falsch) > 4 else "")
            )
    for a, z in f.vor:
        menge_a, menge_z = aufloesen(a), aufloesen(z)
        fehlt = menge_a - gefunden
        if fehlt:
            b.fehler.append(
                f"{muster(a)} soll vor {muster(z)} stehen, fehlt aber: "
                + _titelliste(bestand, sorted(fehlt))
            )
            continue
        letzter_a = max((rang[pk] for pk in menge_a), default=0)
        erster_z = min((rang[pk] for pk in menge_z if pk in rang), default=None)
        if erster_z is not None and erster_z < letzter_a:
            b.fehler.append(
                f"{muster(a)} soll vor {muster(z)} stehen: „{bestand.titel(ergebnis[erster_z - 1])}“ "
                f"auf Rang {erster_z}, „{bestand.titel(ergebnis[letzter_a - 1])}“ erst auf Rang "
                f"{letzter_a}"
            )
    if f.leer and ergebnis:
        b.fehlgriff = True
        b.fehler.append(f"soll nichts finden, fand {len(ergebnis)}")

    if erwartet:
        b.recall = len(erwartet & gefunden) / len(erwartet)
    relevant = aufloesen(f.relevant) if f.relevant is not None else erwartet
    if relevant and ergebnis:
        fuenf = ergebnis[:5]
        b.praezision5 = sum(1 for pk in fuenf if pk in relevant) / len(fuenf)
    return b


def mit(f: Fall, **aenderungen) -> Fall:
    return dataclasses.replace(f, **aenderungen)
