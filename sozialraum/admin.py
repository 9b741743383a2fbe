from collections import defaultdict
from collections.abc import Callable
from functools import wraps
from itertools import chain

from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import NestedObjects, quote
from django.contrib.auth.admin import UserAdmin
from django.db import router
from django.db.models import Count
from django.http import Http404
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from sozialraum.werkzeuge.felder import moeglicher_wert
from sozialraum.werkzeuge.konflikt import KonfliktAdminMixin
from sozialraum.zugang.zustaendigkeit import ist_eingegrenzt, konten_bearbeitbar_fuer

from .datenschutz.admin import DatenschutzAdminMixin
from .models import (
    Importlauf,
    Jugendamt,
    Quartier,
    Regionalraum,
    Sozialraum,
    User,
    Zugangsschluessel,
)
from .verwaltung.verlauf import VerlaufAdmin

admin.site.site_header = _("Sozialraum-Register: Verwaltung")
admin.site.site_title = _("Sozialraum-Register")
admin.site.index_title = _("Verwaltung")


def _sichtbar_geprueft(request) -> dict:
    """Per request: (model label, pk) → whether the person may see that record."""
    if not hasattr(request, "_sichtbar_geprueft"):
        request._sichtbar_geprueft = {}
    return request._sichtbar_geprueft


