"""Search results kept per search state (angebote/suche/suchstand.py, angebote/suche/trefferspeicher.py).

A kept result must never outlive the data it was computed from: every way the registry
changes an offer, its links, times, places, Träger or areas renews the search state (one
version in the shared cache, renewed after the commit), and the next search shows the
change. A transaction sees its own uncommitted changes and keeps what it computes from
them apart; a rollback leaves no trace. The cache is deliberately *not* emptied between
these steps (nor between tests): what is checked is that the state alone keeps it right.
"""

import datetime
import re

import pytest
from django.core.cache import cache, caches
from django.db import connection, transaction
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from angebote.aktualitaet.frische import angebot_bestaetigen
from angebote.models import Angebot, Angebotszeit, Kategorie, Synonymgruppe
from angebote.suche.trefferspeicher import Trefferspeicher
from sozialraum.verwaltung.sammelaktionen import sammel_aendern
from sozialraum.werkzeuge import datenstand as suchstand
from sozialraum.werkzeuge.datenstand import aktueller_stand, stand_erhoehen
from sozialraum.zugang.rollen import FACHKRAFT
from tests.factories import AngebotFactory, EinrichtungFactory, QuartierFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def welt():
    quartier = QuartierFactory(name="Rosengarten", sozialraum__name="Lindenhof")
    ort = EinrichtungFactory(name="Stadtteiltreff", quartier=quartier)
    angebot = AngebotFactory(
        titel="Zirkusschule für Kinder",
        traeger__name="Zirkus Lindenhof e.V.",
        einrichtungen=[ort],
        kategorien=[Kategorie.objects.get(slug="bildung")],
        zeiten=[(1, "14:00", "16:00")],
        zuletzt_geprueft=datetime.date(2020, 1, 1),
    )
    return {"quartier": quartier, "ort": ort, "angebot": angebot}


def seite(client, **params) -> str:
    antwort = client.get(reverse("start"), params)
    assert antwort.status_code == 200
    return antwort.content.decode()


def anzahl(html: str) -> int:
    return int(re.search(r'id="treffer-zahl">(\d+) Angebot', html).group(1))


def test_wiederholte_suche_kommt_aus_dem_speicher(client_fachkraft, welt):
    erste = seite(client_fachkraft, q="zirkus")
    with CaptureQueriesContext(connection) as erfasst:
        zweite = seite(client_fachkraft, q="zirkus")
    # Without the database cache's own queries (its keys name the kept fragments).
    sql = " ".join(q["sql"] for q in erfasst.captured_queries if "sozialraum_cache" not in q["sql"])
    assert "facetten" not in sql  # neither counted nor the page's ids sorted again
    assert "angebote_angebotszeit" not in sql  # the card is kept too

    def ohne_token(html):
        # The CSRF token and the session's seconds left differ per response by design.
        html = re.sub(r'data-rest="\d+"', "", html)
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)

    assert ohne_token(erste) == ohne_token(zweite)
    assert "Zirkusschule für Kinder" in zweite and "Lindenhof" in zweite


def test_aenderung_am_angebot_ist_sofort_zu_sehen(client_fachkraft, welt):
    angebot = welt["angebot"]
    assert anzahl(seite(client_fachkraft, q="zirkus")) == 1
    angebot.titel = "Zirkusschule für Kinder und Eltern"
    angebot.alter_von = 8
    angebot.save()
    html = seite(client_fachkraft, q="zirkus")
    assert "Zirkusschule für Kinder und Eltern" in html
    assert anzahl(seite(client_fachkraft, q="zirkus", alter="6")) == 0

    angebot.status = Angebot.Status.ARCHIVIERT
    angebot.save()
    assert "Keine passenden Angebote" in seite(client_fachkraft, q="zirkus")


