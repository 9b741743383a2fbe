"""Requests about one person's data: export (Art. 15 and 20 DSGVO) and erasure (Art. 17).

A person can be in the registry as a user account, as one or more Ansprechpersonen, and be
named in free text (minutes, notes, descriptions) and in the change history. This floor does
not know the higher apps, so each app registers a :class:`Teil` in its ``AppConfig.ready()``
(sozialraum/erweiterungen/__init__.py)::

    TEILE.registrieren(TraegerDaten())

A ``Teil`` names the model whose records *are* a person (``identitaet``), finds the app's
records about her (``sammeln``), says what erasure will do (``vorschau``) and does it
(``loeschen``). Three things are done here for every app alike, so that a new model or
field cannot slip through:

- every foreign key or many-to-many field pointing at one of the person's records (found
  through the model registry, history tables included) puts the row into the export;
- every text field of every model, history tables included, is searched for the person's
  full names and e-mail addresses: the export lists the places, erasure replaces them by
  ``[entfernt]`` (an e-mail field holding only her address is emptied);
- the history of every record in the export is exported with it.

Entry points for the admin actions and ``manage.py personendaten``: :func:`person_aus`,
:func:`kandidaten`, :func:`vorschau`, :func:`loeschen` here, ``auskunft_json`` in
sozialraum/datenschutz/auskunft.py; the free-text search is in datenschutz_freitext.py.
Documentation: docs/datenschutz.md.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.apps import apps
from django.db import models, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sozialraum.erweiterungen import Erweiterungspunkt
from sozialraum.zugang.sicherheit import client_ip

from .freitext import ENTFERNT, Person, erwaehnungen, erwaehnungen_entfernen

log = logging.getLogger("sozialraum.zugang.sicherheit")

FORMAT = "sozialraum-register/personendaten/1"
# Names shorter than two words are too common to be replaced in free text ("Kaya" would
# hit Kemal Kaya too); they only count where a field holds nothing but that name.
MIN_WOERTER_FREITEXT = 2


class DatenschutzFehler(Exception):
    """A request that cannot be carried out; the message is German and says why."""


@dataclass
class Fund:
    """One row in the export, and why it is there."""

    obj: models.Model
    bezug: str
    felder: dict | None = None  # given: exported instead of the row's own fields

    @property
    def schluessel(self) -> tuple[str, str]:
        return self.obj._meta.label_lower, str(self.obj.pk)


@dataclass
class Kandidat:
    """A record that may be the same person (same e-mail or full name), for the admin to choose."""

    label: str
    pk: int
    beschreibung: str
    grund: str

    @property
    def wert(self) -> str:
        return f"{self.label}:{self.pk}"


class Teil:
    """What one app contributes. Override what applies; the defaults do nothing."""

    app = ""
    bezeichnung = ""  # German name of the identity records, e.g. "Benutzerkonto"
    reihenfolge = 50  # erasure order: higher floors first (smaller number)
    identitaet: str | None = None  # label of a model whose records are a person
    # Models whose str() names no person: the export shows their name next to a reference.
    ohne_personenbezug: tuple[str, ...] = ()
    # Fields never exported ("app.model.field"), e.g. secrets; the export says they exist.
    geheime_felder: tuple[str, ...] = ()

    def merkmale(self, pks: set[int]) -> tuple[set[str], set[str], set[str]]:
        """(full names, e-mail addresses, exact values) of identity records, history included."""
        return set(), set(), set()

    def beschreiben(self, pks: set[int]) -> list[str]:
        return []

    def andere_merkmale(self, person: Person) -> tuple[set[str], set[str]]:
        """(full names, e-mail addresses) of everybody else's identity records: the export
        replaces them by "andere Person" (Art. 15(4) DSGVO, the rights of others)."""
        return set(), set()

    def kandidaten(self, person: Person) -> list[Kandidat]:
        return []

    def gleiche_angaben(self, person: Person, zeilen, namensfeld: str) -> list[Kandidat]:
        """Identity records in ``zeilen`` with one of her e-mail addresses or names (field
        ``namensfeld``), as candidates for the request."""
        if not (person.emails or person.namen):
            return []
        bedingung = models.Q()
        for email in person.emails:
            bedingung |= models.Q(email__iexact=email)
        for name in person.namen:
            bedingung |= models.Q(**{f"{namensfeld}__iexact": name})
        return [
            Kandidat(
                label=self.identitaet,
                pk=obj.pk,
                beschreibung=self.beschreiben({obj.pk})[0],
                grund=_("gleiche E-Mail-Adresse")
                if obj.email.lower() in person.emails
                else _("gleicher Name"),
            )
            for obj in zeilen.filter(bedingung)
        ]

    def sammeln(self, person: Person) -> Iterable[Fund]:
        return []

    def anpassen(self, obj, felder: dict, person: Person) -> dict:
        """Remove another person's data from an exported row (e.g. a log entry's label)."""
        return felder

    def pruefen(self, person: Person, ausgefuehrt_von) -> None:
        """Raise DatenschutzFehler if this erasure must not happen (e.g. one's own account)."""

    def vorschau(self, person: Person) -> list[str]:
        return []

    def loeschen(self, person: Person) -> list[str]:
        return []

    def nach_bereinigung(self, person: Person, geaendert: dict[str, set[int]]) -> None:
        """After free text was cleaned: e.g. rebuild search texts of the changed rows."""


# Each app's part (a ``Teil`` instance, ordered by its ``reihenfolge``), registered in its
# AppConfig.ready() (sozialraum/erweiterungen/__init__.py).
TEILE = Erweiterungspunkt("Teile der Datenschutz-Auskunft und -Löschung")


def teile() -> list[Teil]:
    return list(TEILE)


def identitaetsmodelle() -> dict[str, Teil]:
    return {t.identitaet: t for t in TEILE if t.identitaet}


# --- who -----------------------------------------------------------------------------------


def person_aus(identitaeten: dict[str, Iterable]) -> Person:
    """The person made of these records (``{"sozialraum.user": [3], …}``), with her names.

    Raises DatenschutzFehler for an unknown kind of record or a record that does not exist.
    """
    modelle = identitaetsmodelle()
    person = Person()
    for label, pks in identitaeten.items():
        label = label.lower()
        if label not in modelle:
            raise DatenschutzFehler(
                _("„%(label)s“ ist keine Art von Personendatensatz; möglich sind: %(arten)s.")
                % {"label": label, "arten": ", ".join(sorted(modelle))}
            )
        pks = {int(pk) for pk in pks}
        vorhanden = set(
            apps.get_model(label)._default_manager.filter(pk__in=pks).values_list("pk", flat=True)
        )
        if fehlend := pks - vorhanden:
            raise DatenschutzFehler(
                _("Datensatz %(label)s Nr. %(pks)s gibt es nicht.")
                % {"label": label, "pks": ", ".join(map(str, sorted(fehlend)))}
            )
        if pks:
            person.identitaeten.setdefault(label, set()).update(pks)
    if not person.identitaeten:
        raise DatenschutzFehler(_("Bitte mindestens einen Datensatz der Person angeben."))
    for label, pks in person.identitaeten.items():
        namen, emails, exakt = modelle[label].merkmale(pks)
        person.emails |= {e.strip().lower() for e in emails if e and e.strip()}
        for name in {" ".join(n.split()) for n in namen if n and n.strip()}:
            if len(name.split()) >= MIN_WOERTER_FREITEXT:
                person.namen.add(name)
            else:
                person.exakte_werte.add(name)
        person.exakte_werte |= {w for w in exakt if w}
    return person


def beschreibung(person: Person) -> list[str]:
    modelle = identitaetsmodelle()
    return [
        z for label, pks in person.identitaeten.items() for z in modelle[label].beschreiben(pks)
    ]


def kandidaten(person: Person) -> list[Kandidat]:
    """Other records with one of her e-mail addresses or full names, not yet part of her."""
    return [k for t in TEILE for k in t.kandidaten(person) if not person.ist_selbst(k.label, k.pk)]


def personen_suchen(namen: Iterable[str] = (), emails: Iterable[str] = ()) -> list[Kandidat]:
    """Records matching a name or e-mail address given by an operator (exact, any case)."""
    gesucht = Person(
        namen={" ".join(n.split()) for n in namen if n.strip()},
        emails={e.strip().lower() for e in emails if e.strip()},
    )
    return [k for t in TEILE for k in t.kandidaten(gesucht)]


# --- history -------------------------------------------------------------------------------


def historienmodell(model) -> type[models.Model] | None:
    name = getattr(model._meta, "simple_history_manager_attribute", None)
    return getattr(model, name).model if name else None


def ist_historienmodell(model) -> bool:
    return hasattr(model, "instance_type") and any(
        f.name == "history_id" for f in model._meta.concrete_fields
    )


def historie_von(model, pks: Iterable) -> models.QuerySet | None:
    hist = historienmodell(model)
    if hist is None:
        return None
    pk_name = model._meta.pk.attname
    return hist._default_manager.filter(**{f"{pk_name}__in": list(pks)})


def nicht_durchsuchen() -> set[str]:
    """Other people's identity records (a namesake, an unticked candidate) stay untouched;
    hers are deleted or anonymised by their app anyway."""
    labels = set()
    for label in identitaetsmodelle():
        modell = apps.get_model(label)
        labels.add(label)
        if hist := historienmodell(modell):
            labels.add(hist._meta.label_lower)
    return labels


def historie_loeschen(model, pks: Iterable) -> int:
    """Delete the whole history of these records (after the records themselves)."""
    zeilen = historie_von(model, pks)
    return zeilen.delete()[0] if zeilen is not None else 0


# --- erasure -------------------------------------------------------------------------------


def vorschau(person: Person, stellen: list[dict] | None = None) -> list[str]:
    """What erasure will do, in German sentences, before anything happens.

    ``stellen``: the free-text mentions, if the caller has already looked them up.
    """
    zeilen = [z for t in TEILE for z in t.vorschau(person)]
    if stellen is None:
        stellen = erwaehnungen(person, nicht_durchsuchen())
    if stellen:
        je_modell = defaultdict(int)
        for e in stellen:
            je_modell[e["modell_name"]] += 1
        zeilen.append(
            ngettext(
                "Name oder E-Mail-Adresse stehen an %(n)d Stelle in Freitexten oder in der "
                "Historie (%(wo)s): dort werden sie durch „%(ersatz)s“ ersetzt, ein E-Mail-Feld "
                "mit nur ihrer Adresse wird geleert.",
                "Name oder E-Mail-Adresse stehen an %(n)d Stellen in Freitexten und in der "
                "Historie (%(wo)s): dort werden sie durch „%(ersatz)s“ ersetzt, ein E-Mail-Feld "
                "mit nur ihrer Adresse wird geleert.",
                len(stellen),
            )
            % {
                "n": len(stellen),
                "wo": ", ".join(f"{name}: {n}" for name, n in sorted(je_modell.items())),
                "ersatz": ENTFERNT,
            }
        )
    zeilen.append(
        _(
            "Andere Schreibweisen (etwa nur der Nachname) werden nicht gefunden: bitte die "
            "Freitexte bei Bedarf von Hand prüfen."
        )
    )
    return zeilen


def loeschen(person: Person, *, ausgefuehrt_von=None, request=None) -> tuple[str, list[str]]:
    """Erase or anonymise the person everywhere; return (reference, what was done).

    Curated records stay (an Angebot, a Sitzung, a shared Kontakt); what names her goes.
    All or nothing: one transaction. Logged as a security event without her data.
    """
    for teil in TEILE:
        teil.pruefen(person, ausgefuehrt_von)
    vorgang = uuid.uuid4().hex[:12]
    bericht: list[str] = []
    with transaction.atomic():
        for teil in TEILE:
            bericht += teil.loeschen(person)
        geaendert = erwaehnungen_entfernen(person, nicht_durchsuchen())
        for teil in TEILE:
            teil.nach_bereinigung(person, geaendert)
    if geaendert:
        bericht.append(
            _("Datensätze, in denen Name oder E-Mail-Adresse im Text ersetzt wurden: %(n)d.")
            % {"n": sum(len(p) for p in geaendert.values())}
        )
    ereignis_protokollieren(
        "personendaten_geloescht",
        request,
        ausgefuehrt_von,
        vorgang,
        datensaetze=sum(len(p) for p in person.identitaeten.values()),
    )
    return vorgang, bericht


def ereignis_protokollieren(
    ereignis: str, request, ausgefuehrt_von, vorgang: str | None = None, **zahlen
) -> str:
    """Security log line: who did it, when, a reference; never the person's data."""
    vorgang = vorgang or uuid.uuid4().hex[:12]
    wer = ausgefuehrt_von.get_username() if ausgefuehrt_von is not None else "kommandozeile"
    ip = client_ip(request) if request is not None else None
    extra = " ".join(f"{k}={v}" for k, v in sorted(zahlen.items()))
    log.warning(
        "%s benutzer=%s ip=%s vorgang=%s %s",
        ereignis,
        re.sub(r"[\x00-\x1f\x7f]", "?", wer)[:150],
        ip or "-",
        vorgang,
        extra,
        extra={"ereignis": ereignis, "benutzer": wer, "ip": ip, "vorgang": vorgang},
    )
    return vorgang
