"""Rows of the rights screen (traeger/views_rechte.py): the Jugendamt-Administration only.

Design: whoever may manage users (``sozialraum.change_user``: the Jugendamt-Administration,
a superuser) assigns roles, Träger and Sozialräume; every view answers 403 to everybody
else. The POST bodies are valid and try to escalate: the requester makes herself
Jugendamt-Administration, Redaktion of the foreign Träger, Koordination of the foreign
Sozialraum. Refused, they must change nothing.
"""

from .erwartung import ERLAUBT, Zeile, eigen_oder, erwarte, fall
from .welt import VERWALTUNG

VERWALTUNG_200 = erwarte((VERWALTUNG, 200), sonst=403)
VERWALTUNG_ERLAUBT = erwarte((VERWALTUNG, ERLAUBT), sonst=403)


def _person(wer: str | None):
    """kwargs for a person: ``wer``, or None for the one who asks (herself)."""
    return lambda welt, rolle: {"pk": welt.nutzer[wer or eigen_oder(rolle)].pk}


# Reading: another person's page. Changing: the requester tries it on herself.
ANDERE = (("kollegin", _person("kollegin")),)
SELBST = (("sich_selbst", _person(None)),)


def _rolle_admin(welt) -> dict:
    from django.contrib.auth.models import Group

    from sozialraum.rollen import JUGENDAMT_ADMINISTRATION

    return {"rollen": [Group.objects.get(name=JUGENDAMT_ADMINISTRATION).pk]}


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
        grund="nur wer Benutzer verwalten darf (sozialraum.change_user); sonst 403",
    )


ZEILEN = [
    Zeile("traeger:rechte", (fall("ohne", get=VERWALTUNG_200),)),
    _zeile("traeger:rechte_person", get=True),
    _zeile("traeger:rechte_traeger_suche", get=True, query=lambda welt: {"suche": "Matrix"}),
    _zeile("traeger:rechte_rollen", get=False, daten=_rolle_admin),
    _zeile("traeger:rechte_traeger", get=False, daten=lambda welt: {"traeger": welt.o["B"].pk}),
    _zeile(
        "traeger:rechte_sozialraeume",
        get=False,
        daten=lambda welt: {"sozialraeume": [welt.o["sozialraum_fremd"].pk]},
    ),
]
