"""The cooperation network of a Sozialraum: which Träger work with whom, how much, how lately.

Nodes are the Träger of a Sozialraum: with an Einrichtung there, "tätig in" it, or taking
part in an edge found there. Edges come from *Kantenquellen*:

- the Vernetzung contacts recorded for the Sozialraum (this module), counted only when
  the viewer may see them;
- sources that higher floors register in their ``AppConfig.ready()`` with
  ``KANTENQUELLEN.registrieren`` (shared Gremien in ``gremien/netzwerk.py``, joint
  Angebote in ``angebote/netzwerk.py``), so that this floor imports none of them.

A source is called as ``quelle(sozialraum=…, seit=…, bis=…, user=…)`` and returns
``(traeger_a_id, traeger_b_id, datum, art)`` tuples, one per piece of cooperation. Each
counts ``0.5 ** (alter_in_monaten / 6)``: a contact today weighs 1, half a year ago 0.5.
"""

import csv
import datetime
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sozialraum.erweiterungen import Erweiterungspunkt
from sozialraum.werkzeuge.fristen import monate_addieren
from sozialraum.werkzeuge.tabellen import formel_schuetzen

from .models import Einrichtung, Kontakt, Traeger

KONTAKT, GREMIUM, ANGEBOT = "kontakt", "gremium", "angebot"
ARTEN = {KONTAKT: _("Kontakte"), GREMIUM: _("Gremien"), ANGEBOT: _("Angebote")}
ZEITRAEUME = (3, 6, 12, 24)  # "letzte N Monate"
STANDARD_MONATE = 12
HALBWERTSZEIT_MONATE = 6

Kantentupel = tuple[int, int, datetime.date, str]
# ``quelle(sozialraum=, seit=, bis=, user=)`` yields ``Kantentupel``: shared Gremien, joint
# offers …, registered in the higher floors' AppConfig.ready() (sozialraum/erweiterungen/__init__.py).
KANTENQUELLEN = Erweiterungspunkt("Kantenquellen des Netzwerks")


def kontakt_kanten(*, sozialraum, seit, bis, user) -> Iterable[Kantentupel]:
    """Every pair among the Träger of a visible contact, the recorder's own included."""
    kontakte = Kontakt.objects.sichtbar_fuer(user).filter(
        sozialraum=sozialraum, datum__range=(seit, bis)
    )
    beteiligte: dict[int, set[int]] = defaultdict(set)
    for kontakt_id, traeger_id in Kontakt.traeger.through.objects.filter(
        kontakt__in=kontakte.values("pk")
    ).values_list("kontakt_id", "traeger_id"):
        beteiligte[kontakt_id].add(traeger_id)
    for pk, datum, eigener in kontakte.values_list("pk", "datum", "eigener_traeger_id"):
        ids = beteiligte[pk] | ({eigener} if eigener else set())
        for a, b in combinations(sorted(ids), 2):
            yield a, b, datum, KONTAKT


def gewicht(datum: datetime.date, bis: datetime.date) -> float:
    alter_monate = max((bis - datum).days, 0) / (365.25 / 12)
    return 0.5 ** (alter_monate / HALBWERTSZEIT_MONATE)


@dataclass
class Kante:
    a: Traeger
    b: Traeger
    gewicht: float = 0.0
    anzahl: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ARTEN, 0))
    letzter: datetime.date | None = None

    @property
    def kontakte(self) -> int:
        return self.anzahl.get(KONTAKT, 0)

    @property
    def gremien(self) -> int:
        return self.anzahl.get(GREMIUM, 0)

    @property
    def angebote(self) -> int:
        return self.anzahl.get(ANGEBOT, 0)


@dataclass
class Netzwerk:
    sozialraum: object
    seit: datetime.date
    bis: datetime.date
    monate: int
    knoten: list[Traeger]
    kanten: list[Kante]  # heaviest first
    isoliert: list[Traeger]


def traeger_im_sozialraum(sozialraum):
    """Träger with an Einrichtung in the Sozialraum or "tätig in" it."""
    return Traeger.objects.filter(
        Exists(Einrichtung.objects.filter(traeger=OuterRef("pk"), sozialraum=sozialraum))
        | Q(
            pk__in=Traeger.sozialraeume.through.objects.filter(sozialraum=sozialraum).values(
                "traeger"
            )
        )
    )


