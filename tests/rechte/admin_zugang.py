"""Who may do what in the admin (/admin/), per registered model, and the records to try.

Taken from the documented rules, not from the admin code: the Jugendamt-Administration
curates the whole registry and adds and changes there; other roles with access to the
admin only read, and only what the normal UI shows them (docs/verwaltung.md); deleting
offers, Gebiete, Gremien and their parts is left to superusers; contacts are recorded and
read in the normal UI, the admin corrects them for data-protection requests
(docs/vernetzung.md); Sitzungen, minutes, members and tasks are kept in the normal UI by
those who coordinate, so their admin is for those who see every Gremium (docs/gremien.md).

Whether a role may see a single record comes from the marker words of ``welt.py``: a record
whose name carries a marker is visible to the roles the marker names, like in the normal UI.
"""

from .welt import ADMIN, FACHKRAFT, KOORDINATION, MIT_ROLLE, NIEMAND, SUPERUSER, VERWALTUNG

NUR_SUPERUSER = frozenset({SUPERUSER})


def zugang(ansehen, anlegen=VERWALTUNG, aendern=VERWALTUNG, loeschen=NUR_SUPERUSER) -> dict:
    return {"view": ansehen, "add": anlegen, "change": aendern, "delete": loeschen}


KURATIERT = zugang(MIT_ROLLE)  # every role reads it (as in the normal UI), the Verwaltung writes
NUR_VERWALTUNG = zugang(VERWALTUNG)

ZUGANG = {
    # Django's and django-axes' own admins.
    "auth.Group": zugang(VERWALTUNG, NUR_SUPERUSER, NUR_SUPERUSER),
    "axes.AccessAttempt": zugang(NUR_SUPERUSER, NIEMAND, NUR_SUPERUSER),
    "axes.AccessFailureLog": zugang(NUR_SUPERUSER, NIEMAND, NUR_SUPERUSER),
    "axes.AccessLog": zugang(NUR_SUPERUSER, NIEMAND, NUR_SUPERUSER),
    # Gebiete and accounts: the Jugendamt-Administration.
    "sozialraum.Regionalraum": NUR_VERWALTUNG,
    "sozialraum.Sozialraum": NUR_VERWALTUNG,
    "sozialraum.Quartier": NUR_VERWALTUNG,
    "sozialraum.User": NUR_VERWALTUNG,
    "traeger.Traeger": zugang(MIT_ROLLE, loeschen=VERWALTUNG),
    "traeger.Einrichtung": zugang(MIT_ROLLE, loeschen=VERWALTUNG),
    "traeger.Ansprechperson": zugang(MIT_ROLLE, loeschen=VERWALTUNG),
    "traeger.TraegerZugehoerigkeit": zugang(VERWALTUNG, loeschen=VERWALTUNG),
    # Recorded in the normal UI only; the Verwaltung corrects and deletes what she may see.
    "traeger.Kontakt": zugang(VERWALTUNG, NIEMAND, loeschen=VERWALTUNG),
    "angebote.Angebot": KURATIERT,
    "angebote.Kategorie": KURATIERT,
    "angebote.Zielgruppe": KURATIERT,
    "angebote.Sprache": KURATIERT,
    "gremien.Gremium": KURATIERT,
    "gremien.Mitgliedschaft": NUR_VERWALTUNG,
    "gremien.Sitzung": NUR_VERWALTUNG,
    "gremien.Aufgabe": NUR_VERWALTUNG,
    "gremien.Beschluss": NUR_VERWALTUNG,
    "gremien.Teilnahme": NUR_VERWALTUNG,
    "gremien.Anhang": NUR_VERWALTUNG,
    # Released minutes are a record: nobody adds or changes a version by hand.
    "gremien.Protokollversion": zugang(VERWALTUNG, NIEMAND, NUR_SUPERUSER),
}

# Admins of other packages: the project's rule (404 for what one may not see) is not theirs;
# they hold no records of the registry and are tried on their list and add page only.
FREMDE_ADMINS = {"auth.Group", "axes.AccessAttempt", "axes.AccessFailureLog", "axes.AccessLog"}


def _erster(model_label: str):
    def holen(welt):
        from django.apps import apps

        return apps.get_model(model_label)._default_manager.order_by("pk").first()

    return holen


# Records to open per model: where visibility is per record, visible and hidden ones.
PROBEN = {
    "traeger.Kontakt": [
        lambda w: w.kontakte[ADMIN, "privat"],  # the Administration's own
        lambda w: w.kontakte[KOORDINATION, "privat"],  # "nur ich" of the Koordination
        lambda w: w.kontakte[FACHKRAFT, "traeger"],  # "mein Träger" at Träger A
        lambda w: w.kontakte["fremde_fachkraft", "alle"],  # shared with all
    ],
    "angebote.Angebot": [
        lambda w: w.o["angebot_A_veroeffentlicht"],
        lambda w: w.o["angebot_A_entwurf"],
        lambda w: w.o["angebot_B_archiviert"],
    ],
    "gremien.Gremium": [
        lambda w: w.o["gremium_eigen"],
        lambda w: w.o["gremium_fremd"],
        lambda w: w.o["gremium_offen"],
    ],
    "gremien.Sitzung": [
        lambda w: w.o["sitzung_fremd_entwurf"],
        lambda w: w.o["sitzung_offen_frei"],
    ],
    "gremien.Anhang": [lambda w: w.o["anhang_fremd_entwurf"]],
    "gremien.Aufgabe": [lambda w: w.o["aufgabe_fremd"]],
    "gremien.Beschluss": [lambda w: w.o["sitzung_fremd_entwurf"].beschluesse.get()],
    "gremien.Mitgliedschaft": [lambda w: w.o["gremium_fremd"].mitgliedschaften.first()],
    "gremien.Protokollversion": [lambda w: w.o["sitzung_fremd_frei"].protokollversionen.first()],
    "traeger.Ansprechperson": [lambda w: w.o["person_B_intern"]],
    "traeger.Traeger": [lambda w: w.o["B"]],
    "sozialraum.User": [lambda w: w.nutzer["verschwiegen"]],
}


def _teilnahme(welt):
    """The world records no attendance: one, made inside the test (rolled back with it)."""
    from gremien.models import Teilnahme

    sitzung = welt.o["sitzung_fremd_frei"]
    return Teilnahme.objects.create(sitzung=sitzung, gast_name="Gast", status="anwesend")


PROBEN["gremien.Teilnahme"] = [_teilnahme]


def proben(model_label: str, welt) -> list:
    holer = PROBEN.get(model_label, [_erster(model_label)])
    return [obj for obj in (h(welt) for h in holer) if obj is not None]


def sichtbar_fuer(welt, obj, rolle: str) -> bool:
    """Whether ``rolle`` may see ``obj`` in the normal UI: every marker in its name allows it."""
    text = str(obj).lower()
    return all(rolle in g.sichtbar for g in welt.geheimnisse if g.marke in text)
