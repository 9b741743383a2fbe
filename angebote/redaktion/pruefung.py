"""Review of offers: a Träger-Redaktion proposes, the Jugendamt approves or sends back.

The values of an offer travel as plain JSON (``werte``, see ``angebote/redaktion/werte.py``).

- A Redaktion's save never touches a published offer: it becomes the one pending
  ``Aenderungsvorschlag`` of the offer (``vorschlag_einreichen``), with her values
  (``daten``) and the offer's values at that moment (``basis``). An offer that is not
  published (new, draft, archived) has nothing public to protect: its row follows her
  values at once, goes "in Prüfung", and the approval publishes it.
- The approval (``vorschlag_freigeben``) applies only the fields she changed, on top of the
  offer as it is now: a change the Jugendamt made meanwhile to another field is kept. A field
  changed by both is a conflict; the reviewer sees it and must confirm to overwrite.
- Sending back (``vorschlag_zurueckgeben``) needs a comment, which the Redaktion sees on
  the offer and receives by e-mail; she edits the proposal and submits it again.
- The Jugendamt's own saves go straight to the offer (``angebot_speichern``).

Callers check permissions (``angebote/permissions.py``).
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from sozialraum.werkzeuge.konflikt import Ueberholt, konflikt_meldung, stand_pruefen

from ..models import Aenderungsvorschlag, Angebot
from .benachrichtigung import nach_commit_benachrichtigen
from .werte import (
    LISTEN_FELDER,
    REIHENFOLGE,
    feldname,
    geaenderte_felder,
    werte_schreiben,
    werte_von,
)


class PruefungFehler(Exception):
    """An operation that cannot be done; the message is German and meant for the user."""


class Konflikt(PruefungFehler):
    """The approval would overwrite changes made to the offer since the proposal."""

    def __init__(self, felder: list[str]):
        self.felder = felder
        super().__init__(
            _(
                "Das Angebot wurde seit dem Vorschlag geändert (%(felder)s). Bitte bestätigen "
                "Sie, dass der Vorschlag diese Felder überschreiben soll, oder geben Sie ihn zurück."
            )
            % {"felder": ", ".join(feldname(f) for f in felder)}
        )


# Values ------------------------------------------------------------------------------------


def vorschlag_felder(vorschlag: Aenderungsvorschlag) -> list[str]:
    """The fields the proposal changes (for a new offer: those with a value)."""
    if vorschlag.neu:
        return [f for f in REIHENFOLGE if vorschlag.daten.get(f) not in (None, "", [], False)]
    return geaenderte_felder(vorschlag.basis, vorschlag.daten)


def ausstehender_vorschlag(angebot: Angebot) -> Aenderungsvorschlag | None:
    return (
        Aenderungsvorschlag.objects.ausstehend()
        .filter(angebot=angebot)
        .select_related("eingereicht_von", "geprueft_von")
        .first()
    )


def formularwerte(angebot: Angebot, vorschlag: Aenderungsvorschlag | None) -> dict:
    """What the edit form starts with: the offer now, with the pending proposal's changes.

    An unpublished offer already holds the Redaktion's values (and any correction the
    Jugendamt made since), so it starts from the offer alone.
    """
    werte = werte_von(angebot)
    if vorschlag is not None and not vorschlag.neu:
        werte.update({f: vorschlag.daten[f] for f in vorschlag_felder(vorschlag)})
    return werte


def seit_vorschlag_geaendert(vorschlag: Aenderungsvorschlag, aktuell: dict) -> list[str]:
    """Fields of the offer changed since the proposal was saved (not by the proposal)."""
    if vorschlag.neu:
        return geaenderte_felder(vorschlag.daten, aktuell)
    return geaenderte_felder(vorschlag.basis, aktuell)


def konflikte(vorschlag: Aenderungsvorschlag, aktuell: dict) -> list[str]:
    """Fields the approval would change although they were changed meanwhile."""
    meine = set(vorschlag_felder(vorschlag))
    return [
        f
        for f in seit_vorschlag_geaendert(vorschlag, aktuell)
        if (vorschlag.neu or f in meine) and aktuell.get(f) != vorschlag.daten.get(f)
    ]


# Writing -----------------------------------------------------------------------------------


def _werte_setzen(angebot: Angebot, werte: dict, user, grund: str, **optionen) -> Angebot:
    try:
        return werte_schreiben(angebot, werte, user, grund, **optionen)
    except ValidationError as fehler:
        raise PruefungFehler(" ".join(fehler.messages)) from fehler


def _listen_laden():
    """The offer's lists as the values need them; areas without their boundary (megabytes
    of GeoJSON that no value compares: loading it made every save of an offer slow)."""
    return [
        Prefetch(name, modell.objects.defer("grenze"))
        if any(f.name == "grenze" for f in modell._meta.fields)
        else name
        for name, modell in LISTEN_FELDER.items()
    ]


def _gesperrt(angebot: Angebot) -> Angebot:
    """The offer fresh from the database, locked for this transaction (PostgreSQL)."""
    return (
        Angebot.objects.select_for_update(of=("self",))
        .select_related("traeger")
        .prefetch_related(*_listen_laden(), "zeiten")
        .get(pk=angebot.pk)
    )


@transaction.atomic
def angebot_speichern(
    angebot: Angebot | None,
    traeger,
    werte: dict,
    user,
    *,
    stand: datetime.datetime | None = None,
) -> Angebot:
    """The Jugendamt's save: straight to the offer (a new one is published at once).

    ``stand``: the offer's ``updated_at`` when the form was loaded; checked again under the
    row lock, so that a save in between is never overwritten (``Ueberholt``).
    """
    if angebot is None:
        neu = Angebot(traeger=traeger)
        return _werte_setzen(
            neu,
            werte,
            user,
            _("angelegt"),
            status=Angebot.Status.VEROEFFENTLICHT,
            geprueft=True,
        )
    angebot = _gesperrt(angebot)
    if stand is not None:
        stand_pruefen(angebot, stand)
    return _werte_setzen(angebot, werte, user, _("bearbeitet"), geprueft=True)


@transaction.atomic
def vorschlag_einreichen(
    angebot: Angebot | None,
    traeger,
    werte: dict,
    user,
    *,
    stand: datetime.datetime | None = None,
    vorschlag_stand: datetime.datetime | None = None,
    ueber: str = "",
) -> Aenderungsvorschlag | None:
    """A Träger-Redaktion's save. Returns the pending proposal, or None if nothing changed.

    A published offer stays as it is; her values become its one pending proposal (created,
    or updated and submitted again). A new or unpublished offer takes her values at once,
    with status "in Prüfung", so that it never appears in the search before the approval.

    ``stand`` / ``vorschlag_stand``: ``updated_at`` of the offer and of its pending proposal
    (None: there was none) when the form was loaded; with ``stand`` given, both are checked
    under the row locks and a save in between refuses this one (``Ueberholt``).
    ``ueber``: how a proposal without a person came ("pruefrunde", "import").
    """
    jetzt = timezone.now()
    if angebot is None:
        angebot = _werte_setzen(
            Angebot(traeger=traeger),
            werte,
            user,
            _("als neues Angebot zur Prüfung eingereicht"),
            status=Angebot.Status.PRUEFUNG,
            geprueft=False,
        )
        return Aenderungsvorschlag.objects.create(
            angebot=angebot,
            neu=True,
            daten=werte,
            eingereicht_von=user,
            eingereicht_am=jetzt,
            eingereicht_ueber=ueber,
        )
    angebot = _gesperrt(angebot)
    vorschlag = (
        Aenderungsvorschlag.objects.select_for_update().ausstehend().filter(angebot=angebot).first()
    )
    if stand is not None:
        stand_pruefen(angebot, stand)
        if vorschlag is not None:
            stand_pruefen(vorschlag, vorschlag_stand, meldung=vorschlag_konflikt_meldung)
    aktuell = werte_von(angebot)
    if angebot.status == Angebot.Status.VEROEFFENTLICHT:
        if werte == aktuell:
            if vorschlag is not None:
                vorschlag_zurueckziehen(vorschlag, user)
            return None
        neu, basis = False, aktuell
    else:
        if werte != aktuell or angebot.status != Angebot.Status.PRUEFUNG:
            _werte_setzen(
                angebot,
                werte,
                user,
                _("zur Prüfung eingereicht"),
                status=Angebot.Status.PRUEFUNG,
                geprueft=False,
            )
        neu, basis = True, {}
    if vorschlag is None:
        vorschlag = Aenderungsvorschlag(angebot=angebot)
    vorschlag.neu, vorschlag.daten, vorschlag.basis = neu, werte, basis
    vorschlag.status = Aenderungsvorschlag.Status.OFFEN
    vorschlag.eingereicht_von, vorschlag.eingereicht_am = user, jetzt
    vorschlag.eingereicht_ueber = ueber
    vorschlag._history_user = user
    vorschlag.save()
    return vorschlag


def vorschlag_konflikt_meldung(
    vorschlag: Aenderungsvorschlag, geladen: datetime.datetime | None
) -> str:
    """Who saved the proposal since ``geladen`` (None: there was none), and which fields:
    the proposal's own values, not its history's columns."""
    if geladen is None:
        felder = vorschlag_felder(vorschlag)
    else:
        vorher = vorschlag.history.filter(updated_at=geladen).first()
        felder = geaenderte_felder(vorher.daten, vorschlag.daten) if vorher else []
    return konflikt_meldung(
        vorschlag, geladen, wer=vorschlag.eingereicht_von, felder=[feldname(f) for f in felder]
    )


def _pruefbar(vorschlag: Aenderungsvorschlag, erwartet_status) -> Aenderungsvorschlag:
    gesperrt = Aenderungsvorschlag.objects.select_for_update().get(pk=vorschlag.pk)
    if gesperrt.status not in erwartet_status:
        raise PruefungFehler(
            _("Dieser Vorschlag ist nicht mehr offen (Status: %(status)s).")
            % {"status": gesperrt.get_status_display()}
        )
    return gesperrt


def _stand_pruefen(obj, erwartet: datetime.datetime | None, meldung: str) -> None:
    """The one conflict check (sozialraum/werkzeuge/konflikt.py), with the review's own wording."""
    if erwartet is None:
        return
    try:
        stand_pruefen(obj, erwartet, meldung=lambda _aktuell, _stand: meldung)
    except Ueberholt as fehler:
        raise PruefungFehler(str(fehler)) from fehler


