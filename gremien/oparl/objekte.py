"""The JSON of each OParl object type, from the querysets of abfragen.py.

Every object has an absolute ``id`` (its own URL here), its ``type``, ``created`` and
``modified`` (the annotations ``oparl_erstellt``/``oparl_geaendert``) and ``deleted:
false``. Objects output inside another (``intern``) leave out the back reference to it, as
OParl allows. A person is named only where her membership records her consent
(``Mitgliedschaft.name_oeffentlich`` with the date of it, docs/oparl.md); every other
membership goes out without its person, and a meeting without participants.
"""

import datetime
from pathlib import PurePath

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sozialraum.models import Jugendamt

from ..models import Anhang, Gremium, Mitgliedschaft, Sitzung, Tagesordnungspunkt
from ..sitzung.protokoll import tagesordnung

SCHEMA = "https://schema.oparl.org/1.1/"

# OParl recommends these states (terminiert, eingeladen, durchgeführt); a cancelled
# meeting also says so in ``cancelled``.
SITZUNGSSTAND = {
    Sitzung.Status.GEPLANT: "terminiert",
    Sitzung.Status.EINGELADEN: "eingeladen",
    Sitzung.Status.DURCHGEFUEHRT: "durchgeführt",
    Sitzung.Status.ABGESAGT: "abgesagt",
}


def zeit(wert: datetime.datetime) -> str:
    return timezone.localtime(wert).isoformat(timespec="seconds")


def _zeitpunkt(datum: datetime.date, uhrzeit: datetime.time) -> str:
    return zeit(timezone.make_aware(datetime.datetime.combine(datum, uhrzeit)))


def beschlusstext(protokoll: dict | None, top_pk: int) -> str:
    """``resolutionText`` of an agenda item: its minutes and decisions as released (the
    current Protokollversion); empty while the minutes are a draft."""
    if not protokoll:
        return ""
    teile = [
        t["protokoll"].strip()
        for t in protokoll.get("tops", [])
        if t.get("id") == top_pk and (t.get("protokoll") or "").strip()
    ]
    for beschluss in protokoll.get("beschluesse", []):
        if beschluss.get("top") != top_pk:
            continue
        stimmen = [
            f"{name}: {beschluss[schluessel]}"
            for schluessel, name in (
                ("ja", _("Ja")),
                ("nein", _("Nein")),
                ("enthaltung", _("Enthaltungen")),
            )
            if beschluss.get(schluessel) is not None
        ]
        zeile = _("Beschluss: %(text)s") % {"text": (beschluss.get("text") or "").strip()}
        teile.append(f"{zeile} ({', '.join(stimmen)})" if stimmen else zeile)
    return "\n\n".join(teile)


