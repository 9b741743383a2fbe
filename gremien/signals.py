"""Keep the Koordination's object permission in step with the Mitgliedschaften."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from guardian.shortcuts import assign_perm, get_users_with_perms, remove_perm

from .models import Mitgliedschaft


def koordination_abgleichen(gremium) -> None:
    """``change_gremium`` on the Gremium exactly for those who actively coordinate it."""
    soll = set(
        Mitgliedschaft.objects.aktiv()
        .filter(gremium=gremium, rolle=Mitgliedschaft.Rolle.KOORDINATION, person__isnull=False)
        .values_list("person", flat=True)
    )
    ist = {
        u.pk: u
        for u in get_users_with_perms(
            gremium, only_with_perms_in=["change_gremium"], with_group_users=False
        )
    }

    for user in get_user_model().objects.filter(pk__in=soll - ist.keys()):
        assign_perm("gremien.change_gremium", user, gremium)
    for pk in ist.keys() - soll:
        remove_perm("gremien.change_gremium", ist[pk], gremium)


@receiver(post_save, sender=Mitgliedschaft)
@receiver(post_delete, sender=Mitgliedschaft)
def mitgliedschaft_geaendert(sender, instance, raw=False, **kwargs):
    if not raw:
        koordination_abgleichen(instance.gremium)


@receiver(post_save, sender="gremien.Sitzung")
def sitzung_angelegt(sender, instance, created=False, raw=False, **kwargs):
    """A new Sitzung takes the Weitergaben waiting for the Gremium's next agenda."""
    if created and not raw:
        from .zusammenarbeit.weitergabe import weitergaben_einplanen

        weitergaben_einplanen(instance)
