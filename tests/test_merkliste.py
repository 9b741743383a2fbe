"""The Merkliste lasts (issue #15): stored per person, several named lists, a handout that
names the place's phone, and nobody else's list reachable (angebote/merkliste.py)."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from angebote import merkliste
from angebote.models import Angebot, Merkliste, Merklisteneintrag
from sozialraum.zugang.rollen import FACHKRAFT
from tests.factories import AngebotFactory, EinrichtungFactory, TraegerFactory, UserFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def merken(client, angebot, **daten):
    return client.post(reverse("angebote:merken", args=[angebot.pk]), daten)


def titel_auf(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<h3 id="angebot-(\d+)"', html)]


def liste_von(user, name="Merkliste") -> Merkliste:
    return Merkliste.objects.get(owner=user, name=name)


@pytest.fixture
def zwei_angebote():
    return AngebotFactory(titel="Elterncafé am Markt"), AngebotFactory(titel="Hausaufgabenhilfe")


# --- stored, hers, lasting --------------------------------------------------------------------


def test_erstes_merken_legt_die_liste_merkliste_an(client_fachkraft, fachkraft, zwei_angebote):
    erstes, zweites = zwei_angebote
    assert not Merkliste.objects.filter(owner=fachkraft).exists()
    merken(client_fachkraft, zweites)
    merken(client_fachkraft, erstes)
    liste = liste_von(fachkraft)
    assert liste.aktiv
    assert list(liste.eintraege.values_list("angebot_id", flat=True)) == [zweites.pk, erstes.pk]
    seite = client_fachkraft.get(reverse("angebote:merkliste")).text
    assert titel_auf(seite) == [zweites.pk, erstes.pk]  # in the order she noted them


def test_die_liste_ueberdauert_die_abmeldung(client, fachkraft, zwei_angebote):
    client.force_login(fachkraft)
    merken(client, zwei_angebote[0])
    client.post(reverse("abmelden"))
    anderer_browser = Client()
    anderer_browser.force_login(fachkraft)
    assert titel_auf(anderer_browser.get(reverse("angebote:merkliste")).text) == [
        zwei_angebote[0].pk
    ]


def test_jede_person_sieht_nur_ihre_listen(client, zwei_angebote):
    anna, berta = UserFactory(rolle=FACHKRAFT), UserFactory(rolle=FACHKRAFT)
    client.force_login(anna)
    merken(client, zwei_angebote[0])
    client.post(reverse("angebote:merkliste_neu"), {"name": "Annas Runde Nord"})
    bertas_browser = Client()
    bertas_browser.force_login(berta)
    seite = bertas_browser.get(reverse("angebote:merkliste")).text
    assert "Annas Runde Nord" not in seite and "Noch nichts gemerkt" in seite


def test_fremde_liste_ist_404_und_aendert_nichts(client, zwei_angebote):
    anna, berta = UserFactory(rolle=FACHKRAFT), UserFactory(rolle=FACHKRAFT)
    annas = Merkliste.objects.create(owner=anna, name="Annas Liste", aktiv=True)
    Merklisteneintrag.objects.create(liste=annas, angebot=zwei_angebote[0])
    client.force_login(berta)
    auf_annas = {"liste": annas.pk}
    anfragen = [
        ("get", reverse("angebote:merkliste"), auf_annas),
        ("get", reverse("angebote:merkliste_drucken"), auf_annas),
        ("get", reverse("angebote:export_merkliste", args=["csv"]), auf_annas),
        ("post", reverse("angebote:merkliste_leeren"), auf_annas),
        ("post", reverse("angebote:merkliste_aktivieren", args=[annas.pk]), {}),
        ("get", reverse("angebote:merkliste_umbenennen", args=[annas.pk]), {}),
        ("post", reverse("angebote:merkliste_umbenennen", args=[annas.pk]), {"name": "Berta"}),
        ("get", reverse("angebote:merkliste_loeschen", args=[annas.pk]), {}),
        ("post", reverse("angebote:merkliste_loeschen", args=[annas.pk]), {}),
    ]
    for methode, url, daten in anfragen:
        with CaptureQueriesContext(connection) as abfragen:
            antwort = getattr(client, methode)(url, daten)
        assert antwort.status_code == 404, (methode, url)
        assert "Annas Liste" not in antwort.text
        geschrieben = [
            a["sql"] for a in abfragen if re.match(r"\s*(INSERT|UPDATE|DELETE)", a["sql"])
        ]
        # The session and the cache (a database cache) are no data of hers.
        eigene = [s for s in geschrieben if not re.search(r'"(django_session|\w*cache)"', s)]
        assert not eigene, (methode, url)
    annas.refresh_from_db()
    assert annas.name == "Annas Liste" and annas.aktiv and annas.eintraege.count() == 1


@pytest.mark.parametrize("wert", ["abc", "-1", "1e3", "99999999999999999999999", "\x00"])
def test_unmoegliche_listen_ids_sind_404(client_fachkraft, wert):
    assert client_fachkraft.get(reverse("angebote:merkliste"), {"liste": wert}).status_code == 404
    antwort = client_fachkraft.post(reverse("angebote:merkliste_leeren"), {"liste": wert})
    assert antwort.status_code == 404


# --- several named lists ------------------------------------------------------------------------


def test_neue_liste_wird_aktiv_und_merken_landet_dort(client_fachkraft, fachkraft, zwei_angebote):
    erstes, zweites = zwei_angebote
    merken(client_fachkraft, erstes)
    antwort = client_fachkraft.post(
        reverse("angebote:merkliste_neu"), {"name": "  Beratung   Lindenhof, Mai "}
    )
    neu = liste_von(fachkraft, "Beratung Lindenhof, Mai")
    assert antwort["Location"] == f"{reverse('angebote:merkliste')}?liste={neu.pk}"
    assert neu.aktiv and not liste_von(fachkraft).aktiv
    merken(client_fachkraft, zweites)
    assert list(neu.eintraege.values_list("angebot_id", flat=True)) == [zweites.pk]
    assert list(liste_von(fachkraft).eintraege.values_list("angebot_id", flat=True)) == [erstes.pk]
    # The page of the other list shows its offers and offers to make it active.
    seite = client_fachkraft.get(reverse("angebote:merkliste"), {"liste": liste_von(fachkraft).pk})
    assert titel_auf(seite.text) == [erstes.pk]
    assert "Diese Liste aktiv setzen" in seite.text
    client_fachkraft.post(reverse("angebote:merkliste_aktivieren", args=[liste_von(fachkraft).pk]))
    assert liste_von(fachkraft).aktiv and not Merkliste.objects.get(pk=neu.pk).aktiv
    assert Merkliste.objects.filter(owner=fachkraft, aktiv=True).count() == 1


def test_das_formular_sagt_keine_familien(client_fachkraft):
    seite = client_fachkraft.get(reverse("angebote:merkliste_neu")).text
    assert "Keine Namen oder Angaben von Familien – z. B. „Beratung Lindenhof, Mai“." in seite
    assert 'maxlength="60"' in seite
    # The same hint beside the form on the Merkliste page.
    assert (
        "Keine Namen oder Angaben von Familien"
        in client_fachkraft.get(reverse("angebote:merkliste")).text
    )


@pytest.mark.parametrize(
    "name,fehler",
    [
        ("", "Dieses Feld ist zwingend erforderlich."),
        ("   ", "Dieses Feld ist zwingend erforderlich."),
        ("x" * 61, "höchstens 60 Zeichen"),
        ("merkliste", "Sie haben schon eine Liste „merkliste“"),
    ],
)
def test_ungueltige_namen_werden_erklaert(client_fachkraft, fachkraft, name, fehler):
    Merkliste.objects.create(owner=fachkraft, name="Merkliste", aktiv=True)
    antwort = client_fachkraft.post(reverse("angebote:merkliste_neu"), {"name": name})
    assert antwort.status_code == 200
    assert fehler in antwort.text
    assert Merkliste.objects.filter(owner=fachkraft).count() == 1


def test_hoechstens_so_viele_listen(client_fachkraft, fachkraft):
    for nummer in range(merkliste.LISTEN_HOECHSTENS):
        Merkliste.objects.create(owner=fachkraft, name=f"Liste {nummer}")
    antwort = client_fachkraft.post(reverse("angebote:merkliste_neu"), {"name": "Noch eine"})
    assert "Bitte löschen Sie eine" in antwort.text
    assert Merkliste.objects.filter(owner=fachkraft).count() == merkliste.LISTEN_HOECHSTENS


def test_umbenennen(client_fachkraft, fachkraft):
    liste = Merkliste.objects.create(owner=fachkraft, name="Merkliste", aktiv=True)
    url = reverse("angebote:merkliste_umbenennen", args=[liste.pk])
    form = client_fachkraft.get(url).text
    stand = re.search(r'name="stand" value="([^"]+)"', form).group(1)
    antwort = client_fachkraft.post(url, {"name": "Hilfeplan Juni", "stand": stand})
    assert antwort.status_code == 302
    assert Merkliste.objects.get(pk=liste.pk).name == "Hilfeplan Juni"


def test_umbenennen_erkennt_gleichzeitige_aenderung(client_fachkraft, fachkraft):
    """Two tabs: the second renames first; the first tab's save is refused, her input stays."""
    liste = Merkliste.objects.create(owner=fachkraft, name="Merkliste", aktiv=True)
    url = reverse("angebote:merkliste_umbenennen", args=[liste.pk])
    stand = re.search(r'name="stand" value="([^"]+)"', client_fachkraft.get(url).text).group(1)
    assert client_fachkraft.post(url, {"name": "Zweiter Tab", "stand": stand}).status_code == 302
    antwort = client_fachkraft.post(url, {"name": "Erster Tab", "stand": stand})
    assert antwort.status_code == 200
    assert "Nicht gespeichert: jemand war schneller" in antwort.text
    assert "Geändert wurde: Name der Liste" in antwort.text
    assert 'value="Erster Tab"' in antwort.text
    assert Merkliste.objects.get(pk=liste.pk).name == "Zweiter Tab"
    # Without its token (an old tab) a form may not overwrite either.
    antwort = client_fachkraft.post(url, {"name": "Ohne Stand"})
    assert "Das Formular ist unvollständig" in antwort.text


