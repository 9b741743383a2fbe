"""Invitation e-mails with the agenda and an .ics attachment, through Django's e-mail backends."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string

from ..models import Mitgliedschaft, Sitzung
from .kalender import kalender
from .protokoll import tagesordnung


def empfaenger(sitzung: Sitzung) -> list[str]:
    adressen = (
        Mitgliedschaft.objects.aktiv(sitzung.datum)
        .filter(gremium=sitzung.gremium, person__isnull=False)
        .exclude(person__email="")
        .values_list("person__email", flat=True)
    )
    return sorted(set(adressen))


@transaction.atomic
def einladung_senden(sitzung: Sitzung, basis_url: str) -> int:
    """Send the invitation to every active member with an e-mail address; return how many."""
    adressen = empfaenger(sitzung)
    if not adressen:
        return 0
    text = render_to_string(
        "gremien/einladung_mail.txt",
        {
            "sitzung": sitzung,
            "tagesordnung": tagesordnung(list(sitzung.tops.all())),
            "url": basis_url + sitzung.get_absolute_url(),
            "registry": f"{settings.REGISTRY_NAME} {settings.STADT_NAME}",
        },
    )
    nachricht = EmailMessage(
        subject=f"Einladung: {sitzung.gremium.name} am {sitzung.datum:%d.%m.%Y}",
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[settings.DEFAULT_FROM_EMAIL],
        bcc=adressen,  # members do not see each other's addresses
    )
    nachricht.attach(
        "einladung.ics",
        kalender([sitzung], basis_url, sitzung.gremium.name, methode="PUBLISH"),
        "text/calendar; charset=utf-8",
    )
    nachricht.send()
    if sitzung.status == Sitzung.Status.GEPLANT:
        sitzung.status = Sitzung.Status.EINGELADEN
        sitzung.save(update_fields=["status", "updated_at"])
    return len(adressen)
