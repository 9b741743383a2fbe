"""A Prüfrunde from start to close: one request per Träger, progress, closing.

Called by the views and tests alike; the e-mails are ``versand``, the Träger's answers
``antworten``. Callers check the permission (``rechte``).
"""

from __future__ import annotations

import datetime
from collections import Counter

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Case, Count, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from sozialraum.werkzeuge.konflikt import Ueberholt, stand_pruefen

from ..models import Pruefanfrage, Pruefposten, Pruefrunde
from . import versand
from .auswahl import Kriterien, auswahl
from .token import neue_nonce

STUECK = 1000


class PruefrundeFehler(Exception):
    """An operation that cannot be done; the message is German and meant for the user."""


@transaction.atomic
def runde_anlegen(
    kriterien: Kriterien,
    user,
    *,
    titel: str,
    gueltig_bis: datetime.date,
    erinnerung_1_tage: int | None = 14,
    erinnerung_2_tage: int | None = 28,
    basis_url: str = "",
) -> Pruefrunde:
    """The round with one request per Träger of the selection and one entry per record.

    A Träger without an e-mail address gets a request too (empty ``email``): it is on the
    follow-up list from the start.
    """
    # A start clicked twice: the second waits for the first (PostgreSQL locks her row; SQLite's
    # transactions begin IMMEDIATE) and then finds its records asked already.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    ausgewaehlt = auswahl(kriterien, user)
    je_traeger = ausgewaehlt.je_traeger()
    if not je_traeger and ausgewaehlt.vorschau()["schon_angefragt"]:
        raise PruefrundeFehler(
            _(
                "Alle Datensätze dieser Auswahl sind schon in einer offenen Prüfrunde "
                "angefragt. Bitte warten Sie deren Antworten ab oder schließen Sie sie zuerst."
            )
        )
    if not je_traeger:
        raise PruefrundeFehler(
            _("Die Auswahl enthält keine Angebote oder Einrichtungen. Bitte ändern Sie sie.")
        )
    runde = Pruefrunde.objects.create(
        titel=titel,
        auswahl=kriterien.als_json(),
        auswahl_text=kriterien.beschreibung()[:500],
        gestartet_von=user,
        gueltig_bis=gueltig_bis,
        erinnerung_1_tage=erinnerung_1_tage,
        erinnerung_2_tage=erinnerung_2_tage,
        basis_url=basis_url,
    )
    # A subquery, not a list of thousands of ids; the same selection as ``je_traeger``.
    adressen = ausgewaehlt.traeger().values_list("pk", "email")
    anfragen = Pruefanfrage.objects.bulk_create(
        [
            Pruefanfrage(runde=runde, traeger_id=pk, email=email.strip(), nonce=neue_nonce())
            for pk, email in adressen
            if pk in je_traeger
        ],
        batch_size=STUECK,
    )
    posten = []
    for anfrage in anfragen:
        datensaetze = je_traeger[anfrage.traeger_id]
        posten += [Pruefposten(anfrage=anfrage, angebot_id=pk) for pk in datensaetze["angebote"]]
        posten += [
            Pruefposten(anfrage=anfrage, einrichtung_id=pk) for pk in datensaetze["einrichtungen"]
        ]
    Pruefposten.objects.bulk_create(posten, batch_size=STUECK)
    return runde


def runde_starten(
    kriterien: Kriterien, user, **angaben
) -> tuple[Pruefrunde, versand.Versandbericht]:
    """Create the round (``runde_anlegen``) and send the first ``JE_ANFRAGE`` mails; the
    rest follow with "Weitere E-Mails senden" or the next cron run."""
    runde = runde_anlegen(kriterien, user, **angaben)
    return runde, versand.anfragen_senden(runde, hoechstens=versand.JE_ANFRAGE)


def fortschritt(runde: Pruefrunde) -> dict:
    """What the round's page counts: requests by status, records by answer. Two queries."""
    anfragen = Counter()
    ohne_email = nicht_gesendet = 0
    for status, hat_email, gesendet, anzahl in _anfragen_gezaehlt(runde):
        anfragen[status] += anzahl
        if not hat_email:
            ohne_email += anzahl
        elif not gesendet:
            nicht_gesendet += anzahl
    posten = Counter(
        dict(
            Pruefposten.objects.filter(anfrage__runde=runde)
            .order_by()
            .values_list("ergebnis")
            .annotate(n=Count("pk"))
        )
    )
    alle_posten = sum(posten.values())
    beantwortet = posten[Pruefposten.Ergebnis.BESTAETIGT] + posten[Pruefposten.Ergebnis.KORRIGIERT]
    return {
        "traeger": sum(anfragen.values()),
        "anfragen": {s: anfragen[s] for s in Pruefanfrage.Status.values},
        "ohne_email": ohne_email,
        "nicht_gesendet": nicht_gesendet,
        "posten": alle_posten,
        "bestaetigt": posten[Pruefposten.Ergebnis.BESTAETIGT],
        "korrigiert": posten[Pruefposten.Ergebnis.KORRIGIERT],
        "offen": posten[Pruefposten.Ergebnis.OFFEN],
        "unbeantwortet": posten[Pruefposten.Ergebnis.UNBEANTWORTET],
        "unzustellbar": anfragen[Pruefanfrage.Status.UNZUSTELLBAR],
        "prozent": round(100 * beantwortet / alle_posten) if alle_posten else 0,
    }


def _anfragen_gezaehlt(runde: Pruefrunde):
    return (
        runde.anfragen.order_by()
        .annotate(
            hat_email=Case(When(email="", then=Value(False)), default=Value(True)),
            gesendet=Case(When(gesendet_am__isnull=True, then=Value(False)), default=Value(True)),
        )
        .values_list("status", "hat_email", "gesendet")
        .annotate(n=Count("pk"))
    )


@transaction.atomic
def runde_schliessen(runde: Pruefrunde, user, *, stand: datetime.datetime | None = None) -> int:
    """Close the round: the links stop working, nothing is reminded any more, and what
    stayed open is marked "unbeantwortet" (requests without any answer, records without
    one). Returns the number of unanswered records."""
    if stand is not None:
        try:
            stand_pruefen(
                runde, stand, meldung=lambda *_a: _("Die Prüfrunde wurde inzwischen geändert.")
            )
        except Ueberholt as fehler:
            raise PruefrundeFehler(
                str(fehler) + " " + _("Bitte laden Sie die Seite neu und prüfen Sie den Stand.")
            ) from fehler
    runde = Pruefrunde.objects.select_for_update().get(pk=runde.pk)
    if runde.geschlossen:
        raise PruefrundeFehler(_("Diese Prüfrunde ist bereits abgeschlossen."))
    jetzt = timezone.now()
    offen = Pruefposten.objects.filter(anfrage__runde=runde, ergebnis=Pruefposten.Ergebnis.OFFEN)
    anzahl = offen.update(ergebnis=Pruefposten.Ergebnis.UNBEANTWORTET)
    runde.anfragen.filter(status=Pruefanfrage.Status.OFFEN).update(
        status=Pruefanfrage.Status.UNBEANTWORTET, updated_at=jetzt
    )
    runde.geschlossen_am, runde.geschlossen_von = jetzt, user
    runde.save(update_fields=["geschlossen_am", "geschlossen_von", "updated_at"])
    return anzahl