def test_merken_aendert_den_stand_der_liste_nicht(client_fachkraft, fachkraft, zwei_angebote):
    """Noting an offer in one tab does not refuse a rename open in another."""
    merken(client_fachkraft, zwei_angebote[0])
    liste = liste_von(fachkraft)
    url = reverse("angebote:merkliste_umbenennen", args=[liste.pk])
    stand = re.search(r'name="stand" value="([^"]+)"', client_fachkraft.get(url).text).group(1)
    merken(client_fachkraft, zwei_angebote[1])
    client_fachkraft.post(reverse("angebote:merkliste_neu"), {"name": "Andere"})
    assert client_fachkraft.post(url, {"name": "Umbenannt", "stand": stand}).status_code == 302


def test_loeschen_mit_rueckfrage(client_fachkraft, fachkraft, zwei_angebote):
    merken(client_fachkraft, zwei_angebote[0])
    alt = liste_von(fachkraft)
    client_fachkraft.post(reverse("angebote:merkliste_neu"), {"name": "Nur für heute"})
    heute = liste_von(fachkraft, "Nur für heute")
    merken(client_fachkraft, zwei_angebote[1])
    url = reverse("angebote:merkliste_loeschen", args=[heute.pk])
    frage = client_fachkraft.get(url).text
    assert "Liste „Nur für heute“ löschen?" in frage and "Ja, Liste löschen" in frage
    assert Merkliste.objects.filter(pk=heute.pk).exists()  # asking deletes nothing
    assert client_fachkraft.post(url).status_code == 302
    assert not Merkliste.objects.filter(pk=heute.pk).exists()
    assert Angebot.objects.filter(pk=zwei_angebote[1].pk).exists()  # the offer stays
    assert Merkliste.objects.get(pk=alt.pk).aktiv  # the other list is active again


