"""HSDS 3.0 in: ``import_hsds`` reads what ``export_hsds`` writes (and HSDA list pages, and
files written by others), through the review, all or nothing, idempotent.

The round trip: a small world is exported, deleted, imported into the emptied registry and
exported again; the two documents agree (``last_modified`` aside: it is when the record
last changed in *this* registry, and the import is such a change).
"""

import datetime
import io
import json
from collections import defaultdict
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import ProtectedError

from angebote.models import (
    Aenderungsvorschlag,
    Angebot,
    Angebotszeit,
    Kategorie,
    Sprache,
    Zielgruppe,
)
from angebote.redaktion.pruefung import angebot_veroeffentlichen
from sozialraum.models import Importlauf
from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import Ansprechperson, Einrichtung, Traeger

pytestmark = pytest.mark.django_db

DATEN = Path(__file__).parent / "daten" / "hsds"


@pytest.fixture
def amt():
    return UserFactory(username="amt", is_staff=True, rolle=JUGENDAMT_ADMINISTRATION)


@pytest.fixture
def welt(settings):
    """Two Träger, three places, three published offers with everything HSDS can carry, a
    draft (not exported), public and internal contacts."""
    settings.HSDS_BUNDESLAND = "Sachsen-Anhalt"
    settings.HSDS_PRUEFSTELLE_EMAIL = "jugendamt@musterstadt.example"
    kinderhilfe = TraegerFactory(
        name="Kinderhilfe e.V.",
        beschreibung="Freier Träger der Jugendhilfe.",
        telefon="0391 111",
        email="info@kinderhilfe.example",
        website="https://kinderhilfe.example",
    )
    stadt = TraegerFactory(
        name="Jugendamt Musterstadt", traegerschaft="oeffentlich", art="jugendamt"
    )
    club = EinrichtungFactory(
        traeger=kinderhilfe,
        name="Jugendclub Nord",
        lat=52.123456,
        lon=11.654321,
        telefon="0391 222",
        barrierefrei="teilweise",
        barrierefrei_hinweis="Rampe am Hintereingang",
        oeffnungszeiten="Mo–Fr 14–20 Uhr",
        quelle="Einrichtungsverzeichnis",
        externe_id="E-17",
    )
    cafe = EinrichtungFactory(traeger=kinderhilfe, name="Elterncafé", beschreibung="Im Hof.")
    amtshaus = EinrichtungFactory(
        traeger=stadt, name="Beratungsstelle am Markt", lat=52.1, lon=11.6
    )
    nord = SozialraumFactory(name="Nordstadt", schluessel="0101")
    sued = SozialraumFactory(name="Südstadt", schluessel="0102")
    jugendarbeit = Kategorie.objects.create(
        name="Testfeld Jugendarbeit", slug="testfeld", beschreibung="Offen"
    )
    beratung = Kategorie.objects.create(name="Testfeld Beratung", slug="testberatung")
    jugendliche = Zielgruppe.objects.create(name="Testgruppe Jugendliche", slug="testgruppe")
    eltern = Zielgruppe.objects.create(name="Testgruppe Eltern", slug="testeltern")
    deutsch, _ = Sprache.objects.get_or_create(code="de", defaults={"name": "Deutsch"})
    arabisch, _ = Sprache.objects.get_or_create(code="ar", defaults={"name": "Arabisch"})
    treff = AngebotFactory(
        titel="Offener Treff",
        beschreibung="Kicker, Musik, Hausaufgaben.",
        traeger=kinderhilfe,
        einrichtungen=[club],
        kategorien=[jugendarbeit],
        zielgruppen=[jugendliche],
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
    )
    treff.sozialraeume.add(nord, sued)
    elterncafe = AngebotFactory(
        titel="Elterncafé",
        traeger=kinderhilfe,
        einrichtungen=[cafe, club],
        zielgruppen=[eltern],
        sprachen=[deutsch],
        zeiten=[(2, "09:00", "11:30")],
        alter_von=0,
    )
    beratung_angebot = AngebotFactory(
        titel="Erziehungsberatung",
        traeger=stadt,
        einrichtungen=[amtshaus],
        kategorien=[beratung],
        anmeldung="erforderlich",
        gueltig_von=datetime.date(2026, 2, 1),
        zuletzt_geprueft=datetime.date(2025, 11, 30),
    )
    beratung_angebot.sozialraeume.add(nord)
    AngebotFactory(titel="Geheimer Entwurf", traeger=kinderhilfe, status="entwurf")
    Ansprechperson.objects.create(
        traeger=kinderhilfe,
        einrichtung=club,
        name="Anna Beispiel",
        funktion="Leitung",
        telefon="0391 444",
        email="anna@kinderhilfe.example",
        oeffentlich=True,
        einwilligung_am=datetime.date(2025, 5, 1),
    )
    Ansprechperson.objects.create(
        traeger=kinderhilfe,
        name="Bernd Vorstand",
        oeffentlich=True,
        einwilligung_am=datetime.date(2025, 5, 1),
    )
    Ansprechperson.objects.create(traeger=kinderhilfe, einrichtung=club, name="Carla Intern")
    return {"treff": treff, "elterncafe": elterncafe, "beratung": beratung_angebot, "club": club}


def exportieren(ziel: Path) -> list:
    call_command("export_hsds", "--ausgabe", str(ziel), stdout=io.StringIO(), stderr=io.StringIO())
    return json.loads(ziel.read_text(encoding="utf-8"))


