"""Rows of the rights screen (traeger/views/rechte.py): the Jugendamt-Administration only.

Design (docs/rechte.md): whoever may manage users (``sozialraum.change_user``: the
Jugendamt-Administration, a superuser) reads every account and assigns roles, Träger and
Sozialräume; every view answers 403 to everybody else. An administration scoped to her
Jugendamt (``bezirk``) assigns Träger and Sozialräume within it only: a Träger of the other
Jugendamt is refused (403), a Sozialraum there is no choice of her form (shown again with
the error, nothing changes); she assigns no Jugendämter (403) and cannot take the role from
an administration reaching beyond her Jugendamt. The POST bodies are valid and try to
escalate: the requester makes herself Jugendamt-Administration, Redaktion of a Träger,
Koordination of a Sozialraum, administration of a Jugendamt. Refused, they must change
nothing.
"""

from sozialraum.zugang.rollen import JUGENDAMT_ADMINISTRATION

from .erwartung import ERLAUBT, WEITER, Zeile, eigen_oder, erwarte, fall
from .welt import ADMIN, BEZIRK, TRAEGER_BEARBEITER, UEBERALL, VERWALTUNG

VERWALTUNG_200 = erwarte((VERWALTUNG, 200), sonst=403)
VERWALTUNG_ERLAUBT = erwarte((VERWALTUNG, ERLAUBT), sonst=403)
GRUND = "nur wer Benutzer verwalten darf (sozialraum.change_user); sonst 403"


def _person(wer: str | None):
    """kwargs for a person: ``wer``, or None for the one who asks (herself)."""
    return lambda welt, rolle: {"pk": welt.nutzer[wer or eigen_oder(rolle)].pk}


# Reading: another person's page. Changing: the requester tries it on herself.
ANDERE = (("kollegin", _person("kollegin")),)
SELBST = (("sich_selbst", _person(None)),)


def _rollen(*namen):
    def daten(welt) -> dict:
        from django.contrib.auth.models import Group

        return {"rollen": [g.pk for g in Group.objects.filter(name__in=namen)]}

    return daten


def _zeile(name: str, get: bool, **weiteres) -> Zeile:
    return Zeile(
        name,
        tuple(
            fall(
                n,
                kw,
                get=VERWALTUNG_200 if get else None,
                post=None if get else VERWALTUNG_ERLAUBT,
                **weiteres,
            )
            for n, kw in (ANDERE if get else SELBST)
        ),
        grund=GRUND,
    )


def _traeger(kurz: str):
    return fall(
        f"sich_selbst_{kurz}",
        _person(None),
        post=erwarte((TRAEGER_BEARBEITER[kurz] & VERWALTUNG, ERLAUBT), sonst=403),
        daten=lambda welt: {"traeger": welt.o[kurz].pk},
    )


def _sozialraum(gebiet: str, **weiteres):
    return fall(
        f"sich_selbst_{gebiet}",
        _person(None),
        daten=lambda welt: {"sozialraeume": [welt.o[f"sozialraum_{gebiet}"].pk]},
        **weiteres,
    )


ZEILEN = [
    Zeile("traeger:rechte", (fall("ohne", get=VERWALTUNG_200),)),
    _zeile("traeger:rechte_person", get=True),
    _zeile("traeger:rechte_traeger_suche", get=True, query=lambda welt: {"suche": "Matrix"}),
    Zeile(
        "traeger:rechte_rollen",
        (
            fall(
                "sich_selbst",
                _person(None),
                post=VERWALTUNG_ERLAUBT,
                daten=_rollen(JUGENDAMT_ADMINISTRATION),
            ),
            # Taking the role from the administration of the whole registry: a superuser
            # may; she herself may not (no lock-out), nor may a scoped one (docs/rechte.md).
            fall(
                "admin_entziehen",
                _person(ADMIN),
                post=erwarte((UEBERALL - {ADMIN}, ERLAUBT), ({ADMIN, BEZIRK}, WEITER), sonst=403),
                daten=_rollen(),
                ohne_wirkung=frozenset({ADMIN, BEZIRK}),
            ),
        ),
        grund=GRUND + "; die Rolle einer Administration über ihr Jugendamt hinaus nimmt eine "
        "beschränkte nicht (Meldung, keine Änderung)",
    ),
    Zeile(
        "traeger:rechte_traeger",
        (_traeger("A"), _traeger("B")),
        grund=GRUND + "; eine beschränkte Administration nur für Träger ihres Jugendamts",
    ),
    Zeile(
        "traeger:rechte_jugendaemter",
        (
            fall(
                "sich_selbst",
                _person(None),
                post=erwarte((UEBERALL, ERLAUBT), sonst=403),
                daten=lambda welt: {"jugendaemter": [welt.o["jugendamt_fremd"].pk]},
            ),
        ),
        grund="Jugendämter vergibt nur eine Administration ohne Beschränkung; sonst 403",
    ),
    Zeile(
        "traeger:rechte_sozialraeume",
        (
            _sozialraum("eigen", post=VERWALTUNG_ERLAUBT),
            _sozialraum(
                "fremd",
                post=erwarte((UEBERALL, ERLAUBT), (VERWALTUNG, 200), sonst=403),
                ohne_wirkung=frozenset({BEZIRK}),
            ),
        ),
        grund=GRUND + "; einen Sozialraum außerhalb ihres Jugendamts bietet das Formular einer "
        "beschränkten Administration nicht an (Fehler, keine Änderung)",
    ),
]
