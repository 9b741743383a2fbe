import pytest
from django.db import DatabaseError
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_anonym_wird_zur_anmeldung_geleitet(client):
    response = client.get(reverse("gebiete"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("anmelden"))


def test_anmeldung_auf_deutsch(client):
    response = client.get(reverse("anmelden"))
    assert response.status_code == 200
    assert 'lang="de"' in response.text
    assert "Benutzername" in response.text
    assert "Passwort" in response.text


def test_anmelden_und_abmelden(client, fachkraft):
    response = client.post(
        reverse("anmelden"), {"username": "fachkraft", "password": "geheim-und-lang"}
    )
    assert response.status_code == 302
    assert client.get(reverse("start")).status_code == 200
    response = client.post(reverse("abmelden"))
    assert response.status_code == 302
    assert client.get(reverse("start")).status_code == 302


def test_falsches_passwort_deutsche_meldung(client, fachkraft):
    response = client.post(reverse("anmelden"), {"username": "fachkraft", "password": "falsch"})
    assert response.status_code == 200
    assert "Bitte Benutzername und Passwort eingeben" in response.text


def test_passwort_aendern(client, fachkraft):
    client.force_login(fachkraft)
    response = client.post(
        reverse("passwort_aendern"),
        {
            "old_password": "geheim-und-lang",
            "new_password1": "Sommer-am-Wannsee-2026",
            "new_password2": "Sommer-am-Wannsee-2026",
        },
    )
    assert response.status_code == 302
    fachkraft.refresh_from_db()
    assert fachkraft.check_password("Sommer-am-Wannsee-2026")


def test_gebietsbaum_mit_brotkrumen(client_fachkraft, quartier):
    response = client_fachkraft.get(reverse("gebiete"))
    assert "Zentrum" in response.text

    sozialraum = quartier.sozialraum
    response = client_fachkraft.get(sozialraum.regionalraum.get_absolute_url())
    assert "Tiergarten Süd" in response.text

    response = client_fachkraft.get(sozialraum.get_absolute_url())
    assert "Stülerstraße" in response.text
    assert 'aria-label="Brotkrumen"' in response.text

    response = client_fachkraft.get(quartier.get_absolute_url())
    assert response.status_code == 200
    brotkrumen = response.text.split('aria-label="Brotkrumen"')[1].split("</nav>")[0]
    assert brotkrumen.index("Zentrum") < brotkrumen.index("Tiergarten Süd")
    assert brotkrumen.index("Tiergarten Süd") < brotkrumen.index("Stülerstraße")


def test_gebietsseite_nennt_orte_nur_im_groesseren_gebiet(client_fachkraft, quartier):
    """Berlin's imported places sit in their Prognoseraum: the pages of its Bezirksregionen
    and Planungsräume say that more places may lie there (beside the places) and that their
    published offers are missing from the gap table (above it; only where there are such
    offers). Archived places and drafts do not count; a page whose places are all known
    says nothing."""
    from tests.factories import AngebotFactory, EinrichtungFactory

    sozialraum = quartier.sozialraum
    grob = EinrichtungFactory(regionalraum=sozialraum.regionalraum)
    EinrichtungFactory(regionalraum=sozialraum.regionalraum)
    EinrichtungFactory(regionalraum=sozialraum.regionalraum, archiviert=True)

    # Places without offers: no place here yet, nothing missing from the table.
    text = client_fachkraft.get(sozialraum.get_absolute_url()).text
    assert "2 Einrichtungen ohne genauere Lage" in text
    assert "Weitere Einrichtungen können hier liegen" in text
    assert "fehlen in der Tabelle" not in text
    assert text.count("Hier ist noch keine Einrichtung verortet.") == 2
    assert "Keine: an jeder Einrichtung hier ist ein Angebot eingetragen." not in text

    AngebotFactory(titel="Kita Zentrum", einrichtungen=[grob])
    AngebotFactory(titel="Entwurf", einrichtungen=[grob], status="entwurf")
    dort = EinrichtungFactory(sozialraum=sozialraum)  # known: in the Sozialraum, no Quartier
    AngebotFactory(titel="Treff", einrichtungen=[dort])
    text = client_fachkraft.get(sozialraum.get_absolute_url()).text
    assert "fehlen in der Tabelle" in text
    assert "1 Angebot an Orten ohne genauere Lage" in text
    # Its one place has an offer.
    assert "Keine: an jeder Einrichtung hier ist ein Angebot eingetragen." in text

    text = client_fachkraft.get(quartier.get_absolute_url()).text
    assert "1 Einrichtung ohne genauere Lage" in text  # in Tiergarten Süd
    assert "2 Einrichtungen ohne genauere Lage" in text  # in Zentrum
    assert "Zentrum</a> (Regionalraum, 1 Angebot an Orten ohne genauere Lage)" in text

    # The Regionalraum knows all its places (a single Jugendamt is the whole city).
    text = client_fachkraft.get(sozialraum.regionalraum.get_absolute_url()).text
    assert "ohne genauere Lage" not in text


def test_fuehrende_nullen_in_der_url(client_fachkraft, quartier):
    assert quartier.get_absolute_url() == "/gebiete/quartier/01100101/"
    assert client_fachkraft.get("/gebiete/quartier/1100101/").status_code == 404


def test_ebenennamen_konfigurierbar(client_fachkraft, quartier, settings):
    settings.GEBIETSEBENEN = [
        ("Bezirk", "Bezirke"),
        ("Prognoseraum", "Prognoseräume"),
        ("Bezirksregion", "Bezirksregionen"),
        ("Planungsraum", "Planungsräume"),
    ]
    response = client_fachkraft.get(quartier.sozialraum.regionalraum.get_absolute_url())
    assert "Bezirksregionen" in response.text
    assert "Prognoseraum" in response.text


def test_fehlerseiten_auf_deutsch(client_fachkraft):
    response = client_fachkraft.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.text


def test_500_ohne_interna(client, settings):
    from sozialraum.views import fehler_500

    response = fehler_500(None)
    assert response.status_code == 500
    assert "Ein Fehler ist aufgetreten" in response.content.decode()
    assert "Traceback" not in response.content.decode()


def test_healthz_ohne_anmeldung(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.text == "ok\n"


def test_healthz_503_wenn_datenbank_weg(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def kaputt(*args, **kwargs):
        raise DatabaseError("weg")

    monkeypatch.setattr(CursorWrapper, "execute", kaputt)
    response = client.get(reverse("healthz"))
    assert response.status_code == 503


def test_rollen_als_gruppen():
    from django.contrib.auth.models import Group

    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Jugendamt-Administration",
        "Sozialraumkoordination",
        "Träger-Redaktion",
        "Gremium-Koordination",
        "Fachkraft",
    }


def test_admin_gebiete_suche_und_autocomplete(admin_client, quartier):
    response = admin_client.get(reverse("admin:sozialraum_quartier_changelist"), {"q": "Stüler"})
    assert response.status_code == 200
    assert "Stülerstraße" in response.text
    assert "Tiergarten Süd" in response.text  # hierarchy visible in the list
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "sozialraum",
            "model_name": "quartier",
            "field_name": "sozialraum",
            "term": "Tiergarten",
        },
    )
    assert response.status_code == 200
    assert response.json()["results"][0]["text"].startswith("Tiergarten Süd")
