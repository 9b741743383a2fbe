"""Demo city "Musterstadt" (fictional): areas and one login per role.

``python manage.py load_demo`` runs the steps in ``DEMO_SCHRITTE`` in order; each app
registers its steps in its ``AppConfig.ready()`` as dotted paths (sozialraum/erweiterungen/__init__.py),
so higher floors extend the demo without this floor importing them, and no server process
imports the demo modules. Every step is idempotent.
"""

from django.contrib.auth.models import Group

from sozialraum.erweiterungen import Erweiterungspunkt
from sozialraum.zugang.rollen import (
    FACHKRAFT,
    GREMIUM_KOORDINATION,
    JUGENDAMT_ADMINISTRATION,
    SOZIALRAUMKOORDINATION,
    TRAEGER_REDAKTION,
)

from ..models import Jugendamt, Quartier, Regionalraum, Sozialraum, User

DEMO_PASSWORT = "musterstadt"

# ``schritt(ausgabe)``: one idempotent step of the demo city, named for the output.
DEMO_SCHRITTE = Erweiterungspunkt("Schritte der Demo-Stadt")


# (username, first name, last name, role, function, staff)
DEMO_BENUTZER = [
    ("admin", "Andrea", "Albrecht", JUGENDAMT_ADMINISTRATION, "Jugendhilfeplanung", True),
    ("koordination", "Kemal", "Kaya", SOZIALRAUMKOORDINATION, "Sozialraumkoordination Nord", True),
    ("redaktion", "Rita", "Roth", TRAEGER_REDAKTION, "Öffentlichkeitsarbeit", False),
    ("gremium", "Greta", "Grün", GREMIUM_KOORDINATION, "Koordination AG 78 Nord", False),
    ("fachkraft", "Fatma", "Fischer", FACHKRAFT, "Regionaler Sozialer Dienst", False),
]

REGIONALRAEUME = [
    ("01", "Nord", ["Altstadt-Nord", "Hafenviertel", "Lindenhof", "Am Stadtpark", "Nordheide"]),
    ("02", "Ost", ["Oststadt", "Bahnhofsviertel", "Eichengrund", "Sonnenberg", "Rosenau"]),
    ("03", "Süd", ["Südstadt", "Mühlenbach", "Kastanienhof", "Feldmark", "Am Wasserturm"]),
    ("04", "West", ["Weststadt", "Birkenwalde", "Schlossberg", "Gartenstadt", "Ahornfeld"]),
]
QUARTIERSNAMEN = [
    "Marktplatz",
    "Kirchberg",
    "Am Bahnhof",
    "Schulstraße",
    "Lindenallee",
    "Mühlenweg",
    "Rosengarten",
    "Hafenkante",
    "Am Deich",
    "Friedhofsweg",
    "Schillerplatz",
    "Goetheviertel",
    "Kastanienallee",
    "Wiesengrund",
    "Am Sportpark",
    "Rathausviertel",
    "Brunnenplatz",
    "Eichenhain",
    "Birkenhof",
    "Am Teich",
    "Seeblick",
    "Ulmenweg",
    "Feldstraße",
    "Sonnenhang",
    "Bergstraße",
    "Talblick",
    "Waldrand",
    "Parkviertel",
    "Heideweg",
    "Am Markt",
    "Lerchenfeld",
    "Amselweg",
    "Finkenhof",
    "Gartenweg",
    "Kirchplatz",
    "Neue Mitte",
    "Alte Ziegelei",
    "Wasserturm",
    "Grüner Winkel",
    "Auenviertel",
    "Kanalstraße",
    "Brückenkopf",
    "Fliederhof",
    "Tulpenweg",
    "Am Anger",
    "Dorfkern",
    "Neubaugebiet",
    "Hochhausring",
    "Bahndamm",
    "Am Wall",
    "Schlosspark",
    "Ahornplatz",
    "Gartenstadt-Mitte",
    "Weidenhof",
    "Kiefernweg",
    "Obstwiese",
    "Am Bach",
    "Südring",
    "Nordring",
    "Lindenplatz",
]

