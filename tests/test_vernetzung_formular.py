"""The contact form as it is used (#16): Träger found by typing, not picked from a list of
every Träger; the person as an Ansprechperson or a role; the Sozialraum visible and filled
in; the network without a Sozialraum a page to choose one."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone
from guardian.shortcuts import assign_perm

from sozialraum.zugang.rollen import FACHKRAFT, KOORDINIEREN, SOZIALRAUMKOORDINATION
from tests.factories import (
    EinrichtungFactory,
    SozialraumFactory,
    TraegerFactory,
    TraegerZugehoerigkeitFactory,
    UserFactory,
)
from traeger.models import Ansprechperson, Kontakt

pytestmark = pytest.mark.django_db


@pytest.fixture
def welt():
    lindenhof = SozialraumFactory(schluessel="0103", name="Lindenhof")
    eigen = TraegerFactory(name="Kinderhaus e.V.")
    EinrichtungFactory(traeger=eigen, sozialraum=lindenhof)
    schule = TraegerFactory(name="Grundschule am Park")
    Ansprechperson.objects.create(traeger=schule, name="Frau Schulz", funktion="Schulleitung")
    for n in range(30):
        TraegerFactory(name=f"Jugendhilfe Verbund {n:02d} e.V.")
    rita = UserFactory(username="rita", first_name="Rita", rolle=FACHKRAFT)
    TraegerZugehoerigkeitFactory(user=rita, traeger=eigen)
    return {"lindenhof": lindenhof, "eigen": eigen, "schule": schule, "rita": rita}


def _checkboxen(html: str) -> dict[str, bool]:
    """Träger checkbox label → ticked."""
    ergebnis = {}
    for tag, label in re.findall(r'(<input type="checkbox" name="traeger"[^>]*>)\s*([^<]+)<', html):
        ergebnis[label.strip()] = "checked" in tag
    return ergebnis


def test_formular_zeigt_nicht_alle_traeger(client, welt):
    client.force_login(welt["rita"])
    antwort = client.get(reverse("traeger:kontakt_neu"))
    html = antwort.content.decode()
    assert _checkboxen(html) == {}
    assert "Jugendhilfe Verbund" not in html
    assert (
        'name="traeger_suche"' in html
        and 'hx-get="/traeger/kontakte/auswahl/?teil=traeger"' in html
    )
    # From the Träger page: that one ticked, still no others.
    antwort = client.get(reverse("traeger:kontakt_neu"), {"traeger": welt["schule"].pk})
    assert _checkboxen(antwort.content.decode()) == {"Grundschule am Park": True}


def test_tippen_zeigt_treffer_und_haelt_die_gewaehlten(client, welt):
    client.force_login(welt["rita"])
    url = reverse("traeger:kontakt_auswahl")
    antwort = client.get(url, {"teil": "traeger", "traeger_suche": "verbund 0"})
    html = antwort.content.decode()
    treffer = _checkboxen(html)
    # "0" in 00–09, 10 and 20: twelve, the most shown at once.
    assert len(treffer) == 12 and not any(treffer.values())
    assert "12 Treffer für „verbund 0“" in html
    antwort = client.get(url, {"teil": "traeger", "traeger_suche": "verbund"})
    assert len(_checkboxen(antwort.content.decode())) == 12
    assert "Die ersten 12 Treffer für „verbund“" in antwort.content.decode()
    assert 'hx-swap-oob="true"' in html  # the status line read out after typing
    # She ticked the school, then searches on: the school stays, ticked, above the hits.
    antwort = client.get(
        url, {"teil": "traeger", "traeger_suche": "Verbund 01", "traeger": [welt["schule"].pk]}
    )
    assert _checkboxen(antwort.content.decode()) == {
        "Grundschule am Park": True,
        "Jugendhilfe Verbund 01 e.V.": False,
    }
    # Nothing typed: only the chosen ones.
    antwort = client.get(url, {"teil": "traeger", "traeger": [welt["schule"].pk, "x\x00"]})
    assert _checkboxen(antwort.content.decode()) == {"Grundschule am Park": True}


def test_personen_der_gewaehlten_traeger(client, welt):
    client.force_login(welt["rita"])
    url = reverse("traeger:kontakt_auswahl")
    html = client.get(url, {"teil": "personen", "traeger": [welt["schule"].pk]}).content.decode()
    assert "Frau Schulz, Schulleitung, Grundschule am Park" in html
    assert 'id="kontakt-personen"' in html and 'id="kontakt-traeger"' not in html
    leer = client.get(url, {"teil": "personen"}).content.decode()
    assert "Frau Schulz" not in leer


def test_ohne_javascript_sucht_der_knopf_und_speichert_nichts(client, welt):
    client.force_login(welt["rita"])
    url = reverse("traeger:kontakt_neu")
    daten = {
        "thema": "Übergang Kita – Schule",
        "traeger": [welt["schule"].pk],
        "traeger_suche": "Verbund 02",
        "traeger_suchen": "1",
        "art": "treffen",
    }
    antwort = client.post(url, daten)
    assert antwort.status_code == 200
    assert not Kontakt.objects.exists()
    html = antwort.content.decode()
    assert _checkboxen(html) == {
        "Grundschule am Park": True,
        "Jugendhilfe Verbund 02 e.V.": False,
    }
    assert 'value="Übergang Kita – Schule"' in html  # what she typed stays
    assert 'class="kern-error"' not in html  # no errors for what is not filled in yet


def test_speichern_mit_funktion_und_enter_ohne_suchtext(client, welt):
    client.force_login(welt["rita"])
    daten = {
        "traeger": [welt["schule"].pk],
        "traeger_suche": "",
        "traeger_suchen": "1",  # Enter in a field presses the first button: "Suchen"
        "mit_rolle": "Schulleitung",
        "thema": "Übergang abgestimmt",
        "art": "telefonat",
        "sichtbarkeit": "traeger",
        "datum": timezone.localdate().isoformat(),
        "sozialraum": welt["lindenhof"].pk,
        "eigener_traeger": welt["eigen"].pk,
    }
    antwort = client.post(reverse("traeger:kontakt_neu"), daten)
    assert antwort.status_code == 302
    kontakt = Kontakt.objects.get()
    assert kontakt.mit_rolle == "Schulleitung"
    assert list(kontakt.traeger.all()) == [welt["schule"]]
    assert "Schulleitung" in client.get(kontakt.get_absolute_url()).content.decode()
    assert "(Schulleitung)" in client.get(reverse("traeger:kontakte")).content.decode()


def test_sozialraum_sichtbar_und_vorbelegt(client, welt):
    client.force_login(welt["rita"])
    antwort = client.get(reverse("traeger:kontakt_neu"))
    assert antwort.context["form"].initial["sozialraum"] == welt["lindenhof"]  # her Träger's
    html = antwort.content.decode()
    assert html.index('id="id_sozialraum"') < html.index("<details")  # not folded away

    kim = UserFactory(username="kim", rolle=SOZIALRAUMKOORDINATION)
    nord = SozialraumFactory(name="Nord")
    assign_perm(KOORDINIEREN, kim, nord)
    client.force_login(kim)
    antwort = client.get(reverse("traeger:kontakt_neu"))
    assert antwort.context["form"].initial["sozialraum"] == nord


def test_netzwerk_ohne_sozialraum_zur_auswahl(client, welt):
    kim = UserFactory(username="kim", rolle=SOZIALRAUMKOORDINATION)
    nord = SozialraumFactory(name="Nord", schluessel="0200")
    assign_perm(KOORDINIEREN, kim, nord)
    client.force_login(kim)
    antwort = client.get(reverse("traeger:netzwerk_waehlen"))
    assert antwort.status_code == 200
    html = antwort.content.decode()
    assert "Ihre Sozialräume" in html
    assert reverse("traeger:netzwerk", args=["0200"]) in html
    assert '<option value="0200" selected>' in html
    weiter = client.get(reverse("traeger:netzwerk_waehlen"), {"sozialraum": "0103"})
    assert weiter.url == reverse("traeger:netzwerk", args=["0103"])


def test_fehler_ohne_traeger_springt_zur_suche(client, welt):
    client.force_login(welt["rita"])
    antwort = client.post(reverse("traeger:kontakt_neu"), {"thema": "Ohne Träger"})
    html = antwort.content.decode()
    assert 'href="#id_traeger"' in html and 'id="id_traeger"' in html
    assert not Kontakt.objects.exists()


# --- colleagues with an account ----------------------------------------------------------


@pytest.fixture
def kolleginnen(welt):
    """At the school: Sven (active) and Uwe (account deactivated); at her own Träger: Carla;
    Paul works for a Träger she does not choose."""
    sven = UserFactory(username="sven", first_name="Sven", last_name="Sommer", rolle=FACHKRAFT)
    uwe = UserFactory(username="uwe", first_name="Uwe", last_name="Ulrich", is_active=False)
    carla = UserFactory(username="carla", first_name="", last_name="", rolle=FACHKRAFT)
    paul = UserFactory(username="paul", first_name="Paul", last_name="Peters", rolle=FACHKRAFT)
    TraegerZugehoerigkeitFactory(user=sven, traeger=welt["schule"])
    TraegerZugehoerigkeitFactory(user=uwe, traeger=welt["schule"])
    TraegerZugehoerigkeitFactory(user=carla, traeger=welt["eigen"])
    TraegerZugehoerigkeitFactory(user=paul, traeger=TraegerFactory(name="Sportverein Süd"))
    return {"sven": sven, "uwe": uwe, "carla": carla, "paul": paul}


def _kolleginnen(html: str) -> list[str]:
    return [
        label.strip()
        for label in re.findall(r'<input type="checkbox" name="kolleginnen"[^>]*>\s*([^<]+)<', html)
    ]


def _speichern(welt, **werte):
    daten = {
        "traeger": [welt["schule"].pk],
        "thema": "Übergang abgestimmt",
        "art": "telefonat",
        "sichtbarkeit": "traeger",
        "datum": timezone.localdate().isoformat(),
        "sozialraum": welt["lindenhof"].pk,
        "eigener_traeger": welt["eigen"].pk,
    }
    return daten | werte


def test_kolleginnen_der_gewaehlten_traeger_zur_wahl(client, welt, kolleginnen):
    client.force_login(welt["rita"])
    url = reverse("traeger:kontakt_auswahl")
    html = client.get(url, {"teil": "personen", "traeger": [welt["schule"].pk]}).content.decode()
    # Active accounts of the chosen Träger only: not Uwe (deactivated), not Paul (elsewhere).
    assert _kolleginnen(html) == ["Sven Sommer, Grundschule am Park"]
    assert "Kolleg:innen der gewählten Träger im Register" in html
    # Her own Träger ticked too: Carla (no name: her user name) beside Sven, Rita not herself;
    # what was ticked stays ticked.
    html = client.get(
        url,
        {
            "teil": "personen",
            "traeger": [welt["schule"].pk, welt["eigen"].pk],
            "kolleginnen": [kolleginnen["sven"].pk],
        },
    ).content.decode()
    assert _kolleginnen(html) == ["carla, Kinderhaus e.V.", "Sven Sommer, Grundschule am Park"]
    sven = kolleginnen["sven"].pk
    assert re.search(rf'name="kolleginnen" value="{sven}"[^>]*checked', html)
    # Who objected to being named is not offered (and so refused when sent).
    kolleginnen["sven"].in_kontakten_nennbar = False
    kolleginnen["sven"].save()
    html = client.get(url, {"teil": "personen", "traeger": [welt["schule"].pk]}).content.decode()
    assert _kolleginnen(html) == []
    kolleginnen["sven"].in_kontakten_nennbar = True
    kolleginnen["sven"].save()
    # No Träger chosen: nobody offered, no empty group.
    leer = client.get(url, {"teil": "personen"}).content.decode()
    assert _kolleginnen(leer) == [] and "im Register" not in leer
    # The Träger list refreshes the people with the colleagues ticked so far.
    formular = client.get(reverse("traeger:kontakt_neu")).content.decode()
    assert "[name='kolleginnen']" in formular


def test_kollegin_nennen_und_ueberall_sehen(client, welt, kolleginnen):
    client.force_login(welt["rita"])
    schulz = Ansprechperson.objects.get(name="Frau Schulz")
    antwort = client.post(
        reverse("traeger:kontakt_neu"),
        _speichern(
            welt,
            ansprechpersonen=[schulz.pk],
            kolleginnen=[kolleginnen["sven"].pk],
            mit_rolle="Hausmeister",
        ),
    )
    assert antwort.status_code == 302
    kontakt = Kontakt.objects.get()
    assert list(kontakt.kolleginnen.all()) == [kolleginnen["sven"]]
    seite = client.get(kontakt.get_absolute_url()).content.decode()
    assert "Frau Schulz (Schulleitung), Sven Sommer, Hausmeister" in seite
    liste = client.get(reverse("traeger:kontakte")).content.decode()
    assert "Grundschule am Park (Frau Schulz, Sven Sommer) (Hausmeister)" in liste
    im_sozialraum = client.get(reverse("traeger:kontakte_sozialraum", args=["0103"]))
    assert "(Frau Schulz, Sven Sommer)" in im_sozialraum.content.decode()


def test_kollegin_nur_der_gewaehlten_traeger(client, welt, kolleginnen):
    client.force_login(welt["rita"])
    url = reverse("traeger:kontakt_neu")
    for wer in ("paul", "uwe"):  # another Träger's; deactivated
        antwort = client.post(url, _speichern(welt, kolleginnen=[kolleginnen[wer].pk]))
        assert antwort.status_code == 200
        fehler = antwort.context["form"].errors["kolleginnen"]
        assert fehler == [
            "Bitte nur Kolleg:innen wählen, die für einen der gewählten Träger arbeiten."
        ]
        html = antwort.content.decode()
        assert 'id="id_kolleginnen_fehler"' in html  # at the field, and linked from the summary
        assert 'href="#id_kolleginnen' in html
    # Herself: not offered, so refused just the same; garbage too, never a 500.
    for wert in (welt["rita"].pk, "x\x00", "99999999999999999999"):
        antwort = client.post(url, _speichern(welt, kolleginnen=[wert]))
        assert antwort.status_code == 200 and "kolleginnen" in antwort.context["form"].errors
    assert not Kontakt.objects.exists()


def test_bisher_genannte_bleibt_beim_bearbeiten(client, welt, kolleginnen):
    """Sven has left the school since: changing the topic does not drop him unasked."""
    kontakt = Kontakt.objects.create(
        erfasst_von=welt["rita"],
        eigener_traeger=welt["eigen"],
        sozialraum=welt["lindenhof"],
        thema="Alt",
        sichtbarkeit="traeger",
    )
    kontakt.traeger.add(welt["schule"])
    kontakt.kolleginnen.add(kolleginnen["sven"])
    kolleginnen["sven"].traeger_zugehoerigkeiten.all().delete()
    client.force_login(welt["rita"])
    url = reverse("traeger:kontakt_bearbeiten", args=[kontakt.pk])
    html = client.get(url).content.decode()
    assert _kolleginnen(html) == ["Sven Sommer, bisher genannt"]
    daten = _speichern(
        welt,
        thema="Neu",
        kolleginnen=[kolleginnen["sven"].pk],
        stand=kontakt.updated_at.isoformat(),
    )
    assert client.post(url, daten).status_code == 302
    kontakt.refresh_from_db()
    assert kontakt.thema == "Neu" and list(kontakt.kolleginnen.all()) == [kolleginnen["sven"]]
    # She ticks another Träger too: the people part, refreshed, still offers him, ticked.
    assert f'name="kontakt" value="{kontakt.pk}"' in client.get(url).content.decode()
    html = client.get(
        reverse("traeger:kontakt_auswahl"),
        {
            "teil": "personen",
            "traeger": [welt["schule"].pk, welt["eigen"].pk],
            "kolleginnen": [kolleginnen["sven"].pk],
            "kontakt": kontakt.pk,
        },
    ).content.decode()
    assert "Sven Sommer, bisher genannt" in _kolleginnen(html)
    assert re.search(rf'name="kolleginnen" value="{kolleginnen["sven"].pk}"[^>]*checked', html)
    # Without the contact, or with garbage, nobody is offered who does not work there.
    html = client.get(
        reverse("traeger:kontakt_auswahl"),
        {
            "teil": "personen",
            "traeger": [welt["schule"].pk],
            "kolleginnen": [kolleginnen["sven"].pk],
        },
    ).content.decode()
    assert "Sven Sommer" not in html
    for wert in ("x", "1" * 30, "١"):
        antwort = client.get(
            reverse("traeger:kontakt_auswahl"), {"teil": "personen", "kontakt": wert}
        )
        assert antwort.status_code == 404
    # Unticked, he goes; offered no more.
    daten = _speichern(welt, thema="Neuer", stand=kontakt.updated_at.isoformat())
    assert client.post(url, daten).status_code == 302
    assert not kontakt.kolleginnen.exists()
    assert _kolleginnen(client.get(url).content.decode()) == []
