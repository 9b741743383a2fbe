"""The export of everything held about a person (Art. 15 and 20 DSGVO) as JSON.

Called by the admin action and ``manage.py personendaten export``; the pieces come from
the apps' ``Teil`` registrations in sozialraum/datenschutz/anfragen.py. Structure of the file (format
``sozialraum-register/personendaten/1``, described in docs/datenschutz.md):

- ``person``: her records (model and id), names and e-mail addresses;
- ``daten``: per model (``"traeger.kontakt"``) the rows with her data, each with ``bezug``
  (why it is there) and ``felder`` (all columns; references to other people replaced by
  "andere Person", secrets left out);
- ``historie``: per history model the history rows of those records, and her own changes
  to other records (when and what kind only);
- ``erwaehnungen``: other places where her name or address stands in free text, with an
  excerpt.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable

from django.apps import apps
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from .anfragen import (
    FORMAT,
    Fund,
    Person,
    historie_von,
    identitaetsmodelle,
    ist_historienmodell,
    nicht_durchsuchen,
    teile,
)
from .freitext import erwaehnungen


def _verweise(person: Person) -> Iterable[Fund]:
    """Rows of any model (history included) whose foreign key or m2m points at her records."""
    for label, pks in person.identitaeten.items():
        ziel = apps.get_model(label)
        for rel in ziel._meta.get_fields(include_hidden=True):
            if not (rel.is_relation and rel.auto_created and not rel.concrete):
                continue
            modell = rel.related_model
            if modell._meta.auto_created or modell._meta.proxy:
                continue  # m2m link tables: exported as the m2m field of the row
            feld = rel.field
            zeilen = modell._default_manager.filter(**{f"{feld.name}__in": pks})
            if ist_historienmodell(modell):
                yield from _historienfunde(modell, feld, zeilen)
                continue
            for obj in zeilen:
                yield Fund(
                    obj,
                    _("verweist auf die Person (%(feld)s)") % {"feld": feld.verbose_name},
                )


def _historienfunde(modell, feld, zeilen) -> Iterable[Fund]:
    if feld.name == "history_user":
        # Her changes to other records: when and what kind, not the records' contents.
        basis = modell.instance_type._meta
        for h in zeilen:
            yield Fund(
                h,
                _("Änderung durch die Person"),
                {
                    "history_id": h.history_id,
                    "history_date": h.history_date,
                    "history_type": h.history_type,
                    "objekt": f"{basis.label_lower}:{getattr(h, basis.pk.attname)}",
                },
            )
        return
    for h in zeilen:
        yield Fund(h, _("frühere Fassung verweist auf die Person (%(feld)s)") % {"feld": feld.name})


class _Serialisierer:
    def __init__(self, person: Person):
        self.person = person
        self.identitaet = set(identitaetsmodelle())
        self.ohne_bezug = {m for t in teile() for m in t.ohne_personenbezug}
        self.geheim = {g for t in teile() for g in t.geheime_felder}
        self._namen: dict[tuple[str, str], str | None] = {}

    def verweis(self, ziel_model, pk) -> dict | None:
        if pk is None:
            return None
        label = ziel_model._meta.label_lower
        if label in self.identitaet:
            if self.person.ist_selbst(label, pk):
                return {"modell": label, "pk": pk, "person": _("die Person selbst")}
            return {"modell": label, "person": _("andere Person")}
        wert = {"modell": label, "pk": pk}
        if label in self.ohne_bezug:
            schluessel = (label, str(pk))
            if schluessel not in self._namen:
                obj = ziel_model._default_manager.filter(pk=pk).first()
                self._namen[schluessel] = str(obj) if obj is not None else None
            if self._namen[schluessel] is not None:
                wert["bezeichnung"] = self._namen[schluessel]
        return wert

    def zeile(self, obj) -> dict:
        meta = obj._meta
        felder = {}
        for f in meta.concrete_fields:
            if f"{meta.label_lower}.{f.name}" in self.geheim:
                felder[f.name] = _("(vorhanden, aus Sicherheitsgründen nicht ausgegeben)")
            elif f.is_relation:
                felder[f.name] = self.verweis(f.related_model, getattr(obj, f.attname))
            elif isinstance(f, models.FileField):
                felder[f.name] = getattr(obj, f.attname).name or None
            else:
                felder[f.name] = getattr(obj, f.attname)
        for f in meta.many_to_many:
            felder[f.name] = [
                self.verweis(f.related_model, pk)
                for pk in getattr(obj, f.name).values_list("pk", flat=True)
            ]
        for teil in teile():
            felder = teil.anpassen(obj, felder, self.person)
        return felder


_WORT = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _woerter(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORT.findall(text or ""))


class _Schwaerzung:
    """Replaces everybody else's full names and e-mail addresses in exported text.

    Free text the person wrote or that is about her (minutes, notes, released versions)
    names other people too; the registry knows their names from their accounts and
    Ansprechpersonen. Names are compared as word sequences (any case, any punctuation
    between the words), so one pass over the words finds all of them.
    """

    def __init__(self, person: Person):
        namen, emails = set(), set()
        for teil in teile():
            andere_namen, andere_emails = teil.andere_merkmale(person)
            namen |= andere_namen
            emails |= andere_emails
        eigene = {_woerter(n) for n in person.namen | person.exakte_werte}
        self.namen = {w for n in namen if len(w := _woerter(n)) >= 2} - eigene
        self.laengste = max((len(w) for w in self.namen), default=0)
        self.emails = {e.strip().lower() for e in emails if e and e.strip()} - person.emails
        self.ersatz = _("andere Person")

    def text(self, text: str) -> str:
        if self.emails:
            text = _EMAIL.sub(
                lambda m: self.ersatz if m.group().lower() in self.emails else m.group(), text
            )
        if not self.laengste:
            return text
        treffer = list(_WORT.finditer(text))
        woerter = [t.group().lower() for t in treffer]
        stellen, i = [], 0
        while i < len(treffer):
            for n in range(min(self.laengste, len(treffer) - i), 1, -1):
                if tuple(woerter[i : i + n]) in self.namen:
                    stellen.append((treffer[i].start(), treffer[i + n - 1].end()))
                    i += n
                    break
            else:
                i += 1
        for von, bis in reversed(stellen):
            text = text[:von] + self.ersatz + text[bis:]
        return text

    def werte(self, daten):
        if isinstance(daten, dict):
            return {k: self.werte(w) for k, w in daten.items()}
        if isinstance(daten, list):
            return [self.werte(w) for w in daten]
        return self.text(daten) if isinstance(daten, str) else daten


def auskunft(person: Person) -> dict:
    """Everything held about the person, as one JSON-serialisable dict."""
    funde: dict[tuple[str, str], Fund] = {}
    bezuege: dict[tuple[str, str], list[str]] = defaultdict(list)
    modelle = identitaetsmodelle()

    def aufnehmen(fund: Fund):
        funde.setdefault(fund.schluessel, fund)
        if fund.bezug not in bezuege[fund.schluessel]:
            bezuege[fund.schluessel].append(fund.bezug)

    for label, pks in person.identitaeten.items():
        for obj in apps.get_model(label)._default_manager.filter(pk__in=pks):
            aufnehmen(
                Fund(obj, _("die Person selbst (%(art)s)") % {"art": modelle[label].bezeichnung})
            )
    for teil in teile():
        for fund in teil.sammeln(person):
            aufnehmen(fund)
    for fund in _verweise(person):
        aufnehmen(fund)
    # The history of every exported record holds her data too.
    je_modell: dict[type, set] = defaultdict(set)
    for fund in list(funde.values()):
        if not ist_historienmodell(type(fund.obj)):
            je_modell[type(fund.obj)].add(fund.obj.pk)
    for modell, pks in je_modell.items():
        zeilen = historie_von(modell, pks)
        for h in zeilen if zeilen is not None else []:
            aufnehmen(Fund(h, _("Änderungshistorie eines ausgegebenen Datensatzes")))

    s = _Serialisierer(person)
    daten: dict[str, list] = defaultdict(list)
    historie: dict[str, list] = defaultdict(list)
    modellnamen = {}
    for schluessel, fund in sorted(funde.items(), key=lambda e: (e[0][0], _sortierbar(e[0][1]))):
        modell = type(fund.obj)
        label = schluessel[0]
        modellnamen[label] = str(modell._meta.verbose_name)
        eintrag = {
            "pk": fund.obj.pk,
            "bezug": bezuege[schluessel],
            "felder": fund.felder if fund.felder is not None else s.zeile(fund.obj),
        }
        (historie if ist_historienmodell(modell) else daten)[label].append(eintrag)

    schwaerzung = _Schwaerzung(person)
    daten, historie = schwaerzung.werte(dict(daten)), schwaerzung.werte(dict(historie))
    ausgegeben = set(funde)
    erwaehnt = [
        e
        for e in erwaehnungen(person, nicht_durchsuchen())
        if (e["modell"], str(e["pk"])) not in ausgegeben
    ]
    return {
        "format": FORMAT,
        "erstellt_am": timezone.now(),
        "register": settings.REGISTRY_NAME,
        "stadt": settings.STADT_NAME,
        "hinweis": _(
            "Auskunft nach Art. 15 DSGVO und Daten zur Übertragung nach Art. 20 DSGVO: alle "
            "Datensätze des Registers mit Daten dieser Person, ihre Änderungshistorie und die "
            "Stellen, an denen ihr Name oder ihre E-Mail-Adresse in Freitexten steht. Verweise "
            "auf andere Personen und deren Namen und E-Mail-Adressen sind durch „andere Person“ "
            "ersetzt (Art. 15 Abs. 4 DSGVO)."
        ),
        "person": {
            "datensaetze": [
                {"modell": label, "pk": pk}
                for label, pks in sorted(person.identitaeten.items())
                for pk in sorted(pks)
            ],
            "namen": sorted(person.namen | person.exakte_werte),
            "emails": sorted(person.emails),
        },
        "modelle": modellnamen,
        "daten": daten,
        "historie": historie,
        "erwaehnungen": schwaerzung.werte(erwaehnt),
    }


def _sortierbar(pk: str):
    return (0, int(pk), "") if pk.isdigit() else (1, 0, pk)


def auskunft_json(person: Person) -> str:
    return json.dumps(auskunft(person), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
