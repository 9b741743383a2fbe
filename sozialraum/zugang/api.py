"""Authentication, rate limit and error answers shared by the registry's APIs (django-ninja).

Every API of the registry (``/api/v1/``, ``/api/hsds/``, ``/oparl/v1/``) builds on this:

.. code-block:: python

    from ninja import NinjaAPI
    from sozialraum.zugang.api import api_zugang, deutsche_fehler, drossel, urls_ohne_login_zwang

    api = NinjaAPI(urls_namespace="api_v1", auth=api_zugang(), throttle=drossel())
    deutsche_fehler(api)
    urlpatterns = [path("api/v1/", urls_ohne_login_zwang(api))]

Then the views see the caller as ``request.user`` (an ``AnonymousUser`` for open data), so
the apps' permission functions work unchanged; ``request.auth`` is the
``Zugangsschluessel`` when a token was used. Anonymous callers get 401 with a German JSON
message, not the login page; a client over the limit gets 429 with ``Retry-After``.
Settings: ``OFFENE_DATEN`` and ``API_RATE`` (docs/api.md).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.http import Http404, HttpRequest
from django.urls import URLPattern, URLResolver, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.throttling import BaseThrottle

from sozialraum.models import Zugangsschluessel
from sozialraum.zugang.schluessel import schluessel_pruefen
from sozialraum.zugang.sicherheit import client_ip

SICHERE_METHODEN = frozenset({"GET", "HEAD", "OPTIONS"})


class Sitzung(APIKeyCookie):
    """The browser's login (Django's session cookie), as on every HTML page."""

    param_name = settings.SESSION_COOKIE_NAME

    def authenticate(self, request: HttpRequest, key: str | None):
        # The session middleware has already read the cookie; an inactive account has no
        # user here (ModelBackend.get_user).
        return request.user if request.user.is_authenticated else None


class Schluessel(HttpBearer):
    """``Authorization: Bearer sr_…``: a personal token, read-only (safe methods only)."""

    def authenticate(self, request: HttpRequest, token: str):
        if request.method not in SICHERE_METHODEN:
            return None
        schluessel = schluessel_pruefen(token)
        if schluessel is None:
            return None
        # The views and permission functions ask request.user, as in the HTML views.
        request.user = schluessel.user
        return schluessel


class OffeneDaten:
    """Anonymous reading, only while ``settings.OFFENE_DATEN`` is on (read per request)."""

    def __call__(self, request: HttpRequest):
        if not settings.OFFENE_DATEN:
            return None
        # An AnonymousUser (truthy: ninja takes it as accepted); a session would have been
        # accepted before.
        return request.user


def api_zugang(*, anonym_erlaubt: bool = False) -> list[Callable]:
    """The authentication of an API, for ``NinjaAPI(auth=...)`` or a router's ``auth=``.

    The first that accepts the request wins: the browser session, then a personal token
    (``Authorization: Bearer …``; valid, not revoked, account active; GET/HEAD/OPTIONS
    only), then, if ``anonym_erlaubt`` and ``settings.OFFENE_DATEN`` is on, anonymous
    access (``request.user`` stays ``AnonymousUser``). None accepts: 401 (German JSON
    through :func:`deutsche_fehler`).
    """
    zugang: list[Callable] = [Sitzung(), Schluessel()]
    if anonym_erlaubt:
        zugang.append(OffeneDaten())
    return zugang


# --- rate limit ------------------------------------------------------------------------------

_ZEITRAEUME = {"s": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}
_ZEITRAUM_TEXT = {
    1: gettext_noop("Sekunde"),
    60: gettext_noop("Minute"),
    3600: gettext_noop("Stunde"),
    86400: gettext_noop("Tag"),
}


def rate_lesen(text: str) -> tuple[int, int] | None:
    """``"600/h"`` → (600, 3600); empty or ``"0"`` → None (no limit). ``s``, ``m``,
    ``min``, ``h``, ``d``; raises ValueError for anything else."""
    text = (text or "").strip()
    if text in ("", "0"):
        return None
    anzahl, _strich, einheit = text.partition("/")
    if einheit not in _ZEITRAEUME or not anzahl.isdigit() or int(anzahl) < 1:
        raise ValueError(f"API_RATE: {text!r} ist keine Rate wie „600/h“.")
    return int(anzahl), _ZEITRAEUME[einheit]


def client_kennung(request: HttpRequest) -> str:
    """Who is counted: the token, else the logged-in user, else the IP address."""
    auth = getattr(request, "auth", None)
    if isinstance(auth, Zugangsschluessel):
        return f"schluessel:{auth.pk}"
    if request.user.is_authenticated:
        return f"benutzer:{request.user.pk}"
    return f"ip:{client_ip(request)}"


class Drossel(BaseThrottle):
    """At most ``settings.API_RATE`` requests per token, user or IP address (a fixed
    window: ``600/h`` counts the requests of each clock hour).

    The counter lives in Django's cache: with the default local-memory cache each worker
    process counts for itself, so with N gunicorn workers a client gets up to N times the
    rate (docs/api.md; a shared cache such as Redis makes it exact). ``cache.incr`` is
    atomic, so parallel requests of one worker are counted correctly.
    """

    def __init__(self, rate: str | None = None):
        self.rate = rate  # None: settings.API_RATE, read per request (tests override it)
        self._lokal = threading.local()

    def allow_request(self, request: HttpRequest) -> bool:
        grenze = rate_lesen(self.rate if self.rate is not None else settings.API_RATE)
        self._lokal.wartezeit = None
        if grenze is None:
            return True
        anzahl, dauer = grenze
        jetzt = time.time()
        fenster = int(jetzt // dauer)
        schluessel = f"api_drossel:{client_kennung(request)}:{dauer}:{fenster}"
        cache.add(schluessel, 0, dauer + 1)
        try:
            gezaehlt = cache.incr(schluessel)
        except ValueError:  # expired between add and incr
            cache.set(schluessel, 1, dauer + 1)
            gezaehlt = 1
        if gezaehlt <= anzahl:
            return True
        self._lokal.wartezeit = (fenster + 1) * dauer - jetzt
        request._api_grenze = grenze
        return False

    def wait(self) -> float | None:
        return getattr(self._lokal, "wartezeit", None)


def drossel(rate: str | None = None) -> Drossel:
    """The rate limit for ``NinjaAPI(throttle=...)``: ``rate`` (``"100/m"``) or, by
    default, ``settings.API_RATE``. Over it: 429, German JSON, ``Retry-After``."""
    return Drossel(rate)


# --- German error answers ------------------------------------------------------------------

# pydantic's error types → German, with the placeholders of its ``ctx``.
_PYDANTIC = {
    "missing": gettext_noop("Angabe fehlt."),
    "int_parsing": gettext_noop("Bitte eine ganze Zahl angeben."),
    "int_type": gettext_noop("Bitte eine ganze Zahl angeben."),
    "float_parsing": gettext_noop("Bitte eine Zahl angeben."),
    "bool_parsing": gettext_noop("Bitte „true“ oder „false“ angeben."),
    "uuid_parsing": gettext_noop("Bitte eine UUID angeben."),
    "greater_than_equal": gettext_noop("Der Wert muss mindestens {ge} sein."),
    "greater_than": gettext_noop("Der Wert muss größer als {gt} sein."),
    "less_than_equal": gettext_noop("Der Wert darf höchstens {le} sein."),
    "less_than": gettext_noop("Der Wert muss kleiner als {lt} sein."),
    "string_too_long": gettext_noop("Höchstens {max_length} Zeichen."),
    "string_too_short": gettext_noop("Mindestens {min_length} Zeichen."),
    "literal_error": gettext_noop("Erlaubt sind: {expected}."),
    "enum": gettext_noop("Erlaubt sind: {expected}."),
    "date_from_datetime_parsing": gettext_noop("Bitte ein Datum wie 2025-01-31 angeben."),
    "date_parsing": gettext_noop("Bitte ein Datum wie 2025-01-31 angeben."),
    "datetime_parsing": gettext_noop("Bitte einen Zeitpunkt wie 2025-01-31T12:00:00Z angeben."),
    "string_pattern_mismatch": gettext_noop("Das Format stimmt nicht."),
}


def _meldung(fehler: dict) -> str:
    vorlage = _PYDANTIC.get(fehler.get("type", ""))
    if vorlage is None:
        return _("Ungültiger Wert.")
    try:
        return _(vorlage).format(**(fehler.get("ctx") or {}))
    except (KeyError, IndexError):
        return _(vorlage)


def _ort(loc) -> str:
    """``("query", "seite")`` → ``"seite" (Parameter in der URL)``."""
    teile = [str(t) for t in loc or ()]
    wo = {"query": _("Parameter in der URL"), "path": _("Teil des Pfads"), "header": _("Kopfzeile")}
    if teile and teile[0] in wo:
        return f"„{'.'.join(teile[1:])}“ ({wo[teile[0]]})"
    return f"„{'.'.join(teile)}“"


FORMULAR = "formular"  # the type of an error a Django form found (formularfehler)


def formularfehler(form, ort: str = "query") -> ValidationError:
    """A Django form's (or FilterSet form's) errors as ninja's 422, each naming the parameter
    and keeping the form's German message: ``raise formularfehler(filterset.form)``."""
    return ValidationError(
        [
            {"type": FORMULAR, "loc": [ort, feld], "msg": f"{_ort([ort, feld])}: {text}"}
            for feld, texte in form.errors.items()
            for text in texte
        ]
    )