# The fictional city lies on a plain grid: four quadrants, five strips each, three slices.
MITTE_LON, MITTE_LAT = 11.60, 51.90
BREITE, HOEHE = 0.12, 0.07


def _rechteck(lon0, lat0, lon1, lat1) -> dict:
    ring = [[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]]
    return {"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]}


def _aktualisieren(model, schluessel, **werte):
    obj, angelegt = model.objects.get_or_create(schluessel=schluessel, defaults=werte)
    if not angelegt and any(getattr(obj, k) != v for k, v in werte.items()):
        for k, v in werte.items():
            setattr(obj, k, v)
        obj.save()
    return obj


def gebiete_laden(ausgabe) -> None:
    quadranten = [(-1, 0), (0, 0), (0, -1), (-1, -1)]  # Nord=NW, Ost=NO, Süd=SO, West=SW
    namen = iter(QUARTIERSNAMEN)
    for (r_schluessel, r_name, sozialraeume), (qx, qy) in zip(
        REGIONALRAEUME, quadranten, strict=True
    ):
        lon0, lat0 = MITTE_LON + qx * BREITE, MITTE_LAT + qy * HOEHE
        regionalraum = _aktualisieren(
            Regionalraum,
            r_schluessel,
            name=r_name,
            jugendamt=Jugendamt.standard(),
            grenze=_rechteck(lon0, lat0, lon0 + BREITE, lat0 + HOEHE),
        )
        streifen = BREITE / len(sozialraeume)
        for i, s_name in enumerate(sozialraeume):
            s_lon0 = lon0 + i * streifen
            sozialraum = _aktualisieren(
                Sozialraum,
                f"{r_schluessel}{i + 1:02d}",
                name=s_name,
                regionalraum=regionalraum,
                grenze=_rechteck(s_lon0, lat0, s_lon0 + streifen, lat0 + HOEHE),
            )
            scheibe = HOEHE / 3
            for j in range(3):
                q_lat0 = lat0 + j * scheibe
                _aktualisieren(
                    Quartier,
                    f"{sozialraum.schluessel}{j + 1:02d}",
                    name=next(namen),
                    sozialraum=sozialraum,
                    grenze=_rechteck(s_lon0, q_lat0, s_lon0 + streifen, q_lat0 + scheibe),
                )
    ausgabe(
        f"Gebiete: {Regionalraum.objects.count()} Regionalräume, "
        f"{Sozialraum.objects.count()} Sozialräume, {Quartier.objects.count()} Quartiere"
    )


def benutzer_laden(ausgabe) -> None:
    for username, vorname, nachname, rolle, funktion, staff in DEMO_BENUTZER:
        user, angelegt = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": vorname,
                "last_name": nachname,
                "email": f"{username}@musterstadt.example",
                "funktion": funktion,
                "is_staff": staff,
                "is_superuser": rolle == JUGENDAMT_ADMINISTRATION,
            },
        )
        if angelegt:
            user.set_password(DEMO_PASSWORT)
            user.save()
        user.groups.add(Group.objects.get(name=rolle))
    ausgabe(f"Benutzer: {len(DEMO_BENUTZER)} Demo-Zugänge")


def koordination_laden(ausgabe) -> None:
    """The demo login koordination (Sozialraumkoordination Nord) coordinates Nord's Sozialräume."""
    from guardian.shortcuts import assign_perm

    from sozialraum.zugang.rollen import KOORDINIEREN, sozialraeume_von

    kemal = User.objects.get(username="koordination")
    schon = set(sozialraeume_von(kemal).values_list("pk", flat=True))
    nord = Sozialraum.objects.filter(regionalraum__schluessel=REGIONALRAEUME[0][0])
    neu = [s for s in nord if s.pk not in schon]
    for sozialraum in neu:
        assign_perm(KOORDINIEREN, kemal, sozialraum)
    ausgabe(f"Sozialraumkoordination: {len(neu)} Sozialräume neu für „koordination“")
