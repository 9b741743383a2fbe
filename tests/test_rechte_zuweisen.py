"""The rights screen of the Jugendamt-Administration, and what the rights it gives allow.

Roles, the Träger a Träger-Redaktion edits and the Sozialräume a Sozialraumkoordination
coordinates are assigned on /traeger/rechte/; every change is logged. A Sozialraumkoordination
edits the Gremien of her Sozialräume and confirms their offers as "Noch aktuell".
"""

import logging

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import timezone
from guardian.shortcuts import assign_perm

from gremien.permissions import darf_bearbeiten
from sozialraum.zugang.rollen import (
    FACHKRAFT,
    GREMIUM_KOORDINATION,
    JUGENDAMT_ADMINISTRATION,
    KOORDINIEREN,
    SOZIALRAUMKOORDINATION,
    TRAEGER_REDAKTION,
    sozialraeume_von,
)
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    MitgliedschaftFactory,
    QuartierFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import TraegerZugehoerigkeit
from traeger.permissions import can_edit_traeger

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return UserFactory(
        username="andrea", first_name="Andrea", last_name="Albrecht", rolle=JUGENDAMT_ADMINISTRATION
    )


@pytest.fixture
def neu(db):
    """A new account without any rights yet."""
    return UserFactory(username="nina", first_name="Nina", last_name="Neumann")


@pytest.fixture
def client_admin(client, admin):
    client.force_login(admin)
    return client


def _rollen(person) -> set[str]:
    return set(person.groups.values_list("name", flat=True))


def _urls(person) -> list[tuple[str, str]]:
    return [
        ("get", reverse("traeger:rechte")),
        ("get", reverse("traeger:rechte_person", args=[person.pk])),
        ("get", reverse("traeger:rechte_traeger_suche", args=[person.pk]) + "?suche=Haus"),
        ("post", reverse("traeger:rechte_rollen", args=[person.pk])),
        ("post", reverse("traeger:rechte_traeger", args=[person.pk])),
        ("post", reverse("traeger:rechte_sozialraeume", args=[person.pk])),
    ]


@pytest.mark.parametrize(
    "rolle", [FACHKRAFT, TRAEGER_REDAKTION, SOZIALRAUMKOORDINATION, GREMIUM_KOORDINATION]
)
def test_nur_die_jugendamt_administration(client, neu, rolle):
    anderer = UserFactory(username="andere", rolle=rolle, is_staff=True)
    traeger = TraegerFactory()
    client.force_login(anderer)
    for methode, url in _urls(neu):
        antwort = getattr(client, methode)(url, {"traeger": traeger.pk, "rollen": []})
        assert antwort.status_code == 403, url
    assert not _rollen(neu) and not TraegerZugehoerigkeit.objects.exists()
    assert reverse("traeger:rechte") not in client.get(reverse("gebiete")).content.decode()


def test_anonym_zur_anmeldung(client, neu):
    for methode, url in _urls(neu):
        antwort = getattr(client, methode)(url)
        assert antwort.status_code == 302 and antwort.url.startswith("/anmelden/"), url


def test_liste_und_navigation(client_admin, neu):
    redaktion = UserFactory(username="rita", first_name="Rita", last_name="Roth")
    traeger = TraegerFactory(name="Kinderhaus Regenbogen e.V.")
    redaktion.groups.add(*_gruppen([TRAEGER_REDAKTION]))
    assign_perm("traeger.change_traeger", redaktion, traeger)
    seite = client_admin.get(reverse("traeger:rechte"))
    text = seite.content.decode()
    assert f'href="{reverse("traeger:rechte")}"' in text  # the navigation entry
    assert "Rita Roth" in text and "Nina Neumann" in text
    assert "Kinderhaus Regenbogen e.V." in text

    gefiltert = client_admin.get(reverse("traeger:rechte"), {"rolle": TRAEGER_REDAKTION})
    assert [z["person"] for z in gefiltert.context["zeilen"]] == [redaktion]
    ohne = client_admin.get(reverse("traeger:rechte"), {"rolle": "ohne"})
    assert [z["person"] for z in ohne.context["zeilen"]] == [neu]
    gesucht = client_admin.get(reverse("traeger:rechte"), {"q": "neumann"})
    assert [z["person"] for z in gesucht.context["zeilen"]] == [neu]


def _gruppen(namen):
    from django.contrib.auth.models import Group

    return list(Group.objects.filter(name__in=namen))


# --- Rollen ---------------------------------------------------------------------------------


