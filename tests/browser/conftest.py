"""Browser tests: Chromium driven by Playwright against pytest-django's ``live_server``.

Fixtures: ``browser`` (one Chromium per session), ``page`` (a fresh German context per
test, with a screenshot in ``test-results/`` when the test fails). Helpers for test
modules (``from tests.browser.conftest import anmelden, pruefe_barrierefreiheit``):
``anmelden`` logs a user in (the session the login form would start), ``pruefe_barrierefreiheit`` runs axe-core
(WCAG 2.1 A/AA, the basis of BITV 2.0) and fails on serious or critical violations, then
checks what axe cannot (``pruefe_mehr_als_axe``: error summary and focus, focus-ring
contrast, reflow at 320 px), ``bildschirmfoto`` saves a full-page screenshot.

Every test under ``tests/browser/`` gets the ``browser`` marker and a transactional
database with serialized rollback (``live_server`` runs the app in another thread, so
test data must be committed; the data from migrations is reloaded for each test).
"""

import contextlib
import functools
import os
import re
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections
from playwright.sync_api import Error

# Playwright's sync API keeps an event loop running in the test thread; Django would
# otherwise refuse every ORM call there (factories, assertions) as "async unsafe".
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

BROWSER_DIR = Path(__file__).resolve().parent
ERGEBNISSE = BROWSER_DIR.parent.parent / "test-results"
AXE_JS = BROWSER_DIR / "vendor" / "axe-core-4.14.1" / "axe.min.js"
PASSWORT = "geheim-und-lang"  # tests/factories.py UserFactory

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # No network on CI machines: without these Chromium keeps trying to phone home.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

AXE_OPTIONEN = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
AXE_SCHWER = ("serious", "critical")


def pytest_collection_modifyitems(items):
    # This hook sees the whole session's items; mark only those below this folder.
    for item in items:
        if Path(str(item.path)).is_relative_to(BROWSER_DIR):
            item.add_marker(pytest.mark.browser)
            # live_server needs committed data, so each test ends by emptying all tables;
            # serialized_rollback first reloads what the migrations created.
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


# Seconds spent in each check of pruefe_barrierefreiheit, for the summary at the end: the
# browser suite must stay fast (CI under 20 minutes), so its cost is shown on every run.
DAUER: Counter = Counter()


@contextlib.contextmanager
def _gemessen(pruefung: str):
    beginn = time.perf_counter()
    try:
        yield
    finally:
        DAUER[pruefung] += time.perf_counter() - beginn


def pytest_terminal_summary(terminalreporter):
    if seiten := DAUER.pop("seiten", 0):
        teile = ", ".join(f"{name} {sekunden:.1f} s" for name, sekunden in DAUER.most_common())
        terminalreporter.write_line(f"Barrierefreiheit: {seiten} Seiten geprüft; {teile}")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


# Debian's packages: the old headless shell first. It is Chromium without the desktop
# browser around it (what Playwright itself runs headless) and needs about a third less CPU
# for the same browser tests than the full browser in its headless mode.
DEBIAN_CHROMIUM = ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium")


def chromium_pfad() -> str | None:
    """PLAYWRIGHT_CHROMIUM, else Debian's Chromium, else None (Playwright's download)."""
    if pfad := os.environ.get("PLAYWRIGHT_CHROMIUM"):
        return pfad
    return next((pfad for pfad in DEBIAN_CHROMIUM if Path(pfad).exists()), None)


@pytest.fixture(scope="session")
def _playwright(_transaktionale_tests):
    """Playwright for the whole session, and the data from migrations for its tests.

    Browser tests are transactional: each ends by emptying every table. With
    ``serialized_rollback`` (set in ``pytest_collection_modifyitems``) Django reloads the
    rows the migrations made (role groups, permissions, reference data such as categories)
    before each test, from ``_test_serialized_contents`` on the connection; how it empties
    and reloads, quickly: ``tests/transaktional.py``.

    Playwright's sync API leaves an event loop running in this thread. From then on,
    asgiref hands this thread a second, context-local set of connection objects, which
    lack that attribute, so it is copied across.
    """
    from playwright.sync_api import sync_playwright

    serialisiert = {
        alias: inhalt
        for alias in connections
        if (inhalt := getattr(connections[alias], "_test_serialized_contents", None))
    }
    with sync_playwright() as playwright:
        for alias, inhalt in serialisiert.items():
            connections[alias]._test_serialized_contents = inhalt
        yield playwright


@pytest.fixture(scope="session")
def browser(_playwright):
    chromium = _playwright.chromium.launch(
        executable_path=chromium_pfad(), headless=True, args=CHROMIUM_ARGS
    )
    yield chromium
    chromium.close()


