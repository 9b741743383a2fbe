"""The search knows the field's words: German forms and compounds, the thesaurus, weights
and corrections (angebote/suche/search.py). On SQLite and PostgreSQL alike."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from angebote.models import Angebot, Kategorie, Synonymgruppe
from angebote.suche import search
from angebote.suche.search import Suchanfrage, _mit_gesetz, anfrage_verstehen, korrektur, suchen
from angebote.suche.thesaurus import bauen, mitgeliefert, oberbegriffe_verknuepfen
from angebote.suche.woerterbuch import formen, verbalnomen, verbformen, zerlegen
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory

pytestmark = pytest.mark.django_db

HEUTE = datetime.date.today()


def titel(text, **kwargs):
    treffer, _anfrage = suchen(text, **kwargs)
    return [a.titel for a in treffer]


@pytest.mark.parametrize(
    ("wort", "teile"),
    [
        ("drogensucht", ("drogen", "sucht")),
        ("suchtberatung", ("sucht", "beratung")),
        ("erziehungsberatung", ("erziehung", "beratung")),
        ("hausaufgabenbetreuung", ("hausaufgaben", "aufgaben", "betreuung", "aufgabenbetreuung")),
        # A common left part keeps its head only; every tail from a boundary is a part.
        ("sommerferienprogramm", ("sommerferien", "ferien", "programm", "ferienprogramm")),
        ("krabbelgruppe", ("krabbel", "gruppe")),  # a verb's stem
        ("schreibaby", ("schrei", "baby")),
        ("besucht", ()),
        ("gesucht", ()),
        ("untersucht", ()),
        ("streit", ()),
        ("bereit", ()),
        # Common words of their own keep only their head: "Schule" finds the Grundschule.
        ("grundschule", ("schule",)),
        ("kindergarten", ("garten",)),
        # No compound where the word is more frequent than its would-be parts (Koehn &
        # Knight): "Essen" does not find "vergessen", "Alten" not "gestalten".
        ("vergessen", ()),
        ("gegessen", ()),
        ("gestalten", ()),
        ("angebote", ()),
        ("verbringen", ()),
        ("verdacht", ()),
        ("menschen", ()),
        ("training", ()),
        # Of the splits, one whose parts are more frequent than the word: not the rarer
        # "kindertag|es|stätten".
        ("kindertagesstatten", ("kindertages", "kinder", "tages", "statten", "tagesstatten")),
        # A head that is a compound itself: its parts, and the word up to them where that
        # split passes the same test ("Familienbildung" finds the Familienbildungsstätte) ...
        (
            "familienbildungsstatte",
            ("familie", "bildungsstatte", "bildung", "statte", "familienbildung"),
        ),
        (
            "erziehungsberatungsstelle",
            ("erziehung", "beratungsstelle", "beratung", "stelle", "erziehungsberatung"),
        ),
        # ... and not where the word is more frequent than it (no "kindertag"), nor where it
        # is no word of the list ("schulsozial").
        ("kindertagesstatte", ("kinder", "tagesstatte", "tag", "statte")),
        ("kindertagespflege", ("kinder", "tagespflege", "tag", "pflege")),
        ("schulsozialarbeit", ("schul", "sozialarbeit", "sozial", "arbeit")),
    ],
)
def test_zerlegen_an_echten_wortgrenzen(wort, teile):
    assert zerlegen(wort) == teile


def test_wortteile_neu_bestimmt():
    """After a change to the splitter, the vocabulary's parts are replaced: a false part
    of an older rule goes, the real ones stay (migration 0031)."""
    from angebote.models import Suchwort, Wortteil
    from angebote.suche.suchindex import vokabular_ergaenzen, wortteile_neu_bestimmen

    vokabular_ergaenzen({"angebote", "drogensucht"})
    Wortteil.objects.create(teil="bote", wort=Suchwort.objects.get(wort="angebote"))
    wortteile_neu_bestimmen()
    assert set(Wortteil.objects.values_list("teil", "wort__wort")) == {
        ("drogen", "drogensucht"),
        ("sucht", "drogensucht"),
    }


def test_formen():
    assert {"familie", "familien"} <= formen("familie")
    assert {"schulerin", "schulerinnen", "schulern"} <= formen("schuler")
    assert "schule" not in formen("schuler")  # "Schüler" is not "Schule"
    # "Jungen" (boys) are not the adjective's "junge" ("junge Frauen"); the adjective's
    # forms still hold "jungen" ("mit jungen Müttern"), yet lead to no group of "Jungen".
    assert formen("jungen") == formen("jungs") == {"jungen", "jungs"}
    assert "jungen" in formen("junge")
    thes = bauen([["Jungen", "Jungs", "Buben"]])
    assert thes.gruppe("junge") == () and "buben" in thes.gruppe("jungs")
    # A participle as an adjective takes its forms ("betreuter Spielplatz" finds the
    # "pädagogisch betreuten Spielplatz"); a noun of a verb's stem in -er does not.
    assert {"betreut", "betreuten", "betreute"} <= formen("betreuter")
    assert {"getrennt", "getrennten"} <= formen("getrennter")
    assert "beraten" not in formen("berater") and "arbeit" not in formen("arbeiter")
    assert "lehr" not in formen("lehrer")
    assert "licht" not in formen("lichter") and "meist" not in formen("meister")


def test_angebote_fuer_ist_kein_suchwort():
    """Every entry is an Angebot: "Angebote für Väter" asks for Väter."""
    anfrage = anfrage_verstehen("Angebote für Väter")
    assert [b.text for b in anfrage.begriffe] == ["vater"]


def test_praepositionen_sind_keine_suchwoerter():
    """ "vor" stands in every "vor Ort": not a term of its own."""
    anfrage = anfrage_verstehen("Sprachförderung vor der Einschulung")
    assert [b.text for b in anfrage.begriffe] == ["sprachforderung", "einschulung"]
    assert [b.text for b in anfrage_verstehen("Kinder unter drei").begriffe] == ["kinder", "drei"]


@pytest.mark.parametrize(
    ("wort", "nomen"),
    [
        ("trennen", "trennung"),
        ("trennt", "trennung"),
        ("beraten", "beratung"),
        ("gemobbt", "mobbing"),
        ("uberfordert", "uberforderung"),
        ("handeln", "handlung"),
        ("wandern", "wanderung"),
        ("betreun", "betreuung"),  # "betreuen", folded
        ("gebildet", "bildung"),
    ],
)
def test_verbalnomen(wort, nomen):
    assert nomen in verbalnomen(wort)


@pytest.mark.parametrize("wort", ["tut", "kita", "planet", "geoffnet", "sitzen", "leiten"])
def test_kein_verbalnomen(wort):
    """Too short, no verb ending, "-et" after no t or d ("Planet", "geöffnet"), or a noun
    whose meaning has left the verb's ("Sitzung", "Leitung")."""
    assert not {n for n in verbalnomen(wort) if n.endswith("ung")}


def test_verb_findet_das_nomen_unter_dem_wort_selbst():
    wort = AngebotFactory(titel="Elterntreff", beschreibung="Wenn Eltern sich trennen …")
    nomen = AngebotFactory(titel="Beratung bei Trennung und Scheidung", beschreibung="Für Eltern.")
    kompositum = AngebotFactory(titel="Trennungsberatung für Eltern")
    AngebotFactory(titel="Mobbing an der Schule: Sprechstunde")
    ergebnis = titel("Eltern trennen sich")
    assert set(ergebnis) == {wort.titel, nomen.titel, kompositum.titel}
    assert titel("Kind wird gemobbt") == ["Mobbing an der Schule: Sprechstunde"]
    # The compounds the noun is the head of, not every one holding it.
    AngebotFactory(titel="Sprechstunde", beschreibung="Bitte die Öffnungszeiten beachten.")
    cyber = AngebotFactory(titel="Cybermobbing-Workshop")
    AngebotFactory(titel="Treff", beschreibung="Die Öffnung des Hauses.")
    assert cyber.titel in titel("gemobbt")
    assert titel("geöffnet") == []


@pytest.mark.parametrize(
    ("wort", "nomen"),
    [("schlaft", "schlaf"), ("schlaft", "schlafen"), ("spielt", "spiel"), ("streitet", "streit")],
)
def test_verbform_auch_als_stamm_und_infinitiv(wort, nomen):
    """A verb's present or participle: also its infinitive and the noun that is its bare
    stem ("Baby schläft schlecht": Schlaf, Schlafen)."""
    assert nomen in verbalnomen(wort)


@pytest.mark.parametrize(
    ("wort", "nicht"), [("nacht", "nach"), ("gesicht", "sich"), ("macht", "machen")]
)
def test_verbform_nie_ein_stoppwort(wort, nicht):
    """ "Nacht" is no "nach", "Gesicht" no "sich" (the stem is a stop word or no verb's)."""
    assert nicht not in verbalnomen(wort)


