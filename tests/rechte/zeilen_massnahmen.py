"""Rows of the SRAE measures (sozialraumarbeit/massnahmen/, docs/massnahmen.md "Wer darf was?").

Design: every role sees measures (list and page); a user without a role sees none (404).
Drafting, editing, putting on an agenda and the running steps: the Träger-Redaktion of the
leading Träger, the Sozialraumkoordination of one of its Sozialräume and the
Jugendamt-Administration of its Jugendamt. Recording discussion and decision: the
Sozialraumkoordination, the Koordination of a Gremium that has it on its agenda, and the
administration. Agreeing and extending: the administration of its Jugendamt only. Whoever
sees a measure but may not take a step gets 403.

Two ideas are made before each request (``vorher``), removed again by the test's savepoint:
"massnahme_A" of Träger A in the own Sozialraum (Jugendamt MJ1) and "massnahme_B" of Träger B
in the foreign one (MJ2). A's was discussed under the TOP of the draft Sitzung of the
members-only Gremium "eigen": its coordinator may record its discussion and decision, and the
measure's page names that Gremium, TOP and Beschluss only to those who may read them.
"""

from .erwartung import ERLAUBT, Zeile, erwarte, fall, pk
from .welt import (
    ADMIN,
    GREMIUM,
    KOORDINATION,
    MIT_ROLLE,
    REDAKTION,
    TRAEGER_BEARBEITER,
    UEBERALL,
    VERWALTUNG,
)


def _massnahmen(client, welt) -> None:
    from sozialraumarbeit.massnahmen.ablauf import massnahme_idee_festhalten
    from sozialraumarbeit.models import Massnahme

    for kurz, gebiet in (("A", "eigen"), ("B", "fremd")):
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
        welt.o[f"massnahme_{kurz}"] = massnahme
    # A's measure was discussed in the members-only Gremium "eigen" (draft minutes): its
    # name, the TOP and the decision stay with those who may read them.
    from sozialraumarbeit.models import Massnahmenschritt, MassnahmenTop

    massnahme = welt.o["massnahme_A"]
    sitzung, top = welt.o["sitzung_eigen_entwurf"], welt.o["top_eigen_entwurf"]
    MassnahmenTop.objects.create(massnahme=massnahme, top=top)
    Massnahmenschritt.objects.create(
        massnahme=massnahme,
        von_status="idee",
        status="beraten",
        wer=welt.nutzer[ADMIN],
        sitzung=sitzung,
        top=top,
        beschluss=sitzung.beschluesse.first(),
    )


def _schritt(kurz: str, schritt: str):
    return lambda welt, rolle: {"pk": welt.o[f"massnahme_{kurz}"].pk, "schritt": schritt}


# Who takes part in a measure of A (own Sozialraum, MJ1) and of B (foreign, MJ2).
MITWIRKENDE = {"A": TRAEGER_BEARBEITER["A"] | {KOORDINATION}, "B": TRAEGER_BEARBEITER["B"]}
# A is on the agenda of the Gremium "eigen", which the Gremium-Koordination coordinates.
BERATENDE = {"A": VERWALTUNG | {KOORDINATION, GREMIUM}, "B": UEBERALL}
VEREINBARENDE = {"A": VERWALTUNG, "B": UEBERALL}
ANLEGER = VERWALTUNG | {REDAKTION, KOORDINATION}
SEHEN = erwarte((MIT_ROLLE, 200), sonst=404)
GRUND = "jede Rolle sieht Maßnahmen; Schritte nur wer mitwirkt (403), ohne Rolle 404"


def _je_massnahme(name: str, wer: dict, *, post: bool = False, schritt: str | None = None):
    faelle = []
    for kurz in "AB":
        kwargs = _schritt(kurz, schritt) if schritt else pk(f"massnahme_{kurz}")
        get = erwarte((wer[kurz], 200), (MIT_ROLLE, 403), sonst=404)
        faelle.append(
            fall(
                f"{schritt or 'massnahme'}_{kurz}",
                kwargs,
                get=get,
                # An empty form: shown again with its errors, nothing changes.
                post=erwarte((wer[kurz], ERLAUBT), (MIT_ROLLE, 403), sonst=404) if post else None,
                ohne_wirkung=frozenset(wer[kurz]) if post else frozenset(),
                vorher=_massnahmen,
            )
        )
    return Zeile(name, tuple(faelle), grund=GRUND)


ZEILEN = [
    Zeile(
        "sozialraumarbeit:massnahmen",
        (fall("ohne", get=SEHEN),),
        grund=GRUND,
    ),
    Zeile(
        "sozialraumarbeit:massnahme_neu",
        (
            fall(
                "ohne",
                get=erwarte((ANLEGER, 200), (MIT_ROLLE, 403), sonst=404),
                post=erwarte((ANLEGER, ERLAUBT), (MIT_ROLLE, 403), sonst=404),
                ohne_wirkung=ANLEGER,
            ),
        ),
        grund="anlegen: Redaktion eines Trägers, Sozialraumkoordination, Administration",
    ),
    Zeile(
        "sozialraumarbeit:massnahme",
        tuple(
            fall(f"massnahme_{kurz}", pk(f"massnahme_{kurz}"), get=SEHEN, vorher=_massnahmen)
            for kurz in "AB"
        ),
        grund=GRUND,
    ),
    _je_massnahme("sozialraumarbeit:massnahme_bearbeiten", MITWIRKENDE, post=True),
    _je_massnahme("sozialraumarbeit:massnahme_tagesordnung", MITWIRKENDE, post=True),
    Zeile(
        "sozialraumarbeit:massnahme_schritt",
        (
            *_je_massnahme("x", BERATENDE, post=True, schritt="beraten").faelle,
            *_je_massnahme("x", BERATENDE, schritt="entscheiden").faelle,
            *_je_massnahme("x", VEREINBARENDE, post=True, schritt="vereinbaren").faelle,
            *_je_massnahme("x", MITWIRKENDE, schritt="abbrechen").faelle,
            fall(
                "unbekannt",
                _schritt("A", "zaubern"),
                get=erwarte(sonst=404),
                vorher=_massnahmen,
            ),
        ),
        grund=GRUND + "; vereinbaren nur die Administration ihres Jugendamts",
    ),
]
