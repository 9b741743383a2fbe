"""When a Träger is split during an open Prüfrunde, the questions about the moved records go
with them.

Registered at ``traeger.zusammenfuehren.aufteilen.MITZIEHEN`` *before* the Angebote move
(``angebote.traeger_aufteilen``), so it sees which of them will move. The open entries
(Prüfposten) about the moved Einrichtungen and Angebote leave the old Träger's request, so
its link no longer shows records that are not its own, and join a request of the new Träger
in the same round; a new one is made if needed and waits for "Ausstehende E-Mails senden"
(or the next cron run), or stands on the follow-up list when the new Träger has no address.
Answers already given stay where they were given.
"""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from traeger.zusammenfuehren.bezuege import ANZEIGEN, Posten

from ..models import Pruefanfrage, Pruefposten
from ..traeger_aufteilen import umziehende_angebote
from .antworten import status_aktualisieren
from .token import neue_nonce


def _offene_posten(von, einrichtungen):
    angebote, _bleiben = umziehende_angebote(von, einrichtungen)
    return Pruefposten.objects.filter(
        Q(einrichtung__in=[e.pk for e in einrichtungen]) | Q(angebot__in=angebote),
        anfrage__traeger=von,
        anfrage__runde__geschlossen_am__isnull=True,
        anfrage__runde__gueltig_bis__gte=timezone.localdate(),
        ergebnis=Pruefposten.Ergebnis.OFFEN,
    ).select_related("anfrage__runde")


def pruefposten_mitziehen(von, nach, einrichtungen, *, probelauf, akteur, grund) -> list[Posten]:
    posten = list(_offene_posten(von, einrichtungen).order_by("anfrage", "pk"))
    if not posten:
        return []
    runden = {p.anfrage.runde for p in posten}
    if not probelauf:
        alte = {p.anfrage for p in posten}
        for runde in runden:
            neue = Pruefanfrage.objects.filter(runde=runde, traeger=nach).first()
            if neue is None:
                neue = Pruefanfrage.objects.create(
                    runde=runde, traeger=nach, email=nach.email.strip(), nonce=neue_nonce()
                )
            Pruefposten.objects.filter(
                pk__in=[p.pk for p in posten if p.anfrage.runde == runde]
            ).update(anfrage=neue)
        jetzt = timezone.now()
        for anfrage in alte:
            status_aktualisieren(anfrage, jetzt)
    return [
        Posten(
            str(_("offene Fragen laufender Prüfrunden")),
            len(posten),
            [(r.titel, r.get_absolute_url()) for r in sorted(runden, key=lambda r: r.pk)][
                :ANZEIGEN
            ],
            _(
                "Sie gehen an den neuen Träger; sein Link wird mit „Ausstehende E-Mails "
                "senden“ verschickt."
            ),
        )
    ]
