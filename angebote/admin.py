from django import forms
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sozialraum.admin import SichtbarkeitAdminMixin
from sozialraum.austausch.admin import AustauschAdmin
from sozialraum.verwaltung.sammelaktionen import sammel_aendern
from sozialraum.verwaltung.verlauf import VerlaufAdmin
from sozialraum.werkzeuge.konflikt import KonfliktAdminMixin

from .models import Angebot, Angebotszeit, Kategorie, Sprache, Synonymgruppe, Zielgruppe
from .permissions import angebote_bearbeitbar_fuer, angebote_sichtbar_fuer
from .redaktion.pruefung import PruefungFehler, angebot_veroeffentlichen
from .ressourcen import AngebotRessource


class AngebotszeitInline(admin.StackedInline):
    # Stacked, one line per slot: every field keeps its own label (the tabular inline's
    # fields have none, only column headers).
    model = Angebotszeit
    fields = [("wochentag", "von", "bis")]
    extra = 1


def _ergebnis(modeladmin, request, queryset, geaendert: int, text: str) -> None:
    """``text`` with %(n)d changed; the rest of the selection already was so."""
    ausgewaehlt = queryset.count()
    meldung = text % {"n": geaendert}
    if ausgewaehlt > geaendert:
        meldung += " " + ngettext(
            "%(n)d war es schon.", "%(n)d waren es schon.", ausgewaehlt - geaendert
        ) % {"n": ausgewaehlt - geaendert}
    modeladmin.message_user(request, meldung)


# Bulk actions: one history row per changed offer (sozialraum/verwaltung/sammelaktionen.py); the search
# text contains neither status nor check date, so the search index is left alone.


@admin.action(description=gettext_lazy("Veröffentlichen"), permissions=["change"])
def veroeffentlichen(modeladmin, request, queryset):
    """Each offer through the review's one publishing function (angebote/redaktion/pruefung.py)."""
    n = 0
    for angebot in queryset.order_by("pk"):
        try:
            n += angebot_veroeffentlichen(
                angebot,
                request.user,
                grund=_("in der Verwaltung veröffentlicht"),
                basis_url=request.build_absolute_uri("/"),
            )
        except PruefungFehler as fehler:
            modeladmin.message_user(request, str(fehler), level=messages.WARNING)
    _ergebnis(
        modeladmin,
        request,
        queryset,
        n,
        ngettext("%(n)d Angebot veröffentlicht.", "%(n)d Angebote veröffentlicht.", n),
    )


@admin.action(description=gettext_lazy("Archivieren"), permissions=["change"])
def archivieren(modeladmin, request, queryset):
    n = sammel_aendern(
        queryset, request.user, _("in der Verwaltung archiviert"), status=Angebot.Status.ARCHIVIERT
    )
    _ergebnis(
        modeladmin,
        request,
        queryset,
        n,
        ngettext("%(n)d Angebot archiviert.", "%(n)d Angebote archiviert.", n),
    )


@admin.action(description=gettext_lazy("Als heute geprüft markieren"), permissions=["change"])
def als_geprueft_markieren(modeladmin, request, queryset):
    n = sammel_aendern(
        queryset,
        request.user,
        _("in der Verwaltung als geprüft markiert"),
        zuletzt_geprueft=timezone.localdate(),
        geprueft_von=request.user,
    )
    _ergebnis(
        modeladmin,
        request,
        queryset,
        n,
        ngettext("%(n)d Angebot als geprüft markiert.", "%(n)d Angebote als geprüft markiert.", n),
    )


