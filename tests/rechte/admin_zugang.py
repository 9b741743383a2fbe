"""Who may do what in the admin (/admin/), per registered model, and the records to try.

Taken from the documented rules, not from the admin code: the Jugendamt-Administration
curates the whole registry and adds and changes there; other roles with access to the
admin only read, and only what the normal UI shows them (docs/verwaltung.md); deleting
offers, Gebiete, Gremien and their parts is left to superusers; contacts are recorded and
read in the normal UI, the admin corrects them for data-protection requests
(docs/vernetzung.md); Sitzungen, minutes, members and tasks are kept in the normal UI by
those who coordinate, so their admin is for those who see every Gremium (docs/gremien.md).

An administration scoped to her Jugendamt (``bezirk``, docs/rechte.md "Jugendämter, die sie
verwaltet") reads everything the administration reads. Shared records (areas, Kategorien,
Zielgruppen, Sprachen) only ``UEBERALL`` adds and changes (``ZUGANG``). Of the records she
may change by ``ZUGANG``, she changes and deletes only those within her Jugendamt
(:func:`darf_hier_aendern`): not Träger B, not the Gremien "fremd" and "offen", nor what
belongs to them, and not the account of an administration reaching beyond her Jugendamt;
the others she opens read-only (403 on POST and on the delete page). Nor does she import:
an import changes records by id, wherever they lie.

Whether a role may see a single record comes from the marker words of ``welt.py``: a record
whose name carries a marker is visible to the roles the marker names, like in the normal UI.
"""

from django.core.exceptions import FieldDoesNotExist

from .welt import (
    ADMIN,
    FACHKRAFT,
    KOORDINATION,
    MIT_ROLLE,
    NIEMAND,
    SUPERUSER,
    UEBERALL,
    VERWALTUNG,
)

NUR_SUPERUSER = frozenset({SUPERUSER})


def zugang(ansehen, anlegen=VERWALTUNG, aendern=VERWALTUNG, loeschen=NUR_SUPERUSER) -> dict:
    return {"view": ansehen, "add": anlegen, "change": aendern, "delete": loeschen}


KURATIERT = zugang(MIT_ROLLE)  # every role reads it (as in the normal UI), the Verwaltung writes
NUR_VERWALTUNG = zugang(VERWALTUNG)
# Shared by every Jugendamt: the administration reads, only an unscoped one writes.
GEBIET = zugang(VERWALTUNG, UEBERALL, UEBERALL)
LISTE = zugang(MIT_ROLLE, UEBERALL, UEBERALL)  # Kategorien, Zielgruppen, Sprachen
# Administrations that curate only within their Jugendamt (per record, darf_hier_aendern).
NUR_IM_EIGENEN = VERWALTUNG - UEBERALL

