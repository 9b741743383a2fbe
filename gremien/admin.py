from django.contrib import admin, messages
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sozialraum.admin import SichtbarkeitAdminMixin
from sozialraum.verwaltung.sammelaktionen import sammel_aendern
from sozialraum.verwaltung.verlauf import VerlaufAdmin
from sozialraum.werkzeuge.felder import ist_id
from sozialraum.werkzeuge.konflikt import KonfliktAdminMixin, KonfliktInlineMixin

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
    Weitergabe,
)
from .permissions import gremien_sichtbar_fuer, im_jugendamt_bearbeitbar
from .sitzung.protokoll import protokoll_freigeben
from .zusammenarbeit.mitgliedschaften import MitgliedschaftFehler, mitgliedschaft_beenden

# Sitzungen, minutes, members, tasks, attachments: for those who see every Gremium. A
# Gremium's Koordination, the Sozialraumkoordination and members keep them in the normal UI,
# which also knows what a member may not read yet (draft minutes).
ALLE_GREMIEN = "gremien.view_alle_gremien"


def _beenden_mit_folgen(request, mitgliedschaft, form) -> None:
    """A membership ended here ends its delegations and stand-ins as on the members page
    (gremien/mitgliedschaften.py)."""
    if not mitgliedschaft.bis or "bis" not in form.changed_data:
        return
    try:
        mit_beendet = mitgliedschaft_beenden(mitgliedschaft, mitgliedschaft.bis)
    except MitgliedschaftFehler as fehler:
        messages.error(request, str(fehler))
        return
    if mit_beendet:
        messages.info(
            request,
            _("Mit „%(m)s“ enden auch: %(namen)s.")
            % {"m": mitgliedschaft, "namen": ", ".join(f"{m.gremium}: {m}" for m in mit_beendet)},
        )


class MitgliedschaftInline(KonfliktInlineMixin, admin.TabularInline):
    model = Mitgliedschaft
    fields = [
        "person",
        "traeger",
        "rolle",
        "von",
        "bis",
        "entsandt_von",
        "vertretung_fuer",
        "name_oeffentlich",
        "einwilligung_am",
    ]
    autocomplete_fields = ["person", "traeger", "entsandt_von", "vertretung_fuer"]
    fk_name = "gremium"
    extra = 1


@admin.action(description=gettext_lazy("Deaktivieren (tagt nicht mehr)"), permissions=["change"])
def deaktivieren(modeladmin, request, queryset):
    n = sammel_aendern(queryset, request.user, _("in der Verwaltung deaktiviert"), aktiv=False)
    modeladmin.message_user(
        request, ngettext("%(n)d Gremium deaktiviert.", "%(n)d Gremien deaktiviert.", n) % {"n": n}
    )


@admin.action(description=gettext_lazy("Wieder aktivieren"), permissions=["change"])
def aktivieren(modeladmin, request, queryset):
    n = sammel_aendern(queryset, request.user, _("in der Verwaltung aktiviert"), aktiv=True)
    modeladmin.message_user(
        request, ngettext("%(n)d Gremium aktiviert.", "%(n)d Gremien aktiviert.", n) % {"n": n}
    )


@admin.register(Gremium)
class GremiumAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    # The other roles read here the Gremien the normal UI shows them (the list's rule).
    sichtbar = staticmethod(gremien_sichtbar_fuer)
    bearbeitbar = staticmethod(im_jugendamt_bearbeitbar(""))
    list_display = [
        "name",
        "art",
        "uebergeordnet",
        "sozialraum",
        "regionalraum",
        "sichtbarkeit",
        "aktiv",
    ]
    list_filter = ["art", "sichtbarkeit", "aktiv", "regionalraum"]
    list_select_related = ["sozialraum", "regionalraum", "uebergeordnet"]
    search_fields = ["name", "beschreibung"]
    autocomplete_fields = ["uebergeordnet", "sozialraum", "regionalraum"]
    inlines = [MitgliedschaftInline]
    actions = [deaktivieren, aktivieren]

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is Mitgliedschaft:
            for zeile in formset.forms:
                if zeile.instance.pk and zeile.has_changed():
                    _beenden_mit_folgen(request, zeile.instance, zeile)


