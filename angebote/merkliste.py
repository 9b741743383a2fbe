"""The Merkliste: offers a Fachkraft collects while searching, kept in her session only."""

SCHLUESSEL = "merkliste"
GROESSE = 50


def ids(request) -> list[int]:
    return [int(i) for i in request.session.get(SCHLUESSEL, []) if str(i).isdigit()]


def umschalten(request, angebot_id: int) -> bool:
    """Add or remove; return whether the offer is on the list afterwards."""
    liste = ids(request)
    if angebot_id in liste:
        liste.remove(angebot_id)
        drauf = False
    else:
        liste = [*liste, angebot_id][-GROESSE:]
        drauf = True
    request.session[SCHLUESSEL] = liste
    return drauf


def leeren(request) -> None:
    request.session[SCHLUESSEL] = []


def gemerkte(request) -> list:
    """The published offers on her list, in the order she noted them, with what a list shows."""
    from .models import Angebot

    liste = ids(request)
    angebote = {
        a.pk: a
        for a in Angebot.objects.veroeffentlicht()
        .filter(pk__in=liste)
        .fuer_liste()
        .prefetch_related("kategorien")
    }
    return [angebote[i] for i in liste if i in angebote]