@pytest.mark.parametrize(
    ("nomen", "verb"),
    [
        ("betreuung", "betreuten"),
        ("betreuung", "betreuen"),
        ("trennung", "getrennt"),
        ("beratung", "beraten"),
        ("forderung", "gefordert"),  # "Förderung", folded
        ("jonglage", "jonglieren"),
        ("reparatur", "repariert"),
    ],
)
def test_verbformen_eines_verbalnomens(nomen, verb):
    assert verb in verbformen(nomen)


@pytest.mark.parametrize("nomen", ["sitzung", "leitung", "kita", "zeitung", "tut", "integration"])
def test_keine_verbformen(nomen):
    """No noun of a verb, or one whose meaning has left the verb's ("Leitung"); not -ation
    ("Integration" is no "Integrierte Sekundarschule")."""
    assert not verbformen(nomen)


def test_nomen_findet_das_verb_unter_dem_wort_selbst():
    """A verb's noun she typed, through the verb where offers hold that, below the noun
    itself; not through a compound that holds the verb's form."""
    betreut = AngebotFactory(
        titel="Abenteuerspielplatz Fort", beschreibung="Ein pädagogisch betreuter Spielplatz."
    )
    betreuung = AngebotFactory(titel="Spielplatz mit Betreuung")
    AngebotFactory(titel="Spielplatzfest", beschreibung="Ohne Aufsicht.")
    assert titel("Spielplatz mit Betreuung")[:2] == [betreuung.titel, betreut.titel]
    zirkus = AngebotFactory(titel="Kinderzirkus", beschreibung="Jonglieren, Akrobatik, Einrad.")
    assert titel("Jonglage") == [zirkus.titel]
    schlaf = AngebotFactory(
        titel="Hebammensprechstunde", beschreibung="Fragen zum Schlaf Ihres Babys."
    )
    AngebotFactory(titel="Babymassage", beschreibung="Für Babys und Eltern.")
    assert titel("Baby schläft schlecht")[0] == schlaf.titel


def test_begriff_ohne_angebot_ueber_den_oberbegriff():
    """No offer names the Paarberatung: it is searched as the Beratung in Fragen der
    Partnerschaft, Trennung und Scheidung above it (a shipped link), and the page says so."""
    AngebotFactory(titel="Trennungs- und Scheidungsberatung")
    treffer, anfrage = suchen("Paarberatung")
    assert [a.titel for a in treffer] == ["Trennungs- und Scheidungsberatung"]
    assert anfrage.erweiterungen["paarberatung"][0] == "oberbegriff"


def test_was_sie_mit_der_suche_tut_zaehlt_nicht():
    """ "Hebamme gesucht", "Praktikum finden", "Musik machen": what she does with the search,
    not what she looks for ("gesucht" found every "Ausbildungsplatz suchen")."""
    hebamme = AngebotFactory(titel="Hebammensprechstunde")
    AngebotFactory(titel="Berufsorientierung", beschreibung="Wer einen Ausbildungsplatz sucht …")
    assert titel("Hebamme gesucht") == [hebamme.titel]
    for anfrage in ("Hebamme gesucht", "Praktikum finden", "Musik machen", "suche Kita"):
        woerter = {b.text for b in anfrage_verstehen(anfrage).begriffe}
        assert not woerter & {"gesucht", "finden", "machen", "suche"}


def test_kompositum_ueber_das_verb_seines_kurzen_stamms():
    """A compound no offer holds whose first part is a verb's short stem and whose head the
    registry knows: searched as that
    verb where an offer holds the very word ("Malkurs" → "Malen", said so as the offers
    write it), never as a noun's plural ("Tierarzt" is no "Tieren")."""
    malen = AngebotFactory(titel="Malen und Gestalten", beschreibung="Mit Farben und Pinseln.")
    AngebotFactory(titel="Tier-AG", beschreibung="Wir kümmern uns um die Tiere im Stall.")
    # The registry knows the head: it offers something of the kind.
    AngebotFactory(titel="Deutsch", beschreibung="Ein Kurs für Eltern beim Arzt.")
    treffer, anfrage = suchen("Malkurs")
    assert [a.titel for a in treffer] == [malen.titel]
    assert anfrage.erweiterungen["malkurs"] == ("wortteil", "Malen")
    assert anfrage.weiter_gefasst == [("Malkurs", "wortteil", "Malen")]
    assert titel("Tierarzt") == []


def test_gewalt_unter_dem_kinderschutz_und_gitarre_unter_musik():
    """Shipped links (migration 0041): where no offer names häusliche Gewalt or a Gitarre,
    the search says so and shows the Kinderschutz or the Musik."""
    schutz = AngebotFactory(titel="Kinderschutzberatung", beschreibung="Bei Kindeswohlgefährdung.")
    musik = AngebotFactory(titel="Musikgruppe", beschreibung="Wir machen Musik.")
    treffer, anfrage = suchen("häusliche Gewalt")
    assert [a.titel for a in treffer] == [schutz.titel]
    assert anfrage.erweiterungen["hausliche gewalt"] == ("oberbegriff", "Kinderschutz")
    for instrument in ("Gitarre", "Klavier"):
        treffer, anfrage = suchen(instrument)
        assert [a.titel for a in treffer] == [musik.titel]
        assert anfrage.erweiterungen[instrument.lower()] == ("oberbegriff", "Musik")
    # Not through words that merely stand in one description.
    AngebotFactory(titel="Lerncafé", beschreibung="Lernen, wo jedes Instrument schweigt.")
    treffer, anfrage = suchen("Gitarre")
    assert [a.titel for a in treffer] == [musik.titel]


def test_andere_schreibweise_zaehlt_wie_das_wort():
    """ "Circus" is "Zirkus" written otherwise (both in one group of the thesaurus): it counts
    as the word itself, not as a synonym below the Kita "Flohzirkus"; a real synonym stays
    one."""
    from angebote.suche.search import GENAU, SYNONYM

    AngebotFactory(titel="Circus Schatzinsel", beschreibung="Akrobatik und Jonglage.")
    AngebotFactory(titel="Zirkuspädagogik", beschreibung="Für Kinder.")
    (begriff,) = anfrage_verstehen("Zirkus").begriffe
    klassen = {a.klasse for a in begriff.alternativen if "circus" in a.mengen[0]}
    assert klassen == {GENAU}
    (begriff,) = anfrage_verstehen("Kinderzirkus").begriffe
    assert {a.klasse for a in begriff.alternativen if "zirkuspadagogik" in a.mengen[0]} == {SYNONYM}


def test_mehrzahl_eines_nomens_ist_kein_verb():
    schulen = AngebotFactory(titel="Sozialarbeit an Schulen", beschreibung="An jeder Schule.")
    AngebotFactory(titel="Schulung für Ehrenamtliche")
    assert titel("Schulen") == [schulen.titel]


@pytest.mark.parametrize(
    "anfrage",
    ["Kind wird gemobbt", "Baby schläft nicht", "Hilfe beim Antrag", "Wo gibt es Babyschwimmen"],
)
def test_fuellwoerter_einer_problembeschreibung_zaehlen_nicht(anfrage):
    anfrage_verstanden = anfrage_verstehen(anfrage)
    fuell = {"wird", "nicht", "beim", "wo", "gibt", "es"}
    assert not fuell & {b.text for b in anfrage_verstanden.begriffe}


@pytest.fixture
def welt():
    """Offers whose words tell the rules apart."""
    sucht = Kategorie.objects.create(name="Suchtprävention", slug="suchtpraevention")
    return {
        "drogensucht": AngebotFactory(titel="Beratung bei Drogensucht"),
        "suchtberatung": AngebotFactory(titel="Suchtberatung für Jugendliche"),
        "besucht": AngebotFactory(
            titel="Stadtteilmütter", beschreibung="Wir haben Familien besucht und gesucht."
        ),
        "untersucht": AngebotFactory(titel="Kinderarzt", beschreibung="Kinder werden untersucht."),
        "streit": AngebotFactory(titel="Streitschlichtung", beschreibung="Bereit zum Reden?"),
        "reiten": AngebotFactory(titel="Therapeutisches Reiten"),
        "schuldner": AngebotFactory(titel="Schuldnerberatung"),
        "schueler": AngebotFactory(titel="Lernpaten für Schülerinnen und Schüler"),
        "mit_kategorie": AngebotFactory(
            titel="Gesprächskreis", beschreibung="Offen für alle.", kategorien=[sucht]
        ),
        "essen": AngebotFactory(titel="Gemeinsames Essen", beschreibung="Jeden Mittwoch."),
        "vergessen": AngebotFactory(
            titel="Spielenachmittag", beschreibung="Gute Laune nicht vergessen!"
        ),
        "senioren": AngebotFactory(titel="Treff für Jung und Alt", beschreibung="Für die Alten."),
        "gestalten": AngebotFactory(titel="Malwerkstatt", beschreibung="Wir gestalten Bilder."),
    }


