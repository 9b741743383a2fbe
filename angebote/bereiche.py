"""What the area pages show of this floor: offers in the area and where offers are missing."""

from urllib.parse import urlencode

from django.db.models import Count, Exists, OuterRef
from django.urls import reverse

from traeger.models import Einrichtung, Traeger

from . import altersgruppen
from .altersgruppen import ALTERSBAENDER
from .models import Angebot, Kategorie, Zielgruppe
from .suche.trefferspeicher import gespeichert


def suchlink(**parameter) -> str:
    """The search page with these filters (angebote/filters.py), empty ones left out."""
    werte = {k: v for k, v in parameter.items() if v}
    return reverse("start") + "?" + urlencode(werte)


def luecken(angebote, gebiet_wert: str, zielgruppe=None) -> list[dict]:
    """Offers per Kategorie × age group (optionally for one Zielgruppe), in two queries;
    each cell with the link to the search that lists exactly its offers.

    One GROUP BY over the Kategorie links of the area's offers (each link is one offer in one
    Kategorie, so no DISTINCT is needed), then the Kategorien themselves. The age groups are
    the conditions of the search's ``?altersgruppe=`` (altersgruppen.py): the offers for all
    ages in their own column, not in every band.
    """
    ids = angebote.values("pk")
    if zielgruppe is not None:
        ids = angebote.filter(zielgruppen=zielgruppe).values("pk")
    spalten = altersgruppen.spalten("angebot__")
    zaehler = {
        f"spalte{i}": Count("angebot_id", filter=bedingung)
        for i, (_key, bedingung) in enumerate(spalten)
    }
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
        zellen = [
            {
                "n": werte.get(f"spalte{i}", 0),
                "url": suchlink(
                    gebiet=gebiet_wert,
                    kategorie=kategorie.slug,
                    altersgruppe=key,
                    zielgruppe=zielgruppe and zielgruppe.slug,
                ),
            }
            for i, (key, _bedingung) in enumerate(spalten)
        ]
        zeilen.append({"kategorie": kategorie, "zellen": zellen})
    return zeilen


def einrichtungen_ohne_angebot(gebiet):
    """The current Einrichtungen in ``gebiet`` at which no published offer runs (a Kita or a
    school imported from the city's lists, with nothing entered yet)."""
    angebote = Angebot.einrichtungen.through.objects.filter(
        einrichtung=OuterRef("pk"), angebot__status=Angebot.Status.VEROEFFENTLICHT
    )
    return Einrichtung.objects.im_gebiet(gebiet).filter(archiviert=False).exclude(Exists(angebote))


def einrichtungen_je_art(gebiet, gebiet_wert: str) -> list[dict]:
    """``einrichtungen_ohne_angebot`` counted by their kind, each with the link to its list.
    One query."""
    namen = dict(Einrichtung.Art.choices)
    zeilen = (
        einrichtungen_ohne_angebot(gebiet).values("art").annotate(n=Count("pk")).order_by("art")
    )
    ergebnis = [
        {
            "art": z["art"],
            "name": str(namen.get(z["art"], z["art"])),
            "n": z["n"],
            "url": reverse("angebote:einrichtungen_ohne_angebot")
            + "?"
            + urlencode({"gebiet": gebiet_wert, "art": z["art"]}),
        }
        for z in zeilen
    ]
    return sorted(ergebnis, key=lambda z: z["name"])


def gebiet_wert(gebiet) -> str:
    """The area as the search's ``?gebiet=`` names it (filters.gebiet_aus_wert)."""
    return f"{type(gebiet).__name__[0].lower()}-{gebiet.schluessel}"


def angebote_im_gebiet(request, gebiet) -> dict:
    """Count, the first 50 offers and the gap table, kept per search state
    (trefferspeicher.py): at city scale a Regionalraum holds tens of thousands of offers.
    The Einrichtungen without an offer are counted anew (one query), as an Einrichtung's
    change does not renew the search state."""
    slug = request.GET.get("zielgruppe", "")
    zielgruppen = list(Zielgruppe.objects.all())
    zielgruppe = next((z for z in zielgruppen if z.slug == slug), None)
    wert = gebiet_wert(gebiet)

    def rechnen() -> dict:
        angebote = Angebot.objects.veroeffentlicht().im_gebiet(gebiet)
        return {
            "anzahl": angebote.count(),
            # The list shows title, Träger and age: nothing else to fetch.
            "angebote": list(angebote.select_related("traeger").order_by("titel")[:50]),
            "luecken": luecken(angebote, wert, zielgruppe),
        }

    ebene = type(gebiet).__name__
    daten = gespeichert("gebiet", [ebene, gebiet.pk, zielgruppe and zielgruppe.pk], rechnen)
    return {
        "template": "angebote/_im_gebiet.html",
        **daten,
        "baender": [name for _key, name, _von, _bis in ALTERSBAENDER],
        "einrichtungen": einrichtungen_je_art(gebiet, wert),
        "zielgruppen": zielgruppen,
        "zielgruppe": zielgruppe,
        "gebiet_wert": wert,
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