def test_sammelaktion_der_verwaltung(client_fachkraft, welt):
    admin = UserFactory(is_staff=True, is_superuser=True)
    assert anzahl(seite(client_fachkraft, q="zirkus")) == 1
    sammel_aendern(
        Angebot.objects.filter(pk=welt["angebot"].pk),
        admin,
        "Test",
        status=Angebot.Status.ARCHIVIERT,
    )
    assert "Keine passenden Angebote" in seite(client_fachkraft, q="zirkus")
    sammel_aendern(Angebot.objects.all(), admin, "Test", status=Angebot.Status.VEROEFFENTLICHT)
    assert anzahl(seite(client_fachkraft, q="zirkus")) == 1


def test_noch_aktuell_aendert_filter_und_karte(client_fachkraft, fachkraft, welt):
    assert anzahl(seite(client_fachkraft, q="zirkus", geprueft="on")) == 0
    assert "nie geprüft" not in seite(client_fachkraft, q="zirkus")
    angebot_bestaetigen(welt["angebot"], fachkraft)
    assert anzahl(seite(client_fachkraft, q="zirkus", geprueft="on")) == 1
    assert "diesen Monat geprüft" in seite(client_fachkraft, q="zirkus")


def test_zeiten_verknuepfungen_orte_und_gebiete(client_fachkraft, welt):
    angebot, ort, quartier = welt["angebot"], welt["ort"], welt["quartier"]
    assert anzahl(seite(client_fachkraft, q="zirkus", wochentag="4")) == 0
    zeit = Angebotszeit.objects.create(angebot=angebot, wochentag=4, von="10:00", bis="11:00")
    assert anzahl(seite(client_fachkraft, q="zirkus", wochentag="4")) == 1
    zeit.delete()
    assert anzahl(seite(client_fachkraft, q="zirkus", wochentag="4")) == 0

    assert anzahl(seite(client_fachkraft, q="zirkus", kategorie="sport")) == 0
    angebot.kategorien.add(Kategorie.objects.get(slug="sport"))
    assert anzahl(seite(client_fachkraft, q="zirkus", kategorie="sport")) == 1

    gebiet = f"s-{quartier.sozialraum.schluessel}"
    assert anzahl(seite(client_fachkraft, q="zirkus", gebiet=gebiet)) == 1
    anderes = QuartierFactory(name="Hafenkante", sozialraum__name="Hafenviertel")
    ort.quartier = anderes
    ort.save()
    assert anzahl(seite(client_fachkraft, q="zirkus", gebiet=gebiet)) == 0
    # The area select's choices are kept too (filters.gebiet_auswahl_behalten): the new
    # area is a valid choice at once, with its name.
    html = seite(client_fachkraft, q="zirkus", gebiet=f"s-{anderes.sozialraum.schluessel}")
    assert anzahl(html) == 1 and 'class="kern-error"' not in html
    assert f'value="q-{anderes.schluessel}" selected' not in html and "– Hafenkante" in html
    assert "Hafenviertel" in seite(client_fachkraft, q="zirkus")  # card and facet

    anderes.sozialraum.name = "Neuer Hafen"
    anderes.sozialraum.save()
    html = seite(client_fachkraft, q="zirkus")
    assert "Neuer Hafen" in html and "Hafenviertel" not in html


def test_traeger_umbenannt(client_fachkraft, welt):
    assert "Zirkus Lindenhof e.V." in seite(client_fachkraft, q="zirkus")
    traeger = welt["angebot"].traeger
    traeger.name = "Manege frei gGmbH"
    traeger.save()
    html = seite(client_fachkraft, q="zirkus")
    assert "Manege frei gGmbH" in html and "Zirkus Lindenhof" not in html


def test_merkliste_und_formular_sind_nicht_geteilt(client, welt):
    angebot = welt["angebot"]
    anna, berta = UserFactory(rolle=FACHKRAFT), UserFactory(rolle=FACHKRAFT)
    client.force_login(anna)
    client.post(reverse("angebote:merken", args=[angebot.pk]))
    assert 'aria-pressed="true"' in seite(client, q="zirkus")
    assert 'class="kern-error"' in seite(client, q="zirkus", alter="abc")
    client.force_login(berta)
    html = seite(client, q="zirkus")
    assert 'aria-pressed="true"' not in html and 'aria-pressed="false"' in html
    assert 'class="kern-error"' not in html


