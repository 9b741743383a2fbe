"""The postings (``Vorkommen``, migration 0026) find exactly the offers that hold one of a
term's vocabulary words as a whole word in one of the four search fields (what a
``LIKE '% wort %'`` on each padded field finds), and hold each word's fields as bits.

The same table and SQL on both databases. reindex() keeps them current (every save of an
offer, its links and names goes through it); a deleted offer's postings go with it.
"""

import numpy as np
import pytest
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext

from angebote.models import (
    FELD_BITS,
    FELDGEWICHTE,
    ORT_IM_TITEL,
    Angebot,
    Suchwort,
    Synonymgruppe,
    Vorkommen,
)
from angebote.suche import search, suchindex
from angebote.suche.eingang import verstehen_und_zaehlen
from angebote.suche.search import suchen
from sozialraum.werkzeuge.suchtext import gekoppelt
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory

pytestmark = pytest.mark.django_db

TITEL = [
    "Hausaufgabenhilfe für Grundschulkinder",
    "Elterncafé am Freitag",
    "Mädchentreff Lila Pause",
    "Familienzentrum Sonnenblume: offene Sprechstunde",
    "Krabbelgruppe für Familien mit Babys",
    "Not-Schlafstelle für Jugendliche",
    "Near-Field-Kochkurs: Kochen und Essen",
]


@pytest.fixture
def angebote():
    Synonymgruppe.objects.all().delete()  # the terms' own words only
    traeger = TraegerFactory(name="Nachbarschaftshaus Lindenhof e.V.")
    ort = EinrichtungFactory(traeger=traeger, name="Stadtteiltreff Familienbüro")
    return [AngebotFactory(titel=t, traeger=traeger, einrichtungen=[ort]) for t in TITEL]


def _per_like(woerter: set[str]) -> set[int]:
    bedingung = Q(pk__in=[])
    for feld in ("suchtitel", "suchschlagworte", "suchtext", "suchnamen"):
        for wort in woerter:
            bedingung |= (
                Q(**{feld: wort})
                | Q(**{f"{feld}__startswith": f"{wort} "})
                | Q(**{f"{feld}__endswith": f" {wort}"})
                | Q(**{f"{feld}__contains": f" {wort} "})
            )
    return set(Angebot.objects.veroeffentlicht().filter(bedingung).values_list("pk", flat=True))


def _gefunden(text: str) -> set[int]:
    treffer, _anfrage = suchen(text)
    return set(treffer.values_list("pk", flat=True))


def test_der_index_findet_dasselbe_wie_ganzwortsuche(angebote):
    # Every vocabulary word and some pieces: the index equals a whole-word LIKE over the
    # term's vocabulary words (its forms and the compounds holding it).
    proben = set(Suchwort.objects.values_list("wort", flat=True))
    proben |= {"famili", "kind", "not", "near", "or", "and", "hilfe", "zentrum", "treff"}
    # A hyphenated compound as one word is not in the fields (test below).
    proben -= {w for t in TITEL for w in gekoppelt(t)}
    assert len(proben) > 30
    for begriff in sorted(proben):
        anfrage = search.anfrage_verstehen(begriff, korrigieren=False)
        if not anfrage.begriffe or not anfrage.begriffe[0].gefunden:
            continue
        (term,) = anfrage.begriffe
        woerter = {w for a in term.alternativen if len(a.mengen) == 1 for w in a.mengen[0]}
        if any(len(a.mengen) > 1 for a in term.alternativen):
            continue  # a split compound: all parts, tested in test_suche_sprache.py
        assert _gefunden(begriff) == _per_like(woerter), begriff


def test_die_postings_werden_benutzt(angebote):
    with CaptureQueriesContext(connection) as abfragen:
        list(suchen("familie")[0])
    sql = abfragen.captured_queries[-1]["sql"]
    assert "angebote_vorkommen" in sql
    # No text of the offers is matched (only the title, for a phrase of several words).
    bedingungen = sql.split('FROM "angebote_angebot"')[-1]
    assert "LIKE" not in bedingungen
    assert "suchtext" not in bedingungen


