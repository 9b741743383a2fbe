"""Several Jugendämter in one registry: the level above the Regionalraum, and a
Jugendamt-Administration scoped to her Jugendamt (sozialraum/zugang/zustaendigkeit.py)."""

import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from guardian.shortcuts import assign_perm

from angebote.models import Angebot
from angebote.permissions import can_edit_angebot, darf_angebot_anlegen, darf_vorschlag_pruefen
from angebote.redaktion.pruefung import vorschlag_einreichen, werte_von
from gremien.permissions import darf_bearbeiten
from sozialraum.models import Jugendamt, mehrere_jugendaemter
from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION, TRAEGER_REDAKTION
from sozialraum.zugang.zustaendigkeit import VERWALTEN, verwaltete_jugendaemter
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    JugendamtFactory,
    QuartierFactory,
    TraegerFactory,
    UserFactory,
)
from traeger import rechte
from traeger.permissions import can_edit_traeger, traeger_bearbeitbar_fuer

pytestmark = pytest.mark.django_db


@pytest.fixture
def zwei(db):
    """Two Bezirke, each with a Träger, a place, an offer and a Gremium."""
    welt = {}
    for kurz, nummer in (("mitte", "01"), ("pankow", "03")):
        amt = JugendamtFactory(schluessel=nummer, name=f"Bezirk {kurz.title()}")
        quartier = QuartierFactory(
            schluessel=f"{nummer}100101",
            sozialraum__schluessel=f"{nummer}1001",
            sozialraum__regionalraum__schluessel=f"{nummer}10",
            sozialraum__regionalraum__jugendamt=amt,
        )
        traeger = TraegerFactory(name=f"Träger {kurz}")
        ort = EinrichtungFactory(traeger=traeger, quartier=quartier, name=f"Haus {kurz}")
        angebot = AngebotFactory(
            titel=f"Angebot {kurz}",
            traeger=traeger,
            einrichtungen=[ort],
            status=Angebot.Status.VEROEFFENTLICHT,
        )
        gremium = GremiumFactory(sozialraum=quartier.sozialraum, name=f"AG {kurz}")
        welt[kurz] = {
            "amt": amt,
            "quartier": quartier,
            "traeger": traeger,
            "ort": ort,
            "angebot": angebot,
            "gremium": gremium,
        }
    return welt


@pytest.fixture
def bezirksamt(zwei):
    """The Jugendamt-Administration of Mitte."""
    user = UserFactory(username="ja_mitte", rolle=JUGENDAMT_ADMINISTRATION, is_staff=True)
    assign_perm(VERWALTEN, user, zwei["mitte"]["amt"])
    return user


@pytest.fixture
def landesweit(zwei):
    return UserFactory(username="ja_land", rolle=JUGENDAMT_ADMINISTRATION, is_staff=True)


def test_ort_kennt_sein_jugendamt(zwei):
    assert zwei["mitte"]["ort"].jugendamt == zwei["mitte"]["amt"]
    assert mehrere_jugendaemter()


def test_eingegrenzt_nur_mit_objektrecht(bezirksamt, landesweit, zwei):
    assert verwaltete_jugendaemter(bezirksamt) == {zwei["mitte"]["amt"].pk}
    assert verwaltete_jugendaemter(landesweit) is None
    # An object right without the role narrows nothing: she has no model-wide rights.
    nur_recht = UserFactory(rolle=TRAEGER_REDAKTION)
    assign_perm(VERWALTEN, nur_recht, zwei["mitte"]["amt"])
    assert verwaltete_jugendaemter(nur_recht) is None


def test_pflegt_nur_im_eigenen_jugendamt(bezirksamt, landesweit, zwei):
    mitte, pankow = zwei["mitte"], zwei["pankow"]
    assert can_edit_traeger(bezirksamt, mitte["traeger"])
    assert not can_edit_traeger(bezirksamt, pankow["traeger"])
    assert can_edit_angebot(bezirksamt, mitte["angebot"])
    assert not can_edit_angebot(bezirksamt, pankow["angebot"])
    assert darf_angebot_anlegen(bezirksamt, mitte["traeger"])
    assert not darf_angebot_anlegen(bezirksamt, pankow["traeger"])
    assert darf_bearbeiten(bezirksamt, mitte["gremium"])
    assert not darf_bearbeiten(bezirksamt, pankow["gremium"])
    for pruefen in (can_edit_traeger, darf_angebot_anlegen):
        assert pruefen(landesweit, pankow["traeger"])
    assert can_edit_angebot(landesweit, pankow["angebot"])
    assert darf_bearbeiten(landesweit, pankow["gremium"])