class SichtbarkeitAdminMixin:
    """The admin shows and accepts no more than the normal UI would for the person.

    Staff status is given per person, whatever her role; so every ModelAdmin of the project
    puts this mixin first and declares per model:

    - ``sichtbar``: ``staticmethod(f)`` with ``f(user, queryset) -> queryset`` from the app's
      permissions.py, the rule the normal views use (``None``: whoever may view the model
      sees every record). It narrows the list, the change, delete and history pages, the
      export, the bulk actions, the search box of other admins' fields pointing here
      (autocomplete) and the choices for this model in other admins' forms.
    - ``verwaltung_nur_mit``: the permission a role needs to use this admin at all; without
      it the normal UI serves her, even if she holds the model's view or add permission.
    - ``erfasser_felder``: fields naming who recorded a record (``erfasst_von``): read-only,
      set to the requesting user when a record is added here, never taken from the form.
    - ``bearbeitbar``: ``staticmethod(f)`` with ``f(user, queryset) -> queryset``: the records
      she may change and delete (``None``: every record she sees). A Jugendamt-
      Administration scoped to her Jugendamt (sozialraum/zugang/zustaendigkeit.py) sees the others
      read-only, and bulk actions that change records leave them out. ``nur_ohne_eingrenzung``:
      shared records (areas, Kategorien): changed and added only by an administration that
      is not scoped to one Jugendamt.

    A record outside what the person may see answers 404 on every URL, like one that does
    not exist (as in the normal UI); so does every record of a model she may not view.
    """

    sichtbar: Callable | None = None

    def action_checkbox(self, obj):
        """The list's checkbox per row, Django's markup built directly: Django renders a
        CheckboxInput through the form templates, a third of a 100-row list's time
        (bench/RESULTS.md, Berlin round)."""
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            str(obj.pk),
            format_html(gettext("Select this object for an action - {}"), str(obj)),
        )

    bearbeitbar: Callable | None = None
    besitzer_felder: tuple[str, ...] = ()
    nur_ohne_eingrenzung: bool = False
    verwaltung_nur_mit: str | None = None
    erfasser_felder: tuple[str, ...] = ()

    def _verwaltung_erlaubt(self, request) -> bool:
        return self.verwaltung_nur_mit is None or request.user.has_perm(self.verwaltung_nur_mit)

    def nur_sichtbare(self, request, queryset):
        return queryset if self.sichtbar is None else self.sichtbar(request.user, queryset)

    def _darf_sehen(self, request, obj) -> bool:
        """Whether ``obj`` is one of :meth:`nur_sichtbare`; free for what get_object loaded."""
        if obj is None or obj.pk is None or self.sichtbar is None:
            return True
        geprueft = _sichtbar_geprueft(request)
        schluessel = (self.model._meta.label, obj.pk)
        if schluessel not in geprueft:
            einer = self.model._default_manager.filter(pk=obj.pk)
            geprueft[schluessel] = self.nur_sichtbare(request, einer).exists()
        return geprueft[schluessel]

    def nur_bearbeitbare(self, request, queryset):
        """``queryset`` narrowed to the records she may change and delete (``bearbeitbar``)."""
        if self.nur_ohne_eingrenzung and ist_eingegrenzt(request.user):
            return queryset.none()
        return queryset if self.bearbeitbar is None else self.bearbeitbar(request.user, queryset)

    def get_actions(self, request):
        """Bulk actions that change records (``permissions=["change"]``) get the selected
        records she may change only; the rest stay as they are, and she is told so.
        Deleting needs no such step: Django refuses it if one of them may not be deleted
        (``has_delete_permission`` per record, :meth:`get_deleted_objects`)."""
        aktionen = super().get_actions(request)
        return {
            schluessel: (self._nur_fuer_bearbeitbare(funktion), name, text)
            if "change" in getattr(funktion, "allowed_permissions", ())
            else (funktion, name, text)
            for schluessel, (funktion, name, text) in aktionen.items()
        }

    @staticmethod
    def _nur_fuer_bearbeitbare(funktion):
        @wraps(funktion)
        def aktion(modeladmin, request, queryset):
            bearbeitbar = modeladmin.nur_bearbeitbare(request, queryset)
            if bearbeitbar is not queryset and (
                ausgelassen := queryset.count() - bearbeitbar.count()
            ):
                modeladmin.message_user(
                    request,
                    ngettext(
                        "%(n)d ausgewählter Eintrag liegt außerhalb Ihres Bereichs und bleibt "
                        "unverändert.",
                        "%(n)d ausgewählte Einträge liegen außerhalb Ihres Bereichs und bleiben "
                        "unverändert.",
                        ausgelassen,
                    )
                    % {"n": ausgelassen},
                    messages.WARNING,
                )
            return funktion(modeladmin, request, bearbeitbar)

        return aktion

    def _darf_aendern(self, request, obj) -> bool:
        """Whether she may change and delete ``obj`` (``bearbeitbar``), beyond seeing it."""
        if self.nur_ohne_eingrenzung and ist_eingegrenzt(request.user):
            return False
        if obj is None or obj.pk is None or self.bearbeitbar is None:
            return True
        geprueft = _sichtbar_geprueft(request)
        schluessel = ("aendern", self.model._meta.label, obj.pk)
        if schluessel not in geprueft:
            einer = self.model._default_manager.filter(pk=obj.pk)
            geprueft[schluessel] = self.bearbeitbar(request.user, einer).exists()
        return geprueft[schluessel]

    def response_action(self, request, queryset):
        """Selected ids that no id can be ('²', 30 digits) are dropped before Django's action
        code turns them into a query (a 500 otherwise); with none left, Django says that
        nothing was selected."""
        ausgewaehlt = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        moeglich = [w for w in ausgewaehlt if moeglicher_wert(self.model._meta.pk, w)]
        if moeglich != ausgewaehlt:
            request.POST = request.POST.copy()
            request.POST.setlist(helpers.ACTION_CHECKBOX_NAME, moeglich)
        return super().response_action(request, queryset)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if not self.has_view_or_change_permission(request):
            return queryset.none()  # as Django's inlines do: the object URLs answer 404
        return self.nur_sichtbare(request, queryset)

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            # Django would redirect with "does not exist"; like the normal UI: 404, for
            # records that do not exist and records she may not see alike.
            raise Http404(_("Diesen Eintrag gibt es nicht."))
        _sichtbar_geprueft(request)[self.model._meta.label, obj.pk] = True
        return obj

    def has_view_permission(self, request, obj=None):
        return (
            self._verwaltung_erlaubt(request)
            and super().has_view_permission(request, obj)
            and self._darf_sehen(request, obj)
        )

    def has_add_permission(self, request):
        return (
            self._verwaltung_erlaubt(request)
            and super().has_add_permission(request)
            and not (self.nur_ohne_eingrenzung and ist_eingegrenzt(request.user))
        )

    def has_change_permission(self, request, obj=None):
        return (
            self._verwaltung_erlaubt(request)
            and super().has_change_permission(request, obj)
            and self._darf_sehen(request, obj)
            and self._darf_aendern(request, obj)
        )

    def has_delete_permission(self, request, obj=None):
        return (
            self._verwaltung_erlaubt(request)
            and super().has_delete_permission(request, obj)
            and self._darf_sehen(request, obj)
            and self._darf_aendern(request, obj)
        )

    def sichtbare_vormerken(self, request, objekte) -> None:
        """:meth:`_darf_sehen` for many records of this model at once, in one query."""
        if self.sichtbar is None or not objekte:
            return
        pks = {obj.pk for obj in objekte}
        einige = self.model._default_manager.filter(pk__in=pks)
        sichtbar = set(self.nur_sichtbare(request, einige).values_list("pk", flat=True))
        geprueft = _sichtbar_geprueft(request)
        for pk in pks:
            geprueft.setdefault((self.model._meta.label, pk), pk in sichtbar)

    def get_deleted_objects(self, objs, request):
        """What a deletion takes along or is blocked by, as Django lists it, but naming only
        records the person may see: deleting a Träger must not show the title of somebody's
        private Kontakt that points to it. Hidden records taken along block the deletion,
        as records she may not delete do in Django."""
        try:
            erster = objs[0]
        except IndexError:
            return [], {}, set(), []
        sammler = NestedObjects(using=router.db_for_write(type(erster)), origin=objs)
        sammler.collect(objs)
        site = self.admin_site
        je_modell = defaultdict(list)
        for obj in chain(*sammler.model_objs.values(), sammler.protected):
            je_modell[type(obj)].append(obj)
        for modell, objekte in je_modell.items():
            modell_admin = site._registry.get(modell)
            if isinstance(modell_admin, SichtbarkeitAdminMixin):
                modell_admin.sichtbare_vormerken(request, objekte)
        fehlende_rechte = set()

        def eintrag(obj):
            art = capfirst(obj._meta.verbose_name)
            modell_admin = site._registry.get(type(obj))
            if modell_admin is None:  # edited inline or not in the admin: as Django shows it
                return f"{art}: {obj}"
            if not modell_admin.has_delete_permission(request, obj):
                fehlende_rechte.add(obj._meta.verbose_name)
            if not modell_admin.has_view_or_change_permission(request, obj):
                return gettext("%(art)s: ein Eintrag, den Sie nicht sehen dürfen") % {"art": art}
            meta = obj._meta
            url = reverse(
                f"{site.name}:{meta.app_label}_{meta.model_name}_change", args=[quote(obj.pk)]
            )
            return format_html('{}: <a href="{}">{}</a>', art, url, obj)

        loeschen = sammler.nested(eintrag)
        geschuetzt = [eintrag(obj) for obj in sammler.protected]
        anzahl = {m._meta.verbose_name_plural: len(o) for m, o in sammler.model_objs.items()}
        return loeschen, anzahl, fehlende_rechte, geschuetzt

    def _auswahl_eingrenzen(self, db_field, request, kwargs) -> None:
        """Choices for a record of another model: only those its admin would show her; for
        the record's owner (``besitzer_felder``: the Träger of an Einrichtung, the Gremium of
        a Sitzung) only those she may edit, so that a scoped administration cannot hand a
        record to, or create one for, a Träger outside her Jugendamt. The current owner of
        the record being changed stays a choice."""
        ziel = self.admin_site._registry.get(db_field.remote_field.model)
        besitzer = db_field.name in self.besitzer_felder and getattr(ziel, "bearbeitbar", None)
        if getattr(ziel, "sichtbar", None) is None and not besitzer:
            return
        auswahl = kwargs.get("queryset")
        if auswahl is None:
            auswahl = self.get_field_queryset(kwargs.get("using"), db_field, request)
        if auswahl is None:
            auswahl = db_field.remote_field.model._default_manager.using(kwargs.get("using"))
        if ziel.sichtbar is not None:
            auswahl = ziel.nur_sichtbare(request, auswahl)
        if besitzer and ist_eingegrenzt(request.user):
            erlaubt = ziel.bearbeitbar(request.user, auswahl)
            aktuell = self._aktueller_besitzer(request, db_field)
            if aktuell is not None:
                erlaubt = erlaubt | auswahl.filter(pk=aktuell)
            auswahl = erlaubt
        kwargs["queryset"] = auswahl

    def _aktueller_besitzer(self, request, db_field):
        """The owner's id of the record on this change page (None on the add page)."""
        object_id = getattr(request.resolver_match, "kwargs", {}).get("object_id")
        if not object_id or not moeglicher_wert(self.model._meta.pk, object_id):
            return None
        return (
            self.model._default_manager.filter(pk=object_id)
            .values_list(db_field.attname, flat=True)
            .first()
        )

    def get_search_results(self, request, queryset, search_term):
        """As the field's choices (:meth:`_auswahl_eingrenzen`), the search box of an
        autocomplete field naming a record's owner suggests only owners she may edit."""
        queryset, duplikate = super().get_search_results(request, queryset, search_term)
        if self.bearbeitbar is not None and ist_eingegrenzt(request.user):
            quelle = _autocomplete_quelle(self.admin_site, request)
            if quelle and request.GET.get("field_name") in quelle.besitzer_felder:
                queryset = self.bearbeitbar(request.user, queryset)
        return queryset, duplikate

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        self._auswahl_eingrenzen(db_field, request, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        self._auswahl_eingrenzen(db_field, request, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        felder = list(super().get_readonly_fields(request, obj))
        return felder + [f for f in self.erfasser_felder if f not in felder]

    def save_model(self, request, obj, form, change):
        if not change:
            for feld in self.erfasser_felder:
                setattr(obj, feld, request.user)
        if "zuletzt_geprueft" in form.changed_data and hasattr(obj, "geprueft_von_id"):
            # Whoever sets the check date has checked it (as "Noch aktuell" and the bulk
            # action record it); the earlier checker's name would be wrong.
            obj.geprueft_von = request.user if obj.zuletzt_geprueft else None
        super().save_model(request, obj, form, change)


def _autocomplete_quelle(admin_site, request):
    """The admin of the form whose autocomplete field asks (Django's autocomplete view names
    it in ``app_label`` and ``model_name``), or None for any other search."""
    match = request.resolver_match
    if not match or match.url_name != "autocomplete":
        return None
    try:
        model = apps.get_model(request.GET.get("app_label", ""), request.GET.get("model_name", ""))
    except (LookupError, ValueError):
        return None
    return admin_site._registry.get(model)


class GebietListFilter(admin.RelatedFieldListFilter):
    """The filter by an area without loading every area's boundary (Berlin: 70 MultiPolygons
    for the Bezirk and Prognoseraum filters of one list)."""

    def field_choices(self, field, request, model_admin):
        return [
            (pk, f"{name} ({schluessel})")
            for pk, name, schluessel in field.related_model._default_manager.order_by(
                "schluessel"
            ).values_list("pk", "name", "schluessel")
        ]


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


class RegionalraumInline(admin.TabularInline):
    model = Regionalraum
    fields = ["schluessel", "name"]
    extra = 0
    show_change_link = True


@admin.register(Jugendamt)
class JugendamtAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    list_display = ["schluessel", "name", "anzahl_regionalraeume", "hat_grenze"]
    search_fields = ["schluessel", "name"]
    ordering = ["schluessel"]
    list_filter = [HatGrenzeFilter]
    inlines = [RegionalraumInline]
    readonly_fields = ["created_at", "updated_at"]
    nur_ohne_eingrenzung = True

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_anzahl=Count("regionalraeume"))

    @admin.display(description=_("Regionalräume"), ordering="_anzahl")
    def anzahl_regionalraeume(self, obj):
        return obj._anzahl

    @admin.display(description=_("Grenze"), boolean=True)
    def hat_grenze(self, obj):
        return obj.grenze is not None


@admin.register(Importlauf)
class ImportlaufAdmin(SichtbarkeitAdminMixin, admin.ModelAdmin):
    """The log of import runs: read-only, written by the import commands."""

    list_display = ["gestartet_am", "art", "dateien", "gestartet_von", "benutzer_konsole"]
    list_filter = ["art"]
    search_fields = ["dateien", "bericht"]
    readonly_fields = [
        "art",
        "dateien",
        "gestartet_von",
        "benutzer_konsole",
        "gestartet_am",
        "zaehler",
        "bericht",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Zugangsschluessel)
class ZugangsschluesselAdmin(SichtbarkeitAdminMixin, admin.ModelAdmin):
    """The API tokens of all accounts, read-only: who holds which, when last used. Created
    and revoked by their owners (page "API-Schlüssel"); deactivating an account stops its
    tokens. The hash is never shown."""

    list_display = ["name", "user", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at", "last_used_at"]
    search_fields = ["name", "prefix", "user__username", "user__last_name"]
    list_select_related = ["user"]
    fields = ["user", "name", "prefix", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Regionalraum)
class RegionalraumAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    list_display = ["schluessel", "name", "jugendamt", "anzahl_sozialraeume", "hat_grenze"]
    list_select_related = ["jugendamt"]
    search_fields = ["schluessel", "name"]
    ordering = ["schluessel"]
    list_filter = ["jugendamt", HatGrenzeFilter]
    autocomplete_fields = ["jugendamt"]
    inlines = [SozialraumInline]
    readonly_fields = ["created_at", "updated_at"]
    nur_ohne_eingrenzung = True

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_anzahl=Count("sozialraeume"))

    @admin.display(description=_("Sozialräume"), ordering="_anzahl")
    def anzahl_sozialraeume(self, obj):
        return obj._anzahl

    @admin.display(description=_("Grenze"), boolean=True)
    def hat_grenze(self, obj):
        return obj.grenze is not None


@admin.register(Sozialraum)
class SozialraumAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    list_display = ["schluessel", "name", "regionalraum", "anzahl_quartiere"]
    list_select_related = ["regionalraum"]
    search_fields = ["schluessel", "name", "regionalraum__name", "regionalraum__schluessel"]
    ordering = ["schluessel"]
    list_filter = ["regionalraum", HatGrenzeFilter]
    autocomplete_fields = ["regionalraum"]
    inlines = [QuartierInline]
    readonly_fields = ["created_at", "updated_at"]
    nur_ohne_eingrenzung = True

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_anzahl=Count("quartiere"))

    @admin.display(description=_("Quartiere"), ordering="_anzahl")
    def anzahl_quartiere(self, obj):
        return obj._anzahl


