"""Ids, keys and text in a URL are checked to their type and range before any query.

A value no id or key can have (beyond 64 bits, a NUL character, "²") is the form's German
error, a default or a 404 – never a server error. Found values each gave a 500 before
(SQLite: OverflowError; PostgreSQL: a string with NUL; ``int("²")``). Hypothesis throws
much more at every parameter in test_parameter_robust.py.
"""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from angebote.filters import MEHRFACH, SUCHPARAMETER, VERKNUEPFUNGEN, AngebotFilter
from angebote.models import Kategorie
from angebote.suche.facetten import VORSILBEN
from angebote.suche.suchindex import facettenschluessel
from gremien.models import Kalenderzugang
from sozialraum.models import Sozialraum
from sozialraum.werkzeuge.felder import AuswahlFeld, MehrfachAuswahlFeld, objekt_oder_404
from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION
from tests.factories import AngebotFactory, EinrichtungFactory, QuartierFactory, UserFactory
from traeger.models import Traeger

pytestmark = pytest.mark.django_db

ZU_GROSS = str(2**63)  # one beyond the largest 64-bit id
ZU_KLEIN = str(-(2**63) - 1)
UNGUELTIG = "Bitte eine gültige Auswahl treffen"
UHRZEIT = "Bitte eine Uhrzeit zwischen 0:00 und 23:59 angeben"


@pytest.fixture
def angebot():
    quartier = QuartierFactory(schluessel="Q-1", sozialraum__schluessel="S-1")
    ort = EinrichtungFactory(quartier=quartier, lat=52.5, lon=13.4)
    return AngebotFactory(
        titel="Hausaufgabenhilfe",
        traeger=ort.traeger,
        einrichtungen=[ort],
        kategorien=[Kategorie.objects.get(slug="bildung")],
    )


def treffer(antwort) -> int:
    return antwort.context["seite"].paginator.count


@pytest.mark.parametrize(
    "wert", [ZU_GROSS, ZU_KLEIN, "99999999999999999999", "-1", "0", "abc", "²", "1.5", "1e400"]
)
def test_traeger_id_ausserhalb_ist_der_fehler_des_formulars(client_fachkraft, angebot, wert):
    antwort = client_fachkraft.get(reverse("start"), {"traeger": wert})
    assert antwort.status_code == 200
    # The hidden field's error names it; the search runs without filters, as for every
    # invalid form.
    assert f"Träger: {UNGUELTIG}" in antwort.text
    assert treffer(antwort) == 1

    karte = client_fachkraft.get(reverse("angebote:karte"), {"traeger": wert})
    assert karte.status_code == 200
    assert len(karte.json()["orte"]["features"]) == 1


def test_traeger_id_filtert_weiter(client_fachkraft, angebot):
    AngebotFactory(titel="Elterncafé")
    assert treffer(client_fachkraft.get(reverse("start"))) == 2
    antwort = client_fachkraft.get(reverse("start"), {"traeger": angebot.traeger_id})
    assert treffer(antwort) == 1
    assert f'name="traeger" value="{angebot.traeger_id}"' in antwort.text  # carried along


@pytest.mark.parametrize(
    "params",
    [
        {"q": "haus\x00aufgaben"},
        {"gebiet": "s-S-1\x00"},
        {"gebiet": "\x00"},
        {"kategorie": ["bildung", "\x00"]},
        {"zielgruppe": "\x00"},
        {"sprache": "d\x00"},
        {"tageszeit": "\x00"},
        {"uhrzeit_von": "15:00\x00"},
        {"uhrzeit_bis": "\x00"},
        {"sortierung": "name\x00"},
    ],
)
def test_nullzeichen(client_fachkraft, angebot, params):
    antwort = client_fachkraft.get(reverse("start"), params)
    assert antwort.status_code == 200
    karte = client_fachkraft.get(reverse("angebote:karte"), params)
    assert karte.status_code == 200
    assert karte.json()["orte"]["features"]


def test_nullzeichen_im_suchtext_ist_der_fehler_des_feldes(client_fachkraft, angebot):
    antwort = client_fachkraft.get(reverse("start"), {"q": "haus\x00"})
    assert "Nullzeichen sind nicht erlaubt." in antwort.text


@pytest.mark.parametrize(
    ("params", "fehler"),
    [
        ({"alter": "2026-02-30"}, "Bitte eine Zahl eingeben."),
        ({"alter": "-5"}, "größer oder gleich 0"),
        ({"alter": "1e400"}, "kleiner oder gleich 120"),
        ({"alter": "NaN"}, "Bitte eine Zahl eingeben."),
        ({"wochentag": "99999999999999999999"}, UNGUELTIG),
        ({"kategorie": ZU_GROSS}, UNGUELTIG),
        ({"uhrzeit_von": "25:00"}, UHRZEIT),
        ({"uhrzeit_von": "abc"}, UHRZEIT),
        ({"uhrzeit_bis": ZU_GROSS}, UHRZEIT),
        ({"uhrzeit_bis": "١٥"}, UHRZEIT),
        ({"uhrzeit_von": "15:00", "uhrzeit_bis": "14:00"}, "„bis“ muss nach „ab“ liegen."),
        ({"tageszeit": "vormittags", "uhrzeit_von": "15"}, "Die Uhrzeit liegt nicht"),
    ],
)
def test_unmoegliche_werte_zeigen_den_fehler(client_fachkraft, angebot, params, fehler):
    antwort = client_fachkraft.get(reverse("start"), params)
    assert antwort.status_code == 200
    assert fehler in antwort.text


