from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from .datenschutz_admin import DatenschutzAdminMixin
from .models import Quartier, Regionalraum, Sozialraum, User
from .verlauf import VerlaufAdmin

admin.site.site_header = _("Sozialraum-Register: Verwaltung")
admin.site.site_title = _("Sozialraum-Register")
admin.site.index_title = _("Verwaltung")


class HatGrenzeFilter(admin.SimpleListFilter):
    title = _("Grenze")
    parameter_name = "grenze"

    def lookups(self, request, model_admin):
        return [("ja", _("vorhanden")), ("nein", _("fehlt"))]

    def queryset(self, request, queryset):
        if self.value() == "ja":
            return queryset.filter(grenze__isnull=False)
        if self.value() == "nein":
            return queryset.filter(grenze__isnull=True)
        return queryset


class SozialraumInline(admin.TabularInline):
    model = Sozialraum
    fields = ["schluessel", "name"]
    extra = 0
    show_change_link = True


class QuartierInline(admin.TabularInline):
    model = Quartier
    fields = ["schluessel", "name"]
    extra = 0
    show_change_link = True


@admin.register(Regionalraum)
class RegionalraumAdmin(VerlaufAdmin):
    list_display = ["schluessel", "name", "anzahl_sozialraeume", "hat_grenze"]
    search_fields = ["schluessel", "name"]
    ordering = ["schluessel"]
    list_filter = [HatGrenzeFilter]
    inlines = [SozialraumInline]
    readonly_fields = ["created_at", "updated_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_anzahl=Count("sozialraeume"))

    @admin.display(description=_("Sozialräume"), ordering="_anzahl")
    def anzahl_sozialraeume(self, obj):
        return obj._anzahl

    @admin.display(description=_("Grenze"), boolean=True)
    def hat_grenze(self, obj):
        return obj.grenze is not None


@admin.register(Sozialraum)
class SozialraumAdmin(VerlaufAdmin):
    list_display = ["schluessel", "name", "regionalraum", "anzahl_quartiere"]
    list_select_related = ["regionalraum"]
    search_fields = ["schluessel", "name", "regionalraum__name", "regionalraum__schluessel"]
    ordering = ["schluessel"]
    list_filter = ["regionalraum", HatGrenzeFilter]
    autocomplete_fields = ["regionalraum"]
    inlines = [QuartierInline]
    readonly_fields = ["created_at", "updated_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_anzahl=Count("quartiere"))

    @admin.display(description=_("Quartiere"), ordering="_anzahl")
    def anzahl_quartiere(self, obj):
        return obj._anzahl


@admin.register(Quartier)
class QuartierAdmin(VerlaufAdmin):
    list_display = ["schluessel", "name", "sozialraum", "regionalraum"]
    list_select_related = ["sozialraum__regionalraum"]
    search_fields = ["schluessel", "name", "sozialraum__name", "sozialraum__schluessel"]
    ordering = ["schluessel"]
    list_filter = ["sozialraum__regionalraum", HatGrenzeFilter]
    autocomplete_fields = ["sozialraum"]
    readonly_fields = ["created_at", "updated_at"]

    @admin.display(description=_("Regionalraum"), ordering="sozialraum__regionalraum__schluessel")
    def regionalraum(self, obj):
        return obj.sozialraum.regionalraum


@admin.register(User)
class BenutzerAdmin(DatenschutzAdminMixin, UserAdmin):
    fieldsets = (
        *UserAdmin.fieldsets,
        (_("Dienstliche Angaben"), {"fields": ("funktion", "telefon")}),
    )
    list_display = ["username", "first_name", "last_name", "email", "rollen", "is_active"]
    list_filter = ["groups", "is_active", "is_staff"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description=_("Rollen"))
    def rollen(self, obj):
        return ", ".join(g.name for g in obj.groups.all())
