"""Where a person is named in free text, and replacing it (for sozialraum/datenschutz/anfragen.py).

Every text field of every installed model is searched, history tables included, so that a
new model or field is covered without anyone remembering it. Searched are the person's full
names (two words or more, as whole words, any case, any run of spaces between the words)
and e-mail addresses; a field holding nothing but one of her values (a user name, a
one-word name) counts too. The database narrows the rows down with ``icontains``; the
decision is made here in Python, with word boundaries, so "Maria Muster" does not hit
"Maria Mustermann".
"""

from __future__ import annotations

import json
import operator
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import reduce

from django.apps import apps
from django.conf import settings
from django.db import connections, models, router
from django.utils.translation import gettext as _


@dataclass
class Person:
    """Whom a request is about: the records that *are* her, and what identifies her."""

    identitaeten: dict[str, set[int]] = field(default_factory=dict)  # "app.model" -> pks
    namen: set[str] = field(default_factory=set)  # full names, current and earlier
    emails: set[str] = field(default_factory=set)
    exakte_werte: set[str] = field(default_factory=set)  # user names, one-word names

    def pks(self, label: str) -> set[int]:
        return self.identitaeten.get(label, set())

    @property
    def benutzer_pks(self) -> set[int]:
        return self.pks(settings.AUTH_USER_MODEL.lower())

    def ist_selbst(self, label: str, pk) -> bool:
        return pk is not None and int(pk) in self.pks(label)


ENTFERNT = "[entfernt]"
# Tables that hold no free text about people, or only encoded data handled elsewhere.
NICHT_DURCHSUCHEN = {"sessions.session", "auth.permission", "contenttypes.contenttype"}
AUSSCHNITT = 60
ODER_JE_ABFRAGE = 200


def _textfelder(modell) -> list[models.Field]:
    return [
        f
        for f in modell._meta.concrete_fields
        if isinstance(f, models.CharField | models.TextField | models.JSONField)
        and not f.choices
        and f.name != "password"
    ]


def _durchsuchte_modelle(ausgenommen) -> Iterable[tuple[type[models.Model], list[models.Field]]]:
    for modell in apps.get_models():
        label = modell._meta.label_lower
        if label in NICHT_DURCHSUCHEN or label in ausgenommen or modell._meta.proxy:
            continue
        if felder := _textfelder(modell):
            yield modell, felder


def _varianten(wert: str, vendor: str) -> set[str]:
    """Spellings a database LIKE needs to find ``wert`` in any case: SQLite ignores case for
    ASCII letters only, and JSON text (and the admin log) stores umlauts as \\u escapes."""
    formen = {wert}
    if vendor != "postgresql" and not wert.isascii():
        formen |= {wert.lower(), wert.title(), wert.upper()}
    return formen | {json.dumps(f)[1:-1] for f in formen}


def _wortfolge(text: str) -> str:
    """A pattern for the words of ``text``, any run of white space between them."""
    return r"\s+".join(re.escape(wort) for wort in text.split())


def _muster(person: Person) -> re.Pattern | None:
    teile = []
    for name in sorted(person.namen, key=len, reverse=True):
        for form in {name, json.dumps(name)[1:-1]}:
            teile.append(r"(?<!\w)" + _wortfolge(form) + r"(?!\w)")
    for email in sorted(person.emails, key=len, reverse=True):
        teile.append(r"(?<![\w.+-])" + re.escape(email) + r"(?![\w-]|\.\w)")
    return re.compile("|".join(teile), re.IGNORECASE) if teile else None


def _exakt(person: Person, wert: str) -> bool:
    wert = " ".join(wert.split()).lower()
    return bool(wert) and (
        wert in {w.lower() for w in person.exakte_werte}
        or wert in person.emails
        or wert in {n.lower() for n in person.namen}
    )


