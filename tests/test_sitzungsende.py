"""The end of a login without lost work (sozialraum/zugang/sitzung.py, SitzungsdauerMiddleware).

The status and extend endpoints of static/js/sitzung.js; a form sent after the end keeps
its input for the same user and only for her, and nothing is saved on her behalf. The
browser side (warning, filling the form) is in tests/browser/test_browser_sitzungsende.py.
"""

import datetime
import json
import logging
import re

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from gremien.models import Tagesordnungspunkt
from sozialraum.zugang import sitzung
from sozialraum.zugang.rollen import FACHKRAFT, GREMIUM_KOORDINATION
from tests.conftest import PASSWORT
from tests.factories import GremiumFactory, MitgliedschaftFactory, SitzungFactory, UserFactory

pytestmark = pytest.mark.django_db

HOST = "http://testserver"
TEXT = "TOP 1: Das Ferienprogramm startet am 6. Juli.\nAlle Träger machen mit."


@pytest.fixture
def ag():
    gremium = GremiumFactory(name="AG 78 Nord")
    greta = UserFactory(username="greta", rolle=GREMIUM_KOORDINATION)
    MitgliedschaftFactory(gremium=gremium, person=greta, rolle="koordination")
    termin = SitzungFactory(gremium=gremium, datum=datetime.date(2026, 10, 6))
    top = Tagesordnungspunkt.objects.create(sitzung=termin, titel="Ferienprogramm", position=1)
    return {"greta": greta, "sitzung": termin, "top": top}


@pytest.fixture
def protokoll(ag):
    return reverse("gremien:protokoll", args=[ag["sitzung"].pk])


def _jetzt() -> float:
    return timezone.now().timestamp()


def _sitzung_setzen(client, **werte) -> None:
    s = client.session
    for schluessel, wert in werte.items():
        s[schluessel] = wert
    s.save()


def _ablaufen_lassen(client) -> None:
    _sitzung_setzen(client, **{sitzung.ZULETZT_AKTIV: _jetzt() - settings.SESSION_IDLE_TIMEOUT - 5})


def _von_der_seite(pfad: str) -> dict:
    """The headers a browser sends with a form from our own page ``pfad``."""
    return {"HTTP_ORIGIN": HOST, "HTTP_REFERER": HOST + pfad}


def _formulardaten(client, pfad: str) -> dict:
    """What the browser would send: the form's fields as loaded, the minutes typed."""
    html = client.get(pfad).text
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', html))


def _anmelden(client, user, weiter: str = ""):
    return client.post(
        reverse("anmelden"), {"username": user.username, "password": PASSWORT, "next": weiter}
    )


def _gehalten(client) -> list[dict]:
    return client.session.get(sitzung.EINGABEN, [])


def _wiederhergestellt(html: str) -> list[list[str]] | None:
    treffer = re.search(r'<script id="sitzung-eingaben-daten"[^>]*>(.*?)</script>', html, re.S)
    return json.loads(treffer.group(1)) if treffer else None


# --- the endpoints ------------------------------------------------------------------------


def test_status_nennt_die_restzeit_und_verlaengert_nicht(client, ag):
    client.force_login(ag["greta"])
    vor_zehn_minuten = _jetzt() - 600
    _sitzung_setzen(client, **{sitzung.ZULETZT_AKTIV: vor_zehn_minuten})
    antwort = client.get(reverse("sitzung_status"))
    assert antwort.status_code == 200
    assert "no-store" in antwort["Cache-Control"]
    stand = antwort.json()
    assert stand["angemeldet"] is True
    assert stand["grenze"] == "leerlauf"
    assert stand["vorwarnung"] == 120
    assert 1195 <= stand["rest"] <= 1200
    # Asking is no activity: polling must not keep an unattended login alive.
    assert client.session[sitzung.ZULETZT_AKTIV] == vor_zehn_minuten


def test_verlaengern_startet_den_leerlauf_neu(client, ag):
    client.force_login(ag["greta"])
    fast_vorbei = _jetzt() - settings.SESSION_IDLE_TIMEOUT + 60
    _sitzung_setzen(client, **{sitzung.ZULETZT_AKTIV: fast_vorbei})
    antwort = client.post(reverse("sitzung_verlaengern"))
    assert antwort.status_code == 200
    assert antwort.json()["rest"] >= settings.SESSION_IDLE_TIMEOUT - 2
    assert client.session[sitzung.ZULETZT_AKTIV] > fast_vorbei + 60


def test_verlaengern_nur_per_post(client, ag):
    client.force_login(ag["greta"])
    assert client.get(reverse("sitzung_verlaengern")).status_code == 405