def importieren(pfad: Path, *args) -> str:
    ausgabe = io.StringIO()
    call_command("import_hsds", str(pfad), *args, "-v", "2", stdout=ausgabe, stderr=io.StringIO())
    return ausgabe.getvalue()


def schreiben(pfad: Path, daten) -> Path:
    pfad.write_text(json.dumps(daten, ensure_ascii=False, indent=1), encoding="utf-8")
    return pfad


def ordnungsfrei(wert):
    """The document with lists in a fixed order and without ``last_modified``."""
    if isinstance(wert, dict):
        return {k: ordnungsfrei(v) for k, v in wert.items() if k != "last_modified"}
    if isinstance(wert, list):
        return sorted((ordnungsfrei(v) for v in wert), key=lambda v: json.dumps(v, sort_keys=True))
    return wert


def _weg(zeilen) -> None:
    """Delete, and first whatever protects the rows from deletion (a proposal, a Gremium's
    membership of the Träger, its attendance …)."""
    try:
        with transaction.atomic():
            zeilen.delete()
    except ProtectedError as fehler:
        schuetzend = defaultdict(set)
        for obj in fehler.protected_objects:
            schuetzend[type(obj)].add(obj.pk)
        for model, pks in schuetzend.items():
            _weg(model._base_manager.filter(pk__in=pks))
        _weg(zeilen)


def leeren():
    """Delete every Träger, Einrichtung, Ansprechperson and Angebot (and what points to them),
    leaving the vocabularies and areas: a registry that never held these records."""
    for model in (Angebot, Ansprechperson, Einrichtung, Traeger):
        _weg(model.objects.all())


def stand() -> dict:
    """Everything an import may write: rows and history rows."""
    return {
        "traeger": Traeger.objects.count(),
        "einrichtungen": Einrichtung.objects.count(),
        "personen": Ansprechperson.objects.count(),
        "angebote": Angebot.objects.count(),
        "zeiten": Angebotszeit.objects.count(),
        "vorschlaege": Aenderungsvorschlag.objects.count(),
        "kategorien": Kategorie.objects.count(),
        "zielgruppen": Zielgruppe.objects.count(),
        "sprachen": Sprache.objects.count(),
        "historie": Traeger.history.count()
        + Einrichtung.history.count()
        + Ansprechperson.history.count()
        + Angebot.history.count()
        + Aenderungsvorschlag.history.count(),
        "importlaeufe": Importlauf.objects.count(),
    }


# -- the round trip ---------------------------------------------------------------------


def test_rundreise_export_import_export(welt, amt, tmp_path):
    vorher = exportieren(tmp_path / "vorher.json")
    assert len(vorher) == 3
    leeren()
    text = importieren(tmp_path / "vorher.json", "--benutzer", "amt", "--veroeffentlichen")
    assert "Angebote: neu 3" in text
    assert "3 veröffentlicht" in text
    nachher = exportieren(tmp_path / "nachher.json")
    assert ordnungsfrei(nachher) == ordnungsfrei(vorher)
    # The same ids, not only the same content.
    assert {s["id"] for s in nachher} == {
        str(welt["treff"].uuid),
        str(welt["elterncafe"].uuid),
        str(welt["beratung"].uuid),
    }
    lauf = Importlauf.objects.get(art="hsds")
    assert lauf.gestartet_von == amt
    assert lauf.zaehler["veroeffentlicht_durch"] == str(amt)
    assert lauf.zaehler["angebote"]["neu"] == 3


def test_rundreise_ueber_die_pruefung(welt, amt, tmp_path):
    """Without --veroeffentlichen everything waits for the Jugendamt; its approval publishes
    the offers as they were (checked today, by the approving person)."""
    vorher = exportieren(tmp_path / "vorher.json")
    leeren()
    text = importieren(tmp_path / "vorher.json")
    assert "3 Angebote zur Prüfung" in text
    assert exportieren(tmp_path / "leer.json") == []
    assert set(Angebot.objects.values_list("status", flat=True)) == {"pruefung"}
    offen = Aenderungsvorschlag.objects.offen()
    assert offen.count() == 3 and all(v.neu for v in offen)
    for angebot in Angebot.objects.all():
        angebot_veroeffentlichen(angebot, amt)
    # The contacts wait internal until the Jugendamt has checked their consent.
    importiert = Ansprechperson.objects.filter(einwilligung_umfang__startswith="HSDS-Import")
    assert importiert.exists() and not importiert.filter(oeffentlich=True).exists()
    importiert.update(oeffentlich=True, einwilligung_am=datetime.date.today())
    nachher = exportieren(tmp_path / "nachher.json")
    heute = datetime.date.today().isoformat()
    for dienst in vorher:
        dienst["assured_date"] = heute
        dienst["assurer_email"] = "jugendamt@musterstadt.example"
    assert ordnungsfrei(nachher) == ordnungsfrei(vorher)


def test_zweiter_lauf_aendert_nichts(welt, amt, tmp_path):
    datei = tmp_path / "export.json"
    exportieren(datei)
    leeren()
    importieren(datei)
    vorher = stand()
    text = importieren(datei)
    assert "Keine Änderungen" in text
    assert stand() == {**vorher, "importlaeufe": vorher["importlaeufe"] + 1}
    assert Importlauf.objects.first().zaehler["unveraendert"] is True
    # Published meanwhile: still nothing to do.
    for angebot in Angebot.objects.all():
        angebot_veroeffentlichen(angebot, amt)
    vorher = stand()
    assert "Keine Änderungen" in importieren(datei)
    assert stand() == {**vorher, "importlaeufe": vorher["importlaeufe"] + 1}
