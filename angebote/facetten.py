"""Facet counts for the current result set: one aggregate query per facet."""

from django.db.models import Count, Q

from sozialraum.models import Sozialraum
from traeger.models import Traeger

from .models import Kategorie, Sprache, Zielgruppe


def facetten_zaehlen(treffer) -> dict[str, list]:
    ids = treffer.order_by().values("pk")

    def zaehle(queryset, pfad, grenze=None):
        qs = (
            queryset.annotate(n=Count(pfad, filter=Q(**{f"{pfad}__in": ids}), distinct=True))
            .filter(n__gt=0)
            .order_by("-n", "name")
        )
        return list(qs[:grenze] if grenze else qs)

    return {
        "kategorie": zaehle(Kategorie.objects.all(), "angebote"),
        "zielgruppe": zaehle(Zielgruppe.objects.all(), "angebote"),
        "sprache": zaehle(Sprache.objects.all(), "angebote", 12),
        "gebiet": zaehle(Sozialraum.objects.all(), "einrichtungen__angebote", 12),
        "traeger": zaehle(Traeger.objects.all(), "angebote", 10),
    }
