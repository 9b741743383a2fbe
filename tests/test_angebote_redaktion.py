"""Editing offers in the normal UI and the Jugendamt's review of the Redaktionen's changes.

Personas: Rita and Rosa keep the offers of Kinderhaus Regenbogen (guardian right on the
Träger), Vera those of another Träger, Anna is Jugendamt-Administration (publishes directly
and reviews), Fred a Fachkraft, Kemal Sozialraumkoordination.
"""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from guardian.shortcuts import assign_perm

from angebote.demo.angebote import vorschlaege_laden
from angebote.models import Aenderungsvorschlag, Angebot, Kategorie, Zielgruppe
from angebote.redaktion import pruefung
from angebote.redaktion.werte import werte_von
from sozialraum.werkzeuge.konflikt import Ueberholt
from sozialraum.zugang.rollen import (
    FACHKRAFT,
    JUGENDAMT_ADMINISTRATION,
    SOZIALRAUMKOORDINATION,
    TRAEGER_REDAKTION,
)
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    TraegerFactory,
    TraegerZugehoerigkeitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kinderhaus():
    return TraegerFactory(name="Kinderhaus Regenbogen e.V.")


@pytest.fixture
def anderer():
    return TraegerFactory(name="Anderer Träger e.V.")


@pytest.fixture
def personen(kinderhaus, anderer):
    def redaktion(name, traeger):
        user = UserFactory(
            username=name, first_name=name.title(), last_name="Roth", rolle=TRAEGER_REDAKTION
        )
        assign_perm("traeger.change_traeger", user, traeger)
        return user

    return {
        "rita": redaktion("rita", kinderhaus),
        "rosa": redaktion("rosa", kinderhaus),
        "vera": redaktion("vera", anderer),
        "anna": UserFactory(
            username="anna",
            first_name="Andrea",
            last_name="Albrecht",
            is_staff=True,
            rolle=JUGENDAMT_ADMINISTRATION,
        ),
        "fred": UserFactory(username="fred", rolle=FACHKRAFT),
        "kemal": UserFactory(username="kemal", rolle=SOZIALRAUMKOORDINATION),
    }


@pytest.fixture
def ort(kinderhaus):
    return EinrichtungFactory(traeger=kinderhaus, name="Kinderhaus am Park")


@pytest.fixture
def krabbelgruppe(kinderhaus, ort):
    return AngebotFactory(
        titel="Krabbelgruppe",
        beschreibung="Spielen und Singen für die Kleinsten.",
        traeger=kinderhaus,
        einrichtungen=[ort],
        kategorien=[Kategorie.objects.get(slug="fruehe-hilfen")],
        zielgruppen=[Zielgruppe.objects.get(slug="kleinkinder")],
        zeiten=[(1, "09:30", "11:00")],
        alter_von=0,
        alter_bis=3,
        zuletzt_geprueft=datetime.date(2024, 5, 1),
    )


def als(client, user):
    client.force_login(user)
    return client


def formulardaten(antwort, **aenderungen) -> dict:
    """The POST data of the edit form as shown, with ``aenderungen`` applied."""
    form, zeiten = antwort.context["form"], antwort.context["zeiten"]
    daten = {}
    for name in form.fields:
        wert = form[name].value()
        if wert is None or wert is False or wert == "":
            continue
        if isinstance(wert, list | tuple):
            daten[name] = [str(getattr(w, "pk", w)) for w in wert]
        elif wert is True:
            daten[name] = "on"
        else:
            daten[name] = str(wert)
    for name, feld in zeiten.management_form.fields.items():
        daten[f"zeiten-{name}"] = str(zeiten.management_form[name].value() or feld.initial or 0)
    for zeile in zeiten:
        for name in ("wochentag", "von", "bis"):
            wert = zeile[name].value()
            if wert not in (None, ""):
                daten[zeile.add_prefix(name)] = str(wert)
    for name, wert in aenderungen.items():
        if wert is None:
            daten.pop(name, None)
        else:
            daten[name] = wert
    return daten


def bearbeiten(client, user, angebot, **aenderungen):
    als(client, user)
    url = reverse("angebote:bearbeiten", args=[angebot.pk])
    return client.post(url, formulardaten(client.get(url), **aenderungen))


def neu_anlegen(client, user, fuer, **angaben):
    als(client, user)
    url = reverse("angebote:neu") + f"?traeger={fuer.pk}"
    return client.post(url, formulardaten(client.get(url), **angaben))


def gefunden(client, user, suchwort) -> str:
    return als(client, user).get(reverse("start"), {"q": suchwort}).text


# The Redaktion's edit becomes a proposal --------------------------------------------------


