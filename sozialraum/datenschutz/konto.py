"""The ground floor's part in data-protection requests: user accounts and what hangs on them.

An erased account is not deleted but anonymised: Kontakte, Mitgliedschaften, Anwesenheiten,
Aufgaben and released minutes point at it with protected foreign keys and keep their meaning
("Gelöschte Person"), while nothing in the account names her any more. Around it: failed
logins (django-axes), sessions, object permissions (django-guardian), the admin log, and her
name as author in every change history (``history_user``, set to empty).
"""

import json
import uuid

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db.models import Q, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from guardian.models import UserObjectPermission

from sozialraum.models import Zugangsschluessel
from sozialraum.zugang.sitzung import ABGELAUFEN_FUER, EINGABEN

from .anfragen import (
    ENTFERNT,
    DatenschutzFehler,
    Fund,
    Person,
    Teil,
    identitaetsmodelle,
    ist_historienmodell,
)

AXES_MODELLE = (AccessAttempt, AccessLog, AccessFailureLog)
GELOESCHT_VORNAME = "Gelöschte"
GELOESCHT_NACHNAME = "Person"


def _konten(person: Person):
    return get_user_model().objects.filter(pk__in=person.benutzer_pks)


def _axes_zeilen(modell, person: Person):
    namen = set(_konten(person).values_list("username", flat=True)) | person.emails
    bedingung = Q()
    for name in namen:
        bedingung |= Q(username__iexact=name)
    return modell.objects.filter(bedingung) if namen else modell.objects.none()


def _sitzungen(person: Person) -> list[Session]:
    """Sessions logged in as one of her accounts, and anonymous sessions that hold form input
    of hers after an idle logout (sozialraum/zugang/sitzung.py; ids and names are inside the
    encoded data)."""
    ids = {str(pk) for pk in person.benutzer_pks}
    if not ids:
        return []
    namen = set(
        get_user_model()
        .objects.filter(pk__in=person.benutzer_pks)
        .values_list("username", flat=True)
    )

    def ihre(daten: dict) -> bool:
        return (
            str(daten.get("_auth_user_id")) in ids
            or daten.get(ABGELAUFEN_FUER) in namen
            or any(e.get("benutzer") in namen for e in daten.get(EINGABEN, []))
        )

    return [
        s
        for s in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if ihre(s.get_decoded())
    ]


def _protokolleintraege(person: Person):
    """Admin log entries about her records (written by whoever changed them)."""
    bedingung = Q()
    for label, pks in person.identitaeten.items():
        typ = ContentType.objects.get_for_model(apps.get_model(label))
        bedingung |= Q(content_type=typ, object_id__in=[str(pk) for pk in pks])
    return LogEntry.objects.filter(bedingung)


def _historienmodelle():
    return [m for m in apps.get_models() if ist_historienmodell(m)]