ZUGANG = {
    # Django's and django-axes' own admins.
    "auth.Group": zugang(VERWALTUNG, NUR_SUPERUSER, NUR_SUPERUSER),
    "axes.AccessAttempt": zugang(NUR_SUPERUSER, NIEMAND, NUR_SUPERUSER),
    "axes.AccessFailureLog": zugang(NUR_SUPERUSER, NIEMAND, NUR_SUPERUSER),
    "axes.AccessLog": zugang(NUR_SUPERUSER, NIEMAND, NUR_SUPERUSER),
    # Gebiete (shared by every Jugendamt) and accounts: the Jugendamt-Administration.
    "sozialraum.Jugendamt": GEBIET,
    "sozialraum.Regionalraum": GEBIET,
    "sozialraum.Sozialraum": GEBIET,
    "sozialraum.Quartier": GEBIET,
    "sozialraum.User": NUR_VERWALTUNG,
    # Written by the import commands only; a record of what happened.
    "sozialraum.Importlauf": zugang(VERWALTUNG, NIEMAND, NIEMAND, NIEMAND),
    # API tokens: created and revoked by their owners; the administration only reads.
    "sozialraum.Zugangsschluessel": zugang(VERWALTUNG, NIEMAND, NIEMAND, NIEMAND),
    "traeger.Traeger": zugang(MIT_ROLLE, loeschen=VERWALTUNG),
    "traeger.Einrichtung": zugang(MIT_ROLLE, loeschen=VERWALTUNG),
    "traeger.Ansprechperson": zugang(MIT_ROLLE, loeschen=VERWALTUNG),
    "traeger.TraegerZugehoerigkeit": zugang(VERWALTUNG, loeschen=VERWALTUNG),
    # Recorded in the normal UI only; the Verwaltung corrects and deletes what she may see.
    "traeger.Kontakt": zugang(VERWALTUNG, NIEMAND, loeschen=VERWALTUNG),
    "angebote.Angebot": KURATIERT,
    "angebote.Kategorie": LISTE,
    "angebote.Zielgruppe": LISTE,
    "angebote.Sprache": LISTE,
    # The search's thesaurus: shared by every Jugendamt, like the areas.
    "angebote.Synonymgruppe": GEBIET,
    "gremien.Gremium": KURATIERT,
    "gremien.Mitgliedschaft": NUR_VERWALTUNG,
    "gremien.Sitzung": NUR_VERWALTUNG,
    "gremien.Aufgabe": NUR_VERWALTUNG,
    "gremien.Beschluss": NUR_VERWALTUNG,
    "gremien.Teilnahme": NUR_VERWALTUNG,
    "gremien.Anhang": NUR_VERWALTUNG,
    # Released minutes are a record: nobody adds or changes a version by hand.
    "gremien.Protokollversion": zugang(VERWALTUNG, NIEMAND, NUR_SUPERUSER),
    # Budgets and payouts (docs/massnahmen-budget.md): the administration; a payout is booked,
    # never changed, and a wrong one deleted by the administration (its history stays).
    "sozialraumarbeit.Budget": NUR_VERWALTUNG,
    "sozialraumarbeit.Auszahlung": zugang(VERWALTUNG, VERWALTUNG, NIEMAND, VERWALTUNG),
    # Passed on from the Sitzung page only (it places the agenda item); corrected here.
    "gremien.Weitergabe": zugang(VERWALTUNG, NIEMAND),
    # A Sozialraum's resources and barriers: recorded in the normal UI; the administration
    # corrects what she may see, within her Jugendamt (sozialraumarbeit/raumwissen/).
    "sozialraumarbeit.Ressource": zugang(VERWALTUNG, NIEMAND),
    "sozialraumarbeit.Barriere": zugang(VERWALTUNG, NIEMAND),
    # SRAE measures: begun as an idea in the normal UI, their way only through its steps
    # (docs/massnahmen.md); the administration reads and corrects texts, nobody deletes.
    "sozialraumarbeit.Massnahme": zugang(VERWALTUNG, NIEMAND, VERWALTUNG, NIEMAND),
    "sozialraumarbeit.Massnahmenschritt": zugang(VERWALTUNG, NIEMAND, NIEMAND, NIEMAND),
}

# Admins of other packages: the project's rule (404 for what one may not see) is not theirs;
# they hold no records of the registry and are tried on their list and add page only.
FREMDE_ADMINS = {"auth.Group", "axes.AccessAttempt", "axes.AccessFailureLog", "axes.AccessLog"}


def _erster(model_label: str):
    def holen(welt):
        from django.apps import apps

        return apps.get_model(model_label)._default_manager.order_by("pk").first()

    return holen


def _zugehoerigkeit(kurz: str):
    def holen(welt):
        from traeger.models import TraegerZugehoerigkeit

        return TraegerZugehoerigkeit.objects.filter(traeger=welt.o[kurz]).order_by("pk").first()

    return holen


