"""Security pieces that Django and the libraries leave to the project.

- ``client_ip``: the client's address for django-axes (``AXES_CLIENT_IP_CALLABLE``):
  ``REMOTE_ADDR``, and only with ``BEHIND_PROXY`` the address the proxy appended to
  ``X-Forwarded-For``.
- ``gesperrt``: the German lockout page of django-axes (``AXES_LOCKOUT_CALLABLE``).
- The security log (logger ``sozialraum.zugang.sicherheit``): logins, failed logins, logouts,
  lockouts and ended sessions, one line each, with user name and IP address.
- ``SitzungsdauerMiddleware``: a login ends after ``SESSION_IDLE_TIMEOUT`` seconds without a
  request and ``SESSION_COOKIE_AGE`` seconds after the login, whatever happens in between;
  a form sent after the end keeps its input (``sozialraum/zugang/sitzung.py``).
- ``PermissionsPolicyMiddleware``: the ``Permissions-Policy`` header (django-csp has none).
- ``PrivatMiddleware``: ``Cache-Control: private, no-store`` on every rendered response.

Settings and their defaults: README.md and docs/betrieb.md.
"""

import ipaddress
import logging
import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.contrib.auth.views import redirect_to_login
from django.db.models import Max
from django.dispatch import receiver
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_htmx.http import HttpResponseClientRedirect

from sozialraum.zugang import sitzung
from sozialraum.zugang.sitzung import AKTIVITAET_SPEICHERN_NACH, ANGEMELDET_UM, ZULETZT_AKTIV

log = logging.getLogger("sozialraum.zugang.sicherheit")

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)


def client_ip(request) -> str | None:
    """The client's IP address, as django-axes and the security log see it.

    Only ``REMOTE_ADDR`` (the peer of the TCP connection), unless ``BEHIND_PROXY`` is on:
    then the last entry of ``X-Forwarded-For``, the one our own proxy appended (nginx's
    ``$proxy_add_x_forwarded_for``); entries before it come from the client and prove nothing.
    """
    if settings.BEHIND_PROXY:
        weitergeleitet = request.META.get("HTTP_X_FORWARDED_FOR", "")
        letzte = weitergeleitet.rsplit(",", 1)[-1].strip()
        try:
            return str(ipaddress.ip_address(letzte))
        except ValueError:
            pass
    return request.META.get("REMOTE_ADDR")


def _einzeilig(text, laenge: int = 150) -> str:
    """User input for a log line: control characters escaped (no forged lines), shortened."""
    text = str(text if text is not None else "-")[:laenge]
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m.group()):02x}", text)


def _protokollieren(stufe: int, ereignis: str, request, benutzer) -> None:
    ip = client_ip(request) if request is not None else None
    pfad = getattr(request, "path", None)
    log.log(
        stufe,
        "%s benutzer=%s ip=%s pfad=%s",
        ereignis,
        _einzeilig(benutzer),
        ip or "-",
        _einzeilig(pfad),
        extra={"ereignis": ereignis, "benutzer": _einzeilig(benutzer), "ip": ip},
    )


