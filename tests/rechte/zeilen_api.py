"""Rows of the registry's own API (/api/v1/, schnittstellen/) and its token page.

Design (docs/api.md): the API shows exactly what the HTML pages show the same person,
through the same permission functions, so each row mirrors the page it stands for
(zeilen_angebote.py, zeilen_traeger.py, zeilen_gremien.py): published offers for every
login, other offers only for ``TRAEGER_LESER``, Träger and Einrichtungen for every login
(internal Ansprechpersonen only with a role: the marker check), Sitzungen of the Gremien
one may read (``GREMIUM_LESER``), areas for all. Anonymous callers get 401 (JSON), not the
login redirect; only the HTML docs page sends them to the login.

Every API case runs twice: with the role's browser session, and with a personal API token
of the same person instead (``…_schluessel``, no session cookie): the token must give the
same answers. The token page (``api_schluessel``) is everybody's own: a token of someone
else does not exist (404), also for the administration.

The matrix client is shared by the module, so each API case sets or removes the
``Authorization`` header itself (``vorher``); rows of other pages ignore the header.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from .erwartung import (
    ERLAUBT,
    NICHT_ANGEMELDET,
    WEITER,
    Zeile,
    eigen_oder,
    erwarte,
    fall,
    fuer_alle,
)
from .welt import ANGEBOT_STATUS, ANGEMELDET, GREMIUM_LESER, TRAEGER_LESER

KOPF = "HTTP_AUTHORIZATION"


def _rolle_der_sitzung(client, welt) -> str | None:
    """The role whose login the matrix put into the client (None: anonymous)."""
    cookie = client.cookies.get(settings.SESSION_COOKIE_NAME)
    return next((r for r, k in welt.sitzungen.items() if cookie and k == cookie.value), None)


def _mit_sitzung(client, welt) -> None:
    client.defaults.pop(KOPF, None)


def _mit_schluessel(client, welt) -> None:
    """Replace the role's session by a personal token of the same person. Its last use is
    set to now: a refused request then writes nothing (the use is recorded once a minute)."""
    from sozialraum.models import Zugangsschluessel
    from sozialraum.zugang.schluessel import schluessel_anlegen

    client.defaults.pop(KOPF, None)
    rolle = _rolle_der_sitzung(client, welt)
    if rolle is None:
        return  # anonymous: no token either
    schluessel, token = schluessel_anlegen(welt.nutzer[rolle], "Matrix")
    Zugangsschluessel.objects.filter(pk=schluessel.pk).update(last_used_at=timezone.now())
    client.cookies.pop(settings.SESSION_COOKIE_NAME, None)
    client.defaults[KOPF] = f"Bearer {token}"


def api(*stufen, sonst=200) -> dict:
    return erwarte(*stufen, sonst=sonst, anonym=NICHT_ANGEMELDET)


def _zweimal(name, kwargs=None, *, get, query=None) -> tuple:
    """The case with the session and with a token."""
    return (
        fall(name, kwargs, get=get, query=query, vorher=_mit_sitzung),
        fall(f"{name}_schluessel", kwargs, get=get, query=query, vorher=_mit_schluessel),
    )


def _kennung(schluessel: str, uuid: bool = False):
    def kwargs(welt, rolle):
        obj = welt.o[schluessel]
        return {"kennung": str(obj.uuid) if uuid else obj.pk}

    return kwargs


def _tippfehler(kurz: str, status: str):
    """As in the HTML search: a query one letter off a word only an unpublished offer has."""
    marke = f"geheimangebot{kurz}{status}".lower()
    return lambda welt: {"q": marke[:-4] + "x" + marke[-3:]}


def _seit_zwei_monaten(welt) -> dict:
    """The world's Sitzungen lie 14 and 42 days back: the list from 60 days ago shows them."""
    return {"ab": (timezone.localdate() - datetime.timedelta(days=60)).isoformat()}


def _im_gremium(art: str):
    return lambda welt: {**_seit_zwei_monaten(welt), "gremium": welt.o[f"gremium_{art}"].pk}


def _sehen(kurz: str, status: str):
    return ANGEMELDET if status == "veroeffentlicht" else TRAEGER_LESER[kurz]