def test_traeger_in_beiden_bezirken_pflegen_beide(bezirksamt, zwei):
    """A Träger with a place in Mitte too is within Mitte's Jugendamt."""
    pankow = zwei["pankow"]
    EinrichtungFactory(traeger=pankow["traeger"], quartier=zwei["mitte"]["quartier"])
    assert can_edit_traeger(bezirksamt, pankow["traeger"])
    # Its offer in Pankow stays Pankow's.
    assert not can_edit_angebot(bezirksamt, pankow["angebot"])


def test_traeger_ohne_ort_darf_jedes_jugendamt(bezirksamt):
    neu = TraegerFactory(name="Noch nirgends")
    assert can_edit_traeger(bezirksamt, neu)
    assert neu in traeger_bearbeitbar_fuer(bezirksamt, type(neu).objects.all())


def test_seiten_fremder_bezirk_nur_lesen(client, bezirksamt, zwei):
    client.force_login(bezirksamt)
    pankow, mitte = zwei["pankow"], zwei["mitte"]
    assert client.get(pankow["traeger"].get_absolute_url()).status_code == 200
    assert client.get(pankow["angebot"].get_absolute_url()).status_code == 200
    bearbeiten = reverse("traeger:traeger_bearbeiten", args=[pankow["traeger"].pk])
    assert client.get(bearbeiten).status_code == 403
    assert client.post(bearbeiten, {"name": "Übernommen"}).status_code == 403
    pankow["traeger"].refresh_from_db()
    assert pankow["traeger"].name == "Träger pankow"
    eigene = reverse("traeger:traeger_bearbeiten", args=[mitte["traeger"].pk])
    assert client.get(eigene).status_code == 200


def test_admin_fremder_bezirk_nur_lesen(client, bezirksamt, zwei):
    client.force_login(bezirksamt)
    pankow, mitte = zwei["pankow"], zwei["mitte"]
    fremd = reverse("admin:traeger_traeger_change", args=[pankow["traeger"].pk])
    antwort = client.get(fremd)
    assert antwort.status_code == 200
    assert 'name="_save"' not in antwort.text  # Django's read-only view
    assert client.post(fremd, {"name": "Übernommen"}).status_code == 403
    eigen = reverse("admin:traeger_traeger_change", args=[mitte["traeger"].pk])
    assert 'name="_save"' in client.get(eigen).text
    angebot = reverse("admin:angebote_angebot_change", args=[pankow["angebot"].pk])
    assert 'name="_save"' not in client.get(angebot).text
    gremium = reverse("admin:gremien_gremium_change", args=[pankow["gremium"].pk])
    assert 'name="_save"' not in client.get(gremium).text
    # Shared records: areas and Kategorien only for an administration without a scope.
    amt = reverse("admin:sozialraum_jugendamt_change", args=[mitte["amt"].pk])
    assert 'name="_save"' not in client.get(amt).text
    assert client.get(reverse("admin:angebote_kategorie_add")).status_code == 403


def test_vorschlag_nur_im_eigenen_bezirk_pruefen(client, bezirksamt, zwei):
    redaktion = UserFactory(rolle=TRAEGER_REDAKTION)
    vorschlaege = {}
    for kurz in ("pankow", "mitte"):  # Pankow's first
        angebot = zwei[kurz]["angebot"]
        assign_perm("traeger.change_traeger", redaktion, angebot.traeger)
        daten = werte_von(angebot) | {"titel": f"Neu {kurz}"}
        vorschlaege[kurz] = vorschlag_einreichen(angebot, angebot.traeger, daten, redaktion)
    assert darf_vorschlag_pruefen(bezirksamt, vorschlaege["mitte"])
    assert not darf_vorschlag_pruefen(bezirksamt, vorschlaege["pankow"])
    client.force_login(bezirksamt)
    liste = client.get(reverse("angebote:pruefliste")).text
    # Her Bezirk first, though Pankow's came in earlier.
    assert liste.index("Angebot mitte") < liste.index("Angebot pankow")
    freigeben = reverse("angebote:freigeben", args=[vorschlaege["pankow"].pk])
    assert client.post(freigeben, {}).status_code == 403


