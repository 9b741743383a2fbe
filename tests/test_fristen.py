"""One rule for "older than N months" (sozialraum/werkzeuge/fristen.py), the same on every page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from angebote.filters import AngebotFilter
from angebote.models import Angebot
from sozialraum.werkzeuge.fristen import (
    ist_veraltet,
    monate_addieren,
    monate_seit,
    monatsgrenze,
    pruefgrenze,
)
from tests.factories import AngebotFactory

D = datetime.date


@pytest.mark.parametrize(
    ("heute", "monate", "grenze"),
    [
        (D(2026, 3, 15), 1, D(2026, 2, 15)),
        # 29, 30 and 31 "February": the whole of February counts once March has reached
        # the day, and on the last day of March every day of February does.
        (D(2026, 3, 28), 1, D(2026, 2, 28)),
        (D(2026, 3, 29), 1, D(2026, 2, 28)),
        (D(2026, 3, 30), 1, D(2026, 2, 28)),
        (D(2026, 3, 31), 1, D(2026, 2, 28)),
        (D(2028, 3, 29), 1, D(2028, 2, 29)),  # leap year
        (D(2028, 3, 28), 1, D(2028, 2, 28)),
        # On 28 February a check of 31 January is a month old (31 January + 1 month).
        (D(2026, 2, 28), 1, D(2026, 1, 31)),
        (D(2026, 2, 27), 1, D(2026, 1, 27)),
        (D(2028, 2, 28), 1, D(2028, 1, 28)),  # not the last day in a leap year
        (D(2028, 2, 29), 1, D(2028, 1, 31)),
        (D(2027, 2, 28), 12, D(2026, 2, 28)),
        (D(2029, 2, 28), 12, D(2028, 2, 29)),  # a check on 29 Feb is a year old on 28 Feb
        (D(2026, 1, 10), 12, D(2025, 1, 10)),
    ],
)
def test_monatsgrenze_an_monatsenden(heute, monate, grenze):
    assert monatsgrenze(heute, monate) == grenze
    assert monate_seit(grenze, heute) >= monate
    assert monate_seit(grenze + datetime.timedelta(days=1), heute) < monate


@given(
    heute=st.dates(D(2000, 1, 1), D(2100, 12, 31)),
    geprueft=st.dates(D(1999, 1, 1), D(2100, 12, 31)),
    monate=st.integers(0, 36),
)
def test_grenze_und_monatsalter_sagen_dasselbe(heute, geprueft, monate):
    """The database filter (``<= grenze``) and the mark on the page (``monate_seit``) agree."""
    if geprueft > heute:
        geprueft, heute = heute, geprueft
    assert (geprueft <= monatsgrenze(heute, monate)) == (monate_seit(geprueft, heute) >= monate)
    assert monate_addieren(geprueft, monate_seit(geprueft, heute)) <= heute


@pytest.mark.django_db
def test_am_stichtag_ueberall_veraltet(client_fachkraft, settings, monkeypatch):
    """Checked exactly on the cutoff day: stale on the dashboard, in the search filter, in
    the freshness mark and for the reminder (they disagreed before)."""
    settings.PRUEFINTERVALL_MONATE = 12
    heute = D(2026, 3, 31)
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: heute)
    grenze = pruefgrenze()
    assert grenze == D(2025, 3, 31)
    am_stichtag = AngebotFactory(titel="Am Stichtag geprüft", zuletzt_geprueft=grenze)
    danach = AngebotFactory(
        titel="Einen Tag später geprüft", zuletzt_geprueft=grenze + datetime.timedelta(days=1)
    )

    assert am_stichtag.veraltet and ist_veraltet(am_stichtag.zuletzt_geprueft)
    assert not danach.veraltet
    assert am_stichtag.pruefalter_monate == 12 and danach.pruefalter_monate == 11
    veraltete = Angebot.objects.veroeffentlicht().veraltet()
    assert am_stichtag in veraltete and danach not in veraltete
    geprueft = AngebotFilter({"geprueft": "on"}, queryset=Angebot.objects.all()).qs
    assert danach in geprueft and am_stichtag not in geprueft

    seite = client_fachkraft.get(am_stichtag.get_absolute_url()).content.decode()
    assert "frische--veraltet" in seite
    seite = client_fachkraft.get(danach.get_absolute_url()).content.decode()
    assert "frische--veraltet" not in seite
    assert client_fachkraft.get(reverse("start"), {"geprueft": "on"}).status_code == 200
