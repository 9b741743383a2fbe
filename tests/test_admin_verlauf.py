"""Änderungsverlauf in the admin (sozialraum/verwaltung/verlauf.py): what changed per version, restore.

For each curated model: the history lists per version „Feld: alt → neu“ as people read it;
a version page shows what restoring it would change; restoring needs the change
permission (checked on POST, too), goes through the conflict check and is itself a new
version.
"""

import pytest
from django.test import Client
from django.urls import reverse

from gremien.models import Gremium
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)
from tests.test_admin_konflikt import formulardaten
from traeger.models import Ansprechperson

pytestmark = pytest.mark.django_db


@pytest.fixture
def amt(db):
    return UserFactory(
        username="amt",
        first_name="Andrea",
        last_name="Amt",
        is_staff=True,
        rolle=JUGENDAMT_ADMINISTRATION,
    )


def angemeldet(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


FAELLE = {
    # admin name: (create, field, old value, new value, how the history shows it)
    # (The status of an offer is not restored here: it changes only through the review.)
    "angebote_angebot": (
        lambda: AngebotFactory(titel="Elterncafé", kosten_hinweis=""),
        "kosten_hinweis",
        "",
        "2 € pro Treffen",
        "Hinweis zu Kosten:</strong> <del>—</del> → <ins>2 € pro Treffen</ins>",
    ),
    "traeger_traeger": (
        lambda: TraegerFactory(name="Kinderhilfe"),
        "name",
        "Kinderhilfe",
        "Kinderhilfe Nord e.V.",
        "Name:</strong> <del>Kinderhilfe</del> → <ins>Kinderhilfe Nord e.V.</ins>",
    ),
    "traeger_einrichtung": (
        lambda: EinrichtungFactory(barrierefrei="unbekannt"),
        "barrierefrei",
        "unbekannt",
        "ja",
        "Barrierefreiheit:</strong> <del>unbekannt</del> → <ins>barrierefrei</ins>",
    ),
    "traeger_ansprechperson": (
        lambda: Ansprechperson.objects.create(traeger=TraegerFactory(), name="Petra Muster"),
        "funktion",
        "",
        "Leitung",
        "Funktion:</strong> <del>—</del> → <ins>Leitung</ins>",
    ),
    "gremien_gremium": (
        lambda: GremiumFactory(aktiv=True),
        "aktiv",
        True,
        False,
        "Aktiv:</strong> <del>ja</del> → <ins>nein</ins>",
    ),
    "gremien_sitzung": (
        lambda: SitzungFactory(status="geplant"),
        "status",
        "geplant",
        "abgesagt",
        "Status:</strong> <del>geplant</del> → <ins>abgesagt</ins>",
    ),
}


@pytest.mark.parametrize("admin_name", FAELLE)
def test_verlauf_zeigt_aenderung_und_version_laesst_sich_wiederherstellen(amt, admin_name):
    anlegen, feld, alt, neu, anzeige = FAELLE[admin_name]
    obj = anlegen()
    erste_version = obj.history.get()
    setattr(obj, feld, neu)
    obj._change_reason = "Test"
    obj.save()
    client = angemeldet(amt)

    verlauf = client.get(reverse(f"admin:{admin_name}_history", args=[obj.pk]))
    assert verlauf.status_code == 200
    assert anzeige in verlauf.text
    assert "Änderungsverlauf" in verlauf.text

    url = reverse(f"admin:{admin_name}_simple_history", args=[obj.pk, erste_version.pk])
    version = client.get(url)
    assert version.status_code == 200
    assert "Diese Version wiederherstellen" in version.text
    unterschied = version.context["unterschiede"]
    assert [u.feld.lower() for u in unterschied] == [
        str(type(obj)._meta.get_field(feld).verbose_name).lower()
    ]

    antwort = client.post(url, formulardaten(version))
    assert antwort.status_code == 302, antwort.context["errors"]
    obj.refresh_from_db()
    assert getattr(obj, feld) == alt
    neueste = obj.history.first()
    assert neueste.history_user == amt
    assert neueste.history_change_reason.startswith("Version vom ")
    assert obj.history.count() == 3  # the versions in between are kept


def test_wiederherstellen_laesst_nicht_erfasstes_stehen(amt):
    """Counters and release states stay as they are: only the form's fields come back."""
    sitzung = SitzungFactory(titel="Alt")
    erste = sitzung.history.get()
    sitzung.titel = "Neu"
    sitzung.protokoll_status = "freigegeben"
    sitzung.save()
    client = angemeldet(amt)
    url = reverse("admin:gremien_sitzung_simple_history", args=[sitzung.pk, erste.pk])
    assert client.post(url, formulardaten(client.get(url))).status_code == 302
    sitzung.refresh_from_db()
    assert (sitzung.titel, sitzung.protokoll_status) == ("Alt", "freigegeben")


def test_nur_lesen_darf_ansehen_aber_nicht_wiederherstellen(amt):
    angebot = AngebotFactory(titel="Alt")
    erste = angebot.history.get()
    angebot.titel = "Neu"
    angebot.save()
    leserin = UserFactory(username="leserin", is_staff=True, rolle=FACHKRAFT)  # view only
    client = angemeldet(leserin)
    url = reverse("admin:angebote_angebot_simple_history", args=[angebot.pk, erste.pk])
    antwort = client.get(url)
    assert antwort.status_code == 200
    assert "Diese Version wiederherstellen" not in antwort.text
    assert "ansehen, aber nicht ändern" in antwort.text
    daten = formulardaten(angemeldet(amt).get(url))
    assert client.post(url, daten).status_code == 403
    angebot.refresh_from_db()
    assert angebot.titel == "Neu"
    assert angebot.history.count() == 2


def test_ohne_verwaltungszugang_kein_verlauf(client):
    angebot = AngebotFactory()
    client.force_login(UserFactory(username="fachkraft", rolle=FACHKRAFT))  # not staff
    url = reverse("admin:angebote_angebot_history", args=[angebot.pk])
    assert client.get(url).status_code == 302
    version = reverse(
        "admin:angebote_angebot_simple_history", args=[angebot.pk, angebot.history.get().pk]
    )
    assert client.post(version, {"titel": "Gehackt"}).status_code == 302
    angebot.refresh_from_db()
    assert angebot.titel != "Gehackt"


def test_version_eines_anderen_eintrags_gibt_404(amt):
    eins, zwei = GremiumFactory(), GremiumFactory()
    url = reverse("admin:gremien_gremium_simple_history", args=[eins.pk, zwei.history.get().pk])
    assert angemeldet(amt).get(url).status_code == 404


def test_wiederherstellen_ueber_eine_neuere_aenderung_wird_abgelehnt(amt):
    gremium = GremiumFactory(name="Alt")
    erste = gremium.history.get()
    gremium.name = "Zwischenstand"
    gremium.save()
    client = angemeldet(amt)
    url = reverse("admin:gremien_gremium_simple_history", args=[gremium.pk, erste.pk])
    daten = formulardaten(client.get(url))
    Gremium.objects.get(pk=gremium.pk).save()  # someone saves while the page is open
    antwort = client.post(url, daten)
    assert antwort.status_code == 200
    assert "Dieser Eintrag wurde inzwischen" in antwort.text
    gremium.refresh_from_db()
    assert gremium.name == "Zwischenstand"


def test_seitenweise_auch_die_aelteste_zeile_zeigt_ihre_aenderung(amt, settings):
    traeger = TraegerFactory(name="Version 0")
    for i in range(1, 53):
        traeger.name = f"Version {i}"
        traeger.save()
    antwort = angemeldet(amt).get(reverse("admin:traeger_traeger_history", args=[traeger.pk]))
    # 53 versions, 50 per page: the last row of page 1 (version 3) shows 2 → 3.
    assert "<del>Version 2</del> → <ins>Version 3</ins>" in antwort.text
    assert 'aria-current="page"' in antwort.text
