"""Minutes: Markdown rendered as sanitised HTML, and their release as recorded versions."""

import threading

import markdown
import nh3
from django.db import transaction
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from ..models import Protokollversion, Sitzung

ERLAUBTE_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "blockquote",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
}


_umwandler = threading.local()


def _markdown(text: str) -> str:
    """One Markdown converter per thread, reset between texts: building one (its parsers
    and patterns) cost more than converting the ten TOPs of a protocol."""
    md = getattr(_umwandler, "md", None)
    if md is None:
        md = _umwandler.md = markdown.Markdown(
            extensions=["tables", "sane_lists"], output_format="html"
        )
    return md.reset().convert(text)


def markdown_html(text: str) -> str:
    """Markdown → HTML, then nh3 keeps only harmless tags; links get rel="noopener"."""
    roh = _markdown(text or "")
    sauber = nh3.clean(
        roh,
        tags=ERLAUBTE_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    return mark_safe(sauber)  # sanitised by nh3 just above


def stand(sitzung: Sitzung) -> dict:
    """The minutes as data: TOP texts, decisions, tasks (what a version records)."""
    return {
        "tops": [
            {"id": t.pk, "nummer": nummer, "titel": t.titel, "protokoll": t.protokoll}
            for t, nummer in tops_in_reihenfolge(sitzung.tops.all())
        ],
        "beschluesse": [
            {
                "text": b.text,
                "ja": b.ja,
                "nein": b.nein,
                "enthaltung": b.enthaltung,
                "top": b.top_id,
            }
            for b in sitzung.beschluesse.order_by("pk")
        ],
        "aufgaben": [
            {"was": a.was, "wer": a.wer, "faellig": a.faellig.isoformat() if a.faellig else None}
            for a in sitzung.aufgaben.order_by("pk")
        ],
    }


@transaction.atomic
def protokoll_freigeben(sitzung: Sitzung, user, grund: str = "") -> Protokollversion:
    """Release the minutes to the members; every later change is a new recorded version."""
    sitzung = Sitzung.objects.select_for_update().get(pk=sitzung.pk)
    sitzung.protokoll_version += 1
    sitzung.protokoll_status = Sitzung.Protokollstatus.FREIGEGEBEN
    # Released minutes mean the meeting took place (a release before its date was
    # confirmed in the view); its history records the change of state.
    if sitzung.status in (Sitzung.Status.GEPLANT, Sitzung.Status.EINGELADEN):
        sitzung.status = Sitzung.Status.DURCHGEFUEHRT
        sitzung._change_reason = _("Protokoll freigegeben")
    sitzung.save(update_fields=["protokoll_version", "protokoll_status", "status", "updated_at"])
    return Protokollversion.objects.create(
        sitzung=sitzung,
        version=sitzung.protokoll_version,
        inhalt=stand(sitzung),
        grund=grund,
        freigegeben_am=timezone.now(),
        freigegeben_von=user,
    )


def tagesordnung(tops) -> list[dict]:
    """Agenda in order with numbers: main items 1, 2, …; sub-items 1.1, 1.2, …

    The one source of TOP numbers: the Sitzung page, print views, the invitation e-mail,
    the minutes editor, the TOP choices of Beschluss and Aufgabe, OParl. An item below a
    sub-item (only the admin can make one) has no place and no number here."""
    haupt = [t for t in tops if t.eltern_id is None]
    unter: dict[int, list] = {}
    for t in tops:
        if t.eltern_id is not None:
            unter.setdefault(t.eltern_id, []).append(t)
    ergebnis = []
    for i, top in enumerate(sorted(haupt, key=lambda t: (t.position, t.pk)), start=1):
        ergebnis.append({"nummer": str(i), "top": top, "ebene": 1})
        for j, kind in enumerate(
            sorted(unter.get(top.pk, []), key=lambda t: (t.position, t.pk)), start=1
        ):
            ergebnis.append({"nummer": f"{i}.{j}", "top": kind, "ebene": 2})
    return ergebnis


def tops_in_reihenfolge(tops) -> list[tuple]:
    """(item, number) in agenda order; items without a place last, numbered "", so that a
    form or a record listing every item loses none."""
    tops = list(tops)
    eintraege = tagesordnung(tops)
    nummern = {e["top"].pk: e["nummer"] for e in eintraege}
    ohne_platz = sorted((t for t in tops if t.pk not in nummern), key=lambda t: (t.position, t.pk))
    return [(e["top"], e["nummer"]) for e in eintraege] + [(t, "") for t in ohne_platz]


def top_bezeichnung(top, nummer: str) -> str:
    """How a TOP is named in a choice or a label: "TOP 2.1: Ferienprogramm"."""
    return f"TOP {nummer}: {top.titel}" if nummer else top.titel