def test_redaktion_aendert_veroeffentlichtes_angebot_nur_als_vorschlag(
    client, personen, krabbelgruppe
):
    vorher = krabbelgruppe.history.count()

    antwort = bearbeiten(client, personen["rita"], krabbelgruppe, titel="Krabbeltreff am Park")

    assert antwort.status_code == 302
    assert antwort["Location"] == krabbelgruppe.get_absolute_url()
    krabbelgruppe.refresh_from_db()
    assert krabbelgruppe.titel == "Krabbelgruppe"
    assert krabbelgruppe.status == Angebot.Status.VEROEFFENTLICHT
    assert krabbelgruppe.history.count() == vorher
    vorschlag = Aenderungsvorschlag.objects.get()
    assert vorschlag.status == Aenderungsvorschlag.Status.OFFEN
    assert vorschlag.eingereicht_von == personen["rita"]
    assert not vorschlag.neu
    assert pruefung.vorschlag_felder(vorschlag) == ["titel"]
    seite = client.get(krabbelgruppe.get_absolute_url()).text
    assert "Änderungen in Prüfung" in seite
    assert "liegen dem Jugendamt zur Prüfung vor" in seite
    # Everybody else still finds the published version only.
    treffer = gefunden(client, personen["fred"], "krabbel")
    assert "Krabbelgruppe" in treffer
    assert "Krabbeltreff am Park" not in treffer


def test_zweite_bearbeitung_aendert_denselben_vorschlag(client, personen, krabbelgruppe):
    bearbeiten(client, personen["rita"], krabbelgruppe, titel="Krabbeltreff am Park")
    url = reverse("angebote:bearbeiten", args=[krabbelgruppe.pk])

    formular = client.get(url)
    assert formular.context["form"]["titel"].value() == "Krabbeltreff am Park"
    assert "Vorgeschlagene Änderungen bearbeiten" in formular.text
    client.post(url, formulardaten(formular, alter_bis="4"))

    vorschlag = Aenderungsvorschlag.objects.get()
    assert pruefung.vorschlag_felder(vorschlag) == ["titel", "alter_bis"]
    assert vorschlag.daten["alter_bis"] == 4


def test_ohne_aenderung_entsteht_kein_vorschlag(client, personen, krabbelgruppe):
    antwort = bearbeiten(client, personen["rita"], krabbelgruppe)
    assert antwort.status_code == 302
    assert not Aenderungsvorschlag.objects.exists()
    assert "Sie haben nichts geändert." in client.get(antwort["Location"]).text


def test_zurueckgenommene_aenderung_zieht_den_vorschlag_zurueck(client, personen, krabbelgruppe):
    bearbeiten(client, personen["rita"], krabbelgruppe, titel="Krabbeltreff")
    bearbeiten(client, personen["rita"], krabbelgruppe, titel="Krabbelgruppe")
    vorschlag = Aenderungsvorschlag.objects.get()
    assert vorschlag.status == Aenderungsvorschlag.Status.ZURUECKGEZOGEN


def test_neues_angebot_der_redaktion_bleibt_bis_zur_freigabe_unsichtbar(
    client, personen, kinderhaus, ort
):
    antwort = neu_anlegen(
        client,
        personen["rita"],
        kinderhaus,
        titel="Elterncafé am Park",
        beschreibung="Kaffee und Austausch für Eltern.",
        einrichtungen=[str(ort.pk)],
        **{"zeiten-0-wochentag": "3", "zeiten-0-von": "15:00", "zeiten-0-bis": "17:00"},
    )

    angebot = Angebot.objects.get(titel="Elterncafé am Park")
    assert antwort["Location"] == angebot.get_absolute_url()
    assert angebot.traeger == kinderhaus
    assert angebot.status == Angebot.Status.PRUEFUNG
    assert [str(z) for z in angebot.zeiten.all()] == ["Donnerstag 15:00–17:00"]
    assert list(angebot.einrichtungen.all()) == [ort]
    vorschlag = angebot.vorschlaege.get()
    assert vorschlag.neu and vorschlag.status == Aenderungsvorschlag.Status.OFFEN
    seite = client.get(angebot.get_absolute_url()).text
    assert "Neues Angebot in Prüfung" in seite
    assert "Elterncafé am Park" not in gefunden(client, personen["fred"], "elterncafe")
    for fremd in ("fred", "vera", "kemal"):
        assert als(client, personen[fremd]).get(angebot.get_absolute_url()).status_code == 404


def test_mass_assignment_wird_ignoriert(client, personen, kinderhaus, anderer):
    neu_anlegen(
        client,
        personen["rita"],
        kinderhaus,
        titel="Ferienfahrt",
        traeger=str(anderer.pk),
        status="veroeffentlicht",
        zuletzt_geprueft="2030-01-01",
    )
    angebot = Angebot.objects.get(titel="Ferienfahrt")
    assert angebot.traeger == kinderhaus
    assert angebot.status == Angebot.Status.PRUEFUNG
    assert angebot.zuletzt_geprueft is None


