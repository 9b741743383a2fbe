"""E-mails to the Träger-Redaktion about her proposals: approved, or sent back with a comment."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from ..models import Aenderungsvorschlag

logger = logging.getLogger(__name__)


def nach_commit_benachrichtigen(vorschlag: Aenderungsvorschlag, basis_url: str) -> None:
    empfaenger = vorschlag.eingereicht_von
    if empfaenger is None or not empfaenger.email or not empfaenger.is_active:
        return
    transaction.on_commit(lambda: benachrichtigen(vorschlag, basis_url))


def benachrichtigen(vorschlag: Aenderungsvorschlag, basis_url: str) -> None:
    """Tell the Redaktion that her proposal was approved or sent back."""
    zurueck = vorschlag.status == Aenderungsvorschlag.Status.ZURUECKGEGEBEN
    angebot = vorschlag.angebot
    text = render_to_string(
        "angebote/vorschlag_zurueckgegeben.txt"
        if zurueck
        else "angebote/vorschlag_freigegeben.txt",
        {
            "vorschlag": vorschlag,
            "angebot": angebot,
            "empfaenger": vorschlag.eingereicht_von,
            "pruefer": vorschlag.geprueft_von,
            "link": basis_url.rstrip("/") + angebot.get_absolute_url(),
            "link_bearbeiten": basis_url.rstrip("/")
            + reverse("angebote:bearbeiten", args=[angebot.pk]),
            "registry_name": settings.REGISTRY_NAME,
        },
    )
    if zurueck and vorschlag.neu:
        betreff = _("Ihr neues Angebot „%(titel)s“ wurde zurückgegeben")
    elif zurueck:
        betreff = _("Ihre Änderung an „%(titel)s“ wurde zurückgegeben")
    elif vorschlag.neu:
        betreff = _("Ihr neues Angebot „%(titel)s“ ist freigegeben")
    else:
        betreff = _("Ihre Änderung an „%(titel)s“ ist freigegeben")
    nachricht = EmailMessage(
        subject=f"[{settings.REGISTRY_NAME}] " + betreff % {"titel": angebot.titel},
        body=text,
        to=[vorschlag.eingereicht_von.email],
    )
    try:
        nachricht.send()
    except Exception:
        logger.exception("E-Mail zum Änderungsvorschlag %s nicht gesendet", vorschlag.pk)
