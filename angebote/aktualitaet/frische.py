"""Aktualität: confirming offers ("Noch aktuell"), finding stale ones, reminding the Träger.

Called by the views (button, dashboard), the admin action and ``manage.py
erinnerungen_senden`` alike. An offer is stale ("veraltet") when it was never checked or
its last check is at least ``PRUEFINTERVALL_MONATE`` months ago, the same rule as
``Pruefbar.veraltet`` and the freshness mark.
"""

import datetime
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage, get_connection
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from guardian.models import GroupObjectPermission, UserObjectPermission

from sozialraum.models import Jugendamt, Regionalraum, Sozialraum, mehrere_jugendaemter
from sozialraum.werkzeuge.datenstand import behalten, stand_erhoehen
from sozialraum.zugang.rollen import TRAEGER_REDAKTION, koordinierte_sozialraeume, objektrechte
from traeger.models import Erinnerung, Traeger, TraegerZugehoerigkeit
from traeger.permissions import traeger_im_jugendamt

from ..models import Angebot
from ..permissions import can_edit_angebot
from ..signals import suchindex_pausiert


def darf_bestaetigen(user, angebot: Angebot, darf_bearbeiten: bool | None = None) -> bool:
    """May confirm "Noch aktuell": who may edit the offer, and the Sozialraumkoordination of a
    Sozialraum the published offer runs in or serves (her ``sozialraeume_von``).

    ``darf_bearbeiten``: ``can_edit_angebot(user, angebot)`` if the caller knows it already
    (each asks guardian's tables again).
    """
    if darf_bearbeiten is None:
        darf_bearbeiten = can_edit_angebot(user, angebot)
    if darf_bearbeiten:
        return True
    if angebot.status != Angebot.Status.VEROEFFENTLICHT or not user.is_authenticated:
        return False
    sozialraeume = koordinierte_sozialraeume(user)
    if not sozialraeume:  # most people coordinate none: no need to look at the offer's links
        return False
    orte = Angebot.einrichtungen.through.objects.filter(
        angebot_id=angebot.pk, einrichtung__sozialraum__in=sozialraeume
    )
    versorgte = Angebot.sozialraeume.through.objects.filter(
        angebot_id=angebot.pk, sozialraum__in=sozialraeume
    )
    return orte.exists() or versorgte.exists()


def angebot_bestaetigen(angebot: Angebot, user, grund: str = "") -> Angebot:
    """The offer is still as described: checked today by ``user``, with a history entry.

    The caller checks the permission (``can_edit_angebot``). The search text does not
    contain the check date, so the search index is left alone. ``user`` is None when the
    Träger confirmed through its Prüfrunde link; ``grund`` then says so in the history.
    """
    angebot.zuletzt_geprueft = timezone.localdate()
    angebot.geprueft_von = user
    # simple_history reads these two: the admin and commands have no request to ask.
    angebot._history_user = user
    angebot._change_reason = grund or _("als noch aktuell bestätigt")
    with suchindex_pausiert():
        angebot.save(update_fields=["zuletzt_geprueft", "geprueft_von", "updated_at"])
    stand_erhoehen()  # the check date sorts and filters results ("geprüft", "Aktualität")
    return angebot


def eigene_traeger_ids(user) -> set[int]:
    """The Träger a user looks after: her Zugehörigkeiten and her guardian object rights.

    Global permissions do not count: for the Jugendamt-Administration no Träger is "her own".
    """
    if not user.is_authenticated:
        return set()
    ids = set(TraegerZugehoerigkeit.objects.filter(user=user).values_list("traeger", flat=True))
    # Her object rights as read once per request (guardian's tables, pks as text).
    ids.update(int(pk) for pk in objektrechte(user).get("traeger.change_traeger", ()))
    return ids


