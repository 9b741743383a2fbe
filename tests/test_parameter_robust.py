"""No parameter of a search or list view gives a server error, whatever it holds.

Hypothesis throws text (NUL, combining marks, right-to-left marks, emoji), numbers far
beyond 64 bits, negative ones, floats, impossible dates, several values at once and valid
values with junk around them at every GET parameter of the search and list views (the
offers, the Träger and their contacts, the SRAE measures, budgets, resources and barriers),
and at the keys in their paths, as a Fachkraft and as the Jugendamt-Administration. A bad value is
the form's German error, a default or a 404 – never a 500.

The parameters come from the forms and the filter set the views read them with (a new
filter is thrown at as soon as it is declared), plus those a view reads without a form.
The search keeps results per search state (angebote/suche/trefferspeicher.py); here nothing is
kept (DummyCache), so every request runs the real query.
"""

from __future__ import annotations

import datetime
import secrets
from urllib.parse import quote

import pytest
from django import forms
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from angebote.filters import AngebotFilter
from angebote.models import Kategorie, Merkliste, Pruefanfrage, Zielgruppe
from angebote.pruefrunde.ablauf import runde_anlegen
from angebote.pruefrunde.auswahl import Kriterien
from angebote.suche.search import SORTIERUNGEN
from angebote.views.luecken import EinrichtungenFilter
from gremien.models import Kalenderzugang
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION, ROLLEN
from sozialraumarbeit.budget.forms import JahrForm
from sozialraumarbeit.massnahmen.views import FilterForm as MassnahmenFilterForm
from tests.bestand import gemeinsam_gebaut
from tests.factories import (
    AngebotFactory,
    BarriereFactory,
    BudgetFactory,
    EinrichtungFactory,
    GremiumFactory,
    KontaktFactory,
    MassnahmeFactory,
    MitgliedschaftFactory,
    QuartierFactory,
    RessourceFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.forms import KontaktVorgabeForm, NetzwerkZeitraumForm

pytestmark = pytest.mark.django_db

GRENZE = 2**63  # one beyond the largest 64-bit id

zahlen = st.one_of(
    st.integers(),
    st.integers(min_value=GRENZE - 3, max_value=2**80),
    st.integers(min_value=-(2**80), max_value=-GRENZE + 3),
    st.sampled_from([0, -1, 10**20, 10**400]),
).map(str)
kommazahlen = st.floats().map(str)  # also "nan", "inf", "1e+300"
daten = st.one_of(
    st.dates().map(str),
    st.sampled_from(["2026-02-30", "2026-13-01", "0000-00-00", "31.02.2026", "2026-02-29"]),
)
uhrzeiten = st.one_of(
    st.times().map(str),
    st.sampled_from(["25:00", "24:00", "15:60", "1500", "15", "99", "-1:00", "15:00 Uhr", "1e3"]),
)
seltsam = st.sampled_from(
    [
        "\x00",
        "a\x00b",
        "\u0301",
        "e\u0301",
        "\u202e",
        "\u200f",
        "\ufeff",
        "😀",
        "👩\u200d👧",
        "²",
        "١٢",
        "１２",
        "Ⅻ",
        " ",
        "%00",
        "' OR 1=1 --",
        "<script>",
        "/",
        "null",
        "on",
    ]
)
texte = st.text(max_size=30)  # every code point but surrogates, NUL and marks included
JUNK = st.one_of(texte, zahlen, kommazahlen, daten, uhrzeiten, seltsam, st.just(""))


def werte(gueltige: list[str]):
    """Values for one parameter: junk, a valid value, or a valid value with junk about it."""
    if not gueltige:
        return JUNK
    gueltig = st.sampled_from(gueltige)
    return st.one_of(
        JUNK,
        gueltig,
        st.tuples(gueltig, st.one_of(texte, seltsam)).map("".join),
        st.tuples(seltsam, gueltig).map("".join),
    )


# Valid values of fields without choices, as they travel in a URL (then junk is added).
UHRZEITEN = ["15:00", "09:30", "0:00", "23:59", "15", "1530", "15 Uhr", "15.30", "15:00:00"]


def auswahlwerte(feld) -> list[str]:
    """The values a form field offers (flattened groups), as they travel in a URL."""
    if isinstance(feld, forms.TimeField):
        return UHRZEITEN
    ergebnis = []
    for wert, text in getattr(feld, "choices", ()):
        if isinstance(text, list | tuple):
            ergebnis += [str(w) for w, _t in text]
        else:
            ergebnis.append(str(wert))
    return [w for w in ergebnis if w][:50] or ["1", "9", "on", "haus"]


# The search and list views: where their parameters come from (a form or filter set: each
# field) and the parameters they read without one, with valid values to start from.
ANSICHTEN = {
    "start": (AngebotFilter, ["sortierung", "seite"]),
    "angebote:karte": (AngebotFilter, []),
    "angebote:aktualitaet": (None, ["seite", "sozialraum", "alle"]),
    "angebote:pruefliste": (None, ["seite"]),
    "regionalraum": (None, ["zielgruppe", "seite"]),
    "sozialraum": (None, ["zielgruppe", "seite"]),
    "quartier": (None, ["zielgruppe", "seite"]),
    "angebote:export_suche": (AngebotFilter, ["sortierung", "liste"]),
    "angebote:merkliste": (None, ["liste"]),
    "angebote:merkliste_drucken": (None, ["liste"]),
    "angebote:export_merkliste": (None, ["liste"]),
    "angebote:pruefrunden": (None, ["seite"]),
    "angebote:pruefrunde": (None, ["status", "seite"]),
    "angebote:pruefrunde_nachfassen": (None, ["umfang"]),
    "traeger:zusammenfuehren": (None, ["suche"]),
    "traeger:aufteilen": (None, ["suche"]),
    "traeger:kontakte": (None, ["seite"]),
    "traeger:kontakte_sozialraum": (None, ["seite"]),
    "traeger:netzwerk": (NetzwerkZeitraumForm, []),
    "traeger:netzwerk_export": (NetzwerkZeitraumForm, []),
    "traeger:netzwerk_waehlen": (None, ["sozialraum"]),
    "traeger:kontakt_neu": (KontaktVorgabeForm, ["next"]),
    "traeger:kontakt_auswahl": (
        None,
        ["teil", "traeger", "traeger_suche", "ansprechpersonen", "kolleginnen", "kontakt"],
    ),
    "angebote:einrichtungen_ohne_angebot": (EinrichtungenFilter, ["seite"]),
    "traeger:rechte": (None, ["q", "rolle", "seite"]),
    "traeger:rechte_person": (None, ["suche"]),
    "traeger:rechte_traeger_suche": (None, ["suche"]),
    "angebote:neu": (None, ["traeger"]),
    "traeger:ansprechperson_neu": (None, ["einrichtung"]),
    "sozialraumarbeit:massnahmen": (MassnahmenFilterForm, ["seite"]),
    "sozialraumarbeit:budget_uebersicht": (JahrForm, ["jahr"]),
    "sozialraumarbeit:budget_jahr": (JahrForm, ["jahr"]),
    "sozialraumarbeit:raumwissen:anlegen": (None, ["quartier", "sozialraum"]),
    "sozialraumarbeit:raumwissen:auswahl": (
        None,
        ["teil", "sozialraum", "quartier", "einrichtung", "traeger", "traeger_suche"],
    ),
}
# Views that still read a parameter past a form field (expected to fail, with the reason).
OFFEN: dict[str, str] = {}


def _mit_offenen(namen):
    return [
        pytest.param(n, marks=pytest.mark.xfail(reason=OFFEN[n], strict=False)) if n in OFFEN else n
        for n in namen
    ]


@pytest.fixture(scope="module")
def welt(django_db_setup, django_db_blocker):
    """A small city, made once for the module in a transaction rolled back at the end."""
    yield from gemeinsam_gebaut(django_db_blocker, _anlegen)


def _anlegen() -> dict:
    quartier = QuartierFactory(
        schluessel="Q-fuzz",
        sozialraum__schluessel="S-fuzz",
        sozialraum__regionalraum__schluessel="R-fuzz",
    )
    sozialraum = quartier.sozialraum
    traeger = TraegerFactory(name="Kinderhaus am Park e.V.")
    ort = EinrichtungFactory(traeger=traeger, quartier=quartier, lat=52.5, lon=13.4)
    kategorien, zielgruppen = list(Kategorie.objects.all()[:3]), list(Zielgruppe.objects.all()[:3])
    for i, titel in enumerate(["Hausaufgabenhilfe", "Elterncafé", "Mädchentreff"]):
        AngebotFactory(
            titel=titel,
            traeger=traeger,
            einrichtungen=[ort],
            kategorien=kategorien[i : i + 1],
            zielgruppen=zielgruppen[i : i + 1],
            sprachen=["de", "ar"][: i + 1],
            zeiten=[(i, "14:00", "16:00")],
        )
    personen = {
        "fachkraft": UserFactory(username="fuzz-fachkraft", rolle=FACHKRAFT),
        "verwaltung": UserFactory(username="fuzz-verwaltung", rolle=JUGENDAMT_ADMINISTRATION),
    }
    gremium = GremiumFactory(sozialraum=sozialraum)
    SitzungFactory(gremium=gremium)
    kontakte = [
        KontaktFactory(erfasst_von=person, sozialraum=sozialraum, traeger=[traeger])
        for person in personen.values()
    ]
    for person in personen.values():
        MitgliedschaftFactory(gremium=gremium, person=person)
        Kalenderzugang.objects.create(user=person, token=secrets.token_urlsafe(16))
    for person in personen.values():
        Merkliste.objects.create(owner=person, name="Für Familie K.", aktiv=True)
    # SRAE: an agreed measure with its month plan, the year's budget, an area's entries.
    heute = datetime.date.today()
    massnahme = MassnahmeFactory(
        traeger=traeger,
        regionalraum=sozialraum.regionalraum,
        sozialraeume=[sozialraum],
        status="vereinbart",
        plan={heute.replace(day=1): "1000.00"},
    )
    BudgetFactory(regionalraum=sozialraum.regionalraum, jahr=heute.year)
    ressource = RessourceFactory(
        sozialraum=sozialraum, quartier=quartier, einrichtung=ort, traeger=traeger
    )
    BarriereFactory(sozialraum=sozialraum, erfasst_von=personen["fachkraft"])
    runde = runde_anlegen(
        Kriterien(),
        personen["verwaltung"],
        titel="Prüfrunde Fuzz",
        gueltig_bis=datetime.date.today() + datetime.timedelta(days=30),
    )
    return {
        "runde": runde,
        "quartier": quartier,
        "sozialraum": sozialraum,
        "traeger": traeger,
        "ort": ort,
        "gremium": gremium,
        "massnahme": massnahme,
        "ressource": ressource,
        "jahr": heute.year,
        "personen": personen,
        "kontakte": kontakte,
    }


def _pfad(name: str, welt: dict) -> str:
    sozialraum = welt["sozialraum"]
    args = {
        "regionalraum": [sozialraum.regionalraum.schluessel],
        "sozialraum": [sozialraum.schluessel],
        "quartier": [welt["quartier"].schluessel],
        "traeger:kontakte_sozialraum": [sozialraum.schluessel],
        "traeger:netzwerk": [sozialraum.schluessel],
        "traeger:netzwerk_export": [sozialraum.schluessel],
        "traeger:rechte_person": [welt["personen"]["fachkraft"].pk],
        "traeger:rechte_traeger_suche": [welt["personen"]["fachkraft"].pk],
        "traeger:ansprechperson_neu": [welt["traeger"].pk],
        "traeger:zusammenfuehren": [welt["traeger"].pk],
        "traeger:aufteilen": [welt["traeger"].pk],
        "angebote:export_suche": ["csv"],
        "angebote:export_merkliste": ["csv"],
        "angebote:pruefrunde": [welt["runde"].pk],
        "angebote:pruefrunde_nachfassen": [welt["runde"].pk],
        "sozialraumarbeit:budget_jahr": [welt["jahr"]],
        "sozialraumarbeit:raumwissen:anlegen": ["ressource"],
        "sozialraumarbeit:raumwissen:auswahl": ["barriere"],
    }.get(name, [])
    return reverse(name, args=args)


def _gueltige_extras(welt: dict) -> dict[str, list[str]]:
    """Valid values of the parameters read without a form."""
    return {
        "sortierung": list(SORTIERUNGEN),
        "seite": ["1", "2", "-1"],
        "zielgruppe": list(Zielgruppe.objects.values_list("slug", flat=True)),
        # A key in a link to a page, an id in a form's fragment (raumwissen:auswahl).
        "sozialraum": [welt["sozialraum"].schluessel, str(welt["sozialraum"].pk)],
        "quartier": [welt["quartier"].schluessel, str(welt["quartier"].pk)],
        "next": ["/", "/traeger/kontakte/", "https://example.org/"],
        "q": ["Paula", "fuzz"],
        "rolle": [*ROLLEN, "ohne"],
        "suche": ["Kinderhaus", "e.V."],
        "traeger": [str(welt["traeger"].pk)],
        "einrichtung": [str(welt["ort"].pk)],
        "liste": [str(pk) for pk in Merkliste.objects.values_list("pk", flat=True)],
        "status": [s.value for s in Pruefanfrage.Status],
        "umfang": ["alle"],
        "teil": ["traeger", "personen", "orte"],
        "traeger_suche": ["Kinderhaus", "e.V."],
        # The contact form's people part: a contact of each (one is the asker's own), and
        # the accounts as colleagues.
        "kontakt": [str(k.pk) for k in welt["kontakte"]],
        "ansprechpersonen": [],
        "kolleginnen": [str(p.pk) for p in welt["personen"].values()],
        "alle": ["1"],
        "jahr": [str(welt["jahr"]), str(welt["jahr"] + 1), "1999", "02026"],
    }


def parameter_der_ansicht(name: str, welt: dict) -> dict[str, list[str]]:
    """Every parameter of the view with its valid values: the form's fields, then the rest."""
    form_klasse, andere = ANSICHTEN[name]
    parameter = {}
    if form_klasse is not None:
        form = form_klasse().form if hasattr(form_klasse, "base_filters") else form_klasse()
        parameter = {n: auswahlwerte(feld) for n, feld in form.fields.items()}
    extras = _gueltige_extras(welt)
    return {**parameter, **{n: extras[n] for n in andere}}


# First, for every parameter alone, these (the form then has no other reason to refuse the
# search, so a value that passes it meets the query), each pair in one role; then what
# Hypothesis draws.
BOESE = [str(GRENZE), str(-GRENZE - 1), "a\x00b", "²"]
# Bounded: well under a minute on SQLite for everything. The search pages have the most
# parameters and get the most drawn examples; the views still open are not shrunk.
BEISPIELE = {"start": 20, "angebote:karte": 15}


def einstellungen(name: str) -> settings:
    return settings(
        max_examples=BEISPIELE.get(name, 10),
        phases=[Phase.explicit, Phase.generate] if name in OFFEN else list(Phase),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@pytest.fixture
def ohne_speicher(settings):
    """Nothing kept: the search (and the template fragments) compute every time."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    cache.set("probe", 1)
    assert cache.get("probe") is None


def _abrufen(client, url: str, daten=None, htmx: bool = False):
    # A savepoint per request: a database error (PostgreSQL) must not end the test's
    # transaction, or every later example would fail for it. The test client re-raises the
    # view's exception, so Hypothesis reports it with its traceback.
    kopf = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    with transaction.atomic():
        antwort = client.get(url, daten or {}, **kopf)
    assert antwort.status_code < 500, (url, daten, antwort.status_code)
    return antwort


@pytest.mark.parametrize("rolle", ["fachkraft", "verwaltung"])
@pytest.mark.parametrize("name", _mit_offenen(ANSICHTEN))
def test_kein_parameter_gibt_einen_serverfehler(client, welt, ohne_speicher, name, rolle):
    client.force_login(welt["personen"][rolle])
    url = _pfad(name, welt)
    parameter = parameter_der_ansicht(name, welt)
    abfragen = st.sets(
        st.sampled_from(sorted(parameter)), min_size=1, max_size=min(4, len(parameter))
    ).flatmap(
        lambda namen: st.fixed_dictionaries(
            {n: st.lists(werte(parameter[n]), min_size=1, max_size=3) for n in namen}
        )
    )

    def pruefen(abfrage, htmx):
        _abrufen(client, url, abfrage, htmx)

    # Each (parameter, bad value) pair once, in one of the two roles in turn: the forms read
    # a value alike for every role, and the pairs are most of the requests here.
    versatz = ["fachkraft", "verwaltung"].index(rolle)
    for i, name_ in enumerate(sorted(parameter)):
        for j, wert in enumerate(BOESE):
            if (i + j + versatz) % 2 == 0:
                pruefen = example(abfrage={name_: [wert]}, htmx=False)(pruefen)
    einstellungen(name)(given(abfrage=abfragen, htmx=st.booleans())(pruefen))()


# The URL's arguments with the key thrown at as ``s``; where a URL has several keys, its name
# is followed by the key's in brackets, one entry each.
PFADE = {
    "regionalraum": lambda welt, s: [s],
    "sozialraum": lambda welt, s: [s],
    "quartier": lambda welt, s: [s],
    "traeger:kontakte_sozialraum": lambda welt, s: [s],
    "traeger:netzwerk": lambda welt, s: [s],
    "traeger:netzwerk_export": lambda welt, s: [s],
    "gremien:kalender_meine": lambda welt, s: [s],
    "gremien:kalender_gremium": lambda welt, s: [s, welt["gremium"].pk],
    "sozialraumarbeit:massnahme": lambda welt, s: [s],
    "sozialraumarbeit:massnahme_schritt": lambda welt, s: [welt["massnahme"].pk, s],
    "sozialraumarbeit:budget_jahr": lambda welt, s: [s],
    "sozialraumarbeit:budget_export (jahr)": lambda welt, s: [s, "csv"],
    "sozialraumarbeit:budget_export (format)": lambda welt, s: [welt["jahr"], s],
    "sozialraumarbeit:budget_regionalraum (jahr)": lambda welt, s: [s, _regionalraum(welt)],
    "sozialraumarbeit:budget_regionalraum (pk)": lambda welt, s: [welt["jahr"], s],
    "sozialraumarbeit:budget_festlegen": lambda welt, s: [welt["jahr"], s],
    "sozialraumarbeit:budget_auszahlung": lambda welt, s: [s, _regionalraum(welt)],
    "sozialraumarbeit:budget_export_monate": lambda welt, s: [welt["jahr"], s, "xlsx"],
    "sozialraumarbeit:raumwissen:eintrag": lambda welt, s: [s, welt["ressource"].pk],
    "sozialraumarbeit:raumwissen:export (ebene)": lambda welt, s: [s, "S-fuzz", "csv"],
    "sozialraumarbeit:raumwissen:export (schluessel)": lambda welt, s: ["quartier", s, "csv"],
}
# Valid values of the key thrown at (then junk is added), where it is not a Sozialraum's key.
PFADWERTE = {
    "sozialraumarbeit:massnahme": lambda welt: [str(welt["massnahme"].pk)],
    "sozialraumarbeit:massnahme_schritt": lambda welt: ["beraten", "entscheiden", "beenden"],
    "sozialraumarbeit:budget_jahr": lambda welt: [str(welt["jahr"]), "1999", "2000"],
    "sozialraumarbeit:budget_export (jahr)": lambda welt: [str(welt["jahr"])],
    "sozialraumarbeit:budget_export (format)": lambda welt: ["csv", "xlsx"],
    "sozialraumarbeit:budget_regionalraum (jahr)": lambda welt: [str(welt["jahr"])],
    "sozialraumarbeit:budget_regionalraum (pk)": lambda welt: [_regionalraum(welt)],
    "sozialraumarbeit:budget_festlegen": lambda welt: [_regionalraum(welt)],
    "sozialraumarbeit:budget_auszahlung": lambda welt: [str(welt["jahr"])],
    "sozialraumarbeit:budget_export_monate": lambda welt: [_regionalraum(welt)],
    "sozialraumarbeit:raumwissen:eintrag": lambda welt: ["ressource", "barriere"],
    "sozialraumarbeit:raumwissen:export (ebene)": lambda welt: ["sozialraum", "quartier"],
    "sozialraumarbeit:raumwissen:export (schluessel)": lambda welt: ["Q-fuzz"],
}


def _regionalraum(welt: dict) -> str:
    return str(welt["sozialraum"].regionalraum_id)


@pytest.mark.parametrize("name", PFADE)
def test_kein_schluessel_im_pfad_gibt_einen_serverfehler(client, welt, ohne_speicher, name):
    client.force_login(welt["personen"]["verwaltung"])
    # Digits: a placeholder for text and number keys alike.
    platzhalter = "9081726354453627"
    muster = reverse(name.split(" ")[0], args=PFADE[name](welt, platzhalter))

    def pruefen(schluessel):
        _abrufen(client, muster.replace(platzhalter, quote(schluessel, safe="")))

    for wert in BOESE:
        pruefen = example(schluessel=wert)(pruefen)
    gueltige = PFADWERTE.get(name, lambda welt: [welt["sozialraum"].schluessel])(welt)
    gueltig_und_mehr = werte(gueltige).filter(bool)
    einstellungen(name)(given(schluessel=gueltig_und_mehr)(pruefen))()
