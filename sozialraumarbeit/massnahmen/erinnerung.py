"""The evaluation reminder: a month before the end of a measure's (extended) period, one
e-mail to the Träger-Redaktion of its leading Träger and the Sozialraumkoordination of its
Sozialräume (docs/massnahmen.md "Erinnerung an die Evaluation", cron: docs/betrieb.md).

Idempotent: a measure is marked (``erinnert_am``) by a conditional update *before* its mail
goes out, so two runs at once, or a run repeated, never send it twice; an agreement or an
extension clears the mark (a new period, a new reminder). The price: a run killed between
mark and send loses that one mail.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from guardian.models import GroupObjectPermission, UserObjectPermission

from angebote.aktualitaet.frische import redaktionen
from sozialraum.models import Sozialraum
from sozialraum.zugang.rollen import KOORDINIEREN

from ..models import Massnahme
from .regeln import EVALUATION_OFFEN, evaluation_faellig_am


@dataclass
class Evaluationserinnerung:
    massnahme: Massnahme
    faellig_am: datetime.date
    empfaenger: list = field(default_factory=list)  # users with an e-mail address


def koordinationen() -> dict[int, set[int]]:
    """Sozialraum id → ids of the users who coordinate it (directly or through a group)."""
    ct = ContentType.objects.get_for_model(Sozialraum)
    codename = KOORDINIEREN.split(".")[1]
    recht = {"content_type": ct, "permission__codename": codename}
    paare = set(UserObjectPermission.objects.filter(**recht).values_list("object_pk", "user"))
    paare.update(
        GroupObjectPermission.objects.filter(**recht, group__user__isnull=False).values_list(
            "object_pk", "group__user"
        )
    )
    ergebnis: dict[int, set[int]] = defaultdict(set)
    for sozialraum, user in paare:
        ergebnis[int(sozialraum)].add(user)
    return ergebnis


def faellige_erinnerungen(heute: datetime.date | None = None) -> list[Evaluationserinnerung]:
    """Measures whose evaluation is due within a month and that were not reminded of yet."""
    heute = heute or timezone.localdate()
    # Due when ``ende`` minus a month (evaluation_faellig_am) is today or earlier; the
    # query takes a few days more (month lengths), the exact rule is applied below.
    kandidaten = (
        Massnahme.objects.filter(
            status__in=EVALUATION_OFFEN,
            ende__isnull=False,
            ende__lte=heute + datetime.timedelta(days=32),
            erinnert_am__isnull=True,
        )
        .select_related("traeger")
        .prefetch_related("sozialraeume")
        .order_by("ende", "pk")
    )
    massnahmen = [m for m in kandidaten if evaluation_faellig_am(m) <= heute]
    if not massnahmen:
        return []
    redaktion, koordination = redaktionen(), koordinationen()
    je_massnahme = {
        m.pk: redaktion.get(m.traeger_id, set()).union(
            *(koordination.get(s.pk, set()) for s in m.sozialraeume.all())
        )
        for m in massnahmen
    }
    nutzer = {
        u.pk: u
        for u in get_user_model()
        .objects.filter(pk__in=set().union(*je_massnahme.values()), is_active=True)
        .exclude(email="")
        .order_by("username")
    }
    return [
        Evaluationserinnerung(
            m,
            evaluation_faellig_am(m),
            sorted(
                (nutzer[i] for i in je_massnahme[m.pk] if i in nutzer), key=lambda u: u.username
            ),
        )
        for m in massnahmen
    ]


def _nachricht(erinnerung: Evaluationserinnerung, basis_url: str) -> EmailMessage:
    massnahme = erinnerung.massnahme
    text = render_to_string(
        "sozialraumarbeit/massnahmen/erinnerung.txt",
        {
            "massnahme": massnahme,
            "faellig_am": erinnerung.faellig_am,
            "link": basis_url + massnahme.get_absolute_url(),
            "registry_name": settings.REGISTRY_NAME,
        },
    )
    return EmailMessage(
        subject=f"[{settings.REGISTRY_NAME}] "
        + _("Evaluation fällig: %(titel)s") % {"titel": massnahme.titel},
        body=text,
        to=[u.email for u in erinnerung.empfaenger],
    )


def erinnerungen_senden(
    basis_url: str, heute: datetime.date | None = None, trockenlauf: bool = False
) -> list[Evaluationserinnerung]:
    """Send the due reminders, one e-mail per measure; returns those sent (or due, in a dry
    run). A measure nobody with an e-mail address is responsible for is marked too."""
    heute = heute or timezone.localdate()
    faellig = faellige_erinnerungen(heute)
    if trockenlauf:
        return faellig
    basis_url = basis_url.rstrip("/")
    gesendet, nachrichten = [], []
    for erinnerung in faellig:
        markiert = Massnahme.objects.filter(
            pk=erinnerung.massnahme.pk, erinnert_am__isnull=True
        ).update(erinnert_am=heute)
        if not markiert:
            continue  # another run took it
        gesendet.append(erinnerung)
        if erinnerung.empfaenger:
            nachrichten.append(_nachricht(erinnerung, basis_url))
    if nachrichten:
        get_connection(fail_silently=False).send_messages(nachrichten)
    return gesendet
