"""What the area pages show of this floor: the Träger and Einrichtungen in an area."""

from django.db.models import Count

from .models import Einrichtung, Traeger


def traeger_im_gebiet(request, gebiet) -> dict:
    einrichtungen = (
        Einrichtung.objects.im_gebiet(gebiet)
        .select_related("traeger", "quartier", "sozialraum")
        .order_by("name")
    )
    traeger = (
        Traeger.objects.filter(einrichtungen__in=Einrichtung.objects.im_gebiet(gebiet))
        .annotate(anzahl=Count("einrichtungen", distinct=True))
        .order_by("name")
        .distinct()
    )
    return {
        "template": "traeger/_im_gebiet.html",
        "einrichtungen": einrichtungen[:200],
        "anzahl_einrichtungen": einrichtungen.count(),
        "traeger": traeger[:200],
    }


# Sections higher floors add to Träger and Einrichtung pages (their offers, their Gremien),
# registered in their AppConfig.ready() like the area sections.
_SEITEN_BEREICHE: list = []


def traegerseite_bereich_registrieren(reihenfolge: int, funktion) -> None:
    if all(f is not funktion for _, f in _SEITEN_BEREICHE):
        _SEITEN_BEREICHE.append((reihenfolge, funktion))
        _SEITEN_BEREICHE.sort(key=lambda e: e[0])


def bereiche_fuer_traegerseite(request, obj) -> list[dict]:
    return [b for _, f in _SEITEN_BEREICHE if (b := f(request, obj)) is not None]