def test_leeren_leert_die_gezeigte_liste(client_fachkraft, fachkraft, zwei_angebote):
    merken(client_fachkraft, zwei_angebote[0])
    alt = liste_von(fachkraft)
    client_fachkraft.post(reverse("angebote:merkliste_neu"), {"name": "Neu"})
    merken(client_fachkraft, zwei_angebote[1])
    # She empties the (not active) list whose page she looks at, not the active one.
    client_fachkraft.post(reverse("angebote:merkliste_leeren"), {"liste": alt.pk})
    assert not alt.eintraege.exists()
    assert liste_von(fachkraft, "Neu").eintraege.count() == 1
    # Without a list named: the active one (the form of earlier pages).
    client_fachkraft.post(reverse("angebote:merkliste_leeren"))
    assert not liste_von(fachkraft, "Neu").eintraege.exists()


# --- what is shown ----------------------------------------------------------------------------


def test_nicht_mehr_veroeffentlicht_faellt_heraus_geloescht_verschwindet(
    client_fachkraft, fachkraft, zwei_angebote
):
    erstes, zweites = zwei_angebote
    merken(client_fachkraft, erstes)
    merken(client_fachkraft, zweites)
    erstes.status = Angebot.Status.ARCHIVIERT
    erstes.save()
    assert titel_auf(client_fachkraft.get(reverse("angebote:merkliste")).text) == [zweites.pk]
    assert "Elterncafé" not in client_fachkraft.get(reverse("angebote:merkliste_drucken")).text
    zweites.delete()  # a superuser deletes an offer: her entry goes, her list stays
    assert liste_von(fachkraft).eintraege.count() == 1  # the archived one, not shown
    assert "Noch nichts gemerkt" in client_fachkraft.get(reverse("angebote:merkliste")).text


