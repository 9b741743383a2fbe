"""Search quality: the same cases on SQLite and PostgreSQL (CI runs the suite on both)."""

import datetime

import pytest
from django.urls import reverse

from angebote.models import Angebot, Kategorie, Zielgruppe
from angebote.suche.search import suchen
from tests.factories import AngebotFactory, EinrichtungFactory, QuartierFactory, TraegerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def angebote():
    quartier = QuartierFactory(name="Rosengarten", sozialraum__name="Lindenhof")
    anderes = QuartierFactory(name="Hafenkante", sozialraum__name="Hafenviertel")
    traeger = TraegerFactory(name="Nachbarschaftshaus Lindenhof e.V.")
    treff = EinrichtungFactory(
        traeger=traeger, name="Stadtteiltreff", strasse="Große Straße 5", quartier=quartier
    )
    hafen = EinrichtungFactory(name="Jugendclub Hafen", quartier=anderes)
    bildung = Kategorie.objects.get(slug="bildung")
    familie = Kategorie.objects.get(slug="familienbildung")
    kinder = Zielgruppe.objects.get(slug="kinder")
    maedchen = Zielgruppe.objects.get(slug="maedchen")
    return {
        "hausaufgaben": AngebotFactory(
            titel="Hausaufgabenhilfe für Grundschulkinder",
            beschreibung="Wir lernen gemeinsam, auch auf Arabisch.",
            traeger=traeger,
            einrichtungen=[treff],
            kategorien=[bildung],
            zielgruppen=[kinder],
            sprachen=["ar", "de"],
            alter_von=6,
            alter_bis=12,
            zeiten=[(1, "14:00", "16:00")],
            zuletzt_geprueft=datetime.date.today(),
        ),
        "elterncafe": AngebotFactory(
            titel="Elterncafé am Freitag",
            beschreibung="Austausch für Familien; nebenan gibt es Hausaufgaben-Tipps.",
            einrichtungen=[hafen],
            kategorien=[familie],
            kosten="gebuehr",
            kosten_hinweis="2 €",
            anmeldung="erforderlich",
            zeiten=[(4, "09:30", "11:30")],
        ),
        "maedchentreff": AngebotFactory(
            titel="Mädchentreff Lila Pause",
            einrichtungen=[hafen],
            zielgruppen=[maedchen],
            alter_von=10,
            alter_bis=16,
            barrierefrei="ja",
            zeiten=[(2, "16:00", "19:00")],
        ),
        "entwurf": AngebotFactory(titel="Hausaufgabenhilfe (Entwurf)", status="entwurf"),
    }


def titel(text, **kwargs):
    treffer, _anfrage = suchen(text, **kwargs)
    return [a.titel for a in treffer]


@pytest.mark.parametrize(
    ("anfrage", "erwartet"),
    [
        ("hausaufgaben", "Hausaufgabenhilfe für Grundschulkinder"),  # compound
        ("Hausaufgabenhilfe", "Hausaufgabenhilfe für Grundschulkinder"),
        ("Familie", "Elterncafé am Freitag"),  # inflection: Familien
        ("Familien", "Elterncafé am Freitag"),
        ("Mädchen", "Mädchentreff Lila Pause"),  # umlauts in every spelling
        ("maedchen", "Mädchentreff Lila Pause"),
        ("madchen", "Mädchentreff Lila Pause"),
        ("MÄDCHENTREFF", "Mädchentreff Lila Pause"),
        ("Hausaufgabenhife", "Hausaufgabenhilfe für Grundschulkinder"),  # typo
        ("Elterncafe", "Elterncafé am Freitag"),  # accent
        ("arabisch", "Hausaufgabenhilfe für Grundschulkinder"),  # in the description
        ("Lindenhof", "Hausaufgabenhilfe für Grundschulkinder"),  # the Träger's name
        ("Stadtteiltreff", "Hausaufgabenhilfe für Grundschulkinder"),  # the Einrichtung's
    ],
)
def test_suche_findet(angebote, anfrage, erwartet):
    assert erwartet in titel(anfrage)


