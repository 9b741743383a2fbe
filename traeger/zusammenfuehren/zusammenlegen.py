"""Merge two Träger: one stays, the other goes into it.

``traeger_zusammenfuehren(bleibt, geht, akteur=…)`` moves every reference to ``geht``
(bezuege.py: Einrichtungen, Ansprechpersonen, Angebote, Mitgliedschaften, Kontakte, object
permissions, …) to ``bleibt`` in one transaction, writing a history row for each moved
record. ``bleibt`` keeps its own data; empty contact fields are filled from ``geht`` (the
address only as a whole, so that no address is made of two), its Sozialräume are added, and
``geht``'s name is kept as another spelling (``andere_namen``). What identified ``geht`` is
noted in ``bleibt.zusammengefuehrt``: its number, name, source and source key, when and by
whom, and which Einrichtungen came along, so that

- an import finds the Träger that stands for a merged-away source key now
  (:func:`quellkennungen`) instead of creating it again, and
- a wrong merge can be undone by splitting (aufteilen.py restores ``geht`` under its old
  number from its history and offers its Einrichtungen).

Then ``geht`` is deleted: nothing points to it any more, and django-simple-history keeps
its last version (the deletion row, with the reason). It is not kept "archived": a Träger
has no such state, and every list, search and map would have to learn to hide it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Traeger
from ..rechte import _protokollieren
from .bezuege import (
    Posten,
    ZusammenfuehrenFehler,
    bezuege,
    hindernisse,
    posten,
    rechte_posten,
    rechte_umhaengen,
    umhaengen,
    vermerken,
)

ADRESSE = ("strasse", "plz", "ort")
EINZELN = ("telefon", "email", "website")


def namen_liste(text: str) -> list[str]:
    """The lines of ``andere_namen``, trimmed, without empty ones."""
    return [zeile.strip() for zeile in text.splitlines() if zeile.strip()]


def _namen_ergaenzen(bleibt: Traeger, neue: list[str]) -> str:
    vorhanden = namen_liste(bleibt.andere_namen)
    bekannt = {n.casefold() for n in [bleibt.name, *vorhanden]}
    for name in neue:
        if name.casefold() not in bekannt:
            vorhanden.append(name)
            bekannt.add(name.casefold())
    return "\n".join(vorhanden)


def uebernommene_angaben(bleibt: Traeger, geht: Traeger) -> dict[str, str]:
    """The contact fields ``bleibt`` takes from ``geht``: only where its own are empty; the
    address (street, postcode, town) only if ``bleibt`` has none at all."""
    felder = [f for f in EINZELN if not getattr(bleibt, f) and getattr(geht, f)]
    if not any(getattr(bleibt, f) for f in ADRESSE) and any(getattr(geht, f) for f in ADRESSE):
        felder = [*ADRESSE, *felder]
    return {f: getattr(geht, f) for f in felder if getattr(geht, f)}


@dataclass
class Vorschau:
    """What merging ``geht`` into ``bleibt`` would do, for the confirmation page."""

    bleibt: Traeger
    geht: Traeger
    posten: list[Posten] = field(default_factory=list)
    angaben: list[tuple[str, str]] = field(default_factory=list)  # (label, value) taken over
    sozialraeume: list[str] = field(default_factory=list)  # added to "tätig in"
    hindernisse: list[str] = field(default_factory=list)


def zusammenfuehren_vorschau(bleibt: Traeger, geht: Traeger, user) -> Vorschau:
    """Counts per kind of record, the names ``user`` may see, and what stands in the way."""
    vorschau = Vorschau(bleibt, geht, hindernisse=hindernisse(bleibt, geht))
    for bezug in bezuege():
        if (p := posten(bezug, geht, user)) is not None:
            vorschau.posten.append(p)
    if (p := rechte_posten(geht, user)) is not None:
        vorschau.posten.append(p)
    vorschau.angaben = [
        (str(Traeger._meta.get_field(f).verbose_name), wert)
        for f, wert in uebernommene_angaben(bleibt, geht).items()
    ]
    eigene = set(bleibt.sozialraeume.values_list("pk", flat=True))
    vorschau.sozialraeume = [s.name for s in geht.sozialraeume.exclude(pk__in=eigene)]
    return vorschau


def _eintrag(geht: Traeger, akteur, einrichtungen: list[int]) -> dict:
    return {
        "id": geht.pk,
        "name": geht.name,
        "quelle": geht.quelle,
        "externe_id": geht.externe_id,
        "am": timezone.now().isoformat(timespec="seconds"),
        "von": akteur.get_username() if akteur is not None else "",
        "einrichtungen": einrichtungen,
    }


def _sperren(*pks: int) -> dict[int, Traeger]:
    """The Träger as stored now, their rows locked until the transaction ends (in id order,
    so that two merges of the same pair wait for each other instead of deadlocking)."""
    zeilen = Traeger.objects.filter(pk__in=pks).order_by("pk").select_for_update(of=("self",))
    return {t.pk: t for t in zeilen}


@transaction.atomic
def traeger_zusammenfuehren(
    bleibt: Traeger, geht: Traeger, *, akteur, request=None
) -> tuple[Traeger, list[Posten]]:
    """Merge ``geht`` into ``bleibt`` (see the module's docstring). Returns ``bleibt`` as
    saved and what moved, per kind. Raises ``ZusammenfuehrenFehler`` and changes nothing if
    the two are one, one is gone, or records of both may exist only once per Träger."""
    if bleibt.pk == geht.pk:
        raise ZusammenfuehrenFehler(
            _("Ein Träger kann nicht mit sich selbst zusammengeführt werden.")
        )
    gesperrt = _sperren(bleibt.pk, geht.pk)
    if len(gesperrt) != 2:
        raise ZusammenfuehrenFehler(
            _("Einen der beiden Träger gibt es inzwischen nicht mehr; bitte laden Sie neu.")
        )
    bleibt, geht = gesperrt[bleibt.pk], gesperrt[geht.pk]
    if gruende := hindernisse(bleibt, geht):
        raise ZusammenfuehrenFehler(" ".join(gruende))
    grund = _("Träger „%(geht)s“ (Nr. %(nr)d) mit „%(bleibt)s“ zusammengeführt") % {
        "geht": geht.name,
        "nr": geht.pk,
        "bleibt": bleibt.name,
    }
    einrichtungen = list(geht.einrichtungen.order_by("pk").values_list("pk", flat=True))
    ergebnis = []
    for bezug in bezuege():
        if anzahl := umhaengen(bezug, geht, bleibt, grund=grund, akteur=akteur):
            ergebnis.append(Posten(bezug.titel, anzahl))
    personen = rechte_umhaengen(geht, bleibt)
    text = _("pflegt den Träger „%(traeger)s“ (zusammengeführt mit „%(geht)s“)") % {
        "traeger": bleibt.name,
        "geht": geht.name,
    }
    # The history of her rights, as the rights screen writes it (it names who changed them).
    for person in personen if akteur is not None else []:
        _protokollieren(person, text, akteur=akteur, request=request)
    if personen:
        ergebnis.append(Posten(_("Rechte zum Bearbeiten (Träger-Redaktion)"), len(personen)))

    bleibt.sozialraeume.add(*geht.sozialraeume.all())
    for feld, wert in uebernommene_angaben(bleibt, geht).items():
        setattr(bleibt, feld, wert)
    bleibt.andere_namen = _namen_ergaenzen(bleibt, [geht.name, *namen_liste(geht.andere_namen)])
    bleibt.zusammengefuehrt = [
        *bleibt.zusammengefuehrt,
        *geht.zusammengefuehrt,
        _eintrag(geht, akteur, einrichtungen),
    ]
    for obj in (bleibt, geht):
        vermerken(obj, grund, akteur)
    bleibt.save()
    try:
        geht.delete()
    except ProtectedError as fehler:  # a reference this module does not know how to move
        raise ZusammenfuehrenFehler(
            _("Auf „%(name)s“ verweisen noch Einträge, die nicht umziehen können: %(was)s.")
            % {
                "name": geht.name,
                # The kinds only: the records may be ones she may not see.
                "was": ", ".join(
                    sorted({str(o._meta.verbose_name_plural) for o in fehler.protected_objects})
                ),
            }
        ) from fehler
    return bleibt, ergebnis


def quellkennungen(quelle: str) -> dict[str, int]:
    """For an import from ``quelle``: source key → id of the Träger that stands for it now.

    Both the Träger carrying the key themselves (``externe_id``) and those a Träger with
    that key was merged into (``zusammengefuehrt``); a live Träger wins. One query for the
    merged ones, one for the rest; call it once per import run.
    """
    ergebnis: dict[str, int] = {}
    for pk, eintraege in Traeger.objects.exclude(zusammengefuehrt=[]).values_list(
        "pk", "zusammengefuehrt"
    ):
        for eintrag in eintraege or []:
            if eintrag.get("quelle") == quelle and eintrag.get("externe_id"):
                ergebnis[eintrag["externe_id"]] = pk
    ergebnis.update(
        Traeger.objects.filter(quelle=quelle).exclude(externe_id="").values_list("externe_id", "pk")
    )
    return ergebnis