def test_karte_json(client_fachkraft, welt):
    ort = welt["ort"]
    ort.lat, ort.lon = 52.5, 13.4
    ort.save()
    url = reverse("angebote:karte")
    assert len(client_fachkraft.get(url, {"q": "zirkus"}).json()["orte"]["features"]) == 1
    ort.lat, ort.lon = None, None
    ort.save()
    assert client_fachkraft.get(url, {"q": "zirkus"}).json()["orte"]["features"] == []


def test_stand_folgt_der_transaktion(welt):
    vorher = aktueller_stand()
    with transaction.atomic():
        welt["angebot"].save()
        mitten = aktueller_stand()
        with transaction.atomic():
            welt["angebot"].save()
            innen = aktueller_stand()
            transaction.set_rollback(True)
        assert aktueller_stand() == mitten  # the savepoint's change is gone, and its state
        welt["angebot"].save()
        assert aktueller_stand() not in (vorher, mitten, innen)  # changed again
        transaction.set_rollback(True)
    assert len({vorher, mitten, innen}) == 3
    assert aktueller_stand() == vorher  # rolled back with the data


def test_eigene_aenderung_sichtbar_zurueckgerollte_nicht_gespeichert(client_fachkraft, welt):
    """Inside a transaction the writer sees its change, computed apart from everybody's
    entries; after a rollback the old entries are right again and served."""
    assert anzahl(seite(client_fachkraft, q="zirkus")) == 1
    with transaction.atomic():
        welt["angebot"].status = Angebot.Status.ARCHIVIERT
        welt["angebot"].save()
        assert "Keine passenden Angebote" in seite(client_fachkraft, q="zirkus")
        transaction.set_rollback(True)
    assert anzahl(seite(client_fachkraft, q="zirkus")) == 1


def test_der_speicher_ist_geteilt():
    """Not per process: a change seen by one worker is seen by all (settings.CACHES): the
    registry's database by default, Redis with REDIS_URL (tests use a local one, settings)."""
    from sozialraum.settings import cache_einstellungen

    assert cache_einstellungen("", 5000)["default"]["BACKEND"].endswith("DatabaseCache")
    assert cache_einstellungen("redis://h:6379/0", 5000)["default"]["BACKEND"].endswith(
        "RedisCache"
    )


@pytest.mark.django_db
def test_suche_mit_dem_datenbank_cache(client_fachkraft):
    """The default of a registry: the search kept in the database's cache table, a change
    seen at once (the table is made by migrate)."""
    from django.core.management import call_command
    from django.test import override_settings

    from sozialraum.settings import cache_einstellungen

    with override_settings(CACHES=cache_einstellungen("", 5000)):
        call_command("createcachetable", verbosity=0)  # as migrate does in a registry
        caches["default"].clear()
        assert type(caches["default"]).__name__ == "DatabaseCache"
        angebot = AngebotFactory(titel="Zirkusschule Manege")
        assert "Zirkusschule Manege" in client_fachkraft.get("/", {"q": "Zirkus"}).text
        assert "Zirkusschule Manege" in client_fachkraft.get("/", {"q": "Zirkus"}).text
        angebot.titel = "Akrobatik am Hafen"
        angebot.save()
        assert "Keine passenden Angebote" in client_fachkraft.get("/", {"q": "Zirkus"}).text


