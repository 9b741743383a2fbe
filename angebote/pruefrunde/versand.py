"""The e-mails of a Prüfrunde: the request to each Träger, and up to two reminders.

Every mail goes through Django's e-mail backend (text with an HTML alternative), one
message per Träger. Each mail is *claimed* before it is sent: a conditional update sets
``gesendet_am`` (or ``erinnert_1_am`` / ``erinnert_2_am``) only where it is still empty, so
two runs at once (the start page and cron, cron twice) never send a Träger the same mail
twice. A backend error marks the request "unzustellbar" with the reason; it then appears on
the follow-up list (phone or letter).

Called by the views (start, "send the rest") and ``manage.py pruefrunden_erinnern``.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..models import Pruefanfrage, Pruefposten, Pruefrunde
from .token import neue_nonce, token_fuer

logger = logging.getLogger(__name__)

# Mails sent within one web request; the rest follow with "Weitere E-Mails senden" or the
# next cron run (a request must end before the server's timeout).
JE_ANFRAGE = 200
ERSTE, ERINNERUNG_1, ERINNERUNG_2 = 0, 1, 2
_FELD = {ERSTE: "gesendet_am", ERINNERUNG_1: "erinnert_1_am", ERINNERUNG_2: "erinnert_2_am"}


@dataclass
class Versandbericht:
    gesendet: list[Pruefanfrage] = field(default_factory=list)
    fehlgeschlagen: list[Pruefanfrage] = field(default_factory=list)
    ausstehend: int = 0  # still to send after this run (the limit was reached)


def antwort_link(anfrage: Pruefanfrage, basis_url: str) -> str:
    pfad = reverse("angebote:pruefrunde_antwort", args=[token_fuer(anfrage)])
    return basis_url.rstrip("/") + pfad


def kontakt(runde: Pruefrunde) -> dict:
    """Whom the Träger asks: the person who started the round, else the registry's sender."""
    person = runde.gestartet_von
    if person is not None and person.is_active and person.email:
        return {"name": person.get_full_name() or person.get_username(), "email": person.email}
    return {"name": "", "email": settings.DEFAULT_FROM_EMAIL}


def _mit_posten(anfragen):
    """Requests with their records, in a fixed number of queries for any number of them."""
    posten = Pruefposten.objects.select_related("angebot", "einrichtung").prefetch_related(
        "angebot__einrichtungen"
    )
    return anfragen.select_related("traeger", "runde__gestartet_von").prefetch_related(
        models.Prefetch("posten", queryset=posten.order_by("pk"), to_attr="alle_posten")
    )


def nachricht(anfrage: Pruefanfrage, basis_url: str, art: int = ERSTE) -> EmailMultiAlternatives:
    """The mail to the Träger; a reminder lists only what is still open."""
    runde = anfrage.runde
    posten = [
        p for p in anfrage.alle_posten if art == ERSTE or p.ergebnis == Pruefposten.Ergebnis.OFFEN
    ]
    ansprechpartner = kontakt(runde)
    kontext = {
        "anfrage": anfrage,
        "runde": runde,
        "traeger": anfrage.traeger,
        "angebote": [p.angebot for p in posten if p.angebot_id],
        "einrichtungen": [p.einrichtung for p in posten if p.einrichtung_id],
        "link": antwort_link(anfrage, basis_url),
        "erinnerung": art,
        "kontakt": ansprechpartner,
        "registry_name": settings.REGISTRY_NAME,
        "stadt_name": settings.STADT_NAME,
    }
    bis = date_format(runde.gueltig_bis, "j. F Y")
    if art == ERSTE:
        betreff = _("Sind Ihre Angaben noch aktuell? Bitte bis %(bis)s prüfen") % {"bis": bis}
    else:
        betreff = _("Erinnerung: Sind Ihre Angaben noch aktuell? Bitte bis %(bis)s prüfen") % {
            "bis": bis
        }
    mail = EmailMultiAlternatives(
        subject=f"[{settings.REGISTRY_NAME}] {betreff}",
        body=render_to_string("angebote/pruefrunde/mail/anfrage.txt", kontext),
        to=[anfrage.email],
        reply_to=[ansprechpartner["email"]],
    )
    mail.attach_alternative(
        render_to_string("angebote/pruefrunde/mail/anfrage.html", kontext), "text/html"
    )
    return mail


def _beanspruchen(anfrage: Pruefanfrage, art: int, jetzt: datetime.datetime) -> bool:
    """Mark the mail as sent unless another run did so first (at most once per kind)."""
    feld = _FELD[art]
    return bool(
        Pruefanfrage.objects.filter(pk=anfrage.pk, **{f"{feld}__isnull": True}).update(
            **{feld: jetzt}
        )
    )


def _zustellen(verbindung, anfrage: Pruefanfrage, mail, bericht: Versandbericht) -> None:
    try:
        verbindung.send_messages([mail])
    except Exception as fehler:  # whatever the backend raises: SMTP refusal, no connection
        logger.warning("Prüfanfrage %s nicht zugestellt: %s", anfrage.pk, fehler)
        grund = str(fehler) or type(fehler).__name__
        als_unzustellbar_markieren(anfrage, grund)
        bericht.fehlgeschlagen.append(anfrage)
        # A broken SMTP connection is opened anew for the next message.
        verbindung.close()
    else:
        bericht.gesendet.append(anfrage)


