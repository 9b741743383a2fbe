"""Rows of the Gremien floor: Gremien, Sitzungen, agenda, minutes, tasks, files, calendars.

Design (gremien/permissions.py, docs/gremien.md): a Gremium someone may not read does not
exist for her (404); one she reads but may not edit answers 403 on every editing URL. The
Koordination (guardian ``change_gremium``), the Sozialraumkoordination of its Sozialraum
(guardian ``sozialraum.koordinieren_sozialraum``) and the Jugendamt-Administration of its
Jugendamt edit; the administration of another Jugendamt (``bezirk`` for "fremd" and
"offen") reads everything, draft minutes too, and gets 403 on editing. Members read the
agenda and released minutes; draft minutes only for those who edit and the
administration. Members tick off their own tasks. Calendar feeds need no login: the token stands for its owner, and the
feed shows what the owner may read.
"""

from .erwartung import ERLAUBT, Zeile, eigen_oder, erwarte, fall, fuer_alle, pk
from .welt import ENTWURF_LESER, GREMIUM_BEARBEITER, GREMIUM_LESER

ARTEN = ("eigen", "fremd", "offen")
# Draft and released minutes; of the foreign Gremium one Sitzung suffices (404 either way).
SITZUNGEN = [
    (f"{art}_{stand}", art, stand)
    for art in ARTEN
    for stand in ("entwurf", "frei")
    if (art, stand) != ("fremd", "frei")
]


def lesen(art: str) -> dict:
    return erwarte((GREMIUM_LESER[art], 200), sonst=404)


def bearbeiten(art: str, token=200) -> dict:
    return erwarte((GREMIUM_BEARBEITER[art], token), (GREMIUM_LESER[art], 403), sonst=404)


def _sitzung(art: str, argument: str = "pk"):
    return pk(f"sitzung_{art}_entwurf", argument)


def _top(sitzung_art: str, top_art: str):
    def kwargs(welt, rolle):
        return {
            "sitzung_pk": welt.o[f"sitzung_{sitzung_art}_entwurf"].pk,
            "pk": welt.o[f"top_{top_art}_entwurf"].pk,
        }

    return kwargs


def _editierzeile(name: str, argument: str = "pk", get=True, daten=None, grund="") -> Zeile:
    """An editing URL of a Sitzung: own Gremium, one visible to all, a foreign one."""
    return Zeile(
        name,
        tuple(
            fall(
                art,
                _sitzung(art, argument),
                get=bearbeiten(art) if get else None,
                post=bearbeiten(art, ERLAUBT),
                daten=daten,
            )
            for art in ARTEN
        ),
        grund=grund,
    )


def _sitzungsdaten(welt) -> dict:
    return {"titel": "Geändert", "datum": "2026-03-03", "beginn": "10:00", "ort_text": "Saal"}


def _token(welt, rolle):
    return welt.tokens[eigen_oder(rolle)]


def _gemischt(get: bool):
    """A TOP of another Gremium's Sitzung under the own Sitzung's URL: 404 for the editors
    (the TOP is looked up within the Sitzung), 403 for members who only read."""
    erwartet = erwarte((GREMIUM_BEARBEITER["eigen"], 404), (GREMIUM_LESER["eigen"], 403), sonst=404)
    return fall(
        "eigene_sitzung_fremder_top",
        _top("eigen", "fremd"),
        get=erwartet if get else None,
        post=erwartet,
        daten=lambda welt: {"titel": "Fremd überschrieben", "richtung": "runter"},
    )


