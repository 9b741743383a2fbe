"""The data state: one version, kept in the shared cache, that every committed write renews.

What pages compute from the registry's data and show alike to everybody is kept in
Django's cache (``CACHES``, shared by all worker processes: the database cache, or Redis)
under this version: search results (the understood query, the count and facets, a page's
ids, cards, an offer's body; angebote/suche/trefferspeicher.py), an area page's offers and
gaps, its Träger and places (:func:`behalten`). The version is read once per request by
:func:`aktueller_stand`. :func:`stand_erhoehen` is the one function for "a write happened":
every floor names the models whose saves and deletes renew it (:func:`verfolgen` in its
``AppConfig.ready()``: areas here, Träger and Einrichtungen on the Träger floor, offers with
their links, times and taxonomy on the offers floor), and bulk writes call it in the
writing transaction (suchindex.reindex(), „Noch aktuell“, imports). It sets a new
**random** version **after the commit** (``transaction.on_commit``; at once in autocommit).

Why this is safe (W a writer, R a reader; "version" the value in the cache):

* **A result computed before a commit is not served after that commit's version.** R reads
  version v, then computes and stores under v. If W's commit was not visible to R's
  computation, W's commit happened after R began computing, so W's new version is set after
  that, and from then on nobody reads v again: W's set replaces v by a value never used
  before. R's entry under v may still be *written* after W's set (the race "R reads v, W
  commits and sets v', R stores under v"): harmless, nobody asks for v any more.
* **Bounded staleness: the moment between a commit and its on_commit callback.** A request
  that reads the version after W's commit but before W's set (the same thread runs the set
  right after the commit: microseconds to a few milliseconds) is served entries of v: an
  answer as it was just before the commit, as if the request had come a moment earlier.
  If the writing process dies in exactly that moment the new version is never set and the
  old entries are served until they expire (``SUCHSPEICHER_SEKUNDEN``, 10 minutes), the
  safety net also for changes written past the application (SQL by hand).
* **Concurrent writers cannot lose a change.** A version is random (64 bits), not a
  counter: ``incr`` is a read-then-write on the database and file caches, and two writers
  could both write v+1, the second commit then going unnoticed. With random values the
  last set wins and every set is a value nobody has seen, so a reader of the final version
  read it after both commits.
* **Uncommitted data is never shared.** A connection inside a transaction that has called
  :func:`stand_erhoehen` (its on_commit callback pending) sees its own uncommitted rows;
  its state is the version plus a token of its newest pending change, a random value
  nobody else has: what it computes is kept under a key no other connection can ask for.
  A rolled-back transaction (or savepoint) discards its callbacks, and with them their
  tokens: the state returns to what it was before, together with the data. This is also
  why tests, which run inside a transaction that is never committed, see their changes.
* **A lost version is a new version.** If the cache loses the version (restart, flush,
  eviction by the database cache's culling or Redis' ``maxmemory``) the next reader sets a
  new random one: never one an old entry was stored under.

Cost: one cache read per request (a primary-key lookup in the database cache, one GET in
Redis); one cache write per committed writing transaction (per savepoint level).
"""

from __future__ import annotations

import hashlib
import json
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models.signals import post_delete, post_save

# The cache key of the version (its old name: it began as the search's state).
SCHLUESSEL = "suchstand"


def _neu() -> str:
    return secrets.token_hex(8)


class _NachDemCommit:
    """The on_commit callback of one change: sets a new version. ``zeichen``: the token
    under which the writing transaction itself keeps what it computes until then."""

    def __init__(self):
        self.zeichen = _neu()

    def __call__(self):
        cache.set(SCHLUESSEL, _neu(), timeout=None)


def _offen(verbindung) -> tuple[set, _NachDemCommit] | None:
    """The newest pending change of this connection's transaction: (its savepoints, callback).

    Django keeps on_commit callbacks as ``(savepoint ids, callback, robust)`` and drops
    those of a rolled-back savepoint or transaction.
    """
    for eintrag in reversed(verbindung.run_on_commit):
        if isinstance(eintrag[1], _NachDemCommit):
            return eintrag[0], eintrag[1]
    return None


def aktueller_stand(using: str = DEFAULT_DB_ALIAS) -> str:
    """The data state this connection sees: the shared version, plus the token of this
    transaction's newest uncommitted change if there is one."""
    stand = cache.get(SCHLUESSEL)
    if stand is None:
        # Lost or never set: a new value (add: of two first readers, one wins).
        neu = _neu()
        cache.add(SCHLUESSEL, neu, timeout=None)
        stand = cache.get(SCHLUESSEL) or neu
    verbindung = connections[using]
    if verbindung.in_atomic_block and (offen := _offen(verbindung)):
        return f"{stand}.{offen[1].zeichen}"
    return stand


def stand_erhoehen(using: str | None = None) -> None:
    """Record that a write happened: everything kept so far is void once it commits.

    Called for the models of :func:`verfolgen` and by the search index (suchindex.py); call
    it after a bulk write that sends no signals and does not end in ``reindex()``.
    """
    using = using or DEFAULT_DB_ALIAS
    verbindung = connections[using]
    if not verbindung.in_atomic_block:
        _NachDemCommit()()  # autocommit: the write is committed already
        return
    offen = _offen(verbindung)
    if offen and offen[0] == set(verbindung.savepoint_ids):
        # Same savepoint as the pending change: rolled back together, one callback is
        # enough; a new token, as the transaction's own data changed again.
        offen[1].zeichen = _neu()
    else:
        transaction.on_commit(_NachDemCommit(), using=using)


def nach_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate: the cache table exists (also for a registry that went from Redis back
    to the database cache), and what is kept is void after a deploy, whose templates or
    code may have changed (every deploy runs ``migrate``)."""
    from django.conf import settings
    from django.core.management import call_command

    if "DatabaseCache" in settings.CACHES["default"]["BACKEND"]:
        call_command("createcachetable", database=using, verbosity=0)
    stand_erhoehen(using)


def _geaendert(sender, using=None, **kwargs):
    stand_erhoehen(using)


def verfolgen(*modelle) -> None:
    """Every save and delete of these models renews the state (the admin's bulk actions
    renew it themselves, sozialraum/verwaltung/sammelaktionen.py). Called by each floor for
    its own models."""
    for modell in modelle:
        for signal in (post_save, post_delete):
            signal.connect(
                _geaendert, sender=modell, dispatch_uid=f"datenstand_{signal}_{modell.__name__}"
            )


def schluessel(teile: list) -> str:
    """A cache key for ``teile`` (JSON: the state, what was computed, from what)."""
    text = json.dumps(teile, sort_keys=True, ensure_ascii=False)
    return "stand:" + hashlib.sha256(text.encode()).hexdigest()


def holen(schluessel_: str, rechnen):
    """The entry under ``schluessel_``, computed by ``rechnen()`` and kept if missing (for
    ``SUCHSPEICHER_SEKUNDEN`` at most: the safety net for a change written past the
    application, SQL by hand)."""
    wert = cache.get(schluessel_)
    if wert is None:
        wert = rechnen()
        cache.set(schluessel_, wert, settings.SUCHSPEICHER_SEKUNDEN)
    return wert


def behalten(art: str, teile: list, rechnen, stand: str | None = None):
    """``rechnen()`` kept per data state under ``art`` and ``teile`` (JSON): for what a page
    shows alike to everybody who may see it (an area's Träger and places, its offers).
    ``stand``: the state as read at the start of the request, if it was."""
    return holen(schluessel([art, stand or aktueller_stand(), *teile]), rechnen)