def traeger_der_jugendaemter(jugendaemter, stand: str) -> set[int]:
    """The Träger working within ``jugendaemter`` (``traeger_im_jugendamt``), kept per data
    state: Träger, places and their areas renew it; whose Jugendamt it is the caller asks."""
    return set(
        behalten(
            "traeger_der_jugendaemter",
            sorted(jugendaemter),
            lambda: list(
                traeger_im_jugendamt(Traeger.objects.all(), jugendaemter).values_list(
                    "pk", flat=True
                )
            ),
            stand=stand,
        )
    )


def je_traeger(veraltete) -> list[dict]:
    """Stale offers per Träger, the most stale first, then by name; ``nie``: of them never
    checked. One query."""
    return list(
        veraltete.order_by()
        .values("traeger", "traeger__name")
        .annotate(
            anzahl=models.Count("pk"),
            nie=models.Count("pk", filter=models.Q(zuletzt_geprueft__isnull=True)),
        )
        .order_by("-anzahl", "traeger__name")
    )


def eigene_zuerst(zeilen: list[dict], eigene: set[int]) -> list[dict]:
    """The rows of :func:`je_traeger` marked ``eigen`` for the user's own Träger, those
    first (otherwise in their order)."""
    markiert = [{**z, "eigen": z["traeger"] in eigene} for z in zeilen]
    return sorted(markiert, key=lambda z: not z["eigen"])


def in_sozialraeumen(angebote, sozialraeume):
    """The offers placed in (Einrichtung) or serving one of ``sozialraeume`` (ids or a
    queryset), as ``im_gebiet`` for one area: the dashboard's rule."""
    orte = Angebot.einrichtungen.through.objects.filter(einrichtung__sozialraum__in=sozialraeume)
    versorgte = Angebot.sozialraeume.through.objects.filter(sozialraum__in=sozialraeume)
    return angebote.filter(pk__in=orte.values("angebot_id").union(versorgte.values("angebot_id")))


def je_sozialraum(veraltete, nur=None) -> list[dict]:
    """Stale offers per Sozialraum: placed there (Einrichtung) or serving it. Four queries.

    An offer placed in *and* serving a Sozialraum counts once: placed + serving − both,
    three GROUP BY queries over the link tables instead of one subquery per Sozialraum.
    ``nur``: only these Sozialräume (ids), e.g. those a Sozialraumkoordination coordinates.
    """
    orte = Angebot.einrichtungen.through.objects.filter(
        angebot__in=veraltete, einrichtung__sozialraum__isnull=False
    )
    versorgt = Angebot.sozialraeume.through.objects.filter(angebot__in=veraltete)
    if nur is not None:
        orte = orte.filter(einrichtung__sozialraum__in=nur)
        versorgt = versorgt.filter(sozialraum__in=nur)
    beides = versorgt.filter(
        models.Exists(
            Angebot.einrichtungen.through.objects.filter(
                angebot=models.OuterRef("angebot"),
                einrichtung__sozialraum=models.OuterRef("sozialraum"),
            )
        )
    )
    anzahl: dict[int, int] = defaultdict(int)
    for sozialraum, n in (
        orte.values_list("einrichtung__sozialraum")
        .annotate(n=models.Count("angebot", distinct=True))
        .order_by()
    ):
        anzahl[sozialraum] += n
    for sozialraum, n in (
        versorgt.values_list("sozialraum").annotate(n=models.Count("pk")).order_by()
    ):
        anzahl[sozialraum] += n
    for sozialraum, n in beides.values_list("sozialraum").annotate(n=models.Count("pk")).order_by():
        anzahl[sozialraum] -= n
    raeume = Sozialraum.objects.filter(pk__in=[pk for pk, n in anzahl.items() if n]).only(
        "pk", "name", "schluessel"
    )
    zeilen = [{"sozialraum": s, "anzahl": anzahl[s.pk]} for s in raeume]
    return sorted(zeilen, key=lambda z: (-z["anzahl"], z["sozialraum"].name))


