"""The matrix world: one user per role, each with own objects, and foreign ones beside them.

Who owns what (the requesting roles are the keys of ``ROLLEN``):

- Two Jugendämter, each with one Regionalraum and one Sozialraum: "eigen" (Jugendamt
  "MJ1", Regionalraum "MX") and "fremd" ("MJ2", "MY"). ``koordination`` (the
  Sozialraumkoordination) holds guardian's ``sozialraum.koordinieren_sozialraum`` on the
  own Sozialraum.
- ``admin`` is a Jugendamt-Administration for the whole registry (no Jugendamt named);
  ``bezirk`` is one scoped to the own Jugendamt (guardian's
  ``sozialraum.verwalten_jugendamt`` on MJ1, sozialraum/zugang/zustaendigkeit.py): she reads like
  ``admin`` but curates only within MJ1 and changes no shared records (areas, Kategorien).
- ``redaktion`` (Träger-Redaktion) holds guardian's ``traeger.change_traeger`` on Träger
  "A" and works there (Zugehörigkeit); ``fachkraft`` works at A too. Träger "B" belongs to
  another Redaktion. A works in the own Sozialraum (Jugendamt MJ1), B in the foreign one
  (MJ2). Each Träger has an Einrichtung there, a public and an internal Ansprechperson, one
  Angebot in each status (at that Einrichtung, serving that Sozialraum), and a pending
  change proposal (Änderungsvorschlag) on its published Angebot.
- ``gremium`` (Gremium-Koordination) coordinates the Gremium "eigen" (members only, in the
  own Sozialraum); ``fachkraft`` is a member of it. "fremd" (members only) and "offen"
  (all Fachkräfte), both in the foreign Sozialraum, are coordinated by someone else. Each
  has a Sitzung with draft minutes and one with released minutes, each with a TOP, a
  Beschluss and an attachment, and an open Aufgabe.
- Every requesting user (even the one without a role) has recorded a Kontakt with each
  Sichtbarkeit; a colleague at A and strangers at B recorded others.
- Everybody has a calendar token.

Every object that some role must not see carries a unique marker word (:class:`Geheimnis`)
with the roles that may see it, taken from the documented rules (permissions.py of each
app, docs/gremien.md, docs/vernetzung.md, docs/rechte.md "Jugendämter, die sie
verwaltet"), not from the code under test.
"""

import datetime
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.utils import timezone
from guardian.shortcuts import assign_perm

from sozialraum.zugang import rollen
from sozialraum.zugang.zustaendigkeit import VERWALTEN
from tests.factories import (
    AngebotFactory,
    EinrichtungFactory,
    GremiumFactory,
    JugendamtFactory,
    MitgliedschaftFactory,
    QuartierFactory,
    SitzungFactory,
    TraegerFactory,
    TraegerZugehoerigkeitFactory,
    UserFactory,
)

ANONYM = "anonym"
OHNE_ROLLE = "ohne_rolle"
FACHKRAFT = "fachkraft"
REDAKTION = "redaktion"
GREMIUM = "gremium"
KOORDINATION = "koordination"
ADMIN = "admin"
BEZIRK = "bezirk"
SUPERUSER = "superuser"

# The requesting roles and their Django group (None: no group).
ROLLEN = {
    ANONYM: None,
    OHNE_ROLLE: None,
    FACHKRAFT: rollen.FACHKRAFT,
    REDAKTION: rollen.TRAEGER_REDAKTION,
    GREMIUM: rollen.GREMIUM_KOORDINATION,
    KOORDINATION: rollen.SOZIALRAUMKOORDINATION,
    ADMIN: rollen.JUGENDAMT_ADMINISTRATION,
    BEZIRK: rollen.JUGENDAMT_ADMINISTRATION,
    SUPERUSER: None,
}
ANGEMELDET = frozenset(ROLLEN) - {ANONYM}
MIT_ROLLE = ANGEMELDET - {OHNE_ROLLE}
# The administration: reads everything an administration reads (unpublished offers and
# proposals of every Träger, every Gremium with its draft minutes, the rights screen, the
# admin's lists) and curates within her Jugendamt; for ``bezirk`` that is MJ1 only.
VERWALTUNG = frozenset({ADMIN, SUPERUSER, BEZIRK})
# Curates everywhere and changes the shared records (areas, Kategorien, Zielgruppen,
# Sprachen, which Jugendamt an administration is scoped to): not scoped to a Jugendamt.
UEBERALL = frozenset({ADMIN, SUPERUSER})
NIEMAND = frozenset()