@pytest.mark.parametrize(
    ("anfrage", "gefunden", "nicht"),
    [
        ("Sucht", {"drogensucht", "suchtberatung", "mit_kategorie"}, {"besucht", "untersucht"}),
        ("Reiten", {"reiten"}, {"streit"}),
        ("Schüler", {"schueler"}, {"schuldner"}),
        ("Schülerin", {"schueler"}, {"schuldner"}),
        ("Beratung", {"drogensucht", "suchtberatung", "schuldner"}, {"besucht"}),
        ("Essen", {"essen"}, {"vergessen"}),
        ("Alten", {"senioren"}, {"gestalten"}),
    ],
)
def test_woerter_und_teile_nie_beliebige_zeichenfolgen(welt, anfrage, gefunden, nicht):
    treffer = set(titel(anfrage))
    assert {welt[k].titel for k in gefunden} <= treffer
    assert not {welt[k].titel for k in nicht} & treffer


def test_gewichte_titel_schlagworte_text_namen():
    traeger = TraegerFactory(name="Zirkus Traumland e.V.")
    ort = EinrichtungFactory(traeger=traeger, name="Zirkuszelt am Fluss")
    kategorie = Kategorie.objects.create(name="Zirkuspädagogik", slug="zirkus")
    im_namen = AngebotFactory(titel="Sommerfest", traeger=traeger, einrichtungen=[ort])
    im_text = AngebotFactory(titel="Ferienwoche", beschreibung="Wir spielen Zirkus.")
    in_schlagworten = AngebotFactory(titel="Akrobatik", kategorien=[kategorie])
    im_titel = AngebotFactory(titel="Zirkus für Kinder")
    assert titel("Zirkus") == [
        im_titel.titel,
        in_schlagworten.titel,
        im_text.titel,
        im_namen.titel,
    ]


def test_gleichstand_nach_aktualitaet_nicht_alphabetisch():
    alt = AngebotFactory(titel="A Elterncafé", zuletzt_geprueft=HEUTE - datetime.timedelta(300))
    neu = AngebotFactory(titel="B Elterncafé", zuletzt_geprueft=HEUTE)
    nie = AngebotFactory(titel="0 Elterncafé", zuletzt_geprueft=None)
    assert titel("Elterncafé") == [neu.titel, alt.titel, nie.titel]


@pytest.fixture
def thesaurus():
    Synonymgruppe.objects.all().delete()
    return [
        Synonymgruppe.objects.create(bevorzugt="Kindertagesstätte", begriffe="Kita\nKrippe"),
        Synonymgruppe.objects.create(bevorzugt="Hilfen zur Erziehung", begriffe="HzE"),
        Synonymgruppe.objects.create(
            bevorzugt="Hausaufgabenhilfe", begriffe="Hausaufgabenbetreuung"
        ),
        Synonymgruppe.objects.create(bevorzugt="Hilfe", begriffe="Betreuung"),
    ]


def test_synonym_findet_und_steht_unter_dem_wort_selbst(thesaurus):
    kita = AngebotFactory(titel="Kita Sonnenschein", zuletzt_geprueft=None)
    kts = AngebotFactory(titel="Kindertagesstätte Regenbogen", zuletzt_geprueft=HEUTE)
    krippe = AngebotFactory(titel="Krippe Zwergenland", zuletzt_geprueft=HEUTE)
    AngebotFactory(titel="Jugendclub")
    gefunden = titel("Kita")
    assert gefunden[0] == kita.titel and set(gefunden[1:]) == {kts.titel, krippe.titel}
    assert titel("Kitas")[0] == kita.titel  # a form of the word
    assert titel("Kindertagesstätte")[0] == kts.titel


def test_abkuerzung_und_phrase(thesaurus):
    hze = AngebotFactory(titel="HzE-Sprechstunde")
    lang = AngebotFactory(titel="Beratung", beschreibung="Hilfen zur Erziehung nach SGB VIII")
    assert set(titel("HzE")) == {hze.titel, lang.titel}
    assert set(titel("Hilfen zur Erziehung")) == {hze.titel, lang.titel}


def test_phrase_und_zusammensetzungen():
    """A phrase of the thesaurus: a word before its last counts in a compound it is the
    head of (a Krisenberatung is a Beratung), not in one it only starts (a Kinderclub is no
    "Kinder-" of a "Kinder- und Jugendhaus")."""
    Synonymgruppe.objects.all().delete()
    Synonymgruppe.objects.create(bevorzugt="Jugendberatung", begriffe="Beratung für Jugendliche")
    Synonymgruppe.objects.create(bevorzugt="Jugendfreizeitheim", begriffe="Kinder- und Jugendhaus")
    krise = AngebotFactory(titel="Krisenberatung für Jugendliche")
    AngebotFactory(titel="Sprechstunde für Jugendliche")
    assert titel("Jugendberatung") == [krise.titel]
    haus = AngebotFactory(titel="Kinder- und Jugendhaus Ost")
    AngebotFactory(titel="Kinderclub im Jugendhaus West")
    assert titel("Jugendfreizeitheim") == [haus.titel]


def test_bekanntes_kompositum_auch_mit_synonym_des_kopfs(thesaurus):
    """A compound the registry holds ("Musik-Kita") also finds its first part with a
    synonym of its head, below the word itself ("Musikkrippe")."""
    kita = AngebotFactory(titel="Musik-Kita Klimperkiste", zuletzt_geprueft=None)
    krippe = AngebotFactory(titel="Musikkrippe Tonleiter", zuletzt_geprueft=HEUTE)
    AngebotFactory(titel="Krippe am Park", beschreibung="Wir singen.")
    assert titel("Musikkita") == [kita.titel, krippe.titel]


def test_unbekanntes_kompositum_ueber_ein_synonym_des_ersten_teils():
    """A compound no offer holds whose first part is a term of the thesaurus
    ("Flüchtlingskinder") finds a synonym of that part with its head, both in one field
    ("Hausaufgabenhilfe für geflüchtete Kinder"), not the two apart."""
    Synonymgruppe.objects.all().delete()
    Synonymgruppe.objects.create(bevorzugt="Geflüchtete", begriffe="Flüchtlinge")
    gemeint = AngebotFactory(titel="Hausaufgabenhilfe für geflüchtete Kinder")
    AngebotFactory(
        titel="Sprachcafé für Geflüchtete", beschreibung="Eltern kommen, Erwachsene lernen."
    )
    AngebotFactory(titel="Spielgruppe für Kinder", beschreibung="Geflüchtete willkommen.")
    assert titel("Flüchtlingskinder") == [gemeint.titel]


def test_begriff_des_thesaurus_den_kein_angebot_nennt_ueber_den_ersten_teil():
    """A concept of the thesaurus none of whose terms an offer holds ("Ferienfreizeit",
    "Ferienlager") is searched as its compound's first part, and the page says so; not
    where the registry does not know its head ("Kinderarzt": no "Arzt"), where the first
    part is in too many offers ("Elternkurs": "Eltern…"), nor through a short first part
    ("Tagesmutter" is not "Tag")."""
    Synonymgruppe.objects.all().delete()
    for bevorzugt, begriffe in [
        ("Ferienfreizeit", "Ferienlager"),
        ("Tagesmutter", "Tagespflege"),
        ("Kinderarzt", "Kinderärztin"),
        ("Elternkurs", "Elterntraining"),
    ]:
        Synonymgruppe.objects.create(bevorzugt=bevorzugt, begriffe=begriffe)
    programm = AngebotFactory(titel="Ferienprogramm im Treff")
    AngebotFactory(titel="Freizeittreff Nord")
    AngebotFactory(titel="Deutsch im Alltag für Mütter")
    AngebotFactory(titel="Yogakurs am Abend")
    for i in range(4):
        AngebotFactory(titel=f"Elterncafé für Kinder {i}")
    treffer, anfrage = suchen("Ferienfreizeit")
    assert [a.titel for a in treffer] == [programm.titel]
    assert anfrage.weiter_gefasst == [("Ferienfreizeit", "wortteil", "Ferien")]
    for text in ("Tagesmutter", "Kinderarzt", "Elternkurs"):
        treffer, anfrage = suchen(text)
        assert not treffer.exists(), text
        assert anfrage.unbekannt == [text.lower()] and not anfrage.erweiterungen


def test_zusammengesetzte_anfrage_wird_zerlegt(thesaurus):
    hilfe = AngebotFactory(titel="Hausaufgabenhilfe im Treff", zuletzt_geprueft=None)
    betreuung = AngebotFactory(titel="Hausaufgabenbetreuung", zuletzt_geprueft=HEUTE)
    assert titel("Hausaufgabenhilfe") == [hilfe.titel, betreuung.titel]
    # Not in the thesaurus, not in the registry: split into its parts.
    beratung = AngebotFactory(titel="Beratung bei Drogen und Sucht")
    assert titel("Drogenberatung") == [beratung.titel]


