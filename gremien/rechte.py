"""This floor's section of the rights screen (traeger/rechte.py): the Gremien a person
coordinates. They come from her active Mitgliedschaften with role Koordination (signals.py
and ``rechte_abgleichen`` keep the object permission in step), so the screen only shows
them and links to the Gremium; they are changed in the Gremium's Mitgliedschaften."""

from collections import defaultdict

from django.utils.translation import gettext as _

from .models import Mitgliedschaft


def koordinierte_gremien(personen_ids: list[int]) -> dict:
    je_person = defaultdict(list)
    for m in (
        Mitgliedschaft.objects.aktiv()
        .filter(rolle=Mitgliedschaft.Rolle.KOORDINATION, person__in=personen_ids)
        .select_related("gremium")
        .order_by("gremium__name", "pk")
    ):
        if m.gremium not in je_person[m.person_id]:
            je_person[m.person_id].append(m.gremium)
    return {
        "titel": _("koordiniert die Gremien"),
        "hinweis": _(
            "Aus den Mitgliedschaften mit der Rolle Koordination; geändert wird das in den "
            "Mitgliedschaften des Gremiums (Verwaltung). Die Gremien ihrer Sozialräume darf "
            "eine Sozialraumkoordination außerdem bearbeiten."
        ),
        "je_person": dict(je_person),
    }
