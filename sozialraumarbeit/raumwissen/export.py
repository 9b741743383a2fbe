"""An area's resources and barriers as CSV or XLSX (sozialraum/werkzeuge/tabellen.py writes
them, with its guard against formula injection), the rows of its page section."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from sozialraum.models import Quartier, Sozialraum
from sozialraum.werkzeuge.felder import objekt_oder_404
from sozialraum.werkzeuge.tabellen import Tabelle, format_oder_404, herunterladen

from .bereiche import eintraege_im_gebiet
from .permissions import darf_lesen

EBENEN = {"sozialraum": Sozialraum.objects.all(), "quartier": Quartier.objects.all()}


def _zeile(eintrag, typ: str, status: str) -> list:
    herkunft = str(eintrag.get_herkunft_display())
    if eintrag.sitzung_id:
        herkunft = f"{eintrag.sitzung.gremium.name}, {eintrag.sitzung}"
        if eintrag.top_id:
            herkunft += f", {eintrag.top.titel}"
    return [
        typ,
        str(eintrag.get_art_display()),
        eintrag.titel,
        eintrag.beschreibung,
        status,
        eintrag.sozialraum.name,
        eintrag.quartier.name if eintrag.quartier_id else "",
        eintrag.traeger.name if eintrag.traeger_id else "",
        eintrag.einrichtung.name if eintrag.einrichtung_id else "",
        herkunft,
        eintrag.zuletzt_geprueft,
    ]


@require_GET
def herunterladen_im_gebiet(request, ebene: str, schluessel: str, format: str):
    """Queries: the area, the barriers, the resources (each with what a row shows)."""
    format_oder_404(format)
    if not darf_lesen(request.user):
        raise PermissionDenied
    if ebene not in EBENEN:
        raise Http404
    gebiet = objekt_oder_404(EBENEN[ebene], schluessel, "schluessel")
    barrieren, ressourcen = eintraege_im_gebiet(request.user, gebiet)
    kopf = [
        _("Eintrag"),
        _("Art"),
        _("Titel"),
        _("Beschreibung"),
        _("Status"),
        _("Sozialraum"),
        _("Quartier"),
        _("Träger"),
        _("Einrichtung"),
        _("Herkunft"),
        _("zuletzt geprüft"),
    ]
    zeilen = [_zeile(b, _("Barriere"), str(b.get_status_display())) for b in barrieren]
    zeilen += [_zeile(r, _("Ressource"), "") for r in ressourcen]
    titel = _("Ressourcen und Barrieren %(gebiet)s") % {"gebiet": gebiet.name}
    datei = [_("Ressourcen und Barrieren"), gebiet.name]
    return herunterladen(Tabelle(titel, kopf, zeilen, datei), format)