def _veroeffentlicht_setzen(angebot: Angebot, werte: dict, pruefer, grund: str) -> Angebot:
    """Publish with ``werte``: status, check date and checker, history, search index."""
    return _werte_setzen(
        angebot, werte, pruefer, grund, status=Angebot.Status.VEROEFFENTLICHT, geprueft=True
    )


@transaction.atomic
def angebot_veroeffentlichen(
    angebot: Angebot, pruefer, *, grund: str = "", basis_url: str = ""
) -> bool:
    """The one way an offer goes public outside the form (the admin's action, imports).

    A new offer waiting in the review queue is approved as the queue would (its proposal is
    applied, the Redaktion gets her e-mail); one sent back to the Redaktion cannot be
    published past her. Otherwise the offer is published as it is, checked today by
    ``pruefer``. False if it already was public.
    """
    angebot = _gesperrt(angebot)
    vorschlag = (
        Aenderungsvorschlag.objects.select_for_update().ausstehend().filter(angebot=angebot).first()
    )
    if vorschlag is not None and vorschlag.neu:
        if vorschlag.status != Aenderungsvorschlag.Status.OFFEN:
            raise PruefungFehler(
                _(
                    "„%(titel)s“ ist an die Träger-Redaktion zurückgegeben; es kann erst "
                    "veröffentlicht werden, wenn sie es erneut eingereicht hat."
                )
                % {"titel": angebot.titel}
            )
        # A field changed since the proposal (in the admin, by an import) is a Konflikt
        # (German, for the action's message or the import row), never silently overwritten.
        vorschlag_freigeben(vorschlag, pruefer, basis_url=basis_url)
        return True
    if angebot.status == Angebot.Status.VEROEFFENTLICHT:
        return False
    _veroeffentlicht_setzen(angebot, werte_von(angebot), pruefer, grund or _("veröffentlicht"))
    return True


