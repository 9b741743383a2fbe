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
