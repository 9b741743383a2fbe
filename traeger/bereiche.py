"""What other pages show of this floor: the Träger and Einrichtungen in an area, and the
Vernetzung sections (who knows whom, due follow-ups, the way to a Sozialraum's network)."""

from collections import defaultdict

from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import Count, Max

from sozialraum.erweiterungen import Erweiterungspunkt
from sozialraum.erweiterungen.bereiche import abschnitt_behalten
from sozialraum.models import Sozialraum

from .karte import orte_im_gebiet
from .models import Einrichtung, Traeger

# The Einrichtungen list of an area page, a page at a time: a Berlin Bezirk holds ~400.
EINRICHTUNGEN_JE_SEITE = 50
# Träger listed beside them: the first 500 by name, and a note when there are more; above
# 30 the list is folded (a <details>), so that the Einrichtungen stay in view.
MAX_TRAEGER = 500
TRAEGER_OFFEN = 30


def traeger_im_gebiet(request, gebiet) -> dict:
    """The Träger and current (not archived) Einrichtungen in an area and below: the
    Einrichtungen 50 to a page, and all of them as markers of the area map (karte.py).

    Alike for everybody who sees the area page, and at a Berlin Bezirk's size (some 500
    places, 240 Träger) the most expensive part of it: kept rendered per data state
    (sozialraum/werkzeuge/datenstand.py, renewed by every change of a Träger, an Einrichtung
    or an area), per area and per query string (the page links keep its parameters).
    """

    return abschnitt_behalten(
        "gebiet-traeger",
        request,
        gebiet,
        "traeger/_im_gebiet.html",
        lambda: _traeger_und_orte(request, gebiet),
    )


# An Einrichtung's area fields, coarse to fine: ``Gebiet.EBENE`` is the index.
EBENEN_FELDER = ("jugendamt", "regionalraum", "sozialraum", "quartier")


def orte_nur_in(groesser):
    """The current places known only in the area ``groesser``, not in a finer one."""
    return Einrichtung.objects.filter(
        **{
            EBENEN_FELDER[groesser.EBENE]: groesser,
            f"{EBENEN_FELDER[groesser.EBENE + 1]}__isnull": True,
        },
        archiviert=False,
    )


def nur_groeber_verortet(gebiet, zaehlen=None) -> list[dict]:
    """What may lie in ``gebiet`` without the registry knowing it: at places known only in
    one of its larger areas. Berlin's imported places sit in their Prognoseraum (there are
    no boundaries of the Bezirksregionen), so that a Bezirksregion's page would read as
    empty and its gap table as all gaps. Per larger area the page names (``eltern``: the
    Jugendamt only where there are several), nearest first: ``{"gebiet", "anzahl"}``.
    ``zaehlen(orte)``: what is counted of those places (default: the places themselves).
    One count per larger area."""
    zeilen = []
    for groesser in reversed(gebiet.eltern):
        orte = orte_nur_in(groesser)
        anzahl = zaehlen(orte) if zaehlen else orte.count()
        if anzahl:
            zeilen.append({"gebiet": groesser, "anzahl": anzahl})
    return zeilen


def _traeger_und_orte(request, gebiet) -> dict:
    """Four queries whatever the area's size: count and page of the list, the Träger with
    their counts, the markers. Only what lists and markers show is read: no area rows with
    their boundaries."""
    hier = Einrichtung.objects.im_gebiet(gebiet).filter(archiviert=False)
    seite = Paginator(
        hier.only("pk", "name", "strasse").order_by("name", "pk"), EINRICHTUNGEN_JE_SEITE
    ).get_page(request.GET.get("seite"))
    traeger = list(
        Traeger.objects.filter(einrichtungen__in=hier)
        .only("pk", "name")
        .annotate(anzahl=Count("einrichtungen", distinct=True))
        .order_by("name", "pk")[: MAX_TRAEGER + 1]
    )
    return {
        "seite": seite,
        "anzahl_einrichtungen": seite.paginator.count,
        "traeger": traeger[:MAX_TRAEGER],
        "mehr_traeger": len(traeger) > MAX_TRAEGER,
        "traeger_offen": TRAEGER_OFFEN,
        "orte": orte_im_gebiet(gebiet),
        "groeber": nur_groeber_verortet(gebiet),
    }


