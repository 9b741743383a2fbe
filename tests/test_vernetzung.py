"""Vernetzung: who sees which contact on every page of the feature, the quick entry, the
network with its edge sources, weights and CSV export.

Personas: Rita records the contacts for "Kinderhaus e.V."; Carla is her colleague there;
Otto is a Fachkraft of another Träger; Amt is the Jugendamt-Administration (no Träger).
Each visibility has its own partner Träger, so an edge in the network, a row under "Wer
kennt wen?" or a line in the CSV shows exactly one contact.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from angebote.models import Angebot
from gremien.models import Sitzung
from sozialraum.werkzeuge.fristen import monate_addieren
from sozialraum.zugang.rollen import FACHKRAFT, JUGENDAMT_ADMINISTRATION
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    KontaktFactory,
    MitgliedschaftFactory,
    SitzungFactory,
    SozialraumFactory,
    TraegerFactory,
    TraegerZugehoerigkeitFactory,
    UserFactory,
)
from traeger.models import Ansprechperson, Kontakt
from traeger.netzwerk import csv_zelle, gewicht, netzwerk_berechnen, zeichnung

pytestmark = pytest.mark.django_db

SICHTBARKEITEN = ["privat", "traeger", "alle"]
PERSONAS = ["erfasserin", "kollegin", "andere", "administration"]
# Who sees a contact of the recorder, by its visibility.
SIEHT = {
    "erfasserin": {"privat": True, "traeger": True, "alle": True},
    "kollegin": {"privat": False, "traeger": True, "alle": True},
    "andere": {"privat": False, "traeger": False, "alle": True},
    "administration": {"privat": False, "traeger": False, "alle": True},
}


@pytest.fixture
def netz():
    heute = timezone.localdate()
    sozialraum = SozialraumFactory(schluessel="0103", name="Lindenhof")
    eigen = TraegerFactory(name="Kinderhaus e.V.")
    EinrichtungFactory(traeger=eigen, sozialraum=sozialraum)
    fremd = TraegerFactory(name="Anderer Träger e.V.")
    erfasserin = UserFactory(username="rita", first_name="Rita", last_name="Roth", rolle=FACHKRAFT)
    kollegin = UserFactory(username="carla", first_name="Carla", last_name="C", rolle=FACHKRAFT)
    andere = UserFactory(username="otto", rolle=FACHKRAFT)
    TraegerZugehoerigkeitFactory(user=erfasserin, traeger=eigen)
    TraegerZugehoerigkeitFactory(user=kollegin, traeger=eigen)
    TraegerZugehoerigkeitFactory(user=andere, traeger=fremd)
    partner, kontakte = {}, {}
    for sichtbarkeit in SICHTBARKEITEN:
        partner[sichtbarkeit] = TraegerFactory(name=f"Partner {sichtbarkeit} e.V.")
        EinrichtungFactory(traeger=partner[sichtbarkeit], sozialraum=sozialraum)
        person = Ansprechperson.objects.create(
            traeger=partner[sichtbarkeit], name=f"Person {sichtbarkeit}"
        )
        kontakte[sichtbarkeit] = KontaktFactory(
            erfasst_von=erfasserin,
            eigener_traeger=eigen,
            traeger=[partner[sichtbarkeit]],
            ansprechpersonen=[person],
            sozialraum=sozialraum,
            thema=f"Thema {sichtbarkeit}",
            sichtbarkeit=sichtbarkeit,
            datum=heute - datetime.timedelta(days=10),
            wiedervorlage=heute - datetime.timedelta(days=1),
        )
    return {
        "sozialraum": sozialraum,
        "eigen": eigen,
        "partner": partner,
        "kontakte": kontakte,
        "erfasserin": erfasserin,
        "kollegin": kollegin,
        "andere": andere,
        "administration": UserFactory(username="amt", rolle=JUGENDAMT_ADMINISTRATION),
    }


def als(client, user):
    client.force_login(user)
    return client


# --- the matrix: every view × persona × visibility -------------------------------------


@pytest.mark.parametrize("sichtbarkeit", SICHTBARKEITEN)
@pytest.mark.parametrize("persona", PERSONAS)
def test_matrix(client, netz, persona, sichtbarkeit):
    als(client, netz[persona])
    kontakt = netz["kontakte"][sichtbarkeit]
    partner = netz["partner"][sichtbarkeit]
    sieht = SIEHT[persona][sichtbarkeit]
    ist_erfasserin = persona == "erfasserin"
    schluessel = netz["sozialraum"].schluessel

    # detail, edit, follow-up done: 404 when invisible, 403 when visible but not one's own
    nicht_eigen = 403 if sieht else 404
    assert client.get(reverse("traeger:kontakt", args=[kontakt.pk])).status_code == (
        200 if sieht else 404
    )
    bearbeiten = reverse("traeger:kontakt_bearbeiten", args=[kontakt.pk])
    assert client.get(bearbeiten).status_code == (200 if ist_erfasserin else nicht_eigen)
    antwort = client.post(bearbeiten, {"thema": "übernommen"})
    assert antwort.status_code == (200 if ist_erfasserin else nicht_eigen)  # 200: form errors
    erledigt = client.post(reverse("traeger:wiedervorlage_erledigt", args=[kontakt.pk]))
    assert erledigt.status_code == (302 if ist_erfasserin else nicht_eigen)
    kontakt.refresh_from_db()
    assert kontakt.thema == f"Thema {sichtbarkeit}"
    assert (kontakt.wiedervorlage is None) == ist_erfasserin

    # lists
    meine = client.get(reverse("traeger:kontakte"))
    assert (kontakt.thema in meine.text) == ist_erfasserin
    im_sozialraum = client.get(reverse("traeger:kontakte_sozialraum", args=[schluessel]))
    assert im_sozialraum.status_code == 200
    assert (kontakt.thema in im_sozialraum.text) == sieht

    # network page, its table and the CSV count only visible contacts
    netzwerk = client.get(reverse("traeger:netzwerk", args=[schluessel]))
    assert netzwerk.status_code == 200
    kanten = {(k.a.pk, k.b.pk) for k in netzwerk.context["netz"].kanten}
    paar = tuple(sorted((netz["eigen"], partner), key=lambda t: t.name))
    assert ((paar[0].pk, paar[1].pk) in kanten) == sieht
    isoliert = {t.pk for t in netzwerk.context["netz"].isoliert}
    assert (partner.pk in isoliert) == (not sieht)
    export = client.get(reverse("traeger:netzwerk_export", args=[schluessel]))
    assert export.status_code == 200
    assert (partner.name in export.content.decode()) == sieht

    # "Wer kennt wen?" on the partner's page; the due follow-up on the start page
    seite = client.get(partner.get_absolute_url())
    assert "Wer kennt wen?" in seite.text
    assert ("Rita Roth" in seite.text) == sieht
    assert ("Person " + sichtbarkeit in seite.text.split("Wer kennt wen?")[1]) == sieht
    start = client.get(reverse("start"))
    assert ("Fällige Wiedervorlagen" in start.text) == ist_erfasserin


@pytest.mark.parametrize("persona", PERSONAS)
def test_erfassen_steht_jeder_rolle_offen(client, netz, persona):
    als(client, netz[persona])
    assert client.get(reverse("traeger:kontakt_neu")).status_code == 200
    assert client.get(reverse("traeger:kontakte")).status_code == 200


def test_ohne_rolle_und_ohne_anmeldung(client, netz):
    kontakt = netz["kontakte"]["alle"]
    urls = [
        reverse("traeger:kontakte"),
        reverse("traeger:kontakt_neu"),
        reverse("traeger:kontakt", args=[kontakt.pk]),
        reverse("traeger:kontakte_sozialraum", args=["0103"]),
        reverse("traeger:netzwerk", args=["0103"]),
        reverse("traeger:netzwerk_export", args=["0103"]),
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # to the login
    als(client, UserFactory(username="ohne-rolle"))
    for url in urls[:2] + urls[3:]:
        assert client.get(url).status_code == 403
    assert client.get(urls[2]).status_code == 404
    assert "Wer kennt wen?" not in client.get(netz["partner"]["alle"].get_absolute_url()).text


def test_queryset_und_rechtefunktion_stimmen_ueberein(netz):
    from traeger.permissions import darf_kontakt_sehen

    for persona in PERSONAS:
        user = netz[persona]
        sichtbar = set(Kontakt.objects.sichtbar_fuer(user))
        for kontakt in Kontakt.objects.all():
            assert (kontakt in sichtbar) == darf_kontakt_sehen(user, kontakt)


def test_genannte_kollegin_sieht_nur_nach_sichtbarkeit(client, netz):
    """Naming a colleague shares nothing with her: Pia, of both partners, is named in Rita's
    private and in her shared contact; she sees the shared one only. Where the contact is
    visible, "Wer kennt wen?" names her beside the Ansprechperson."""
    pia = UserFactory(username="pia", first_name="Pia", last_name="Pohl", rolle=FACHKRAFT)
    for sichtbarkeit in ("privat", "alle"):
        TraegerZugehoerigkeitFactory(user=pia, traeger=netz["partner"][sichtbarkeit])
        netz["kontakte"][sichtbarkeit].kolleginnen.add(pia)
    privat, alle = netz["kontakte"]["privat"], netz["kontakte"]["alle"]
    als(client, pia)
    assert client.get(reverse("traeger:kontakt", args=[privat.pk])).status_code == 404
    assert "Pia Pohl" in client.get(reverse("traeger:kontakt", args=[alle.pk])).text
    sozialraum = client.get(reverse("traeger:kontakte_sozialraum", args=["0103"])).text
    assert "Thema alle" in sozialraum and "Thema privat" not in sozialraum

    seite = als(client, netz["kollegin"]).get(netz["partner"]["alle"].get_absolute_url())
    assert "Person alle, Pia Pohl" in seite.text.split("Wer kennt wen?")[1]
    seite = client.get(netz["partner"]["privat"].get_absolute_url())
    assert "Pia Pohl" not in seite.text
    seite = als(client, netz["erfasserin"]).get(netz["partner"]["privat"].get_absolute_url())
    assert "Person privat, Pia Pohl" in seite.text.split("Wer kennt wen?")[1]


# --- quick entry -------------------------------------------------------------------------


def test_schnellerfassung_von_der_traegerseite(client, netz):
    partner = netz["partner"]["alle"]
    seite = als(client, netz["kollegin"]).get(partner.get_absolute_url())
    link = f"{reverse('traeger:kontakt_neu')}?traeger={partner.pk}&amp;next=/traeger/{partner.pk}/"
    assert link in seite.text
    url = f"{reverse('traeger:kontakt_neu')}?traeger={partner.pk}&next=/traeger/{partner.pk}/"
    formular = client.get(url)
    assert "Keine Namen oder Daten von Klientinnen und Klienten" in formular.text
    form = formular.context["form"]
    assert form.initial["traeger"] == [partner]
    assert form.initial["sozialraum"] == netz["sozialraum"]  # from the Träger's Einrichtung
    assert form.initial["art"] == "telefonat"
    assert form.initial["sichtbarkeit"] == "traeger"
    assert form.initial["eigener_traeger"] == netz["eigen"]
    antwort = client.post(
        url,
        {
            "traeger": [partner.pk],
            "thema": "Ferienprogramm abgestimmt",
            "art": "telefonat",
            "sichtbarkeit": "traeger",
            "datum": timezone.localdate().isoformat(),
            "sozialraum": netz["sozialraum"].pk,
            "eigener_traeger": netz["eigen"].pk,
        },
    )
    assert antwort.status_code == 302
    assert antwort["Location"] == f"/traeger/{partner.pk}/"
    kontakt = Kontakt.objects.get(thema="Ferienprogramm abgestimmt")
    assert kontakt.erfasst_von == netz["kollegin"]
    assert list(kontakt.traeger.all()) == [partner]


@pytest.mark.parametrize(
    "ziel", ["https://boese.example/", "//boese.example/x", "javascript:alert(1)"]
)
def test_fremdes_weiterleitungsziel_wird_ignoriert(client, netz, ziel):
    als(client, netz["erfasserin"])
    antwort = client.post(
        reverse("traeger:kontakt_neu") + "?next=" + ziel,
        {
            "traeger": [netz["partner"]["alle"].pk],
            "thema": "Test",
            "art": "treffen",
            "sichtbarkeit": "alle",
            "datum": timezone.localdate().isoformat(),
            "sozialraum": netz["sozialraum"].pk,
        },
    )
    assert antwort.status_code == 302
    assert antwort["Location"] == reverse("traeger:kontakte")


def _daten(netz, **werte):
    daten = {
        "traeger": [netz["partner"]["alle"].pk],
        "thema": "Test",
        "art": "telefonat",
        "sichtbarkeit": "traeger",
        "datum": timezone.localdate().isoformat(),
        "sozialraum": netz["sozialraum"].pk,
        "eigener_traeger": netz["eigen"].pk,
    }
    daten.update(werte)
    return daten


def test_formular_prueft_regeln(client, netz):
    als(client, netz["erfasserin"])
    url = reverse("traeger:kontakt_neu")
    fehler = [
        (_daten(netz, traeger=[netz["eigen"].pk]), "außer Ihrem eigenen Träger"),
        (
            _daten(netz, ansprechpersonen=[Ansprechperson.objects.get(name="Person privat").pk]),
            "Auswahl",  # not offered at all: only persons of the chosen Träger
        ),
        (
            _daten(netz, datum=(timezone.localdate() + datetime.timedelta(days=3)).isoformat()),
            "Wiedervorlage nutzen",
        ),
        (_daten(netz, wiedervorlage="2000-01-01"), "vor dem Kontakt"),
        (_daten(netz, eigener_traeger=netz["partner"]["privat"].pk), "Auswahl"),  # not my Träger
    ]
    for daten, meldung in fehler:
        antwort = client.post(url, daten)
        assert antwort.status_code == 200, daten
        assert meldung in antwort.text, meldung
    assert not Kontakt.objects.filter(thema="Test").exists()


def test_ohne_traeger_gibt_es_mein_traeger_nicht(client, netz):
    als(client, netz["administration"])
    form = client.get(reverse("traeger:kontakt_neu")).context["form"]
    assert "eigener_traeger" not in form.fields
    assert [w for w, _ in form.fields["sichtbarkeit"].choices] == ["privat", "alle"]
    assert form.initial["sichtbarkeit"] == "privat"


def test_ansprechpersonen_nur_der_gewaehlten_traeger(client, netz):
    partner = netz["partner"]["alle"]
    als(client, netz["erfasserin"])
    form = client.get(reverse("traeger:kontakt_neu") + f"?traeger={partner.pk}").context["form"]
    assert [p.name for p in form.fields["ansprechpersonen"].queryset] == ["Person alle"]


def test_einrichtung_und_angebot_verlinken_die_schnellerfassung(client, netz):
    partner = netz["partner"]["alle"]
    einrichtung = partner.einrichtungen.get()
    angebot = AngebotFactory(traeger=partner, einrichtungen=[einrichtung])
    als(client, netz["erfasserin"])
    for url in (einrichtung.get_absolute_url(), angebot.get_absolute_url()):
        assert f"{reverse('traeger:kontakt_neu')}?traeger={partner.pk}" in client.get(url).text
    assert f"sozialraum={netz['sozialraum'].pk}" in client.get(einrichtung.get_absolute_url()).text


def test_hauptnavigation_und_sozialraumseite(client, netz):
    als(client, netz["andere"])
    start = client.get(reverse("start"))
    assert f'href="{reverse("traeger:kontakte")}"' in start.text
    gebiet = client.get(netz["sozialraum"].get_absolute_url())
    assert reverse("traeger:netzwerk", args=["0103"]) in gebiet.text
    waehlen = client.get(reverse("traeger:netzwerk_waehlen"), {"sozialraum": "0103"})
    assert waehlen["Location"] == reverse("traeger:netzwerk", args=["0103"])


# --- the network -------------------------------------------------------------------------


def test_gewicht_halbiert_sich_alle_sechs_monate():
    bis = datetime.date(2026, 11, 21)
    assert gewicht(bis, bis) == 1
    assert gewicht(monate_addieren(bis, -6), bis) == pytest.approx(0.5, abs=0.01)
    assert gewicht(monate_addieren(bis, -12), bis) == pytest.approx(0.25, abs=0.01)
    assert gewicht(bis + datetime.timedelta(days=5), bis) == 1
    assert monate_addieren(datetime.date(2026, 3, 31), -1) == datetime.date(2026, 2, 28)


def test_netzwerk_aus_kontakten_gremien_und_angeboten(netz):
    heute = timezone.localdate()
    s = netz["sozialraum"]
    a, b, c = (TraegerFactory(name=n) for n in ("A-Verein", "B-Verein", "C-Verein"))
    schule = EinrichtungFactory(traeger=c, sozialraum=s)
    for t in (a, b):
        EinrichtungFactory(traeger=t, sozialraum=s)
    # a contact among several Träger: every pair, and the recorder's own Träger with each
    KontaktFactory(
        erfasst_von=netz["andere"], traeger=[a, b], sozialraum=s, datum=heute, eigener_traeger=c
    )
    # a shared Gremium that met; one that did not meet adds nothing
    ag = GremiumFactory(sozialraum=s, sichtbarkeit="fachkraefte")
    for t in (a, b):
        MitgliedschaftFactory(gremium=ag, traeger=t)
    SitzungFactory(gremium=ag, datum=heute - datetime.timedelta(days=30))
    SitzungFactory(
        gremium=ag, datum=heute - datetime.timedelta(days=3), status=Sitzung.Status.ABGESAGT
    )
    still = GremiumFactory(sozialraum=s, sichtbarkeit="fachkraefte")
    for t in (a, c):
        MitgliedschaftFactory(gremium=still, traeger=t)
    # an Angebot of A at C's school is joint; one at A's own place is not
    AngebotFactory(traeger=a, einrichtungen=[schule])
    AngebotFactory(traeger=a, einrichtungen=[a.einrichtungen.get()])
    AngebotFactory(traeger=b, einrichtungen=[schule], status=Angebot.Status.ENTWURF)

    n = netzwerk_berechnen(s, netz["andere"], 12)
    kanten = {(k.a.name, k.b.name): k for k in n.kanten}
    ab, ac, bc = (
        kanten[("A-Verein", "B-Verein")],
        kanten[("A-Verein", "C-Verein")],
        kanten[("B-Verein", "C-Verein")],
    )
    assert (ab.kontakte, ab.gremien, ab.angebote) == (1, 1, 0)
    assert (ac.kontakte, ac.gremien, ac.angebote) == (1, 0, 1)
    assert (bc.kontakte, bc.gremien, bc.angebote) == (1, 0, 0)
    assert ab.letzter == heute
    assert ab.gewicht == pytest.approx(1 + gewicht(heute - datetime.timedelta(days=30), heute))
    assert ac.gewicht == 2  # a running Angebot counts as today
    assert n.kanten[:3] == [ac, ab, bc]  # heaviest first
    # Otto sees only the "alle" contact of Rita's
    assert {t.name for t in n.isoliert} == {"Partner privat e.V.", "Partner traeger e.V."}

    bild = zeichnung(n)
    assert len(bild["knoten"]) == len(n.knoten)
    assert len(bild["kanten"]) == len(n.kanten)
    assert all(k["isoliert"] == (k["traeger"] in n.isoliert) for k in bild["knoten"])


def test_zeitraum(client, netz):
    heute = timezone.localdate()
    alt = KontaktFactory(
        erfasst_von=netz["andere"],
        traeger=[netz["partner"]["privat"], netz["partner"]["traeger"]],
        sozialraum=netz["sozialraum"],
        datum=heute - datetime.timedelta(days=300),
    )
    als(client, netz["andere"])
    url = reverse("traeger:netzwerk", args=["0103"])
    namen = lambda antwort: {(k.a.name, k.b.name) for k in antwort.context["netz"].kanten}  # noqa: E731
    paar = ("Partner privat e.V.", "Partner traeger e.V.")
    assert paar in namen(client.get(url, {"monate": "12"}))
    assert paar not in namen(client.get(url, {"monate": "6"}))
    assert client.get(url, {"monate": "7"}).context["netz"].monate == 12  # whitelisted
    assert alt.pk


def test_netzwerkseite_zeigt_bild_und_tabelle(client, netz):
    als(client, netz["erfasserin"])
    seite = client.get(reverse("traeger:netzwerk", args=["0103"])).text
    assert 'role="img"' in seite
    assert '<title id="netz-svg-titel">' in seite
    assert "<desc" in seite
    assert "Mit wem arbeiten wir nie?" in seite
    assert seite.count("<h1") == 1


def test_csv_export_mit_deutschem_kopf_und_formelschutz(client, netz):
    boese = TraegerFactory(name='=HYPERLINK("http://x")')
    KontaktFactory(
        erfasst_von=netz["andere"], traeger=[boese, netz["eigen"]], sozialraum=netz["sozialraum"]
    )
    als(client, netz["andere"])
    antwort = client.get(reverse("traeger:netzwerk_export", args=["0103"]), {"monate": "3"})
    assert antwort["Content-Type"].startswith("text/csv")
    assert 'filename="netzwerk-0103-3-monate.csv"' in antwort["Content-Disposition"]
    zeilen = antwort.content.decode("utf-8-sig").splitlines()
    assert zeilen[0] == "Träger A;Träger B;Gewicht;Kontakte;Gremien;Angebote;letzter Kontakt"
    assert any(
        z.startswith('"\'=HYPERLINK(""http://x"")";Kinderhaus e.V.;1,00;1;0;0;') for z in zeilen
    )
    for wert in ("=1+1", "+1", "-1", "@SUM(A1)"):
        assert csv_zelle(wert) == "'" + wert
    assert csv_zelle("Kinderhaus") == "Kinderhaus"


def test_netzwerk_unbekannter_sozialraum(client, netz):
    als(client, netz["erfasserin"])
    assert client.get(reverse("traeger:netzwerk", args=["9999"])).status_code == 404
    assert client.get(reverse("traeger:netzwerk_waehlen"), {"sozialraum": "x"}).status_code == 404
    # Without a Sozialraum: the page to choose one, not a 404.
    antwort = client.get(reverse("traeger:netzwerk_waehlen"))
    assert antwort.status_code == 200
    assert "Netzwerk eines Sozialraums" in antwort.text
