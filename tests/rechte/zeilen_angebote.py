"""Rows of the Angebote floor: search, map, offer pages, Merkliste, freshness, editing, review.

Design (angebote/permissions.py, angebote/redaktion/views.py): every logged-in user finds
and reads published offers. An offer in any other status (draft, in review, archived) and a
change proposal exist only for those who may edit the offer (the Redaktion of its Träger
via guardian, the Jugendamt-Administration) and for every administration, who reads them
(``TRAEGER_LESER``); for everybody else they are a 404, also when bookmarking, confirming
or editing. An offer one may see but not edit answers 403: a published one for everybody,
an unpublished one of B for the administration scoped to the other Jugendamt (``bezirk``).
The review queue is the administration's; approving or returning a proposal is for the
administration that curates the offer (403 for the Redaktion on her own proposal, and for
``bezirk`` on B's). "Noch aktuell" may also be confirmed by the Sozialraumkoordination of a
Sozialraum the offer runs in or serves.
"""

from .erwartung import ERLAUBT, Zeile, erwarte, fall, fuer_alle, pk
from .welt import (
    ANGEBOT_STATUS,
    ANGEMELDET,
    BESTAETIGER,
    TRAEGER_BEARBEITER,
    TRAEGER_LESER,
    VERWALTUNG,
)

ANGEBOTE = [(kurz, status) for kurz in ("A", "B") for status in ANGEBOT_STATUS]
# Where every non-published status behaves alike, a published and a draft one suffice.
ANGEBOTE_KURZ = [(kurz, status) for kurz, status in ANGEBOTE if status in ANGEBOT_STATUS[:2]]


def _sehen(kurz: str, status: str):
    return ANGEMELDET if status == "veroeffentlicht" else TRAEGER_LESER[kurz]


def _handeln(darf, kurz: str, status: str) -> dict:
    """Acting on an offer: allowed for ``darf``; 403 for those who see it (published: all;
    otherwise its readers); for everybody else it does not exist (404)."""
    return erwarte((darf, ERLAUBT), (_sehen(kurz, status), 403), sonst=404)


def _angebot(kurz: str, status: str):
    return pk(f"angebot_{kurz}_{status}")


def _alle_gemerkt(client, welt) -> None:
    """Every offer on the requester's active Merkliste, drafts too (an offer can be
    unpublished after it was bookmarked): the list must still show published ones only."""
    from angebote.models import Merkliste, Merklisteneintrag

    user_id = client.session.get("_auth_user_id")
    if user_id is None:  # anonymous: sent to the login before any list is read
        return
    liste, _neu = Merkliste.objects.get_or_create(
        owner_id=user_id, name="Matrixliste", defaults={"aktiv": True}
    )
    for k, o in welt.o.items():
        if k.startswith("angebot_"):
            Merklisteneintrag.objects.get_or_create(liste=liste, angebot=o)


def _tippfehler(kurz: str, status: str):
    """A query one letter off a word that occurs only in an unpublished offer."""
    marke = f"geheimangebot{kurz}{status}".lower()
    return lambda welt: {"q": marke[:-4] + "x" + marke[-3:]}


SUCHE = (
    fall("ohne", get=fuer_alle(200)),
    # The typo correction works on a vocabulary of search words: a query near a word that
    # occurs only in someone else's unpublished offer must not reveal that word.
    *(
        fall(f"tippfehler_{kurz}_{status}", get=fuer_alle(200), query=_tippfehler(kurz, status))
        for kurz, status in (("A", "archiviert"), ("B", "entwurf"))
    ),
)


def _vorschlag(kurz: str, *, get=None, post=None) -> object:
    return fall(kurz, pk(f"vorschlag_{kurz}"), get=get, post=post)


def _pruefen(kurz: str) -> dict:
    """Approve or return a proposal: the administration that curates the offer; 403 for
    those who see it, else 404."""
    return erwarte(
        (TRAEGER_BEARBEITER[kurz] & VERWALTUNG, ERLAUBT), (TRAEGER_LESER[kurz], 403), sonst=404
    )