def test_oberbegriff_findet_die_unterbegriffe_nicht_umgekehrt():
    Synonymgruppe.objects.all().delete()
    kampfsport = Synonymgruppe.objects.create(bevorzugt="Kampfsport", begriffe="Kampfkunst")
    judo = Synonymgruppe.objects.create(
        bevorzugt="Judo", begriffe="Judotraining", oberbegriff=kampfsport
    )
    Synonymgruppe.objects.create(bevorzugt="Jiu Jitsu", begriffe="Jiu-Jitsu", oberbegriff=judo)
    allgemein = AngebotFactory(titel="Kampfsport für Mädchen", zuletzt_geprueft=None)
    training = AngebotFactory(titel="Judotraining im Verein", zuletzt_geprueft=HEUTE)
    enkel = AngebotFactory(titel="Jiu-Jitsu für Kinder", zuletzt_geprueft=HEUTE)
    AngebotFactory(titel="Tanzgruppe")
    # The broader term finds the narrower groups (two levels), after its own word.
    gefunden = titel("Kampfsport")
    assert gefunden[0] == allgemein.titel
    assert set(gefunden) == {allgemein.titel, training.titel, enkel.titel}
    # Not the other way: "Judo" is not every Kampfsport.
    assert set(titel("Judo")) == {training.titel, enkel.titel}
    assert titel("Jiu Jitsu") == [enkel.titel]
    # Switched off, the broader group does not act; the narrower one acts on its own.
    kampfsport.aktiv = False
    kampfsport.save()
    assert titel("Kampfsport") == [allgemein.titel]
    assert set(titel("Judo")) == {training.titel, enkel.titel}


def test_oberbegriff_ohne_kreis():
    a = Synonymgruppe.objects.create(bevorzugt="Aaa", begriffe="Aaa1")
    b = Synonymgruppe.objects.create(bevorzugt="Bbb", begriffe="Bbb1", oberbegriff=a)
    a.oberbegriff = b
    with pytest.raises(ValidationError) as fehler:
        a.full_clean()
    assert fehler.value.message_dict["oberbegriff"] == [
        "„Aaa“ kann nicht unter sich selbst stehen: Aaa › Bbb › Aaa."
    ]
    # A cycle written past the form (SQL, an import) does not hang the search.
    thes = bauen([["x", "x1"], ["y", "y1"]], [1, 0])
    assert set(thes.gruppe("x")) == {"x", "x1", "y", "y1"}


def test_bindestrich_kompositum_ist_ein_wort_im_thesaurus():
    # "Ein-Eltern-Familie" is the compound as one word and the phrase of its words; typed
    # with hyphens or spaces (the query's words one by one) it finds its group.
    thes = bauen([["Alleinerziehende", "Ein-Eltern-Familie", "alleinerziehende Eltern"]])
    assert set(thes.gruppe("alleinerziehende")) == {
        "alleinerziehende",
        "einelternfamilie",
        "ein eltern familie",
        "alleinerziehende eltern",
    }
    assert thes.gruppe("ein eltern familie") == thes.gruppe("einelternfamilie")
    assert thes.phrase(["ein", "eltern", "familie"], 0) == 3
    assert bauen([["Kinder- und Jugendhilfe", "KJH"]]).gruppe("kjh") == (
        "kinder und jugendhilfe",
        "kjh",
    )


def test_phrase_des_thesaurus_mit_anderen_fuellwoertern():
    """A phrase of the thesaurus is recognised with other stop words or none inside
    ("Hilfe bei Hausaufgaben" is "Hilfe bei den Hausaufgaben"), not across its edges."""
    thes = bauen(
        [
            ["Hausaufgabenhilfe", "Hilfe bei den Hausaufgaben"],
            ["Alleinerziehende", "Ein-Eltern-Familie"],
            ["Umgangsberatung", "Beratung zum Umgang"],
        ]
    )
    for woerter in (
        ["hilfe", "bei", "hausaufgaben"],
        ["hilfe", "bei", "der", "hausaufgaben"],
        # Inflected: each word of content by its stem.
        ["hilfen", "bei", "den", "hausaufgaben"],
        ["hilfen", "bei", "der", "hausaufgabe"],
    ):
        assert thes.phrase_begriff(woerter, 0) == (len(woerter), "hilfe bei den hausaufgaben")
    # Only articles differ: not a preposition, not the words of a hyphenated term.
    for woerter in (
        ["hilfe", "hausaufgaben"],
        ["hilfe", "bei"],
        ["bei", "hilfe", "hausaufgaben"],
        ["eltern", "und", "familie"],
        ["eltern", "familie"],
        ["beratung", "im", "umgang"],
    ):
        assert thes.phrase_begriff(woerter, 0) == (0, ""), woerter

    Synonymgruppe.objects.all().delete()
    Synonymgruppe.objects.create(
        bevorzugt="Hausaufgabenhilfe", begriffe="Hausaufgabenbetreuung\nHilfe bei den Hausaufgaben"
    )
    betreuung = AngebotFactory(titel="Hausaufgabenbetreuung am Markt")
    AngebotFactory(titel="Hilfe beim Umzug")
    for text in ("Hilfe bei Hausaufgaben", "Hilfen bei den Hausaufgaben"):
        treffer, anfrage = suchen(text)
        assert [a.titel for a in treffer] == [betreuung.titel]
        assert [b.text for b in anfrage.begriffe] == ["hilfe bei den hausaufgaben"]
        assert anfrage._wie_geschrieben("hilfe bei den hausaufgaben") == text


@pytest.mark.parametrize(
    ("text", "gesucht"),
    [
        ("§ 28", "§ 28 SGB VIII"),
        ("§28", "§ 28 SGB VIII"),
        ("§ 35 a", "§ 35a SGB VIII"),
        ("Beratung § 17", "Beratung § 17 SGB VIII"),
        ("§ 28 SGB VIII", "§ 28 SGB VIII"),
        ("§ 28 Beratung", "§ 28 SGB VIII Beratung"),
        ("§ 41 Hilfe für junge Volljährige", "§ 41 SGB VIII Hilfe für junge Volljährige"),
        ("§ 1631 BGB", "§ 1631 BGB"),
        ("§ 23 AufenthG", "§ 23 AufenthG"),
        ("§ 20 IfSG", "§ 20 IfSG"),
        ("§§ 27 ff.", "§§ 27 ff."),
        ("§ 8a Abs. 4 SGB VIII", "§ 8a Abs. 4 SGB VIII"),
        ("28 Plätze", "28 Plätze"),
    ],
)
def test_paragraf_ohne_gesetz_ist_einer_des_sgb_viii(text, gesucht):
    assert _mit_gesetz(text) == gesucht


def test_paragraf_findet_die_leistung_nicht_jede_zahl():
    """ "§ 28" is the Erziehungsberatung of the thesaurus, not every offer naming 28; the law
    added counts only within the phrase (no required "SGB", "VIII" of its own)."""
    Synonymgruppe.objects.all().delete()
    Synonymgruppe.objects.create(bevorzugt="Erziehungsberatung", begriffe="§ 28 SGB VIII")
    beratung = AngebotFactory(titel="Erziehungsberatung am Markt")
    AngebotFactory(titel="Kita mit 28 Plätzen")
    for text in ("§ 28", "§28", "§ 28 SGB VIII"):
        treffer, anfrage = suchen(text)
        assert [a.titel for a in treffer] == [beratung.titel], text
        assert [b.text for b in anfrage.begriffe] == ["28 sgb viii"]
    treffer, anfrage = suchen("§ 28 Erziehungsberatung")
    assert [a.titel for a in treffer] == [beratung.titel] and not anfrage.unbekannt
    # Said as she typed it where it is named ("§ 28", not "28 sgb viii").
    assert Suchanfrage(text="§ 28 Beratung")._wie_geschrieben("28 sgb viii") == "§ 28"
    assert (
        Suchanfrage(text="Hilfe bei Hausaufgaben")._wie_geschrieben("hilfe bei den hausaufgaben")
        == "Hilfe bei Hausaufgaben"
    )
    assert anfrage_verstehen("Erziehungsberatung § 99").unbekannt == ["99"]


