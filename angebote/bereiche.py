"""What the area pages show of this floor: offers in the area and where offers are missing."""

from urllib.parse import urlencode

from django.db.models import Count, Prefetch
from django.urls import reverse

from sozialraum.erweiterungen.bereiche import abschnitt_behalten
from traeger.bereiche import nur_groeber_verortet
from traeger.models import Einrichtung, Traeger

from . import altersgruppen
from .altersgruppen import ALTERSBAENDER
from .models import Angebot, Kategorie, Zielgruppe


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
    school imported from the city's lists, with nothing entered yet).

    ``NOT IN`` one uncorrelated subquery (the places of the area with a published offer,
    computed once), not ``NOT EXISTS`` per place: SQLite without statistics ran the
    correlated subquery over every published offer for each place (Berlin's Pankow: 190 ms,
    now a few). The subquery is limited to the area's places: over the places of all
    published offers PostgreSQL hashed 90,000 of them for a Sozialraum of 183 places
    (100,000 offers: 83 ms, now 1)."""
    orte = Einrichtung.objects.im_gebiet(gebiet).filter(archiviert=False)
    mit_angebot = Angebot.einrichtungen.through.objects.filter(
        einrichtung_id__in=orte.values("pk"), angebot__status=Angebot.Status.VEROEFFENTLICHT
    ).values("einrichtung_id")
    return orte.exclude(pk__in=mit_angebot)


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


def angebote_und_luecken(gebiet, slug: str) -> dict:
    """What the area page shows of offers, for the Zielgruppe ``slug`` ("" for all): count,
    the first 50, the gap table, the Einrichtungen without an offer by kind. Also the gap
    table's download (exporte/views.py)."""
    zielgruppen = list(Zielgruppe.objects.all())
    zielgruppe = next((z for z in zielgruppen if z.slug == slug), None)
    wert = gebiet_wert(gebiet)
    angebote = Angebot.objects.veroeffentlicht().im_gebiet(gebiet)
    ohne_angebot = einrichtungen_je_art(gebiet, wert)
    return {
        "anzahl": angebote.count(),
        # The list shows title, Träger and age: nothing else to fetch, and the Träger of
        # the first 50 only (joined before the sort, every Träger of the city was read).
        "angebote": list(
            angebote.only("titel", "alter_von", "alter_bis", "traeger")
            .prefetch_related(Prefetch("traeger", queryset=Traeger.objects.only("name")))
            .order_by("titel")[:50]
        ),
        "luecken": luecken(angebote, wert, zielgruppe),
        "baender": [name for _key, name, _von, _bis in ALTERSBAENDER],
        "einrichtungen": ohne_angebot,
        # No offerless places: are there places here at all (else "Keine" misleads)?
        "orte_hier": bool(ohne_angebot)
        or Einrichtung.objects.im_gebiet(gebiet).filter(archiviert=False).exists(),
        "zielgruppen": zielgruppen,
        "zielgruppe": zielgruppe,
        "gebiet_wert": wert,
        # The published offers at places known only in a larger area: not in the table.
        "groeber": nur_groeber_verortet(
            gebiet,
            lambda orte: (
                Angebot.objects.veroeffentlicht()
                .filter(
                    pk__in=Angebot.einrichtungen.through.objects.filter(
                        einrichtung__in=orte
                    ).values("angebot_id")
                )
                .count()
            ),
        ),
    }


def angebote_im_gebiet(request, gebiet) -> dict:
    """The section of :func:`angebote_und_luecken`, kept rendered per data state
    (trefferspeicher.py; a change of an offer, an Einrichtung or an area renews it), per
    area and per query string (the Zielgruppe; the download link keeps the parameters): at
    city scale a Regionalraum holds tens of thousands of offers. Alike for everybody who
    sees the area page."""

    return abschnitt_behalten(
        "gebiet-angebote",
        request,
        gebiet,
        "angebote/_im_gebiet.html",
        lambda: angebote_und_luecken(gebiet, request.GET.get("zielgruppe", "")),
    )


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