def deutsche_fehler(api: NinjaAPI) -> NinjaAPI:
    """Install German JSON answers on ``api``: 401 (with ``WWW-Authenticate: Bearer``), 404,
    422 (each invalid input named with where it is: ``loc`` and a German ``msg``), 429 (with
    the limit and ``Retry-After``) and other ninja HTTP errors. Returns ``api``."""

    def nicht_angemeldet(request, exc):
        antwort = api.create_response(
            request,
            {
                "detail": _(
                    "Anmeldung erforderlich: Bitte im Browser anmelden oder einen persönlichen "
                    "API-Schlüssel senden (Kopfzeile „Authorization: Bearer …“)."
                )
            },
            status=401,
        )
        antwort["WWW-Authenticate"] = 'Bearer realm="api"'
        return antwort

    def nicht_gefunden(request, exc):
        return api.create_response(
            request, {"detail": _("Nicht gefunden (oder nicht sichtbar).")}, status=404
        )

    def ungueltig(request, exc: ValidationError):
        fehler = [
            {
                "type": f.get("type", ""),
                "loc": list(f.get("loc") or ()),
                "msg": f["msg"]
                if f.get("type") == FORMULAR
                else f"{_ort(f.get('loc'))}: {_meldung(f)}",
            }
            for f in exc.errors
        ]
        return api.create_response(request, {"detail": fehler}, status=422)

    def zu_viele(request, exc: Throttled):
        anzahl, dauer = getattr(request, "_api_grenze", (None, None))
        sekunden = max(1, math.ceil(exc.wait or 1))
        if anzahl:
            grenze = ngettext(
                "höchstens %(n)d Anfrage je %(zeitraum)s",
                "höchstens %(n)d Anfragen je %(zeitraum)s",
                anzahl,
            ) % {"n": anzahl, "zeitraum": _(_ZEITRAUM_TEXT.get(dauer, "Zeitraum"))}
        else:
            grenze = _("die Grenze dieser Schnittstelle")
        text = ngettext(
            "Zu viele Anfragen (%(grenze)s). Bitte in %(s)d Sekunde erneut versuchen.",
            "Zu viele Anfragen (%(grenze)s). Bitte in %(s)d Sekunden erneut versuchen.",
            sekunden,
        ) % {"grenze": grenze, "s": sekunden}
        return api.create_response(request, {"detail": text}, status=429)

    def http_fehler(request, exc: HttpError):
        texte = {403: _("Keine Berechtigung."), 405: _("Diese Methode ist nicht erlaubt.")}
        text = texte.get(exc.status_code, str(exc))
        return api.create_response(request, {"detail": text}, status=exc.status_code)

    api.add_exception_handler(AuthenticationError, nicht_angemeldet)
    api.add_exception_handler(Http404, nicht_gefunden)
    api.add_exception_handler(ValidationError, ungueltig)
    api.add_exception_handler(Throttled, zu_viele)
    api.add_exception_handler(HttpError, http_fehler)
    return api


