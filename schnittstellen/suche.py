"""``GET /api/v1/angebote/``: the search of the start page, as JSON.

The same entry point as the HTML search (angebote/views/finden.py ``suche``): the parameters go
through the same FilterSet (``angebote.filters.AngebotFilter`` over the published offers),
the text through ``angebote.suche.search.suchen``, the facets through
``facetten_zaehlen``, 20 results a page numbered the same way (a page beyond the last gives
the last, as the HTML paginator does). So the API finds what the page finds, in the same
order. Two differences, both for machines: a filter value the form refuses is a 422 naming
it (the page ignores invalid filters and shows everything), and there are no suggestions
for an empty result.
"""

from typing import Annotated, Literal

from django.http import QueryDict
from ninja import Query, Router

from angebote.filters import AngebotFilter
from angebote.models import Angebot
from angebote.suche.eingang import (
    PRO_SEITE,
    BekannteAnzahl,
    korrigieren_aus,
    suchtext,
    verstehen_und_zaehlen,
)
from angebote.suche.search import suchen
from sozialraum.zugang.api import formularfehler

from . import ausgabe
from .schemas import Fehler, Suchergebnis

router = Router(tags=["Suche"])

GROESSTE_ID = 2**63 - 1
# The parameters of the HTML search, each as the FilterSet takes it (angebote/filters.py).
MEHRFACH = ("kategorie", "zielgruppe")
ANKREUZEN = ("genau", "jetzt", "kostenfrei", "barrierefrei", "ohne_anmeldung", "geprueft")


def _filterdaten(werte: dict) -> QueryDict:
    """The validated parameters as the search form's data: lists as repeated values, a
    ticked checkbox as the browser sends it ("on"), unset ones left out."""
    daten = QueryDict(mutable=True)
    for name, wert in werte.items():
        if wert in (None, "", False, []):
            continue
        if name in MEHRFACH:
            daten.setlist(name, [str(w) for w in wert])
        elif name in ANKREUZEN:
            daten[name] = "on"
        else:
            daten[name] = str(wert)
    return daten


def _facette(objekte, wert) -> list[dict]:
    return [{"wert": wert(o), "name": o.name, "anzahl": o.n} for o in objekte]


@router.get(
    "/angebote/",
    response={200: Suchergebnis, 401: Fehler, 422: Fehler, 429: Fehler},
    url_name="angebote",
    summary="Angebote suchen (wie die Startseite)",
)
def angebote_suchen(
    request,
    q: Annotated[str, Query(description="Suchtext (die ersten 200 Zeichen zählen)")] = "",
    genau: Annotated[
        bool,
        Query(description="Tippfehler nicht verbessern: der Suchtext genau wie geschrieben"),
    ] = False,
    gebiet: Annotated[
        str, Query(description="Gebiet wie in der Suche: j-, r-, s- oder q- und der Schlüssel")
    ] = "",
    kategorie: Annotated[
        list[str], Query(description="Kürzel einer Kategorie, mehrfach möglich")
    ] = (),
    zielgruppe: Annotated[
        list[str], Query(description="Kürzel einer Zielgruppe, mehrfach möglich")
    ] = (),
    alter: Annotated[
        int | None, Query(ge=0, le=120, description="Alter des Kindes / der Person")
    ] = None,
    wochentag: Annotated[
        int | None, Query(ge=0, le=6, description="0 = Montag … 6 = Sonntag")
    ] = None,
    tageszeit: Literal["vormittags", "nachmittags", "abends"] | None = None,
    uhrzeit_von: Annotated[
        str,
        Query(
            description=(
                "geöffnet ab dieser Uhrzeit (HH:MM, z. B. 15:00; auch 15, 1500, 15 Uhr): ein "
                "Termin, der nach ihr endet; mit wochentag an diesem Tag"
            ),
            examples=["15:00"],
        ),
    ] = "",
    uhrzeit_bis: Annotated[
        str,
        Query(
            description=(
                "geöffnet vor dieser Uhrzeit (HH:MM, nach uhrzeit_von): ein Termin, der vor ihr "
                "beginnt; mit tageszeit zusammen gilt die Schnittmenge"
            ),
            examples=["18:00"],
        ),
    ] = "",
    jetzt: Annotated[bool, Query(description="jetzt geöffnet")] = False,
    sprache: Annotated[str, Query(description="ISO-639-1-Code, z. B. tr")] = "",
    kostenfrei: bool = False,
    barrierefrei: bool = False,
    ohne_anmeldung: bool = False,
    geprueft: Annotated[bool, Query(description="geprüft im Prüfintervall (12 Monate)")] = False,
    traeger: Annotated[
        int | None, Query(ge=1, le=GROESSTE_ID, description="pk eines Trägers")
    ] = None,
    sortierung: Literal["relevanz", "name", "aktualitaet"] = "relevanz",
    seite: Annotated[int, Query(ge=1, le=GROESSTE_ID)] = 1,
):
    werte = {
        "q": q,
        "genau": genau,
        "gebiet": gebiet,
        "kategorie": list(kategorie),
        "zielgruppe": list(zielgruppe),
        "alter": alter,
        "wochentag": wochentag,
        "tageszeit": tageszeit,
        "uhrzeit_von": uhrzeit_von,
        "uhrzeit_bis": uhrzeit_bis,
        "jetzt": jetzt,
        "sprache": sprache,
        "kostenfrei": kostenfrei,
        "barrierefrei": barrierefrei,
        "ohne_anmeldung": ohne_anmeldung,
        "geprueft": geprueft,
        "traeger": traeger,
    }
    filterset = AngebotFilter(_filterdaten(werte), queryset=Angebot.objects.veroeffentlicht())
    if not filterset.is_valid():
        raise formularfehler(filterset.form)
    text = suchtext(filterset)
    anfrage, facetten = verstehen_und_zaehlen(
        text, filterset.qs, sortierung, korrigieren_aus(filterset)
    )
    treffer, _anfrage = suchen(text, filterset.qs, sortierung, anfrage=anfrage)
    seiten = BekannteAnzahl(
        treffer.values_list("pk", flat=True), PRO_SEITE, facetten["gesamt"]
    ).get_page(seite)
    erste = facetten["erste_seite"]["ids"]
    ids = erste[:PRO_SEITE] if seiten.number == 1 else list(seiten.object_list)
    karten = Angebot.objects.veroeffentlicht().fuer_liste().in_bulk(ids)
    return {
        "anzahl": facetten["gesamt"],
        "seiten": ausgabe.seiten(seiten),
        "anfrage": {
            "text": anfrage.text,
            "korrekturen": anfrage.korrekturen,
            "vorschlaege": anfrage.vorschlaege,
            "unbekannt": anfrage.unbekannt,
        },
        "ergebnisse": [ausgabe.angebot_kurz(karten[pk]) for pk in ids if pk in karten],
        "facetten": {
            "kategorie": _facette(facetten["kategorie"], lambda o: o.slug),
            "zielgruppe": _facette(facetten["zielgruppe"], lambda o: o.slug),
            "sprache": _facette(facetten["sprache"], lambda o: o.code),
            "gebiet": _facette(facetten["gebiet"], lambda o: f"s-{o.schluessel}"),
            "jugendamt": _facette(facetten["jugendamt"], lambda o: f"j-{o.schluessel}"),
            "traeger": _facette(facetten["traeger"], lambda o: str(o.pk)),
        },
    }