def test_nur_einrichtungen_des_eigenen_traegers(client, personen, krabbelgruppe, anderer):
    fremder_ort = EinrichtungFactory(traeger=anderer)
    antwort = bearbeiten(
        client, personen["rita"], krabbelgruppe, einrichtungen=[str(fremder_ort.pk)]
    )
    assert antwort.status_code == 200
    assert "keine gültige Auswahl" in antwort.text or "gültige Auswahl" in antwort.text
    assert not Aenderungsvorschlag.objects.exists()


def test_zeiten_mit_klarer_fehlermeldung(client, personen, krabbelgruppe):
    antwort = bearbeiten(
        client,
        personen["rita"],
        krabbelgruppe,
        **{"zeiten-1-wochentag": "4", "zeiten-1-von": "16:00", "zeiten-1-bis": "15:00"},
    )
    assert antwort.status_code == 200
    assert "Zeile 2:" in antwort.text
    assert "Das Ende muss nach dem Beginn liegen." in antwort.text

    antwort = bearbeiten(client, personen["rita"], krabbelgruppe, **{"zeiten-1-wochentag": "4"})
    assert "Bitte Wochentag, Beginn und Ende angeben" in antwort.text
    assert not Aenderungsvorschlag.objects.exists()


def test_gebuehr_braucht_einen_hinweis(client, personen, krabbelgruppe):
    antwort = bearbeiten(client, personen["rita"], krabbelgruppe, kosten="gebuehr")
    assert antwort.status_code == 200
    assert "Bitte die Gebühr angeben" in antwort.text


# The Jugendamt publishes directly ---------------------------------------------------------


def test_jugendamt_speichert_direkt_mit_geschichte(client, personen, krabbelgruppe, ort):
    anna = personen["anna"]
    antwort = bearbeiten(
        client,
        anna,
        krabbelgruppe,
        titel="Krabbelgruppe am Park",
        **{"zeiten-1-wochentag": "3", "zeiten-1-von": "09:30", "zeiten-1-bis": "11:00"},
    )

    assert antwort.status_code == 302
    krabbelgruppe.refresh_from_db()
    assert krabbelgruppe.titel == "Krabbelgruppe am Park"
    assert [z.kurz for z in krabbelgruppe.zeiten.all()] == ["Di 09:30–11:00", "Do 09:30–11:00"]
    assert krabbelgruppe.zuletzt_geprueft == timezone.localdate()
    assert krabbelgruppe.geprueft_von == anna
    assert krabbelgruppe.history.first().history_user == anna
    assert not Aenderungsvorschlag.objects.exists()
    assert "Krabbelgruppe am Park" in gefunden(client, personen["fred"], "krabbelgruppe")


def test_jugendamt_legt_veroeffentlichtes_angebot_an(client, personen, kinderhaus):
    neu_anlegen(client, personen["anna"], kinderhaus, titel="Sprachcafé")
    angebot = Angebot.objects.get(titel="Sprachcafé")
    assert angebot.status == Angebot.Status.VEROEFFENTLICHT
    assert "Sprachcafé" in gefunden(client, personen["fred"], "sprachcafe")


# Who may do what --------------------------------------------------------------------------


@pytest.fixture
def welt(client, personen, kinderhaus, krabbelgruppe):
    """A published offer with a pending proposal, and a new offer in review."""
    bearbeiten(client, personen["rita"], krabbelgruppe, titel="Krabbeltreff")
    neu_anlegen(client, personen["rita"], kinderhaus, titel="Elterncafé im Hof")
    client.logout()
    neues = Angebot.objects.get(titel="Elterncafé im Hof")
    return {
        "veroeffentlicht": krabbelgruppe,
        "neu": neues,
        "vorschlag": krabbelgruppe.vorschlaege.get(),
        "neuer_vorschlag": neues.vorschlaege.get(),
        "traeger": kinderhaus,
    }


def _url(welt, ziel):
    name, objekt = ziel.split(":")
    if name == "neu":
        return reverse("angebote:neu") + f"?traeger={welt['traeger'].pk}"
    if name == "pruefliste":
        return reverse("angebote:pruefliste")
    return reverse(f"angebote:{name}", args=[welt[objekt].pk])


