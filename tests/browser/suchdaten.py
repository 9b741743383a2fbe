"""A small city for the search page's phone and keyboard tests (test_browser_suche_*.py).

Four published offers in two areas with places on the map, three of them found by
"hausaufgaben" (relevance and name give different orders); for ``fachkraft`` a Gremium with
meetings, so that her start page has a section of its own (gremien/_start.html).
"""

import datetime

from angebote.models import Kategorie, Zielgruppe
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    MitgliedschaftFactory,
    QuartierFactory,
    SitzungFactory,
    TraegerFactory,
)

# In the order of their names (sorting by "Name").
HAUSAUFGABEN = [
    "Hausaufgabenhilfe am Vormittag",
    "Hausaufgabenhilfe im Hafen",
    "Zusammen lernen: Hausaufgaben auf Arabisch",
]


def kleine_stadt(fachkraft=None) -> None:
    lindenhof = QuartierFactory(
        schluessel="010301",
        name="Rosengarten",
        sozialraum__schluessel="0103",
        sozialraum__name="Lindenhof",
        sozialraum__regionalraum__schluessel="01",
        sozialraum__regionalraum__name="Nord",
    )
    hafen = QuartierFactory(
        schluessel="010201",
        name="Hafenkante",
        sozialraum__schluessel="0102",
        sozialraum__name="Hafenviertel",
        sozialraum__regionalraum=lindenhof.sozialraum.regionalraum,
    )
    traeger = TraegerFactory(name="Nachbarschaftshaus Lindenhof e.V.")
    treff = EinrichtungFactory(
        traeger=traeger, name="Stadtteiltreff Lindenhof", quartier=lindenhof, lat=51.95, lon=11.53
    )
    hafentreff = EinrichtungFactory(name="Jugendclub Hafen", quartier=hafen, lat=51.95, lon=11.51)
    bildung = Kategorie.objects.get(slug="bildung")
    kinder = Zielgruppe.objects.get(slug="kinder")
    heute = datetime.date.today()
    AngebotFactory(
        titel=HAUSAUFGABEN[2],
        beschreibung="Hausaufgaben und Hausaufgabenhilfe, auch auf Arabisch.",
        traeger=traeger,
        einrichtungen=[treff],
        kategorien=[bildung],
        zielgruppen=[kinder],
        sprachen=["de", "ar"],
        zeiten=[(1, "14:00", "16:00")],
        zuletzt_geprueft=heute,
    )
    AngebotFactory(
        titel=HAUSAUFGABEN[0],
        traeger=traeger,
        einrichtungen=[treff],
        kategorien=[bildung],
        sprachen=["de"],
        zeiten=[(1, "09:00", "11:00")],
        zuletzt_geprueft=heute,
    )
    AngebotFactory(
        titel=HAUSAUFGABEN[1],
        einrichtungen=[hafentreff],
        kategorien=[bildung],
        sprachen=["de", "ar"],
        kosten="gebuehr",
        zeiten=[(2, "15:00", "17:00")],
        zuletzt_geprueft=heute,
    )
    AngebotFactory(
        titel="Elterncafé am Hafen",
        einrichtungen=[hafentreff],
        zielgruppen=[kinder],
        sprachen=["de"],
        zuletzt_geprueft=heute,
    )
    if fachkraft is not None:
        mitgliedschaft = MitgliedschaftFactory(
            person=fachkraft, gremium__name="Stadtteiltisch Lindenhof"
        )
        for woche in (1, 5, 9):
            SitzungFactory(
                gremium=mitgliedschaft.gremium, datum=heute + datetime.timedelta(weeks=woche)
            )
