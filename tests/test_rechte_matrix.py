"""The permission matrix (issue #6, checklist D1–D3): role × every URL × own/foreign object.

Each row of ``tests/rechte/zeilen_*.py`` names a URL, the objects it is called with and the
expected outcome per HTTP method and role (200, redirect, login, 403, 404, 405). Every URL
pattern of the project must have a row: a new URL without a declared expectation fails
``test_jede_url_hat_eine_zeile``. For each request the test also asserts

- a refused request changes nothing: it sends no INSERT/UPDATE/DELETE to the database
  (the session table aside) and no mail (a Merkliste is stored, so covered too); so
  does a request a case declares without effect for the role (``Fall.ohne_wirkung``: a
  form shown again with its errors, e.g. a Sozialraum outside her Jugendamt);
- no response shows the marker word of an object the role may not see
  (``tests/rechte/welt.py``: drafts, private contacts, other people's Gremien and minutes).

The world, and one logged-in session per role, are built once per module inside a
transaction rolled back at the end; each test runs in a savepoint within it.
"""

import re
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.bestand import gemeinsam_gebaut
from tests.rechte.erwartung import (
    ANMELDUNG,
    ERLAUBT,
    NICHT_ANGEMELDET,
    VERWEIGERT,
    WEITER,
    ergebnis,
    passt,
)
from tests.rechte.muster import alle_muster, ausgenommen, zu_pruefende_muster
from tests.rechte.oeffentlich import PUBLIC_URLS
from tests.rechte.welt import ADMIN, ANONYM, MIT_ROLLE, ROLLEN, SUPERUSER, welt_bauen
from tests.rechte.zeilen import ZEILEN, matrixfaelle, matrixfall_id

pytestmark = pytest.mark.django_db

# Leaks found by the matrix and reported, not yet fixed: (row, case prefix) → what leaks.
# A case that leaks is marked xfail with this text; a case that no longer leaks passes, and
# test_bekannte_lecks_bestehen_noch fails until the entry is removed.
BEKANNTE_LECKS: dict[tuple[str, str], str] = {}

SCHREIBEN = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)
TOKENS = {200, 401, 403, 404, 405, ANMELDUNG, WEITER, ERLAUBT}


@pytest.fixture(scope="module")
def welt(django_db_setup, django_db_blocker, tmp_path_factory):
    medien = override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("medien"))
    medien.enable()
    yield from gemeinsam_gebaut(django_db_blocker, _bauen)
    medien.disable()


def _bauen():
    """The world, and a logged-in session per role."""
    gebaut = welt_bauen()
    for rolle, user in gebaut.nutzer.items():
        anmeldung = Client()
        anmeldung.force_login(user)
        gebaut.sitzungen[rolle] = anmeldung.cookies[settings.SESSION_COOKIE_NAME].value
    return gebaut


@pytest.fixture(scope="module")
def ein_client():
    """One test client for the module: a new one would load the middleware again, and
    whitenoise scans every static file when it starts."""
    return Client()


@pytest.fixture
def client(ein_client):
    """The module's client without cookies: nobody is logged in, the session is new."""
    ein_client.cookies.clear()
    return ein_client


def schreibzugriffe(abfragen) -> list[str]:
    """SQL statements that change data, except those on the session table."""
    return [
        a["sql"][:120]
        for a in abfragen
        if (treffer := SCHREIBEN.match(a["sql"])) and treffer.group(1) != "django_session"
    ]


def anfrage(client, welt, zeile, fall, methode, rolle):
    url = reverse(zeile.name, kwargs=fall.kwargs(welt, rolle))
    query = fall.query(welt) if fall.query else {}
    if methode == "GET":
        antwort = client.get(url, query)
    else:
        if query:
            url = f"{url}?{urlencode(query)}"
        antwort = client.post(url, fall.daten(welt) if fall.daten else {})
    if antwort.streaming:
        # Read to the end: the test client then closes the file (not response.close(), which
        # would close the database connection inside the module's transaction).
        antwort.inhalt = b"".join(antwort.streaming_content)
    return url, antwort