def test_rollen_vergeben_und_entziehen(client_admin, admin, neu, caplog):
    url = reverse("traeger:rechte_rollen", args=[neu.pk])
    gruppen = {g.name: g.pk for g in _gruppen([FACHKRAFT, GREMIUM_KOORDINATION])}
    with caplog.at_level(logging.INFO, logger="sozialraum.zugang.sicherheit"):
        antwort = client_admin.post(url, {"rollen": list(gruppen.values())})
    assert antwort.status_code == 302
    assert antwort.url == reverse("traeger:rechte_person", args=[neu.pk]) + "#rollen"
    assert _rollen(neu) == {FACHKRAFT, GREMIUM_KOORDINATION}
    eintraege = [r for r in caplog.records if getattr(r, "ereignis", "") == "recht_geaendert"]
    assert len(eintraege) == 2
    assert "benutzer='andrea'" in eintraege[0].getMessage()
    assert "ziel='nina'" in eintraege[0].getMessage()

    client_admin.post(url, {"rollen": [gruppen[FACHKRAFT]]})
    assert _rollen(neu) == {FACHKRAFT}
    verlauf = list(
        LogEntry.objects.filter(object_id=str(neu.pk)).values_list("user", "change_message")
    )
    assert (admin.pk, "Rolle „Gremium-Koordination“ entzogen") in verlauf
    seite = client_admin.get(reverse("traeger:rechte_person", args=[neu.pk])).content.decode()
    assert "Rolle „Gremium-Koordination“ entzogen" in seite  # the history on the page


def test_eigene_admin_rolle_bleibt(client_admin, admin):
    antwort = client_admin.post(
        reverse("traeger:rechte_rollen", args=[admin.pk]), {"rollen": []}, follow=True
    )
    assert "nicht selbst entziehen" in antwort.content.decode()
    assert JUGENDAMT_ADMINISTRATION in _rollen(admin)


def test_unbekannte_rolle_abgelehnt(client_admin, neu):
    antwort = client_admin.post(reverse("traeger:rechte_rollen", args=[neu.pk]), {"rollen": [999]})
    assert antwort.status_code == 200
    assert antwort.context["rollen_form"].errors
    assert not _rollen(neu)


# --- Träger ---------------------------------------------------------------------------------


def test_traeger_zuweisen_und_entziehen(client_admin, neu):
    traeger = TraegerFactory(name="Kinderhaus Regenbogen e.V.")
    url = reverse("traeger:rechte_traeger", args=[neu.pk])
    client_admin.post(url, {"traeger": traeger.pk})
    neu = type(neu).objects.get(pk=neu.pk)  # fresh permission caches
    assert can_edit_traeger(neu, traeger)
    assert TRAEGER_REDAKTION in _rollen(neu)
    assert TraegerZugehoerigkeit.objects.filter(user=neu, traeger=traeger).exists()
    seite = client_admin.get(reverse("traeger:rechte_person", args=[neu.pk]))
    assert seite.context["traeger"] == [traeger]

    # A second time changes nothing and says so.
    antwort = client_admin.post(url, {"traeger": traeger.pk}, follow=True)
    assert "pflegt sie schon" in antwort.content.decode()

    client_admin.post(url, {"traeger": traeger.pk, "aktion": "entfernen"})
    neu = type(neu).objects.get(pk=neu.pk)
    assert not can_edit_traeger(neu, traeger)
    assert not TraegerZugehoerigkeit.objects.filter(user=neu, traeger=traeger).exists()


def test_unbekannter_traeger_404(client_admin, neu):
    url = reverse("traeger:rechte_traeger", args=[neu.pk])
    assert client_admin.post(url, {"traeger": 99999}).status_code == 404
    assert client_admin.post(url, {"traeger": "x"}).status_code == 404


def test_rolle_weg_traeger_weg(client_admin, neu):
    traeger = TraegerFactory()
    client_admin.post(reverse("traeger:rechte_traeger", args=[neu.pk]), {"traeger": traeger.pk})
    client_admin.post(reverse("traeger:rechte_rollen", args=[neu.pk]), {"rollen": []})
    neu = type(neu).objects.get(pk=neu.pk)
    assert not _rollen(neu)
    assert not can_edit_traeger(neu, traeger)


def test_traeger_suche(client_admin, neu):
    for i in range(25):
        TraegerFactory(name=f"Kinderhaus Nummer {i:02d} e.V.")
    aerzte = TraegerFactory(name="Ärztehaus am Markt")
    TraegerFactory(name="Jugendwerk", externe_id="T-4711")
    url = reverse("traeger:rechte_traeger_suche", args=[neu.pk])

    treffer = client_admin.get(url, {"suche": "kinderhaus"}).context["treffer"]
    assert len(treffer) == 20  # never all of them
    assert list(client_admin.get(url, {"suche": "ärztehaus"}).context["treffer"]) == [aerzte]
    assert [t.name for t in client_admin.get(url, {"suche": "T-4711"}).context["treffer"]] == [
        "Jugendwerk"
    ]
    leer = client_admin.get(url, {"suche": "gibtesnicht"})
    assert "Kein Träger passt" in leer.content.decode()
    # Without JavaScript the same hits come with the whole page.
    seite = client_admin.get(reverse("traeger:rechte_person", args=[neu.pk]), {"suche": "ärzte"})
    assert list(seite.context["treffer"]) == [aerzte]


