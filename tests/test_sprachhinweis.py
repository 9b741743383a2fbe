"""A language named in the search text: the page offers the language filter with the rest
of her text (angebote/suche/sprachhinweis.py); the results stay those of the words."""

import importlib
import re

import pytest

from angebote.models import Angebot, Sprache
from angebote.suche.sprachhinweis import OHNE_ISCH, SPRACHE_DES_REGISTERS, sprache_im_text
from tests.factories import AngebotFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sprachen():
    """Offers held in Arabic, Ukrainian and German (the stammdaten's languages)."""
    arabisch, ukrainisch, deutsch = (Sprache.objects.get(code=c) for c in ("ar", "uk", "de"))
    beratung = AngebotFactory(titel="Beratung für Familien", sprachen=[arabisch, deutsch])
    AngebotFactory(titel="Beratung für Jugendliche", sprachen=[deutsch])
    AngebotFactory(titel="Elterntreff", sprachen=[ukrainisch])
    AngebotFactory(
        titel="Nachhilfe auf Russisch",
        sprachen=[Sprache.objects.get(code="ru")],
        status=Angebot.Status.ENTWURF,
    )
    return beratung


@pytest.mark.parametrize(
    ("text", "code", "rest"),
    [
        ("Beratung auf Arabisch", "ar", "Beratung"),
        ("arabische Beratung", "ar", "Beratung"),
        ("Hilfe in arabischer Sprache", "ar", "Hilfe"),
        ("arabischsprachige Familien", "ar", "Familien"),
        ("ukrainisch", "uk", ""),
        ("arabisch sprechende Mütter", "ar", "Mütter"),
        ("Angebote auf Arabisch", "ar", ""),
        # German is every offer's language; Russian only a draft's; "praktisch" no language.
        ("Deutsch", None, None),
        ("Deutschkurs auf Deutsch", None, None),
        ("Nachhilfe auf Russisch", None, None),
        ("praktische Hilfe", None, None),
        ("Arabischkurs", None, None),
    ],
)
def test_sprache_im_text(sprachen, text, code, rest):
    hinweis = sprache_im_text(text)
    assert (hinweis.code, hinweis.rest) == (code, rest) if code else hinweis is None


def test_woerter_ohne_isch_sind_die_der_mitgelieferten_sprachen():
    """OHNE_ISCH (checked before the languages are read) holds every word of the shipped
    languages' names that is not an adjective in -isch."""
    stammdaten = importlib.import_module("angebote.migrations.0002_stammdaten")
    woerter = {
        w
        for code, name in stammdaten.SPRACHEN
        if code != SPRACHE_DES_REGISTERS
        for w in re.findall(r"\w+", name.lower())
        if len(w) > 2 and not w.endswith("isch")
    }
    assert woerter == OHNE_ISCH


def test_seite_bietet_den_sprachfilter_an(client_fachkraft, sprachen):
    antwort = client_fachkraft.get("/", {"q": "Beratung auf Arabisch"})
    html = antwort.content.decode()
    # The words' results (no offer says "arabisch"): nothing; the filter offered.
    assert 'id="sprachhinweis"' in html
    assert "„Beratung“ auf Arabisch suchen" in html
    assert 'href="?q=Beratung&amp;sprache=ar"' in html

    # Her other filters stay, the page and "genau" go.
    html = client_fachkraft.get(
        "/", {"q": "Beratung auf Arabisch", "kostenfrei": "on", "seite": "2", "genau": "on"}
    ).content.decode()
    assert 'href="?q=Beratung&amp;kostenfrei=on&amp;sprache=ar"' in html

    html = client_fachkraft.get("/", {"q": "Beratung", "sprache": "ar"}).content.decode()
    assert "Beratung für Familien" in html and "Beratung für Jugendliche" not in html
    assert 'id="sprachhinweis"' not in html

    html = client_fachkraft.get("/", {"q": "ukrainisch"}).content.decode()
    assert "alle Angebote auf Ukrainisch zeigen" in html
    # A language filter set already, or no language named: no offer of it.
    for params in ({"q": "Arabisch", "sprache": "uk"}, {"q": "Beratung"}):
        assert 'id="sprachhinweis"' not in client_fachkraft.get("/", params).content.decode()