# Real commits: on_commit runs (a test's own transaction is never committed).
geschrieben = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@geschrieben
def test_commit_erneuert_die_version_fuer_alle():
    vorher = aktueller_stand()
    with transaction.atomic():
        stand_erhoehen()
        stand_erhoehen()  # one renewal per transaction (and savepoint level)
        assert cache.get(suchstand.SCHLUESSEL) == vorher  # not before the commit
        assert aktueller_stand() != vorher  # but the writer sees its own change
    nachher = aktueller_stand()
    assert nachher != vorher
    assert cache.get(suchstand.SCHLUESSEL) == nachher  # no token of its own after the commit


@geschrieben
def test_wettlauf_leser_liest_schreiber_erneuert_leser_speichert():
    """R reads the version, W commits and renews it, R stores what it computed before the
    commit: stored under the old version, which nobody asks for again."""
    from angebote.filters import AngebotFilter

    def speicher():
        filterset = AngebotFilter(QueryDict(""), queryset=Angebot.objects.all())
        return Trefferspeicher().fuer(filterset, "zirkus")

    leser = speicher()
    stand_erhoehen()  # W commits (autocommit: renewed at once)
    assert leser.holen("probe", lambda: "vor dem Commit") == "vor dem Commit"
    spaeter = speicher()
    assert spaeter.stand != leser.stand
    assert spaeter.holen("probe", lambda: "nach dem Commit") == "nach dem Commit"


@geschrieben
def test_gleichzeitige_schreiber_verlieren_keine_aenderung():
    """Two writers that read the same version and renew it one after the other: a counter
    (read, add one, write) could give the same value twice, and a reader of the second
    writer's version would be served what was computed before its commit. A random value
    is new whatever the order the two renewals run in."""
    erster, zweiter = suchstand._NachDemCommit(), suchstand._NachDemCommit()
    staende = [aktueller_stand()]
    zweiter()  # the later commit renews first
    staende.append(aktueller_stand())
    erster()
    staende.append(aktueller_stand())
    for _ in range(50):
        stand_erhoehen()
        staende.append(aktueller_stand())
    assert len(set(staende)) == len(staende) == 53


@geschrieben
def test_verlorene_version_ist_eine_neue():
    """Cache restarted, flushed, or the version evicted: never a value an entry was kept under."""
    vorher = aktueller_stand()
    cache.delete(suchstand.SCHLUESSEL)
    neu = aktueller_stand()
    assert neu != vorher and aktueller_stand() == neu
    cache.clear()
    assert aktueller_stand() not in (vorher, neu)


def test_schluessel_nach_tag_und_mit_jetzt_nach_minute(monkeypatch):
    from angebote.filters import AngebotFilter
    from angebote.suche import trefferspeicher

    def schluessel(zeit, abfrage):
        monkeypatch.setattr(trefferspeicher.timezone, "localtime", lambda: zeit)
        params = QueryDict(abfrage)
        filterset = AngebotFilter(params, queryset=Angebot.objects.all())
        speicher = trefferspeicher.Trefferspeicher().fuer(filterset, params.get("q", ""))
        return speicher._schluessel("facetten")

    halb = datetime.datetime(2026, 12, 1, 14, 30)
    einunddreissig = datetime.datetime(2026, 12, 1, 14, 31)
    morgen = datetime.datetime(2026, 12, 2, 14, 30)
    assert schluessel(halb, "q=zirkus") == schluessel(einunddreissig, "q=zirkus")
    assert schluessel(halb, "q=zirkus") != schluessel(morgen, "q=zirkus")
    assert schluessel(halb, "q=zirkus&jetzt=on") != schluessel(einunddreissig, "q=zirkus&jetzt=on")
    # What the search uses, not how it was written: order, empty checkboxes, the page.
    assert schluessel(halb, "q=zirkus&kostenfrei=") == schluessel(halb, "seite=2&q=zirkus")
    assert schluessel(halb, "kategorie=sport&kategorie=bildung") == schluessel(
        halb, "kategorie=bildung&kategorie=sport"
    )
    # The search reads the last value: "q=zirkus&q=" searches for nothing.
    assert schluessel(halb, "q=zirkus&q=") == schluessel(halb, "")
    assert schluessel(halb, "q=zirkus&q=") != schluessel(halb, "q=zirkus")
    assert schluessel(halb, "q=a&q=b") != schluessel(halb, "q=b&q=a")


