"""The admin's part of the permission matrix (test_rechte_matrix.py leaves /admin/ out).

Staff status is given per person, whatever her role, so here every user of the matrix
world (tests/rechte/welt.py) is staff: the worst case. For every registered model and each
role (and a Fachkraft without staff status), the list, the add page, import and export, and
for records of the world (visible and hidden ones) the change, history, version and delete
pages answer as ``tests/rechte/admin_zugang.py`` says, from the documented rules:

- anonymous visitors and people without staff status go to a login page;
- a page of the model answers 200 to those who may do that there, else 403;
- a record answers 404 to everybody who may not see it (as one that does not exist), also
  to roles that may not open the model's admin at all; 403 only where she sees the record
  but may not change or delete it (for the administration scoped to her Jugendamt also a
  record of the other Jugendamt, ``admin_zugang.darf_hier_aendern``);
- a refused request (GET or POST) writes nothing to the database;
- no response, export or autocomplete answer contains the marker word of a record the role
  may not see in the normal UI.
"""

import re

import pytest
from django.conf import settings
from django.contrib import admin
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse

from tests.bestand import gemeinsam_gebaut
from tests.rechte.admin_zugang import (
    FREMDE_ADMINS,
    NUR_IM_EIGENEN,
    ZUGANG,
    darf_hier_aendern,
    proben,
    sichtbar_fuer,
)
from tests.rechte.welt import (
    ADMIN,
    ANONYM,
    BEZIRK,
    FACHKRAFT,
    ROLLEN,
    SUPERUSER,
    VERWALTUNG,
    welt_bauen,
)

pytestmark = pytest.mark.django_db

MODELLE = sorted(admin.site._registry, key=lambda m: m._meta.label)
# Django's own template of the password field uses a variable nobody sets ("password_url",
# with a default): the strict template check would fail every user page.
EIGENE_MODELLE = [
    pytest.param(m, marks=pytest.mark.ignore_template_errors)
    if m._meta.label == "sozialraum.User"
    else m
    for m in MODELLE
    if m._meta.label not in FREMDE_ADMINS
]
NICHT_STAFF = "kollegin"  # a Fachkraft of the world, without staff status
ANFRAGENDE = [*ROLLEN, NICHT_STAFF]
ANMELDUNG = "anmeldung"  # 302 to the site's or the admin's login page
LOGINSEITEN = ("/anmelden/", "/admin/login/")
CSV = "0"  # the first export format (sozialraum.austausch.zellen.FORMATE)
SCHREIBEN = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)


def _label(model) -> str:
    return model._meta.label


@pytest.fixture(scope="module")
def welt(django_db_setup, django_db_blocker, tmp_path_factory):
    medien = override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("medien"))
    medien.enable()
    yield from gemeinsam_gebaut(django_db_blocker, _bauen)
    medien.disable()


def _bauen():
    """The matrix's world, its staff in the admin, and a logged-in session per role."""
    from sozialraum.models import User

    gebaut = welt_bauen()
    staff = [u.pk for rolle, u in gebaut.nutzer.items() if rolle in ROLLEN]
    User.objects.filter(pk__in=staff).update(is_staff=True)
    for rolle in ANFRAGENDE:
        if rolle == ANONYM:
            continue
        anmeldung = Client()
        anmeldung.force_login(gebaut.nutzer[rolle])
        gebaut.sitzungen[rolle] = anmeldung.cookies[settings.SESSION_COOKIE_NAME].value
    return gebaut


@pytest.fixture(scope="module")
def ein_client():
    return Client()  # one per module: whitenoise scans the static files for each new one


@pytest.fixture
def client(ein_client):
    ein_client.cookies.clear()
    return ein_client


class Pruefung:
    """Requests as one role after another, collecting every deviation (one report per test)."""

    def __init__(self, client, welt):
        self.client, self.welt, self.fehler = client, welt, []

    def anfrage(self, rolle, methode, url, erwartet, daten=None):
        self.client.cookies.clear()
        if rolle != ANONYM:
            self.client.cookies[settings.SESSION_COOKIE_NAME] = self.welt.sitzungen[rolle]
        if rolle in (ANONYM, NICHT_STAFF):
            erwartet = ANMELDUNG
        with CaptureQueriesContext(connection) as abfragen:
            if methode == "GET":
                antwort = self.client.get(url, daten or {})
            else:
                antwort = self.client.post(url, daten or {})
        tatsaechlich = antwort.status_code
        if tatsaechlich == 302 and antwort["Location"].startswith(LOGINSEITEN):
            tatsaechlich = ANMELDUNG
        wo = f"{methode} {url} als {rolle}"
        if tatsaechlich != erwartet:
            self.fehler.append(f"{wo}: {tatsaechlich} statt {erwartet}")
        if erwartet != 200 and (geschrieben := _schreibzugriffe(abfragen)):
            self.fehler.append(f"{wo}: verweigert, aber geschrieben: {geschrieben}")
        text = antwort.content.decode("utf-8", "replace").lower()
        for geheimnis in self.welt.verborgen_vor(rolle):
            if geheimnis.marke in text:
                self.fehler.append(f"{wo} zeigt {geheimnis.marke} ({geheimnis.was})")
        return antwort


