"""Data-protection requests from the command line (operators), like the admin actions.

    manage.py personendaten suchen --email m.muster@example.org --name "Maria Muster"
    manage.py personendaten export --benutzer mmuster --email m.muster@example.org -o aus.json
    manage.py personendaten loeschen --benutzer mmuster --datensatz traeger.ansprechperson:12

The person is every record given: ``--benutzer`` (user name), ``--datensatz app.modell:id``
and all records whose e-mail address (``--email``) or full name (``--name``) matches exactly,
in any case. ``suchen`` shows what matches without choosing. ``loeschen`` shows the summary
and asks for "ja" (or takes ``--ja``). See docs/datenschutz.md.
"""

import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sozialraum.datenschutz.anfragen import (
    DatenschutzFehler,
    beschreibung,
    ereignis_protokollieren,
    identitaetsmodelle,
    loeschen,
    person_aus,
    personen_suchen,
    vorschau,
)
from sozialraum.datenschutz.auskunft import auskunft_json


class Command(BaseCommand):
    help = "Auskunft über eine Person (JSON) oder ihre Löschung, wie in der Verwaltung."

    def add_arguments(self, parser):
        befehle = parser.add_subparsers(dest="befehl", required=True)
        suchen = befehle.add_parser("suchen", help="Datensätze zu Name oder E-Mail zeigen")
        export = befehle.add_parser("export", help="alle Daten der Person als JSON ausgeben")
        weg = befehle.add_parser("loeschen", help="die Person löschen bzw. anonymisieren")
        for teil in (suchen, export, weg):
            teil.add_argument("--email", action="append", default=[], help="E-Mail-Adresse")
            teil.add_argument("--name", action="append", default=[], help="vollständiger Name")
        for teil in (export, weg):
            teil.add_argument(
                "--benutzer", action="append", default=[], help="Benutzername eines Kontos"
            )
            teil.add_argument(
                "--datensatz",
                action="append",
                default=[],
                metavar="APP.MODELL:ID",
                help="ein Datensatz der Person, z. B. traeger.ansprechperson:12",
            )
        export.add_argument("-o", "--ausgabe", help="Datei (ohne: Standardausgabe)")
        weg.add_argument("--ja", action="store_true", help="ohne Rückfrage löschen")

    def handle(self, *args, befehl, **optionen):
        if befehl == "suchen":
            return self._suchen(optionen)
        person = self._person(optionen)
        # Standard output may carry the JSON: everything for the operator goes to stderr.
        self.stderr.write("Person:")
        for zeile in beschreibung(person):
            self.stderr.write(f"  - {zeile}")
        if befehl == "export":
            return self._export(person, optionen["ausgabe"])
        return self._loeschen(person, optionen["ja"])

    def _suchen(self, optionen):
        if not (optionen["email"] or optionen["name"]):
            raise CommandError("Bitte --email oder --name angeben.")
        treffer = personen_suchen(optionen["name"], optionen["email"])
        if not treffer:
            self.stdout.write("Keine Datensätze mit diesem Namen oder dieser E-Mail-Adresse.")
        for k in treffer:
            self.stdout.write(f"{k.wert}  {k.beschreibung} ({k.grund})")

    def _person(self, optionen):
        identitaeten: dict[str, set[int]] = {}
        konten = get_user_model().objects
        for name in optionen["benutzer"]:
            konto = konten.filter(username=name).first()
            if konto is None:
                raise CommandError(f"Ein Benutzerkonto „{name}“ gibt es nicht.")
            identitaeten.setdefault(konto._meta.label_lower, set()).add(konto.pk)
        for angabe in optionen["datensatz"]:
            label, _, pk = angabe.partition(":")
            if not pk.isdigit():
                raise CommandError(
                    f"--datensatz „{angabe}“: erwartet APP.MODELL:ID, z. B. "
                    f"traeger.ansprechperson:12 (möglich: {', '.join(sorted(identitaetsmodelle()))})."
                )
            identitaeten.setdefault(label.lower(), set()).add(int(pk))
        for k in personen_suchen(optionen["name"], optionen["email"]):
            identitaeten.setdefault(k.label, set()).add(k.pk)
        if not identitaeten:
            raise CommandError(
                "Keine Datensätze gefunden: bitte --benutzer, --datensatz, --email oder --name "
                "angeben (mit „suchen“ lässt sich vorher nachsehen)."
            )
        try:
            return person_aus(identitaeten)
        except DatenschutzFehler as fehler:
            raise CommandError(str(fehler)) from fehler

    def _export(self, person, ausgabe):
        daten = auskunft_json(person)
        if ausgabe:
            with open(ausgabe, "w", encoding="utf-8") as datei:
                datei.write(daten)
            self.stderr.write(f"Auskunft geschrieben: {ausgabe}")
        else:
            self.stdout.write(daten)
        ereignis_protokollieren(
            "personendaten_auskunft",
            None,
            None,
            datensaetze=sum(len(p) for p in person.identitaeten.values()),
        )

    def _loeschen(self, person, ja: bool):
        self.stderr.write("Die Löschung bewirkt:")
        for zeile in vorschau(person):
            self.stderr.write(f"  - {zeile}")
        if not ja:
            if not sys.stdin.isatty():
                raise CommandError("Nichts gelöscht: ohne Terminal bitte --ja angeben.")
            if input("Endgültig löschen? Zum Bestätigen „ja“ eingeben: ").strip().lower() != "ja":
                raise CommandError("Abgebrochen, nichts gelöscht.")
        try:
            vorgang, bericht = loeschen(person)
        except DatenschutzFehler as fehler:
            raise CommandError(str(fehler)) from fehler
        for zeile in bericht:
            self.stdout.write(zeile)
        self.stdout.write(self.style.SUCCESS(f"Gelöscht bzw. anonymisiert (Vorgang {vorgang})."))