def test_aktion_sagt_was_sie_will(client_fachkraft, fachkraft, zwei_angebote):
    """A double click on "Merken" (or a second tab) never takes the offer off again."""
    angebot = zwei_angebote[0]
    merken(client_fachkraft, angebot, aktion="hinzufuegen")
    merken(client_fachkraft, angebot, aktion="hinzufuegen")
    assert liste_von(fachkraft).eintraege.count() == 1
    merken(client_fachkraft, angebot, aktion="entfernen")
    merken(client_fachkraft, angebot, aktion="entfernen")
    assert liste_von(fachkraft).eintraege.count() == 0


def test_volle_liste_nimmt_nichts_mehr(client_fachkraft, fachkraft):
    liste = Merkliste.objects.create(owner=fachkraft, name="Merkliste", aktiv=True)
    for angebot in AngebotFactory.create_batch(merkliste.GROESSE):
        Merklisteneintrag.objects.create(liste=liste, angebot=angebot)
    weiteres = AngebotFactory(titel="Eins zu viel")
    antwort = merken(client_fachkraft, weiteres, aktion="hinzufuegen", next="/")
    assert antwort.status_code == 302
    assert liste.eintraege.count() == merkliste.GROESSE
    assert "ist voll (höchstens 50 Angebote)" in client_fachkraft.get("/").text
    antwort = client_fachkraft.post(
        reverse("angebote:merken", args=[weiteres.pk]), {"aktion": "hinzufuegen"}, headers=HTMX
    )
    assert 'aria-pressed="false"' in antwort.text and "ist voll" in antwort.text


# --- the Merken button ---------------------------------------------------------------------


def test_merken_per_htmx_behaelt_den_knopf_und_meldet(client_fachkraft, zwei_angebote):
    angebot = zwei_angebote[0]
    url = reverse("angebote:merken", args=[angebot.pk])
    antwort = client_fachkraft.post(url, {"aktion": "hinzufuegen"}, headers=HTMX)
    # The same id as before the swap: htmx gives the focus back to the pressed button.
    assert f'id="merken-{angebot.pk}"' in antwort.text
    assert 'aria-pressed="true"' in antwort.text and "Gemerkt" in antwort.text
    assert 'data-meldung="Zur Merkliste „Merkliste“ hinzugefügt."' in antwort.text
    assert 'id="merkliste-link"' not in antwort.text  # the offer page has no such link
    antwort = client_fachkraft.post(url, {"aktion": "entfernen", "zaehler": "1"}, headers=HTMX)
    assert 'aria-pressed="false"' in antwort.text and ">Merken<" in antwort.text
    assert 'data-meldung="Von der Merkliste „Merkliste“ entfernt."' in antwort.text
    assert 'id="merkliste-link"' in antwort.text and "(0)" in antwort.text  # search page
    assert "<script" not in antwort.text.split("<script", 1)[1]  # the script at most once


def test_merken_ohne_javascript_meldet_auf_der_naechsten_seite(client_fachkraft, zwei_angebote):
    angebot = zwei_angebote[0]
    antwort = merken(client_fachkraft, angebot, next=angebot.get_absolute_url())
    assert antwort["Location"] == angebot.get_absolute_url()
    seite = client_fachkraft.get(angebot.get_absolute_url()).text
    assert "Zur Merkliste „Merkliste“ hinzugefügt." in seite
    assert 'aria-pressed="true"' in seite