def test_verlaengern_nicht_ueber_die_hoechstdauer(client, ag):
    client.force_login(ag["greta"])
    _sitzung_setzen(client, **{sitzung.ANGEMELDET_UM: _jetzt() - settings.SESSION_COOKIE_AGE + 90})
    stand = client.post(reverse("sitzung_verlaengern")).json()
    assert stand["grenze"] == "absolut"
    assert 85 <= stand["rest"] <= 90


def test_ohne_leerlaufgrenze_zaehlt_nur_die_hoechstdauer(client, ag, settings):
    settings.SESSION_IDLE_TIMEOUT = 0
    client.force_login(ag["greta"])
    stand = client.get(reverse("sitzung_status")).json()
    assert stand["grenze"] == "absolut"
    assert stand["rest"] >= settings.SESSION_COOKIE_AGE - 2


def test_endpunkte_anonym_zur_anmeldung(client):
    for antwort in (
        client.get(reverse("sitzung_status")),
        client.post(reverse("sitzung_verlaengern")),
    ):
        assert antwort.status_code == 302
        assert antwort["Location"].startswith(reverse("anmelden"))


def test_jede_seite_traegt_restzeit_und_warnung(client, ag):
    assert 'id="sitzung"' not in client.get(reverse("anmelden")).text
    client.force_login(ag["greta"])
    html = client.get(reverse("gebiete")).text
    assert 'role="alertdialog"' in html
    assert 'aria-labelledby="sitzung-titel"' in html
    assert re.search(r'data-rest="(17|18)\d\d"', html)
    assert 'data-status-url="/sitzung/status/"' in html
    assert "js/sitzung.js" in html and "css/sitzung.css" in html
    assert "Sitzung verlängern" in html
    assert "Nach 8 Stunden endet jede Anmeldung" in html


# --- holding the input of a form sent after the end -------------------------------------


def test_speichern_nach_ablauf_haelt_die_eingaben(client, ag, protokoll):
    top = ag["top"]
    client.force_login(ag["greta"])
    daten = _formulardaten(client, protokoll) | {f"top_{top.pk}": TEXT}
    _ablaufen_lassen(client)

    antwort = client.post(protokoll, daten, **_von_der_seite(protokoll))
    assert antwort.status_code == 302
    assert antwort["Location"] == f"{reverse('anmelden')}?next={protokoll}"
    top.refresh_from_db()
    assert top.protokoll == ""  # nothing saved on her behalf
    (gehalten,) = _gehalten(client)
    assert gehalten["benutzer"] == "greta"
    assert gehalten["seite"] == protokoll
    assert [f"top_{top.pk}", TEXT] in gehalten["felder"]

    anmeldeseite = client.get(antwort["Location"]).text
    assert "ohne Aktivität abgemeldet" in anmeldeseite
    assert "Ihre Eingaben sind nicht verloren" in anmeldeseite

    antwort = _anmelden(client, ag["greta"], weiter=protokoll)
    assert antwort["Location"] == protokoll
    seite = client.get(protokoll).text
    assert [f"top_{top.pk}", TEXT] in _wiederhergestellt(seite)
    assert "wurden wiederhergestellt. Bitte prüfen und speichern Sie erneut." in seite
    assert f'data-ziel="{protokoll}"' in seite
    assert not _gehalten(client)  # once only
    assert _wiederhergestellt(client.get(protokoll).text) is None
    top.refresh_from_db()
    assert top.protokoll == ""


def test_passwoerter_token_und_dateien_werden_nicht_aufbewahrt(client, ag, protokoll):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    client.post(
        protokoll,
        {
            f"top_{ag['top'].pk}": TEXT,
            "csrfmiddlewaretoken": "abc",
            "password": "geheim",
            "neues_passwort": "geheim",
            "datei": SimpleUploadedFile("liste.pdf", b"%PDF-1.4"),
        },
        **_von_der_seite(protokoll),
    )
    (gehalten,) = _gehalten(client)
    assert [name for name, _ in gehalten["felder"]] == [f"top_{ag['top'].pk}"]
    assert gehalten["dateien"] is True
    _anmelden(client, ag["greta"])
    assert "Ausgewählte Dateien werden nicht aufbewahrt" in client.get(protokoll).text