def je_groeberem_gebiet(veraltete) -> list[dict]:
    """Stale offers with a place known only at a coarser level than the Sozialraum (Berlin's
    imported places sit in their Prognoseraum): per Regionalraum, and per Jugendamt for
    places known only there where there are several Jugendämter. Rows like
    :func:`je_sozialraum`'s, with the area's level name as ``ebene``. Up to four queries."""
    orte = Angebot.einrichtungen.through.objects.filter(
        angebot__in=veraltete, einrichtung__sozialraum__isnull=True, einrichtung__archiviert=False
    )
    ebenen = [(Regionalraum, "einrichtung__regionalraum", {})]
    if mehrere_jugendaemter():  # one Jugendamt is the whole city, not an area of it
        ebenen.append(
            (Jugendamt, "einrichtung__jugendamt", {"einrichtung__regionalraum__isnull": True})
        )
    zeilen = []
    for modell, feld, weiter in ebenen:
        anzahl = dict(
            orte.filter(**{f"{feld}__isnull": False}, **weiter)
            .values_list(feld)
            .annotate(n=models.Count("angebot", distinct=True))
            .order_by()
        )
        if anzahl:
            zeilen += [
                {"gebiet": g, "anzahl": anzahl[g.pk], "ebene": g.ebene_name}
                for g in modell.objects.filter(pk__in=list(anzahl)).only("pk", "name", "schluessel")
            ]
    return sorted(zeilen, key=lambda z: (-z["anzahl"], z["gebiet"].name))


def ungenau_verortet(veraltete, sozialraeume) -> list[dict]:
    """For a view narrowed to ``sozialraeume`` (ids): the stale offers with a place in one
    of their Regionalräume whose Sozialraum is not known (Berlin's imported places sit in
    their Prognoseraum). They may lie in those Sozialräume; the page says so rather than
    "all checked". Not those counted there already (a place there too, or serving one of
    them); not at archived places, as on the area pages. Rows ``{"gebiet": Regionalraum,
    "anzahl": n}``; two queries."""
    regionalraeume = Sozialraum.objects.filter(pk__in=sozialraeume).values("regionalraum_id")
    schon_gezaehlt = in_sozialraeumen(Angebot.objects.all(), sozialraeume).values("pk")
    anzahl = dict(
        Angebot.einrichtungen.through.objects.filter(
            angebot__in=veraltete.exclude(pk__in=schon_gezaehlt),
            einrichtung__sozialraum__isnull=True,
            einrichtung__regionalraum__in=regionalraeume,
            einrichtung__archiviert=False,
        )
        .values_list("einrichtung__regionalraum")
        .annotate(n=models.Count("angebot", distinct=True))
        .order_by()
    )
    if not anzahl:
        return []
    gebiete = Regionalraum.objects.filter(pk__in=list(anzahl)).only("pk", "name", "schluessel")
    return [{"gebiet": g, "anzahl": anzahl[g.pk]} for g in gebiete.order_by("name")]


class Aneinandergereiht:
    """Querysets one after the other, each with its known length, sliced as one list: what a
    ``Paginator`` needs (``len``, a slice). A page reads only the parts it overlaps, each with
    LIMIT and OFFSET: no query sorts the whole list."""

    def __init__(self, teile: list[tuple[Callable[[], models.QuerySet], int]]):
        # Each part built only when a page reads it: a queryset of 200 Träger ids costs.
        self.teile = [(qs, anzahl) for qs, anzahl in teile if anzahl]

    def __len__(self) -> int:
        return sum(anzahl for _qs, anzahl in self.teile)

    def __getitem__(self, bereich: slice) -> list:
        anfang, ende = bereich.start or 0, bereich.stop
        ergebnis, vorher = [], 0
        for qs, anzahl in self.teile:
            von, bis = max(anfang - vorher, 0), min(ende - vorher, anzahl)
            if von < bis:
                ergebnis.extend(qs()[von:bis])
            vorher += anzahl
            if vorher >= ende:
                break
        return ergebnis


