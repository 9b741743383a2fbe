"""Keep search texts current when an offer or anything named in its search text changes,
and renew the data state (sozialraum/werkzeuge/datenstand.py) for every change that can
alter a result."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from sozialraum.werkzeuge.datenstand import verfolgen
from traeger.models import Einrichtung, Traeger

from .models import Angebot, Angebotszeit, Kategorie, Sprache, Synonymgruppe, Zielgruppe
from .suche.suchindex import reindex

_pausiert: ContextVar[bool] = ContextVar("suchindex_pausiert", default=False)


@contextmanager
def suchindex_pausiert():
    """For bulk loads: no per-row reindexing (nor search states); call ``reindex()`` once
    afterwards, or ``datenstand.stand_erhoehen()`` where the search texts did not change."""
    token = _pausiert.set(True)
    try:
        yield
    finally:
        _pausiert.reset(token)


def suchindex_ist_pausiert() -> bool:
    """Whether a bulk load reindexes once afterwards (then a single save does not)."""
    return _pausiert.get()


@receiver(post_save, sender=Angebot)
def angebot_gespeichert(sender, instance, raw=False, **kwargs):
    if not raw and not _pausiert.get():
        reindex([instance.pk])


@receiver(post_save, sender=Traeger)
@receiver(post_save, sender=Einrichtung)
@receiver(post_save, sender=Kategorie)
@receiver(post_save, sender=Zielgruppe)
@receiver(post_save, sender=Sprache)
def genanntes_gespeichert(sender, instance, created=False, raw=False, **kwargs):
    if created or raw or _pausiert.get():
        return
    reindex(instance.angebote.values_list("pk", flat=True))


def _m2m_geaendert(sender, instance, action, reverse, pk_set, **kwargs):
    if _pausiert.get() or action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        reindex([instance.pk])
    elif pk_set:
        reindex(pk_set)


for _feld in ("einrichtungen", "kategorien", "zielgruppen", "sprachen", "sozialraeume"):
    m2m_changed.connect(
        _m2m_geaendert, sender=getattr(Angebot, _feld).through, dispatch_uid=f"suchindex_{_feld}"
    )


# What a search result depends on beyond the search texts: status, ages, costs, check date
# (an offer's own fields), its times, the taxonomy, the thesaurus. reindex() records a state
# itself; these cover saves that do not reindex, and deletions. The areas, Träger and
# Einrichtungen are followed by their own floors (sozialraum/apps.py, traeger/apps.py).
verfolgen(
    Angebot,
    Angebotszeit,
    Kategorie,
    Zielgruppe,
    Sprache,
    Synonymgruppe,  # the thesaurus: what a query word finds
)
