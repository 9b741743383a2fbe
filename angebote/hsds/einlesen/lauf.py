"""Importing HSDS 3.0 (``manage.py import_hsds``; docs/hsds.md, "Import").

Reads what ``export_hsds`` writes (a JSON array of services in the compiled shape), an
HSDA list page (``{"contents": [...]}``) or one service, from this registry or another:

1. ``einlesen_datei``: the JSON and every service against ``compiled/service.json``;
2. ``einlesen_plan`` (with ``einlesen_werte``, ``einlesen_dienst``): every entry mapped back
   to the registry's values (abbilden.py in reverse), problems of all entries collected;
3. only if there were none, in one transaction: terms and languages
   (``einlesen_begriffe``), Träger, Einrichtungen, Ansprechpersonen
   (``einlesen_stammdaten``), Angebote through the review (``einlesen_angebote``), the
   search index of what changed, and the ``Importlauf`` with counts and report
   (``einlesen_bericht``). Any failure rolls all of it back.

A second run of the same file changes nothing (no history entries, no proposals) and the
report says so.
"""

from __future__ import annotations

from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from angebote.hsds.einlesen.angebote import Angebote
from angebote.hsds.einlesen.begriffe import begriffe_schreiben
from angebote.hsds.einlesen.bericht import Bericht
from angebote.hsds.einlesen.datei import datei_lesen
from angebote.hsds.einlesen.plan import plan_erstellen
from angebote.hsds.einlesen.stammdaten import (
    einrichtungen_schreiben,
    personen_schreiben,
    traeger_schreiben,
)
from angebote.hsds.einlesen.zustand import Lauf
from angebote.models import Angebot
from angebote.permissions import darf_vorschlaege_pruefen
from angebote.quellen.lauf import Fortschritt, Stumm
from angebote.signals import suchindex_pausiert
from angebote.suche.suchindex import reindex
from sozialraum.austausch.gebiete import ImportFehler
from sozialraum.models import Importlauf

ART = "hsds"


def quelle_fuer(pfad: Path, quelle: str = "") -> str:
    """How the records name their source: "HSDS: <name>" (``--quelle``, else the file)."""
    return f"HSDS: {(quelle or Path(pfad).name).strip()}"


def hsds_importieren(
    pfad: Path,
    *,
    quelle: str = "",
    pruefen: bool = False,
    veroeffentlichen: bool = False,
    benutzer=None,
    benutzer_konsole: str = "",
    namensnennung: str = "",
    fortschritt: Fortschritt | None = None,
) -> Bericht:
    """Import the file; return the report. Raises ImportFehler, saving nothing.

    ``veroeffentlichen``: approve at once what the run submits for review, as
    ``benutzer`` (who must review proposals: a Jugendamt-Administration).
    """
    fortschritt = fortschritt or Stumm()
    if veroeffentlichen and (benutzer is None or not darf_vorschlaege_pruefen(benutzer)):
        raise ImportFehler(
            [
                _(
                    "--veroeffentlichen nur mit --benutzer einer Person, die Änderungsvorschläge "
                    "prüfen darf (Jugendamt-Administration)."
                )
            ]
        )
    datei = datei_lesen(Path(pfad), fortschritt)
    plan, _meldungen = plan_erstellen(datei, fortschritt)
    bericht = Bericht(
        datei.name,
        quelle_fuer(pfad, quelle),
        gelesen=len(datei.eintraege),
        pruefen=pruefen,
        veroeffentlichen_durch=str(benutzer) if veroeffentlichen else "",
    )
    bericht.hinweise += plan.hinweise
    lauf = Lauf(
        plan,
        bericht.quelle,
        bericht,
        fortschritt,
        benutzer=benutzer,
        veroeffentlichen=veroeffentlichen,
    )
    with transaction.atomic(), suchindex_pausiert():
        begriffe_schreiben(lauf)
        traeger_schreiben(lauf)
        einrichtungen_schreiben(lauf)
        personen_schreiben(lauf)
        Angebote(lauf).schreiben()
        _suchindex(lauf)
        if pruefen:
            transaction.set_rollback(True)
        else:
            Importlauf.objects.create(
                art=ART,
                dateien=str(pfad),
                gestartet_von=benutzer,
                benutzer_konsole=benutzer_konsole[:100],
                zaehler=bericht.zaehler_json(),
                bericht=bericht.text(),
                namensnennung=namensnennung[:300],
            )
    return bericht


def _suchindex(lauf: Lauf) -> None:
    """Rebuild the search text of every offer whose text may have changed: its own, or
    its Träger's or a place's (saved with the index paused)."""
    beruehrt = set(lauf.angebote)
    if lauf.geaenderte_traeger:
        beruehrt |= set(
            Angebot.objects.filter(traeger_id__in=lauf.geaenderte_traeger).values_list(
                "pk", flat=True
            )
        )
    if lauf.geaenderte_orte:
        beruehrt |= set(
            Angebot.einrichtungen.through.objects.filter(
                einrichtung_id__in=lauf.geaenderte_orte
            ).values_list("angebot_id", flat=True)
        )
    if beruehrt:
        lauf.fortschritt.schritt(_("Suchindex"), 1)
        reindex(sorted(beruehrt))
        lauf.fortschritt.weiter()