def _schreibzugriffe(abfragen) -> list[str]:
    return [
        a["sql"][:80]
        for a in abfragen
        if (treffer := SCHREIBEN.match(a["sql"])) and treffer.group(1) != "django_session"
    ]


def _url(model, name: str, *args) -> str | None:
    try:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{name}", args=args)
    except NoReverseMatch:
        return None


def _darf(model, recht: str, rolle: str) -> bool:
    return rolle in ZUGANG[_label(model)][recht]


def test_jedes_modell_hat_eine_zeile():
    """A newly registered model fails here until admin_zugang.py says who may do what."""
    assert sorted(ZUGANG) == sorted(_label(m) for m in MODELLE)


@pytest.mark.parametrize("model", MODELLE, ids=_label)
def test_liste_neu_import_export_je_rolle(client, welt, model):
    pruefung = Pruefung(client, welt)
    personendaten = getattr(admin.site._registry[model], "personendaten", False)
    for rolle in ANFRAGENDE:
        ansehen = _darf(model, "view", rolle)
        anlegen = _darf(model, "add", rolle)
        pruefung.anfrage(rolle, "GET", _url(model, "changelist"), 200 if ansehen else 403)
        pruefung.anfrage(rolle, "GET", _url(model, "add"), 200 if anlegen else 403)
        # An empty form: shown again with errors to those who may add, refused to the rest.
        pruefung.anfrage(rolle, "POST", _url(model, "add"), 200 if anlegen else 403)
        if url := _url(model, "import"):
            # An import changes records by id wherever they lie: not for a scoped one.
            darf = anlegen and _darf(model, "change", rolle) and rolle not in NUR_IM_EIGENEN
            darf = darf and (not personendaten or rolle in VERWALTUNG)
            pruefung.anfrage(rolle, "GET", url, 200 if darf else 403)
        if url := _url(model, "export"):
            darf = ansehen and (not personendaten or rolle in VERWALTUNG)
            pruefung.anfrage(rolle, "GET", url, 200 if darf else 403)
            pruefung.anfrage(rolle, "POST", url, 200 if darf else 403, {"format": CSV})
    assert not pruefung.fehler, "\n".join(pruefung.fehler)


@pytest.mark.parametrize("model", EIGENE_MODELLE, ids=_label)
def test_eintraege_je_rolle(client, welt, model):
    """Change, history, version and delete pages of visible and hidden records; refused
    POSTs change and delete nothing."""
    pruefung = Pruefung(client, welt)
    objekte = proben(_label(model), welt)
    assert objekte, f"die Welt hat keinen Eintrag für {_label(model)}"
    for obj in objekte:
        seiten = [_url(model, "change", obj.pk), _url(model, "history", obj.pk)]
        version = None
        if hasattr(model, "history"):
            version = _url(model, "simple_history", obj.pk, obj.history.latest().history_id)
            seiten.append(version)
        loeschen = _url(model, "delete", obj.pk)
        for rolle in ANFRAGENDE:
            sieht = _darf(model, "view", rolle) and sichtbar_fuer(welt, obj, rolle)
            for url in seiten:
                pruefung.anfrage(rolle, "GET", url, 200 if sieht else 404)
            hier = darf_hier_aendern(welt, obj, rolle)
            darf_loeschen = _darf(model, "delete", rolle) and hier
            pruefung.anfrage(
                rolle, "GET", loeschen, (200 if darf_loeschen else 403) if sieht else 404
            )
            if not (sieht and darf_loeschen):
                pruefung.anfrage(
                    rolle, "POST", loeschen, 404 if not sieht else 403, {"post": "yes"}
                )
            if not (sieht and _darf(model, "change", rolle) and hier):
                for url in filter(None, (seiten[0], version)):
                    pruefung.anfrage(rolle, "POST", url, 404 if not sieht else 403, {})
        assert model._default_manager.filter(pk=obj.pk).exists()
    assert not pruefung.fehler, "\n".join(pruefung.fehler)


