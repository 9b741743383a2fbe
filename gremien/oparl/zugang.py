"""What the OParl endpoints show, and how they answer.

What OParl shows is the same for every caller: the Gremien whose visibility is
"öffentlich" ("Wer darf Protokolle lesen?": everybody), their meetings, agenda items,
memberships and attachments, and minutes only once released. Who may call is the rule of
every API of the registry (sozialraum/zugang/api.py): the browser's login or a personal API
token, and without either only while the installation publishes open data
(``OFFENE_DATEN``); the normal pages show even public Gremien only after a login
(``gremien.permissions.darf_lesen``), so OParl is no more open than they are unless the
city decides so (docs/oparl.md).
"""

from django.conf import settings
from django.http import HttpResponse, JsonResponse

from ..models import Gremium


def offene_daten() -> bool:
    """Whether anonymous callers may read the open data (``OFFENE_DATEN``, off by default)."""
    return bool(getattr(settings, "OFFENE_DATEN", False))


def oeffentliche_gremien():
    """The Gremien OParl shows: visibility "öffentlich", whatever the caller may see beyond
    (an administration sees every Gremium on the normal pages, but not here)."""
    return Gremium.objects.filter(sichtbarkeit=Gremium.Sichtbarkeit.OEFFENTLICH)


class OparlFehler(Exception):
    """A request OParl answers with an error: ``status`` and a German message."""

    status = 400

    def __init__(self, meldung: str):
        super().__init__(meldung)
        self.meldung = meldung


class NichtGefunden(OparlFehler):
    status = 404


def fuer_alle_lesbar(antwort: HttpResponse) -> HttpResponse:
    """With open data, OParl's CORS header, so that web apps of others can read it; "*"
    allows no credentials, so a login never travels along."""
    if offene_daten():
        antwort["Access-Control-Allow-Origin"] = "*"
    return antwort


def json_antwort(daten: dict, status: int = 200) -> HttpResponse:
    # Umlauts as they are: JSON is UTF-8, and people read these answers too.
    return fuer_alle_lesbar(
        JsonResponse(daten, status=status, json_dumps_params={"ensure_ascii": False})
    )
