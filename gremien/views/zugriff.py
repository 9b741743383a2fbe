"""The one way a Gremium view gets its Gremium or Sitzung: 404 for whoever may not see it,
403 for whoever may see but not edit it when editing is asked."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from ..models import Gremium, Sitzung
from ..permissions import darf_bearbeiten, darf_lesen


def gremium_fuer(request, pk: int, bearbeiten: bool = False) -> Gremium:
    """The Gremium if the user may see it (else 404) and, if asked, edit it (else 403).

    Whether she may edit it is asked once and kept as ``gremium.recht_bearbeiten``.
    """
    gremium = get_object_or_404(Gremium.objects.select_related("sozialraum", "regionalraum"), pk=pk)
    gremium.recht_bearbeiten = darf_bearbeiten(request.user, gremium)
    if not darf_lesen(request.user, gremium, gremium.recht_bearbeiten):
        raise Http404
    if bearbeiten and not gremium.recht_bearbeiten:
        raise PermissionDenied
    return gremium


def sitzung_fuer(request, pk: int, bearbeiten: bool = False) -> Sitzung:
    sitzung = get_object_or_404(Sitzung.objects.select_related("ort_einrichtung"), pk=pk)
    sitzung.gremium = gremium_fuer(request, sitzung.gremium_id, bearbeiten)
    return sitzung