def test_rechte_nur_im_eigenen_bezirk_vergeben(client, bezirksamt, zwei):
    client.force_login(bezirksamt)
    person = UserFactory(username="neu")
    url = reverse("traeger:rechte_traeger", args=[person.pk])
    assert client.post(url, {"traeger": zwei["pankow"]["traeger"].pk}).status_code == 403
    assert client.post(url, {"traeger": zwei["mitte"]["traeger"].pk}).status_code == 302
    assert can_edit_traeger(person, zwei["mitte"]["traeger"])
    # Only an administration without a scope scopes others.
    url = reverse("traeger:rechte_jugendaemter", args=[person.pk])
    assert client.post(url, {"jugendaemter": [zwei["pankow"]["amt"].pk]}).status_code == 403
    # The Träger search offers only Träger she may assign.
    suche = reverse("traeger:rechte_traeger_suche", args=[person.pk])
    treffer = client.get(suche, {"suche": "Träger"}).text
    assert "Träger mitte" in treffer
    assert "Träger pankow" not in treffer


def test_sozialraeume_ausserhalb_bleiben(client, bezirksamt, zwei):
    person = UserFactory(username="koordination")
    fremd = zwei["pankow"]["quartier"].sozialraum
    eigen = zwei["mitte"]["quartier"].sozialraum
    rechte.sozialraeume_setzen(person, [fremd], akteur=bezirksamt)
    client.force_login(bezirksamt)
    url = reverse("traeger:rechte_sozialraeume", args=[person.pk])
    assert client.post(url, {"sozialraeume": [eigen.pk]}).status_code == 302
    assert {s.pk for s in rechte.rechte_von([person])[person.pk]["sozialraeume"]} == {
        eigen.pk,
        fremd.pk,
    }
    # Pankow's Sozialraum is not hers to give.
    antwort = client.post(url, {"sozialraeume": [fremd.pk]})
    assert antwort.status_code == 200
    assert "Auswahl" in antwort.text


def test_ernannte_administration_ist_ebenso_eingegrenzt(bezirksamt, zwei):
    person = UserFactory(username="kollegin_ja")
    gruppe = Group.objects.get(name=JUGENDAMT_ADMINISTRATION)
    rechte.rollen_setzen(person, [gruppe], akteur=bezirksamt)
    person = type(person).objects.get(pk=person.pk)
    assert verwaltete_jugendaemter(person) == {zwei["mitte"]["amt"].pk}


def test_landesweite_administration_nicht_von_bezirk_entziehbar(bezirksamt, landesweit):
    with pytest.raises(rechte.RechteFehler):
        rechte.rollen_setzen(landesweit, [], akteur=bezirksamt)


# Django's own template of the password field uses a variable nobody sets ("password_url").
@pytest.mark.ignore_template_errors
def test_konten_in_der_verwaltung(client, bezirksamt, landesweit):
    """In the admin she changes no account reaching beyond her Jugendamt, and gives no
    rights there (the rights screen keeps them within her Jugendamt)."""
    from django.contrib import admin
    from django.test import RequestFactory

    from sozialraum.models import User

    fachkraft = UserFactory(username="fk_mitte", rolle="Fachkraft")
    client.force_login(bezirksamt)
    landesweit_url = reverse("admin:sozialraum_user_change", args=[landesweit.pk])
    assert 'name="_save"' not in client.get(landesweit_url).text
    assert client.post(landesweit_url, {"username": "uebernommen"}).status_code == 403
    fachkraft_url = reverse("admin:sozialraum_user_change", args=[fachkraft.pk])
    assert 'name="_save"' in client.get(fachkraft_url).text
    anfrage = RequestFactory().get("/")
    anfrage.user = bezirksamt
    felder = admin.site._registry[User].get_readonly_fields(anfrage, fachkraft)
    assert {"is_superuser", "groups", "user_permissions"} <= set(felder)
    anfrage.user = landesweit
    assert "groups" not in admin.site._registry[User].get_readonly_fields(anfrage, fachkraft)


