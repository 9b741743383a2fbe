"""One function publishes an offer (angebote.redaktion.pruefung.angebot_veroeffentlichen): the admin's
action goes through the review, sets the check date and sends the review's e-mail."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from angebote.models import Aenderungsvorschlag, Angebot
from angebote.redaktion import pruefung
from angebote.redaktion.werte import werte_von
from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION, TRAEGER_REDAKTION
from tests.factories import AngebotFactory, TraegerFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def amt():
    return UserFactory(
        username="amt", first_name="Andrea", is_staff=True, rolle=JUGENDAMT_ADMINISTRATION
    )


@pytest.fixture
def rita():
    return UserFactory(username="rita", email="rita@example.org", rolle=TRAEGER_REDAKTION)


def _neu_eingereicht(rita) -> Angebot:
    traeger = TraegerFactory()
    werte = {**werte_von(AngebotFactory(traeger=traeger)), "titel": "Krabbeltreff"}
    vorschlag = pruefung.vorschlag_einreichen(None, traeger, werte, rita)
    return vorschlag.angebot


def _aktion(client, amt, angebote):
    client.force_login(amt)
    return client.post(
        reverse("admin:angebote_angebot_changelist"),
        {"action": "veroeffentlichen", "_selected_action": [a.pk for a in angebote]},
        follow=True,
    )


def test_verwaltung_gibt_neues_angebot_wie_die_pruefliste_frei(
    client, amt, rita, django_capture_on_commit_callbacks
):
    angebot = _neu_eingereicht(rita)
    assert angebot.status == Angebot.Status.PRUEFUNG
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        _aktion(client, amt, [angebot])

    angebot.refresh_from_db()
    assert angebot.status == Angebot.Status.VEROEFFENTLICHT
    assert (angebot.zuletzt_geprueft, angebot.geprueft_von) == (timezone.localdate(), amt)
    vorschlag = Aenderungsvorschlag.objects.get(angebot=angebot)
    assert vorschlag.status == Aenderungsvorschlag.Status.UEBERNOMMEN
    assert vorschlag.geprueft_von == amt
    assert [m.to for m in mail.outbox] == [["rita@example.org"]]  # as from the review queue


def test_zurueckgegebenes_angebot_nicht_an_der_redaktion_vorbei(client, amt, rita):
    angebot = _neu_eingereicht(rita)
    vorschlag = Aenderungsvorschlag.objects.get(angebot=angebot)
    pruefung.vorschlag_zurueckgeben(vorschlag, amt, "Bitte Zeiten ergänzen.")

    antwort = _aktion(client, amt, [angebot])

    angebot.refresh_from_db()
    assert angebot.status == Angebot.Status.PRUEFUNG
    meldungen = [str(m) for m in antwort.context["messages"]]
    assert any("an die Träger-Redaktion zurückgegeben" in m for m in meldungen)


def test_entwurf_ohne_vorschlag_wird_mit_pruefdatum_veroeffentlicht(client, amt):
    angebot = AngebotFactory(status=Angebot.Status.ENTWURF, zuletzt_geprueft=None)
    _aktion(client, amt, [angebot])
    angebot.refresh_from_db()
    assert angebot.status == Angebot.Status.VEROEFFENTLICHT
    assert (angebot.zuletzt_geprueft, angebot.geprueft_von) == (timezone.localdate(), amt)
    assert angebot.history.first().history_change_reason == "in der Verwaltung veröffentlicht"


def test_veroeffentlichtes_mit_offenem_aenderungsvorschlag_bleibt_wie_es_ist(amt, rita):
    angebot = AngebotFactory(status=Angebot.Status.VEROEFFENTLICHT, titel="Alt")
    werte = {**werte_von(angebot), "titel": "Neu"}
    pruefung.vorschlag_einreichen(angebot, angebot.traeger, werte, rita)

    assert pruefung.angebot_veroeffentlichen(angebot, amt) is False

    angebot.refresh_from_db()
    assert angebot.titel == "Alt"  # publishing approves no change
    assert Aenderungsvorschlag.objects.get(angebot=angebot).status == "offen"


def _status_importieren(amt, angebot, status: str):
    """Export the offer, change its status column, import the row again (admin resource)."""
    import tablib

    from angebote.ressourcen import AngebotRessource

    daten = AngebotRessource().export(queryset=Angebot.objects.filter(pk=angebot.pk))
    zeile = list(daten[0])
    zeile[daten.headers.index("status")] = status
    neu = tablib.Dataset(zeile, headers=daten.headers)
    return AngebotRessource().import_data(neu, dry_run=False, user=amt, file_name="liste.csv")


def test_import_veroeffentlicht_ueber_die_pruefung(amt, rita, django_capture_on_commit_callbacks):
    angebot = _neu_eingereicht(rita)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        ergebnis = _status_importieren(amt, angebot, "veroeffentlicht")
    assert not ergebnis.has_errors() and not ergebnis.has_validation_errors()
    angebot.refresh_from_db()
    assert angebot.status == Angebot.Status.VEROEFFENTLICHT
    assert (angebot.zuletzt_geprueft, angebot.geprueft_von) == (timezone.localdate(), amt)
    vorschlag = Aenderungsvorschlag.objects.get(angebot=angebot)
    assert vorschlag.status == Aenderungsvorschlag.Status.UEBERNOMMEN
    assert [m.to for m in mail.outbox] == [["rita@example.org"]]


def test_import_veroeffentlicht_kein_zurueckgegebenes_angebot(amt, rita):
    angebot = _neu_eingereicht(rita)
    vorschlag = Aenderungsvorschlag.objects.get(angebot=angebot)
    pruefung.vorschlag_zurueckgeben(vorschlag, amt, "Bitte Zeiten ergänzen.")

    ergebnis = _status_importieren(amt, angebot, "veroeffentlicht")

    assert ergebnis.has_validation_errors()
    fehler = ergebnis.invalid_rows[0].error_dict
    assert "an die Träger-Redaktion zurückgegeben" in " ".join(fehler["status"])
    angebot.refresh_from_db()
    assert angebot.status == Angebot.Status.PRUEFUNG


def test_aenderungsformular_der_verwaltung_setzt_keinen_status(client, amt, rita):
    """The admin's change form shows the status but cannot publish past the review."""
    from tests.test_admin_konflikt import formulardaten

    angebot = _neu_eingereicht(rita)
    client.force_login(amt)
    url = reverse("admin:angebote_angebot_change", args=[angebot.pk])
    formular = client.get(url)
    assert 'name="status"' not in formular.text
    antwort = client.post(url, {**formulardaten(formular), "status": "veroeffentlicht"})
    assert antwort.status_code == 302
    angebot.refresh_from_db()
    assert angebot.status == Angebot.Status.PRUEFUNG


