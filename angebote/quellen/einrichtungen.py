"""The import run: files → Träger → Einrichtungen → Angebote, all or nothing.

``einrichtungen_importieren`` reads and checks every file before writing anything; a
problem in any of them stops the run (``ImportFehler``) with nothing saved. The writes
happen in one transaction with one history row per created or changed record, the search
index of the touched offers is rebuilt once at the end, and the run is logged as one
``Importlauf``. With ``pruefen`` the transaction is rolled back: the report is complete,
the registry unchanged.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from sozialraum.austausch.gebiete import BERLIN_NAMENSNENNUNG, ImportFehler
from sozialraum.models import Importlauf, Jugendamt, Quartier, Regionalraum, Sozialraum
from traeger.models import Einrichtung

from .abgleich import Schreiber, datum, einfach, fremdschluessel, neu, vergleichen, zusammengesetzt
from .bericht import Bericht, Dateizaehler
from .datensaetze import einrichtung_soll
from .geojson import ARTEN, SCHULEN, Datei, lese_datei
from .grundangebote import angebote_abgleichen
from .lauf import Fortschritt, Lauf, Stumm, von_hand_zugeordnet
from .traeger_abgleich import traeger_name
from .traeger_schritt import traeger_abgleichen
from .verorten import Verorter, bezirk_angabe


def einrichtung_felder() -> dict:
    einfache = ("name", "art", "strasse", "plz", "ort", "telefon", "email", "website")
    felder = {
        **{n: einfach(Einrichtung, n) for n in (*einfache, "plaetze", "archiviert")},
        "zuletzt_geprueft": datum(Einrichtung, "zuletzt_geprueft", nur_neuer=True),
        "quelle_stand": datum(Einrichtung, "quelle_stand"),
        "traeger": fremdschluessel(Einrichtung, "traeger", traeger_name),
        "lage": zusammengesetzt("lage", _("Koordinaten"), ("lat", "lon"), runden=6),
        "gebiet": zusammengesetzt(
            "gebiet",
            _("Gebiet"),
            ("quartier_id", "sozialraum_id", "regionalraum_id", "jugendamt_id"),
        ),
    }
    felder["gebiet"].anzeigen = _gebiet_text_fabrik()
    return felder


def _gebiet_text_fabrik():
    namen = {}
    for i, model in enumerate((Quartier, Sozialraum, Regionalraum, Jugendamt)):
        namen[i] = dict(model.objects.values_list("pk", "name"))

    def gebiet_text(ids) -> str:
        for i, pk in enumerate(ids or []):
            if pk is not None:
                return str(namen[i].get(pk, pk))
        return _("nicht verortet")

    return gebiet_text


def _lesen(pfade: list[Path], fortschritt: Fortschritt) -> list[Datei]:
    fehler, dateien = [], []
    fortschritt.schritt(_("Dateien lesen"), len(pfade))
    for pfad in pfade:
        try:
            dateien.append(lese_datei(Path(pfad)))
        except ImportFehler as exc:
            fehler += exc.fehler
        fortschritt.weiter()
    gesehen: dict[str, Datei] = {}
    for datei in dateien:
        if datei.art.kennung in gesehen:
            fehler.append(
                _("%(ort)s: enthält wie %(andere)s die %(titel)s; jede Datei nur einmal angeben.")
                % {
                    "ort": datei.pfad,
                    "andere": gesehen[datei.art.kennung].pfad,
                    "titel": datei.art.titel,
                }
            )
        gesehen[datei.art.kennung] = datei
    if fehler:
        raise ImportFehler(fehler)
    return sorted(dateien, key=lambda d: ARTEN.index(d.art))


def einrichtungen_importieren(
    pfade: list[Path],
    *,
    pruefen: bool = False,
    stand: datetime.date | None = None,
    benutzer_konsole: str = "",
    fortschritt: Fortschritt | None = None,
    archivieren_erlauben: bool = False,
) -> Bericht:
    """Import the files; return the report. Raises ImportFehler, saving nothing."""
    fortschritt = fortschritt or Stumm()
    dateien = _lesen(pfade, fortschritt)
    bericht = Bericht(pruefen=pruefen)
    staende = {d.art.kennung: stand or d.art.stand for d in dateien}
    for d in dateien:
        bericht.dateien[d.art.kennung] = Dateizaehler(
            d.name, d.art.titel, staende[d.art.kennung].strftime("%m/%Y"), gelesen=len(d.merkmale)
        )
    lauf = Lauf(dateien, staende, bericht, fortschritt, archivieren_erlaubt=archivieren_erlauben)
    with transaction.atomic():
        traeger_abgleichen(lauf)
        einrichtungen_abgleichen(lauf)
        angebote_abgleichen(lauf)
        if pruefen:
            transaction.set_rollback(True)
        else:
            Importlauf.objects.create(
                art="einrichtungen",
                dateien="\n".join(str(d.pfad) for d in dateien),
                benutzer_konsole=benutzer_konsole[:100],
                zaehler=bericht.zaehler_json(),
                bericht=bericht.text(),
                namensnennung=BERLIN_NAMENSNENNUNG,
            )
    return bericht


def einrichtungen_abgleichen(lauf: Lauf) -> None:
    """Create, update or archive the Einrichtungen, placed by their boundaries."""
    verorter = Verorter()
    felder = einrichtung_felder()
    schreiber = Schreiber(Einrichtung, _("Import der Einrichtungen"))
    gesamt = sum(len(d.merkmale) for d in lauf.dateien)
    lauf.fortschritt.schritt(_("Einrichtungen abgleichen"), gesamt)
    for datei in lauf.dateien:
        zaehler = lauf.bericht.dateien[datei.art.kennung]
        schule = datei.art is SCHULEN
        bezirke = []
        for m in datei.merkmale:
            angabe = bezirk_angabe(m.werte, schule)
            if schule:
                bezirke.append((verorter.jugendamt(bezirk_name=angabe), angabe))
            else:
                bezirke.append(
                    (verorter.jugendamt(str(m.werte.get("e_bez_nr") or "").strip()), angabe)
                )
        verortungen = verorter.verorten([(m.lon, m.lat) for m in datei.merkmale], bezirke)
        stand = lauf.staende[datei.art.kennung]
        for m, verortung in zip(datei.merkmale, verortungen, strict=True):
            lauf.fortschritt.weiter()
            soll, hinweise = einrichtung_soll(datei.art, m, stand)
            lauf.einrichtung_soll[id(m)] = dict(soll)
            wo = lauf.wo(datei, m.externe_id, soll["name"])
            lauf.bericht.hinweise += [f"{wo}: {h}" for h in hinweise]
            if verortung.hinweis:
                lauf.bericht.verortung.append(f"{wo}: {verortung.hinweis}")
            if verortung.ebene:
                zaehler.verortet[verortung.ebene] += 1
            else:
                zaehler.nicht_verortet += 1
            soll["gebiet"] = verortung.gebiet
            obj = lauf.einrichtungen.get((datei.art.quelle, m.externe_id))
            traeger = lauf.traeger_von.get(id(lauf.gruppe_von[id(m.nennung)]))
            if traeger is not None:
                soll["traeger"] = traeger
            elif von_hand_zugeordnet(obj):
                lauf.bericht.behalten.append(
                    _("%(wo)s: Träger von Hand geändert, Quelle sagt „%(name)s“")
                    % {"wo": wo, "name": m.nennung.name}
                )
            if obj is None:
                obj = neu(
                    Einrichtung, soll, felder, quelle=datei.art.quelle, externe_id=m.externe_id
                )
                schreiber.anlegen.append(obj)
                lauf.einrichtungen[(datei.art.quelle, m.externe_id)] = obj
                zaehler.neu += 1
                continue
            vergleich = vergleichen(obj, soll, felder)
            lauf.bericht.behalten_melden(obj, vergleich, wo)
            schreiber.geaendert(obj, vergleich)
            if vergleich.geaendert:
                zaehler.geaendert += 1
                lauf.geaenderte_einrichtungen.add(obj.pk)
            else:
                zaehler.unveraendert += 1
        # Gone from the source: archived, never deleted.
        im_file = {m.externe_id for m in datei.merkmale}
        _nicht_zu_viele_weg(lauf, datei, im_file)
        for (quelle, externe), obj in lauf.einrichtungen.items():
            if quelle == datei.art.quelle and externe not in im_file and obj.pk:
                vergleich = vergleichen(obj, {"archiviert": True}, felder)
                schreiber.geaendert(obj, vergleich)
                if vergleich.geaendert:
                    zaehler.archiviert += 1
                    lauf.geaenderte_einrichtungen.add(obj.pk)
    schreiber.ausfuehren()


# More than this share of a source's places missing from its file (and at least
# ARCHIV_MINDESTENS of them) stops the run unless archiving is allowed explicitly.
ARCHIV_ANTEIL = 0.1
ARCHIV_MINDESTENS = 10


def _nicht_zu_viele_weg(lauf: Lauf, datei, im_file: set[str]) -> None:
    """A truncated or filtered copy of a file must not archive half a city's places."""
    if lauf.archivieren_erlaubt:
        return
    bisher = [
        externe
        for (quelle, externe), obj in lauf.einrichtungen.items()
        if quelle == datei.art.quelle and obj.pk and not obj.archiviert
    ]
    weg = [externe for externe in bisher if externe not in im_file]
    if len(weg) >= ARCHIV_MINDESTENS and len(weg) > ARCHIV_ANTEIL * len(bisher):
        raise ImportFehler(
            [
                _(
                    "%(datei)s: %(weg)d von %(bisher)d Einrichtungen dieser Quelle fehlen in der "
                    "Datei (mehr als %(anteil)d %%) und würden archiviert. Ist die Datei "
                    "vollständig? Wenn die Einrichtungen wirklich geschlossen sind, den Import "
                    "mit --archivieren-erlauben wiederholen."
                )
                % {
                    "datei": datei.name,
                    "weg": len(weg),
                    "bisher": len(bisher),
                    "anteil": int(ARCHIV_ANTEIL * 100),
                }
            ]
        )
