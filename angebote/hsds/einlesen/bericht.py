"""What an HSDS import counted and has to say (console, ``Importlauf.zaehler`` / ``bericht``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

ARTEN = ("traeger", "einrichtungen", "personen", "angebote")


def _zaehler() -> dict:
    return {"neu": 0, "geaendert": 0, "unveraendert": 0}


@dataclass
class Bericht:
    datei: str
    quelle: str
    gelesen: int = 0
    pruefen: bool = False
    veroeffentlichen_durch: str = ""  # who --veroeffentlichen published as, "" without
    zaehler: dict = field(default_factory=lambda: {art: _zaehler() for art in ARTEN})
    # offers: submitted for review (new or changed), published by --veroeffentlichen,
    # held back (a person's proposal pending), skipped (inactive, archived)
    angebote: dict = field(
        default_factory=lambda: {
            "zur_pruefung": 0,
            "vorschlaege": 0,
            "veroeffentlicht": 0,
            "zurueckgestellt": 0,
            "uebersprungen": 0,
        }
    )
    neue_begriffe: list[str] = field(default_factory=list)
    neue_sprachen: list[str] = field(default_factory=list)
    behalten: list[str] = field(default_factory=list)
    hinweise: list[str] = field(default_factory=list)

    @property
    def unveraendert(self) -> bool:
        """A second run of the same file: nothing created, changed or proposed."""
        return (
            not any(z["neu"] or z["geaendert"] for z in self.zaehler.values())
            and not self.angebote["zur_pruefung"]
            and not self.angebote["vorschlaege"]
            and not self.angebote["veroeffentlicht"]
            and not self.neue_begriffe
            and not self.neue_sprachen
        )

    def behalten_melden(self, obj, vergleich, wo: str) -> None:
        self.behalten += vergleich.behalten_zeilen(obj, wo)

    def zaehler_json(self) -> dict:
        return {
            "datei": self.datei,
            "quelle": self.quelle,
            "gelesen": self.gelesen,
            **{art: dict(z) for art, z in self.zaehler.items()},
            "angebote_pruefung": dict(self.angebote),
            "neue_begriffe": len(self.neue_begriffe),
            "neue_sprachen": len(self.neue_sprachen),
            "im_register_behalten": len(self.behalten),
            "hinweise": len(self.hinweise),
            "veroeffentlicht_durch": self.veroeffentlichen_durch,
            "unveraendert": self.unveraendert,
        }

    def zusammenfassung(self) -> str:
        titel = {
            "traeger": _("Träger"),
            "einrichtungen": _("Einrichtungen"),
            "personen": _("Ansprechpersonen"),
            "angebote": _("Angebote"),
        }
        zeilen = [
            _("%(datei)s (Quelle „%(quelle)s“): %(n)d Dienste gelesen")
            % {"datei": self.datei, "quelle": self.quelle, "n": self.gelesen}
        ]
        for art in ARTEN:
            zeilen.append(
                _("%(titel)s: neu %(neu)d, geändert %(geaendert)d, unverändert %(unveraendert)d")
                % {"titel": titel[art], **self.zaehler[art]}
            )
        zeilen.append(
            _(
                "Prüfung: %(zur_pruefung)d Angebote zur Prüfung, %(vorschlaege)d "
                "Änderungsvorschläge, %(veroeffentlicht)d veröffentlicht, %(zurueckgestellt)d "
                "zurückgestellt, %(uebersprungen)d übersprungen"
            )
            % self.angebote
        )
        zeilen.append(
            _(
                "Neue Begriffe: %(b)d; neue Sprachen: %(s)d; im Register geändert und behalten: %(k)d"
            )
            % {"b": len(self.neue_begriffe), "s": len(self.neue_sprachen), "k": len(self.behalten)}
        )
        if self.veroeffentlichen_durch:
            zeilen.append(
                _("Veröffentlicht mit --veroeffentlichen durch %(wer)s.")
                % {"wer": self.veroeffentlichen_durch}
            )
        if self.unveraendert:
            zeilen.append(_("Keine Änderungen: das Register entspricht schon der Datei."))
        if self.pruefen:
            zeilen.append(_("Probelauf (--pruefen): nichts gespeichert."))
        return "\n".join(zeilen)

    def text(self) -> str:
        teile = [self.zusammenfassung()]
        for titel, eintraege in (
            (_("Neu angelegte Begriffe:"), self.neue_begriffe),
            (_("Neu angelegte Sprachen:"), self.neue_sprachen),
            (_("Im Register geändert, beibehalten:"), self.behalten),
            (_("Hinweise zu den Daten:"), self.hinweise),
        ):
            if eintraege:
                teile.append("\n".join([titel, *(f"  {e}" for e in eintraege)]))
        return "\n\n".join(teile) + "\n"
