"""Träger-Redaktion edits her own Träger, its Einrichtungen and Ansprechpersonen in the UI.

Own Träger: allowed; another Träger: 403 and nothing changes; a second save over a newer
version is refused; public contact data only with a recorded consent. Also the query count
of the rights screen, which must not grow with the number of people listed.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from guardian.shortcuts import assign_perm

from sozialraum.zugang.rollen import (
    FACHKRAFT,
    JUGENDAMT_ADMINISTRATION,
    KOORDINIEREN,
    SOZIALRAUMKOORDINATION,
    TRAEGER_REDAKTION,
)
from tests.factories import (
    EinrichtungFactory,
    MitgliedschaftFactory,
    QuartierFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import Ansprechperson, Einrichtung, Traeger

pytestmark = pytest.mark.django_db


@pytest.fixture
def welt(db):
    """Two Träger with a place and a contact each; Rita edits the first ("eigen")."""
    eigen = TraegerFactory(name="Kinderhaus Regenbogen e.V.")
    fremd = TraegerFactory(name="Jugendwerk Nord gGmbH")
    daten = {"eigen": eigen, "fremd": fremd}
    for schluessel, traeger in (("eigen", eigen), ("fremd", fremd)):
        ort = EinrichtungFactory(traeger=traeger, name=f"Haus {traeger.name}")
        daten[f"{schluessel}_einrichtung"] = ort
        daten[f"{schluessel}_person"] = Ansprechperson.objects.create(
            traeger=traeger, einrichtung=ort, name=f"Person bei {traeger.name}"
        )
    rita = UserFactory(
        username="rita", first_name="Rita", last_name="Roth", rolle=TRAEGER_REDAKTION
    )
    assign_perm("traeger.change_traeger", rita, eigen)
    daten["rita"] = rita
    daten["admin"] = UserFactory(username="andrea", rolle=JUGENDAMT_ADMINISTRATION)
    daten["fachkraft"] = UserFactory(username="fatma", rolle=FACHKRAFT)
    return daten


def _urls(welt, seite: str) -> list[str]:
    """The edit pages of the "eigen" or "fremd" objects."""
    t, e, p = welt[seite], welt[f"{seite}_einrichtung"], welt[f"{seite}_person"]
    return [
        reverse("traeger:traeger_bearbeiten", args=[t.pk]),
        reverse("traeger:einrichtung_neu", args=[t.pk]),
        reverse("traeger:einrichtung_bearbeiten", args=[e.pk]),
        reverse("traeger:ansprechperson_neu", args=[t.pk]),
        reverse("traeger:ansprechperson_bearbeiten", args=[p.pk]),
    ]


@pytest.mark.parametrize(
    "wer, seite, erwartet",
    [
        ("rita", "eigen", 200),
        ("rita", "fremd", 403),
        ("admin", "eigen", 200),
        ("admin", "fremd", 200),
        ("fachkraft", "eigen", 403),
    ],
)
def test_bearbeiten_nur_eigener_traeger(client, welt, wer, seite, erwartet):
    client.force_login(welt[wer])
    for url in _urls(welt, seite):
        assert client.get(url).status_code == erwartet, url


def test_anonym_muss_sich_anmelden(client, welt):
    for url in _urls(welt, "eigen"):
        antwort = client.get(url)
        assert antwort.status_code == 302 and antwort.url.startswith("/anmelden/"), url


def test_unbekanntes_objekt_404(client, welt):
    client.force_login(welt["rita"])
    assert client.get(reverse("traeger:einrichtung_bearbeiten", args=[99999])).status_code == 404


def test_fremder_post_aendert_nichts(client, welt):
    client.force_login(welt["rita"])
    ort = welt["fremd_einrichtung"]
    antwort = client.post(
        reverse("traeger:einrichtung_bearbeiten", args=[ort.pk]),
        {"name": "Übernommen", "art": "sonstige", "barrierefrei": "ja", "stand": "x"},
    )
    assert antwort.status_code == 403
    ort.refresh_from_db()
    assert ort.name.startswith("Haus ")
    antwort = client.post(
        reverse("traeger:einrichtung_neu", args=[welt["fremd"].pk]),
        {"name": "Untergeschoben", "art": "sonstige", "barrierefrei": "ja"},
    )
    assert antwort.status_code == 403
    assert not Einrichtung.objects.filter(name="Untergeschoben").exists()


def _formular(client, url) -> dict:
    """The form's current values as the browser would send them back."""
    form = client.get(url).context["form"]
    daten = {}
    for name in form.fields:
        wert = form[name].value()
        if wert is None or wert is False:
            continue
        if isinstance(wert, list | tuple):
            daten[name] = [str(getattr(w, "pk", w)) for w in wert]
        elif isinstance(wert, datetime.date):
            daten[name] = wert.isoformat()
        else:
            daten[name] = wert
    return daten