@receiver(user_logged_in, dispatch_uid="sicherheit_angemeldet")
def _angemeldet(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        jetzt = timezone.now().timestamp()
        request.session[ANGEMELDET_UM] = jetzt
        request.session[ZULETZT_AKTIV] = jetzt
        sitzung.nach_anmeldung(request.session, user.get_username())
    _protokollieren(logging.INFO, "anmeldung", request, user.get_username())


@receiver(user_login_failed, dispatch_uid="sicherheit_fehlgeschlagen")
def _fehlgeschlagen(sender, credentials, request=None, **kwargs):
    # Django has already masked the password in ``credentials``; only the name is logged.
    _protokollieren(
        logging.WARNING, "anmeldung_fehlgeschlagen", request, credentials.get("username")
    )


@receiver(user_logged_out, dispatch_uid="sicherheit_abgemeldet")
def _abgemeldet(sender, request, user, **kwargs):
    _protokollieren(logging.INFO, "abmeldung", request, user.get_username() if user else None)


def _gesperrt_protokollieren(sender, request, username, ip_address, **kwargs):
    _protokollieren(logging.WARNING, "anmeldung_gesperrt", request, username)


def signale_verbinden() -> None:
    """Called from ``SozialraumConfig.ready`` (axes' signal lives in an installed app)."""
    from axes.signals import user_locked_out

    user_locked_out.connect(_gesperrt_protokollieren, dispatch_uid="sicherheit_gesperrt")


def gesperrt(request, original_response=None, credentials=None):
    """django-axes' lockout response: a German page saying why and from when to retry."""
    from axes.helpers import get_client_username, get_cool_off, get_failure_limit
    from axes.models import AccessAttempt

    benutzer = get_client_username(request, credentials) or ""
    sperre = get_cool_off(request)
    # Failures during the lockout are not counted (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT
    # is off), so the lock ends one cool-off after the last counted failure.
    letzter = (
        AccessAttempt.objects.filter(
            username=benutzer, ip_address=getattr(request, "axes_ip_address", None)
        ).aggregate(zeit=Max("attempt_time"))["zeit"]
        or timezone.now()
    )
    kontext = {
        "fehlversuche": get_failure_limit(request, credentials),
        "sperre_minuten": int(sperre.total_seconds() // 60) if sperre else None,
        "wieder_ab": letzter + sperre if sperre else None,
    }
    return render(request, "axes/lockout.html", kontext, status=429)


class SitzungsdauerMiddleware:
    """Log out after ``SESSION_IDLE_TIMEOUT`` idle seconds or ``SESSION_COOKIE_AGE`` after login.

    Sits after ``MessageMiddleware`` (for the notice on the login page). The logged-out
    request continues anonymously, so ``LoginRequiredMiddleware`` sends it to the login.
    A session without a login time (older than this middleware) counts as expired.

    No typed input is lost on the way (``sozialraum/zugang/sitzung.py``): a form sent after the end
    is held for the user whose login ended, and she goes to the login and back to the form,
    instead of into the view. That covers three ways to get there: the login ends with this
    very POST; it ended earlier in this browser (another tab, or sitzung.js asking for the
    time left), so the POST comes anonymously into a session marked with her name; or she has
    logged in again meanwhile, and the form's CSRF token is from the old login (CSRF refuses
    it; this middleware then holds the input and shows the form again).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            grund = self._abgelaufen(request.session)
            if grund:
                antwort = self._abmelden(request, grund)
                if antwort is not None:
                    return antwort
            elif not sitzung.ist_statusabfrage(request):
                self._aktivitaet_merken(request.session)
        elif benutzer := request.session.get(sitzung.ABGELAUFEN_FUER):
            antwort = self._eingaben_zur_anmeldung(
                request, benutzer, _("Sie sind nicht mehr angemeldet.")
            )
            if antwort is not None:
                return antwort
        antwort = self.get_response(request)
        if (
            request.method == "POST"
            and antwort.status_code == 403
            and request.user.is_authenticated
            and not getattr(request, sitzung.VIEW_ERREICHT, False)
        ):
            # No view ran: CsrfViewMiddleware refused the token (the only middleware before
            # this one with a process_view that answers 403).
            return self._nach_csrf_fehler(request) or antwort
        return antwort

    def process_view(self, request, view_func, view_args, view_kwargs):
        setattr(request, sitzung.VIEW_ERREICHT, True)

    @staticmethod
    def _abgelaufen(session) -> str | None:
        jetzt = timezone.now().timestamp()
        angemeldet = session.get(ANGEMELDET_UM)
        if angemeldet is None or jetzt - angemeldet > settings.SESSION_COOKIE_AGE:
            return _("Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.")
        zuletzt = session.get(ZULETZT_AKTIV, angemeldet)
        leerlauf = settings.SESSION_IDLE_TIMEOUT
        if leerlauf and jetzt - zuletzt > leerlauf:
            return _(
                "Sie wurden nach %(minuten)d Minuten ohne Aktivität abgemeldet. "
                "Bitte melden Sie sich erneut an."
            ) % {"minuten": leerlauf // 60}
        return None

    @staticmethod
    def _aktivitaet_merken(session) -> None:
        jetzt = timezone.now().timestamp()
        zuletzt = session.get(ZULETZT_AKTIV, session.get(ANGEMELDET_UM, jetzt))
        if jetzt - zuletzt >= AKTIVITAET_SPEICHERN_NACH:
            session[ZULETZT_AKTIV] = jetzt

    def _abmelden(self, request, grund: str):
        benutzer = request.user.get_username()
        _protokollieren(logging.INFO, "sitzung_abgelaufen", request, benutzer)
        logout(request)
        # After logout's flush: the new, anonymous session remembers whose login ended here,
        # so a form sent later from another tab is still held for her.
        request.session[sitzung.ABGELAUFEN_FUER] = benutzer
        antwort = self._eingaben_zur_anmeldung(request, benutzer, grund)
        if antwort is not None:
            return antwort
        if not sitzung.ist_statusabfrage(request):
            messages.info(request, grund, fail_silently=True)
        if request.headers.get("HX-Request") == "true":
            # htmx would put the login page into the fragment; load it as the whole page.
            return HttpResponseClientRedirect(redirect_to_login(sitzung.seite(request))["Location"])
        return None

    def _eingaben_zur_anmeldung(self, request, benutzer: str, grund: str):
        """Hold a POST's input for ``benutzer``; then to the login, and back to the form."""
        eintrag = sitzung.eingaben_halten(request, benutzer)
        if eintrag is None:
            return None
        if eintrag == sitzung.ZU_GROSS:
            messages.warning(
                request,
                _(
                    "%(grund)s Ihre Eingaben waren zu umfangreich, um sie aufzubewahren, und "
                    "sind nicht gespeichert."
                )
                % {"grund": grund},
                fail_silently=True,
            )
            return None
        _protokollieren(logging.INFO, "eingaben_aufbewahrt", request, benutzer)
        messages.info(
            request,
            _(
                "%(grund)s Ihre Eingaben sind nicht verloren: Nach der Anmeldung stehen sie "
                "wieder im Formular."
            )
            % {"grund": grund},
            fail_silently=True,
        )
        return self._weiter(request, redirect_to_login(eintrag["seite"]))

    def _nach_csrf_fehler(self, request):
        eintrag = sitzung.eingaben_halten(request, request.user.get_username())
        if eintrag is None or eintrag == sitzung.ZU_GROSS:
            return None
        messages.warning(
            request,
            _(
                "Nicht gespeichert: Das Formular stammte aus einer früheren Anmeldung "
                "(zum Beispiel in einem anderen Fenster)."
            ),
            fail_silently=True,
        )
        if not url_has_allowed_host_and_scheme(eintrag["seite"], allowed_hosts=None):
            return None  # only ever a path of this site (sitzung.seite)
        return self._weiter(request, redirect(eintrag["seite"]))

    @staticmethod
    def _weiter(request, antwort):
        if request.headers.get("HX-Request") == "true":
            return HttpResponseClientRedirect(antwort["Location"])
        return antwort


class PermissionsPolicyMiddleware:
    """Switch off browser features the registry never uses (camera, location, payment …)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class PrivatMiddleware:
    """``Cache-Control: private, no-store`` on every response the app itself renders.

    Pages of a logged-in person carry personal data (names, contacts, minutes, her
    Merkliste); neither the browser's disk cache nor a proxy may keep them. Anonymous
    responses (the login page, token calendar feeds, ``/healthz``) get the same unless a
    view declared itself ``public`` on purpose. Static files never reach this middleware
    (whitenoise answers them before, with their own long cache headers).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        angemeldet = request.user.is_authenticated
        response = self.get_response(request)
        angemeldet = angemeldet or request.user.is_authenticated
        if angemeldet or "public" not in response.get("Cache-Control", ""):
            # Replace, not patch: a max-age or public set by a view must not survive.
            response["Cache-Control"] = "private, no-store"
            response.headers.pop("Expires", None)
        return response