@pytest.mark.parametrize("wert", ["15", "1500", "15 Uhr", "15.00", "15:00"])
def test_uhrzeit_in_ueblichen_schreibweisen(client_fachkraft, angebot, wert):
    # the offer's slot: Monday 14–16 (AngebotFactory without times has none)
    angebot.zeiten.create(wochentag=0, von="14:00", bis="16:00")
    AngebotFactory(titel="Vormittags", zeiten=[(0, "09:00", "11:00")])
    antwort = client_fachkraft.get(reverse("start"), {"wochentag": "0", "uhrzeit_von": wert})
    assert not antwort.context["form"].errors
    assert treffer(antwort) == 1  # the slot 14–16, not 9–11


@pytest.mark.parametrize("seite", ["99999999999999999999", "-1", "0", "²", "1e400", "\x00"])
def test_seite_ausserhalb(client_fachkraft, angebot, seite):
    antwort = client_fachkraft.get(reverse("start"), {"seite": seite})
    assert antwort.status_code == 200
    assert treffer(antwort) == 1


@pytest.mark.parametrize(
    "pfad",
    [
        "/gebiete/regionalraum/%00/",
        "/gebiete/sozialraum/S-1%00/",
        "/gebiete/quartier/%00/",
        "/traeger/kontakte/sozialraum/%00/",
        "/traeger/netzwerk/%00/",
        "/traeger/netzwerk/%00/export.csv",
        "/traeger/netzwerk/?sozialraum=S-1%00",
        "/gremien/kalender/%00/meine.ics",
        f"/gremien/kalender/%00/gremium-{ZU_GROSS}.ics",
        f"/traeger/{ZU_GROSS}/",
        f"/angebote/{ZU_GROSS}/",
    ],
)
def test_schluessel_im_pfad_ohne_treffer_ist_404(client, angebot, pfad):
    client.force_login(UserFactory(rolle=JUGENDAMT_ADMINISTRATION))
    assert client.get(pfad).status_code == 404


def test_vernetzung_nimmt_nur_moegliche_vorgaben(client_fachkraft, angebot):
    sozialraum = Sozialraum.objects.get(schluessel="S-1")
    url = reverse("traeger:kontakt_neu")
    for wert in ("²", ZU_GROSS, "-1", "\x00"):
        antwort = client_fachkraft.get(url, {"traeger": wert, "sozialraum": wert})
        assert antwort.status_code == 200
        assert antwort.context["traeger"] is None
    antwort = client_fachkraft.get(url, {"traeger": angebot.traeger_id, "sozialraum": "²"})
    assert antwort.context["traeger"] == angebot.traeger

    netzwerk = reverse("traeger:netzwerk", args=[sozialraum.schluessel])
    assert client_fachkraft.get(netzwerk, {"monate": "²"}).context["netz"].monate == 12
    assert client_fachkraft.get(netzwerk, {"monate": ZU_GROSS}).context["netz"].monate == 12
    assert client_fachkraft.get(netzwerk, {"monate": "6"}).context["netz"].monate == 6
    export = reverse("traeger:netzwerk_export", args=[sozialraum.schluessel])
    assert client_fachkraft.get(export, {"monate": "³"}).status_code == 200

    waehlen = reverse("traeger:netzwerk_waehlen")
    assert client_fachkraft.get(waehlen, {"sozialraum": "S-1\x00"}).status_code == 404
    assert client_fachkraft.get(waehlen, {"sozialraum": "S-1"}).url == netzwerk


def test_kalender_mit_gueltigem_schluessel(client, fachkraft):
    zugang = Kalenderzugang.objects.create(user=fachkraft, token="geheim")
    antwort = client.get(reverse("gremien:kalender_meine", args=[zugang.token]))
    assert antwort.status_code == 200


# The fields themselves (sozialraum/werkzeuge/felder.py) ----------------------------------------------


def _fehler_ohne_abfrage(feld, wert) -> ValidationError:
    with CaptureQueriesContext(connection) as abfragen, pytest.raises(ValidationError) as fehler:
        feld.clean(wert)
    assert len(abfragen) == 0  # refused before the database is asked
    return fehler.value


@pytest.mark.parametrize("wert", [ZU_GROSS, ZU_KLEIN, "10" * 30, "²", "١٢", "1.0", "a\x00"])
def test_auswahlfeld_prueft_vor_der_abfrage(wert):
    fehler = _fehler_ohne_abfrage(AuswahlFeld(Traeger.objects.all()), wert)
    assert fehler.code == "invalid_choice"
    fehler = _fehler_ohne_abfrage(MehrfachAuswahlFeld(Traeger.objects.all()), ["1", wert])
    assert fehler.code == "invalid_choice"