def lecks(antwort, welt, rolle) -> list[str]:
    """Marker words in the response of objects ``rolle`` may not see."""
    inhalt = antwort.inhalt if antwort.streaming else antwort.content
    text = inhalt.decode("utf-8", "replace").lower()
    return [f"{g.marke} ({g.was})" for g in welt.verborgen_vor(rolle) if g.marke in text]


def _parameter():
    """Every case; a known deviation (``Fall.abweichung``) as a strict xfail."""
    for wert in matrixfaelle():
        _zeile, fall, methode, rolle = wert
        marken = ()
        if grund := fall.abweichung.get((methode, rolle)):
            marken = (pytest.mark.xfail(reason=f"bekannte Abweichung: {grund}", strict=True),)
        yield pytest.param(wert, marks=marken, id=matrixfall_id(wert))


@pytest.mark.parametrize("testfall", list(_parameter()))
def test_rechte_matrix(client, welt, testfall):
    zeile, fall, methode, rolle = testfall
    erwartet = fall.erwartet[methode][rolle]
    if rolle != ANONYM:
        client.cookies[settings.SESSION_COOKIE_NAME] = welt.sitzungen[rolle]
    if fall.vorher:
        fall.vorher(client, welt)
    post = len(mail.outbox)

    with CaptureQueriesContext(connection) as abfragen:
        url, antwort = anfrage(client, welt, zeile, fall, methode, rolle)

    tatsaechlich = ergebnis(antwort)
    assert passt(erwartet, tatsaechlich), (
        f"{methode} {url} als {rolle}: {tatsaechlich} statt {erwartet}"
    )
    if erwartet in VERWEIGERT or rolle in fall.ohne_wirkung:
        assert not schreibzugriffe(abfragen), f"verweigert, aber geschrieben: {methode} {url}"
        assert len(mail.outbox) == post, f"verweigert, aber Mail verschickt: {methode} {url}"
    sicht = fall.sicht_von(rolle) if fall.sicht_von else rolle
    gefunden = lecks(antwort, welt, sicht)
    if gefunden and (bekannt := bekanntes_leck(zeile, fall)):
        pytest.xfail(f"bekanntes Leck: {bekannt}")
    assert not gefunden, f"{methode} {url} als {rolle} zeigt Fremdes"


def bekanntes_leck(zeile, fall) -> str | None:
    return next(
        (
            text
            for (name, praefix), text in BEKANNTE_LECKS.items()
            if zeile.name == name and fall.name.startswith(praefix)
        ),
        None,
    )


def test_bekannte_lecks_bestehen_noch(client, welt):
    """Once a known leak is fixed, its entry in BEKANNTE_LECKS must go (and the cases pass)."""
    for (name, praefix), text in BEKANNTE_LECKS.items():
        gefunden = []
        for zeile, fall, methode, rolle in matrixfaelle():
            if zeile.name != name or not fall.name.startswith(praefix) or rolle == ANONYM:
                continue
            client.cookies[settings.SESSION_COOKIE_NAME] = welt.sitzungen[rolle]
            _url, antwort = anfrage(client, welt, zeile, fall, methode, rolle)
            gefunden += lecks(antwort, welt, rolle)
        assert gefunden, (
            f"behoben? Eintrag ({name}, {praefix}) aus BEKANNTE_LECKS entfernen: {text}"
        )


# --- the matrix itself --------------------------------------------------------------------


def test_jede_url_hat_eine_zeile():
    """A new URL fails here until the matrix says who may open it."""
    muster = zu_pruefende_muster()
    zeilen = [z.name for z in ZEILEN]
    ohne_zeile = sorted(muster - set(zeilen))
    assert not ohne_zeile, (
        "URLs ohne Zeile in der Rechte-Matrix (tests/rechte/zeilen_*.py): " + ", ".join(ohne_zeile)
    )
    assert not sorted(set(zeilen) - muster), "Matrix-Zeilen ohne URL"
    assert len(zeilen) == len(set(zeilen)), "eine URL hat mehrere Zeilen"


