from django.contrib import admin, messages
from django.db.models import Count
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sozialraum.admin import GebietListFilter, SichtbarkeitAdminMixin
from sozialraum.austausch.admin import AustauschAdmin
from sozialraum.datenschutz.admin import DatenschutzAdminMixin
from sozialraum.verwaltung.sammelaktionen import sammel_aendern
from sozialraum.verwaltung.verlauf import VerlaufAdmin
from sozialraum.werkzeuge.konflikt import KonfliktAdminMixin, KonfliktInlineMixin

from .datenschutz import ansprechpersonen_sichtbar_fuer
from .models import Ansprechperson, Einrichtung, Kontakt, Traeger, TraegerZugehoerigkeit
from .permissions import (
    einrichtungen_bearbeitbar_fuer,
    kontakte_sichtbar_fuer,
    traeger_bearbeitbar_fuer,
)
from .ressourcen import AnsprechpersonRessource, EinrichtungRessource, TraegerRessource
from .zusammenfuehren import RECHT


@admin.action(description=_("Als heute geprüft markieren"), permissions=["change"])
def als_geprueft_markieren(modeladmin, request, queryset):
    # One history row per record (sozialraum/verwaltung/sammelaktionen.py); already checked today: kept.
    anzahl = sammel_aendern(
        queryset,
        request.user,
        gettext("in der Verwaltung als geprüft markiert"),
        zuletzt_geprueft=timezone.localdate(),
        geprueft_von=request.user,
    )
    modeladmin.message_user(
        request, gettext("%(n)d Einträge als geprüft markiert.") % {"n": anzahl}
    )


@admin.action(
    description=_("Nicht mehr öffentlich zeigen (z. B. Einwilligung widerrufen)"),
    permissions=["change"],
)
def nicht_mehr_oeffentlich(modeladmin, request, queryset):
    anzahl = sammel_aendern(
        queryset,
        request.user,
        gettext("in der Verwaltung nicht mehr öffentlich"),
        oeffentlich=False,
    )
    modeladmin.message_user(
        request,
        gettext("%(n)d Ansprechpersonen werden nicht mehr öffentlich gezeigt.") % {"n": anzahl},
    )


@admin.action(
    description=_("Ausgewählte zwei Träger zusammenführen …"), permissions=["zusammenfuehren"]
)
def zusammenfuehren(modeladmin, request, queryset):
    """To the preview of the normal UI (traeger/views/zusammenfuehren.py), which shows what
    moves, can swap which one stays and asks for confirmation."""
    auswahl = list(queryset.order_by("pk").values_list("pk", flat=True)[:3])
    if len(auswahl) != 2:
        modeladmin.message_user(
            request,
            gettext(
                "Bitte wählen Sie genau zwei Träger aus: den, der bleibt, und den, der darin "
                "aufgeht."
            ),
            messages.WARNING,
        )
        return None
    # The older one stays unless the preview's "andersherum" says otherwise.
    return redirect("traeger:zusammenfuehren_vorschau", *auswahl)


@admin.action(description=_("Ausgewählten Träger aufteilen …"), permissions=["zusammenfuehren"])
def aufteilen(modeladmin, request, queryset):
    auswahl = list(queryset.values_list("pk", flat=True)[:2])
    if len(auswahl) != 1:
        modeladmin.message_user(
            request,
            gettext("Bitte wählen Sie genau einen Träger zum Aufteilen aus."),
            messages.WARNING,
        )
        return None
    return redirect("traeger:aufteilen", auswahl[0])


class EinrichtungInline(KonfliktInlineMixin, admin.TabularInline):
    model = Einrichtung
    fields = ["name", "art", "strasse", "plz", "sozialraum"]
    readonly_fields = ["sozialraum"]
    extra = 0
    show_change_link = True


class AnsprechpersonInline(KonfliktInlineMixin, admin.TabularInline):
    model = Ansprechperson
    fields = ["name", "funktion", "telefon", "email", "oeffentlich", "einwilligung_am"]
    extra = 0


class ZugehoerigkeitInline(admin.TabularInline):
    model = TraegerZugehoerigkeit
    fields = ["user"]
    autocomplete_fields = ["user"]
    extra = 0
    verbose_name_plural = _("Mitarbeitende (für „mein Träger“ in der Vernetzung)")


@admin.register(Traeger)
class TraegerAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, AustauschAdmin, VerlaufAdmin):
    resource_classes = [TraegerRessource]
    bearbeitbar = staticmethod(traeger_bearbeitbar_fuer)
    list_display = ["name", "traegerschaft", "art", "anzahl_einrichtungen", "zuletzt_geprueft"]
    list_filter = ["traegerschaft", "art", "sozialraeume__regionalraum"]
    search_fields = ["name", "andere_namen", "email", "externe_id"]
    autocomplete_fields = ["sozialraeume"]
    readonly_fields = ["created_at", "updated_at", "geprueft_von"]
    inlines = [EinrichtungInline, AnsprechpersonInline, ZugehoerigkeitInline]
    actions = [als_geprueft_markieren, zusammenfuehren, aufteilen]
    date_hierarchy = "zuletzt_geprueft"
    # Explicit: the count below groups the rows, and a grouped query drops the model's
    # ordering (the search box of fields pointing here pages through this list).
    ordering = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_einrichtungen=Count("einrichtungen"))

    @admin.display(description=_("Einrichtungen"), ordering="_einrichtungen")
    def anzahl_einrichtungen(self, obj):
        return obj._einrichtungen

    def has_zusammenfuehren_permission(self, request) -> bool:
        # Whether both Träger may be merged is checked again by the pages it leads to.
        return request.user.has_perm(RECHT)