def test_jugendaemter_vergeben_durch_landesweite(client, landesweit, zwei):
    person = UserFactory(username="neu_ja", rolle=JUGENDAMT_ADMINISTRATION)
    client.force_login(landesweit)
    seite = client.get(reverse("traeger:rechte_person", args=[person.pk])).text
    assert "Jugendämter, die sie verwaltet" in seite
    url = reverse("traeger:rechte_jugendaemter", args=[person.pk])
    assert client.post(url, {"jugendaemter": [zwei["pankow"]["amt"].pk]}).status_code == 302
    person = type(person).objects.get(pk=person.pk)
    assert verwaltete_jugendaemter(person) == {zwei["pankow"]["amt"].pk}

    # Her last Jugendamt taken: she keeps the role and now curates everything; said aloud.
    seite = client.post(url, {"jugendaemter": []}, follow=True).text
    person = type(person).objects.get(pk=person.pk)
    assert verwaltete_jugendaemter(person) is None
    assert "verwaltet damit das ganze" in seite


def test_suche_filtert_und_zaehlt_nach_jugendamt(client_fachkraft, zwei):
    from angebote.suche.suchindex import reindex

    reindex()
    antwort = client_fachkraft.get(reverse("start"), {"gebiet": "j-03"})
    assert antwort.status_code == 200
    assert zwei["pankow"]["angebot"].titel in antwort.text
    assert zwei["mitte"]["angebot"].titel not in antwort.text
    alle = client_fachkraft.get(reverse("start")).text
    assert "?gebiet=j-01" in alle.replace("&amp;", "&") or "gebiet=j-01" in alle


def test_gebietsseiten_mit_jugendaemtern(client_fachkraft, zwei):
    uebersicht = client_fachkraft.get(reverse("gebiete")).text
    assert "Bezirk Mitte" in uebersicht and "Jugendämter (2)" in uebersicht
    seite = client_fachkraft.get(zwei["mitte"]["amt"].get_absolute_url())
    assert seite.status_code == 200
    quartier = client_fachkraft.get(zwei["mitte"]["quartier"].get_absolute_url()).text
    assert "Bezirk Mitte" in quartier  # breadcrumbs and "Liegt in"


def test_ein_jugendamt_bleibt_unsichtbar(client_fachkraft, quartier):
    assert Jugendamt.objects.count() == 1
    assert not mehrere_jugendaemter()
    uebersicht = client_fachkraft.get(reverse("gebiete")).text
    assert "Jugendämter" not in uebersicht
    seite = client_fachkraft.get(quartier.get_absolute_url()).text
    assert Jugendamt.objects.get().name not in seite.split("<main", 1)[1].split("Liegt in")[0]


BERLIN = "../shared/data/berlin"


def test_berliner_lor_bringt_die_zwoelf_bezirke(client_fachkraft, settings):
    from pathlib import Path

    from django.core.management import call_command

    from sozialraum.models import Importlauf, Regionalraum

    daten = Path(settings.BASE_DIR) / BERLIN
    call_command("import_gebiete", str(daten / "LOR_2021.csv"), stdout=io.StringIO())
    assert Jugendamt.objects.count() == 12
    assert Jugendamt.objects.get(schluessel="01").name == "Mitte"
    assert Jugendamt.objects.get(schluessel="12").name == "Reinickendorf"
    # Every Prognoseraum belongs to the Bezirk its key begins with.
    for schluessel, bezirk in Regionalraum.objects.values_list(
        "schluessel", "jugendamt__schluessel"
    ):
        assert schluessel[:2] == bezirk
    call_command(
        "import_gebiete",
        "--grenzen",
        str(daten / "bezirke_wgs84.geojson"),
        "--feld",
        "id",
        "--namensnennung",
        "Geoportal Berlin; aufbereitet: Berlin LOR Geodata, CC BY 4.0",
        stdout=io.StringIO(),
    )
    assert not Jugendamt.objects.filter(grenze__isnull=True).exists()
    lauf = Importlauf.objects.filter(art="gebiete").first()
    assert lauf.namensnennung
    fuss = client_fachkraft.get(reverse("gebiete")).text.split('class="fuss"')[1]
    assert "Amt für Statistik Berlin-Brandenburg" in fuss
    assert "Berlin LOR Geodata" in fuss


