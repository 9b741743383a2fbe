"""Rows of the Prüfrunden (angebote/pruefrunde/, docs/pruefrunde.md).

Design: starting, following and closing rounds is the Jugendamt-Administration's
(``angebote.pruefrunde_starten``); for every other role these pages answer 403, as the
review queue does. The Träger's pages behind its personal link need no login (PUBLIC_URLS):
the signed token stands for one request of one Träger, whoever sends it, and reaches only
that request's records; a tampered token, or a record of another request under it, is 404
for everybody.

An administration scoped to her Jugendamt (``bezirk``) starts and runs rounds about her
Jugendamt's records (angebote/pruefrunde/rechte.py narrows what a round of hers asks
about). She sees her own rounds and those of the other administrations of her Jugendamt;
a round of the administration of the whole registry is not hers to follow or to close and
does not exist for her (404), as docs/pruefrunde.md says.

Two rounds are made before each request (``vorher``), removed again by the test's
savepoint: "runde" of the administration of the whole registry (Träger A and B, each with
its published offer and its place) and "runde_bezirk" of ``bezirk`` (A's offer).
"""

import datetime

from django.utils import timezone

from .erwartung import ERLAUBT, WEITER, Zeile, erwarte, fall, fuer_alle, pk
from .welt import ADMIN, BEZIRK, TRAEGER_BEARBEITER, VERWALTUNG


def _runde(client, welt) -> None:
    from angebote.models import Pruefanfrage, Pruefposten, Pruefrunde
    from angebote.pruefrunde.token import neue_nonce, token_fuer

    runde = Pruefrunde.objects.create(
        titel="Matrixrunde",
        gestartet_von=welt.nutzer[ADMIN],
        gueltig_bis=timezone.localdate() + datetime.timedelta(days=30),
        basis_url="http://testserver/",
    )
    welt.o["pruefrunde"] = runde
    eigene = Pruefrunde.objects.create(
        titel="Matrixrunde des Bezirks",
        gestartet_von=welt.nutzer[BEZIRK],
        gueltig_bis=timezone.localdate() + datetime.timedelta(days=30),
        basis_url="http://testserver/",
    )
    welt.o["pruefrunde_bezirk"] = eigene
    anfrage = Pruefanfrage.objects.create(
        runde=eigene, traeger=welt.o["A"], email="a@matrix.example", nonce=neue_nonce()
    )
    Pruefposten.objects.create(anfrage=anfrage, angebot=welt.o["angebot_A_veroeffentlicht"])
    for kurz in "AB":
        anfrage = Pruefanfrage.objects.create(
            runde=runde,
            traeger=welt.o[kurz],
            email=f"{kurz.lower()}@matrix.example",
            nonce=neue_nonce(),
        )
        welt.o[f"pruefanfrage_{kurz}"] = anfrage
        welt.o[f"pruefposten_{kurz}_angebot"] = Pruefposten.objects.create(
            anfrage=anfrage, angebot=welt.o[f"angebot_{kurz}_veroeffentlicht"]
        )
        welt.o[f"pruefposten_{kurz}_einrichtung"] = Pruefposten.objects.create(
            anfrage=anfrage, einrichtung=welt.o[f"einrichtung_{kurz}"]
        )
        welt.tokens[f"pruefrunde_{kurz}"] = token_fuer(anfrage)


def _token(kurz: str, manipuliert: bool = False):
    def kwargs(welt, rolle):
        token = welt.tokens[f"pruefrunde_{kurz}"]
        return {"token": token[:-2] + "xx" if manipuliert else token}

    return kwargs


def _token_und_posten(kurz: str, posten: str):
    return lambda welt, rolle: {
        "token": welt.tokens[f"pruefrunde_{kurz}"],
        "pk": welt.o[posten].pk,
    }


def _posten(schluessel: str):
    return lambda welt: {"posten": welt.o[schluessel].pk}


def _start(welt) -> dict:
    frist = timezone.localdate() + datetime.timedelta(days=30)
    return {"aktion": "starten", "titel": "Matrixrunde neu", "gueltig_bis": frist.isoformat()}


LESEN = erwarte((VERWALTUNG, 200), sonst=403)
HANDELN = erwarte((VERWALTUNG, WEITER), sonst=403)
LINK = fuer_alle(200, anonym=200)
NICHT_DA = fuer_alle(404, anonym=404)
# The round of the whole registry reaches Träger B: the administrations that curate B.
GANZE_RUNDE = TRAEGER_BEARBEITER["B"] & VERWALTUNG
GRUND = "die Administration; eine beschränkte sieht nur die Runden ihres Jugendamts"


def _verborgen(erwartung: dict) -> dict:
    """A round of the administration of the whole registry: 404 for a scoped one."""
    return {**erwartung, BEZIRK: 404}


