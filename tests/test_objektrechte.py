"""sozialraum.zugang.rollen.objektrechte: the object rights of a user in one query, as guardian has them.

The pages ask it instead of ``user.has_perm(perm, obj)`` (two queries each); the answers must
be guardian's, for rights given to the person and to her groups.
"""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from guardian.shortcuts import assign_perm

from angebote.permissions import can_edit_angebot
from gremien.permissions import darf_bearbeiten
from sozialraum.models import User
from sozialraum.zugang.rollen import KOORDINIEREN, hat_objektrecht, koordiniert, objektrechte
from tests.factories import (
    AngebotFactory,
    GremiumFactory,
    SozialraumFactory,
    TraegerFactory,
    UserFactory,
)
from traeger.permissions import can_edit_traeger

pytestmark = pytest.mark.django_db


def frisch(user) -> User:
    """The user as the next request loads her (no remembered rights)."""
    return User.objects.get(pk=user.pk)


def test_wie_guardian_direkt_und_ueber_gruppen():
    eigener, fremder = TraegerFactory(), TraegerFactory()
    raum, anderer_raum = SozialraumFactory(), SozialraumFactory()
    gremium = GremiumFactory(sozialraum=anderer_raum)
    rita = UserFactory()
    assign_perm("traeger.change_traeger", rita, eigener)
    gruppe = Group.objects.create(name="Koordination Nord")
    gruppe.user_set.add(rita)
    assign_perm(KOORDINIEREN, gruppe, raum)
    assign_perm("gremien.change_gremium", gruppe, gremium)

    rita = frisch(rita)
    for perm, obj in [
        ("traeger.change_traeger", eigener),
        ("traeger.change_traeger", fremder),
        (KOORDINIEREN, raum),
        (KOORDINIEREN, anderer_raum),
        ("gremien.change_gremium", gremium),
    ]:
        assert hat_objektrecht(rita, perm, obj.pk) is frisch(rita).has_perm(perm, obj)
    assert can_edit_traeger(rita, eigener) and not can_edit_traeger(rita, fremder)
    assert can_edit_angebot(rita, AngebotFactory(traeger=eigener))
    assert not can_edit_angebot(rita, AngebotFactory(traeger=fremder))
    assert koordiniert(rita, raum.pk) and not koordiniert(rita, anderer_raum.pk)
    assert darf_bearbeiten(rita, gremium)


def test_eine_abfrage_je_person_und_anfrage():
    traeger = TraegerFactory()
    rita = UserFactory()
    assign_perm("traeger.change_traeger", rita, traeger)
    rita = frisch(rita)
    with CaptureQueriesContext(connection) as erfasst:
        for _ in range(3):
            hat_objektrecht(rita, "traeger.change_traeger", traeger.pk)
            koordiniert(rita, 1)
    assert len(erfasst) == 1


def test_inaktive_und_abgemeldete_haben_keine():
    traeger = TraegerFactory()
    rita = UserFactory()
    assign_perm("traeger.change_traeger", rita, traeger)
    rita.is_active = False
    rita.save()
    assert objektrechte(frisch(rita)) == {}
    assert not can_edit_traeger(frisch(rita), traeger)

    from django.contrib.auth.models import AnonymousUser

    assert objektrechte(AnonymousUser()) == {}