@admin.register(Einrichtung)
class EinrichtungAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, AustauschAdmin, VerlaufAdmin):
    resource_classes = [EinrichtungRessource]
    bearbeitbar = staticmethod(einrichtungen_bearbeitbar_fuer)
    besitzer_felder = ("traeger",)
    list_display = ["name", "traeger", "art", "strasse", "quartier", "sozialraum", "barrierefrei"]
    list_select_related = ["traeger", "quartier", "sozialraum"]
    # A city has thousands of places (Berlin 4,189): 50 rows a page as the offers' list,
    # without counting the whole table a second time beside the filtered count.
    list_per_page = 50
    show_full_result_count = False
    list_filter = [
        "art",
        "barrierefrei",
        "archiviert",
        ("jugendamt", GebietListFilter),
        ("regionalraum", GebietListFilter),
    ]
    search_fields = ["name", "strasse", "traeger__name", "externe_id"]
    autocomplete_fields = ["traeger", "quartier", "sozialraum", "regionalraum"]
    readonly_fields = ["created_at", "updated_at", "geprueft_von"]
    inlines = [AnsprechpersonInline]
    actions = [als_geprueft_markieren]
    fieldsets = [
        (None, {"fields": ["traeger", "name", "art", "beschreibung"]}),
        (
            _("Adresse und Kontakt"),
            {"fields": ["strasse", "plz", "ort", "telefon", "email", "website"]},
        ),
        (
            _("Lage"),
            {
                "fields": ["lat", "lon", "quartier", "sozialraum", "regionalraum"],
                "description": _("Die feinste bekannte Ebene genügt; die gröberen werden ergänzt."),
            },
        ),
        (_("Zugang"), {"fields": ["barrierefrei", "barrierefrei_hinweis", "oeffnungszeiten"]}),
        (
            _("Pflege"),
            {
                "fields": [
                    "externe_id",
                    "zuletzt_geprueft",
                    "geprueft_von",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        # Not the boundaries of the areas each row names, nor the import's values.
        return (
            super()
            .get_queryset(request)
            .defer("quelle_werte", "quartier__grenze", "sozialraum__grenze")
        )


@admin.register(Ansprechperson)
class AnsprechpersonAdmin(
    SichtbarkeitAdminMixin, DatenschutzAdminMixin, KonfliktAdminMixin, AustauschAdmin, VerlaufAdmin
):
    resource_classes = [AnsprechpersonRessource]
    personendaten = True  # import and export only for the Jugendamt-Administration
    sichtbar = staticmethod(ansprechpersonen_sichtbar_fuer)
    bearbeitbar = staticmethod(einrichtungen_bearbeitbar_fuer)
    besitzer_felder = ("traeger",)
    actions = [als_geprueft_markieren, nicht_mehr_oeffentlich]
    list_display = ["name", "funktion", "traeger", "einrichtung", "oeffentlich", "einwilligung_am"]
    list_select_related = ["traeger", "einrichtung"]
    list_filter = ["oeffentlich"]
    search_fields = ["name", "funktion", "email", "traeger__name"]
    autocomplete_fields = ["traeger", "einrichtung"]
    readonly_fields = ["created_at", "updated_at", "geprueft_von"]


@admin.register(TraegerZugehoerigkeit)
class TraegerZugehoerigkeitAdmin(SichtbarkeitAdminMixin, VerlaufAdmin):
    bearbeitbar = staticmethod(einrichtungen_bearbeitbar_fuer)
    besitzer_felder = ("traeger",)
    list_display = ["user", "traeger", "created_at"]
    list_select_related = ["user", "traeger"]
    search_fields = ["user__username", "user__last_name", "traeger__name"]
    autocomplete_fields = ["user", "traeger"]


@admin.register(Kontakt)
class KontaktAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    """For data-protection requests (a client's name written by mistake): the
    Jugendamt-Administration finds, corrects or deletes a contact here.

    Only the contacts she may see in the normal UI: "nur ich" means only the recorder, for
    every role (docs/vernetzung.md). The other roles record and read contacts in the normal
    UI (Vernetzung) and do not need this admin; nobody records one here (it would be in the
    name and for the Träger chosen in the form). Who recorded a contact and whom it is
    shown to stay the recorder's choice: correcting means the content.
    """

    sichtbar = staticmethod(kontakte_sichtbar_fuer)
    verwaltung_nur_mit = "traeger.change_kontakt"
    erfasser_felder = ("erfasst_von",)
    list_display = ["datum", "thema", "art", "erfasst_von", "sozialraum", "sichtbarkeit"]
    list_select_related = ["erfasst_von", "sozialraum"]
    list_filter = ["art", "sichtbarkeit", "sozialraum__regionalraum"]
    search_fields = ["thema", "notiz", "erfasst_von__username", "traeger__name"]
    autocomplete_fields = ["traeger", "ansprechpersonen", "sozialraum"]
    # The colleagues named: only through the form, which offers those of the chosen Träger
    # (not a list of every account); erasing a person takes her out (traeger/datenschutz.py).
    readonly_fields = ["eigener_traeger", "sichtbarkeit", "kolleginnen", "created_at", "updated_at"]
    date_hierarchy = "datum"

    def has_add_permission(self, request):
        return False
