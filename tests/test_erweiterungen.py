"""The one extension mechanism (sozialraum/erweiterungen/__init__.py) and what the apps register."""

from angebote.erweiterungen import SUCHSEITE
from gremien.erweiterungen import TOP_VERWEISE
from sozialraum.datenschutz.anfragen import TEILE
from sozialraum.demo.stadt import DEMO_SCHRITTE
from sozialraum.erweiterungen import Erweiterungspunkt
from sozialraum.erweiterungen.bereiche import GEBIETSSEITE, STARTSEITE
from sozialraum.zugang.zustaendigkeit import OBJEKTE_IM_JUGENDAMT
from traeger.bereiche import TRAEGERSEITE
from traeger.netzwerk import KANTENQUELLEN
from traeger.rechte import RECHTE_BEREICHE
from traeger.zusammenfuehren.aufteilen import MITZIEHEN


def _eins():
    return 1


def _zwei():
    return 2


def _nichts():
    return None


def test_reihenfolge_und_einmal_registriert():
    punkt = Erweiterungspunkt("Test")
    punkt.registrieren(_zwei, reihenfolge=20)
    punkt.registrieren(_nichts, reihenfolge=15)
    punkt.registrieren(_eins, reihenfolge=10)
    punkt.registrieren(_eins, reihenfolge=99)  # ready() twice: no second entry
    assert list(punkt) == [_eins, _nichts, _zwei]
    assert punkt.sammeln() == [1, 2]  # None means "nothing to show"


def test_gepunkteter_pfad_wird_erst_beim_gebrauch_geladen():
    punkt = Erweiterungspunkt("Test")
    punkt.registrieren("tests.test_erweiterungen._eins", name="Eins")
    assert punkt.mit_namen() == [("Eins", _eins)]


def test_objekte_einmal_je_klasse_mit_eigener_reihenfolge():
    class Teil:
        def __init__(self, reihenfolge):
            self.reihenfolge = reihenfolge

    punkt = Erweiterungspunkt("Test")
    erster = Teil(30)
    punkt.registrieren(erster)
    punkt.registrieren(Teil(5))
    assert list(punkt) == [erster]


def test_jedes_stockwerk_traegt_in_seiner_ready_bei():
    def module(punkt):
        return [getattr(f, "__module__", type(f).__module__).split(".")[0] for f in punkt]

    assert module(GEBIETSSEITE) == ["traeger", "angebote", "sozialraumarbeit", "gremien", "traeger"]
    assert set(module(STARTSEITE)) == {"angebote", "gremien", "traeger", "sozialraumarbeit"}
    assert set(module(TRAEGERSEITE)) == {"angebote", "gremien", "traeger"}
    assert module(KANTENQUELLEN) == ["angebote", "gremien"]
    assert module(RECHTE_BEREICHE) == ["gremien"]
    # the Sitzung page and the offers' search: a Sozialraum's resources and barriers
    assert "sozialraumarbeit" in module(TOP_VERWEISE)
    assert module(SUCHSEITE) == ["sozialraumarbeit"]
    # splitting a Träger: the open Prüfrunde questions, then the offers follow their places
    assert module(MITZIEHEN) == ["angebote", "angebote"]
    # accounts within a Jugendamt: rights on its Träger and Gremien
    assert module(OBJEKTE_IM_JUGENDAMT) == ["traeger", "gremien"]
    # erasure: higher floors first, the user accounts last
    assert module(TEILE) == [
        "sozialraumarbeit",
        "gremien",
        "angebote",
        "angebote",
        "traeger",
        "sozialraum",
    ]
    assert [name for name, _ in DEMO_SCHRITTE.mit_namen()] == [
        "Gebiete",
        "Benutzer",
        "Sozialraumkoordination",
        "Träger und Einrichtungen",
        "Träger-Redaktion",
        "Angebote",
        "Gremien",
        "Gremienstruktur",
        "Maßnahmen",
        "Ressourcen und Barrieren",
        "Kontakte",
        "Änderungsvorschläge",
    ]