def test_entwuerfe_werden_nicht_gefunden(angebote):
    assert "Hausaufgabenhilfe (Entwurf)" not in titel("hausaufgaben")


def test_titel_vor_beschreibung(angebote):
    # "Hausaufgaben" stands in the title of one offer and the description of another.
    assert titel("hausaufgaben") == [
        "Hausaufgabenhilfe für Grundschulkinder",
        "Elterncafé am Freitag",
    ]


def test_alle_woerter_muessen_passen(angebote):
    """Exactly (her spelling, every word), only the offers holding every word."""
    assert titel("hausaufgaben arabisch", korrigieren=False) == [
        "Hausaufgabenhilfe für Grundschulkinder"
    ]
    assert titel("hausaufgaben freitag", korrigieren=False) == ["Elterncafé am Freitag"]


def test_wenige_mit_allen_woertern_zuerst_dann_die_mit_allen_bis_auf_eines(angebote):
    """Fewer than three offers hold every word: they come first, then those holding all
    words but one (search.py ``MIN_GANZ``), said on the page."""
    treffer, anfrage = suchen("hausaufgaben freitag")
    assert [a.titel for a in treffer][:1] == ["Elterncafé am Freitag"]
    assert "Hausaufgabenhilfe für Grundschulkinder" in [a.titel for a in treffer]
    assert anfrage.teilweise and anfrage.ganz == 1 and anfrage.mindestens == 1
    # Three words: all but one of them at least (the Elterncafé holds one only).
    treffer, anfrage = suchen("hausaufgaben arabisch lindenhof")
    assert [a.titel for a in treffer] == ["Hausaufgabenhilfe für Grundschulkinder"]
    assert anfrage.ganz == 1 and anfrage.mindestens == 2


def test_das_seltenere_wort_wiegt_mehr():
    """Words typed apart count by how rare they are (BM25's idea): in "Sport für Kinder"
    the offer named for the sport comes before the one named for the children, whichever
    was checked more recently; the parts of one hyphenated word count alike."""
    kinder = Zielgruppe.objects.get(slug="kinder")
    heute = datetime.date.today()
    for i in range(8):
        AngebotFactory(titel=f"Kindergruppe {i}", beschreibung="Basteln und Spielen.")
    AngebotFactory(
        titel="Kinderzirkus",
        beschreibung="Akrobatik ist auch Sport.",
        zielgruppen=[kinder],
        zuletzt_geprueft=heute,
    )
    AngebotFactory(
        titel="Sportgruppe",
        beschreibung="Ballspiele in der Halle.",
        zielgruppen=[kinder],
        zuletzt_geprueft=heute - datetime.timedelta(days=30),
    )
    treffer, anfrage = suchen("Sport für Kinder")
    # (Only these two hold both words: the Kindergruppen follow, search.py MIN_GANZ.)
    assert [a.titel for a in treffer][:2] == ["Sportgruppe", "Kinderzirkus"]
    sport, kinder_ = anfrage.gewichte
    assert sport > kinder_ >= 1
    assert suchen("Sport/Kinder")[1].gewichte == [sport, kinder_]
    # One hyphenated word is one concept: its parts count alike, here as on their own …
    treffer, anfrage = suchen("Sport-Kinder")
    assert anfrage.gewichte == []
    assert [a.titel for a in treffer][:2] == ["Kinderzirkus", "Sportgruppe"]
    # … and beside another word they share their weight.
    AngebotFactory(titel="Sportgruppe mit Ball", beschreibung="Für Kinder.")
    _treffer, anfrage = suchen("Sport-Kinder Ball")
    teil_1, teil_2, ball = anfrage.gewichte
    assert teil_1 == teil_2 and ball > teil_1


def test_tippfehler_wird_gemeldet(angebote):
    _treffer, anfrage = suchen("Hausaufgabenhife")
    assert anfrage.korrekturen == {"hausaufgabenhife": "hausaufgabenhilfe"}