def netzwerk_berechnen(sozialraum, user, monate: int = STANDARD_MONATE, bis=None) -> Netzwerk:
    """The network for ``user``'s eyes; a fixed number of queries whatever its size."""
    bis = bis or timezone.localdate()
    seit = monate_addieren(bis, -monate)
    tupel: list[Kantentupel] = []
    for quelle in [kontakt_kanten, *KANTENQUELLEN]:
        tupel.extend(quelle(sozialraum=sozialraum, seit=seit, bis=bis, user=user))
    beteiligt = {t for a, b, _d, _art in tupel for t in (a, b)}
    knoten = list(
        Traeger.objects.filter(
            Q(pk__in=traeger_im_sozialraum(sozialraum).values("pk")) | Q(pk__in=beteiligt)
        )
        .only("pk", "name")
        .order_by("name", "pk")
    )
    nach_id = {t.pk: t for t in knoten}
    kanten: dict[tuple[int, int], Kante] = {}
    for a, b, datum, art in tupel:
        if a == b or a not in nach_id or b not in nach_id:
            continue
        a, b = sorted((a, b), key=lambda pk: (nach_id[pk].name, pk))
        kante = kanten.get((a, b))
        if kante is None:
            kante = kanten[(a, b)] = Kante(nach_id[a], nach_id[b])
        kante.gewicht += gewicht(datum, bis)
        kante.anzahl[art] = kante.anzahl.get(art, 0) + 1
        kante.letzter = max(kante.letzter or datum, datum)
    verbunden = {pk for paar in kanten for pk in paar}
    return Netzwerk(
        sozialraum=sozialraum,
        seit=seit,
        bis=bis,
        monate=monate,
        knoten=knoten,
        kanten=sorted(kanten.values(), key=lambda k: (-k.gewicht, k.a.name, k.b.name)),
        isoliert=[t for t in knoten if t.pk not in verbunden],
    )


# --- drawing: a circle layout, computed here, drawn by templates/traeger/_netzwerk_svg.html --

RADIUS_MIN = 170
ABSTAND = 24  # along the circle per node: room for one line of label text
RAND = 270  # room for the labels outside the circle
MAX_ZEICHEN = 34


def _kurz(name: str) -> str:
    return name if len(name) <= MAX_ZEICHEN else name[: MAX_ZEICHEN - 1].rstrip() + "…"


def zeichnung(netzwerk: Netzwerk) -> dict:
    """Positions for nodes, labels and edges. Connected Träger first (by name), then the
    isolated ones, so that "with whom do we never work" sits together on the circle."""
    isoliert = {t.pk for t in netzwerk.isoliert}
    reihe = [t for t in netzwerk.knoten if t.pk not in isoliert] + netzwerk.isoliert
    radius = max(RADIUS_MIN, ABSTAND * len(reihe) / (2 * math.pi))
    groesse = 2 * (radius + RAND)
    mitte = groesse / 2
    staerke: dict[int, float] = defaultdict(float)
    for k in netzwerk.kanten:
        staerke[k.a.pk] += k.gewicht
        staerke[k.b.pk] += k.gewicht
    max_staerke = max(staerke.values(), default=1.0) or 1.0
    max_gewicht = max((k.gewicht for k in netzwerk.kanten), default=1.0) or 1.0
    punkte, knoten = {}, []
    for i, t in enumerate(reihe):
        winkel = -math.pi / 2 + 2 * math.pi * i / max(len(reihe), 1)
        x, y = mitte + radius * math.cos(winkel), mitte + radius * math.sin(winkel)
        punkte[t.pk] = (x, y)
        links = math.cos(winkel) < -1e-9
        grad = math.degrees(winkel) + (180 if links else 0)
        lx, ly = mitte + (radius + 14) * math.cos(winkel), mitte + (radius + 14) * math.sin(winkel)
        knoten.append(
            {
                "traeger": t,
                "x": round(x, 1),
                "y": round(y, 1),
                "r": round(5 + 7 * math.sqrt(staerke.get(t.pk, 0) / max_staerke), 1),
                "isoliert": t.pk in isoliert,
                "label": _kurz(t.name),
                "lx": round(lx, 1),
                "ly": round(ly, 1),
                "drehung": round(grad, 1),
                "anker": "end" if links else "start",
            }
        )
    kanten = []
    for k in reversed(netzwerk.kanten):  # heaviest drawn last, on top
        (x1, y1), (x2, y2) = punkte[k.a.pk], punkte[k.b.pk]
        # Control point halfway between the chord's middle and the centre: a gentle curve.
        cx, cy = ((x1 + x2) / 2 + mitte) / 2, ((y1 + y2) / 2 + mitte) / 2
        kanten.append(
            {
                "kante": k,
                "pfad": f"M{x1:.1f} {y1:.1f} Q{cx:.1f} {cy:.1f} {x2:.1f} {y2:.1f}",
                "breite": round(1 + 7 * k.gewicht / max_gewicht, 1),
            }
        )
    return {"groesse": round(groesse), "knoten": knoten, "kanten": kanten}


# --- CSV export ---------------------------------------------------------------------------

CSV_KOPF = [
    _("Träger A"),
    _("Träger B"),
    _("Gewicht"),
    _("Kontakte"),
    _("Gremien"),
    _("Angebote"),
    _("letzter Kontakt"),
]


def csv_zelle(wert) -> str:
    """A cell that a spreadsheet will not run as a formula (CSV/formula injection)."""
    return formel_schuetzen("" if wert is None else str(wert))


def netzwerk_csv(netzwerk: Netzwerk, datei) -> None:
    """Semicolons and decimal commas, as German spreadsheets expect."""
    schreiber = csv.writer(datei, delimiter=";")
    schreiber.writerow([csv_zelle(k) for k in CSV_KOPF])
    for k in netzwerk.kanten:
        schreiber.writerow(
            [
                csv_zelle(k.a.name),
                csv_zelle(k.b.name),
                f"{k.gewicht:.2f}".replace(".", ","),
                k.kontakte,
                k.gremien,
                k.angebote,
                k.letzter.isoformat() if k.letzter else "",
            ]
        )
