"""The search state: a fingerprint of every committed change that can alter a search result.

Search results (the understood query, the count and facets, a page's ids) are cached per
search state (trefferspeicher.py). A change to offers, their links, times, places, Träger,
taxonomy or areas adds a row with a random number to :class:`Suchstand` **in the writing
transaction**; the state is the sum and count of the rows a reader sees. So:

* a reader that sees a change also sees its row, and gets a state no reader without that
  change can have: a cached result never outlives the data it was computed from;
* nothing is locked: rows are only inserted (an UPDATE of one counter row would make every
  writer wait for the longest open transaction, an import, say, and could deadlock);
* a rolled-back transaction leaves no trace, so the state returns to what it was, together
  with the data (this is also why tests need no special care);
* after a commit, old rows are pruned together with a new row of their own, so pruning
  also gives a new state (a cache miss, never a wrong hit).

One indexed aggregate over a few dozen rows per search request: well under a millisecond.
"""

from __future__ import annotations

import secrets

from django.db import models, router, transaction

from ..models import Suchstand

# Pruned down to this many rows once there are twice as many: most commits prune nothing
# (one save inserts several rows, each asking for a prune after the commit).
BEHALTEN = 20
# Random values below 2**40: the sum of millions of rows stays a 64-bit integer (SQLite
# raises on overflow).
ZUFALL_BITS = 40


def aktueller_stand() -> str:
    """The fingerprint of the changes this connection sees, as a short string."""
    summe = Suchstand.objects.aggregate(s=models.Sum("zufall"), n=models.Count("pk"))
    return f"{summe['n']}.{summe['s'] or 0}"


def _aufraeumen(using: str) -> None:
    """Delete all but the newest rows, and add one of its own: on PostgreSQL ids are handed
    out at insert, not at commit, so the rows deleted may include those of a transaction
    that committed just now; without a new row the state could return to one from before
    that transaction, with its cached results."""
    grenze = list(Suchstand.objects.using(using).order_by("-pk").values_list("pk", flat=True))
    if len(grenze) <= 2 * BEHALTEN:
        return
    with transaction.atomic(using=using):
        Suchstand.objects.using(using).filter(pk__lt=grenze[BEHALTEN - 1]).delete()
        Suchstand.objects.using(using).create(zufall=secrets.randbits(ZUFALL_BITS))


def stand_erhoehen(using: str | None = None) -> None:
    """Record a change in the current transaction (a new state for every reader that sees it).

    Called by the search index (suchindex.py) and by the signals in signals.py; call it
    after a bulk write that sends no signals and does not end in ``reindex()``.
    """
    using = using or router.db_for_write(Suchstand)
    Suchstand.objects.using(using).create(zufall=secrets.randbits(ZUFALL_BITS))
    # Prune after the commit, in its own short statement: old rows are never needed again.
    transaction.on_commit(lambda: _aufraeumen(using), using=using)
