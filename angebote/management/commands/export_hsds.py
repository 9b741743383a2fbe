"""``manage.py export_hsds``: the published, public data as HSDS 3.0 (docs/hsds.md)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from angebote.hsds.ausgabe import tabellarisch
from angebote.hsds.ausgabe.export import ExportFehler, als_json, datei_schreiben, pruefen, services
from angebote.hsds.ausgabe.grundlagen import bundesland

# Beyond this, the messages of --pruefen end with a count: the first ones show the pattern.
MELDUNGEN_HOECHSTENS = 50


class Command(BaseCommand):
    help = (
        "Schreibt die veröffentlichten, öffentlichen Angebote als HSDS 3.0 (Open Referral): "
        "eine JSON-Liste vollständiger Services, auf Wunsch auch als tabellarisches "
        "Datenpaket (CSV je Tabelle und datapackage.json)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--ausgabe",
            metavar="DATEI",
            help="JSON in diese Datei statt auf die Standardausgabe.",
        )
        parser.add_argument(
            "--tabellarisch",
            metavar="ORDNER",
            help=(
                "Zusätzlich das tabellarische Datenpaket in diesen Ordner schreiben. Ohne "
                "--ausgabe wird dann kein JSON ausgegeben."
            ),
        )
        parser.add_argument(
            "--pruefen",
            action="store_true",
            help="Jeden Service vor dem Schreiben gegen das HSDS-Schema prüfen.",
        )

    def handle(self, *args, ausgabe=None, tabellarisch=None, pruefen=False, **options):
        with translation.override("de"):
            self._export(ausgabe, tabellarisch, pruefen)

    def _export(self, ausgabe, ordner, mit_pruefung):
        dienste = services()
        if not bundesland():
            self.stderr.write(
                _(
                    "Hinweis: HSDS_BUNDESLAND ist nicht gesetzt; die Adressen haben ein leeres "
                    "state_province, das tabellarische Datenpaket ist so nicht gültig."
                )
            )
        if mit_pruefung:
            self._pruefen(dienste)
        meldung = self.stderr if ausgabe is None and ordner is None else self.stdout
        try:
            if ausgabe is not None:
                ziel = Path(ausgabe)
                datei_schreiben(ziel, lambda datei: datei.write(als_json(dienste)))
                meldung.write(
                    _("%(n)d Angebote nach %(datei)s geschrieben.")
                    % {"n": len(dienste), "datei": ziel}
                )
            elif ordner is None:
                self.stdout.write(als_json(dienste), ending="")
            if ordner is not None:
                anzahl = tabellarisch.schreiben(dienste, Path(ordner))
                meldung.write(
                    _("Tabellarisches Datenpaket in %(ordner)s: %(tabellen)s.")
                    % {
                        "ordner": ordner,
                        "tabellen": ", ".join(f"{datei} {n}" for datei, n in anzahl.items()),
                    }
                )
        except ExportFehler as fehler:
            raise CommandError(str(fehler)) from fehler

    def _pruefen(self, dienste):
        zeilen = pruefen(dienste)
        if not zeilen:
            return
        text = "\n".join(zeilen[:MELDUNGEN_HOECHSTENS])
        if len(zeilen) > MELDUNGEN_HOECHSTENS:
            text += "\n" + _("… und %(n)d weitere.") % {"n": len(zeilen) - MELDUNGEN_HOECHSTENS}
        raise CommandError(
            _("Der Export verletzt das HSDS-Schema; nichts geschrieben:\n%(text)s") % {"text": text}
        )