def als_unzustellbar_markieren(anfrage: Pruefanfrage, grund: str) -> None:
    """The mail did not arrive (the backend refused it, or the admin heard of a bounce)."""
    anfrage.status = Pruefanfrage.Status.UNZUSTELLBAR
    anfrage.fehler = grund[:300]
    anfrage.save(update_fields=["status", "fehler", "updated_at"])


def _versenden(
    anfragen, basis_url: str, art: int, bericht: Versandbericht, jetzt: datetime.datetime
) -> None:
    verbindung = get_connection(fail_silently=False)
    try:
        for anfrage in _mit_posten(anfragen):
            if not _beanspruchen(anfrage, art, jetzt):
                continue
            _zustellen(verbindung, anfrage, nachricht(anfrage, basis_url, art), bericht)
    finally:
        verbindung.close()


def anfragen_senden(
    runde: Pruefrunde, basis_url: str | None = None, hoechstens: int | None = None
) -> Versandbericht:
    """Send the first mail to every Träger of the round that has an address and has not
    had it yet (``hoechstens``: at most that many now); nothing once the round is closed or
    its answer period is over."""
    bericht = Versandbericht()
    if runde.geschlossen or runde.abgelaufen:
        return bericht  # the links would not work any more
    offen = runde.anfragen.filter(gesendet_am__isnull=True).exclude(email="").order_by("pk")
    ids = list(offen.values_list("pk", flat=True))
    jetzt_ids = ids if hoechstens is None else ids[:hoechstens]
    bericht.ausstehend = len(ids) - len(jetzt_ids)
    _versenden(
        Pruefanfrage.objects.filter(pk__in=jetzt_ids).order_by("pk"),
        basis_url or runde.basis_url,
        ERSTE,
        bericht,
        timezone.now(),
    )
    return bericht


def anfrage_neu_senden(anfrage: Pruefanfrage, basis_url: str | None = None) -> Versandbericht:
    """A new link for a Träger whose mail got lost or bounced: to the Träger's address as it
    is now (corrected after a bounce, perhaps), with a new link that makes the old one
    invalid (a forwarded mail no longer opens its records). Answers given so far stay.
    The caller checks that the round is open; the Träger needs an address."""
    anfrage.nonce = neue_nonce()
    anfrage.email = anfrage.traeger.email.strip()
    anfrage.fehler = ""
    if anfrage.status == Pruefanfrage.Status.UNZUSTELLBAR:
        beantwortet = anfrage.posten.exclude(ergebnis=Pruefposten.Ergebnis.OFFEN).exists()
        anfrage.status = Pruefanfrage.Status.TEILWEISE if beantwortet else Pruefanfrage.Status.OFFEN
    anfrage.gesendet_am = timezone.now()
    anfrage.save(update_fields=["nonce", "email", "fehler", "status", "gesendet_am", "updated_at"])
    bericht = Versandbericht()
    verbindung = get_connection(fail_silently=False)
    try:
        (mit_posten,) = _mit_posten(Pruefanfrage.objects.filter(pk=anfrage.pk))
        mail = nachricht(mit_posten, basis_url or anfrage.runde.basis_url, ERSTE)
        _zustellen(verbindung, mit_posten, mail, bericht)
    finally:
        verbindung.close()
    return bericht


def faellige_erinnerungen(runde: Pruefrunde, jetzt: datetime.datetime | None = None):
    """(kind, requests) of the reminders due now: to Träger whose mail went out the given
    number of days ago and who have not answered everything. A round that is closed or
    past its answer period reminds nobody. The second reminder keeps its distance to the
    first, also when cron did not run for a while."""
    jetzt = jetzt or timezone.now()
    if runde.geschlossen or timezone.localdate(jetzt) > runde.gueltig_bis:
        return []
    wartend = runde.anfragen.filter(
        status__in=[Pruefanfrage.Status.OFFEN, Pruefanfrage.Status.TEILWEISE],
        gesendet_am__isnull=False,
    ).exclude(email="")
    faellig = []
    tage_1, tage_2 = runde.erinnerung_1_tage, runde.erinnerung_2_tage
    if tage_1:
        faellig.append(
            (
                ERINNERUNG_1,
                wartend.filter(
                    erinnert_1_am__isnull=True,
                    gesendet_am__lte=jetzt - datetime.timedelta(days=tage_1),
                ),
            )
        )
    if tage_2 and (not tage_1 or tage_2 > tage_1):
        zweite = wartend.filter(
            erinnert_2_am__isnull=True, gesendet_am__lte=jetzt - datetime.timedelta(days=tage_2)
        )
        if tage_1:
            abstand = datetime.timedelta(days=tage_2 - tage_1)
            zweite = zweite.filter(erinnert_1_am__lte=jetzt - abstand)
        faellig.append((ERINNERUNG_2, zweite))
    return faellig


def erinnerungen_senden(
    runde: Pruefrunde, basis_url: str | None = None, jetzt: datetime.datetime | None = None
) -> dict[int, Versandbericht]:
    """Send the reminders due now (``faellige_erinnerungen``), at most one per Träger and
    kind, however often this runs."""
    jetzt = jetzt or timezone.now()
    berichte = {}
    for art, anfragen in faellige_erinnerungen(runde, jetzt):
        bericht = Versandbericht()
        _versenden(anfragen.order_by("pk"), basis_url or runde.basis_url, art, bericht, jetzt)
        berichte[art] = bericht
    return berichte
