"""Demo logins of the Berlin registry (``make berlin``), with rights on Berlin's real data.

Run after the areas and facilities are imported. Idempotent: a second run leaves the
accounts and their rights as they are (and resets nothing a person changed).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count, Q

from sozialraum.models import Jugendamt, Sozialraum
from sozialraum.zugang.rollen import (
    FACHKRAFT,
    JUGENDAMT_ADMINISTRATION,
    SOZIALRAUMKOORDINATION,
    TRAEGER_REDAKTION,
)
from traeger import rechte
from traeger.models import Traeger

PASSWORT = "berlin-demo"
BEZIRK = "01"  # Mitte: the Bezirk of the scoped administration
BEZIRKSREGION = "011001"  # Tiergarten Süd: the coordination's Bezirksregion

# (username, first name, last name, role, function, staff)
ZUGAENGE = [
    ("land", "Lena", "Landmann", JUGENDAMT_ADMINISTRATION, "Landesjugendamt, Register", True),
    ("mitte", "Mira", "Mittelstedt", JUGENDAMT_ADMINISTRATION, "Jugendamt Mitte", True),
    ("fachkraft", "Fatma", "Fischer", FACHKRAFT, "Regionaler Sozialer Dienst Mitte", False),
    ("redaktion", "Rita", "Roth", TRAEGER_REDAKTION, "Öffentlichkeitsarbeit", False),
    ("koordination", "Kemal", "Kaya", SOZIALRAUMKOORDINATION, "Sozialraumkoordination", True),
]


class Command(BaseCommand):
    help = (
        "Legt die Demo-Zugänge des Berliner Registers an (make berlin): eine landesweite und "
        "eine Bezirks-Administration (Mitte), eine Fachkraft, die Redaktion eines echten "
        "Trägers und die Koordination einer Bezirksregion. Passwort: " + PASSWORT
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--erzwingen",
            action="store_true",
            help="auch ohne DEBUG anlegen (Zugänge mit bekanntem Passwort!)",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        if not settings.DEBUG and not options["erzwingen"]:
            raise CommandError(
                "Demo-Zugänge mit bekanntem Passwort nur mit DEBUG=true (oder --erzwingen), "
                "damit auf einem Produktivsystem nie solche Zugänge entstehen."
            )
        mitte = Jugendamt.objects.filter(schluessel=BEZIRK).first()
        region = Sozialraum.objects.filter(schluessel=BEZIRKSREGION).first()
        traeger = self._traeger_der_redaktion()
        if mitte is None or region is None or traeger is None:
            raise CommandError(
                "Erst die Berliner Gebiete und Einrichtungen importieren (make berlin)."
            )
        konten = {}
        for username, vorname, nachname, rolle, funktion, staff in ZUGAENGE:
            user, angelegt = get_user_model().objects.get_or_create(
                username=username,
                defaults={
                    "first_name": vorname,
                    "last_name": nachname,
                    "email": f"{username}@berlin.example",
                    "funktion": funktion,
                    "is_staff": staff,
                },
            )
            if angelegt:
                user.set_password(PASSWORT)
                user.save()
                user.groups.add(Group.objects.get(name=rolle))
            konten[username] = (user, angelegt)
        land = konten["land"][0]
        if konten["mitte"][1]:
            rechte.jugendaemter_setzen(konten["mitte"][0], [mitte], akteur=land)
        if konten["redaktion"][1]:
            rechte.traeger_zuweisen(konten["redaktion"][0], traeger, akteur=land)
        if konten["koordination"][1]:
            rechte.sozialraeume_setzen(konten["koordination"][0], [region], akteur=land)
        self.stdout.write(
            f"Demo-Zugänge (Passwort „{PASSWORT}“): land (Jugendamt-Administration, ganz Berlin), "
            f"mitte (Jugendamt-Administration, nur {mitte.name}), fachkraft, "
            f"redaktion ({traeger.name}), koordination ({region.name})"
        )

    def _traeger_der_redaktion(self):
        """A real free Träger with places in Mitte: the one with the most there."""
        return (
            Traeger.objects.filter(traegerschaft=Traeger.Traegerschaft.FREI)
            .annotate(
                orte=Count("einrichtungen", filter=Q(einrichtungen__jugendamt__schluessel=BEZIRK))
            )
            .filter(orte__gt=0)
            .order_by("-orte", "name")
            .first()
        )