def test_eingaben_die_anders_gelesen_werden_vergiften_den_speicher_nicht(client_fachkraft, welt):
    AngebotFactory(titel="Schach für Senioren")
    start = reverse("start")

    def treffer(abfrage):
        return client_fachkraft.get(f"{start}?{abfrage}").content.decode()

    # An empty second value makes the search text empty; an empty Kategorie makes the filter
    # form invalid, and an invalid form searches without filters. Both find everything …
    assert anzahl(treffer("q=zirkus&q=")) == 2
    assert anzahl(treffer("kategorie=sport&kategorie=")) == 2
    # … and must not be kept for, nor served to, the searches they look like.
    assert anzahl(treffer("q=zirkus")) == 1
    assert "Keine passenden Angebote" in treffer("kategorie=sport")
    welt["ort"].lat, welt["ort"].lon = 52.5, 13.4
    welt["ort"].save()
    karte = reverse("angebote:karte")

    def orte(abfrage):
        return client_fachkraft.get(f"{karte}?{abfrage}").json()["orte"]["features"]

    assert len(orte("kategorie=sport&kategorie=")) == 1
    assert orte("kategorie=sport") == []


@pytest.mark.parametrize("sortierung", ["relevanz", "name", "aktualitaet", "unbekannt"])
@pytest.mark.parametrize("text", ["", "zirkus", "Zirkusse", "zirkus kinder", "kinderzirkus"])
def test_erste_seite_aus_den_facetten_wie_die_suche(sortierung, text):
    """The first page's ids computed with the facets are those the search query sorts, also
    where a single word's postings are ranked in the facet index (search.rang_aus_posten)
    instead of joined to the offers: published offers only, the same ties."""
    from angebote.models import Angebot
    from angebote.suche.eingang import verstehen_und_zaehlen
    from angebote.suche.facetten import facetten_zaehlen
    from angebote.suche.search import rang_aus_posten, suchen

    for i in range(25):
        AngebotFactory(
            # equal titles and check dates: the tie-breakers decide
            titel=["Zirkus für Kinder", "Kinderzirkus", "Jonglage im Zirkus"][i % 3],
            beschreibung="Zirkus" if i % 2 else "",
            zuletzt_geprueft=None if i % 4 == 0 else datetime.date(2026, 1 + i % 3, 1),
        )
    for status in (Angebot.Status.ENTWURF, Angebot.Status.ARCHIVIERT):
        AngebotFactory(titel="Zirkus", status=status, zuletzt_geprueft=datetime.date(2026, 6, 1))
    treffer, anfrage = suchen(text, sortierung=sortierung)
    erwartet = list(treffer.values_list("pk", flat=True)[:20])
    assert len(erwartet) > 10
    gesamt = treffer.count()
    facetten = facetten_zaehlen(treffer, seite=(sortierung, 20))
    assert facetten["erste_seite"] == {"sortierung": sortierung, "ids": erwartet}
    assert facetten["gesamt"] == gesamt
    # As the search page counts: one typed word in all published offers from its postings.
    assert (rang_aus_posten(anfrage) is not None) == (
        text in ("zirkus", "Zirkusse", "kinderzirkus")
    )
    _anfrage, facetten = verstehen_und_zaehlen(text, Angebot.objects.veroeffentlicht(), sortierung)
    assert facetten["erste_seite"]["ids"] == erwartet
    assert facetten["gesamt"] == gesamt