def umfang(zeilen: list[dict]) -> dict:
    """What :func:`am_laengsten_ungeprueft` needs of :func:`eigene_zuerst`'s rows: the own
    Träger with stale offers, and the sizes of the four parts of the list.

    Kept with the counts per data state: a write the state does not hear of (SQL by hand,
    for at most ``SUCHSPEICHER_SEKUNDEN``) can leave a part longer than counted, and its
    last rows out of the list until the state is renewed, as the count on the page."""
    eigene = [z for z in zeilen if z["eigen"]]
    andere = [z for z in zeilen if not z["eigen"]]
    return {
        "eigene": [z["traeger"] for z in eigene],
        "eigen": (sum(z["anzahl"] for z in eigene), sum(z["nie"] for z in eigene)),
        "andere": (sum(z["anzahl"] for z in andere), sum(z["nie"] for z in andere)),
    }


def am_laengsten_ungeprueft(
    veroeffentlichte, umfang_: dict, grenze: datetime.date
) -> Aneinandergereiht:
    """The stale offers for the list: own Träger first, in each never checked (by title),
    then the oldest check. Only what a row shows (title, Träger, last check).

    ``veroeffentlichte``: the published offers looked at; ``grenze``: ``pruefgrenze()``;
    ``umfang_``: :func:`umfang`, whose counts size the four parts. Each part is a range of
    the index on (status, zuletzt_geprueft, titel, id), read in its order and only as far as
    the page: Berlin's 4,189 stale offers are not sorted for every page of 50. (Never
    checked: all NULL, ordered by the date anyway, so that PostgreSQL reads the index in
    order; ``IS NULL`` fixes no value for its sort.)"""
    eigene = umfang_["eigene"]
    basis = veroeffentlichte.select_related("traeger").only(
        "pk", "titel", "zuletzt_geprueft", "traeger__name"
    )

    def teil(eigen: bool, nie: bool):
        def bauen():
            qs = basis.filter(traeger__in=eigene) if eigen else basis.exclude(traeger__in=eigene)
            qs = qs.filter(
                models.Q(zuletzt_geprueft__isnull=True)
                if nie
                else models.Q(zuletzt_geprueft__lte=grenze)
            )
            return qs.annotate(eigen=models.Value(eigen)).order_by(
                "zuletzt_geprueft", "titel", "pk"
            )

        return bauen

    teile = []
    for eigen in (True, False):
        anzahl, nie = umfang_["eigen" if eigen else "andere"]
        teile += [(teil(eigen, True), nie), (teil(eigen, False), anzahl - nie)]
    return Aneinandergereiht(teile)


# Reminders ---------------------------------------------------------------------------------


@dataclass
class Erinnerungsmail:
    empfaenger: object  # the user
    angebote: dict = field(default_factory=dict)  # Traeger -> [Angebot, …]

    @property
    def anzahl(self) -> int:
        return sum(len(liste) for liste in self.angebote.values())


def redaktionen() -> dict[int, set[int]]:
    """Träger id → ids of the users who keep its offers current.

    Those with the object permission ``traeger.change_traeger`` (directly or through a
    group), and those who work for the Träger (Zugehörigkeit) and have the role
    Träger-Redaktion. Three queries, whatever the number of Träger.
    """
    ct = ContentType.objects.get_for_model(Traeger)
    recht = {"content_type": ct, "permission__codename": "change_traeger"}
    paare = set(UserObjectPermission.objects.filter(**recht).values_list("object_pk", "user"))
    paare.update(
        GroupObjectPermission.objects.filter(**recht, group__user__isnull=False).values_list(
            "object_pk", "group__user"
        )
    )
    paare.update(
        TraegerZugehoerigkeit.objects.filter(user__groups__name=TRAEGER_REDAKTION).values_list(
            "traeger", "user"
        )
    )
    ergebnis: dict[int, set[int]] = defaultdict(set)
    for traeger, user in paare:
        ergebnis[int(traeger)].add(user)
    return ergebnis


