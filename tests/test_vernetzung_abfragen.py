"""The Vernetzung pages run a fixed number of SQL queries, however many contacts there are."""

import pytest
from django.urls import reverse

from sozialraum.zugang.rollen import FACHKRAFT
from tests.factories import (
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
from tests.test_angebote_abfragen import abfragen
from traeger.models import Ansprechperson

pytestmark = pytest.mark.django_db


def kontakte_anlegen(anzahl, sozialraum, eigen, partner, user):
    for i in range(anzahl):
        neu = TraegerFactory()
        EinrichtungFactory(traeger=neu, sozialraum=sozialraum)
        person = Ansprechperson.objects.create(traeger=partner, name=f"Person {i}")
        kollegin = UserFactory()  # works for the partner, and offered in the form
        TraegerZugehoerigkeitFactory(user=kollegin, traeger=partner)
        KontaktFactory(
            erfasst_von=user if i % 2 else UserFactory(),
            eigener_traeger=eigen,
            traeger=[partner, neu],
            ansprechpersonen=[person],
            kolleginnen=[kollegin],
            sozialraum=sozialraum,
            sichtbarkeit=["alle", "traeger", "privat"][i % 3],
            wiedervorlage="2026-01-01",
        )
        gremium = GremiumFactory(sozialraum=sozialraum, sichtbarkeit="fachkraefte")
        MitgliedschaftFactory(gremium=gremium, traeger=neu)
        MitgliedschaftFactory(gremium=gremium, traeger=partner)
        SitzungFactory(gremium=gremium, datum="2026-10-01")


def test_vernetzungsseiten_konstant(client):
    sozialraum = SozialraumFactory(schluessel="0103")
    eigen, partner = TraegerFactory(), TraegerFactory()
    user = UserFactory(rolle=FACHKRAFT)
    TraegerZugehoerigkeitFactory(user=user, traeger=eigen)
    client.force_login(user)
    urls = [
        reverse("traeger:kontakte"),
        reverse("traeger:kontakte_sozialraum", args=["0103"]),
        reverse("traeger:netzwerk", args=["0103"]),
        reverse("traeger:netzwerk_export", args=["0103"]),
        partner.get_absolute_url(),  # with "Wer kennt wen?"
        reverse("start"),  # with "Fällige Wiedervorlagen"
        reverse("traeger:kontakt_neu") + f"?traeger={partner.pk}",
    ]
    kontakte_anlegen(3, sozialraum, eigen, partner, user)
    wenige = [abfragen(client, url) for url in urls]
    kontakte_anlegen(12, sozialraum, eigen, partner, user)
    viele = [abfragen(client, url) for url in urls]
    # Per page: session and user, permissions (2), then the page's own queries:
    # lists: count, page, prefetches (Träger, Ansprechpersonen, colleagues; + due ones);
    # network: Sozialraum, contacts (2), Gremien (2), Angebote, Träger; "Wer kennt wen?":
    # aggregate, users, Ansprechpersonen, colleagues; the form: the people of the chosen
    # Träger (Ansprechpersonen; colleagues with their Träger, one prefetch).
    assert wenige == viele