def test_seiten_laden_merkliste_js_einmal(client_fachkraft, zwei_angebote):
    AngebotFactory.create_batch(3, titel="Hausaufgabenhilfe Nord")
    for url in (reverse("start"), zwei_angebote[0].get_absolute_url()):
        seite = client_fachkraft.get(url, {"q": "hausaufgaben"}).text
        assert seite.count("js/merkliste.js") == 1, url
    merken(client_fachkraft, zwei_angebote[0])
    seite = client_fachkraft.get(reverse("angebote:merkliste")).text
    assert seite.count("js/merkliste.js") == 1
    assert "data-drucken" in seite  # the print button, shown by the script
    assert not re.search(r"<script(?![^>]*\bsrc=)", seite)  # no inline script (CSP)


def test_merkliste_link_nennt_eine_benannte_aktive_liste(client_fachkraft, zwei_angebote):
    merken(client_fachkraft, zwei_angebote[1])
    assert "Merkliste (1)" in client_fachkraft.get("/", {"q": "hausaufgaben"}).text
    client_fachkraft.post(reverse("angebote:merkliste_neu"), {"name": "Runde Süd"})
    assert "Merkliste „Runde Süd“ (0)" in client_fachkraft.get("/", {"q": "hausaufgaben"}).text


# --- the handout ---------------------------------------------------------------------------


def _handzettel(client, *angebote) -> str:
    for angebot in angebote:
        merken(client, angebot, aktion="hinzufuegen")
    return client.get(reverse("angebote:merkliste_drucken")).text


def test_handzettel_nennt_das_telefon_des_ortes(client_fachkraft):
    traeger = TraegerFactory(name="Kinderhaus e.V.", telefon="0391 100-0")
    ort = EinrichtungFactory(traeger=traeger, name="Kinderhaus am Park", telefon="0391 222")
    angebot = AngebotFactory(traeger=traeger, einrichtungen=[ort], telefon="")
    text = _handzettel(client_fachkraft, angebot)
    assert "Kinderhaus am Park" in text and "Telefon: 0391 222" in text
    assert "0391 100-0" not in text  # not the head office


def test_handzettel_mehrere_orte_je_mit_telefon(client_fachkraft):
    traeger = TraegerFactory(telefon="0391 100-0")
    nord = EinrichtungFactory(traeger=traeger, name="Treff Nord", telefon="0391 111")
    sued = EinrichtungFactory(traeger=traeger, name="Treff Süd", telefon="0391 333")
    text = _handzettel(
        client_fachkraft, AngebotFactory(traeger=traeger, einrichtungen=[nord, sued])
    )
    assert re.search(r"Treff Nord<br>[^<]*<br>Telefon: 0391 111", text)
    assert re.search(r"Treff Süd<br>[^<]*<br>Telefon: 0391 333", text)
    assert "0391 100-0" not in text


def test_handzettel_ort_und_eigenes_telefon_des_angebots(client_fachkraft):
    """The offer's own number for questions stands beside the place's, named as such."""
    traeger = TraegerFactory(telefon="0391 100-0")
    ort = EinrichtungFactory(traeger=traeger, name="Treff", telefon="0391 211")
    angebot = AngebotFactory(traeger=traeger, einrichtungen=[ort], telefon="0391 212")
    text = _handzettel(client_fachkraft, angebot)
    assert "Telefon: 0391 211" in text and "0391 212 (für Rückfragen zum Angebot)" in text
    assert "0391 100-0" not in text
    assert merkliste.telefone(angebot) == [
        ("0391 211", "Treff"),
        ("0391 212", "für Rückfragen zum Angebot"),
    ]
    # The same number twice is shown once, with the place.
    angebot.telefon = "0391 211"
    assert merkliste.telefone(angebot) == [("0391 211", "Treff")]


def test_handzettel_ohne_ortstelefon_nimmt_das_des_angebots(client_fachkraft):
    traeger = TraegerFactory(telefon="0391 100-0")
    ort = EinrichtungFactory(traeger=traeger, telefon="")
    angebot = AngebotFactory(traeger=traeger, einrichtungen=[ort], telefon="0170 555")
    text = _handzettel(client_fachkraft, angebot)
    assert "0170 555 (für Rückfragen zum Angebot)" in text
    assert "0391 100-0" not in text


def test_handzettel_zuletzt_die_geschaeftsstelle_benannt(client_fachkraft):
    traeger = TraegerFactory(telefon="0391 100-0")
    angebot = AngebotFactory(traeger=traeger, einrichtungen=[], telefon="")
    assert "0391 100-0 (Geschäftsstelle des Trägers)" in _handzettel(client_fachkraft, angebot)
    assert merkliste.telefone(angebot) == [("0391 100-0", "Geschäftsstelle des Trägers")]