def test_postings_sind_die_woerter_der_felder_mit_ihren_bits(angebote):
    zentrum = Angebot.objects.get(pk=angebote[3].pk)  # "Familienzentrum Sonnenblume: …"
    zeilen = dict(Vorkommen.objects.filter(angebot=zentrum).values_list("wort", "felder"))
    erwartet = {}
    for feld, bit in FELD_BITS.items():
        for wort in getattr(zentrum, feld).split():
            if len(wort) >= 2:
                erwartet[wort] = erwartet.get(wort, 0) | bit
    assert zeilen == erwartet
    assert zeilen["sonnenblume"] == 8  # title only
    assert zeilen["familienburo"] == 1  # the place's name


def test_aenderungen_halten_die_postings_aktuell(angebote):
    treff = angebote[2]
    assert _gefunden("lila") == {treff.pk}
    treff.titel = "Mädchentreff Violett"
    treff.save()
    assert _gefunden("lila") == set()
    assert _gefunden("violett") == {treff.pk}
    # A name of the Träger is in every one of its offers' postings.
    traeger = treff.traeger
    traeger.name = "Zirkuswagen Lindenhof e.V."
    traeger.save()
    assert _gefunden("zirkuswagen") == {a.pk for a in angebote}
    Angebot.objects.filter(pk=treff.pk).delete()
    assert not Vorkommen.objects.filter(angebot_id=treff.pk).exists()
    assert treff.pk not in _gefunden("zirkuswagen")


def test_rang_aus_den_bits(angebote):
    # Title 8, keywords 4, text 2, names 1 (FELDGEWICHTE); the word itself counts 3: "Familienzentrum" in
    # the title (a compound holding "familie") and "Familienbüro" in the names.
    treffer, _anfrage = suchen("familie")
    raenge = dict(treffer.values_list("pk", "rang"))
    assert raenge[angebote[3].pk] == 8 * 3 + 1 * 3
    assert raenge[angebote[0].pk] == 1 * 3  # only the place's name


def test_unbekanntes_wort_findet_nichts(angebote):
    treffer, anfrage = suchen("qqqxxyz")
    assert anfrage.unbekannt == ["qqqxxyz"]
    assert list(treffer) == []


def test_schnelle_auswahl_wie_djangos_select():
    # The area select is rendered in Python; it must give the options Django would.
    import re

    from django import forms

    from angebote.filters import SchnelleAuswahl

    auswahl = [
        ("", "alle Gebiete"),
        ("Nord & Mitte", [("r-01", "Nord <Mitte>"), ("s-0101", 'Altstadt "Nord"')]),
        ("q-010101", "Quartier 'Am Markt'"),
    ]
    for wert in ("", "s-0101", None, "gibt-es-nicht"):
        attrs = {"id": "id_gebiet", "class": "kern-form-input__select"}
        schnell = SchnelleAuswahl(choices=auswahl).render("gebiet", wert, attrs)
        django = forms.Select(choices=auswahl).render("gebiet", wert, attrs)

        def teile(html):
            # Each tag with its attributes as a set (their order is free), and its text.
            return [
                (tag, frozenset(re.findall(r'\s(\w+(?:="[^"]*")?)', attribute)), text.strip())
                for tag, attribute, text in re.findall(
                    r"<(select|option|optgroup)([^>]*)>([^<]*)", html
                )
            ]

        assert teile(schnell) == teile(django), wert


def test_tausende_woerter_je_menge_sprengen_keine_parametergrenze(angebote):
    # Ten terms, each with sets of thousands of vocabulary words (a common part's compounds,
    # up to search.MAX_MENGE each): bound one parameter per word, SQLite refused the statement
    # ("too many SQL variables": a 500 for the Fachkraft). The lists are one parameter each.
    viele = [f"wort{i}" for i in range(search.MAX_MENGE)]
    anfrage = search.Suchanfrage(text="lila")
    for i in range(search.MAX_WOERTER):
        anfrage.begriffe.append(
            search.Begriff(
                f"t{i}",
                [
                    search.Alternative(search.GENAU, [["lila", *viele]]),
                    search.Alternative(search.SYNONYM, [[f"syn{j}" for j in range(3000)]]),
                    search.Alternative(search.TEIL, [viele[:100], ["pause", *viele[100:]]]),
                ],
            )
        )
    treffer = search.text_filtern(Angebot.objects.veroeffentlicht(), anfrage)
    assert set(treffer.values_list("pk", flat=True)) == {angebote[2].pk}  # "Lila Pause"