ANGEBOT_STATUS = ("veroeffentlicht", "entwurf", "pruefung", "archiviert")
SICHTBARKEITEN = ("privat", "traeger", "alle")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

# Who edits and who reads a Gremium (docs/gremien.md, gremien/permissions.py): its
# Koordination, the Sozialraumkoordination of its Sozialraum and the administration of its
# Jugendamt edit ("eigen" lies in MJ1, "fremd" and "offen" in MJ2). A logged-in user without
# a role reads Gremien visible to "alle Fachkräfte" (darf_lesen asks for a login).
GREMIUM_BEARBEITER = {
    "eigen": frozenset({GREMIUM, KOORDINATION}) | VERWALTUNG,
    "fremd": UEBERALL,
    "offen": UEBERALL,
}
GREMIUM_LESER = {
    "eigen": GREMIUM_BEARBEITER["eigen"] | {FACHKRAFT},
    "fremd": VERWALTUNG,
    "offen": ANGEMELDET,
}
# Draft minutes (text and decisions): those who edit, and the administration, who sees
# everything of every Gremium (docs/gremien.md "Wer darf was?"; scoped: reads the rest).
ENTWURF_LESER = {art: bearbeiter | VERWALTUNG for art, bearbeiter in GREMIUM_BEARBEITER.items()}
# Who edits a Träger, its Einrichtungen, Ansprechpersonen and Angebote
# (traeger/permissions.py, angebote/permissions.py): A lies in MJ1, B in MJ2.
TRAEGER_BEARBEITER = {"A": frozenset({REDAKTION}) | VERWALTUNG, "B": UEBERALL}
# Who sees a Träger's unpublished offers and proposals: its editors and every
# administration (a scoped one reads them read-only).
TRAEGER_LESER = {kurz: bearbeiter | VERWALTUNG for kurz, bearbeiter in TRAEGER_BEARBEITER.items()}
# Who may confirm a published Angebot as "Noch aktuell" (angebote/aktualitaet/frische.py): also the
# Sozialraumkoordination of a Sozialraum it runs in or serves (A works in hers).
BESTAETIGER = {"A": TRAEGER_BEARBEITER["A"] | {KOORDINATION}, "B": TRAEGER_BEARBEITER["B"]}


@dataclass(frozen=True)
class Geheimnis:
    """A marker word (compared case-insensitively) and the roles that may see it."""

    marke: str
    sichtbar: frozenset
    was: str


@dataclass(repr=False)
class Welt:
    nutzer: dict = field(default_factory=dict)  # role or person key → User
    o: dict = field(default_factory=dict)  # object key → model instance
    kontakte: dict = field(default_factory=dict)  # (recorder key, Sichtbarkeit) → Kontakt
    tokens: dict = field(default_factory=dict)  # user key → calendar token
    sitzungen: dict = field(default_factory=dict)  # user key → session key of her login
    geheimnisse: list = field(default_factory=list)

    def geheim(self, marke: str, sichtbar, was: str) -> str:
        self.geheimnisse.append(Geheimnis(marke.lower(), frozenset(sichtbar), was))
        return marke

    def verborgen_vor(self, rolle: str) -> list[Geheimnis]:
        return [g for g in self.geheimnisse if rolle not in g.sichtbar]

    def __repr__(self) -> str:  # short, for assertion messages
        return f"Welt({len(self.o)} Objekte, {len(self.geheimnisse)} Marken)"


def _nutzer(welt: Welt, schluessel: str, gruppe: str | None, **felder):
    vorname, nachname = felder.pop("name", (schluessel.title(), "Matrix"))
    user = UserFactory(
        username=f"m_{schluessel}", first_name=vorname, last_name=nachname, rolle=gruppe, **felder
    )
    welt.nutzer[schluessel] = user
    return user


