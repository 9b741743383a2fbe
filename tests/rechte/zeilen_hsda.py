"""Rows of the HSDA read API at /api/hsds/ (angebote/hsds/api.py, docs/hsds.md).

Design: HSDA publishes, it does not administer. Every caller gets the same answer: the
published offers (of every Träger, in either Jugendamt), their Träger and places, the two
vocabularies; an offer in any other status, and its service_at_locations, answers 404 for
every role, the administration too (she sees drafts on the normal pages, not here). Internal
Ansprechpersonen never appear (the marker check).

Who may call: every login (browser session, or a personal API token: the ``…_schluessel``
cases), with or without a role. Anonymous callers get 401 (JSON) while ``OFFENE_DATEN`` is
off, the default; the ``offene_daten…`` cases switch it on for their one request and then
read the same without a login.

The matrix client is shared by the module: every case removes or sets the Authorization
header itself (zeilen_api.py's helpers).
"""

from django.core.signals import got_request_exception, request_finished
from django.test import override_settings

from .erwartung import Zeile, erwarte, fall
from .welt import ANGEBOT_STATUS
from .zeilen_api import NICHT_ANGEMELDET, _mit_schluessel, _mit_sitzung


def _offene_daten(client, welt) -> None:
    """``OFFENE_DATEN`` on for the next request only: switched off again when the test
    client finishes it (``request_finished``) or when it raises."""
    _mit_sitzung(client, welt)
    umschalten = override_settings(OFFENE_DATEN=True)
    umschalten.enable()

    def zurueck(**kwargs) -> None:
        request_finished.disconnect(zurueck)
        got_request_exception.disconnect(zurueck)
        umschalten.disable()

    request_finished.connect(zurueck, weak=False)
    got_request_exception.connect(zurueck, weak=False)


def _alle(token, *, offen: bool) -> dict:
    """``token`` for every login; anonymous: 401, or the same as everybody with open data."""
    return erwarte(sonst=token, anonym=token if offen else NICHT_ANGEMELDET)


def _faelle(name: str, kwargs=None, token=200, *, zugaenge: bool = True) -> tuple:
    """A case with the session; with ``zugaenge`` also one with a personal token and one
    with open data."""
    faelle = [fall(name, kwargs, get=_alle(token, offen=False), vorher=_mit_sitzung)]
    if zugaenge:
        faelle += [
            fall(
                f"{name}_schluessel", kwargs, get=_alle(token, offen=False), vorher=_mit_schluessel
            ),
            fall(
                f"offene_daten_{name}", kwargs, get=_alle(token, offen=True), vorher=_offene_daten
            ),
        ]
    return tuple(faelle)


# The ways in are the same for every offer: asked for one published and one draft.
ZUGAENGE = {("A", "veroeffentlicht"), ("B", "entwurf")}


def _je_angebot(kwargs_von) -> tuple:
    """A case per offer of A and B in each status: published 200, otherwise 404."""
    return tuple(
        c
        for kurz in "AB"
        for status in ANGEBOT_STATUS
        for c in _faelle(
            f"{kurz}_{status}",
            kwargs_von(f"angebot_{kurz}_{status}", kurz),
            200 if status == "veroeffentlicht" else 404,
            zugaenge=(kurz, status) in ZUGAENGE,
        )
    )


def _dienst(schluessel: str, kurz: str):
    return lambda welt, rolle: {"id": str(welt.o[schluessel].uuid)}


def _dienst_am_ort(schluessel: str, kurz: str):
    def kwargs(welt, rolle):
        from angebote.hsds.ausgabe.abbilden import kennung

        angebot, ort = welt.o[schluessel], welt.o[f"einrichtung_{kurz}"]
        return {"id": kennung(angebot.uuid, "service_at_location", ort.uuid)}

    return kwargs


def _traeger(kurz: str):
    return lambda welt, rolle: {"id": str(welt.o[kurz].uuid)}


def _taxonomie(welt, rolle) -> dict:
    from angebote.hsds.ausgabe.abbilden import kennung

    return {"id": kennung("taxonomy", "kategorien")}


def _begriff(welt, rolle) -> dict:
    from angebote.models import Kategorie

    return {"id": str(Kategorie.objects.order_by("pk").first().uuid)}


def _liste(name: str, grund: str) -> Zeile:
    return Zeile(f"hsda:{name}", _faelle("ohne"), grund=grund)


ZEILEN = [
    _liste("wurzel", "getAPIMetaInformation: Version und Beschreibung"),
    _liste("openapi", "die ausgelieferte Beschreibung, gleicher Zugang wie die Daten"),
    _liste("services", "nur veröffentlichte Angebote, für alle gleich"),
    _liste("organizations", "Träger mit veröffentlichten Angeboten"),
    _liste("service_at_locations", "veröffentlichte Angebote an ihren Orten"),
    _liste("taxonomies", "Kategorien und Zielgruppen"),
    _liste("taxonomy_terms", "Kategorien und Zielgruppen"),
    Zeile(
        "hsda:service",
        _je_angebot(_dienst),
        grund="ein nicht veröffentlichtes Angebot gibt es hier für niemanden, auch nicht für "
        "die Verwaltung",
    ),
    Zeile(
        "hsda:service_at_location",
        _je_angebot(_dienst_am_ort),
        grund="wie das Angebot: nur veröffentlichte",
    ),
    Zeile(
        "hsda:organization",
        tuple(c for kurz in "AB" for c in _faelle(kurz, _traeger(kurz), zugaenge=kurz == "A")),
        grund="beide Träger haben ein veröffentlichtes Angebot",
    ),
    Zeile("hsda:taxonomy", _faelle("kategorien", _taxonomie)),
    Zeile("hsda:taxonomy_term", _faelle("kategorie", _begriff)),
]