def test_redaktion_bearbeitet_ihre_einrichtung(client, welt):
    rita, ort = welt["rita"], welt["eigen_einrichtung"]
    quartier = QuartierFactory(name="Marktplatz")
    client.force_login(rita)
    url = reverse("traeger:einrichtung_bearbeiten", args=[ort.pk])
    daten = _formular(client, url)
    daten.update(name="Kinderhaus am Park", quartier=quartier.pk, oeffnungszeiten="Mo–Fr 14–18")
    antwort = client.post(url, daten)
    assert antwort.status_code == 302 and antwort.url == ort.get_absolute_url()
    ort.refresh_from_db()
    assert ort.name == "Kinderhaus am Park"
    # Placed in the Quartier: its Sozialraum and Regionalraum follow.
    assert ort.sozialraum == quartier.sozialraum
    assert ort.regionalraum == quartier.sozialraum.regionalraum
    # Saving counts as a check, and the history knows who it was.
    assert ort.zuletzt_geprueft == timezone.localdate() and ort.geprueft_von == rita
    assert ort.history.first().history_user == rita


def test_neue_einrichtung_gehoert_dem_traeger_der_url(client, welt):
    client.force_login(welt["rita"])
    antwort = client.post(
        reverse("traeger:einrichtung_neu", args=[welt["eigen"].pk]),
        {
            "name": "Familienzentrum Lindenhof",
            "art": "familienzentrum",
            "barrierefrei": "teilweise",
            "traeger": welt["fremd"].pk,  # not a field of the form: ignored
        },
    )
    neu = Einrichtung.objects.get(name="Familienzentrum Lindenhof")
    assert antwort.url == neu.get_absolute_url()
    assert neu.traeger == welt["eigen"]


def test_traeger_daten_bearbeiten(client, welt):
    client.force_login(welt["rita"])
    sozialraum = SozialraumFactory(name="Lindenhof")
    url = reverse("traeger:traeger_bearbeiten", args=[welt["eigen"].pk])
    daten = _formular(client, url)
    daten.update(telefon="0391 123456", sozialraeume=[sozialraum.pk], traegerschaft="oeffentlich")
    assert client.post(url, daten).status_code == 302
    traeger = Traeger.objects.get(pk=welt["eigen"].pk)
    assert traeger.telefon == "0391 123456"
    assert list(traeger.sozialraeume.all()) == [sozialraum]
    assert traeger.traegerschaft == "frei"  # not hers to change


def test_seiten_zeigen_bearbeiten_nur_wer_darf(client, welt):
    ort = welt["eigen_einrichtung"]
    client.force_login(welt["rita"])
    seite = client.get(welt["eigen"].get_absolute_url()).content.decode()
    assert reverse("traeger:traeger_bearbeiten", args=[welt["eigen"].pk]) in seite
    assert reverse("traeger:einrichtung_neu", args=[welt["eigen"].pk]) in seite
    assert reverse("traeger:ansprechperson_bearbeiten", args=[welt["eigen_person"].pk]) in seite
    seite = client.get(ort.get_absolute_url()).content.decode()
    assert reverse("traeger:einrichtung_bearbeiten", args=[ort.pk]) in seite
    assert (
        f"{reverse('traeger:ansprechperson_neu', args=[welt['eigen'].pk])}?einrichtung={ort.pk}"
        in seite
    )
    fremd = client.get(welt["fremd"].get_absolute_url()).content.decode()
    assert "/bearbeiten/" not in fremd

    client.force_login(welt["fachkraft"])
    for url in (welt["eigen"].get_absolute_url(), ort.get_absolute_url()):
        assert "/bearbeiten/" not in client.get(url).content.decode()


# --- Konflikte ------------------------------------------------------------------------------


def test_zweites_speichern_ueber_neueren_stand_wird_abgelehnt(client, welt):
    rita, ort = welt["rita"], welt["eigen_einrichtung"]
    client.force_login(rita)
    url = reverse("traeger:einrichtung_bearbeiten", args=[ort.pk])
    alt = _formular(client, url)  # Rita opens the form ...
    kollegin = UserFactory(username="kollegin", first_name="Karla", last_name="Klein")
    ort.refresh_from_db()
    ort.telefon = "0391 999"
    ort._history_user = kollegin
    ort.save()  # ... meanwhile a colleague saves a new phone number.

    alt.update(telefon="0391 111", name="Überschrieben?")
    antwort = client.post(url, alt)
    assert antwort.status_code == 200
    meldung = " ".join(antwort.context["form"].non_field_errors())
    assert "Karla Klein" in meldung and "Telefon" in meldung
    assert "nicht gespeichert" in meldung
    ort.refresh_from_db()
    assert ort.telefon == "0391 999" and ort.name.startswith("Haus ")
    # Her input is still in the form, to copy from.
    assert antwort.context["form"]["name"].value() == "Überschrieben?"


