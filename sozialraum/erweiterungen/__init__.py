"""The one way a higher floor adds to a lower floor's pages and operations.

The floors import downwards only (``sozialraum`` ← ``traeger`` ← ``angebote`` / ``gremien``):
the area page lives in ``sozialraum`` but shows the offers of ``angebote``. So the lower
floor declares an ``Erweiterungspunkt`` and the higher floor registers what it adds, always
in its ``AppConfig.ready()``::

    # sozialraum/erweiterungen/bereiche.py (lower floor)
    GEBIETSSEITE = Erweiterungspunkt("Abschnitte der Gebietsseiten")

    # angebote/apps.py (higher floor)
    def ready(self):
        from sozialraum.erweiterungen.bereiche import GEBIETSSEITE
        GEBIETSSEITE.registrieren(angebote_im_gebiet, reihenfolge=30)

    # sozialraum/views.py (lower floor, knowing nothing of angebote)
    abschnitte = GEBIETSSEITE.sammeln(request, gebiet)

Entries come back sorted by ``reihenfolge`` (then in the order registered). Registering the
same entry again (``ready()`` may run twice in tests) changes nothing. An entry may be a
dotted path (``"gremien.demo.gremien.gremien_laden"``): it is imported only when first used, for
heavy modules that most processes never need.

The points: ``sozialraum.erweiterungen.bereiche.GEBIETSSEITE`` and ``STARTSEITE``,
``traeger.bereiche.TRAEGERSEITE``, ``traeger.netzwerk.KANTENQUELLEN``,
``traeger.rechte.RECHTE_BEREICHE``, ``gremien.erweiterungen.TOP_VERWEISE``,
``angebote.erweiterungen.SUCHSEITE``, ``sozialraum.datenschutz.anfragen.TEILE`` and
``sozialraum.demo.stadt.DEMO_SCHRITTE`` (docs/architektur.md).
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.utils.module_loading import import_string


@dataclass
class _Eintrag:
    reihenfolge: int
    nummer: int
    wert: Any
    name: str


class Erweiterungspunkt:
    """A named, ordered list of contributions registered by higher floors."""

    def __init__(self, beschreibung: str):
        self.beschreibung = beschreibung
        self._eintraege: list[_Eintrag] = []

    def __repr__(self) -> str:
        return f"<Erweiterungspunkt {self.beschreibung!r}: {len(self._eintraege)} Einträge>"

    def registrieren(self, wert: Any, *, reihenfolge: int | None = None, name: str = "") -> Any:
        """Add ``wert`` (a function, an object or a dotted path); returns it unchanged.

        ``reihenfolge`` defaults to the object's own ``reihenfolge`` attribute, else 50.
        ``name`` labels the entry (e.g. a demo step's heading). Registered once per ``name``,
        else per function or dotted path, else per class of object.
        """
        if reihenfolge is None:
            reihenfolge = getattr(wert, "reihenfolge", 50)
        schluessel = self._schluessel(wert, name)
        if all(self._schluessel(e.wert, e.name) != schluessel for e in self._eintraege):
            self._eintraege.append(_Eintrag(reihenfolge, len(self._eintraege), wert, name))
            self._eintraege.sort(key=lambda e: (e.reihenfolge, e.nummer))
        return wert

    @staticmethod
    def _schluessel(wert: Any, name: str) -> Any:
        if name:
            return name
        if isinstance(wert, str) or callable(wert):
            return wert
        return type(wert)

    def _wert(self, eintrag: _Eintrag) -> Any:
        if isinstance(eintrag.wert, str):
            eintrag.wert = import_string(eintrag.wert)
        return eintrag.wert

    def __iter__(self) -> Iterator[Any]:
        return (self._wert(e) for e in list(self._eintraege))

    def __len__(self) -> int:
        return len(self._eintraege)

    def mit_namen(self) -> list[tuple[str, Any]]:
        return [(e.name, self._wert(e)) for e in list(self._eintraege)]

    def sammeln(self, *args, **kwargs) -> list:
        """Call every entry with the arguments; keep what is not None (sections to show)."""
        return [r for f in self if (r := f(*args, **kwargs)) is not None]
