"""Demo city Musterstadt: how its Gremien work together (issue #16).

After the Gremien step: the structure of the Regionalraum Nord (Fokusgruppe Bildung and the
Sozialraumteam Altstadt-Nord belong to the Lenkungsgruppe, which like the AG 78 Nord belongs
to the Sozialraumkonferenz; the Stadtteiltisch Lindenhof to the AG 78 Nord), the
delegations into the Lenkungsgruppe (Katrin Wagner from the Fokusgruppe Bildung with the
Stadtbibliothek as her stand-in, Claudia Hoffmann from the Sozialraumteam), and an
Empfehlung of a Gremium below the Lenkungsgruppe (the Sozialraumteam's) passed on to the
Lenkungsgruppe, which decided on it in its latest meeting (minutes still a draft, so no released minutes change). Idempotent: it sets
what differs and creates what is missing, keyed by names and stable fields.
"""

import datetime
import re

from django.contrib.auth import get_user_model
from django.utils import timezone

from ..models import Beschluss, Gremium, Mitgliedschaft, Sitzung, Tagesordnungspunkt, Weitergabe

R = Mitgliedschaft.Rolle

STRUKTUR = (
    ("Lenkungsgruppe Nord", "Sozialraumkonferenz Nord"),
    ("AG 78 Nord", "Sozialraumkonferenz Nord"),
    ("Fokusgruppe Bildung Nord", "Lenkungsgruppe Nord"),
    ("Sozialraumteam Altstadt-Nord", "Lenkungsgruppe Nord"),
    ("Stadtteiltisch Lindenhof", "AG 78 Nord"),
)
# (person, sending Gremium, receiving Gremium, stand-in from the sending Gremium or "")
DELEGATIONEN = (
    ("katrin.wagner", "Fokusgruppe Bildung Nord", "Lenkungsgruppe Nord", "frank.hartmann"),
    ("claudia.hoffmann", "Sozialraumteam Altstadt-Nord", "Lenkungsgruppe Nord", ""),
)
EMPFEHLUNG = "der Lenkungsgruppe zur Förderung empfohlen"
BERICHTE = "Berichte aus Fokusgruppe und AG 78"


def _setzen(obj, grund: str, **werte) -> int:
    abweichend = {f: w for f, w in werte.items() if getattr(obj, f) != w}
    if not abweichend:
        return 0
    for f, w in abweichend.items():
        setattr(obj, f, w)
    obj._change_reason = grund
    obj.save()
    return 1


def _struktur(gremien) -> int:
    return sum(
        _setzen(gremien[kind], "Demo: Gremienstruktur", uebergeordnet=gremien[eltern])
        for kind, eltern in STRUKTUR
    )


def _delegationen(gremien, personen) -> tuple[int, int]:
    geaendert = neu = 0
    for name, von, nach, vertretung in DELEGATIONEN:
        quelle = gremien[von].mitgliedschaften.filter(person=personen[name]).first()
        ziel = gremien[nach].mitgliedschaften.filter(person=personen[name]).first()
        if quelle is None or ziel is None or quelle.traeger_id != ziel.traeger_id:
            continue
        geaendert += _setzen(ziel, "Demo: Delegation", entsandt_von=quelle)
        if not vertretung:
            continue
        herkunft = gremien[von].mitgliedschaften.filter(person=personen[vertretung]).first()
        traeger_id = herkunft.traeger_id if herkunft else None
        vertreter = Mitgliedschaft.objects.filter(
            gremium=gremien[nach], person=personen[vertretung], traeger_id=traeger_id
        ).first()
        werte = {"rolle": R.VERTRETUNG, "vertretung_fuer": ziel, "von": ziel.von, "bis": None}
        if vertreter is None:
            Mitgliedschaft.objects.create(
                gremium=gremien[nach], person=personen[vertretung], traeger_id=traeger_id, **werte
            )
            neu += 1
        else:
            geaendert += _setzen(vertreter, "Demo: Vertretung der Delegierten", **werte)
    return neu, geaendert