def test_phrase_aus_den_postings_wie_die_suche():
    """A phrase of the thesaurus ranked from the postings (facetten.py) keeps what the
    search's SQL keeps: its words together in the title or in the description, not
    „Eltern“ from the title and „allein“ from the description."""
    from angebote.suche.eingang import verstehen_und_zaehlen
    from angebote.suche.search import rang_aus_posten, suchen

    Synonymgruppe.objects.all().delete()
    Synonymgruppe.objects.create(bevorzugt="Alleinerziehende", begriffe="Eltern allein")
    gemeint = [
        AngebotFactory(titel="Treff für Alleinerziehende"),
        AngebotFactory(titel="Frühstück für Eltern allein mit Kind"),
        AngebotFactory(
            titel="Offene Sprechstunde", beschreibung="Für Eltern, die allein eine Familie tragen."
        ),
    ]
    AngebotFactory(titel="Treff für Eltern", beschreibung="Wer allein kommt, ist willkommen.")
    AngebotFactory(titel="Familienfest", beschreibung="Eltern willkommen.")
    for text in ("Alleinerziehende", "alleinerziehend"):
        treffer, anfrage = suchen(text)
        assert rang_aus_posten(anfrage).ganz  # the phrase's condition, in numpy
        erwartet = list(treffer.values_list("pk", flat=True))
        assert set(erwartet) == {a.pk for a in gemeint}
        _anfrage, facetten = verstehen_und_zaehlen(
            text, Angebot.objects.veroeffentlicht(), "relevanz"
        )
        assert facetten["erste_seite"]["ids"] == erwartet
        assert facetten["gesamt"] == 3


def test_wort_nur_in_entwuerfen_findet_nichts(client_fachkraft):
    """A word only drafts hold, ranked from the postings: no hit, the page says so."""
    AngebotFactory(titel="Seifenkistenrennen", status=Angebot.Status.ENTWURF)
    AngebotFactory(titel="Zirkus")
    antwort = client_fachkraft.get(reverse("start"), {"q": "Seifenkistenrennen"})
    assert antwort.status_code == 200
    assert "Keine passenden Angebote" in antwort.content.decode()


def test_filterformular_geteilt_ueber_den_text_nicht_ueber_die_filter(client_fachkraft, welt):
    """The filter form is kept per filters as typed, not per text (Trefferspeicher.formular):
    a new word reuses it, a different or invalid filter value does not."""
    start = reverse("start")

    def formular(abfrage) -> str:
        html = client_fachkraft.get(f"{start}?{abfrage}").content.decode()
        return html[
            html.index('id="suche-filter"') : html.index(
                "</details>", html.index('id="suche-filter"')
            )
        ]

    leer = formular("q=zirkus")
    assert formular("q=schach") == leer
    with CaptureQueriesContext(connection) as erfasst:
        client_fachkraft.get(f"{start}?q=turnen")
    # Not rendered again: no query for the Kategorien's and Sprachen's choices.
    assert not any("angebote_sprache" in q["sql"] for q in erfasst.captured_queries)
    mit_sport = formular("q=zirkus&kategorie=sport")
    assert mit_sport != leer and 'value="sport" id="id_kategorie_' in mit_sport
    assert re.search(r'value="sport" id="id_kategorie_\d+" checked', mit_sport)
    falsch = formular("q=zirkus&alter=abc")
    assert 'value="abc"' in falsch and "aria-invalid" in falsch
    assert formular("q=schach&alter=abc") == falsch
    assert 'value="abc"' not in formular("q=schach")


def test_formularschluessel_nach_name_die_werte_in_ihrer_reihenfolge():
    """A single-value field takes the last of repeated values: their order counts; the
    order of the names does not; the text and the page do not."""
    speicher = Trefferspeicher()

    def schluessel_von(abfrage: str) -> str:
        return speicher.formular(QueryDict(abfrage))

    assert schluessel_von("alter=1&alter=2") != schluessel_von("alter=2&alter=1")
    assert schluessel_von("kategorie=a&zielgruppe=b") == schluessel_von("zielgruppe=b&kategorie=a")
    assert schluessel_von("q=zirkus&seite=2&alter=3") == schluessel_von("alter=3")
