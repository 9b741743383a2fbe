"""Keeps the denormalised search text of offers current (see search.py)."""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Prefetch

from sozialraum.suchtext import normalisieren
from traeger.models import Einrichtung

from .models import Angebot, Suchwort

STUECK = 500


def _texte(angebot: Angebot) -> tuple[str, str]:
    teile = [angebot.titel, angebot.beschreibung, angebot.traeger.name, angebot.zeiten_hinweis]
    for einrichtung in angebot.einrichtungen.all():
        teile += [einrichtung.name, einrichtung.strasse, einrichtung.ort]
        for gebiet in (einrichtung.quartier, einrichtung.sozialraum):
            if gebiet is not None:
                teile.append(gebiet.name)
    teile += [k.name for k in angebot.kategorien.all()]
    teile += [z.name for z in angebot.zielgruppen.all()]
    teile += [s.name for s in angebot.sprachen.all()]
    teile += [s.name for s in angebot.sozialraeume.all()]
    return normalisieren(angebot.titel), normalisieren(" ".join(t for t in teile if t))


def reindex(angebote: Iterable[int] | None = None) -> int:
    """Recompute search texts (of the given offer ids, or of all) and extend the vocabulary."""
    queryset = Angebot.objects.order_by("pk")
    if angebote is not None:
        queryset = queryset.filter(pk__in=list(angebote))
    queryset = queryset.select_related("traeger").prefetch_related(
        Prefetch(
            "einrichtungen", queryset=Einrichtung.objects.select_related("quartier", "sozialraum")
        ),
        "kategorien",
        "zielgruppen",
        "sprachen",
        "sozialraeume",
    )
    anzahl = 0
    letzte = 0
    with transaction.atomic():
        while True:
            stueck = list(queryset.filter(pk__gt=letzte)[:STUECK])
            if not stueck:
                break
            woerter: set[str] = set()
            for angebot in stueck:
                angebot.suchtitel, angebot.suchtext = _texte(angebot)
                woerter.update(w for w in angebot.suchtext.split() if 2 <= len(w) <= 100)
            Angebot.objects.bulk_update(stueck, ["suchtitel", "suchtext"])
            Suchwort.objects.bulk_create(
                [Suchwort(wort=w) for w in sorted(woerter)], ignore_conflicts=True, batch_size=1000
            )
            anzahl += len(stueck)
            letzte = stueck[-1].pk
    return anzahl
