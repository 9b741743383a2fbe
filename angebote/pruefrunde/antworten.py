"""What a Träger answers through its link (and what the Jugendamt notes after a phone call).

- Confirm ("Stimmt noch"): the record counts as checked today, "geprüft von" stays empty
  and the history says "bestätigt durch den Träger" (offers through the one confirmation of
  angebote/aktualitaet/frische.py).
- Correct an offer: the Träger's values become the offer's proposal in the review queue,
  exactly as a Träger-Redaktion's change (``vorschlag_einreichen``), submitted by nobody
  ("Träger über Prüfrunde"). An offer with another pending proposal cannot be corrected
  here: that proposal is not the link holder's to see or overwrite.
- Correct a place: places have no review queue; the Träger's note is shown on the round's
  page for the Jugendamt to apply.

Each operation locks the request, checks that the round still takes answers, and updates
the request's status.
"""

from __future__ import annotations

import datetime
from collections import Counter

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from traeger.models import Einrichtung

from ..aktualitaet.frische import angebot_bestaetigen
from ..models import Aenderungsvorschlag, Angebot, Pruefanfrage, Pruefposten
from ..redaktion.pruefung import ausstehender_vorschlag, vorschlag_einreichen

ANTWORTEN = (Pruefposten.Ergebnis.BESTAETIGT, Pruefposten.Ergebnis.KORRIGIERT)
BEANTWORTET = (
    Pruefanfrage.Status.BESTAETIGT,
    Pruefanfrage.Status.KORRIGIERT,
    Pruefanfrage.Status.TEILWEISE,
)


class AntwortFehler(Exception):
    """The answer cannot be taken; the message is German and meant for the Träger."""


def _gesperrt(anfrage: Pruefanfrage, *, frist: bool = True) -> Pruefanfrage:
    """The request fresh and locked; refused when its round no longer takes answers (closed,
    or ``frist`` and past its answer period: the Jugendamt notes phone answers until the
    round is closed)."""
    anfrage = (
        Pruefanfrage.objects.select_for_update(of=("self",))
        .select_related("runde", "traeger")
        .get(pk=anfrage.pk)
    )
    if anfrage.runde.geschlossen:
        raise AntwortFehler(
            _("Die Prüfrunde ist abgeschlossen; Antworten sind nicht mehr möglich.")
        )
    if frist and anfrage.runde.abgelaufen:
        raise AntwortFehler(_("Die Frist für Antworten ist abgelaufen."))
    return anfrage


def _grund(anfrage: Pruefanfrage, durch) -> str:
    if durch is None:
        return _("bestätigt durch den Träger (Prüfrunde „%(titel)s“)") % {
            "titel": anfrage.runde.titel
        }
    return _("Bestätigung des Trägers vermerkt (Prüfrunde „%(titel)s“)") % {
        "titel": anfrage.runde.titel
    }


def einrichtung_bestaetigen(einrichtung: Einrichtung, user, grund: str) -> Einrichtung:
    """The place is still as described: checked today, with a history entry."""
    einrichtung.zuletzt_geprueft = timezone.localdate()
    einrichtung.geprueft_von = user
    einrichtung._history_user = user
    einrichtung._change_reason = grund
    einrichtung.save(update_fields=["zuletzt_geprueft", "geprueft_von", "updated_at"])
    return einrichtung


def status_aktualisieren(anfrage: Pruefanfrage, jetzt: datetime.datetime) -> None:
    """The request's status from its records' answers (unchanged while none answered,
    except that a withdrawn last answer makes it open again)."""
    ergebnisse = Counter(anfrage.posten.values_list("ergebnis", flat=True))
    beantwortet = sum(ergebnisse[e] for e in ANTWORTEN)
    if not beantwortet:
        if anfrage.status not in BEANTWORTET:
            return  # open, bounced, unanswered: as it was
        anfrage.status = Pruefanfrage.Status.OFFEN
    elif beantwortet < sum(ergebnisse.values()):
        anfrage.status = Pruefanfrage.Status.TEILWEISE
    elif ergebnisse[Pruefposten.Ergebnis.KORRIGIERT]:
        anfrage.status = Pruefanfrage.Status.KORRIGIERT
    else:
        anfrage.status = Pruefanfrage.Status.BESTAETIGT
    anfrage.beantwortet_am = jetzt
    anfrage.save(update_fields=["status", "beantwortet_am", "updated_at"])