# Records to open per model: where visibility is per record, visible and hidden ones; where
# the scoped administration may change per record, records of both Jugendämter.
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
        lambda w: w.o["sitzung_eigen_entwurf"],
        lambda w: w.o["sitzung_fremd_entwurf"],
        lambda w: w.o["sitzung_offen_frei"],
    ],
    "gremien.Anhang": [lambda w: w.o["anhang_fremd_entwurf"]],
    "gremien.Aufgabe": [lambda w: w.o["aufgabe_fremd"]],
    "gremien.Beschluss": [lambda w: w.o["sitzung_fremd_entwurf"].beschluesse.get()],
    "gremien.Mitgliedschaft": [
        lambda w: w.o["gremium_fremd"].mitgliedschaften.first(),
        # Träger B as a member of the own Gremium: the Gremium decides, not the Träger.
        lambda w: w.o["gremium_eigen"].mitgliedschaften.get(traeger=w.o["B"]),
    ],
    "gremien.Protokollversion": [lambda w: w.o["sitzung_fremd_frei"].protokollversionen.first()],
    "traeger.Ansprechperson": [lambda w: w.o["person_A_intern"], lambda w: w.o["person_B_intern"]],
    "traeger.Einrichtung": [lambda w: w.o["einrichtung_A"], lambda w: w.o["einrichtung_B"]],
    "traeger.Traeger": [lambda w: w.o["A"], lambda w: w.o["B"]],
    "traeger.TraegerZugehoerigkeit": [_zugehoerigkeit("A"), _zugehoerigkeit("B")],
    "sozialraumarbeit.Ressource": [
        lambda w: w.o["ressource_eigen_alle"],
        lambda w: w.o["ressource_fremd_alle"],
    ],
    "sozialraumarbeit.Barriere": [
        lambda w: w.o["barriere_eigen_privat"],  # "nur ich" of the Fachkraft
        lambda w: w.o["barriere_eigen_alle"],
        lambda w: w.o["barriere_fremd_alle"],
    ],
    # A Fachkraft's account, and the one of the administration of the whole registry.
    "sozialraum.User": [lambda w: w.nutzer["verschwiegen"], lambda w: w.nutzer[ADMIN]],
}


def _teilnahme(welt):
    """The world records no attendance: one, made inside the test (rolled back with it)."""
    from gremien.models import Teilnahme

    sitzung = welt.o["sitzung_fremd_frei"]
    return Teilnahme.objects.create(sitzung=sitzung, gast_name="Gast", status="anwesend")


PROBEN["gremien.Teilnahme"] = [_teilnahme]


def _weitergabe(welt):
    """The world passes nothing on: one from the own Gremium, made inside the test."""
    from gremien.models import Weitergabe

    beschluss = welt.o["sitzung_eigen_entwurf"].beschluesse.get()
    return Weitergabe.objects.create(
        beschluss=beschluss,
        ziel_gremium=welt.o["gremium_eigen"],
        titel="Weitergabe",
        weitergegeben_von=welt.nutzer[ADMIN],
    )


PROBEN["gremien.Weitergabe"] = [_weitergabe]


def _zugangsschluessel(welt):
    """The world holds no API token: one of the Fachkraft, made inside the test."""
    from sozialraum.zugang.schluessel import schluessel_anlegen

    return schluessel_anlegen(welt.nutzer[FACHKRAFT], "Matrixschlüssel")[0]


PROBEN["sozialraum.Zugangsschluessel"] = [_zugangsschluessel]


def proben(model_label: str, welt) -> list:
    holer = PROBEN.get(model_label, [_erster(model_label)])
    return [obj for obj in (h(welt) for h in holer) if obj is not None]


def sichtbar_fuer(welt, obj, rolle: str) -> bool:
    """Whether ``rolle`` may see ``obj`` in the normal UI: every marker in its name allows it."""
    text = str(obj).lower()
    return all(rolle in g.sichtbar for g in welt.geheimnisse if g.marke in text)


# Records of the other Jugendamt (MJ2) in the world.
FREMDES_JUGENDAMT = ("B", "gremium_fremd", "gremium_offen", "sozialraum_fremd")


