"""The end of a login, without lost work (WCAG 2.2.1; docs/betrieb.md "Sessions").

``SitzungsdauerMiddleware`` (``sozialraum/zugang/sicherheit.py``) ends a login after
``SESSION_IDLE_TIMEOUT`` seconds without a request and ``SESSION_COOKIE_AGE`` seconds after
the login. This module is what users see of that:

- ``restzeit``: seconds left until either limit, rendered into every page for a logged-in
  user (``{% sitzungsende %}``, ``templates/sozialraum/_sitzungsende.html``) and answered as
  JSON by ``sitzung_status`` (GET; not counted as activity, so polling keeps nobody logged
  in) and ``sitzung_verlaengern`` (POST; records activity now). ``static/js/sitzung.js``
  warns two minutes before the end and extends on request.
- Form input outlives the login: a POST that arrives after the end is not lost.
  ``eingaben_halten`` keeps its fields in the (new, anonymous) session, bound to the user
  name of the login that ended; after she logs in again as the same user,
  ``eingaben_zurueckgeben`` hands them to the page the form was on, and sitzung.js puts them
  back into the form. Nothing is saved automatically: she checks and saves again, and the
  form's conflict check (``sozialraum/werkzeuge/konflikt.py``) compares with the version she had
  loaded, because its hidden token comes back too. Passwords, tokens and files are never
  kept; another user logging in drops them (``nach_anmeldung``).

Only input sent from one of the registry's own pages is kept (``Origin``, else ``Referer``),
so another site cannot plant text into someone's form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import JsonResponse, UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

# Session keys (JSON-serialisable). The first three are SitzungsdauerMiddleware's.
ANGEMELDET_UM = "_sicherheit_angemeldet_um"  # POSIX time of the login
ZULETZT_AKTIV = "_sicherheit_zuletzt_aktiv"  # POSIX time of the last recorded request
EINGABEN = "_sitzung_eingaben"  # list of held forms, oldest first
ABGELAUFEN_FUER = "_sitzung_abgelaufen_fuer"  # user name of the login that expired here

# The activity time is written at most once a minute, not on every request: a session then
# ends between 29 and 30 minutes after the last request, never later.
AKTIVITAET_SPEICHERN_NACH = 60
# The warning comes this many seconds before the end (sitzung.js reads it from the page).
VORWARNUNG = 120
# Held input: at most this many forms (one per page) and characters per form. The session
# lives in the database; 200,000 characters are some 60 pages of minutes.
HOECHSTENS_FORMULARE = 5
HOECHSTENS_ZEICHEN = 200_000
# Field names whose values are never kept (passwords, the CSRF token, other secrets).
NICHT_AUFBEWAHREN = re.compile(r"csrfmiddlewaretoken|passw|token|secret|geheim", re.IGNORECASE)
# Set on the request by SitzungsdauerMiddleware.process_view: CSRF did not refuse it.
VIEW_ERREICHT = "_sitzung_view_erreicht"

ZU_GROSS = "zu_gross"


@dataclass(frozen=True)
class Restzeit:
    """Whole seconds until the login ends; ``leerlauf`` is None without an idle limit."""

    leerlauf: int | None
    absolut: int

    @property
    def sekunden(self) -> int:
        return self.absolut if self.leerlauf is None else min(self.leerlauf, self.absolut)

    @property
    def grenze(self) -> str:
        """Which limit ends the login first: ``"leerlauf"`` (can be extended) or ``"absolut"``."""
        if self.leerlauf is None or self.absolut <= self.leerlauf:
            return "absolut"
        return "leerlauf"

    def als_json(self) -> dict:
        return {
            "angemeldet": True,
            "rest": self.sekunden,
            "grenze": self.grenze,
            "vorwarnung": VORWARNUNG,
        }


def restzeit(session) -> Restzeit:
    jetzt = timezone.now().timestamp()
    angemeldet = session.get(ANGEMELDET_UM)
    if angemeldet is None:
        return Restzeit(0, 0)
    absolut = angemeldet + settings.SESSION_COOKIE_AGE - jetzt
    leerlauf = None
    if settings.SESSION_IDLE_TIMEOUT:
        zuletzt = session.get(ZULETZT_AKTIV, angemeldet)
        leerlauf = max(0, int(zuletzt + settings.SESSION_IDLE_TIMEOUT - jetzt))
    return Restzeit(leerlauf, max(0, int(absolut)))


# --- the two endpoints of static/js/sitzung.js ---------------------------------------------


@require_GET
@never_cache
def sitzung_status(request):
    """The time left, without extending it (SitzungsdauerMiddleware skips this URL)."""
    return JsonResponse(restzeit(request.session).als_json())


@require_POST
@never_cache
def sitzung_verlaengern(request):
    """Record activity now: the idle limit starts again; the absolute one stays."""
    request.session[ZULETZT_AKTIV] = timezone.now().timestamp()
    return JsonResponse(restzeit(request.session).als_json())


def ist_statusabfrage(request) -> bool:
    """sitzung.js asking for the time left: no activity, and no notice for a later page."""
    return request.path == reverse("sitzung_status")


# --- holding a form's input across the end of a login -------------------------------------


def braucht_anmeldung(request) -> bool:
    """Whether the view the request goes to needs a login (LoginRequiredMiddleware's rule)."""
    try:
        treffer = resolve(request.path_info, getattr(request, "urlconf", None))
    except Resolver404:
        return False
    return getattr(treffer.func, "login_required", True)


def _von_eigener_seite(request) -> bool:
    """Sent from one of our pages: the browser's ``Origin`` (else ``Referer``) is this site."""
    herkunft = request.headers.get("Origin")
    if herkunft:
        eigen = f"{request.scheme}://{request.get_host()}"
        return herkunft == eigen or herkunft in settings.CSRF_TRUSTED_ORIGINS
    return _eigene_url(request, request.headers.get("Referer")) is not None


def _eigene_url(request, url: str | None) -> str | None:
    """Path and query of ``url`` if it is an absolute URL of this site, else None."""
    if not url or not url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return None
    teile = urlsplit(url)
    if not teile.netloc:
        return None
    # One leading slash: "http://host//evil.example/x" must not become "//evil.example/x",
    # which a redirect would read as another host.
    pfad = "/" + teile.path.lstrip("/")
    return pfad + (f"?{teile.query}" if teile.query else "")


def seite(request) -> str:
    """The page the form was on: htmx names it, a browser sends it as ``Referer``."""
    for kopf in ("HX-Current-URL", "Referer"):
        pfad = _eigene_url(request, request.headers.get(kopf))
        if pfad and urlsplit(pfad).path != reverse(settings.LOGIN_URL):
            return pfad
    return request.get_full_path()


def _felder(request) -> list[list[str]] | None:
    try:
        return [
            [name, wert]
            for name, werte in request.POST.lists()
            if not NICHT_AUFBEWAHREN.search(name)
            for wert in werte
        ]
    except (SuspiciousOperation, MultiPartParserError, UnreadablePostError):
        return None


def eingaben_halten(request, benutzer: str) -> dict | str | None:
    """Keep the input of this POST for ``benutzer``, for the page it came from.

    Returns the held entry, ``ZU_GROSS`` if it was too large to keep, or None if there is
    nothing to keep (not a POST from our own pages to a page behind the login, or no field
    with a value besides the excluded ones).
    """
    if request.method != "POST" or not braucht_anmeldung(request):
        return None
    if not _von_eigener_seite(request):
        return None
    felder = _felder(request)
    if not felder or not any(wert.strip() for _, wert in felder):
        return None
    if sum(len(name) + len(wert) for name, wert in felder) > HOECHSTENS_ZEICHEN:
        return ZU_GROSS
    eintrag = {
        "benutzer": benutzer,
        "seite": seite(request),
        "ziel": request.path,
        "zeit": timezone.now().timestamp(),
        "felder": felder,
        "dateien": bool(request.FILES),
    }
    andere = [e for e in request.session.get(EINGABEN, []) if e["seite"] != eintrag["seite"]]
    request.session[EINGABEN] = [*andere, eintrag][-HOECHSTENS_FORMULARE:]
    return eintrag


def eingaben_zurueckgeben(request) -> dict | None:
    """The input held for this page and this user, taken out of the session (once).

    Called while the page renders (``{% sitzungsende %}``), so only a page that shows a
    form takes them; a redirect on the way leaves them for the page itself.
    """
    liste = request.session.get(EINGABEN)
    if not liste or request.method != "GET" or not request.user.is_authenticated:
        return None
    benutzer = request.user.get_username()
    pfad = request.get_full_path()
    gefunden = next((e for e in liste if e["benutzer"] == benutzer and e["seite"] == pfad), None)
    if gefunden is None:
        return None
    rest = [e for e in liste if e is not gefunden]
    if rest:
        request.session[EINGABEN] = rest
    else:
        del request.session[EINGABEN]
    zeit = timezone.localtime(datetime.fromtimestamp(gefunden["zeit"], tz=UTC))
    format_ = "H:i" if zeit.date() == timezone.localdate() else "j. F Y, H:i"
    return {
        **gefunden,
        "zeit_text": _("%(zeit)s Uhr") % {"zeit": date_format(zeit, format_)},
        "mit_wert": [(name, wert) for name, wert in gefunden["felder"] if wert.strip()],
    }


def nach_anmeldung(session, benutzer: str) -> None:
    """After a login: input held for anybody else is dropped, never shown to this user."""
    session.pop(ABGELAUFEN_FUER, None)
    eigene = [e for e in session.get(EINGABEN, []) if e["benutzer"] == benutzer]
    if eigene:
        session[EINGABEN] = eigene
    else:
        session.pop(EINGABEN, None)
