from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Anhang,
    Aufgabe,
    Beschluss,
    Gremium,
    Mitgliedschaft,
    Protokollversion,
    Sitzung,
    Tagesordnungspunkt,
    Teilnahme,
)


class MitgliedschaftInline(admin.TabularInline):
    model = Mitgliedschaft
    fields = ["person", "traeger", "rolle", "von", "bis"]
    autocomplete_fields = ["person", "traeger"]
    fk_name = "gremium"
    extra = 1


@admin.register(Gremium)
class GremiumAdmin(SimpleHistoryAdmin):
    list_display = ["name", "art", "sozialraum", "regionalraum", "sichtbarkeit", "aktiv"]
    list_filter = ["art", "sichtbarkeit", "aktiv", "regionalraum"]
    list_select_related = ["sozialraum", "regionalraum"]
    search_fields = ["name", "beschreibung"]
    autocomplete_fields = ["sozialraum", "regionalraum"]
    inlines = [MitgliedschaftInline]


@admin.register(Mitgliedschaft)
class MitgliedschaftAdmin(SimpleHistoryAdmin):
    list_display = ["gremium", "person", "traeger", "rolle", "von", "bis"]
    list_filter = ["rolle", "gremium"]
    list_select_related = ["gremium", "person", "traeger"]
    search_fields = ["gremium__name", "person__last_name", "traeger__name"]
    autocomplete_fields = ["gremium", "person", "traeger", "vertretung_fuer"]


class TopInline(admin.TabularInline):
    model = Tagesordnungspunkt
    fields = ["position", "titel", "eltern", "verantwortlich", "dauer_minuten"]
    extra = 0


@admin.register(Sitzung)
class SitzungAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "gremium", "datum", "status", "protokoll_status"]
    list_filter = ["status", "protokoll_status", "gremium"]
    list_select_related = ["gremium"]
    search_fields = ["titel", "gremium__name"]
    date_hierarchy = "datum"
    autocomplete_fields = ["gremium", "ort_einrichtung"]
    readonly_fields = ["protokoll_status", "protokoll_version", "uid"]
    inlines = [TopInline]


@admin.register(Aufgabe)
class AufgabeAdmin(SimpleHistoryAdmin):
    list_display = ["was", "gremium", "person", "traeger", "faellig", "status"]
    list_filter = ["status", "gremium"]
    list_select_related = ["gremium", "person", "traeger"]
    search_fields = ["was", "gremium__name"]
    autocomplete_fields = ["gremium", "sitzung", "person", "traeger"]


@admin.register(Beschluss)
class BeschlussAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "sitzung"]
    list_select_related = ["sitzung__gremium"]
    search_fields = ["text"]
    autocomplete_fields = ["sitzung"]


@admin.register(Protokollversion)
class ProtokollversionAdmin(admin.ModelAdmin):
    list_display = ["sitzung", "version", "freigegeben_am", "freigegeben_von", "grund"]
    list_select_related = ["sitzung__gremium", "freigegeben_von"]
    readonly_fields = ["sitzung", "version", "inhalt", "grund", "freigegeben_am", "freigegeben_von"]

    def has_add_permission(self, request):
        return False


admin.site.register(Teilnahme)
admin.site.register(Anhang)
