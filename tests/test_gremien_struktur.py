"""Gremien that work together (issue #16): hierarchy, delegations, members kept in the
normal UI, Beschlüsse and Empfehlungen passed on to another Gremium."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import ProtectedError
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from gremien.models import Beschluss, Gremium, Mitgliedschaft, Sitzung, Tagesordnungspunkt
from gremien.zusammenarbeit.mitgliedschaften import MitgliedschaftFehler, mitgliedschaft_beenden
from gremien.zusammenarbeit.weitergabe import WeitergabeFehler, beschluss_weitergeben
from sozialraum.zugang.rollen import FACHKRAFT, GREMIUM_KOORDINATION, JUGENDAMT_ADMINISTRATION
from tests.factories import (
    GremiumFactory,
    MitgliedschaftFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HEUTE = timezone.localdate()
PIN_LISTE = 6
PIN_GREMIUM = 14
TAG = datetime.timedelta(days=1)


def als(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def welt():
    """Fokusgruppe Bildung → Lenkungsgruppe Nord → Sozialraumkonferenz Nord; Katrin sits in
    the Fokusgruppe and is sent into the Lenkungsgruppe, Jonas stands in for her there."""
    konferenz = GremiumFactory(
        name="Sozialraumkonferenz Nord", art="konferenz", sichtbarkeit="oeffentlich"
    )
    lenkung = GremiumFactory(
        name="Lenkungsgruppe Nord", art="lenkungsgruppe", uebergeordnet=konferenz
    )
    fokus = GremiumFactory(name="Fokusgruppe Bildung", art="fokusgruppe", uebergeordnet=lenkung)
    geheim = GremiumFactory(name="Fokusgruppe Verborgen", art="fokusgruppe", uebergeordnet=lenkung)
    greta = UserFactory(username="greta", rolle=GREMIUM_KOORDINATION, last_name="Greif")
    katrin = UserFactory(
        username="katrin", rolle=FACHKRAFT, first_name="Katrin", last_name="Wagner"
    )
    jonas = UserFactory(username="jonas", rolle=FACHKRAFT, first_name="Jonas", last_name="Petersen")
    traeger = TraegerFactory(name="Kinderhaus e.V.")
    for g in (lenkung, fokus):
        MitgliedschaftFactory(gremium=g, person=greta, rolle="koordination")
    quelle = MitgliedschaftFactory(
        gremium=fokus, person=katrin, traeger=traeger, von=HEUTE - 100 * TAG
    )
    MitgliedschaftFactory(gremium=fokus, person=jonas)
    delegation = MitgliedschaftFactory(
        gremium=lenkung, person=katrin, traeger=traeger, entsandt_von=quelle, von=HEUTE - 90 * TAG
    )
    vertretung = MitgliedschaftFactory(
        gremium=lenkung, person=jonas, rolle="vertretung", vertretung_fuer=delegation
    )
    return {
        "konferenz": konferenz, "lenkung": lenkung, "fokus": fokus, "geheim": geheim,
        "greta": greta, "katrin": katrin, "jonas": jonas, "traeger": traeger,
        "quelle": quelle, "delegation": delegation, "vertretung": vertretung,
        "aussen": UserFactory(username="otto", rolle=FACHKRAFT),
        "admin": UserFactory(username="amt", rolle=JUGENDAMT_ADMINISTRATION),
    }  # fmt: skip


# --- hierarchy ----------------------------------------------------------------------------


def test_kein_kreis_in_der_hierarchie(welt):
    konferenz = welt["konferenz"]
    konferenz.uebergeordnet = welt["fokus"]
    with pytest.raises(ValidationError) as fehler:
        konferenz.full_clean()
    assert "Kreis" in str(fehler.value.message_dict["uebergeordnet"])
    konferenz.uebergeordnet = konferenz
    with pytest.raises(ValidationError) as fehler:
        konferenz.full_clean()
    assert "zu sich selbst" in str(fehler.value.message_dict["uebergeordnet"])


def test_baum_auf_der_liste_nur_mit_sichtbaren(client, welt):
    welt["geheim"].sichtbarkeit = "mitglieder"
    welt["geheim"].save()
    for g in ("lenkung", "fokus"):
        welt[g].sichtbarkeit = "fachkraefte"
        welt[g].save()
    inhalt = als(client, welt["aussen"]).get(reverse("gremien:liste")).content.decode()
    struktur = inhalt.split("Gremienstruktur", 1)[1]
    assert struktur.index("Sozialraumkonferenz Nord") < struktur.index("Lenkungsgruppe Nord")
    assert struktur.index("Lenkungsgruppe Nord") < struktur.index("Fokusgruppe Bildung")
    assert "Fokusgruppe Verborgen" not in inhalt


def test_gremiumseite_zeigt_pfad_und_kinder(client, welt):
    antwort = als(client, welt["greta"]).get(welt["lenkung"].get_absolute_url())
    inhalt = antwort.content.decode()
    pfad = inhalt.split("Gehört zu", 1)[1].split("</dd>", 1)[0]
    assert "Sozialraumkonferenz Nord" in pfad
    kinder = inhalt.split("Zugehörige Gremien", 1)[1]
    assert "Fokusgruppe Bildung" in kinder
    assert "Fokusgruppe Verborgen" not in kinder  # she is no member, it is for members only


def _abfragen(client, url) -> int:
    with CaptureQueriesContext(connection) as abfragen:
        assert client.get(url).status_code == 200
    return len(abfragen)


def test_liste_und_gremiumseite_feste_abfragen(client, welt, django_assert_max_num_queries):
    als(client, welt["greta"])
    liste, seite = reverse("gremien:liste"), welt["lenkung"].get_absolute_url()
    client.get(liste)
    vorher = (_abfragen(client, liste), _abfragen(client, seite))
    # More Gremien below and more delegations with stand-ins: the count stays the same.
    for n in range(5):
        kind = GremiumFactory(name=f"Fokusgruppe {n}", uebergeordnet=welt["fokus"])
        GremiumFactory(name=f"Arbeitsgruppe {n}", uebergeordnet=kind)
        person = UserFactory()
        quelle = MitgliedschaftFactory(gremium=kind, person=person)
        delegation = MitgliedschaftFactory(
            gremium=welt["lenkung"], person=person, entsandt_von=quelle
        )
        MitgliedschaftFactory(
            gremium=welt["lenkung"], rolle="vertretung", vertretung_fuer=delegation
        )
    assert (_abfragen(client, liste), _abfragen(client, seite)) == vorher
    # Liste: session, user, groups and permissions, the Gremien, the visible ones (tree).
    with django_assert_max_num_queries(PIN_LISTE):
        client.get(liste)
    # Gremium page: session, user, permissions (guardian, Sozialraum), the Gremium,
    # meetings, tasks, members, the visible Gremien (tree), delegations in and out with
    # their stand-ins (4).
    with django_assert_max_num_queries(PIN_GREMIUM):
        client.get(seite)


# --- delegation ---------------------------------------------------------------------------


def test_delegation_auf_beiden_seiten(client, welt):
    als(client, welt["greta"])
    empfang = client.get(welt["lenkung"].get_absolute_url()).content.decode()
    teil = empfang.split("Entsandt in dieses Gremium", 1)[1]
    assert "Katrin Wagner" in teil and "entsandt von" in teil and "Fokusgruppe Bildung" in teil
    assert "Vertretung: Jonas Petersen" in teil
    sender = client.get(welt["fokus"].get_absolute_url()).content.decode()
    teil = sender.split("Aus diesem Gremium entsandt", 1)[1]
    assert "entsendet in" in teil and "Lenkungsgruppe Nord" in teil
    assert "Katrin Wagner" in teil and "Vertretung: Jonas Petersen" in teil


def test_delegation_nur_aus_anderem_gremium_und_gleicher_person(welt):
    falsch = Mitgliedschaft(
        gremium=welt["lenkung"], person=welt["jonas"], entsandt_von=welt["quelle"]
    )
    with pytest.raises(ValidationError) as fehler:
        falsch.full_clean()
    assert "anderen Person" in str(fehler.value.message_dict["entsandt_von"])
    eigen = Mitgliedschaft(
        gremium=welt["fokus"], person=welt["katrin"], traeger=welt["traeger"],
        entsandt_von=welt["quelle"],
    )  # fmt: skip
    with pytest.raises(ValidationError) as fehler:
        eigen.full_clean()
    assert "anderen Gremium" in str(fehler.value.message_dict["entsandt_von"])


def test_ende_der_quelle_beendet_delegation_und_vertretung(welt):
    ende = HEUTE - 2 * TAG
    mit = mitgliedschaft_beenden(welt["quelle"], ende)
    assert {m.pk for m in mit} == {welt["delegation"].pk, welt["vertretung"].pk}
    for name in ("quelle", "delegation", "vertretung"):
        welt[name].refresh_from_db()
        assert welt[name].bis == ende, name
    verlauf = welt["delegation"].history.first()
    assert verlauf.bis == ende and verlauf.history_change_reason


def test_beenden_vor_dem_beginn_wird_abgelehnt(welt):
    with pytest.raises(MitgliedschaftFehler, match="vor dem Beginn"):
        mitgliedschaft_beenden(welt["quelle"], HEUTE - 365 * TAG)


# --- members page -------------------------------------------------------------------------


def test_mitgliederseite_fuer_mitglieder_nur_lesen(client, welt):
    welt["fokus"].sichtbarkeit = "mitglieder"
    welt["fokus"].save()
    als(client, welt["jonas"])
    antwort = client.get(reverse("gremien:mitglieder", args=[welt["fokus"].pk]))
    assert antwort.status_code == 200
    assert "Katrin Wagner" in antwort.content.decode()
    assert "Mitglied hinzufügen" not in antwort.content.decode()
    url = reverse("gremien:mitgliedschaft_neu", args=[welt["fokus"].pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"person": welt["jonas"].pk}).status_code == 403
    als(client, welt["aussen"])
    assert client.get(reverse("gremien:mitglieder", args=[welt["fokus"].pk])).status_code == 404


def test_koordination_legt_delegation_mit_vertretung_an(client, welt):
    als(client, welt["greta"])
    neu = UserFactory(username="selin", first_name="Selin", last_name="Yilmaz")
    quelle = MitgliedschaftFactory(gremium=welt["fokus"], person=neu)
    url = reverse("gremien:mitgliedschaft_neu", args=[welt["lenkung"].pk])
    antwort = client.post(url, {"rolle": "mitglied", "entsandt_von": quelle.pk, "von": HEUTE})
    assert antwort.status_code == 302
    delegation = Mitgliedschaft.objects.get(gremium=welt["lenkung"], entsandt_von=quelle)
    assert delegation.person == neu  # taken over from the sending membership
    antwort = client.post(
        url,
        {"person": welt["katrin"].pk, "rolle": "vertretung", "vertretung_fuer": delegation.pk},
    )
    assert antwort.status_code == 302
    assert delegation.vertretungen.get().person == welt["katrin"]
    seite = client.get(reverse("gremien:mitglieder", args=[welt["lenkung"].pk])).content.decode()
    assert "entsandt von Fokusgruppe Bildung" in seite and "vertritt Selin Yilmaz" in seite


def test_fehler_deutsch_am_feld(client, welt):
    als(client, welt["greta"])
    url = reverse("gremien:mitgliedschaft_neu", args=[welt["lenkung"].pk])
    antwort = client.post(
        url, {"person": welt["jonas"].pk, "rolle": "mitglied", "entsandt_von": welt["quelle"].pk}
    )
    assert antwort.status_code == 200
    assert "anderen Person" in str(antwort.context["form"].errors["entsandt_von"])
    antwort = client.post(url, {"rolle": "mitglied"})
    assert "Bitte eine Person oder einen Träger angeben." in antwort.content.decode()
    antwort = client.post(url, {"rolle": "mitglied", "person": "999999"})
    assert antwort.status_code == 200 and antwort.context["form"].errors["person"]


def test_beenden_in_der_oberflaeche_mit_folgen(client, welt):
    als(client, welt["greta"])
    url = reverse("gremien:mitgliedschaft_beenden", args=[welt["quelle"].pk])
    seite = client.get(url)
    assert "Lenkungsgruppe Nord" in seite.content.decode()  # what ends with it
    stand = seite.context["form"]["stand"].value()
    antwort = client.post(url, {"bis": HEUTE.isoformat(), "stand": stand}, follow=True)
    assert "Mit ihr enden auch" in antwort.content.decode()
    welt["vertretung"].refresh_from_db()
    assert welt["vertretung"].bis == HEUTE
    # The form loaded before is stale now: the conflict check refuses it.
    antwort = client.post(url, {"bis": (HEUTE - TAG).isoformat(), "stand": stand})
    assert antwort.status_code == 200
    assert "inzwischen" in antwort.content.decode()


def test_bearbeiten_mit_konfliktpruefung_und_ende(client, welt):
    als(client, welt["greta"])
    url = reverse("gremien:mitgliedschaft_bearbeiten", args=[welt["quelle"].pk])
    stand = client.get(url).context["form"]["stand"].value()
    daten = {
        "person": welt["katrin"].pk, "traeger": welt["traeger"].pk, "rolle": "moderation",
        "von": (HEUTE - 100 * TAG).isoformat(), "bis": HEUTE.isoformat(), "stand": stand,
    }  # fmt: skip
    assert client.post(url, daten).status_code == 302
    welt["delegation"].refresh_from_db()
    assert welt["delegation"].bis == HEUTE  # ended with its source
    assert client.post(url, {**daten, "rolle": "mitglied"}).status_code == 200  # stale


def test_verwaltung_beendet_mit_folgen(client, welt):
    admin = UserFactory(username="chefin", is_superuser=True, is_staff=True)
    als(client, admin)
    url = reverse("admin:gremien_mitgliedschaft_change", args=[welt["quelle"].pk])
    form = client.get(url).context["adminform"].form
    daten = {k: v for k, v in form.initial.items() if v is not None and k != "id"}
    daten.update(
        {
            "bis": HEUTE.isoformat(),
            "von": (HEUTE - 100 * TAG).isoformat(),
            "stand": form["stand"].value(),
        }
    )
    antwort = client.post(url, daten)
    assert antwort.status_code == 302, antwort.context["adminform"].form.errors
    welt["vertretung"].refresh_from_db()
    assert welt["vertretung"].bis == HEUTE


# --- passing on ---------------------------------------------------------------------------


@pytest.fixture
def empfehlung(welt):
    sitzung = SitzungFactory(gremium=welt["fokus"], datum=HEUTE - 7 * TAG, status="durchgefuehrt")
    top = Tagesordnungspunkt.objects.create(sitzung=sitzung, position=1, titel="Schulsozialarbeit")
    return Beschluss.objects.create(
        sitzung=sitzung, top=top, art="empfehlung",
        text="Die Fokusgruppe empfiehlt eine zusätzliche Stelle Schulsozialarbeit an der Grundschule Nord.",
    )  # fmt: skip


def test_weitergabe_auf_die_naechste_geplante_sitzung(client, welt, empfehlung):
    SitzungFactory(gremium=welt["lenkung"], datum=HEUTE - 30 * TAG, status="durchgefuehrt")
    naechste = SitzungFactory(gremium=welt["lenkung"], datum=HEUTE + 14 * TAG)
    SitzungFactory(gremium=welt["lenkung"], datum=HEUTE + 60 * TAG)
    Tagesordnungspunkt.objects.create(sitzung=naechste, position=1, titel="Begrüßung")
    als(client, welt["greta"])
    url = reverse("gremien:beschluss_weitergeben", args=[empfehlung.pk])
    seite = client.get(url)
    assert "Empfehlung aus „Fokusgruppe Bildung“" in seite.context["form"]["titel"].value()
    antwort = client.post(
        url,
        {
            "ziel_gremium": welt["lenkung"].pk,
            "titel": "Empfehlung der Fokusgruppe Bildung: Schulsozialarbeit",
            "stand": seite.context["form"]["stand"].value(),
        },
        follow=True,
    )
    assert "steht auf der Tagesordnung" in antwort.content.decode()
    top = naechste.tops.get(position=2)
    assert top.titel == "Empfehlung der Fokusgruppe Bildung: Schulsozialarbeit"
    ziel = client.get(naechste.get_absolute_url()).content.decode()
    assert "Vorschlag:" in ziel and f"#beschluss-{empfehlung.pk}" in ziel
    assert "noch nicht beraten" in ziel
    original = client.get(empfehlung.sitzung.get_absolute_url()).content.decode()
    assert "Weitergegeben an" in original and "noch nicht beraten" in original
    Beschluss.objects.create(
        sitzung=naechste, top=top, text="Die Lenkungsgruppe beantragt die Stelle."
    )
    original = client.get(empfehlung.sitzung.get_absolute_url()).content.decode()
    assert "Beschluss: Die Lenkungsgruppe beantragt die Stelle." in original


def test_weitergabe_ohne_geplante_sitzung_kommt_auf_die_naechste(welt, empfehlung):
    weitergabe = beschluss_weitergeben(empfehlung, welt["lenkung"], welt["greta"])
    assert weitergabe.top is None
    sitzung = Sitzung.objects.create(
        gremium=welt["lenkung"], datum=HEUTE + 7 * TAG, beginn="09:00", ort_text="Raum 2.14"
    )
    weitergabe.refresh_from_db()
    assert weitergabe.top.sitzung == sitzung
    assert weitergabe.top.titel.startswith("Empfehlung aus „Fokusgruppe Bildung“")
    with pytest.raises(WeitergabeFehler, match="bereits"):
        beschluss_weitergeben(empfehlung, welt["lenkung"], welt["greta"])
    with pytest.raises(WeitergabeFehler, match="nicht an das eigene"):
        beschluss_weitergeben(empfehlung, welt["fokus"], welt["greta"])


def test_weitergeben_darf_nur_wer_die_quelle_bearbeitet(client, welt, empfehlung):
    url = reverse("gremien:beschluss_weitergeben", args=[empfehlung.pk])
    welt["fokus"].sichtbarkeit = "fachkraefte"
    welt["fokus"].save()
    assert als(client, welt["jonas"]).get(url).status_code == 403
    assert als(client, welt["aussen"]).get(url).status_code == 403
    welt["fokus"].sichtbarkeit = "mitglieder"
    welt["fokus"].save()
    assert als(client, welt["aussen"]).get(url).status_code == 404
    # Target: a Gremium she can see; one she cannot is no choice.
    als(client, welt["greta"])
    antwort = client.get(url)
    auswahl = antwort.context["form"].fields["ziel_gremium"].queryset
    assert welt["lenkung"] in auswahl and welt["fokus"] not in auswahl
    assert welt["geheim"] not in auswahl
    antwort = client.post(
        url,
        {
            "ziel_gremium": welt["geheim"].pk,
            "titel": "x",
            "stand": antwort.context["form"]["stand"].value(),
        },
    )
    assert antwort.status_code == 200 and antwort.context["form"].errors["ziel_gremium"]


def test_oparl_unterorganisation(client, welt, settings):
    welt["lenkung"].sichtbarkeit = "oeffentlich"
    welt["lenkung"].save()
    als(client, welt["admin"])
    daten = client.get(reverse("oparl:organization", args=[welt["lenkung"].pk])).json()
    assert daten["subOrganizationOf"].endswith(
        reverse("oparl:organization", args=[welt["konferenz"].pk])
    )
    # The Fokusgruppe is not public: OParl does not show it, nor that it belongs to anything.
    kind = GremiumFactory(
        name="Öffentliche AG", sichtbarkeit="oeffentlich", uebergeordnet=welt["fokus"]
    )
    daten = client.get(reverse("oparl:organization", args=[kind.pk])).json()
    assert "subOrganizationOf" not in daten


def test_gremium_verweist_geschuetzt(welt):
    with pytest.raises(ProtectedError):  # a Gremium with Gremien below stays
        Gremium.objects.filter(pk=welt["konferenz"].pk).delete()


def test_delegation_bearbeiten_behaelt_ihre_quelle(client, welt):
    """The sending membership stays a choice while the delegation is edited, and the form
    offers only persons she sees (a person's name is hers to show)."""
    verborgen = UserFactory(username="vera", first_name="Vera", last_name="Verborgen")
    als(client, welt["greta"])
    url = reverse("gremien:mitgliedschaft_bearbeiten", args=[welt["delegation"].pk])
    seite = client.get(url)
    form = seite.context["form"]
    assert welt["quelle"] in form.fields["entsandt_von"].queryset
    assert verborgen not in form.fields["person"].queryset
    assert "Verborgen" not in seite.content.decode()
    daten = {
        "person": welt["katrin"].pk, "traeger": welt["traeger"].pk, "rolle": "moderation",
        "entsandt_von": welt["quelle"].pk, "von": (HEUTE - 90 * TAG).isoformat(),
        "stand": form["stand"].value(),
    }  # fmt: skip
    assert client.post(url, daten).status_code == 302
    welt["delegation"].refresh_from_db()
    assert welt["delegation"].rolle == "moderation"
    assert welt["delegation"].entsandt_von == welt["quelle"]
    assert welt["delegation"].history.first().history_user == welt["greta"]


def _ohne_leere_zeilen(daten: dict) -> dict:
    """The admin's empty extra rows left out (their defaults would count as input)."""
    for name in [n for n in daten if n.endswith("-TOTAL_FORMS")]:
        daten[name] = daten[name.replace("TOTAL", "INITIAL")]
    return daten


def test_verwaltung_beendet_in_der_gremienseite_mit_folgen(client, welt):
    """The admin's Gremium page with its memberships inline: ending one there ends its
    delegation and stand-in as well; the Gremium's parent is set there too."""
    from tests.test_admin_konflikt import formulardaten

    als(client, UserFactory(username="chefin", is_superuser=True, is_staff=True))
    url = reverse("admin:gremien_gremium_change", args=[welt["fokus"].pk])
    seite = client.get(url)
    zeile = next(
        f.prefix
        for inline in seite.context["inline_admin_formsets"]
        for f in inline.formset.initial_forms
        if f.instance.pk == welt["quelle"].pk
    )
    daten = _ohne_leere_zeilen(formulardaten(seite, **{f"{zeile}-bis": HEUTE.isoformat()}))
    antwort = client.post(url, daten)
    assert antwort.status_code == 302, antwort.context and antwort.context["errors"]
    welt["vertretung"].refresh_from_db()
    assert welt["vertretung"].bis == HEUTE
    # A circle is refused with its German message.
    seite = client.get(reverse("admin:gremien_gremium_change", args=[welt["konferenz"].pk]))
    antwort = client.post(
        reverse("admin:gremien_gremium_change", args=[welt["konferenz"].pk]),
        _ohne_leere_zeilen(formulardaten(seite, uebergeordnet=str(welt["fokus"].pk))),
    )
    assert antwort.status_code == 200 and "Kreis" in antwort.text
