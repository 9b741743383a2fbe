"""Keep search texts current when an offer or anything named in its search text changes."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from traeger.models import Einrichtung, Traeger

from .models import Angebot, Kategorie, Sprache, Zielgruppe
from .suchindex import reindex

_pausiert: ContextVar[bool] = ContextVar("suchindex_pausiert", default=False)


@contextmanager
def suchindex_pausiert():
    """For bulk loads: no per-row reindexing; call ``reindex()`` once afterwards."""
    token = _pausiert.set(True)
    try:
        yield
    finally:
        _pausiert.reset(token)


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