def _verwaltung(name: str, get: bool, daten=None, handeln=HANDELN) -> Zeile:
    """A page of a round: of the whole registry ("runde"), and of ``bezirk`` ("runde_bezirk")."""
    faelle = []
    for fall_name, schluessel in (("runde", "pruefrunde"), ("runde_bezirk", "pruefrunde_bezirk")):
        eigene = fall_name == "runde_bezirk"
        faelle.append(
            fall(
                fall_name,
                pk(schluessel),
                get=(LESEN if eigene else _verborgen(LESEN)) if get else None,
                post=None if get else (HANDELN if eigene else _verborgen(handeln)),
                vorher=_runde,
                daten=daten and (lambda welt, s=schluessel: daten(welt, s)),
            )
        )
    return Zeile(name, tuple(faelle), grund=GRUND)


def _anfrage(name: str) -> Zeile:
    """Acting on one request of the round of the whole registry: Träger A's, Träger B's."""
    return Zeile(
        name,
        tuple(
            fall(
                kurz,
                pk(f"pruefanfrage_{kurz}"),
                post=_verborgen(
                    erwarte((TRAEGER_BEARBEITER[kurz] & VERWALTUNG, WEITER), sonst=403)
                ),
                vorher=_runde,
            )
            for kurz in "AB"
        ),
        grund=GRUND + "; eine Anfrage an einen Träger außerhalb ihres Jugendamts: 403",
    )


ZEILEN = [
    Zeile("angebote:pruefrunden", (fall("ohne", get=LESEN),)),
    Zeile(
        "angebote:pruefrunde_neu",
        (
            fall(
                "ohne",
                get=LESEN,
                post=erwarte((VERWALTUNG, ERLAUBT), sonst=403),
                daten=_start,
            ),
        ),
        grund="startet eine Runde und sendet E-Mails: nur die Administration (eine beschränkte "
        "fragt nur nach ihrem Jugendamt)",
    ),
    _verwaltung("angebote:pruefrunde", get=True),
    _verwaltung("angebote:pruefrunde_nachfassen", get=True),
    _verwaltung(
        "angebote:pruefrunde_senden", get=False, handeln=erwarte((GANZE_RUNDE, WEITER), sonst=403)
    ),
    _verwaltung(
        "angebote:pruefrunde_schliessen",
        get=False,
        daten=lambda welt, runde: {"stand": welt.o[runde].updated_at.isoformat()},
        handeln=erwarte((GANZE_RUNDE, WEITER), sonst=403),
    ),
    _anfrage("angebote:pruefanfrage_unzustellbar"),
    _anfrage("angebote:pruefanfrage_neu_senden"),
    _anfrage("angebote:pruefanfrage_bestaetigen"),
    Zeile(
        "angebote:pruefrunde_antwort",
        (
            fall("link_A", _token("A"), get=LINK, vorher=_runde),
            fall("manipuliert", _token("A", manipuliert=True), get=NICHT_DA, vorher=_runde),
        ),
        grund="der signierte Link steht für die Anfrage eines Trägers, ohne Anmeldung (PUBLIC_URLS)",
    ),
    Zeile(
        "angebote:pruefrunde_bestaetigen",
        (
            fall(
                "eigener_posten",
                _token("A"),
                get=fuer_alle(405, anonym=405),
                post=fuer_alle(WEITER, anonym=WEITER),
                daten=_posten("pruefposten_A_angebot"),
                vorher=_runde,
            ),
            fall(
                "fremder_posten",
                _token("A"),
                post=NICHT_DA,
                daten=_posten("pruefposten_B_angebot"),
                vorher=_runde,
            ),
            fall(
                "manipuliert",
                _token("A", manipuliert=True),
                post=NICHT_DA,
                daten=_posten("pruefposten_A_angebot"),
                vorher=_runde,
            ),
        ),
        grund="nur die Angaben der eigenen Anfrage; fremde Posten gibt es nicht (404)",
    ),
    Zeile(
        "angebote:pruefrunde_korrigieren",
        (
            fall(
                "eigene_einrichtung",
                _token_und_posten("A", "pruefposten_A_einrichtung"),
                get=LINK,
                post=fuer_alle(WEITER, anonym=WEITER),
                daten=lambda welt: {"anmerkung": "Neue Telefonnummer"},
                vorher=_runde,
            ),
            # A's offer has the Redaktion's pending proposal: a notice, never its values.
            fall(
                "eigenes_angebot",
                _token_und_posten("A", "pruefposten_A_angebot"),
                get=LINK,
                vorher=_runde,
            ),
            fall(
                "fremder_posten",
                _token_und_posten("A", "pruefposten_B_einrichtung"),
                get=NICHT_DA,
                post=NICHT_DA,
                daten=lambda welt: {"anmerkung": "Überschrieben"},
                vorher=_runde,
            ),
        ),
        grund="Korrekturen nur an den Angaben der eigenen Anfrage (PUBLIC_URLS)",
    ),
]
