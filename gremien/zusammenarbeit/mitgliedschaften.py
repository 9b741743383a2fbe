"""Operations on memberships that touch several records: ending a membership ends the
delegations it sent into other Gremien and the stand-ins of all of them (issue #16).

The members page (views/mitglieder.py) and the admin (admin.py) both end a membership
through :func:`mitgliedschaft_beenden`; every changed membership gets its own history row.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _

from ..models import Mitgliedschaft


class MitgliedschaftFehler(Exception):
    """A change refused, with a German message for the user."""


def _folgende(ids: set[int], bis: datetime.date):
    """Delegations sent from ``ids`` and stand-ins for ``ids`` that run past ``bis``."""
    return (
        Mitgliedschaft.objects.filter(Q(entsandt_von__in=ids) | Q(vertretung_fuer__in=ids))
        .filter(Q(bis__isnull=True) | Q(bis__gt=bis))
        .select_related("gremium", "person", "traeger")
    )


def mitgliedschaft_beenden(
    mitgliedschaft: Mitgliedschaft, bis: datetime.date, grund: str = ""
) -> list[Mitgliedschaft]:
    """End ``mitgliedschaft`` on ``bis``, and with it, on the same date, the delegations it
    sent (and theirs, down the chain) and the stand-ins of each. Returns the memberships
    ended along with it (not ``mitgliedschaft`` itself)."""
    if bis is None:
        raise MitgliedschaftFehler(_("Bitte das Datum angeben, an dem die Mitgliedschaft endet."))
    if mitgliedschaft.von and bis < mitgliedschaft.von:
        raise MitgliedschaftFehler(
            _("Das Ende (%(bis)s) liegt vor dem Beginn der Mitgliedschaft (%(von)s).")
            % {"bis": bis.strftime("%d.%m.%Y"), "von": mitgliedschaft.von.strftime("%d.%m.%Y")}
        )
    grund = grund or _("Mitgliedschaft beendet")
    mit_beendet: list[Mitgliedschaft] = []
    with transaction.atomic():
        if mitgliedschaft.bis != bis:
            mitgliedschaft.bis = bis
            mitgliedschaft._change_reason = grund
            mitgliedschaft.save()
        erledigt = {mitgliedschaft.pk}
        offen = {mitgliedschaft.pk}
        while offen:
            naechste = set()
            for m in _folgende(offen, bis).exclude(pk__in=erledigt):
                # A stand-in or delegation that starts later than the end never began.
                m.bis = bis if not m.von or m.von <= bis else m.von
                m._change_reason = _("endet mit der Mitgliedschaft, von der sie abhängt")
                m.save()
                mit_beendet.append(m)
                erledigt.add(m.pk)
                naechste.add(m.pk)
            offen = naechste
    return mit_beendet


def _mit_vertretungen(mitgliedschaften):
    aktive = Mitgliedschaft.objects.aktiv().select_related("person", "traeger").order_by("pk")
    return mitgliedschaften.select_related("person", "traeger").prefetch_related(
        Prefetch("vertretungen", aktive, to_attr="aktive_vertretungen")
    )


def delegationen(gremium, sichtbar: set[int]) -> dict:
    """The active delegations of a Gremium's page, with their active stand-ins.

    ``eingehend``: members sent here by another Gremium (``m.entsandt_von.gremium``);
    ``ausgehend``: members it sent into other Gremien (``m.gremium``). ``sichtbar``: the ids
    of the Gremien the user may see; the others go unnamed (``m.quelle_sichtbar`` /
    ``m.ziel_sichtbar``). Four queries.
    """
    eingehend = list(
        _mit_vertretungen(
            gremium.mitgliedschaften.aktiv()
            .filter(entsandt_von__isnull=False)
            .select_related("entsandt_von__gremium")
            .order_by("entsandt_von__gremium__name", "pk")
        )
    )
    for m in eingehend:
        m.quelle_sichtbar = m.entsandt_von.gremium_id in sichtbar
    ausgehend = list(
        _mit_vertretungen(
            Mitgliedschaft.objects.aktiv()
            .filter(entsandt_von__gremium=gremium)
            .select_related("gremium")
            .order_by("gremium__name", "pk")
        )
    )
    for m in ausgehend:
        m.ziel_sichtbar = m.gremium_id in sichtbar
    return {"eingehend": eingehend, "ausgehend": ausgehend}
