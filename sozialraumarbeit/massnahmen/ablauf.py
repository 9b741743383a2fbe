"""The way of an SRAE measure, one operation per step (docs/massnahmen.md "Der Weg").

Idee → im Sozialraumteam beraten → Lenkungsgruppe: empfohlen / abgelehnt / zurückgestellt
(zurückgestellt goes back to beraten) → vereinbart (Jugendamt-Administration, at most 12
months) → läuft → evaluiert → verlängert (once, at most 12 months, 24 in all; only after an
evaluation) → evaluiert → beendet; abgebrochen with a reason from any running state.

Every operation runs in one transaction with the measure's row locked, refuses a stale form
(``stand``, sozialraum/werkzeuge/konflikt.py), writes one :class:`Massnahmenschritt` and
raises :class:`MassnahmenFehler` with a German message when a rule is broken. Who may take a
step is permissions.py's question, asked by the views.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gremien.models import Beschluss, Sitzung, Tagesordnungspunkt
from sozialraum.werkzeuge.konflikt import Ueberholt, stand_pruefen

from ..models import Massnahme, Massnahmenschritt, MassnahmenTop, Monatsbetrag
from .budget import NULL, euro, laufzeit_monate
from .regeln import (
    ENTSCHEIDUNGEN,
    ENTWURF,
    EVALUATION_OFFEN,
    INSGESAMT_MONATE,
    LAUFEND,
    MassnahmenFehler,
    budget_pruefen,
    datum_text,
    evaluation_faellig_am,
    monatsplan,
    plan_pruefen,
    verlaengert_schon,
    zeitraum_pruefen,
)

S = Massnahme.Status

# Views, forms and commands ask this module for the rules too (one import for the way).
__all__ = [
    "ENTWURF",
    "EVALUATION_OFFEN",
    "LAUFEND",
    "MassnahmenFehler",
    "evaluation_faellig_am",
    "monatsplan",
    "plan_pruefen",
    "verlaengert_schon",
    "zeitraum_pruefen",
]

# The frame of every step --------------------------------------------------------------------


def _gesperrt(massnahme: Massnahme, stand) -> Massnahme:
    """The measure, its row locked, after the conflict check (inside the transaction)."""
    if stand is not None:
        try:
            stand_pruefen(massnahme, stand)
        except Ueberholt as fehler:
            raise MassnahmenFehler(str(fehler)) from fehler
    return (
        Massnahme.objects.select_for_update(of=("self",))
        .select_related("regionalraum")
        .get(pk=massnahme.pk)
    )


def _status_pruefen(massnahme: Massnahme, erlaubt: Iterable[str], schritt: str) -> None:
    if massnahme.status not in erlaubt:
        namen = ", ".join(str(S(s).label) for s in erlaubt)
        raise MassnahmenFehler(
            _(
                "„%(schritt)s“ geht nicht, solange die Maßnahme „%(stand)s“ ist; "
                "möglich nur aus: %(namen)s."
            )
            % {"schritt": schritt, "stand": massnahme.get_status_display(), "namen": namen}
        )


def _schritt(massnahme: Massnahme, neu: str, wer, **felder) -> Massnahmenschritt:
    vorher = massnahme.status
    massnahme.status = neu
    massnahme.save()
    return Massnahmenschritt.objects.create(
        massnahme=massnahme, von_status=vorher, status=neu, wer=wer, **felder
    )


# The steps ----------------------------------------------------------------------------------


def massnahme_idee_festhalten(massnahme: Massnahme, wer) -> Massnahmenschritt:
    """The first step of a measure just drafted (the form saved it)."""
    return Massnahmenschritt.objects.create(
        massnahme=massnahme, von_status="", status=S.IDEE, wer=wer
    )


def _beratung(massnahme: Massnahme, top: Tagesordnungspunkt | None) -> MassnahmenTop:
    if top is None:
        raise MassnahmenFehler(
            _(
                "Bitte den Tagesordnungspunkt nennen, unter dem beraten wurde. Steht die "
                "Maßnahme noch auf keiner Tagesordnung, setzen Sie sie zuerst auf die einer "
                "Sitzung."
            )
        )
    beratung = MassnahmenTop.objects.filter(massnahme=massnahme, top=top).first()
    if beratung is None:
        raise MassnahmenFehler(
            _("Der Tagesordnungspunkt „%(top)s“ berät nicht diese Maßnahme.") % {"top": top}
        )
    return beratung


def massnahme_auf_tagesordnung(
    massnahme: Massnahme, sitzung: Sitzung, wer, *, stand=None
) -> MassnahmenTop:
    """Put the measure on a planned Sitzung's agenda: a TOP "Maßnahme beraten: <Titel>"."""
    with transaction.atomic():
        massnahme = _gesperrt(massnahme, stand)
        if massnahme.status not in (*ENTWURF, S.EMPFOHLEN, *LAUFEND):
            raise MassnahmenFehler(
                _("Eine Maßnahme, die „%(stand)s“ ist, kommt auf keine Tagesordnung mehr.")
                % {"stand": massnahme.get_status_display()}
            )
        sitzung = Sitzung.objects.select_for_update(of=("self",)).get(pk=sitzung.pk)
        geplant = (Sitzung.Status.GEPLANT, Sitzung.Status.EINGELADEN)
        if sitzung.status not in geplant or sitzung.datum < timezone.localdate():
            raise MassnahmenFehler(
                _("Nur eine geplante Sitzung (heute oder später) bekommt neue Tagesordnungspunkte.")
            )
        if MassnahmenTop.objects.filter(massnahme=massnahme, top__sitzung=sitzung).exists():
            raise MassnahmenFehler(
                _("Die Maßnahme steht schon auf der Tagesordnung dieser Sitzung.")
            )
        letzte = sitzung.tops.filter(eltern__isnull=True).order_by("-position").first()
        top = Tagesordnungspunkt.objects.create(
            sitzung=sitzung,
            titel=(_("Maßnahme beraten: %(titel)s") % {"titel": massnahme.titel})[:300],
            position=(letzte.position + 1) if letzte else 1,
            verantwortlich=wer
            if sitzung.gremium.mitgliedschaften.filter(person=wer).exists()
            else None,
        )
        Sitzung.objects.filter(pk=sitzung.pk).update(version=sitzung.version + 1)
        return MassnahmenTop.objects.create(massnahme=massnahme, top=top)