def test_synonym_mit_bindestrich_findet_nur_wer_es_schreibt():
    Synonymgruppe.objects.all().delete()
    Synonymgruppe.objects.create(bevorzugt="Alleinerziehende", begriffe="Ein-Eltern-Familie")
    treff = AngebotFactory(titel="Treff für Einelternfamilien")
    mit_bindestrichen = AngebotFactory(titel="Frühstück für Ein-Eltern-Familien")
    # "Ein" is a stop word: "Eltern" and "Familie" in one field are no Ein-Eltern-Familie.
    AngebotFactory(titel="Sonntagscafé", beschreibung="Eltern mit Familie")
    AngebotFactory(titel="Mittagstisch im Familienzentrum", beschreibung="Für Eltern.")
    for text in ("Alleinerziehende", "Ein-Eltern-Familie", "Ein Eltern Familie"):
        treffer, _anfrage = suchen(text)
        assert set(treffer.values_list("pk", flat=True)) == {treff.pk, mit_bindestrichen.pk}

    # Without a stop word, its words together in the title or in the description count.
    Synonymgruppe.objects.create(bevorzugt="Vätertreff", begriffe="Papa-Kind-Treff")
    vaeter = AngebotFactory(titel="Vätertreff am Markt")
    zusammen = AngebotFactory(titel="Sonntagscafé am Hafen", beschreibung="Papa und Kind im Treff")
    # "Kind" and "Treff" in the title, "Papa" in the description: not the phrase.
    AngebotFactory(titel="Kind im Treff", beschreibung="Für jeden Papa")
    treffer, _anfrage = suchen("Vätertreff")
    gefunden = list(treffer.values_list("pk", flat=True))
    assert gefunden == [vaeter.pk, zusammen.pk]  # the word in the title first


def test_begriff_ohne_angebot_wird_als_oberbegriff_gesucht(client_fachkraft):
    """A term of the thesaurus no offer holds is searched as its broader group's preferred
    term, and the page says so, with the way back to the exact search."""
    Synonymgruppe.objects.all().delete()
    sucht = Synonymgruppe.objects.create(bevorzugt="Sucht", begriffe="Abhängigkeit")
    Synonymgruppe.objects.create(
        bevorzugt="Suchtberatung", begriffe="Drogenberatung", oberbegriff=sucht
    )
    ohne = Synonymgruppe.objects.create(bevorzugt="Spielsucht", begriffe="Zockerei")
    workshop = AngebotFactory(titel="Workshop Medien und Sucht")
    AngebotFactory(titel="Tanzgruppe")

    treffer, anfrage = suchen("Drogenberatung")
    assert [a.titel for a in treffer] == [workshop.titel]
    assert anfrage.erweiterungen == {"drogenberatung": ("oberbegriff", "Sucht")}
    assert anfrage.weiter_gefasst == [("Drogenberatung", "oberbegriff", "Sucht")]
    # Her exact spelling asked for ("genau"): not widened.
    treffer, anfrage = suchen("Drogenberatung", korrigieren=False)
    assert list(treffer) == [] and anfrage.erweiterungen == {}
    # No broader group, or one no offer holds either: nothing found, the word named.
    treffer, anfrage = suchen("Zockerei")
    assert list(treffer) == [] and anfrage.unbekannt == ["zockerei"]
    ohne.oberbegriff = Synonymgruppe.objects.create(bevorzugt="Glücksspiel")
    ohne.save()
    treffer, anfrage = suchen("Zockerei")
    assert list(treffer) == [] and anfrage.erweiterungen == {}

    html = client_fachkraft.get("/", {"q": "Suchtberatung"}).content.decode()
    assert workshop.titel in html
    assert "„Suchtberatung“ steht in keinem Angebot: Ergebnisse für den Oberbegriff" in html
    assert "<strong>Sucht</strong>" in html and "?q=Suchtberatung&amp;genau=on" in html


def test_wortfamilie_und_bestimmungswort_wenn_nichts_gefunden(client_fachkraft):
    """A German word no offer holds is searched through its family ("Pädagogik": the words
    beginning "pädagog"); a compound whose parts no offer holds together, through its first
    part. Both stated; her exact spelling ("genau") asks for neither."""
    Synonymgruppe.objects.all().delete()
    paedagogisch = AngebotFactory(titel="Pädagogische Beratung für Eltern")
    maedchen = AngebotFactory(titel="Mädchentreff am Markt")
    AngebotFactory(titel="Fußball für alle")
    AngebotFactory(titel="Sportfest im Park")

    treffer, anfrage = suchen("Paedagogik")
    assert [a.titel for a in treffer] == [paedagogisch.titel]
    assert anfrage.weiter_gefasst == [("Paedagogik", "wortfamilie", "Paedagog")]
    # The family is the stem with an ending: an Internat is no international school.
    AngebotFactory(titel="Internationale Schule")
    treffer, anfrage = suchen("Internat")
    assert list(treffer) == [] and anfrage.unbekannt == ["internat"]
    assert list(suchen("Paedagogik", korrigieren=False)[0]) == []

    treffer, anfrage = suchen("Mädchensport")
    assert [a.titel for a in treffer] == [maedchen.titel]
    assert anfrage.weiter_gefasst == [("Mädchensport", "wortteil", "Mädchen")]
    # Where an offer holds both parts, the compound is searched as it is.
    beides = AngebotFactory(titel="Sport für Mädchen")
    treffer, anfrage = suchen("Mädchensport")
    assert [a.titel for a in treffer] == [beides.titel] and anfrage.erweiterungen == {}
    # A short first part is no topic ("Tag|esmutter"), though offers hold each part.
    AngebotFactory(titel="Tag der offenen Tür")
    AngebotFactory(titel="Mutter-Kind-Café")
    treffer, anfrage = suchen("Tagesmutter")
    assert list(treffer) == [] and anfrage.erweiterungen == {}
    # Only where no published offer at all holds both parts: not for a filter that leaves
    # none (the page offers to drop the filter instead).
    treffer, anfrage = suchen("Mädchensport", Angebot.objects.veroeffentlicht().filter(titel="x"))
    assert list(treffer) == [] and anfrage.erweiterungen == {}

    html = client_fachkraft.get("/", {"q": "Pädagogik"}).content.decode()
    assert "Ergebnisse für Wörter, die mit <strong>Pädagog</strong> beginnen." in html


def test_tippfehler_wird_korrigiert_wenn_nichts_gefunden():
    AngebotFactory(titel="Hausaufgabenhilfe")
    treffer, anfrage = suchen("Hausaufgabenhife")
    assert [a.titel for a in treffer] == ["Hausaufgabenhilfe"]
    assert anfrage.korrekturen == {"hausaufgabenhife": "hausaufgabenhilfe"}
    # The way back: her spelling, uncorrected.
    treffer, anfrage = suchen("Hausaufgabenhife", korrigieren=False)
    assert list(treffer) == [] and anfrage.korrekturen == {}


def test_korrektur_behaelt_den_sinn():
    """ "Schreibaby" is three edits from "schreiben": no correction to another concept."""
    AngebotFactory(titel="Bewerbungen schreiben")
    treffer, anfrage = suchen("Schreibaby")
    assert list(treffer) == []
    assert anfrage.korrekturen == {} and anfrage.vorschlaege == {}
    assert anfrage.unbekannt == ["schreibaby"]


def test_kurze_woerter_werden_nicht_verbogen():
    AngebotFactory(titel="Kita am Park")
    assert anfrage_verstehen("Kiez").korrekturen == {}


def test_tippfehler_vor_zerlegung():
    """A typo is corrected before it is split: "Sprachkurz" is one edit from a word of the
    registry, so it is not read as Sprach|kurz (which would find the Kurzberatung)."""
    kurs = AngebotFactory(titel="Sprachkurs für Eltern")
    AngebotFactory(titel="Kurzberatung", beschreibung="Mit Sprachförderung.")
    treffer, anfrage = suchen("Sprachkurz")
    assert [a.titel for a in treffer] == [kurs.titel]
    assert anfrage.korrekturen == {"sprachkurz": "sprachkurs"}


def test_tippfehler_im_ersten_teil_einer_zusammensetzung(client_fachkraft):
    """ "Trenungsberatung": no word of the registry is within two edits, and the splitter
    finds no German word before "beratung"; its first part is one edit from "Trennung", a
    word the registry holds: corrected to "Trennungsberatung", said so, found as that
    concept of the thesaurus ("Trennungs- und Scheidungsberatung"). A first part that is a
    word is no typo ("Stillberatung" stays)."""
    gemeint = AngebotFactory(
        titel="Beratung bei Trennung",
        beschreibung="Trennungs- und Scheidungsberatung für Eltern.",
    )
    AngebotFactory(titel="Erziehungsberatung")
    # No word of the registry within reach: the regular correction finds nothing.
    assert korrektur("trenungsberatung") is None
    treffer, anfrage = suchen("Trenungsberatung")
    assert anfrage.korrekturen == {"trenungsberatung": "trennungsberatung"}
    assert [a.titel for a in treffer] == [gemeint.titel]
    treffer, anfrage = suchen("Trenungsberatung", korrigieren=False)
    assert list(treffer) == [] and anfrage.korrekturen == {}
    assert anfrage_verstehen("Stillberatung").korrekturen == {}
    # A first part the registry holds is no typo, though a word one edit away exists.
    AngebotFactory(titel="Zumba für Mütter")
    AngebotFactory(titel="Rumba", beschreibung="Tanzen im Kurs.")
    assert anfrage_verstehen("Zumbakurs").korrekturen == {}

    html = client_fachkraft.get("/", {"q": "Trenungsberatung"}).content.decode()
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    # No offer writes the word itself: capitalised, as she typed it.
    assert "Ergebnisse für Trennungsberatung" in text and "1 Beratung bei Trennung" in text