# --- Sozialräume ----------------------------------------------------------------------------


def test_sozialraeume_zuweisen(client_admin, neu):
    nord, ost = SozialraumFactory(name="Altstadt-Nord"), SozialraumFactory(name="Oststadt")
    url = reverse("traeger:rechte_sozialraeume", args=[neu.pk])
    client_admin.post(url, {"sozialraeume": [nord.pk, ost.pk]})
    assert set(sozialraeume_von(neu)) == {nord, ost}
    assert SOZIALRAUMKOORDINATION in _rollen(neu)
    client_admin.post(url, {"sozialraeume": [ost.pk]})
    assert list(sozialraeume_von(neu)) == [ost]
    texte = set(
        LogEntry.objects.filter(object_id=str(neu.pk)).values_list("change_message", flat=True)
    )
    assert "koordiniert den Sozialraum „Altstadt-Nord“ nicht mehr" in texte

    client_admin.post(reverse("traeger:rechte_rollen", args=[neu.pk]), {"rollen": []})
    assert not sozialraeume_von(neu).exists()


def test_gremien_der_koordination_werden_gezeigt(client_admin, neu):
    gremium = GremiumFactory(name="AG 78 Nord")
    MitgliedschaftFactory(gremium=gremium, person=neu, rolle="koordination")
    MitgliedschaftFactory(gremium=GremiumFactory(name="Nur Mitglied"), person=neu)
    seite = client_admin.get(reverse("traeger:rechte_person", args=[neu.pk]))
    bereich = next(b for b in seite.context["bereiche"] if b["titel"] == "koordiniert die Gremien")
    assert bereich["eintraege"] == [gremium]
    assert gremium.get_absolute_url() in seite.content.decode()
    zeile = next(
        z
        for z in client_admin.get(reverse("traeger:rechte")).context["zeilen"]
        if z["person"] == neu
    )
    assert ("koordiniert die Gremien", [gremium]) in zeile["bereiche"]


# --- What the Sozialraumkoordination may do -------------------------------------------------


@pytest.fixture
def kemal(db):
    """Sozialraumkoordination of one Sozialraum."""
    person = UserFactory(username="kemal", rolle=SOZIALRAUMKOORDINATION)
    quartier = QuartierFactory(sozialraum__name="Altstadt-Nord")
    assign_perm(KOORDINIEREN, person, quartier.sozialraum)
    person.quartier = quartier
    return person


def test_koordination_bearbeitet_gremien_ihrer_sozialraeume(client, kemal):
    eigenes = GremiumFactory(sozialraum=kemal.quartier.sozialraum, sichtbarkeit="mitglieder")
    fremdes = GremiumFactory(sozialraum=SozialraumFactory(), sichtbarkeit="fachkraefte")
    assert darf_bearbeiten(kemal, eigenes) and not darf_bearbeiten(kemal, fremdes)
    client.force_login(kemal)
    assert client.get(reverse("gremien:sitzung_neu", args=[eigenes.pk])).status_code == 200
    assert client.get(reverse("gremien:sitzung_neu", args=[fremdes.pk])).status_code == 403


def test_koordination_bestaetigt_angebote_ihrer_sozialraeume(client, kemal):
    ort = EinrichtungFactory(quartier=kemal.quartier)
    vor_ort = AngebotFactory(titel="Elterncafé", einrichtungen=[ort])
    fuer_den_sozialraum = AngebotFactory(titel="Beratung")
    fuer_den_sozialraum.sozialraeume.add(kemal.quartier.sozialraum)
    woanders = AngebotFactory(titel="Woanders", einrichtungen=[EinrichtungFactory()])
    entwurf = AngebotFactory(titel="Entwurf", einrichtungen=[ort], status="entwurf")
    client.force_login(kemal)

    for angebot in (vor_ort, fuer_den_sozialraum):
        antwort = client.post(reverse("angebote:bestaetigen", args=[angebot.pk]))
        assert antwort.status_code == 302
        angebot.refresh_from_db()
        assert angebot.zuletzt_geprueft == timezone.localdate()
        assert angebot.geprueft_von == kemal
    assert client.post(reverse("angebote:bestaetigen", args=[woanders.pk])).status_code == 403
    assert client.post(reverse("angebote:bestaetigen", args=[entwurf.pk])).status_code == 404
    woanders.refresh_from_db()
    assert woanders.zuletzt_geprueft is None


def test_guardians_anonymer_benutzer_fehlt(client_admin):
    from guardian.utils import get_anonymous_user

    anonym = get_anonymous_user()
    personen = [z["person"] for z in client_admin.get(reverse("traeger:rechte")).context["zeilen"]]
    assert anonym not in personen
    assert client_admin.get(reverse("traeger:rechte_person", args=[anonym.pk])).status_code == 404
