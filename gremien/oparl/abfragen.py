"""The querysets behind OParl: only what belongs to public Gremien, each row annotated with
the ``created`` and ``modified`` it shows (``oparl_erstellt``, ``oparl_geaendert``), so
that the list filters (liste.py) compare exactly what the objects say.

``modified`` of a meeting is the latest change of anything its JSON embeds or derives:
the meeting, its agenda items (their numbers follow their order; a deleted one too),
released minutes, attachments and the Einrichtung it takes place in. Its agenda items
share that time: moving one item renumbers the others. Over-reporting a change costs a
client one download; missing one would leave its copy wrong.
"""

from django.db.models import (
    BooleanField,
    DateTimeField,
    ExpressionWrapper,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce, Greatest

from sozialraum.models import Jugendamt

from ..models import Anhang, Mitgliedschaft, Protokollversion, Sitzung, Tagesordnungspunkt
from ..permissions import gremien_im_jugendamt
from .zugang import oeffentliche_gremien


def _neuestes(queryset, feld: str):
    return Subquery(queryset.order_by(f"-{feld}").values(feld)[:1])


def _spaetestes(eigen: str, *weitere):
    """The latest of ``eigen`` and ``weitere`` (each NULL-safe: SQLite's MAX() of a NULL is
    NULL, PostgreSQL's GREATEST skips it)."""
    return Greatest(
        F(eigen), *(Coalesce(w, F(eigen)) for w in weitere), output_field=DateTimeField()
    )


def _sitzung_geaendert(bezug: str, pfad: str):
    """``modified`` of a meeting; ``bezug`` names the meeting's id in the outer query
    (``pk`` for meetings, ``sitzung_id`` for agenda items), ``pfad`` leads to it."""
    # The items' history also knows the items deleted since (their "-" entries).
    verlauf = Tagesordnungspunkt.history.model.objects.filter(sitzung=OuterRef(bezug))
    return _spaetestes(
        f"{pfad}updated_at",
        _neuestes(Tagesordnungspunkt.objects.filter(sitzung=OuterRef(bezug)), "updated_at"),
        _neuestes(verlauf, "history_date"),
        _neuestes(Protokollversion.objects.filter(sitzung=OuterRef(bezug)), "freigegeben_am"),
        _neuestes(Anhang.objects.filter(sitzung=OuterRef(bezug)), "hochgeladen_am"),
        F(f"{pfad}ort_einrichtung__updated_at"),
    )


def _erste_fassung(model):
    """When a record was created, from its history (these models keep no creation time);
    NULL for a record older than its history."""
    erste = model.history.model.objects.filter(id=OuterRef("pk"), history_type="+")
    return Subquery(erste.order_by("history_date").values("history_date")[:1])


def _top_erstellt():
    return Coalesce(_erste_fassung(Tagesordnungspunkt), F("sitzung__created_at"))


def jugendaemter():
    # The boundary can be megabytes of GeoJSON; a Body does not show it.
    return Jugendamt.objects.defer("grenze").annotate(
        oparl_erstellt=F("created_at"), oparl_geaendert=F("updated_at")
    )


def organisationen(jugendamt: Jugendamt | None = None):
    """Public Gremien (within ``jugendamt``: placed there, or city-wide)."""
    gremien = oeffentliche_gremien()
    if jugendamt is not None:
        gremien = gremien_im_jugendamt(gremien, [jugendamt.pk])
    return (
        gremien.select_related("sozialraum__regionalraum", "regionalraum", "uebergeordnet")
        .prefetch_related(
            Prefetch("mitgliedschaften", Mitgliedschaft.objects.order_by("pk").only("gremium"))
        )
        .annotate(
            oparl_erstellt=F("created_at"),
            # The list of memberships is part of the Organization.
            oparl_geaendert=_spaetestes(
                "updated_at",
                _neuestes(Mitgliedschaft.objects.filter(gremium=OuterRef("pk")), "updated_at"),
            ),
        )
    )


def mitgliedschaften(jugendamt: Jugendamt | None = None):
    gremien = oeffentliche_gremien()
    if jugendamt is not None:
        gremien = gremien_im_jugendamt(gremien, [jugendamt.pk])
    return Mitgliedschaft.objects.filter(gremium__in=gremien).annotate(
        oparl_erstellt=Coalesce(_erste_fassung(Mitgliedschaft), F("updated_at")),
        oparl_geaendert=F("updated_at"),
        # Whether the membership names its person: her consent, and a name (her login name
        # is no name she agreed to publish).
        oparl_namentlich=ExpressionWrapper(
            Q(name_oeffentlich=True, einwilligung_am__isnull=False, person__isnull=False)
            & ~Q(person__first_name="", person__last_name=""),
            output_field=BooleanField(),
        ),
    )


def namentlich(mitgliedschaften_):
    """Memberships (of :func:`mitgliedschaften`) that name their person."""
    return mitgliedschaften_.filter(oparl_namentlich=True)


def personen(jugendamt: Jugendamt | None = None):
    """The persons OParl names: those with a named membership in a public Gremium (within
    ``jugendamt``), each with those memberships only; ``modified`` is the latest of them."""
    from django.contrib.auth import get_user_model
    from django.db.models import Max, Min

    namentliche = namentlich(mitgliedschaften(jugendamt))
    return (
        get_user_model()
        .objects.filter(pk__in=namentliche.values("person"))
        .only("pk", "first_name", "last_name", "username")
        .prefetch_related(
            Prefetch(
                "mitgliedschaften", namentliche.order_by("pk"), to_attr="oparl_mitgliedschaften"
            )
        )
        .annotate(
            oparl_erstellt=Min(
                "mitgliedschaften__updated_at", filter=Q(mitgliedschaften__in=namentliche)
            ),
            oparl_geaendert=Max(
                "mitgliedschaften__updated_at", filter=Q(mitgliedschaften__in=namentliche)
            ),
        )
        .order_by("pk")
    )


def _oeffentliche_sitzungen(jugendamt: Jugendamt | None):
    sitzungen_ = Sitzung.objects.filter(gremium__in=oeffentliche_gremien())
    if jugendamt is not None:
        sitzungen_ = gremien_im_jugendamt(sitzungen_, [jugendamt.pk], "gremium__")
    return sitzungen_.select_related("ort_einrichtung")


def sitzungen(jugendamt: Jugendamt | None = None, gremium_pk: int | None = None):
    sitzungen_ = _oeffentliche_sitzungen(jugendamt)
    if gremium_pk is not None:
        sitzungen_ = sitzungen_.filter(gremium_id=gremium_pk)
    # Attachments once per meeting; those of an agenda item go to it (objekte.py).
    agenda = Tagesordnungspunkt.objects.annotate(oparl_erstellt=_top_erstellt())
    return sitzungen_.prefetch_related(Prefetch("tops", agenda), "anhaenge").annotate(
        oparl_erstellt=F("created_at"), oparl_geaendert=_sitzung_geaendert("pk", "")
    )


def tops(jugendamt: Jugendamt | None = None):
    tops_ = Tagesordnungspunkt.objects.filter(sitzung__gremium__in=oeffentliche_gremien())
    if jugendamt is not None:
        tops_ = gremien_im_jugendamt(tops_, [jugendamt.pk], "sitzung__gremium__")
    return (
        tops_.select_related("sitzung")
        .prefetch_related("anhaenge")
        .annotate(
            oparl_erstellt=_top_erstellt(),
            oparl_geaendert=_sitzung_geaendert("sitzung_id", "sitzung__"),
        )
    )


def orte(jugendamt: Jugendamt | None = None):
    """Meeting places: one Location per meeting that names a place (an Einrichtung, a room,
    "Videokonferenz"), so that its room and text belong to that meeting alone."""
    return (
        _oeffentliche_sitzungen(jugendamt)
        .filter(Q(ort_einrichtung__isnull=False) | ~Q(ort_text=""))
        .annotate(
            oparl_erstellt=F("created_at"),
            oparl_geaendert=_spaetestes("updated_at", F("ort_einrichtung__updated_at")),
        )
    )


def anhaenge(jugendamt: Jugendamt | None = None):
    anhaenge_ = Anhang.objects.filter(sitzung__gremium__in=oeffentliche_gremien())
    if jugendamt is not None:
        anhaenge_ = gremien_im_jugendamt(anhaenge_, [jugendamt.pk], "sitzung__gremium__")
    # An attachment is never changed, only added or removed.
    return anhaenge_.annotate(
        oparl_erstellt=F("hochgeladen_am"), oparl_geaendert=F("hochgeladen_am")
    )


def agenda_und_protokolle(sitzung_ids) -> tuple[dict, dict]:
    """For the agenda items of a page: every item of their meetings (numbers count the
    siblings), and the released minutes of each meeting (``inhalt`` of its current
    Protokollversion), keyed by meeting id. Two queries, whatever the page holds."""
    sitzung_ids = set(sitzung_ids)
    agenda: dict[int, list] = {}
    for top in Tagesordnungspunkt.objects.filter(sitzung__in=sitzung_ids).only(
        "pk", "sitzung_id", "eltern_id", "position"
    ):
        agenda.setdefault(top.sitzung_id, []).append(top)
    return agenda, freigegebene_protokolle(sitzung_ids)


def freigegebene_protokolle(sitzung_ids) -> dict[int, dict]:
    """The released minutes (what ``protokoll_freigeben`` recorded) of the current version,
    by meeting id. Drafts are never here: a draft is not a Protokollversion."""
    versionen = Protokollversion.objects.filter(
        sitzung__in=set(sitzung_ids),
        sitzung__protokoll_status=Sitzung.Protokollstatus.FREIGEGEBEN,
        version=F("sitzung__protokoll_version"),
    ).only("sitzung_id", "inhalt")
    return {v.sitzung_id: v.inhalt for v in versionen}