def _entschieden(vorschlag: Aenderungsvorschlag, status, pruefer, basis_url: str) -> None:
    """The review's decision on the proposal: who and when, history, the Redaktion's e-mail."""
    vorschlag.status = status
    vorschlag.geprueft_von, vorschlag.geprueft_am = pruefer, timezone.now()
    vorschlag._history_user = pruefer
    vorschlag.save()
    nach_commit_benachrichtigen(vorschlag, basis_url)


@transaction.atomic
def vorschlag_freigeben(
    vorschlag: Aenderungsvorschlag,
    pruefer,
    *,
    ueberschreiben: bool = False,
    angebot_stand: datetime.datetime | None = None,
    vorschlag_stand: datetime.datetime | None = None,
    basis_url: str = "",
) -> Angebot:
    """Apply the proposal to the offer (published from now on) and note who approved it.

    ``angebot_stand`` / ``vorschlag_stand``: ``updated_at`` as the reviewer saw them; if
    either changed since, nothing happens (she must look at the new state first).
    """
    # The offer first, then its proposal: the order every writer locks them in (no deadlock).
    angebot = _gesperrt(vorschlag.angebot)
    vorschlag = _pruefbar(vorschlag, [Aenderungsvorschlag.Status.OFFEN])
    _stand_pruefen(
        vorschlag,
        vorschlag_stand,
        _(
            "Der Vorschlag wurde geändert, während Sie ihn angesehen haben. Bitte prüfen Sie ihn erneut."
        ),
    )
    _stand_pruefen(
        angebot,
        angebot_stand,
        _(
            "Das Angebot wurde geändert, während Sie den Vorschlag angesehen haben. Bitte prüfen "
            "Sie die Unterschiede erneut."
        ),
    )
    aktuell = werte_von(angebot)
    strittig = konflikte(vorschlag, aktuell)
    if strittig and not ueberschreiben:
        raise Konflikt(strittig)
    if vorschlag.neu:
        neue_werte = dict(vorschlag.daten)
    else:
        neue_werte = {**aktuell, **{f: vorschlag.daten[f] for f in vorschlag_felder(vorschlag)}}
    wer = vorschlag.eingereicht_von
    grund = _("Änderungsvorschlag von %(wer)s freigegeben") % {
        "wer": (wer.get_full_name() or wer.get_username()) if wer else _("einer Träger-Redaktion")
    }
    if angebot.status in (Angebot.Status.ENTWURF, Angebot.Status.PRUEFUNG):
        vorschlag.angebot = _veroeffentlicht_setzen(angebot, neue_werte, pruefer, grund)
    else:
        vorschlag.angebot = _werte_setzen(angebot, neue_werte, pruefer, grund, geprueft=True)
    _entschieden(vorschlag, Aenderungsvorschlag.Status.UEBERNOMMEN, pruefer, basis_url)
    return angebot