# ``funktion(request, obj)``: sections of Träger and Einrichtung pages (their offers, their
# Gremien), registered in the apps' AppConfig.ready() (sozialraum/erweiterungen/__init__.py).
TRAEGERSEITE = Erweiterungspunkt("Abschnitte der Träger- und Einrichtungsseiten")


def bereiche_fuer_traegerseite(request, obj) -> list[dict]:
    return TRAEGERSEITE.sammeln(request, obj)


# --- Vernetzung ---------------------------------------------------------------------------


def wer_kennt_wen(request, obj) -> dict | None:
    """On a Träger page: which colleagues had (visible) contact with it, when, with whom (its
    Ansprechpersonen and its staff with an account named in those contacts)."""
    from .models import Kontakt
    from .permissions import darf_vernetzung_nutzen

    if not isinstance(obj, Traeger) or not darf_vernetzung_nutzen(request.user):
        return None
    kontakte = Kontakt.objects.sichtbar_fuer(request.user).filter(traeger=obj)
    zeilen = list(
        kontakte.values("erfasst_von")
        .annotate(anzahl=Count("pk", distinct=True), zuletzt=Max("datum"))
        .order_by("-zuletzt", "erfasst_von")[:30]
    )
    personen = {
        u.pk: u for u in get_user_model().objects.filter(pk__in=[z["erfasst_von"] for z in zeilen])
    }
    mit_wem = defaultdict(set)
    for user_id, name in (
        Kontakt.ansprechpersonen.through.objects.filter(
            kontakt__in=kontakte.values("pk"),
            kontakt__erfasst_von__in=list(personen),
            ansprechperson__traeger=obj,
        )
        .values_list("kontakt__erfasst_von", "ansprechperson__name")
        .distinct()
    ):
        mit_wem[user_id].add(name)
    # The colleagues with an account named in them, if they work for this Träger.
    for user_id, vorname, nachname, benutzername in (
        Kontakt.kolleginnen.through.objects.filter(
            kontakt__in=kontakte.values("pk"),
            kontakt__erfasst_von__in=list(personen),
            user__traeger_zugehoerigkeiten__traeger=obj,
        )
        .values_list(
            "kontakt__erfasst_von", "user__first_name", "user__last_name", "user__username"
        )
        .distinct()
    ):
        # As User.__str__ says it: the full name, else the user name.
        mit_wem[user_id].add(f"{vorname} {nachname}".strip() or benutzername)
    return {
        "template": "traeger/_wer_kennt_wen.html",
        "traeger": obj,
        "zeilen": [
            {
                **z,
                "person": personen[z["erfasst_von"]],
                "mit_wem": sorted(mit_wem[z["erfasst_von"]]),
            }
            for z in zeilen
        ],
    }


def faellige_wiedervorlagen(request) -> dict | None:
    """On the start page: my contacts whose follow-up date has come (with a role only, like
    "Meine Kontakte": without one, her contacts do not exist for her either)."""
    from .models import Kontakt
    from .permissions import darf_vernetzung_nutzen

    if not darf_vernetzung_nutzen(request.user):
        return None
    faellige = list(
        Kontakt.objects.filter(erfasst_von=request.user)
        .faellig()
        .prefetch_related("traeger")
        .order_by("wiedervorlage", "pk")[:10]
    )
    if not faellige:
        return None
    return {"template": "traeger/_wiedervorlagen_start.html", "kontakte": faellige}


def vernetzung_im_gebiet(request, gebiet) -> dict | None:
    """On a Sozialraum page: the way to its contacts and its network."""
    from .permissions import darf_vernetzung_nutzen

    if not isinstance(gebiet, Sozialraum) or not darf_vernetzung_nutzen(request.user):
        return None
    return {"template": "traeger/_vernetzung_im_gebiet.html", "sozialraum": gebiet}
