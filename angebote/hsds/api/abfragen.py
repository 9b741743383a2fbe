"""The queries behind the HSDA read API: which published offers, places and Träger a
request selects, in which order (docs/hsds.md, "HSDA read API").

Everything starts from the export's set (:func:`oeffentliche_angebote`, abbilden.py); the
text goes through the search of the HTML pages (``suchen()``, angebote/suche/search.py),
so ``search=Hausaufgaben`` finds and ranks here what the search page finds. The HSDA
filters narrow that set and are cumulative (AND), as the API reference asks.

A service_at_location is an offer at one of its places (not archived). Its list is the
offer query "spread" over the link table: one row per (offer, place) in the search's order,
then by place. ``proximity`` computes the great-circle distance in the database
(:func:`abstand_m`, haversine on the mean Earth radius) after a bounding box on the
coordinates has narrowed the places, and sorts nearest first.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from uuid import UUID

from django.db.models import Avg, Expression, F, FloatField, Q, QuerySet, Value
from django.db.models.functions import ASin, Cos, Power, Radians, Sin, Sqrt
from django.utils.translation import gettext as _

from angebote.hsds.api.parameter import Parameterfehler, Umkreis
from angebote.hsds.ausgabe.abbilden import kennung, oeffentliche_angebote, oeffentliche_traeger
from angebote.hsds.ausgabe.taxonomie import TAXONOMIEN
from angebote.models import Angebot, Kategorie, Zielgruppe
from angebote.suche.search import Suchanfrage, suchen
from sozialraum.werkzeuge.datenstand import aktueller_stand
from sozialraum.werkzeuge.suchtext import normalisieren, stamm, woerter
from traeger.models import Einrichtung, Traeger

# The mean Earth radius (IUGG): haversine on this sphere is within 0.5 % of the distance
# on the WGS84 ellipsoid, metres on the scale of a neighbourhood.
ERDRADIUS_M = 6_371_008.8
ORT = "einrichtungen"


def taxonomie_schluessel(taxonomie_id: UUID) -> str | None:
    """The key of the taxonomy with this id (taxonomie.py: "kategorien", "zielgruppen"),
    None for any other id."""
    return next((s for s in TAXONOMIEN if kennung("taxonomy", s) == str(taxonomie_id)), None)


def _mit_begriff(begriff_id: UUID) -> Q:
    """Offers with the Kategorie or Zielgruppe ``begriff_id`` (a taxonomy term)."""
    return Q(
        pk__in=Angebot.kategorien.through.objects.filter(kategorie__uuid=begriff_id).values(
            "angebot_id"
        )
    ) | Q(
        pk__in=Angebot.zielgruppen.through.objects.filter(zielgruppe__uuid=begriff_id).values(
            "angebot_id"
        )
    )


def _in_taxonomie(schluessel: str | None) -> Q:
    """Offers with any term of the taxonomy ``schluessel`` (None: an unknown one, none)."""
    if schluessel is None:
        return Q(pk__in=[])
    # The keys of TAXONOMIEN are the offer's fields of their terms.
    return Q(pk__in=getattr(Angebot, schluessel).through.objects.values("angebot_id"))


def angebote_gefiltert(werte: dict) -> tuple[QuerySet[Angebot], Suchanfrage]:
    """The export's offers narrowed by the HSDA filters in ``werte`` (checked values of
    api_parameter.py), searched and ranked as the HTML search does, and the search as it
    understood the text (:func:`auskunft`). With the export's prefetching: a page of them is
    read in a fixed number of queries."""
    basis = oeffentliche_angebote()
    if werte.get("taxonomy_term_id"):
        basis = basis.filter(_mit_begriff(werte["taxonomy_term_id"]))
    if werte.get("taxonomy_id"):
        basis = basis.filter(_in_taxonomie(taxonomie_schluessel(werte["taxonomy_id"])))
    if werte.get("organization_id"):
        basis = basis.filter(traeger__uuid=werte["organization_id"])
    if werte.get("modified_after"):
        # last_modified of a service is the offer's updated_at (abbilden.py).
        basis = basis.filter(updated_at__gte=werte["modified_after"])
    return suchen(werte.get("search", ""), basis, "relevanz")


# Longer answers are shortened (below): proxies' default header buffers are 4–8 KB.
MAX_AUSKUNFT = 1500


def auskunft(anfrage: Suchanfrage) -> str | None:
    """What the search did with ``search``, for the response header ``Search-Interpretation``
    (docs/hsds.md): the HTML page says it in words ("Meinten Sie …?", "Ergebnisse für …",
    "Keine Treffer mit allen Begriffen"); an API client reads it here, so that a corrected,
    widened or partial search is never mistaken for what it asked.

    JSON in ASCII: umlauts and control characters escaped (DEL too, which JSON leaves as it
    is and HTTP forbids). Above ``MAX_AUSKUNFT`` characters (200 umlauts escape to 1,200)
    without the texts as typed, marked ``"truncated": true``. None without a search text."""
    if not anfrage.text:
        return None
    kern = {
        "searched": anfrage.gesuchter_text[:200],
        "corrected": anfrage.korrekturen,
        "partial": anfrage.teilweise,
        "age": anfrage.alter,
    }
    voll = {
        "query": anfrage.text,
        **kern,
        "did_you_mean": anfrage.korrigierter_text if anfrage.vorschlaege else None,
        "broader": {eingabe: ersatz for eingabe, _art, ersatz in anfrage.weiter_gefasst},
        "split": anfrage.zerlegt,
        # Partial: how many offers hold every term (listed first; 0: none).
        "complete": anfrage.ganz if anfrage.teilweise else None,
        "unknown": anfrage.unbekannt_geschrieben,
    }

    def text(daten: dict) -> str:
        return json.dumps(daten, ensure_ascii=True, separators=(",", ":")).replace(
            "\x7f", "\\u007f"
        )

    ergebnis = text(voll)
    return ergebnis if len(ergebnis) <= MAX_AUSKUNFT else text({**kern, "truncated": True})


def angebot_oder_none(kennung_text: str) -> Angebot | None:
    """The published offer with this id (a service id), with the export's prefetching."""
    uuid = als_uuid(kennung_text)
    return oeffentliche_angebote().filter(uuid=uuid).first() if uuid else None


