"""The five roles and their permissions, from one list (sozialraum/zugang/rollen.py)."""

import pytest
from django.contrib.auth.models import Group, Permission

from sozialraum.zugang.rollen import FACHKRAFT, RECHTE, ROLLEN, rechte_synchronisieren

pytestmark = pytest.mark.django_db


def _rechte(gruppe) -> set[str]:
    return {
        f"{app}.{codename}"
        for app, codename in gruppe.permissions.values_list("content_type__app_label", "codename")
    }


def test_jede_rolle_hat_genau_ihre_rechte():
    assert set(RECHTE) == set(ROLLEN)
    for rolle, rechte in RECHTE.items():
        assert _rechte(Group.objects.get(name=rolle)) == set(rechte), rolle


def test_jedes_genannte_recht_gibt_es():
    vorhanden = {
        f"{app}.{codename}"
        for app, codename in Permission.objects.values_list("content_type__app_label", "codename")
    }
    for rolle, rechte in RECHTE.items():
        assert set(rechte) <= vorhanden, (rolle, set(rechte) - vorhanden)


def test_abgleich_nimmt_ein_nicht_mehr_vorgesehenes_recht_weg():
    fachkraft = Group.objects.get(name=FACHKRAFT)
    loeschen = Permission.objects.get(content_type__app_label="traeger", codename="delete_traeger")
    fachkraft.permissions.add(loeschen)
    fachkraft.permissions.remove(
        Permission.objects.get(content_type__app_label="angebote", codename="view_angebot")
    )

    rechte_synchronisieren()

    assert _rechte(fachkraft) == set(RECHTE[FACHKRAFT])
    rechte_synchronisieren()  # idempotent
    assert _rechte(fachkraft) == set(RECHTE[FACHKRAFT])