# (person, method, URL name:object, expected status). Others' unpublished things: 404.
MATRIX = [
    *[
        (p, "get", "bearbeiten:veroeffentlicht", s)
        for p, s in [("rita", 200), ("anna", 200), ("vera", 403), ("fred", 403), ("kemal", 403)]
    ],
    *[
        (p, "get", "bearbeiten:neu", s)
        for p, s in [("rita", 200), ("anna", 200), ("vera", 404), ("fred", 404), ("kemal", 404)]
    ],
    *[
        (p, "get", "neu:traeger", s)
        for p, s in [("rita", 200), ("anna", 200), ("vera", 403), ("fred", 403)]
    ],
    *[
        (p, "get", "vorschlag:vorschlag", s)
        for p, s in [("rita", 200), ("rosa", 200), ("anna", 200), ("vera", 404), ("fred", 404)]
    ],
    *[
        (p, "get", "vorschlag:neuer_vorschlag", s)
        for p, s in [("rita", 200), ("anna", 200), ("vera", 404), ("kemal", 404)]
    ],
    *[
        (p, "post", "freigeben:vorschlag", s)
        for p, s in [("rita", 403), ("vera", 404), ("fred", 404), ("anna", 302)]
    ],
    *[
        (p, "post", "zurueckgeben:vorschlag", s)
        for p, s in [("rita", 403), ("vera", 404), ("fred", 404), ("anna", 200)]
    ],
    *[(p, "post", "zurueckziehen:vorschlag", s) for p, s in [("vera", 404), ("fred", 404)]],
    *[
        (p, "get", "pruefliste:-", s)
        for p, s in [("anna", 200), ("rita", 403), ("fred", 403), ("kemal", 403)]
    ],
    *[(p, "get", f"{n}:vorschlag", 405) for p in ("rita", "anna") for n in ("freigeben",)],
    ("anna", "get", "zurueckgeben:vorschlag", 405),
    ("rita", "get", "zurueckziehen:vorschlag", 405),
]


@pytest.mark.parametrize("person,methode,ziel,erwartet", MATRIX)
def test_rechte_matrix(client, personen, welt, person, methode, ziel, erwartet):
    stand = list(Aenderungsvorschlag.objects.order_by("pk").values_list("status", "updated_at"))
    als(client, personen[person])
    antwort = getattr(client, methode)(_url(welt, ziel))
    assert antwort.status_code == erwartet
    if erwartet >= 400:
        assert (
            list(Aenderungsvorschlag.objects.order_by("pk").values_list("status", "updated_at"))
            == stand
        )


def test_neues_angebot_ohne_traeger_gibt_404(client, personen):
    assert als(client, personen["rita"]).get(reverse("angebote:neu")).status_code == 404


def test_fremde_redaktion_kann_nichts_aendern(client, personen, welt):
    krabbelgruppe = welt["veroeffentlicht"]
    als(client, personen["vera"])
    url = reverse("angebote:bearbeiten", args=[krabbelgruppe.pk])
    assert client.post(url, {"titel": "Gekapert"}).status_code == 403
    assert (
        client.post(reverse("angebote:neu") + f"?traeger={welt['traeger'].pk}").status_code == 403
    )
    assert Angebot.objects.filter(titel="Gekapert").count() == 0
    assert welt["vorschlag"].daten["titel"] == "Krabbeltreff"


def test_freigabe_nur_mit_csrf_token(personen, welt):
    client = Client(enforce_csrf_checks=True)
    client.force_login(personen["anna"])
    url = reverse("angebote:freigeben", args=[welt["vorschlag"].pk])
    assert client.post(url).status_code == 403
    welt["vorschlag"].refresh_from_db()
    assert welt["vorschlag"].status == Aenderungsvorschlag.Status.OFFEN


# Review -----------------------------------------------------------------------------------


def _pruefseite(client, anna, vorschlag):
    return als(client, anna).get(vorschlag.get_absolute_url())


def _absenden(client, seite, name, **daten):
    form = seite.context[name]
    werte = {f: form[f].value() for f in form.fields if form[f].value() not in (None, False)}
    werte.update(daten)
    ziel = {"freigabe": "angebote:freigeben", "rueckgabe": "angebote:zurueckgeben"}[name]
    return client.post(reverse(ziel, args=[seite.context["vorschlag"].pk]), werte)


def test_pruefliste_zeigt_offene_vorschlaege(client, personen, welt):
    seite = als(client, personen["anna"]).get(reverse("angebote:pruefliste"))
    text = seite.text
    assert "2 Vorschläge warten auf Ihre Prüfung" in text
    assert "Krabbelgruppe" in text and "Elterncafé im Hof" in text
    assert "Kinderhaus Regenbogen e.V." in text
    assert "Rita Roth" in text
    assert "neues Angebot" in text
    assert "Titel" in text  # the changed field of the Krabbelgruppe
    # The count in the navigation, for reviewers only.
    assert "(2 offene Vorschläge)" in client.get(reverse("start")).text
    assert "(2 offene" not in als(client, personen["rita"]).get(reverse("start")).text


