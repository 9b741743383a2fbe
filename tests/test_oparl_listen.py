"""OParl's object lists (gremien/oparl/liste.py): pages and links, the four time filters,
German 400s for bad parameters, and a constant number of queries per page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from gremien.models import Anhang, Protokollversion, Sitzung, Tagesordnungspunkt
from tests.factories import MitgliedschaftFactory, SitzungFactory, UserFactory
from tests.oparl_welt import seite_pruefen, welt_bauen

pytestmark = pytest.mark.django_db


@pytest.fixture
def welt(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.OFFENE_DATEN = True
    return welt_bauen()


def sitzungsliste(welt) -> str:
    return reverse("oparl:body_meeting", args=[welt["amt_a"].pk])


def test_seiten_und_links(client, welt):
    url = sitzungsliste(welt)
    erste = client.get(url, {"elementsPerPage": 2, "unbekannt": "x"}).json()
    seite_pruefen(erste)
    assert erste["pagination"] == {
        "totalElements": 3,
        "elementsPerPage": 2,
        "currentPage": 1,
        "totalPages": 2,
    }
    assert "prev" not in erste["links"]
    assert "unbekannt" not in erste["links"]["next"]
    zweite = client.get(erste["links"]["next"]).json()
    assert zweite["pagination"]["currentPage"] == 2
    assert "next" not in zweite["links"]
    assert zweite["links"]["prev"] == erste["links"]["self"]
    assert zweite["links"]["self"] == erste["links"]["last"]
    ids = [s["id"] for s in erste["data"] + zweite["data"]]
    assert len(set(ids)) == 3
    # A client may ask for fewer per page, not for more than the server's 100.
    assert client.get(url, {"elementsPerPage": 1000}).json()["pagination"]["elementsPerPage"] == 100


def test_leere_listen_haben_ihre_form(client, welt):
    for name in ("body_paper", "body_consultation", "body_legislative_term"):
        seite = client.get(reverse(f"oparl:{name}", args=[welt["amt_a"].pk])).json()
        seite_pruefen(seite)
        assert seite["data"] == []
        assert seite["pagination"]["totalElements"] == 0
        assert seite["pagination"]["totalPages"] == 1


def _alles_alt(welt, wann):
    """Every time stamp of the world's meetings back to ``wann`` (update() leaves
    auto_now alone)."""
    Sitzung.objects.update(created_at=wann, updated_at=wann)
    Tagesordnungspunkt.objects.update(updated_at=wann)
    Tagesordnungspunkt.history.model.objects.update(history_date=wann)
    Protokollversion.objects.update(freigegeben_am=wann)
    Anhang.objects.update(hochgeladen_am=wann)
    welt["sitzung"].ort_einrichtung.__class__.objects.update(updated_at=wann)


def test_zeitfilter(client, welt):
    url = sitzungsliste(welt)
    alt = timezone.make_aware(datetime.datetime(2020, 1, 1))
    _alles_alt(welt, alt)

    def treffer(**filter):
        antwort = client.get(url, filter)
        assert antwort.status_code == 200, antwort.content
        return {s["name"] for s in antwort.json()["data"]}

    assert treffer(modified_since="2021-01-01T00:00:00+01:00") == set()
    assert len(treffer(modified_until="2020-01-01T00:00:00+01:00")) == 3
    # Changing an agenda item changes its meeting (and renumbers its siblings).
    welt["top"].titel = "Bericht, neu"
    welt["top"].save()
    assert treffer(modified_since="2021-01-01T00:00:00+01:00") == {"Frühjahrssitzung"}
    # The "+" of the offset not URL-encoded arrives as a space: read as meant.
    assert treffer(modified_since="2021-01-01T00:00:00 01:00") == {"Frühjahrssitzung"}
    neu = SitzungFactory(gremium=welt["gremium"], titel="Neue Sitzung")
    assert treffer(created_since="2021-01-01T00:00:00Z") == {neu.titel}
    assert len(treffer(created_until="2020-06-01T00:00:00+02:00")) == 3
    tops = client.get(
        reverse("oparl:body_agenda_item", args=[welt["amt_a"].pk]),
        {"modified_since": "2021-01-01T00:00:00+01:00"},
    ).json()["data"]
    assert {t["name"] for t in tops} == {"Bericht, neu", "Nachfrage", "Verschiedenes"}
    # The links keep the filter.
    seite = client.get(url, {"modified_since": "2021-01-01T00:00:00+01:00"}).json()
    assert "modified_since=2020-12-31T23%3A00%3A00%2B00%3A00" in seite["links"]["self"]


@pytest.mark.parametrize(
    ("parameter", "wert", "worte"),
    [
        ("page", "-1", "ganze Zahl ab 1"),
        ("page", "0", "ganze Zahl ab 1"),
        ("page", "zwei", "ganze Zahl ab 1"),
        ("page", "1.5", "ganze Zahl ab 1"),
        ("page", "9" * 40, "ganze Zahl ab 1"),
        ("elementsPerPage", "0", "ganze Zahl ab 1"),
        ("elementsPerPage", "١٢", "ganze Zahl ab 1"),
        ("modified_since", "garbage", "Zeitpunkt nach ISO 8601"),
        ("modified_since", "2024-02-30T10:00:00+01:00", "Zeitpunkt nach ISO 8601"),
        ("created_until", "0001-01-01T00:00:00+14:00", "Zeitpunkt nach ISO 8601"),
        ("modified_until", "9999-12-31T23:59:59-12:00", "Zeitpunkt nach ISO 8601"),
        ("created_since", "2024-01-01\x00", "Zeitpunkt nach ISO 8601"),
        ("modified_since", "2024-01-01T00:00:00+01:00" * 20, "Zeitpunkt nach ISO 8601"),
    ],
)
def test_falsche_parameter_400_auf_deutsch(client, welt, parameter, wert, worte):
    antwort = client.get(sitzungsliste(welt), {parameter: wert})
    assert antwort.status_code == 400
    assert antwort["Content-Type"] == "application/json"
    meldung = antwort.json()["detail"]
    assert worte in meldung
    assert f"„{parameter}“" in meldung
    assert "\x00" not in meldung


def test_seite_ueber_dem_ende_und_unbekannte_koerperschaft(client, welt):
    antwort = client.get(sitzungsliste(welt), {"page": 7})
    assert antwort.status_code == 404
    assert antwort.json()["detail"] == "Die Seite 7 gibt es nicht; die Liste hat 1 Seite(n)."
    for pk in (999999, 2**70):
        antwort = client.get(f"/oparl/v1/body/{pk}/meeting/")
        assert antwort.status_code == 404
        assert "nicht öffentlich" in antwort.json()["detail"]


# Queries per page, anonymous with open data (a login adds its session and user): the
# Jugendamt of the URL (not for the body list), COUNT, the page, then per list what the
# page's objects embed, whatever their number.
ABFRAGEN = {
    "body_list": 2,  # COUNT, page
    "body_organization": 5,  # + memberships; the one Jugendamt for city-wide Gremien
    "body_membership": 3,
    "body_meeting": 6,  # + agenda items, attachments, released minutes
    "body_agenda_item": 6,  # + attachments, the meetings' agendas, released minutes
    "body_location": 3,
    "body_file": 3,
    "body_person": 4,  # the Jugendamt, COUNT, page, the named memberships
    "organization_meeting": 6,  # the Gremium instead of the Jugendamt, then as body_meeting
}


def _mehr_daten(welt):
    for _ in range(3):
        MitgliedschaftFactory(
            gremium=welt["gremium"],
            person=UserFactory(),
            name_oeffentlich=True,
            einwilligung_am=datetime.date(2026, 1, 1),
        )
    for nummer in range(4):
        sitzung = SitzungFactory(gremium=welt["gremium"], titel=f"Weitere {nummer}")
        oben = Tagesordnungspunkt.objects.create(sitzung=sitzung, titel="Oben", protokoll="x")
        Tagesordnungspunkt.objects.create(sitzung=sitzung, eltern=oben, titel="Unten")


@pytest.mark.parametrize("name", sorted(ABFRAGEN))
def test_abfragen_je_liste_fest(client, welt, name, django_assert_max_num_queries):
    if name == "body_list":
        args = []
    elif name.startswith("organization"):
        args = [welt["gremium"].pk]
    else:
        args = [welt["amt_a"].pk]
    url = reverse(f"oparl:{name}", args=args)
    with django_assert_max_num_queries(ABFRAGEN[name]):
        vorher = client.get(url).json()["pagination"]["totalElements"]
    _mehr_daten(welt)
    with django_assert_max_num_queries(ABFRAGEN[name]):
        nachher = client.get(url).json()["pagination"]["totalElements"]
    if name in ("body_meeting", "body_agenda_item", "organization_meeting"):
        assert nachher > vorher


def test_geloeschter_tagesordnungspunkt_aendert_die_sitzung(client, welt):
    """OParl keeps no deleted agenda items; its meeting's ``modified`` tells a client to
    fetch the meeting again (from the items' history)."""
    url = sitzungsliste(welt)
    _alles_alt(welt, timezone.make_aware(datetime.datetime(2020, 1, 1)))
    neu = {"modified_since": "2021-01-01T00:00:00+01:00"}
    assert client.get(url, neu).json()["data"] == []
    Tagesordnungspunkt.objects.filter(pk=welt["entwurf_top"].pk).get().delete()
    assert [s["name"] for s in client.get(url, neu).json()["data"]] == ["Herbstsitzung"]
