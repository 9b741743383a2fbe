"""Merge two Träger and split one: the operations, their previews, and who may use them.

- ``zusammenlegen.py``: ``traeger_zusammenfuehren(bleibt, geht, akteur=…)``; the preview;
  ``quellkennungen(quelle)`` for imports (which Träger stands for a merged-away key).
- ``aufteilen.py``: ``traeger_aufteilen(von, einrichtungen, nach, akteur=…)``; the preview;
  the extension point ``MITZIEHEN`` for records of higher floors tied to Einrichtungen.
- ``bezuege.py``: what points to a Träger, found generically (this floor names no higher
  one), and how it moves.
- ``forms.py``: the confirmation forms (conflict check on both Träger).

Views (traeger/views/zusammenfuehren.py), the admin actions (traeger/admin.py) and imports
call these functions; each runs in one transaction and writes a history row for every
record it changes. Users read about it in docs/traeger-pflegen.md.
"""

from ..permissions import can_edit_traeger

RECHT = "traeger.zusammenfuehren_traeger"


def darf_zusammenfuehren(user, *traeger) -> bool:
    """Whether ``user`` may merge or split these Träger: the right to curate Träger (the
    Jugendamt-Administration), and the right to edit each of them (a Jugendamt-
    Administration scoped to her Jugendamt: only Träger working there)."""
    return (
        user.is_authenticated
        and user.is_active
        and user.has_perm(RECHT)
        and all(can_edit_traeger(user, t) for t in traeger)
    )