def test_unterschiede_feld_fuer_feld(client, personen, krabbelgruppe):
    bearbeiten(
        client,
        personen["rita"],
        krabbelgruppe,
        beschreibung="Spielen und Turnen für die Kleinsten.",
        kategorien=[str(Kategorie.objects.get(slug="familienbildung").pk)],
        **{"zeiten-0-wochentag": "3"},
    )
    vorschlag = Aenderungsvorschlag.objects.get()
    text = _pruefseite(client, personen["anna"], vorschlag).text
    assert "Änderungen an „Krabbelgruppe“" in text
    assert '<del><span class="visually-hidden">gestrichen: </span>Singen</del>' in text
    assert '<ins><span class="visually-hidden">neu: </span>Turnen</ins>' in text
    assert "<ins>Familienbildung und -beratung</ins>" in text
    assert "<del>Frühe Hilfen</del>" in text
    assert "<ins>Donnerstag 09:30–11:00</ins>" in text
    assert "<del>Dienstag 09:30–11:00</del>" in text
    assert "Titel" not in text.split("Was sich ändert")[1].split("Freigeben")[0]


def test_freigabe_veroeffentlicht_mit_geschichte_und_suchindex(
    client, personen, welt, django_capture_on_commit_callbacks
):
    anna, vorschlag = personen["anna"], welt["vorschlag"]
    seite = _pruefseite(client, anna, vorschlag)
    with django_capture_on_commit_callbacks(execute=True):
        antwort = _absenden(client, seite, "freigabe")

    assert antwort.status_code == 302
    assert antwort["Location"] == reverse("angebote:pruefliste")
    angebot = welt["veroeffentlicht"]
    angebot.refresh_from_db()
    assert angebot.titel == "Krabbeltreff"
    assert angebot.zuletzt_geprueft == timezone.localdate()
    assert angebot.geprueft_von == anna
    eintrag = angebot.history.first()
    assert eintrag.history_user == anna
    assert eintrag.history_change_reason == "Änderungsvorschlag von Rita Roth freigegeben"
    vorschlag.refresh_from_db()
    assert vorschlag.status == Aenderungsvorschlag.Status.UEBERNOMMEN
    assert vorschlag.geprueft_von == anna
    # Afterwards the proposal still shows what it changed, and offers no more actions.
    erledigt = client.get(vorschlag.get_absolute_url())
    assert "Was geändert werden sollte" in erledigt.text
    assert [(z.alt, z.neu) for z in erledigt.context["unterschiede"].zeilen] == [
        ("Krabbelgruppe", "Krabbeltreff")
    ]
    assert not erledigt.context["darf_pruefen"]
    treffer = gefunden(client, personen["fred"], "krabbel")
    assert "Krabbeltreff" in treffer
    assert "Krabbelgruppe" not in treffer
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["rita@example.org"]
    assert "„Krabbeltreff“ ist freigegeben" in mail.outbox[0].subject
    assert f"http://testserver{angebot.get_absolute_url()}" in mail.outbox[0].body


def test_freigabe_eines_neuen_angebots_veroeffentlicht_es(client, personen, welt):
    seite = _pruefseite(client, personen["anna"], welt["neuer_vorschlag"])
    assert "Neues Angebot: Elterncafé im Hof" in seite.text
    _absenden(client, seite, "freigabe")
    welt["neu"].refresh_from_db()
    assert welt["neu"].status == Angebot.Status.VEROEFFENTLICHT
    assert "Elterncafé im Hof" in gefunden(client, personen["fred"], "elterncafe")


def test_zurueckgeben_verlangt_einen_kommentar(client, personen, welt):
    seite = _pruefseite(client, personen["anna"], welt["vorschlag"])
    antwort = _absenden(client, seite, "rueckgabe", kommentar="   ")
    assert antwort.status_code == 200
    assert "Bitte schreiben Sie, was die Redaktion ändern soll." in antwort.text
    welt["vorschlag"].refresh_from_db()
    assert welt["vorschlag"].status == Aenderungsvorschlag.Status.OFFEN
    assert mail.outbox == []