ZEILEN = [
    Zeile("gremien:liste", (fall("ohne", get=fuer_alle(200)),)),
    Zeile("gremien:gremium", tuple(fall(a, pk(f"gremium_{a}"), get=lesen(a)) for a in ARTEN)),
    Zeile(
        "gremien:bearbeiten",
        tuple(
            fall(
                a,
                pk(f"gremium_{a}"),
                get=bearbeiten(a),
                post=bearbeiten(a, ERLAUBT),
                daten=lambda welt: {
                    "name": "Umbenannt von der Matrix",
                    "art": "sozialraumdialog",
                    "sichtbarkeit": "oeffentlich",
                },
            )
            for a in ARTEN
        ),
        grund="das Gremium selbst (Name, Gebiet, gehört zu, Rhythmus, Sichtbarkeit) ändert, "
        "wer seine Sitzungen und Mitglieder pflegt",
    ),
    Zeile(
        "gremien:sitzung_neu",
        tuple(
            fall(
                a,
                pk(f"gremium_{a}", "gremium_pk"),
                get=bearbeiten(a),
                post=bearbeiten(a, ERLAUBT),
                daten=_sitzungsdaten,
            )
            for a in ARTEN
        ),
    ),
    Zeile(
        "gremien:sitzung",
        tuple(fall(n, pk(f"sitzung_{n}"), get=lesen(a)) for n, a, _s in SITZUNGEN),
    ),
    _editierzeile("gremien:sitzung_bearbeiten", daten=_sitzungsdaten),
    _editierzeile(
        "gremien:top_neu", "sitzung_pk", daten=lambda welt: {"titel": "Neuer TOP der Matrix"}
    ),
    Zeile(
        "gremien:top_bearbeiten",
        (
            *(
                fall(
                    a,
                    _top(a, a),
                    get=bearbeiten(a),
                    post=bearbeiten(a, ERLAUBT),
                    daten=lambda welt: {"titel": "Überschrieben"},
                )
                for a in ARTEN
            ),
            _gemischt(get=True),
        ),
    ),
    Zeile(
        "gremien:top_verschieben",
        (
            *(
                fall(
                    a,
                    _top(a, a),
                    post=bearbeiten(a, ERLAUBT),
                    daten=lambda welt: {"richtung": "runter"},
                )
                for a in ARTEN
            ),
            _gemischt(get=False),
        ),
    ),
    _editierzeile("gremien:teilnahme", daten=lambda welt: {"gaeste": "Gast der Matrix"}),
    _editierzeile("gremien:protokoll"),
    _editierzeile("gremien:freigeben", get=False, grund="gibt den Protokollentwurf frei"),
    _editierzeile("gremien:einladen", get=False, grund="verschickt E-Mails an alle Mitglieder"),
    _editierzeile("gremien:beschluss_neu", daten=lambda welt: {"text": "Beschluss der Matrix"}),
    _editierzeile(
        "gremien:aufgabe_neu",
        daten=lambda welt: {"was": "Aufgabe der Matrix", "traeger": welt.o["A"].pk},
    ),
    _editierzeile("gremien:anhang_neu", get=False),
    Zeile(
        "gremien:einladung_drucken",
        tuple(fall(a, pk(f"sitzung_{a}_entwurf"), get=lesen(a)) for a in ARTEN),
        grund="die Einladung (Tagesordnung) lesen alle, die das Gremium lesen",
    ),
    Zeile(
        "gremien:protokoll_drucken",
        tuple(
            fall(
                n,
                pk(f"sitzung_{n}"),
                get=lesen(a) if s == "frei" else erwarte((ENTWURF_LESER[a], 200), sonst=404),
            )
            for n, a, s in SITZUNGEN
        ),
        grund="ein Protokollentwurf ist nur für die, die ihn bearbeiten, und die Administration "
        "(sonst 404)",
    ),
    Zeile(
        "gremien:aufgabe_status",
        (
            # The own Gremium's task is assigned to the Fachkraft, a member: every reader
            # of that Gremium (Koordination, Verwaltung, the assignee) may tick it off.
            fall(
                "eigen",
                pk("aufgabe_eigen"),
                post=erwarte((GREMIUM_LESER["eigen"], ERLAUBT), sonst=404),
                daten=lambda welt: {"status": "erledigt"},
            ),
            *(
                fall(
                    a,
                    pk(f"aufgabe_{a}"),
                    post=bearbeiten(a, ERLAUBT),
                    daten=lambda welt: {"status": "erledigt"},
                )
                for a in ("fremd", "offen")
            ),
        ),
    ),
    Zeile(
        "gremien:anhang",
        tuple(
            fall(
                a, lambda welt, rolle, a=a: {"uid": welt.o[f"anhang_{a}_entwurf"].uid}, get=lesen(a)
            )
            for a in ARTEN
        ),
        grund="Anhänge nur über diese URL, mit denselben Rechten wie die Sitzung",
    ),
    Zeile("gremien:kalender", (fall("ohne", get=fuer_alle(200)),)),
    Zeile(
        "gremien:kalender_meine",
        (
            fall(
                "eigener_token",
                lambda welt, rolle: {"token": _token(welt, rolle)},
                get=fuer_alle(200, anonym=200),
                sicht_von=eigen_oder,
            ),
            fall(
                "token_inaktiv",
                lambda welt, rolle: {"token": welt.tokens["inaktiv"]},
                get=fuer_alle(404, anonym=404),
            ),
            fall(
                "token_unbekannt",
                lambda welt, rolle: {"token": "gibt-es-nicht"},
                get=fuer_alle(404, anonym=404),
            ),
        ),
        grund="Kalender-Apps können sich nicht anmelden: das Token steht für die Person",
    ),
    Zeile(
        "gremien:kalender_gremium",
        (
            *(
                fall(
                    f"eigener_token_{a}",
                    lambda welt, rolle, a=a: {
                        "token": _token(welt, rolle),
                        "pk": welt.o[f"gremium_{a}"].pk,
                    },
                    # The token's owner decides; anonymous visitors use the Fachkraft's.
                    get=erwarte(
                        (GREMIUM_LESER[a], 200),
                        sonst=404,
                        anonym=200 if "fachkraft" in GREMIUM_LESER[a] else 404,
                    ),
                    sicht_von=eigen_oder,
                )
                for a in ARTEN
            ),
            fall(
                "token_inaktiv",
                lambda welt, rolle: {
                    "token": welt.tokens["inaktiv"],
                    "pk": welt.o["gremium_offen"].pk,
                },
                get=fuer_alle(404, anonym=404),
            ),
        ),
        grund="wie kalender_meine; ein Gremium, das die Person nicht lesen darf, gibt es nicht",
    ),
]