def test_unbekanntes_wort(angebote):
    treffer, anfrage = suchen("xylophonorchester")
    assert list(treffer) == []
    assert anfrage.unbekannt == ["xylophonorchester"]


def test_suchtext_folgt_aenderungen(angebote):
    traeger = angebote["hausaufgaben"].traeger
    traeger.name = "Kinderwerkstatt Sonnenschein"
    traeger.save()
    assert "Hausaufgabenhilfe für Grundschulkinder" in titel("Sonnenschein")
    angebote["hausaufgaben"].beschreibung = "Auch auf Türkisch."
    angebote["hausaufgaben"].save()
    assert "Hausaufgabenhilfe für Grundschulkinder" in titel("türkisch")


@pytest.mark.parametrize("anfrage", ["Straße", "Strasse", "Rosengarten"])
def test_adressen_und_gebiete_sind_kein_freitext(angebote, anfrage):
    """Addresses and areas are filters (Gebiet) and not searched as text: "Rosengarten" is
    the Quartier, "Große Straße 5" the address of the Hausaufgabenhilfe."""
    assert titel(anfrage) == []


def test_gebiet_im_suchtext_bleibt_unbekannt_der_rest_wird_gesucht(angebote):
    """ "Lindenhof Rosengarten": no offer holds both (the Quartier is no text), so the offers
    holding the other word are shown, through the name of their place, and the page says
    that no offer holds "Rosengarten" (search.py ``teilweise``)."""
    treffer, anfrage = suchen("Lindenhof Rosengarten")
    assert anfrage.teilweise and anfrage.unbekannt == ["rosengarten"]
    assert all("lindenhof" in a.suchnamen for a in treffer)


def test_sprachen_sind_kein_freitext(angebote):
    """Languages are a filter: "Arabisch" finds the offer that says so in its text, not
    every offer held in Arabic; "Deutsch" no offer merely held in German."""
    assert titel("deutsch") == []
    assert titel("Arabisch") == ["Hausaufgabenhilfe für Grundschulkinder"]


FILTER = [
    ({"alter": "9"}, {"Hausaufgabenhilfe für Grundschulkinder", "Elterncafé am Freitag"}),
    ({"alter": "14"}, {"Mädchentreff Lila Pause", "Elterncafé am Freitag"}),
    ({"kostenfrei": "on"}, {"Hausaufgabenhilfe für Grundschulkinder", "Mädchentreff Lila Pause"}),
    (
        {"ohne_anmeldung": "on"},
        {"Hausaufgabenhilfe für Grundschulkinder", "Mädchentreff Lila Pause"},
    ),
    ({"barrierefrei": "on"}, {"Mädchentreff Lila Pause"}),
    ({"sprache": "ar"}, {"Hausaufgabenhilfe für Grundschulkinder"}),
    ({"kategorie": "bildung"}, {"Hausaufgabenhilfe für Grundschulkinder"}),
    (
        {"kategorie": ["bildung", "familienbildung"]},
        {"Hausaufgabenhilfe für Grundschulkinder", "Elterncafé am Freitag"},
    ),
    ({"zielgruppe": "maedchen"}, {"Mädchentreff Lila Pause"}),
    ({"wochentag": "1"}, {"Hausaufgabenhilfe für Grundschulkinder"}),
    ({"wochentag": "1", "tageszeit": "vormittags"}, set()),
    (
        {"tageszeit": "nachmittags"},
        {"Hausaufgabenhilfe für Grundschulkinder", "Mädchentreff Lila Pause"},
    ),
    ({"geprueft": "on"}, {"Hausaufgabenhilfe für Grundschulkinder"}),
]