def faellige_erinnerungen(tage: int = 30) -> list[Erinnerungsmail]:
    """One reminder per Redaktion about the stale offers of her Träger.

    A Träger is left out for a person who was reminded about it less than ``tage`` days
    ago; Träger without stale offers and people without an e-mail address are skipped.
    """
    zuordnung = redaktionen()
    if not zuordnung:
        return []
    seit = timezone.now() - datetime.timedelta(days=tage)
    kuerzlich = set(Erinnerung.objects.filter(gesendet_am__gt=seit).values_list("user", "traeger"))
    veraltete = list(
        Angebot.objects.veroeffentlicht()
        .veraltet()
        .filter(traeger__in=list(zuordnung))
        .select_related("traeger")
        .order_by(
            "traeger__name", "traeger", models.F("zuletzt_geprueft").asc(nulls_first=True), "titel"
        )
    )
    je_traeger_angebote: dict[Traeger, list[Angebot]] = defaultdict(list)
    for angebot in veraltete:
        je_traeger_angebote[angebot.traeger].append(angebot)
    user_ids = {u for traeger in je_traeger_angebote for u in zuordnung[traeger.pk]}
    nutzer = (
        get_user_model()
        .objects.filter(pk__in=user_ids, is_active=True)
        .exclude(email="")
        .order_by("username")
    )
    mails = []
    for user in nutzer:
        mail = Erinnerungsmail(empfaenger=user)
        for traeger, angebote in je_traeger_angebote.items():
            if user.pk in zuordnung[traeger.pk] and (user.pk, traeger.pk) not in kuerzlich:
                mail.angebote[traeger] = angebote
        if mail.angebote:
            mails.append(mail)
    return mails


def erinnerungen_senden(
    basis_url: str, tage: int = 30, trockenlauf: bool = False
) -> list[Erinnerungsmail]:
    """Send the due reminders (one e-mail per person) and note each, unless a dry run."""
    mails = faellige_erinnerungen(tage)
    if trockenlauf or not mails:
        return mails
    basis_url = basis_url.rstrip("/")
    nachrichten = [_nachricht(mail, basis_url) for mail in mails]
    # Noted only after sending: a failed run is repeated rather than a reminder lost.
    get_connection(fail_silently=False).send_messages(nachrichten)
    jetzt = timezone.now()
    Erinnerung.objects.bulk_create(
        Erinnerung(user=mail.empfaenger, traeger=traeger, gesendet_am=jetzt)
        for mail in mails
        for traeger in mail.angebote
    )
    return mails


def _nachricht(mail: Erinnerungsmail, basis_url: str) -> EmailMessage:
    text = render_to_string(
        "angebote/erinnerung.txt",
        {
            "user": mail.empfaenger,
            "traeger_liste": [
                {
                    "traeger": traeger,
                    "angebote": [
                        {"angebot": a, "link": basis_url + a.get_absolute_url()} for a in angebote
                    ],
                }
                for traeger, angebote in mail.angebote.items()
            ],
            "anzahl": mail.anzahl,
            "monate": settings.PRUEFINTERVALL_MONATE,
            "aktualitaet_link": basis_url + reverse("angebote:aktualitaet"),
            "registry_name": settings.REGISTRY_NAME,
        },
    )
    betreff = ngettext(
        "%(n)d Angebot wartet auf Ihre Prüfung",
        "%(n)d Angebote warten auf Ihre Prüfung",
        mail.anzahl,
    ) % {"n": mail.anzahl}
    return EmailMessage(
        subject=f"[{settings.REGISTRY_NAME}] {betreff}",
        body=text,
        to=[mail.empfaenger.email],
    )