def test_pruefrunde_nur_im_eigenen_bezirk(bezirksamt, landesweit, zwei):
    from angebote.pruefrunde.rechte import pruefbar_fuer

    angebote, orte = pruefbar_fuer(bezirksamt)
    assert set(angebote) == {zwei["mitte"]["angebot"]}
    assert set(orte) == {zwei["mitte"]["ort"]}
    angebote, orte = pruefbar_fuer(landesweit)
    assert len(angebote) == 2 and len(orte) == 2


def test_admin_bietet_nur_eigene_traeger_als_besitzer(client, bezirksamt, zwei):
    """Adding an Einrichtung (or moving one) to a Träger outside her Jugendamt would make
    that Träger hers: the admin offers only Träger she may edit."""
    from traeger.models import Einrichtung

    client.force_login(bezirksamt)
    pankow = zwei["pankow"]
    antwort = client.post(
        reverse("admin:traeger_einrichtung_add"),
        {"traeger": pankow["traeger"].pk, "name": "Kuckucksei", "art": "sonstige"},
    )
    assert antwort.status_code == 200  # the form again, with the choice refused
    assert not Einrichtung.objects.filter(name="Kuckucksei").exists()
    assert not can_edit_traeger(bezirksamt, pankow["traeger"])


@pytest.mark.ignore_template_errors  # Django's password widget uses an unset variable
def test_konten_ausserhalb_nicht_aenderbar(client, bezirksamt, zwei):
    redaktion_pankow = UserFactory(username="red_pankow", rolle=TRAEGER_REDAKTION)
    assign_perm("traeger.change_traeger", redaktion_pankow, zwei["pankow"]["traeger"])
    redaktion_mitte = UserFactory(username="red_mitte", rolle=TRAEGER_REDAKTION)
    assign_perm("traeger.change_traeger", redaktion_mitte, zwei["mitte"]["traeger"])
    client.force_login(bezirksamt)
    fremd = reverse("admin:auth_user_password_change", args=[redaktion_pankow.pk])
    fremd = fremd.replace("auth/user", "sozialraum/user")
    antwort = client.post(fremd, {"password1": "Uebernahme-123!", "password2": "Uebernahme-123!"})
    assert antwort.status_code in (403, 404)
    redaktion_pankow.refresh_from_db()
    assert not redaktion_pankow.check_password("Uebernahme-123!")
    eigen = reverse("admin:sozialraum_user_change", args=[redaktion_mitte.pk])
    assert 'name="_save"' in client.get(eigen).text


def test_rolle_mit_fremden_rechten_nicht_entziehbar(bezirksamt, zwei):
    person = UserFactory(username="beide", rolle=TRAEGER_REDAKTION)
    rechte.traeger_zuweisen(person, zwei["pankow"]["traeger"], akteur=bezirksamt)
    with pytest.raises(rechte.RechteFehler):
        rechte.rollen_setzen(person, [], akteur=bezirksamt)
    assert can_edit_traeger(person, zwei["pankow"]["traeger"])


def test_berlin_zugaenge_nur_mit_debug(settings):
    from django.core.management import CommandError, call_command

    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("berlin_zugaenge", stdout=io.StringIO())


def test_autovervollstaendigung_des_traegers_nur_eigene(client, bezirksamt, zwei):
    """The owner field's search box suggests only Träger she may edit (saving another is
    refused anyway); other fields pointing at Träger still find every Träger she sees."""
    client.force_login(bezirksamt)

    def namen(model_name, field_name):
        antwort = client.get(
            reverse("admin:autocomplete"),
            {
                "app_label": "angebote" if model_name == "angebot" else "traeger",
                "model_name": model_name,
                "field_name": field_name,
                "term": "Träger",
            },
        )
        assert antwort.status_code == 200
        return sorted(r["text"] for r in antwort.json()["results"])

    assert namen("angebot", "traeger") == ["Träger mitte"]
    assert namen("einrichtung", "traeger") == ["Träger mitte"]
    assert namen("kontakt", "traeger") == ["Träger mitte", "Träger pankow"]
