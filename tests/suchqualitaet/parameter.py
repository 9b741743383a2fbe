"""The cases as pytest parameters, and the check of one case, for the test modules that run
them (tests/test_suchqualitaet.py on Berlin, tests/demo/test_suchqualitaet_demo.py)."""

import pytest

from tests.suchqualitaet.bekannt import BEKANNT
from tests.suchqualitaet.faelle import bewerten, kennungen
from tests.suchqualitaet.suchen import register


def als_parameter(faelle, stadt: str) -> list:
    """The cases as parameters; the known gaps (bekannt.py) as strict expected failures."""
    return [
        pytest.param(
            fall,
            id=kennung,
            marks=[pytest.mark.xfail(strict=True, reason=BEKANNT[kennung])]
            if kennung in BEKANNT
            else [],
        )
        for fall, kennung in zip(faelle, kennungen(faelle, stadt), strict=True)
    ]


def pruefen(fall, bestand):
    bewertung = bewerten(fall, register(fall.anfrage), bestand)
    assert bewertung.bestanden, bewertung.bericht(bestand)
