"""Rows of merging and splitting Träger (traeger/views/zusammenfuehren.py).

Design (docs/traeger-pflegen.md, "Träger zusammenführen und aufteilen"): only whoever holds
``traeger.zusammenfuehren_traeger`` and may edit both Träger merges or splits them: the
Jugendamt-Administration (and a superuser); one scoped to her Jugendamt (``bezirk``) only
Träger working there (A, and C made for the case, both in MJ1), so every case with B is
403 for her. Everybody else with a login gets 403, also the Träger-Redaktion of A (she
edits A, but curating the list of Träger is not hers): every logged-in user reads Träger,
so there is nothing to hide. An unknown Träger, or a merged Träger that A does not
remember, answers 404 to those who may split A.

The POSTs carry valid data (the conflict tokens of both Träger), so a missing check would
really merge or split: allowed, they end on the Träger page (redirect).
"""

from functools import reduce

from .erwartung import ERLAUBT, Zeile, erwarte, fall
from .welt import TRAEGER_BEARBEITER, VERWALTUNG

GRUND = (
    "nur wer Träger kuratiert (Jugendamt-Administration, beschränkt: beide Träger in ihrem "
    "Jugendamt); sonst 403"
)


def _kuratoren(*kurz: str) -> frozenset:
    """The administrations that may curate every one of these Träger (C lies where A does)."""
    return reduce(
        frozenset.intersection,
        (TRAEGER_BEARBEITER["A" if k == "C" else k] & VERWALTUNG for k in kurz),
    )


def _sehen(*kurz: str) -> dict:
    return erwarte((_kuratoren(*kurz), 200), sonst=403)


def _handeln(*kurz: str) -> dict:
    return erwarte((_kuratoren(*kurz), ERLAUBT), sonst=403)


def _dritter(client, welt) -> None:
    """Träger C: another Träger working in the own Sozialraum (Jugendamt MJ1), to merge
    with A or split A into within one Jugendamt."""
    from tests.factories import EinrichtungFactory, TraegerFactory

    welt.o["C"] = TraegerFactory(name="Drittträger Matrix e.V.")
    welt.o["C"].sozialraeume.add(welt.o["sozialraum_eigen"])
    EinrichtungFactory(traeger=welt.o["C"], name="Matrixhaus C", quartier=welt.o["quartier_eigen"])


def _stand(welt, kurz: str) -> str:
    from sozialraum.werkzeuge.konflikt import stand_von
    from traeger.models import Traeger

    return stand_von(Traeger.objects.get(pk=welt.o[kurz].pk))


def _paar(bleibt: str, geht: str):
    return lambda welt, rolle: {"pk": welt.o[bleibt].pk, "geht_pk": welt.o[geht].pk}


def _zusammenfuehren(bleibt: str, geht: str):
    return lambda welt: {"stand": _stand(welt, bleibt), "stand_anderer": _stand(welt, geht)}


def _aufteilen(kurz: str, **weiteres):
    def daten(welt):
        return {
            "einrichtungen": [welt.o[f"einrichtung_{kurz}"].pk],
            "stand": _stand(welt, kurz),
            "aktion": "aufteilen",
            **{k: (v(welt) if callable(v) else v) for k, v in weiteres.items()},
        }

    return daten


def _frueher_merken(client, welt) -> None:
    """A Träger merged into A earlier: deleted (its history kept), noted on A."""
    from tests.factories import TraegerFactory
    from traeger.models import Traeger

    frueher = TraegerFactory(name="Früherer Matrixträger", externe_id="MX-ALT")
    welt.o["frueher_id"] = frueher.pk
    frueher.delete()
    eintrag = {"id": welt.o["frueher_id"], "name": "Früherer Matrixträger", "quelle": ""}
    eintrag.update(externe_id="MX-ALT", einrichtungen=[welt.o["einrichtung_A"].pk])
    Traeger.objects.filter(pk=welt.o["A"].pk).update(zusammengefuehrt=[eintrag])


ZEILEN = [
    Zeile(
        "traeger:zusammenfuehren",
        tuple(fall(k, lambda welt, rolle, k=k: {"pk": welt.o[k].pk}, get=_sehen(k)) for k in "AB"),
        grund=GRUND,
    ),
    Zeile(
        "traeger:zusammenfuehren_vorschau",
        tuple(
            fall(
                f"{geht}_in_{bleibt}",
                _paar(bleibt, geht),
                get=_sehen(bleibt, geht),
                post=_handeln(bleibt, geht),
                daten=_zusammenfuehren(bleibt, geht),
                vorher=_dritter if "C" in (bleibt, geht) else None,
            )
            for bleibt, geht in (("A", "B"), ("B", "A"), ("A", "C"))
        ),
        grund=GRUND,
    ),
    Zeile(
        "traeger:aufteilen",
        tuple(fall(k, lambda welt, rolle, k=k: {"pk": welt.o[k].pk}, get=_sehen(k)) for k in "AB"),
        grund=GRUND,
    ),
    Zeile(
        "traeger:aufteilen_neu",
        tuple(
            fall(
                k,
                lambda welt, rolle, k=k: {"pk": welt.o[k].pk},
                get=_sehen(k),
                post=_handeln(k),
                daten=_aufteilen(k, name="Neuer Matrixträger", traegerschaft="frei", art="verein"),
            )
            for k in ("A", "B")
        ),
        grund=GRUND,
    ),
    Zeile(
        "traeger:aufteilen_an",
        tuple(
            fall(
                f"{von}_an_{nach}",
                lambda welt, rolle, von=von, nach=nach: {
                    "pk": welt.o[von].pk,
                    "ziel_pk": welt.o[nach].pk,
                },
                get=_sehen(von, nach),
                post=_handeln(von, nach),
                daten=_aufteilen(von, stand_anderer=lambda welt, nach=nach: _stand(welt, nach)),
                vorher=_dritter if "C" in (von, nach) else None,
            )
            for von, nach in (("A", "B"), ("B", "A"), ("A", "C"))
        ),
        grund=GRUND,
    ),
    Zeile(
        "traeger:aufteilen_wiederherstellen",
        (
            fall(
                "gemerkt",
                lambda welt, rolle: {"pk": welt.o["A"].pk, "frueher_pk": welt.o["frueher_id"]},
                get=_sehen("A"),
                post=_handeln("A"),
                daten=_aufteilen("A"),
                vorher=_frueher_merken,
            ),
            fall(
                "unbekannt",
                lambda welt, rolle: {"pk": welt.o["A"].pk, "frueher_pk": 2**40},
                get=erwarte((_kuratoren("A"), 404), sonst=403),
                post=erwarte((_kuratoren("A"), 404), sonst=403),
                daten=_aufteilen("A"),
            ),
        ),
        grund=GRUND + "; einen Träger, den A nicht vermerkt hat, gibt es hier nicht (404)",
    ),
]
