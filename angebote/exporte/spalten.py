"""The columns of an offer in a downloaded list: those of its result card (_karte_inhalt.html).

The card shortens for the screen (two places, four times); a file has room, so it holds
all of them. "geprüft vor 3 Monaten" ages inside a file: the file gives the date. The
title is a link on the card; the file gives the link's address.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

from sozialraum.werkzeuge.tabellen import Zelle
from traeger.models import Barrierefreiheit

from ..models import Angebot


def kopf_angebote() -> list[str]:
    return [
        _("Titel"),
        _("Träger"),
        _("Orte"),
        _("Wann"),
        _("Alter"),
        _("Sprachen"),
        _("Kosten"),
        _("Anmeldung"),
        _("Barrierefreiheit"),
        _("zuletzt geprüft"),
        _("Link"),
    ]


def _orte(angebot: Angebot) -> str:
    orte = []
    for ort in angebot.einrichtungen.all():
        text = f"{ort.name}, {ort.strasse}"
        if ort.sozialraum:
            text += f" ({ort.sozialraum.name})"
        orte.append(text)
    return "; ".join(orte)


def angebot_zeilen(angebote: Iterable[Angebot], absolute_url) -> list[list[Zelle]]:
    """The rows of offers read with ``fuer_liste()``, in their order; ``absolute_url``:
    ``request.build_absolute_uri``. The words of the choices are translated once per list,
    not once per offer (thousands of offers in a search)."""
    kosten = {wert: str(name) for wert, name in Angebot.Kosten.choices}
    barrierefrei = {wert: str(name) for wert, name in Barrierefreiheit.choices}
    ohne_anmeldung, anmeldung_noetig = _("ohne Anmeldung"), _("Anmeldung nötig")
    nach_vereinbarung, ermaessigt, nie = (
        _("nach Vereinbarung"),
        _("ermäßigt möglich"),
        _("nie geprüft"),
    )
    zeilen = []
    for angebot in angebote:
        wann = ", ".join(z.kurz for z in angebot.zeiten.all()) or nach_vereinbarung
        if angebot.zeiten_hinweis:
            wann += f" · {angebot.zeiten_hinweis}"
        preis = kosten.get(angebot.kosten, angebot.kosten)
        if angebot.kosten_hinweis:
            preis += f" ({angebot.kosten_hinweis})"
        if angebot.ermaessigt_moeglich:
            preis += f", {ermaessigt}"
        zeilen.append(
            [
                angebot.titel,
                angebot.traeger.name,
                _orte(angebot),
                wann,
                angebot.alter_text,
                ", ".join(s.name for s in angebot.sprachen.all()),
                preis,
                ohne_anmeldung if angebot.anmeldung == "offen" else anmeldung_noetig,
                barrierefrei.get(angebot.barrierefrei, angebot.barrierefrei),
                angebot.zuletzt_geprueft or nie,
                absolute_url(angebot.get_absolute_url()),
            ]
        )
    return zeilen