def test_formular_ohne_stand_darf_nicht_speichern(client, welt):
    client.force_login(welt["rita"])
    person = welt["eigen_person"]
    url = reverse("traeger:ansprechperson_bearbeiten", args=[person.pk])
    daten = _formular(client, url)
    del daten["stand"]
    daten["name"] = "Neu"
    antwort = client.post(url, daten)
    assert antwort.status_code == 200
    assert "laden Sie die Seite neu" in " ".join(antwort.context["form"].non_field_errors())
    person.refresh_from_db()
    assert person.name != "Neu"


# --- Einwilligung ---------------------------------------------------------------------------


@pytest.fixture
def neue_person(client, welt):
    client.force_login(welt["rita"])
    url = reverse("traeger:ansprechperson_neu", args=[welt["eigen"].pk])

    def senden(**felder):
        daten = {"name": "Selin Yilmaz", "funktion": "Leitung", "telefon": "0391 55"} | felder
        return client.post(url, {k: v for k, v in daten.items() if v is not None})

    return senden


def test_ansprechperson_intern_ohne_einwilligung(neue_person, welt):
    antwort = neue_person()
    person = Ansprechperson.objects.get(name="Selin Yilmaz")
    assert antwort.status_code == 302
    assert person.traeger == welt["eigen"] and not person.oeffentlich


@pytest.mark.parametrize(
    "felder, fehlerfeld, text",
    [
        ({"oeffentlich": "on"}, "einwilligung_am", "Datum der Einwilligung"),
        (
            {"oeffentlich": "on", "einwilligung_am": "2026-01-05"},
            "einwilligung_umfang",
            "Umfang der Einwilligung",
        ),
        (
            {"oeffentlich": "on", "einwilligung_am": "2999-01-01", "einwilligung_umfang": "Name"},
            "einwilligung_am",
            "Zukunft",
        ),
    ],
)
def test_oeffentlich_nur_mit_einwilligung(neue_person, felder, fehlerfeld, text):
    antwort = neue_person(**felder)
    assert antwort.status_code == 200
    assert text in " ".join(antwort.context["form"].errors[fehlerfeld])
    assert not Ansprechperson.objects.filter(name="Selin Yilmaz").exists()


def test_oeffentlich_mit_datum_und_umfang(neue_person):
    neue_person(
        oeffentlich="on",
        einwilligung_am="2026-01-05",
        einwilligung_umfang="Name, Funktion und Dienst-Telefon auf öffentlichen Seiten",
    )
    person = Ansprechperson.objects.get(name="Selin Yilmaz")
    assert person.oeffentlich and person.einwilligung_am == datetime.date(2026, 1, 5)


def test_formular_erklaert_die_einwilligung(client, welt):
    client.force_login(welt["rita"])
    seite = client.get(reverse("traeger:ansprechperson_neu", args=[welt["eigen"].pk]))
    text = seite.content.decode()
    assert "ohne Einwilligung nur intern" in text
    assert "wann sie eingewilligt hat und wofür" in text


def test_einrichtung_eines_fremden_traegers_nicht_waehlbar(neue_person, welt):
    antwort = neue_person(einrichtung=welt["fremd_einrichtung"].pk)
    assert antwort.status_code == 200
    assert "einrichtung" in antwort.context["form"].errors


# --- Abfragen der Rechte-Seite --------------------------------------------------------------


def _leute(anzahl: int, nr: int) -> None:
    """People with every kind of right, so that every column of the list has content."""
    redaktion, koordination = (
        Group.objects.get(name=TRAEGER_REDAKTION),
        Group.objects.get(name=SOZIALRAUMKOORDINATION),
    )
    for i in range(anzahl):
        person = UserFactory(username=f"p{nr}-{i}")
        person.groups.add(redaktion, koordination)
        traeger = TraegerFactory()
        assign_perm("traeger.change_traeger", person, traeger)
        assign_perm(KOORDINIEREN, person, SozialraumFactory())
        MitgliedschaftFactory(person=person, rolle="koordination")


def test_rechte_liste_abfragen_konstant(client, welt):
    client.force_login(welt["admin"])
    url = reverse("traeger:rechte")

    def zaehlen() -> tuple[int, int]:
        client.get(url)  # warm process-wide caches (content types) first
        with CaptureQueriesContext(connection) as erfasst:
            antwort = client.get(url)
        assert antwort.status_code == 200
        return len(erfasst), len(antwort.context["zeilen"])

    _leute(2, 1)
    wenige, zeilen_wenige = zaehlen()
    _leute(20, 2)
    viele, zeilen_viele = zaehlen()
    assert zeilen_viele == zeilen_wenige + 20
    assert wenige == viele
    # Session, user, her user and group permissions; count, page, roles; Träger rights,
    # Sozialraum rights, Zugehörigkeiten, Träger names, Sozialraum names; the Gremien
    # section; one for the review count in the navigation (angebote), and one to spare.
    assert viele <= 15
