"""Edges of the Sozialraum network from shared Gremien, registered with traeger.netzwerk.

Two Träger that are both members of a Gremium of the Sozialraum are connected once per
Gremium, dated by its latest (not cancelled) Sitzung in the time range: a Gremium that
did not meet in that time adds nothing. Gremien of a whole Regionalraum are left out, as
they would tie every Träger of the region to every other. Only Gremien the viewer may see
count.
"""

from itertools import combinations

from django.db.models import Max, Q

from traeger.netzwerk import GREMIUM

from .models import Gremium, Mitgliedschaft, Sitzung


def gemeinsame_gremien(*, sozialraum, seit, bis, user):
    gremien = dict(
        Gremium.objects.sichtbar_fuer(user)
        .filter(sozialraum=sozialraum)
        .annotate(
            letzte=Max(
                "sitzungen__datum",
                filter=Q(sitzungen__datum__range=(seit, bis))
                & ~Q(sitzungen__status=Sitzung.Status.ABGESAGT),
            )
        )
        .filter(letzte__isnull=False)
        .values_list("pk", "letzte")
    )
    mitglieder: dict[int, set[int]] = {pk: set() for pk in gremien}
    for gremium_id, traeger_id in (
        Mitgliedschaft.objects.filter(gremium__in=list(gremien), traeger__isnull=False)
        .filter(Q(von__isnull=True) | Q(von__lte=bis), Q(bis__isnull=True) | Q(bis__gte=seit))
        .values_list("gremium_id", "traeger_id")
        .distinct()
    ):
        mitglieder[gremium_id].add(traeger_id)
    for gremium_id, traeger_ids in mitglieder.items():
        for a, b in combinations(sorted(traeger_ids), 2):
            yield a, b, gremien[gremium_id], GREMIUM