def test_jede_zeile_nennt_jede_rolle():
    for zeile in ZEILEN:
        assert zeile.faelle, zeile.name
        for fall in zeile.faelle:
            assert fall.erwartet, f"{zeile.name}[{fall.name}]: keine Methode"
            for methode, je_rolle in fall.erwartet.items():
                assert methode in {"GET", "POST"}
                assert set(je_rolle) == set(ROLLEN), f"{zeile.name}[{fall.name}] {methode}"
                assert set(je_rolle.values()) <= TOKENS, f"{zeile.name}[{fall.name}]"


def test_anonym_nur_auf_oeffentlichen_urls():
    """Only URLs in PUBLIC_URLS may answer anonymous visitors without sending them to log
    in; and each of them (outside the admin) says so in its row. Cases named
    ``offene_daten…`` switch ``OFFENE_DATEN`` on for their request: an installation that
    publishes open data opens its open-data APIs on purpose (docs/api.md)."""
    oeffentlich = {
        z.name
        for z in ZEILEN
        for f in z.faelle
        for je_rolle in f.erwartet.values()
        if je_rolle[ANONYM] not in (ANMELDUNG, NICHT_ANGEMELDET)
        and not f.name.startswith("offene_daten")
    }
    erwartet = {s for s, regex in alle_muster() if s in PUBLIC_URLS and not ausgenommen(s, regex)}
    assert oeffentlich == erwartet


# --- the markers are real -----------------------------------------------------------------


def _belege(welt):
    """Pages on which the allowed roles see every marker (so the leak check is not empty)."""
    o = welt.o
    seiten = [
        (SUPERUSER, "gremien:sitzung", {"pk": o[k].pk}) for k in o if k.startswith("sitzung_")
    ]
    seiten += [
        (SUPERUSER, "gremien:gremium", {"pk": o[k].pk}) for k in o if k.startswith("gremium_")
    ]
    seiten += [
        (SUPERUSER, "angebote:angebot", {"pk": o[k].pk}) for k in o if k.startswith("angebot_")
    ]
    seiten += [(SUPERUSER, "traeger:traeger", {"pk": o[k].pk}) for k in ("A", "B")]
    seiten += [(SUPERUSER, "angebote:vorschlag", {"pk": o[f"vorschlag_{k}"].pk}) for k in "AB"]
    seiten += [(ADMIN, "traeger:rechte", {})]
    sozialraum = {"schluessel": o["sozialraum_eigen"].schluessel}
    for rolle in MIT_ROLLE:
        seiten += [
            (rolle, "traeger:kontakte", {}),
            (rolle, "traeger:kontakte_sozialraum", sozialraum),
            (rolle, "sozialraum", sozialraum),  # resources and barriers of the area
        ]
    return seiten


def test_marken_erscheinen_fuer_berechtigte(client, welt):
    gesehen = set()
    for rolle, name, kwargs in _belege(welt):
        client.cookies[settings.SESSION_COOKIE_NAME] = welt.sitzungen[rolle]
        antwort = client.get(reverse(name, kwargs=kwargs))
        assert antwort.status_code == 200, (rolle, name, kwargs)
        text = antwort.content.decode().lower()
        gesehen |= {g.marke for g in welt.geheimnisse if rolle in g.sichtbar and g.marke in text}
    fehlend = [g.marke for g in welt.geheimnisse if g.sichtbar and g.marke not in gesehen]
    assert not fehlend, f"Marken, die niemand zu sehen bekommt (Prüfung wäre leer): {fehlend}"


def test_schreibpruefung_erkennt_aenderungen(client, welt):
    """The "changes nothing" check is not empty: an allowed POST that acts is caught by it."""
    client.cookies[settings.SESSION_COOKIE_NAME] = welt.sitzungen[ADMIN]
    url = reverse("gremien:freigeben", kwargs={"pk": welt.o["sitzung_eigen_entwurf"].pk})
    with CaptureQueriesContext(connection) as abfragen:
        assert ergebnis(client.post(url)) == WEITER
    assert schreibzugriffe(abfragen)
