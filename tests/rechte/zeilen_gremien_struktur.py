"""Rows of Gremien that work together (issue #16): the members page, adding, changing and
ending memberships (delegations and stand-ins among them), passing a Beschluss on.

As in zeilen_gremien.py: the members page is read by whoever reads the Gremium (404 for
the others); keeping the members and passing a Beschluss on is for those who edit the
Gremium (403 for its readers). A Beschluss is passed on from the Sitzung of its Gremium,
so the rule of the source Gremium decides; the target is one the user can see (the form's
choices).
"""

from django.utils import timezone

from .erwartung import ERLAUBT, Zeile, fall, pk
from .zeilen_gremien import ARTEN, bearbeiten, lesen


def _traeger_b(art: str):
    """Träger B's membership in the Gremium: ending or changing it touches nobody's rights."""

    def kwargs(welt, rolle):
        gremium = welt.o[f"gremium_{art}"]
        return {"pk": gremium.mitgliedschaften.get(traeger=welt.o["B"], person=None).pk}

    return kwargs


def _beschluss(art: str):
    return lambda welt, rolle: {"pk": welt.o[f"sitzung_{art}_entwurf"].beschluesse.get().pk}


def _mitglied_daten(welt) -> dict:
    return {"traeger": welt.o["B"].pk, "rolle": "gast"}


ZEILEN = [
    Zeile(
        "gremien:mitglieder",
        tuple(fall(a, pk(f"gremium_{a}"), get=lesen(a)) for a in ARTEN),
        grund="wer das Gremium liest, sieht seine Mitglieder, auch frühere",
    ),
    Zeile(
        "gremien:mitgliedschaft_neu",
        tuple(
            fall(
                a,
                pk(f"gremium_{a}", "gremium_pk"),
                get=bearbeiten(a),
                post=bearbeiten(a, ERLAUBT),
                daten=_mitglied_daten,
            )
            for a in ARTEN
        ),
    ),
    Zeile(
        "gremien:mitgliedschaft_bearbeiten",
        tuple(
            fall(
                a,
                _traeger_b(a),
                get=bearbeiten(a),
                post=bearbeiten(a, ERLAUBT),
                daten=_mitglied_daten,
            )
            for a in ARTEN
        ),
    ),
    Zeile(
        "gremien:mitgliedschaft_beenden",
        tuple(
            fall(
                a,
                _traeger_b(a),
                get=bearbeiten(a),
                post=bearbeiten(a, ERLAUBT),
                daten=lambda welt: {"bis": timezone.localdate().isoformat()},
            )
            for a in ARTEN
        ),
        grund="beendet mit der Mitgliedschaft ihre Delegationen und Vertretungen",
    ),
    Zeile(
        "gremien:beschluss_weitergeben",
        tuple(
            fall(
                a,
                _beschluss(a),
                get=bearbeiten(a),
                post=bearbeiten(a, ERLAUBT),
                daten=lambda welt: {
                    "ziel_gremium": welt.o["gremium_offen"].pk,
                    "titel": "Weitergabe der Matrix",
                },
            )
            for a in ARTEN
        ),
        grund="weitergeben darf, wer das Gremium des Beschlusses bearbeitet",
    ),
]