@pytest.mark.parametrize(
    "kopf",
    [
        {"HTTP_ORIGIN": "https://boese.example", "HTTP_REFERER": HOST + "/"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://boese.example/formular/"},
        {},
    ],
    ids=["fremder-origin", "origin-null", "fremder-referer", "ohne-herkunft"],
)
def test_nur_von_eigenen_seiten(client, ag, protokoll, kopf):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    antwort = client.post(protokoll, {f"top_{ag['top'].pk}": TEXT}, **kopf)
    assert antwort["Location"].startswith(reverse("anmelden"))  # logged out as before
    assert not _gehalten(client)


def test_ohne_origin_genuegt_der_referer(client, ag, protokoll):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    client.post(protokoll, {f"top_{ag['top'].pk}": TEXT}, HTTP_REFERER=HOST + protokoll)
    assert _gehalten(client)[0]["seite"] == protokoll


def test_leere_formulare_werden_nicht_aufbewahrt(client, ag, protokoll):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    antwort = client.post(
        reverse("sitzung_verlaengern"), {"csrfmiddlewaretoken": "x"}, **_von_der_seite("/")
    )
    assert antwort["Location"].startswith(reverse("anmelden"))
    assert not _gehalten(client)


def test_anderer_benutzer_bekommt_die_eingaben_nie(client, ag, protokoll):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    client.post(protokoll, {f"top_{ag['top'].pk}": TEXT}, **_von_der_seite(protokoll))
    assert _gehalten(client)
    kollege = UserFactory(username="kemal", rolle=FACHKRAFT)
    _anmelden(client, kollege, weiter=protokoll)
    assert not _gehalten(client)
    assert sitzung.ABGELAUFEN_FUER not in client.session
    assert TEXT not in client.get(reverse("gebiete")).text


def test_eingaben_nur_auf_ihrer_seite_zurueck(client, ag, protokoll):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    client.post(protokoll, {f"top_{ag['top'].pk}": TEXT}, **_von_der_seite(protokoll))
    _anmelden(client, ag["greta"])
    assert _wiederhergestellt(client.get(reverse("gebiete")).text) is None
    assert _gehalten(client)  # still waiting for its page
    assert _wiederhergestellt(client.get(protokoll).text)
    assert not _gehalten(client)


def test_formular_aus_anderem_tab_nach_ablauf(client, ag, protokoll):
    """The login ended in another tab (or sitzung.js asked): the POST comes anonymously."""
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    assert client.get(reverse("gebiete")).status_code == 302  # tab 2: logged out
    assert client.session[sitzung.ABGELAUFEN_FUER] == "greta"

    antwort = client.post(protokoll, {f"top_{ag['top'].pk}": TEXT}, **_von_der_seite(protokoll))
    assert antwort["Location"] == f"{reverse('anmelden')}?next={protokoll}"
    assert _gehalten(client)[0]["benutzer"] == "greta"
    assert "Sie sind nicht mehr angemeldet. Ihre Eingaben sind nicht verloren" in (
        client.get(antwort["Location"]).text
    )
    _anmelden(client, ag["greta"])
    assert [f"top_{ag['top'].pk}", TEXT] in _wiederhergestellt(client.get(protokoll).text)


def test_die_anmeldung_selbst_wird_nicht_aufgehalten(client, ag, protokoll):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    client.get(reverse("gebiete"))
    antwort = client.post(
        reverse("anmelden"),
        {"username": "greta", "password": PASSWORT, "next": protokoll},
        **_von_der_seite(reverse("anmelden")),
    )
    assert antwort["Location"] == protokoll
    assert not _gehalten(client)
    assert sitzung.ABGELAUFEN_FUER not in client.session


def test_statusabfrage_nach_ablauf_meldet_ab_ohne_spaetere_meldung(client, ag):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    antwort = client.get(reverse("sitzung_status"))
    assert antwort["Location"].startswith(reverse("anmelden"))
    assert client.session[sitzung.ABGELAUFEN_FUER] == "greta"
    # sitzung.js shows the end itself; no stale notice on some later page.
    assert "ohne Aktivität" not in client.get(reverse("anmelden")).text


def test_veraltetes_csrf_token_nach_neuer_anmeldung(ag, protokoll):
    """Logged in again in another tab: the old page's token no longer fits."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(ag["greta"])
    daten = _formulardaten(client, protokoll) | {f"top_{ag['top'].pk}": TEXT}
    assert daten["csrfmiddlewaretoken"]
    # A new login rotates the CSRF secret (django.contrib.auth.login → rotate_token).
    client.cookies[settings.CSRF_COOKIE_NAME] = _get_new_csrf_string()

    antwort = client.post(protokoll, daten, **_von_der_seite(protokoll))
    assert antwort.status_code == 302
    assert antwort["Location"] == protokoll
    seite = client.get(protokoll).text
    assert "Das Formular stammte aus einer früheren Anmeldung" in seite
    assert [f"top_{ag['top'].pk}", TEXT] in _wiederhergestellt(seite)
    ag["top"].refresh_from_db()
    assert ag["top"].protokoll == ""


def test_csrf_fehler_von_fremder_seite_bleibt_403(ag, protokoll):
    client = Client(enforce_csrf_checks=True)
    client.force_login(ag["greta"])
    antwort = client.post(
        protokoll, {f"top_{ag['top'].pk}": TEXT}, HTTP_ORIGIN="https://boese.example"
    )
    assert antwort.status_code == 403
    assert not _gehalten(client)


def test_verweigerter_zugriff_ist_kein_csrf_fehler(client, ag, protokoll):
    """A 403 from the view itself (no right to edit) holds nothing."""
    client.force_login(UserFactory(username="otto", rolle=FACHKRAFT))
    antwort = client.post(protokoll, {f"top_{ag['top'].pk}": TEXT}, **_von_der_seite(protokoll))
    assert antwort.status_code in (403, 404)
    assert not _gehalten(client)


def test_htmx_nach_ablauf_laedt_die_anmeldung_als_ganze_seite(client, ag):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    antwort = client.get(
        reverse("start") + "?q=ferien",
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=HOST + "/?q=fer",
    )
    assert antwort["HX-Redirect"] == f"{reverse('anmelden')}?next=/%3Fq%3Dfer"


def test_htmx_formular_nach_ablauf(client, ag, protokoll):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    antwort = client.post(
        protokoll,
        {f"top_{ag['top'].pk}": TEXT},
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=HOST + protokoll,
        HTTP_ORIGIN=HOST,
    )
    assert antwort["HX-Redirect"] == f"{reverse('anmelden')}?next={protokoll}"
    assert _gehalten(client)


def test_zu_grosse_eingaben_mit_hinweis(client, ag, protokoll, monkeypatch):
    monkeypatch.setattr(sitzung, "HOECHSTENS_ZEICHEN", 50)
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    antwort = client.post(protokoll, {f"top_{ag['top'].pk}": TEXT}, **_von_der_seite(protokoll))
    assert antwort["Location"].startswith(reverse("anmelden"))
    assert not _gehalten(client)
    assert "zu umfangreich, um sie aufzubewahren" in client.get(antwort["Location"]).text


def test_eine_fassung_je_seite_und_hoechstens_fuenf(client, ag):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    client.get(reverse("gebiete"))
    for nummer, n in enumerate([0, 1, 2, 3, 4, 5, 3]):
        seite = reverse("gremien:protokoll", args=[ag["sitzung"].pk]) + f"?n={n}"
        client.post(
            reverse("gremien:protokoll", args=[ag["sitzung"].pk]),
            {"text": f"Fassung {nummer}"},
            **_von_der_seite(seite),
        )
    gehalten = _gehalten(client)
    assert len(gehalten) == sitzung.HOECHSTENS_FORMULARE
    # The oldest went; the second form from page 3 replaced the first.
    assert [e["felder"][0][1] for e in gehalten] == [f"Fassung {n}" for n in (1, 2, 4, 5, 6)]
    assert gehalten[-1]["seite"].endswith("?n=3")


def test_aufbewahren_steht_im_sicherheitsprotokoll(client, ag, protokoll, caplog):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    with caplog.at_level(logging.INFO, logger="sozialraum.zugang.sicherheit"):
        client.post(protokoll, {f"top_{ag['top'].pk}": TEXT}, **_von_der_seite(protokoll))
    ereignisse = [r.ereignis for r in caplog.records if r.name == "sozialraum.zugang.sicherheit"]
    assert ereignisse[-3:] == ["sitzung_abgelaufen", "abmeldung", "eingaben_aufbewahrt"]
    assert TEXT not in caplog.text


def test_zeit_am_vortag_mit_datum(client, ag, protokoll):
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    client.post(protokoll, {f"top_{ag['top'].pk}": TEXT}, **_von_der_seite(protokoll))
    s = client.session
    s[sitzung.EINGABEN][0]["zeit"] = datetime.datetime(
        2026, 3, 2, 13, 5, tzinfo=datetime.UTC
    ).timestamp()
    s.save()
    _anmelden(client, ag["greta"])
    assert "Ihre Eingaben von 2. März 2026, 14:05 Uhr wurden wiederhergestellt" in (
        client.get(protokoll).text
    )


def test_aufbewahrte_eingaben_werden_als_text_ausgegeben(client, ag, protokoll):
    angriff = '</script><script>alert(1)</script><img src=x onerror="alert(2)">'
    client.force_login(ag["greta"])
    _ablaufen_lassen(client)
    client.post(protokoll, {f"top_{ag['top'].pk}": angriff}, **_von_der_seite(protokoll))
    _anmelden(client, ag["greta"])
    seite = client.get(protokoll).text
    assert angriff not in seite
    assert "<script>alert(1)" not in seite and "<img src=x" not in seite
    assert [f"top_{ag['top'].pk}", angriff] in _wiederhergestellt(seite)


def test_seite_aus_dem_referer_bleibt_auf_dieser_seite(rf):
    """'http://testserver//evil.example/x' must not become '//evil.example/x', which a
    redirect after a stale CSRF token would send to another host."""
    from sozialraum.zugang.sitzung import seite

    anfrage = rf.post("/angebote/1/bearbeiten/", HTTP_REFERER="http://testserver//evil.example/x")
    assert seite(anfrage) == "/evil.example/x"