def im_fremden_jugendamt(welt, obj) -> bool:
    """Whether ``obj`` lies in the other Jugendamt (docs/rechte.md, "Was in einem Jugendamt
    liegt"): Träger B or a Gremium there, or a record belonging to one through its
    ``gremium``, ``sitzung`` or ``traeger`` (recursively). A record of a Gremium follows the
    Gremium, even where it names a Träger (B as a member of the own Gremium). An offer lies
    where it runs and whom it serves; in the world that is where its Träger works."""
    if any(obj == welt.o[k] for k in FREMDES_JUGENDAMT):
        return True
    # Last the Sozialraum: where a resource or barrier lies, if no Träger or Sitzung says.
    for name in ("gremium", "sitzung", "traeger", "sozialraum"):
        try:
            feld = obj._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if feld.many_to_one and (ziel := getattr(obj, name)) is not None:
            return im_fremden_jugendamt(welt, ziel)
    return False


def reicht_ueber_ihr_jugendamt(welt, obj) -> bool:
    """An account whose rights reach beyond the own Jugendamt: the administration of the
    whole registry, a superuser (docs/rechte.md: a scoped administration cannot take the
    role from them)."""
    return obj == welt.nutzer[ADMIN] or getattr(obj, "is_superuser", False)


def darf_hier_aendern(welt, obj, rolle: str) -> bool:
    """Beyond ``ZUGANG``: whether ``rolle`` may change and delete this record."""
    if rolle not in NUR_IM_EIGENEN:
        return True
    return not (im_fremden_jugendamt(welt, obj) or reicht_ueber_ihr_jugendamt(welt, obj))


def _budget(welt):
    """The world holds no budget: one of the own Regionalraum, made inside the test."""
    from sozialraumarbeit.models import Budget

    return Budget.objects.create(regionalraum=welt.o["regionalraum"], jahr=2026, betrag=1000)


def _auszahlung(welt):
    """A payout to a running measure of the own Regionalraum, made inside the test."""
    import datetime
    from decimal import Decimal

    from sozialraumarbeit.models import Auszahlung, Massnahme
    from tests.factories import massnahme_mit_plan

    massnahme = massnahme_mit_plan(
        welt.o["regionalraum"],
        Massnahme.Status.LAEUFT,
        {datetime.date(2026, 1, 1): Decimal("500.00")},
        titel="Matrixmaßnahme",
    )
    return Auszahlung.objects.create(
        massnahme=massnahme,
        monat=datetime.date(2026, 1, 1),
        betrag=Decimal("100.00"),
        gebucht_von=welt.nutzer[ADMIN],
    )


PROBEN["sozialraumarbeit.Budget"] = [_budget]
PROBEN["sozialraumarbeit.Auszahlung"] = [_auszahlung]


def _massnahme(kurz: str, gebiet: str):
    """The world holds no measure: an idea of Träger ``kurz`` in its Sozialraum, made inside
    the test (rolled back with it), with its first step."""

    def holen(welt):
        from sozialraumarbeit.massnahmen.ablauf import massnahme_idee_festhalten
        from sozialraumarbeit.models import Massnahme

        sozialraum = welt.o[f"sozialraum_{gebiet}"]
        massnahme = Massnahme.objects.create(
            titel=f"Matrixmaßnahme {kurz}",
            traeger=welt.o[kurz],
            regionalraum=sozialraum.regionalraum,
            bedarf="b",
            ziele="z",
            ueberpruefung="u",
            beantragte_summe="1200.00",
        )
        massnahme.sozialraeume.add(sozialraum)
        massnahme_idee_festhalten(massnahme, welt.nutzer[ADMIN])
        return massnahme

    return holen


PROBEN["sozialraumarbeit.Massnahme"] = [_massnahme("A", "eigen"), _massnahme("B", "fremd")]
PROBEN["sozialraumarbeit.Massnahmenschritt"] = [
    lambda welt: _massnahme("B", "fremd")(welt).schritte.get()
]
