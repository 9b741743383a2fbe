from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .frische import angebot_bestaetigen
from .models import Angebot, Angebotszeit, Kategorie, Sprache, Zielgruppe


class AngebotszeitInline(admin.TabularInline):
    model = Angebotszeit
    extra = 1


@admin.action(description=_("Veröffentlichen"))
def veroeffentlichen(modeladmin, request, queryset):
    for angebot in queryset:
        angebot.status = Angebot.Status.VEROEFFENTLICHT
        angebot.save(update_fields=["status", "updated_at"])
    modeladmin.message_user(request, _("%(n)d Angebote veröffentlicht.") % {"n": queryset.count()})


@admin.action(description=_("Archivieren"))
def archivieren(modeladmin, request, queryset):
    for angebot in queryset:
        angebot.status = Angebot.Status.ARCHIVIERT
        angebot.save(update_fields=["status", "updated_at"])
    modeladmin.message_user(request, _("%(n)d Angebote archiviert.") % {"n": queryset.count()})


@admin.action(description=_("Als heute geprüft markieren"))
def als_geprueft_markieren(modeladmin, request, queryset):
    for angebot in queryset:
        angebot_bestaetigen(angebot, request.user)
    modeladmin.message_user(
        request, _("%(n)d Angebote als geprüft markiert.") % {"n": queryset.count()}
    )


@admin.register(Angebot)
class AngebotAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "traeger", "status", "alter_text", "kosten", "zuletzt_geprueft"]
    list_select_related = ["traeger"]
    list_filter = ["status", "kosten", "anmeldung", "barrierefrei", "kategorien", "zielgruppen"]
    search_fields = ["titel", "traeger__name"]
    autocomplete_fields = ["traeger", "einrichtungen", "sozialraeume", "sprachen"]
    filter_horizontal = ["kategorien", "zielgruppen"]
    readonly_fields = ["created_at", "updated_at", "geprueft_von"]
    inlines = [AngebotszeitInline]
    actions = [veroeffentlichen, archivieren, als_geprueft_markieren]
    list_per_page = 50
    show_full_result_count = False
    fieldsets = [
        (None, {"fields": ["titel", "beschreibung", "traeger", "einrichtungen", "status"]}),
        (
            _("Für wen"),
            {
                "fields": [
                    "kategorien",
                    "zielgruppen",
                    ("alter_von", "alter_bis"),
                    "geschlecht",
                    "sprachen",
                    "sozialraeume",
                ]
            },
        ),
        (
            _("Bedingungen"),
            {
                "fields": [
                    "kosten",
                    "kosten_hinweis",
                    "ermaessigt_moeglich",
                    "anmeldung",
                    "barrierefrei",
                ]
            },
        ),
        (_("Zeitraum"), {"fields": ["zeiten_hinweis", ("gueltig_von", "gueltig_bis")]}),
        (_("Kontakt"), {"fields": ["telefon", "email", "website"]}),
        (_("Pflege"), {"fields": ["zuletzt_geprueft", "geprueft_von", "created_at", "updated_at"]}),
    ]

    def has_delete_permission(self, request, obj=None):
        # Offers are archived, never deleted by accident; only a superuser may delete.
        return request.user.is_superuser


@admin.register(Kategorie)
class KategorieAdmin(admin.ModelAdmin):
    list_display = ["name", "paragraf", "sortierung"]
    list_editable = ["sortierung"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Zielgruppe)
class ZielgruppeAdmin(admin.ModelAdmin):
    list_display = ["name", "sortierung"]
    list_editable = ["sortierung"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Sprache)
class SpracheAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]
