"""What other pages show of this floor: Gremien of an area, of a Träger, and my tasks."""

from django.db.models import Count, Q
from django.utils import timezone

from sozialraum.models import Quartier, Regionalraum, Sozialraum
from traeger.models import Traeger

from .models import Aufgabe, Gremium, Mitgliedschaft, Sitzung, Teilnahme


def gremien_im_gebiet(request, gebiet) -> dict:
    if isinstance(gebiet, Regionalraum):
        bedingung = Q(regionalraum=gebiet) | Q(sozialraum__regionalraum=gebiet)
    elif isinstance(gebiet, Sozialraum):
        bedingung = Q(sozialraum=gebiet) | Q(regionalraum=gebiet.regionalraum_id)
    elif isinstance(gebiet, Quartier):
        bedingung = Q(sozialraum=gebiet.sozialraum_id)
    else:
        return None
    gremien = Gremium.objects.sichtbar_fuer(request.user).filter(bedingung, aktiv=True)
    return {
        "template": "gremien/_im_gebiet.html",
        "gremien": gremien.select_related("sozialraum", "regionalraum").order_by("name"),
    }


def gremien_des_traegers(request, obj) -> dict | None:
    """The Gremien a Träger sits in, with its attendance (only on Träger pages)."""
    if not isinstance(obj, Traeger):
        return None
    gremien = (
        Gremium.objects.sichtbar_fuer(request.user)
        .filter(pk__in=Mitgliedschaft.objects.aktiv().filter(traeger=obj).values("gremium"))
        .order_by("name")
    )
    teilnahme = (
        Teilnahme.objects.filter(traeger=obj, sitzung__gremium__in=gremien)
        .values("sitzung__gremium")
        .annotate(
            anwesend=Count("pk", filter=Q(status=Teilnahme.Status.ANWESEND)),
            gesamt=Count("pk"),
        )
    )
    quoten = {t["sitzung__gremium"]: t for t in teilnahme}
    return {
        "template": "gremien/_des_traegers.html",
        "gremien": [(g, quoten.get(g.pk)) for g in gremien],
    }


def meine_gremienarbeit(request) -> dict | None:
    """My open tasks and my next meetings, for the start page."""
    user = request.user
    if not user.is_authenticated:
        return None
    # Only what the section shows (gremien/_start.html): on every start page, mostly empty.
    aufgaben = list(
        Aufgabe.objects.offen()
        .filter(person=user)
        .select_related("gremium")
        .only("was", "faellig", "status", "gremium__name")
        .order_by("faellig")[:10]
    )
    sitzungen = list(
        Sitzung.objects.filter(
            gremium__in=Mitgliedschaft.objects.aktiv().filter(person=user).values("gremium"),
            datum__gte=timezone.localdate(),
        )
        .exclude(status=Sitzung.Status.ABGESAGT)
        .select_related("gremium")
        .only("datum", "beginn", "gremium__name")
        .order_by("datum", "beginn")[:5]
    )
    if not aufgaben and not sitzungen:
        return None
    return {"template": "gremien/_start.html", "aufgaben": aufgaben, "sitzungen": sitzungen}