def als_uuid(text: str) -> UUID | None:
    """A path id as a UUID; anything else can name no record (answered 404, not 500)."""
    try:
        return UUID(text)
    except (ValueError, AttributeError, TypeError):
        return None


# -- places and distances ------------------------------------------------------------------


def _zahl(wert: float) -> Value:
    return Value(wert, output_field=FloatField())


def abstand_m(lat: float, lon: float, pfad: str = ORT) -> Expression:
    """The great-circle distance in metres from (``lat``, ``lon``) to the place at
    ``pfad`` (its ``lat``/``lon``), as a database expression (haversine):

        2 R asin(sqrt(sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2)))
    """
    phi = Radians(F(f"{pfad}__lat"))
    lam = Radians(F(f"{pfad}__lon"))
    phi0, lam0 = math.radians(lat), math.radians(lon)
    breite = Power(Sin((phi - _zahl(phi0)) / _zahl(2.0)), 2)
    laenge = Power(Sin((lam - _zahl(lam0)) / _zahl(2.0)), 2)
    return _zahl(2 * ERDRADIUS_M) * ASin(Sqrt(breite + _zahl(math.cos(phi0)) * Cos(phi) * laenge))


def umgebendes_rechteck(lat: float, lon: float, radius: float, pfad: str = ORT) -> Q:
    """Places whose coordinates can lie within ``radius`` metres: a box in degrees around
    the spherical cap, exact at its widest latitude, split at ±180° longitude. Served by
    plain comparisons, it leaves the distance to few rows."""
    winkel = radius / ERDRADIUS_M
    dlat = math.degrees(winkel)
    bedingung = Q(**{f"{pfad}__lat__gte": lat - dlat, f"{pfad}__lat__lte": lat + dlat})
    if abs(lat) + dlat >= 90:
        return bedingung  # the cap holds a pole: every longitude
    dlon = math.degrees(math.asin(min(1.0, math.sin(winkel) / math.cos(math.radians(lat)))))
    west, ost = lon - dlon, lon + dlon
    laenge = Q(**{f"{pfad}__lon__gte": west, f"{pfad}__lon__lte": ost})
    if west < -180:
        laenge |= Q(**{f"{pfad}__lon__gte": west + 360})
    if ost > 180:
        laenge |= Q(**{f"{pfad}__lon__lte": ost - 360})
    return bedingung & laenge


def _mittelpunkt(plz: str) -> tuple[float, float]:
    """The centre of the published offers' places with postcode ``plz`` (the registry
    keeps no postcode areas; HSDA measures ``proximity`` from the postcode's centroid)."""
    oeffentlich = Angebot.einrichtungen.through.objects.filter(
        angebot__in=oeffentliche_angebote().values("pk")
    )
    mitte = Einrichtung.objects.filter(
        pk__in=oeffentlich.values("einrichtung_id"),
        archiviert=False,
        plz=plz,
        lat__isnull=False,
        lon__isnull=False,
    ).aggregate(lat=Avg("lat"), lon=Avg("lon"))
    if mitte["lat"] is None:
        meldung = _(
            "Zur Postleitzahl „%(plz)s“ kennt das Register keinen Ort mit Koordinaten; bitte "
            "„proximity“ als „Breite,Länge,Radius“ angeben."
        ) % {"plz": plz}
        raise Parameterfehler({"postcode": [meldung]})
    return mitte["lat"], mitte["lon"]


