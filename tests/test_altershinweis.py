"""An age named in the search text: no term of the search, and the page offers the age filter
with the rest of her text (angebote/suche/altershinweis.py)."""

import pytest

from angebote.suche.altershinweis import alter_im_text
from angebote.suche.search import anfrage_verstehen, suchen
from tests.factories import AngebotFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "alter", "rest"),
    [
        ("Jugendliche ab 14", 14, "Jugendliche"),
        ("Kinder unter 3", 2, "Kinder"),
        ("über 16", 17, ""),
        ("schwanger mit 16", 16, "schwanger"),
        ("14-Jährige Mädchen", 14, "Mädchen"),
        ("Kinder 3 Jahre alt", 3, "Kinder"),
        ("Kinder von 3 bis 6 Jahren", 3, "Kinder"),
        ("Krabbelgruppe für 2 J.", 2, "Krabbelgruppe"),
        ("3-6 Jahre", 3, ""),
        ("Kinder von 0 bis 3", 0, "Kinder"),
        ("zwischen 14 und 18", 14, ""),
    ],
)
def test_alter_im_text(text, alter, rest):
    hinweis = alter_im_text(text)
    assert (hinweis.alter, hinweis.rest) == (alter, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Haus 12",
        "§ 28",
        "§§ 22 bis 24 SGB VIII",
        "Jugendliche ab 30",
        "über 27",
        "Kita",
        "U3",
        "Treff ab 18 Uhr",
        "Krabbelgruppe ab 6 Monaten",
        "Mutter mit 3 Kindern",
        "Kita mit 24 Plätzen",
    ],
)
def test_kein_alter(text):
    """A number alone or of something else (a time, months, children, places), a
    paragraph, past youth welfare's ages (27), or no number."""
    assert alter_im_text(text) is None


def test_alter_ist_kein_suchwort():
    """ "14" found the "14. Schule" and every "Alsenstr. 14"; a paragraph stays a term."""
    schule = AngebotFactory(titel="14. Schule", beschreibung="Eine Schule.")
    club = AngebotFactory(titel="Jugendclub", beschreibung="Für Jugendliche ab 14 Jahren.")
    assert [b.text for b in anfrage_verstehen("Jugendliche ab 14 Jahren").begriffe] == [
        "jugendliche"
    ]
    treffer, _anfrage = suchen("Jugendliche ab 14")
    assert [a.titel for a in treffer] == [club.titel]
    assert schule.titel not in [a.titel for a in suchen("Kinder unter 14")[0]]
    assert "28 sgb viii" in [b.text for b in anfrage_verstehen("§ 28").begriffe]
    # An age alone is no query of filler words: the page offers the age filter instead.
    assert not anfrage_verstehen("3-6 Jahre").nur_fuellwoerter


def test_seite_bietet_den_altersfilter_an(client_fachkraft):
    jung = AngebotFactory(titel="Jugendclub Mitte", beschreibung="Für Jugendliche.")
    jung.alter_von, jung.alter_bis = 12, 18
    jung.save()
    alt = AngebotFactory(titel="Jugendclub Süd", beschreibung="Für Jugendliche.")
    alt.alter_von, alt.alter_bis = 18, 27
    alt.save()
    html = client_fachkraft.get("/", {"q": "Jugendliche ab 14"}).content.decode()
    assert 'id="altershinweis"' in html
    assert "„Jugendliche“ für das Alter 14 suchen" in html
    assert 'href="?q=Jugendliche&amp;alter=14"' in html
    # Followed: the filter set, no more offer of it, only the offer for 14-year-olds.
    html = client_fachkraft.get("/", {"q": "Jugendliche", "alter": "14"}).content.decode()
    assert 'id="altershinweis"' not in html
    assert jung.titel in html and alt.titel not in html
    # Her other filters stay; an age alone offers every offer for it.
    html = client_fachkraft.get("/", {"q": "ab 14", "kostenfrei": "on"}).content.decode()
    assert "alle Angebote für das Alter 14 zeigen" in html
    assert 'href="?q=&amp;kostenfrei=on&amp;alter=14"' in html
    for params in ({"q": "Jugendliche ab 14", "alter": "16"}, {"q": "Jugendliche"}):
        assert 'id="altershinweis"' not in client_fachkraft.get("/", params).content.decode()