def test_zurueckgeben_mit_kommentar_und_mail(
    client, personen, welt, django_capture_on_commit_callbacks
):
    seite = _pruefseite(client, personen["anna"], welt["vorschlag"])
    with django_capture_on_commit_callbacks(execute=True):
        antwort = _absenden(
            client, seite, "rueckgabe", kommentar="Bitte den Ort im Titel weglassen."
        )

    assert antwort.status_code == 302
    vorschlag = welt["vorschlag"]
    vorschlag.refresh_from_db()
    assert vorschlag.status == Aenderungsvorschlag.Status.ZURUECKGEGEBEN
    assert vorschlag.kommentar == "Bitte den Ort im Titel weglassen."
    (nachricht,) = mail.outbox
    assert nachricht.to == ["rita@example.org"]
    assert "zurückgegeben" in nachricht.subject
    assert "Bitte den Ort im Titel weglassen." in nachricht.body
    assert "Guten Tag Rita Roth" in nachricht.body
    bearbeiten_url = reverse("angebote:bearbeiten", args=[welt["veroeffentlicht"].pk])
    assert f"http://testserver{bearbeiten_url}" in nachricht.body

    # Rita sees the comment on her offer and in the form; she edits and submits again.
    als(client, personen["rita"])
    angebot = welt["veroeffentlicht"]
    seite = client.get(angebot.get_absolute_url()).text
    assert "Vom Jugendamt zurückgegeben" in seite
    assert "Bitte den Ort im Titel weglassen." in seite
    assert "Andrea Albrecht hat den Vorschlag am" in seite
    formular = client.get(reverse("angebote:bearbeiten", args=[angebot.pk]))
    assert "Bitte den Ort im Titel weglassen." in formular.text
    client.post(
        reverse("angebote:bearbeiten", args=[angebot.pk]),
        formulardaten(formular, titel="Krabbeltreff neu"),
    )
    vorschlag.refresh_from_db()
    assert vorschlag.status == Aenderungsvorschlag.Status.OFFEN
    assert vorschlag.daten["titel"] == "Krabbeltreff neu"
    assert Aenderungsvorschlag.objects.count() == 2  # the one of the new offer besides


def test_zurueckziehen(client, personen, welt):
    als(client, personen["rita"])
    client.post(reverse("angebote:zurueckziehen", args=[welt["neuer_vorschlag"].pk]))
    welt["neuer_vorschlag"].refresh_from_db()
    welt["neu"].refresh_from_db()
    assert welt["neuer_vorschlag"].status == Aenderungsvorschlag.Status.ZURUECKGEZOGEN
    assert welt["neu"].status == Angebot.Status.ENTWURF


def test_redaktion_sieht_ihre_vorschlaege_auf_der_traegerseite(client, personen, welt):
    seite = als(client, personen["rita"]).get(welt["traeger"].get_absolute_url()).text
    assert "Angebote pflegen" in seite
    assert f"/angebote/neu/?traeger={welt['traeger'].pk}" in seite
    assert "neu, in Prüfung" in seite
    for fremd in ("fred", "vera"):
        seite = als(client, personen[fremd]).get(welt["traeger"].get_absolute_url()).text
        assert "Angebote pflegen" not in seite
        assert "Elterncafé im Hof" not in seite


# Conflicts --------------------------------------------------------------------------------


def test_zweites_speichern_wird_abgelehnt_und_eingaben_bleiben(client, personen, krabbelgruppe):
    url = reverse("angebote:bearbeiten", args=[krabbelgruppe.pk])
    rita = Client()
    rita.force_login(personen["rita"])
    ritas_formular = rita.get(url)

    bearbeiten(client, personen["anna"], krabbelgruppe, beschreibung="Neu vom Jugendamt.")
    antwort = rita.post(url, formulardaten(ritas_formular, titel="Ritas Titel"))

    assert antwort.status_code == 200
    assert "Nicht gespeichert: jemand war schneller" in antwort.text
    assert "inzwischen von Andrea Albrecht geändert" in antwort.text
    assert "Beschreibung" in antwort.text.split("Geändert wurde:")[1][:200]
    assert 'value="Ritas Titel"' in antwort.text
    assert "Aktuellen Stand laden" in antwort.text
    assert not Aenderungsvorschlag.objects.exists()


def test_zwei_redaktionen_am_selben_vorschlag(client, personen, krabbelgruppe):
    url = reverse("angebote:bearbeiten", args=[krabbelgruppe.pk])
    rosa = Client()
    rosa.force_login(personen["rosa"])
    rosas_formular = rosa.get(url)

    bearbeiten(client, personen["rita"], krabbelgruppe, titel="Ritas Titel")
    antwort = rosa.post(url, formulardaten(rosas_formular, alter_bis="5"))

    assert antwort.status_code == 200
    assert "inzwischen von Rita Roth geändert" in antwort.text
    assert "Geändert wurde: Titel." in antwort.text
    vorschlag = Aenderungsvorschlag.objects.get()
    assert vorschlag.daten["titel"] == "Ritas Titel"
    assert vorschlag.daten["alter_bis"] == 3

    # After reloading, Rosa works on Rita's proposal and her save goes through.
    rosa.post(url, formulardaten(rosa.get(url), alter_bis="5"))
    vorschlag.refresh_from_db()
    assert (vorschlag.daten["titel"], vorschlag.daten["alter_bis"]) == ("Ritas Titel", 5)
    assert vorschlag.eingereicht_von == personen["rosa"]