def _zaehlung() -> dict[str, int]:
    from collections import Counter

    return dict(Counter(Vorkommen.objects.values_list("wort", flat=True)))


def test_worthaeufigkeit_folgt_den_postings(angebote):
    # Each save rewrites the offer's postings and adjusts its words' counts.
    def gezaehlt():
        return {w: n for w, n in Suchwort.objects.values_list("wort", "anzahl") if n}

    assert gezaehlt() == _zaehlung()
    assert Suchwort.objects.get(wort="lindenhof").anzahl == len(TITEL)  # the Träger's name
    treff = angebote[2]
    treff.titel = "Mädchentreff Violett"
    treff.save()
    assert gezaehlt() == _zaehlung()
    assert Suchwort.objects.get(wort="lila").anzahl == 0
    assert Suchwort.objects.get(wort="violett").anzahl == 1
    # A full reindex counts them all again (here: the same).
    Suchwort.objects.update(anzahl=0)
    suchindex.reindex()
    assert gezaehlt() == _zaehlung()


def test_die_seltenste_menge_grenzt_ein(angebote):
    # "Familien|café": the set with the fewest postings narrows the offers first, however
    # many words it holds; without counts, the set of fewer words.
    alternative = search.Alternative(search.TEIL, [["familie"], ["cafe", "elterncafe"]])
    assert alternative.kleinste() == ["familie"]
    alternative.umfang = (40, 3)
    assert alternative.kleinste() == ["cafe", "elterncafe"]
    anfrage = search.anfrage_verstehen("Familiencafé", korrigieren=False)
    (begriff,) = anfrage.begriffe
    zaehlung = _zaehlung()
    for a in begriff.alternativen:
        assert a.umfang == tuple(sum(zaehlung.get(w, 0) for w in m) for m in a.mengen)


def test_mehr_mengen_als_bits(angebote):
    # A curated group of many phrases: more sets than a posting's code holds bits. The first
    # alternatives are kept, the statement does not fail.
    anfrage = search.Suchanfrage(text="lila")
    alternativen = [search.Alternative(search.GENAU, [["lila"], ["pause"]])]
    alternativen += [search.Alternative(search.SYNONYM, [[f"a{i}"], [f"b{i}"]]) for i in range(70)]
    anfrage.begriffe.append(search.Begriff("lila pause", alternativen))
    treffer = search.text_filtern(Angebot.objects.veroeffentlicht(), anfrage)
    assert set(treffer.values_list("pk", flat=True)) == {angebote[2].pk}


def test_gekoppelte_woerter_auch_als_ein_wort(angebote):
    # "Not-Schlafstelle" is "not", "schlafstelle" and "notschlafstelle", in the title.
    schlafstelle, kochkurs = angebote[5], angebote[6]
    zeilen = dict(Vorkommen.objects.filter(angebot=schlafstelle).values_list("wort", "felder"))
    assert zeilen["notschlafstelle"] == zeilen["schlafstelle"] == zeilen["not"] == 8
    assert _gefunden("Notschlafstelle") == {schlafstelle.pk}
    assert _gefunden("nearfieldkochkurs") == {kochkurs.pk}
    # Typed with hyphens, as before: its words.
    assert _gefunden("Not-Schlafstelle") == {schlafstelle.pk}


def test_gekoppelt():
    assert gekoppelt("Treff im Eltern-Kind-Zentrum, Ein-Eltern-Familien") == [
        "elternkindzentrum",
        "einelternfamilien",
    ]
    # Not a compound: an Ergänzungsstrich, numbers.
    assert gekoppelt("Kinder- und Jugendhilfe, U3-Gruppe, Tel. 030-1234") == []
    assert gekoppelt("Café-Treff der Mädchen-WG") == ["cafetreff", "madchenwg"]


def test_kein_platz_fuer_die_mengen_findet_nichts_statt_fehler(angebote):
    # A single alternative of more sets than the code holds: nothing, not a broken statement.
    anfrage = search.Suchanfrage(text="x")
    mengen = [["lila"], *[[f"w{i}"] for i in range(search.MAX_MENGEN)]]
    anfrage.begriffe.append(search.Begriff("x", [search.Alternative(search.GENAU, mengen)]))
    treffer = search.text_filtern(Angebot.objects.veroeffentlicht(), anfrage)
    assert list(treffer) == []


