"""The whole demo city through the admin's export and import (tests/test_admin_austausch.py
tests the import and export themselves)."""

import pytest
from django.urls import reverse

from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION
from tests.factories import UserFactory
from tests.test_admin_austausch import XLSX, importieren

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "modell",
    ["traeger_traeger", "traeger_einrichtung", "traeger_ansprechperson", "angebote_angebot"],
)
def test_demostadt_export_und_reimport_aendert_nichts(client, modell):
    """The whole demo city, exported and imported again: every row recognised, none changed."""
    client.force_login(UserFactory(username="amt", is_staff=True, rolle=JUGENDAMT_ADMINISTRATION))
    export = client.post(reverse(f"admin:{modell}_export"), {"format": XLSX})
    assert export.status_code == 200
    vorschau, _antwort = importieren(client, modell, "demo.xlsx", export.content, XLSX)
    summen = vorschau.context["summen"]
    assert summen["neu"] == summen["geaendert"] == 0
    assert summen["unveraendert"] > 100
