"""What the area pages show of this floor: offers in the area and where offers are missing."""

from django.db.models import Count, Q

from traeger.models import Traeger

from .models import Angebot, Kategorie, Zielgruppe
from .suche.trefferspeicher import gespeichert

ALTERSBAENDER = [
    ("0–2", 0, 2),
    ("3–5", 3, 5),
    ("6–9", 6, 9),
    ("10–13", 10, 13),
    ("14–17", 14, 17),
    ("18–26", 18, 26),
    ("27+", 27, 120),
]


def luecken(angebote, zielgruppe=None):
    """Offers per Kategorie × age band (optionally for one Zielgruppe), in two queries.

    One GROUP BY over the Kategorie links of the area's offers (each link is one offer in one
    Kategorie, so no DISTINCT is needed), then the Kategorien themselves.
    """
    ids = angebote.values("pk")
    if zielgruppe is not None:
        ids = angebote.filter(zielgruppen=zielgruppe).values("pk")
    zaehler = {}
    for i, (_name, von, bis) in enumerate(ALTERSBAENDER):
        zaehler[f"band{i}"] = Count(
            "angebot_id",
            filter=(Q(angebot__alter_von__isnull=True) | Q(angebot__alter_von__lte=bis))
            & (Q(angebot__alter_bis__isnull=True) | Q(angebot__alter_bis__gte=von)),
        )
    zeilen_je_kategorie = {
        z["kategorie_id"]: z
        for z in Angebot.kategorien.through.objects.filter(angebot_id__in=ids)
        .values("kategorie_id")
        .annotate(**zaehler)
        .order_by()
    }
    zeilen = []
    for kategorie in Kategorie.objects.order_by("sortierung", "name"):
        werte = zeilen_je_kategorie.get(kategorie.pk, {})
        zellen = [werte.get(f"band{i}", 0) for i in range(len(ALTERSBAENDER))]
        zeilen.append({"kategorie": kategorie, "zellen": zellen, "summe": sum(zellen)})
    return zeilen


def angebote_im_gebiet(request, gebiet) -> dict:
    """Count, the first 50 offers and the gap table, kept per search state
    (trefferspeicher.py): at city scale a Regionalraum holds tens of thousands of offers."""
    slug = request.GET.get("zielgruppe", "")
    zielgruppen = list(Zielgruppe.objects.all())
    zielgruppe = next((z for z in zielgruppen if z.slug == slug), None)

    def rechnen() -> dict:
        angebote = Angebot.objects.veroeffentlicht().im_gebiet(gebiet)
        return {
            "anzahl": angebote.count(),
            # The list shows title, Träger and age: nothing else to fetch.
            "angebote": list(angebote.select_related("traeger").order_by("titel")[:50]),
            "luecken": luecken(angebote, zielgruppe),
        }

    ebene = type(gebiet).__name__
    daten = gespeichert("gebiet", [ebene, gebiet.pk, zielgruppe and zielgruppe.pk], rechnen)
    return {
        "template": "angebote/_im_gebiet.html",
        **daten,
        "baender": [name for name, _von, _bis in ALTERSBAENDER],
        "zielgruppen": zielgruppen,
        "zielgruppe": zielgruppe,
        "gebiet_wert": f"{ebene[0].lower()}-{gebiet.schluessel}",
    }


def angebote_auf_traegerseite(request, obj) -> dict:
    """The offers of a Träger, or those running at an Einrichtung."""
    if isinstance(obj, Traeger):
        angebote = obj.angebote.veroeffentlicht()
    else:
        angebote = Angebot.objects.veroeffentlicht().filter(einrichtungen=obj)
    return {
        "template": "angebote/_auf_traegerseite.html",
        "angebote": angebote.fuer_liste().order_by("titel"),
    }
