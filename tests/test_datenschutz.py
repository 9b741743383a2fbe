"""Data protection: export (Art. 15/20) and erasure (Art. 17) of a person, and consent.

Two people with data in every app: Jördis Wiesenthal-Quast (the one asking) and Otto
Oberländer (everybody else). The export must contain hers from every app and nothing of his;
after erasure, a dump of the whole database (history, log and axes tables included) must not
contain her name, her earlier name, her e-mail addresses, user name or phone number, while
curated records (Angebot, Sitzung, shared Kontakt) are still there.
"""

import io
import json
import logging
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from axes.models import AccessAttempt, AccessLog
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.admin.sites import site
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from guardian.models import UserObjectPermission

from angebote.models import Angebot, Suchwort
from gremien.models import (
    Anhang,
    Aufgabe,
    Beschluss,
    Kalenderzugang,
    Mitgliedschaft,
    Protokollversion,
    Tagesordnungspunkt,
    Teilnahme,
)
from gremien.sitzung.protokoll import protokoll_freigeben
from sozialraum.datenschutz.anfragen import (
    DatenschutzFehler,
    kandidaten,
    loeschen,
    person_aus,
    vorschau,
)
from sozialraum.datenschutz.auskunft import auskunft, auskunft_json
from sozialraum.models import User
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    KontaktFactory,
    SitzungFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.models import (
    Ansprechperson,
    Einrichtung,
    Erinnerung,
    Kontakt,
    TraegerZugehoerigkeit,
)

pytestmark = pytest.mark.django_db

JOERDIS = "Jördis Wiesenthal-Quast"
FRUEHER = "Jördis Quast"
J_MAIL = "j.wiesenthal@beispiel-traeger.de"
J_MAIL_ALT = "jquast@alt-verein.de"
J_TELEFON = "0391 555-7781"
OTTO = "Otto Oberländer"
O_MAIL = "otto.oberlaender@example.org"


def _person(name, benutzername, email, rolle=FACHKRAFT, **extra):
    vorname, nachname = name.split(" ", 1)
    return UserFactory(
        username=benutzername,
        first_name=vorname,
        last_name=nachname,
        email=email,
        rolle=rolle,
        **extra,
    )