@pytest.mark.parametrize(("params", "erwartet"), FILTER)
@pytest.mark.parametrize("text", ["", "a"])
def test_filter_allein_und_mit_text(client_fachkraft, angebote, params, erwartet, text):
    """Every filter, alone and combined with text ("a" occurs in every title)."""
    response = client_fachkraft.get(reverse("start"), {**params, "q": text})
    assert response.status_code == 200
    gefunden = {a.titel for a in response.context["seite"]}
    assert gefunden == erwartet


def test_gebietsfilter_jede_ebene(client_fachkraft, angebote):
    quartier = angebote["hausaufgaben"].einrichtungen.get().quartier
    for wert in (
        f"q-{quartier.schluessel}",
        f"s-{quartier.sozialraum.schluessel}",
        f"r-{quartier.sozialraum.regionalraum.schluessel}",
    ):
        response = client_fachkraft.get(reverse("start"), {"gebiet": wert})
        assert [a.titel for a in response.context["seite"]] == [
            "Hausaufgabenhilfe für Grundschulkinder"
        ]


def test_versorgter_sozialraum_zaehlt(client_fachkraft, angebote):
    elterncafe = angebote["elterncafe"]
    sozialraum = angebote["hausaufgaben"].einrichtungen.get().sozialraum
    elterncafe.sozialraeume.add(sozialraum)
    response = client_fachkraft.get(reverse("start"), {"gebiet": f"s-{sozialraum.schluessel}"})
    assert {a.titel for a in response.context["seite"]} == {
        "Hausaufgabenhilfe für Grundschulkinder",
        "Elterncafé am Freitag",
    }


def test_facetten_zaehlen_aktuelle_treffer(client_fachkraft, angebote):
    response = client_fachkraft.get(reverse("start"), {"q": "hausaufgaben"})
    facetten = response.context["facetten"]
    assert {k.slug: k.n for k in facetten["kategorie"]} == {"bildung": 1, "familienbildung": 1}
    assert {s.code: s.n for s in facetten["sprache"]} == {"ar": 1, "de": 1}


def test_leeres_ergebnis_schlaegt_vor(client_fachkraft, angebote):
    response = client_fachkraft.get(reverse("start"), {"q": "hausaufgaben", "barrierefrei": "on"})
    assert response.context["seite"].paginator.count == 0
    vorschlaege = response.context["vorschlaege"]
    assert vorschlaege[0]["anzahl"] >= 1
    assert "barrierefrei" in response.text


def test_unbekannte_woerter_wie_eingegeben(client_fachkraft, angebote):
    """The page names a word found nowhere as she typed it, not in its search form."""
    response = client_fachkraft.get(reverse("start"), {"q": "Xylophonorchester Größe"})
    assert response.context["seite"].paginator.count == 0
    assert "kommen in keinem Angebot vor: Xylophonorchester, Größe." in response.text


def test_sortierungen(client_fachkraft, angebote):
    for sortierung in ("relevanz", "name", "aktualitaet"):
        response = client_fachkraft.get(reverse("start"), {"sortierung": sortierung})
        assert response.context["seite"].paginator.count == 3
    response = client_fachkraft.get(reverse("start"), {"sortierung": "name"})
    assert [a.titel for a in response.context["seite"]] == sorted(
        a.titel for a in Angebot.objects.veroeffentlicht()
    )


def test_htmx_liefert_nur_ergebnisse(client_fachkraft, angebote):
    response = client_fachkraft.get(reverse("start"), {"q": "haus"}, headers={"HX-Request": "true"})
    assert "<html" not in response.text
    assert "Hausaufgabenhilfe" in response.text


def test_ungueltige_filterwerte_brechen_nichts(client_fachkraft, angebote):
    response = client_fachkraft.get(
        reverse("start"), {"alter": "neun", "gebiet": "x-1", "seite": "999", "wochentag": "9"}
    )
    assert response.status_code == 200


