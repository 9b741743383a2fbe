"""The values of an offer as plain JSON, as proposals store them (angebote/redaktion/pruefung.py).

Read from an offer (``werte_von``), from the form (``werte_aus_formular``), written onto an
offer (``werte_schreiben``).

The simple fields as they are (dates as ISO text), the ids of the many-to-many links
(sorted) and the weekly times as ``[wochentag, "HH:MM", "HH:MM"]`` (sorted). Two offers, or
an offer and a proposal, are compared field by field with ``geaenderte_felder``.
"""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_time
from django.utils.translation import gettext as _

from ..models import Angebot, Angebotszeit
from ..signals import suchindex_ist_pausiert, suchindex_pausiert
from ..suche.suchindex import reindex
from .felder import FELDER, MIT_ZEITEN

_MODELLFELDER = [Angebot._meta.get_field(f) for f in FELDER]
# Derived from the one list (felder.py): links as sorted ids, the rest as they are.
LISTEN_FELDER = {f.name: f.related_model for f in _MODELLFELDER if f.many_to_many}
EINFACHE_FELDER = [f.name for f in _MODELLFELDER if not f.many_to_many]
DATUMSFELDER = {f.name for f in _MODELLFELDER if f.get_internal_type() == "DateField"}
# The order of the form page, used for the diff too.
REIHENFOLGE = MIT_ZEITEN
TEXTFELDER = {"titel", "beschreibung"}  # shown with a word diff


def feldname(feld: str) -> str:
    if feld == "zeiten":
        return str(_("Zeiten"))
    return str(Angebot._meta.get_field(feld).verbose_name)


def _json(wert):
    if isinstance(wert, datetime.date):
        return wert.isoformat()
    return wert


def zeit_als_liste(z) -> list:
    return [int(z[0]), z[1].strftime("%H:%M"), z[2].strftime("%H:%M")]


def werte_von(angebot: Angebot) -> dict:
    """The offer's current values as JSON (uses prefetched links where present)."""
    werte = {f: _json(getattr(angebot, f)) for f in EINFACHE_FELDER}
    for f in LISTEN_FELDER:
        werte[f] = sorted(o.pk for o in getattr(angebot, f).all())
    werte["zeiten"] = sorted(
        zeit_als_liste((z.wochentag, z.von, z.bis)) for z in angebot.zeiten.all()
    )
    return werte


def leere_werte() -> dict:
    """The values of a new offer: the model's defaults, no links, no times."""
    leer = Angebot()
    werte = {f: _json(getattr(leer, f)) for f in EINFACHE_FELDER}
    return {**werte, **{f: [] for f in LISTEN_FELDER}, "zeiten": []}


def werte_aus_formular(daten: dict, zeiten: list[dict]) -> dict:
    """The JSON values from a valid AngebotForm's cleaned_data and the time rows."""
    werte = {f: _json(daten.get(f)) for f in EINFACHE_FELDER}
    for f in LISTEN_FELDER:
        werte[f] = sorted(o.pk for o in daten.get(f) or [])
    eindeutig = {tuple(zeit_als_liste((z["wochentag"], z["von"], z["bis"]))) for z in zeiten if z}
    werte["zeiten"] = [list(z) for z in sorted(eindeutig)]
    return werte


def geaenderte_felder(vorher: dict, nachher: dict) -> list[str]:
    return [f for f in REIHENFOLGE if vorher.get(f) != nachher.get(f)]


def werte_schreiben(
    angebot: Angebot, werte: dict, user, grund: str, *, status=None, geprueft: bool
) -> Angebot:
    """Write ``werte`` onto the offer: one history entry, the links and times, one reindex."""
    for f in EINFACHE_FELDER:
        wert = werte.get(f)
        if f in DATUMSFELDER and wert:
            wert = parse_date(wert)
        setattr(angebot, f, wert)
    if status is not None:
        angebot.status = status
    if geprueft:
        angebot.zuletzt_geprueft = timezone.localdate()
        angebot.geprueft_von = user
    angebot.clean()  # ValidationError: e.g. a merge made "Alter von" greater than "bis"
    angebot._history_user = user
    angebot._change_reason = grund
    with suchindex_pausiert():
        angebot.save()
        for f, model in LISTEN_FELDER.items():
            ids = model.objects.filter(pk__in=werte.get(f) or [])
            if f == "einrichtungen":
                ids = ids.filter(traeger=angebot.traeger_id)  # only the offer's own places
            getattr(angebot, f).set(list(ids.values_list("pk", flat=True)))
        soll = {tuple(z) for z in werte.get("zeiten") or []}
        ist = {
            tuple(zeit_als_liste((z.wochentag, z.von, z.bis))): z.pk for z in angebot.zeiten.all()
        }
        if soll != set(ist):
            Angebotszeit.objects.filter(
                pk__in=[pk for z, pk in ist.items() if z not in soll]
            ).delete()
            Angebotszeit.objects.bulk_create(
                Angebotszeit(angebot=angebot, wochentag=t, von=parse_time(von), bis=parse_time(bis))
                for t, von, bis in sorted(soll - set(ist))
            )
    if not suchindex_ist_pausiert():  # an import reindexes once at its end
        reindex([angebot.pk])
    return angebot