@admin.register(Mitgliedschaft)
class MitgliedschaftAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    verwaltung_nur_mit = ALLE_GREMIEN
    bearbeitbar = staticmethod(im_jugendamt_bearbeitbar("gremium__"))
    besitzer_felder = ("gremium",)
    list_display = ["gremium", "person", "traeger", "rolle", "von", "bis"]
    list_filter = ["rolle", "gremium"]
    list_select_related = ["gremium", "person", "traeger"]
    search_fields = ["gremium__name", "person__last_name", "traeger__name"]
    autocomplete_fields = ["gremium", "person", "traeger", "vertretung_fuer", "entsandt_von"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        _beenden_mit_folgen(request, obj, form)


class TopInline(KonfliktInlineMixin, admin.StackedInline):
    # Stacked: every field with its own label, and room for the minutes.
    model = Tagesordnungspunkt
    fields = [("position", "titel"), ("eltern", "verantwortlich", "dauer_minuten"), "protokoll"]
    autocomplete_fields = ["verantwortlich"]
    extra = 0

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "eltern":
            # Only main items of this Sitzung, not every TOP of every Sitzung.
            sitzung_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Tagesordnungspunkt.objects.filter(
                sitzung_id=sitzung_id if ist_id(sitzung_id or "") else None,
                eltern__isnull=True,
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Sitzung)
class SitzungAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    """Sitzung with its agenda and minutes (the TOPs' Protokoll) on one page.

    The conflict check covers the whole page: the gremien pages raise the Sitzung's
    ``updated_at`` (and ``version``) whenever they change its agenda or minutes, and a save
    here raises ``version`` so that a form open on those pages notices it in turn. A change
    of released minutes made here is recorded as a new Protokollversion, as on those pages.
    """

    verwaltung_nur_mit = ALLE_GREMIEN
    bearbeitbar = staticmethod(im_jugendamt_bearbeitbar("gremium__"))
    besitzer_felder = ("gremium",)
    list_display = ["__str__", "gremium", "datum", "status", "protokoll_status"]
    list_filter = ["status", "protokoll_status", "gremium"]
    list_select_related = ["gremium"]
    search_fields = ["titel", "gremium__name"]
    date_hierarchy = "datum"
    autocomplete_fields = ["gremium", "ort_einrichtung"]
    readonly_fields = ["protokoll_status", "protokoll_version", "uid"]
    inlines = [TopInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:
            Sitzung.objects.filter(pk=obj.pk).update(version=F("version") + 1)

    def save_related(self, request, form, formsets, change):
        sitzung = form.instance
        vorher = {t.pk: t.protokoll for t in sitzung.tops.all()} if change else {}
        super().save_related(request, form, formsets, change)
        if not (change and sitzung.freigegeben):
            return
        nachher = {t.pk: t.protokoll for t in sitzung.tops.all()}
        if nachher != vorher:
            protokoll_freigeben(sitzung, request.user, _("in der Verwaltung geändert"))


@admin.action(description=gettext_lazy("Als erledigt markieren"), permissions=["change"])
def als_erledigt_markieren(modeladmin, request, queryset):
    n = sammel_aendern(
        queryset.exclude(status=Aufgabe.Status.ERLEDIGT),
        request.user,
        _("in der Verwaltung als erledigt markiert"),
        status=Aufgabe.Status.ERLEDIGT,
        erledigt_am=timezone.localdate(),
    )
    modeladmin.message_user(
        request,
        ngettext("%(n)d Aufgabe als erledigt markiert.", "%(n)d Aufgaben als erledigt markiert.", n)
        % {"n": n},
    )


@admin.register(Aufgabe)
class AufgabeAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    verwaltung_nur_mit = ALLE_GREMIEN
    bearbeitbar = staticmethod(im_jugendamt_bearbeitbar("gremium__"))
    besitzer_felder = ("gremium",)
    list_display = ["was", "gremium", "person", "traeger", "faellig", "status"]
    list_filter = ["status", "gremium"]
    list_select_related = ["gremium", "person", "traeger"]
    search_fields = ["was", "gremium__name"]
    autocomplete_fields = ["gremium", "sitzung", "person", "traeger"]
    actions = [als_erledigt_markieren]


@admin.register(Beschluss)
class BeschlussAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    verwaltung_nur_mit = ALLE_GREMIEN
    bearbeitbar = staticmethod(im_jugendamt_bearbeitbar("sitzung__gremium__"))
    besitzer_felder = ("sitzung",)
    list_display = ["__str__", "art", "sitzung"]
    list_filter = ["art"]
    list_select_related = ["sitzung__gremium"]
    search_fields = ["text"]
    autocomplete_fields = ["sitzung"]


@admin.register(Protokollversion)
class ProtokollversionAdmin(SichtbarkeitAdminMixin, admin.ModelAdmin):
    verwaltung_nur_mit = ALLE_GREMIEN
    bearbeitbar = staticmethod(im_jugendamt_bearbeitbar("sitzung__gremium__"))
    list_display = ["sitzung", "version", "freigegeben_am", "freigegeben_von", "grund"]
    list_select_related = ["sitzung__gremium", "freigegeben_von"]
    readonly_fields = ["sitzung", "version", "inhalt", "grund", "freigegeben_am", "freigegeben_von"]

    def has_add_permission(self, request):
        return False


@admin.register(Teilnahme)
class TeilnahmeAdmin(SichtbarkeitAdminMixin, admin.ModelAdmin):
    verwaltung_nur_mit = ALLE_GREMIEN
    bearbeitbar = staticmethod(im_jugendamt_bearbeitbar("sitzung__gremium__"))
    besitzer_felder = ("sitzung",)


@admin.register(Anhang)
class AnhangAdmin(SichtbarkeitAdminMixin, admin.ModelAdmin):
    verwaltung_nur_mit = ALLE_GREMIEN
    bearbeitbar = staticmethod(im_jugendamt_bearbeitbar("sitzung__gremium__"))
    besitzer_felder = ("sitzung",)
    erfasser_felder = ("hochgeladen_von",)

    def get_readonly_fields(self, request, obj=None):
        felder = super().get_readonly_fields(request, obj)
        # The content check (anhang.datei_pruefen) runs for a new file only: a stored
        # attachment keeps its file.
        return [*felder, "datei"] if obj is not None else felder


@admin.register(Weitergabe)
class WeitergabeAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    """Passing on happens on the Sitzung page (gremien/weitergabe.py places the proposed
    agenda item); here only the proposal's wording can be corrected."""

    verwaltung_nur_mit = ALLE_GREMIEN
    bearbeitbar = staticmethod(im_jugendamt_bearbeitbar("beschluss__sitzung__gremium__"))
    list_display = ["titel", "ziel_gremium", "weitergegeben_am", "weitergegeben_von"]
    list_filter = ["ziel_gremium"]
    list_select_related = ["ziel_gremium", "weitergegeben_von"]
    search_fields = ["titel", "hinweis", "ziel_gremium__name"]
    fields = [
        "beschluss",
        "ziel_gremium",
        "titel",
        "hinweis",
        "top",
        "weitergegeben_von",
        "weitergegeben_am",
    ]
    readonly_fields = ["beschluss", "ziel_gremium", "top", "weitergegeben_von", "weitergegeben_am"]

    def has_add_permission(self, request):
        return False