def _personen(welt: Welt) -> None:
    for rolle, gruppe in ROLLEN.items():
        if rolle == ANONYM:
            continue
        extra = {"is_superuser": True, "is_staff": True} if rolle == SUPERUSER else {}
        if rolle in (ADMIN, BEZIRK):
            extra["is_staff"] = True
        _nutzer(welt, rolle, gruppe, **extra)
    _nutzer(welt, "kollegin", rollen.FACHKRAFT)
    _nutzer(welt, "fremd_redaktion", rollen.TRAEGER_REDAKTION)
    _nutzer(welt, "fremd_koordination", rollen.GREMIUM_KOORDINATION)
    _nutzer(welt, "fremde_fachkraft", rollen.FACHKRAFT)
    _nutzer(welt, "inaktiv", rollen.FACHKRAFT, is_active=False)
    # Records one private contact and appears nowhere else: her name must show only where
    # the Jugendamt-Administration manages accounts (rights screen), never through it. She
    # works for Träger A but objected to being named in colleagues' contacts.
    welt.geheim("Verschwiegenheit", VERWALTUNG, "Name der Person mit nur privatem Kontakt")
    _nutzer(
        welt,
        "verschwiegen",
        rollen.FACHKRAFT,
        name=("Vera", "Verschwiegenheit"),
        in_kontakten_nennbar=False,
    )


def _gebiete(welt: Welt) -> None:
    for nummer, gebiet, amt, region in ((1, "eigen", "MJ1", "MX"), (2, "fremd", "MJ2", "MY")):
        jugendamt = JugendamtFactory(schluessel=amt, name=f"Matrixamt {gebiet}")
        quartier = QuartierFactory(
            schluessel=f"{region}0{nummer}01",
            name=f"Matrixquartier {gebiet}",
            sozialraum__schluessel=f"{region}0{nummer}",
            sozialraum__name=f"Matrixviertel {gebiet}",
            sozialraum__regionalraum__schluessel=region,
            sozialraum__regionalraum__name=f"Matrixregion {gebiet}",
            sozialraum__regionalraum__jugendamt=jugendamt,
        )
        welt.o[f"quartier_{gebiet}"] = quartier
        welt.o[f"sozialraum_{gebiet}"] = quartier.sozialraum
    welt.o["regionalraum"] = welt.o["sozialraum_eigen"].regionalraum
    welt.o["jugendamt"] = welt.o["regionalraum"].jugendamt
    welt.o["jugendamt_fremd"] = welt.o["sozialraum_fremd"].regionalraum.jugendamt
    from sozialraum.models import Importlauf

    welt.o["importlauf"] = Importlauf.objects.create(art="einrichtungen", dateien="matrix.geojson")


def _angebote(welt: Welt, kurz: str, sozialraum) -> None:
    from angebote.models import Angebot

    o = welt.o
    for status in ANGEBOT_STATUS:
        if status == Angebot.Status.VEROEFFENTLICHT:
            titel = f"Matrixangebot {kurz} veröffentlicht"
        else:
            marke = welt.geheim(
                f"geheimangebot{kurz}{status}",
                TRAEGER_LESER[kurz],
                f"Angebot von {kurz} im Status {status}",
            )
            titel = f"Angebot {marke}"
        angebot = AngebotFactory(
            titel=titel, traeger=o[kurz], status=status, einrichtungen=[o[f"einrichtung_{kurz}"]]
        )
        angebot.sozialraeume.add(sozialraum)
        o[f"angebot_{kurz}_{status}"] = angebot


