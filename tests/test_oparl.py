"""OParl 1.1 at /oparl/v1/ (gremien/oparl/, docs/oparl.md): every object of a small world
validates against its schema, only public Gremien and released minutes leave, persons
never, anonymous callers only with OFFENE_DATEN, lists page and filter as OParl says."""

import json
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from sozialraum.zugang.schluessel import schluessel_anlegen
from tests.factories import UserFactory
from tests.oparl_welt import GEHEIM, PDF, pruefen, seite_pruefen, welt_bauen

pytestmark = pytest.mark.django_db

SYSTEM = "/oparl/v1/"


@pytest.fixture
def welt(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return welt_bauen()


@pytest.fixture
def offen(settings):
    settings.OFFENE_DATEN = True


def holen(client, url: str):
    """GET an OParl URL (absolute, as the objects give them); the JSON, after checking
    status and type."""
    antwort = client.get(url)
    assert antwort.status_code == 200, (url, antwort.status_code, antwort.content[:300])
    assert antwort["Content-Type"] == "application/json"
    return antwort.json()


def alle_seiten(client, url: str) -> list[dict]:
    """Every object of a list, following ``next``; each page checked for its shape."""
    objekte, naechste, seiten = [], url, 0
    while naechste:
        seite = holen(client, naechste)
        seite_pruefen(seite)
        objekte += seite["data"]
        naechste = seite["links"].get("next")
        seiten += 1
        assert seiten < 50
    return objekte


LISTEN = (
    "organization",
    "person",
    "meeting",
    "paper",
    "agendaItem",
    "consultation",
    "file",
    "locationList",
    "legislativeTermList",
    "membership",
)


def durchwandern(client) -> dict[str, dict]:
    """Everything reachable from the System, small pages (2 per page) to walk the links;
    each object validated, and fetched at its id (it must be the same there)."""
    system = holen(client, SYSTEM)
    pruefen(system)
    gesehen = {system["id"]: system}
    for body in alle_seiten(client, system["body"] + "?elementsPerPage=2"):
        pruefen(body)
        assert holen(client, body["id"]) == body
        gesehen[body["id"]] = body
        for liste in LISTEN:
            for objekt in alle_seiten(client, body[liste] + "?elementsPerPage=2"):
                pruefen(objekt)
                einzeln = holen(client, objekt["id"])
                assert einzeln == objekt, objekt["id"]
                gesehen[objekt["id"]] = objekt
                for inneres in objekt.get("agendaItem", []) + objekt.get("auxiliaryFile", []):
                    if isinstance(inneres, dict):
                        pruefen(holen(client, inneres["id"]))
    return gesehen


def test_alles_valide_und_unter_seiner_id(client, welt, offen):
    gesehen = durchwandern(client)
    typen = {o["type"].rsplit("/", 1)[-1] for o in gesehen.values()}
    assert typen == {
        "System",
        "Body",
        "Organization",
        "Membership",
        "Person",
        "Meeting",
        "AgendaItem",
        "File",
        "Location",
    }
    # Public Gremien only: both of Jugendamt a (the city-wide one in every Body) and b.
    namen = {o["name"] for o in gesehen.values() if o["type"].endswith("/Organization")}
    assert namen == {"AG 78 Oparl", "Stadtweite Konferenz", "AG B"}
    alles = json.dumps(gesehen, ensure_ascii=False).lower()
    for wort in GEHEIM:
        assert wort not in alles, wort


def test_sitzung_mit_freigegebenem_protokoll(client, welt, offen):
    sitzung = holen(client, reverse("oparl:meeting", args=[welt["sitzung"].pk]))
    # The meeting, its place, 3 agenda items, a file of an item and one of the meeting.
    assert pruefen(sitzung) == 1 + 1 + 3 + 1 + 1
    assert sitzung["meetingState"] == "durchgeführt"
    assert sitzung["cancelled"] is False
    assert sitzung["location"]["room"] == "Raum 3"
    assert sitzung["location"]["geojson"]["geometry"]["coordinates"] == [13.4, 52.5]
    assert [(t["number"], t["order"], t["name"]) for t in sitzung["agendaItem"]] == [
        ("1", 1, "Bericht"),
        ("1.1", 2, "Nachfrage"),
        ("2", 3, "Verschiedenes"),
    ]
    bericht = sitzung["agendaItem"][0]
    assert bericht["resolutionText"] == (
        "Der Bericht wurde gehört.\n\nBeschluss: Das Budget wird geteilt. (Ja: 5, Nein: 1)"
    )
    assert "meeting" not in bericht  # inside its meeting: no back reference
    assert [f["fileName"] for f in bericht["auxiliaryFile"]] == ["Bericht.pdf"]
    assert [f["name"] for f in sitzung["auxiliaryFile"]] == ["Präsentation"]
    # The item after the release changed without a new version: not out before the next.
    assert "resolutionText" not in sitzung["agendaItem"][1]


def test_entwurf_ohne_protokoll(client, welt, offen):
    sitzung = holen(client, reverse("oparl:meeting", args=[welt["entwurf"].pk]))
    assert [t["name"] for t in sitzung["agendaItem"]] == ["Planung"]
    assert "resolutionText" not in sitzung["agendaItem"][0]
    assert "location" not in holen(client, reverse("oparl:meeting", args=[welt["ohne_ort"].pk]))
    top = holen(client, reverse("oparl:agenda_item", args=[welt["entwurf_top"].pk]))
    assert top["meeting"].endswith(reverse("oparl:meeting", args=[welt["entwurf"].pk]))
    assert "Entwurfsgeheimnis" not in json.dumps(top, ensure_ascii=False)


def test_person_nur_mit_einwilligung(client, welt, offen):
    """A member is named only where her membership records her consent; the others'
    memberships go out without a person, and their names nowhere."""
    body = reverse("oparl:body", args=[welt["amt_a"].pk])
    personen = holen(client, body + "person/")["data"]
    assert [p["name"] for p in personen] == ["Nora Offen"]
    (person,) = personen
    pruefen(person)
    assert person["familyName"] == "Offen"
    assert [m["id"] for m in person["membership"]] == [
        f"http://testserver{reverse('oparl:membership', args=[welt['mitgliedschaft_benannt'].pk])}"
    ]
    mitgliedschaft = holen(client, reverse("oparl:membership", args=[welt["mitgliedschaft"].pk]))
    assert "person" not in mitgliedschaft
    assert mitgliedschaft["role"] == "Koordination"
    assert mitgliedschaft["startDate"] == "2024-01-01"
    benannt = holen(client, reverse("oparl:membership", args=[welt["mitgliedschaft_benannt"].pk]))
    assert benannt["person"] == person["id"]
    # Without consent (or once it is withdrawn) there is no such person.
    assert client.get(reverse("oparl:person", args=[welt["koordination"].pk])).status_code == 404
    welt["mitgliedschaft_benannt"].name_oeffentlich = False
    welt["mitgliedschaft_benannt"].save()
    assert client.get(person["id"]).status_code == 404
    assert holen(client, body + "person/")["data"] == []


@pytest.mark.parametrize("sichtbarkeit", ["fachkraefte", "mitglieder"])
def test_nicht_oeffentliches_gibt_es_nicht(client, welt, offen, sichtbarkeit):
    intern = welt[f"intern_{sichtbarkeit}"]
    urls = [
        reverse("oparl:organization", args=[intern["gremium"].pk]),
        reverse("oparl:organization_meeting", args=[intern["gremium"].pk]),
        reverse("oparl:membership", args=[intern["mitgliedschaft"].pk]),
        reverse("oparl:meeting", args=[intern["sitzung"].pk]),
        reverse("oparl:agenda_item", args=[intern["top"].pk]),
        reverse("oparl:location", args=[intern["sitzung"].pk]),
        reverse("oparl:file", args=[intern["anhang"].uid]),
        reverse("oparl:file_download", args=[intern["anhang"].uid]),
    ]
    for url in urls:
        antwort = client.get(url)
        assert antwort.status_code == 404, url
        assert antwort.json()["detail"].startswith("Dies")
        assert "interngeheimnis" not in antwort.text.lower()


def test_anonym_nur_mit_offenen_daten(client, welt, settings):
    """As every API of the registry: a login or a personal token, or OFFENE_DATEN."""
    urls = [
        SYSTEM,
        reverse("oparl:body_meeting", args=[welt["amt_a"].pk]),
        reverse("oparl:meeting", args=[welt["sitzung"].pk]),
        reverse("oparl:file_download", args=[welt["anhang"].uid]),
    ]
    settings.OFFENE_DATEN = False
    for url in urls:
        antwort = client.get(url)
        assert antwort.status_code == 401, url
        assert antwort["WWW-Authenticate"].startswith("Bearer")
        assert "Anmeldung erforderlich" in antwort.json()["detail"]
    # Logged in, the same content as anonymous callers get with open data; a token too.
    client.force_login(UserFactory())
    angemeldet = [client.get(url) for url in urls]
    assert all(a.status_code == 200 for a in angemeldet)
    assert "Access-Control-Allow-Origin" not in angemeldet[0]
    client.logout()
    _schluessel, token = schluessel_anlegen(UserFactory(), "OParl-Test")
    mit_token = client.get(urls[2], HTTP_AUTHORIZATION=f"Bearer {token}")
    assert mit_token.json() == angemeldet[2].json()
    settings.OFFENE_DATEN = True
    offen_ = [client.get(url) for url in urls]
    assert [a.json() for a in offen_[:3]] == [a.json() for a in angemeldet[:3]]
    assert offen_[0]["Access-Control-Allow-Origin"] == "*"


def test_datei_als_download(client, welt, offen):
    datei = holen(client, reverse("oparl:file", args=[welt["anhang"].uid]))
    assert datei["accessUrl"] == datei["downloadUrl"]
    antwort = client.get(urlsplit(datei["downloadUrl"]).path)
    assert antwort.status_code == 200
    assert b"".join(antwort.streaming_content) == PDF
    assert antwort["Content-Disposition"].startswith("attachment")
    assert antwort["X-Content-Type-Options"] == "nosniff"
    assert antwort["Content-Security-Policy"] == "sandbox; default-src 'none'"
    welt["anhang"].datei.delete(save=False)
    fehlt = client.get(urlsplit(datei["downloadUrl"]).path)
    assert fehlt.status_code == 404
    assert "nicht mehr vorhanden" in fehlt.json()["detail"]


def test_ein_body_je_jugendamt(client, welt, offen):
    def namen(amt):
        url = reverse("oparl:body_organization", args=[welt[amt].pk])
        return {o["name"]: o.get("body") for o in holen(client, url)["data"]}

    a, b = namen("amt_a"), namen("amt_b")
    assert set(a) == {"AG 78 Oparl", "Stadtweite Konferenz"}
    assert set(b) == {"AG B", "Stadtweite Konferenz"}
    assert a["AG 78 Oparl"].endswith(reverse("oparl:body", args=[welt["amt_a"].pk]))
    # City-wide: in every Body's list, and with several Jugendämter no single "body".
    assert a["Stadtweite Konferenz"] is None
    assert holen(client, SYSTEM)["body"].endswith(reverse("oparl:body_list"))
    assert holen(client, reverse("oparl:body_list"))["pagination"]["totalElements"] == 2


def test_system_ist_json(client, welt, offen):
    antwort = client.get(SYSTEM)
    assert antwort["Content-Type"] == "application/json"
    system = antwort.json()
    assert system["oparlVersion"] == "https://schema.oparl.org/1.1/"
    assert system["type"] == "https://schema.oparl.org/1.1/System"
    assert client.post(SYSTEM).status_code == 405


def _kwargs(welt, name: str) -> dict:
    if name in ("system", "body_list"):
        return {}
    if name.startswith("body"):
        return {"pk": welt["amt_a"].pk}
    if name.startswith("file"):
        return {"uid": welt["anhang"].uid}
    objekte = {
        "organization": welt["gremium"],
        "organization_meeting": welt["gremium"],
        "membership": welt["mitgliedschaft"],
        "person": welt["benannt"],
        "meeting": welt["sitzung"],
        "location": welt["sitzung"],
        "agenda_item": welt["top"],
    }
    return {"pk": objekte[name].pk}


@pytest.mark.parametrize("offene_daten", [False, True])
def test_jede_oparl_url_anonym(client, welt, settings, offene_daten):
    """Every OParl URL, anonymous: 401 without open data, the public object with it."""
    from gremien.oparl.urls import urlpatterns

    settings.OFFENE_DATEN = offene_daten
    assert len(urlpatterns) == 22
    for muster in urlpatterns:
        antwort = client.get(reverse(f"oparl:{muster.name}", kwargs=_kwargs(welt, muster.name)))
        assert antwort.status_code == (200 if offene_daten else 401), muster.name


def test_unterpunkt_eines_unterpunkts(client, welt, offen):
    """Made possible by editing an item that has sub-items: no place on the agenda, but
    no error either."""
    from gremien.models import Tagesordnungspunkt

    enkel = Tagesordnungspunkt.objects.create(
        sitzung=welt["sitzung"], eltern=welt["unter"], titel="Tief unten"
    )
    top = holen(client, reverse("oparl:agenda_item", args=[enkel.pk]))
    pruefen(top)
    assert top["number"] == ""
    liste = holen(client, reverse("oparl:body_agenda_item", args=[welt["amt_a"].pk]))
    assert enkel.pk in {int(t["id"].rstrip("/").rsplit("/", 1)[-1]) for t in liste["data"]}


def test_schemas_sind_gueltig():
    """The vendored files are unchanged copies of the specification's; ours (System, Body)
    say so; all are valid JSON Schema."""
    from jsonschema import Draft202012Validator

    from tests.oparl_welt import SCHEMAORDNER, schema

    for datei in sorted(SCHEMAORDNER.glob("*.json")):
        definition = schema(datei.stem)
        Draft202012Validator.check_schema(definition)
        eigenes = datei.stem in ("System", "Body")
        assert ("Sozialraum-Register" in definition.get("$comment", "")) == eigenes, datei.name


def test_loeschung_der_person_nimmt_ihren_namen_heraus(client, welt, offen):
    """An erased person (data-protection request) leaves the open data: her consent ends."""
    from sozialraum.datenschutz.anfragen import loeschen, person_aus

    body = reverse("oparl:body", args=[welt["amt_a"].pk])
    assert len(holen(client, body + "person/")["data"]) == 1
    loeschen(person_aus({"sozialraum.user": [welt["benannt"].pk]}))
    assert holen(client, body + "person/")["data"] == []
    assert "Nora" not in client.get(body + "membership/").text


def test_ohne_namen_keine_person(client, welt, offen):
    """Consent covers her name; an account without one is not published under its login."""
    benannt = welt["benannt"]
    benannt.first_name = benannt.last_name = ""
    benannt.save()
    body = reverse("oparl:body", args=[welt["amt_a"].pk])
    assert holen(client, body + "person/")["data"] == []
    mitgliedschaft = reverse("oparl:membership", args=[welt["mitgliedschaft_benannt"].pk])
    assert "person" not in holen(client, mitgliedschaft)
    assert benannt.username not in client.get(body + "membership/").text
