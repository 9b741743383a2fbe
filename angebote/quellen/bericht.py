"""What a run counted and has to say: the summary per file and the full report text.

The report is what a person reads after an import (console, ``Importlauf.bericht``): the
counts, each merged Träger with its spellings, every facility not placed by its boundary,
every field kept because it was changed by hand, and the data-quality notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .verorten import ebene_name

EBENEN = ("quartier", "sozialraum", "regionalraum", "jugendamt")


@dataclass
class Dateizaehler:
    datei: str
    titel: str
    stand: str
    gelesen: int = 0
    neu: int = 0
    geaendert: int = 0
    unveraendert: int = 0
    archiviert: int = 0
    traeger_zusammengefuehrt: int = 0
    verortet: dict = field(default_factory=lambda: dict.fromkeys(EBENEN, 0))
    nicht_verortet: int = 0

    def als_dict(self) -> dict:
        return {
            "datei": self.datei,
            "stand": self.stand,
            "gelesen": self.gelesen,
            "neu": self.neu,
            "geaendert": self.geaendert,
            "unveraendert": self.unveraendert,
            "archiviert": self.archiviert,
            "traeger_zusammengefuehrt": self.traeger_zusammengefuehrt,
            "verortet": dict(self.verortet),
            "nicht_verortet": self.nicht_verortet,
        }


def _zaehler() -> dict:
    return {"neu": 0, "geaendert": 0, "unveraendert": 0, "archiviert": 0}


@dataclass
class Bericht:
    pruefen: bool = False
    dateien: dict[str, Dateizaehler] = field(default_factory=dict)
    traeger: dict = field(default_factory=_zaehler)
    angebote: dict = field(default_factory=_zaehler)
    traeger_gesamt: int = 0
    gruppen: list[tuple[str, dict, list]] = field(default_factory=list)
    verortung: list[str] = field(default_factory=list)
    behalten: list[str] = field(default_factory=list)
    hinweise: list[str] = field(default_factory=list)

    def behalten_melden(self, obj, vergleich, wo: str) -> None:
        self.behalten += vergleich.behalten_zeilen(obj, wo)

    def zaehler_json(self) -> dict:
        return {
            "dateien": {k: d.als_dict() for k, d in self.dateien.items()},
            "traeger": {**self.traeger, "gesamt": self.traeger_gesamt},
            "traeger_zusammengefuehrt": len(self.gruppen),
            "angebote": dict(self.angebote),
            "von_hand_behalten": len(self.behalten),
        }

    def zusammenfassung(self) -> str:
        zeilen = []
        for d in self.dateien.values():
            verortet = ", ".join(f"{ebene_name(e)} {d.verortet[e]}" for e in EBENEN)
            zeilen += [
                _("%(datei)s (%(titel)s, Stand %(stand)s):") % vars(d),
                _(
                    "  gelesen %(gelesen)d, neu %(neu)d, geändert %(geaendert)d, "
                    "unverändert %(unveraendert)d, archiviert %(archiviert)d"
                )
                % vars(d),
                _("  Träger zusammengeführt: %(n)d") % {"n": d.traeger_zusammengefuehrt},
                _("  verortet: %(verortet)s; nicht verortet: %(n)d")
                % {"verortet": verortet, "n": d.nicht_verortet},
            ]
        zeilen += [
            _(
                "Träger: %(gesamt)d in den Dateien (neu %(neu)d, geändert %(geaendert)d, "
                "unverändert %(unveraendert)d); %(gruppen)d aus mehreren Schreibweisen "
                "zusammengeführt"
            )
            % {**self.traeger, "gesamt": self.traeger_gesamt, "gruppen": len(self.gruppen)},
            _(
                "Angebote: neu %(neu)d, geändert %(geaendert)d, unverändert %(unveraendert)d, "
                "archiviert %(archiviert)d"
            )
            % self.angebote,
            _("Von Hand geänderte Felder behalten: %(n)d") % {"n": len(self.behalten)},
        ]
        if self.pruefen:
            zeilen.append(_("Probelauf (--pruefen): nichts gespeichert."))
        return "\n".join(zeilen)

    def text(self) -> str:
        teile = [self.zusammenfassung()]
        if self.gruppen:
            zeilen = [_("Zusammengeführte Träger und ihre Schreibweisen in den Dateien:")]
            for name, schreibweisen, dateien in sorted(self.gruppen, key=lambda g: g[0].casefold()):
                liste = "; ".join(f"„{s}“ ({n}×)" for s, n in sorted(schreibweisen.items()))
                zeilen.append(f"  {name} [{', '.join(dateien)}]: {liste}")
            teile.append("\n".join(zeilen))
        for titel, eintraege in (
            (_("Nicht nach Grenze verortet:"), self.verortung),
            (_("Von Hand geändert, beibehalten (die Quelle sagt etwas anderes):"), self.behalten),
            (_("Hinweise zu den Daten:"), self.hinweise),
        ):
            if eintraege:
                teile.append("\n".join([titel, *(f"  {e}" for e in eintraege)]))
        return "\n\n".join(teile) + "\n"
