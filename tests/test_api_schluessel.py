"""Personal API tokens: the page "API-Schlüssel", how tokens are stored, checked, revoked,
and what a data-protection erasure does with them (sozialraum/zugang/schluessel.py,
schnittstellen/schluessel.py)."""

import datetime
import hashlib
import logging

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from sozialraum.models import Zugangsschluessel
from sozialraum.zugang.rollen import FACHKRAFT
from sozialraum.zugang.schluessel import (
    HOECHSTENS_AKTIV,
    SchluesselFehler,
    schluessel_anlegen,
    schluessel_pruefen,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SEITE = "/konto/api-schluessel/"


def _alle_spalten_text() -> str:
    """Every value of the token table, as text."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {Zugangsschluessel._meta.db_table}")
        return " ".join(str(wert) for zeile in cursor.fetchall() for wert in zeile)


def test_anlegen_zeigt_den_schluessel_einmal_und_speichert_nur_den_hash(client_fachkraft):
    antwort = client_fachkraft.post(SEITE, {"name": "Fachverfahren Jugendhilfe"})
    assert antwort.status_code == 200
    token = antwort.context["token"]
    assert token.startswith("sr_") and len(token) >= 40
    assert token in antwort.content.decode()
    schluessel = Zugangsschluessel.objects.get()
    assert schluessel.secret_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in _alle_spalten_text()
    assert token.startswith(schluessel.prefix) and len(schluessel.prefix) == 11
    # Shown once: the list afterwards names it, without the token.
    liste = client_fachkraft.get(SEITE).content.decode()
    assert "Fachverfahren Jugendhilfe" in liste and schluessel.prefix in liste
    assert token not in liste
    assert antwort["Cache-Control"] == "private, no-store"


def test_name_pflicht_und_hoechstzahl(client_fachkraft, fachkraft):
    antwort = client_fachkraft.post(SEITE, {"name": "   "})
    assert antwort.status_code == 200 and not antwort.context["token"]
    assert antwort.context["form"].errors["name"]
    assert not Zugangsschluessel.objects.exists()
    for i in range(HOECHSTENS_AKTIV):
        schluessel_anlegen(fachkraft, f"Nr. {i}")
    antwort = client_fachkraft.post(SEITE, {"name": "noch einer"})
    assert "widerrufen Sie einen" in antwort.content.decode()
    assert Zugangsschluessel.objects.count() == HOECHSTENS_AKTIV
    with pytest.raises(SchluesselFehler):
        schluessel_anlegen(fachkraft, "x" * 101)


def test_widerrufen_nur_eigene(client_fachkraft, fachkraft, caplog):
    eigener, token = schluessel_anlegen(fachkraft, "eigener")
    fremder, _t = schluessel_anlegen(UserFactory(rolle=FACHKRAFT), "fremder")
    url = reverse("api_schluessel_widerrufen", args=[fremder.pk])
    assert client_fachkraft.post(url).status_code == 404
    fremder.refresh_from_db()
    assert fremder.revoked_at is None
    with caplog.at_level(logging.INFO, logger="sozialraum.zugang.sicherheit"):
        antwort = client_fachkraft.post(
            reverse("api_schluessel_widerrufen", args=[eigener.pk]), follow=True
        )
    assert "ist widerrufen" in antwort.content.decode()
    assert "widerrufen am" in antwort.content.decode()
    eigener.refresh_from_db()
    assert eigener.revoked_at is not None
    assert schluessel_pruefen(token) is None
    assert any("api_schluessel_widerrufen" in r.getMessage() for r in caplog.records)
    assert not any(token in r.getMessage() for r in caplog.records)
    assert client_fachkraft.get(url).status_code == 405


def test_letzte_nutzung_hoechstens_einmal_je_minute(fachkraft, django_assert_num_queries):
    schluessel, token = schluessel_anlegen(fachkraft, "zaehlen")
    assert schluessel.last_used_at is None
    with django_assert_num_queries(2):  # the lookup, and the first use written
        assert schluessel_pruefen(token).pk == schluessel.pk
    schluessel.refresh_from_db()
    erste = schluessel.last_used_at
    assert erste is not None
    with django_assert_num_queries(1):  # within the minute: read only
        schluessel_pruefen(token)
    Zugangsschluessel.objects.update(last_used_at=erste - datetime.timedelta(minutes=2))
    schluessel_pruefen(token)
    schluessel.refresh_from_db()
    assert schluessel.last_used_at > erste - datetime.timedelta(seconds=1)


def test_nutzung_ueber_die_api_steht_in_der_liste(client, fachkraft):
    _s, token = schluessel_anlegen(fachkraft, "Auswertung")
    client.get("/api/v1/gebiete/", headers={"Authorization": f"Bearer {token}"})
    client.force_login(fachkraft)
    seite = client.get(SEITE).content.decode()
    assert "noch nie" not in seite
    assert timezone.localtime().strftime("%-d.%-m.%Y") in seite


@pytest.mark.parametrize(
    "falsch", ["", "sr_", "Bearer", "sr_" + "a" * 200, "xx_" + "a" * 43, "sr_\x00\n"]
)
def test_unmoegliche_schluessel_ohne_fehler_abgelehnt(falsch, fachkraft):
    schluessel_anlegen(fachkraft, "echt")
    assert schluessel_pruefen(falsch) is None


def test_verwaltung_sieht_die_liste_nur_lesend(admin_client, fachkraft):
    schluessel, token = schluessel_anlegen(fachkraft, "Fachverfahren")
    liste = admin_client.get(reverse("admin:sozialraum_zugangsschluessel_changelist"))
    assert liste.status_code == 200 and "Fachverfahren" in liste.content.decode()
    seite = admin_client.get(
        reverse("admin:sozialraum_zugangsschluessel_change", args=[schluessel.pk])
    ).content.decode()
    assert schluessel.secret_hash not in seite and token not in seite
    assert admin_client.get(reverse("admin:sozialraum_zugangsschluessel_add")).status_code == 403


def test_loeschung_einer_person_loescht_ihre_schluessel(fachkraft):
    from sozialraum.datenschutz.anfragen import loeschen, person_aus, vorschau
    from sozialraum.datenschutz.auskunft import auskunft_json

    schluessel_anlegen(fachkraft, "Fachverfahren")
    andere = UserFactory(rolle=FACHKRAFT)
    schluessel_anlegen(andere, "bleibt")
    person = person_aus({"sozialraum.user": [fachkraft.pk]})
    auskunft = auskunft_json(person)
    assert "Fachverfahren" in auskunft
    assert Zugangsschluessel.objects.get(user=fachkraft).secret_hash not in auskunft
    assert any("API-Schlüssel" in z for z in vorschau(person))
    loeschen(person, ausgefuehrt_von=UserFactory(is_superuser=True))
    assert list(Zugangsschluessel.objects.values_list("name", flat=True)) == ["bleibt"]


def test_neues_passwort_und_deaktivierung_beenden_die_schluessel(db):
    """Whoever changes her password (perhaps because someone else knew it) or loses her
    account also loses every API token made with it; a later reactivation brings none back."""
    from sozialraum.models import Zugangsschluessel
    from sozialraum.zugang.schluessel import schluessel_anlegen, schluessel_pruefen
    from tests.factories import UserFactory

    person = UserFactory(username="tokenfrau")
    _eintrag, token = schluessel_anlegen(person, "Fachverfahren")
    person.last_name = "Neu"
    person.save()
    assert schluessel_pruefen(token) is not None  # other changes leave it alone
    person.set_password("ein-ganz-neues-Passwort-42")
    person.save()
    assert schluessel_pruefen(token) is None
    _eintrag, token = schluessel_anlegen(person, "Auswertung")
    person.is_active = False
    person.save()
    person.is_active = True
    person.save()
    assert schluessel_pruefen(token) is None
    assert not Zugangsschluessel.objects.filter(user=person, revoked_at__isnull=True).exists()
