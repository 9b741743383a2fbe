"""Two people editing the same record in the admin (sozialraum/werkzeuge/konflikt.py).

Each test loads the change form twice, as two browser tabs would, saves the first and then
the second: the second save is refused with a message naming who changed which fields,
and the first person's values stay in the database.
"""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from gremien.forms import SitzungForm
from gremien.models import Aufgabe, Beschluss, Protokollversion, Sitzung, Tagesordnungspunkt
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    KontaktFactory,
    MitgliedschaftFactory,
    QuartierFactory,
    RegionalraumFactory,
    SitzungFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import Ansprechperson

pytestmark = pytest.mark.django_db


def _wert(wert):
    if isinstance(wert, bool):
        return "on" if wert else None
    if isinstance(wert, datetime.datetime | datetime.date):
        return wert.isoformat()
    if isinstance(wert, datetime.time):
        return wert.strftime("%H:%M")
    if isinstance(wert, list | tuple):
        return [str(w) for w in wert]
    return "" if wert is None else str(wert)


def _formular(form, daten: dict) -> None:
    for name in form.fields:
        wert = _wert(form[name].value())
        if wert is not None:
            daten[form.add_prefix(name)] = wert


def formulardaten(antwort, **aenderungen) -> dict:
    """The POST data of an admin change form as loaded, with ``aenderungen`` applied."""
    daten: dict = {}
    _formular(antwort.context["adminform"].form, daten)
    for inline in antwort.context.get("inline_admin_formsets", []):
        formset = inline.formset
        _formular(formset.management_form, daten)
        for form in formset.initial_forms:
            _formular(form, daten)
    daten.update(aenderungen)
    return daten


@pytest.fixture
def amt(db):
    return UserFactory(
        username="amt",
        first_name="Andrea",
        last_name="Amt",
        is_staff=True,
        rolle=JUGENDAMT_ADMINISTRATION,
    )


@pytest.fixture
def kollegin(db):
    return UserFactory(
        username="kollegin",
        first_name="Karla",
        last_name="Kollegin",
        is_staff=True,
        rolle=JUGENDAMT_ADMINISTRATION,
    )


