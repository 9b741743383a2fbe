"""Settings of the Sozialraum registry, read from environment variables.

Every variable is documented in README.md and .env.example. Defaults are safe:
DEBUG is off unless asked for, and then SECRET_KEY is required.
"""

import os
import sys
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from dotenv import load_dotenv

BASE_DIR = Path(__file__).resolve().parent.parent
TESTING = "pytest" in sys.modules or sys.argv[1:2] == ["test"]

# A local .env (written by `make run` on first start) fills in what the environment lacks.
if not TESTING:
    load_dotenv(BASE_DIR / ".env", override=False)


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name) or default


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if DEBUG or TESTING:
        SECRET_KEY = "unsicher-nur-fuer-entwicklung-und-tests-" + "x" * 20
    else:
        raise ImproperlyConfigured(
            "SECRET_KEY fehlt: ohne DEBUG=true muss SECRET_KEY gesetzt sein (siehe README)."
        )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django_filters",
    "django_htmx",
    "guardian",
    "simple_history",
    "import_export",
    "axes",
    "csp",
    "sozialraum",
    "traeger",
    "angebote",
    "gremien",
    "sozialraumarbeit",
    # The registry's own API (/api/v1/); "ninja" for its vendored Swagger UI files.
    "schnittstellen",
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "sozialraum.zugang.sicherheit.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Sees the user before a logout and after a login; sets Cache-Control last.
    "sozialraum.zugang.sicherheit.PrivatMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "sozialraum.zugang.sicherheit.SitzungsdauerMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sozialraum.urls"
WSGI_APPLICATION = "sozialraum.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sozialraum.context_processors.registry",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the dev server, gunicorn workers and imports share the file.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0 if TESTING else DATABASES["default"]["CONN_MAX_AGE"]
elif TESTING and DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Tests need no durable commits: the browser tests commit and empty every table per test,
    # and waiting for the disk each time was a good part of the PostgreSQL run in CI.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"


# One cache shared by all worker processes: search results kept per search state
# (angebote/suche/trefferspeicher.py, sozialraum/werkzeuge/datenstand.py). Redis when REDIS_URL is set (production
# with several servers or heavy use), else a table in the registry's own database
# (created by migrate; no extra server). docs/betrieb.md, "Search cache".
def cache_einstellungen(redis_url: str, max_eintraege: int) -> dict:
    """Redis with ``redis_url``, else the table ``sozialraum_cache`` of the registry's database."""
    if redis_url:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": "sozialraum",
            }
        }
    return {
        "default": {
            # Django's database cache, a write in one statement (sozialraum/werkzeuge/).
            "BACKEND": "sozialraum.werkzeuge.datenbankcache.DatabaseCache",
            "LOCATION": "sozialraum_cache",
            "OPTIONS": {"MAX_ENTRIES": max_eintraege},
        }
    }


REDIS_URL = env_str("REDIS_URL")
CACHES = cache_einstellungen(REDIS_URL, env_int("CACHE_MAX_ENTRIES", 5000))
if TESTING and not env_bool("TEST_GETEILTER_CACHE", False):
    # Tests: one process, a cache that every test run starts empty and that writes no SQL
    # (the permission matrix watches for writes). The shared backends are tested on their
    # own (tests/test_trefferspeicher.py), and with TEST_GETEILTER_CACHE=true the whole suite.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SUCHSPEICHER_SEKUNDEN = env_int("SUCHSPEICHER_SEKUNDEN", 600)
# The most offers a search result downloads as CSV/Excel (sozialraum/werkzeuge/tabellen.py).
EXPORT_GRENZE = env_int("EXPORT_GRENZE", 5000)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "sozialraum.User"