def _traeger(welt: Welt) -> None:
    from angebote.redaktion.pruefung import vorschlag_einreichen, werte_von
    from traeger.models import Ansprechperson

    n, o = welt.nutzer, welt.o
    o["A"] = TraegerFactory(name="Eigenträger Matrix e.V.")
    o["B"] = TraegerFactory(name="Fremdträger Matrix gGmbH")
    assign_perm("traeger.change_traeger", n[REDAKTION], o["A"])
    assign_perm("traeger.change_traeger", n["fremd_redaktion"], o["B"])
    for person in (FACHKRAFT, REDAKTION, "kollegin", "verschwiegen"):
        TraegerZugehoerigkeitFactory(user=n[person], traeger=o["A"])
    for person in ("fremd_redaktion", "fremde_fachkraft"):
        TraegerZugehoerigkeitFactory(user=n[person], traeger=o["B"])
    for kurz, gebiet, redaktion in (("A", "eigen", REDAKTION), ("B", "fremd", "fremd_redaktion")):
        sozialraum = o[f"sozialraum_{gebiet}"]
        o[kurz].sozialraeume.add(sozialraum)
        o[f"einrichtung_{kurz}"] = EinrichtungFactory(
            traeger=o[kurz], name=f"Matrixhaus {kurz}", quartier=o[f"quartier_{gebiet}"]
        )
        o[f"person_{kurz}_oeffentlich"] = Ansprechperson.objects.create(
            traeger=o[kurz],
            name=f"Oskar Öffentlich {kurz}",
            oeffentlich=True,
            einwilligung_am=datetime.date(2025, 1, 2),
        )
        # Without a role only those who consented to publication (traeger/datenschutz.py).
        marke = welt.geheim(f"internperson{kurz}", MIT_ROLLE, f"interne Ansprechperson {kurz}")
        o[f"person_{kurz}_intern"] = Ansprechperson.objects.create(
            traeger=o[kurz], name=f"Ina {marke}", telefon="0301234"
        )
        _angebote(welt, kurz, sozialraum)
        angebot = o[f"angebot_{kurz}_veroeffentlicht"]
        marke = welt.geheim(
            f"vorschlagstitel{kurz}",
            TRAEGER_LESER[kurz],
            f"vorgeschlagener, noch nicht freigegebener Titel eines Angebots von {kurz}",
        )
        werte = {**werte_von(angebot), "titel": f"Neu: {marke}"}
        o[f"vorschlag_{kurz}"] = vorschlag_einreichen(angebot, o[kurz], werte, n[redaktion])


def _kontakt(welt: Welt, wer: str, sicht: str, marke: str, sichtbar, eigener: str | None):
    from traeger.models import Kontakt

    andere = "B" if eigener != "B" else "A"
    kontakt = Kontakt.objects.create(
        erfasst_von=welt.nutzer[wer],
        sozialraum=welt.o["sozialraum_eigen"],
        thema=f"Absprache {welt.geheim(marke, sichtbar, f'Kontakt von {wer}, {sicht}')}",
        sichtbarkeit=sicht,
        eigener_traeger=welt.o[eigener] if eigener else None,
        datum=timezone.localdate() - datetime.timedelta(days=3),
        wiedervorlage=timezone.localdate() - datetime.timedelta(days=1),
    )
    kontakt.traeger.add(welt.o[andere])
    kontakt.ansprechpersonen.add(welt.o[f"person_{andere}_intern"])
    welt.kontakte[wer, sicht] = kontakt
    return kontakt


def _kontakte(welt: Welt) -> None:
    kollegen_a = {FACHKRAFT, REDAKTION}  # requesting roles working at Träger A
    for rolle in ANGEMELDET:
        eigener = "A" if rolle in kollegen_a else None
        darf = {rolle} & MIT_ROLLE  # without a role one sees no contact, not even her own
        sichtbar = {
            "privat": darf,
            "traeger": darf | (kollegen_a if eigener else set()),
            "alle": MIT_ROLLE,
        }
        for sicht in SICHTBARKEITEN:
            marke = f"kontaktmarke{rolle.replace('_', '')}{sicht}"
            _kontakt(welt, rolle, sicht, marke, sichtbar[sicht], eigener)
    _kontakt(welt, "verschwiegen", "privat", "fluesterpost", NIEMAND, "A")
    _kontakt(welt, "kollegin", "traeger", "kollegenabsprache", kollegen_a, "A")
    _kontakt(welt, "fremde_fachkraft", "traeger", "fremdabsprache", NIEMAND, "B")
    _kontakt(welt, "fremde_fachkraft", "alle", "offenabsprache", MIT_ROLLE, "B")