def test_handzettel_ohne_listennamen_mit_druckknopf(client_fachkraft, zwei_angebote):
    merken(client_fachkraft, zwei_angebote[0])
    client_fachkraft.post(
        reverse("angebote:merkliste_aktivieren", args=[Merkliste.objects.get().pk])
    )
    Merkliste.objects.update(name="Familie Beispiel")  # what the hint asks not to do
    text = client_fachkraft.get(reverse("angebote:merkliste_drucken")).text
    assert "Familie Beispiel" not in text
    assert "data-drucken" in text and "js/merkliste.js" in text
    assert not re.search(r"<script(?![^>]*\bsrc=)", text)


# --- downloads -----------------------------------------------------------------------------


def test_download_der_aktiven_oder_genannten_liste(client_fachkraft, fachkraft, zwei_angebote):
    erstes, zweites = zwei_angebote
    merken(client_fachkraft, erstes)
    alt = liste_von(fachkraft)
    client_fachkraft.post(reverse("angebote:merkliste_neu"), {"name": "Neu"})
    merken(client_fachkraft, zweites)
    url = reverse("angebote:export_merkliste", args=["csv"])

    def titel(antwort):
        inhalt = b"".join(antwort.streaming_content) if antwort.streaming else antwort.content
        return inhalt.decode("utf-8-sig")

    aktiv = titel(client_fachkraft.get(url))
    assert "Hausaufgabenhilfe" in aktiv and "Elterncafé" not in aktiv
    genannt = titel(client_fachkraft.get(url, {"liste": alt.pk}))
    assert "Elterncafé" in genannt and "Hausaufgabenhilfe" not in genannt
    # The page links the download of the list it shows.
    seite = client_fachkraft.get(reverse("angebote:merkliste"), {"liste": alt.pk}).text
    assert f'href="{url}?liste={alt.pk}"' in seite


# --- queries and data protection ----------------------------------------------------------------


def test_seiten_der_liste_mit_fester_zahl_von_abfragen(client_fachkraft, fachkraft):
    def zaehlen():
        for angebot in Angebot.objects.all():
            merken(client_fachkraft, angebot, aktion="hinzufuegen")
        zahlen = []
        for url in (reverse("angebote:merkliste"), reverse("angebote:merkliste_drucken")):
            client_fachkraft.get(url)
            with CaptureQueriesContext(connection) as abfragen:
                assert client_fachkraft.get(url).status_code == 200
            zahlen.append(len(abfragen))
        return zahlen

    AngebotFactory.create_batch(3)
    wenige = zaehlen()
    AngebotFactory.create_batch(20)
    assert zaehlen() == wenige


def test_datenschutz_hilfen_loeschen_nur_ihre_listen(zwei_angebote):
    from sozialraum.datenschutz.anfragen import person_aus

    anna, berta = UserFactory(rolle=FACHKRAFT), UserFactory(rolle=FACHKRAFT)
    for user in (anna, berta):
        liste = Merkliste.objects.create(owner=user, name="Merkliste", aktiv=True)
        Merklisteneintrag.objects.create(liste=liste, angebot=zwei_angebote[0])
    person = person_aus({"sozialraum.user": [anna.pk]})
    assert merkliste.merklisten_vorschau(person) == [
        "1 Merkliste wird mit ihren Einträgen gelöscht."
    ]
    assert merkliste.merklisten_loeschen(person) == ["Merklisten gelöscht: 1."]
    assert not Merkliste.objects.filter(owner=anna).exists()
    assert Merkliste.objects.filter(owner=berta).count() == 1
    assert Angebot.objects.filter(pk=zwei_angebote[0].pk).exists()


def test_loeschung_des_kontos_loescht_ihre_listen(zwei_angebote):
    from sozialraum.datenschutz.anfragen import loeschen, person_aus, vorschau

    anna = UserFactory(rolle=FACHKRAFT, first_name="Anna", last_name="Merk")
    liste = Merkliste.objects.create(owner=anna, name="Merkliste", aktiv=True)
    Merklisteneintrag.objects.create(liste=liste, angebot=zwei_angebote[0])
    person = person_aus({"sozialraum.user": [anna.pk]})
    assert "1 Merkliste wird mit ihren Einträgen gelöscht." in vorschau(person)
    _vorgang, bericht = loeschen(person)
    assert "Merklisten gelöscht: 1." in bericht
    assert not Merkliste.objects.filter(owner=anna).exists()
