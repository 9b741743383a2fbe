"""Split a Träger: some of its Einrichtungen belong to another Träger, new or existing.

``traeger_aufteilen(von, einrichtungen, nach, akteur=…)`` moves the chosen Einrichtungen,
the Ansprechpersonen of those Einrichtungen, and whatever higher floors tie to them: each
entry of :data:`MITZIEHEN` moves its own records (``angebote`` registers one for the
Angebote that run only at the moved places). Everything else (Kontakte, memberships,
rights) stays with ``von``; whoever splits moves it by hand if needed.

A Träger merged into ``von`` earlier can come back (:func:`frueherer_traeger`): restored
from its history under its old number, with its name and source key, and without its entry
in ``von.zusammengefuehrt``, so that an import finds it again by its own key. The
Einrichtungen that came with it are offered for the move.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from sozialraum.erweiterungen import Erweiterungspunkt

from ..models import Ansprechperson, Einrichtung, Traeger
from .bezuege import Posten, ZusammenfuehrenFehler, vermerken
from .zusammenlegen import _sperren, namen_liste

# What else moves when Einrichtungen change their Träger. An entry is
# ``f(von, nach, einrichtungen, *, probelauf, akteur, grund) -> list[Posten]``: with
# ``probelauf`` it only says what it would move (``nach`` may be unsaved then), else it
# moves it (inside the split's transaction, saving each record through its model so that
# its history says ``grund``) and says what it moved.
MITZIEHEN = Erweiterungspunkt("Was beim Aufteilen eines Trägers mit seinen Einrichtungen umzieht")


def _mitziehen(von, nach, einrichtungen, *, probelauf: bool, akteur, grund: str) -> list[Posten]:
    ergebnis = []
    for funktion in MITZIEHEN:
        ergebnis += funktion(
            von, nach, einrichtungen, probelauf=probelauf, akteur=akteur, grund=grund
        )
    return ergebnis


def _personen(von: Traeger, einrichtungen) -> list[Ansprechperson]:
    return list(
        Ansprechperson.objects.filter(traeger=von, einrichtung__in=einrichtungen).order_by("pk")
    )


def aufteilen_vorschau(von: Traeger, einrichtungen: list[Einrichtung], nach: Traeger):
    """What would move from ``von`` to ``nach`` (possibly unsaved), per kind of record."""
    ergebnis = [
        Posten(
            str(Einrichtung._meta.verbose_name_plural),
            len(einrichtungen),
            [(e.name, e.get_absolute_url()) for e in einrichtungen],
        )
    ]
    if personen := _personen(von, einrichtungen):
        ergebnis.append(
            Posten(
                str(Ansprechperson._meta.verbose_name_plural),
                len(personen),
                [(p.name, "") for p in personen],
            )
        )
    return ergebnis + _mitziehen(von, nach, einrichtungen, probelauf=True, akteur=None, grund="")


def frueherer_eintrag(von: Traeger, frueher_id: int) -> dict | None:
    """``von``'s note of the Träger merged into it under number ``frueher_id``, if any."""
    return next((e for e in von.zusammengefuehrt if e.get("id") == frueher_id), None)


def frueherer_traeger(eintrag: dict) -> Traeger:
    """The merged-away Träger as it was when it was deleted, unsaved, under its old number
    (from django-simple-history; from the note alone if its history is gone)."""
    version = (
        Traeger.history.filter(id=eintrag["id"]).order_by("-history_date", "-history_id").first()
    )
    if version is not None:
        traeger = version.instance
    else:
        traeger = Traeger(pk=eintrag["id"], name=eintrag["name"])
    traeger.quelle = eintrag.get("quelle", "")
    traeger.externe_id = eintrag.get("externe_id", "")
    for feld in Traeger._meta.concrete_fields:
        # A person named in the old version (who checked it) may be gone since.
        wert = getattr(traeger, feld.attname)
        verweist = feld.is_relation and wert is not None
        if verweist and not feld.related_model._default_manager.filter(pk=wert).exists():
            setattr(traeger, feld.attname, None)
    # Its own earlier merges stay with the Träger they were noted on.
    traeger.zusammengefuehrt = []
    return traeger