AUTHENTICATION_BACKENDS = [
    # First: refuses every login attempt while username + IP are locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Argon2id (Django's parameters: 2 passes over 100 MiB) for every new or changed password;
# a PBKDF2 hash from before is still accepted and rehashed with Argon2 at the next login.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGIN_URL = "anmelden"
LOGIN_REDIRECT_URL = "start"
LOGOUT_REDIRECT_URL = "anmelden"

LANGUAGE_CODE = "de"
# German only: the interface texts are written in German (gettext msgids); offering
# "en" made an English browser get English dates and admin texts inside German pages.
LANGUAGES = [("de", "Deutsch")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", not DEBUG and not TESTING)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))

# E-mail: the console backend in development; SMTP with EMAIL_HOST in production.
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if env_str("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "sozialraum@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Sessions (docs/betrieb.md): at most SESSION_COOKIE_AGE seconds from the login (8 h) and
# SESSION_IDLE_TIMEOUT seconds without a request (30 min; 0 = no idle limit), both enforced by
# sozialraum.zugang.sicherheit.SitzungsdauerMiddleware; the cookie also ends when the browser closes.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_IDLE_TIMEOUT = env_int("SESSION_IDLE_TIMEOUT", 30 * 60)
# Longest wait of /healthz for the database's write lock before it answers 503.
HEALTHZ_TIMEOUT = float(env_str("HEALTHZ_TIMEOUT", "2"))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Failed logins (django-axes, every login form incl. /admin/login/): after AXES_FAILURE_LIMIT
# failures for the same user name from the same IP address, that pair is locked for
# AXES_COOLOFF_MINUTES. Other IPs can still log in, so an attacker cannot lock a victim out.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Attempts during a lockout do not extend it: the page can say when it ends.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "sozialraum.zugang.sicherheit.client_ip"
AXES_LOCKOUT_CALLABLE = "sozialraum.zugang.sicherheit.gesperrt"

# HTTPS: on by default without DEBUG. `make serve` turns it off for plain http on loopback.
HTTPS = env_bool("HTTPS", not DEBUG and not TESTING)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
# Behind a proxy: trust its X-Forwarded-Proto, and its X-Forwarded-For for the client IP.
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True  # no script reads it: forms and htmx send the token from the page
CSRF_COOKIE_SAMESITE = "Lax"

# Name of the installation and of the four area levels, from the Jugendamt down. Berlin:
# GEBIETSEBENEN="Bezirk:Bezirke,Prognoseraum:Prognoseräume,Bezirksregion:Bezirksregionen,Planungsraum:Planungsräume"
# Three levels name the lower three and keep "Jugendamt" for the top one (the older form).
REGISTRY_NAME = env_str("REGISTRY_NAME", "Sozialraum-Register")
STADT_NAME = env_str("STADT_NAME", "Musterstadt")
OBERSTE_EBENE = ("Jugendamt", "Jugendämter")
# HSDS export (docs/hsds.md): the Land every address lies in (HSDS requires
# ``state_province``; the registry keeps none per address), and the Jugendamt's mailbox that
# answers for the verification (``assurer_email``; a reviewer's own address never leaves).
HSDS_BUNDESLAND = env_str("HSDS_BUNDESLAND")
HSDS_PRUEFSTELLE_EMAIL = env_str("HSDS_PRUEFSTELLE_EMAIL")


def _ebenen(value: str) -> list[tuple[str, str]]:
    ebenen = []
    for item in value.split(","):
        singular, _, plural = item.strip().partition(":")
        ebenen.append((singular.strip(), (plural or singular).strip()))
    if len(ebenen) == 3:
        ebenen.insert(0, OBERSTE_EBENE)
    if len(ebenen) != 4 or not all(s for s, _ in ebenen):
        raise ImproperlyConfigured(
            "GEBIETSEBENEN braucht vier Ebenen (oder die unteren drei), z. B. "
            '"Jugendamt:Jugendämter,Regionalraum:Regionalräume,Sozialraum:Sozialräume,'
            'Quartier:Quartiere".'
        )
    return ebenen


GEBIETSEBENEN = _ebenen(
    env_str(
        "GEBIETSEBENEN",
        "Jugendamt:Jugendämter,Regionalraum:Regionalräume,Sozialraum:Sozialräume,Quartier:Quartiere",
    )
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.security": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Logins, failed logins, lockouts, logouts, expired sessions (sozialraum/zugang/sicherheit.py).
        "sozialraum.zugang.sicherheit": {"level": "INFO"},
    },
}

FORM_RENDERER = "sozialraum.forms.FormRenderer"

# Offers unchecked for this many months are marked as stale.
PRUEFINTERVALL_MONATE = env_int("PRUEFINTERVALL_MONATE", 12)
# Map tiles (Leaflet). Empty: the map shows area boundaries and markers without a background.
# An empty value (KARTE_KACHEL_URL=) switches the background tiles off.
KARTE_KACHEL_URL = os.environ.get(
    "KARTE_KACHEL_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
).strip()
KARTE_KACHEL_ATTRIBUTION = env_str("KARTE_KACHEL_ATTRIBUTION", "© OpenStreetMap-Mitwirkende")


def _kachel_quelle(url: str) -> list[str]:
    """The tile server as a CSP source: scheme and host; Leaflet's {s} becomes a wildcard."""
    teile = urlsplit(url)
    if not teile.netloc:
        return []  # no tiles, or tiles from this site ('self')
    host = teile.netloc.replace("{s}", "*")
    return [f"{teile.scheme}://{host}" if teile.scheme else host]


# Content-Security-Policy (django-csp): only files from this site, no inline scripts or
# styles, no framing. Map tiles are the one exception (img-src), from KARTE_KACHEL_URL.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_kachel_quelle(KARTE_KACHEL_URL)],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# Attachments of Sitzungen: largest file in MB (type checked by content, see gremien/anhang.py).
ANHANG_MAX_MB = env_int("ANHANG_MAX_MB", 20)

# The APIs (docs/api.md). OFFENE_DATEN: the open-data APIs that allow it (HSDA) answer
# anonymous callers; /api/v1/ always needs a login or a personal token. API_RATE: requests
# per token, user or IP address ("600/h"; s, m, h, d; empty or 0: no limit). Tests count
# without a limit unless a test sets one: users of rolled-back tests share ids.
OFFENE_DATEN = env_bool("OFFENE_DATEN", False)
API_RATE = env_str("API_RATE", "" if TESTING else "600/h")