def orte_gefiltert(werte: dict) -> tuple[QuerySet, Suchanfrage]:
    """(offer pk, place pk) rows of the service_at_locations the request selects, in
    order: nearest first with ``proximity``, else the search's order, then by place name.
    Values rows, so that counting and slicing a page stay single queries. And the search
    as it understood the text."""
    treffer, anfrage = angebote_gefiltert(werte)
    reihenfolge = [*treffer.query.order_by, f"{ORT}__name", f"{ORT}__pk"]
    bedingung = Q(**{f"{ORT}__archiviert": False})
    umkreis: Umkreis | None = werte.get("proximity")
    plz = werte.get("postcode")
    if plz and not (umkreis and umkreis.lat is None):
        bedingung &= Q(**{f"{ORT}__plz": plz})
    if umkreis:
        lat, lon = (umkreis.lat, umkreis.lon) if umkreis.lat is not None else _mittelpunkt(plz)
        bedingung &= umgebendes_rechteck(lat, lon, umkreis.radius)
    # One filter() for every condition on the place: they share one join, which the
    # annotations and the ordering below reuse (a second filter() would join again).
    zeilen = treffer.filter(bedingung).annotate(ort_pk=F(f"{ORT}__pk"))
    if umkreis:
        zeilen = zeilen.annotate(abstand=abstand_m(lat, lon)).filter(abstand__lte=umkreis.radius)
        reihenfolge = ["abstand", *reihenfolge]
    return zeilen.order_by(*reihenfolge).values_list("pk", "ort_pk"), anfrage


def ort_kennung_finden(kennung_text: str) -> tuple[int, int] | None:
    """(offer pk, place pk) of the service_at_location with this id, or None.

    Its id is derived (uuid5 of the offer's and the place's uuids, abbilden.py) and cannot
    be reversed: the ids of all published pairs are computed (one narrow query) and kept
    per search state (sozialraum/werkzeuge/datenstand.py: any change to offers, their places or their status
    gives a new state), so only the first request after a change pays for it. The caller
    loads the pair through the public queries again: a kept id never shows more.
    """
    gesucht = als_uuid(kennung_text)
    if gesucht is None:
        return None
    return _ort_kennungen(aktueller_stand()).get(str(gesucht))


@lru_cache(maxsize=1)
def _ort_kennungen(stand: str) -> dict[str, tuple[int, int]]:
    paare = (
        oeffentliche_angebote()
        .filter(**{f"{ORT}__archiviert": False})
        .values_list("pk", "uuid", f"{ORT}__pk", f"{ORT}__uuid")
    )
    return {
        kennung(angebot_uuid, "service_at_location", ort_uuid): (angebot_pk, ort_pk)
        for angebot_pk, angebot_uuid, ort_pk, ort_uuid in paare.iterator(chunk_size=2000)
    }


# -- Träger ----------------------------------------------------------------------------------


def traeger_gefiltert(werte: dict) -> tuple[QuerySet[Traeger], Suchanfrage | None]:
    """The export's Träger, with ``search``: those with a published offer the search finds
    (its text holds the Träger's name, so a name finds its Träger), and the search as it
    understood the text. By name."""
    traeger = oeffentliche_traeger()
    anfrage = None
    if werte.get("search"):
        treffer, anfrage = suchen(werte["search"], oeffentliche_angebote())
        traeger = traeger.filter(pk__in=treffer.values("traeger_id"))
    return traeger.order_by("name", "pk"), anfrage


def traeger_oder_none(kennung_text: str) -> Traeger | None:
    uuid = als_uuid(kennung_text)
    return oeffentliche_traeger().filter(uuid=uuid).first() if uuid else None


# -- taxonomies ------------------------------------------------------------------------------


def begriff_oder_none(kennung_text: str) -> Kategorie | Zielgruppe | None:
    """The Kategorie or Zielgruppe with this id (a taxonomy term id)."""
    uuid = als_uuid(kennung_text)
    if uuid is None:
        return None
    return (
        Kategorie.objects.filter(uuid=uuid).first() or Zielgruppe.objects.filter(uuid=uuid).first()
    )


def begriffe_gefiltert(eintraege: list[dict], text: str) -> list[dict]:
    """Taxonomies or terms (a few dozen, as dicts) whose name, code or description holds
    every word of ``text``, compared as the search compares: normalised (umlauts, ß,
    case) and lightly stemmed ("Familien" finds "Familie")."""
    begriffe = [stamm(w) for w in woerter(text)]

    def passt(eintrag: dict) -> bool:
        felder = (eintrag.get(k, "") for k in ("name", "code", "description"))
        inhalt = normalisieren(" ".join(felder))
        return all(begriff in inhalt for begriff in begriffe)

    return [e for e in eintraege if passt(e)]