def _autocomplete_felder():
    for model, modell_admin in sorted(admin.site._registry.items(), key=lambda e: _label(e[0])):
        for feld in modell_admin.autocomplete_fields:
            yield pytest.param(model, feld, id=f"{_label(model)}.{feld}")


@pytest.mark.parametrize("model,feld", list(_autocomplete_felder()))
def test_autovervollstaendigung_je_rolle(client, welt, model, feld):
    """The search box of a form field lists through the admin of the model it points to."""
    ziel = model._meta.get_field(feld).related_model
    pruefung = Pruefung(client, welt)
    frage = {"app_label": model._meta.app_label, "model_name": model._meta.model_name}
    for rolle in ANFRAGENDE:
        erwartet = 200 if _darf(ziel, "view", rolle) else 403
        url = reverse("admin:autocomplete")
        pruefung.anfrage(rolle, "GET", url, erwartet, {**frage, "field_name": feld, "term": ""})
    assert not pruefung.fehler, "\n".join(pruefung.fehler)


@pytest.mark.parametrize("rolle", [ADMIN, BEZIRK, SUPERUSER])
def test_sammelloeschung_nur_sichtbarer_kontakte(client, welt, rolle):
    """Deleting "all" selected contacts deletes those she may see, never the others."""
    from traeger.models import Kontakt

    alle = list(Kontakt.objects.values_list("pk", flat=True))
    sichtbar = [k.pk for k in welt.kontakte.values() if sichtbar_fuer(welt, k, rolle)]
    client.cookies[settings.SESSION_COOKIE_NAME] = welt.sitzungen[rolle]
    antwort = client.post(
        reverse("admin:traeger_kontakt_changelist"),
        {"action": "delete_selected", "_selected_action": alle, "post": "yes"},
    )
    assert antwort.status_code == 302
    assert sorted(set(alle) - set(Kontakt.objects.values_list("pk", flat=True))) == sorted(sichtbar)


def test_sammelaktion_ohne_recht_aendert_nichts(client, welt):
    from angebote.models import Angebot

    entwurf = welt.o["angebot_A_entwurf"]
    liste = reverse("admin:angebote_angebot_changelist")
    pruefung = Pruefung(client, welt)
    for rolle in ANFRAGENDE:
        if rolle in VERWALTUNG:
            continue
        daten = {"action": "veroeffentlichen", "_selected_action": [entwurf.pk]}
        # The list may be open to her, the action is not (she has none: the list again).
        pruefung.anfrage(rolle, "POST", liste, 200 if _darf(Angebot, "view", rolle) else 403, daten)
        assert Angebot.objects.get(pk=entwurf.pk).status == Angebot.Status.ENTWURF, rolle
    assert not pruefung.fehler, "\n".join(pruefung.fehler)


@pytest.mark.parametrize(
    "aktion,modell,schluessel",
    [
        ("veroeffentlichen", "angebote_angebot", "angebot_B_entwurf"),
        ("archivieren", "angebote_angebot", "angebot_B_veroeffentlicht"),
        ("als_geprueft_markieren", "traeger_einrichtung", "einrichtung_B"),
        ("deaktivieren", "gremien_gremium", "gremium_fremd"),
    ],
)
def test_sammelaktion_im_fremden_jugendamt_aendert_nichts(client, welt, aktion, modell, schluessel):
    """The scoped administration has the bulk actions (she acts within her Jugendamt), but
    records of the other Jugendamt among the selected ones stay as they are."""
    obj = welt.o[schluessel]
    vorher = type(obj).history.filter(pk=obj.pk).count()
    pruefung = Pruefung(client, welt)
    daten = {"action": aktion, "_selected_action": [obj.pk]}
    pruefung.anfrage(BEZIRK, "POST", reverse(f"admin:{modell}_changelist"), 302, daten)
    assert not pruefung.fehler, "\n".join(pruefung.fehler)
    assert type(obj).history.filter(pk=obj.pk).count() == vorher


def test_jedes_admin_des_registers_grenzt_ein():
    """One way for every model of the registry: SichtbarkeitAdminMixin (sozialraum/admin.py)."""
    from sozialraum.admin import SichtbarkeitAdminMixin

    ohne = [
        _label(m)
        for m, modell_admin in admin.site._registry.items()
        if _label(m) not in FREMDE_ADMINS and not isinstance(modell_admin, SichtbarkeitAdminMixin)
    ]
    assert not ohne


def test_die_fachkraft_ohne_staff_hat_eine_rolle(welt):
    """The non-staff requester stands for every role without staff status."""
    assert not welt.nutzer[NICHT_STAFF].is_staff
    assert welt.nutzer[NICHT_STAFF].groups.filter(name=ROLLEN[FACHKRAFT]).exists()