class Ausgabe:
    """Builds the objects for one request (absolute URLs need its host and scheme)."""

    def __init__(self, request):
        self.request = request
        self._einziges_jugendamt: list[int] | None = None

    def url(self, name: str, **kwargs) -> str:
        return self.request.build_absolute_uri(reverse(f"oparl:{name}", kwargs=kwargs))

    def _objekt(self, typ: str, name: str, **kwargs) -> dict:
        return {"id": self.url(name, **kwargs), "type": SCHEMA + typ}

    def _zeiten(self, daten: dict, erstellt, geaendert, web: str | None = None) -> dict:
        daten["created"] = zeit(erstellt)
        daten["modified"] = zeit(geaendert)
        if web:
            daten["web"] = self.request.build_absolute_uri(web)
        daten["deleted"] = False
        return daten

    def jugendamt_von(self, gremium: Gremium) -> int | None:
        """The Body of a Gremium: the Jugendamt of its area; a city-wide Gremium belongs to
        every Jugendamt and so names one only where there is one."""
        if gremium.sozialraum_id:
            return gremium.sozialraum.regionalraum.jugendamt_id
        if gremium.regionalraum_id:
            return gremium.regionalraum.jugendamt_id
        if self._einziges_jugendamt is None:
            self._einziges_jugendamt = list(Jugendamt.objects.values_list("pk", flat=True)[:2])
        return self._einziges_jugendamt[0] if len(self._einziges_jugendamt) == 1 else None

    # --- System and Body ------------------------------------------------------------------

    def system(self, erstellt, geaendert) -> dict:
        daten = {
            **self._objekt("System", "system"),
            "oparlVersion": SCHEMA,
            "body": self.url("body_list"),
            "name": _("Sozialraum-Register %(stadt)s") % {"stadt": settings.STADT_NAME},
            "website": self.request.build_absolute_uri("/"),
        }
        if erstellt is None:  # no Jugendamt yet: nothing to date the system by
            daten["deleted"] = False
            return daten
        return self._zeiten(daten, erstellt, geaendert)

    def body(self, jugendamt: Jugendamt) -> dict:
        pk = jugendamt.pk
        daten = {
            **self._objekt("Body", "body", pk=pk),
            "system": self.url("system"),
            "name": jugendamt.name,
            "organization": self.url("body_organization", pk=pk),
            "person": self.url("body_person", pk=pk),
            "meeting": self.url("body_meeting", pk=pk),
            "paper": self.url("body_paper", pk=pk),
            # The registry knows no legislative terms: Gremien of Jugendhilfe have none.
            "legislativeTerm": [],
            "agendaItem": self.url("body_agenda_item", pk=pk),
            "consultation": self.url("body_consultation", pk=pk),
            "file": self.url("body_file", pk=pk),
            "locationList": self.url("body_location", pk=pk),
            "legislativeTermList": self.url("body_legislative_term", pk=pk),
            "membership": self.url("body_membership", pk=pk),
            "classification": _("Jugendamt"),
        }
        return self._zeiten(
            daten, jugendamt.oparl_erstellt, jugendamt.oparl_geaendert, jugendamt.get_absolute_url()
        )

    # --- Organization and Membership ------------------------------------------------------

    def organization(self, gremium: Gremium) -> dict:
        daten = self._objekt("Organization", "organization", pk=gremium.pk)
        if (jugendamt := self.jugendamt_von(gremium)) is not None:
            daten["body"] = self.url("body", pk=jugendamt)
        daten |= {
            "name": gremium.name,
            "membership": [self.url("membership", pk=m.pk) for m in gremium.mitgliedschaften.all()],
            "meeting": self.url("organization_meeting", pk=gremium.pk),
            "organizationType": _("Gremium"),
            "classification": gremium.get_art_display(),
        }
        if gremium.gebiet:
            daten["keyword"] = [gremium.gebiet.name]
        # The Gremium it belongs to, if OParl shows that one too (public).
        eltern = gremium.uebergeordnet
        if eltern is not None and eltern.sichtbarkeit == Gremium.Sichtbarkeit.OEFFENTLICH:
            daten["subOrganizationOf"] = self.url("organization", pk=eltern.pk)
        return self._zeiten(
            daten, gremium.oparl_erstellt, gremium.oparl_geaendert, gremium.get_absolute_url()
        )

    def membership(self, mitgliedschaft: Mitgliedschaft, *, intern: bool = False) -> dict:
        """``intern``: inside its Person, without the back reference to her."""
        daten = {
            **self._objekt("Membership", "membership", pk=mitgliedschaft.pk),
            "organization": self.url("organization", pk=mitgliedschaft.gremium_id),
            "role": mitgliedschaft.get_rolle_display(),
        }
        if not intern and getattr(mitgliedschaft, "oparl_namentlich", False):
            daten["person"] = self.url("person", pk=mitgliedschaft.person_id)
        if mitgliedschaft.von:
            daten["startDate"] = mitgliedschaft.von.isoformat()
        if mitgliedschaft.bis:
            daten["endDate"] = mitgliedschaft.bis.isoformat()
        return self._zeiten(
            daten,
            mitgliedschaft.oparl_erstellt,
            mitgliedschaft.oparl_geaendert,
            reverse("gremien:gremium", args=[mitgliedschaft.gremium_id]),
        )

    def person(self, person) -> dict:
        """A member who agreed to be named (abfragen.personen): her name and those memberships."""
        daten = {
            **self._objekt("Person", "person", pk=person.pk),
            "name": person.get_full_name(),
            "membership": [self.membership(m, intern=True) for m in person.oparl_mitgliedschaften],
        }
        if person.last_name:
            daten["familyName"] = person.last_name
        if person.first_name:
            daten["givenName"] = person.first_name
        return self._zeiten(daten, person.oparl_erstellt, person.oparl_geaendert)

    # --- Meeting, AgendaItem, Location, File ----------------------------------------------

    def meeting(self, sitzung: Sitzung, protokoll: dict | None) -> dict:
        """A meeting with its place, agenda and attachments inside (prefetched)."""
        daten = {
            **self._objekt("Meeting", "meeting", pk=sitzung.pk),
            "name": str(sitzung),
            "meetingState": SITZUNGSSTAND.get(sitzung.status, sitzung.status),
            "cancelled": sitzung.status == Sitzung.Status.ABGESAGT,
            "start": _zeitpunkt(sitzung.datum, sitzung.beginn),
        }
        if sitzung.ende:
            daten["end"] = _zeitpunkt(sitzung.datum, sitzung.ende)
        if (ort := self.location(sitzung, intern=True)) is not None:
            daten["location"] = ort
        daten["organization"] = [self.url("organization", pk=sitzung.gremium_id)]
        anhaenge: dict[int | None, list[Anhang]] = {}
        for anhang in sitzung.anhaenge.all():
            anhaenge.setdefault(anhang.top_id, []).append(anhang)
        daten["agendaItem"] = [
            self.agenda_item(
                eintrag["top"],
                eintrag["nummer"],
                reihenfolge,
                protokoll,
                sitzung.oparl_geaendert,
                anhaenge.get(eintrag["top"].pk, []),
                sitzung=sitzung,
            )
            for reihenfolge, eintrag in enumerate(tagesordnung(list(sitzung.tops.all())), start=1)
        ]
        if anhaenge.get(None):
            daten["auxiliaryFile"] = [self.file(a, intern=True) for a in anhaenge[None]]
        return self._zeiten(
            daten, sitzung.oparl_erstellt, sitzung.oparl_geaendert, sitzung.get_absolute_url()
        )

    def agenda_item(
        self,
        top: Tagesordnungspunkt,
        nummer: str,
        reihenfolge: int,
        protokoll: dict | None,
        geaendert,
        anhaenge: list[Anhang],
        sitzung: Sitzung | None = None,
    ) -> dict:
        """An agenda item; ``sitzung`` given: inside its meeting, without the back link."""
        daten = self._objekt("AgendaItem", "agenda_item", pk=top.pk)
        if sitzung is None:
            daten["meeting"] = self.url("meeting", pk=top.sitzung_id)
        daten |= {"number": nummer, "order": reihenfolge, "name": top.titel, "public": True}
        if text := beschlusstext(protokoll, top.pk):
            daten["resolutionText"] = text
        if anhaenge:
            daten["auxiliaryFile"] = [self.file(a, intern=True) for a in anhaenge]
        web = reverse("gremien:sitzung", args=[top.sitzung_id]) + f"#top-{top.pk}"
        return self._zeiten(daten, top.oparl_erstellt, geaendert, web)

    def location(self, sitzung: Sitzung, intern: bool = False) -> dict | None:
        """The place of a meeting (its Einrichtung, room or free text), or None."""
        einrichtung = sitzung.ort_einrichtung
        if einrichtung is None and not sitzung.ort_text:
            return None
        daten = {**self._objekt("Location", "location", pk=sitzung.pk), "description": sitzung.ort}
        geaendert = sitzung.updated_at
        if einrichtung is not None:
            felder = {
                "streetAddress": einrichtung.strasse,
                "room": sitzung.ort_text,
                "postalCode": einrichtung.plz,
                "locality": einrichtung.ort,
            }
            daten |= {name: wert for name, wert in felder.items() if wert}
            if einrichtung.lat is not None and einrichtung.lon is not None:
                daten["geojson"] = {
                    "type": "Feature",
                    "geometry": {
                        "type": "Point",
                        "coordinates": [einrichtung.lon, einrichtung.lat],
                    },
                    "properties": {"name": einrichtung.name},
                }
            geaendert = max(geaendert, einrichtung.updated_at)
        if not intern:
            daten["meetings"] = [self.url("meeting", pk=sitzung.pk)]
        return self._zeiten(daten, sitzung.created_at, geaendert)

    def file(self, anhang: Anhang, intern: bool = False) -> dict:
        download = self.url("file_download", uid=anhang.uid)
        daten = {
            **self._objekt("File", "file", uid=anhang.uid),
            # OParl: a name for people, without the file's extension.
            "name": PurePath(anhang.name).stem or anhang.name,
            "fileName": anhang.name,
            "mimeType": anhang.mime,
            "date": timezone.localdate(anhang.hochgeladen_am).isoformat(),
            "size": anhang.groesse,
            # Always delivered as a download (never shown inline): one URL for both.
            "accessUrl": download,
            "downloadUrl": download,
        }
        if not intern:
            daten["meeting"] = [self.url("meeting", pk=anhang.sitzung_id)]
            if anhang.top_id:
                daten["agendaItem"] = [self.url("agenda_item", pk=anhang.top_id)]
        return self._zeiten(daten, anhang.hochgeladen_am, anhang.hochgeladen_am)
