"""Edges of the Sozialraum network from joint Angebote, registered with traeger.netzwerk.

"Joint" means: a published Angebot of one Träger runs at an Einrichtung of another Träger
in the Sozialraum (the school's homework club run by the youth welfare association, the
parents' café in the neighbourhood centre). One edge per such Angebot and place, dated
today while the Angebot runs, else by its end.
"""

from django.db.models import F, Q

from traeger.netzwerk import ANGEBOT

from .models import Angebot


def gemeinsame_angebote(*, sozialraum, seit, bis, user):
    orte = (
        Angebot.einrichtungen.through.objects.filter(
            einrichtung__sozialraum=sozialraum,
            angebot__status=Angebot.Status.VEROEFFENTLICHT,
        )
        .filter(
            Q(angebot__gueltig_bis__isnull=True) | Q(angebot__gueltig_bis__gte=seit),
            Q(angebot__gueltig_von__isnull=True) | Q(angebot__gueltig_von__lte=bis),
        )
        .exclude(einrichtung__traeger=F("angebot__traeger"))
        .values_list("angebot__traeger_id", "einrichtung__traeger_id", "angebot__gueltig_bis")
    )
    for anbieter, gastgeber, ende in orte:
        yield anbieter, gastgeber, min(ende, bis) if ende else bis, ANGEBOT
