"""A small world for the HSDS export tests (tests/test_hsds_export*.py): one richly
described published offer with everything the mapping reads, and what must never leave."""

import datetime
import io
import json

from django.core.management import call_command

from angebote.models import Kategorie, Sprache, Zielgruppe
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import Ansprechperson


def welt_bauen(settings) -> dict:
    """One richly described published offer at two places (one archived), with public and
    internal contacts, a draft and an archived offer of the same Träger."""
    settings.HSDS_BUNDESLAND = "Sachsen-Anhalt"
    settings.HSDS_PRUEFSTELLE_EMAIL = "jugendamt@musterstadt.example"
    traeger = TraegerFactory(
        name="Kinderhilfe e.V.",
        beschreibung="Freier Träger der Jugendhilfe.",
        telefon="0391 111",
        email="info@kinderhilfe.example",
        website="https://kinderhilfe.example",
        traegerschaft="frei",
        art="verein",
    )
    ort = EinrichtungFactory(
        traeger=traeger,
        name="Jugendclub Nord",
        lat=52.1,
        lon=11.6,
        telefon="0391 222",
        barrierefrei="teilweise",
        barrierefrei_hinweis="Rampe am Hintereingang",
        oeffnungszeiten="Mo–Fr 14–20 Uhr",
        quelle="Einrichtungsverzeichnis",
        externe_id="E-17",
    )
    alt = EinrichtungFactory(traeger=traeger, name="Altes Haus", archiviert=True)
    raum = SozialraumFactory(name="Nordstadt", schluessel="0101")
    kategorie = Kategorie.objects.create(
        name="Testfeld Jugendarbeit", slug="testfeld", paragraf="§ 11", beschreibung="Offene Arbeit"
    )
    zielgruppe = Zielgruppe.objects.create(name="Testgruppe Jugendliche", slug="testgruppe")
    deutsch, _ = Sprache.objects.get_or_create(code="de", defaults={"name": "Deutsch"})
    arabisch, _ = Sprache.objects.get_or_create(code="ar", defaults={"name": "Arabisch"})
    pruefer = UserFactory(email="privat.person@musterstadt.example")
    angebot = AngebotFactory(
        titel="Offener Treff",
        beschreibung="Kicker, Musik, Hausaufgaben.",
        traeger=traeger,
        einrichtungen=[ort, alt],
        kategorien=[kategorie],
        zielgruppen=[zielgruppe],
        sprachen=[deutsch, arabisch],
        zeiten=[(0, "14:00", "18:00"), (3, "15:30", "19:00")],
        alter_von=12,
        alter_bis=17,
        geschlecht="maedchen",
        kosten="gebuehr",
        kosten_hinweis="2 € pro Termin",
        ermaessigt_moeglich=True,
        anmeldung="erforderlich",
        zeiten_hinweis="nicht in den Schulferien",
        gueltig_von=datetime.date(2026, 1, 1),
        gueltig_bis=datetime.date(2026, 12, 31),
        telefon="0391 333",
        email="treff@kinderhilfe.example",
        website="https://kinderhilfe.example/treff",
        zuletzt_geprueft=datetime.date(2026, 3, 1),
        geprueft_von=pruefer,
    )
    angebot.sozialraeume.add(raum)
    oeffentlich = Ansprechperson.objects.create(
        traeger=traeger,
        einrichtung=ort,
        name="Anna Beispiel",
        funktion="Leitung",
        telefon="0391 444",
        email="anna@kinderhilfe.example",
        oeffentlich=True,
        einwilligung_am=datetime.date(2025, 5, 1),
    )
    geschaeftsfuehrung = Ansprechperson.objects.create(
        traeger=traeger,
        name="Bernd Vorstand",
        oeffentlich=True,
        einwilligung_am=datetime.date(2025, 5, 1),
    )
    intern = Ansprechperson.objects.create(
        traeger=traeger, einrichtung=ort, name="Carla Intern", email="carla@kinderhilfe.example"
    )
    ohne_datum = Ansprechperson.objects.create(
        traeger=traeger, name="Dora Ohnedatum", oeffentlich=True
    )
    entwurf = AngebotFactory(traeger=traeger, titel="Geheimer Entwurf", status="entwurf")
    archiviert = AngebotFactory(traeger=traeger, titel="Altes Angebot", status="archiviert")
    return {
        "traeger": traeger,
        "ort": ort,
        "alt": alt,
        "angebot": angebot,
        "oeffentlich": oeffentlich,
        "geschaeftsfuehrung": geschaeftsfuehrung,
        "intern": intern,
        "ohne_datum": ohne_datum,
        "entwurf": entwurf,
        "archiviert": archiviert,
        "kategorie": kategorie,
        "zielgruppe": zielgruppe,
        "raum": raum,
    }


def exportieren(*args) -> str:
    ausgabe = io.StringIO()
    call_command("export_hsds", *args, stdout=ausgabe)
    return ausgabe.getvalue()


def text(dokument) -> str:
    return json.dumps(dokument, ensure_ascii=False)