def test_aktion_ueberschreibt_keine_korrektur_der_verwaltung(client, amt, rita):
    angebot = _neu_eingereicht(rita)
    Angebot.objects.filter(pk=angebot.pk).update(telefon="030 KORRIGIERT")

    antwort = _aktion(client, amt, [angebot])

    angebot.refresh_from_db()
    assert (angebot.status, angebot.telefon) == (Angebot.Status.PRUEFUNG, "030 KORRIGIERT")
    meldungen = " ".join(str(m) for m in antwort.context["messages"])
    assert "seit dem Vorschlag geändert" in meldungen


def test_import_mit_eigenen_werten_veroeffentlicht_nicht_ueber_den_vorschlag(amt, rita):
    import tablib

    from angebote.ressourcen import AngebotRessource

    angebot = _neu_eingereicht(rita)
    daten = AngebotRessource().export(queryset=Angebot.objects.filter(pk=angebot.pk))
    zeile = list(daten[0])
    zeile[daten.headers.index("status")] = "veroeffentlicht"
    zeile[daten.headers.index("telefon")] = "030 AUS DEM IMPORT"
    ergebnis = AngebotRessource().import_data(
        tablib.Dataset(zeile, headers=daten.headers), dry_run=False, user=amt
    )

    assert ergebnis.has_validation_errors()
    assert "seit dem Vorschlag geändert" in " ".join(ergebnis.invalid_rows[0].error_dict["status"])
