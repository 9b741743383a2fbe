"""``load_demo`` a second time creates nothing and changes nothing, in every part of the demo.

One run for all parts: the demo takes seconds to load, and each part's check reads only its
own tables, before and after.
"""

import io

import pytest
from django.core.management import call_command
from guardian.models import UserObjectPermission

from angebote.models import Angebot, Angebotszeit
from gremien.models import (
    Aufgabe,
    Beschluss,
    Gremium,
    Mitgliedschaft,
    Protokollversion,
    Sitzung,
    Tagesordnungspunkt,
    Teilnahme,
)
from sozialraum.models import User
from sozialraumarbeit.models import Auszahlung, Budget, Massnahme
from traeger.models import Ansprechperson, Einrichtung, Kontakt, Traeger

pytestmark = pytest.mark.django_db


def _stammdaten():
    return {
        "traeger": Traeger.objects.count(),
        "einrichtungen": Einrichtung.objects.count(),
        "personen": Ansprechperson.objects.count(),
        "angebote": Angebot.objects.count(),
        "zeiten": Angebotszeit.objects.count(),
        "historie": Angebot.history.count() + Traeger.history.count(),
        **{
            feld: getattr(Angebot, feld).through.objects.count()
            for feld in ("einrichtungen", "kategorien", "zielgruppen", "sprachen", "sozialraeume")
        },
        "traeger_sozialraeume": Traeger.sozialraeume.through.objects.count(),
        "kontakte": Kontakt.objects.count(),
    }


def _gremien():
    modelle = (Gremium, Mitgliedschaft, Sitzung, Tagesordnungspunkt, Beschluss, Aufgabe)
    return {
        **{m.__name__: m.objects.count() for m in modelle},
        **{f"{m.__name__} (Historie)": m.history.count() for m in modelle},
        "Teilnahme": Teilnahme.objects.count(),
        "Protokollversion": Protokollversion.objects.count(),
        "User": User.objects.count(),
        "Objektrechte": UserObjectPermission.objects.count(),
        "offen": Aufgabe.objects.offen().count(),
        "freigegeben": Sitzung.objects.filter(
            protokoll_status=Sitzung.Protokollstatus.FREIGEGEBEN
        ).count(),
    }


def _massnahmen():
    return {
        "Massnahme": Massnahme.objects.count(),
        "Auszahlung": Auszahlung.objects.count(),
        "Budget": list(Budget.objects.order_by("pk").values_list("pk", "betrag", "updated_at")),
        "Budget (Historie)": Budget.history.count(),
    }


def _geaendert_am():
    """``updated_at`` of every 25th Träger, place and offer and every 7th Gremium and meeting."""
    return {
        model: dict(model.objects.order_by("pk").values_list("pk", "updated_at")[::schritt])
        for model, schritt in (
            (Traeger, 25),
            (Einrichtung, 25),
            (Angebot, 25),
            (Gremium, 7),
            (Sitzung, 7),
        )
    }


def test_zweiter_lauf_legt_nichts_an_und_aendert_nichts():
    vorher = (_stammdaten(), _gremien(), _massnahmen())
    stichprobe = _geaendert_am()

    ausgabe = io.StringIO()
    call_command("load_demo", "--erzwingen", stdout=ausgabe)

    assert _stammdaten() == vorher[0]
    assert _gremien() == vorher[1]
    assert _massnahmen() == vorher[2]
    for model, werte in stichprobe.items():
        assert dict(model.objects.filter(pk__in=werte).values_list("pk", "updated_at")) == werte
    text = ausgabe.getvalue()
    for teil in (
        "Träger: 0 neu, 0 aktualisiert; Einrichtungen: 0 neu, 0 aktualisiert",
        "Angebote: 0 neu, 0 aktualisiert; Zuordnungen: 0 neu, 0 entfernt",
        "Zeiten: 0 neu, 0 entfernt",
        "Kontakte: 0 neu, 0 aktualisiert",
        "Gremien-Personen: 0 neu",
        "Gremien: 0 neu, 0 aktualisiert",
        "Mitgliedschaften: 0 neu, 0 aktualisiert",
        "Sitzungen: 0 neu, 0 aktualisiert",
        "Tagesordnungspunkte: 0 neu, 0 aktualisiert",
        "Teilnahmen: 0 neu, 0 aktualisiert",
        "Beschlüsse: 0 neu, 0 aktualisiert",
        "Aufgaben: 0 neu, 0 aktualisiert",
        "Protokollversionen: 0 neu",
        "Maßnahmen: 0 neu",
    ):
        assert teil in text