def massnahme_beraten(
    massnahme: Massnahme, wer, *, top: Tagesordnungspunkt | None, bemerkung: str = "", stand=None
) -> Massnahmenschritt:
    """The Sozialraumteam discussed it, under a TOP that has it on the agenda."""
    with transaction.atomic():
        massnahme = _gesperrt(massnahme, stand)
        _status_pruefen(massnahme, (S.IDEE, S.ZURUECKGESTELLT), _("Beraten"))
        beratung = _beratung(massnahme, top)
        return _schritt(
            massnahme,
            S.BERATEN,
            wer,
            sitzung=beratung.top.sitzung,
            top=beratung.top,
            bemerkung=bemerkung.strip(),
        )


def massnahme_entscheiden(
    massnahme: Massnahme,
    wer,
    *,
    ergebnis: str,
    beschluss: Beschluss | None,
    bemerkung: str = "",
    stand=None,
) -> Massnahmenschritt:
    """The Lenkungsgruppe recommends, rejects or defers it, by a Beschluss of a Sitzung
    that had the measure on its agenda."""
    with transaction.atomic():
        massnahme = _gesperrt(massnahme, stand)
        _status_pruefen(massnahme, (S.BERATEN,), _("Entscheiden"))
        if ergebnis not in ENTSCHEIDUNGEN:
            raise MassnahmenFehler(_("Bitte wählen: empfohlen, abgelehnt oder zurückgestellt."))
        if beschluss is None:
            raise MassnahmenFehler(
                _("Bitte den Beschluss der Lenkungsgruppe wählen, der die Entscheidung festhält.")
            )
        beratung = (
            MassnahmenTop.objects.filter(massnahme=massnahme, top__sitzung=beschluss.sitzung_id)
            .select_related("top")
            .first()
        )
        if beratung is None:
            raise MassnahmenFehler(
                _("Der Beschluss stammt aus einer Sitzung, die diese Maßnahme nicht beraten hat.")
            )
        top = beschluss.top if beschluss.top_id else beratung.top
        if ergebnis == S.ZURUECKGESTELLT and not bemerkung.strip():
            raise MassnahmenFehler(
                _("Bitte halten Sie fest, was bis zur nächsten Beratung zu klären ist.")
            )
        return _schritt(
            massnahme,
            ergebnis,
            wer,
            sitzung=beschluss.sitzung,
            top=top,
            beschluss=beschluss,
            bemerkung=bemerkung.strip(),
        )


