from django.contrib import admin

from sozialraum.admin import SichtbarkeitAdminMixin
from sozialraum.verwaltung.verlauf import VerlaufAdmin
from sozialraum.werkzeuge.konflikt import KonfliktAdminMixin
from sozialraumarbeit.models import Barriere, Ressource

from .permissions import im_jugendamt_bearbeitbar


def _sichtbar(user, queryset):
    return queryset.sichtbar_fuer(user)


class RaumwissenAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    """For the Jugendamt-Administration: correct an entry (a private name written by
    mistake), within her Jugendamt if she is scoped to one. Everybody else records and keeps
    entries in the normal UI (the area pages). As for contacts, only the entries she may see
    in the normal UI; who recorded an entry and whom it is shown to stay the recorder's."""

    sichtbar = staticmethod(_sichtbar)
    bearbeitbar = staticmethod(im_jugendamt_bearbeitbar)
    erfasser_felder = ("erfasst_von",)
    list_select_related = ["sozialraum", "erfasst_von"]
    search_fields = ["titel", "beschreibung", "sozialraum__name"]
    autocomplete_fields = ["sozialraum", "quartier", "traeger", "einrichtung", "sitzung"]
    raw_id_fields = ["top"]
    readonly_fields = [
        "eigener_traeger",
        "sichtbarkeit",
        "herkunft",
        "geprueft_von",
        "created_at",
        "updated_at",
    ]

    def has_add_permission(self, request):
        return False


@admin.register(Ressource)
class RessourceAdmin(RaumwissenAdmin):
    verwaltung_nur_mit = "sozialraumarbeit.change_ressource"
    list_display = ["titel", "art", "sozialraum", "erfasst_von", "zuletzt_geprueft", "beendet_am"]
    list_filter = ["art", "sichtbarkeit", "sozialraum__regionalraum"]


@admin.register(Barriere)
class BarriereAdmin(RaumwissenAdmin):
    verwaltung_nur_mit = "sozialraumarbeit.change_barriere"
    list_display = ["titel", "art", "status", "sozialraum", "erfasst_von", "zuletzt_geprueft"]
    list_filter = ["status", "art", "sichtbarkeit", "sozialraum__regionalraum"]