def test_zusammensetzung_statt_korrektur_mit_zwei_fehlern():
    """A compound of German words is not corrected two edits away: "Stillgruppe" is not
    the "Spielgruppe" but Still|gruppe; "Kindsschutz" is "Kinderschutz" (only the form of
    its first part differs)."""
    AngebotFactory(titel="Spielgruppe für die Kleinsten")
    still = AngebotFactory(titel="Gruppe für stillende Mütter", beschreibung="Still-Treff")
    treffer, anfrage = suchen("Stillgruppe")
    assert anfrage.korrekturen == {}
    assert [a.titel for a in treffer] == [still.titel]
    # One edit away, but only the tail of a word: not corrected, split.
    pfadfinder = AngebotFactory(titel="Pfadfindergruppe")
    kinder = AngebotFactory(titel="Gruppe für Kinder")
    treffer, anfrage = suchen("Kindergruppe")
    assert anfrage.korrekturen == {}
    assert pfadfinder not in treffer and kinder in treffer
    # Two edits in the form of the first part only: corrected.
    schutz = AngebotFactory(titel="Kinderschutzberatung")
    treffer, anfrage = suchen("Kindsschutz")
    assert anfrage.korrekturen == {"kindsschutz": "kinderschutz"}
    assert [a.titel for a in treffer] == [schutz.titel]


def test_deutsche_woerter_werden_nicht_verbogen():
    """A German word no offer holds is not a typo: "Segeln" stays, never "Regeln"."""
    AngebotFactory(titel="Sport-AG", beschreibung="Regeln für Fairplay")
    treffer, anfrage = suchen("Segeln")
    assert list(treffer) == [] and anfrage.korrekturen == {}
    assert anfrage.unbekannt == ["segeln"]


def test_schwanz_einer_zusammensetzung_ist_ein_teil():
    """Lese|kiez|bus: "Kiezbus" finds it, though no offer holds the word on its own."""
    AngebotFactory(titel="Kiezladen", beschreibung="Treffpunkt im Kiez")
    teil = AngebotFactory(titel="Lesekiezbus")  # lese|kiez|bus: "kiezbus" as a tail
    treffer, anfrage = suchen("Kiezbus")
    assert [a.titel for a in treffer] == [teil.titel]
    assert anfrage.korrekturen == {}


def test_kein_vorschlag_fuer_kurze_woerter():
    AngebotFactory(titel="Lesepaten", beschreibung="Daten")
    treffer, anfrage = suchen("Paten")
    assert [a.titel for a in treffer] == ["Lesepaten"]
    assert anfrage.vorschlaege == {}


def test_synonymgruppe_pruefung():
    gruppe = Synonymgruppe(bevorzugt="Kita", begriffe="KiTa\n\n" + "x" * 101)
    with pytest.raises(ValidationError) as fehler:
        gruppe.full_clean()
    meldungen = " ".join(fehler.value.message_dict["begriffe"])
    assert "steht schon in der Gruppe" in meldungen
    assert "länger als 100 Zeichen" in meldungen


def test_mitgelieferter_thesaurus_ist_sauber():
    gruppen = mitgeliefert()
    assert len(gruppen) >= 200
    bevorzugt = [g["bevorzugt"] for g in gruppen]
    assert len(set(bevorzugt)) == len(bevorzugt)
    # Every broader group is shipped too, and no chain comes back to where it began.
    oben = {g["bevorzugt"]: g.get("oberbegriff") for g in gruppen}
    for name in oben:
        kette = [name]
        while oben[kette[-1]]:
            assert oben[kette[-1]] in oben, kette
            assert oben[kette[-1]] not in kette, kette
            kette.append(oben[kette[-1]])
    for gruppe in gruppen:
        Synonymgruppe(
            bevorzugt=gruppe["bevorzugt"], begriffe="\n".join(gruppe["begriffe"])
        ).full_clean(exclude=["bevorzugt"])


def test_synonyme_laden_ergaenzt_nur_und_ueberschreibt_nichts():
    gruppen = mitgeliefert()
    erste = Synonymgruppe.objects.get(bevorzugt=gruppen[0]["bevorzugt"])
    erste.begriffe = "von Hand geändert"
    erste.aktiv = False
    erste.save()
    Synonymgruppe.objects.filter(bevorzugt=gruppen[1]["bevorzugt"]).delete()
    call_command("synonyme_laden", verbosity=0)
    call_command("synonyme_laden", verbosity=0)
    erste.refresh_from_db()
    assert erste.begriffe == "von Hand geändert" and not erste.aktiv
    assert Synonymgruppe.objects.filter(bevorzugt=gruppen[1]["bevorzugt"]).count() == 1
    assert Synonymgruppe.objects.count() == len(gruppen)


def test_leistung_mit_eigenem_paragraphen_nicht_als_oberbegriff_gesucht():
    """A service the law names in a paragraph of its own (§ 33: Vollzeitpflege) is not
    searched as its umbrella (§ 27: Hilfen zur Erziehung): an Erziehungsberatung is no
    foster family. Nothing found, the word named."""
    Synonymgruppe.objects.all().delete()
    hze = Synonymgruppe.objects.create(
        bevorzugt="Hilfen zur Erziehung", begriffe="HzE\n§ 27 SGB VIII"
    )
    Synonymgruppe.objects.create(
        bevorzugt="Vollzeitpflege", begriffe="Pflegefamilie\n§ 33 SGB VIII", oberbegriff=hze
    )
    AngebotFactory(titel="Hilfen zur Erziehung im Familienhilfezentrum")
    # Nor its first part: "Pflege" in few offers, "Familie" known.
    AngebotFactory(titel="Kindertagespflege Sonnenschein")
    for titel in ("Familiencafé", "Sportgruppe", "Musikgruppe", "Tanzgruppe", "Malgruppe"):
        AngebotFactory(titel=titel)
    treffer, anfrage = suchen("Pflegefamilie")
    assert list(treffer) == [] and anfrage.erweiterungen == {}
    assert anfrage.unbekannt == ["pflegefamilie"]


def test_korrektur_und_oberbegriff_zusammen_auf_der_seite(client_fachkraft):
    """A typo corrected and a term widened in one query: both said, the searched text with
    the corrected word and the broader term."""
    Synonymgruppe.objects.all().delete()
    sucht = Synonymgruppe.objects.create(bevorzugt="Sucht", begriffe="Abhängigkeit")
    Synonymgruppe.objects.create(bevorzugt="Suchtberatung", begriffe="", oberbegriff=sucht)
    workshop = AngebotFactory(titel="Zirkus gegen Sucht")
    html = client_fachkraft.get("/", {"q": "Zirkis Suchtberatung"}).content.decode()
    assert workshop.titel in html
    assert "Ergebnisse für <strong>Zirkus Sucht</strong>" in html
    assert "„Suchtberatung“ steht in keinem Angebot: Ergebnisse für den Oberbegriff" in html
    assert html.count('id="korrektur"') == 1


def test_kein_angebot_mit_allen_woertern_die_mit_den_selteneren_zuerst(client_fachkraft):
    """No published offer holds every term: those holding some, the rarer terms first
    ("Mobbing" before "Hilfe" and "Schule"), said on the page; her exact search ("genau")
    and a filter that leaves none keep requiring every term."""
    Synonymgruppe.objects.all().delete()
    mobbing = AngebotFactory(titel="Beratung bei Mobbing")
    for n in range(4):
        AngebotFactory(titel=f"Hausaufgabenhilfe an der Schule {n}")
    AngebotFactory(titel="Tanzgruppe")

    treffer, anfrage = suchen("Hilfe bei Mobbing in der Schule")
    titel_ = [a.titel for a in treffer]
    assert anfrage.teilweise and titel_[0] == mobbing.titel
    assert len(titel_) == 5 and "Tanzgruppe" not in titel_
    assert list(suchen("Hilfe bei Mobbing in der Schule", korrigieren=False)[0]) == []
    treffer, anfrage = suchen(
        "Hausaufgabenhilfe Schule", Angebot.objects.veroeffentlicht().filter(titel="x")
    )
    assert list(treffer) == [] and not anfrage.teilweise
    # One term alone is never relaxed: nothing is nothing.
    assert not suchen("Unsinnswort")[1].teilweise

    html = client_fachkraft.get("/", {"q": "Mobbing in der Nähe"}).content.decode()
    assert mobbing.titel in html
    assert "Kein Angebot enthält alle Suchwörter, keines „Nähe“" in html