def _treffer(person: Person, ausgenommen) -> Iterable[tuple[models.Model, models.Field, object]]:
    """(row, field, value) of every text field that names the person."""
    muster = _muster(person)
    for modell, felder in _durchsuchte_modelle(ausgenommen):
        vendor = connections[router.db_for_read(modell)].vendor
        suchwerte = set()
        for wert in person.namen | person.emails | person.exakte_werte:
            suchwerte |= _varianten(wert, vendor)
        bedingungen = [
            models.Q(**{f"{f.name}__icontains": wert}) for f in felder for wert in sorted(suchwerte)
        ]
        namen = [modell._meta.pk.attname, _basis(modell)._meta.pk.attname]
        namen += [f.attname for f in felder]
        gesehen = set()
        # A few hundred ORs per query at most: SQLite limits the depth of an expression.
        for start in range(0, len(bedingungen), ODER_JE_ABFRAGE):
            bedingung = reduce(operator.or_, bedingungen[start : start + ODER_JE_ABFRAGE])
            for obj in modell._default_manager.filter(bedingung).only(*namen).order_by("pk"):
                if obj.pk in gesehen:
                    continue
                gesehen.add(obj.pk)
                for f in felder:
                    wert = getattr(obj, f.attname)
                    if wert and _enthaelt(person, muster, wert):
                        yield obj, f, wert


def _enthaelt(person, muster, wert) -> bool:
    if isinstance(wert, dict | list):
        return any(_enthaelt(person, muster, w) for w in _werte(wert))
    wert = str(wert)
    return _exakt(person, wert) or bool(muster and muster.search(wert))


def _werte(daten) -> Iterable:
    if isinstance(daten, dict):
        for w in daten.values():
            yield from _werte(w)
    elif isinstance(daten, list):
        for w in daten:
            yield from _werte(w)
    else:
        yield daten


def _ersetzen(person, muster, f, wert):
    if isinstance(wert, dict):
        return {k: _ersetzen(person, muster, f, w) for k, w in wert.items()}
    if isinstance(wert, list):
        return [_ersetzen(person, muster, f, w) for w in wert]
    if not isinstance(wert, str):
        return wert
    if _exakt(person, wert):
        return "" if isinstance(f, models.EmailField) and f.blank else ENTFERNT
    neu = muster.sub(ENTFERNT, wert) if muster else wert
    return neu[: f.max_length] if f.max_length else neu


def _ausschnitt(person, muster, wert) -> str:
    text = json.dumps(wert, ensure_ascii=False) if isinstance(wert, dict | list) else str(wert)
    treffer = muster.search(text) if muster else None
    if treffer is None:
        return text[: 2 * AUSSCHNITT]
    von, bis = max(treffer.start() - AUSSCHNITT, 0), treffer.end() + AUSSCHNITT
    return ("…" if von else "") + text[von:bis] + ("…" if bis < len(text) else "")


def erwaehnungen(person: Person, ausgenommen: set[str] = frozenset()) -> list[dict]:
    """Every text field (history included) naming her: where, and a short excerpt."""
    muster = _muster(person)
    return [
        {
            "modell": obj._meta.label_lower,
            "modell_name": _modellname(type(obj)),
            "pk": obj.pk,
            "objekt_pk": getattr(obj, _basis(type(obj))._meta.pk.attname),
            "datensatz": _datensatz(obj),
            "feld": f.name,
            "feld_name": str(f.verbose_name),
            "ausschnitt": _ausschnitt(person, muster, wert),
        }
        for obj, f, wert in _treffer(person, ausgenommen)
    ]


def _basis(modell):
    """The model a history model records (django-simple-history's ``instance_type``)."""
    return getattr(modell, "instance_type", modell)


def _datensatz(obj) -> str:
    basis = _basis(type(obj))
    text = f"{basis._meta.verbose_name} {getattr(obj, basis._meta.pk.attname)}"
    return text if basis is type(obj) else _("%(text)s (Historie)") % {"text": text}


def _modellname(modell) -> str:
    basis = _basis(modell)
    name = str(basis._meta.verbose_name)
    return name if basis is modell else _("%(name)s (Historie)") % {"name": name}


def erwaehnungen_entfernen(person: Person, ausgenommen: set[str] = frozenset()) -> dict[str, set]:
    """Replace her names and addresses in every text field; return the changed rows."""
    muster = _muster(person)
    aenderungen: dict[tuple[type, object], dict] = defaultdict(dict)
    for obj, f, wert in _treffer(person, ausgenommen):
        aenderungen[(type(obj), obj.pk)][f.name] = _ersetzen(person, muster, f, wert)
    geaendert: dict[str, set] = defaultdict(set)
    for (modell, pk), werte in aenderungen.items():
        # update(): no new history row holding the old text, no signals, no updated_at.
        modell._default_manager.filter(pk=pk).update(**werte)
        geaendert[modell._meta.label_lower].add(pk)
    return dict(geaendert)
