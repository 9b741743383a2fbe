"""The schedules of an HSDS service as the registry's weekly times (the reverse of
``abbilden._zeitplaene``).

A weekly rule (``freq`` WEEKLY, ``byday``, ``opens_at``/``closes_at``) becomes one
``Angebotszeit`` per day, keeping the schedule's id (a rule for several days: derived ids,
the same on every run). A schedule without a rule carries the hint on times
(``description``) and the validity (``valid_from``/``valid_to``). What a weekly time
cannot hold (monthly rules, "every other week", single dates, counts, overnight times) is
reported, never turned into something else.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from angebote.hsds.ausgabe.grundlagen import WOCHENTAGE, kennung
from angebote.hsds.einlesen.datei import kurz
from angebote.hsds.einlesen.werte import Meldungen, Wo, datum, kanonisch, liste, text, uhrzeit
from angebote.models import Angebot

# Schedule fields that restrict a weekly rule beyond "every week on these days, from … to …":
# our weekly times cannot hold them, so such a schedule is reported instead of imported.
EINSCHRAENKUNGEN = ("bymonthday", "byyearday", "byweekno", "count", "until", "dtstart")


@dataclass
class Zeit:
    uuid: str
    wochentag: int
    von: str  # "HH:MM"
    bis: str

    @property
    def wert(self) -> list:
        """As the proposal values hold a time."""
        return [self.wochentag, self.von, self.bis]


def zeitplaene_lesen(d: dict, wo: Wo, m: Meldungen) -> tuple[list[Zeit], dict] | None:
    """Weekly times, the hint on times and the validity from the service's schedules (and
    those of its service_at_locations: the registry keeps times per offer, not per place);
    None when the service states no schedules."""
    plaene = [(p, f"schedules[{i}]") for i, p in enumerate(liste(d, "schedules") or [])]
    orte = liste(d, "service_at_locations") or []
    for i, sal in enumerate(orte):
        eigene = liste(sal, "schedules") or []
        if eigene and len(orte) > 1:
            m.hinweis_an(
                wo(f"service_at_locations[{i}].schedules"),
                _("Zeiten an einem von mehreren Orten; das Register hält Zeiten je Angebot"),
            )
        plaene += [(p, f"service_at_locations[{i}].schedules[{j}]") for j, p in enumerate(eigene)]
    if liste(d, "schedules") is None and not plaene:
        return None
    zeiten, texte, gueltig = [], [], []
    for plan, pfad in plaene:
        if plan.get("description"):
            texte.append(str(plan["description"]).strip())
        spanne = (
            datum(plan, "valid_from", m, wo, f"{pfad}.valid_from"),
            datum(plan, "valid_to", m, wo, f"{pfad}.valid_to"),
        )
        if any(spanne):
            gueltig.append((spanne, pfad))
        if plan.get("freq") or plan.get("byday") or plan.get("opens_at") or plan.get("closes_at"):
            zeiten += _woechentlich(plan, pfad, wo, m)
    hinweis = "; ".join(dict.fromkeys(t for t in texte if t))
    werte = {
        "zeiten_hinweis": text({"h": hinweis}, "h", Angebot, "zeiten_hinweis", m, wo, "schedules")
    }
    spannen = list(dict.fromkeys(s for s, _p in gueltig))
    if len(spannen) > 1:
        m.hinweis_an(
            wo(gueltig[1][1]),
            _(
                "andere Gültigkeit als %(pfad)s; das Register hält eine je Angebot, übernommen die erste"
            )
            % {"pfad": gueltig[0][1]},
        )
    von, bis = spannen[0] if spannen else (None, None)
    if von and bis and von > bis:
        m.hinweis_an(wo(gueltig[0][1]), _("valid_to liegt vor valid_from; nicht übernommen"))
        von = bis = None
    werte["gueltig_von"], werte["gueltig_bis"] = von, bis
    werte["zeiten"] = sorted({tuple(z.wert) for z in zeiten})
    return zeiten, werte


def _woechentlich(plan: dict, pfad: str, wo: Wo, m: Meldungen) -> list[Zeit]:
    gruende = []
    freq = plan.get("freq") or "WEEKLY"
    if freq != "WEEKLY":
        gruende.append(_("freq %(freq)s") % {"freq": freq})
    if plan.get("interval") not in (None, 1):
        gruende.append(_("interval %(n)s") % {"n": plan["interval"]})
    gruende += [f"{name} {kurz(plan[name], 30)}" for name in EINSCHRAENKUNGEN if plan.get(name)]
    tage = [t.strip().upper() for t in str(plan.get("byday") or "").split(",") if t.strip()]
    if not tage:
        gruende.append(_("ohne byday"))
    elif any(t not in WOCHENTAGE for t in tage):
        gruende.append(_("byday %(tage)s") % {"tage": plan["byday"]})
    von = uhrzeit(plan["opens_at"], m, wo(f"{pfad}.opens_at")) if plan.get("opens_at") else None
    bis = uhrzeit(plan["closes_at"], m, wo(f"{pfad}.closes_at")) if plan.get("closes_at") else None
    if not plan.get("opens_at") or not plan.get("closes_at"):
        gruende.append(_("ohne opens_at und closes_at"))
    elif von and bis and von >= bis:
        gruende.append(
            _("endet nicht nach dem Beginn (%(von)s–%(bis)s)") % {"von": von, "bis": bis}
        )
    if gruende:
        m.hinweis_an(
            wo(pfad),
            _(
                "Zeitplan nicht übernommen, die wöchentlichen Zeiten des Registers fassen ihn nicht: %(gruende)s"
            )
            % {"gruende": ", ".join(gruende)},
        )
        return []
    if von is None or bis is None:
        return []  # unreadable: already an error
    plan_id = kanonisch(plan.get("id"))
    return [
        Zeit(
            plan_id if len(tage) == 1 else kennung(plan_id, "byday", tag),
            WOCHENTAGE.index(tag),
            von,
            bis,
        )
        for tag in dict.fromkeys(tage)
    ]
