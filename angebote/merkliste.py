"""The Merkliste: offers a Fachkraft collects for a family, in named lists of her own.

The lists are stored (angebote/models/merkliste.py) and belong to her account: they survive
logging out, and nobody else sees them (another person's list id answers 404). Of her lists
one is active: "Merken" adds to it, the search shows which offers are on it, and the pages,
the handout and the downloads take it unless ``?liste=<id>`` names another of hers. The
first list, "Merkliste", is created when she first notes an offer.

Only logged-in users have a Merkliste (the search needs a login, tests/rechte/oeffentlich.py).
What the session held before lists were stored is not carried over.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sozialraum.werkzeuge.felder import objekt_oder_404

from .models import Angebot, Merkliste, Merklisteneintrag

GROESSE = 50  # offers on one list: a handout, not a database
LISTEN_HOECHSTENS = 20  # lists of one person
PARAMETER = "liste"  # ?liste=<id> on the pages and downloads of a list
_ZWISCHENSPEICHER = "_merkliste_aktiv"  # on the request: the active list and its ids


def standardname() -> str:
    return _("Merkliste")


def eigene(user):
    """Her lists, with the number of published offers on each (what their pages show)."""
    if not user.is_authenticated:
        return Merkliste.objects.none()
    return Merkliste.objects.filter(owner=user).annotate(
        anzahl=Count(
            "eintraege", filter=Q(eintraege__angebot__status=Angebot.Status.VEROEFFENTLICHT)
        )
    )


def eigene_oder_404(user, wert) -> Merkliste:
    """One of her lists by its id (from a URL or a form, so anything); else 404."""
    return objekt_oder_404(eigene(user), wert)


def aktive(user, *, anlegen: bool = False) -> Merkliste | None:
    """Her active list; with ``anlegen`` created ("Merkliste") or chosen if she has none."""
    if not user.is_authenticated:
        return None
    # The active one; lists but none active (not left so by this module): the newest,
    # made active when she notes something.
    liste = Merkliste.objects.filter(owner=user).order_by("-aktiv", "-updated_at", "-pk").first()
    if (liste is not None and liste.aktiv) or not anlegen:
        return liste
    with transaction.atomic():
        if liste is None:
            # Two first clicks at once: the second finds the list the first created.
            liste, _neu = Merkliste.objects.get_or_create(
                owner=user, name=standardname(), defaults={"aktiv": True}
            )
        if not liste.aktiv:
            aktivieren(liste)
    return liste


def aus_anfrage(request) -> Merkliste | None:
    """The list a page or download shows: ``?liste=`` (hers, else 404) or the active one."""
    wert = request.GET.get(PARAMETER)
    if wert:
        return eigene_oder_404(request.user, wert)
    return aktive(request.user)


def aktivieren(liste: Merkliste) -> None:
    """Make ``liste`` her active list (one at a time, also with two tabs at once)."""
    with transaction.atomic():
        # Lock her lists: two switches at once would both leave one active.
        list(Merkliste.objects.select_for_update().filter(owner_id=liste.owner_id).values("pk"))
        # update(), not save(): choosing a list is no edit of its name (updated_at stays).
        Merkliste.objects.filter(owner_id=liste.owner_id, aktiv=True).exclude(pk=liste.pk).update(
            aktiv=False
        )
        Merkliste.objects.filter(pk=liste.pk).update(aktiv=True)
    liste.aktiv = True


def ids(request) -> list[int]:
    """The published offers on her active list, in her order (kept for the request)."""
    return _aktiv_mit_ids(request)[1]


def aktiver_name(request) -> str:
    liste = _aktiv_mit_ids(request)[0]
    return liste.name if liste is not None else standardname()


def _aktiv_mit_ids(request) -> tuple[Merkliste | None, list[int]]:
    gemerkt = getattr(request, _ZWISCHENSPEICHER, None)
    if gemerkt is None:
        liste = aktive(request.user)
        gemerkt = (liste, _angebot_ids(liste) if liste is not None else [])
        setattr(request, _ZWISCHENSPEICHER, gemerkt)
    return gemerkt


def _angebot_ids(liste: Merkliste) -> list[int]:
    return list(
        liste.eintraege.filter(angebot__status=Angebot.Status.VEROEFFENTLICHT).values_list(
            "angebot_id", flat=True
        )
    )


@dataclass(frozen=True)
class Ergebnis:
    """What noting or un-noting did: on the list afterwards, which list, and the sentence
    for the live region and the message ("Zur Merkliste „X“ hinzugefügt.")."""

    drauf: bool
    liste: Merkliste
    meldung: str
    voll: bool = False


def hinzufuegen(liste: Merkliste, angebot: Angebot) -> Ergebnis:
    with transaction.atomic():
        # Lock the list: two additions at once must not pass the size limit together.
        Merkliste.objects.select_for_update().filter(pk=liste.pk).exists()
        eintraege = liste.eintraege.all()
        if eintraege.filter(angebot=angebot).exists():
            return Ergebnis(True, liste, _hinzugefuegt(liste))
        if eintraege.count() >= GROESSE:
            meldung = ngettext(
                "Die Merkliste „%(name)s“ ist voll (höchstens %(n)d Angebot). Bitte legen Sie "
                "eine neue Liste an.",
                "Die Merkliste „%(name)s“ ist voll (höchstens %(n)d Angebote). Bitte legen Sie "
                "eine neue Liste an.",
                GROESSE,
            ) % {"name": liste.name, "n": GROESSE}
            return Ergebnis(False, liste, meldung, voll=True)
        position = (eintraege.aggregate(p=Max("position"))["p"] or 0) + 1
        try:
            with transaction.atomic():
                Merklisteneintrag.objects.create(liste=liste, angebot=angebot, position=position)
        except IntegrityError:  # added a moment ago by a double click
            pass
    return Ergebnis(True, liste, _hinzugefuegt(liste))


def entfernen(liste: Merkliste, angebot: Angebot) -> Ergebnis:
    liste.eintraege.filter(angebot=angebot).delete()
    meldung = _("Von der Merkliste „%(name)s“ entfernt.") % {"name": liste.name}
    return Ergebnis(False, liste, meldung)


def _hinzugefuegt(liste: Merkliste) -> str:
    return _("Zur Merkliste „%(name)s“ hinzugefügt.") % {"name": liste.name}


def umschalten(request, angebot: Angebot, aktion: str = "") -> Ergebnis:
    """Note or un-note ``angebot`` on her active list (created on first use).

    ``aktion`` ("hinzufuegen"/"entfernen", from the button she pressed) says what she
    wants, so that a double click or a second tab cannot undo it; without it: toggle.
    """
    liste = aktive(request.user, anlegen=True)
    if aktion not in ("hinzufuegen", "entfernen"):
        drauf = liste.eintraege.filter(angebot=angebot).exists()
        aktion = "entfernen" if drauf else "hinzufuegen"
    ergebnis = hinzufuegen(liste, angebot) if aktion == "hinzufuegen" else entfernen(liste, angebot)
    setattr(request, _ZWISCHENSPEICHER, None)
    return ergebnis


def leeren(liste: Merkliste) -> int:
    return liste.eintraege.all().delete()[0]


def loeschen(liste: Merkliste) -> None:
    """Delete the list; if it was the active one, her most recently renamed or created
    remaining list becomes active."""
    with transaction.atomic():
        war_aktiv = Merkliste.objects.filter(pk=liste.pk, aktiv=True).exists()
        liste.delete()
        if war_aktiv:
            naechste = (
                Merkliste.objects.filter(owner_id=liste.owner_id)
                .order_by("-updated_at", "-pk")
                .first()
            )
            if naechste is not None:
                aktivieren(naechste)


def anlegen(user, name: str) -> Merkliste:
    """A new list, which becomes the active one (she names a list to start collecting)."""
    with transaction.atomic():
        liste = Merkliste.objects.create(owner=user, name=name)
        aktivieren(liste)
    return liste


def gemerkte(request, liste: Merkliste | None = None) -> list:
    """The published offers on a list (default: the one ``aus_anfrage`` names), in the order
    she noted them, with what a list shows. An offer no longer published drops out."""
    if liste is None:
        liste = aus_anfrage(request)
    if liste is None:
        return []
    reihe = _angebot_ids(liste)
    angebote = Angebot.objects.veroeffentlicht().fuer_liste().in_bulk(reihe)
    return [angebote[i] for i in reihe if i in angebote]


def telefone(angebot: Angebot) -> list[tuple[str, str]]:
    """The numbers a family calls, each with whose it is (for the handout).

    Each place where the offer runs with its own number; the offer's own "Telefon für
    Rückfragen" beside them; the Träger's head office, named as such, only if neither
    exists.
    """
    orte = [(o.telefon, o.name) for o in angebot.einrichtungen.all() if o.telefon.strip()]
    weitere = weiteres_telefon(angebot)
    return orte + ([weitere] if weitere and weitere[0] else [])


def weiteres_telefon(angebot: Angebot) -> tuple[str, str] | None:
    """The handout's "Telefon" line beside the places' numbers (which stand with each
    place): the offer's own number if it is another one; else, if no place has a number,
    the Träger's head office; ("", "") if there is no number at all; None if the places'
    numbers are all there is."""
    an_orten = {o.telefon.strip() for o in angebot.einrichtungen.all() if o.telefon.strip()}
    eigenes = angebot.telefon.strip()
    if eigenes and eigenes not in an_orten:
        return angebot.telefon, _("für Rückfragen zum Angebot")
    if an_orten:
        return None
    if angebot.traeger.telefon.strip():
        return angebot.traeger.telefon, _("Geschäftsstelle des Trägers")
    return "", ""


# --- data-protection requests (sozialraum/datenschutz/anfragen.py) ---------------------------


def merklisten_von(benutzer_pks) -> int:
    return Merkliste.objects.filter(owner__in=benutzer_pks).count()


def merklisten_vorschau(person) -> list[str]:
    """What erasing the person does to her lists, for the data-protection preview."""
    if not person.benutzer_pks or not (n := merklisten_von(person.benutzer_pks)):
        return []
    return [
        ngettext(
            "%(n)d Merkliste wird mit ihren Einträgen gelöscht.",
            "%(n)d Merklisten werden mit ihren Einträgen gelöscht.",
            n,
        )
        % {"n": n}
    ]


def merklisten_loeschen(person) -> list[str]:
    """Her lists go with her account: they are her working notes, no curated data."""
    if not person.benutzer_pks:
        return []
    n = (
        Merkliste.objects.filter(owner__in=person.benutzer_pks)
        .delete()[1]
        .get(Merkliste._meta.label, 0)
    )
    return [_("Merklisten gelöscht: %(n)d.") % {"n": n}] if n else []