class _Tor:
    """A gate before the live server's application: between two browser tests no request
    reaches Django.

    A page still loading when its test ends (a map's ``karte.json``, a prefetch) leaves a
    request that the server handles after the browser has gone. On SQLite the server's
    threads share the test's one in-memory connection: such a request running while the
    tables are emptied can roll the emptying back with its own transaction, and the next
    test found the rows of the one before (Berlin's Regionalräume in the budget table). On
    PostgreSQL a late request could write a row after the emptying. So ``schliessen`` turns
    new requests away (503, no database) and waits for those already inside Django."""

    def __init__(self, anwendung):
        self.anwendung = anwendung
        self.offen = True
        self.drinnen: dict[int, str] = {}  # request number → its path
        self.nummer = 0
        self.bedingung = threading.Condition()

    def __call__(self, environ, start_response):
        with self.bedingung:
            if not self.offen:
                start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
                return [b"Der Test ist zu Ende."]
            self.nummer += 1
            nummer = self.nummer
            self.drinnen[nummer] = environ.get("PATH_INFO", "")
        try:
            antwort = self.anwendung(environ, start_response)
        except BaseException:
            self._fertig(nummer)
            raise
        return _Antwort(antwort, functools.partial(self._fertig, nummer))

    def _fertig(self, nummer: int) -> None:
        with self.bedingung:
            self.drinnen.pop(nummer, None)
            self.bedingung.notify_all()

    def oeffnen(self) -> None:
        with self.bedingung:
            self.offen = True

    def schliessen(self, sekunden: float = 30) -> None:
        """Turn new requests away and wait for those inside; one that hangs fails this test
        (with its path) and is forgotten, so that the tests after it are not held up."""
        with self.bedingung:
            self.offen = False
            if not self.bedingung.wait_for(lambda: not self.drinnen, timeout=sekunden):
                haengend = sorted(self.drinnen.values())
                self.drinnen.clear()
                raise RuntimeError(f"Anfragen nach {sekunden} s nicht fertig: {haengend}")


class _Antwort:
    """The application's response, counted as inside Django until the server closes it (a
    streamed response reads the database while it is sent)."""

    def __init__(self, antwort, fertig):
        self.antwort, self.fertig = antwort, fertig

    def __iter__(self):
        return iter(self.antwort)

    def close(self):
        try:
            if hasattr(self.antwort, "close"):
                self.antwort.close()
        finally:
            self.fertig()


@pytest.fixture(scope="session")
def _tor(live_server) -> _Tor:
    server = live_server.thread.httpd
    tor = _Tor(server.get_app())
    server.set_app(tor)
    return tor


@pytest.fixture(autouse=True)
def _tor_fuer_den_test(_tor, transactional_db):
    """Open for the test; closed after its pages (``page``, or contexts the test closes
    itself), before its tables are emptied (``transactional_db`` is set up first, so it
    is torn down last)."""
    _tor.oeffnen()
    yield
    _tor.schliessen()


@pytest.fixture
def page(browser, request, live_server):
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    seite = context.new_page()
    _bildschirmfoto_pfad(request.node.name).unlink(missing_ok=True)  # one from an earlier run
    yield seite
    bericht = getattr(request.node, "rep_call", None)
    if bericht is not None and bericht.failed:
        try:
            bildschirmfoto(seite, request.node.name, immer=True)
        except Exception as fehler:  # a crashed page must not hide the test's own failure
            print(f"Kein Bildschirmfoto möglich: {fehler}")
    context.close()


# Screenshots are for people to look at; CI, where nobody does, switches them off
# (BILDSCHIRMFOTOS=aus in .ci/run). The one of a failing test is always taken.
BILDSCHIRMFOTOS = os.environ.get("BILDSCHIRMFOTOS", "an") != "aus"


def bildschirmfoto(page, name: str, *, immer: bool = False) -> Path | None:
    """Save a screenshot as ``test-results/<name>.png`` and return its path: of the whole
    page, or of one element if ``page`` is a locator."""
    if not (BILDSCHIRMFOTOS or immer):
        return None
    pfad = _bildschirmfoto_pfad(name)
    pfad.parent.mkdir(exist_ok=True)
    with _gemessen("Bildschirmfotos"):
        if hasattr(page, "context"):
            page.screenshot(path=str(pfad), full_page=True)
        else:
            page.screenshot(path=str(pfad))
    return pfad


def _bildschirmfoto_pfad(name: str) -> Path:
    dateiname = re.sub(r"[^\w.-]+", "_", name).strip("_")
    return ERGEBNISSE / f"{dateiname}.png"


def anmelden(page, live_server, user) -> None:
    """Log ``user`` in and show the start page.

    The session is started as the login form starts it (Django's ``login`` with its signal,
    through the test client's ``force_login``) and its cookie handed to the page's browser.
    Going through the form each time cost a second per test; the form itself is walked in
    test_browser_grundlagen, test_browser_sicherheit and test_browser_sitzungsende.
    """
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": cookie.key, "value": cookie.value, "url": live_server.url, "httpOnly": True}]
    )
    page.goto(f"{live_server.url}/")


_axe_quelle: str | None = None