# --- URL patterns ----------------------------------------------------------------------------


def _angemeldet(request: HttpRequest, api: NinjaAPI) -> bool:
    """Whether one of ``api``'s authentications accepts the request (for the views ninja
    does not guard itself: the OpenAPI document, the docs page, the root)."""
    zugang = api.auth if isinstance(api.auth, list | tuple) else [api.auth]
    if not zugang or zugang == [None] or not all(callable(z) for z in zugang):
        return True  # an API without authentication (open by design)
    for pruefen in zugang:
        try:
            ergebnis = pruefen(request)
        except HttpError:
            ergebnis = None
        if ergebnis:
            request.auth = ergebnis
            return True
    return False


def _bewacht(callback, api: NinjaAPI, art: str):
    """``callback`` behind ``api``'s authentication: JSON 401, or the login page for the
    HTML docs. Not marked ``csrf_exempt`` (ninja marks its views so; the registry's APIs
    are read-only, so Django's CSRF check costs them nothing)."""

    def view(request, *args, **kwargs):
        if not _angemeldet(request, api):
            if art == "seite":
                return redirect_to_login(request.get_full_path())
            return api.on_exception(request, AuthenticationError())
        return callback(request, *args, **kwargs)

    return login_not_required(view)


def _ohne_csrf_ausnahme(callback):
    def view(request, *args, **kwargs):
        return callback(request, *args, **kwargs)

    view.__name__ = getattr(callback, "__name__", "api_view")
    return login_not_required(view)