def test_textschluessel_ohne_nullzeichen():
    feld = AuswahlFeld(Sozialraum.objects.all(), to_field_name="schluessel")
    assert _fehler_ohne_abfrage(feld, "S-1\x00").code == "invalid_choice"
    feld = MehrfachAuswahlFeld(Kategorie.objects.all(), to_field_name="slug")
    assert _fehler_ohne_abfrage(feld, ["bildung", "\x00"]).code == "invalid_choice"


def test_groesste_id_wird_gesucht(angebot):
    with pytest.raises(ValidationError):
        AuswahlFeld(Traeger.objects.all()).clean(str(2**63 - 1))
    assert AuswahlFeld(Traeger.objects.all()).clean(f" {angebot.traeger_id} ") == angebot.traeger
    assert objekt_oder_404(Sozialraum.objects.all(), "S-1", "schluessel").schluessel == "S-1"
    for wert in ("S-1\x00", "", None):
        with pytest.raises(Http404):
            objekt_oder_404(Sozialraum.objects.all(), wert, "schluessel")


# One source: the filter set --------------------------------------------------------------


def test_suchparameter_kommen_aus_dem_filterset():
    assert SUCHPARAMETER == [
        "q",
        "gebiet",
        "kategorie",
        "zielgruppe",
        "alter",
        "altersgruppe",
        "wochentag",
        "tageszeit",
        "uhrzeit_von",
        "uhrzeit_bis",
        "jetzt",
        "sprache",
        "kostenfrei",
        "barrierefrei",
        "ohne_anmeldung",
        "geprueft",
        "traeger",
    ]
    assert {"kategorie", "zielgruppe"} == MEHRFACH
    assert {n: f.field_name for n, f in VERKNUEPFUNGEN.items()} == {
        "kategorie": "kategorien",
        "zielgruppe": "zielgruppen",
        "sprache": "sprachen",
    }


def test_jede_modellauswahl_der_suche_wird_geprueft():
    from django import forms

    for name, filter_ in AngebotFilter.base_filters.items():
        if issubclass(filter_.field_class, forms.ModelChoiceField):
            assert issubclass(filter_.field_class, AuswahlFeld | MehrfachAuswahlFeld), name


def test_jede_verknuepfung_hat_ihren_facettenschluessel():
    """PostgreSQL counts the link facets from the keys suchindex.py writes (facetten.py)."""
    vorsilbe = {facette: v for v, facette in VORSILBEN}
    for name, filter_ in VERKNUEPFUNGEN.items():
        schluessel = facettenschluessel({filter_.field_name: ["x"]}, [])
        assert schluessel == f"{vorsilbe[name]}x", name


# --- POST forms: ids of links and foreign keys ------------------------------------------------


@pytest.mark.parametrize("wert", [ZU_GROSS, "²", "a\x00b"])
def test_unmoegliche_id_in_einem_kuratierten_formular_ist_ein_feldfehler(client_fachkraft, wert):
    """Every curated form (KonfliktForm) checks the ids of its links before the query."""
    antwort = client_fachkraft.post(
        reverse("traeger:kontakt_neu"),
        {"thema": "Absprache", "traeger": [wert], "sichtbarkeit": "privat", "art": "telefonat"},
    )
    assert antwort.status_code == 200
    assert "Bitte eine gültige Auswahl treffen" in antwort.text


@pytest.mark.parametrize("wert", [ZU_GROSS, "²", "a\x00b", ""])
def test_rechte_bildschirm_nimmt_nur_moegliche_ids(client, wert):
    amt = UserFactory(username="amt", rolle=JUGENDAMT_ADMINISTRATION)
    person = UserFactory(username="person")
    client.force_login(amt)
    antwort = client.post(reverse("traeger:rechte_traeger", args=[person.pk]), {"traeger": wert})
    assert antwort.status_code == 404
    antwort = client.post(
        reverse("traeger:rechte_sozialraeume", args=[person.pk]), {"sozialraeume": [wert]}
    )
    assert antwort.status_code in (200, 302)
    for name, feld in (("traeger:rechte", "q"), ("traeger:rechte_person", "suche")):
        args = [person.pk] if name.endswith("person") else []
        assert client.get(reverse(name, args=args), {feld: f"x{wert}"}).status_code == 200


@pytest.mark.parametrize("wert", [ZU_GROSS, "²", "a\x00b"])
def test_vorgaben_neuer_eintraege_aus_der_adresse(client, wert):
    amt = UserFactory(username="amt", rolle=JUGENDAMT_ADMINISTRATION)
    client.force_login(amt)
    assert client.get(reverse("angebote:neu"), {"traeger": wert}).status_code == 404
    traeger = EinrichtungFactory().traeger
    antwort = client.get(
        reverse("traeger:ansprechperson_neu", args=[traeger.pk]), {"einrichtung": wert}
    )
    assert antwort.status_code == 200