ZEILEN = [
    Zeile("start", SUCHE, grund="die Suche ist die Startseite jeder angemeldeten Person"),
    Zeile("angebote:karte", (fall("ohne", get=fuer_alle(200)),)),
    Zeile(
        "angebote:angebot",
        tuple(
            fall(f"{k}_{s}", _angebot(k, s), get=erwarte((_sehen(k, s), 200), sonst=404))
            for k, s in ANGEBOTE
        ),
    ),
    Zeile(
        "angebote:merken",
        tuple(
            fall(f"{k}_{s}", _angebot(k, s), post=erwarte((_sehen(k, s), ERLAUBT), sonst=404))
            for k, s in ANGEBOTE_KURZ
        ),
        grund="auf der eigenen aktiven Merkliste; Entwürfe anderer gibt es nicht (404)",
    ),
    Zeile(
        "angebote:bestaetigen",
        tuple(
            fall(
                f"{k}_{s}",
                _angebot(k, s),
                post=_handeln(
                    BESTAETIGER[k] if s == "veroeffentlicht" else TRAEGER_BEARBEITER[k], k, s
                ),
            )
            for k, s in ANGEBOTE_KURZ
        ),
        grund="„Noch aktuell“: wer bearbeiten darf, und die Sozialraumkoordination vor Ort",
    ),
    Zeile("angebote:aktualitaet", (fall("ohne", get=fuer_alle(200)),)),
    Zeile(
        "angebote:merkliste",
        (
            fall("ohne", get=fuer_alle(200)),
            fall("alles_gemerkt", get=fuer_alle(200), vorher=_alle_gemerkt),
        ),
    ),
    Zeile(
        "angebote:merkliste_drucken",
        (fall("alles_gemerkt", get=fuer_alle(200), vorher=_alle_gemerkt),),
    ),
    Zeile(
        "angebote:merkliste_leeren",
        (fall("ohne", post=fuer_alle(ERLAUBT)),),
        grund="leert nur eine eigene Merkliste (eine fremde: tests/test_merkliste.py)",
    ),
    # Editing and review
    Zeile(
        "angebote:neu",
        (
            *(
                fall(
                    kurz,
                    get=erwarte((TRAEGER_BEARBEITER[kurz], 200), sonst=403),
                    post=erwarte((TRAEGER_BEARBEITER[kurz], ERLAUBT), sonst=403),
                    query=lambda welt, kurz=kurz: {"traeger": welt.o[kurz].pk},
                )
                for kurz in ("A", "B")
            ),
            fall("ohne_traeger", get=fuer_alle(404), post=fuer_alle(404)),
        ),
        grund="ein neues Angebot für einen Träger, den man bearbeiten darf (?traeger=)",
    ),
    Zeile(
        "angebote:bearbeiten",
        tuple(
            fall(
                f"{k}_{s}",
                _angebot(k, s),
                get=erwarte((TRAEGER_BEARBEITER[k], 200), (_sehen(k, s), 403), sonst=404),
                post=_handeln(TRAEGER_BEARBEITER[k], k, s),
            )
            for k, s in ANGEBOTE_KURZ
        ),
        grund="wer das Angebot pflegt; wer es nur sieht: 403 (auch die Administration eines "
        "anderen Jugendamts bei Entwürfen von B)",
    ),
    Zeile("angebote:pruefliste", (fall("ohne", get=erwarte((VERWALTUNG, 200), sonst=403)),)),
    Zeile(
        "angebote:vorschlag",
        tuple(_vorschlag(k, get=erwarte((TRAEGER_LESER[k], 200), sonst=404)) for k in "AB"),
        grund="Vorschläge sieht, wer das Angebot bearbeiten oder Vorschläge prüfen darf",
    ),
    Zeile(
        "angebote:freigeben",
        tuple(_vorschlag(k, post=_pruefen(k)) for k in "AB"),
        grund="die Administration, die das Angebot pflegt; eine andere liest nur (403)",
    ),
    Zeile("angebote:zurueckgeben", tuple(_vorschlag(k, post=_pruefen(k)) for k in "AB")),
    Zeile(
        "angebote:zurueckziehen",
        tuple(
            _vorschlag(
                k,
                post=erwarte((TRAEGER_BEARBEITER[k], ERLAUBT), (TRAEGER_LESER[k], 403), sonst=404),
            )
            for k in "AB"
        ),
        grund="wer das Angebot pflegt, zieht den Vorschlag zurück; wer ihn nur liest: 403; "
        "andere sehen ihn nicht (404)",
    ),
]
