"""Downloads of this floor: a Gremium's attendance statistics as CSV or Excel."""

from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from sozialraum.werkzeuge.tabellen import Tabelle, format_oder_404, herunterladen

from ..sitzung import anwesenheit
from .zugriff import gremium_fuer


@require_GET
def anwesenheit_herunterladen(request, pk: int, format: str):
    """For whoever reads the Gremium (else 404, as its page), the table of its page."""
    format_oder_404(format)
    gremium = gremium_fuer(request, pk)
    tabelle = Tabelle(
        _("Anwesenheit %(gremium)s") % {"gremium": gremium.name},
        anwesenheit.kopf(),
        anwesenheit.zeilen(gremium),
        [_("Anwesenheit"), gremium.name],
    )
    return herunterladen(tabelle, format)
