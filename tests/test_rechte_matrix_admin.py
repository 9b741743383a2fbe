"""The admin's part of the permission matrix (test_rechte_matrix.py leaves /admin/ out).

Every registered model's list, add page and import/export pages, for each role: only staff
get in (others are sent to the admin login, anonymous too); staff see what their model
permissions allow and get 403 for the rest; a superuser sees everything. A POST of a bulk
action without the change permission changes nothing.
"""

import contextlib

import pytest
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from sozialraum import rollen
from tests.factories import AngebotFactory, UserFactory

pytestmark = pytest.mark.django_db

MODELLE = sorted(admin.site._registry, key=lambda m: m._meta.label)
# Anonymous: the site's login (login required by default); logged in without staff: the
# admin's login page, which tells her she has no access.
ANMELDUNG = ("/anmelden/", "/admin/login/")


@pytest.fixture
def nutzer():
    alle = {"anonym": None}
    for i, rolle in enumerate(rollen.ROLLEN):
        alle[rolle] = UserFactory(username=f"rolle{i}", rolle=rolle)
    amt = alle[rollen.JUGENDAMT_ADMINISTRATION]
    amt.is_staff = True
    amt.save()
    # Staff, but no role: the admin lets her in and shows nothing.
    alle["nur_staff"] = UserFactory(username="nurstaff", is_staff=True)
    alle["superuser"] = UserFactory(username="su", is_staff=True, is_superuser=True)
    return alle


def _urls(model) -> dict[str, tuple[str, str]]:
    """name → (url, the permission it needs)."""
    meta = model._meta
    urls = {
        "liste": (reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"), "view"),
        "neu": (reverse(f"admin:{meta.app_label}_{meta.model_name}_add"), "add"),
    }
    for name, recht in (("import", "add"), ("export", "view")):
        with contextlib.suppress(NoReverseMatch):
            urls[name] = (reverse(f"admin:{meta.app_label}_{meta.model_name}_{name}"), recht)
    return urls


def _darf(user, model, recht: str) -> bool:
    meta = model._meta
    modell_admin = admin.site._registry[model]
    if recht == "view":
        return user.has_perm(f"{meta.app_label}.view_{meta.model_name}") or user.has_perm(
            f"{meta.app_label}.change_{meta.model_name}"
        )
    if recht == "add":
        # A model admin may close "add" for everyone (e.g. records made only by the app).
        return user.has_perm(f"{meta.app_label}.add_{meta.model_name}") and (
            modell_admin.has_add_permission.__func__ is admin.ModelAdmin.has_add_permission
            or user.is_superuser
        )
    return False


@pytest.mark.parametrize("model", MODELLE, ids=lambda m: m._meta.label)
def test_admin_seiten_je_rolle(client, nutzer, model):
    for name, (url, recht) in _urls(model).items():
        for rolle, user in nutzer.items():
            client.logout()
            if user is not None:
                client.force_login(user)
            antwort = client.get(url)
            if user is None or not user.is_staff:
                assert antwort.status_code == 302, (rolle, name, url)
                assert antwort["Location"].startswith(ANMELDUNG), (rolle, name, url)
            elif user.is_superuser or _darf(user, model, recht):
                assert antwort.status_code in (200, 403), (rolle, name, url)
                if recht == "view":
                    assert antwort.status_code == 200, (rolle, name, url)
            else:
                assert antwort.status_code == 403, (rolle, name, url, antwort.status_code)


def test_sammelaktion_ohne_recht_aendert_nichts(client, nutzer):
    from angebote.models import Angebot

    angebot = AngebotFactory(status=Angebot.Status.ENTWURF)
    liste = reverse("admin:angebote_angebot_changelist")
    for rolle in ("nur_staff", rollen.FACHKRAFT, "anonym"):
        client.logout()
        if nutzer[rolle] is not None:
            client.force_login(nutzer[rolle])
        antwort = client.post(
            liste, {"action": "veroeffentlichen", "_selected_action": [angebot.pk]}
        )
        assert antwort.status_code in (302, 403), rolle
        angebot.refresh_from_db()
        assert angebot.status == Angebot.Status.ENTWURF, rolle
