"""Personal API tokens (``Zugangsschluessel``): create, check, revoke.

A token is ``sr_`` followed by 32 random bytes in URL-safe Base64 (43 characters). The
registry keeps its SHA-256 and its first characters (``prefix``, to recognise it in a
list), never the token itself: its owner sees it once, right after creating it. Why a
fast hash is enough is said at the model (sozialraum/models.py).

Tokens are read-only: :func:`schluessel_pruefen` is only asked for safe methods (GET, HEAD,
OPTIONS) by the API authentication (sozialraum/zugang/api.py). Creating and revoking are
written to the security log (logger ``sozialraum.zugang.sicherheit``), with the prefix,
never the secret.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from sozialraum.models import Zugangsschluessel
from sozialraum.zugang.sicherheit import _einzeilig

log = logging.getLogger("sozialraum.zugang.sicherheit")

KENNUNG = "sr_"
PREFIX_LAENGE = len(KENNUNG) + 8
# 43 characters of Base64 after the marker; anything much longer is not one of ours.
HOECHSTLAENGE = 100
HOECHSTENS_AKTIV = 20
NAME_LAENGE = Zugangsschluessel._meta.get_field("name").max_length
# The last use is written at most once a minute, not on every request: a busy client would
# otherwise turn every read into a write.
NUTZUNG_SPEICHERN_NACH = timedelta(minutes=1)


class SchluesselFehler(Exception):
    """A token that cannot be created; the message is German and says why."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def schluessel_anlegen(user, name: str) -> tuple[Zugangsschluessel, str]:
    """A new token for ``user`` named ``name``: the stored record and the token itself,
    which is shown once and never again. Raises :class:`SchluesselFehler`."""
    name = " ".join((name or "").split())
    if not name:
        raise SchluesselFehler(_("Bitte dem Schlüssel einen Namen geben, z. B. „Fachverfahren“."))
    if len(name) > NAME_LAENGE:
        raise SchluesselFehler(
            _("Der Name ist zu lang: höchstens %(n)d Zeichen.") % {"n": NAME_LAENGE}
        )
    if Zugangsschluessel.objects.filter(user=user, revoked_at__isnull=True).count() >= (
        HOECHSTENS_AKTIV
    ):
        raise SchluesselFehler(
            _(
                "Sie haben schon %(n)d gültige Schlüssel. Bitte widerrufen Sie einen, den Sie "
                "nicht mehr brauchen."
            )
            % {"n": HOECHSTENS_AKTIV}
        )
    token = KENNUNG + secrets.token_urlsafe(32)
    schluessel = Zugangsschluessel.objects.create(
        user=user, name=name, prefix=token[:PREFIX_LAENGE], secret_hash=_hash(token)
    )
    log.info(
        "api_schluessel_angelegt benutzer=%s schluessel=%s",
        user.get_username(),
        schluessel.prefix,
        extra={"ereignis": "api_schluessel_angelegt", "benutzer": user.get_username()},
    )
    return schluessel, token


def schluessel_pruefen(token: str) -> Zugangsschluessel | None:
    """The valid token ``token`` (not revoked, its account active) with its ``user``, or
    None. Records the use (at most once a minute)."""
    if not token or not token.startswith(KENNUNG) or len(token) > HOECHSTLAENGE:
        return None
    schluessel = (
        Zugangsschluessel.objects.gueltig()
        .select_related("user")
        .filter(secret_hash=_hash(token))
        .first()
    )
    if schluessel is None:
        log.warning(
            "api_schluessel_abgelehnt schluessel=%s",
            _einzeilig(token[:PREFIX_LAENGE]),
            extra={"ereignis": "api_schluessel_abgelehnt"},
        )
        return None
    jetzt = timezone.now()
    if schluessel.last_used_at is None or jetzt - schluessel.last_used_at >= (
        NUTZUNG_SPEICHERN_NACH
    ):
        schluessel.last_used_at = jetzt
        Zugangsschluessel.objects.filter(pk=schluessel.pk).update(last_used_at=jetzt)
    return schluessel


def schluessel_widerrufen(schluessel: Zugangsschluessel, von) -> None:
    """Revoke ``schluessel`` at once (the next request with it gets 401). Revoked tokens
    stay listed, marked, so their owner can tell what happened."""
    if schluessel.revoked_at is not None:
        return
    schluessel.revoked_at = timezone.now()
    schluessel.save(update_fields=["revoked_at"])
    log.info(
        "api_schluessel_widerrufen benutzer=%s schluessel=%s von=%s",
        schluessel.user.get_username(),
        schluessel.prefix,
        von.get_username(),
        extra={"ereignis": "api_schluessel_widerrufen", "benutzer": von.get_username()},
    )


def _konto_geaendert(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    """A new password or a deactivated account ends every token of the account: whoever
    may have taken over the login (the reason to change a password) must not keep reading
    through a token made with it, and a reactivated account starts without old tokens."""
    if raw or instance.pk is None:
        return
    if update_fields is not None and not {"password", "is_active"} & set(update_fields):
        return  # e.g. the login's last_login: nothing to compare
    vorher = sender.objects.filter(pk=instance.pk).values("password", "is_active").first()
    if vorher is None:
        return
    if vorher["password"] != instance.password or (vorher["is_active"] and not instance.is_active):
        anzahl = Zugangsschluessel.objects.filter(
            user_id=instance.pk, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if anzahl:
            log.info(
                "api_schluessel_widerrufen benutzer=%s anzahl=%d grund=konto_geaendert",
                instance.get_username(),
                anzahl,
                extra={"ereignis": "api_schluessel_widerrufen"},
            )


def signale_verbinden() -> None:
    from django.contrib.auth import get_user_model
    from django.db.models.signals import pre_save

    pre_save.connect(_konto_geaendert, sender=get_user_model(), dispatch_uid="schluessel_konto")