def _pruefen(von: Traeger, einrichtungen, nach: Traeger, eintrag: dict | None) -> None:
    if not einrichtungen:
        raise ZusammenfuehrenFehler(_("Bitte wählen Sie mindestens eine Einrichtung."))
    if nach.pk == von.pk and not nach._state.adding:
        raise ZusammenfuehrenFehler(
            _("Die Einrichtungen gehören schon zu „%(name)s“.") % {"name": von.name}
        )
    fremde = [e.name for e in einrichtungen if e.traeger_id != von.pk]
    if fremde:
        raise ZusammenfuehrenFehler(
            _("Diese Einrichtungen gehören inzwischen nicht mehr zu „%(name)s“: %(liste)s.")
            % {"name": von.name, "liste": ", ".join(fremde)}
        )
    if eintrag is not None:
        if Traeger.objects.filter(pk=eintrag["id"]).exists():
            raise ZusammenfuehrenFehler(
                _("Den Träger Nr. %(nr)d gibt es schon wieder.") % {"nr": eintrag["id"]}
            )
        if nach.externe_id and (
            besitzer := Traeger.objects.filter(quelle=nach.quelle, externe_id=nach.externe_id)
            .exclude(pk=nach.pk)
            .first()
        ):
            raise ZusammenfuehrenFehler(
                _(
                    "Die Kennung „%(kennung)s“ gehört inzwischen dem Träger „%(name)s“; "
                    "bitte ändern Sie sie dort zuerst."
                )
                % {"kennung": nach.externe_id, "name": besitzer.name}
            )


@transaction.atomic
def traeger_aufteilen(
    von: Traeger,
    einrichtungen: list[Einrichtung],
    nach: Traeger,
    *,
    akteur,
    frueher: dict | None = None,
) -> tuple[Traeger, list[Posten]]:
    """Move ``einrichtungen`` of ``von`` (and what hangs on them) to ``nach``.

    ``nach`` is an existing Träger, or an unsaved one to be created (a new Träger, or the one
    :func:`frueherer_traeger` made from ``frueher``, ``von``'s note of it: then the note and
    its name leave ``von``). Returns ``nach`` and what moved per kind. Raises
    ``ZusammenfuehrenFehler`` and changes nothing if an Einrichtung no longer belongs to
    ``von`` or the restored Träger's number or key is taken.
    """
    neu = nach._state.adding
    gesperrt = _sperren(von.pk, *([] if neu else [nach.pk]))
    if von.pk not in gesperrt or (not neu and nach.pk not in gesperrt):
        raise ZusammenfuehrenFehler(
            _("Einen der beiden Träger gibt es inzwischen nicht mehr; bitte laden Sie neu.")
        )
    von = gesperrt[von.pk]
    if not neu:
        nach = gesperrt[nach.pk]
    einrichtungen = list(
        Einrichtung.objects.filter(pk__in=[e.pk for e in einrichtungen]).order_by("name", "pk")
    )
    _pruefen(von, einrichtungen, nach, frueher)

    if neu:
        vorlage = (
            _("wiederhergestellt (war mit „%(von)s“ zusammengeführt)")
            if frueher
            else _("beim Aufteilen von „%(von)s“ angelegt")
        )
        vermerken(nach, vorlage % {"von": von.name}, akteur)
        try:
            with transaction.atomic():
                nach.save(force_insert=True)
        except IntegrityError as fehler:
            raise ZusammenfuehrenFehler(
                _("Der Träger ließ sich nicht anlegen; bitte prüfen Sie Name und Kennung.")
            ) from fehler
    grund = _("beim Aufteilen von „%(von)s“ zu „%(nach)s“ verschoben") % {
        "von": von.name,
        "nach": nach.name,
    }
    personen = _personen(von, einrichtungen)
    for obj in [*einrichtungen, *personen]:
        obj.traeger = nach
        vermerken(obj, grund, akteur)
        obj.save(update_fields=["traeger", "updated_at"])
    ergebnis = [Posten(str(Einrichtung._meta.verbose_name_plural), len(einrichtungen))]
    if personen:
        ergebnis.append(Posten(str(Ansprechperson._meta.verbose_name_plural), len(personen)))
    ergebnis += _mitziehen(von, nach, einrichtungen, probelauf=False, akteur=akteur, grund=grund)
    nach.sozialraeume.add(*{e.sozialraum_id for e in einrichtungen if e.sozialraum_id})

    # A history row on ``von`` too: what it gave away, and when.
    if frueher is not None:
        von.zusammengefuehrt = [e for e in von.zusammengefuehrt if e.get("id") != frueher["id"]]
        rest = {e["name"].casefold() for e in von.zusammengefuehrt}
        von.andere_namen = "\n".join(
            n
            for n in namen_liste(von.andere_namen)
            if n.casefold() != frueher["name"].casefold() or n.casefold() in rest
        )
    abgegeben = _("Einrichtungen an „%(nach)s“ abgegeben: %(liste)s") % {
        "nach": nach.name,
        "liste": ", ".join(e.name for e in einrichtungen),
    }
    vermerken(von, abgegeben, akteur)
    von.save()
    return nach, ergebnis
