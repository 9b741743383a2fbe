import pytest
from django.core.management import call_command
from django.db.models import ProtectedError
from django.urls import reverse

from angebote.models import Angebot, Suchwort
from sozialraum.zugang.rollen import TRAEGER_REDAKTION
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def angebot():
    traeger = TraegerFactory(name="Kinderhaus Regenbogen e.V.", telefon="0391 5550-100")
    ort = EinrichtungFactory(traeger=traeger, name="Kinderhaus am Park", strasse="Parkweg 1")
    return AngebotFactory(
        titel="Krabbelgruppe",
        traeger=traeger,
        einrichtungen=[ort],
        sprachen=["de", "tr"],
        zeiten=[(0, "09:30", "11:00")],
        alter_von=0,
        alter_bis=3,
        zuletzt_geprueft="2025-07-01",
    )


def test_angebot_detail_zeigt_alles(client_fachkraft, angebot):
    response = client_fachkraft.get(angebot.get_absolute_url())
    text = response.text
    for erwartet in (
        "Krabbelgruppe",
        "Kinderhaus Regenbogen e.V.",
        "Kinderhaus am Park",
        "Parkweg 1",
        "Montag 09:30–11:00",
        "Türkisch",
        "bis 3 Jahre",
        "0391 5550-100",
    ):
        assert erwartet in text
    assert "zuletzt geprüft vor" in text
    assert "frische--veraltet" in text  # more than 12 months


def test_entwurf_ist_fuer_andere_404(client_fachkraft, angebot):
    angebot.status = Angebot.Status.ENTWURF
    angebot.save()
    assert client_fachkraft.get(angebot.get_absolute_url()).status_code == 404


def test_entwurf_sieht_die_redaktion_des_traegers(client, angebot):
    from guardian.shortcuts import assign_perm

    redaktion = UserFactory(rolle=TRAEGER_REDAKTION)
    assign_perm("traeger.change_traeger", redaktion, angebot.traeger)
    angebot.status = Angebot.Status.ENTWURF
    angebot.save()
    client.force_login(redaktion)
    assert client.get(angebot.get_absolute_url()).status_code == 200


def test_traeger_und_einrichtung_seiten(client_fachkraft, angebot):
    response = client_fachkraft.get(angebot.traeger.get_absolute_url())
    assert "Krabbelgruppe" in response.text
    assert "Kinderhaus am Park" in response.text
    response = client_fachkraft.get(angebot.einrichtungen.get().get_absolute_url())
    assert "Krabbelgruppe" in response.text


def test_merkliste_und_druckansicht(client_fachkraft, angebot):
    url = reverse("angebote:merken", args=[angebot.pk])
    response = client_fachkraft.post(url, {"next": "/?q=krabbel"})
    assert response["Location"] == "/?q=krabbel"
    assert "Krabbelgruppe" in client_fachkraft.get(reverse("angebote:merkliste")).text
    druck = client_fachkraft.get(reverse("angebote:merkliste_drucken")).text
    assert "Angebote für Sie" in druck
    assert "Parkweg 1" in druck and "Montag 09:30–11:00" in druck and "0391 5550-100" in druck
    client_fachkraft.post(url)  # toggles off
    assert "Noch nichts gemerkt" in client_fachkraft.get(reverse("angebote:merkliste")).text


def test_merken_leitet_nicht_nach_aussen(client_fachkraft, angebot):
    response = client_fachkraft.post(
        reverse("angebote:merken", args=[angebot.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == angebot.get_absolute_url()


def test_merken_per_htmx(client_fachkraft, angebot):
    response = client_fachkraft.post(
        reverse("angebote:merken", args=[angebot.pk]), headers={"HX-Request": "true"}
    )
    assert 'aria-pressed="true"' in response.text
    assert "<html" not in response.text


def test_traeger_mit_einrichtungen_nicht_loeschbar(admin_client, angebot):
    traeger = angebot.traeger
    with pytest.raises(ProtectedError):
        traeger.delete()
    response = admin_client.post(
        reverse("admin:traeger_traeger_delete", args=[traeger.pk]), {"post": "yes"}
    )
    assert response.status_code == 200
    assert "geschützt" in response.text or "geschützten" in response.text
    assert traeger.__class__.objects.filter(pk=traeger.pk).exists()


def test_angebot_nur_archivieren(client, angebot):
    from tests.factories import UserFactory as U

    admin = U(username="jugendamt", is_staff=True, rolle="Jugendamt-Administration")
    client.force_login(admin)
    response = client.get(reverse("admin:angebote_angebot_change", args=[angebot.pk]))
    assert response.status_code == 200
    assert "Löschen" not in response.text
    response = client.post(
        reverse("admin:angebote_angebot_changelist"),
        {"action": "archivieren", "_selected_action": [angebot.pk]},
    )
    angebot.refresh_from_db()
    assert angebot.status == Angebot.Status.ARCHIVIERT


def test_gebietsseite_zeigt_luecken(client_fachkraft, angebot):
    ort = angebot.einrichtungen.get()
    from tests.factories import QuartierFactory

    ort.quartier = QuartierFactory()
    ort.save()
    response = client_fachkraft.get(ort.quartier.sozialraum.get_absolute_url())
    assert "Krabbelgruppe" in response.text
    assert "Wo fehlen Angebote?" in response.text
    assert '<table class="kern-table luecken">' in response.text


def test_reindex(angebot):
    Angebot.objects.update(suchtitel="", suchtext="")
    Suchwort.objects.all().delete()
    call_command("reindex")
    angebot.refresh_from_db()
    assert "krabbelgruppe" in angebot.suchtitel
    assert Suchwort.objects.filter(wort="krabbelgruppe").exists()