def test_zwischenzeitliche_aenderung_anderer_felder_bleibt_erhalten(
    client, personen, krabbelgruppe
):
    bearbeiten(client, personen["rita"], krabbelgruppe, titel="Krabbeltreff")
    bearbeiten(client, personen["anna"], krabbelgruppe, beschreibung="Neu vom Jugendamt.")
    vorschlag = Aenderungsvorschlag.objects.get()

    seite = _pruefseite(client, personen["anna"], vorschlag)
    assert "Zwischenzeitliche Änderungen bleiben erhalten" in seite.text
    assert "ueberschreiben" not in seite.context["freigabe"].fields
    _absenden(client, seite, "freigabe")

    krabbelgruppe.refresh_from_db()
    assert (krabbelgruppe.titel, krabbelgruppe.beschreibung) == (
        "Krabbeltreff",
        "Neu vom Jugendamt.",
    )


def test_freigabe_bei_konflikt_nur_mit_bestaetigung(client, personen, krabbelgruppe):
    bearbeiten(client, personen["rita"], krabbelgruppe, titel="Ritas Titel")
    bearbeiten(client, personen["anna"], krabbelgruppe, titel="Annas Titel")
    vorschlag = Aenderungsvorschlag.objects.get()

    seite = _pruefseite(client, personen["anna"], vorschlag)
    assert "Das Angebot wurde seit dem Vorschlag geändert" in seite.text
    assert "inzwischen geändert" in seite.text
    antwort = _absenden(client, seite, "freigabe")
    assert antwort.status_code == 200
    assert "Bitte bestätigen Sie" in antwort.text
    krabbelgruppe.refresh_from_db()
    assert krabbelgruppe.titel == "Annas Titel"

    _absenden(client, seite, "freigabe", ueberschreiben="on")
    krabbelgruppe.refresh_from_db()
    assert krabbelgruppe.titel == "Ritas Titel"


def test_freigabe_abgelehnt_wenn_sich_waehrenddessen_etwas_aendert(client, personen, krabbelgruppe):
    bearbeiten(client, personen["rita"], krabbelgruppe, titel="Ritas Titel")
    vorschlag = Aenderungsvorschlag.objects.get()
    seite = _pruefseite(client, personen["anna"], vorschlag)
    bearbeiten(Client(), personen["rita"], krabbelgruppe, titel="Ritas zweiter Titel")

    antwort = _absenden(client, seite, "freigabe")

    assert antwort.status_code == 302
    assert antwort["Location"] == vorschlag.get_absolute_url()
    assert "während Sie ihn angesehen haben" in client.get(antwort["Location"]).text
    krabbelgruppe.refresh_from_db()
    assert krabbelgruppe.titel == "Krabbelgruppe"


def test_speichern_prueft_den_stand_unter_der_sperre_erneut(personen, krabbelgruppe):
    """Between the form's check and the write, another save must still be caught."""
    geladen, traeger = krabbelgruppe.updated_at, krabbelgruppe.traeger
    werte = werte_von(krabbelgruppe)
    pruefung.angebot_speichern(
        krabbelgruppe, traeger, {**werte, "titel": "Zwischendurch"}, personen["anna"], stand=geladen
    )
    with pytest.raises(Ueberholt, match="inzwischen von Andrea Albrecht geändert"):
        pruefung.vorschlag_einreichen(
            krabbelgruppe, traeger, {**werte, "alter_bis": 4}, personen["rita"], stand=geladen
        )
    with pytest.raises(Ueberholt):
        pruefung.angebot_speichern(krabbelgruppe, traeger, werte, personen["anna"], stand=geladen)
    assert not Aenderungsvorschlag.objects.exists()

    krabbelgruppe.refresh_from_db()
    stand, werte = krabbelgruppe.updated_at, werte_von(krabbelgruppe)
    pruefung.vorschlag_einreichen(
        krabbelgruppe, traeger, {**werte, "alter_bis": 4}, personen["rita"], stand=stand
    )
    with pytest.raises(Ueberholt, match=r"von Rita Roth geändert.*Alter bis"):
        pruefung.vorschlag_einreichen(
            krabbelgruppe, traeger, {**werte, "alter_bis": 5}, personen["rosa"], stand=stand
        )
    assert Aenderungsvorschlag.objects.get().daten["alter_bis"] == 4


# Query counts -----------------------------------------------------------------------------