def _weitergabe(gremien, personen) -> tuple[int, int]:
    """The latest Empfehlung of a Gremium below the Lenkungsgruppe Nord before its latest
    meeting, passed on and decided there. Returns (Empfehlungen marked, Weitergaben new)."""
    markiert = 0
    for b in Beschluss.objects.filter(text__contains=EMPFEHLUNG).order_by("pk"):
        markiert += _setzen(b, "Demo: Empfehlung", art=Beschluss.Art.EMPFEHLUNG)
    lenkung = gremien["Lenkungsgruppe Nord"]
    ziel = lenkung.sitzungen.filter(status=Sitzung.Status.DURCHGEFUEHRT).order_by("-datum").first()
    if ziel is None:
        return markiert, 0
    empfehlung = (
        Beschluss.objects.filter(
            sitzung__gremium__uebergeordnet=lenkung,
            text__contains=EMPFEHLUNG,
            sitzung__datum__lt=ziel.datum,
        )
        .select_related("sitzung__gremium")
        .order_by("-sitzung__datum", "-pk")
        .first()
    )
    if empfehlung is None or Weitergabe.objects.filter(beschluss=empfehlung).exists():
        return markiert, 0
    quelle = empfehlung.sitzung.gremium
    koordination = quelle.mitgliedschaften.filter(
        rolle=R.KOORDINATION, person__isnull=False
    ).first()
    massnahme = re.search(r"„(.+?)“", empfehlung.text)
    massnahme = massnahme.group(1) if massnahme else "die Maßnahme"
    # Its own agenda item if the agenda has room, else under the reports.
    haupt = ziel.tops.filter(eltern__isnull=True)
    eltern = None if haupt.count() < 6 else haupt.filter(titel=BERICHTE).first()
    position = max(ziel.tops.values_list("position", flat=True), default=0) + 1
    titel = f"Empfehlung aus „{quelle.name}“: Förderung der Maßnahme „{massnahme}“"
    top = Tagesordnungspunkt.objects.create(
        sitzung=ziel,
        eltern=eltern,
        position=position,
        titel=titel,
        verantwortlich=personen["koordination"],
        dauer_minuten=15,
        protokoll=(
            f"Die Koordination des Gremiums „{quelle.name}“ stellt die Empfehlung vor. Die "
            f"Maßnahme „{massnahme}“ schließt eine Lücke, die im Sozialraum seit längerem "
            "benannt wird.\n\n- Die Haushaltsplanung bestätigt, dass das Budget des "
            "Regionalraums reicht.\n- Die Sprecherin der freien Träger bittet, die Wirkung "
            "nach sechs Monaten zu berichten."
        ),
    )
    Beschluss.objects.create(
        sitzung=ziel,
        top=top,
        text=(
            f"Die Lenkungsgruppe folgt der Empfehlung und befürwortet die Maßnahme "
            f"„{massnahme}“ für zwölf Monate. Die Regionalkoordination bereitet die "
            "Vereinbarung vor; nach sechs Monaten berichtet der Träger."
        ),
    )
    Weitergabe.objects.create(
        beschluss=empfehlung,
        ziel_gremium=lenkung,
        titel=titel,
        hinweis=(
            "Die Finanzierung ist mit dem Träger geklärt; wir bitten um eine Entscheidung in "
            "der nächsten Sitzung."
        ),
        top=top,
        weitergegeben_von=koordination.person if koordination else personen["koordination"],
        weitergegeben_am=timezone.make_aware(
            datetime.datetime.combine(ziel.datum - datetime.timedelta(days=14), datetime.time(10))
        ),
    )
    return markiert, 1


def struktur_laden(ausgabe) -> None:
    namen = (
        {n for paar in STRUKTUR for n in paar}
        | {d[1] for d in DELEGATIONEN}
        | {d[2] for d in DELEGATIONEN}
    )
    gremien = {g.name: g for g in Gremium.objects.filter(name__in=namen)}
    if len(gremien) < len(namen):
        raise RuntimeError("Die Gremien der Demo-Stadt fehlen: zuerst „Gremien“ laden.")
    benutzer = {d[0] for d in DELEGATIONEN} | {d[3] for d in DELEGATIONEN if d[3]}
    benutzer |= {"gremium", "koordination"}
    personen = {u.username: u for u in get_user_model().objects.filter(username__in=benutzer)}
    struktur = _struktur(gremien)
    neu, geaendert = _delegationen(gremien, personen)
    markiert, weitergaben = _weitergabe(gremien, personen)
    ausgabe(
        f"Gremienstruktur: {struktur} aktualisiert; Delegationen: {geaendert} aktualisiert, "
        f"Vertretungen: {neu} neu; Empfehlungen: {markiert} markiert; Weitergaben: "
        f"{weitergaben} neu"
    )