@transaction.atomic
def posten_bestaetigen(anfrage: Pruefanfrage, posten_ids: list[int] | None, durch=None) -> int:
    """Confirm the open records ``posten_ids`` of the request (None: all open ones).

    ``durch``: None when the Träger confirms through its link; the Jugendamt's user when
    she notes a confirmation given by phone or letter. Returns how many were confirmed;
    ids of other requests are ignored (the caller refuses them first).
    """
    anfrage = _gesperrt(anfrage, frist=durch is None)
    posten = anfrage.posten.filter(ergebnis=Pruefposten.Ergebnis.OFFEN).select_related(
        "angebot", "einrichtung"
    )
    if posten_ids is not None:
        posten = posten.filter(pk__in=posten_ids)
    posten = list(posten.order_by("pk"))
    if not posten:
        return 0
    jetzt, grund = timezone.now(), _grund(anfrage, durch)
    for eintrag in posten:
        if eintrag.angebot_id:
            angebot_bestaetigen(eintrag.angebot, durch, grund=grund)
        else:
            einrichtung_bestaetigen(eintrag.einrichtung, durch, grund)
        eintrag.ergebnis, eintrag.beantwortet_am = Pruefposten.Ergebnis.BESTAETIGT, jetzt
    Pruefposten.objects.bulk_update(posten, ["ergebnis", "beantwortet_am"])
    status_aktualisieren(anfrage, jetzt)
    return len(posten)


def korrektur_gesperrt(posten: Pruefposten) -> str:
    """Why the offer of ``posten`` cannot be corrected through the link ("" if it can)."""
    angebot = posten.angebot
    if angebot.status != Angebot.Status.VEROEFFENTLICHT:
        return _("Dieses Angebot ist nicht mehr veröffentlicht; eine Korrektur ist nicht nötig.")
    anderer = ausstehender_vorschlag(angebot)
    if anderer is not None and anderer.pk != posten.vorschlag_id:
        return _(
            "Zu diesem Angebot liegt dem Jugendamt bereits eine Änderung zur Prüfung vor. "
            "Bitte warten Sie deren Prüfung ab oder wenden Sie sich an das Jugendamt."
        )
    return ""


@transaction.atomic
def angebot_korrigieren(
    anfrage: Pruefanfrage,
    posten: Pruefposten,
    werte: dict,
    *,
    stand: datetime.datetime | None,
    vorschlag_stand: datetime.datetime | None,
) -> Aenderungsvorschlag | None:
    """The Träger's values for the offer become its proposal in the review queue.

    ``stand`` / ``vorschlag_stand`` as in ``vorschlag_einreichen`` (the conflict check);
    it raises ``Ueberholt`` or ``PruefungFehler``, which the view shows. None: nothing
    changed (a proposal of this link that now equals the offer is withdrawn).
    """
    anfrage = _gesperrt(anfrage)
    posten = anfrage.posten.select_related("angebot__traeger").get(pk=posten.pk)
    if grund := korrektur_gesperrt(posten):
        raise AntwortFehler(grund)
    vorschlag = vorschlag_einreichen(
        posten.angebot,
        posten.angebot.traeger,
        werte,
        None,
        stand=stand,
        vorschlag_stand=vorschlag_stand,
        ueber="pruefrunde",
    )
    jetzt = timezone.now()
    if vorschlag is None:
        if posten.ergebnis != Pruefposten.Ergebnis.KORRIGIERT:
            return None
        posten.ergebnis, posten.vorschlag, posten.beantwortet_am = (
            Pruefposten.Ergebnis.OFFEN,
            None,
            None,
        )
    else:
        posten.ergebnis, posten.vorschlag, posten.beantwortet_am = (
            Pruefposten.Ergebnis.KORRIGIERT,
            vorschlag,
            jetzt,
        )
    posten.save(update_fields=["ergebnis", "vorschlag", "beantwortet_am"])
    status_aktualisieren(anfrage, jetzt)
    return vorschlag


@transaction.atomic
def einrichtung_korrigieren(anfrage: Pruefanfrage, posten: Pruefposten, anmerkung: str) -> None:
    """What is wrong with the place, in the Träger's words, for the Jugendamt to apply."""
    anfrage = _gesperrt(anfrage)
    posten = anfrage.posten.get(pk=posten.pk, einrichtung__isnull=False)
    jetzt = timezone.now()
    posten.anmerkung = anmerkung.strip()
    posten.ergebnis, posten.beantwortet_am = Pruefposten.Ergebnis.KORRIGIERT, jetzt
    posten.save(update_fields=["anmerkung", "ergebnis", "beantwortet_am"])
    status_aktualisieren(anfrage, jetzt)