def _axe_laden(page) -> None:
    global _axe_quelle
    if page.evaluate("typeof window.axe !== 'undefined'"):
        return
    # A Content-Security-Policy without 'unsafe-inline' blocks the inline script tag.
    with contextlib.suppress(Error):
        page.add_script_tag(path=str(AXE_JS))
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # page.evaluate runs through the DevTools protocol, which CSP does not restrict.
        if _axe_quelle is None:
            _axe_quelle = AXE_JS.read_text(encoding="utf-8")
        page.evaluate(f"() => {{ {_axe_quelle}\n }}")
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            pytest.fail("axe-core ließ sich nicht in die Seite laden.", pytrace=False)


def pruefe_barrierefreiheit(page, optionen: dict | None = None) -> list[dict]:
    """Run axe-core on the page; fail on violations of impact serious or critical.

    Then the checks beyond axe (``pruefe_mehr_als_axe``). Returns all axe violations
    (including minor and moderate ones) for further checks.
    """
    page.wait_for_load_state("load")
    DAUER["seiten"] += 1
    # First, before axe or the focus-ring check move anything: where the focus is now.
    fehler = _fehleruebersicht_pruefen(page)
    with _gemessen("axe-core"):
        _axe_laden(page)
        verstoesse = page.evaluate(
            "async (optionen) => (await axe.run(document, optionen)).violations",
            optionen or AXE_OPTIONEN,
        )
    schwer = [v for v in verstoesse if v.get("impact") in AXE_SCHWER]
    if schwer:
        zeilen = [
            f"axe-core: {len(schwer)} schwere Barrierefreiheitsfehler / serious accessibility "
            f"violations auf {page.url}:"
        ]
        for v in schwer:
            ziele = [" ".join(map(str, n["target"])) for n in v["nodes"][:3]]
            mehr = f" (+{len(v['nodes']) - 3} weitere)" if len(v["nodes"]) > 3 else ""
            zeilen.append(f"- {v['id']} [{v['impact']}]: {v['help']}")
            zeilen.append(f"    Elemente: {', '.join(ziele)}{mehr}")
            zeilen.append(f"    {v['helpUrl']}")
            if v["nodes"] and v["nodes"][0].get("failureSummary"):
                zeilen.append("    " + v["nodes"][0]["failureSummary"].replace("\n", "\n    "))
        pytest.fail("\n".join(zeilen), pytrace=False)
    _melden(page, fehler + _fokusrahmen_pruefen(page) + _umbruch_pruefen(page))
    return verstoesse


def pruefe_mehr_als_axe(page) -> None:
    """The checks of ``pruefe_barrierefreiheit`` that axe-core cannot do, without axe.

    - After a form was sent with errors, the page has an error summary, the focus is on it,
      the title starts with "Fehler:" and each of its links leads to an element on the page;
      a title "Fehler: …" without a summary fails too (WCAG 3.3.1).
    - Focus rings: every focusable element of the header, and the first ones after it, has
      an outline (or box-shadow) with a contrast of at least 3:1 against the colour around
      it (WCAG 1.4.11, 2.4.7).
    - Reflow: at 320 CSS pixels wide (1280 px at 400 % zoom) nothing scrolls sideways; a
      wide table may scroll inside its own container (WCAG 1.4.10).
    """
    page.wait_for_load_state("load")
    DAUER["seiten"] += 1
    _melden(
        page, _fehleruebersicht_pruefen(page) + _fokusrahmen_pruefen(page) + _umbruch_pruefen(page)
    )


def _melden(page, fehler: list[str]) -> None:
    if fehler:
        zeilen = [f"Barrierefreiheit über axe hinaus / beyond axe, auf {page.url}:", *fehler]
        pytest.fail("\n- ".join(zeilen), pytrace=False)


# The checks themselves, in JavaScript: mehr_als_axe.js holds an object of three functions.
MEHR_ALS_AXE_JS = BROWSER_DIR / "mehr_als_axe.js"
FOKUSSIERBAR = (
    "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), "
    "select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])"
)
# How many focusable elements after the header are checked as well (it costs little).
FOKUS_WEITERE = 12
REFLOW_BREITE = 320  # CSS pixels: 1280 px at 400 % zoom


@functools.cache
def _mehr_als_axe_quelle() -> str:
    return MEHR_ALS_AXE_JS.read_text(encoding="utf-8")


def _im_browser(page, pruefung: str, argument=None) -> list[str]:
    quelle = _mehr_als_axe_quelle()
    return page.evaluate(f"(argument) => ({quelle}).{pruefung}(argument)", argument)


def _fehleruebersicht_pruefen(page) -> list[str]:
    with _gemessen("Fehlerübersicht"):
        return _im_browser(page, "fehleruebersicht")


def _fokusrahmen_pruefen(page) -> list[str]:
    with _gemessen("Fokusrahmen"):
        return _im_browser(page, "fokusrahmen", [FOKUSSIERBAR, FOKUS_WEITERE])


def _umbruch_pruefen(page) -> list[str]:
    vorher = page.viewport_size
    if vorher is None:
        return []
    with _gemessen("320 px"):
        page.set_viewport_size({"width": REFLOW_BREITE, "height": vorher["height"]})
        try:
            return _im_browser(page, "umbruch", FOKUSSIERBAR)
        finally:
            page.set_viewport_size(vorher)
