"""Security baseline: deployment check, login throttling, sessions, CSRF, headers, log.

Checklist items (docs/sicherheit.md): A1–A3, B1, C1–C3, E4 (login/logout), E6, G1, G2, H1, H2.
Production settings are read in a subprocess, because settings.py reads the environment
at import time.
"""

import json
import logging
import os
import re
import secrets
import string
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.http import HttpResponse
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, path, resolve, reverse
from django.utils import timezone
from dotenv import dotenv_values

from sozialraum.settings import _kachel_quelle
from sozialraum.zugang import sicherheit
from tests.conftest import PASSWORT
from tests.factories import UserFactory
from tests.rechte.oeffentlich import PUBLIC_URLS

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parent.parent
ANMELDEN = "/anmelden/"
FALSCH = "Ganz-Falsch-42"

# URLs an anonymous visitor may open: the reviewed list lives in tests/rechte/oeffentlich.py,
# shared with the permission matrix (tests/test_rechte_matrix.py).


# --- helpers ------------------------------------------------------------------------------


@pytest.fixture
def zeitreise(monkeypatch):
    """Move the clock forward: ``zeitreise(minutes=31)``. Without freezegun.

    Patches ``django.utils.timezone.now`` (sessions, our middleware) and the modules of
    django-axes that imported ``now`` by name.
    """
    import axes.attempts
    import axes.handlers.proxy

    echt = timezone.now
    versatz = timedelta()

    def jetzt():
        return echt() + versatz

    monkeypatch.setattr(timezone, "now", jetzt)
    monkeypatch.setattr(axes.attempts, "now", jetzt)
    monkeypatch.setattr(axes.handlers.proxy, "now", jetzt)

    def weiter(**dauer):
        nonlocal versatz
        versatz += timedelta(**dauer)

    return weiter


def anmelden(client, benutzer="fachkraft", passwort=PASSWORT, pfad=ANMELDEN, **extra):
    return client.post(pfad, {"username": benutzer, "password": passwort}, **extra)


def angemeldet(client) -> bool:
    return client.get(reverse("gebiete")).status_code == 200


def zur_anmeldung(response, anmeldeseite=ANMELDEN) -> bool:
    return response.status_code == 302 and response["Location"].startswith(anmeldeseite)


def csrf_token(response) -> str:
    treffer = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
    assert treffer, "Kein CSRF-Token im Formular"
    return treffer.group(1)


def produktionsumgebung() -> dict:
    """Environment of a production server: DEBUG off, a random key, one host.

    A developer's .env must not leak in (settings.py reads it outside of tests), nor
    variables of the calling shell that weaken the settings: every variable that .env or
    .env.example name is set empty, which means "default" for settings.py (the database
    and the tile server excepted: they do not weaken anything).
    """
    # Without DJANGO_* of the test run (the browser tests set DJANGO_ALLOW_ASYNC_UNSAFE).
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    for datei in (BASE_DIR / ".env.example", BASE_DIR / ".env"):
        if datei.exists():
            for name in dotenv_values(datei):
                if name not in {"DATABASE_URL", "KARTE_KACHEL_URL"}:
                    env[name] = ""
    zeichen = string.ascii_letters + string.digits + "!#%&*+-=?@^_"
    env.update(
        DEBUG="false",
        SECRET_KEY="".join(secrets.choice(zeichen) for _ in range(50)),
        ALLOWED_HOSTS="register.example.de",
        DJANGO_SETTINGS_MODULE="sozialraum.settings",
    )
    return env


def produktion(*befehl: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *befehl],
        cwd=BASE_DIR,
        env=produktionsumgebung(),
        capture_output=True,
        text=True,
        timeout=120,
    )


# --- A: deployment and configuration --------------------------------------------------------