def test_leere_suche_im_gebiet_schlaegt_das_groessere_vor(client_fachkraft, quartier):
    """Nothing in the chosen area (a Berlin Bezirksregion: the imported places sit in their
    Prognoseraum): the first suggestion is the nearest larger area with results."""
    sozialraum = quartier.sozialraum
    ort = EinrichtungFactory(regionalraum=sozialraum.regionalraum)
    AngebotFactory(titel="Kita Sonnenschein", einrichtungen=[ort])
    AngebotFactory(titel="Kita anderswo")

    text = client_fachkraft.get("/", {"q": "Kita", "gebiet": f"s-{sozialraum.schluessel}"}).text

    assert "Keine passenden Angebote gefunden." in text
    vorschlaege = text[text.index("Vorschläge:") :]
    assert vorschlaege.index("im größeren Gebiet Zentrum (Regionalraum): 1 Angebot") < (
        vorschlaege.index("ohne „Gebiet“: 2 Angebote")
    )
    assert f"gebiet=r-{sozialraum.regionalraum.schluessel}" in vorschlaege
    # Junk names no area, and no error (PostgreSQL refuses a NUL character).
    for junk in ("s-\x00", "s-" + "9" * 200):
        assert client_fachkraft.get("/", {"q": "Xylophon", "gebiet": junk}).status_code == 200


def test_gebietsauswahl_normalisiert_wie_django():
    """The area choices are handed to Django already normalised (filters.Normalisiert):
    Django takes them as they are, and the field validates and renders them as it would
    the plain list."""
    from django import forms
    from django.utils.choices import normalize_choices

    from angebote.filters import Normalisiert, SchnelleAuswahl

    auswahl = [
        ("", "ganze Stadt"),
        ("Zentrum", [("r-01", "Zentrum (ganzer Bereich)"), ("s-011", "Süd")]),
    ]
    normalisiert = Normalisiert(auswahl)
    assert normalize_choices(normalisiert) is normalisiert

    def feld(choices):
        return forms.ChoiceField(choices=choices, widget=SchnelleAuswahl, required=False)

    mit, ohne = feld(lambda: normalisiert), feld(auswahl)
    for wert in ("", "r-01", "s-011"):
        assert mit.clean(wert) == ohne.clean(wert) == wert
        assert mit.widget.render("gebiet", wert) == ohne.widget.render("gebiet", wert)
    for falsch in ("x-1", "s-", "Süd"):
        with pytest.raises(forms.ValidationError):
            mit.clean(falsch)


def test_kompositum_auch_getrennt_unter_dem_wort_selbst():
    """A compound the vocabulary holds also finds its parts as separate words in one offer,
    below the offers holding the word itself; one part alone is not enough."""
    genau = AngebotFactory(titel="Deutschkurs für Eltern", beschreibung="Vormittags.")
    getrennt = AngebotFactory(
        titel="Deutsch im Alltag für Mütter", beschreibung="Ein Kurs für Anfängerinnen."
    )
    nur_kurs = AngebotFactory(titel="Nähkurs", beschreibung="Ein Kurs für Eltern.")
    nur_deutsch = AngebotFactory(titel="Lesepaten", beschreibung="Vorlesen auf Deutsch.")
    treffer, anfrage = suchen("Deutschkurs")
    assert list(treffer) == [genau, getrennt]
    assert nur_kurs not in treffer and nur_deutsch not in treffer
    assert not anfrage.korrekturen and not anfrage.teilweise
    # A part shorter than four letters is not searched apart ("Näh" of "Nähkurs").
    treffer, _anfrage = suchen("Nähkurs")
    assert list(treffer) == [nur_kurs]


def test_kompositum_mit_kurzem_erstem_teil_nicht_getrennt():
    """A first part shorter than five letters is not searched apart: "Hausaufgaben" is not
    "Haus" and "Aufgaben"."""
    hausaufgaben = AngebotFactory(titel="Hausaufgaben in der Bibliothek")
    AngebotFactory(titel="Haus der Familie", beschreibung="Aufgaben im Alltag gemeinsam lösen.")
    treffer, _anfrage = suchen("Hausaufgaben")
    assert list(treffer) == [hausaufgaben]