def angemeldet(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _sitzung():
    sitzung = SitzungFactory(titel="Frühjahrssitzung")
    Tagesordnungspunkt.objects.create(sitzung=sitzung, titel="Begrüßung", position=1)
    return sitzung


FAELLE = {
    # model admin name: (create, field edited by both, field only the first person edits)
    "angebote_angebot": (lambda: AngebotFactory(titel="Alt"), "titel", "telefon"),
    "traeger_traeger": (lambda: TraegerFactory(name="Alt"), "name", "telefon"),
    "traeger_einrichtung": (lambda: EinrichtungFactory(name="Alt"), "name", "telefon"),
    "traeger_ansprechperson": (
        lambda: Ansprechperson.objects.create(traeger=TraegerFactory(), name="Alt"),
        "name",
        "telefon",
    ),
    "gremien_sitzung": (_sitzung, "titel", "ort_text"),
}


@pytest.mark.parametrize("admin_name", FAELLE)
def test_zweites_speichern_wird_abgelehnt_und_nichts_ueberschrieben(amt, kollegin, admin_name):
    anlegen, feld, anderes_feld = FAELLE[admin_name]
    obj = anlegen()
    url = reverse(f"admin:{admin_name}_change", args=[obj.pk])
    erste, zweite = angemeldet(kollegin), angemeldet(amt)
    formular_erste = erste.get(url)
    formular_zweite = zweite.get(url)
    assert 'name="stand"' in formular_zweite.text

    antwort = erste.post(
        url, formulardaten(formular_erste, **{feld: "Von Karla", anderes_feld: "030 1"})
    )
    assert antwort.status_code == 302, antwort.context["errors"]

    antwort = zweite.post(url, formulardaten(formular_zweite, **{feld: "Von Andrea"}))
    assert antwort.status_code == 200
    meldung = " ".join(antwort.context["adminform"].form.non_field_errors())
    assert "Dieser Eintrag wurde inzwischen von Karla Kollegin geändert" in meldung
    assert "Ihre Änderungen wurden nicht gespeichert" in meldung
    namen = {str(type(obj)._meta.get_field(f).verbose_name) for f in (feld, anderes_feld)}
    geaendert = meldung.split("Geändert wurde: ")[1].split(".")[0].split(", ")
    assert set(geaendert) == namen
    # The second person's input is still in the form, nothing is overwritten.
    assert antwort.context["adminform"].form[feld].value() == "Von Andrea"
    obj.refresh_from_db()
    assert getattr(obj, feld) == "Von Karla"

    # After reloading, the second person can save her change.
    neu = zweite.get(url)
    assert zweite.post(url, formulardaten(neu, **{feld: "Von Andrea"})).status_code == 302
    obj.refresh_from_db()
    assert (getattr(obj, feld), getattr(obj, anderes_feld)) == ("Von Andrea", "030 1")


def test_meldung_nennt_nur_die_felder_seit_dem_laden(amt, kollegin):
    angebot = AngebotFactory(titel="Erster Titel")
    angebot.titel = "Zweiter Titel"
    angebot.save()  # an older change of the title, before both load the form
    url = reverse("admin:angebote_angebot_change", args=[angebot.pk])
    erste, zweite = angemeldet(kollegin), angemeldet(amt)
    formular_erste, formular_zweite = erste.get(url), zweite.get(url)
    erste.post(url, formulardaten(formular_erste, telefon="030 99"))
    antwort = zweite.post(url, formulardaten(formular_zweite, beschreibung="Neu"))
    meldung = " ".join(antwort.context["adminform"].form.non_field_errors())
    assert "Geändert wurde: Telefon für Rückfragen." in meldung


def test_formular_ohne_stand_wird_abgelehnt(amt):
    angebot = AngebotFactory(titel="Alt")
    client = angemeldet(amt)
    url = reverse("admin:angebote_angebot_change", args=[angebot.pk])
    daten = formulardaten(client.get(url), titel="Neu")
    del daten["stand"]
    antwort = client.post(url, daten)
    assert antwort.status_code == 200
    assert "Das Formular ist unvollständig" in antwort.text
    angebot.refresh_from_db()
    assert angebot.titel == "Alt"


def test_protokoll_auf_der_gremienseite_geaendert_verwaltung_abgelehnt(amt, kollegin):
    sitzung = _sitzung()
    top = sitzung.tops.get()
    url = reverse("admin:gremien_sitzung_change", args=[sitzung.pk])
    verwaltung = angemeldet(amt)
    formular = verwaltung.get(url)
    assert 'name="tops-0-protokoll"' in formular.text  # the minutes are edited here too

    # Meanwhile the minutes are written on the Gremium's own pages.
    seite = angemeldet(kollegin)
    antwort = seite.post(
        reverse("gremien:protokoll", args=[sitzung.pk]),
        {"stand": sitzung.updated_at.isoformat(), f"top_{top.pk}": "Alle sind da."},
    )
    assert antwort.status_code == 302

    antwort = verwaltung.post(
        url, formulardaten(formular, **{"tops-0-protokoll": "Überschrieben?"})
    )
    assert antwort.status_code == 200
    assert "Dieser Eintrag wurde inzwischen von" in antwort.text
    top.refresh_from_db()
    assert top.protokoll == "Alle sind da."


def test_speichern_in_der_verwaltung_zaehlt_die_version_fuer_die_gremienseiten(amt):
    sitzung = _sitzung()
    geladen, stand = sitzung.version, sitzung.updated_at.isoformat()
    client = angemeldet(amt)
    url = reverse("admin:gremien_sitzung_change", args=[sitzung.pk])
    assert client.post(url, formulardaten(client.get(url), ort_text="Raum 2")).status_code == 302
    sitzung.refresh_from_db()
    assert sitzung.version == geladen + 1
    # A form opened on the Gremium's pages before that save is refused.
    daten = {
        "titel": "Anders",
        "datum": sitzung.datum.isoformat(),
        "beginn": "14:00",
        "ort_text": "Raum 3",
        "status": sitzung.status,
        "stand": stand,
    }
    form = SitzungForm(daten, gremium=sitzung.gremium, instance=Sitzung.objects.get(pk=sitzung.pk))
    assert not form.is_valid()
    assert form.has_error("__all__", "konflikt")


def test_freigegebenes_protokoll_in_der_verwaltung_geaendert_wird_neue_version(amt):
    from gremien.sitzung.protokoll import protokoll_freigeben

    sitzung = _sitzung()
    protokoll_freigeben(sitzung, amt)
    client = angemeldet(amt)
    url = reverse("admin:gremien_sitzung_change", args=[sitzung.pk])
    antwort = client.post(url, formulardaten(client.get(url), **{"tops-0-protokoll": "Ergänzt."}))
    assert antwort.status_code == 302
    versionen = Protokollversion.objects.filter(sitzung=sitzung).order_by("version")
    assert [v.version for v in versionen] == [1, 2]
    assert versionen[1].grund == "in der Verwaltung geändert"
    assert versionen[1].inhalt["tops"][0]["protokoll"] == "Ergänzt."


def test_nur_lesen_ohne_leeres_feld_stand(db):
    """A read-only view has nothing to protect: no token, no empty „Stand“ row."""
    angebot = AngebotFactory(titel="Alt")
    leserin = angemeldet(UserFactory(username="leserin", is_staff=True, rolle=FACHKRAFT))
    antwort = leserin.get(reverse("admin:angebote_angebot_change", args=[angebot.pk]))
    assert antwort.status_code == 200
    assert ">Stand:<" not in antwort.text


def _mitgliedschaft():
    return MitgliedschaftFactory(gremium=GremiumFactory(), person=UserFactory())


def _beschluss():
    return Beschluss.objects.create(sitzung=_sitzung(), text="Alt")


def _aufgabe():
    sitzung = _sitzung()
    return Aufgabe.objects.create(
        sitzung=sitzung, gremium=sitzung.gremium, was="Alt", traeger=TraegerFactory()
    )


# Every other curated admin: (create, a field both change, the value it has afterwards)
WEITERE = {
    "sozialraum_regionalraum": (lambda: RegionalraumFactory(name="Alt"), "name"),
    "sozialraum_sozialraum": (lambda: SozialraumFactory(name="Alt"), "name"),
    "sozialraum_quartier": (lambda: QuartierFactory(name="Alt"), "name"),
    "traeger_kontakt": (
        lambda: KontaktFactory(thema="Alt", traeger=[TraegerFactory()], sichtbarkeit="alle"),
        "thema",
    ),
    "gremien_beschluss": (_beschluss, "text"),
    "gremien_aufgabe": (_aufgabe, "was"),
    "gremien_mitgliedschaft": (_mitgliedschaft, "bis"),
}


@pytest.mark.parametrize("admin_name", WEITERE)
def test_jede_kuratierte_verwaltungsseite_erkennt_gleichzeitiges_bearbeiten(
    amt, kollegin, admin_name
):
    anlegen, feld = WEITERE[admin_name]
    obj = anlegen()
    url = reverse(f"admin:{admin_name}_change", args=[obj.pk])
    erste, zweite = angemeldet(kollegin), angemeldet(amt)
    formular_erste, formular_zweite = erste.get(url), zweite.get(url)
    assert formular_zweite.status_code == 200
    assert 'name="stand"' in formular_zweite.text
    erster_wert, zweiter_wert = (
        ("2026-12-31", "2027-01-31") if feld == "bis" else ("Von Karla", "Von Andrea")
    )

    antwort = erste.post(url, formulardaten(formular_erste, **{feld: erster_wert}))
    assert antwort.status_code == 302, antwort.context["errors"]
    antwort = zweite.post(url, formulardaten(formular_zweite, **{feld: zweiter_wert}))

    assert antwort.status_code == 200
    meldung = " ".join(antwort.context["adminform"].form.non_field_errors())
    assert "Dieser Eintrag wurde inzwischen von Karla Kollegin geändert" in meldung
    obj.refresh_from_db()
    assert str(getattr(obj, feld)) == erster_wert


def test_zeile_einer_inline_erkennt_gleichzeitiges_bearbeiten(amt, kollegin):
    """A row of the Träger page's Ansprechpersonen carries its own stand: rows that still
    match the database pass; a row changed meanwhile elsewhere is refused, because saving
    the page would write its old values back."""
    traeger = TraegerFactory(name="Alt")
    person = Ansprechperson.objects.create(traeger=traeger, name="Alt", telefon="1")
    url = reverse("admin:traeger_traeger_change", args=[traeger.pk])
    verwaltung = angemeldet(amt)
    formular = verwaltung.get(url)
    assert verwaltung.post(url, formulardaten(formular, telefon="030 9")).status_code == 302

    formular = verwaltung.get(url)
    # Meanwhile Karla corrects the person on her own page.
    person.telefon = "030 von Karla"
    person._history_user = kollegin
    person.save()
    antwort = verwaltung.post(url, formulardaten(formular, telefon="030 8"))
    assert antwort.status_code == 200
    assert "inzwischen von Karla Kollegin geändert" in antwort.text
    person.refresh_from_db()
    traeger.refresh_from_db()
    assert (person.telefon, traeger.telefon) == ("030 von Karla", "030 9")


def test_abgehakte_aufgabe_gilt_als_aenderung(amt, client):
    aufgabe = _aufgabe()
    url = reverse("admin:gremien_aufgabe_change", args=[aufgabe.pk])
    verwaltung = angemeldet(amt)
    formular = verwaltung.get(url)
    client.force_login(amt)
    assert (
        client.post(reverse("gremien:aufgabe_status", args=[aufgabe.pk]), {"status": "erledigt"})
    ).status_code == 302

    antwort = verwaltung.post(url, formulardaten(formular, was="Anders"))
    assert antwort.status_code == 200
    aufgabe.refresh_from_db()
    assert (aufgabe.status, aufgabe.was) == ("erledigt", "Alt")


def test_aufgabe_abhaken_mit_unmoeglichem_zurueck(amt, client):
    aufgabe = _aufgabe()
    client.force_login(amt)
    for zurueck in ("²", "99999999999999999999999", "a\x00"):
        antwort = client.post(
            reverse("gremien:aufgabe_status", args=[aufgabe.pk]),
            {"status": "erledigt", "zurueck": zurueck},
        )
        assert antwort.status_code == 302