def test_wenige_mit_allen_woertern_dann_die_mit_einem_teil_auf_der_seite(client_fachkraft):
    """One offer holds every word of "Verdacht auf Kindeswohlgefährdung": it comes first,
    then the offers holding one of the words, said on the page; her exact search keeps to
    the one; a query that three offers answer whole is not widened."""
    Synonymgruppe.objects.all().delete()
    ganz = AngebotFactory(
        titel="Kinderschutzberatung beim Notdienst",
        beschreibung="Bei Verdacht auf Kindeswohlgefährdung rund um die Uhr.",
    )
    teil = AngebotFactory(
        titel="Kinderschutzberatung im Zentrum",
        beschreibung="Wenn eine Kindeswohlgefährdung droht.",
    )
    AngebotFactory(titel="Tanzgruppe", beschreibung="Für alle.")

    treffer, anfrage = suchen("Verdacht auf Kindeswohlgefährdung")
    assert [a.titel for a in treffer] == [ganz.titel, teil.titel]
    assert anfrage.teilweise and anfrage.ganz == 1
    genau, _anfrage = suchen("Verdacht auf Kindeswohlgefährdung", korrigieren=False)
    assert [a.titel for a in genau] == [ganz.titel]
    html = client_fachkraft.get("/", {"q": "Verdacht auf Kindeswohlgefährdung"}).content.decode()
    assert "Nur 1 Angebot enthält alle Suchwörter, es steht oben." in html
    assert teil.titel in html

    # Counted in the list shown: a filter that leaves out the one, another sort order.
    ohne = Angebot.objects.veroeffentlicht().exclude(pk=ganz.pk)
    treffer, anfrage = suchen("Verdacht auf Kindeswohlgefährdung", ohne)
    assert [a.titel for a in treffer] == [teil.titel] and anfrage.teilweise and not anfrage.ganz
    html = client_fachkraft.get(
        "/", {"q": "Verdacht auf Kindeswohlgefährdung", "sortierung": "name"}
    ).content.decode()
    assert "Nur 1 Angebot enthält alle Suchwörter. Außerdem gezeigt" in html

    for n in range(2):
        AngebotFactory(titel=f"Beratung {n}", beschreibung="Verdacht auf Kindeswohlgefährdung?")
    _treffer, anfrage = suchen("Verdacht auf Kindeswohlgefährdung")
    assert not anfrage.teilweise


def test_bindestrichwort_mit_unbekanntem_kopf_findet_nichts_teilweise():
    """A word joined by hyphens names what its last part names: "Mutter-Kind-Kur" is a Kur.
    No offer holds "Kur": nothing, not every offer for Mutter and Kind (as "Mutterkindkur"
    written together); a known head with no offer holding all parts stays partial."""
    Synonymgruppe.objects.all().delete()
    AngebotFactory(titel="Mutter-Kind-Gruppe")
    wochenende = AngebotFactory(titel="Familienwochenende", beschreibung="Ein Wochenende")
    AngebotFactory(titel="Vater-Kind-Treff")

    for text in ("Mutter-Kind-Kur", "Mutterkindkur"):
        treffer, anfrage = suchen(text)
        assert list(treffer) == [] and not anfrage.teilweise, text
    assert anfrage_verstehen("Mutter-Kind-Kur").kopf_unbekannt
    assert not anfrage_verstehen("Mutter-Kind Kur").kopf_unbekannt  # two words she typed
    treffer, anfrage = suchen("Vater-Kind-Wochenende")
    assert anfrage.teilweise and wochenende.titel in [a.titel for a in treffer]


def test_begriff_dessen_woerter_kein_angebot_zusammen_hat_wird_als_oberbegriff_gesucht(
    client_fachkraft,
):
    """The words of a term of the thesaurus are in the vocabulary, but no published offer
    holds them together: searched as its broader term, said so, as for a word found
    nowhere ("Mädchenarbeit" where the offers say "Schwerpunkt: Mädchen")."""
    Synonymgruppe.objects.all().delete()
    maedchen = Synonymgruppe.objects.create(bevorzugt="Mädchen", begriffe="Girls")
    Synonymgruppe.objects.create(
        bevorzugt="Mädchenarbeit", begriffe="parteiliche Mädchenarbeit", oberbegriff=maedchen
    )
    treff = AngebotFactory(titel="Offener Treff", beschreibung="Schwerpunkt: Mädchen")
    # "parteiliche" and "mädchenarbeit" are words of offers, but not of one published one.
    AngebotFactory(titel="Parteiliche Beratung")
    AngebotFactory(titel="Mädchenarbeit", status=Angebot.Status.ENTWURF)

    treffer, anfrage = suchen("Mädchenarbeit")
    assert [a.titel for a in treffer] == [treff.titel]
    assert anfrage.erweiterungen == {"madchenarbeit": ("oberbegriff", "Mädchen")}
    # Her exact spelling: not widened; a term that finds offers: not widened either.
    assert list(suchen("Mädchenarbeit", korrigieren=False)[0]) == []
    AngebotFactory(titel="Mädchenarbeit im Treff")
    treffer, anfrage = suchen("Mädchenarbeit")
    assert [a.titel for a in treffer] == ["Mädchenarbeit im Treff"]
    assert anfrage.erweiterungen == {}


def test_migration_0034_ergaenzt_nur_was_wie_mitgeliefert_ist():
    """Migration 0034 adds its terms only to groups still as shipped before, adds the new
    group "Notfall" and links under it only groups without a broader group; each change
    leaves a history entry."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("angebote.migrations.0034_thesaurus_notfall_abkuerzungen")
    Synonymgruppe.objects.all().delete()
    bisher, neu = migration.ERGAENZT["Schulsozialarbeit"]
    ssa = Synonymgruppe.objects.create(bevorzugt="Schulsozialarbeit", begriffe="\n".join(bisher))
    tafel = Synonymgruppe.objects.create(bevorzugt="Tafel", begriffe="Lebensmittelausgabe")
    krise = Synonymgruppe.objects.create(bevorzugt="Krisenberatung", begriffe="Krisendienst")
    oben = Synonymgruppe.objects.create(bevorzugt="Kinderschutz")
    notdienst = Synonymgruppe.objects.create(bevorzugt="Jugendnotdienst", oberbegriff=oben)

    migration.ergaenzen(apps, None)

    for gruppe in (ssa, tafel, krise, notdienst):
        gruppe.refresh_from_db()
    assert ssa.begriffe.splitlines() == bisher + neu
    assert ssa.history.first().history_change_reason.endswith("Begriffe ergänzt")
    assert tafel.begriffe == "Lebensmittelausgabe"  # edited by a person: as it is
    notfall = Synonymgruppe.objects.get(bevorzugt="Notfall")
    assert krise.oberbegriff == notfall
    assert notdienst.oberbegriff == oben  # had a broader group: kept
    migration.ergaenzen(apps, None)  # a second run changes nothing
    assert Synonymgruppe.objects.filter(bevorzugt="Notfall").count() == 1
    ssa.refresh_from_db()
    assert ssa.begriffe.splitlines() == bisher + neu


def test_migration_0036_ersetzt_nur_was_wie_mitgeliefert_ist():
    """Migration 0036 changes the terms of a group only where it is still as shipped before,
    with a history entry and a new time of change; a group a person edited stays as it is;
    a second run changes nothing."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("angebote.migrations.0036_thesaurus_feldwoerter")
    Synonymgruppe.objects.all().delete()
    bisher, jetzt = migration.GEAENDERT["Schwimmkurs"]
    schwimmen = Synonymgruppe.objects.create(bevorzugt="Schwimmkurs", begriffe="\n".join(bisher))
    taub = Synonymgruppe.objects.create(bevorzugt="gehörlos", begriffe="taub\nGebärdensprache")
    vorher = schwimmen.updated_at

    migration.ergaenzen(apps, None)

    schwimmen.refresh_from_db()
    taub.refresh_from_db()
    assert schwimmen.begriffe.splitlines() == jetzt and "Seepferdchen" not in jetzt
    assert schwimmen.updated_at > vorher
    assert schwimmen.history.first().history_change_reason.endswith("Begriffe geändert")
    assert taub.begriffe == "taub\nGebärdensprache"  # edited by a person: as it is
    eintraege = schwimmen.history.count()
    migration.ergaenzen(apps, None)
    schwimmen.refresh_from_db()
    assert schwimmen.begriffe.splitlines() == jetzt
    assert schwimmen.history.count() == eintraege


@pytest.mark.parametrize(
    "name",
    [
        "0034_thesaurus_notfall_abkuerzungen",
        "0035_thesaurus_paragraphen",
        "0036_thesaurus_feldwoerter",
        "0039_thesaurus_satz5",
        "0040_thesaurus_satz7",
        "0041_thesaurus_alltagsanfragen",
    ],
)
def test_ergaenzende_migrationen_stimmen_mit_synonyme_json(name):
    """What a migration adds to a shipped group is what synonyme.json ships: a fresh registry
    (loaded from the file) and an updated one (through the migration) hold the same terms."""
    import importlib

    migration = importlib.import_module(f"angebote.migrations.{name}")
    geliefert = {g["bevorzugt"]: g["begriffe"] for g in mitgeliefert()}
    for bevorzugt, (bisher, neu) in migration.ERGAENZT.items():
        assert geliefert[bevorzugt][: len(bisher) + len(neu)] == bisher + neu, bevorzugt
    for bevorzugt, (_bisher, jetzt) in getattr(migration, "GEAENDERT", {}).items():
        assert geliefert[bevorzugt] == jetzt, bevorzugt