def _vorschlaege_anlegen(anzahl, redaktion):
    traeger = TraegerFactory()
    for i in range(anzahl):
        angebot = AngebotFactory(titel=f"Angebot {i}", traeger=traeger)
        werte = werte_von(angebot)
        Aenderungsvorschlag.objects.create(
            angebot=angebot,
            daten={**werte, "titel": f"Angebot {i} neu"},
            basis=werte,
            eingereicht_von=redaktion,
        )
    zurueck = Aenderungsvorschlag.objects.filter(angebot__traeger=traeger)[: anzahl // 5]
    Aenderungsvorschlag.objects.filter(pk__in=[v.pk for v in zurueck]).update(
        status=Aenderungsvorschlag.Status.ZURUECKGEGEBEN, kommentar="Bitte prüfen."
    )


def test_pruefliste_abfragen_konstant(client, personen):
    def abfragen():
        client.get(reverse("angebote:pruefliste"))
        with CaptureQueriesContext(connection) as erfasst:
            antwort = client.get(reverse("angebote:pruefliste"))
        assert antwort.status_code == 200
        return len(erfasst)

    als(client, personen["anna"])
    _vorschlaege_anlegen(10, personen["rita"])
    wenige = abfragen()
    _vorschlaege_anlegen(90, personen["rosa"])
    viele = abfragen()
    # Session, user, permissions (2), navigation count, page count, page, returned ones.
    assert wenige == viele


def test_vorschlagseite_abfragen_konstant(client, personen, kinderhaus):
    als(client, personen["anna"])
    orte = [EinrichtungFactory(traeger=kinderhaus) for _ in range(8)]
    angebot = AngebotFactory(traeger=kinderhaus, einrichtungen=orte[:1])
    werte = werte_von(angebot)
    vorschlag = Aenderungsvorschlag.objects.create(
        angebot=angebot,
        daten={**werte, "einrichtungen": [orte[1].pk]},
        basis=werte,
        eingereicht_von=personen["rita"],
    )
    client.get(vorschlag.get_absolute_url())
    with CaptureQueriesContext(connection) as wenige:
        client.get(vorschlag.get_absolute_url())
    vorschlag.daten = {**werte, "einrichtungen": [o.pk for o in orte[1:]]}
    vorschlag.save()
    with CaptureQueriesContext(connection) as viele:
        client.get(vorschlag.get_absolute_url())
    assert len(wenige) == len(viele)


# Demo -------------------------------------------------------------------------------------


def test_demo_legt_zwei_vorschlaege_der_redaktion_an_einmal(kinderhaus, krabbelgruppe, ort):
    redaktion = UserFactory(username="redaktion", rolle=TRAEGER_REDAKTION)
    TraegerZugehoerigkeitFactory(user=redaktion, traeger=kinderhaus)
    meldungen = []

    vorschlaege_laden(meldungen.append)
    vorschlaege_laden(meldungen.append)

    assert redaktion.has_perm("traeger.change_traeger", kinderhaus)
    assert Aenderungsvorschlag.objects.offen().count() == 2
    assert meldungen == [
        "Änderungsvorschläge: 2 neu (redaktion pflegt Kinderhaus Regenbogen e.V.)",
        "Änderungsvorschläge: 0 neu (redaktion pflegt Kinderhaus Regenbogen e.V.)",
    ]
    neu = Angebot.objects.get(titel="Elternfrühstück mit Kinderbetreuung")
    assert neu.status == Angebot.Status.PRUEFUNG
    assert list(neu.einrichtungen.all()) == [ort]
    krabbelgruppe.refresh_from_db()
    assert krabbelgruppe.zeiten_hinweis == ""  # the published version is untouched
    vorschlag = krabbelgruppe.vorschlaege.get()
    assert pruefung.vorschlag_felder(vorschlag) == ["beschreibung", "zeiten", "zeiten_hinweis"]


def test_startseite_zeigt_der_redaktion_ihre_traeger(client, personen, krabbelgruppe):
    # Her way in: her Träger on the start page, with what waits in the review.
    bearbeiten(client, personen["rita"], krabbelgruppe, titel="Krabbeltreff am Park")
    seite = client.get(reverse("start")).text
    assert "Meine Träger" in seite
    assert "Kinderhaus Regenbogen e.V." in seite
    assert "1 Änderung in Prüfung" in seite
    assert reverse("angebote:neu") + f"?traeger={krabbelgruppe.traeger_id}" in seite
    # Not hers, and not for those without a Träger of their own.
    assert "Anderer Träger e.V." not in seite
    for name in ("fred", "anna"):
        als(client, personen[name])
        assert "Meine Träger" not in client.get(reverse("start")).text


def test_vorschlag_eines_imports_sagt_woher(client, personen, krabbelgruppe):
    """A proposal without a person names its channel: the review queue and the proposal
    page say "Import" with the source, not "Prüfrunde"."""
    krabbelgruppe.quelle = "HSDS: nachbarkreis.json"
    krabbelgruppe.save()
    werte = {**werte_von(krabbelgruppe), "titel": "Krabbelgruppe am Vormittag"}
    vorschlag = pruefung.vorschlag_einreichen(
        krabbelgruppe, krabbelgruppe.traeger, werte, None, ueber="import"
    )
    client = als(client, personen["anna"])
    liste = client.get(reverse("angebote:pruefliste")).text
    assert "über einen Import (HSDS: nachbarkreis.json)" in liste
    assert "Träger über Prüfrunde" not in liste
    seite = client.get(reverse("angebote:vorschlag", args=[vorschlag.pk])).text
    assert "über einen Import (HSDS: nachbarkreis.json)" in seite
