"""Which offers and places a Prüfrunde asks about.

Criteria, all optional and combined with AND: a Jugendamt, a Sozialraum (an offer counts
when it runs at a place there or serves it, ``Angebot.objects.im_gebiet``), a Kategorie (for
places: those where a selected offer runs), and "not checked for at least N months" (never
checked counts too; the rule of sozialraum/werkzeuge/fristen.py). What a user may select at all is
``rechte.pruefbar_fuer``.

A record already asked about in a round that is still open (not closed, its links still
valid) is not asked again: a start clicked twice, or two overlapping selections, never send a
Träger a second mail about the same record. The preview counts what is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sozialraum.models import Jugendamt, Sozialraum
from sozialraum.werkzeuge.fristen import monatsgrenze
from traeger.models import Traeger

from ..models import Kategorie, Pruefposten
from .rechte import pruefbar_fuer


@dataclass(frozen=True)
class Kriterien:
    jugendamt: Jugendamt | None = None
    sozialraum: Sozialraum | None = None
    kategorie: Kategorie | None = None
    monate: int | None = None

    def als_json(self) -> dict:
        return {
            "jugendamt": self.jugendamt.pk if self.jugendamt else None,
            "sozialraum": self.sozialraum.pk if self.sozialraum else None,
            "kategorie": self.kategorie.pk if self.kategorie else None,
            "monate": self.monate,
        }

    def beschreibung(self) -> str:
        teile = []
        if self.jugendamt:
            teile.append(f"{self.jugendamt.ebene_name} {self.jugendamt.name}")
        if self.sozialraum:
            teile.append(f"{self.sozialraum.ebene_name} {self.sozialraum.name}")
        if self.kategorie:
            teile.append(_("Kategorie %(name)s") % {"name": self.kategorie.name})
        if self.monate:
            teile.append(
                ngettext(
                    "seit mindestens %(n)d Monat nicht geprüft",
                    "seit mindestens %(n)d Monaten nicht geprüft",
                    self.monate,
                )
                % {"n": self.monate}
            )
        return " · ".join(teile) or _("alle veröffentlichten Angebote und Einrichtungen")


def _nicht_geprueft_seit(queryset: QuerySet, monate: int | None) -> QuerySet:
    if not monate:
        return queryset
    grenze = monatsgrenze(timezone.localdate(), monate)
    return queryset.filter(Q(zuletzt_geprueft__isnull=True) | Q(zuletzt_geprueft__lte=grenze))


@dataclass
class Auswahl:
    """The selected offers and places (querysets, nothing read yet)."""

    angebote: QuerySet
    einrichtungen: QuerySet
    kriterien: Kriterien = field(default_factory=Kriterien)
    # Of the criteria's records, those left out as asked about in an open round.
    ausgelassen: tuple[QuerySet, QuerySet] | None = None

    def traeger(self) -> QuerySet:
        """Every Träger with a selected record, by name."""
        return Traeger.objects.filter(
            Q(pk__in=self.angebote.values("traeger"))
            | Q(pk__in=self.einrichtungen.values("traeger"))
        ).order_by("name", "pk")

    def vorschau(self) -> dict:
        """The counts the start form shows before anything is sent. Six queries."""
        traeger = self.traeger()
        alle = traeger.count()
        mit_email = traeger.exclude(email="").count() if alle else 0
        return {
            "angebote": self.angebote.count(),
            "einrichtungen": self.einrichtungen.count(),
            "traeger": alle,
            "mit_email": mit_email,
            "ohne_email": alle - mit_email,
            "schon_angefragt": sum(q.count() for q in self.ausgelassen or ()),
        }

    def je_traeger(self) -> dict[int, dict[str, list[int]]]:
        """Träger id → the ids of its selected offers and places. Two queries."""
        ergebnis: dict[int, dict[str, list[int]]] = {}
        for traeger, pk in self.angebote.order_by("titel", "pk").values_list("traeger", "pk"):
            ergebnis.setdefault(traeger, {"angebote": [], "einrichtungen": []})
            ergebnis[traeger]["angebote"].append(pk)
        for traeger, pk in self.einrichtungen.order_by("name", "pk").values_list("traeger", "pk"):
            ergebnis.setdefault(traeger, {"angebote": [], "einrichtungen": []})
            ergebnis[traeger]["einrichtungen"].append(pk)
        return ergebnis


def auswahl(kriterien: Kriterien, user) -> Auswahl:
    """The records of ``kriterien`` that ``user`` may put into a round."""
    angebote, einrichtungen = pruefbar_fuer(user)
    for gebiet in (kriterien.jugendamt, kriterien.sozialraum):
        if gebiet is not None:
            angebote = angebote.im_gebiet(gebiet)
            einrichtungen = einrichtungen.im_gebiet(gebiet)
    if kriterien.kategorie is not None:
        angebote = angebote.filter(kategorien=kriterien.kategorie)
        einrichtungen = einrichtungen.filter(pk__in=angebote.values("einrichtungen"))
    angebote = _nicht_geprueft_seit(angebote, kriterien.monate)
    einrichtungen = _nicht_geprueft_seit(einrichtungen, kriterien.monate)
    return _ohne_offene_anfragen(
        Auswahl(angebote=angebote, einrichtungen=einrichtungen, kriterien=kriterien)
    )


def offene_posten() -> QuerySet:
    """The entries of rounds still open: not closed and their links still valid."""
    return Pruefposten.objects.filter(
        anfrage__runde__geschlossen_am__isnull=True,
        anfrage__runde__gueltig_bis__gte=timezone.localdate(),
    )


def _ohne_offene_anfragen(alle: Auswahl) -> Auswahl:
    offen = offene_posten()
    # NOT IN with a NULL in the list matches nothing: only the entries of that kind.
    angefragt_a = offen.filter(angebot__isnull=False).values("angebot")
    angefragt_e = offen.filter(einrichtung__isnull=False).values("einrichtung")
    return Auswahl(
        angebote=alle.angebote.exclude(pk__in=angefragt_a),
        einrichtungen=alle.einrichtungen.exclude(pk__in=angefragt_e),
        kriterien=alle.kriterien,
        ausgelassen=(
            alle.angebote.filter(pk__in=angefragt_a),
            alle.einrichtungen.filter(pk__in=angefragt_e),
        ),
    )
