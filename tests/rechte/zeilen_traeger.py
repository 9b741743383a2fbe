"""Rows of the Träger floor: Träger and Einrichtung pages and their editing, Vernetzung.

Design (traeger/permissions.py, traeger/views/redaktion.py): every logged-in user reads
Träger and Einrichtungen; whoever may edit the Träger (its Redaktion via guardian, the
Jugendamt-Administration, one scoped to a Jugendamt only for Träger working there) edits it,
its Einrichtungen and Ansprechpersonen; everybody else gets 403 (the Träger is visible to
all, there is nothing to hide). The Vernetzung pages
need a role. A contact someone may not see does not exist for her (404); one she may see
but not edit answers 403; only the recorder edits. "nur ich" means the recorder only, for
the Jugendamt-Administration and a superuser too.
"""

from django.utils import timezone

from .erwartung import ERLAUBT, WEITER, Zeile, eigen_oder, erwarte, fall, fuer_alle, pk
from .welt import FACHKRAFT, MIT_ROLLE, NIEMAND, REDAKTION, TRAEGER_BEARBEITER


def _kontakt(wer: str | None, sicht: str):
    """The contact recorded by ``wer`` (None: by the one who asks) with ``sicht``."""

    def kwargs(welt, rolle):
        return {"pk": welt.kontakte[wer or eigen_oder(rolle), sicht].pk}

    return kwargs


# (case, kwargs, who sees it, who edits it); own contacts: everybody with a role.
KONTAKTE = [
    ("eigen_privat", _kontakt(None, "privat"), MIT_ROLLE, MIT_ROLLE),
    ("eigen_traeger", _kontakt(None, "traeger"), MIT_ROLLE, MIT_ROLLE),
    ("eigen_alle", _kontakt(None, "alle"), MIT_ROLLE, MIT_ROLLE),
    ("fremd_privat", _kontakt("verschwiegen", "privat"), NIEMAND, NIEMAND),
    ("kollegin_traeger", _kontakt("kollegin", "traeger"), {FACHKRAFT, REDAKTION}, NIEMAND),
    ("fremd_traeger", _kontakt("fremde_fachkraft", "traeger"), NIEMAND, NIEMAND),
    ("fremd_alle", _kontakt("fremde_fachkraft", "alle"), MIT_ROLLE, NIEMAND),
]
# Editing does not depend on the Sichtbarkeit of an own contact: one of them is enough there.
KONTAKTE_BEARBEITEN = [k for k in KONTAKTE if k[0] not in ("eigen_traeger", "eigen_alle")]


def _kontaktdaten(welt) -> dict:
    """A valid contact form: if a check were missing, the POST would change data."""
    return {
        "traeger": [welt.o["B"].pk],
        "thema": "Geändert durch die Matrix",
        "art": "treffen",
        "sichtbarkeit": "alle",
        "datum": timezone.localdate().isoformat(),
        "sozialraum": welt.o["sozialraum_eigen"].pk,
    }


def _sozialraum(gebiet: str):
    return lambda welt, rolle: {"schluessel": welt.o[f"sozialraum_{gebiet}"].schluessel}


NUR_MIT_ROLLE = erwarte((MIT_ROLLE, 200), sonst=403)


def _je_sozialraum(name: str, gebiete=("eigen", "fremd")) -> Zeile:
    return Zeile(
        name,
        tuple(fall(g, _sozialraum(g), get=NUR_MIT_ROLLE) for g in gebiete),
        grund="jede Rolle; gezeigt wird nur, was sie sehen darf",
    )


def _redaktion(name: str, objekt: str, argument: str = "pk") -> Zeile:
    """An editing page of Träger A's or B's data: for its editors, else 403."""
    return Zeile(
        name,
        tuple(
            fall(
                kurz,
                pk(objekt.format(kurz=kurz), argument),
                get=erwarte((TRAEGER_BEARBEITER[kurz], 200), sonst=403),
                post=erwarte((TRAEGER_BEARBEITER[kurz], ERLAUBT), sonst=403),
            )
            for kurz in ("A", "B")
        ),
        grund="Redaktion des Trägers und Jugendamt-Administration (ihres Jugendamts); sonst 403",
    )


ZEILEN = [
    Zeile(
        "traeger:traeger",
        tuple(fall(k, pk(k), get=fuer_alle(200)) for k in ("A", "B")),
        grund="jede angemeldete Person liest Träger",
    ),
    Zeile(
        "traeger:einrichtung",
        tuple(fall(k, pk(f"einrichtung_{k}"), get=fuer_alle(200)) for k in ("A", "B")),
    ),
    _redaktion("traeger:traeger_bearbeiten", "{kurz}"),
    _redaktion("traeger:einrichtung_neu", "{kurz}", "traeger_pk"),
    _redaktion("traeger:einrichtung_bearbeiten", "einrichtung_{kurz}"),
    _redaktion("traeger:ansprechperson_neu", "{kurz}", "traeger_pk"),
    _redaktion("traeger:ansprechperson_bearbeiten", "person_{kurz}_intern"),
    # Vernetzung
    Zeile("traeger:kontakte", (fall("ohne", get=NUR_MIT_ROLLE),)),
    Zeile(
        "traeger:kontakt_neu",
        (
            fall(
                "ohne",
                get=NUR_MIT_ROLLE,
                post=erwarte((MIT_ROLLE, ERLAUBT), sonst=403),
                daten=_kontaktdaten,
            ),
        ),
    ),
    Zeile(
        "traeger:kontakt",
        tuple(fall(n, kw, get=erwarte((sehen, 200), sonst=404)) for n, kw, sehen, _b in KONTAKTE),
        grund="Kontakte, die jemand nicht sehen darf, gibt es für sie nicht (404)",
    ),
    Zeile(
        "traeger:kontakt_bearbeiten",
        tuple(
            fall(
                n,
                kw,
                get=erwarte((bearbeiten, 200), (sehen, 403), sonst=404),
                post=erwarte((bearbeiten, ERLAUBT), (sehen, 403), sonst=404),
                daten=_kontaktdaten,
            )
            for n, kw, sehen, bearbeiten in KONTAKTE_BEARBEITEN
        ),
        grund="nur wer den Kontakt erfasst hat; wer ihn nur sehen darf: 403",
    ),
    Zeile(
        "traeger:wiedervorlage_erledigt",
        tuple(
            fall(n, kw, post=erwarte((bearbeiten, ERLAUBT), (sehen, 403), sonst=404))
            for n, kw, sehen, bearbeiten in KONTAKTE_BEARBEITEN
        ),
        grund="Wiedervorlage abhaken ändert den Kontakt: nur wer ihn erfasst hat",
    ),
    _je_sozialraum("traeger:kontakte_sozialraum", ("eigen",)),
    Zeile(
        "traeger:netzwerk_waehlen",
        (
            fall(
                "sozialraum",
                get=erwarte((MIT_ROLLE, WEITER), sonst=403),
                query=lambda welt: {"sozialraum": welt.o["sozialraum_fremd"].schluessel},
            ),
            fall("ohne", get=erwarte((MIT_ROLLE, 200), sonst=403)),
        ),
        grund="leitet zur Netzwerkseite des gewählten Sozialraums weiter; ohne: die Auswahl",
    ),
    _je_sozialraum("traeger:netzwerk"),
    _je_sozialraum("traeger:netzwerk_export", ("eigen",)),
]