@transaction.atomic
def vorschlag_zurueckgeben(
    vorschlag: Aenderungsvorschlag,
    pruefer,
    kommentar: str,
    *,
    vorschlag_stand: datetime.datetime | None = None,
    basis_url: str = "",
) -> Aenderungsvorschlag:
    """Send the proposal back to the Redaktion with a comment (required); she gets an e-mail."""
    kommentar = (kommentar or "").strip()
    if not kommentar:
        raise PruefungFehler(_("Bitte schreiben Sie, was die Redaktion ändern soll."))
    vorschlag = _pruefbar(vorschlag, [Aenderungsvorschlag.Status.OFFEN])
    _stand_pruefen(
        vorschlag,
        vorschlag_stand,
        _(
            "Der Vorschlag wurde geändert, während Sie ihn angesehen haben. Bitte prüfen Sie ihn erneut."
        ),
    )
    vorschlag.kommentar = kommentar
    _entschieden(vorschlag, Aenderungsvorschlag.Status.ZURUECKGEGEBEN, pruefer, basis_url)
    return vorschlag


@transaction.atomic
def vorschlag_zurueckziehen(vorschlag: Aenderungsvorschlag, user) -> Aenderungsvorschlag:
    """The Redaktion withdraws her proposal; an unpublished offer goes back to "Entwurf"."""
    _gesperrt(vorschlag.angebot)  # the offer before its proposal, as every writer locks them
    vorschlag = _pruefbar(vorschlag, Aenderungsvorschlag.AUSSTEHEND)
    vorschlag.status = Aenderungsvorschlag.Status.ZURUECKGEZOGEN
    vorschlag._history_user = user
    vorschlag.save()
    angebot = vorschlag.angebot
    if angebot.status == Angebot.Status.PRUEFUNG:
        angebot.status = Angebot.Status.ENTWURF
        angebot._history_user = user
        angebot._change_reason = _("Vorschlag zurückgezogen")
        angebot.save(update_fields=["status", "updated_at"])
    return vorschlag