def _schluessel_von(wessen: str):
    """Before the request (not while it is watched for writes): a token to revoke, of the
    requesting person ("eigen"; anonymous visitors try the Fachkraft's) or of a colleague."""

    def vorher(client, welt) -> None:
        from sozialraum.zugang.schluessel import schluessel_anlegen

        _mit_sitzung(client, welt)
        rolle = eigen_oder(_rolle_der_sitzung(client, welt) or "anonym")
        besitzerin = welt.nutzer[rolle if wessen == "eigen" else "kollegin"]
        welt.o[f"api_schluessel_{wessen}"] = schluessel_anlegen(besitzerin, "Matrix")[0]

    return vorher


def _schluessel(wessen: str):
    return lambda welt, rolle: {"pk": welt.o[f"api_schluessel_{wessen}"].pk}


ZEILEN = [
    Zeile("api_v1:api-root", _zweimal("ohne", get=api())),
    Zeile("api_v1:openapi-json", _zweimal("ohne", get=api())),
    Zeile(
        "api_v1:openapi-view",
        _zweimal("ohne", get=fuer_alle(200)),
        grund="die HTML-Beschreibung (Swagger UI): ohne Anmeldung zur Anmeldeseite",
    ),
    Zeile(
        "api_v1:angebote",
        (
            *_zweimal("ohne", get=api()),
            *(
                c
                for kurz, status in (("A", "archiviert"), ("B", "entwurf"))
                for c in _zweimal(
                    f"tippfehler_{kurz}_{status}", get=api(), query=_tippfehler(kurz, status)
                )
            ),
        ),
        grund="die Suche der Startseite: nur veröffentlichte Angebote, Korrekturen verraten "
        "keine Wörter fremder Entwürfe",
    ),
    Zeile(
        "api_v1:angebot",
        (
            *(
                c
                for kurz, status in ((k, s) for k in "AB" for s in ANGEBOT_STATUS)
                for c in _zweimal(
                    f"{kurz}_{status}",
                    _kennung(f"angebot_{kurz}_{status}"),
                    get=api((_sehen(kurz, status), 200), sonst=404),
                )
            ),
            *_zweimal(
                "B_entwurf_uuid",
                _kennung("angebot_B_entwurf", uuid=True),
                get=api((TRAEGER_LESER["B"], 200), sonst=404),
            ),
        ),
        grund="wie die Seite des Angebots (darf_angebot_sehen); per Nummer und per UUID",
    ),
    Zeile(
        "api_v1:einrichtung",
        tuple(c for k in "AB" for c in _zweimal(k, _kennung(f"einrichtung_{k}"), get=api())),
        grund="jede angemeldete Person; interne Ansprechpersonen nur mit Rolle",
    ),
    Zeile(
        "api_v1:traeger",
        tuple(c for k in "AB" for c in _zweimal(k, _kennung(k), get=api())),
        grund="jede angemeldete Person; nur veröffentlichte Angebote, interne Ansprechpersonen "
        "nur mit Rolle",
    ),
    Zeile(
        "api_v1:gebiete",
        (
            *_zweimal("ohne", get=api()),
            *_zweimal("quartiere", get=api(), query=lambda welt: {"ebene": "quartier"}),
        ),
    ),
    Zeile(
        "api_v1:sitzungen",
        (
            *_zweimal("alle", get=api(), query=_seit_zwei_monaten),
            *(
                c
                for art in ("eigen", "fremd", "offen")
                for c in _zweimal(
                    f"gremium_{art}",
                    get=api((GREMIUM_LESER[art], 200), sonst=404),
                    query=_im_gremium(art),
                )
            ),
        ),
        grund="nur Sitzungen der Gremien, die man lesen darf; ein fremdes Gremium gibt es nicht",
    ),
    Zeile(
        "api_schluessel",
        (
            fall(
                "ohne",
                get=fuer_alle(200),
                post=fuer_alle(ERLAUBT),
                daten=lambda welt: {"name": "Fachverfahren der Matrix"},
                vorher=_mit_sitzung,
            ),
        ),
        grund="jede angemeldete Person verwaltet ihre eigenen Schlüssel",
    ),
    Zeile(
        "api_schluessel_widerrufen",
        (
            fall(
                "eigen",
                _schluessel("eigen"),
                post=fuer_alle(WEITER),
                vorher=_schluessel_von("eigen"),
            ),
            fall(
                "fremd",
                _schluessel("fremd"),
                post=fuer_alle(404),
                vorher=_schluessel_von("fremd"),
            ),
        ),
        grund="nur die eigenen Schlüssel; fremde gibt es nicht, auch nicht für die Verwaltung",
    ),
]