def test_ort_im_titel():
    orte = ["Hebammenpraxis Storchennest", "Kinder- und Jugendnotdienst Musterstadt"]
    assert suchindex.ort_im_titel("Babymassage in der Hebammenpraxis Storchennest", orte) == {
        "hebammenpraxis",
        "storchennest",
    }
    # The start of the name after "beim", with a hyphenated compound in it.
    assert suchindex.ort_im_titel("Krisenberatung beim Kinder- und Jugendnotdienst", orte) == {
        "kinder",
        "und",
        "jugendnotdienst",
    }
    assert suchindex.ort_im_titel(
        "Treff im Caritas-Jugendclub Oststadt", ["Caritas-Jugendclub Oststadt"]
    ) == {
        "caritas",
        "jugendclub",
        "oststadt",
        "caritasjugendclub",
    }
    # The place's name is the whole title: the offer's title, no place in it.
    assert suchindex.ort_im_titel("Hebammenpraxis Storchennest", orte) == set()
    # Not after a word such as "im": not a place ("Sport für Kinder", Einrichtung "Kinderhaus").
    assert suchindex.ort_im_titel("Sport für Kinder", ["Kinder im Kiez"]) == set()
    # A word of the rest of the title stays the title's.
    assert suchindex.ort_im_titel(
        "Offener Jugendtreff im Jugendtreff am Teich", ["Jugendtreff am Teich"]
    ) == {
        "am",
        "teich",
    }
    # The title inflects the place's name ("bei der Mobilen Jugendarbeit").
    assert suchindex.ort_im_titel(
        "Sport-AG bei der Mobilen Jugendarbeit des Jugendamts",
        ["Mobile Jugendarbeit des Jugendamts"],
    ) == {"mobilen", "jugendarbeit", "des", "jugendamts"}
    assert suchindex.ort_im_titel("Babymassage", orte) == set()
    # Only words such as "in der" before the name: the title is the place's name.
    assert suchindex.ort_im_titel("In der Hebammenpraxis Storchennest", orte) == set()
    assert (
        suchindex.ort_im_titel("Auf dem Kinderbauernhof Mühlenbach", ["Kinderbauernhof Mühlenbach"])
        == set()
    )


def test_ort_im_titel_zaehlt_weniger_als_der_titel(db):
    """ "Hebamme": the Hebammensprechstunde before what is only held in a Hebammenpraxis."""
    Synonymgruppe.objects.all().delete()
    traeger = TraegerFactory(name="Netzwerk Geburt e.V.")
    praxis = EinrichtungFactory(traeger=traeger, name="Hebammenpraxis Storchennest")
    zentrum = EinrichtungFactory(traeger=traeger, name="Familienzentrum Altstadt")
    massage = AngebotFactory(
        titel="Babymassage in der Hebammenpraxis Storchennest",
        traeger=traeger,
        einrichtungen=[praxis],
        beschreibung="Sanfte Massage für Babys.",
    )
    sprechstunde = AngebotFactory(
        titel="Hebammensprechstunde im Familienzentrum Altstadt",
        traeger=traeger,
        einrichtungen=[zentrum],
        beschreibung="Fragen rund um die Geburt.",
    )
    zeilen = dict(Vorkommen.objects.filter(angebot=massage).values_list("wort", "felder"))
    assert zeilen["hebammenpraxis"] == ORT_IM_TITEL | FELD_BITS["suchnamen"]
    assert zeilen["babymassage"] == FELD_BITS["suchtitel"]
    treffer, _anfrage = suchen("Hebamme")
    raenge = dict(treffer.values_list("pk", "rang"))
    assert list(treffer.values_list("pk", flat=True)) == [sprechstunde.pk, massage.pk]
    # The word itself counts 3: title 8; the place in the title 6, its name 1.
    assert raenge[sprechstunde.pk] == 8 * 3
    assert raenge[massage.pk] == (FELDGEWICHTE[ORT_IM_TITEL] + 1) * 3
    # The same order from the postings read into memory (the search page's path, which
    # packs a posting's code and fields into one number) as from SQL.
    _anfrage, facetten = verstehen_und_zaehlen(
        "Hebamme", Angebot.objects.veroeffentlicht(), "relevanz"
    )
    assert facetten["erste_seite"]["ids"] == [sprechstunde.pk, massage.pk]
    punkte = search.punkte_je_angebot(
        np.array([massage.pk, massage.pk]),
        np.array([ORT_IM_TITEL | FELD_BITS["suchnamen"], FELD_BITS["suchtext"]]),
        np.array([search.GEWICHT[search.GENAU]] * 2),
        [],
    )[1]
    assert punkte.tolist() == [(FELDGEWICHTE[ORT_IM_TITEL] + 1 + 2) * 3]