def _sitzung(welt: Welt, art: str, freigegeben: bool, tage: int, koordination) -> None:
    from gremien.models import Anhang, Aufgabe, Beschluss, Tagesordnungspunkt
    from gremien.sitzung.protokoll import protokoll_freigeben

    gremium = welt.o[f"gremium_{art}"]
    stand = "frei" if freigegeben else "entwurf"
    leser = GREMIUM_LESER[art]
    # Draft minutes (text and decisions) only for those who edit, and the administration.
    protokoll_leser = leser if freigegeben else ENTWURF_LESER[art]
    sitzung = SitzungFactory(
        gremium=gremium,
        titel=f"Sitzung {welt.geheim(f'sitzungstitel{art}{stand}', leser, 'Sitzungstitel')}",
        datum=timezone.localdate() - datetime.timedelta(days=tage),
    )
    protokoll = welt.geheim(f"protokolltext{art}{stand}", protokoll_leser, "Protokolltext")
    top = Tagesordnungspunkt.objects.create(
        sitzung=sitzung,
        position=1,
        titel=f"TOP {welt.geheim(f'toptitel{art}{stand}', leser, 'TOP-Titel')}",
        protokoll=f"Protokoll {protokoll}",
    )
    Tagesordnungspunkt.objects.create(sitzung=sitzung, position=2, titel="Verschiedenes")
    Beschluss.objects.create(
        sitzung=sitzung,
        top=top,
        text=welt.geheim(f"beschlusstext{art}{stand}", protokoll_leser, "Beschluss"),
    )
    anhang = Anhang(
        sitzung=sitzung,
        name=f"{welt.geheim(f'anhang{art}{stand}', leser, 'Name eines Anhangs')}.pdf",
        endung="pdf",
        mime="application/pdf",
        groesse=len(PDF),
        hochgeladen_von=koordination,
    )
    anhang.datei.save("anhang.pdf", ContentFile(PDF), save=False)
    anhang.save()
    if freigegeben:
        protokoll_freigeben(sitzung, koordination)
    else:
        # Open tasks show on the Gremium page to every reader, draft minutes or not.
        welt.o[f"aufgabe_{art}"] = Aufgabe.objects.create(
            gremium=gremium,
            sitzung=sitzung,
            top=top,
            was=f"Aufgabe {welt.geheim(f'aufgabe{art}', leser, 'offene Aufgabe')}",
            person=welt.nutzer[FACHKRAFT if art == "eigen" else "fremde_fachkraft"],
        )
    welt.o[f"sitzung_{art}_{stand}"] = sitzung
    welt.o[f"top_{art}_{stand}"] = top
    welt.o[f"anhang_{art}_{stand}"] = anhang


def _gremien(welt: Welt) -> None:
    n, o = welt.nutzer, welt.o
    for art, sichtbarkeit, koordination, mitglied, gebiet in (
        ("eigen", "mitglieder", n[GREMIUM], n[FACHKRAFT], "eigen"),
        ("fremd", "mitglieder", n["fremd_koordination"], n["fremde_fachkraft"], "fremd"),
        ("offen", "fachkraefte", n["fremd_koordination"], n["fremde_fachkraft"], "fremd"),
    ):
        name = f"AG {welt.geheim(f'gremienname{art}', GREMIUM_LESER[art], 'Name des Gremiums')}"
        gremium = GremiumFactory(
            name=name, sichtbarkeit=sichtbarkeit, sozialraum=o[f"sozialraum_{gebiet}"]
        )
        o[f"gremium_{art}"] = gremium
        MitgliedschaftFactory(gremium=gremium, person=koordination, rolle="koordination")
        MitgliedschaftFactory(gremium=gremium, person=mitglied, rolle="mitglied")
        # Both Träger sit in every Gremium: the Träger pages list the Gremien one may see.
        for kurz in ("A", "B"):
            MitgliedschaftFactory(gremium=gremium, person=None, traeger=o[kurz])
        _sitzung(welt, art, False, 14, koordination)
        _sitzung(welt, art, True, 42, koordination)


def welt_bauen() -> Welt:
    """Build the world in the current database (call inside a transaction)."""
    from gremien.models import Kalenderzugang

    welt = Welt()
    _gebiete(welt)
    _personen(welt)
    assign_perm(rollen.KOORDINIEREN, welt.nutzer[KOORDINATION], welt.o["sozialraum_eigen"])
    assign_perm(VERWALTEN, welt.nutzer[BEZIRK], welt.o["jugendamt"])
    _traeger(welt)
    _kontakte(welt)
    _gremien(welt)
    from .welt_raumwissen import raumwissen_bauen

    raumwissen_bauen(welt)
    for schluessel, user in welt.nutzer.items():
        zugang = Kalenderzugang.objects.create(user=user, token=f"matrix-token-{schluessel}")
        welt.tokens[schluessel] = zugang.token
    return welt
