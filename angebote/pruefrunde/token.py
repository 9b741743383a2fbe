"""The personal link of a Träger in a Prüfrunde: no password, signed, for a limited time.

The token is ``django.core.signing.dumps([anfrage id, nonce])`` with its own salt: it
names the request and can be neither guessed nor changed. It is refused when

- the signature does not match (tampered, cut off, made up) or the request or its nonce
  is unknown (a new nonce revokes every earlier link): :class:`LinkUngueltig`, a 404;
- it was signed more than ``HOECHSTENS`` ago, or the round's answer period
  (``Pruefrunde.gueltig_bis``) is over: :class:`LinkAbgelaufen`;
- the round is closed: :class:`RundeGeschlossen`.

Each mail signs anew (the reminders too), so ``HOECHSTENS`` counts from the last mail; the
answer period is the limit a Träger sees.
"""

from __future__ import annotations

import datetime
import secrets

from django.core import signing

from sozialraum.werkzeuge.felder import ist_id

from ..models import Pruefanfrage

SALZ = "angebote.pruefrunde.link"
# The cryptographic limit, beyond any answer period a round may have (forms.py: at most
# LAENGSTE_FRIST_TAGE days).
HOECHSTENS = datetime.timedelta(days=180)
LAENGSTE_FRIST_TAGE = 120
_LAENGSTES_TOKEN = 300


class LinkFehler(Exception):
    """A link that does not lead to the request; ``anfrage`` where it is known."""

    def __init__(self, anfrage: Pruefanfrage | None = None):
        super().__init__()
        self.anfrage = anfrage


class LinkUngueltig(LinkFehler):
    pass


class LinkAbgelaufen(LinkFehler):
    pass


class RundeGeschlossen(LinkFehler):
    pass


def neue_nonce() -> str:
    return secrets.token_urlsafe(12)


def token_fuer(anfrage: Pruefanfrage) -> str:
    return signing.dumps([anfrage.pk, anfrage.nonce], salt=SALZ)


def _anfrage(daten) -> Pruefanfrage:
    if not (
        isinstance(daten, list)
        and len(daten) == 2
        and isinstance(daten[0], int)
        and isinstance(daten[1], str)
        and ist_id(str(daten[0]))
    ):
        raise LinkUngueltig
    anfrage = (
        Pruefanfrage.objects.select_related("runde__gestartet_von", "traeger")
        .filter(pk=daten[0], nonce=daten[1])
        .first()
    )
    if anfrage is None:
        raise LinkUngueltig
    return anfrage


def anfrage_zum_token(token: str) -> Pruefanfrage:
    """The request the link stands for, if it may still be answered (else a ``LinkFehler``).

    A token with a wrong signature costs no query.
    """
    if not token or len(token) > _LAENGSTES_TOKEN:
        raise LinkUngueltig
    try:
        daten = signing.loads(token, salt=SALZ, max_age=HOECHSTENS)
    except signing.SignatureExpired:
        # Genuine but old: whose it was tells the Träger whom to ask.
        raise LinkAbgelaufen(_anfrage(signing.loads(token, salt=SALZ))) from None
    except (signing.BadSignature, ValueError):
        raise LinkUngueltig from None
    anfrage = _anfrage(daten)
    if anfrage.runde.geschlossen:
        raise RundeGeschlossen(anfrage)
    if anfrage.runde.abgelaufen:
        raise LinkAbgelaufen(anfrage)
    return anfrage
