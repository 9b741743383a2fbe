"""Extension points of the Gremien pages for higher floors (sozialraum/erweiterungen/).

``TOP_VERWEISE``: ``funktion(request, sitzung, tops)`` returns ``None`` or a dict
``{top_pk: [{"text": …, "url": …}, …]}``: links shown under each agenda item of the Sitzung
page, such as the measure a TOP discussed or "turn this outcome into entries". The function
sees only TOPs the user may read and decides itself what she may follow.
"""

from sozialraum.erweiterungen import Erweiterungspunkt

TOP_VERWEISE = Erweiterungspunkt("Verweise an Tagesordnungspunkten")


def top_verweise(request, sitzung, tops) -> dict[int, list[dict]]:
    verweise: dict[int, list[dict]] = {}
    for beitrag in TOP_VERWEISE.sammeln(request, sitzung, tops):
        for top_pk, links in beitrag.items():
            verweise.setdefault(top_pk, []).extend(links)
    return verweise
