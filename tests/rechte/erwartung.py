"""Status tokens, expectations per role, and the row and case types of the matrix."""

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.urls import reverse

from .welt import ANONYM, ROLLEN

# What a request may end in. 200/403/404/405 are status codes; the others are classes.
ANMELDUNG = "anmeldung"  # 302 to the login page with ?next= (LoginRequiredMiddleware)
WEITER = "weiter"  # 302 somewhere else (a redirecting view did its job)
ERLAUBT = "erlaubt"  # allowed: 200 or WEITER (a POST that acts or shows form errors)
# The APIs answer anonymous callers 401 (JSON with ``WWW-Authenticate``), not the login page.
NICHT_ANGEMELDET = 401
VERWEIGERT = frozenset({ANMELDUNG, NICHT_ANGEMELDET, 403, 404, 405})


def ergebnis(antwort) -> int | str:
    """The response as a token: a status code, ANMELDUNG or WEITER."""
    if antwort.status_code in (301, 302, 303, 307, 308):
        ziel = urlsplit(antwort["Location"])
        anmeldung = ziel.path == reverse("anmelden") and "next=" in ziel.query
        return ANMELDUNG if anmeldung else WEITER
    return antwort.status_code


def passt(erwartet, tatsaechlich) -> bool:
    if erwartet == ERLAUBT:
        return tatsaechlich in (200, WEITER)
    return erwartet == tatsaechlich


def erwarte(*stufen, sonst, anonym=ANMELDUNG) -> dict:
    """Expectation per role: the first ``(roles, token)`` that names the role wins.

    ``erwarte((BEARBEITER, 200), (LESER, 403), sonst=404)``; anonymous visitors go to the
    login unless ``anonym`` says otherwise.
    """
    ergebnis_ = {}
    for rolle in ROLLEN:
        if rolle == ANONYM:
            ergebnis_[rolle] = anonym
            continue
        ergebnis_[rolle] = next((t for rollen, t in stufen if rolle in rollen), sonst)
    return ergebnis_


def fuer_alle(token, anonym=ANMELDUNG) -> dict:
    return erwarte(sonst=token, anonym=anonym)


@dataclass(frozen=True)
class Fall:
    """One object (or none) a URL is called with, and the outcome per method and role.

    ``kwargs(welt, rolle)`` gives the URL's arguments: "own" objects depend on who asks.
    ``erwartet`` maps each method to ``{rolle: token}``. ``daten(welt)`` is the POST body
    (valid where easy, so that a missing check would really change data), ``query(welt)``
    the query string, ``vorher(client, welt)`` prepares the session. ``sicht_von(rolle)``
    names whose view the response shows, if not the requester's (a calendar token stands
    for its owner). ``ohne_wirkung`` names roles whose request is answered like an allowed
    one (a form shown again with its errors, a redirect with a message) but must change
    nothing, as a refused one. ``abweichung`` maps ``(method, role)`` to a known deviation
    of the code from the documented expectation, reported and not yet settled: the test is
    an xfail (strict: once the code follows the rule, the entry must go).
    """

    name: str
    erwartet: dict
    kwargs: Callable = lambda welt, rolle: {}
    daten: Callable | None = None
    query: Callable | None = None
    vorher: Callable | None = None
    sicht_von: Callable | None = None
    ohne_wirkung: frozenset = frozenset()
    abweichung: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Zeile:
    """A URL name and its cases. ``grund`` says why the row looks the way it does."""

    name: str
    faelle: tuple
    grund: str = ""
    methoden: tuple = field(default=())

    def __post_init__(self):
        methoden = sorted({m for f in self.faelle for m in f.erwartet})
        object.__setattr__(self, "methoden", tuple(methoden))


def fall(name, kwargs=None, *, get=None, post=None, **weiteres) -> Fall:
    erwartet = {}
    if get is not None:
        erwartet["GET"] = get
    if post is not None:
        erwartet["POST"] = post
    return Fall(name, erwartet, kwargs or (lambda welt, rolle: {}), **weiteres)


# kwargs helpers ---------------------------------------------------------------------------


def pk(schluessel: str, argument: str = "pk") -> Callable:
    return lambda welt, rolle: {argument: welt.o[schluessel].pk}


def eigen_oder(rolle: str, stellvertreter: str = "fachkraft") -> str:
    """Anonymous visitors own nothing: they try the objects of a stand-in."""
    return stellvertreter if rolle == ANONYM else rolle