@admin.register(Angebot)
class AngebotAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, AustauschAdmin, VerlaufAdmin):
    resource_classes = [AngebotRessource]
    # Drafts, offers in review and archived ones only for those who edit them, as on the
    # offer's page; the other roles read published offers here.
    sichtbar = staticmethod(angebote_sichtbar_fuer)
    bearbeitbar = staticmethod(angebote_bearbeitbar_fuer)
    besitzer_felder = ("traeger",)
    list_display = ["titel", "traeger", "status", "alter", "kosten", "zuletzt_geprueft"]
    # Each row shows its Träger: joined, so the list costs the same queries for 10 offers
    # as for 100,000 (tests/test_admin_sammelaktionen.py pins it).
    list_select_related = ["traeger"]
    list_filter = ["status", "kosten", "anmeldung", "barrierefrei", "kategorien", "zielgruppen"]
    search_fields = ["titel", "traeger__name"]
    autocomplete_fields = ["traeger", "einrichtungen", "sozialraeume", "sprachen"]
    # The status changes only through the review's functions: the actions "Veröffentlichen"
    # and "Archivieren", the review queue, the import (angebote/redaktion/pruefung.py).
    readonly_fields = ["status", "created_at", "updated_at", "geprueft_von"]
    inlines = [AngebotszeitInline]
    actions = [veroeffentlichen, archivieren, als_geprueft_markieren]
    list_per_page = 50
    show_full_result_count = False
    fieldsets = [
        (None, {"fields": ["titel", "beschreibung", "traeger", "einrichtungen", "status"]}),
        (
            gettext_lazy("Für wen"),
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
            gettext_lazy("Bedingungen"),
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
        (gettext_lazy("Zeitraum"), {"fields": ["zeiten_hinweis", ("gueltig_von", "gueltig_bis")]}),
        (gettext_lazy("Kontakt"), {"fields": ["telefon", "email", "website"]}),
        (
            gettext_lazy("Pflege"),
            {"fields": ["zuletzt_geprueft", "geprueft_von", "created_at", "updated_at"]},
        ),
    ]

    @admin.display(description=gettext_lazy("Alter"), ordering="alter_von")
    def alter(self, obj):
        return obj.alter_text

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # A dozen Kategorien and Zielgruppen: checkboxes are quicker than the two-box
        # filter widget, and accessible (a fieldset with a legend; the filter widget's
        # help icons carry ARIA attributes axe-core rejects).
        if db_field.name in ("kategorien", "zielgruppen"):
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_delete_permission(self, request, obj=None):
        # Offers are archived, never deleted by accident; only a superuser may delete.
        return request.user.is_superuser and super().has_delete_permission(request, obj)


@admin.register(Kategorie)
class KategorieAdmin(SichtbarkeitAdminMixin, admin.ModelAdmin):
    nur_ohne_eingrenzung = True
    list_display = ["name", "paragraf", "sortierung"]
    list_editable = ["sortierung"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Zielgruppe)
class ZielgruppeAdmin(SichtbarkeitAdminMixin, admin.ModelAdmin):
    nur_ohne_eingrenzung = True
    list_display = ["name", "sortierung"]
    list_editable = ["sortierung"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Sprache)
class SpracheAdmin(SichtbarkeitAdminMixin, admin.ModelAdmin):
    nur_ohne_eingrenzung = True
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


class BereichFilter(admin.SimpleListFilter):
    """The groups' Bereiche, a group without one under "ohne Bereich" (Django's own filter
    would list the empty value as a link without text)."""

    title = gettext_lazy("Bereich")
    parameter_name = "bereich"

    def lookups(self, request, model_admin):
        bereiche = model_admin.get_queryset(request).values_list("bereich", flat=True)
        return [(b or "-", b or _("ohne Bereich")) for b in sorted(set(bereiche))]

    def queryset(self, request, queryset):
        wert = self.value()
        if wert is None:
            return queryset
        return queryset.filter(bereich="" if wert == "-" else wert)


@admin.register(Synonymgruppe)
class SynonymgruppeAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    """The thesaurus of the search (docs/thesaurus.md): shared by every Jugendamt, so only an
    administration of the whole registry changes it; groups are switched off, not deleted."""

    nur_ohne_eingrenzung = True
    list_display = ["bevorzugt", "begriffe_kurz", "oberbegriff", "bereich", "aktiv", "updated_at"]
    list_filter = ["aktiv", BereichFilter]
    list_select_related = ["oberbegriff"]
    search_fields = ["bevorzugt", "begriffe", "bereich"]
    fields = ["bevorzugt", "begriffe", "oberbegriff", "bereich", "aktiv"]

    @admin.display(description=gettext_lazy("weitere Begriffe"))
    def begriffe_kurz(self, obj):
        return ", ".join(obj.liste)