class Benutzerkonten(Teil):
    app = "sozialraum"
    bezeichnung = _("Benutzerkonto")
    reihenfolge = 90  # last: the other apps still see her account while they work
    identitaet = "sozialraum.user"
    ohne_personenbezug = (
        "auth.group",
        "auth.permission",
        "contenttypes.contenttype",
        "sozialraum.regionalraum",
        "sozialraum.sozialraum",
        "sozialraum.quartier",
    )
    # The API tokens' hashes: secrets, never exported (the tokens themselves are listed).
    geheime_felder = ("sozialraum.user.password", "sozialraum.zugangsschluessel.secret_hash")

    def merkmale(self, pks):
        namen, emails, exakt = set(), set(), set()
        for konto in get_user_model().objects.filter(pk__in=pks):
            namen.add(konto.get_full_name())
            emails.add(konto.email)
            exakt.add(konto.username)
        # Earlier names: the admin log keeps the account's label at each change.
        typ = ContentType.objects.get_for_model(get_user_model())
        namen |= set(
            LogEntry.objects.filter(
                content_type=typ, object_id__in=[str(pk) for pk in pks]
            ).values_list("object_repr", flat=True)
        )
        return namen, emails, exakt

    def beschreiben(self, pks):
        zeilen = []
        for konto in get_user_model().objects.filter(pk__in=pks).prefetch_related("groups"):
            rollen = ", ".join(g.name for g in konto.groups.all()) or _("keine Rolle")
            zeilen.append(
                _("Benutzerkonto „%(name)s“: %(voll)s, %(email)s, %(rollen)s")
                % {
                    "name": konto.username,
                    "voll": konto.get_full_name() or "–",
                    "email": konto.email or _("keine E-Mail-Adresse"),
                    "rollen": rollen,
                }
            )
        return zeilen

    def andere_merkmale(self, person):
        namen, emails = set(), set()
        for vorname, nachname, email in (
            get_user_model()
            .objects.exclude(pk__in=person.benutzer_pks)
            .values_list("first_name", "last_name", "email")
        ):
            namen.add(f"{vorname} {nachname}")
            emails.add(email)
        return namen, emails

    def kandidaten(self, person):
        konten = get_user_model().objects.annotate(
            voller_name=Concat("first_name", Value(" "), "last_name")
        )
        return self.gleiche_angaben(person, konten.order_by("username"), "voller_name")

    def sammeln(self, person):
        for modell in AXES_MODELLE:
            for zeile in _axes_zeilen(modell, person):
                yield Fund(zeile, _("Anmeldung oder Anmeldeversuch mit ihrem Benutzernamen"))
        for eintrag in _protokolleintraege(person):
            yield Fund(eintrag, _("Eintrag im Verwaltungsprotokoll über die Person"))

    def anpassen(self, obj, felder, person):
        if isinstance(obj, LogEntry):
            modell = obj.content_type.model_class() if obj.content_type_id else None
            label = modell._meta.label_lower if modell else ""
            if label in identitaetsmodelle() and not person.ist_selbst(label, obj.object_id):
                felder["object_repr"] = _("andere Person")
            # Inline changes name the changed objects ("object"): other people, maybe.
            try:
                nachricht = json.loads(obj.change_message or "[]")
            except ValueError:
                nachricht = None
            if isinstance(nachricht, list):
                for teil in nachricht:
                    for inhalt in teil.values() if isinstance(teil, dict) else []:
                        if isinstance(inhalt, dict):
                            inhalt.pop("object", None)
                felder["change_message"] = nachricht
        return felder

    def pruefen(self, person, ausgefuehrt_von):
        if ausgefuehrt_von is None:
            return
        if person.ist_selbst(self.identitaet, ausgefuehrt_von.pk):
            raise DatenschutzFehler(_("Das eigene Benutzerkonto kann man nicht selbst löschen."))
        if not ausgefuehrt_von.is_superuser and _konten(person).filter(is_superuser=True).exists():
            raise DatenschutzFehler(
                _("Ein Superuser-Konto kann nur ein Superuser löschen (Konto „%(name)s“).")
                % {"name": _konten(person).filter(is_superuser=True).first().username}
            )

    def vorschau(self, person):
        zeilen = []
        konten = list(_konten(person))
        if konten:
            zeilen.append(
                ngettext(
                    "Das Benutzerkonto wird anonymisiert:",
                    "%(n)d Benutzerkonten werden anonymisiert:",
                    len(konten),
                )
                % {"n": len(konten)}
                + " "
                + _(
                    "Benutzername, Name, E-Mail-Adresse, Telefon und Funktion werden entfernt, das "
                    "Passwort ungültig, Rollen und Rechte entzogen, das Konto deaktiviert. Es "
                    "bleibt als „%(platz)s“ stehen, damit Kontakte, Mitgliedschaften, "
                    "Anwesenheiten, Aufgaben und Protokolle ihren Zusammenhang behalten."
                )
                % {"platz": f"{GELOESCHT_VORNAME} {GELOESCHT_NACHNAME}"}
            )
            historie = sum(
                m.objects.filter(history_user__in=konten).count() for m in _historienmodelle()
            )
            if historie:
                zeilen.append(
                    ngettext(
                        "In %(n)d Eintrag der Änderungshistorie wird sie als Bearbeiterin "
                        "entfernt (die Änderung selbst bleibt).",
                        "In %(n)d Einträgen der Änderungshistorie wird sie als Bearbeiterin "
                        "entfernt (die Änderungen selbst bleiben).",
                        historie,
                    )
                    % {"n": historie}
                )
            rechte = UserObjectPermission.objects.filter(user__in=konten).count()
            schluessel = Zugangsschluessel.objects.filter(user__in=konten).count()
            if schluessel:
                zeilen.append(
                    ngettext(
                        "%(n)d API-Schlüssel wird gelöscht.",
                        "%(n)d API-Schlüssel werden gelöscht.",
                        schluessel,
                    )
                    % {"n": schluessel}
                )
            sitzungen = len(_sitzungen(person))
            if rechte:
                zeilen.append(
                    ngettext(
                        "%(n)d Objektrecht wird entzogen.",
                        "%(n)d Objektrechte werden entzogen.",
                        rechte,
                    )
                    % {"n": rechte}
                )
            if sitzungen:
                zeilen.append(
                    ngettext(
                        "%(n)d laufende Sitzung (Anmeldung) wird beendet.",
                        "%(n)d laufende Sitzungen (Anmeldungen) werden beendet.",
                        sitzungen,
                    )
                    % {"n": sitzungen}
                )
        versuche = sum(_axes_zeilen(m, person).count() for m in AXES_MODELLE)
        if versuche:
            zeilen.append(
                ngettext(
                    "%(n)d Eintrag der Anmeldesperre (Anmeldung, Fehlversuch) wird gelöscht.",
                    "%(n)d Einträge der Anmeldesperre (Anmeldungen, Fehlversuche) werden gelöscht.",
                    versuche,
                )
                % {"n": versuche}
            )
        eintraege = _protokolleintraege(person).count()
        if eintraege:
            zeilen.append(
                ngettext(
                    "In %(n)d Eintrag des Verwaltungsprotokolls über ihre Datensätze wird die "
                    "Bezeichnung durch „%(ersatz)s“ ersetzt.",
                    "In %(n)d Einträgen des Verwaltungsprotokolls über ihre Datensätze wird die "
                    "Bezeichnung durch „%(ersatz)s“ ersetzt.",
                    eintraege,
                )
                % {"n": eintraege, "ersatz": ENTFERNT}
            )
        return zeilen

    def loeschen(self, person):
        bericht = []
        konten = list(_konten(person))
        versuche = sum(_axes_zeilen(m, person).delete()[0] for m in AXES_MODELLE)
        if versuche:
            bericht.append(_("Einträge der Anmeldesperre gelöscht: %(n)d.") % {"n": versuche})
        _protokolleintraege(person).update(object_repr=ENTFERNT)
        if not konten:
            return bericht
        sitzungen = _sitzungen(person)
        Session.objects.filter(session_key__in=[s.session_key for s in sitzungen]).delete()
        rechte = UserObjectPermission.objects.filter(user__in=konten).delete()[0]
        schluessel = Zugangsschluessel.objects.filter(user__in=konten).delete()[0]
        historie = sum(
            m.objects.filter(history_user__in=konten).update(history_user=None)
            for m in _historienmodelle()
        )
        for konto in konten:
            konto.groups.clear()
            konto.user_permissions.clear()
        get_user_model().objects.filter(pk__in=[k.pk for k in konten]).update(
            first_name=GELOESCHT_VORNAME,
            last_name=GELOESCHT_NACHNAME,
            email="",
            funktion="",
            telefon="",
            password=make_password(None),
            is_active=False,
            is_staff=False,
            is_superuser=False,
            last_login=None,
        )
        for konto in konten:  # one by one: each needs its own unique name
            get_user_model().objects.filter(pk=konto.pk).update(
                username=f"geloescht-{uuid.uuid4().hex[:12]}"
            )
        bericht.append(
            _("Benutzerkonten anonymisiert und deaktiviert: %(n)d.") % {"n": len(konten)}
        )
        for anzahl, text in (
            (len(sitzungen), _("Sitzungen beendet: %(n)d.")),
            (rechte, _("Objektrechte entzogen: %(n)d.")),
            (schluessel, _("API-Schlüssel gelöscht: %(n)d.")),
            (historie, _("Historieneinträge ohne Bearbeiterin: %(n)d.")),
        ):
            if anzahl:
                bericht.append(text % {"n": anzahl})
        return bericht