def test_deploy_check_mit_produktionsvariablen_sauber():
    ergebnis = produktion("manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert ergebnis.returncode == 0, ergebnis.stdout + ergebnis.stderr
    assert "no issues" in ergebnis.stdout


PRODUKTIONSWERTE = """
import json
import django
django.setup()
from django.conf import settings as s
print(json.dumps({
    "DEBUG": s.DEBUG,
    "SESSION_COOKIE_SECURE": s.SESSION_COOKIE_SECURE,
    "SESSION_COOKIE_HTTPONLY": s.SESSION_COOKIE_HTTPONLY,
    "SESSION_COOKIE_SAMESITE": s.SESSION_COOKIE_SAMESITE,
    "CSRF_COOKIE_SECURE": s.CSRF_COOKIE_SECURE,
    "CSRF_COOKIE_HTTPONLY": s.CSRF_COOKIE_HTTPONLY,
    "CSRF_COOKIE_SAMESITE": s.CSRF_COOKIE_SAMESITE,
    "SECURE_SSL_REDIRECT": s.SECURE_SSL_REDIRECT,
    "SECURE_HSTS_SECONDS": s.SECURE_HSTS_SECONDS,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": s.SECURE_HSTS_INCLUDE_SUBDOMAINS,
    "SESSION_COOKIE_AGE": s.SESSION_COOKIE_AGE,
    "SESSION_IDLE_TIMEOUT": s.SESSION_IDLE_TIMEOUT,
    "SESSION_EXPIRE_AT_BROWSER_CLOSE": s.SESSION_EXPIRE_AT_BROWSER_CLOSE,
    "AXES_FAILURE_LIMIT": s.AXES_FAILURE_LIMIT,
    "AXES_COOLOFF_SECONDS": s.AXES_COOLOFF_TIME.total_seconds(),
    "BEHIND_PROXY": s.BEHIND_PROXY,
    "INSTALLED_APPS": s.INSTALLED_APPS,
    "MIDDLEWARE": s.MIDDLEWARE,
    "AUTHENTICATION_BACKENDS": s.AUTHENTICATION_BACKENDS,
    "PASSWORD_HASHERS": s.PASSWORD_HASHERS,
}))
"""


@pytest.fixture(scope="module")
def produktionswerte():
    ergebnis = produktion("-c", PRODUKTIONSWERTE)
    assert ergebnis.returncode == 0, ergebnis.stderr
    return json.loads(ergebnis.stdout.strip().splitlines()[-1])


def test_produktion_cookies_sicher(produktionswerte):
    werte = produktionswerte
    assert werte["DEBUG"] is False
    assert werte["SESSION_COOKIE_SECURE"] is True
    assert werte["SESSION_COOKIE_HTTPONLY"] is True
    assert werte["SESSION_COOKIE_SAMESITE"] in {"Lax", "Strict"}
    assert werte["CSRF_COOKIE_SECURE"] is True
    assert werte["CSRF_COOKIE_HTTPONLY"] is True
    assert werte["CSRF_COOKIE_SAMESITE"] in {"Lax", "Strict"}
    assert werte["SECURE_SSL_REDIRECT"] is True
    assert werte["SECURE_HSTS_SECONDS"] >= 31536000
    assert werte["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True


def test_produktion_ohne_debug_werkzeuge_und_mit_sperre(produktionswerte):
    werte = produktionswerte
    assert not any("debug_toolbar" in app for app in werte["INSTALLED_APPS"])
    assert werte["AUTHENTICATION_BACKENDS"][0] == "axes.backends.AxesStandaloneBackend"
    assert werte["MIDDLEWARE"][-1] == "axes.middleware.AxesMiddleware"
    assert "csp.middleware.CSPMiddleware" in werte["MIDDLEWARE"]
    assert werte["BEHIND_PROXY"] is False
    # ASVS 4.0.3 3.3.2 (L2): at most 12 h, and 30 min idle.
    assert werte["SESSION_COOKIE_AGE"] <= 12 * 60 * 60
    assert 0 < werte["SESSION_IDLE_TIMEOUT"] <= 30 * 60
    assert werte["SESSION_EXPIRE_AT_BROWSER_CLOSE"] is True
    assert werte["AXES_FAILURE_LIMIT"] == 5
    assert werte["AXES_COOLOFF_SECONDS"] == 15 * 60
    # B2: Argon2id for new passwords (the tests use a fast hasher instead), PBKDF2 still read.
    assert werte["PASSWORD_HASHERS"][0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    assert "django.contrib.auth.hashers.PBKDF2PasswordHasher" in werte["PASSWORD_HASHERS"]


def test_pbkdf2_passwort_gilt_und_wird_beim_anmelden_argon2(
    produktionswerte, fachkraft, client, settings
):
    """A password stored before the switch (PBKDF2) still logs in, and is stored again with
    Argon2 on that login; the old hash is gone."""
    from django.contrib.auth.hashers import PBKDF2PasswordHasher, identify_hasher

    settings.PASSWORD_HASHERS = produktionswerte["PASSWORD_HASHERS"]
    fachkraft.password = PBKDF2PasswordHasher().encode(PASSWORT, "salz" * 4, iterations=1000)
    fachkraft.save(update_fields=["password"])
    assert anmelden(client).status_code == 302
    fachkraft.refresh_from_db()
    assert identify_hasher(fachkraft.password).algorithm == "argon2"
    assert fachkraft.check_password(PASSWORT)


@pytest.mark.parametrize(
    "passwort", ["Kurz-1", "password1234", "1234567890", "fachkraft-2026", "Fachkraft2026"]
)
def test_passwortregeln_lehnen_ab(fachkraft, passwort):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password(passwort, user=fachkraft)


def test_lange_passphrase_erlaubt(fachkraft, client):
    from django.contrib.auth.password_validation import validate_password

    passphrase = "mein fahrrad steht im hof neben der alten linde am brunnen 2026!"
    assert len(passphrase) >= 64
    validate_password(passphrase, user=fachkraft)
    fachkraft.set_password(passphrase)
    fachkraft.save()
    assert anmelden(client, passwort=passphrase).status_code == 302


def test_host_und_weitergeleitete_adressen_nur_an_einer_stelle():
    """A3: the Host header only via request.get_host(), X-Forwarded-For only in client_ip."""
    erlaubt = {Path("sozialraum/zugang/sicherheit.py")}
    funde = []
    pakete = [p for p in BASE_DIR.iterdir() if (p / "__init__.py").exists() and p.name != "tests"]
    for datei in sorted(d for paket in pakete for d in paket.rglob("*.py")):
        relativ = datei.relative_to(BASE_DIR)
        if "migrations" in relativ.parts:
            continue
        text = datei.read_text(encoding="utf-8")
        if "HTTP_HOST" in text:
            funde.append(f"{relativ}: HTTP_HOST (request.get_host() verwenden)")
        if "HTTP_X_FORWARDED_FOR" in text and relativ not in erlaubt:
            funde.append(
                f"{relativ}: HTTP_X_FORWARDED_FOR (sozialraum.zugang.sicherheit.client_ip)"
            )
    assert not funde, "\n".join(funde)


def test_cookies_secure_httponly_samesite(settings, fachkraft):
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    client = Client()
    antwort = client.get(ANMELDEN)
    csrf = antwort.cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"
    antwort = anmelden(client)
    sitzung = antwort.cookies[settings.SESSION_COOKIE_NAME]
    assert sitzung["secure"] and sitzung["httponly"] and sitzung["samesite"] == "Lax"
    assert sitzung["expires"] == ""  # ends when the browser closes


# A view that fails, for the 500 page (this module is the URLconf of that test).
def _kaputt(request):
    raise RuntimeError("geheimes-detail-4711 SECRET_KEY")


urlpatterns = [path("kaputt/", _kaputt)]
handler500 = "sozialraum.views.fehler_500"


@pytest.mark.urls("tests.test_sicherheit")
def test_500_ohne_traceback_bei_debug_aus(client_fachkraft, settings):
    assert settings.DEBUG is False
    client_fachkraft.raise_request_exception = False
    antwort = client_fachkraft.get("/kaputt/")
    assert antwort.status_code == 500
    text = antwort.content.decode()
    assert "Ein Fehler ist aufgetreten" in text
    for verraeterisch in ("Traceback", "geheimes-detail-4711", "SECRET_KEY", "RuntimeError"):
        assert verraeterisch not in text


def test_fremder_host_header_400(client_fachkraft):
    assert client_fachkraft.get(ANMELDEN, HTTP_HOST="evil.example").status_code == 400
    assert client_fachkraft.get("/healthz", HTTP_HOST="evil.example").status_code == 400


# --- every URL needs a login, unless listed in PUBLIC_URLS ----------------------------------


def _alle_muster(resolver=None, praefix="", namensraum=""):
    """(key, url pattern, regex source of the whole path) for every URL pattern."""
    resolver = resolver or get_resolver()
    for eintrag in resolver.url_patterns:
        regex = praefix + eintrag.pattern.regex.pattern.lstrip("^").removesuffix(r"\Z")
        regex = regex.removesuffix("$") if isinstance(eintrag, URLPattern) else regex
        if isinstance(eintrag, URLResolver):
            ns = f"{namensraum}{eintrag.namespace}:" if eintrag.namespace else namensraum
            yield from _alle_muster(eintrag, regex, ns)
        else:
            schluessel = f"{namensraum}{eintrag.name}" if eintrag.name else regex
            yield schluessel, eintrag, regex


# A named group (?P<name>…) or an unnamed one (…), with at most one level of nesting inside.
_GRUPPE = re.compile(r"\((\?P<\w+>|(?!\?))((?:[^()]|\([^()]*\))*)\)")
_BEISPIELE = ["1", "x", "auth", "00000000-0000-0000-0000-000000000001", "x/1"]


def _beispiel_url(regex: str) -> str:
    """A URL matching the pattern: each group replaced by a value it accepts."""

    def wert(treffer):
        teil = treffer.group(2)
        kandidaten = [*_BEISPIELE, *re.findall(r"[\w-]+", teil)]
        return next((k for k in kandidaten if re.fullmatch(teil, k)), "1")

    url = _GRUPPE.sub(wert, regex)
    return "/" + re.sub(r"\\(.)", r"\1", url)


def test_jede_url_verlangt_anmeldung_ausser_public_urls(client):
    oeffentlich, fehler = set(), []
    for schluessel, muster, regex in _alle_muster():
        url = _beispiel_url(regex)
        try:
            treffer = resolve(url)
        except Exception:
            treffer = None
        if treffer is None or treffer.func is not muster.callback:
            fehler.append(f"{schluessel}: keine Beispiel-URL ({url}), _BEISPIELE ergänzen")
            continue
        antwort = client.get(url)
        admin = schluessel.startswith("admin:") or url.startswith("/admin/")
        anmeldeseiten = (ANMELDEN, "/admin/login/") if admin else (ANMELDEN,)
        if any(zur_anmeldung(antwort, seite) for seite in anmeldeseiten):
            continue
        if antwort.status_code == 401 and "WWW-Authenticate" in antwort:
            continue  # an API asks for a login or a token (docs/api.md)
        oeffentlich.add(schluessel)
        if schluessel not in PUBLIC_URLS:
            fehler.append(f"{schluessel} ({url}): anonym {antwort.status_code} statt Anmeldung")
    assert not fehler, "\n".join(fehler)
    assert oeffentlich == PUBLIC_URLS


def test_keine_view_ohne_csrf_schutz():
    ausnahmen = [
        schluessel
        for schluessel, muster, _ in _alle_muster()
        if getattr(muster.callback, "csrf_exempt", False)
    ]
    assert ausnahmen == []


def test_adminseiten_verlangen_anmeldung(client, fachkraft):
    antwort = client.get("/admin/")
    assert antwort.status_code == 302
    assert antwort["Location"].split("?")[0] in {ANMELDEN, "/admin/login/"}
    # A logged-in non-staff user gets the admin's own login, not the admin.
    client.force_login(fachkraft)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


# --- B1: failed logins (django-axes) -------------------------------------------------------


def _aussperren(client, pfad=ANMELDEN, benutzer="fachkraft", **extra):
    limit = settings.AXES_FAILURE_LIMIT
    for versuch in range(1, limit + 1):
        antwort = anmelden(client, benutzer, FALSCH, pfad, **extra)
        if versuch < limit:
            assert antwort.status_code == 200, versuch
    return antwort


def test_sperre_nach_fehlversuchen_auch_mit_richtigem_passwort(client, fachkraft):
    assert settings.AXES_FAILURE_LIMIT == 5
    antwort = _aussperren(client)
    assert antwort.status_code == 429
    antwort = anmelden(client)
    assert antwort.status_code == 429
    assert "Anmeldung vorübergehend gesperrt" in antwort.text
    assert "5-mal falsch" in antwort.text
    assert not angemeldet(client)


def test_sperrseite_nennt_uhrzeit(client, fachkraft):
    from axes.models import AccessAttempt

    antwort = _aussperren(client)
    letzter = AccessAttempt.objects.get(username="fachkraft").attempt_time
    ende = timezone.localtime(letzter + settings.AXES_COOLOFF_TIME)
    assert f"ab <strong>{ende:%H:%M} Uhr</strong>" in antwort.text
    assert "nach 15 Minuten Sperre" in antwort.text


def test_nach_abkuehlzeit_wieder_erlaubt(client, fachkraft, zeitreise):
    _aussperren(client)
    zeitreise(minutes=14)
    assert anmelden(client).status_code == 429  # does not extend the lock either
    zeitreise(minutes=2)
    antwort = anmelden(client)
    assert antwort.status_code == 302
    assert angemeldet(client)


def test_andere_ip_kann_sich_anmelden(client, fachkraft):
    _aussperren(client)
    antwort = anmelden(client, REMOTE_ADDR="10.0.0.2")
    assert antwort.status_code == 302
    assert angemeldet(client)


def test_gefaelschtes_x_forwarded_for_umgeht_sperre_nicht(client, fachkraft, settings):
    assert settings.BEHIND_PROXY is False
    limit = settings.AXES_FAILURE_LIMIT
    for versuch in range(limit):  # a new "address" on each try must not help
        anmelden(client, passwort=FALSCH, HTTP_X_FORWARDED_FOR=f"198.51.100.{versuch}")
    antwort = anmelden(client, HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert antwort.status_code == 429
    assert not angemeldet(client)


def test_hinter_proxy_zaehlt_die_vom_proxy_angehaengte_adresse(client, fachkraft, settings):
    settings.BEHIND_PROXY = True
    _aussperren(client, HTTP_X_FORWARDED_FOR="203.0.113.5")
    # The client writes another address in front; our proxy appends the real one.
    gefaelscht = anmelden(client, HTTP_X_FORWARDED_FOR="203.0.113.6, 203.0.113.5")
    assert gefaelscht.status_code == 429
    assert anmelden(client, HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 302


def test_client_ip(rf, settings):
    anfrage = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 5.6.7.8")
    settings.BEHIND_PROXY = False
    assert sicherheit.client_ip(anfrage) == "10.0.0.1"
    settings.BEHIND_PROXY = True
    assert sicherheit.client_ip(anfrage) == "5.6.7.8"
    kaputt = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, unsinn")
    assert sicherheit.client_ip(kaputt) == "10.0.0.1"


def test_adminanmeldung_ebenso_gesperrt(client, db):
    UserFactory(username="chefin", is_staff=True, is_superuser=True)
    antwort = _aussperren(client, "/admin/login/", "chefin")
    assert antwort.status_code == 429
    antwort = anmelden(client, "chefin", pfad="/admin/login/")
    assert antwort.status_code == 429
    assert client.get("/admin/").status_code == 302


def test_erfolgreiche_anmeldung_setzt_zaehler_zurueck(client, fachkraft):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        anmelden(client, passwort=FALSCH)
    assert anmelden(client).status_code == 302
    client.post(reverse("abmelden"))
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        anmelden(client, passwort=FALSCH)
    assert anmelden(client).status_code == 302


# --- C: sessions --------------------------------------------------------------------------


def test_anmeldung_wechselt_sitzungsschluessel(client, fachkraft):
    sitzung = client.session
    sitzung["vorher"] = "ja"
    sitzung.save()
    alt = sitzung.session_key
    antwort = anmelden(client)
    assert antwort.status_code == 302
    neu = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert neu and neu != alt
    assert not Session.objects.filter(session_key=alt).exists()


def test_abmelden_loescht_sitzung_auf_dem_server(client, fachkraft):
    anmelden(client)
    schluessel = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post(reverse("abmelden"))
    assert not Session.objects.filter(session_key=schluessel).exists()
    wiederholt = Client()
    wiederholt.cookies[settings.SESSION_COOKIE_NAME] = schluessel
    assert zur_anmeldung(wiederholt.get(reverse("gebiete")))


def test_passwortwechsel_beendet_andere_sitzungen(fachkraft):
    hier, dort = Client(), Client()
    anmelden(hier)
    anmelden(dort, REMOTE_ADDR="10.0.0.3")
    antwort = hier.post(
        reverse("passwort_aendern"),
        {
            "old_password": PASSWORT,
            "new_password1": "Sommer-am-Wannsee-2026",
            "new_password2": "Sommer-am-Wannsee-2026",
        },
    )
    assert antwort.status_code == 302
    assert angemeldet(hier)
    assert zur_anmeldung(dort.get(reverse("gebiete")))


def test_deaktivierte_benutzer_verlieren_zugang(client, fachkraft):
    anmelden(client)
    assert angemeldet(client)
    fachkraft.is_active = False
    fachkraft.save()
    assert zur_anmeldung(client.get(reverse("gebiete")))
    assert anmelden(client).status_code == 200  # and cannot log in again


def test_leerlauf_beendet_sitzung(client, fachkraft, zeitreise):
    leerlauf = settings.SESSION_IDLE_TIMEOUT
    assert leerlauf == 30 * 60
    anmelden(client)
    for _ in range(3):  # activity keeps the session alive
        zeitreise(seconds=leerlauf - 120)
        assert angemeldet(client)
    zeitreise(seconds=leerlauf + 60)
    antwort = client.get(reverse("gebiete"))
    assert zur_anmeldung(antwort)
    antwort = client.get(antwort["Location"])
    assert "nach 30 Minuten ohne Aktivität abgemeldet" in antwort.text


def test_absolute_sitzungsdauer_trotz_aktivitaet(client, fachkraft, zeitreise):
    hoechstens = settings.SESSION_COOKIE_AGE
    assert hoechstens == 8 * 60 * 60
    anmelden(client)
    schritt = settings.SESSION_IDLE_TIMEOUT // 2
    vergangen = 0
    while vergangen + schritt < hoechstens - 60:
        zeitreise(seconds=schritt)
        vergangen += schritt
        assert angemeldet(client), vergangen
    zeitreise(seconds=hoechstens - 60 - vergangen)
    assert angemeldet(client)
    zeitreise(seconds=120)
    antwort = client.get(reverse("gebiete"))
    assert zur_anmeldung(antwort)
    assert "Ihre Sitzung ist abgelaufen" in client.get(antwort["Location"]).text


def test_sitzung_ohne_anmeldezeit_gilt_als_abgelaufen(client, fachkraft):
    client.force_login(fachkraft)
    sitzung = client.session
    del sitzung[sicherheit.ANGEMELDET_UM]
    sitzung.save()
    assert zur_anmeldung(client.get(reverse("gebiete")))


# --- E4 CSRF, E6 open redirects -------------------------------------------------------------


def test_csrf_bei_anmeldung_erzwungen(fachkraft):
    client = Client(enforce_csrf_checks=True)
    assert anmelden(client).status_code == 403
    token = csrf_token(client.get(ANMELDEN))
    antwort = client.post(
        ANMELDEN, {"username": "fachkraft", "password": PASSWORT, "csrfmiddlewaretoken": token}
    )
    assert antwort.status_code == 302
    assert angemeldet(client)


def test_abmelden_nur_per_post(client_fachkraft):
    assert client_fachkraft.get(reverse("abmelden")).status_code == 405
    assert angemeldet(client_fachkraft)


def test_csrf_bei_abmeldung_erzwungen(fachkraft):
    client = Client(enforce_csrf_checks=True)
    client.force_login(fachkraft)
    assert client.post(reverse("abmelden")).status_code == 403
    assert angemeldet(client)
    token = csrf_token(client.get(reverse("gebiete")))
    antwort = client.post(reverse("abmelden"), {"csrfmiddlewaretoken": token})
    assert zur_anmeldung(antwort)
    assert not angemeldet(client)


@pytest.mark.parametrize(
    "ziel", ["https://evil.example/", "//evil.example/", "https:evil.example", "/\\evil.example"]
)
def test_kein_offener_redirect_nach_anmeldung(client, fachkraft, ziel):
    antwort = client.post(ANMELDEN, {"username": "fachkraft", "password": PASSWORT, "next": ziel})
    assert antwort.status_code == 302
    assert antwort["Location"] == reverse(settings.LOGIN_REDIRECT_URL)


def test_interne_weiterleitung_nach_anmeldung(client, fachkraft):
    antwort = client.post(
        ANMELDEN, {"username": "fachkraft", "password": PASSWORT, "next": "/gebiete/"}
    )
    assert antwort["Location"] == "/gebiete/"


# --- G: headers -----------------------------------------------------------------------------


def _csp(antwort) -> dict[str, list[str]]:
    kopf = antwort["Content-Security-Policy"]
    return {teile[0]: teile[1:] for direktive in kopf.split(";") if (teile := direktive.split())}


@pytest.mark.parametrize(
    "url", ["/", "/gebiete/", "/gibt-es-nicht/", "/admin/", ANMELDEN, "/admin/login/"]
)
def test_sicherheitskoepfe(client, fachkraft, url):
    if url not in {ANMELDEN, "/admin/login/"}:
        fachkraft.is_staff = fachkraft.is_superuser = True
        fachkraft.save()
        client.force_login(fachkraft)
    antwort = client.get(url)
    assert antwort.status_code in {200, 404}
    csp = _csp(antwort)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:", "https://tile.openstreetmap.org"]
    alle = " ".join(antwort["Content-Security-Policy"].split())
    for verboten in ("'unsafe-inline'", "'unsafe-eval'", " * ", "http:"):
        assert verboten not in f" {alle} "
    assert antwort["X-Frame-Options"] == "DENY"
    assert antwort["X-Content-Type-Options"] == "nosniff"
    assert antwort["Referrer-Policy"] == "same-origin"
    assert antwort["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in antwort["Permissions-Policy"]
    assert "geolocation=()" in antwort["Permissions-Policy"]


def test_hsts_ueber_https(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    antwort = client.get(ANMELDEN, secure=True)
    assert antwort["Strict-Transport-Security"].startswith("max-age=31536000; includeSubDomains")


def test_sicherheitskoepfe_auf_der_sperrseite(client, fachkraft):
    antwort = _aussperren(client)
    assert _csp(antwort)["script-src"] == ["'self'"]
    assert antwort["X-Frame-Options"] == "DENY"


def test_kachelserver_in_der_csp():
    assert _kachel_quelle("https://tile.openstreetmap.org/{z}/{x}/{y}.png") == [
        "https://tile.openstreetmap.org"
    ]
    assert _kachel_quelle("https://{s}.tile.example.de:8443/{z}/{x}/{y}.png") == [
        "https://*.tile.example.de:8443"
    ]
    assert _kachel_quelle("") == []
    assert _kachel_quelle("/kacheln/{z}/{x}/{y}.png") == []


def test_permissions_policy_middleware_ueberschreibt_nichts(rf):
    eigene = HttpResponse()
    eigene["Permissions-Policy"] = "fullscreen=(self)"
    middleware = sicherheit.PermissionsPolicyMiddleware(lambda request: eigene)
    assert middleware(rf.get("/"))["Permissions-Policy"] == "fullscreen=(self)"


# --- H: security log ------------------------------------------------------------------------


def _ereignisse(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "sozialraum.zugang.sicherheit"]


def test_fehlgeschlagene_anmeldung_wird_protokolliert(client, fachkraft, caplog):
    caplog.set_level(logging.INFO, logger="sozialraum.zugang.sicherheit")
    anmelden(client, passwort="Very-Secret-42")
    (eintrag,) = _ereignisse(caplog)
    assert eintrag.levelno == logging.WARNING
    assert eintrag.ereignis == "anmeldung_fehlgeschlagen"
    assert eintrag.benutzer == "fachkraft"
    assert eintrag.ip == "127.0.0.1"
    for record in caplog.records:  # axes' own log lines included
        assert "Very-Secret-42" not in record.getMessage()


def test_anmeldung_sperre_und_abmeldung_werden_protokolliert(client, fachkraft, caplog):
    caplog.set_level(logging.INFO)
    anmelden(client)
    sitzung = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post(reverse("abmelden"))
    assert not any(sitzung in record.getMessage() for record in caplog.records)
    _aussperren(client)
    ereignisse = [r.ereignis for r in _ereignisse(caplog)]
    assert ereignisse[:2] == ["anmeldung", "abmeldung"]
    assert "anmeldung_gesperrt" in ereignisse


def test_kein_zeilenumbruch_aus_benutzernamen_im_log(client, db, caplog):
    caplog.set_level(logging.INFO, logger="sozialraum.zugang.sicherheit")
    anmelden(client, "boese\nanmeldung benutzer=admin", FALSCH)
    (eintrag,) = _ereignisse(caplog)
    assert "\n" not in eintrag.getMessage()
    assert "boese\\x0aanmeldung" in eintrag.getMessage()