def test_weiter_gefasst_zeigt_ihre_schreibweise_auch_bei_mehrwortbegriffen():
    anfrage = Suchanfrage(
        text="Hilfe für unbegleitete minderjährige Geflüchtete",
        erweiterungen={"unbegleitete minderjahrige gefluchtete": ("oberbegriff", "Geflüchtete")},
    )
    assert anfrage.weiter_gefasst == [
        ("unbegleitete minderjährige Geflüchtete", "oberbegriff", "Geflüchtete")
    ]


def test_oberbegriffe_verknuepfen_macht_keinen_kreis_und_nicht_zu_ausgeschalteten():
    """A person put "Sucht" under "Suchtberatung": the shipped link the other way is not
    made (migration 0021); nor to a switched-off broader group."""
    sucht = Synonymgruppe.objects.get(bevorzugt="Sucht")
    beratung = Synonymgruppe.objects.get(bevorzugt="Suchtberatung")
    praevention = Synonymgruppe.objects.get(bevorzugt="Suchtprävention")
    Synonymgruppe.objects.filter(pk__in=[beratung.pk, praevention.pk]).update(oberbegriff=None)
    sucht.oberbegriff = beratung
    sucht.save()
    assert oberbegriffe_verknuepfen(Synonymgruppe, {beratung.pk}) == 0
    beratung.refresh_from_db()
    assert beratung.oberbegriff is None
    sucht.oberbegriff = None
    sucht.aktiv = False
    sucht.save()
    assert oberbegriffe_verknuepfen(Synonymgruppe, {beratung.pk, praevention.pk}) == 0
    sucht.aktiv = True
    sucht.save()
    assert oberbegriffe_verknuepfen(Synonymgruppe, {beratung.pk, praevention.pk}) == 2


def test_mitgelieferte_oberbegriffe_verknuepft_und_von_hand_geloest_bleibt_geloest():
    judo = Synonymgruppe.objects.get(bevorzugt="Judo")
    assert judo.oberbegriff.bevorzugt == "Kampfsport"  # migration 0019
    assert judo.history.filter(history_change_reason__startswith="mitgeliefert").exists()
    judo.oberbegriff = None
    judo.save()
    karate = Synonymgruppe.objects.get(bevorzugt="Karate")
    karate.history.all().delete()
    karate.delete()
    call_command("synonyme_laden", verbosity=0)
    judo.refresh_from_db()
    assert judo.oberbegriff is None  # what a person set stays
    karate = Synonymgruppe.objects.get(bevorzugt="Karate")  # shipped again, with its link
    assert karate.oberbegriff.bevorzugt == "Kampfsport"
    assert karate.history.get().oberbegriff_id == karate.oberbegriff_id


def test_neue_synonymgruppe_gilt_sofort_auch_fuer_gespeicherte_suchen(client_fachkraft):
    """A kept search result is void once the thesaurus changes (signals.py)."""
    AngebotFactory(titel="Kinderbauernhof am Deich")
    assert "Kinderbauernhof" not in client_fachkraft.get("/", {"q": "Streichelzoo"}).text
    Synonymgruppe.objects.create(bevorzugt="Kinderbauernhof", begriffe="Streichelzoo")
    assert "Kinderbauernhof am Deich" in client_fachkraft.get("/", {"q": "Streichelzoo"}).text


def test_korrektur_und_weg_zurueck_auf_der_seite(client_fachkraft):
    AngebotFactory(titel="Hausaufgabenhilfe im Treff")
    seite = client_fachkraft.get("/", {"q": "Hausaufgabenhife"}).text
    # The corrected word as the offer writes it.
    assert "Ergebnisse für <strong>Hausaufgabenhilfe</strong>" in seite
    assert "Hausaufgabenhilfe im Treff" in seite
    assert "?q=Hausaufgabenhife&amp;genau=on" in seite
    genau = client_fachkraft.get("/", {"q": "Hausaufgabenhife", "genau": "on"}).text
    assert "Hausaufgabenhilfe im Treff" not in genau
    assert "Keine passenden Angebote gefunden" in genau


def test_meinten_sie_auf_der_seite(client_fachkraft, monkeypatch):

    AngebotFactory(titel="Lesekiezbus")
    AngebotFactory(titel="Kiezbos")
    monkeypatch.setattr(search, "ist_wort", lambda wort: False)
    seite = client_fachkraft.get("/", {"q": "Kiezbus"}).text
    assert "Lesekiezbus" in seite
    assert "Meinten Sie" in seite and "?q=Kiezbos" in seite


def test_korrektur_so_geschrieben_wie_im_angebot(client_fachkraft):
    """A correction is shown as a published offer writes the word, with its umlauts and
    capitals ("Mädchentreff", not the folded "madchentreff"); a draft's spelling is not
    shown; the words she spelled right stay as she typed them."""
    AngebotFactory(titel="Mädchentreff Lila", beschreibung="Für Mädchen ab 10.")
    _treffer, anfrage = suchen("Mädchentref für Mädchen")
    assert anfrage.korrekturen == {"madchentref": "madchentreff"}
    assert anfrage.gesuchter_text == "Mädchentreff für Mädchen"
    seite = client_fachkraft.get("/", {"q": "mädchentref"}).text
    assert "Ergebnisse für <strong>Mädchentreff</strong>" in seite
    assert search.wie_geschrieben("madchentreff") == "Mädchentreff"
    AngebotFactory(titel="Jungen-Treff", status=Angebot.Status.ENTWURF)
    assert search.wie_geschrieben("jungentreff") == "jungentreff"


def test_suchanfrage_aus_altem_speicher():
    """The shared cache outlives a deploy: a Suchanfrage kept before a field was added
    reads with the field's default, not an AttributeError on the page."""
    import pickle

    alt = Suchanfrage.__new__(Suchanfrage)
    neu = Suchanfrage(
        text="Hausaufgabenhife", korrekturen={"hausaufgabenhife": "hausaufgabenhilfe"}
    )
    alt.__dict__.update({k: v for k, v in vars(neu).items() if k != "schreibweisen"})
    gelesen = pickle.loads(pickle.dumps(alt))
    assert gelesen.schreibweisen == {}
    assert gelesen.gesuchter_text == "Hausaufgabenhilfe"


def test_nur_fuellwoerter_sagt_die_seite(client_fachkraft):
    """A query of words that say nothing about an offer lists every offer, and says why."""
    AngebotFactory(titel="Elterncafé am Freitag")
    seite = client_fachkraft.get("/", {"q": "Angebote für die"}).text
    assert "Elterncafé am Freitag" in seite
    assert "„Angebote für die“ enthält kein Suchwort" in seite
    assert "enthält kein Suchwort" not in client_fachkraft.get("/", {"q": " "}).text
    assert "enthält kein Suchwort" not in client_fachkraft.get("/", {"q": "Elterncafé"}).text


def test_bindestrichwort_wie_der_titel_es_in_einem_schreibt():
    """ "Mädchen-Treff": the title that writes it in one ("Mädchentreff") before the
    Mädchengruppe held in a Stadtteiltreff, which holds both parts as well."""
    Synonymgruppe.objects.all().delete()
    gruppe = AngebotFactory(
        titel="Mädchengruppe im Stadtteiltreff",
        beschreibung="Für Mädchen ab 10.",
        zuletzt_geprueft=datetime.date(2026, 12, 1),
    )
    treff = AngebotFactory(
        titel="Mädchentreff Lila",
        beschreibung="Für Mädchen ab 10.",
        zuletzt_geprueft=datetime.date(2026, 1, 1),
    )
    treffer, _anfrage = suchen("Mädchen-Treff")
    assert [a.pk for a in treffer] == [treff.pk, gruppe.pk]


def test_geschrieben_aus_titel_oder_beschreibung():
    """The spelling of a correction comes from a title or description, not from a Träger's
    name; a word she joined with hyphens is shown by its parts as typed; the hint for a
    query of filler words needs words."""
    AngebotFactory(titel="Sport am Montag", traeger=TraegerFactory(name="MÄDCHENTREFF e.V."))
    AngebotFactory(titel="Offener Mädchentreff", beschreibung="Für Mädchen.")
    assert search.wie_geschrieben("madchentreff") == "Mädchentreff"
    anfrage = Suchanfrage(text="Mädchen-Treff " + " ".join(["a-b"] * 60))
    assert anfrage.gesuchter_text.startswith("Mädchen Treff a b")
    assert Suchanfrage(text="6").nur_fuellwoerter is False
    assert Suchanfrage(text="a-b-c").nur_fuellwoerter is False
    assert Suchanfrage(text="Angebote für die").nur_fuellwoerter is True
