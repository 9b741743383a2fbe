"""An archived Einrichtung (closed, or gone from its source) is no address for a family.

The Träger page lists it apart, below the places that exist; its own page says it is
archived; an offer still linked to it marks it instead of giving its address.
"""

from angebote.models import Angebot
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory


def test_traegerseite_listet_archivierte_getrennt(client_fachkraft):
    traeger = TraegerFactory(name="Kinderwelt e. V.")
    EinrichtungFactory(traeger=traeger, name="Kita Sonnenblume", strasse="Gartenweg 1")
    EinrichtungFactory(
        traeger=traeger, name="Kita Alte Mühle", strasse="Mühlenweg 9", archiviert=True
    )

    text = client_fachkraft.get(traeger.get_absolute_url()).content.decode()

    aktuell, _, archiv = text.partition("1 archivierte Einrichtung (besteht nicht mehr)")
    assert "Einrichtungen (1)" in aktuell
    assert "Kita Sonnenblume" in aktuell and "Kita Alte Mühle" not in aktuell
    assert "Kita Alte Mühle" in archiv


def test_einrichtungsseite_und_angebot_sagen_archiviert(client_fachkraft):
    ort = EinrichtungFactory(name="Jugendclub Eck", strasse="Eckstraße 3", archiviert=True)
    angebot = AngebotFactory(
        traeger=ort.traeger, titel="Offener Treff", status=Angebot.Status.VEROEFFENTLICHT
    )
    angebot.einrichtungen.add(ort)

    seite = client_fachkraft.get(ort.get_absolute_url()).content.decode()
    assert "Diese Einrichtung besteht nicht mehr" in seite

    seite = client_fachkraft.get(angebot.get_absolute_url()).content.decode()
    assert "archiviert: besteht nicht mehr" in seite
    assert "Eckstraße 3" not in seite