def _wurzel(api: NinjaAPI):
    """The API's root (``GET /api/v1/``): where its description and docs page are."""

    def view(request, *args, **kwargs):
        ns = api.urls_namespace
        inhalt = {"titel": api.title, "version": api.version}
        if api.openapi_url:
            inhalt["openapi"] = reverse(f"{ns}:openapi-json", kwargs=kwargs)
            if api.docs_url:
                inhalt["dokumentation"] = reverse(f"{ns}:openapi-view", kwargs=kwargs)
        return api.create_response(request, inhalt, status=200)

    return view


# ninja's own views besides the operations, by URL name.
_NINJA_SEITEN = {"openapi-json": "json", "api-root": "json", "openapi-view": "seite"}


def _muster(eintraege, api: NinjaAPI) -> list:
    neu = []
    for eintrag in eintraege:
        if isinstance(eintrag, URLResolver):
            neu.append(
                URLResolver(
                    eintrag.pattern,
                    _muster(eintrag.url_patterns, api),
                    eintrag.default_kwargs,
                    eintrag.app_name,
                    eintrag.namespace,
                )
            )
            continue
        art = _NINJA_SEITEN.get(eintrag.name or "")
        callback = _wurzel(api) if eintrag.name == "api-root" else eintrag.callback
        callback = _bewacht(callback, api, art) if art else _ohne_csrf_ausnahme(callback)
        neu.append(URLPattern(eintrag.pattern, callback, eintrag.default_args, eintrag.name))
    return neu


def urls_ohne_login_zwang(api: NinjaAPI) -> tuple[list, str, str]:
    """``api.urls`` for ``path("api/…/", urls_ohne_login_zwang(api))``, fit for the
    registry's ``LoginRequiredMiddleware``: each operation is ``login_not_required`` (ninja
    authenticates it and answers 401 JSON, never the login redirect); the OpenAPI document
    and the root answer 401 JSON unless one of ``api``'s authentications accepts the
    caller; the HTML docs page sends a browser without login to the login page. No view is
    ``csrf_exempt`` (the project's rule; the APIs only read)."""
    eintraege, app_name, namespace = api.urls
    return _muster(eintraege, api), app_name, namespace
