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
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from gremien.models import Beschluss, Sitzung, Tagesordnungspunkt
from sozialraum.werkzeuge.fristen import monate_addieren
from sozialraum.werkzeuge.konflikt import Ueberholt, stand_pruefen

from ..models import Massnahme, Massnahmenschritt, MassnahmenTop, Monatsbetrag
from .budget import NULL, engpaesse, euro, laufzeit_monate, monatsanfang

S = Massnahme.Status
HOECHSTENS_MONATE = 12
INSGESAMT_MONATE = 24

# A draft may be edited until the Lenkungsgruppe recommends it.
ENTWURF = (S.IDEE, S.BERATEN, S.ZURUECKGESTELLT)
# Running: agreed and not yet ended; may be broken off.
LAUFEND = (S.VEREINBART, S.LAEUFT, S.EVALUIERT, S.VERLAENGERT)
# Evaluation is due a month before the end of the (extended) period.
EVALUATION_OFFEN = (S.VEREINBART, S.LAEUFT, S.VERLAENGERT)
ENTSCHEIDUNGEN = (S.EMPFOHLEN, S.ABGELEHNT, S.ZURUECKGESTELLT)


class MassnahmenFehler(Exception):
    """A step broke a rule of the way; the message is German and names what to do."""


def _datum(tag: datetime.date) -> str:
    return date_format(tag, "d.m.Y")


def _euro_text(betrag: Decimal) -> str:
    return f"{betrag:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €"


# Rules ------------------------------------------------------------------------------------


def zeitraum_pruefen(beginn, ende, *, hoechstens: int = HOECHSTENS_MONATE) -> int:
    """A period of at most ``hoechstens`` months; returns its length in months."""
    if beginn is None or ende is None:
        raise MassnahmenFehler(_("Bitte Beginn und Ende des Zeitraums angeben."))
    if ende < beginn:
        raise MassnahmenFehler(_("Das Ende muss nach dem Beginn liegen."))
    monate = laufzeit_monate(beginn, ende)
    if monate > hoechstens:
        raise MassnahmenFehler(
            _(
                "Der Zeitraum umfasst %(n)d Monate; vereinbart werden höchstens %(max)d Monate "
                "am Stück."
            )
            % {"n": monate, "max": hoechstens}
        )
    return monate


def plan_pruefen(
    plan: dict[datetime.date, Decimal],
    summe: Decimal,
    beginn: datetime.date | None = None,
    ende: datetime.date | None = None,
) -> None:
    """The month plan adds up to ``summe`` to the cent and, if a period is given, lies in it."""
    try:
        summe = euro(summe)
        gesamt = euro(sum((euro(b) for b in plan.values()), NULL))
    except (InvalidOperation, TypeError) as fehler:
        raise MassnahmenFehler(_("Der Monatsplan enthält einen ungültigen Betrag.")) from fehler
    for monat, betrag in plan.items():
        if euro(betrag) < 0:
            raise MassnahmenFehler(
                _("Im Monatsplan ist der Betrag für %(monat)s negativ.")
                % {"monat": f"{monat:%m/%Y}"}
            )
        if beginn and ende and not (monatsanfang(beginn) <= monat <= monatsanfang(ende)):
            raise MassnahmenFehler(
                _(
                    "Der Monatsplan enthält %(monat)s; das liegt außerhalb des Zeitraums "
                    "%(beginn)s bis %(ende)s."
                )
                % {"monat": f"{monat:%m/%Y}", "beginn": _datum(beginn), "ende": _datum(ende)}
            )
    if gesamt != summe:
        raise MassnahmenFehler(
            _(
                "Der Monatsplan ergibt %(plan)s, beantragt sind %(summe)s; beides muss auf den "
                "Cent übereinstimmen (Unterschied: %(diff)s)."
            )
            % {
                "plan": _euro_text(gesamt),
                "summe": _euro_text(summe),
                "diff": _euro_text(abs(summe - gesamt)),
            }
        )


def monatsplan(massnahme: Massnahme) -> dict[datetime.date, Decimal]:
    return {m.monat: euro(m.betrag) for m in massnahme.monatsplan.all()}


def budget_pruefen(
    massnahme: Massnahme, plan: dict, ueberschreiten: bool, begruendung: str
) -> bool:
    """Refuse binding ``plan`` beyond the Regionalraum's remaining budget, unless explicitly
    allowed with a reason; returns whether the budget is overcommitted (and allowed)."""
    luecken = engpaesse(massnahme, plan)
    if not luecken:
        return False
    if not ueberschreiten:
        teile = []
        for e in luecken:
            if e.verfuegbar is None:
                teile.append(
                    _("%(jahr)d: kein Budget eingetragen, benötigt %(benoetigt)s")
                    % {"jahr": e.jahr, "benoetigt": _euro_text(e.benoetigt)}
                )
            else:
                teile.append(
                    _("%(jahr)d: benötigt %(benoetigt)s, verfügbar %(verfuegbar)s")
                    % {
                        "jahr": e.jahr,
                        "benoetigt": _euro_text(e.benoetigt),
                        "verfuegbar": _euro_text(e.verfuegbar),
                    }
                )
        raise MassnahmenFehler(
            _(
                "Das Budget des Regionalraums reicht nicht (%(luecken)s). Wollen Sie es bewusst "
                "überschreiten, kreuzen Sie das an und begründen Sie es."
            )
            % {"luecken": "; ".join(teile)}
        )
    if not (begruendung or "").strip():
        raise MassnahmenFehler(
            _("Bitte begründen Sie, warum das Budget überschritten werden darf.")
        )
    return True


def evaluation_faellig_am(massnahme: Massnahme) -> datetime.date | None:
    """A month before the end of the running period; None when no evaluation is open."""
    if massnahme.status not in EVALUATION_OFFEN or massnahme.ende is None:
        return None
    return monate_addieren(massnahme.ende, -1)


def verlaengert_schon(massnahme: Massnahme) -> bool:
    return massnahme.schritte.filter(status=S.VERLAENGERT).exists()


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
                % {"ende": _datum(massnahme.ende)}
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