def test_titel_und_ort_im_titel_zaehlen_als_ein_feld(db):
    """A phrase of the thesaurus split between the title and the place it names counts once,
    as if all of it stood in the title: "Streetwork" lists the Mobile Jugendarbeit before
    the Sport-AG held at the Mobile Jugendarbeit, whose title names it inflected."""
    Synonymgruppe.objects.all().delete()
    Synonymgruppe.objects.create(bevorzugt="Streetwork", begriffe=["Mobile Jugendarbeit"])
    traeger = TraegerFactory(name="Jugendamt Musterstadt")
    ort = EinrichtungFactory(traeger=traeger, name="Mobile Jugendarbeit des Jugendamts")
    sport = AngebotFactory(
        titel="Sport-AG bei der Mobilen Jugendarbeit des Jugendamts",
        traeger=traeger,
        einrichtungen=[ort],
        beschreibung="Basketball und Volleyball in der Halle.",
    )
    mobil = AngebotFactory(
        titel="Mobile Jugendarbeit bei der Mobilen Jugendarbeit des Jugendamts",
        traeger=traeger,
        einrichtungen=[ort],
        beschreibung="Unterwegs in den Parks.",
    )
    zeilen = dict(Vorkommen.objects.filter(angebot=sport).values_list("wort", "felder"))
    assert zeilen["mobilen"] & ORT_IM_TITEL and zeilen["jugendarbeit"] & ORT_IM_TITEL
    treffer, _anfrage = suchen("Streetwork")
    raenge = dict(treffer.values_list("pk", "rang"))
    assert list(treffer.values_list("pk", flat=True)) == [mobil.pk, sport.pk]
    assert raenge[mobil.pk] > raenge[sport.pk]
    # In memory as in SQL: one word in the title, one in the place, counts as the title.
    punkte = search.punkte_je_angebot(
        np.array([sport.pk, sport.pk]),
        np.array([FELD_BITS["suchtitel"], ORT_IM_TITEL]),
        np.array([search.GEWICHT[search.SYNONYM]] * 2),
        [],
    )[1]
    assert punkte.tolist() == [FELDGEWICHTE[FELD_BITS["suchtitel"]]]


def _reihenfolge_und_raenge(text: str) -> tuple[list[int], dict[int, int]]:
    """The order and points of ``text`` from SQL; the search page's first page (the
    postings grouped in memory, facetten.py) must be the same."""
    treffer, _anfrage = suchen(text)
    reihe = list(treffer.values_list("pk", flat=True))
    _anfrage, facetten = verstehen_und_zaehlen(text, Angebot.objects.veroeffentlicht(), "relevanz")
    assert facetten["erste_seite"]["ids"] == reihe
    return reihe, dict(treffer.values_list("pk", "rang"))


