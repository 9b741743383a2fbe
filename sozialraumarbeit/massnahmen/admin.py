"""The measures in the admin: read-mostly. The way (status, period, steps) changes only
through the operations of ablauf.py in the normal UI, so the admin shows the steps and lets
the administration correct the descriptive fields, with the conflict check and history."""

from django.contrib import admin

from sozialraum.admin import SichtbarkeitAdminMixin
from sozialraum.verwaltung.verlauf import VerlaufAdmin
from sozialraum.werkzeuge.konflikt import KonfliktAdminMixin

from ..models import Kooperationspartner, Massnahme, Massnahmenschritt, MassnahmenTop, Monatsbetrag
from .permissions import VERWALTEN, im_jugendamt_bearbeitbar, massnahmen_sichtbar_fuer


class _NurLesen:
    can_delete = False
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class PartnerInline(_NurLesen, admin.TabularInline):
    model = Kooperationspartner
    fields = ["traeger", "name", "art", "rolle"]
    readonly_fields = fields


class MonatsplanInline(_NurLesen, admin.TabularInline):
    model = Monatsbetrag
    fields = ["monat", "betrag"]
    readonly_fields = fields


class BeratungInline(_NurLesen, admin.TabularInline):
    model = MassnahmenTop
    fields = ["top", "created_at"]
    readonly_fields = fields


class SchrittInline(_NurLesen, admin.TabularInline):
    model = Massnahmenschritt
    fields = [
        "wann",
        "von_status",
        "status",
        "wer",
        "sitzung",
        "beschluss",
        "beginn",
        "ende",
        "budget_ueberschritten",
        "bemerkung",
    ]
    readonly_fields = fields


@admin.register(Massnahme)
class MassnahmeAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    sichtbar = staticmethod(massnahmen_sichtbar_fuer)
    bearbeitbar = staticmethod(im_jugendamt_bearbeitbar)
    verwaltung_nur_mit = VERWALTEN
    list_display = [
        "titel",
        "status",
        "traeger",
        "regionalraum",
        "beginn",
        "ende",
        "beantragte_summe",
    ]
    list_filter = ["status", "regionalraum"]
    list_select_related = ["traeger", "regionalraum"]
    search_fields = ["titel", "traeger__name"]
    fields = [
        "titel",
        "traeger",
        "regionalraum",
        "sozialraeume",
        "zielgruppen",
        "bedarf",
        "ziele",
        "ueberpruefung",
        "beantragte_summe",
        "status",
        "beginn",
        "vereinbart_bis",
        "ende",
        "zielerreichung",
        "erkenntnisse",
        "evaluiert_am",
        "abbruchgrund",
        "erinnert_am",
        "erstellt_von",
    ]
    # The way and the money: only the operations (ablauf.py) change them.
    readonly_fields = [
        "traeger",
        "regionalraum",
        "beantragte_summe",
        "status",
        "beginn",
        "vereinbart_bis",
        "ende",
        "zielerreichung",
        "evaluiert_am",
        "abbruchgrund",
        "erinnert_am",
        "erstellt_von",
    ]
    filter_horizontal = ["sozialraeume", "zielgruppen"]
    inlines = [PartnerInline, MonatsplanInline, BeratungInline, SchrittInline]

    def has_add_permission(self, request):
        return False  # a measure starts as an idea in the normal UI (its first step)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Massnahmenschritt)
class MassnahmenschrittAdmin(SichtbarkeitAdminMixin, admin.ModelAdmin):
    sichtbar = staticmethod(
        lambda user, qs: qs.filter(
            massnahme__in=massnahmen_sichtbar_fuer(user, Massnahme.objects.all())
        )
    )
    verwaltung_nur_mit = VERWALTEN
    list_display = ["massnahme", "status", "wer", "wann", "budget_ueberschritten"]
    list_filter = ["status", "budget_ueberschritten"]
    list_select_related = ["massnahme", "wer"]
    search_fields = ["massnahme__titel", "bemerkung"]
    readonly_fields = [f.name for f in Massnahmenschritt._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