def massnahme_vereinbaren(
    massnahme: Massnahme,
    wer,
    *,
    beginn: datetime.date,
    ende: datetime.date,
    budget_ueberschreiten: bool = False,
    bemerkung: str = "",
    stand=None,
) -> Massnahmenschritt:
    """The Jugendamt-Administration agrees it for at most 12 months; its month plan must lie
    in the period, add up to the requested sum and fit the remaining budget (or the
    overcommitment is allowed explicitly, with a reason)."""
    with transaction.atomic():
        massnahme = _gesperrt(massnahme, stand)
        _status_pruefen(massnahme, (S.EMPFOHLEN,), _("Vereinbaren"))
        zeitraum_pruefen(beginn, ende)
        plan = monatsplan(massnahme)
        plan_pruefen(plan, massnahme.beantragte_summe, beginn, ende)
        ueber = budget_pruefen(massnahme, plan, budget_ueberschreiten, bemerkung)
        massnahme.beginn, massnahme.vereinbart_bis, massnahme.ende = beginn, ende, ende
        massnahme.erinnert_am = None
        return _schritt(
            massnahme,
            S.VEREINBART,
            wer,
            beginn=beginn,
            ende=ende,
            budget_ueberschritten=ueber,
            bemerkung=bemerkung.strip(),
        )


def massnahme_starten(
    massnahme: Massnahme, wer, *, bemerkung: str = "", stand=None
) -> Massnahmenschritt:
    with transaction.atomic():
        massnahme = _gesperrt(massnahme, stand)
        _status_pruefen(massnahme, (S.VEREINBART,), _("Starten"))
        return _schritt(massnahme, S.LAEUFT, wer, bemerkung=bemerkung.strip())


def massnahme_evaluieren(
    massnahme: Massnahme,
    wer,
    *,
    zielerreichung: str,
    erkenntnisse: str,
    evaluiert_am: datetime.date | None = None,
    stand=None,
) -> Massnahmenschritt:
    """Goal attainment and what was learned; the condition of an extension."""
    with transaction.atomic():
        massnahme = _gesperrt(massnahme, stand)
        _status_pruefen(massnahme, (S.LAEUFT, S.VERLAENGERT), _("Evaluieren"))
        if zielerreichung not in Massnahme.Zielerreichung.values:
            raise MassnahmenFehler(_("Bitte angeben, wie weit die Ziele erreicht wurden."))
        if not (erkenntnisse or "").strip():
            raise MassnahmenFehler(_("Bitte festhalten, was gelernt wurde."))
        massnahme.zielerreichung = zielerreichung
        massnahme.erkenntnisse = erkenntnisse.strip()
        massnahme.evaluiert_am = evaluiert_am or timezone.localdate()
        return _schritt(
            massnahme,
            S.EVALUIERT,
            wer,
            bemerkung=f"{massnahme.get_zielerreichung_display()}: {massnahme.erkenntnisse}",
        )


