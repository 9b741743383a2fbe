"""Sections that higher floors add to the area pages, without this floor importing them.

An app registers a function in its ``AppConfig.ready()``::

    bereich_registrieren(reihenfolge=20, funktion=angebote_im_gebiet)

The function receives ``(request, gebiet)`` and returns ``None`` (nothing to show) or a
dict with ``template`` and the context that template needs.
"""

from collections.abc import Callable
from typing import Any

_BEREICHE: list[tuple[int, Callable[[Any, Any], dict | None]]] = []


def bereich_registrieren(reihenfolge: int, funktion: Callable[[Any, Any], dict | None]) -> None:
    if all(f is not funktion for _, f in _BEREICHE):
        _BEREICHE.append((reihenfolge, funktion))
        _BEREICHE.sort(key=lambda eintrag: eintrag[0])


def bereiche_fuer(request, gebiet) -> list[dict]:
    return [b for _, funktion in _BEREICHE if (b := funktion(request, gebiet)) is not None]


# Sections on the start page (above the search), e.g. "my open tasks", same pattern.
_STARTBEREICHE: list[tuple[int, Callable[[Any], dict | None]]] = []


def startbereich_registrieren(reihenfolge: int, funktion: Callable[[Any], dict | None]) -> None:
    if all(f is not funktion for _, f in _STARTBEREICHE):
        _STARTBEREICHE.append((reihenfolge, funktion))
        _STARTBEREICHE.sort(key=lambda eintrag: eintrag[0])


def startbereiche_fuer(request) -> list[dict]:
    return [b for _, funktion in _STARTBEREICHE if (b := funktion(request)) is not None]
