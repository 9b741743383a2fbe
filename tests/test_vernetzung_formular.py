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