def massnahme_verlaengern(
    massnahme: Massnahme,
    wer,
    *,
    neues_ende: datetime.date,
    zusatzplan: dict[datetime.date, Decimal],
    zusatzsumme: Decimal,
    budget_ueberschreiten: bool = False,
    bemerkung: str = "",
    stand=None,
) -> Massnahmenschritt:
    """Extend once, after an evaluation, by at most 12 months and to 24 in all; the added
    months get their own plan, which adds up to the added sum."""
    with transaction.atomic():
        massnahme = _gesperrt(massnahme, stand)
        if massnahme.status in (S.LAEUFT, S.VEREINBART):
            raise MassnahmenFehler(
                _("Verlängert wird erst nach einer Evaluation; bitte zuerst evaluieren.")
            )
        if verlaengert_schon(massnahme):
            raise MassnahmenFehler(_("Eine Maßnahme wird nur einmal verlängert."))
        _status_pruefen(massnahme, (S.EVALUIERT,), _("Verlängern"))
        if massnahme.beginn is None or massnahme.ende is None:
            raise MassnahmenFehler(_("Die Maßnahme hat keinen vereinbarten Zeitraum."))
        if neues_ende is None or neues_ende <= massnahme.ende:
            raise MassnahmenFehler(
                _("Das neue Ende muss nach dem bisherigen Ende (%(ende)s) liegen.")
                % {"ende": datum_text(massnahme.ende)}
            )
        ab = massnahme.ende + datetime.timedelta(days=1)
        zeitraum_pruefen(ab, neues_ende)
        insgesamt = laufzeit_monate(massnahme.beginn, neues_ende)
        if insgesamt > INSGESAMT_MONATE:
            raise MassnahmenFehler(
                _(
                    "Mit der Verlängerung liefe die Maßnahme %(n)d Monate; insgesamt sind "
                    "höchstens %(max)d Monate möglich."
                )
                % {"n": insgesamt, "max": INSGESAMT_MONATE}
            )
        plan_pruefen(zusatzplan, zusatzsumme, ab, neues_ende)
        bisher = monatsplan(massnahme)
        gesamt = dict(bisher)
        for monat, betrag in zusatzplan.items():
            gesamt[monat] = euro(gesamt.get(monat, NULL) + euro(betrag))
        ueber = budget_pruefen(massnahme, gesamt, budget_ueberschreiten, bemerkung)
        for monat, betrag in zusatzplan.items():
            if euro(betrag) == NULL:
                continue
            Monatsbetrag.objects.update_or_create(
                massnahme=massnahme, monat=monat, defaults={"betrag": gesamt[monat]}
            )
        massnahme.beantragte_summe = euro(massnahme.beantragte_summe + euro(zusatzsumme))
        massnahme.ende = neues_ende
        massnahme.erinnert_am = None
        return _schritt(
            massnahme,
            S.VERLAENGERT,
            wer,
            beginn=ab,
            ende=neues_ende,
            budget_ueberschritten=ueber,
            bemerkung=bemerkung.strip(),
        )


def massnahme_beenden(
    massnahme: Massnahme, wer, *, bemerkung: str = "", stand=None
) -> Massnahmenschritt:
    with transaction.atomic():
        massnahme = _gesperrt(massnahme, stand)
        if massnahme.status in (S.LAEUFT, S.VERLAENGERT, S.VEREINBART):
            raise MassnahmenFehler(_("Vor dem Ende steht die Evaluation; bitte zuerst evaluieren."))
        _status_pruefen(massnahme, (S.EVALUIERT,), _("Beenden"))
        return _schritt(massnahme, S.BEENDET, wer, bemerkung=bemerkung.strip())


def massnahme_abbrechen(massnahme: Massnahme, wer, *, grund: str, stand=None) -> Massnahmenschritt:
    with transaction.atomic():
        massnahme = _gesperrt(massnahme, stand)
        _status_pruefen(massnahme, LAUFEND, _("Abbrechen"))
        if not (grund or "").strip():
            raise MassnahmenFehler(_("Bitte den Grund des Abbruchs angeben."))
        massnahme.abbruchgrund = grund.strip()
        return _schritt(massnahme, S.ABGEBROCHEN, wer, bemerkung=grund.strip())