@pytest.fixture
def welt(settings, tmp_path):
    """Jördis and Otto, with data in every app."""
    settings.MEDIA_ROOT = tmp_path
    w = SimpleNamespace()
    w.admin = _person(
        "Andrea Albrecht", "admin", "admin@jugendamt.example", JUGENDAMT_ADMINISTRATION
    )
    w.admin.is_staff = True
    w.admin.save()
    w.j = _person(JOERDIS, "jwiesenthal", J_MAIL, telefon=J_TELEFON, funktion="Schulsozialarbeit")
    w.o = _person(OTTO, "ooberlaender", O_MAIL, telefon="0391 555-9999")
    w.t1 = TraegerFactory(name="Kinderhaus Nord e.V.")
    w.t2 = TraegerFactory(name="Jugendwerk Süd gGmbH")
    w.einrichtung = EinrichtungFactory(traeger=w.t1, name="Kinderhaus am Park", email=J_MAIL)

    # Her Ansprechperson record, with an earlier name and address in its history.
    w.ap_j = Ansprechperson.objects.create(
        traeger=w.t1, name=FRUEHER, email=J_MAIL_ALT, telefon=J_TELEFON, funktion="Leitung"
    )
    w.ap_j.name, w.ap_j.email = JOERDIS, J_MAIL
    w.ap_j.oeffentlich, w.ap_j.einwilligung_am = True, timezone.localdate()
    w.ap_j.save()
    w.ap_o = Ansprechperson.objects.create(traeger=w.t2, name=OTTO, email=O_MAIL)

    TraegerZugehoerigkeit.objects.create(user=w.j, traeger=w.t1)
    TraegerZugehoerigkeit.objects.create(user=w.o, traeger=w.t2)
    Erinnerung.objects.create(user=w.j, traeger=w.t1)
    Erinnerung.objects.create(user=w.o, traeger=w.t2)

    w.k_privat = KontaktFactory(
        erfasst_von=w.j, traeger=[w.t2], sichtbarkeit="privat", thema="Idee Ferienfahrt"
    )
    w.k_geteilt = KontaktFactory(
        erfasst_von=w.j, traeger=[w.t2], ansprechpersonen=[w.ap_o], thema="Übergang Hort"
    )
    w.k_ueber = KontaktFactory(
        erfasst_von=w.o,
        traeger=[w.t1],
        ansprechpersonen=[w.ap_j],
        thema="Hospitation",
        notiz=f"{JOERDIS} übernimmt die Übergabe, erreichbar unter {J_MAIL}.",
    )
    # Otto names her as his counterpart at her Träger (a colleague with an account).
    w.k_otto = KontaktFactory(
        erfasst_von=w.o, traeger=[w.t1], kolleginnen=[w.j], thema="Ottos eigener Kontakt"
    )

    w.gremium = GremiumFactory(name="AG 78 Nord")
    w.m_j = Mitgliedschaft.objects.create(gremium=w.gremium, person=w.j, rolle="koordination")
    w.m_o = Mitgliedschaft.objects.create(gremium=w.gremium, person=w.o, traeger=w.t2)
    w.sitzung = SitzungFactory(gremium=w.gremium)
    w.top = Tagesordnungspunkt.objects.create(
        sitzung=w.sitzung,
        titel="Sommerfest",
        verantwortlich=w.j,
        protokoll=f"Frau {JOERDIS} berichtet über das Sommerfest. Otto fragt nach.",
    )
    Beschluss.objects.create(
        sitzung=w.sitzung, text=f"Die Planung übernimmt {JOERDIS.upper()} bis Juni."
    )
    Teilnahme.objects.create(sitzung=w.sitzung, mitgliedschaft=w.m_j)
    Teilnahme.objects.create(sitzung=w.sitzung, mitgliedschaft=w.m_o)
    Aufgabe.objects.create(gremium=w.gremium, sitzung=w.sitzung, was="Einladen", person=w.j)
    Aufgabe.objects.create(gremium=w.gremium, sitzung=w.sitzung, was="Raum buchen", person=w.o)
    protokoll_freigeben(w.sitzung, w.j)
    anhang = Anhang(
        sitzung=w.sitzung,
        name=f"Bericht {JOERDIS}.pdf",
        endung="pdf",
        mime="application/pdf",
        groesse=13,
        hochgeladen_von=w.j,
    )
    anhang.datei.save("egal.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    anhang.save()
    Kalenderzugang.objects.create(user=w.j, token="j" * 40)
    Kalenderzugang.objects.create(user=w.o, token="o" * 40)

    w.angebot = AngebotFactory(
        titel="Elterncafé am Park",
        traeger=w.t1,
        beschreibung=f"Ansprechpartnerin ist {JOERDIS}.",
        email=J_MAIL,
        geprueft_von=w.j,
    )
    w.angebot_o = AngebotFactory(titel="Sportgruppe Süd", traeger=w.t2, email=O_MAIL)
    w.angebot_o._history_user = w.j  # a change she made to someone else's offer
    w.angebot_o.zeiten_hinweis = "nicht in den Ferien"
    w.angebot_o.save()

    typ_user = ContentType.objects.get_for_model(User)
    LogEntry.objects.create(
        user=w.admin,
        content_type=typ_user,
        object_id=str(w.j.pk),
        object_repr=str(w.j),
        action_flag=CHANGE,
        change_message='[{"changed": {"fields": ["E-Mail-Adresse"]}}]',
    )
    LogEntry.objects.create(
        user=w.j,
        content_type=ContentType.objects.get_for_model(w.t2),
        object_id=str(w.t2.pk),
        object_repr=str(w.t2),
        action_flag=CHANGE,
        change_message=json.dumps([{"added": {"name": "Ansprechperson", "object": OTTO}}]),
    )
    for name in ("jwiesenthal", "ooberlaender"):
        AccessAttempt.objects.create(
            username=name,
            ip_address="10.0.0.7",
            user_agent="Firefox",
            http_accept="*/*",
            path_info="/anmelden/",
            get_data="",
            post_data="",
            failures_since_start=1,
        )
        AccessLog.objects.create(
            username=name, ip_address="10.0.0.7", user_agent="Firefox", path_info="/anmelden/"
        )
    for user in (w.j, w.o):
        Client().force_login(user)  # a session each
    return w


def _varianten(text: str) -> set[str]:
    einfach = json.dumps(text)[1:-1]
    return {text.lower(), einfach.lower(), json.dumps(einfach)[1:-1].lower()}


def _enthaelt(dump: str, text: str) -> bool:
    dump = dump.lower()
    return any(v in dump for v in _varianten(text))


def _ihre_person(w):
    return person_aus({"sozialraum.user": [w.j.pk], "traeger.ansprechperson": [w.ap_j.pk]})


def _dump() -> str:
    ausgabe = io.StringIO()
    call_command("dumpdata", stdout=ausgabe)
    return ausgabe.getvalue()


# --- who ---------------------------------------------------------------------------------------


def test_person_kennt_namen_auch_fruehere(welt):
    person = _ihre_person(welt)
    assert {JOERDIS, FRUEHER} <= person.namen
    assert {J_MAIL, J_MAIL_ALT} <= person.emails
    assert "jwiesenthal" in person.exakte_werte


def test_kandidaten_nach_email_und_name(welt):
    vom_konto = kandidaten(person_aus({"sozialraum.user": [welt.j.pk]}))
    assert [(k.label, k.pk) for k in vom_konto] == [("traeger.ansprechperson", welt.ap_j.pk)]
    assert vom_konto[0].grund == "gleiche E-Mail-Adresse"
    von_person = kandidaten(person_aus({"traeger.ansprechperson": [welt.ap_j.pk]}))
    assert [(k.label, k.pk) for k in von_person] == [("sozialraum.user", welt.j.pk)]


def test_unbekannte_datensaetze_deutsch_abgelehnt(welt):
    with pytest.raises(DatenschutzFehler, match="gibt es nicht"):
        person_aus({"sozialraum.user": [999999]})
    with pytest.raises(DatenschutzFehler, match="keine Art von Personendatensatz"):
        person_aus({"traeger.traeger": [welt.t1.pk]})


# --- export --------------------------------------------------------------------------------


def test_auskunft_enthaelt_ihre_daten_aus_jeder_app(welt):
    daten = auskunft(_ihre_person(welt))
    zeilen = daten["daten"]
    pks = {label: {z["pk"] for z in liste} for label, liste in zeilen.items()}
    assert pks["sozialraum.user"] == {welt.j.pk}
    assert pks["traeger.ansprechperson"] == {welt.ap_j.pk}
    assert pks["traeger.kontakt"] == {
        welt.k_privat.pk,
        welt.k_geteilt.pk,
        welt.k_ueber.pk,
        welt.k_otto.pk,  # names her as a colleague
    }
    genannt = next(z for z in zeilen["traeger.kontakt"] if z["pk"] == welt.k_otto.pk)
    assert genannt["bezug"][0] == "Kontakt, in dem die Person als Kollegin genannt ist („mit wem“)"
    assert genannt["felder"]["kolleginnen"] == [
        {"modell": "sozialraum.user", "pk": welt.j.pk, "person": "die Person selbst"}
    ]
    assert genannt["felder"]["erfasst_von"]["person"] == "andere Person"
    assert len(pks["traeger.traegerzugehoerigkeit"]) == 1
    assert len(pks["traeger.erinnerung"]) == 1
    assert pks["gremien.mitgliedschaft"] == {welt.m_j.pk}
    assert len(pks["gremien.teilnahme"]) == 1
    assert len(pks["gremien.aufgabe"]) == 1
    assert pks["gremien.tagesordnungspunkt"] == {welt.top.pk}
    assert len(pks["gremien.protokollversion"]) == 1
    assert len(pks["gremien.anhang"]) == 1
    assert len(pks["gremien.kalenderzugang"]) == 1
    assert pks["angebote.angebot"] == {welt.angebot.pk}
    assert len(pks["axes.accessattempt"]) == 1 and pks["axes.accesslog"]
    assert pks["guardian.userobjectpermission"]  # change_gremium as Koordination
    assert len(pks["admin.logentry"]) == 2  # about her, and by her

    konto = zeilen["sozialraum.user"][0]["felder"]
    assert konto["telefon"] == J_TELEFON and konto["email"] == J_MAIL
    text = auskunft_json(_ihre_person(welt))
    assert konto["password"].startswith("(vorhanden") and welt.j.password not in text
    assert "j" * 40 not in text  # the calendar token neither

    # History: her earlier name, and her change to Otto's offer (when, not what).
    frueher = {h["felder"]["name"] for h in daten["historie"]["traeger.historicalansprechperson"]}
    assert FRUEHER in frueher
    aenderungen = daten["historie"]["angebote.historicalangebot"]
    eigene = [h for h in aenderungen if h["bezug"] == ["Änderung durch die Person"]]
    assert eigene and eigene[0]["felder"]["objekt"] == f"angebote.angebot:{welt.angebot_o.pk}"
    assert "email" not in eigene[0]["felder"]

    # Mentions elsewhere: the decision naming her, her address at the Einrichtung.
    stellen = {(e["modell"], e["feld"]) for e in daten["erwaehnungen"]}
    assert ("gremien.beschluss", "text") in stellen
    assert ("traeger.einrichtung", "email") in stellen


def test_auskunft_enthaelt_nichts_von_anderen(welt):
    text = auskunft_json(_ihre_person(welt))
    for fremd in (OTTO, "Oberländer", O_MAIL, "ooberlaender", "0391 555-9999", "o" * 40):
        assert not _enthaelt(text, fremd), fremd
    daten = json.loads(text)
    geteilt = next(z for z in daten["daten"]["traeger.kontakt"] if z["pk"] == welt.k_geteilt.pk)
    assert geteilt["felder"]["ansprechpersonen"] == [
        {"modell": "traeger.ansprechperson", "person": "andere Person"}
    ]
    ueber = next(z for z in daten["daten"]["traeger.kontakt"] if z["pk"] == welt.k_ueber.pk)
    assert ueber["felder"]["erfasst_von"] == {
        "modell": "sozialraum.user",
        "person": "andere Person",
    }
    assert ueber["felder"]["traeger"][0]["bezeichnung"] == "Kinderhaus Nord e.V."


# --- erasure -------------------------------------------------------------------------------


def test_vorschau_sagt_was_geschieht_und_aendert_nichts(welt):
    vorher = _dump()
    zeilen = " ".join(vorschau(_ihre_person(welt)))
    assert "Das Benutzerkonto wird anonymisiert" in zeilen
    assert "1 Ansprechperson wird mit ihrer Änderungshistorie gelöscht." in zeilen
    assert "Sie verschwindet aus 1 Kontakt („mit wem“); der Kontakt bleibt." in zeilen
    assert "In 1 Kontakt ist sie als Kollegin genannt („mit wem“): dort wird sie entfernt" in zeilen
    assert "1 Kontakt, den sie nur für sich festgehalten hat" in zeilen
    assert "1 geteilter Kontakt bleibt" in zeilen
    assert "1 laufende oder künftige Mitgliedschaft in einem Gremium endet heute" in zeilen
    assert "1 offene Aufgabe bleibt" in zeilen
    assert "„E-Mail für Rückfragen“" in zeilen
    assert "[entfernt]" in zeilen
    assert _dump() == vorher


def test_loeschen_entfernt_sie_ueberall_und_laesst_kuratiertes_stehen(welt, caplog):
    person = _ihre_person(welt)
    with caplog.at_level(logging.INFO, logger="sozialraum.zugang.sicherheit"):
        vorgang, bericht = loeschen(person, ausgefuehrt_von=welt.admin)

    dump = _dump()
    for ihres in (JOERDIS, FRUEHER, J_MAIL, J_MAIL_ALT, J_TELEFON, "jwiesenthal", "Wiesenthal"):
        assert not _enthaelt(dump, ihres), ihres
    # Otto is untouched.
    for seines in (OTTO, O_MAIL, "ooberlaender"):
        assert _enthaelt(dump, seines), seines
    assert Ansprechperson.objects.get(pk=welt.ap_o.pk).name == OTTO

    # Curated records stay, without her.
    angebot = Angebot.objects.get(pk=welt.angebot.pk)
    assert angebot.email == "" and angebot.beschreibung == "Ansprechpartnerin ist [entfernt]."
    assert "wiesenthal" not in angebot.suchtext
    # Nor in the vocabulary, her hyphenated name as one word included.
    assert not Suchwort.objects.filter(wort__in=["wiesenthal", "wiesenthalquast"]).exists()
    assert Einrichtung.objects.get(pk=welt.einrichtung.pk).email == ""
    konto = User.objects.get(pk=welt.j.pk)
    assert str(konto) == "Gelöschte Person"
    assert not konto.is_active and not konto.has_usable_password() and not konto.groups.exists()
    assert Kontakt.objects.get(pk=welt.k_geteilt.pk).erfasst_von_id == konto.pk
    assert not Kontakt.objects.filter(pk=welt.k_privat.pk).exists()
    assert not Kontakt.history.filter(id=welt.k_privat.pk).exists()
    ueber = Kontakt.objects.get(pk=welt.k_ueber.pk)
    assert list(ueber.ansprechpersonen.all()) == []
    assert Kontakt.objects.get(pk=welt.k_otto.pk).kolleginnen.count() == 0  # the contact stays
    assert "Als Kollegin aus Kontakten entfernt: 1." in bericht
    assert ueber.notiz == "[entfernt] übernimmt die Übergabe, erreichbar unter [entfernt]."
    assert not Ansprechperson.objects.filter(pk=welt.ap_j.pk).exists()
    assert not Ansprechperson.history.filter(id=welt.ap_j.pk).exists()
    assert Mitgliedschaft.objects.get(pk=welt.m_j.pk).bis == timezone.localdate()
    assert Teilnahme.objects.filter(mitgliedschaft=welt.m_j).count() == 1
    assert Aufgabe.objects.filter(person=konto).count() == 1
    version = Protokollversion.objects.get(sitzung=welt.sitzung)
    assert version.freigegeben_von_id == konto.pk
    assert version.inhalt["aufgaben"][0]["wer"] == "[entfernt]"
    assert Tagesordnungspunkt.objects.get(pk=welt.top.pk).protokoll.startswith("Frau [entfernt]")
    assert (
        Beschluss.objects.get(sitzung=welt.sitzung).text
        == "Die Planung übernimmt [entfernt] bis Juni."
    )
    assert Anhang.objects.get().name == "Bericht [entfernt].pdf"
    assert not Kalenderzugang.objects.filter(user=konto).exists()
    assert not TraegerZugehoerigkeit.objects.filter(user=konto).exists()
    assert not Erinnerung.objects.filter(user=konto).exists()
    assert not UserObjectPermission.objects.filter(user=konto).exists()
    assert not AccessAttempt.objects.exclude(username="ooberlaender").exists()
    assert AccessLog.objects.filter(username="ooberlaender").exists()
    assert Angebot.history.filter(history_user=konto).count() == 0
    eigene = [
        s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(konto.pk)
    ]
    assert eigene == []
    assert (
        LogEntry.objects.get(object_id=str(konto.pk), content_type__model="user").object_repr
        == "[entfernt]"
    )

    # The security log names the admin and a reference, never her.
    zeilen = [r.getMessage() for r in caplog.records if "personendaten_geloescht" in r.getMessage()]
    assert len(zeilen) == 1 and f"vorgang={vorgang}" in zeilen[0] and "benutzer=admin" in zeilen[0]
    assert not any(
        _enthaelt(r.getMessage(), JOERDIS) or J_MAIL in r.getMessage() for r in caplog.records
    )
    assert any("Ansprechpersonen mit Historie gelöscht" in z for z in bericht)


def test_namensvetter_und_einwortnamen_bleiben_unberuehrt(welt):
    vetter = Ansprechperson.objects.create(
        traeger=welt.t2, name=JOERDIS, email="andere@example.org"
    )
    sekretariat = Ansprechperson.objects.create(traeger=welt.t1, name="Sekretariat")
    anderes = Ansprechperson.objects.create(traeger=welt.t2, name="Sekretariat")
    loeschen(person_aus({"traeger.ansprechperson": [welt.ap_j.pk, sekretariat.pk]}))
    assert Ansprechperson.objects.get(pk=vetter.pk).name == JOERDIS
    assert Ansprechperson.objects.get(pk=anderes.pk).name == "Sekretariat"
    assert Ansprechperson.history.filter(id=vetter.pk, name=JOERDIS).exists()
    assert Angebot.objects.get(pk=welt.angebot.pk).titel == "Elterncafé am Park"


def test_eigenes_konto_und_superuser_geschuetzt(welt):
    with pytest.raises(DatenschutzFehler, match="eigene Benutzerkonto"):
        loeschen(person_aus({"sozialraum.user": [welt.admin.pk]}), ausgefuehrt_von=welt.admin)
    chef = UserFactory(username="chef", is_superuser=True, is_staff=True)
    with pytest.raises(DatenschutzFehler, match="nur ein Superuser"):
        loeschen(person_aus({"sozialraum.user": [chef.pk]}), ausgefuehrt_von=welt.admin)
    assert User.objects.get(pk=chef.pk).is_active


# --- admin ---------------------------------------------------------------------------------


def _aktion(client, url, aktion, pk, **daten):
    return client.post(
        url, {"action": aktion, "_selected_action": [pk], "index": 0, **daten}, follow=False
    )


def test_aktionen_nur_fuer_jugendamt_administration(welt, rf):
    redaktion = UserFactory(username="redaktion", is_staff=True)
    for admin_klasse, modell in (
        (site._registry[User], User),
        (site._registry[Ansprechperson], Ansprechperson),
    ):
        for user, erwartet in ((welt.admin, True), (redaktion, False)):
            anfrage = rf.get("/")
            anfrage.user = user
            namen = set(admin_klasse.get_actions(anfrage))
            assert ("personendaten_loeschen" in namen) is erwartet, (modell, user)
            assert ("personendaten_auskunft" in namen) is erwartet


def test_admin_auskunft_mit_gewaehltem_zweiten_datensatz(welt, client, caplog):
    client.force_login(welt.admin)
    url = reverse("admin:sozialraum_user_changelist")
    seite = _aktion(client, url, "personendaten_auskunft", welt.j.pk)
    assert seite.status_code == 200
    inhalt = seite.content.decode()
    assert "Auskunft über die Person: Datensätze wählen" in inhalt
    assert f'value="traeger.ansprechperson:{welt.ap_j.pk}"' in inhalt
    with caplog.at_level(logging.INFO, logger="sozialraum.zugang.sicherheit"):
        datei = _aktion(
            client,
            url,
            "personendaten_auskunft",
            welt.j.pk,
            schritt="export",
            weitere=[f"traeger.ansprechperson:{welt.ap_j.pk}", f"sozialraum.user:{welt.o.pk}"],
        )
    assert datei.status_code == 200
    assert datei["Content-Type"].startswith("application/json")
    assert datei["Content-Disposition"].startswith('attachment; filename="personendaten-')
    daten = json.loads(datei.content)
    # Otto was no candidate, so smuggling him in does nothing.
    assert daten["person"]["datensaetze"] == [
        {"modell": "sozialraum.user", "pk": welt.j.pk},
        {"modell": "traeger.ansprechperson", "pk": welt.ap_j.pk},
    ]
    assert any("personendaten_auskunft benutzer=admin" in r.getMessage() for r in caplog.records)


def test_admin_loeschen_mit_zusammenfassung_und_bestaetigung(welt, client):
    client.force_login(welt.admin)
    url = reverse("admin:traeger_ansprechperson_changelist")
    weitere = {"weitere": [f"sozialraum.user:{welt.j.pk}"]}
    zusammenfassung = _aktion(
        client, url, "personendaten_loeschen", welt.ap_j.pk, schritt="vorschau", **weitere
    )
    assert zusammenfassung.status_code == 200
    inhalt = zusammenfassung.content.decode()
    assert "Was die Löschung bewirkt" in inhalt and "Endgültig löschen" in inhalt
    assert "Beschluss" in inhalt  # the table of places in free text

    ohne_haken = _aktion(
        client, url, "personendaten_loeschen", welt.ap_j.pk, schritt="loeschen", **weitere
    )
    assert ohne_haken.status_code == 200 and "ohne das Häkchen" in ohne_haken.content.decode()
    assert Ansprechperson.objects.filter(pk=welt.ap_j.pk).exists()

    fertig = _aktion(
        client,
        url,
        "personendaten_loeschen",
        welt.ap_j.pk,
        schritt="loeschen",
        bestaetigt="ja",
        **weitere,
    )
    assert fertig.status_code == 302
    assert not Ansprechperson.objects.filter(pk=welt.ap_j.pk).exists()
    assert not User.objects.get(pk=welt.j.pk).is_active
    meldungen = [str(m) for m in fertig.wsgi_request._messages]
    assert any("gelöscht bzw. anonymisiert (Vorgang" in m for m in meldungen)


def test_admin_nur_ein_datensatz_je_anfrage(welt, client):
    client.force_login(welt.admin)
    url = reverse("admin:sozialraum_user_changelist")
    antwort = client.post(
        url,
        {
            "action": "personendaten_loeschen",
            "_selected_action": [welt.j.pk, welt.o.pk],
            "index": 0,
        },
        follow=True,
    )
    assert "Bitte genau einen Datensatz auswählen" in antwort.content.decode()
    assert User.objects.get(pk=welt.j.pk).is_active


def test_admin_eigenes_konto_deutsche_meldung(welt, client):
    client.force_login(welt.admin)
    url = reverse("admin:sozialraum_user_changelist")
    antwort = _aktion(
        client, url, "personendaten_loeschen", welt.admin.pk, schritt="loeschen", bestaetigt="ja"
    )
    assert antwort.status_code == 302
    assert User.objects.get(pk=welt.admin.pk).is_active


# --- command -------------------------------------------------------------------------------


def test_befehl_suchen_export_loeschen(welt, tmp_path):
    ausgabe = io.StringIO()
    call_command("personendaten", "suchen", "--email", J_MAIL.upper(), stdout=ausgabe)
    assert f"sozialraum.user:{welt.j.pk}" in ausgabe.getvalue()
    assert f"traeger.ansprechperson:{welt.ap_j.pk}" in ausgabe.getvalue()

    datei = tmp_path / "auskunft.json"
    call_command(
        "personendaten", "export", "--email", J_MAIL, "-o", str(datei), stderr=io.StringIO()
    )
    daten = json.loads(datei.read_text(encoding="utf-8"))
    assert {d["modell"] for d in daten["person"]["datensaetze"]} == {
        "sozialraum.user",
        "traeger.ansprechperson",
    }

    with pytest.raises(CommandError, match="ohne Terminal bitte --ja"):
        call_command("personendaten", "loeschen", "--benutzer", "jwiesenthal", stderr=io.StringIO())
    assert User.objects.get(pk=welt.j.pk).is_active

    ausgabe = io.StringIO()
    call_command(
        "personendaten",
        "loeschen",
        "--benutzer",
        "jwiesenthal",
        "--datensatz",
        f"traeger.ansprechperson:{welt.ap_j.pk}",
        "--ja",
        stdout=ausgabe,
        stderr=io.StringIO(),
    )
    assert "Gelöscht bzw. anonymisiert (Vorgang" in ausgabe.getvalue()
    assert not _enthaelt(_dump(), J_MAIL)


def test_befehl_fehler_auf_deutsch(welt):
    with pytest.raises(CommandError, match="„niemand“ gibt es nicht"):
        call_command("personendaten", "export", "--benutzer", "niemand")
    with pytest.raises(CommandError, match=r"erwartet APP\.MODELL:ID"):
        call_command("personendaten", "export", "--datensatz", "traeger.ansprechperson")
    with pytest.raises(CommandError, match="Keine Datensätze gefunden"):
        call_command("personendaten", "export", "--email", "unbekannt@example.org")


# --- consent on the pages ------------------------------------------------------------------


@pytest.fixture
def personen_am_traeger(db):
    traeger = TraegerFactory()
    ort = EinrichtungFactory(traeger=traeger)
    oeffentlich = Ansprechperson.objects.create(
        traeger=traeger,
        einrichtung=ort,
        name="Petra Publik",
        oeffentlich=True,
        einwilligung_am=timezone.localdate(),
    )
    intern = Ansprechperson.objects.create(traeger=traeger, einrichtung=ort, name="Ingo Intern")
    # Set by an import that skipped the model's clean(): public without recorded consent.
    ohne = Ansprechperson.objects.create(
        traeger=traeger, einrichtung=ort, name="Olga Ohnedatum", oeffentlich=True
    )
    return traeger, ort, oeffentlich, intern, ohne


def test_ohne_rolle_nur_ansprechpersonen_mit_einwilligung(client, personen_am_traeger):
    traeger, ort, *_ = personen_am_traeger
    client.force_login(UserFactory(username="ohne-rolle"))
    for url in (traeger.get_absolute_url(), ort.get_absolute_url()):
        inhalt = client.get(url).content.decode()
        assert "Petra Publik" in inhalt
        assert "Ingo Intern" not in inhalt and "Olga Ohnedatum" not in inhalt


def test_mit_rolle_alle_ansprechpersonen_intern_markiert(client_fachkraft, personen_am_traeger):
    traeger, ort, *_ = personen_am_traeger
    for url in (traeger.get_absolute_url(), ort.get_absolute_url()):
        inhalt = client_fachkraft.get(url).content.decode()
        assert "Petra Publik" in inhalt and "Ingo Intern" in inhalt
        assert "intern" in inhalt


def test_anonym_keine_ansprechpersonen(client, personen_am_traeger):
    traeger, ort, *_ = personen_am_traeger
    for url in (traeger.get_absolute_url(), ort.get_absolute_url()):
        antwort = client.get(url)
        assert antwort.status_code == 302 and antwort["Location"].startswith("/anmelden/")


# --- inventory -----------------------------------------------------------------------------

PROJEKT_APPS = ("sozialraum", "traeger", "angebote", "gremien")
VERZEICHNIS = Path(__file__).resolve().parent.parent / "docs" / "datenschutz.md"


def _projektmodelle():
    for app in PROJEKT_APPS:
        for modell in apps.get_app_config(app).get_models():
            if not hasattr(modell, "instance_type"):  # history models follow their model
                yield modell


def test_jedes_modell_im_verzeichnis():
    """docs/datenschutz.md classifies every model: a new one without an entry fails here."""
    text = VERZEICHNIS.read_text(encoding="utf-8")
    fehlend = [m._meta.label for m in _projektmodelle() if f"`{m._meta.label}" not in text]
    assert not fehlend, f"In docs/datenschutz.md fehlen: {', '.join(fehlend)}"


KLIENTENFELDER = re.compile(
    r"klient|client|fallnummer|fall_id|aktenzeichen|geburt|diagnose|sozialdaten|hilfeplan|"
    r"kind_name|kindname|patient"
)


def test_kein_feld_fuer_klientendaten():
    """The registry never stores data about clients or cases: no model may grow such a field."""
    verdaechtig = [
        f"{m._meta.label}.{f.name}"
        for m in _projektmodelle()
        for f in m._meta.get_fields()
        if KLIENTENFELDER.search(f.name.lower())
    ]
    assert not verdaechtig, verdaechtig


def test_loeschen_beendet_auch_sitzungen_mit_aufbewahrten_eingaben(db):
    """After an idle logout her typed input waits in an anonymous session for her next login
    (sozialraum/zugang/sitzung.py); an erasure removes it as well, not only her logged-in sessions."""
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session

    from sozialraum.zugang.sitzung import ABGELAUFEN_FUER, EINGABEN

    jo = _person("Jördis Ohm", "jo", "jo@example.org")
    andere = _person("Otto Ohr", "otto", "otto@example.org")
    for daten in (
        {ABGELAUFEN_FUER: "jo"},
        {EINGABEN: [{"benutzer": "jo", "seite": "/x/", "daten": {"notiz": "geheim"}}]},
        {EINGABEN: [{"benutzer": "otto", "seite": "/x/", "daten": {}}]},
    ):
        sitzung = SessionStore()
        sitzung.update(daten)
        sitzung.create()

    loeschen(person_aus({"sozialraum.user": [jo.pk]}), ausgefuehrt_von=andere)

    uebrig = [s.get_decoded() for s in Session.objects.all()]
    assert uebrig == [{EINGABEN: [{"benutzer": "otto", "seite": "/x/", "daten": {}}]}]


def test_loeschen_beendet_delegationen_und_vertretungen_wie_die_mitgliederseite(welt):
    """Her memberships end as the members page ends them: the delegation her membership
    sent into another Gremium, and the stand-ins of others for her, end with them; a
    membership of someone else that does not hang on hers runs on."""
    heute = timezone.localdate()
    lenkrunde = GremiumFactory(name="Lenkrunde Nord")
    delegation = Mitgliedschaft.objects.create(
        gremium=lenkrunde, person=welt.j, entsandt_von=welt.m_j
    )
    fuer_delegation = Mitgliedschaft.objects.create(
        gremium=lenkrunde, person=welt.o, rolle="vertretung", vertretung_fuer=delegation
    )
    fuer_sie = Mitgliedschaft.objects.create(
        gremium=welt.gremium, person=welt.o, rolle="vertretung", vertretung_fuer=welt.m_j
    )
    ottos_eigene = Mitgliedschaft.objects.create(gremium=lenkrunde, person=welt.o)
    person = _ihre_person(welt)
    assert "2 Delegationen oder Vertretungen anderer Personen hängen an ihren" in " ".join(
        vorschau(person)
    )

    _vorgang, bericht = loeschen(person, ausgefuehrt_von=welt.admin)

    for m in (welt.m_j, delegation, fuer_delegation, fuer_sie):
        assert Mitgliedschaft.objects.get(pk=m.pk).bis == heute, m
    assert Mitgliedschaft.objects.get(pk=ottos_eigene.pk).bis is None
    assert "Mitgliedschaften beendet: 2." in bericht
    assert "Davon abhängige Delegationen und Vertretungen anderer beendet: 2." in bericht
    grund = Mitgliedschaft.history.filter(id=fuer_sie.pk).latest("history_date")
    assert grund.history_change_reason == "endet mit der Mitgliedschaft, von der sie abhängt"