def test_teile_eines_begriffs_zaehlen_nur_wo_sie_beisammen_stehen(db):
    """ "Mutter-Kind-Gruppe", a term of the thesaurus no offer names: its words count in a
    field that holds all three. The offer holding "Mütter" in its title and "Kinder" and
    "Gruppe" in its description is found, but gets no points from them: before, its
    title's "Mütter" put it before the Krabbelgruppe."""
    Synonymgruppe.objects.all().delete()
    Synonymgruppe.objects.create(bevorzugt="Krabbelgruppe", begriffe=["Mutter-Kind-Gruppe"])
    traeger = TraegerFactory(name="Nachbarschaftshaus e.V.")
    verstreut = AngebotFactory(
        titel="Deutsch im Alltag für Mütter",
        traeger=traeger,
        beschreibung="Kinder werden in einer Gruppe nebenan betreut.",
    )
    krabbel = AngebotFactory(titel="Krabbelgruppe am Montag", traeger=traeger)
    beisammen = AngebotFactory(titel="Gruppe für Mutter und Kind", traeger=traeger)
    reihe, raenge = _reihenfolge_und_raenge("Mutter-Kind-Gruppe")
    assert reihe == [beisammen.pk, krabbel.pk, verstreut.pk]
    titel = FELDGEWICHTE[FELD_BITS["suchtitel"]]
    assert (raenge[beisammen.pk], raenge[krabbel.pk], raenge[verstreut.pk]) == (titel * 3, titel, 0)
    # In memory: the title holds all three sets, the description two.
    ganz = [search.Ganz(0b111 << 4, gewicht=3, je_feld=True)]
    punkte = search.punkte_je_angebot(
        np.array([1, 1, 1, 2, 2, 2]),
        np.array(
            [FELD_BITS["suchtitel"]] * 3 + [FELD_BITS["suchtitel"]] + [FELD_BITS["suchtext"]] * 2
        ),
        np.array([16, 32, 64, 16, 32, 64]),
        ganz,
    )
    assert punkte[0].tolist() == [1, 2]
    assert punkte[1].tolist() == [FELDGEWICHTE[FELD_BITS["suchtitel"]] * 3, 0]


def test_woerter_einer_alternative_zaehlen_nur_wo_das_angebot_sie_ganz_hat(db):
    """A synonym phrase of the thesaurus ("Eltern-Kind-Gruppe" for "Krabbelgruppe") whose
    words an offer holds only in part gives those words no points: the "Gruppe" of a
    Bewegungsgruppe in a family centre's title counted as if the phrase stood there."""
    Synonymgruppe.objects.all().delete()
    Synonymgruppe.objects.create(bevorzugt="Krabbelgruppe", begriffe=["Eltern-Kind-Gruppe"])
    traeger = TraegerFactory(name="Familienzentrum e.V.")
    bewegung = AngebotFactory(
        titel="Bewegungsgruppe im Familienzentrum",
        traeger=traeger,
        beschreibung="Für Eltern und ihre Babys: eine Krabbelgruppe gibt es nebenan.",
    )
    eltern_kind = AngebotFactory(
        titel="Eltern-Kind-Gruppe am Dienstag", traeger=traeger, beschreibung="Singen."
    )
    reihe, raenge = _reihenfolge_und_raenge("Krabbelgruppe")
    assert reihe == [eltern_kind.pk, bewegung.pk]
    # The phrase whole in the title: the title's weight × a synonym's; the Bewegungsgruppe
    # only the word itself in its description (× the word's), not its title's "Gruppe".
    assert raenge[eltern_kind.pk] == FELDGEWICHTE[FELD_BITS["suchtitel"]]
    assert raenge[bewegung.pk] == FELDGEWICHTE[FELD_BITS["suchtext"]] * 3


def test_das_getippte_kompositum_haelt_seine_teile(db):
    """ "Waldorfschule": an offer holding the word holds "Waldorf" + "Schule" apart too, so
    the "Schule" of its title counts ("Johannes-Schule", described as a Freie
    Waldorfschule), ahead of the Kita whose Träger is named after the school."""
    Synonymgruppe.objects.all().delete()
    schule = AngebotFactory(
        titel="Johannes-Schule",
        traeger=TraegerFactory(name="Schulverein e.V."),
        beschreibung="Eine Freie Waldorfschule in Zehlendorf.",
    )
    kita = AngebotFactory(
        titel="Kindergarten Sonnenschein",
        traeger=TraegerFactory(name="Freie Waldorfschule Süd e.V."),
        beschreibung="Ein Kindergarten der Waldorfschule.",
    )
    # "Waldorf" alone in the registry: the search knows the word, and splits the query.
    AngebotFactory(titel="Schule am See", beschreibung="Wir arbeiten nach Waldorf.")
    reihe, raenge = _reihenfolge_und_raenge("Waldorfschule")
    assert reihe[0] == schule.pk
    assert raenge[schule.pk] > raenge[kita.pk]