@admin.register(Quartier)
class QuartierAdmin(SichtbarkeitAdminMixin, KonfliktAdminMixin, VerlaufAdmin):
    list_display = ["schluessel", "name", "sozialraum", "regionalraum"]
    list_select_related = ["sozialraum__regionalraum"]
    search_fields = ["schluessel", "name", "sozialraum__name", "sozialraum__schluessel"]
    ordering = ["schluessel"]
    list_filter = ["sozialraum__regionalraum", HatGrenzeFilter]
    autocomplete_fields = ["sozialraum"]
    readonly_fields = ["created_at", "updated_at"]
    nur_ohne_eingrenzung = True

    @admin.display(description=_("Regionalraum"), ordering="sozialraum__regionalraum__schluessel")
    def regionalraum(self, obj):
        return obj.sozialraum.regionalraum


@admin.register(User)
class BenutzerAdmin(SichtbarkeitAdminMixin, DatenschutzAdminMixin, UserAdmin):
    fieldsets = (
        *UserAdmin.fieldsets,
        (_("Dienstliche Angaben"), {"fields": ("funktion", "telefon", "in_kontakten_nennbar")}),
    )
    # A scoped administration does not change the accounts of those reaching beyond her
    # Jugendamt, and gives rights on the rights screen only, which keeps them within it.
    bearbeitbar = staticmethod(konten_bearbeitbar_fuer)
    RECHTE_FELDER = ("is_superuser", "groups", "user_permissions")
    list_display = ["username", "first_name", "last_name", "email", "rollen", "is_active"]
    list_filter = ["groups", "is_active", "is_staff"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    # Only a superuser makes superusers or gives single permissions beside the roles: an
    # administration could otherwise raise herself above her role.
    NUR_SUPERUSER_FELDER = ("is_superuser", "user_permissions")

    def get_readonly_fields(self, request, obj=None):
        felder = list(super().get_readonly_fields(request, obj))
        if obj is not None and ist_eingegrenzt(request.user):
            felder += [f for f in self.RECHTE_FELDER if f not in felder]
        if obj is not None and not request.user.is_superuser:
            felder += [f for f in self.NUR_SUPERUSER_FELDER if f not in felder]
        return felder

    @admin.display(description=_("Rollen"))
    def rollen(self, obj):
        return ", ".join(g.name for g in obj.groups.all())
