"""Gremium bearbeiten in the normal UI: who may, "gehört zu" without circles and only among
the Gremien one sees, the area she must keep, concurrent edits, the history, and the rhythm
rule that "Sitzung planen" proposes its date from afterwards."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from guardian.shortcuts import assign_perm

from gremien.models import Gremium
from sozialraum.zugang.rollen import (
    FACHKRAFT,
    GREMIUM_KOORDINATION,
    JUGENDAMT_ADMINISTRATION,
    KOORDINIEREN,
    SOZIALRAUMKOORDINATION,
)
from sozialraum.zugang.zustaendigkeit import VERWALTEN
from tests.factories import (
    GremiumFactory,
    JugendamtFactory,
    MitgliedschaftFactory,
    RegionalraumFactory,
    SitzungFactory,
    SozialraumFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HEUTE = timezone.localdate()


def als(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def welt():
    """Fokusgruppe Bildung → Lenkungsgruppe Nord → Sozialraumkonferenz Nord; Greta
    coordinates the Lenkungsgruppe and the Fokusgruppe, Mia is a member of the Fokusgruppe.
    The "AG Verborgen" is only for its members (nobody here)."""
    nordstadt = SozialraumFactory(name="Nordstadt")
    konferenz = GremiumFactory(
        name="Sozialraumkonferenz Nord", art="konferenz", sichtbarkeit="fachkraefte"
    )
    lenkung = GremiumFactory(
        name="Lenkungsgruppe Nord", art="lenkungsgruppe", uebergeordnet=konferenz
    )
    fokus = GremiumFactory(
        name="Fokusgruppe Bildung",
        art="fokusgruppe",
        uebergeordnet=lenkung,
        sozialraum=nordstadt,
        rhythmus="alle paar Wochen",
    )
    greta = UserFactory(
        username="greta", first_name="Greta", last_name="Lorenz", rolle=GREMIUM_KOORDINATION
    )
    mia = UserFactory(username="mia", rolle=FACHKRAFT)
    for g in (lenkung, fokus):
        MitgliedschaftFactory(gremium=g, person=greta, rolle="koordination")
    MitgliedschaftFactory(gremium=fokus, person=mia)
    return {
        "nordstadt": nordstadt, "konferenz": konferenz, "lenkung": lenkung, "fokus": fokus,
        "verborgen": GremiumFactory(name="AG Verborgen"), "greta": greta, "mia": mia,
    }  # fmt: skip


def _url(gremium) -> str:
    return reverse("gremien:bearbeiten", args=[gremium.pk])


def _daten(client, gremium, **aenderungen) -> dict:
    """The form as loaded (its values and token), with ``aenderungen``."""
    form = client.get(_url(gremium)).context["form"]
    daten = {}
    for name in form.fields:
        wert = form[name].value()
        if wert is not None:
            daten[name] = wert
    return {**daten, **aenderungen}


def test_koordination_bearbeitet_ihr_gremium(client, welt):
    fokus = welt["fokus"]
    als(client, welt["greta"])
    seite = client.get(fokus.get_absolute_url()).text
    assert f'href="{_url(fokus)}"' in seite and "Gremium bearbeiten" in seite
    seite = client.get(_url(fokus))
    assert seite.status_code == 200
    text = seite.text
    for abschnitt in ("Das Gremium", "Gebiet und Zugehörigkeit", "Rhythmus", "Protokolle"):
        assert f'<legend class="kern-heading-small">{abschnitt}</legend>' in text
    assert "Sozialraumdialog" in text  # the new Art is a choice
    daten = _daten(
        client,
        fokus,
        name="Sozialraumdialog Nordstadt",
        art="sozialraumdialog",
        beschreibung="Bewohnerinnen, Bewohner und Fachkräfte sammeln, was hilft und was hindert.",
        sichtbarkeit="fachkraefte",
        aktiv="",  # not a field of this form: stays as it is
    )
    antwort = client.post(_url(fokus), daten, follow=True)
    assert antwort.redirect_chain == [(fokus.get_absolute_url(), 302)]
    assert "Das Gremium ist gespeichert." in antwort.text
    fokus.refresh_from_db()
    assert (fokus.name, fokus.art, fokus.sichtbarkeit, fokus.aktiv) == (
        "Sozialraumdialog Nordstadt",
        "sozialraumdialog",
        "fachkraefte",
        True,
    )
    assert fokus.uebergeordnet == welt["lenkung"]
    letzte = fokus.history.latest()
    assert letzte.history_user == welt["greta"] and letzte.history_type == "~"
    assert fokus.history.count() == 2


@pytest.mark.parametrize(
    ("wer", "status"),
    [("mitglied", 403), ("fremd", 404), ("amt", 200), ("sozialraumkoordination", 200)],
)
def test_wer_bearbeiten_darf(client, welt, wer, status):
    """The rule of its Sitzungen and members (gremien/permissions.py ``darf_bearbeiten``)."""
    fokus = welt["fokus"]
    if wer == "mitglied":
        user = welt["mia"]
    elif wer == "fremd":
        user = UserFactory(username="otto", rolle=FACHKRAFT)
    elif wer == "amt":
        user = UserFactory(username="amt", rolle=JUGENDAMT_ADMINISTRATION)
    else:
        user = UserFactory(username="kemal", rolle=SOZIALRAUMKOORDINATION)
        assign_perm(KOORDINIEREN, user, welt["nordstadt"])
    als(client, user)
    assert client.get(_url(fokus)).status_code == status
    assert client.post(_url(fokus), {"name": "Übernommen"}).status_code == status
    fokus.refresh_from_db()
    assert fokus.name == "Fokusgruppe Bildung"
    if status == 403:
        seite = client.get(fokus.get_absolute_url()).text
        assert _url(fokus) not in seite


def test_gehoert_zu_nur_gremien_die_sie_sieht(client, welt):
    fokus = welt["fokus"]
    als(client, welt["greta"])
    auswahl = client.get(_url(fokus)).context["form"].fields["uebergeordnet"].queryset
    namen = set(auswahl.values_list("name", flat=True))
    assert {"Lenkungsgruppe Nord", "Sozialraumkonferenz Nord"} <= namen
    assert "AG Verborgen" not in namen and "Fokusgruppe Bildung" not in namen
    antwort = client.post(_url(fokus), _daten(client, fokus, uebergeordnet=welt["verborgen"].pk))
    assert antwort.status_code == 200
    assert "gültige Auswahl" in str(antwort.context["form"].errors["uebergeordnet"])
    fokus.refresh_from_db()
    assert fokus.uebergeordnet == welt["lenkung"]


def test_kein_kreis(client, welt):
    """The Lenkungsgruppe cannot belong to its own Fokusgruppe: a German message at the field."""
    lenkung = welt["lenkung"]
    als(client, welt["greta"])
    antwort = client.post(_url(lenkung), _daten(client, lenkung, uebergeordnet=welt["fokus"].pk))
    assert antwort.status_code == 200
    assert antwort.context["form"].errors["uebergeordnet"] == [
        "„Fokusgruppe Bildung“ gehört bereits (über andere Gremien) zu diesem Gremium; so "
        "entstünde ein Kreis."
    ]
    assert 'href="#id_uebergeordnet"' in antwort.text  # the summary links to the field
    lenkung.refresh_from_db()
    assert lenkung.uebergeordnet == welt["konferenz"]


def test_verborgenes_uebergeordnetes_gremium_bleibt_ungenannt(client, welt):
    """Mia's Fokusgruppe belongs to a Gremium she may not see: the form neither names nor
    offers it, and saving keeps it."""
    verborgen, fokus = welt["verborgen"], welt["fokus"]
    Gremium.objects.filter(pk=fokus.pk).update(uebergeordnet=verborgen)
    MitgliedschaftFactory(gremium=fokus, person=welt["mia"], rolle="koordination")
    als(client, welt["mia"])
    seite = client.get(_url(fokus))
    assert "uebergeordnet" not in seite.context["form"].fields
    assert "AG Verborgen" not in seite.text
    assert "zu einem Gremium, das Sie nicht sehen dürfen" in seite.text
    antwort = client.post(_url(fokus), _daten(client, fokus, name="Fokusgruppe Lernen"))
    assert antwort.status_code == 302
    fokus.refresh_from_db()
    assert (fokus.name, fokus.uebergeordnet) == ("Fokusgruppe Lernen", verborgen)


def test_gebiet_nur_so_dass_sie_es_weiter_bearbeiten_darf(client, welt):
    """The Sozialraumkoordination of Nordstadt edits its Fokusgruppe; moved into another
    Sozialraum it would be lost to her: refused at the field, nothing saved. Its
    Koordination, who keeps it wherever it lies, may move it."""
    fokus = welt["fokus"]
    kemal = UserFactory(username="kemal", rolle=SOZIALRAUMKOORDINATION)
    assign_perm(KOORDINIEREN, kemal, welt["nordstadt"])
    suedstadt = SozialraumFactory(name="Südstadt")
    als(client, kemal)
    vorher = fokus.history.count()
    antwort = client.post(_url(fokus), _daten(client, fokus, sozialraum=suedstadt.pk))
    assert antwort.status_code == 200
    assert "dürften Sie das Gremium danach nicht mehr bearbeiten" in str(
        antwort.context["form"].errors["sozialraum"]
    )
    fokus.refresh_from_db()
    assert fokus.sozialraum == welt["nordstadt"] and fokus.history.count() == vorher
    als(client, welt["greta"])
    assert (
        client.post(_url(fokus), _daten(client, fokus, sozialraum=suedstadt.pk)).status_code == 302
    )
    fokus.refresh_from_db()
    assert fokus.sozialraum == suedstadt


def test_beschraenkte_administration_gibt_es_keinem_anderen_jugendamt(client, welt):
    """A Jugendamt-Administration of Mitte edits the Gremien there; into a Regionalraum of
    Pankow it would hand one to another Jugendamt: refused. City-wide, it stays hers."""
    mitte, pankow = JugendamtFactory(name="Bezirk Mitte"), JugendamtFactory(name="Bezirk Pankow")
    ag = GremiumFactory(
        name="AG Mitte",
        sozialraum=SozialraumFactory(regionalraum=RegionalraumFactory(jugendamt=mitte)),
    )
    fremd = RegionalraumFactory(name="Pankow Nord", jugendamt=pankow)
    amt = UserFactory(username="amt_mitte", rolle=JUGENDAMT_ADMINISTRATION)
    assign_perm(VERWALTEN, amt, mitte)
    als(client, amt)
    antwort = client.post(_url(ag), _daten(client, ag, sozialraum="", regionalraum=fremd.pk))
    assert "dürften Sie das Gremium danach nicht mehr bearbeiten" in str(
        antwort.context["form"].errors["regionalraum"]
    )
    ag.refresh_from_db()
    assert ag.regionalraum is None and ag.sozialraum is not None
    assert client.post(_url(ag), _daten(client, ag, sozialraum="")).status_code == 302
    ag.refresh_from_db()
    assert ag.sozialraum is None


def test_sozialraum_oder_regionalraum(client, welt):
    fokus = welt["fokus"]
    als(client, welt["greta"])
    antwort = client.post(
        _url(fokus),
        _daten(client, fokus, regionalraum=welt["nordstadt"].regionalraum_id),
    )
    assert antwort.context["form"].errors["regionalraum"] == [
        "Bitte entweder einen Sozialraum oder einen Regionalraum angeben."
    ]


def test_gleichzeitige_aenderung_wird_erkannt(client, welt):
    fokus = welt["fokus"]
    als(client, welt["greta"])
    daten = _daten(client, fokus, beschreibung="Meine Fassung")
    # Meanwhile the administration renames it.
    amt = UserFactory(username="amt", first_name="Anna", last_name="Amt")
    neu = Gremium.objects.get(pk=fokus.pk)
    neu.name = "Fokusgruppe Bildung und Schule"
    neu._history_user = amt
    neu.save()
    antwort = client.post(_url(fokus), daten)
    assert antwort.status_code == 200
    text = antwort.text
    assert "Nicht gespeichert: jemand war schneller" in text
    assert "inzwischen von Anna Amt geändert" in text and "Geändert wurde: Name." in text
    fokus.refresh_from_db()
    assert (fokus.name, fokus.beschreibung) == ("Fokusgruppe Bildung und Schule", "")


def test_rhythmus_regel_und_naechster_termin(client, welt):
    """Set in the form, the rule is what "Sitzung planen" proposes its date from."""
    fokus = welt["fokus"]
    SitzungFactory(gremium=fokus, datum=HEUTE - datetime.timedelta(days=3))
    als(client, welt["greta"])
    assert client.get(reverse("gremien:sitzung_neu", args=[fokus.pk])).context["form"][
        "datum"
    ].value() in (None, "")
    fehler = (
        client.post(
            _url(fokus), _daten(client, fokus, rhythmus_regel="monatlich", rhythmus_pause="8,13")
        )
        .context["form"]
        .errors
    )
    assert fehler["rhythmus_wochentag"] == ["Bitte den Wochentag der Sitzungen angeben."]
    assert fehler["rhythmus_nte"] == ["Bitte angeben, der wievielte Wochentag im Monat."]
    assert fehler["rhythmus_pause"] == ["Bitte Monatszahlen von 1 bis 12 angeben, z. B. „7,8“."]
    daten = _daten(
        client,
        fokus,
        rhythmus="am ersten Dienstag im Monat, nicht im August",
        rhythmus_regel="monatlich",
        rhythmus_wochentag=1,
        rhythmus_nte=1,
        rhythmus_intervall=1,
        rhythmus_pause="8",
    )
    assert client.post(_url(fokus), daten).status_code == 302
    seite = client.get(fokus.get_absolute_url()).text
    assert "Am ersten Dienstag im Monat, nicht im August" in seite
    form = client.get(reverse("gremien:sitzung_neu", args=[fokus.pk])).context["form"]
    vorschlag = form["datum"].value()
    assert vorschlag.weekday() == 1 and vorschlag.day <= 7 and vorschlag.month != 8
    assert vorschlag >= HEUTE
    assert "am ersten Dienstag im Monat, nicht im August" in form.fields["datum"].help_text


def test_seite_mit_fester_zahl_von_abfragen(client, welt, django_assert_num_queries):
    """More Gremien and areas to choose from cost no more queries."""
    als(client, welt["greta"])
    client.get(_url(welt["fokus"]))  # fills the caches of content types and the footer
    # Session, user; the Gremium; her rights (own, her groups', object rights); whether
    # she sees its parent; the Sozialräume with their Regionalraum; the Regionalräume; the
    # Gremien for "gehört zu".
    with django_assert_num_queries(10):
        client.get(_url(welt["fokus"]))
    for i in range(5):
        GremiumFactory(name=f"AG {i}", sichtbarkeit="fachkraefte", sozialraum=SozialraumFactory())
    with django_assert_num_queries(10):
        client.get(_url(welt["fokus"]))
